from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL /* 时间 */,
    "actor_id" INT /* 操作人ID */,
    "actor_name" VARCHAR(64) NOT NULL /* 操作人 */,
    "action" VARCHAR(16) NOT NULL /* 操作 */,
    "success" INT NOT NULL,
    "resource_type" VARCHAR(32) NOT NULL /* 对象类型 */,
    "resource_id" VARCHAR(64) NOT NULL /* 对象ID */,
    "summary" VARCHAR(255) NOT NULL /* 说明 */,
    "before" JSON,
    "after" JSON,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "request_id" VARCHAR(64) NOT NULL
) /* One audited action (审计日志). The application only ever inserts these rows. */;
CREATE INDEX IF NOT EXISTS "idx_audit_event_at_500752" ON "audit_event" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_i_1a08a1" ON "audit_event" ("actor_id", "at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_resourc_bbdb47" ON "audit_event" ("resource_type", "resource_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_48d514" ON "audit_event" ("action", "at");
CREATE TABLE IF NOT EXISTS "department" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE /* 科室编码（HIS） */,
    "name" VARCHAR(64) NOT NULL /* 科室名称 */,
    "kind" VARCHAR(16) NOT NULL /* CLINICAL: clinical\nWARD: ward\nMEDTECH: medtech\nADMINISTRATIVE: administrative\nFOLLOWUP: followup */,
    "phone" VARCHAR(32) /* 科室电话 */,
    "sort_order" INT NOT NULL /* 排序 */,
    "is_active" INT NOT NULL /* 启用 */,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT /* 上级科室 */
) /* A clinical department (科室), ward (病区) or office of the hospital, keyed by its HIS code. */;
CREATE TABLE IF NOT EXISTS "diagnosis_code" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL /* 诊断编码 */,
    "name" VARCHAR(128) NOT NULL /* 诊断名称 */,
    "kind" VARCHAR(16) NOT NULL /* 类别 */,
    "pinyin" VARCHAR(64) NOT NULL /* 拼音首字母 */,
    "is_active" INT NOT NULL /* 启用 */,
    CONSTRAINT "uid_diagnosis_c_kind_4763cb" UNIQUE ("kind", "code")
) /* A code of the diagnosis library (诊断编码库): ICD-10 clinical edition, TCM disease or syndrome. */;
CREATE TABLE IF NOT EXISTS "exchange_message" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "direction" VARCHAR(16) NOT NULL /* OUTBOUND: outbound\nINBOUND: inbound */,
    "peer" VARCHAR(64) NOT NULL,
    "sequence" BIGINT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "payload" JSON NOT NULL,
    "signature" VARCHAR(128) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENT: sent\nACKED: acked\nAPPLIED: applied\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "error" TEXT NOT NULL,
    CONSTRAINT "uid_exchange_me_directi_b836c2" UNIQUE ("direction", "peer", "sequence")
) /* A signed, sequence-numbered batch in the outbox or inbox of the intranet-extranet exchange. */;
CREATE TABLE IF NOT EXISTS "menu" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE /* 菜单编码 */,
    "title" VARCHAR(32) NOT NULL /* 菜单名称 */,
    "icon" VARCHAR(64) NOT NULL /* 图标 */,
    "path" VARCHAR(200) NOT NULL /* 页面地址 */,
    "sort_order" INT NOT NULL /* 排序 */,
    "is_active" INT NOT NULL /* 启用 */,
    "parent_id" INT REFERENCES "menu" ("id") ON DELETE RESTRICT /* 上级菜单 */
) /* An entry of the admin navigation, shown to the roles listed. */;
CREATE TABLE IF NOT EXISTS "patient" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "his_id" VARCHAR(64) NOT NULL UNIQUE /* HIS 患者ID */,
    "name" VARCHAR(64) NOT NULL /* 姓名 */,
    "gender" VARCHAR(8) NOT NULL /* MALE: male\nFEMALE: female\nUNKNOWN: unknown */,
    "birth_date" DATE /* 出生日期 */,
    "id_number_cipher" TEXT /* 身份证号（密文） */,
    "id_number_index" VARCHAR(64),
    "phone_cipher" TEXT /* 手机号（密文） */,
    "phone_index" VARCHAR(64),
    "contacts_cipher" TEXT /* 家属联系人（密文 JSON） */,
    "address" VARCHAR(255) NOT NULL /* 现住址 */,
    "deceased_at" TIMESTAMP /* 死亡时间 */,
    "do_not_contact" INT NOT NULL /* 拒绝联系 */,
    "do_not_contact_reason" VARCHAR(200) NOT NULL,
    "tags" JSON NOT NULL /* 标签 */,
    "his_updated_at" TIMESTAMP /* HIS 更新时间 */
) /* A person known to the HIS (患者), with what follow-up needs to reach them safely. */;
CREATE INDEX IF NOT EXISTS "idx_patient_id_numb_c97810" ON "patient" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_patient_phone_i_9b21e8" ON "patient" ("phone_index");
CREATE INDEX IF NOT EXISTS "idx_patient_name_6f1019" ON "patient" ("name");
CREATE TABLE IF NOT EXISTS "permission" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE /* 权限编码 */,
    "name" VARCHAR(64) NOT NULL /* 权限名称 */,
    "group" VARCHAR(32) NOT NULL /* 功能分组 */
) /* A permission code such as ``patient:unmask``; roles are sets of these. */;
CREATE TABLE IF NOT EXISTS "questionnaire" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL /* 问卷编码 */,
    "version" INT NOT NULL,
    "title" VARCHAR(128) NOT NULL /* 问卷名称 */,
    "program" VARCHAR(16) NOT NULL /* CENTRE: centre\nSATISFACTION: satisfaction\nDEPARTMENT: department */,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft\nPUBLISHED: published\nRETIRED: retired */,
    "description" TEXT NOT NULL,
    "items" JSON NOT NULL /* 题目（类型、选项、必答、显示条件） */,
    "scoring" JSON NOT NULL /* 计分规则 */,
    "red_flags" JSON NOT NULL /* 危险信号规则 */,
    CONSTRAINT "uid_questionnai_code_5a8489" UNIQUE ("code", "version")
) /* A versioned questionnaire (问卷). A version that has answers is never edited again. */;
CREATE TABLE IF NOT EXISTS "followup_template" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL /* 模板名称 */,
    "program" VARCHAR(16) NOT NULL /* CENTRE: centre\nSATISFACTION: satisfaction\nDEPARTMENT: department */,
    "match_rules" JSON NOT NULL /* 筛选条件 */,
    "schedule" JSON NOT NULL /* 随访时间点（出院后天数与窗口） */,
    "channel" VARCHAR(16) NOT NULL /* PHONE: phone\nSMS: sms\nSMS_THEN_PHONE: sms_then_phone\nH5: h5 */,
    "assignment_policy" VARCHAR(16) NOT NULL /* ROUND_ROBIN: round_robin\nLEAST_LOADED: least_loaded\nBY_DEPARTMENT: by_department\nMANUAL: manual */,
    "is_active" INT NOT NULL,
    "priority" INT NOT NULL,
    "owner_department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT
) /* A follow-up plan (随访模板): which discharges it takes, when, how and with which questions. */;
CREATE TABLE IF NOT EXISTS "role" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE /* 角色编码 */,
    "name" VARCHAR(32) NOT NULL UNIQUE /* 角色名称 */,
    "description" VARCHAR(200) NOT NULL /* 说明 */,
    "data_scope" VARCHAR(16) NOT NULL /* 数据范围 */,
    "builtin" INT NOT NULL /* 内置 */
) /* A job role (系统管理员, 科室医生, ...): its permissions and how far it sees patient data. */;
CREATE TABLE IF NOT EXISTS "sms_template" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "category" VARCHAR(16) NOT NULL /* FREE_CLINIC: free_clinic\nMEDICATION: medication\nRECHECK: recheck\nLECTURE: lecture\nFOLLOWUP: followup */,
    "provider_template_code" VARCHAR(64) NOT NULL /* 服务商模板编码 */,
    "sign_name" VARCHAR(32) NOT NULL /* 短信签名 */,
    "content" TEXT NOT NULL /* 模板内容，变量写作 ${name} */,
    "variables" JSON NOT NULL,
    "is_active" INT NOT NULL
) /* An SMS template approved by the carrier (Aliyun template code and sign name). */;
CREATE TABLE IF NOT EXISTS "staff" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(32) NOT NULL UNIQUE /* 登录名 */,
    "name" VARCHAR(32) NOT NULL /* 姓名 */,
    "password_hash" VARCHAR(255) NOT NULL,
    "password_changed_at" TIMESTAMP,
    "title" VARCHAR(32) NOT NULL /* 职称或岗位 */,
    "phone_extension" VARCHAR(32) NOT NULL /* 分机号 */,
    "is_active" INT NOT NULL /* 启用 */,
    "locked" INT NOT NULL /* 已锁定 */,
    "failed_logins" INT NOT NULL /* 连续登录失败次数 */,
    "locked_until" TIMESTAMP /* 临时锁定至 */,
    "last_login_at" TIMESTAMP /* 最后登录 */,
    "must_change_password" INT NOT NULL /* 须修改密码（重置后） */,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT /* 科室 */
) /* A person who logs in: follow-up agent, doctor, nurse, administrator. */;
CREATE TABLE IF NOT EXISTS "admission" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "his_visit_id" VARCHAR(64) NOT NULL UNIQUE /* HIS 就诊ID */,
    "inpatient_no" VARCHAR(32) NOT NULL /* 住院号 */,
    "admission_times" INT NOT NULL /* 住院次数 */,
    "bed_no" VARCHAR(16) NOT NULL /* 床号 */,
    "attending_name" VARCHAR(32) NOT NULL /* 主治医师 */,
    "admitted_at" TIMESTAMP NOT NULL /* 入院时间 */,
    "discharged_at" TIMESTAMP /* 出院时间 */,
    "disposition" VARCHAR(4) /* 离院方式 */,
    "los_days" INT /* 住院天数 */,
    "main_diagnosis_code" VARCHAR(32) NOT NULL /* 主要诊断编码 */,
    "main_diagnosis_name" VARCHAR(128) NOT NULL /* 主要诊断 */,
    "tcm_disease_code" VARCHAR(32) NOT NULL /* 中医病名编码 */,
    "tcm_disease_name" VARCHAR(64) NOT NULL /* 中医病名 */,
    "tcm_syndrome_code" VARCHAR(32) NOT NULL /* 中医证候编码 */,
    "tcm_syndrome_name" VARCHAR(64) NOT NULL /* 中医证候 */,
    "operations" JSON NOT NULL /* 手术及操作 */,
    "tags" JSON NOT NULL,
    "his_updated_at" TIMESTAMP,
    "attending_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT /* 科室 */,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT /* 患者 */,
    "ward_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT /* 病区 */
) /* One inpatient stay (住院), from admission to discharge, with its diagnoses. */;
CREATE INDEX IF NOT EXISTS "idx_admission_departm_08a7fb" ON "admission" ("department_id", "discharged_at");
CREATE INDEX IF NOT EXISTS "idx_admission_dischar_8e5105" ON "admission" ("discharged_at");
CREATE TABLE IF NOT EXISTS "diagnosis" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* WESTERN: western\nTCM_DISEASE: tcm_disease\nTCM_SYNDROME: tcm_syndrome */,
    "seq" INT NOT NULL /* 诊断序号（1 = 主诊断） */,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "is_main" INT NOT NULL,
    "admission_id" INT NOT NULL REFERENCES "admission" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_diagnosis_admissi_fcd535" UNIQUE ("admission_id", "kind", "seq")
) /* One diagnosis of a stay: western ICD-10, TCM disease or TCM syndrome (证候). */;
CREATE INDEX IF NOT EXISTS "idx_diagnosis_code_b873cc" ON "diagnosis" ("code");
CREATE TABLE IF NOT EXISTS "discharge_summary" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "his_document_id" VARCHAR(64) UNIQUE,
    "admission_condition" TEXT NOT NULL /* 入院情况 */,
    "treatment_course" TEXT NOT NULL /* 诊疗经过 */,
    "discharge_condition" TEXT NOT NULL /* 出院情况 */,
    "discharge_orders" TEXT NOT NULL /* 出院医嘱 */,
    "discharge_medication" TEXT NOT NULL /* 出院带药 */,
    "signed_at" TIMESTAMP,
    "admission_id" INT NOT NULL UNIQUE REFERENCES "admission" ("id") ON DELETE RESTRICT
) /* 出院小结 of a stay, as written in the EMR. */;
CREATE TABLE IF NOT EXISTS "followup_task" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "step" INT NOT NULL /* 模板中的第几个时间点 */,
    "program" VARCHAR(16) NOT NULL /* CENTRE: centre\nSATISFACTION: satisfaction\nDEPARTMENT: department */,
    "channel" VARCHAR(16) NOT NULL /* PHONE: phone\nSMS: sms\nSMS_THEN_PHONE: sms_then_phone\nH5: h5 */,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nASSIGNED: assigned\nIN_PROGRESS: in_progress\nCOMPLETED: completed\nCANCELLED: cancelled */,
    "outcome" VARCHAR(16) /* REACHED: reached\nNO_ANSWER: no_answer\nBUSY: busy\nWRONG_NUMBER: wrong_number\nREFUSED: refused\nDECEASED: deceased\nREADMITTED: readmitted\nCALL_BACK_LATER: call_back_later */,
    "cancel_reason" VARCHAR(16) /* DECEASED: deceased\nDO_NOT_CONTACT: do_not_contact\nREADMITTED: readmitted\nTEMPLATE_CHANGED: template_changed\nMANUAL: manual */,
    "due_start" DATE NOT NULL /* 应随访开始日期 */,
    "due_end" DATE NOT NULL /* 应随访截止日期 */,
    "assigned_at" TIMESTAMP,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "started_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "admission_id" INT NOT NULL REFERENCES "admission" ("id") ON DELETE RESTRICT,
    "assignee_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "followup_template" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_followup_ta_admissi_b949bb" UNIQUE ("admission_id", "template_id", "step")
) /* One scheduled contact of one stay by one template step (随访任务). */;
CREATE INDEX IF NOT EXISTS "idx_followup_ta_assigne_8b22ba" ON "followup_task" ("assignee_id", "status", "due_start");
CREATE INDEX IF NOT EXISTS "idx_followup_ta_departm_39c655" ON "followup_task" ("department_id", "due_start");
CREATE TABLE IF NOT EXISTS "call_record" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "driver" VARCHAR(16) NOT NULL /* 拨号方式 */,
    "provider_call_id" VARCHAR(128) UNIQUE,
    "number_cipher" TEXT NOT NULL /* 被叫号码（密文） */,
    "extension" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* INITIATED: initiated\nRINGING: ringing\nANSWERED: answered\nCOMPLETED: completed\nNO_ANSWER: no_answer\nBUSY: busy\nFAILED: failed */,
    "started_at" TIMESTAMP NOT NULL,
    "answered_at" TIMESTAMP,
    "ended_at" TIMESTAMP,
    "duration_seconds" INT NOT NULL,
    "hangup_cause" VARCHAR(64) NOT NULL,
    "recording_ref" VARCHAR(255) NOT NULL,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "staff_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT
) /* One dial attempt (通话记录), with the times of its events and the recording reference. */;
CREATE INDEX IF NOT EXISTS "idx_call_record_patient_17dfe9" ON "call_record" ("patient_id", "started_at");
CREATE TABLE IF NOT EXISTS "followup_record" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_uuid" CHAR(36) NOT NULL UNIQUE,
    "version" INT NOT NULL,
    "outcome" VARCHAR(16) NOT NULL /* REACHED: reached\nNO_ANSWER: no_answer\nBUSY: busy\nWRONG_NUMBER: wrong_number\nREFUSED: refused\nDECEASED: deceased\nREADMITTED: readmitted\nCALL_BACK_LATER: call_back_later */,
    "answers" JSON NOT NULL,
    "score" REAL,
    "notes" TEXT NOT NULL,
    "call_id" INT /* CallRecord id */,
    "recording_ref" VARCHAR(255) NOT NULL,
    "contacted_at" TIMESTAMP NOT NULL,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT,
    "staff_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL REFERENCES "followup_task" ("id") ON DELETE RESTRICT
) /* What happened in one follow-up contact: answers, outcome, notes, call. */;
CREATE TABLE IF NOT EXISTS "lab_report" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "his_report_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL /* 检验项目 */,
    "specimen" VARCHAR(32) NOT NULL,
    "requested_at" TIMESTAMP,
    "reported_at" TIMESTAMP,
    "has_critical" INT NOT NULL,
    "admission_id" INT REFERENCES "admission" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT
) /* A laboratory report (检验报告) from the LIS. */;
CREATE INDEX IF NOT EXISTS "idx_lab_report_patient_e5eab9" ON "lab_report" ("patient_id", "reported_at");
CREATE TABLE IF NOT EXISTS "lab_result" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "item_no" INT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "value_raw" VARCHAR(128) NOT NULL,
    "value_numeric" REAL,
    "unit" VARCHAR(32) NOT NULL,
    "reference_raw" VARCHAR(128) NOT NULL,
    "reference_low" REAL,
    "reference_high" REAL,
    "flag" VARCHAR(16) NOT NULL /* NORMAL: normal\nHIGH: high\nLOW: low\nABNORMAL: abnormal\nPOSITIVE: positive\nCRITICAL: critical */,
    "flag_raw" VARCHAR(16) NOT NULL,
    "report_id" INT NOT NULL REFERENCES "lab_report" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_lab_result_report__d075ad" UNIQUE ("report_id", "item_no")
) /* One analyte of a lab report, with the raw HIS text kept beside the normalised value. */;
CREATE TABLE IF NOT EXISTS "front_page" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "standard" VARCHAR(32) NOT NULL /* 首页标准 */,
    "fields_data" JSON NOT NULL /* 首页字段（按标准编码） */,
    "total_cost" VARCHAR(40),
    "admission_id" INT NOT NULL UNIQUE REFERENCES "admission" ("id") ON DELETE RESTRICT
) /* 病案首页 of a stay: the fields of the standard by their code, plus the few we query on. */;
CREATE TABLE IF NOT EXISTS "problem" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "severity" VARCHAR(16) NOT NULL /* 紧急程度 */,
    "status" VARCHAR(16) NOT NULL /* 状态 */,
    "description" TEXT NOT NULL /* 问题描述 */,
    "reply" TEXT NOT NULL /* 科室回复 */,
    "reply_due_at" TIMESTAMP /* 回复期限 */,
    "replied_at" TIMESTAMP /* 回复时间 */,
    "verified_at" TIMESTAMP,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT /* 处理科室 */,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT /* 患者 */,
    "record_id" INT REFERENCES "followup_record" ("id") ON DELETE RESTRICT,
    "replied_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "verified_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT
) /* An issue of a patient raised in follow-up and routed to a department to reply (问题处理). */;
CREATE INDEX IF NOT EXISTS "idx_problem_departm_fa984a" ON "problem" ("department_id", "status");
CREATE TABLE IF NOT EXISTS "sms_batch" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "query" JSON NOT NULL /* 患者筛选条件 */,
    "scheduled_at" TIMESTAMP,
    "recurrence" VARCHAR(64) NOT NULL /* 重复规则 */,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft\nSCHEDULED: scheduled\nSENDING: sending\nDONE: done\nCANCELLED: cancelled */,
    "total" INT NOT NULL,
    "created_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "sms_template" ("id") ON DELETE RESTRICT
) /* An SMS campaign: a patient matching query, a template and a schedule. */;
CREATE TABLE IF NOT EXISTS "sms_message" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dedupe_key" VARCHAR(128) NOT NULL UNIQUE,
    "phone_cipher" TEXT NOT NULL,
    "phone_index" VARCHAR(64) NOT NULL,
    "params" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSUBMITTED: submitted\nDELIVERED: delivered\nFAILED: failed\nSKIPPED: skipped */,
    "biz_id" VARCHAR(64) /* 服务商回执ID (BizId) */,
    "error_code" VARCHAR(64) NOT NULL,
    "error_message" VARCHAR(255) NOT NULL,
    "attempts" INT NOT NULL,
    "submitted_at" TIMESTAMP,
    "delivered_at" TIMESTAMP,
    "batch_id" INT REFERENCES "sms_batch" ("id") ON DELETE RESTRICT,
    "patient_id" INT REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "sms_template" ("id") ON DELETE RESTRICT
) /* One SMS to one number. `dedupe_key` is unique and sent to Aliyun as OutId. */;
CREATE INDEX IF NOT EXISTS "idx_sms_message_phone_i_718432" ON "sms_message" ("phone_index");
CREATE INDEX IF NOT EXISTS "idx_sms_message_batch_i_6c5aa6" ON "sms_message" ("batch_id", "status");
CREATE TABLE IF NOT EXISTS "staff_session" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "refresh_token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "last_seen_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL /* 绝对过期时间 */,
    "revoked_at" TIMESTAMP,
    "revoked_reason" VARCHAR(32),
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE
) /* A server-side login session; an access token is valid only while its session is. */;
CREATE INDEX IF NOT EXISTS "idx_staff_sessi_staff_i_8347b5" ON "staff_session" ("staff_id", "revoked_at");
CREATE TABLE IF NOT EXISTS "sync_run" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RUNNING: running\nSUCCEEDED: succeeded\nPARTIAL: partial\nFAILED: failed */,
    "window_start" TIMESTAMP,
    "window_end" TIMESTAMP,
    "watermark" TIMESTAMP /* 本次处理到的 HIS 更新时间 */,
    "started_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "fetched" INT NOT NULL,
    "inserted" INT NOT NULL,
    "updated" INT NOT NULL,
    "rejected" INT NOT NULL,
    "lag_seconds" INT,
    "error" TEXT NOT NULL
) /* One pull from an outside source (HIS views, HL7, FHIR) and what it did. */;
CREATE INDEX IF NOT EXISTS "idx_sync_run_source_496d9f" ON "sync_run" ("source", "started_at");
CREATE TABLE IF NOT EXISTS "quarantined_record" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "entity" VARCHAR(32) NOT NULL /* 实体（患者、住院、检验等） */,
    "external_id" VARCHAR(128) NOT NULL,
    "payload" JSON NOT NULL,
    "reason" TEXT NOT NULL,
    "attempts" INT NOT NULL,
    "resolved_at" TIMESTAMP,
    "sync_run_id" INT REFERENCES "sync_run" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_quarantined_source_f07056" UNIQUE ("source", "entity", "external_id")
) /* A record from outside that could not be stored, kept with the reason until retried. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS "menu_role" (
    "menu_id" INT NOT NULL REFERENCES "menu" ("id") ON DELETE CASCADE,
    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE
) /* 可见角色 */;
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_menu_role_menu_id_4a4334" ON "menu_role" ("menu_id", "role_id");
CREATE TABLE IF NOT EXISTS "template_assignee" (
    "followup_template_id" INT NOT NULL REFERENCES "followup_template" ("id") ON DELETE CASCADE,
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_template_as_followu_06f9f4" ON "template_assignee" ("followup_template_id", "staff_id");
CREATE TABLE IF NOT EXISTS "role_permission" (
    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE,
    "permission_id" INT NOT NULL REFERENCES "permission" ("id") ON DELETE CASCADE
) /* 权限 */;
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_role_permis_role_id_7454bb" ON "role_permission" ("role_id", "permission_id");
CREATE TABLE IF NOT EXISTS "staff_role" (
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE,
    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE
) /* 角色 */;
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_staff_role_staff_i_f36487" ON "staff_role" ("staff_id", "role_id");
CREATE TABLE IF NOT EXISTS "staff_department" (
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE CASCADE
) /* 兼管科室 */;
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_staff_depar_staff_i_49a012" ON "staff_department" ("staff_id", "department_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfWtz4kiW9l9RON4PXRHuCgwWF8++G4Ex1cU2xh6Mp2e22VAnUmK0JSRGF7u8s/3fN0"
    "/qfsOSEJBQGdHhLqQ8KXhOKvPcz78u1oaCNetzX1mrlqUa+sWN8K8LHa0x+Uf65qVwgTab"
    "8BZcsNFCo6NRbNjCsk0k2+TGEmkWJpcUbMmmurHdp1w86FhQ9Q2yVazbgmWjd+GnuXO9vF"
    "7OnV673fx0KSxNYy0E0wq2ISiqJa+Q+ULme1PtlaDaFrmGXnTDwtZneLBiyOTJqv6yx2c4"
    "uvpPB0u28YLtFTbJk37/L3JZ1RX8HVvw8XfyazfItNfkuZKq0C/mT6tIyL4g439PXoI5Nt"
    "+kpYo1JcYHdwJ6XbLfN/TaSLe/0IEw9UKSDc1Z6+Hgzbu9MvRgtKrbcPUF69hENobpbdMB"
    "ruiOpnkc9Bnl/rxwiPu7IjQKXiJHA94CtfsFwmsXkjR5mElPw5kkXaT47lNE2ORdkg0d1g"
    "z5qhb99S/wFX5uXl13rrut9nWXDKFfM7jS+dN9dAiMS0jhmcwu/qT3kY3cEZQxIaiyiQEJ"
    "QD4F7h25Y6trnI1wnDKBtOKRfvb/kcTdR3kb8P6FEPnwJaoO/cXcEZtXC/KXEMydtrhsk9"
    "dAXF4n35schpCfrTzo2ru3ELagPxvdD59m/ftHmHltWf/UKKr92RDuNOnV98TVn9qf4LpB"
    "dg13PwkmEX4bzb4K8FH4z4fJkIJuWPaLSZ8Yjpv95wV8J+TYhqQbbxJSImvWv+pjSUaGa8"
    "HZKBXXQpzypNZCu728hlWwaPwwa8FHLrIYvG8froWVakmvqqX6+3Z8NQzIfp29EpJ0ibVA"
    "0KvC/X1swRdfR08C2QXk1tXc6S5kNLoryPU1+i5pWH+xV+Rj+3oL1//Wnw6+9qc/ta8TnJ"
    "x4d5r01p8x6IOjmvCmDPRJunqgL/LiXVyUfu1C6YOwoLXsVIG+1SwAfauZCz3cikMfSEAS"
    "7FNWCXkjg/Jj4aMu/K92gr+9aF7B3tdpFGRCLSJJCPqCHBzlVnpIwfQaF3EXVV/dV+0Cq/"
    "sqeUSEqxtuJVa3bWNdId9AoldKAJ6mZBr4a9wi8l1bXoCU12pRWa/RZWeLsatJWQnSkxKz"
    "xKu2GGw4JcWs0xWr0jJ2XNktuQBSxDUsAU+SOsQKAHWLrwDCRDKlansmovQWPNSdNeX/iG"
    "CAdBlnrYPoFJX24oPxvdODbdjn+6JHVsKysayyGReRtPMF7ZScrRmWpKD3MlJelKSSeHcw"
    "1GPyda/ZO6aAtyYzS57tkKiHsqGUEj5yyE9AAun2up5uCfAjhbwMyyuy8XW6jSs2pJEEtm"
    "XlwhzyE2RNJQm92S0ioje7+TI63ItzxJbXBFELIwuXflOyaBnnRVPxRfSOKBMJUbxuMPia"
    "RIEt+45k0Z4gU9iwjQGY1ruumMa62uuRIj4ZVpC9iuxYYuOqx+b7ESBb5QVJEZ8gW9h4Q4"
    "wNIES+aoZc+x9PD5NsHsSpkmqlKtvC/wqaau3Ngnnxb0tHl+ELCAtH1WxVtz7D8/69PHPa"
    "zWsw/nSaS2ARPd+vZQUkYlHeWdsEBGOKps+Kn+77f09yaTB+uE1qkDDBbfLtQS+lmOWPP1"
    "02FXZ/H5oV4L6q7gZNU5+MgaYOjpycKSY0a5eKLUmSMWwJOHCcScTKlQz8KYhtiu5wXrSK"
    "1i0Fjv8FKhoyUDPOvsu3FMhxIsYRbjdQi4hZjYZ4HITfkKmUgzdCwfDWcBFod60WOhy0EN"
    "63/JYZi+YtyzTSXwwTqy/6r/g9ZRdPAOzFaj6GM53sOv7TX1b+1XBlmOgtiI9MvMwEC4IA"
    "tikaU3JCTkeD2UXO1lwD0nexyZgBu+y2XBTs1PFUAG/YDg6NNLNbSFGgI3toAYgDiawGnJ"
    "9stFwyA3FZufxDYJPCawxd8iWEyfN4fEG36QWSv1E+5OzXQTh4GvVbj/TLr1OsoRxHpb+w"
    "ff8BOzvIzqgn9Hvr244YfTE0zXh73szIVOcKE/nykok3hmnvCNYYLaZ0nvN5i+n7aDSNyH"
    "sYe0PjtzLCTSTLWa+R+Z6P7IOOZwb5U+SF9SZ9Cuc8E5ij63FpGuSY36CXDGt2edDusaLK"
    "SJti2SCrGKZ+9GY+E+hgPa6b68QKXSOd/EzFmw6I/XQqR1Ht4SumE6STrcK7l1uzrWCchI"
    "OBhfKtKBFWBORaMn+igiL1BiMaCItBolkqnU+fhdmKDN9sNMI6OtbQtXeBPM4UVN3CZKcS"
    "7BW2sGAabzmJV/t8WJEMLPJcw/TOej/jysSW4ZgydtcoSAj+BTKOjnC/rU9TKiXrVn35Ub"
    "Kyes1mq9VpNlrtrnjd6YjdRqARp29tU41vR7+AdnwZNYR+nLtVIYL0gIGjdaRo/NiRgtFX"
    "t6hpOkLCtu0pdMqBP3VRPPumZvOei1jpgPgYFdPO6iTQBWHes5s6PGCqBMCG1IeDfsdVXg"
    "X2+lNALEeWsZWlXxmGhpGevdojVAm8F4RsX4D7B8hhnZi3Dw/j2AFxO0oczJPn+9shwZ3C"
    "Tgapduy8DsFOiVlFd5cUIdMbjLhY9og8K7eJPNuRO5Bt0+kuqqz3+gOTooJtFQbUmcS6d/"
    "hZSWDNNTXkAx4hYRrs7oJmi7cbuArUTVEsgDUZlQs2vZdMn1waZsb2kh8/FFLsFEHEpmHi"
    "YKFCaGljswzsAQFHvTrq6qbMtuKOZndHKW5w2POW7VjYlNBLpk84H9441dnBvJft2sTkd1"
    "ply2rEqc4O6XoWdCq0JN+JWcqdUtKyPUCaZ+a/yLBsR+5ebrNsy2ScZIYDC1m2FRVpAnh4"
    "1xsbTM29xhUCoUVR4C+UuBGXZEl6Jb3sFRZotQrBWNL6XtSObglIV+g99+mEi+RfS2xioo"
    "ln27gP89gi1u54MIxlI9PmZcV4WbHDGHt4WTEfS15WjJcVyywrppjqa5bWlC/5hBSsm3qb"
    "uOtW+9m1zkH9Zt+NabyqChHWqVRRTvTMoq2l4sRxD8D9Z3LrznoBsKmbVdaSn+HvOUJGip"
    "Dxld/tIlpoCS/89Q+ZqXNnuWzAG7GQ2/BGdDv0SsE0yW173vDvs+12hWDLGz9MfvGHJ40N"
    "cWYRZmDdynVJZTMqRnR2Sln91ngij9tOhvOpmNMvpD4g1Kqu2iqdtORrMZqMZiNy4t7dCM"
    "Ecc306mvxC/rsRgA/kv7nenzz9NpzCMKRbb0TdIaMGD/eP4yGllY31BqJzydXJg+QOJuwz"
    "JHf0XL99fvrHjbBwrPe5/qU/GgPREqkarlbSon6PY6iDlZT+4pSnI/39mKmU3uKtUtYuTs"
    "pTZlnmMyYQVmFylI5zmGUOK45bCUKyMPmVSpnyaFmkh8subexLKqo54myF9BdnQ9QpxyoV"
    "FZKkOzuBs363VmBKlky8LOdvSRCeHdh7cW6deTb60bYMC3ISy6EaJWE4EvhokEJSXjlEIx"
    "Qc0A+T+W0vU3HHbNySiY+MYVw0KTeytApkO59xnYTakS1dHcHy0795Gvk2XKPHSw6qx4m+"
    "iJRJyIi+iBdRyI++iNfI+Dj4oi/ImqpDgqcQkkIoRFiIAsIfyK+jF4OiCZ8EwxSM5VKVMU"
    "RDQPjDyrA2qo0Ib77hd6wIi3caJAHdaqBmZToC48DP/jgMg4da8FALHmrBQy14qMUxQy3K"
    "VkeutyDyXjq2RY+0aBFk19VMTqkyHuZ9OzvLppQePpl0Zw54xdp7y6KNJfZs7vtGfm1V77"
    "JPe0BDny+2lXUtD8ajyWjQH98Egt9c/60/vbuhQt5cvx/ezYaDrzfCGis2lldzvX93T0iI"
    "YN6fjf42vKGdfnUVWGOrr3iuf3kYjx9+e34kX5Pq286GDefxhrCi1EsUELDeEyeyjYkt0Q"
    "2WZmPfsgzTlgxTyYpZyrc2xoiY9fmAtNDqNWlrvqKheTXbHVVLguz116yiQttysGN0TGdh"
    "g3h+DdXXO2KzYNO9w+RjE924gnPC3NE3cbiWT7hBtKEORp3jlCXeYgx2UazBqsZmEcxdkC"
    "9uyDQ/tGPmW9wyWtzuWGSv78/DqHS6G/qxfYPCeQzcTq6Ka1wBXamaQhbtbnj9OG98yj3J"
    "a4Z+DBNebwgOu5agDaDypmNmqdWL1sY0yJdf7wjWozsLO0sKBM5eA1Sp60Z7T+9jjluwDG"
    "5seQTrPCx39OfFsjBMJOVgfY/095kBf2t2wR7KeCledWSCOi38WaOYSH+tlHB0Br/dhHWJ"
    "FSkOcegodDcDw6Sc+obfg8XuiZoBF717qQr49so0nJdVSBf3ncZE1UH/adC/o9ZuKenD+3"
    "O7WzcoEp7l1Y1WEN/i1I0NK5pQ75KAhxQJ5Ae+3whv2LKxqQujwd3PV41LYTa4F7wOj+BS"
    "hY9+PzvwuIYd4j7lps/X/pAML+3voewPI3yDp4X/6WbHxxLpqTeAJ81zTy735HJPLvfkHt"
    "WTe1purQqc/40gNJxOgkNvrpPjTbobPQ37T0MCSNhB2b3z9I/J3fTh3rvlH4NsuKzgOC1+"
    "NHqjD+cwuSr9Ukbb14PbxM/xBpf7lfD/haCjemRcCS98ze6V40Y9MJTfwQMaTq1ehGpJa/"
    "K88n5Bn+qAXsHgyskWZw50oZIF9hNkPF3pY+9fTO3c0QHIoNup9tj65BpjK77eN1YM4OTc"
    "ZowZeEdrAYOM5B/DhSLtyVg/YD00nWjqwkTmu2cLCSSRaJCgiHutTzeeRSUMmseKCpOnTC"
    "y+XJkZcX+M75Bp0/EF/NBgwyPxuf2G22+4/Ybbbxix37Cvk1bidvYRV8UKw3XVKraYnYLv"
    "96LBnpah8sKzNpa0x1wEXW6azUpdbvYQJq/q71mGgy1x8gEFu4YvWlN1KZNDpLNskb+9Xh"
    "s85iLUV13IlaLl60854eHcB7XgpKwMx1KCEx2QM/XgdJfkbapwRqPmj7VhCCoBybvXbkNW"
    "g9wAPmGlFUYSXArIEt5MFdq+C6pONdbh/TSt1O42Fc8K57ro0cUjrotecF2U66LbdNEVET"
    "wIAM46LxNqS/3BNOm51YHfQ5/bwJYPFTHV7Ka3+aXgc8iZFtrFq7boixHtBk0suVqIO0uO"
    "eyn7bsNhRxe0bDhmVj3OfN5k0TLNGNd60BF7kLSCZSLfdZdyh03GhPJwpfcmh5xp9kTFb9"
    "bfmxBfmvSdkVFShDch7ckwRmxBrJPYbhU0dB6PMWusqDKq/uLE6U+HQbhJZD2iQBXM7z80"
    "gyz1Ra/WDiFKyEuosyNjpxUupmKLTt7MsZPNr1AU0oOOZwb5c4gYpKOyY58RSDsZVIffZS"
    "hvj++xZSG6ZlL21OSQy23mVOwNJqdYOLpAbJG7yV4KFvTbJYvgZ7cXF5TCRLa88q2ehmMv"
    "jO8QoKPq9B9uJBAB1EQ6tn+mSXbkH4L/PbJiiPb6rMxYIUU1sRyc6Ngt1uM/ngcPcYMtN9"
    "hyg+2x1gI32GZ3TI3u2VUCK+KbPsvxLQ/Ps9uH58ndjXvmOboy10cT7xIcfo7OSFM7/+ws"
    "HG6B2W/kyYzJPBBIUgDfqi/bMukCqnNKyug1m61Wp9lotbvidacjdhuB5JG+tU0EuR39Al"
    "JIjA3ptJj8EK5s2E8hv5SZDLoNetcMlIHvfzw9THJ2jpAkeZqrsi38r6Cp1imu7i3QAhjb"
    "zW5JC1vi1IUJssxuyHbMUlGhMaIzXOF7CQI9wSa/G6xDr7eyhufH4eSONvP16Of603Ayuy"
    "EKvW7P9f7gV9rVV/4GzXv7j4/jEf282WgqXGGxWS+yoaCaXabnY5SE2bq/B9byIwWtTNMo"
    "1fs9IGDX4VKLSb8u1wojAaF+AcEp7Rt5kWG+TIy43Ga99IuwS2Y4+EPj5W8rZAsrMilZIg"
    "oYDw0de+Xcf3Y2AuGNTej9NuPWJShZsrEmM+mGjclnGWla2k5Zz7Rzfa7/IWu0FZfjqMof"
    "gmoJwWKGPkNg03QHCJYBbYk0lTxogxSLzKALzgbEIEFVyGZD5tVt7f0vwh+v5Ink5/8xJ8"
    "vbJlqu5UaqapgmVF4KbysVDKmWYK2MN12wDXJ/Q2gMHUJZEXx78hyZjNQxmUuwyFYMUwsG"
    "+eRFuvLwVm4tZUDE49ZSbi3l1tKPrKWRIya9GJ6fR3c5m0KcLLES4PJnIK6yAljw92Zx1r"
    "VeuKyKMoH+zrgQ652yJY6xCAWzpa2OphN4AlJVDTlCzrJJ4mI67A++goJLdht5BRrv5EHq"
    "T55+G07JfIbkCoxz/fb56R83wsKx3uf6b1Mi7EtuBtiN8GYa+ovkesXn+nT45fnJnW/pWD"
    "Df3XAABeLIJQXLUDFDgVHQ62g28x6srEGGI9cH/fFYuiU6uTQm2xSZHMRSCYR/Cerjmozo"
    "364QXcZAGCE5vIHw4t+Wjk6dS4SBqmaruvUZHvvvR1Ap92M2JPpXxpv6hSgjeX4InyLBjS"
    "WQFODD6YTl3T08346HwuN0OBg9jTzwA2GA3oRLYQoneTfHyTx9I7N2f759JCDg9pHSoad0"
    "yyuljkYoWO59NCBf07WrCGpRS2rNh7prqSFPlMjxVMbHkCI8g4UdPyaboljgnCSjcg9Kei"
    "9Z55PanaqZABK0p6P4/ZDR1BtkqxX6tkWJzikgoLYti/woC76DjlQTl0M3i5RjnIFxtJNG"
    "QWyjJAwfukeDFDpjlUM0QsEX6cflWm2vX1hC5SlbqfVM249dJlIlIosrJ0si4yyrAd7HcK"
    "YzRTZ+hBcAN6dvVGlo2WrUVTuu0QOmAKqxs74GdP+anO9Ml2+WjLRD39ZD9+47kcW9a++5"
    "QlEd9AjbEtPhH3EFIjr8w7VY+zELDOeOhhU/zgKyvyAAA8pxQdQE/NvvgUku4g3Unu61oU"
    "tHd7FYQm+OJS1ViK5ymo/V/4iPW4/ZkTabMGNG/zFk0fQ4/8UJwwIVMjX5ZNoXhOb3i1Q7"
    "ush9HpLBQzJ4SAYPyeAhGccMyaAbfPHt1h/OsqYOzEbNK/K306EHYBMqMbe70IJ40ZShIA"
    "lu0OuxbYHcbSyO1BeLiI8vJlpneyY+DjqIkDMddDAYTmbT4Y0gE4HAxHP9qT8bPX3pD2aj"
    "h8mNYBHp2Foi6rCG8IHH/nR2T0P24z1rjx8IAJn8OtaqsitCfsg0CvIg/7sUT6L4SradG4"
    "HSEn7dPxE2rS36L2n2dTiRvAHkokTESV3yRn4Vb4RVwepYe+/59wOnvPSfnka/TGhmiyuy"
    "06Rd6XH68AtRcJ8gcVeiuwe2CFcHD/eP4yGNzpENogRgLzhnMhiOaTaMDBBpzCTEHDlW60"
    "D+cx6qVWGHpgtVIl/cqp6bn5qE5VWSxcO7B0oyeJjMyCFL7oAYCAUxqSkhn8ezIdkHCHcl"
    "Au/kF7jr2wQkt4gNGXPfnzz3xzfCGukO0tjgemhdyNRrskXaGNE2lYYhQYp2KruOG3rEZY"
    "NItWJPXoBUi0WQf692L7MHSkoGzDgrEX07yDgzF/2UIG43qcqwoDVA9wqxf1pX0NETpLwW"
    "ITvad9oUw1N6a9akdfzdljyIKrw8GeT8BWL5BaInd7WKrTFKzmWWuRxoo5XiSeO0nNMsc5"
    "qp4rxnEEmWIVSWjCZNUPGgxzSwKTd3QWhTdHzZZjlHeIQ5jzA/UYwDu1m5kOg4FUf247Do"
    "LfXjS8dA7lRBng1ZsK4a8jw6+kDR0XEX94743sUmO1OIU8JTAZSjoY11JVBEpjxTpBPHEY"
    "9KZyEqPUuxqwHpM8+uSCizO0T8g9t7x3D/MDH+fADPSLvfEaV0acYzefmTEYA8geQDjCDI"
    "zOsYtCNOT2sr0qjoTKA6SK6NL+1sy7eJSERFcm6iwws0gQqrmxIyPZnuEkb+frrxCowGTR"
    "MtQbUFG32DuqdvK6xfCivjTUC6Iryp9sob7R/BVlZTqIM+m1c15Sk0xw+C4Sk0PIWGp9Bs"
    "S6Gh/0+tgvyaUv54plM14jk04nUDcmh6y0ZBbu+5CdEp5stcuFkvFyUZcS45M2vomimZjp"
    "Ylu+cX0EyQnW4RzQvIPhPJWdprNHrwXrWvaHJ2uxh7Dl9a0008L8OrKA0bjILnVWBUTKhP"
    "JAjOneWy0U10Nb9uYAi9bgJjxQ5NLoQrHdTrQFN63KJUBZMLD81qns12StlsrgWTuj02hq"
    "bK71X5ljnRATloQsNIyTQWql6Wj1NoOilNH25H5AiMzDPXx8P+00waP/TvIGtFw8iyJWhN"
    "Ahkrt/+Qogfk4l0Kz0g281lUS4Kj/TWr2aJhkF+n52j0UboESxeEcF889bX9w8Y43j48jG"
    "Ob4u0oWW6X5sH9dEWhDyseZ+Vhq4ap2hnvVH6gUYSEh+Onqum/kd8uVY2Py6HmIYg8mOtQ"
    "GG8JOUquzhq8r6UCNxhb0UVdsDkvNY8qYCGqoIjnG4qk1eTTPbPqo7u64NIRHRk43yP9fW"
    "bA35pDOtjy5mxZ3PR3SQnvY/ArTVh9WJGSMV8ulIZJOfENgyE6Vmwz4JJ3L+Wg9MbZK6Jx"
    "vKyiU0vRAJzYmzXoPw2ILgLXpRT8f251uY7RYoo3hmlfZPhaw5uX25yshLWSGY4r4F0lFE"
    "Rutg3zXXAJwcnZ7sqNudNDXRlyoJEIFo9r9ElYmsaatoYcj56y3KW7Tfax//P3RJyl+xDX"
    "ucLrC3LnKHeOcucod44e1Tm6Ui3vBMpUSvO9pCnCekyTx92E9+wWPVdPdERi6HU7Pajm6M"
    "pax4fc2mCZbEU5NaZy/GQRmrPrJ9VqFoC41cyFGG4lm3dRBbbSgZKk5cn/7JwVacEhKr+X"
    "ZnSMlPOZZT6vkCURDGxVRhlu562urSTpAb1bwZWTdW8ds7gGY68TL1LALq5bfC48B3mPOc"
    "jHyqFnbGuoOYW+iEuFnK3kJ+zoVKE2YZjnjNb0XpOaQsDyLOw+mh9Z2INxhfoGke+jvdsY"
    "WvkgsJF7xvFLNxUITOBknQlfR0+Cjb/bwje8sYUFtlQF05u6Ya6RplpYEV6R5uDszkH7eE"
    "hm76DQv0DkjjWR+VL9grglnlviuSWeW+K5Jf6Ylnh/dy6x44YUPLIxqfDJRBYoY/T1x3OD"
    "74cG33N0YzDjI6LSnERkvzIIx4jObgVfNbtFIveb3fzQfbiXhbPurLGpyhkKtWagnG03RZ"
    "kAfAmkJ6tWZ0F89/B8Ox4Kj9PhYPQ08lKcgrOT3oybNqfD/jiBN/mZGUJO/pL2x5/dat6H"
    "A26JTazLpbeNFOHZgb2XrSOETTMy8N6ydaQo+dZRYOsIUVupL6uKgPukHPECiC819JK9kX"
    "yct+jTHnAvcY1hJXeUi8nD9B4yCl3quf519MvXGwHWyVwfP/x2I5B3dK73b/1xaOGPfHx4"
    "Gs1Gf4NUVcNSIZFvrg+m5NIAxkXdn8fPUQR2lD0XojTndyTUDvGW+Llc3X1b6Bz3LGa6YH"
    "wz9o6er1ho/olhXNT1FVtdpf1e+/Tp3GMF9ka3WOQX09DtR0QXTsrBkzPycmvROhgmbfxx"
    "H3p75k5HlKFNXPe6O3d6vV6bRjCKrleGrKT3G+ptcX8cXIVPsMIUgoSweIfPqimA8ehS2G"
    "iO5Q7Hb8IbhnJx5rtg6GkH0AGfy6vUcffP0U3+3P3jY8ndP9z9k+n+8Tf3MnJ6lOaAcrot"
    "r6Vm46pXVuGKnnRw9jWg+NKVXLDC1r6taO5mLcHGneZBflGtBBkbdbUqFkCLskdciB3opb"
    "sQ/Ypa7RYtjBawjQgxyyv4221csVw/yzZspBGOWVm7LGR6IC2btXHCJGddys/eDOdlQhoO"
    "Rvf98U9XzctmImjZ58d1I1X4iqXOgCcvQqY04TLqWqGQ0QcdzwzyZw8Bo2yxY5/xojvqwr"
    "pzkan5kuuX2/TctT/i44oBugCFSd99HRJ+pC7o6FV9oeGql4K1Mt50wTbcmENDwxY9rrCS"
    "UTFgx8m4Lsp10aPrH1wXveC6KNdFt+mix42d28eWS3jdbSkyFPsVxajiUkX3rD/oy1btrF"
    "LO+YgHBCzH1CVA361Iff0KvypnicX5mPvj2fWIwunWXmJXSWdjZW+QnRGxkQ+yP55pkF0L"
    "Sa9Da4t3Wg34e11pVTcbjQKIk1G5kNN7iZoX4PszTAWbJWTmOBGz8eRwaLd6gDvuLgsiXn"
    "Nk+flXfYZ95Lq5BC9ls7uzUa/O+s/IrJDEbZ5EaeIL2pWAKCUdjDrRk/Nwq3xrYrdZT163"
    "b9w4B8yLZ3qbHyZ6F0lDlleqpphZxYzK5CH/CByor9IrNWKlAS9d5XVqaJV03z1pQ2ILQw"
    "uVnnwFfxVyoHabnebOyz6z9Kv/05OVX8GKmVX1FSDPKfoKJOk6r/Sq6T2lrvqufgGKDANt"
    "pDZFvo02UgqjSGHXDTYtQxe+6REDKmR/Q0XWBmoR/jQa4qdLvx0lsiPNLnWMFQuITIxkmj"
    "y+Fiy0xNp7VtXXPT6pSElYiiWv/soNvdzQyw293NB79Oqv5cu+sl7v9QJOs+hhNrpjwxh2"
    "jonTsNH2lJZr3mUDZgJMpu2rWP5SSH1AG6SjU3GsrCnyvj8eQks0Dc/1L0P30xK7n58nv0"
    "4efpvcCNG5S/KmSPJkfupkKnFyoZr2CkLlMt4COHqy34I41bZjhyWt1u0/2SH/gxMHQ8Bj"
    "56qgxXJbaBY5NZL2SAWS0RfYlGR1s8pa+DP8PVeATtNWWvYHw7WL0YI2ZlWgAyior2Jr2Q"
    "m6fi4gLrEtdjs1RSTOhn+fxQ7zVERicKCPHya/+MOTYYp5HKPwlHJCpUn3xK9zKrxO+4RW"
    "eD2SdGy/Gu3m9QK2mRY6xZfCxbr0C5Eg4y/Dhy8DeZyNZNuq8D5kkLL9SoiLBVn6oixi0A"
    "RE6BEtL+n5sUDp10OA8HGW3xGi2RHlL8Mcnf9+REiY9ql3WqCbXy+vlzt400WxiDddFPO9"
    "6XAvjrmCZYysSgaTBOnJFL2Hs2TRoa8JuipvMDldA0naWqbALVvyNr70Atjq8U8Ts10On8"
    "oQ4AvqYEWJbpg7873GGIA4qJJJ3rBycVy5E7C7P1aUHfYSXWSjl4wDKD9Bzh/PRmYcPK9C"
    "Zpyb9dZZdAq2NTp0jhuYZasb9tPUp3NUebbeHez7p35clUgVy0gM27Go/U5pYfuTXgLTf6"
    "klkA4jielNSNN2RGtApnALmrAD1855dIlaSPDramo/fd5Q8T7dhWAKeyTX0X/jzAo/xS1o"
    "pkG+/XpHmB7dWdgBaV/7ubW2pDW2LPSSFeBXBrKntXXvTsSMXLT7ytpnFbBHbPpiQ1Z4XX"
    "j3cmuEXXxcsSA7j4KWzhIsR14JyBL++MOL1rtx9DXZS//44y9e9jIyyShs+zW4rIxuLvVN"
    "y/Ojedjc0fdaHjbnY8nD5njY3I+TH93uXBMZq9cWG+zlR59p4FwU8t2yo/cQRGcazqYM5g"
    "EB46CLzR5kvjQggEhsNmCdY7nonraHlPSdKj3xpKbs92k3NdFXVIomMoXyf8l0ppAwndRE"
    "yeIqTqHUpkB5y9e+PA0/S/UKlf8teldkUJECVOQHOF6jS08fEgja0LpS1SO5RUhXiHbkkF"
    "8BCUZIUPAGmfYahtOEo432DjlKPRFjSMHvQehGrwEeyutG+1NmtarDPblI5lM4rcdt8nrZ"
    "jsWTobhWx7U6rtVxre7IFZjxKzZV+z1b6P04cSRKz3zzG3J2KU0o8NtoQj0s1KC7A6pUi7"
    "n+jirewViVEQH1AdlgbHDp9B0CfBPiU9uNaop2/cBHv2AK/fy44AQZ4xpgVI5rt2TQBpdF"
    "1e5DR/xS4bMMKwICdqPZYN33FMjcWaBrKFmmYCpQF0wfPAoLJIVI9+WlhCTt6cRVRfni5q"
    "5V0KxPUCxIy4jAQ7WSjBinPFne/2DxdLEuwUSiW1ZjfoL0ZLhfNnLgLPicMs0UtLmk6Fhu"
    "5XcRNVtFz+CCsmfNdRQ9i1zZan5RIsbRLhu2VDfCbjBm2caUERqGyyUe2JyYFgcW76U7fs"
    "bpOLhpcCEmthysEQoOaBrQQAopu1zThBzeAlVSg5p/cZhLl0mNlBg82eNsi3s1UR41eqbn"
    "1EdN7hI1YFwyep6xpVwU3cgGWQBaM0i5qAncwjkcJwpvTF4qAHCoMdQA8l1sMmY2il20jK"
    "K4pzSvQovbF8FqwP7JRsvlOa/rhLhaAN+IzMAB/gjgtIDFVKP2vzrIRLqt6ljxtvCMcKH0"
    "oMttgUP/DIdL4UFTJHHDHS0sTWMtGI5tqQoWbChNLBuOpgi6YQsLaJBO1phyKXzDG9stX0"
    "zb0NEEf8EhD9bIB8K9zN52+3lGRlzQ7xeW4Zjuyifbl+cxxt9tbOpIg7XwXzzrg8cHHfjI"
    "5vFBPD6IxwdtjQ8Kdu2iIfEhBcsREcU33j03ZAsPw6IAhxQsA0zr0PUwVDcTW0E39cCYMn"
    "daDeig7tY+67Whq5h7pd2VySvYQ10Zas9c98qUpts7syLyShmOxclYZlvF9+KqWaRqMhmV"
    "H5bVTFVO3qB3zUAZSOfXXYqQHL700nHcznsprZRXYGxbCNbhK4odyc+/lyKXto3Xm6xqH7"
    "mqTZTkcD7hK6YVnOgKtgzttWIEU4yUB7GwI5+mlRXrXZcl09HLOfoSVNzL96GXz0esDhsn"
    "mWrqFCmexhjERa2cidUVM3GS7yBMnsfj45k4sQW/W0eqiS8yzZvRAZfbTZvJoQWsmq/YhN"
    "ROrAgx8jDXUGx1Op8+C8FI1x65QpaAdOuNXBNUS9Ah70TAigr5i+iFMCPLurnXZ2VaOf2q"
    "B9583KrJrZrcqsmtmsdaC9yqyWAtmz3neMGZxl41G/9ALH7IRSi4epuKGVVtrdQSDghOaA"
    "3vVh5oPzZJ03gx0Tob+Y+zdCPkB0xVlLFum/6XKcyLwXAymw5vBJd6rj/1Z6OnL/3BbPQw"
    "uREsZKvWEtFK83P9bvjYn87uCcWNEA/2On567wnmVSsmWtpl+XU37X8B+IF2rj8+345HT1"
    "+HdzfCxlloqrXCylyfkqN3CtdMIquYuFLvSp6AvbdOFoe2OhONNqtycr5/JSA46cYWbhZ8"
    "pw0njeuY7MjQ+UfsdBe+G7LXaPRgZKfnXxGXMlSNWEB/GM9V2W5hOJ+g91y7076iLRrbNf"
    "XS2otfx5IN+n1KsDxCwgbT4bEVmN5dQFsnt/hdtydfU0WZUTaRnVlaaiV7zsSI2GBVxfeT"
    "SH9XNCigBwECOGh3yiLbSlQy5A0jeMOIvcGE1xuoz1gXVN505wTXPr0qtEhmhjPFL56Z70"
    "Mx/REFXCf/bSxoKX3wX7gtPTtYWYJMAkebm3oiXovdSyFRbKbVWrhtuS+Fz58/f7oRVNuK"
    "FPC3aDHIlfFGHm2Se4KFsRUUjwTrepZz5cjfhvcN4L6Wo1uruK/Fx5L7WrivhUFfy56Kbn"
    "d70DG22+w0d/W01B+kfNy+AQcAfDe3QP2AbzVfbmnJeyrmS2o8oXtbu1GwFewBWvJSQcSS"
    "jU3OYv/YtB+f4ZDm/biHpNwpI3bgfGm1MeFKq9GCsnWFT5k92/E9u0+GCrqtYXiEivlO4e"
    "JVF2zAy/buLZF37A5ewu60o+IbcX4mWj7EeFy6j0a84x0j58y+u2nEf3Syp0bYoiTeTSPV"
    "MiPZUyPSbqOGbhppgZ7sVVku1NI8vyfzMMRtsYWX1Kx8FZUw9sN5/6cX5TlAXorblMA3Jx"
    "XvmpJwlbvVJ3Zkc9EqFoeXHvfD2+D3FmUuBboUd12K8uzdarZ8Wlu3yJZXFxmmy+De5Tbz"
    "JfSTXQTDijTGebp/EmS03iD1Rb+J9KhZwyyEKRCqbb5fkju+TZvaA5FgySusOFpWM9K6Zu"
    "U2RW5TPLodidsUM0UQblP8MdZCEZviObbGrJh5X3+kNj0p0+jmB54EBGwEnVSMD4rWpugs"
    "xIUfAhYGdu2s8u8ppMsVYKrsjElanurMzqaXPgFNLDumifVy9XjiVExbmXtXsuI34Cgb67"
    "XvXfHHjCJ/Gnwd3j2PIWI82CvI1eHkbjT5hVzDukKYMtfvyJInRIaO5/qgPxkMx5RGBjA0"
    "jZU4c9uw3aZxBdW0YPzh8o8a+xIaas4/8vWrshXWU3S89EJGcpdnoijZFCBOxXKbEFaKWt"
    "iRMMddi1qsrTMMmrxM1lWPr7EC5ZHDF74OkM+7OnJqcyxdHDnqsbEs9LJrPDBZ1ffuROeD"
    "+l4DgSOAZdvUI3But6qvIwM/tKs/6JiawG1DIDIY+VLrBTY/C38oRGTbYPAs/AGVTFzWUM"
    "u35TV672vqu6MLyBIeHHuUUSO63qmLtIyn/gTeLZ7b3bndndvdud2dIbt7uOeXsUDFqdgN"
    "M61ogd9PnQmCEZZkdQOHZArr/Jz4JN1ZeDwOnRbvgkh/bJl1niDbF/THW+n1W1U3yETlKh"
    "CEFKfrbapj4e/Hl3R6Ru6Na4Iua+Z+9E3YG9+E/fR8ez+azaip21msVdsGU/fdcDz625CW"
    "TCFamvqKTbj6pT+i9u0lUl2D+K+jx0dK+U3dbFgxdy/U/ylZqD6kqMTBg3Vqb3fARSQ2aU"
    "UH8brt925vN9ud0Z3w0636PyPlExuOI2yahimVzYKKU7HrtWPmJHEBixhNyiEdITw7sJui"
    "WCT9RhTz02/g3okWrD8Vj1pw6FSJ40jQ8jgOdpTotEUlECQqcDpJyznNMqejluyCm2SUhP"
    "vG09tkvG92QVDjRBzWjJCDsGF20XCDkIIDymM4jhbDEWQf7R7AEeQ7ndbSLRpeED1aCkRu"
    "2F65tB1xLVl97USxjeyGBaD1zqMa0H0MZzpPYONHd5Fly2O69hHTtbfyAh+F0wQcyI6niT"
    "Joe0BNdGEUzlQNs0U3G9N4xYqweKfNz2Vkmio2hZ+8KJdgINjs3DAYstYE+MKfcjNW65ud"
    "Z67yCJqjR03wCBofSx5BwyNofpBqeMx4gHhS8B7BlQkUL0ZWXnCx2IAoPcuAX3yZDofSYD"
    "yajAZkRhNjSdZUXZXn+v3wbjTou91v1lhRZeT2vpkOB1+Hg1+hp4q8wvK3uT4eDmbP0DpH"
    "w7LtQO+cLw/j8cNvz49kSqoOO5sqzun6QwRA6lQVbAbCcWlHdf4MTLM5K4agjZrQ1KPTWb"
    "LXPg3EfansDhcjYpwdnQ5W/G4PnUUHu2U+q4Bff4FP8jg701yTH4cZIWEc+Oiqd8sbiotF"
    "jzaxkaFCmtKlidn0bo825BBl4f/9C7D5sxh7Dh2++YpMFWAsFVcYI2IjtLBK9xRmQwtVS4"
    "Jmca8ZG9jW6qAxugPWB/Ul48NCf7iioAkHSg2JgkW9J6yJzrl5gvECmAdPpzwZnPZqAKYZ"
    "v1mmXz8VeIvRNxhSoLfKBpsW2XzfVoagGS+WoOq+rP6zsxHIl9PtS4GAZBvmJfmSJsyClD"
    "VRDWBucjWrRUo9k3LbLrftHl1M5LZdH0tu2+W23UzbrmNhs6yKHqVh18YL+nmbdkhdiiJL"
    "mvk52nxhs+0pLZZg3iDLejOILLdCVkas1RbrYJKQZeBZSq8IgJNXSH+pdMDkTMEjxtk5Qt"
    "LyhK3aWqkdLSBgN20JCvA3rmW3ZRMk6YFpXZR7HTAmXrOyxdHkbfzdxrrfK6Nc3neMlGlm"
    "uD2w2x1oWw6NldlgwPkbCAH66yY4l8Rmd2fT+Y6mwij0miF/wxmWgq24h0Tsd21Slk3QUR"
    "q0B20PsYS9m0IuacaLmtVVKddYk6JjNqMStv8lZGd3MLj4YopErwWdd5Qm+Xd7Qf1QYqdo"
    "V7+aEzbc9Sw5uq1m1IjdLmolaU9GxrqAyuat61CN918RwpWrZWvnF+Xk5C8NWbb7UlWQuF"
    "PEp7QO2p1Gg+qcOPqO/ngrYO0QJroqk+SrUCWPxrwpmD8oe13g+/USQy0NsdWDvUD24mBo"
    "REDXL9IOLRD91UKuFyzSfpgjNWyvWS75LkXHcF4jWOR6Ct2sUVHL637z8OJNTXfMvLmLTX"
    "aqiBfNwEktvB3q/kKRDfK7FQn8iHm9Osv4rPtK8S6dbBqGtnv2ZaRpO0I0IFNMsezt8meI"
    "kUl/3I4o+YmgZ40U5IHWhNN5Jcwmw47Jl19LJt5o6q5BNY/uZGcO1Ss21aUXc84B2wJY0J"
    "H0gCFtJ4kTrkM6oGFYT7hyG29Wkdoxpi1Sl+47mVgKJbw6umiXko4PFSAgXnXAxbOAfIoa"
    "BeXMfstxAJJNl13Iw17W8dbLKWE72X852ps51YA5ruVU7KYedoXebR1MvW7QjKyAfXfZ9n"
    "9ukt95nI400i7F41JNtjNcuF4iVB0cDmTBHcpQHDUWsyyPs35wkt/IgsQmnNlY3U+vkxJV"
    "LQougIDKf0bhdVCg2Xr0qMyLaI4cpR8ENktWZGiBAGcLm0SG/NlSFSxQG7XgTfAXAekCkm"
    "XySbCNb1iHdi6vSFMVwdC1d+FtpWpYUG3LJyD3s4Kd639AkWYxUUaa+NX45ga6lGsY8/w8"
    "uisRE+04qvIZaPbzOkZygeiT4M/1MRKBXCe+a4yPmtnpT+cx0jxGmsdI8xjpcjHSJl6SyV"
    "YSPQdKh5NmU7MbN10xorT+9HHqmbYwruzVjtCezmv4Q0aQ4u8blUxXgdFxytNhM3jmsALF"
    "HBbLHgQbyR0IZ7halt95z2khRKThkgshTnkyQSw/5Ovu84qIDFa5sOU0JcNNXyqepHsIU9"
    "6UwdgdzW40ODMCCuTBSTQhugy8caqzg3kvmUVRg0nBwKgoCS9J/nEoVGiQ3i0Kqmi7c9bg"
    "LRr3FF1XmUbWY1UdftflqZNtpPVuXW61z5JBkukUNM1Cg+0N+QLC0jTWYCo1HJsaUS3DMW"
    "Us/PR19CS8qvjNuhS+jjuXwpevo+knWgT4bYVsQbUFRc1p3F3TvIUMsXRWGE3YatpVzLC8"
    "MgWvTMGtrrFx3OrKra67W13DvbmoZB1SnGHGfv1a4Qk2ziXyiV6hce70eTKhjXM9emicOx"
    "gMh3du41xZxliBlriP/els1B/fCBAvoyIt2TS34Du55/q3bwQi8iZRiaXsNpmk5XYydnbA"
    "9HHocQvrGXJnIT57lJzLTHOZoG6ukZnRuOoDJkcJT4bHNG2zKfvJ02KvQaSfzjWUdxCbrQ"
    "YkcnavBdDzdhONzmmJRLTTkmskTnk6cvEPuRMsoYjmqhKfE6Qnsxv8mHzGkOpRxpgUoWC2"
    "ZsaBLUoRs5xuYdjkyhjnIiQc0CSgnjGlBJ4RCg5nEk4T/zeWy+EZJeGApsreoBfJwuQhWe"
    "m9uZgmqBgulHA0YLFpGmYa0vyWIQHBGfixt0kYdbX8SDlgi5RH+KeDTKTbqp5Z76xE4uNf"
    "w4nOLqF9n77VPjZVeXWR4Vr17lxu86yicMxHftV8GHg9fba8lq/YLFtyM0Jyhv6JvcT9wE"
    "tVAmFv+Bmie9VoFHEjNBr5fgS4V7BFWH7HqfwWYQfoN3Uc60JtnaVKnP31H2Z//h/JTd1Z"
)
