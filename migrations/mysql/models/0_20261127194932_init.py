from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `audit_event` (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `at` DATETIME(6) NOT NULL COMMENT '时间',
    `actor_id` INT COMMENT '操作人ID',
    `actor_name` VARCHAR(64) NOT NULL COMMENT '操作人',
    `action` VARCHAR(16) NOT NULL COMMENT '操作',
    `success` BOOL NOT NULL,
    `resource_type` VARCHAR(32) NOT NULL COMMENT '对象类型',
    `resource_id` VARCHAR(64) NOT NULL COMMENT '对象ID',
    `summary` VARCHAR(255) NOT NULL COMMENT '说明',
    `before` JSON,
    `after` JSON,
    `ip` VARCHAR(64) NOT NULL,
    `user_agent` VARCHAR(255) NOT NULL,
    `request_id` VARCHAR(64) NOT NULL,
    KEY `idx_audit_event_at_500752` (`at`),
    KEY `idx_audit_event_actor_i_1a08a1` (`actor_id`, `at`),
    KEY `idx_audit_event_resourc_bbdb47` (`resource_type`, `resource_id`),
    KEY `idx_audit_event_action_48d514` (`action`, `at`)
) CHARACTER SET utf8mb4 COMMENT='One audited action (审计日志). The application only ever inserts these rows.';
CREATE TABLE IF NOT EXISTS `department` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE COMMENT '科室编码（HIS）',
    `name` VARCHAR(64) NOT NULL COMMENT '科室名称',
    `kind` VARCHAR(16) NOT NULL COMMENT 'CLINICAL: clinical\nWARD: ward\nMEDTECH: medtech\nADMINISTRATIVE: administrative\nFOLLOWUP: followup',
    `phone` VARCHAR(32) COMMENT '科室电话',
    `sort_order` INT NOT NULL,
    `is_active` BOOL NOT NULL,
    `parent_id` INT,
    CONSTRAINT `fk_departme_departme_ba94d121` FOREIGN KEY (`parent_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='A clinical department (科室), ward (病区) or office of the hospital, keyed by its HIS code.';
CREATE TABLE IF NOT EXISTS `exchange_message` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `direction` VARCHAR(16) NOT NULL COMMENT 'OUTBOUND: outbound\nINBOUND: inbound',
    `peer` VARCHAR(64) NOT NULL,
    `sequence` BIGINT NOT NULL,
    `kind` VARCHAR(32) NOT NULL,
    `payload` JSON NOT NULL,
    `signature` VARCHAR(128) NOT NULL,
    `status` VARCHAR(16) NOT NULL COMMENT 'PENDING: pending\nSENT: sent\nACKED: acked\nAPPLIED: applied\nFAILED: failed',
    `attempts` INT NOT NULL,
    `error` LONGTEXT NOT NULL,
    UNIQUE KEY `uid_exchange_me_directi_b836c2` (`direction`, `peer`, `sequence`)
) CHARACTER SET utf8mb4 COMMENT='A signed, sequence-numbered batch in the intranet/extranet outbox or inbox.';
CREATE TABLE IF NOT EXISTS `menu` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(64) NOT NULL UNIQUE,
    `title` VARCHAR(32) NOT NULL COMMENT '菜单名称',
    `icon` VARCHAR(64) NOT NULL,
    `path` VARCHAR(200) NOT NULL,
    `sort_order` INT NOT NULL,
    `is_active` BOOL NOT NULL,
    `parent_id` INT,
    CONSTRAINT `fk_menu_menu_a0892170` FOREIGN KEY (`parent_id`) REFERENCES `menu` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='An entry of the admin navigation, shown to the roles listed.';
CREATE TABLE IF NOT EXISTS `patient` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `his_id` VARCHAR(64) NOT NULL UNIQUE COMMENT 'HIS 患者ID',
    `name` VARCHAR(64) NOT NULL COMMENT '姓名',
    `gender` VARCHAR(8) NOT NULL COMMENT 'MALE: male\nFEMALE: female\nUNKNOWN: unknown',
    `birth_date` DATE COMMENT '出生日期',
    `id_number_cipher` LONGTEXT COMMENT '身份证号（密文）',
    `id_number_index` VARCHAR(64),
    `phone_cipher` LONGTEXT COMMENT '手机号（密文）',
    `phone_index` VARCHAR(64),
    `contacts_cipher` LONGTEXT COMMENT '家属联系人（密文 JSON）',
    `address` VARCHAR(255) NOT NULL COMMENT '现住址',
    `deceased_at` DATETIME(6) COMMENT '死亡时间',
    `do_not_contact` BOOL NOT NULL COMMENT '拒绝联系',
    `do_not_contact_reason` VARCHAR(200) NOT NULL,
    `tags` JSON NOT NULL COMMENT '标签',
    `his_updated_at` DATETIME(6) COMMENT 'HIS 更新时间',
    KEY `idx_patient_id_numb_c97810` (`id_number_index`),
    KEY `idx_patient_phone_i_9b21e8` (`phone_index`),
    KEY `idx_patient_name_6f1019` (`name`)
) CHARACTER SET utf8mb4 COMMENT='A person known to the HIS (患者), with what follow-up needs to reach them safely.';
CREATE TABLE IF NOT EXISTS `permission` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(64) NOT NULL UNIQUE,
    `name` VARCHAR(64) NOT NULL COMMENT '权限名称',
    `group` VARCHAR(32) NOT NULL COMMENT '功能分组'
) CHARACTER SET utf8mb4 COMMENT='A permission code such as ``patient:unmask``; roles are sets of these.';
CREATE TABLE IF NOT EXISTS `questionnaire` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(64) NOT NULL COMMENT '问卷编码',
    `version` INT NOT NULL,
    `title` VARCHAR(128) NOT NULL COMMENT '问卷名称',
    `program` VARCHAR(16) NOT NULL COMMENT 'CENTRE: centre\nSATISFACTION: satisfaction\nDEPARTMENT: department',
    `status` VARCHAR(16) NOT NULL COMMENT 'DRAFT: draft\nPUBLISHED: published\nRETIRED: retired',
    `description` LONGTEXT NOT NULL,
    `items` JSON NOT NULL COMMENT '题目（类型、选项、必答、显示条件）',
    `scoring` JSON NOT NULL COMMENT '计分规则',
    `red_flags` JSON NOT NULL COMMENT '危险信号规则',
    UNIQUE KEY `uid_questionnai_code_5a8489` (`code`, `version`)
) CHARACTER SET utf8mb4 COMMENT='A versioned questionnaire (问卷). A version that has answers is never edited again.';
CREATE TABLE IF NOT EXISTS `followup_template` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(64) NOT NULL COMMENT '模板名称',
    `program` VARCHAR(16) NOT NULL COMMENT 'CENTRE: centre\nSATISFACTION: satisfaction\nDEPARTMENT: department',
    `match_rules` JSON NOT NULL COMMENT '筛选条件',
    `schedule` JSON NOT NULL COMMENT '随访时间点（出院后天数与窗口）',
    `channel` VARCHAR(16) NOT NULL COMMENT 'PHONE: phone\nSMS: sms\nSMS_THEN_PHONE: sms_then_phone\nH5: h5',
    `assignment_policy` VARCHAR(16) NOT NULL COMMENT 'ROUND_ROBIN: round_robin\nLEAST_LOADED: least_loaded\nBY_DEPARTMENT: by_department\nMANUAL: manual',
    `is_active` BOOL NOT NULL,
    `priority` INT NOT NULL,
    `owner_department_id` INT,
    `questionnaire_id` INT NOT NULL,
    CONSTRAINT `fk_followup_departme_74d1b345` FOREIGN KEY (`owner_department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_question_1120007c` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='A follow-up plan (随访模板): which discharges it takes, when, how and with which questions.';
CREATE TABLE IF NOT EXISTS `role` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE,
    `name` VARCHAR(32) NOT NULL UNIQUE COMMENT '角色名称',
    `description` VARCHAR(200) NOT NULL,
    `data_scope` VARCHAR(16) NOT NULL COMMENT 'ALL: all\nDEPARTMENT: department\nNONE: none',
    `builtin` BOOL NOT NULL COMMENT '内置角色不可删除'
) CHARACTER SET utf8mb4 COMMENT='A job role (系统管理员, 科室医生, ...): its permissions and how far it sees patient data.';
CREATE TABLE IF NOT EXISTS `sms_template` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(64) NOT NULL UNIQUE,
    `name` VARCHAR(64) NOT NULL,
    `category` VARCHAR(16) NOT NULL COMMENT 'FREE_CLINIC: free_clinic\nMEDICATION: medication\nRECHECK: recheck\nLECTURE: lecture\nFOLLOWUP: followup',
    `provider_template_code` VARCHAR(64) NOT NULL COMMENT '服务商模板编码',
    `sign_name` VARCHAR(32) NOT NULL COMMENT '短信签名',
    `content` LONGTEXT NOT NULL COMMENT '模板内容，变量写作 ${name}',
    `variables` JSON NOT NULL,
    `is_active` BOOL NOT NULL
) CHARACTER SET utf8mb4 COMMENT='An SMS template approved by the carrier (Aliyun template code and sign name).';
CREATE TABLE IF NOT EXISTS `staff` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `username` VARCHAR(32) NOT NULL UNIQUE COMMENT '登录名',
    `name` VARCHAR(32) NOT NULL COMMENT '姓名',
    `password_hash` VARCHAR(255) NOT NULL,
    `password_changed_at` DATETIME(6),
    `title` VARCHAR(32) NOT NULL COMMENT '职称/岗位',
    `phone_extension` VARCHAR(32) NOT NULL COMMENT '分机号',
    `is_active` BOOL NOT NULL COMMENT '停用后不能登录',
    `locked` BOOL NOT NULL COMMENT '管理员锁定',
    `failed_logins` INT NOT NULL COMMENT '连续登录失败次数',
    `locked_until` DATETIME(6) COMMENT '自动锁定截止时间',
    `last_login_at` DATETIME(6),
    `department_id` INT,
    CONSTRAINT `fk_staff_departme_7f22e263` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='A person who logs in: follow-up agent, doctor, nurse, administrator.';
CREATE TABLE IF NOT EXISTS `admission` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `his_visit_id` VARCHAR(64) NOT NULL UNIQUE COMMENT 'HIS 就诊ID',
    `inpatient_no` VARCHAR(32) NOT NULL COMMENT '住院号',
    `admission_times` INT NOT NULL COMMENT '住院次数',
    `bed_no` VARCHAR(16) NOT NULL,
    `attending_name` VARCHAR(32) NOT NULL COMMENT '主治医师',
    `admitted_at` DATETIME(6) NOT NULL COMMENT '入院时间',
    `discharged_at` DATETIME(6) COMMENT '出院时间',
    `disposition` VARCHAR(4) COMMENT 'ORDERED: 1\nTRANSFERRED: 2\nCOMMUNITY: 3\nAGAINST_ADVICE: 4\nDEATH: 5\nOTHER: 9',
    `los_days` INT COMMENT '住院天数',
    `main_diagnosis_code` VARCHAR(32) NOT NULL COMMENT '主要诊断编码',
    `main_diagnosis_name` VARCHAR(128) NOT NULL COMMENT '主要诊断',
    `tcm_disease_code` VARCHAR(32) NOT NULL COMMENT '中医病名编码',
    `tcm_disease_name` VARCHAR(64) NOT NULL COMMENT '中医病名',
    `tcm_syndrome_code` VARCHAR(32) NOT NULL COMMENT '中医证候编码',
    `tcm_syndrome_name` VARCHAR(64) NOT NULL COMMENT '中医证候',
    `operations` JSON NOT NULL COMMENT '手术及操作',
    `tags` JSON NOT NULL,
    `his_updated_at` DATETIME(6),
    `attending_id` INT,
    `department_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    `ward_id` INT,
    CONSTRAINT `fk_admissio_staff_99f4b090` FOREIGN KEY (`attending_id`) REFERENCES `staff` (`id`) ON DELETE SET NULL,
    CONSTRAINT `fk_admissio_departme_a627ce24` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_admissio_patient_3d81d54e` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_admissio_departme_9f5f4792` FOREIGN KEY (`ward_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    KEY `idx_admission_departm_08a7fb` (`department_id`, `discharged_at`),
    KEY `idx_admission_dischar_8e5105` (`discharged_at`)
) CHARACTER SET utf8mb4 COMMENT='One inpatient stay (住院), from admission to discharge, with its diagnoses.';
CREATE TABLE IF NOT EXISTS `diagnosis` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(16) NOT NULL COMMENT 'WESTERN: western\nTCM_DISEASE: tcm_disease\nTCM_SYNDROME: tcm_syndrome',
    `seq` INT NOT NULL COMMENT '诊断序号（1 = 主诊断）',
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(128) NOT NULL,
    `is_main` BOOL NOT NULL,
    `admission_id` INT NOT NULL,
    UNIQUE KEY `uid_diagnosis_admissi_fcd535` (`admission_id`, `kind`, `seq`),
    CONSTRAINT `fk_diagnosi_admissio_cb97acaa` FOREIGN KEY (`admission_id`) REFERENCES `admission` (`id`) ON DELETE RESTRICT,
    KEY `idx_diagnosis_code_b873cc` (`code`)
) CHARACTER SET utf8mb4 COMMENT='One diagnosis of a stay: western ICD-10, TCM disease or TCM syndrome (证候).';
CREATE TABLE IF NOT EXISTS `discharge_summary` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `his_document_id` VARCHAR(64) UNIQUE,
    `admission_condition` LONGTEXT NOT NULL COMMENT '入院情况',
    `treatment_course` LONGTEXT NOT NULL COMMENT '诊疗经过',
    `discharge_condition` LONGTEXT NOT NULL COMMENT '出院情况',
    `discharge_orders` LONGTEXT NOT NULL COMMENT '出院医嘱',
    `discharge_medication` LONGTEXT NOT NULL COMMENT '出院带药',
    `signed_at` DATETIME(6),
    `admission_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_discharg_admissio_da80b173` FOREIGN KEY (`admission_id`) REFERENCES `admission` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='出院小结 of a stay, as written in the EMR.';
CREATE TABLE IF NOT EXISTS `followup_task` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `step` INT NOT NULL COMMENT '模板中的第几个时间点',
    `program` VARCHAR(16) NOT NULL COMMENT 'CENTRE: centre\nSATISFACTION: satisfaction\nDEPARTMENT: department',
    `channel` VARCHAR(16) NOT NULL COMMENT 'PHONE: phone\nSMS: sms\nSMS_THEN_PHONE: sms_then_phone\nH5: h5',
    `status` VARCHAR(16) NOT NULL COMMENT 'PENDING: pending\nASSIGNED: assigned\nIN_PROGRESS: in_progress\nCOMPLETED: completed\nCANCELLED: cancelled',
    `outcome` VARCHAR(16) COMMENT 'REACHED: reached\nNO_ANSWER: no_answer\nBUSY: busy\nWRONG_NUMBER: wrong_number\nREFUSED: refused\nDECEASED: deceased\nREADMITTED: readmitted\nCALL_BACK_LATER: call_back_later',
    `cancel_reason` VARCHAR(16) COMMENT 'DECEASED: deceased\nDO_NOT_CONTACT: do_not_contact\nREADMITTED: readmitted\nTEMPLATE_CHANGED: template_changed\nMANUAL: manual',
    `due_start` DATE NOT NULL COMMENT '应随访开始日期',
    `due_end` DATE NOT NULL COMMENT '应随访截止日期',
    `assigned_at` DATETIME(6),
    `attempts` INT NOT NULL,
    `next_attempt_at` DATETIME(6),
    `started_at` DATETIME(6),
    `completed_at` DATETIME(6),
    `admission_id` INT NOT NULL,
    `assignee_id` INT,
    `department_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    `questionnaire_id` INT NOT NULL,
    `template_id` INT NOT NULL,
    UNIQUE KEY `uid_followup_ta_admissi_b949bb` (`admission_id`, `template_id`, `step`),
    CONSTRAINT `fk_followup_admissio_51012e26` FOREIGN KEY (`admission_id`) REFERENCES `admission` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_staff_09887e16` FOREIGN KEY (`assignee_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_departme_d338f9fe` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_patient_9a38b825` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_question_71b1ffd7` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_followup_35b6c508` FOREIGN KEY (`template_id`) REFERENCES `followup_template` (`id`) ON DELETE RESTRICT,
    KEY `idx_followup_ta_assigne_8b22ba` (`assignee_id`, `status`, `due_start`),
    KEY `idx_followup_ta_departm_39c655` (`department_id`, `due_start`)
) CHARACTER SET utf8mb4 COMMENT='One scheduled contact of one stay by one template step (随访任务).';
CREATE TABLE IF NOT EXISTS `call_record` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `driver` VARCHAR(16) NOT NULL COMMENT '拨号方式',
    `provider_call_id` VARCHAR(128) UNIQUE,
    `number_cipher` LONGTEXT NOT NULL COMMENT '被叫号码（密文）',
    `extension` VARCHAR(32) NOT NULL,
    `status` VARCHAR(16) NOT NULL COMMENT 'INITIATED: initiated\nRINGING: ringing\nANSWERED: answered\nCOMPLETED: completed\nNO_ANSWER: no_answer\nBUSY: busy\nFAILED: failed',
    `started_at` DATETIME(6) NOT NULL,
    `answered_at` DATETIME(6),
    `ended_at` DATETIME(6),
    `duration_seconds` INT NOT NULL,
    `hangup_cause` VARCHAR(64) NOT NULL,
    `recording_ref` VARCHAR(255) NOT NULL,
    `patient_id` INT NOT NULL,
    `staff_id` INT,
    `task_id` INT,
    CONSTRAINT `fk_call_rec_patient_05a5c066` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_call_rec_staff_643fe793` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_call_rec_followup_4f5243b8` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    KEY `idx_call_record_patient_17dfe9` (`patient_id`, `started_at`)
) CHARACTER SET utf8mb4 COMMENT='One dial attempt (通话记录), with the times of its events and the recording reference.';
CREATE TABLE IF NOT EXISTS `followup_record` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `client_uuid` CHAR(36) NOT NULL UNIQUE,
    `version` INT NOT NULL,
    `outcome` VARCHAR(16) NOT NULL COMMENT 'REACHED: reached\nNO_ANSWER: no_answer\nBUSY: busy\nWRONG_NUMBER: wrong_number\nREFUSED: refused\nDECEASED: deceased\nREADMITTED: readmitted\nCALL_BACK_LATER: call_back_later',
    `answers` JSON NOT NULL,
    `score` DOUBLE,
    `notes` LONGTEXT NOT NULL,
    `call_id` INT COMMENT 'CallRecord id',
    `recording_ref` VARCHAR(255) NOT NULL,
    `contacted_at` DATETIME(6) NOT NULL,
    `patient_id` INT NOT NULL,
    `questionnaire_id` INT NOT NULL,
    `staff_id` INT,
    `task_id` INT NOT NULL,
    CONSTRAINT `fk_followup_patient_cbc4acae` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_question_607c1cba` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_staff_3ac1896b` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_followup_followup_0a97e118` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='What happened in one follow-up contact: answers, outcome, notes, call.';
CREATE TABLE IF NOT EXISTS `lab_report` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `his_report_id` VARCHAR(64) NOT NULL UNIQUE,
    `name` VARCHAR(64) NOT NULL COMMENT '检验项目',
    `specimen` VARCHAR(32) NOT NULL,
    `requested_at` DATETIME(6),
    `reported_at` DATETIME(6),
    `has_critical` BOOL NOT NULL,
    `admission_id` INT,
    `patient_id` INT NOT NULL,
    CONSTRAINT `fk_lab_repo_admissio_5807d4b5` FOREIGN KEY (`admission_id`) REFERENCES `admission` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_lab_repo_patient_6a048fce` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    KEY `idx_lab_report_patient_e5eab9` (`patient_id`, `reported_at`)
) CHARACTER SET utf8mb4 COMMENT='A laboratory report (检验报告) from the LIS.';
CREATE TABLE IF NOT EXISTS `lab_result` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `item_no` INT NOT NULL,
    `code` VARCHAR(32) NOT NULL,
    `name` VARCHAR(64) NOT NULL,
    `value_raw` VARCHAR(128) NOT NULL,
    `value_numeric` DOUBLE,
    `unit` VARCHAR(32) NOT NULL,
    `reference_raw` VARCHAR(128) NOT NULL,
    `reference_low` DOUBLE,
    `reference_high` DOUBLE,
    `flag` VARCHAR(16) NOT NULL COMMENT 'NORMAL: normal\nHIGH: high\nLOW: low\nABNORMAL: abnormal\nPOSITIVE: positive\nCRITICAL: critical',
    `flag_raw` VARCHAR(16) NOT NULL,
    `report_id` INT NOT NULL,
    UNIQUE KEY `uid_lab_result_report__d075ad` (`report_id`, `item_no`),
    CONSTRAINT `fk_lab_resu_lab_repo_67ecaf90` FOREIGN KEY (`report_id`) REFERENCES `lab_report` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='One analyte of a lab report, with the raw HIS text kept beside the normalised value.';
CREATE TABLE IF NOT EXISTS `front_page` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `standard` VARCHAR(32) NOT NULL COMMENT '首页标准',
    `fields_data` JSON NOT NULL COMMENT '首页字段（按标准编码）',
    `total_cost` DECIMAL(12,2),
    `admission_id` INT NOT NULL UNIQUE,
    CONSTRAINT `fk_front_pa_admissio_561769c3` FOREIGN KEY (`admission_id`) REFERENCES `admission` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='病案首页 of a stay: the fields of the standard by their code, plus the few we query on.';
CREATE TABLE IF NOT EXISTS `problem` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `severity` VARCHAR(16) NOT NULL COMMENT 'NORMAL: normal\nURGENT: urgent',
    `status` VARCHAR(16) NOT NULL COMMENT 'OPEN: open\nREPLIED: replied\nVERIFIED: verified\nCLOSED: closed',
    `description` LONGTEXT NOT NULL,
    `reply` LONGTEXT NOT NULL,
    `reply_due_at` DATETIME(6),
    `replied_at` DATETIME(6),
    `verified_at` DATETIME(6),
    `department_id` INT NOT NULL,
    `patient_id` INT NOT NULL,
    `record_id` INT,
    `replied_by_id` INT,
    `task_id` INT,
    `verified_by_id` INT,
    CONSTRAINT `fk_problem_departme_2e27fa6f` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_problem_patient_593d6172` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_problem_followup_b3577638` FOREIGN KEY (`record_id`) REFERENCES `followup_record` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_problem_staff_50b1a5c6` FOREIGN KEY (`replied_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_problem_followup_3c5919a9` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_problem_staff_34b56054` FOREIGN KEY (`verified_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    KEY `idx_problem_departm_fa984a` (`department_id`, `status`)
) CHARACTER SET utf8mb4 COMMENT='An issue of a patient raised in follow-up and routed to a department to reply (问题处理).';
CREATE TABLE IF NOT EXISTS `sms_batch` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(64) NOT NULL,
    `query` JSON NOT NULL COMMENT '患者筛选条件',
    `scheduled_at` DATETIME(6),
    `recurrence` VARCHAR(64) NOT NULL COMMENT '重复规则',
    `status` VARCHAR(16) NOT NULL COMMENT 'DRAFT: draft\nSCHEDULED: scheduled\nSENDING: sending\nDONE: done\nCANCELLED: cancelled',
    `total` INT NOT NULL,
    `created_by_id` INT,
    `template_id` INT NOT NULL,
    CONSTRAINT `fk_sms_batc_staff_ff928fdb` FOREIGN KEY (`created_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_sms_batc_sms_temp_8c008c2d` FOREIGN KEY (`template_id`) REFERENCES `sms_template` (`id`) ON DELETE RESTRICT
) CHARACTER SET utf8mb4 COMMENT='An SMS campaign: a patient matching query, a template and a schedule.';
CREATE TABLE IF NOT EXISTS `sms_message` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `dedupe_key` VARCHAR(128) NOT NULL UNIQUE,
    `phone_cipher` LONGTEXT NOT NULL,
    `phone_index` VARCHAR(64) NOT NULL,
    `params` JSON NOT NULL,
    `status` VARCHAR(16) NOT NULL COMMENT 'PENDING: pending\nSUBMITTED: submitted\nDELIVERED: delivered\nFAILED: failed\nSKIPPED: skipped',
    `biz_id` VARCHAR(64) COMMENT '服务商回执ID (BizId)',
    `error_code` VARCHAR(64) NOT NULL,
    `error_message` VARCHAR(255) NOT NULL,
    `attempts` INT NOT NULL,
    `submitted_at` DATETIME(6),
    `delivered_at` DATETIME(6),
    `batch_id` INT,
    `patient_id` INT,
    `task_id` INT,
    `template_id` INT NOT NULL,
    CONSTRAINT `fk_sms_mess_sms_batc_5a735c51` FOREIGN KEY (`batch_id`) REFERENCES `sms_batch` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_sms_mess_patient_08cff658` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_sms_mess_followup_c3a66daf` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_sms_mess_sms_temp_756bea66` FOREIGN KEY (`template_id`) REFERENCES `sms_template` (`id`) ON DELETE RESTRICT,
    KEY `idx_sms_message_phone_i_718432` (`phone_index`),
    KEY `idx_sms_message_batch_i_6c5aa6` (`batch_id`, `status`)
) CHARACTER SET utf8mb4 COMMENT='One SMS to one number. `dedupe_key` is unique and sent to Aliyun as OutId.';
CREATE TABLE IF NOT EXISTS `staff_session` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` CHAR(36) NOT NULL PRIMARY KEY,
    `refresh_token_hash` VARCHAR(64) NOT NULL UNIQUE,
    `last_seen_at` DATETIME(6) NOT NULL,
    `expires_at` DATETIME(6) NOT NULL COMMENT '绝对过期时间',
    `revoked_at` DATETIME(6),
    `revoked_reason` VARCHAR(32),
    `ip` VARCHAR(64) NOT NULL,
    `user_agent` VARCHAR(255) NOT NULL,
    `staff_id` INT NOT NULL,
    CONSTRAINT `fk_staff_se_staff_ea626561` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE CASCADE,
    KEY `idx_staff_sessi_staff_i_8347b5` (`staff_id`, `revoked_at`)
) CHARACTER SET utf8mb4 COMMENT='A server-side login session; an access token is valid only while its session is.';
CREATE TABLE IF NOT EXISTS `sync_run` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `source` VARCHAR(32) NOT NULL,
    `status` VARCHAR(16) NOT NULL COMMENT 'RUNNING: running\nSUCCEEDED: succeeded\nPARTIAL: partial\nFAILED: failed',
    `window_start` DATETIME(6),
    `window_end` DATETIME(6),
    `watermark` DATETIME(6) COMMENT '本次处理到的 HIS 更新时间',
    `started_at` DATETIME(6) NOT NULL,
    `finished_at` DATETIME(6),
    `fetched` INT NOT NULL,
    `inserted` INT NOT NULL,
    `updated` INT NOT NULL,
    `rejected` INT NOT NULL,
    `lag_seconds` INT,
    `error` LONGTEXT NOT NULL,
    KEY `idx_sync_run_source_496d9f` (`source`, `started_at`)
) CHARACTER SET utf8mb4 COMMENT='One pull from an outside source (HIS views, HL7, FHIR) and what it did.';
CREATE TABLE IF NOT EXISTS `quarantined_record` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `source` VARCHAR(32) NOT NULL,
    `entity` VARCHAR(32) NOT NULL COMMENT 'patient / visit / lab ...',
    `external_id` VARCHAR(128) NOT NULL,
    `payload` JSON NOT NULL,
    `reason` LONGTEXT NOT NULL,
    `attempts` INT NOT NULL,
    `resolved_at` DATETIME(6),
    `sync_run_id` INT,
    UNIQUE KEY `uid_quarantined_source_f07056` (`source`, `entity`, `external_id`),
    CONSTRAINT `fk_quaranti_sync_run_28474e44` FOREIGN KEY (`sync_run_id`) REFERENCES `sync_run` (`id`) ON DELETE SET NULL
) CHARACTER SET utf8mb4 COMMENT='A record from outside that could not be stored, kept with the reason until retried.';
CREATE TABLE IF NOT EXISTS `aerich` (
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `version` VARCHAR(255) NOT NULL,
    `app` VARCHAR(100) NOT NULL,
    `content` JSON NOT NULL
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `menu_role` (
    `menu_id` INT NOT NULL,
    `role_id` INT NOT NULL,
    FOREIGN KEY (`menu_id`) REFERENCES `menu` (`id`) ON DELETE CASCADE,
    FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE,
    UNIQUE KEY `uidx_menu_role_menu_id_4a4334` (`menu_id`, `role_id`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `template_assignee` (
    `followup_template_id` INT NOT NULL,
    `staff_id` INT NOT NULL,
    FOREIGN KEY (`followup_template_id`) REFERENCES `followup_template` (`id`) ON DELETE CASCADE,
    FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE CASCADE,
    UNIQUE KEY `uidx_template_as_followu_06f9f4` (`followup_template_id`, `staff_id`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `role_permission` (
    `role_id` INT NOT NULL,
    `permission_id` INT NOT NULL,
    FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE,
    FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`) ON DELETE CASCADE,
    UNIQUE KEY `uidx_role_permis_role_id_7454bb` (`role_id`, `permission_id`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `staff_department` (
    `staff_id` INT NOT NULL,
    `department_id` INT NOT NULL,
    FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE CASCADE,
    FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE CASCADE,
    UNIQUE KEY `uidx_staff_depar_staff_i_49a012` (`staff_id`, `department_id`)
) CHARACTER SET utf8mb4;
CREATE TABLE IF NOT EXISTS `staff_role` (
    `staff_id` INT NOT NULL,
    `role_id` INT NOT NULL,
    FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE CASCADE,
    FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE,
    UNIQUE KEY `uidx_staff_role_staff_i_f36487` (`staff_id`, `role_id`)
) CHARACTER SET utf8mb4;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfWtz4kiW9l/JcLwfqiLcNVzMzbPvRmBMVbGNwQO4a2abDbWQEqMtITG62OWd7f++eV"
    "ISumNJCEiojOhwF1KelPScvJw8139drXUZq+anrrxWTFPRtatb9K8rTVxj8o/4zWt0JW42"
    "/i24YIkLlbYWQ80WpmWIkkVuLEXVxOSSjE3JUDaW85SrsYaRom1ES8GahUxLfEMf5vbN8m"
    "Y5tzvNZu3jNVoa+hptu0WWjmTFlFai8Uz6e1WsFVIsk1wTnzXdxOYneLCsS+TJivZ8wGfY"
    "mvJPGwuW/oytFTbIk37/L3JZ0WT8A5vw83fytRvRsNbkuYIi0xfzupUF0boi7X+PXoI+Nt"
    "+FpYJVOcQHpwN6XbDeNvTaQLM+04bQ9UKQdNVea37jzZu10rVta0Wz4Ooz1rAhWhi6twwb"
    "uKLZqupy0GOU83l+E+e7AjQyXoq2CrwFaucF/GtXgjAaz4RpfyYIVzG+exQBNrmXJF2DMU"
    "Ne1aRf/wyv8EutetO6adebN23ShL7m9krrT+fRPjAOIYVnNLv6k94XLdFpQRnjgyoZGJAA"
    "5GPg3pM7lrLGyQiHKSNIyy7pJ+8fUdw9lHcB713wkfcnUXHor+Z2o1ZdkL+EYG43G8smmQ"
    "aN5U103qQwhHy2PNbUN3cg7EB/NnjoT2fdh0foeW2a/1Qpqt1ZH+7U6NW3yNUPzY9wXSer"
    "hrOebDtB3wazrwh+ov8cj/oUdN20ng36RL/d7D+v4J1E29IFTX8VRDkwZr2rHpakpT8W7I"
    "1ccCyEKc9qLDSbyxsYBYvKTzMWPOQCg8F9e38srBRTeFFMxVu3w6OhR9br5JEQpYuMBYJe"
    "Ee4fYgm++jqYIrIKSPXq3G4vJHFwn5Hra/GHoGLt2VqRn82bHVz/rTvpfe1OPjRvIpwcuX"
    "dq9NafIei3WzXhTR7oo3TlQJ9l4l1d5Z52vvRBWFBftopAX69lgL5eS4UeboWh30pAAqxT"
    "Zg55I4HyfeGjLPyre8HfXNSqsPa1KhmZUIpI4oO+IBtHvpHuU7A7xrNLeKExXW1mGNPV6M"
    "bgj2m4FRnTloU1mbyBQK/kgDlOyS7cMKZxnUh1TWkBsl29TiW8SpudhcUqJltFSM9KuGpU"
    "m43tMpNTuDpfYSouWYePuDkHQIy4hCHgyk/HGAFwyOIjgDCRdKlYrmIovgT3NXtN+T8gGI"
    "iahJPGQbCLQmvxkfg+ntz3J/17sp3NtdmkO5p+7k/o79pc640fHp5Gg9k/yDo717pfuoPR"
    "dCZ0738b9Pq36Gau3fe7s6+3qDHXxrOv/ckt6hRZw7OI5elSeUwoV3VTkMW3PCJhkKSQLH"
    "i0SRoSxju1zimlwTXpWXAVjeQsKelyLpklhfwMBJd2p+0eRAF+UZ7brWWVrJetdqXKhhAT"
    "wTavOJlCfoasKcKOaq2dRbKvtdNFe7gX5oglrQmiJhZNnHumJNEyzoua7En2rYZEBMvGTY"
    "XBaRIENu8cSaI9Q6awoUgDMM03TTb0dbHpESM+G1aQtYqsWI1KtcPm/NgiW2SCxIjPkC1s"
    "zBB9AwiRV02Qa/9jOh4l8yBMFT2NKpKF/hepinkwdefVvy1tTYIXQAtbUS1FMz/B8/49P3"
    "OatRvQGbVqS2AR3d9vJBkk4oa09yEVEAydTz1WfHjo/j3Kpd5wfBc9eEIHd9HZIz7nYpbX"
    "/nzZlFmTemxWgK2ruM00Tn02ep0yOHJ2GhxfG57LESVKxrAm4MhOKQHlWNRLKCO2Mbrjmd"
    "zOCF3PKpwL2jARxzUB11fRkPOBGqDgy4ADKHj7Lb8nuqa5QzCO72fdwMqz9it+iynMI7C6"
    "rpuPfk9nNmb/9IaQd9UfBYb4unWSjExXggD5bmxRDCZk55sMerOrlCW3BHzvQ51dKMSxzS"
    "YDyjDhj40vY4tEVngDa2MGYLdSVQnoTi1xubxcYKMCaAhd8hJo9DQcXtGFeCFK3ykfUlbk"
    "rf93HPU7l/TzrxOsiik2Sm84ezaAC1otImd08/ueGH3WVVV/fdrMSFeXChN5ecHAG92w9g"
    "RrKC4mtJ/LmcV0Puo1PTAPQzM0fCvB00Qw7fVaNN7SkR1reKaTP1kmrNvp1O/zQmAOjsel"
    "oZPNfSM+J2ik84P2gGVFEtUJlnQyiqHrR7fnC4EOxuO6to6M0LWokc+U3e6A2IufsmXF6r"
    "9g2kE8usq/e70zvAraCXjbMFOAFSXCMhIdbeSHud1YiNSiK1LPVwxmq6Xc+vgJzVak+Waj"
    "EtbRtrqmviHyOAMpmonJSoWsFTYxMvTXlEirQz4sS8gVea5uuHu9F2JlYFO3DQk7YxQkBO"
    "8CaUdbOG/r0eSKwbpTnn+WMKxOrVavt2qVerPduGm1Gu3K9swbv7Xr8Hs3+ALn3+ugMvP9"
    "YK0CzqNH9BktIybj53YSDE7drOrlAAnDOqWroGENbKKL7OE2JavtHMRy+8KHqJg2OEeBZs"
    "PU7G8wRXxfferjQb/nKC8Ce/nRH6YtSdhMOl/puopFLXm0B6gieC8I2aEA9zaQ4xoi78bj"
    "YWiDuBtENubR08Ndn+BOYSeNFCu0X/tgx8SsrKtLjJDpBaaxWHaIPCs1iTzbkloQaNNqL4"
    "qM9/Kdi4KCbREGlBm1enD4WYlYTVU1pAMeIGEa7PaChoc3K7gI1LVGIwPWpFUq2PReNF5y"
    "qRsJy0u6D5BPsZcXEJuKiaO5+4hLCxt5YN8ScNSLo65s8iwrTmt2V5SCUcHlL9m2iQ1BfE"
    "60/6bDG6a6OJgPslwbmHynmTePRpjq4pAuZ0DHnEfSjZi5zCk5Nds9UXXV/FcJmu3A3etd"
    "mm2JtBMMv2EmzbasiCoCC+96Y4GquVOpiiC0yDL8hZw2jSUZkm4OL2uFEU1PgfQlTehF9e"
    "gmEjWZ3nOeTrhI/rXEBiYn8WQd93Eem0XbHXZ8MS3RsHgeMZ5H7DjKHp5HzMOS5xHjecQS"
    "84jJhvKSdGpKl3x8CtZVvTXcdpJXUb53YNOrLNlQ+24M/UWRibBOpYp8omcSbSnJJk67AR"
    "4+Gluz1wuATdmskob8DP9IETJihIyP/HZbpDmW8MIb/xBdOreXywrMiIXUhBnRbtErGUMd"
    "d615/b/PdusVtkvecDz64jWPKhvCzCLMwJqZapJKZlSI6OIOZeVr44k8btkJxqdsRj+f+o"
    "hQK5piKbTTnNNiMBrMBmTHvb9F2z7m2mQw+kL+u0XAB/LfXOuOpt+c5DiiZr6S445Mc+I8"
    "DvuUVtLXG/DOJVdHY8FpTNinC07ruXb3NP3HLVrY5ttc+9wdDIFoKSoqLpaWonyLo38Gyy"
    "n9hSnPR/r7OcMh3cFbJKNdmJSHvbLMZ0wgLMLkIB3nMMsclm0nm4NgYvKVcp4UZ0mkx4sV"
    "rRxKKirZ42wlas/2hhynbDOXV0iU7uIEzvLNWltVsmDgZT57S4Tw4sA+iHGLx5YfZskwIS"
    "YxH6pBEoY9gU8GKQTl5UM0QMEBfTdc33IjFfeMxs0Z+MgYxlmDcgNDK0O0M8+EcMBMCKYX"
    "/s3DyHfhGtxeUlA9jfdFIDlCgvdFOHVCuvdFOB/G+84XXSSpigYBnsgnBVeIVkeu0pC/G3"
    "B/IF9HLzqZMet18SPSDaQvl4qEwRsC3B9WurlRLJHw5jt+wzJavFEnCShPA3kn4x4YR372"
    "+24Y3NWCu1pwVwvuasFdLU7papE3w3G5SY0PUqItuKUFExk7pmayS+WxMB/a2Jk3pPT4wa"
    "R7c8BNuN5ZZi0OcWB133fytUWtyx7tERV9ntiW17TcGw5Gg153eLsV/Obat+7k/pYKeXPt"
    "oX8/6/e+3qI1li0sreZa9/6BkBDBvDsb/Na/paV9NQVYYykveK59Hg+H429Pj+Q16Xnb3r"
    "BhPN4QVuSaRFsClsvhRJaxRr3hOEuzsW6ZumEJuiEn+SylaxtDRNzmE9U2KqYAMesvSamE"
    "dkVeh+h47HX22GtyDi5giDD2tEMwpsw5eEZW4wQJQxnDOLsi0nhXD5muMUuoSbtnkryu1w"
    "870uXemIdWAAriKdA6kwEaPiyuFFUmA3Q/lC5xHseMhjyT5/sw4fWG4LBvYtgtVG53Fzqo"
    "NoZOXn69J1iPTi+XOqRSzHJ5ELowi1y+lLBxK1oo9sEQhRSEH0TtbabD35INn2xZaXaIcf"
    "S7hIghcfuVBow7KEAfAtM3xDnTWjcoT77jt+1gdkXBLb/ce7G88tbK0O3nlU8Xtk2GRMle"
    "d9rr3lNtshC1kf2522y6TcKdZDUNZujeYTQNNcsasO6QgAVSROQD327RKzYtbGho0Lv/pU"
    "pO+LPeA3KrIILJEn56Nd/AoulXUfuYGp5e+kMSrKC/+7I5tPAUiib+pxN9HgpUp9p2HpTO"
    "LaXcUsotpdxSelJL6XmZjQpw/htBqD8ZbTe9uUa2N+F+MO13p30CiF9l2Lkz/cfofjJ+cG"
    "952yAbJiHYTrNvjW7r4xkkqrknZbDEewO3l14MNZi0q+j/o23V8UC7HFbukg0Zp/UqYCh+"
    "gjsMnFs+BsUU1uR5+S1wHtUR7W/bK2drgNuehXImsI+Q8XCg9+1woWPnnqa4SzQLXUdLoE"
    "XGGFv+69HiSon6mHgBpl1qmYQaUO+rZ4gcUoVDY6fZrJF/SxUimbSwXPeVKNdINNGroUBF"
    "OaRo1IO8/zCJK2H264o7nHM1ysmPzlyN4mHJ1ShcjZKoRlkRUZkAYKcWbt+R2iBOemkp5g"
    "5QQmcrxkCyDSW5nk56lrkUcnYP6lSMaDY8MaJZoYFs1UUj28w7dkY5CzY7OqAl3TaSUn2k"
    "8yaJlmnGOMqpVqMDyf+wROS79lJqsckYXx4uNG9SyJlmT1D8Zn3e+PhSf/IEt5gsvPFpz4"
    "YxjTqoeRvNepV1xqxpLdviEydMfz4MwjUi65EDVMasvsdmkKk8a8UyLQYJeXY2dmTs+IGL"
    "KbXq2as5YkrVPDq/TApYr0D4MdSvrDrQ7a183Uuh2v8hQeY8/IBNU6RjJqZPjTa53qVOxW"
    "5jsov5rTMkCHEW2WtkQikfMgh+cdJ8Q5YN0ZJWntaTIGeIGrb+Qh0JyT+QblsL/Qc4pSka"
    "+UdSApBS+050bZMVA/tFV7ET5+c9LubfxhWyXCHLFbJcIcsVsictthJcs4s4t4UXfYbdTK"
    "7GT7O78dPo/tbZ0WxNnmuDkXsJtjZbYyQfvrd3Zs5ogNmvAcKMSnwrkMQAvlOedzkJbqku"
    "yd+kU6vV661apd5sN25arUa7spU84rd2iSB3gy8ghYTYEPf4SXejTYb9HFxnmXEO3Ihvqi"
    "4m4JtebzhAslfFYdag3gHtQUoOw+FKtOykGts7CpoHiS5whB/EQ/MM6wNtsAZp4vMqlh/7"
    "o3taB8iln2vT/mh2Sw7wmjXXur1faUEg6TvU/ek+Pg4H9PdmoypwhcU6P2751zzlIoIkPG"
    "VQdDvFhqHnKhu3JWDXoFKKyr4s08leyt/y9JNeloP0ktGRFte7tJNe/rZcpaO/rUQLrUin"
    "ZIjIoCzUNexmgvvF3iDCG4vQexXKzGs4ZEn6mvSk6RYmv6E0ZFwvWU63c22u/SGpNIu3bS"
    "vyH0gx0XYwQ4piUG06DZCpQ0ZjVSEP2oiySXrQkL0BMQgpMllsSL+apb79Ff3xQp5IPv+P"
    "ORneFjnlmo4nqooRlhXrGr2uFFCcmshc6a8asnRyf0NodA1cVUV4e/IcibTUMOkLmWQphq"
    "6RTn65nqzcfZVrSxkQ8bi2lGtLubb0PW1pYIuJD4anp8F9yqIQJouMBLj8CYiLjAAW7LlJ"
    "nHW0Fw6rgkyg3xkWYt1dNsc2FqBgNmr3ZGcCV0AqekIOkLOskria9Lu9r3DAJauNtMpW+/"
    "bbhAj7ghOeeIteDV17Fhwr+Fyb9D8/TZ3+lrYJ/d33exD7Ti7JWILAd6jN24c0ybOZ+2B5"
    "DTIcVOPtDofCHTmTC0OyTJHOaSF0EP4FSP1jMHL+doToPArCAMnxFYRX/7a0NWpcIgxUVE"
    "vRzE/w2H8/wZHyMGpDcv5KmKmfyWEkzQ7hUUS4sQSSDHw4H7e7+/HT3bCPHif93mA6cMHf"
    "CgP0Jlzy44vJ3BxGw+X1xASD6fqRLQHXj+R2LaVLXq7jaICC4VTKVz3ymo5eBSlZNaklb+"
    "q8SOlxi5S6eqdiKoAI7fkc/H5Kb2lej/YwSxb5KBPeQRMVA+dDN4mUY8xr/h4D0uPX/L3E"
    "QbojE81piv6yBnLWUAhe9ZdX/T0vXDNU/U0VE0pA92/R/i50+CbJSHuUjDl2gYEzGdz7Jt"
    "DP5NVBt7AdPh3eFpfBo8PbXLNlVjdBcW6rWPb8LCDZFjhgQLot8JqAf3uFOshFvIE0550m"
    "JCBtLxZLSDu6BJtxTaym5FUv/xHvZ1W3ArVAoMeE1OqiScPhvInjuwXKpGvyy7CuCM3v8U"
    "z7gfvcJYO7ZHCXDO6SwV0yTumSQRf47Mut15zlkzowW6xVyd9Wi26ANaig3GxDIdhFTYKE"
    "I7hCr4eWBXK3sjhRym8iPj4b4jrZMvG+00GAnGmng15/NJv0b5FEBAIDz7VpdzaYfu72Zo"
    "Px6BaZRDo2lyI1WIP7wGN3MnugLvvhcjyndwSA7AQaVouyK0B+zDAKr25zriCKr2TZuUWU"
    "lvDrYUrYtDbpv4TZ1/5IcBuQiwIRJzXBbfm1cYtWGbNfHbycwU8c8tKdTgdfRjSyxRHZad"
    "Cu8DgZfyEH3CkE7gp09cAm4Wpv/PA47FPvHEknhwDsOueMev0hjYaRACKVmYCYE/tqHcl+"
    "zl21CqzQdKAK5MXN4rH5sU5YHiVJPLwfU5LeeDQjmyy5A2IgJLykqoR0Hs/6ZB0g3BUIvK"
    "MvcNfTCQhOYh7S5qE7euoOb9Fa1GxRZYPrvnYh8VyTLNKGiHYdaRgSpOBQ27kJK3oaywqR"
    "ahsdaQFSLW6A/FvdP40eHFISYMZJgei7QcaJsejnBHGzRo8MC5rj86AQe7t1gTN6hJTnGm"
    "Tn9B1XxfCQ3pJP0hr+YQkuRAUmTwI5n0AsTyC6cxfLyBqi5Fxmmcvb02ghf9IwLec0y5xm"
    "KvnuBXiSJQiVOb1JI1Tc6TEObMzMnRHaGB0ftknGEe5hzj3MzxTjrd4sn0t0mIojywt0lu"
    "3/mDFHPPeOPpJ3dNjEvSe+96HOLhTimPCUAeWga2NZARSBLi8U6ch2xL3SWfBKTzrYlYD0"
    "hUdXRA6ze3j8g9l7T3d/PzD+cgBPCLvfE6V4asYLmfxRD0AeQPIORuBk5lYE2hOn6doMFC"
    "K6EKiOEmvjSTu74m0CElGWmJtg8wxFnvzspoRMi4a7+J6/H2/dBKPboogmUixkid8h7+nr"
    "CmvXaKW/IlGT0atirdzW3hZsJhWBOuqzeVZTHkJzeicYHkLDQ2h4CM2uEBr6/9goSM8p5b"
    "VnOlQjHEPTuKlADE1nWcnI7QMXITrHeJkrJ+rlKicjLiVmZg1VMgXDVpNk9/QEmhGy802i"
    "eQXRZw2yl3YqlQ7Mq2aVBmc3s7Hn+Kk1ncDzPLwK0rDBKHheAUaFhPpIgODcXi4r7UjV8p"
    "sKBtfrGjC20aLBhXClJXZaUHQe1ylVxuDCY7OaR7OdUzSbo8GkZo+NrirSW1G+JXZ0RA4a"
    "UDBSMPSFouXl4wSKTgqT8d2AbIGBfubasN+dzoThuHsPUSsqFk1LgNIkELFy9w8huEEu3g"
    "R/j2QznkUxBdjaX5KKLeo6+Tot5UQfpIuwdEEID8VT77R/XB/Hu/F4GFoU7wbRdLs0Du5D"
    "lULvZzxOisNWdEOxEuZUuqNRgIS748ey6b+SbxeK+selUHMXRO7MdSyMd7gcRUdnCdbXXI"
    "4bjI3orCbYlEnNvQpY8CrIYvmGJGkl2XQvLPvovia4uEdHAs4PovY20+FvyS4dbFlzdgxu"
    "+l1CxPq4/UoDRh+WhajPlwOlblBOfMegiA4l29xyyb0XM1C67awVOXE8r4JdC0EHnNDM6n"
    "WnPXIWgetCDP4/d5pch+Jigje6YV0l2Fr9m9e7jKyEtYLht8tgXSUURG62dOMNOYRg5Gy2"
    "pcrc7ohtCWKgxQZoPG7Ej2hp6GtaGnI4mCaZS/fr7H375+8RP0vnIY5xhecX5MZRbhzlxl"
    "FuHD2pcXSlmO4OlHgoTbeSxgjLUU2edhE+sFn0Ui3RAYmh0251IJujI2udHnJzgyWyFKXk"
    "mEqxkwVoLq6eVL2WAeJ6LRViuBUt3kUPsIU2lCgtD/5nZ6+ICw5B+T03o0OknM8s83klmg"
    "LBwFIkMcHsvNO0FSU9onVre+VszVunTK7B2HTiSQrYxXWHzYXHIB8wBvlUMfSMLQ0lh9Bn"
    "MamQvZV8wp5GFaoThn4uaEwfNKjJByxNw+6h+Z6GfdsuU90g8j7qm4WhlI8IOnJXOX7thA"
    "KBCpyMM/R1MEUW/mGh73hjoQU2FRnTm5purEVVMbGMXkTVxsmVgw7xkMTaQb59gcgdayLz"
    "xeoFcU0818RzTTzXxHNN/Ck18d7qnGPF9Sm4Z2P0wCcRWSCP0tdrzxW+7yp8L9GMwYyNiE"
    "pzApH98iAcIrq4EVyttbN47tfa6a77cC8JZ81eY0OREg7Uqi6mLLsxygjgSyA922N1EsT3"
    "46e7YR89Tvq9wXTghjht9056M6zanPS7wwje5DMThJz0Ie21v7jRfAgD3BIbWJNyLxsxwo"
    "sD+yBLhw+bqifgvWPpiFHypSPD0uGjtlKeVwUB90g54hkQX6ric/JC8n7cokd7xLXEUYbl"
    "XFGuRuPJA0QUOtRz7evgy9dbBONkrg3H324RmaNzrXvntRMXXsvH8XQwG/wGoaq6qUAg31"
    "zrTcilHrQLmj9PH6MI7Mi7LwRpLm9LKB3iHf5zqWf3Xa5z3LKYaILx1Nh7Wr5CrvlnhnFW"
    "01dodOW2ex3SpvOAZVgbnWSRnw1dsx5FOnBiBp6Ultc7k9ZBM2HjtXvX2jO3Ww0JysS1b9"
    "pzu9PpNKkHY8OxypCR9HZLrS3Ox8FV+AUjTCZIoMUb/FYMBMqja7RRbdNpjl/RK4Z0ccYb"
    "0rW4AeiIz+VZ6rj55+Qqf27+8bDk5h9u/kk0/3iLex45PUhzRDndktZCrVLt5D1wBXc62P"
    "sqkHypKmXMsHVoLZqzWAuwcMd5kJ5UK0LGRl6tggnQguxpLBotqKW7aHgZtZp1mhhtyzYi"
    "xCyr8LddqbKcP8vSLVElHDOTVlmI9BDVZNaGCaOcdSg/uT1clgqp3xs8dIcfqrXrWsRp2e"
    "PHTSWW+IqlyoBnL0LGTsJ5jmuZXEbHGp7p5M8BHEbZYsch/UX3PAtr9lXiyZdcv951zl17"
    "Ld7PGKAhSEz65p0h4SM1pIkvyjN1V71G5kp/1ZClOz6HuopNul1hOSFjwJ6d8bMoP4ue/P"
    "zBz6JX/CzKz6K7zqKn9Z276BQAlmIlJW1Ox3ZLwLL3HJlK7bosQS7lRmPfdPTlH+0VKUkA"
    "Tsfca39xts8DZPoXrQSPjHRovfYXB22tUsmALWmVCi69F8leAVY83ZCxkUP6DRNxz/CoZz"
    "jP2nzsrM2iUSD02uAJhXMFXhvlxF17yofzQjd7zLXxbsh1loBgaaWospGUVihPRPBlYV1e"
    "dlWqOIpDmzuz6kRXC503WVVXJiZW9T4ymlcVdIRJOVUB3JSUqkASz6JKrxruU8rKnuqld0"
    "hQfwYyP6RrQAOJJrKkTd1gw9Q19F0LqCchthrynVbEOjm+VCqNj9desUfRCpSS1DCWTSAi"
    "B36JhmavkSkusfqWlFP1gE/KknCVYslzq3I1KlejcjUqV6OePLdq/qSqrGdTvYLdLLiZDe"
    "6LaPl4dtWsC21HrjsqVTZgJsAk6qOyRQf51EfUANoaFcdyKgKvHrrDPhQcU/Fc+9x3fi2x"
    "8/tp9Oto/G10i4J95+RNltDE9MDEWFjiQjGsFTiiJcwC2HqSZ0GYate2w8xJ9cqr7tgi/4"
    "MdB4M7Yau6zMaEXY5PZNeIagtlCPVeYEOQlM0qaeDP8I9UATpOW2jYHw3XNhYXtOypDPU1"
    "pSpYdJatbU3NBXj9NRvtVkn+frP+32ehzTzm77fd0Ifj0RevedQJMI1jFJ5chp846YH4dU"
    "k2TVqFs8D0iNKxPTWatZsFLDN18RwnhYN17gkRIeOT4d3JQB5niZJlFpgPCaRsT4nGYkGG"
    "fkNqYDgJNKACs7Sk+8dCjE8PBM7ZLM8RcrIjh78ExXP6/AiQsGvRhnDDOpzNb5Y3RF5qtG"
    "4K+WXUGo0sFu5GI93CDffCmMtYwqJZSGESIT2blPKwlyxadJqI1fwKk/NVkMS1ZTLcsgR3"
    "4YsPgJ32+Dgx28nmqQwh18hkxLIcXDD35nuJtvowqIJBZlg+36nUDthdH1ny+LHE54QNKD"
    "38zGvPRtwZPK9A3JkTU9ZatDIWDTp2BBmoZYsr9uPU57NVubrePfT7575d5QjESgi72jNl"
    "/F5BV6y6iYROS6Kq7olRj3ThJAm5VJAM+nUllXS+bKh47etMMPl1h8uoaXFhyZTCejNDJ2"
    "+/3hOmR6eXSwXJXJvCGpum+JzktpcHqOnafHA6YkYGOrlf5G4/Omx4IkKSK51/93qnN124"
    "XTaHOpeCJqFCpi2tkGiiP/5wPfNubW1NVtA//virGwcsGqQVtrxsVmZCXZTyuuWRxtxF7v"
    "SeG9xFjrvIcRc5HmnM3eFKnEitmzqZPM1GZd844wO4xhm6vcmD+ZaAcdAbtc4SLBbgFtSo"
    "VSDpF5ayrl4HCO7eKzsSD0o6XVCSL9/nDE3yCeMBSpQsfITJFKa0PZyln67cc3vS0co/0u"
    "84VwUaZUnVRD7AdktCuucdRNCGIo+KFogTEjWZnH5s8hUQLCQiGW9Ew1pDcxo8tFHfIN6o"
    "08AY0vl1wA2jUwFr402l+TExr9Pxnpwlisnv1uU2mVSWbfLAJn5q46c2fmrjp7YT5yrGL9"
    "hQrLdkUff9IJAg/dmViXmafOmPZrfINp7dAOTTVyBxt8ei7NhSH5EZ+gbnDsgZP/ZHtwgo"
    "59qk/zgc9O9vqdChYHmu/dafDD7TSzC6lvRabziewhVJ1Ykswwazgh8V41i6d3CEjOUTY9"
    "5jxdE8fKmAmgf0LcEFeK+dBGxBJrJ+fpkhSns2HlOlcINtcSAuG7pLcEE+K+fnF/dTctnb"
    "VQuwOULK+cwyn2PKl4xalRgdL2uXmAyPatfyZsMLEnFcE3B1nCTzFmEM0PAkg0mgOtvz4i"
    "13dcswHQc3Di74quaDNUDBAY0DupUy8g7XOCGHN0PG0W0GvjDMuVOOBhL+ndkmtsMsGkk7"
    "Gty/U/KORteGEpDN6cvO2ADOim5gWcwArbENgCgJ3MwRFWcKb0hKygCwfw4oAeT7UGcXuj"
    "zETk6ZhrEnYpWA8tQSl8tLHsERcTQDvgGZgAP8HsBxAYqpouN/s0VD1CxFw7K7WCc49MQb"
    "Xe9y7fmn31zwt5QsoRNOa7Q09DXSbctUZIwsSAQs6bYqI0230AKKfZMxJl+j73hjOcmCaU"
    "k1Gk6PbPJglfwg3Eus03aYZyR47vx+Zeq24Yx8sny5Nl38w8KGJqowFv6Lx11wD54jbs7c"
    "g4d78HAPnnc9eLardlZXdZ/iIjwPDl1yzN8MswLsU7AMsKfKQH9BL4qpwP/JG6BPn2JSyI"
    "lwD4geecAPk7HMgYJDvFrLkm6YtEr3ZKrFUg5vxDdVFxOQTk9YFCA5fs6i01iAD5KTKC0z"
    "1y5fpuOn4rog3zHRsvB6k5QwI722fYDkeEbbKtNnleAINnX1paDbUIiU+5OwI2rGzx3mmy"
    "YJhq3ls8lFqLhB7l2DnIdYGepK0tXEzpJ1jDGIsyosI6MrpK0k74BGT8Ph6bSV2ITv1kTF"
    "wFeJmspgg+vdWspo0wwKyhdsQBwlllGI3A/sa9RbrY+f0Lalo1pciSYSNfOVXEOKiTQI8k"
    "BYViBYUHwmzEhSVB70WYkKSy+FgNsfV1ByBSVXUHIF5anGAldQMpgY5mDc9ve0ud1aViGR"
    "RrtSLaI6Kz97ibchZt/kAhT8eBtz71QsNdcQ3hKc0RjeLwPPYXSShv5siOtk5N8Phg2QHz"
    "HmT8KaZXgvk5kXvf5oNunfIod6rk27s8H0c7c3G4xHt8gULcVcijRF+1y77z92J7MHGroc"
    "9tA6fUTsGYYvy4a4tPLy637S/QzwA+1ce3y6Gw6mXyE8eWMvVMVcQcTyhGy9Eyeu2SIHIR"
    "6zXIw/OVnDrNaZnGiTkg+n21e2BGddEcJJHdRqwk7j1JFqSVAyp9Fqk7/1SqVK2lQqHWjZ"
    "6nhXGkupAXUkoLCKc6XZrGPYn6BoW7PVrNLahs2SilAdxK5jSjp9nxwsD5CwwXR4bAGmtx"
    "dQD8nJL9fuSDf0oMwom8jKLCzVnMVaQkRssKrg/CTSH8zAZrMDVcXwtk4oi2zLkSyQ11zg"
    "NRcOBhNebyAZYllQud1dElyHtKrQjJQJxhQvU2W6DcXwWmQwnfy3vqB56cF+4dTCbGF5CT"
    "IJbG2QBBHOzI32NQKpRIZ1cyHCilmvL5x61tfgS/XxFimWGciGb9LMiyv9lTzaIPeQibG5"
    "zdQI2vUk48qJ34Yn4ee2lpNrq7itxcOS21q4rYVBWwtDSfjLd0c+bRL+Q0AL5/QOVLFt11"
    "q1fQ0A5QO+U1G5o2rtxSkqj1CrlgoapqRvUob4+6r7cA/HVN+HLSA5hn93OLxFoqqmWVTm"
    "2ois0oQrupaxmu2hdfeurifh2LmrunaAivmy2o1qG/S+yyYOL043GBanRh1D1ftarUI1Vv"
    "vXrd2z3HYOfdSeB+KAUTRSdyE0DnKXsAiXlWNhVyrDQTSxkEX4U6PlLPyaIOFCFrFqFdFy"
    "FoFKFyUUsoiL92QlSjKo5ub0A+nn4nnsfWRW7gK4ufhKCTw1UvbSJBETuZNAYk+GZk1Ecd"
    "4c3X5lVpZSeHPx1KHIz9SdSsrp2rwTLWl1laCo3N673qWshFKsi22zLDVnpg9TJInrjag8"
    "a7eB8i9r6IUwBRyzjbdrcsfTYFPtn4hMaYVlW02q41lWr1yDyDWIJ9cacQ1ioojBNYg/x1"
    "jIokG8xFqTBTUt5ftl050yjm66m8mWgA0Xk4LeQM2KWIeakxXHpWvhOXz5blx7H+QP5MDl"
    "CDBFVsYoLQ9sZmfRi++ABpZsw8BavkQ6YSp2Nc3ghVmVZFrAUc7v2XXoVfHn9Bmf9r7275"
    "+G4B++XSvI1f7ofjD6Qq5hTSZMmWv3VAct6xqea73uqNcfUhoJwFBVVrzKLd1y6rFlPKZt"
    "2x8v2qhyKKGh5Ggj73yVN/V5jI4nWkgI5XJVFDmz9YepeNWO91NYWAGnxn1TWKzNC3SRvI"
    "6mPg+PsQx5jf0JXwbIl53WOLY45s5qHLTImKb4vK/3LxnVD05Hl4P6Qd1+A4Al69QDcO7W"
    "qq8DDd/Vq481TFXglo6IDEZear3Axif0h0xEtg0Gy8IfkLfEYQ3VfJtuDfWuqrzZGhJNNL"
    "atQUJy53K7zlKNndoTeCF2rnfneneud+d6d4b07v6an0cDFaZi19W0oAb+MFklCEZYkJQN"
    "bJIxrNMj4KN0F2HxOHYQvAMi/dg84zxCdijoTzfSy9eqbkRDzJdvwKc4X2tTGQP/MLak81"
    "NybxwVdF4196Onwt54Kuzp093DYDajqm57sVYsC1Td9/3h4Lc+TZBCTmnKCzbg6ufugOq3"
    "l6LiKMR/HTw+UsrvymbDirp7ofxPzrT0PkUhDh5HAQDiWYs6Wtdo/obGDYSVNmVMrtearc"
    "E9+nCn/M9A/siG4Qgbhm4IeWOewlTsWu2Y2UkcwAJKk3xIBwgvDuxao5ElGKfRSA/GgXtn"
    "mp7+XCxq202niB9HhJb7cbBziI5rVLaCRAFOR2k5p1nmdFCTnXGRDJJw23h8mQyXts4Iap"
    "iIw5rgcuDXtM7qbuBTcEC5D8fJfDi20Uf7O3Bs453Oa+hmdS8Ibi0ZPDcsNznanrjmzLV2"
    "ptgGVsMM0Lr7UQnoPvo9XSaw4a07y7DlPl2H8Ok6WNKA99xpthxI9qcJMmi3Q01wYGSOVP"
    "WjRTcbQ3/BMlq80arlkmgYCjbQB9fLZdsQdHaOGwwZawhe+GNqxGp5vfPIVe5Bc3KvCe5B"
    "42HJPWi4Bw3PfXdcCxAPCj4guBKB4llPigvO5hsQpGcZ8KvPk35f6A0Ho0GP9GhgLEiqoi"
    "nSXHvo3w96XafWzRrLiiQ6lW4m/d7Xfu9XqKAirbD0fa4N+73ZExTKUbFk2VAp5/N4OBx/"
    "e3okXdLjsL0pYpwu30UApE5FxsZWOM5tqE7vgWk2J/kQNMUalPBotZbsFUsDcV/Iu8KFiB"
    "hnR6uFZa+2Q2vRwk6qzyLgl5/kkzzOSlTXpPthBkgYBz446p3Eho3FokNL1kiQzFBu08Bs"
    "erdDy280JPT//gXY/JmNPcd233wRDQVgzOVXGCJiw7WwSK0UZl0LFVOA0nAvCQvYzrygIb"
    "ojZgb1JOPjQn+8VJ8RA0oJgYJZrSesic6pcYLhBJdHD6c8G5wOqgCmEb9Jql8vFHiH0nfb"
    "JEMllQ02TLL4vq50pOrPJlI0T1b/xd4g8nKadY0ISJZuXJOXNKAXUV6TowH0Ta4mFUQpp1"
    "Ou2+W63ZOLiVy362HJdbtct5uo27VNbOQ9ogdp2NXxwvm8SeuhLhsNlk7ml6jzhcW2I9dZ"
    "gnkjmuarTmS5lWgm+Frt0A5GCVkGnqXwii1w0krUngttMCldcI9xdraQuDxhKZaaa0XbEr"
    "AbtgQlnCo3klO26S9kXZM6LdAj3rCyutG4bfzDwppXBiNfyHeIlGk+OMWumy2oTw4VlNlg"
    "wOXrBgH6SgOmQKPWpjs79soFtStLOShe7a1T31OHGGSMqkvfcYIKYSdXfCLmCzlFC9PCQa"
    "ZCy9J2RJb44MSZC6r+rCQVVErV6MTomA27hD1iCSHcLYzlyGmjUycsacs18u/mghqrGq2s"
    "5f9KjupwxrZga5aSkEh2tzwWpT0bQQx4U8UiNZaHpggE3Nfg76JZy68JuCSxTRVNy5lmBQ"
    "T1GPHZjIyfUkT3ay/mi+2K0fGwuXeDu8J1M/cM57gPdXZeOGcN5ogNsj1SyEK+BvK1sgAm"
    "qbRijnnMn105exnHM8E/4iSpqntC1CNdTLCkG/KFYmTQj9sTJS+m8KKRgpDCknC6rNjLqA"
    "crefm1YOCNquzrn/HodHbhUL1gQ1m67sscsB2AbYtbHtE76ixxwmVIB9SjZ4oL13lmFak9"
    "3aMCKc5+kI4FX8Iro+ByLpmYLTefHSJxYpHe8KdGK/U64Pplj8P1emNidbRob7Cgb6xqb/"
    "gUU7DEtl9KeD+OT9wSwhfNa+8jo1xO42+g5nIuzuaqx5xg7XNjZsrg61bW2yNjwVnxOOmD"
    "o/wWTYiBwYk1uL1ILCGSACHjANhSec/IPA4y1OUOboVpzq+BrfIdH1jBDDTN4AtrYoPIiL"
    "+YiowR1Usit4O/IlFDoiSRX8jSv2MNKn+8iKoiI11T39DrSlExUizTIyD3k/xiy39Alroi"
    "QUYa+EX/7vhE5Kst8vQ0uM/hPmvbivwJaA4zHQNhI/RJ8OfmFDEjjtHXUcsGFa7007k7LX"
    "en5e603J02nzutgZeks5VA94HcnofJ1Oy62BZ0Piw/0phaI02MC1syA7TnMw1/Sksm/rFR"
    "SHcFGB2mPB82g88PliHuf7HsgMuJ1AJ3uOry53ZfCEjDOQdCmJI7LpwDl4nIYOZzc41TMl"
    "wfpOBOegC31k0ejJ3W7HoPMyOgQMiUQGNn88Abpro4mA8ShBJUmGR0cgqS8OzV7zs4+Qrp"
    "/XybslbGZg3erH5NwXGVqGQ9VYLaN02a2MlKWvfW9U79LGkkGHZG1SzUYt6QF0BLQ1+Dql"
    "S3LapENXXbkDD68HUwRS8KfjWv0ddh6xp9/jqYfKT5Yl9XooUUC8lKSo3nkvrNpIilvUJr"
    "wlbDKqKG5UkMeBIDrnUNteNaV6513V/r6q/NWSVrn+ICg7vLPxWeYY1VIp9oBWqsTp5GI1"
    "pj1aWHGqu9Xr9/79RYlSSMZaie+tidzAbd4S0CLxlFVKP1VTPOyQOnSn0lEJGZRCWWvMtk"
    "lJbrydhZAePbocstrCXInZn47FJyLjPNZYK6sRaNhBpH7zA5SHg2PKYZj2uSF0Lb6FRutp"
    "HPtXoFQm7bNwjOefuJRpc0RAKn05xjJEx5PnLxT7kSLCHf4qoQnyOkZ7Ma/Jx8xhDKkUeZ"
    "FKBgNnPCkTVKAbWcZmJY5PIo5wIkHNAooK4yJQeeAQoOZxROA/83lvLhGSThgMaSn4jPgo"
    "nJQ5LCd1MxjVDxpAdxYLFh6EYc0vTqEluCC7Bj75IwyqoOETPAZkl/8E9bNETNUrTEDFg5"
    "Ahv/5nd0cQHrh7StdrGhSKurBNOqe+d6l2VV9Nu8Z1dNh4GnXmfLavmCjbwpGgMkF2ifOI"
    "jfD0yqHAi7zS8Q3WqlksWMUKmk2xHgXsZqUunFidKrSR2hNNFptAulFSHKsfeXv5n9+X8h"
    "BftP"
)
