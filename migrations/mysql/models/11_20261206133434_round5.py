from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `satisfaction_setting` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE,
    `weights` JSON NOT NULL COMMENT '维度权重',
    `rectify_days` INT NOT NULL COMMENT '整改期限（天）'
) CHARACTER SET utf8mb4 COMMENT='The settings of the 行风办 (满意度参数): weights of the dimensions in the composite index and the';
        CREATE TABLE IF NOT EXISTS `exam_report` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `his_report_id` VARCHAR(64) NOT NULL UNIQUE COMMENT 'HIS 检查报告ID',
    `his_visit_id` VARCHAR(64) NOT NULL,
    `exam_type` VARCHAR(32) NOT NULL COMMENT '检查类别',
    `item_name` VARCHAR(128) NOT NULL COMMENT '检查项目',
    `body_part` VARCHAR(64) NOT NULL COMMENT '检查部位',
    `findings` LONGTEXT NOT NULL COMMENT '检查所见',
    `conclusion` LONGTEXT NOT NULL COMMENT '诊断意见',
    `reported_at` DATETIME(6) COMMENT '报告时间',
    `reporting_doctor` VARCHAR(32) NOT NULL COMMENT '报告医师',
    `admission_id` INT,
    `patient_id` INT NOT NULL,
    CONSTRAINT `fk_exam_rep_admissio_1a7ebbab` FOREIGN KEY (`admission_id`) REFERENCES `admission` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_exam_rep_patient_67b3c786` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    KEY `idx_exam_report_his_vis_a59ff6` (`his_visit_id`),
    KEY `idx_exam_report_patient_b03ff3` (`patient_id`, `reported_at`)
) CHARACTER SET utf8mb4 COMMENT='An examination report (检查报告): imaging, ultrasound, ECG or endoscopy, as the RIS, PACS or ECG';
        CREATE TABLE IF NOT EXISTS `inbound_call` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `pbx_call_id` VARCHAR(128) NOT NULL COMMENT '交换机呼叫编号',
    `caller_cipher` LONGTEXT NOT NULL COMMENT '来电号码（密文）',
    `extension` VARCHAR(32) NOT NULL COMMENT '振铃分机',
    `patient_ids` JSON NOT NULL COMMENT '号码匹配到的患者',
    `rang_at` DATETIME(6) NOT NULL COMMENT '振铃时间',
    `staff_id` INT,
    CONSTRAINT `fk_inbound__staff_b64a8979` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    KEY `idx_inbound_cal_staff_i_ddd49e` (`staff_id`, `id`)
) CHARACTER SET utf8mb4 COMMENT='A call from outside that rang a staff extension (来电), matched to patients by the blind';
        CREATE TABLE IF NOT EXISTS `login_throttle` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `ip` VARCHAR(64) NOT NULL COMMENT '来源地址',
    `failures` INT NOT NULL COMMENT '连续密码错误次数',
    `last_failure_at` DATETIME(6) NOT NULL COMMENT '最近一次密码错误',
    `blocked_until` DATETIME(6) COMMENT '该地址暂停登录至',
    `staff_id` INT NOT NULL,
    UNIQUE KEY `uid_login_throt_staff_i_f12973` (`staff_id`, `ip`),
    CONSTRAINT `fk_login_th_staff_ef5f7148` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COMMENT='Wrong passwords typed for one account from one client address (登录失败限制).';
        CREATE TABLE IF NOT EXISTS `password_reset_request` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `reason` VARCHAR(200) NOT NULL COMMENT '申请原因',
    `status` VARCHAR(16) NOT NULL COMMENT '状态',
    `decided_at` DATETIME(6) COMMENT '审批时间',
    `completed_at` DATETIME(6) COMMENT '重置时间',
    `decided_by_id` INT COMMENT '审批人',
    `requested_by_id` INT NOT NULL COMMENT '申请人',
    `staff_id` INT NOT NULL COMMENT '重置账户',
    CONSTRAINT `fk_password_staff_b4fa90db` FOREIGN KEY (`decided_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_password_staff_07567482` FOREIGN KEY (`requested_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_password_staff_ee3052eb` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    KEY `idx_password_re_staff_i_b1f25c` (`staff_id`, `status`)
) CHARACTER SET utf8mb4 COMMENT='A request to reset the password of an administrator (三员分立): the security administrator';
        CREATE TABLE IF NOT EXISTS `rectification` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `source` VARCHAR(16) NOT NULL COMMENT '来源',
    `status` VARCHAR(16) NOT NULL COMMENT '状态',
    `items` JSON NOT NULL COMMENT '涉及题目',
    `description` LONGTEXT NOT NULL COMMENT '问题描述',
    `deadline` DATETIME(6) NOT NULL COMMENT '整改期限',
    `measures` LONGTEXT NOT NULL COMMENT '整改措施',
    `replied_at` DATETIME(6) COMMENT '反馈时间',
    `verified_at` DATETIME(6) COMMENT '核实时间',
    `verify_note` LONGTEXT NOT NULL COMMENT '核实意见',
    `escalated_at` DATETIME(6) COMMENT '升级至科主任时间',
    `callback_task_id` INT,
    `department_id` INT NOT NULL COMMENT '责任科室',
    `patient_id` INT NOT NULL COMMENT '患者',
    `replied_by_id` INT,
    `task_id` INT,
    `verified_by_id` INT,
    `record_id` INT UNIQUE,
    CONSTRAINT `fk_rectific_followup_2b52522e` FOREIGN KEY (`callback_task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_departme_c441edf3` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_patient_9ddd37bb` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_staff_53eb02a1` FOREIGN KEY (`replied_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_followup_8e358d0f` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_staff_649df792` FOREIGN KEY (`verified_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_followup_0fd01d88` FOREIGN KEY (`record_id`) REFERENCES `followup_record` (`id`) ON DELETE RESTRICT,
    KEY `idx_rectificati_departm_fad793` (`department_id`, `status`),
    KEY `idx_rectificati_status_af59f1` (`status`, `deadline`)
) CHARACTER SET utf8mb4 COMMENT='整改单: a complaint or a low score on a flagged item, sent to the department to correct.';
        CREATE TABLE IF NOT EXISTS `satisfaction_answer` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `item_id` VARCHAR(64) NOT NULL COMMENT '题目编号',
    `question` VARCHAR(200) NOT NULL COMMENT '题目',
    `dimension` VARCHAR(32) NOT NULL COMMENT '维度',
    `value` VARCHAR(64) NOT NULL COMMENT '答案编码',
    `label` VARCHAR(64) NOT NULL COMMENT '答案',
    `score100` DOUBLE COMMENT '百分制得分',
    `satisfied` SMALLINT NOT NULL COMMENT '满意',
    `contacted_at` DATETIME(6) NOT NULL COMMENT '调查时间',
    `month` VARCHAR(7) NOT NULL COMMENT '月份',
    `department_id` INT NOT NULL COMMENT '科室',
    `questionnaire_id` INT NOT NULL,
    `record_id` INT NOT NULL,
    `task_id` INT NOT NULL,
    UNIQUE KEY `uid_satisfactio_record__9715af` (`record_id`, `item_id`),
    CONSTRAINT `fk_satisfac_departme_701a4858` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_satisfac_question_eba55b1e` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_satisfac_followup_ff53b3d1` FOREIGN KEY (`record_id`) REFERENCES `followup_record` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_satisfac_followup_3e85d6d6` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    KEY `idx_satisfactio_contact_d83c64` (`contacted_at`, `department_id`),
    KEY `idx_satisfactio_departm_239ee7` (`department_id`, `month`)
) CHARACTER SET utf8mb4 COMMENT='One answer of a satisfaction survey to one dimension-tagged item (满意度答案明细).';
        CREATE TABLE IF NOT EXISTS `satisfaction_daily` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `day` DATE NOT NULL COMMENT '调查日期',
    `month` VARCHAR(7) NOT NULL COMMENT '月份',
    `dimension` VARCHAR(32) NOT NULL COMMENT '维度',
    `item_id` VARCHAR(64) NOT NULL COMMENT '题目编号',
    `answers` INT NOT NULL COMMENT '回答数',
    `valid` INT NOT NULL COMMENT '有效回答数',
    `satisfied` INT NOT NULL COMMENT '满意数',
    `points` DOUBLE NOT NULL COMMENT '百分制得分合计',
    `department_id` INT NOT NULL COMMENT '科室',
    UNIQUE KEY `uid_satisfactio_departm_ca0a24` (`department_id`, `day`, `item_id`, `dimension`),
    CONSTRAINT `fk_satisfac_departme_e5434365` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    KEY `idx_satisfactio_day_d840ba` (`day`, `department_id`)
) CHARACTER SET utf8mb4 COMMENT='The answers of one department to one item on one day, counted (满意度日汇总).';
        ALTER TABLE `followup_template` ADD `merge_rule` VARCHAR(16) NOT NULL COMMENT '同期合并规则' DEFAULT 'defer';
        ALTER TABLE `patient` ADD `his_authority` VARCHAR(64) COMMENT '患者ID发放机构';
        ALTER TABLE `patient` ADD `phones_cipher` LONGTEXT COMMENT '全部电话号码（密文 JSON）';
        ALTER TABLE `staff` ADD `reset_login_at` DATETIME(6) COMMENT '使用重置密码登录时间（待告知本人）';
        ALTER TABLE `staff` ADD `password_expires_at` DATETIME(6) COMMENT '一次性密码有效期至';
        ALTER TABLE `staff_session` ADD `notice` VARCHAR(255) NOT NULL COMMENT '登录提示（如账户曾被他人用重置密码登录）' DEFAULT '';
        ALTER TABLE `sync_run` ADD `backlog` INT NOT NULL COMMENT '运行后该数据源待处理的隔离记录' DEFAULT 0;
        ALTER TABLE `followup_task` ADD INDEX `idx_followup_ta_patient_0f4fa5` (`patient_id`, `due_start`);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE `followup_task` DROP INDEX `idx_followup_ta_patient_0f4fa5`;
        ALTER TABLE `followup_template` DROP COLUMN `merge_rule`;
        ALTER TABLE `patient` DROP COLUMN `his_authority`;
        ALTER TABLE `patient` DROP COLUMN `phones_cipher`;
        ALTER TABLE `staff` DROP COLUMN `reset_login_at`;
        ALTER TABLE `staff` DROP COLUMN `password_expires_at`;
        ALTER TABLE `staff_session` DROP COLUMN `notice`;
        ALTER TABLE `sync_run` DROP COLUMN `backlog`;
        DROP TABLE IF EXISTS `satisfaction_setting`;
        DROP TABLE IF EXISTS `password_reset_request`;
        DROP TABLE IF EXISTS `rectification`;
        DROP TABLE IF EXISTS `satisfaction_daily`;
        DROP TABLE IF EXISTS `login_throttle`;
        DROP TABLE IF EXISTS `exam_report`;
        DROP TABLE IF EXISTS `satisfaction_answer`;
        DROP TABLE IF EXISTS `inbound_call`;"""


MODELS_STATE = (
    "eJztfXtzo0iW71fJcNyILUeoK/RCSD17N8Kucnd7p6pca7vvzN32hiqBxGILgQaQXd7d/u"
    "6bJ3m/ZEAgJXLOH55qwUngnHyc5+/899na1ojpvr/Q1obrGrZ19jP67zMLrwn9R/7iAJ3h"
    "zSa+BD94WDHZ3Th1m+J6DlY9ekHHpkvoTxpxVcfYeP5Tzm4sggxrgz2DWB5yPfyC3j1sp/"
    "pUf9guZrPx+QDpjr1G0bDIs5FmuOoKO490vGfDWyHDc+lv+NGyXeK+hwdrtkqfbFiPHT5j"
    "axn/2JKlZz8Sb0Uc+qQ//oP+bFga+UFc+M8/6NdusOOt6XOXhsZeLBxWW2LvjN7/R/YnGG"
    "PzfakbxNRScvAHYL8vvZcN++3a8n5hN8LQylK1ze3aim/evHgr24ruNiwPfn0kFnGwR2B4"
    "z9mCVKytaQYSDAXlf158i/9dCRqN6HhrgmyB2n+B+Lez5fLLzf3y7up+uTzLyT2kSIgp+E"
    "m1LZgz9FVd9vWP8Ao/jUdTeTqfzKZzegt7zegX+U//0TFjfELGni/3Z3+y69jD/h1MMDFT"
    "VYcAJ4DzOeZ+pFc8Y02KOZymzHBaC0jfh//I8j3k8i7Ghz/EnI8XUXPWnz1spfFIoX8pwc"
    "N2JukzugwkfZpdNyUCoZ+t3VjmSzARdnD//vrz1d39xeevMPLadf9hMq5e3F/BlTH79SXz"
    "67vZOfxu013D30+iQdDfru9/Q/Cf6N9vvlwxptuu9+iwJ8b33f/7GbwT3nr20rKfl1hLzN"
    "nw15CX9M54Lmw3WsO5kKbs1VyYzfQpzAJl+GbmQsi5xGQI3j6eCyvDXT4ZrhHu2+nZ8IHu"
    "18UzIUuXmQuUe02k38UWfPbb9R2iu4A6GT1s54qKrz9WlPoa/1iaxHr0VvQ/Z9MdUv9/F7"
    "cffru4fTebZiT5JbgyZpf+TLE+OqqpbOqwPkvXDuurLLyzs9rLLtY+qAgmutyE9ZNxBdZP"
    "xqWsh0tp1kca0BL2KbeGvlFA+bry0Rb/R3uxf6aMR7D3ycOKQmhFJYmZrtCDo95Mjym4nu"
    "MSmePms3s0qzC7R9kjIp7dcCkzuz2PWBp9gyX7pQbD85RcM35KJlS/m6kKaHmTCdP1hnN+"
    "thivmZaVIe2VmiWNZlK04dRUs/qrVuV17LSxW3MC5IhbmAKBJnWIGQDmlpgBVIh0SMMLXE"
    "T5LfjK2q6Z/K8pD7ClkqJ5kByi0V58MLnLC9iGQ7krCzoT9KHeZDOuommXK9o5Pdu03aWG"
    "X+poeUmSRurdwbie0q8X48UxFbw1HXkZ+A6peajaWi3lo4S8BxrIfDEPbEtgP9boYtBHdO"
    "OT58MRH9pIhrd19cIS8h6KppGGPp5XUdHH83IdHa6lJeKpa8pRl2CX1F4pRbScy2KshSq6"
    "LKlUQ5SmQw6XSZKxdddIEW0PhcKHbwyY6b5YmmOvmy2PHHFvREH3KrpjScPRgs/1EXG2yQ"
    "LJEfdQLHysEHsDHKKvWqDX/uvdzZdiGaSpsmaloXrof5BpuJ15MM/+Wd9aKrwAUraG6RmW"
    "+x6e9y/1hTMbT8H5I491EBE736eqBhqxpO5tbQIHU4ZmKIp3ny/+npXSh083l1kLEga4zK"
    "4e/FhLWOH9/RVT5fD3oUUB4avmYdA8dW8cNG1IpHeuGBW8K6bZLP0hQ9sbSQdxz9kUT8EF"
    "NxwK52w+QFIr1yhLxrFn6MB5RwmvZzYRrCJvc3SHi6o29HZqoA4quGoKSct8DlMAajE5Tc"
    "Q5h2dDPKFq93AoHYfDz9jR6rE3QcHx1nAWWfuTCT4cayHdU/9emJsYTMs8p3+xHWI8Wn8l"
    "L7k4SYbBQe7u13ik3s7jP8NpFf4azwwHP0f5spnFTHlBOUA8xo1bekLeXn+4PyvZmlvg9M"
    "fUYNwwu+62XJXZueOpAr9hOzg0p7ndQqoyOrGHVmBxpJG1wOc7D+s6Nyyua6e9ytis8pri"
    "Ln0J9OX3T5/O2DatYPU7k0PJfh2VB+S5fhmQ/vLXW2LiksB1OLHDeBI/O8jeXE/NTvIDr5"
    "cO2diOtyerruhIt2yg05mgGdeY+31PHv1im6b9/Pvmng51qjOKvnw7E+oTVk5uPsHWZY/t"
    "xJaV2szSlwoytZbudr3Gzks5Z28scm/TP1X2tmDQu3jME2Fzcj7qjk01og1+LAgE1WfaZ6"
    "IZKjZviWrTWQxDfw1GPhHWwXxcj9eZGbrGFv1MLRgOiMNKxK1meFdPhA2Qr1OMrw52FirC"
    "fUsS3VipVJEREQ1hPwjwjunULJECsxxyAsqfrsnn79H9it6+2ZhUdOxe2zJfEH2cgwzLJX"
    "SnQt6KuAQ59nNJzWKXD6tSvEifazuBWhQWKzrEtbeOSvw5CspU+AO9j93hv21IU6ua8dJ4"
    "fCsFjYvxeDKRx8PJbC5NZVmaDyPnQf7SLi/C5fWv4EgYJH3Gr5c9Nki+PmDOdRvVTW/ck5"
    "9YulW9+AkSvt10cTwbUhGU6oVrLXtCfY7VriVJUXGd55FldEU2d5zhER8wTXLHY+rDsX7P"
    "Wd6E7e1XT7lbVSVukX1l2ybBVvFsT1Bl+K1Qsq4YHh4gh43/X97cfEodEJfXmYP5y++fL6"
    "8o3xnb6U2GlzqvY2bn1Kyqu0uOkOsNRlL0BdVn1RnVZ2VVhkI1ea40me/t5/QlFdsmAmiz"
    "/rtz9vNS+13qaihneIKEa2bPFQa0MBuSJqweS1IFXtO7SpnNrmUrj3XbKdheylPvYoq9ku"
    "/4dEwcLMsO6x5x6rA9IhBcb851Y1NnW/Hv5ndHqe5w6HjL3rrEWeLHwvB5OXvTVCfH5k62"
    "a4fQ73TrItKkqU6O0+1M6FwWTnm8t1Y4paZn+wM2Azf/WYFnO3F1sMuzrdL7lk58YyXPtm"
    "ZgE0EwfL3xwNW8GI4wKC2aBn8BHUrS6ZQM0PC8FUEM6AXZOoPGY350F2FLY9f8p1Mp0n/p"
    "xCHUEi/2cR/msVW83em8IdfDjicQ+QQi32GcPQKRL+SlQOQTiHyFiHyaYzwVWU3lmk9Mwb"
    "urd0zmPlDWvhAh7bt9N479ZGhUWWdaRT3Vs4i2FbCW4x6A3YMgbJQfVIHTa/E6JulqtueY"
    "3Kh0GMquZhNWaiVPAB9uKqsw+YkS1nU3RYxr37a1tmsFpq+xWRVtPffkR4mylyPkfAeaz7"
    "ESCsHfh6C4/mGr60PYmRR1BjvTXGa/VKz03nX2XP39frd/Jzp6Pt18+TW8Pev0SQuLCoNY"
    "bmlosFhQKaKTM47bj4pQu8jbFgQBqwVfY+oDstqwDM9gg9ZeFklrVB4rsAiGzTAnOojHxh"
    "ZqTd04Tdkf3fhN1mhjy30mTjO8zDRpbyq036ScCWVhEyEn6YSEeZawtvUhZpYuoV+p1cFd"
    "LCI9XJnysCtdpeV8vBW2Hrcbamxu3Vo5M1m6k1MD2zeMIkd7XTM1R3hyzO4k9HfisAZH2z"
    "JcKG6tx9UkCcd50kdjKZQs1uNogkIw9FVUCC+o49yzrLtmWShnPK5a3Z2YWhXK5k8YcKN1"
    "ztaG2XBDHAGBR7CLr8njpYSrx8lNSeBtFOSmpNE4ynNT0mArr6emXCDVNCwof0UxKSSKxI"
    "gmkBxCv479GKFvnCPbQbauGyqBXBFIDlnZ7sbwMJXNd/JCNKS8sBQSgIMDMNx8fsqBn/16"
    "kopIRBGJKCIRRSSiiESUYyai1IVdbxdpvZNWkMkjLYmu7geA6SlVJ+7bdQiybsHt4Utt95"
    "ZA0AVioVftWNOxu+87/dqmMd+Q9oCOvlBtqx/wTS0DvyBxPG5UkNhBJhZlX62JHxHw3iAr"
    "wXNpIvkBdz72Gtd2vKXtaEXZP+UewhQRt3EaOOEnizHr01k12bBlX6HhLqEe/6kIJmlXVX"
    "mKjuu6clCpp9CKQZbGFTtwHqbCnNqzDQIKzp7xhMP1fyNDasHIBMvHwaTe4cD1udiCJ4xP"
    "BNR9OF/d+ei86nss95IV9LveEzbwIhyHU41yP+6n9g3GzmPwrXcQvmmjcWWYGp20+/Hr7a"
    "z4dA6caeD9YXUj3l3AcFytVB+IQyKLaUccFDiy1dhE1hvKh32nWsSqYDhuFmu73No4Nn35"
    "9Z7M+uqPws+UgvW4GMJKnA5nHa1Hh1DzRQ/QOvdk4G1yLK7YONfGEzgedKUjNrr0m13dh3"
    "Rb+unOezLzLjHiBRuQK452z8XijuBNWfgRG2YVkOe+c7A4t6EW17hKa2iTUXsmJaQKvBy8"
    "LOH1Z2y93Nvwt+U8kkNFYKQR1EHKDNu5RbuZfe0yk60RfbsD85JoyzSL42wHfyuwHSap7+"
    "QlmuyB7R1JMbiW6wfjrRx7+7iK6dIJICnb/cPF3YeLjyxkt8wmIvxZMTfF1+13JqhE6n+V"
    "LJUlju5+PVfFsiFxg2V0QIbH88pQVwhbyN56rkF/c19cqmEieDMX2RbLDrG3TiK7xE2nl6"
    "Rjcb6VII9m8nlBssoBH/5gPVgXkLwyQBh9ur5j+CsY/fLb9S1yiQOw42v8ggimbwDPQ1DQ"
    "rkK3p/l0GM5xaTSX/MchzdAZWotnvqB3w9FwNEB///JXGHwy+wn6BVC2E+fBunEesWX8lw"
    "9xbmjnP/uPYDk2tkvYt7toY8OyQJ7NMm/gS+NPHAR8+U7IxmUpOPazJVJwRAoORxqKSMEJ"
    "eSlScEQKzttJwZEWcNouhoAFU3wKN4mJdwCKYXv18m+C+/mt9IKFJkML6BlZDPdF6m2f4W"
    "+ld/A+XvCOY7ZvoUdoF0GIQa1+oaEBeKwKh6jxYpH9mOzKuMNyTN1WFXnTJwFDBiM6e15+"
    "Rs+EWmuOha4/fPxpNByg+w+f6Y0uwdTMsR32n+6LpTk2ta7ewZalgryGo0WBadjVQwqspT"
    "/ikDrcEeb+ueQfPoxmCnGTncoCXVNYVMKiEhaVsKiOalH1K8O7WTRSUdn6xxp/ud1wQFY/"
    "7IK7D6fOj/ZiNuQXh7CCUE8yQv8XQVh4oqTvq1Fi0nIe8nH9CV2YtNUVDlGt06E21z1UrO"
    "Eu1/R5eRa/lkAfUh0wfT76pbd92SLrpmZvzQwZz46Yg5oqO1wuKUNyT48Lh/nZrQNHZOcY"
    "X+ARofvhA5ycu9wrH4KjtYKLZRkew5VgJCAuHqAxxM4Q01Ac7LwE3o1YPUwGvslicv5z4C"
    "OJESGIZsDgOadJ6DAphJM4xjsUemlClT12wYgYt/DICI+M8MgIjwwnHhn+bdL9vTB7RbaF"
    "rdrEF7MXskQnFmy/XI9nQdCspj/mjD+f48awXoocBzsAJSIKfh1frJ2SrtJDRNYn9O9iAR"
    "1lFAlaKylqI1iJ9jM6BO7BQT04OS/DsYxgF5KZH8ld0LK80A7O3DPYbQoHdy8TXdBft4Yh"
    "+Ro078UM2jBJ6hDkRLRJnBswQNhFz47hecRChsUs1qvPt3mjdr+hRL61sEWPrh4JW/RM2K"
    "LCFt1li66o4kEZsC3NQd3RXCNPemotINvXD2NfPrR7MbzCKEh598EScq6VdmkECdi+GjEb"
    "MgSWkSLtrTl20mnQg8OOTWjV3jpFzWbKZVNEy7VgfO+BLC0A3YWoVL+b62rF/pyHFkysDz"
    "daNyXkXIsnqX7zvm5i/jJ0xAKcgSqyiWl7IxhpArlO0mxS0dF5PMGsiZZAEqkvnDR9fwRE"
    "xlTXowZURSDMQwvINR6tZr0+k4SiPyA/Onbe4OIqt6j3bo69fH6VspBuLHJv0z+HyEE6qj"
    "i6zEDay6F69QOvb8nGdryzAldq4upglxOV0PuWTnxjBZwPBDSG5QNR+KSQvjObq+A3kAmU"
    "ko4x6GLTKT7/GRlr/Eg5PEBULg527a2lDdDVh18hWYdYmu2q9sZ3lIJ39BaANb5efLiDy/"
    "SunNP10C/wYAXgIf6TiIYMDwXILozgt+u7n9HzCnvomQ7hvxvRBvFPLiFW/gUBDGS+UEfn"
    "DECEDvRg+U+gr4roF3u2808uovNONbcwr7IpUrMRuJvZCBXdyX9k+laFHwQHpKhEE75m4W"
    "sWvmbhaz66r9nflht4mlOEHKN9QOO3suP6+mPFOdCxExr4+WS4RhM5JOm6cgLk5NDbbtpM"
    "A2X8qcHmFBHXjpbkNN8vCar9lD+DqrXLunl/KSLOk/+SzF/MZcDwm5FGwDadJP8ptvayBE"
    "yQOvxPEfVm6vvITlN9ykkSmk6/lT6/lhc+SdMbxseGJp/O3djArSOKNBXXwii22fkURtIj"
    "UNMWyZD2xtt+ltQ+69si/bU98oZo5H5a+u6nOqdSES3XyzIp9CBCSYYVk3W71suOGQzhLM"
    "bVNthF2gNakbFpIlG/XqXNG+NYnse1q9e/xiP1jMVVI0fp2VUSNyrcHlpgL39NyLiIzB2s"
    "LOLqh7rC1iP5TFwXszVZEMpL3zLYHc/zb16uE3dXQAjwUyUGyCVUtnTG/GRt1wpxiIYU7K"
    "mrsHbB3nqK/QMiY4bF/uHX81PmO9gi3k+shQL9BwrfowgJoNNnFVb8awbrORRYC8TvaxM+"
    "XkAAiFCYCIWJUNix5oIIhRWGwlJ7dpPy6PSmz7mjWlIAfno6agQG0EF5NClq+r6jOJoU9n"
    "vnis3cRLwixSPH4EvjcRfuZUR1SiboYjyeTOTxcDKbS1NZlubDSMPIX9qlalxe/wraRkoM"
    "eQdAOeBCMdv7gO/acGa377ja4BfTxgX8/de7my9lvpWIJHtqG6qH/geZhtvH2b2DtcCM3a"
    "77rJc+c7rCAEVJ8tjbOrViuSmiE5zhnURtqbrhbQsCh9W0kpj6gO7xDWGRy/pecnmszKC0"
    "qhlIUft6CfagS7VXwP1yr3iC5HDn5rDbQ7M1fzhxnKJAT3nkNSLgN7rTSgFNW+FVTuBXwq"
    "7st0S1nbRXq/iOwS4vo87u3W6WTnzzq07Gv0E+/IoOSqeIBk4+6E7pj/TTdgOZ7h6l/xkF"
    "rawH4ABU7TUdCZpo0f9WsWnm/YntDAtdPb+pJnPEb7eG9g0ZLoomM/QUBd+jfwNybWTrum"
    "nQB22w5tIRLLTdgBqDDI1uNnRcaOf5F/TtiT6Rfv63Bzq9PWqNuj4ujEkYfGnYkJM+yl1B"
    "L07Pptc3lMa2oBwBw9vT56j0TotAZ1HXMP1OoTb9rwBXRoDJCK8mByqa8GoKr6bwar7m1U"
    "wcMfnJ8Pvv1x9LNoU0WWYmwM/vgbjJDOChurJIsr73wRdVUgjsO9NKbHDK1jjGEhTcNpI5"
    "mk0QKEhNLdwEOc8uhTOAP4DePHNFCXD7IGd2oXJi6frqah1XWoLk8K60s3/WtxYLtyBla5"
    "ieYbnv4bH/cgTjrRsHG7V0CtbEL1TtL/PYhxQZaehAUkEOfObbFDH8483vl5+u0Nfbqw/X"
    "d9cB86Njl12En2Jo0turi08FnZVrpeNHBMITUT/rntq89XIgExQc55WefaCv6XswkFG11K"
    "Tl49P3iUAqtEP0Ot74HOEJTOz0MTmWpArnJL2r9KBk13IVJODhaWZsZ2j7Y2K1srXwbTzl"
    "LWmRvd3NlkU/yoV3sLDhkHrcLSIVPC7gMbWWdL0eb5MkHB+6R2Oph93v9TiaoBCT9PUyDm"
    "BXgclTt8ggDC3dB8P1jMlVCw0Sk6tCFYcokemwRIbtnC2w9i4cp18bbVW+Jg+YClxNnfUt"
    "cPffsuOd6PQt0pFqVyEldg7HpvxYFzhLLgPKX/56S8wyINpw1/BHOZ3Jnd4A6Ne7OmYOyW"
    "WpL7UOv+4SI16wAU9oxv5ZK/ck5evwDL0UNDnkb4gW+jqXb7MDnsjcbJiuwzSmHck6oUZV"
    "IVUn1OVeT9ShgkKuuiLa1iRamEAD5XeQWQNdjSAdBv4NiXVUoPAj2QA+ZTKgMiU6AzvCAT"
    "5lKmmnm0cU1v6lqmXD4Zg3mo6Yq/2j97usPjHcp+N8TY0OTf/L8c4ozR+UaQDCk+jskbme"
    "1lkSF0UijkjEEYk4IhFHJOIcMxGH7f7Vt9vwdp69RiBsPB5BFoPMTscxdLudzan4ZWWsQt"
    "MHMmS/p7YFenWoLI4TK6OmzKOD18VRstdTTRLkvKea7Ic+2Hp6CSAmWMRsyvgE+SHLWOiD"
    "wndpmOYTFNrqw4q9TrqWgygmOh7vj5zndjB8O57T3FRgrbmkeobbvNI/Nwjf8pAmGqwDbT"
    "6Hfy90aI5FmrWkb10esZ1aqCEXK0cpol3KMVdHskQW0/TioMcC1Y+kharAQcHQU+XR/k2x"
    "QN0tYDMpKkTfzWRSWIveJxbPxkz5VFjHvk5ZHPhxmlh7GdLeYJm+yZwgURLcsk1mkR/eMm"
    "BRg8VTQC4WEM8LiJ3czforpiiFlHmWMjVVNhBubpYlm6YVkuZZ0ly10jyB/LgCpbJmjmyG"
    "SqRy5hmbi6ZWZG2OTkxbgXp+ML6KvPnueRymbNRM9E5TCc6+nux9LFh53thcNauzIq68yP"
    "k+UM53rAq0wN+PqcFOlMU55akCl5MZdG2VhSSGPFFOZ44jkWvPQ659kWHXAqdPvGYkY8zu"
    "UccAkAJ7JuXH5f6nw/ACMIE9uZSHdjyRxZ/NJRNlMa/wCJYcLMulXVAdV4dNp1qnkVl78T"
    "fuOa3eAr9EzdUevFu7YcuufXm2dhOdwk5kmtUqT2taaxWaIbvqrRKmSpWaq+TtFbqwxbDF"
    "lMzKljvFyd3nPwfIwZrhqivs0EmDDA95+DsAGj+viDVAK/sZYUtDz4a3Cu4OdWO3qCvbQZ"
    "8t4IpFldTxs9NElVRR/FhUSb2NuVCQTJBTS9j/52ZBOYRdeD/n1TjJMilpOoQyqYXeKAO7"
    "/e5gfSyJOlOJ5TlNSnM4K4taQwPapbM1i7TwcuTdDFl/0XehSkeR6Km4GA4XsEJmI1ZmP6"
    "smnh3i6AiT14cQqCOrJA0fgoLnNRBUuqwtXc35sNX1IZSXjEC5Wcwg3Z5udASqG8YgWElm"
    "laDwi4wXMhSikAmjqlgJemhRi4JFPnZI3/3PYoYb2zTUl6YSKRzogLJx7K2lLR1bMaz6Ep"
    "LGQ1hvo6nGn4QMdwkes6ei/qK2bRJsldjKSbqMIBRK2JUkQjv6sGm9lzc3n1Kb1OV1Fjf7"
    "98+XV5T3jPUxdHlREbthO4ZXsBLKc+sSJKICJcvQNXEeCVOnmm4u6REOuKvQf/pO6pr7yX"
    "So+qVw7N9wchOZ7jDzhTpljoqq+Axdl0w/U54tmybrllCLfGiRWXooHu/If8zOzjzLu80i"
    "42xGV80HKVnUIsWJhxSnKmk4AAzYUoLJiQE8N0XFDD4fwuBr7BQgaNfHxfw1GvJzMOJp7C"
    "YFwJj5pLyC2fkZWy/3NvxtOSuPr7jfji2BfdcyE6eOvtKBGUW06HoYifZZaTts/n4nL74+"
    "HKNAR3M7uJYLZQf3eStqPz+ukkMvkzmUqf3ow8Xdh4uPLD6xzLH/z53B+cy8LwjN51dGhc"
    "B8wQp9PT7/m/1MLzkINkwUj4BW2GUxc+g/nMIsffewlaURQ70YQVxJnVBlfqpPtQJE1DYH"
    "h2bGV0/EefGhVMH39QhNjAkVPEHfguGWgQy/sWcohFjRg1jcHhoeR0/DLMj/jN0HC0L89D"
    "9c9C2O931DEAND36K5EDY+/pkNA5gAyNla7C6Xfofpv5obvZtr0NX7YL1jT8bIxTrx/C7H"
    "Jt6cD9DWMonrpt+JvgMx9XCIsJkyfAN7WcNCOp1MCD/ShSOyDkTWAQcqicg6EFkHIuvgta"
    "yDzAFVd0IUkPdqVkiaPk64/uDfI30ShvRmMkC5zhTIYEgqAGnwsjgc2EpIj/MZlN9OsopI"
    "3TlURN+rSZScPv50SCa9+KjA+2w/JzlZjl9i3nt9L+dgLXdB5b0rVcpMQ5/JAYtMeXUBVC"
    "4xDQ3wP3e4r2pmzV9bCgTQoQDvrMAqT14e7DLJDf/GpRreWSFNHu5FumOvkb31XEOjNuEK"
    "UwOT2oFgO4I7A1GLk1iwc4OhPJNnEpyWE4makixZi5qcno2CGnMXuo2AaamYhpXrGtz5Ax"
    "8sNrOg/Qn8Bg8jzj+5lONrhTgDRK12doFygRnp9ib9CDj7J5CCoE7183AU/6XWBIZA9F3h"
    "hR+s6CXfo7+SDbOR4Waw0BTsUirb/zJsvaBnoqCNY6tgd6vYQi5k9UOmf3CP4tjPLnEqWt"
    "Z/pNxM9K/ogyJsbWFrC1tb2NrHtbWVH+zsLdR9yxP9M2T8dqo/gzRXDJKfMMxpeYIhxUZW"
    "Wcor3R1kfTSDf+tyxbmQTrEZz6vk2Izn5Uk2cC0Lig8awFI1Nis/mSgtlXt6ipds1VlC3u"
    "swkjoMlQD993w4ipKXFRXMVmkut+XFuPr7fWpZ5hKTo6X56ebLr+Ht2WzltLAilarO8kkR"
    "8S6kyVinm+VUnYR5r7CImiyWybjCWpmMS5cKXCoDNqxVr5Eh63UZQHLdSBOwA/y0ZGk8GU"
    "aOniGmwpsPh9Lea6iT5H4wpBpoIwmyfqkiiRX1lv1uSYuwormXJBF5o6/mNIo+6JV8ZxX6"
    "oNdxY7bnZfuElVuysR3vrMDHFl8c7PKwUdksnfi+Cv41SkE3BM92XpBPyPxNc5WeJws8h+"
    "jTGIPGNp3ic98tBk6kT9d3RbgS+w1WxbGURor0H+LbqMLHJHxMwsckfEzCx3RUH9PKcIMT"
    "qKaXKUfYjql83E24Y/wI4NmT4RpNeJ2k68orkeN1XY8eN5w+VXCUhG62Hz5H+yx3N0Slm3"
    "4tX1uShl8/dcNZ3b5LzSGsvqjR0Z2lFY2i+DmV8ypa0lKqLegUqZAzz3JeYXdJeeAZKi7A"
    "T9mJCZElPSAsRPRLb3EhjtmIjbPlJBpa8cvXHe5j0a+mw341x+q3xNnWUJW/FdstVal4p2"
    "cr/YQ9a96Z9x3GOaE53SnOdsywslhGyM3XYhnRfa/GMm4sguj7mC8egcRYDNGIIAwxiKtc"
    "6TxDv13fIQ/KVL9DXqxCgixfgizbWWPTcImGnrC5JfkYR1cPKYh9/HEWR3Ko3rGmOp8f5B"
    "A1rCLmIWIeIuYhYh6cxDzC3bnGjhtTCEjArMGnUl2gjtM3vF84fF91+J5iGIObGBHT5pZU"
    "96vD4RTRyc3gTlLmfZZZ2zVxDLXAoDZtXLLt5igzDNeBtLdmdRGLP978fvnpCn29vfpwfX"
    "cdpPNGZye7mHZt3l5dfMrwm35mgZJTPqXD+09uNncRgNOJQyy19raRIzw5ZneydcRsM+0C"
    "fu/YOnKUYuuosHXEXFsZReAulRgekgqOV+C4buLH4o3kdSTtkPaAe4nvDKu5o5wxBBxoc0"
    "EmgJIzH8rQQkGt2Lmka+BsYGPd/TxJc3pbeess3pFhWGpz70ouFBHBwtBJ6H7eM2KVKl7o"
    "GY+rhqxSs4uvuhL70bDuV47teYzD+XhM6obBzpgM3MrA1qJ7X43L/M2xrUe0wa77DO3NEU"
    "wOjQGdAMYpVlV7a3kB4gr9QTUhtIqwpjmARgLQpzMZPNC6BKUji8mI7vXaWILWOdKQ1T7O"
    "CjBWD/JUAF8FlybC0ZPo0N4WmyZAsRL1O30mNEfVAfcGPbN3Yk9236Ov2PVYQMg01gC1sj"
    "Lc6PnP2PDcwYNlUgLAdNE9+pdgdYX0rQMBIspsw9w65C/IZv8ZEBL66jAkA2r3oWCI4cB/"
    "IiqV7+cIOxCA8h6sFZ07aLtB9F0Mk71GyBNMXwM9r2yTAIQr/QofipUeXVrwqiyiZVuIVY"
    "qVh6+igjRjIwJXInAlAlcicHWsuSACV8WBq00dG8W/m+dQQAQzMiMLOKTlCfs75aTda3Bm"
    "FyQjlZ5wSRJuI4UAQapr0F6SEC3EcvFRKhbSaAG2OdFDHFtoR1lRHC3HFU2qcC0DhjbY/g"
    "rI+7UHygAaTAXF2rzCv32BFIurmoj6uxfmD0bFtEFfXzKNuO7kyBH3pkzijMlbSu6WcF7O"
    "wb02lNS0IQTg1G9vZhwDu4Q3P8iJgZfwxt690UuKYX8P5mT6TDSoG7olqu1ovzi25X3Fj4"
    "XeppI7Bzt7+cBty01436suJ8CZU0ENnE/n9FBbLGasvFXyU3ahG43fq8b/uASMrqWBl8MH"
    "7DUcBJlFA7Qxt74LRCfP6JkgOmGcF2RbeafTAZ8r+tsIF8vRVUrhYinUF4SL5W3MhSouln"
    "Bzr+NoSdIcMBjsqevleBi0n64l+/ikC6Px0qhZNL79FCt/s17Cxp2XQTlsaIaMD9hQeGwD"
    "2NCkeCRFksHyV6SoydBkuEiKLYRJjuB59wfj7QRI1LM9bFKJuUW7LMCAYLNYtGnCrGR9yv"
    "fBCNyY6a3kF119uP588endaDwYZyraQ3lMh9n1c8zK9tNTIXMmcB1zrVI9cc2eOXWqifkS"
    "R5fFxHvawtb2rNDypb8Pdtm56/CO14E7LUQsD8xB34aEj7SQhZ+MR1bLPGAtXCy/gQtBjm"
    "0Slx1XRCsA7txzMGGLClv06PaHsEXPhC0qbNFdtuhxCyu72HIheDXRWH8XCE/FhksT27P9"
    "gL9nBFmSVTkeEXCeZZFkujQdapTpC71RlkX7Br+h1uvPEt7Pb9o9nG4znfhGOh8ze4O9gn"
    "KeHT2kgvu5ZrLvIVnI0Dxqv9yh8XBYgeP0rlKWs2sZQFRIMLcdrahPVHkgOkXEcwrRbLJg"
    "JT3zirknbacHGe6SmlzGU8GGvRM3MUV3QNDE8Pist49MoR2NLI3nezv1WkRP3GCnAcKfsy"
    "fA38Hya6ZkiCE5DsvJk/Nws3xH3oXPxTzbaydehM6NU+B5Vc9SagrugVGnrgxTc4qQruuA"
    "1L0FCewLWpcobgMnVp7hn7H1cm/D34rz/tY2uekzzjrEQabtfKFCvdJCowfqfCyP95727G"
    "OXGX9m+OkOTE2ixZfpRPRZaztMKt/JS8jyYLFEAgsuAUlwCYrLto+r6FcneEphthP9fZnj"
    "/J87vbNfbM9QyVmBfza4MtjlobXie6r4aLFJHI9VnTGfqgEknu2wAjNqN0FHJGWWKjAbID"
    "9FmjUxJcyhNWNZuzpckRR9we6bsfWlhZm885E+PQ/dtH5JF+WwZT+bRKNcQLbfWrzI88vZ"
    "Kz5YGNEZqBks8snSo15cj6z9tuSEIGJpfo0bNDhHztailMghlEY1TIPtkchwkQoKG32e/y"
    "TDY7c8EccVHmvhsebDiSI81tGOLTzWwmN9VuCx/k4ZXcfNFN7PuftUVllJxXis8OEyNckT"
    "KSh5KedzRHBAfx7VFy1gUn1uMxOkKbfbBy852aiAn0O2mC8qOpcOAPil2NpLntX3VHUsqe"
    "MK7ufaTy2N5iyTT9k/My/se1+emRedB59uvvwa3p5N10szXSPadkOYbVdjlqepuI45ShNF"
    "gd7rqgbn9LhRw7ROpnvSomqgQBWQ96mOUZ6DOTpX8PRt91qnQ9nmU8NmXynSPkl/PiIYjn"
    "kMOc1DFsNbgPvhLc8Ed+0uXfBR158JGdI+zQRZBhiCqU6gon04wuwX6e3NhL2SjdvLh/0a"
    "QGPdEpd4t37byLMC/2vhfYNd3tgQdAv6xBBv6SRoXvfOouB2SGtl9MzbGOF4QcmmlfaJgk"
    "t0SqBaQppKc9hrhpBuhFXl3K/rdIm6dQzvJU2W97oe7NEPFna/uwMoPgUPqZYZlHLWsZ8I"
    "3ECv2YBkRsfy3a5hf08HrfFL8JaGh97ZlkrOKzpR/0jVK9N/e1vXhwITrlXhWhWuVeFaFa"
    "7VA2kEOdcq/TK3XqJkTMG5H0qWJhOwA3Vw+00WOqRPEo7y+PxzsJDzr4N0x9QH9FFtiKU1"
    "872OlRmYY80ystv3vUJ5p9ZoB0xT9skckhQMuGtjefH2TKB0+cN6AwkkjXShDG2f5O/7KW"
    "UdnGNvWf7hClZe6mWa5uj4zjZNLvcpUXDFjbflbOrQfKzP7gJKnhHUMvrG8Th+wih1mU3M"
    "Ty6bjSdVi2EEdt3hmb43ol1xJ/Xk7nCSPG+2mVTldsHmWoHp8Ql4QJZzfmBW5XhOe+CqOc"
    "hX7EHji7NCd7x/abDbAx/fVMHlviGOa1sIoswRnAQ0Sn8HNiKGeT8cSudBJ/XnFYbEZNO0"
    "n3/abpBFCPTxsP2uFEC6Ri7WiflSgGjR5ZOq+L0ZL4WnW3i6hadbeLqFp/uonu6V4RaaRe"
    "We7piC4zQ0OM2Sh9n1xyYu1vahAYB5VBwrG8LRdbmeImzE/IOpjUnOQ5xBY80tJuBkkyew"
    "G8vzqmuvY4mcYtd3OPoW2sSHH+GDzZQxhdgM1eI6MfUB4zpbiynI9eM6s+F4j5z6Kpmv5X"
    "mv+SRvw/FWANVaMMvhsC9J9U5R7Troedp1pBFoejL9P9htWFabPNq/Wwuc01k8DG1JJ61C"
    "nKVqbFZFE7s8jb6Ilu/dfE6wAua/rrFWwtAXZwIuGB8j1++RM5PmckuIuJ3k3cdcZ+yps+"
    "UXkHYkr4NanF2jIFEGkQbLI0vH99KYjadKqNT0b1H4vK69IDJkYjFUWwxu09Xg9mY5SKMZ"
    "NHcZkjlz1kNXLEXTwqURoaanFggCAHOeVwl9vIdVr4n4Ckg5F6ACOUmSKkFUayhNoR5XV3"
    "zffw9FF7R+rrO5JUi4LnSUJ+DKmupTfQ8oPkmqksInSeUpfHAtl0ZGsNs0jyxJ2qdEopki"
    "s2XCwmVvOZEILnnLYOPLT4CdcIF54gNiBka/1FQAAUhKJnDKxRvm3nJvEUAwzdRl/dzm0g"
    "H43R8bKn6dpDSH2vITNo0mm2IRfZ92xqTuN5MIi79AC0BfmUjWI87GDKI6qTeOx1NQOBa4"
    "LS2jb/uphx8L1Jfy3kzh/Xw0ZYLnNWjK5INlyIpcET1gh8A7aa8E0ZjmUdQ8dX+WcxBY2y"
    "OY2vfFWaNwuKAnUcFaroNjuldHogNE+2pNgTyCacrqxqa5J7c+0CH8Xrr8sKuyZlKJSeQH"
    "XlOFbGM73p68uqIj3bKBTpVXDpsJe7LpF5YI9/vmtKeVB5Xx7TDqng51qmyiL9/O4vuEld"
    "NeexvHpm+/3pNNX/1R+GFSV2cf3ao8QzdUxo89mXabHOv0WQfQPGviuvixCMK8DuPu1u5n"
    "fyBu1O92FyWwim5fptECp+j2Zb6cEJ86rSsgTqjFF5UWxFcHO6sL0vdVKzAIKBB0L0PuVl"
    "0h7KJv34JKhZ+31poe19++/SXoY4kdAM/x3KD5pUtKqglaGVbgjouSgaOfSaJkIOSlKBkQ"
    "JQNvp1PmTJ5SXXQxk4b8dco80RT1JMv365PZQbq6Y283dXgeEXDOdGkMkE/zoa5FOIlEbV"
    "SK0Q7Sfg1v+p4q+cm3t4rX037mdGioVG1pFev/NRtbxYT59laMLG3iVGpyFRlv5dZX4EQq"
    "Mr1i/9IOuytxU5U2V/QDtoTBlqLAHkKU2y7RkGEl6qoBZJR+Pf0KKK7GSCMb7HhruJ0VW1"
    "PzGuqzFxIhfhsBBuEM6SbT4ey8wC475JOrVH3HwwrIU2HVCatOWHXCquPIqnPJEykvSq4A"
    "vZmgP2BeoGU7a2ye1Z4FsgY1mrPhWAKk8CHbHfCsiR7cPg5nDzFQ7Q1pUCjLHwBq/II57p"
    "cXeWTIOLcAk3rcbKKCNahXNbsPXb7hhFGlqqKICPhNTYZ5vwA8BIn14pFmGvG7sXAsgqVG"
    "tfsmDXPStP1Jc0zKxa8ib2BZ91AtyOuIfoC4WbukJGVvZf/G0luTsgeNTm8m/Axpb6RfN3"
    "PgJOScc81U9Lnk6DjHyY3dVskzuKLu2TIiceCRq8fwNBHn3K6b3tU+yjak6NbF107QcAxl"
    "fmB3Yl4dqA9cnqETzM0zF9Ku67E1QSEYmmdopIXUna55QsHeV7HeE3jHaTbXhsFOwCv39j"
    "jbEV5NYWCnz/QKgONeUFGxJ49rFmhwNpWrcjexQVYC0A+relpibuUyoZ6yN6UvVQLLDy2G"
    "Fpj8MTUYNxvFPlZGVb7nLK9KkztUwVrgPV+NCjqY1xl1tQJ/EzqDYPBrDM4rWFy1fvi3LX"
    "aw5RkW0YItvCBdKH/TYFfi0D/i25fxQVOtGTPcjXTHXiN767mGRpAHbRlUe2tqyLI9pBDk"
    "enSOaQP0nWw8v3WD36oY0FrQlj7YpP9BpUe0oiqOTp5RkBf0x5lrbx1/5tPtK4gYkx8ecS"
    "xswlz4D1H1IfKDDnxki/wgkR8k8oN25gdFu3bVlPiYgueMiOobbwfZ7ykoj+gwrMrgmIJn"
    "BjNQ0QUBjC9pEqJ+xc6Uh+1kCMhgPpDlYjYbh7/M5ipdggs8VwEKarqogwDWubAS+kodia"
    "XJeBZbw3UxGlfpX0DvKk/LGud6GGzwi2njAk6Xw6AlSA6PhHacsHMnSGdlaJG7UrAODw95"
    "pDh/J4jFnkfWmyJAmVLTJklyuJjwiGsDJzmDXdt8apjBlCIVSSz86Kd5Y8V9sdSls7Vqdn"
    "lOU4ko3+sdnQOOteHjpEPdbquAEnHG4qpezszsSrk46TugL79/+nQ8Fydx4bstbDjkrNC9"
    "mbxhsNu1mb21glfziThQ2kk0lCKPaw2liSyfv0fRnb4/coVdhC33mf6GDBdZUHeCiGZA/S"
    "J+pMIo8m52+qxCL2eIehCMJ7yawqspvJrCq3msuSC8mhxi2XRc4wVnGn9oNuGBWP2QS1AI"
    "8zaXM2p4Zq0pHBH0aA7vBw/UjU/SsR8dvC7m/OtVugnyA5YqqsTynPBl6shiLi8o/2ekYj"
    "8GUSGdY73mYN2rz3lRIs1p46BD+4WpzVkEn10eAYkIet0Jxq9Th50nahikQqM1SZ4rYaBw"
    "MRwuwj3K/0XSVcB1UKAdVxBMnEHzeXnhN5+fjVg741lLTYU6iby4qs3ep4bIEyR8CB0e20"
    "DocwW66PnwdPOFOmWmLKdicqg9qJs1mzSliPgQVcP1SfWzEQvbL8ImXn67Lx7FVgNrUHQN"
    "EV1DOmMTWW8AQbEtVgXDnSq7XMoHV8dsu1oGzvj9OHeXGPGCDXhKvOsyZpTuJVIQM8o1Gy"
    "mPGTm5W1+NGYHrUmZuzMkCDhpJ+hlhpNqwACgHkO3Q/6SLAoEiRBA93jCCY/YRIC/pshsg"
    "N0C1hKz1NM4lpYA3ygePDvHQB+vBuk9fDRpz+En2hueiNcHulp5oSHkJRsKaaVjkL+y/6I"
    "k7n6qgBauEofwSFJRYuHCdvsXzylBXD5Yfz3DhE7BpwrRAsG9DJMyHPZkrin4evm5QnPge"
    "fcWul3osgw2FqoAXEr4sfC8y3AeLSg0zjNiCr15ReniYXxk1JRPWNVlXzt+jGzrqhjiIfu"
    "YTeQkqEvbHFx2gPxImf/j+AndUROBEBE5E4EQEjt+6ggqu3F7UGDBw9plE/5JFswiG8KCf"
    "CsboG/XjzrQ5055VnPTp8uMb6nOMY4/waj9gYCOdvaa2kKTrl66QsDjfMvhoaPPWWYZJGn"
    "7jjFkhTzAzERSOUYDfHArsRNXowlvM5wIFVn9bKLCwOueTeVi5+ual/0IvewXHb/kunCHj"
    "eyNOino01Fn0sqK5cOiNOHKtNliNWdo+LUdpMoVcVoIhtjzSJ3kH8ttepqEzf1kfQ7SIVN"
    "TB5TNt3wpK9lwbT8IlJVCyeYMVFYDOPdoyBKCzAHTuE3v5gMzvfRx8R/W8AG/uDLxZwI83"
    "4XFt+PG3AOG8jwpclfECwllAOPeawZUhnEv9FOIgrMjqIhdNC3jZrzc+uLHIvU3/1JRG47"
    "YHR1X9qu8srzc9aDHn2macyqda2+YrqDxOeEcFMJ7/tBUE97PUXJWde0TToYYOSrH8ZgbS"
    "VKLacKZ96QT8r7I00gfo/fv35z+zXOUNcdaGC0X7LssTXtnP9NEO5Ae7hLhhWjGCbNEiuJ"
    "4jv83r6cYid1jkDovcYZE7LHKH3y56TxdbLtieC21M/47l8b7YPe3DXrP/r8Hw8P7eMHw/"
    "oJn2Gb4zFbWc772B22DF/mxvmw0bYcuMh8MKPKd3lTKdXctwHRQRV7U3jesS0iMcEmYm5V"
    "CrnZAI58tkBlWAk+EEKgIrnzIdp80H+ed5eVza1E7AVvE6SFBlZKBQsq6EEP1ST98bzQGz"
    "RJ/tnxV/eXPzKXWEX15nU4t+/3x5RUXAJEBvMnz7tSR8UcenUMvwTTjvYxstL+PP2Hq5t+"
    "FvVQd+NBpH58xMnk4aJHIXuSPYZy4zDoH0RzvET/WKPDx0mfistR0mm+/kJc34wKERCS+4"
    "AQiDS97KsbePq+jXTeqJKU/Ih4u7DxcfmdK3zPE/k+NtFRUi1Zb5ZzoOR9KWJiRIJExqGN"
    "1IPvz0qjIHlteSNiMI3UmV5Jyv8wud4XuKuapT/fDaYzeyjb63qnAZo2tJ16eoL96dbssC"
    "kI0CJ2YxFEe5S7MADKSah/OGIRbA/cjWEUbJgULAAc9GNr1No9a/BZvaT16M4gCeyBkBfC"
    "M/Q1gieBYijM3m07mvwYKfUp2d512ah308wEn8zTE8j1gxfoTOfPM/bTcBsMIAGRYDZ3Cp"
    "SKhA6ev57zNAru3Dn7OrHryqZ6gueqQzZvNggQtVtbeWFw4Ayq6CXfIefWMYGKPh8BvApc"
    "O18KMBFWP4E72CIAmZoHfs/1zgxpQ5ZaUHyyRPVN4MWgM75PwvDB6fvreDIBYLhtliOASr"
    "WBrPAzwL/0VceBPLRjA7A1wKgMuw4IUYow2isTcawWiUOwlesvvpyLIEuBkEMsETF9/BN3"
    "j2Bvnvdj5A9C9BQzry2ra81Tf07v/T//30+fMAXRLjP6m4EXiPzn1m+TzwHGLt6IeZCieA"
    "sIuaYAKgvOVRAUUOrHT8mKFc5ELK7B1rIl1cGo9vxWG9GI8nE3k8nMzm0lSWpfkw8lznL+"
    "1yYV9e/wqqc0rFFm5t4dYWbm3h1q7v1g7PgNxEKHf4JUh4rztPALr67m0AjGziZGofmj7s"
    "DVOH80ma3rCeH09rqOzW8m4niTjnuUxgiwN1nY+AwhM2t7VCOBEB74xO2EK8tbyg3CBmHa"
    "ZHBL1hOh+MDs3PPK9/MW1c1gIwQZThtw5UFTh+sDJYeSaTEBlbGk/gr76Q/V/2Dht8vPn9"
    "8tMV+np79eH67joA1okUI3YxHS64vbr4lJVAaG/nRXC3xqZZ3ogxSXi4mr1hfaU18g5UnP"
    "O+rTkZy7PIuoT/2GVP3n2++PQpX56TdQHUMhkztL0yFOYqRCPp3JfedpW378+pcZBEBJwf"
    "JDMZWjtMiV4R/yZ9kOxaSuE5IpceI3I+6eJtFHofu7g71YqzHquLSHnm9hur6Dx1rh6+rv"
    "sUObqjTLasHqVxfdDJdd4YNChKyU7hFvl7Yg07stytV4n8FkpkeSqLzbUf35Pluc7nfHC9"
    "9VldpEW1UFbYXu1bMj3kIzZYsGdnDol/06ByCokW3f9qBsl9lM3AshZYqkaqmQf8wnI1bM"
    "u/il8Gfn4C0YrzN2YSM2hVgDabDSdKQeLIQZ4K+SJ/JRsvbC3i4ifW+mMVZnj4h0sySQS9"
    "wxbablzieH6uCLVi/WwHizyHb3wOyRUPlkNYHi7SHXudTAphIgmfCRNGN0zzL9msEzow/O"
    "TSt7CfXfpM+lKuB11EbP3BclVsWZB1QZ6I8xKMzDJYMHohOEi3WdOB4aVDTkLs0KU3rQla"
    "bS3NgU4lK3vrQi4IPIVy5Btl5DeWHBJmemCHRDke4CVx36MLKgzHeAJy+JafIfEEnCf09d"
    "cbJjDIvLGfrfLsj9x+R58L/5eI6MXxjnxWSHB3JhlEJHxwmfARCCvvtivxJ/i37/LU8XM4"
    "5bx07K88qugl3eWWvri/ythfwg92ED+YCM4eNjgrEj+OFDcsbStYejAmKHgOVvkt3YIwrS"
    "RXrWpsG7UPm/XA+sL7eWYt3aoBuF+ChAM+2Lwj9npKYddjsnhjs5Fz/N2RXhCTNEwuOBCD"
    "d6UWsMLoud+Ye399roU0AxGiO4pbXjg2S2d6a47N43va7ojn+V+809cW3jao7G1zExSV/G"
    "0BAfOklHS5LXRxSRN17B8T5z+jZzotV140RmSguKF3CwqObJduNohNJub0ob8X+uKO+kYP"
    "loZfoHVvsp8udsENCGiHrIQMo3zDYr+1rmM/g2dQoy8drpGHM4F3JfCu+Nh3RWFQyEtRGC"
    "QKg3qJdxX9s6t9t2P/W3Au51lc3p01QcJHf1Z4bIP+rLErNAIqGan7NyPspD+rQ+g36y9L"
    "UIZqaB9ZssOZfnL9DbCwAejDVtfBDJcW4wX79+KIVuGR7JS1e4k9dXVWZJyE13ZbJGt3qU"
    "S3vQ6Na6G7z3dIxesNpubtz1TBDvFi1zAKRIPpTHBeBvSKR9YbMwQhwMhVV0TbmqQA4rat"
    "UYXqLlT3o6trQnU/E6q7UN13qe7HRU49drJ493X7TkFmTbnWHhH0WmePWwKx2KPC8JGYwj"
    "hjnVH1/UtCO9HfQwWmyc6Ype1ND9u6ybs93PTyJyA1ubaOQ4IwUNW9L03FNXgxGMlgjwE4"
    "2XyhTpkuVNUq67oY3sNeEbJmNQTjmPqQ6MUO1hsAF8tjBdwWw2Z4D+2DFXu2hwvwHsqLw8"
    "L7uU3AOF794rYIELjcxxPczi0jwVrSdAgFjmdyGDycKePRMbNaTOx6S8q6BudxhrQ3x/EZ"
    "g5TEEe8jaeytMvXukLbIj6bSz5D2TPqKkH7sdqrbUDlHJ/opF9SJB57bmrXiaSqeU9R4qR"
    "cPWZbncv2unWv3PjFaz/hcuaA5PceqdO6MFnwbTD7t1qi5zbF2rl+yP4Lr4kdSoAVfBpS/"
    "/PUWsOGLa27iWf3ZH+h0uP5nx4HGkGHFocYEO3cHG9eJGyvh1ENkMKjspWa6Qpz36JtGtO"
    "2GAI4/AzL3RcMCgm5QCHxhGi9bC2EX3Wy9a60Yg769oV8PPP5xxsKswQoI/An1SlNFOFKE"
    "I0U4MnWfCEeKcOT+4ch4z6/jmE9T8dvUsWFgcjSeV/EEj+flrmC4lqkYozwiS9XYrPxWNW"
    "le35MfZWVjGbqTCATvWkFXf7/fHWmMFtCnmy+/hrdnw49FzGcfW2eeZ8i6Yv3xZnr7waYN"
    "dvC6VuZsTNHfIHwbE7+bEHv/Yn8bYmlBcVhNdW8CBXuL4XDEXyRQMf6rJqBDTNGI9wfzn8"
    "9kiHlLYwzFktJ0FhbBgy/9+iN6d2n817V23kQK7W9OxHFsZ1m3eiJNxW8aAjdngM+whLuj"
    "HqcThCfH7LEkVeA2vau8eQpcy6CWeODFLapXKYctSZBwGyM/WrjGJNgly63lGQXZG6/Ewd"
    "OkvYmEvsm0NBa2DpZC06h3mrw38s5EviV1BJlriiZVO6lPaRaw1JXms6CAvDez4E2uener"
    "rKEnbqO04wytkDTPktaIaTwRp5Gks7RC0jxLOhlhrKgCJ0lEzlIBxJlfh1qPqWkiwVYeWo"
    "acOkNFbt1hcuuiYvn9E+ui8vx+Td2qaV/Jo4XbFiw95W29DizBedQCd7/GI50mY9NHd5Vp"
    "K3Jtu8i1PRqeyi1AB54VJzn61wavpTg60W2v46kEUIWsGUiMehIkJUKLk62DwpxXwFL0y3"
    "T8QilZJhr9RSej8wEyDes7dN6wGWRiOJDyEmY2Zj1aB360QGYRqZBHT38TqZAhL0UqpEiF"
    "LEyF3Dj2k6ERp2aeRoaM32TIwlyN1Mm2VzMOkTQpkiZF0mSzhBn6OK/QSt0F6RqR8Dy5o9"
    "YzPjSKNJpLgKmvNIJGkYbDCpynd5Wynl3LdpBwvdopYSkifpOUzlgaHoC/qxJgQ82bpUO2"
    "D7DrEJVAu8QGileGtFeaV3Ip1NW8+qtp5dVuewOqs70tEP6lbZsEW8WyT9FlJK9Qwq6EHf"
    "1SDxNqOByyVjnjvSV8eXPzKSXcy+vsAf7758srql8xqcYtc0RY7zixEuF3btfvfDSnaOSW"
    "LvaLJr3Wu12jSW95ZbTpGPF5A3Ym0cIuySp2HIM46F1Qkh3dyPq6sJptOssQvHBBM+nWRx"
    "c+TuHjPL52JXycwscpfJx9bhzTYx+OAPbu0kFGWfFoF2F7VytkTdLzzPCzZHyZ/luV4UQb"
    "j5VGHvnWq1ijWEeUyVB3QykfgXOx5EMnM8wgI2VZD0MnTf1rHUA+U/V8WXdHShFxLo7UKl"
    "FYw+LpsGKbqq6dm6Xe/PJ4VX+8+clZH3vzWRMqlZXgzxkYOru6WICIJBX9n/8G3vy5v6Oz"
    "izDXE3YMYGMt0IoUER+4FfC8k8GtMNwl9Ap+KtjAdnqIU3QH9BCHmuxhWb+nWzjnvyz3sm"
    "WywFtAoayaAs6bqlvm1kxN3yNgdfaGT506bBmcbJGrNsSZ3eGkjW6pkLu6IY5LN9/nlY1M"
    "+xH6ddObWf79T9sNoi9neQNEmeTZzoC+pAOjYG1tWAaMTX8tykptZ1DhixW+2KOricIXG/"
    "JS+GKFL7bQF7t1iVPXRE/S8OuTBft8xjxXOqQd8WOZn6KPFjbbhTbhic0b7LrPNtXlVtgt"
    "KBjd4R3MEvLM+IbO8U4QwCLGqStsPTY6YEqGELAX/BwheX3CMzyz1o4WEXCdtDofsnqEhQ"
    "4aw5hVJagLGZyJU162OJbkTn54xHIDG75efnyKlGthSOMhRDvkCW5eHNK+ADQDm8s1tXDt"
    "kmqd14OCmSEOCXGr/Kgvh9mYzH0JMGUasrr1od5EGu0HBk/fXQsLYTqGUJ80nu8dyGgxn9"
    "e01e+kYA3s5HtMxH0Wtd8lcyEBqjOd9Zgn3uvYgA7Upv1o1OpOmqPjFoIVDmMdihZkAgHX"
    "lFm3mFCRzLWxxEHjUjafGyK2Zmh7o/EyCM/JNHaqhEuESmWkT/ZeKL3ThhkSJ1tUTWE8k8"
    "R9mgczGUpNpOmQJNfo25sB6y3U5TEDdhkatDWPxrIhuD8oF3OQ+1QnAL4vTUA/VNQgK4nl"
    "Z8zDNvWyPiPhbKG/V6zFPFR5UuCGID82Bp0Z+3gy0kP0aT1PCazn4FQdjuW0LOlqX4CMp3"
    "P490h/q/s9HYo03/Dz1L2aIbocGCOZVZ2YJ0ltLQ68hHuBpLPsrekUs3Q6uEceqzD3FNzS"
    "vtC7GYVVlbju8ok4xV6d8n4KOUKeVfqZPJ3QyTCThtApx99GxhV7nretumtkgx1vXbskNU"
    "fHcVUqBMQWGtPOcdXAZ7f1qTH38iyvXaL6MTVYXzletV41N/H26OkMbQPod2tLSONxYevY"
    "M2XsIhyHG0m0m1inYtPck0Uf6BC3RA3U+hPkkcM+bk8uhWCyJ80pwJJtiU+nBbqbdu5bir"
    "21tGULa+/aHwqW4Ikyy7cnvJVje15hTUEddn2Cwe6DsbpSH4/NMd8Ocwh9Y9dz6UuohlYY"
    "0KjBuK+BC+AWxr71h+Zmwp0xrQTs+LG88O2t/TSUXexc46ICvQPw8nDpT7I0mQDODgRGO2"
    "XmifMx6UaYa2MI+o8nFcP9lbi5cWz6TWuGEm3suzd+9QfjZlW3uymGrHoijqEbKuOFYNhu"
    "pdeLONXODLtNDvkm2NbibHsLzANYp0OXw/WST6QN1wYr4bojVb0bvdGF96yHS7Rd/kEHXs"
    "buqQJ+f8bWy70Nf7tw7R2quEAayZAeynToFr187JOXmcLBNAMcmKVEW6ZZHlUO6rbDZPad"
    "QL1K3lMYCTW4gREG18Bk3D6u4p/TLtqUk/HDxd2Hi48sArLMySS9v9uFRmjteXBrNzNAO5"
    "oB84U2pn/Hcj1ozcpSDz83K+8ySQObm8jYCZ7TULohiEobEo4cWXv04TlqHWddGRd9cFbe"
    "1GQzHi0SMDgtc78yd7tZZtr6VJwAEVX4jMrzIDo1dpdBh0dlWTV04ih9pSh66SZurVAc7R"
    "KHapI/uYZGEPOHoWCAvyBsIT9Uijz7O7GQ4aInbBoasi3zBT2vDJMgw3NDAnq9qFC6/Qe8"
    "XjT9R0qQDnmyv/tFMv9Rq5z699+vP9aop95uDe090HSzHBM4IuxJ8Gd6DBARvwDAD/0ng/"
    "rs00V9taivFvXVor66Xn21Q3Q62GrJzoHapajF1PzWXDesRm0feo7lUbuENM7BTtD2Zxm+"
    "yerT5im6rWfmHjDaRDQAglT0BZTGqHKYgvuW+3kktOGaEyFN2ZsE3De53ENZUZXBrVfynK"
    "dsdJByJtuuS5yNTR0e+3fzW0nOjYICGDpLBqZWh71pqpNjcyeoJJbtGWo9wJ2Igl8OZ9CN"
    "ZhMNsugXExwVVizm42QGBbPQIKdijqFAi2izsMiievlG9XKMA8g16QirmK2fJDlcZUSXm3"
    "+3+flxoGG/1PwI97Jn7K2ajJ+cV4XO82N1jnqx1NttsfM9uDTY6XenNy2dbUWX+41F0Ia+"
    "QNDR3kL21mPOcdfeOipB7367vkNPBnl2B+i3T/IA/fLb9e05a+T0vMIeMjykGVre097iuJ"
    "Uc7GxUuJuK1fGauNcFWqlAKxXe9NR9wpsuvOn7e9PjvbmqLh9TnCCKY/vWPj3yvG1BIkc1"
    "LLOY+oCGE9VPLGBZfftprIBtNGzWLqd9+LJn+pl0NTCto+5Wl6UVPkx+drH8kRZIi1gFum"
    "MlOQeUQspcS5ly3Vlj53ttIScJeyPjsxC6wweMkRZDqsHIU4DtlMYT8E7N5lMEttp+6s0p"
    "TZGEhVlzjqQp+6PbvsmdQIfmKKtGcs6Q9mY3eJtyJlCGU8chlKDgFqrnwF6hZMm/S2CTq+"
    "NgS5AIhmYZGjhEavAzQSHYmWWnQ/6TqPX4mSQRDM0yFKIepv1Yg58JCm7Z6aMXDyH0Cg0F"
    "fMTLucKw7iQZNOAJBF1nZDGM8PASyjOozQCTtoBfFooCtMqwDrZq22JyvxubTa1pn6DgWk"
    "yaPgnz6QKoUlkirOODDiKYjaEHBAOcVlSInCvTqOnslEBrZnoL3CmNFkzEeq2YeQdioqqK"
    "V+AvLe8BnCLiOv0hKSxpsoBevzNC18Vk6KOTzkbh+qKiIWFyxFSfK2Gn7Op9JHYpqV10Az"
    "bx49Il9CWKALRKV1mGimMowqOdMMRxbKfOeogI+F0LrZhabc3iXDZJFQDCf2yxgy3PsPZF"
    "XPq3eKCTg4zrMlHkgjiGujoryBMJrgx2pYng+J7XkkTK2SAaxvKVglGKPlweay3HHT6FYG"
    "snSYywqGpwOLj9BLk7Gg6rxFOHw/KAKlxLc5c+0SvMsP7Xu5svJflDMUnW12qoHvofZBo8"
    "Aaa1cfYDM3af/dljfpB2ncIANc/+9g+zP/8XaPBoog=="
)
