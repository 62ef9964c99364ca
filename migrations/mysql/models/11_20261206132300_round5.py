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
        ALTER TABLE `patient` ADD `phones_cipher` LONGTEXT COMMENT '全部电话号码（密文 JSON）';
        ALTER TABLE `patient` ADD `his_authority` VARCHAR(64) COMMENT '患者ID发放机构';
        ALTER TABLE `staff` ADD `reset_login_at` DATETIME(6) COMMENT '使用重置密码登录时间（待告知本人）';
        ALTER TABLE `staff` ADD `password_expires_at` DATETIME(6) COMMENT '一次性密码有效期至';
        ALTER TABLE `staff_session` ADD `notice` VARCHAR(255) NOT NULL COMMENT '登录提示（如账户曾被他人用重置密码登录）' DEFAULT '';
        ALTER TABLE `sync_run` ADD `backlog` INT NOT NULL COMMENT '运行后该数据源待处理的隔离记录' DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE `patient` DROP COLUMN `phones_cipher`;
        ALTER TABLE `patient` DROP COLUMN `his_authority`;
        ALTER TABLE `staff` DROP COLUMN `reset_login_at`;
        ALTER TABLE `staff` DROP COLUMN `password_expires_at`;
        ALTER TABLE `staff_session` DROP COLUMN `notice`;
        ALTER TABLE `sync_run` DROP COLUMN `backlog`;
        DROP TABLE IF EXISTS `satisfaction_daily`;
        DROP TABLE IF EXISTS `rectification`;
        DROP TABLE IF EXISTS `inbound_call`;
        DROP TABLE IF EXISTS `exam_report`;
        DROP TABLE IF EXISTS `password_reset_request`;
        DROP TABLE IF EXISTS `login_throttle`;
        DROP TABLE IF EXISTS `satisfaction_setting`;
        DROP TABLE IF EXISTS `satisfaction_answer`;"""


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
    "5lKmmnm0cU1v6lqmXD4Zg3mo6Yq/2j97usPjHcp+N8TY0OTf/L8c4ozR+UaQDCk+jskbgu"
    "cm1Ero3ItRG5NiLX5pi5NmyDr77dhrfz7BgCYePxCBIVZHYAjqGh7WxOxS8rYxX6OpAh+z"
    "21LdCrQ2VxnHAYtVYeHbwuDoS9nk2SIOc9m2Q/gMHWM0gAFMEiZlPGJ8gPWalCHxS+S8NM"
    "nqCWVh9WbGfStRxEvdDxeH/kVLaDQdjxnMmmAmvNJdUz3ObF/LlB+JaHNNFgHWjzOfx7oU"
    "P/K9Ks63zr8ojt1EINuVg5ShHtUo65OpIlspimFwc9Fqh+JC1UBQ4KBpAqj/bvewXqbgGb"
    "SVGt+W4mk8Jy8z6xeDZmyqfCmvJ1yuLAVdPE2suQ9gau9E2m/Yiq35ZtMov88JYBixosng"
    "JysYB4XkDs5G7WQjFFKaTMs5SpqbKBiHKzRNg0rZA0z5LmqlvmCaTAFSiVNdNgM1QiWzPP"
    "2FzAtCJrc3Ri2gpg84PxVaTGd8/jMCujZi53mkpw9vV87mMhx/PG5qqJmxWh40Va94HSum"
    "NVoAX+fkwNdqIszilPFbicTJJrq/IjMeSJcjpzHIl0eh7S6YsMuxY4feJlIRljdo9SBUAN"
    "2DPvPq7oPx2GF+AF7MmlPHrjiSz+bC6ZqHx5hUew5GBZLu2CArg6bDrVUozM2ou/cc9p9R"
    "b4Jcqq9uDd2g27cu3Ls7WbaAZ2ItOsVgVa03Kq0AzZVVKVMFWqlFUlb6/QaC1GJqZkVrai"
    "KU7uPv85AAfWDFddYYdOGmR4yMPfAbP4eUWsAVrZzwhbGno2vFVwd6gbu0WN1w76bIFILK"
    "qkjp+dJqqkiuLHokrqbcyFgmSCnFrC/j83C8pR6sL7Oa/GSZZJSdMhlEkt9EYZ2O03AOtj"
    "SdSZSizPaVKaw1lZ1Bp6zC6drVmkhZeD62bI+guwC1U6ikRPxcVwuIAVMhuxSvpZNfHsEE"
    "dHsLs+SkAdWSVp+BAUPK+BoNJlbelqzoetrg+hvGQEys1iBun2dKMjUN0wBsFKMqsEhV9k"
    "vJChEIVMGFXFStBDi1oULPKxQ/rufxYz3Nimob40lUjhQAeUjWNvLW3p2Iph1ZeQNB7Ceh"
    "tNNf4kZLhL8Jg9FbUQtW2TYKvEVk7SZQShUMKuJBHa0YdN6728ufmU2qQur7PQ2L9/vryi"
    "vGesj9HJi4rYDdsxvIKVUJ5blyARFSi5HhPP9NuXTVNCS6hF1q3IXzwUj3dk2WVnZ57l3e"
    "YqcTajq2YdlCxqkUjDQyJNlWQPQJhrKY3hxJCCm8IrBp8PwdY1dgqgmOsDLP4aDfk5GPE0"
    "dpMChMV86lfB7PyMrZd7G/62nPvFV3Rpx5bAvmuZiYZGX+nAjCLaMpsc6rPSdtj8/U7AMZ"
    "6CE47mdnAtFzAN7vNW1Ep7XCWHXiYz9VL70YeLuw8XH5kXfJlj/587Q8CZeV8QAM6vjArh"
    "34IV+noU+Df7mV5yEGyYKB4BrbDLIrPQyDYFfvnuYStLI4atMILohTqZPmyn+lQrgNZsc3"
    "Doinv1RJwXH5MTPCyP0A2XUMET9C0YbhnI8Bt7hkKIFT2IRYehc270NMxCyc/YfbAgkEz/"
    "w0Xf4qjSNwSRFvQtmgthB92f2TBQeY6crcXucul3mP6rudG7uQZdvQ/WO/ZkjFysE89vl2"
    "vizfkAbS2TuG76neg7EFMPhwi78sI3sJc1LKTTyYTwI104IrYtYtscqCQiti1i2yK2/Vps"
    "O3NA1Z0QBeS9mhWSpo8ftvOFOmW7Bfx7pE/CwNFMBsDQmQJx8qQCkIbIioNOrQSOOJ9B+e"
    "0kq4jUnUNF9L2aRMnp40+HZGqFjz27z/ZzkpPl+IXMvdf3cg7WchdU3rtSpZgx9JkcsJSR"
    "VxdA5ULG0AD/c4f7qmZu9rWlQJgWyrzOCqzy5OXBLpPc8G9cquGdFZKx4V6kO/Ya2VvPNT"
    "RqE64wNTCpHQi2I7gzELU4iQU7NxjKM3kmwWk5kagpyVKCqMnp2SioZHahbQWYloppWLn2"
    "s50/8MFiMwv6aMBv8DDi/JNLOb5WiDNA1GpnFygXmJFub9KPgLN/AoFudaqfh6P4L7UmMA"
    "Si7wov/GBFL/ke/ZVsmI0MN4OFpmCXUtn+l2HrBT0TBW0cWwW7W8UWciF3HPLJg3sUx352"
    "iVPRsv4j5Waif0W3DWFrC1tb2NrC1j6ura38WJa2lS9PJ8+Q8dvy/AySKTFIfsKQjeUJho"
    "RLWWWJlXR3kPXRDP6tyxXnQjpJbDyvkiU2npenicG1LPQ6aABL1dis/LrKtFTu6SleslVn"
    "CXnP9k/qMFQC9N/z4ShKkVVUMFuludyWF+Pq7/epZZlLf42W5qebL7+Gt2dzYtPCilSqOs"
    "snRcS7kCZjnW6WU3USZlfCImqyWCbjCmtlMi5dKnCpDD6vVlVAhqzXyebJdSNNwA7wk1+l"
    "8WQYOXqGmApvPhxKe6+hTlLIwZBqoI0kyPqliiRW1Fv2uyUtwormXpJE5I2+mtMoGmpX8p"
    "1VaKhdx43ZnpftE1ZuycZ2vLMCH1t8cbDLw0Zls3Ti+yr41ygF3RA823lBPiHzN81Vep4s"
    "8ByiT2MMGtt0is99txg4kT5d3xWhF+w3WBXHUhqP0H+Ib6MKH5PwMQkfk/AxCR/TUX1MK8"
    "MNTqCaXqYcYTum8nE34Y5RCoBnT4ZrNOF1kq4rr0SO13U9etxw+lQhOBK62X4oEO2z3N0Q"
    "lW76tXxtSRp+/dQNZ3X7LjWHsPqiRkd3lla0I+LnVM6raElLqbagU6RCzjzLeYXdJeWBZ6"
    "i4AKVjJ/JAlvSA4APRL71FHzhmuy/OlpNom8QvX3e4j0VXlA67ohyrqw9nW0NV/lZs6lOl"
    "4p2erfQT9qx5Z953GOeE5nSnaM4xw8piGSE3X4tlRPe9Gsu4sQii72O+eAQSYzFEI4IwxC"
    "CucqXzDP12fYc8KFP9DnmxCgmyfAmybGeNTcMlGnrC5pbkYxxdPaQg9vHHWRzJoXrHmup8"
    "fpBD1LCKmIeIeYiYh4h5cBLzCHfnGjtuTCGA57IGn0p1gTpO3/B+4fB91eF7imEMbmJETJ"
    "tbUt2vDodTRCc3gztJmfdZZm3XxDHUAoPatHHJtpujzDBcB9LemtVFLP548/vlpyv09fbq"
    "w/XddZDOG52d7GLatXl7dfEpw2/6mQVKTvmUDu8/udncRQBOJw6x1NrbRo7w5JjdydYRs8"
    "20C/i9Y+vIUYqto8LWEXNtZRSBu1RieEgqOF6B47qJH4s3ktfB4EPaA+4lvjOs5o5yxhBw"
    "oJkCmQBKznwoA1C/WrE/RtfQ78DGuvt5kub0tvLWWbwjw7DU5t6VXCgigoWhk9D9vGfEKl"
    "W80DMeVw1ZpWYXX3Ul9qNh3a8c2/MYh/PxmNQNg50xGbiVga1F974al/mbY1uPaINd9xma"
    "aCOYHBoDOgGMU6yq9tbyAsQV+oNqQmgVYU1zAI0EoE9nMnigdQlKRxaTEd3rtbEEDVqkIa"
    "t9nBVgrB7kqQC+Ci5NhKMn0aG9LTZNgGIl6nf6TGjBqQPuDXpm78Se7L5HX7HrsYCQaawB"
    "amVluNHzn7HhuYMHy6QEgOmie/QvweoK6VsHAkSU2Ya5dchfkM3+MyAk9NVhSAbU7kPBEM"
    "OB/0RUKt/PEXYgAOU9WCs6d9B2g+i7GCZ7jZAnmL4Gel7ZJgEIV/oVPhQrPbq04FVZRMu2"
    "EKsUKw9fRQVpxkYErkTgSgSuRODqWHNBBK6KA1ebOjaKfzfPoYAIZmRGFnBIyxP2d8pJU9"
    "HgzC5IRio94ZIk3EYKAYJU16CJISFaiOXio1QspNECbHOihzi20PSwojhajiuaVOFaBgxt"
    "sP0VkPdrD5QBNJgKijUThX/7AikWVzUR9XcvzB+MimmDvr5kGnHdyZEj7k2ZxBmTt5TcLe"
    "G8nIN7bSipaUMIwKnf3sw4BnYJb36QEwMv4Y29e6OXFMP+HszJ9JloUDd0S1Tb0X5xbMv7"
    "ih8LvU0ldw529vKB25ab8L5XXU6AM6eCGjifzumhtljMWHmr5KfsQjcav1eN/3EJGF1LAy"
    "+HD9hrOAgyiwZoY259F4hOntEzQXTCOC/ItvJOpwM+V/S3ES6Wo6uUwsVSqC8IF8vbmAtV"
    "XCzh5l7H0ZKkOWAw2FPXy/FwtKgZFD5LnnRhNF4aNYvGt59i5W/WS9i48zIohw3NkPEBGw"
    "qPbQAbmhSPpEgyWP6KFDUZmgwXSbGFMMkRPO/+YLydAIl6todNKjG3aJcFGBBsFos2TZiV"
    "rE/5PhiBGzO9lfyiqw/Xny8+vRuNB+NMRXsoj+kwu36OWdl+eipkzgSuY65Vqieu2TOnTj"
    "UxX+Losph4T1vY2p4VWr7098EuO3cd3vE6cKeFiOWBOejbkPCRFrLwk/HIapkHrIWL5Tdw"
    "IcixTeKy44poBcCdew4mbFFhix7d/hC26JmwRYUtussWPW5hZRdbLgSvJhrr7wLhqdhwaW"
    "J7th/w94wgS7IqxyMCzrMskkyXpkONMn2hN8qyaN/gN9R6/VnC+/lNu4fTbaYT30jnY2Zv"
    "sFdQzrOjh1RwP9dM9j0kCxmaR+2XOzQeDitwnN5VynJ2LQOICgnmtqMV9YkqD0SniHhOIZ"
    "pNFqykZ14x96Tt9CDDXVKTy3gq2LB34iam6A4Imhgen/X2kSm0o5Gl8Xxvp16L6Ikb7DRA"
    "+HP2BPg7WH7NlAwxJMdhOXlyHm6W78i78LmYZ3vtxIvQuXEKPK/qWUpNwT0w6tSVYWpOEd"
    "J1HZC6tyCBfUHrEsVt4MTKM/wztl7ubfhbcd7f2iY3fcZZhzjItJ0vVKhXWmj0QJ2P5fHe"
    "05597DLjzww/3YGpSbT4Mp2IPmtth0nlO3kJWR4slkhgwSUgCS5Bcdn2cRX96gRPKcx2or"
    "8vc5z/c6d39ovtGSo5K/DPBlcGuzy0VnxPFR8tNonjsaoz5lM1gMSzHVZgRu0m6IikzFIF"
    "ZgPkp0izJqaEObRmLGtXhyuSoi/YfTO2vrQwk3c+0qfnoZvWL+miHLbsZ5NolAvI9luLF3"
    "l+OXvFBwsjOgM1g0U+WXrUi+uRtd+WnBBELM2vcYMG58jZWpQSOYTSqIZpsD0SGS5SQWGj"
    "z/OfZHjslifiuMJjLTzWfDhRhMc62rGFx1p4rM8KPNbfKaPruJnC+zl3n8oqK6kYjxU+XK"
    "YmeSIFJS/lfI4IDujPo/qiBUyqz21mgjTldvvgJScbFfBzyBbzRUXn0gEAvxRbe8mz+p6q"
    "jiV1XMH9XPuppdGcZfIp+2fmhX3vyzPzovPg082XX8Pbs+l6aaZrRNtuCLPtaszyNBXXMU"
    "dpoijQe13V4JweN2qY1sl0T1pUDRSoAvI+1THKczBH5wqevu1e63Qo23xq2OwrRdon6c9H"
    "BMMxjyGnechieAtwP7zlmeCu3aULPur6MyFD2qeZIMsAQzDVCVS0D0eY/SK9vZmwV7Jxe/"
    "mwXwNorFviEu/Wbxt5VuB/LbxvsMsbG4JuQZ8Y4i2dBM3r3lkU3A5prYyeeRsjHC8o2bTS"
    "PlFwiU4JVEtIU2kOe80Q0o2wqpz7dZ0uUbeO4b2kyfJe14M9+sHC7nd3AMWn4CHVMoNSzj"
    "r2E4Eb6DUbkMzoWL7bNezv6aA1fgne0vDQO9tSyXlFJ+ofqXpl+m9v6/pQYMK1KlyrwrUq"
    "XKvCtXogjSDnWqVf5tZLlIwpOPdDydJkAnagDm6/yUKH9EnCUR6ffw4Wcv51kO6Y+oA+qg"
    "2xtGa+17EyA3OsWUZ2+75XKO/UGu2Aaco+mUOSggF3bSwv3p4JlC5/WG8ggaSRLpSh7ZP8"
    "fT+lrINz7C3LP1zByku9TNMcHd/ZpsnlPiUKrrjxtpxNHZqP9dldQMkzglpG3zgex08YpS"
    "6zifnJZbPxpGoxjMCuOzzT90a0K+6kntwdTpLnzTaTqtwu2FwrMD0+AQ/Ics4PzKocz2kP"
    "XDUH+Yo9aHxxVuiO9y8Ndnvg45squNw3xHFtC0GUOYKTgEbp78BGxDDvh0PpPOik/rzCkJ"
    "hsmvbzT9sNsgiBPh6235UCSNfIxToxXwoQLbp8UhW/N+Ol8HQLT7fwdAtPt/B0H9XTvTLc"
    "QrOo3NMdU3CchganWfIwu/7YxMXaPjQAMI+KY2VDOLou11OEjZh/MLUxyXmIM2isucUEnG"
    "zyBHZjeV517XUskVPs+g5H30Kb+PAjfLCZMqYQm6FaXCemPmBcZ2sxBbl+XGc2HO+RU18l"
    "87U87zWf5G043gqgWgtmORz2JaneKapdBz1Pu440Ak1Ppv8Huw3LapNH+3drgXM6i4ehLe"
    "mkVYizVI3Nqmhil6fRF9HyvZvPCVbA/Nc11koY+uJMwAXjY+T6PXJm0lxuCRG3k7z7mOuM"
    "PXW2/ALSjuR1UIuzaxQkyiDSYHlk6fheGrPxVAmVmv4tCp/XtRdEhkwshmqLwW26GtzeLA"
    "dpNIPmLkMyZ8566IqlaFq4NCLU9NQCQQBgzvMqoY/3sOo1EV8BKecCVCAnSVIliGoNpSnU"
    "4+qK7/vvoeiC1s91NrcECdeFjvIEXFlTfarvAcUnSVVS+CSpPIUPruXSyAh2m+aRJUn7lE"
    "g0U2S2TFi47C0nEsElbxlsfPkJsBMuME98QMzA6JeaCiAASckETrl4w9xb7i0CCKaZuqyf"
    "21w6AL/7Y0PFr5OU5lBbfsKm0WRTLKLv086Y1P1mEmHxF2gB6CsTyXrE2ZhBVCf1xvF4Cg"
    "rHArelZfRtP/XwY4H6Ut6bKbyfj6ZM8LwGTZl8sAxZkSuiB+wQeCftlSAa0zyKmqfuz3IO"
    "Amt7BFP7vjhrFA4X9CQqWMt1cEz36kh0gGhfrSmQRzBNWd3YNPfk1gc6hN9Llx92VdZMKj"
    "GJ/MBrqpBtbMfbk1dXdKRbNtCp8sphM2FPNv3CEuF+35z2tPKgMr4dRt3ToU6VTfTl21l8"
    "n7By2mtv49j07dd7sumrPwo/TOrq7KNblWfohsr4sSfTbpNjnT7rAJpnTVwXPxZBmNdh3N"
    "3a/ewPxI363e6iBFbR7cs0WuAU3b7MlxPiU6d1BcQJtfii0oL46mBndUH6vmoFBgEFgu5l"
    "yN2qK4Rd9O1bUKnw89Za0+P627e/BH0ssQPgOZ4bNL90SUk1QSvDCtxxUTJw9DNJlAyEvB"
    "QlA6Jk4O10ypzJU6qLLmbSkL9OmSeaop5k+X59MjtIV3fs7aYOzyMCzpkujQHyaT7UtQgn"
    "kaiNSjHaQdqv4U3fUyU/+fZW8Xraz5wODZWqLa1i/b9mY6uYMN/eipGlTZxKTa4i463c+g"
    "qcSEWmV+xf2mF3JW6q0uaKfsCWMNhSFNhDiHLbJRoyrERdNYCM0q+nXwHF1RhpZIMdbw23"
    "s2Jral5DffZCIsRvI8AgnCHdZDqcnRfYZYd8cpWq73hYAXkqrDph1QmrTlh1HFl1Lnki5U"
    "XJFaA3E/QHzAu0bGeNzbPas0DWoEZzNhxLgBQ+ZLsDnjXRg9vH4ewhBqq9IQ0KZfkDQI1f"
    "MMf98iKPDBnnFmBSj5tNVLAG9apm96HLN5wwqlRVFBEBv6nJMO8XgIcgsV480kwjfjcWjk"
    "Ww1Kh236RhTpq2P2mOSbn4VeQNLOseqgV5HdEPEDdrl5Sk7K3s31h6a1L2oNHpzYSfIe2N"
    "9OtmDpyEnHOumYo+lxwd5zi5sdsqeQZX1D1bRiQOPHL1GJ4m4pzbddO72kfZhhTduvjaCR"
    "qOocwP7E7MqwP1gcszdIK5eeZC2nU9tiYoBEPzDI20kLrTNU8o2Psq1nsC7zjN5tow2Al4"
    "5d4eZzvCqykM7PSZXgFw3AsqKvbkcc0CDc6mclXuJjbISgD6YVVPS8ytXCbUU/am9KVKYP"
    "mhxdACkz+mBuNmo9jHyqjK95zlVWlyhypYC7znq1FBB/M6o65W4G9CZxAMfo3BeQWLq9YP"
    "/7bFDrY8wyJasIUXpAvlbxrsShz6R3z7Mj5oqjVjhruR7thrZG8919AI8qAtg2pvTQ1Zto"
    "cUglyPzjFtgL6Tjee3bvBbFQNaC9rSB5v0P6j0iFZUxdHJMwrygv44c+2t4898un0FEWPy"
    "wyOOhU2YC/8hqj5EftCBj2yRHyTyg0R+0M78oGjXrpoSH1PwnBFRfePtIPs9BeURHYZVGR"
    "xT8MxgBiq6IIDxJU1C1K/YmfKwnQwBGcwHslzMZuPwl9lcpUtwgecqQEFNF3UQwDoXVkJf"
    "qSOxNBnPYmu4LkbjKv0L6F3laVnjXA+DDX4xbVzA6XIYtATJ4ZHQjhN27gTprAwtclcK1u"
    "HhIY8U5+8EsdjzyHpTBChTatokSQ4XEx5xbeAkZ7Brm08NM5hSpCKJhR/9NG+suC+WunS2"
    "Vs0uz2kqEeV7vaNzwLE2fJx0qNttFVAizlhc1cuZmV0pFyd9B/Tl90+fjufiJC58t4UNh5"
    "wVujeTNwx2uzazt1bwaj4RB0o7iYZS5HGtoTSR5fP3KLrT90eusIuw5T7T35DhIgvqThDR"
    "DKhfxI9UGEXezU6fVejlDFEPgvGEV1N4NYVXU3g1jzUXhFeTQyybjmu84EzjD80mPBCrH3"
    "IJCmHe5nJGDc+sNYUjgh7N4f3ggbrxSTr2o4PXxZx/vUo3QX7AUkWVWJ4TvkwdWczlBeX/"
    "jFTsxyAqpHOs1xyse/U5L0qkOW0cdGi/MLU5i+CzyyMgEUGvO8H4deqw80QNg1RotCbJcy"
    "UMFC6Gw0W4R/m/SLoKuA4KtOMKgokzaD4vL/zm87MRa2c8a6mpUCeRF1e12fvUEHmChA+h"
    "w2MbCH2uQBc9H55uvlCnzJTlVEwOtQd1s2aTphQRH6JquD6pfjZiYftF2MTLb/fFo9hqYA"
    "2KriGia0hnbCLrDSAotsWqYLhTZZdL+eDqmG1Xy8AZvx/n7hIjXrABT4l3XcaM0r1ECmJG"
    "uWYj5TEjJ3frqzEjcF3KzI05WcBBI0k/I4xUGxYA5QCyHfqfdFEgUIQIoscbRnDMPgLkJV"
    "12A+QGqJaQtZ7GuaQU8Eb54NEhHvpgPVj36atBYw4/yd7wXLQm2N3SEw0pL8FIWDMNi/yF"
    "/Rc9cedTFbRglTCUX4KCEgsXrtO3eF4Z6urB8uMZLnwCNk2YFgj2bYiE+bAnc0XRz8PXDY"
    "oT36Ov2PVSj2WwoVAV8ELCl4XvRYb7YFGpYYYRW/DVK0oPD/Mro6Zkwrom68r5e3RDR90Q"
    "B9HPfCIvQUXC/viiA/RHwuQP31/gjooInIjAiQiciMDxW1dQwZXbixoDBs4+k+hfsmgWwR"
    "Ae9FPBGH2jftyZNmfas4qTPl1+fEN9jnHsEV7tBwxspLPX1BaSdP3SFRIW51sGHw1t3jrL"
    "MEnDb5wxK+QJZiaCwjEK8JtDgZ2oGl14i/lcoMDqbwsFFlbnfDIPK1ffvPRf6GWv4Pgt34"
    "UzZHxvxElRj4Y6i15WNBcOvRFHrtUGqzFL26flKE2mkMtKMMSWR/ok70B+28s0dOYv62OI"
    "FpGKOrh8pu1bQcmea+NJuKQESjZvsKIC0LlHW4YAdBaAzn1iLx+Q+b2Pg++onhfgzZ2BNw"
    "v48SY8rg0//hYgnPdRgasyXkA4CwjnXjO4MoRzqZ9CHIQVWV3komkBL/v1xgc3Frm36Z+a"
    "0mjc9uCoql/1neX1pgct5lzbjFP5VGvbfAWVxwnvqADG85+2guB+lpqrsnOPaDrU0EEplt"
    "/MQJpKVBvOtC+dgP9Vlkb6AL1///78Z5arvCHO2nChaN9lecIr+5k+2oH8YJcQN0wrRpAt"
    "WgTXc+S3eT3dWOQOi9xhkTsscodF7vDbRe/pYssF23OhjenfsTzeF7unfdhr9v81GB7e3x"
    "uG7wc00z7Dd6ailvO9N3AbrNif7W2zYSNsmfFwWIHn9K5SprNrGa6DIuKq9qZxXUJ6hEPC"
    "zKQcarUTEuF8mcygCnAynEBFYOVTpuO0+SD/PC+PS5vaCdgqXgcJqowMFErWlRCiX+rpe6"
    "M5YJbos/2z4i9vbj6ljvDL62xq0e+fL6+oCJgE6E2Gb7+WhC/q+BRqGb4J531so+Vl/Blb"
    "L/c2/K3qwI9G4+icmcnTSYNE7iJ3BPvMZcYhkP5oh/ipXpGHhy4Tn7W2w2TznbykGR84NC"
    "LhBTcAYXDJWzn29nEV/bpJPTHlCflwcffh4iNT+pY5/mdyvK2iQqTaMv9Mx+FI2tKEBImE"
    "SQ2jG8mHn15V5sDyWtJmBKE7qZKc83V+oTN8TzFXdaofXnvsRrbR91YVLmN0Len6FPXFu9"
    "NtWQCyUeDELIbiKHdpFoCBVPNw3jDEArgf2TrCKDlQCDjg2cimt2nU+rdgU/vJi1EcwBM5"
    "I4Bv5GcISwTPQoSx2Xw69zVY8FOqs/O8S/Owjwc4ib85hucRK8aP0Jlv/qftJgBWGCDDYu"
    "AMLhUJFSh9Pf99Bsi1ffhzdtWDV/UM1UWPdMZsHixwoar21vLCAUDZVbBL3qNvDANjNBx+"
    "A7h0uBZ+NKBiDH+iVxAkIRP0jv2fC9yYMqes9GCZ5InKm0FrYIec/4XB49P3dhDEYsEwWw"
    "yHYBVL43mAZ+G/iAtvYtkIZmeASwFwGRa8EGO0QTT2RiMYjXInwUt2Px1ZlgA3g0AmeOLi"
    "O/gGz94g/93OB4j+JWhIR17blrf6ht79f/q/nz5/HqBLYvwnFTcC79G5zyyfB55DrB39MF"
    "PhBBB2URNMAJS3PCqgyIGVjh8zlItcSJm9Y02ki0vj8a04rBfj8WQij4eT2VyayrI0H0ae"
    "6/ylXS7sy+tfQXVOqdjCrS3c2sKtLdza9d3a4RmQmwjlDr8ECe915wlAV9+9DYCRTZxM7U"
    "PTh71h6nA+SdMb1vPjaQ2V3Vre7SQR5zyXCWxxoK7zEVB4wua2VggnIuCd0QlbiLeWF5Qb"
    "xKzD9IigN0zng9Gh+Znn9S+mjctaACaIMvzWgaoCxw9WBivPZBIiY0vjCfzVF7L/y95hg4"
    "83v19+ukJfb68+XN9dB8A6kWLELqbDBbdXF5+yEgjt7bwI7tbYNMsbMSYJD1ezN6yvtEbe"
    "gYpz3rc1J2N5FlmX8B+77Mm7zxefPuXLc7IugFomY4a2V4bCXIVoJJ370tuu8vb9OTUOko"
    "iA84NkJkNrhynRK+LfpA+SXUspPEfk0mNEziddvI1C72MXd6dacdZjdREpz9x+YxWdp87V"
    "w9d1nyJHd5TJltWjNK4POrnOG4MGRSnZKdwif0+sYUeWu/Uqkd9CiSxPZbG59uN7sjzX+Z"
    "wPrrc+q4u0qBbKCturfUumh3zEBgv27Mwh8W8aVE4h0aL7X80guY+yGVjWAkvVSDXzgF9Y"
    "roZt+Vfxy8DPTyBacf7GTGIGrQrQZrPhRClIHDnIUyFf5K9k44WtRVz8xFp/rMIMD/9wSS"
    "aJoHfYQtuNSxzPzxWhVqyf7WCR5/CNzyG54sFyCMvDRbpjr5NJIUwk4TNhwuiGaf4lm3VC"
    "B4afXPoW9rNLn0lfyvWgi4itP1iuii0Lsi7IE3FegpFZBgtGLwQH6TZrOjC8dMhJiB269K"
    "Y1QautpTnQqWRlb13IBYGnUI58o4z8xpJDwkwP7JAoxwO8JO57dEGF4RhPQA7f8jMknoDz"
    "hL7+esMEBpk39rNVnv2R2+/oc+H/EhG9ON6RzwoJ7s4kg4iEDy4TPgJh5d12Jf4E//Zdnj"
    "p+Dqecl479lUcVvaS73NIX91cZ+0v4wQ7iBxPB2cMGZ0Xix5HihqVtBUsPxgQFz8Eqv6Vb"
    "EKaV5KpVjW2j9mGzHlhfeD/PrKVbNQD3S5BwwAebd8ReTynsekwWb2w2co6/O9ILYpKGyQ"
    "UHYvCu1AJWGD33G3Pvr8+1kGYgQnRHccsLx2bpTG/NsXl8T9sd8Tz/i3f62sLbBpW9bW6C"
    "opK/LSBgnpSSLreFLi5poo79Y+L8Z/RMp+XKi8aIDBQ39G5BwZHt0s0GscnEnD7090Jf3F"
    "Hf6MHS8Au07k3208UuuAEB7ZCVkGGUb1jst9Z17GfwDGr0pcM18nAm8K4E3hUf+64oDAp5"
    "KQqDRGFQL/Guon92te927H8LzuU8i8u7syZI+OjPCo9t0J81doVGQCUjdf9mhJ30Z3UI/W"
    "b9ZQnKUA3tI0t2ONNPrr8BFjYAfdjqOpjh0mK8YP9eHNEqPJKdsnYvsaeuzoqMk/Dabotk"
    "7S6V6LbXoXEtdPf5Dql4vcHUvP2ZKtghXuwaRoFoMJ0JzsuAXvHIemOGIAQYueqKaFuTFE"
    "DctjWqUN2F6n50dU2o7mdCdReq+y7V/bjIqcdOFu++bt8pyKwp19ojgl7r7HFLIBZ7VBg+"
    "ElMYZ6wzqr5/SWgn+nuowDTZGbO0velhWzd5t4ebXv4EpCbX1nFIEAaquvelqbgGLwYjGe"
    "wxACebL9Qp04WqWmVdF8N72CtC1qyGYBxTHxK92MF6A+BieayA22LYDO+hfbBiz/ZwAd5D"
    "eXFYeD+3CRjHq1/cFgECl/t4gtu5ZSRYS5oOocDxTA6DhzNlPDpmVouJXW9JWdfgPM6Q9u"
    "Y4PmOQkjjifSSNvVWm3h3SFvnRVPoZ0p5JXxHSj91OdRsq5+hEP+WCOvHAc1uzVjxNxXOK"
    "Gi/14iHL8lyu37Vz7d4nRusZnysXNKfnWJXOndGCb4PJp90aNbc51s71S/ZHcF38SAq04M"
    "uA8pe/3gI2fHHNTTyrP/sDnQ7X/+w40BgyrDjUmGDn7mDjOnFjJZx6iAwGlb3UTFeI8x59"
    "04i23RDA8WdA5r5oWEDQDQqBL0zjZWsh7KKbrXetFWPQtzf064HHP85YmDVYAYE/oV5pqg"
    "hHinCkCEem7hPhSBGO3D8cGe/5dRzzaSp+mzo2DEyOxvMqnuDxvNwVDNcyFWOUR2SpGpuV"
    "36omzet78qOsbCxDdxKB4F0r6Orv97sjjdEC+nTz5dfw9mz4sYj57GPrzPMMWVesP95Mbz"
    "/YtMEOXtfKnI0p+huEb2PidxNi71/sb0MsLSgOq6nuTaBgbzEcjviLBCrGf9UEdIgpGvH+"
    "YP7zmQwxb2mMoVhSms7CInjwpV9/RO8ujf+61s6bSKH9zYk4ju0s61ZPpKn4TUPg5gzwGZ"
    "Zwd9TjdILw5Jg9lqQK3KZ3lTdPgWsZ1BIPvLhF9SrlsCUJEm5j5EcL15gEu2S5tTyjIHvj"
    "lTh4mrQ3kdA3mZbGwtbBUmga9U6T90bemci3pI4gc03RpGon9SnNApa60nwWFJD3Zha8yV"
    "XvbpU19MRtlHacoRWS5lnSGjGNJ+I0knSWVkiaZ0knI4wVVeAkichZKoA48+tQ6zE1TSTY"
    "ykPLkFNnqMitO0xuXVQsv39iXVSe36+pWzXtK3m0cNuCpae8rdeBJTiPWuDu13ik02Rs+u"
    "iuMm1Frm0XubZHw1O5BejAs+IkR//a4LUURye67XU8lQCqkDUDiVFPgqREaHGydVCY8wpY"
    "in6Zjl8oJctEo7/oZHQ+QKZhfYfOGzaDTAwHUl7CzMasR+vAjxbILCIV8ujpbyIVMuSlSI"
    "UUqZCFqZAbx34yNOLUzNPIkPGbDFmYq5E62fZqxiGSJkXSpEiabJYwQx/nFVqpuyBdIxKe"
    "J3fUesaHRpFGcwkw9ZVG0CjScFiB8/SuUtaza9kOEq5XOyUsRcRvktIZS8MD8HdVAmyoeb"
    "N0yPYBdh2iEmiX2EDxypD2SvNKLoW6mld/Na282m1vQHW2twXCv7Rtk2CrWPYpuozkFUrY"
    "lbCjX+phQg2HQ9YqZ7y3hC9vbj6lhHt5nT3Af/98eUX1KybVuGWOCOsdJ1Yi/M7t+p2P5h"
    "SN3NLFftGk13q3azTpLa+MNh0jPm/AziRa2CVZxY5jEAe9C0qyoxtZXxdWs01nGYIXLmgm"
    "3frowscpfJzH166Ej1P4OIWPs8+NY3rswxHA3l06yCgrHu0ibO9qhaxJep4ZfpaML9N/qz"
    "KcaOOx0sgj33oVaxTriDIZ6m4o5SNwLpZ86GSGGWSkLOth6KSpf60DyGeqni/r7kgpIs7F"
    "kVolCmtYPB1WbFPVtXOz1JtfHq/qjzc/Oetjbz5rQqWyEvw5A0NnVxcLEJGkov/z38CbP/"
    "d3dHYR5nrCjgFsrAVakSLiA7cCnncyuBWGu4RewU8FG9hOD3GK7oAe4lCTPSzr93QL5/yX"
    "5V62TBZ4CyiUVVPAeVN1y9yaqel7BKzO3vCpU4ctg5MtctWGOLM7nLTRLRVyVzfEcenm+7"
    "yykWk/Qr9uejPLv/9pu0H05SxvgCiTPNsZ0Jd0YBSsrQ3LgLHpr0VZqe0MKnyxwhd7dDVR"
    "+GJDXgpfrPDFFvpity5x6proSRp+fbJgn8+Y50qHtCN+LPNT9NHCZrvQJjyxeYNd99mmut"
    "wKuwUFozu8g1lCnhnf0DneCQJYxDh1ha3HRgdMyRAC9oKfIySvT3iGZ9ba0SICrpNW50NW"
    "j7DQQWMYs6oEdSGDM3HKyxbHktzJD49YbmDD18uPT5FyLQxpPIRohzzBzYtD2heAZmBzua"
    "YWrl1SrfN6UDAzxCEhbpUf9eUwG5O5LwGmTENWtz7Um0ij/cDg6btrYSFMxxDqk8bzvQMZ"
    "Lebzmrb6nRSsgZ18j4m4z6L2u2QuJEB1prMe88R7HRvQgdq0H41a3UlzdNxCsMJhrEPRgk"
    "wg4Joy6xYTKpK5NpY4aFzK5nNDxNYMbW80XgbhOZnGTpVwiVCpjPTJ3guld9owQ+Jki6op"
    "jGeSuE/zYCZDqYk0HZLkGn17M2C9hbo8ZsAuQ4O25tFYNgT3B+ViDnKf6gTA96UJ6IeKGm"
    "QlsfyMedimXtZnJJwt9PeKtZiHKk8K3BDkx8agM2MfT0Z6iD6t5ymB9RycqsOxnJYlXe0L"
    "kPF0Dv8e6W91v6dDkeYbfp66VzNElwNjJLOqE/Mkqa3FgZdwL5B0lr01nWKWTgf3yGMV5p"
    "6CW9oXejejsKoS110+EafYq1PeTyFHyLNKP5OnEzoZZtIQOuX428i4Ys/ztlV3jWyw461r"
    "l6Tm6DiuSoWA2EJj2jmuGvjstj415l6e5bVLVD+mBusrx6vWq+Ym3h49naFtAP1ubQlpPC"
    "5sHXumjF2E43AjiXYT61Rsmnuy6AMd4paogVp/gjxy2MftyaUQTPakOQVYsi3x6bRAd9PO"
    "fUuxt5a2bGHtXftDwRI8UWb59oS3cmzPK6wpqMOuTzDYfTBWV+rjsTnm22EOoW/sei59Cd"
    "XQCgMaNRj3NXAB3MLYt/7Q3Ey4M6aVgB0/lhe+vbWfhrKLnWtcVKB3AF4eLv1JliYTwNmB"
    "wGinzDxxPibdCHNtDEH/8aRiuL8SNzeOTb9pzVCijX33xq/+YNys6nY3xZBVT8QxdENlvB"
    "AM2630ehGn2plht8kh3wTbWpxtb4F5AOt06HK4XvKJtOHaYCVcd6Sqd6M3uvCe9XCJtss/"
    "6MDL2D1VwO/P2Hq5t+FvF669QxUXSCMZ0kOZDt2il4998jJTOJhmgAOzlGjLNMujykHddp"
    "jMvhOoV8l7CiOhBjcwwuAamIzbx1X8c9pFm3Iyfri4+3DxkUVAljmZpPd3u9AIrT0Pbu1m"
    "BmhHM2C+0Mb071iuB61ZWerh52blXSZpYHMTGTvBcxpKNwRRaUPCkSNrjz48R63jrCvjog"
    "/OypuabMajRQIGp2XuV+ZuN8tMW5+KEyCiCp9ReR5Ep8buMujwqCyrhk4cpa8URS/dxK0V"
    "iqNd4lBN8ifX0Ahi/jAUDPAXhC3kh0qRZ38nFjJc9IRNQ0O2Zb6g55VhEmR4bkhArxcVSr"
    "f/gNeLpv9ICdIhT/Z3v0jmP2qVU//++/XHGvXU262hvQeabpZjAkeEPQn+TI8BIuIXAPih"
    "/2RQn326qK8W9dWivlrUV9err3aITgdbLdk5ULsUtZia35rrhtWo7UPPsTxql5DGOdgJ2v"
    "4swzdZfdo8Rbf1zNwDRpuIBkCQir6A0hhVDlNw33I/j4Q2XHMipCl7k4D7Jpd7KCuqMrj1"
    "Sp7zlI0OUs5k23WJs7Gpw2P/bn4ryblRUABDZ8nA1OqwN011cmzuBJXEsj1DrQe4E1Hwy+"
    "EMutFsokEW/WKCo8KKxXyczKBgFhrkVMwxFGgRbRYWWVQv36hejnEAuSYdYRWz9ZMkh6uM"
    "6HLz7zY/Pw407JeaH+Fe9oy9VZPxk/Oq0Hl+rM5RL5Z6uy12vgeXBjv97vSmpbOt6HK/sQ"
    "ja0BcIOtpbyN56zDnu2ltHJejdb9d36Mkgz+4A/fZJHqBffru+PWeNnJ5X2EOGhzRDy3va"
    "Wxy3koOdjQp3U7E6XhP3ukArFWilwpueuk9404U3fX9verw3V9XlY4oTRHFs39qnR563LU"
    "jkqIZlFlMf0HCi+okFLKtvP40VsI2GzdrltA9f9kw/k64GpnXU3eqytMKHyc8ulj/SAmkR"
    "q0B3rCTngFJImWspU647a+x8ry3kJGFvZHwWQnf4gDHSYkg1GHkKsJ3SeALeqdl8isBW20"
    "+9OaUpkrAwa86RNGV/dNs3uRPo0Bxl1UjOGdLe7AZvU84EynDqOIQSFNxC9RzYK5Qs+XcJ"
    "bHJ1HGwJEsHQLEMDh0gNfiYoBDuz7HTIfxK1Hj+TJIKhWYZC1MO0H2vwM0HBLTt99OIhhF"
    "6hoYCPeDlXGNadJIMGPIGg64wshhEeXkJ5BrUZYNIW8MtCUYBWGdbBVm1bTO53Y7OpNe0T"
    "FFyLSdMnYT5dAFUqS4R1fNBBBLMx9IBggNOKCpFzZRo1nZ0SaM1Mb4E7pdGCiVivFTPvQE"
    "xUVfEK/KXlPYBTRFynPySFJU0W0Ot3Rui6mAx9dNLZKFxfVDQkTI6Y6nMl7JRdvY/ELiW1"
    "i27AJn5cuoS+RBGAVukqy1BxDEV4tBOGOI7t1FkPEQG/a6EVU6utWZzLJqkCQPiPLXaw5R"
    "nWvohL/xYPdHKQcV0milwQx1BXZwV5IsGVwa40ERzf81qSSDkbRMNYvlIwStGHy2Ot5bjD"
    "pxBs7SSJERZVDQ4Ht58gd0fDYZV46nBYHlCFa2nu0id6hRnW/3p386UkfygmyfpaDdVD/4"
    "NMgyfAtDbOfmDG7rM/e8wP0q5TGKDm2d/+Yfbn/wIzJdz5"
)
