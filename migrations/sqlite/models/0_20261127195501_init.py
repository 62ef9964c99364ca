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
    "sort_order" INT NOT NULL,
    "is_active" INT NOT NULL,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
) /* A clinical department (科室), ward (病区) or office of the hospital, keyed by its HIS code. */;
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
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "title" VARCHAR(32) NOT NULL /* 菜单名称 */,
    "icon" VARCHAR(64) NOT NULL,
    "path" VARCHAR(200) NOT NULL,
    "sort_order" INT NOT NULL,
    "is_active" INT NOT NULL,
    "parent_id" INT REFERENCES "menu" ("id") ON DELETE RESTRICT
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
    "code" VARCHAR(64) NOT NULL UNIQUE,
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
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(32) NOT NULL UNIQUE /* 角色名称 */,
    "description" VARCHAR(200) NOT NULL,
    "data_scope" VARCHAR(16) NOT NULL /* ALL: all\nDEPARTMENT: department\nNONE: none */,
    "builtin" INT NOT NULL /* 内置角色不可删除 */
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
    "is_active" INT NOT NULL /* 停用后不能登录 */,
    "locked" INT NOT NULL /* 管理员锁定 */,
    "failed_logins" INT NOT NULL /* 连续登录失败次数 */,
    "locked_until" TIMESTAMP /* 自动锁定截止时间 */,
    "last_login_at" TIMESTAMP,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
) /* A person who logs in: follow-up agent, doctor, nurse, administrator. */;
CREATE TABLE IF NOT EXISTS "admission" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "his_visit_id" VARCHAR(64) NOT NULL UNIQUE /* HIS 就诊ID */,
    "inpatient_no" VARCHAR(32) NOT NULL /* 住院号 */,
    "admission_times" INT NOT NULL /* 住院次数 */,
    "bed_no" VARCHAR(16) NOT NULL,
    "attending_name" VARCHAR(32) NOT NULL /* 主治医师 */,
    "admitted_at" TIMESTAMP NOT NULL /* 入院时间 */,
    "discharged_at" TIMESTAMP /* 出院时间 */,
    "disposition" VARCHAR(4) /* ORDERED: 1\nTRANSFERRED: 2\nCOMMUNITY: 3\nAGAINST_ADVICE: 4\nDEATH: 5\nOTHER: 9 */,
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
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "ward_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
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
    "severity" VARCHAR(16) NOT NULL /* NORMAL: normal\nURGENT: urgent */,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nREPLIED: replied\nVERIFIED: verified\nCLOSED: closed */,
    "description" TEXT NOT NULL,
    "reply" TEXT NOT NULL,
    "reply_due_at" TIMESTAMP,
    "replied_at" TIMESTAMP,
    "verified_at" TIMESTAMP,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
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
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_menu_role_menu_id_4a4334" ON "menu_role" ("menu_id", "role_id");
CREATE TABLE IF NOT EXISTS "template_assignee" (
    "followup_template_id" INT NOT NULL REFERENCES "followup_template" ("id") ON DELETE CASCADE,
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_template_as_followu_06f9f4" ON "template_assignee" ("followup_template_id", "staff_id");
CREATE TABLE IF NOT EXISTS "role_permission" (
    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE,
    "permission_id" INT NOT NULL REFERENCES "permission" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_role_permis_role_id_7454bb" ON "role_permission" ("role_id", "permission_id");
CREATE TABLE IF NOT EXISTS "staff_department" (
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_staff_depar_staff_i_49a012" ON "staff_department" ("staff_id", "department_id");
CREATE TABLE IF NOT EXISTS "staff_role" (
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE,
    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_staff_role_staff_i_f36487" ON "staff_role" ("staff_id", "role_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfWlz4siW9l9RON4PVRHuChaLxXfeicCYqmIagy/grnunmVALKTGaEhKtxS7Pnf7vky"
    "e1b1gSAhIqIzrchZQnJT0nl5Nn/dfVRpeRan7qyRvFNBVdu7rl/nWliRuE/5G8ec1didtt"
    "cAsuWOJSJa3FSLOlaRmiZOEbK1E1Eb4kI1MylK3lPOVqoiFO0baipSDN4kxLfOM+LOyb1c"
    "1qYXdbrcbHa25l6BvO75azdE5WTGktGs+4v1fFWnOKZeJr4rOmm8j8BA+WdQk/WdGeD/gM"
    "W1P+tJFg6c/IWiMDP+n3/8KXFU1GP5AJP3/HX7sVDWuDnysoMnkxr1tZEK0r3P73+CXoY/"
    "tdWClIlSN8cDog1wXrbUuuDTXrM2kIXS8FSVftjRY03r5Za13zWyuaBVefkYYM0ULQvWXY"
    "wBXNVlWXgx6jnM8LmjjfFaKR0Uq0VeAtUDsvEFy7EoTxZC7MBnNBuErw3aMIscm9JOkajB"
    "n8qib5+md4hV8a9Zv2TafZuungJuQ1/Svtv5xHB8A4hASe8fzqL3JftESnBWFMAKpkIEAC"
    "kE+Ae4/vWMoGpSMcpYwhLbukn7x/xHH3UN4FvHchQD6YROWhv1rYfKO+xH8xwcJu8asWng"
    "b86iY+bzIYgj9bnmjqmzsQdqA/Hz4MZvPewyP0vDHNP1WCam8+gDsNcvUtdvVD6yNc1/Gq"
    "4awnfifct+H8Kwc/uf+cjAcEdN20ng3yxKDd/D+v4J1E29IFTX8VRDk0Zr2rHpa4ZTAW7K"
    "1ccixEKc9qLLRaqxsYBcvaTzMWPORCg8F9+2AsrBVTeFFMxVu3o6Ohj9fr9JEQp4uNBYxe"
    "Ge4fYgm++jqccXgVkJr1hd1ZSuLwPifXN+IPQUXas7XGP1s3O7j+W2/a/9qbfmjdxDg5du"
    "80yK2/ItD7WzXmTRHo43TVQJ9n4l1dFZ52gfSBWdBctctA32zkgL7ZyIQebkWh9yUgAdYp"
    "s4C8kUL5vvBRFf71veBvLRt1WPvatZxMqEQkCUBf4o2j2EgPKOgd4/klvMiYrrdyjOl6fG"
    "MIxjTcio1py0KajN9AIFcKwJykpBduGNOoiaW6lrQE2a7ZJBJerUPPwmKVk61ipGclXPH1"
    "Fu8vMwWFq/MVppKSdfSIW3AAJIgrGAKu/HSMEQCHLDYCMBNxl4rlKoaSS/BAszeE/0OMga"
    "hJKG0chLsotRYfie+T6f1gOrjH29lCm09749nnwZT8biy0/uTh4Wk8nP8Tr7MLrfelNxzP"
    "5kLv/rdhf3DL3Sy0+0Fv/vWW4xfaZP51ML3lumXW8DxiebZUnhDKVd0UZPGtiEgYJiklCx"
    "5tkkaE8W6je0ppcIN7FlxFIz5LSrpcSGbJID8DwaXT7bgHUYBflBd2e1XH62W7U6vTIcTE"
    "sC0qTmaQnyFryrCj3ujkkewbnWzRHu5FOWJJG4yoiUQTFZ4pabSU86Ihe5J9m5ewYMnf1C"
    "icJmFgi86RNNozZAodijQA03zTZEPflJseCeKzYQVeq/CKxdfqXTrnh49smQmSID5DttAx"
    "Q/QtIIRfNUWu/Y/ZZJzOgyhV/DSqSBb3v5yqmAdTd17928rWJHgBbmkrqqVo5id43r8XZ0"
    "6rcQM6o3ZjBSwi+/uNJINEzEt7H1IBwcj51GPFh4feP+Jc6o8md/GDJ3RwF5894nMhZnnt"
    "z5dNuTWpx2YF2LrK20yT1Gej16mCI2enwQm04YUcUeJkFGsCjuyUElKOxb2EcmKboDueye"
    "2M0PWswoWgjRIxXFNwfRUNuRioIQq2DDiAgrff6nuqa5o7BJP4ftYNpDxrv6K3hMI8Bqvr"
    "uvkY9HRmY/Yvbwh5V4NRYIivvpNkbLpiBPB3I4tgMMU733TYn19lLLkV4Hsf6exCIU5sNj"
    "lQhgl/bHwpWyTywhtaG3MA60tVFaA7s8TV6nKBjQugEXTxS3Djp9HoiizES1H6TviQsSL7"
    "/t9J1O9c0s+/TpEqZtgoveHs2QAuaLWIndHN73ti9FlXVf31aTvHXV0qTPjlBQNtdcPaE6"
    "yRuJySfi5nFpP5qDf00DyMzNDorRRPE8G0NxvReMtGdqKhuY7/5JmwbqezoM8LgTk8HleG"
    "jjf3rficopEuDtoDkhVJVKdI0vEohq4f3Z4vBDoYj5vGJjZCN6KGP1N2uwNiL37KlhVr8I"
    "JIB8noquDu9c7wKmgnIL9hrgArQoRkTnS0kR8WNr8UiUVXJJ6vCMxWK7n98RM3X+Pm262K"
    "WUfa6pr6xuHHGZyimQivVJy1RibiDP01I9LqkA/LE3KFn6sb7l7vhVgZyNRtQ0LOGAUJwb"
    "uA25EWztt6NIVisO6U558lDKvbaDSb7Uat2erwN+0236n5Z97krV2H37vhFzj/XoeVme8H"
    "a5VwHj2iz2gVMRk/t5NgeOrmVS+HSCjWKV2FDWtgE13mD7epWG3nIFbYFz5CRbXBOQ40Ha"
    "bmYIMp4/saUB8P+j1HeRnYq4/+MG1JQmba+UrXVSRq6aM9RBXDe4nJDgW4t4Ec1xB5N5mM"
    "IhvE3TC2MY+fHu4GGHcCO26kWJH9OgA7IWblXV0ShFQvMPxy1cXyrNTC8mxbakOgTbuzLD"
    "Peq3cuCgu2ZRhQZdTqweGnJWI1U9WQDXiIhGqwO0sSHt6qoTJQN3g+B9a4VSbY5F48XnKl"
    "GynLS7YPUECxlxcQnYqJo7n7iCsLGUVg9wkY6uVRV7ZFlhWnNb0rSsmo4OqXbNtEhiA+p9"
    "p/s+GNUl0czAdZrg2Ev9MsmkcjSnVxSFczoBPOI9lGzELmlIKa7b6oumr+qxTNduju9S7N"
    "toTbCUbQMJdmW1ZElQML72Zrgaq5W6uLILTIMvyFnDb8Cg9JN4eXtUYcSU/B6SuS0Ivo0U"
    "1O1GRyz3k65iL+1woZCJ/E03Xcx3lsHm131PHFtETDYnnEWB6x4yh7WB4xD0uWR4zlEUvN"
    "IyYbykvaqSlb8gkoaFf1NlDHSV5F+N6FTa+2okPtuzX0F0XGwjqRKoqJnmm0lSSbOO0GeP"
    "hobM3eLAE2ZbtOG/Jz9CNDyEgQUj7yOx2R5FhCS2/8Q3Tpwl6tajAjllILZkSnTa7kDHXc"
    "teYN/jHfrVfwl7zRZPzFax5XNkSZhZmBNDPTJJXOqAjRxR3KqtfGY3ncslOMT/mMfgH1Ea"
    "FWNMVSSKcFp8VwPJwP8Y57f8v5fSy06XD8Bf93ywEf8H8LrTeefXOS44ia+YqPOzLJifM4"
    "GhBaSd9swTsXXx1PBKcxZp8uOK0X2t3T7J+33NI23xba595wBEQrUVFRubQU1VscgzNYQe"
    "kvSnk+0t/PGQ7pDt4yGe2ipCzslWY+IwxhGSaH6RiHaeawbDvZHAQT4a+Ui6Q4SyM9Xqxo"
    "7VBSUcUeZ2tRe7a3+Dhlm4W8QuJ0FydwVm/W8lXJgoFWxewtMcKLA/sgxi0WW36YJcOEmM"
    "RiqIZJKPYEPhmkEJRXDNEQBQP03XB9y41U3DMat2DgI2UY5w3KDQ2tHNHOLBPCATMhmF74"
    "Nwsj34VreHvJQPU03heh5Agp3hfR1AnZ3hfRfBjvO1/0OElVNAjw5AJScIVod+U6Cfm7Af"
    "cH/HXkopMZs9kUP3K6wemrlSIh8IYA94e1bm4VS8S8+Y7ekMwt34iTBJSngbyTSQ+MIz/7"
    "fTcM5mrBXC2YqwVztWCuFqd0tSia4bjapMYHKdEW3tLCiYwdUzPepYpYmA9t7CwaUnr8YN"
    "K9OeAmXO+u8haHOLC67zv+2rLWZY/2iIo+T2wralruj4bjYb83uvUFv4X2rTe9vyVC3kJ7"
    "GNzPB/2vt9wGyRaS1gutd/+ASbBg3psPfxvcktK+mgKssZQXtNA+T0ajybenR/ya5Lxtb+"
    "kwHm8xKwpNIp+A5nI4sWWMb/KOszQd65apG5agG3Kaz1K2tjFCxGw+cW2jYgoQs/6Slkpo"
    "V+R1hI7FXuePvcbn4BKGCGNPOwRlypyDZ2Q1TpAwlDKM8ysijXf1kNkas5SatHsmyet5/d"
    "AjXe6NeWQFICCeAq0zGaDRw+JaUWU8QPdD6RLnccJoyDJ5vg8T2mwxDvsmhvWhcru70EG1"
    "NXT88ps9wXp0ernUIZVhliuC0IVZ5IqlhE1a0SKxD4YoZCD8IGpvcx3+Vmz4pMtKs0OMI9"
    "8lxAyJ/lcaMO6gAH0EzMAQ50xr3SA8+Y7e/MHsioI+v9x7ibzy1trQ7ed1QBe1TUZEyX5v"
    "1u/dE22yELeR/bXbbOon4U6zmoYzdO8wmkaa5Q1Yd0jAAily+APfbrlXZFrI0Lhh//6XOj"
    "7hz/sPnFsFEUyW8NOr+QYWzaCK2sfM8PTKH5JiBf09kM2hhadQNNGfTvR5JFCdaNtZUDqz"
    "lDJLKbOUMkvpSS2l52U2KsH5bxihwXTsb3oLDW9vwv1wNujNBhiQoMqwc2f2z/H9dPLg3v"
    "K2QTpMQrCd5t8a3dbHM0jUC0/KcIl3HnVWXgw1mLTr3P/n/KrjoXYFrNwVGzJO61VAUfwE"
    "cxg4t3wMiils8POKW+A8qiPa3/wrZ2uA889CBRPYx8hYOND7drjIsXNPU9wlmoWu4yXQYm"
    "OMLv/1eHGlVH1MsgDTLrVMSg2o99UzWA6pw6Gx22o18L+lGpZM2khuBkqUa040uVdDgYpy"
    "nKIRD/LBwzSphNmvK+ZwztQoJz86MzWKhyVTozA1SqoaZY1FZQyAnVm4fUdqgyTppaWYO0"
    "AJHV+MgWQbSno9newscxnk9B7UiRjR4j0xolUjgWz1JZ9v5h07o5wFmx0Z0JJuG2mpPrJ5"
    "k0ZLNWMc5VSb70LyPyRh+a6zktp0MiaQh0vNmwxyqtkTFr9pnzcBvsSfPMUtJg9vAtqzYQ"
    "zfBDUv32rWaWfMhtSyLT9xovTnwyDUwLIePkDlzOp7bAaZyrNWLtNimJBlZ6NHxk4euKhS"
    "q569miOhVC2i88ulgPUKhB9D/UqrA93eyte9FKqDHxJkzkMPyDRFMmYS+tR4k+td6lTkNs"
    "a7WNA6R4IQZ5G95kwo5YMHwS9Omm/IsiFa0trTeuq2tdR/gAuaopF/OJk5MKCGqCHrF+Jf"
    "iP/Bee+RlhDkoM9KdX2TFQMFRVmREwfoPT7h/8YUtkxhyxS2TGHLFLYnLcYSXrPLOL9FF3"
    "2K3VCuJk/zu8nT+P7W2fNsTV5ow7F7CTY/W6MkX763d+bOeIDorxFCjcrcF0gSAN8pz7uc"
    "CH2qS/JH6TYazWa7UWu2OvxNu813ar7kkby1SwS5G34BKSTChqRHULabbTrs5+BaS43z4F"
    "Z8U3UxBd/sesQhkr0qEtMG9Q5oD1KSGA5bomWn1eDeUfA8THSBI/wgHpxnWD9oizRII19U"
    "8fw4GN+TOkEu/UKbDcbzW3yg16yF1uv/SgoGSd+hLlDv8XE0JL+3W1WBKzTWAXLLwxYpJx"
    "EmYSmF4tspMgy9UFk5n4Beg0slKv2qTCt7KYer0196WRCyS0rHWlzv0l56+d0KlZb+thYt"
    "bo07xUNEBuWhriE3U9wv9pbDvLEwvVfBzLyGQ5akb3BPmm4h/BtKRyb1lNV0u9AW2h+SSr"
    "J827Yi/8EpJucPZkhhDDpNpwFn6pDxWFXwg7aibOIeNM7eghjEKTJebHC/mqW+/Y374wU/"
    "EX/+Hws8vC18yjUdT1UVcUhWrGvuda2AItXkzLX+qnGWju9vMY2ugSurCG+PnyPhlhrCfX"
    "EmXoqha07Hv1xPV+beyrSlFIh4TFvKtKVMW/qetjS0xSQHw9PT8D5jUYiSxUYCXP4ExGVG"
    "AA323jTOOtoLh1VhJpDvjAqx7i5bYBsLUVAb1XuyM4ErIJU9IYfIaVZJXE0Hvf5XOODi1U"
    "Za56uN+22KhX3BCV+85V4NXXsWHKv4QpsOPj/NnP5Wtgn93Q/6EBuPL8lIgsB4qN07gDTK"
    "87n7YHkDMhxU6+2NRsIdPpMLI7xM4c5JoXQQ/gVIDWRQcv52hOgiCsIQyfEVhFf/trI1Yl"
    "zCDFRUS9HMT/DYfz/BkfIwakN8/kqZqZ/xYSTLDuFRxLixApIcfDgft7z7ydPdaMA9Tgf9"
    "4Wzogu8LA+QmXArij/HcHMXD6fXUBITZ+hGfgOlHCruekiWv0HE0REFxquWrPn5NR6/CKX"
    "k1qRVv6qyI6XGLmLp6p3IqgBjt+Rz8fkpvalav9jBLFv4oE95BExUDFUM3jZRhzGoCHwPS"
    "49cEvsRBuiNTzWmKAtMGct5QCVYVmFUFPi9cc1QFzhQTKkD37/H+LnT4pslIe5SUOXYBgj"
    "MZ3Psm2M/l1UG2sB0+Hd4Wl8Ojw9tc82VeN0FxbqtI9vwsIPoLHDAgHRd4TcC/vUIe+CLa"
    "Qhr0bgsSlHaWyxWkJV2Bzbgh1jPyrlf/iPezrluhWiHQY0rqddEk4XHexAncAmXcNf5lWF"
    "eY5vdkJv7QfeaSwVwymEsGc8lgLhmndMkgC3z+5dZrTvNJHZgtNur4b7tNNsAGVFhudaBQ"
    "7LIhQUISVCPXI8sCvltbniglOBYfnw1xk26ZeN/pIEROtdNBfzCeTwe3nIQFAgMttFlvPp"
    "x97vXnw8n4ljOxdGyuRGKwBveBx950/kBc9qPlek7vCACR/BpSy7IrRH7MMAqvrnOhIIqv"
    "eNm55Qgt5tfDDLNpY5J/CfOvg7HgNsAXBSxOaoLb8it/y61zZsc6eLmDnzjkpTebDb+MSW"
    "SLI7KToF3hcTr5gg+4MwjcFcjqgUzM1f7k4XE0IN45ko4PAch1zhn3ByMSDSMBRCo1ATEn"
    "9tU6kv2cuWqVWKHJQBXwi5vlY/MTndA8StJ4eD8hJP3JeI43WXwHxEBIiElUCdk8ng/wOo"
    "C5K2B4x1/grqcTEJwkNrjNQ2/81BvdchtRs0WVDq4H2oXUc026SBsh2nWkoUiQgkNt9yaq"
    "6OFXNSzV8l1pCVIt4kH+re+fZg8OKSkwo7RA9N0go9RY9HOCuNUgR4YlyQF6UIi93brEGT"
    "1GynIR0nP6TqpiWEhvxSdpDf2wBBeiEpMnhZxNIJonENm5y2VsjVAyLtPMZf80WsqfNErL"
    "OE0zp6lKznsBnmQpQmVBb9IYFXN6TAKbMHPnhDZBx4ZtmnGEeZgzD/MzxdjXmxVziY5SMW"
    "RZAc+q/R9z5pBn3tFH8o6Omrj3xPc+0tmFQpwQnnKgHHZtrCqAItTlhSId246YVzoNXulp"
    "B7sKkL7w6IrYYXYPj38we+/p7h8Exl8O4Clh93uilEzNeCGTP+4ByAJI3sEInMzcikF74j"
    "TbmKFCRRcC1VFibTxpZ1e8TUgiyhNzE26eowhUkN0Uk2nxcJfA8/fjrZtg1C+aaHKKxVni"
    "d8h7+rpG2jW31l85UZO5V8Vau629LdhMKwp11GezrKYshOb0TjAshIaF0LAQml0hNOT/iV"
    "GQnVPKa091qEY0hoa/qUEMTXdVy8ntAxchOsd4mSsn6uWqICMuJWZmA1UzBcNW02T37ASa"
    "MbLzTaJ5BdFnPN5Lu7VaF+ZVq06Cs1v52HP81JpO4HkRXoVp6GAUPK8EoyJCfSxAcGGvVr"
    "VOrKr5TQ2B63UDGMu3SXAhXGmL3TYUpUdNQpUzuPDYrGbRbOcUzeZoMInZY6urivRWlm+p"
    "HR2RgwYUjBQMfaloRfk4haKTwnRyN8RbYKifhTYa9GZzYTTp3UPUiopE0xKgNAlErNz9Uw"
    "hvkMs3Idgj6YxnUUwBtvaXtGKLuo6/Tss40YfpYixdYsJD8dQ77R/Xx/FuMhlFFsW7YTzd"
    "LomD+1An0AcZj9PisBXdUKyUOZXtaBQiYe74iWz6r/jbhbL+cRnUzAWROXMdC+MdLkfx0V"
    "mB9bWQ4wZlIzqvCTZjUjOvAhq8CvJYviFJWkU23QvLPrqvCS7p0ZGC84Oovc11+FuxSwdd"
    "1pwdg5t8lxCzPvpfacDoQ7IQ9/lyoNQNwonvCBTRkWSbPpfcewkDpdvOWuMTx/M63LUQds"
    "CJzKx+b9bHZxG4LiTg/2unyXUkLqdoqxvWVYqtNbh5vcvIilkrGEG7HNZVTIHlZks33jiH"
    "EIycrY5UW9hdsSNBDLTIg8bjRvzIrQx9Q0pDjoazNHPpfp29b//8PeZn6TzEMa6w/ILMOM"
    "qMo8w4yoyjJzWOrhXT3YFSD6XZVtIEYTWqydMuwgc2i16qJTokMXQ77S5kc3RkrdNDbm6R"
    "hJeijBxTGXayEM3F1ZNqNnJA3GxkQgy34sW7yAG21IYSp2XB//TsFUnBISy/F2Z0hJTxmW"
    "Y+r0VTwBhYiiSmmJ13mrbipEe0bvlXzta8dcrkGpRNJ5akgF5cd9hcWAzyAWOQTxVDT9nS"
    "UHEIfR6TCt5b8SfsaVQhOmHo54LG9EGDmgLAsjTsHprvadj9drnqBuH3Ud8sBKV8RNCRu8"
    "rxaycUCFTgeJxxX4czzkI/LO472lrcEpmKjMhNTTc2oqqYSOZeRNVG6ZWDDvGQ1NpBgX0B"
    "yx0bLPMl6gUxTTzTxDNNPNPEM038KTXx3upcYMUNKJhnY/zAJ2FZoIjS12vPFL7vKnwv0Y"
    "xBjY2ISHMClv2KIBwhurgRXG908njuNzrZrvtwLw1nzd4gQ5FSDtSqLmYsuwnKGOArID3b"
    "Y3UaxPeTp7vRgHucDvrD2dANcfL3TnIzqtqcDnqjGN74M1OEnOwh7bW/uNF8CAPcChlIkw"
    "ovGwnCiwP7IEtHAJuqp+C9Y+lIULKlI8fSEaC2Vp7XJQH3SBniORBfqeJz+kLyftyiR3vE"
    "tcRRhhVcUa7Gk+kDRBQ61Avt6/DL11sOxslCG02+3XJ4ji603p3XTlx6LR8ns+F8+BuEqu"
    "qmAoF8C60/xZf60C5s/jx9jCKwo+i+EKa5vC2hcoh3+M9lnt13uc4xy2KqCcZTY+9p+Yq4"
    "5p8ZxnlNX5HRVdjudUibzgOSYW10kkV+NnTNehTJwEkYeDJaXu9MWgfNhK3X7l1rz8Ju8x"
    "KUievcdBZ2t9ttEQ9G3rHK4JH0dkusLc7HwVX4BSNMxkhwyzf4rRgcKI+uua1qm05z9Mq9"
    "IkgXZ7xxupY0AB3xuSxLHTP/nFzlz8w/HpbM/MPMP6nmH29xLyKnh2mOKKdb0kZo1Ordog"
    "eu8E4He18Nki/VpZwZtg6tRXMWawEW7iQPspNqxcjoyKtVMgFamD38km9DLd0l72XUajVJ"
    "YjSfbViIWdXhb6dWpzl/lqVbooo5ZqatshDpIarprI0SxjnrUH5ye7gsFdKgP3zojT7UG9"
    "eNmNOyx4+bWiLxFU2VAc9ehEychIsc13K5jE40NNfxnwM4jNLFjkP6i+55Ftbsq9STL75+"
    "veucu/FavJ8xQOMgMembd4aEj9Q4TXxRnom76jVnrvVXjbN0x+dQV5FJtiskp2QM2LMzdh"
    "ZlZ9GTnz/YWfSKnUXZWXTXWfS0vnMXnQLAUqy0pM3Z2PoENHvP4anUacoS5FLm+X3T0Vd/"
    "tFekNAE4G3Ov/cXZPg+Q6V+0UjwysqH12l8ctI1aLQe2uFUmuOReLHsFWPF0Q0ZGAek3Ss"
    "Q8w+Oe4Sxr87GzNotGidBrgyUULhR4bVQTd+0pH84L3fwx18a7Idd5AoKltaLKRlpaoSIR"
    "wZeFdXXZVYniKAlt4cyqU10tdd6kVV2ZmljV+8h4XlXQEablVAVwM1KqAkkyiyq5arhPqS"
    "p7qpfeIUX9Gcr8kK0BDSWayJM2dYsMU9e471pIPQmx1ZDvtCY28fGlVuM/XnvFHkUrVEpS"
    "Q0g2gQgf+CUSmr3hTHGF1Le0nKoHfFKehKsES5ZblalRmRqVqVGZGvXkuVWLJ1WlPZvqFe"
    "xm4c1seF9Gy8eyq+ZdaLty01Gp0gEzBiZVH5UvOiigPqIG0NaIOFZQEXj10BsNoOCYihba"
    "54Hza4Wc30/jX8eTb+NbLtx3Qd7kCU3MDkxMhCUuFcNagyNayiyArSd9FkSpdm071JxUr7"
    "zqjm38P9hxELgTtuurfEzY5fiEd424tlCGUO8lMgRJ2a7TBv4c/cgUoJO0pYb90XDtIHFJ"
    "yp7KUF9TqoNFZ9X2a2ouweuvxXfaFfn7zQf/mEc284S/n7+hjybjL17zuBNgFscIPIUMP0"
    "nSA/HrkmyapApniekRp6N7arQaN0tYZpriOU4KB+vCEyJGxibDu5MBP84SJcssMR9SSOme"
    "EvxyiYc+L/EITgI8VGCWVmT/WIrJ6cGBczbNcwSf7PDhL0XxnD0/QiT0WrQh3LAJZ/Ob1Q"
    "2Wl/j2TSm/jAbP57Fw83y2hRvuRTGXkYREs5TCJEZ6NinlYS9Ztsk0EevFFSbnqyBJastk"
    "uGUJ7sKXHAA77fFJYrqTzRMZQm7gyYhkObxg7s33Cm31UVAFA8+wYr5TmR3Quz7S5PFjic"
    "8pG1B2+JnXno64M3heibgzJ6asvWznLBp07AgyUMuWV+wnqc9nq3J1vXvo9899uyoQiJUS"
    "drVnyvi9gq5odROJnJZEVd0Toz7uwkkScqkgGeTrKirpfNlQsdrXuWAK6g5XUdPiwpIpRf"
    "Vmho7ffrMnTI9OL5cKkrkxhQ0yTfE5zW2vCFCzjfngdESNDHRyv8jdfnTI8ESENFe64O71"
    "Tm+6aLt8DnUuBUlCxZm2tOZEk/vjD9cz79bWNngF/eOPv7lxwKKBWyHLy2ZlptRFqa5bFm"
    "nMXORO77nBXOSYixxzkWORxswdrsKJ1L5p4snT4mv7xhkfwDXO0O1tEcx9AspB5xvdFVgs"
    "wC2Ib9Qg6ReS8q5eBwju3is7EgtKOl1QUiDfFwxNCgiTAUqELHqEyRWm5B/Osk9X7rk97W"
    "gVHOl3nKtCjfKkasIfYLslId3zDofRhiKPihaKExI1GZ9+bPwVECwkcjLaioa1geYkeGir"
    "vkG8UZdHCNL5dcENo1sDa+NNrfUxNa/T8Z6cJ4op6NblNp5Ulm2ywCZ2amOnNnZqY6e2E+"
    "cqRi/IUKy3dFH3/SCQMP3ZlYl5mn4ZjOe3nG08uwHIp69A4m6PZdnhUx+RGfoWFQ7ImTwO"
    "xrccUC606eBxNBzc3xKhQ0HyQvttMB1+JpdgdK3Itf5oMoMrkqpjWYYOZoU/KsGxbO/gGB"
    "nNJ8aix4qjefgSAbUI6D7BBXivnQRsQcayfnGZIU57Nh5TlXCDbnEgKRu6S3BJPivn5xf3"
    "U3LZ21VLsDlGyvhMM58TypecWpUEHStrl5oMj2jXimbDCxMxXFNwdZwkixZhDNGwJINpoD"
    "rb8/KtcHXLKB0DNwku+KoWgzVEwQBNAupLGUWHa5KQwZsj46ifgS8Kc+GUo6GEf2e2ie0w"
    "i8bSjob374y8o/G1oQJkC/qyUzaA86IbWhZzQGv4ARAVgZs7ouJM4Y1ISTkADs4BFYB8H+"
    "nsQpeHxMkp1zD2RKwKUJ5Z4mp1ySM4Jo7mwDckEzCA3wM4KUBRVXT877ZoiJqlaEh2F+sU"
    "h55ko+tdrj1/Bs2FYEvJEzrhtOZWhr7hdNsyFRlxFiQClnRblTlNt7glFPvGY0y+5r6jre"
    "UkCyYl1Ug4PWfjB6v4B+Zeap22wzwjxXPn9ytTtw1n5OPly7Xpoh8WMjRRhbHwXyzugnnw"
    "HHFzZh48zIOHefC868Hjr9p5XdUDiovwPDh0ybFgM8wLcEBBM8Ak61sXQS4xvulXBvdzQS"
    "/sZg2qgTuZxrqtVsO70upIeAp2xY4EmV5uukUSwR2cWSF5pQjHomQ0s63kvKg38uQoxq2y"
    "3Z8aiTzFW/FN1cUUpLOzHIVIjp/o6DRm44MkMspK57XLAer4+bsuyOFMtCy02aZl2cg82o"
    "RJjmfprVN9wAmPYFNXX0r6GkVImRMKPfJp8rBivmmSYNhaMUNejIpZ8d614nmIVaHjxF1N"
    "7TypyiiDOK+WMza6IipO/A7c+Gk0Op2KE5nw3ZqoGOgqVb0ZbnC9W7UZb5pDq/mCDAi+RD"
    "IXIQ+iAflmu/3xE+e3dPSRa9HkRM18xdc4xeQ0iAzhkKxAhKH4jJmRpt086LNStZxe3gG3"
    "P6bVZFpNptVkWs1TjQWm1aQwm8zBuB3saQu7vapD9o1OrV5GdVZ9yhNvQ8y/yYUo2PE24R"
    "OqWGqhIewTnNEY3i9tz2F0kob+bIibdOTfj6ANkR8xUFBCmmV4L5ObF/3BeD4d3HIO9UKb"
    "9ebD2edefz6cjG85U7QUcyWSvO4L7X7w2JvOH0i8c9St6/RhtGcY8ywb4soqyq/7ae8zwA"
    "+0C+3x6W40nH2FmOatvVQVcw1hzlO89U6dYGgLH4RYoHM5/hRkDbVaZ3yiTctYnG1f8QnO"
    "uoyEk2+o3YKdxjFMtiWos8O3O0vPDNmt1brQst31rvAriQeTJFRjcU2VrSaC/QkqvbXarT"
    "opiNiqqHLVQew6pqST9ynA8hAJHUyHx5ZgemcJRZScpHSdrnRDDsqUsgmvzMJKLVjhJUJE"
    "B6tKzk8s/dWJU0AXHASQX1yURrYVyDDICjWwQg0HgwlttpBBsSqo3O4uCa5DWlVIGssUY4"
    "qX3jLbhmJ4LXKYTv5bX5Jk9mC/cApotpG8ApkEtjbInAhnZr5zzYFUIsO6uRRhxWw2l04R"
    "7Gvu06dPH285xTJDKfRNkq5xrb/iRxv4HmciZPrpHUG7nmZcOfHbsMz9zNZycm0Vs7V4WD"
    "JbC7O1UGhroShzf/XuyKfN3H8IaOGc3oXSt51Gu7GvAaB6wHcqKneUur04ReURCtwSQcOU"
    "9G3GEH9fdR/t4Zjq+6gFpMDw741Gt5yoqlkWlYU2xqs05oqu5SyBe2jdvavrSTl27irJHa"
    "KivhY3X++A3nfVQtHF6QbB4sQ30QrkwEaNaKz2L3a7Z43uAvqoPQ/EIaNorFhDZBwUrnsR"
    "rUVHw65UhYNoavWL6KfGa2AEhUSi1S8SJS7iNTBC5TEqqH6RFO/xSpRmUC3M6Qfcz8Xz2P"
    "vIvNwFcAvxlRB4aqT89UxiJnIn68SeDM2bveK8Oep/ZV6WEngL8dShKM7UnUrK2ca8Ey1p"
    "fZWiqPTvXe9SVkL91qXfLE+hmtnDjJPEzVZUnrXbUM2YDfSCmQKO2cbbNb7jabCJ9k/kTG"
    "mNZFtNK/5ZVa9Mg8g0iCfXGjENYqqIwTSIP8dYyKNBvMQClSU1LdX7ZZOdMolutpuJT0CH"
    "i0lJb6BwJor2kl96Dl+BG9feB/kDOXA5AkyZlTFOywKb6Vn0kjuggSTbMJBWLPtOlIpeTT"
    "N4YdYlmVR9lIt7dh16Vfw5fcZn/a+D+6cR+If7awW+OhjfD8df8DWkyZgpC+2e6KBlXUML"
    "rd8b9wcjQiMBGKpKi1e5pVtOEbecxzS//fGijWqHEhoqjjbyzldF86Un6FiihZRQLldFUT"
    "DFf5SKlfp4P4WFFXJq3DeFxca8QBfJ63i+9OgYy5EMOZjwVYB82bmQE4tj4VTIYYuMaYrP"
    "+3r/4lH94HR0Oagf1O03BFi6Tj0E526t+ibU8F29+kRDRAVu6RyWwfBLbZbI+MT9IWORbY"
    "vAsvAH5C1xWEM036ZbeL2nKm+2xokmN7GtYUpG6Gq7zlPCndgTWPV2pndnenemd2d6d4r0"
    "7sGaX0QDFaWi19W0pAb+MFklMEZIkJQtbJIJrLMj4ON0F2HxOHYQvAMi+dgi4zxGdijoTz"
    "fSq9eqbkVDLJZvIKA4X2tTFQP/MLak81Nybx0VdFE196Onwt56KuzZ093DcD4nqm57uVEs"
    "C1Td94PR8LcBSZCCT2nKCzLg6ufekOi3V6LiKMR/HT4+EsrvynZLi7p7qfxPwbT0AUUpDh"
    "5HAQDiWZs4WjdI/gb+BsJKWzLC1xut9vCe+3Cn/M9Q/kiH4QgZhm4IRWOeolT0Wu2o2Ukc"
    "wEJKk2JIhwgvDuwGz+cJxuH57GAcuHem6enPxaLmbzpl/DhitMyPg55DdFKj4gsSJTgdp2"
    "WcppnTYU12zkUyTMJs48llMloPOyeoUSIGa4rLQVAIO6+7QUDBAGU+HCfz4fCjj/Z34PDj"
    "nc5r6OZ1LwhvLTk8Nyw3OdqeuBbMtXam2IZWwxzQuvtRBeg+Bj1dJrDRrTvPsGU+XYfw6T"
    "pY0oD33Gl8DqT704QZtNuhJjwwckeqBtGi262hvyCZW76RUueSaBgKMrgPrpeL3xB0do4b"
    "DB5rHLzwx8yI1ep6Z5GrzIPm5F4TzIPGw5J50DAPGpb77rgWIBYUfEBwJQzFs54WF5zPNy"
    "BMTzPgV5+ng4HQHw3Hwz7u0UBIkFRFU6SF9jC4H/Z7Tq2bDZIVSXQq3UwH/a+D/q9QQUVa"
    "I+n7QhsN+vMnKJSjIsmyoVLO58loNPn29Ii7JMdhe1vGOF29iwBInYqMDF84Lmyozu6Baj"
    "an+RC0xAaU8Gi3V/QVSwNxXyi6wkWIKGdHu41kr7ZDe9lGTqrPMuBXn+QTP85KVddk+2GG"
    "SCgHPjzqncSG/HLZJSVrJEhmKHdIYDa52yXlN3iJ+3//Amz+yseeY7tvvoiGAjAW8iuMEN"
    "HhWlimVgq1roWKKUBpuJeUBWxnXtAI3REzg3qS8XGhP16qz5gBpYJAwbzWE9pE58w4wWiC"
    "y6OHU54NTgdVAJOI3zTVrxcKvEPp6zfJUUlliwwTL76va51T9WeTUzRPVv/F3nL45TTrms"
    "MgWbpxjV/SgF5EeYOPBtA3vppWEKWaTplul+l2Ty4mMt2uhyXT7TLdbqpu1zaRUfSIHqah"
    "V8cL5/MWqYe64nmaTuaXqPOFxbYrN2mCeSua5quOZbm1aKb4Wu3QDsYJaQaepvAKHzhpLW"
    "rPpTaYjC6Yxzg9W0hSnrAUSy20ovkE9IYtQQmn2o3klG2CID1QrfNStw3KxBtaljgSvI1+"
    "WEjzamEUi/uOkFLNDKfidasNRcqhjDIdDLh8BSFAX+NhHvCNDtnekVczqFNbyWEZa2/F+p"
    "6KxDBjVF36jlL0CDu5EhBRX80pXp0WTjM1Upu2K9LEByfYXFD1ZyWtqlKmWidBR23sJWwU"
    "K4jjbiMkx44c3SZmSUdu4H+3lsRixbfz1gCsOLTDGduCrVlKSjbZ3UJZnPZspDHgTR2JxG"
    "IemSKwoTfg77LVKK4OuCTZTRVNy5lmJaT1BPHZjIyfUk4PCjAWC/BK0LHYuXcjvKLFM/eM"
    "6biPdHZeOOeN6EgMsj3yyELSBvy1sgB2qayKjkVsoD05fy3HM8E/5impqntC1MddTJGkG/"
    "KFYmSQj9sTJS+w8KKRgrjCinC6rADMuBsrfvmNYKCtquzrpPHodHbhUL0gQ1m5PswMsB2A"
    "+RUuj+gidZY4oSqkA+LWM0Oliz3TitSePlKhPGc/cMdCIOFVUXW5kExMl6/PDpE4tVJv9F"
    "Pj5XodcIPax9GivQmxOl65N1zVN1G6N3qKKVlnO6gnvB/Hp24d4YvmtfeRcS5n8TdUeLkQ"
    "ZwsVZU4x+bmBM1Xw1Zf19khbcFY8TvvgOL9FEwJhUGohbi8cS4hlQcg5AHwq7xm5x0GO4t"
    "zhrTDLAza0Vb7jCCuYoaY5HGJNZGAZ8RdTkRFH9JKc28HfOFHjREnCvzhL/440KP/xIqqK"
    "zOma+sa9rhUVcYplegT4fppzbPUPyFNcJMxIA73o3x3HiGIFRp6ehvcFfGhtW5E/Ac1hpm"
    "ModoQ8Cf7cnCJwxDH6OmrZsMKVfDrzqWU+tcynlvnUFvOpNdAKd7YWyD5Q2P0wnZpeP9uS"
    "HojVhxsTa6SJUGlLZoj2fKbhT2nJRD+2Cu6uBKOjlOfDZvD5QTIE/y9XXXA5kdrgDldf/d"
    "zuCyFpuOBAiFIyx4Vz4DIWGcxibq5JSoqLhJTcSQ/g1rotgrHTml7vYWoEFIibEkgAbRF4"
    "o1QXB/NBIlHCCpOcTk5hEpbC+n0Hp0AhvZ9vU97y2LTBm9evKTyuUpWsp8pS+6ZJUztdSe"
    "veut6pn8WNBMPOqZqFgsxb/ALcytA3oCrVbYsoUU3dNiTEffg6nHEvCno1r7mvo/Y19/nr"
    "cPqRJI19XYsWp1icrGQUeq6o31yKWNIrtMZsNawyaliWyYBlMmBa10g7pnVlWtf9ta7B2p"
    "xXsg4oLjDCu/pT4RkWWsXyiVai0Or0aTwmhVZdeii02u8PBvdOoVVJQkiGEqqPvel82Bvd"
    "cuAlo4hqvMhqzjl54HyprxgiPJOIxFJ0mYzTMj0ZPStgcjt0uYW0FLkzF59dSsZlqrmMUT"
    "c2opFS6OgdJocJz4bHJO1xQ/JCaPlu7caPfG40axBy27nh4Jy3n2h0SUMkdDotOEailOcj"
    "F/+UK8EKki6uS/E5Rno2q8HPyWcEoRxFlEkhCmozJxxZoxRSy2kmgkWuiHIuRMIAjQPqKl"
    "MK4BmiYHDG4TTQfyOpGJ5hEgZoIvmJ+CyYCD8kLXw3E9MYFUt6kAQWGYZuJCHNLjHhE1yA"
    "HXuXhFFViYiEATZP+oM/bdEQNUvRUjNgFQhs/HvQ0cUFrB/SttpDhiKtr1JMq+6d612WVT"
    "Fo855dNRsGln+dLqvlCzKKpmgMkVygfeIgfj8wqQog7Da/QHTrtVoeM0Ktlm1HgHs5S0pl"
    "VyjKLil1hPpEp9EuVFaJqMDeX/1m9tf/AenyGDU="
)
