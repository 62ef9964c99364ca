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
    "kind" VARCHAR(16) NOT NULL /* 科室类别 */,
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
    "direction" VARCHAR(16) NOT NULL /* 方向 */,
    "peer" VARCHAR(64) NOT NULL,
    "sequence" BIGINT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "payload" JSON NOT NULL,
    "signature" VARCHAR(128) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* 状态 */,
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
    "gender" VARCHAR(8) NOT NULL /* 性别 */,
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
    "program" VARCHAR(16) NOT NULL /* 项目 */,
    "status" VARCHAR(16) NOT NULL /* 状态 */,
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
    "program" VARCHAR(16) NOT NULL /* 项目 */,
    "match_rules" JSON NOT NULL /* 筛选条件 */,
    "schedule" JSON NOT NULL /* 随访时间点（出院后天数与窗口） */,
    "channel" VARCHAR(16) NOT NULL /* 随访方式 */,
    "assignment_policy" VARCHAR(16) NOT NULL /* 分配方式 */,
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
    "category" VARCHAR(16) NOT NULL /* 短信类别 */,
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
    "kind" VARCHAR(16) NOT NULL /* 诊断类别 */,
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
    "program" VARCHAR(16) NOT NULL /* 项目 */,
    "channel" VARCHAR(16) NOT NULL /* 随访方式 */,
    "status" VARCHAR(16) NOT NULL /* 状态 */,
    "outcome" VARCHAR(16) /* 随访结果 */,
    "cancel_reason" VARCHAR(16) /* 取消原因 */,
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
    "status" VARCHAR(16) NOT NULL /* 通话状态 */,
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
    "outcome" VARCHAR(16) NOT NULL /* 随访结果 */,
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
    "flag" VARCHAR(16) NOT NULL /* 异常标识 */,
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
    "status" VARCHAR(16) NOT NULL /* 状态 */,
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
    "status" VARCHAR(16) NOT NULL /* 发送状态 */,
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
    "status" VARCHAR(16) NOT NULL /* 状态 */,
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
    "eJztfVmT2ziW7l9hKO5DOSLLoY1aqudOhLfqyhnb6Xam73RMeUIFkVCKY4pUc8l0Tk/994"
    "sD7iSoBLhIkIyXrDKJA4rfAYGzn38Odq6Jbf/lK3Nn+b7lOoNftH8OHLTD5H+qN6+0Adrv"
    "s1twIUBrm45GhWFrP/CQEZAbG2T7mFwysW941j6InjK4cbBmOXsUWNgJND9AT9pPX8PpZr"
    "r5Gi5ns/GLK23juTstnVYLXM20fGOLvHsy36MVbDUr8Mk1dO+4PvZfwoNN1yBPtpz7Hp8R"
    "OtY/QrwK3HscbLFHnvT7f5HLlmPi79iHf/5O3naPvGBHnruyTPrDkmnNFQoGZPzv5Uswx/"
    "7bamNh2yzwIZqAXl8FT3t67doJfqUDYer1ynDtcOdkg/dPwdZ10tGWE8DVe+xgDwUYpg+8"
    "ELjihLYdczBhVPR62ZDovXI0Jt6g0AbeAnX0A7Jrg9Xq483d6vbd3Wo1qPA9ocixKb5kuA"
    "6sGfJTffr29/ATfh6PpvPpYjKbLsgQ+jPTK/M/o0dnwESEFJ6Pd4M/6X0UoGgEZUwGquFh"
    "QAKQr4D7ltwJrB1mI1ykLCFtxqQvk/8p456gfAj45EKGfPYRNYd+8DXUx6M1+UsIvoYzfT"
    "Mjn4G+mZa/mxqGkNc2bxz7KV4IB9C/u/7w7vbu1YdPMPPO9/9hU1Rf3b2DO2N69al09afZ"
    "C7jukl0j2k/SSbT/uL77TYN/av958/EdBd31g3uPPjEbd/efA/hNKAzcleM+rpCZW7PJ1Q"
    "RLMjJbC+HebLgWipRntRZms80UVsF6+MOshQS53GKIf322FraWv3qwfCvZt4ur4Q3Zr9kr"
    "oUxXWgsEvSbc72MLHvx2fauRXcCYjL6Gi7WBrt9ycn2Hvq9s7NwHW/LP2fQA1//fq89vfn"
    "v1+afZtMTJj/GdMb31ZwH69KgmvBGBvkzXDfQ8H95gIPzZZdIHYcFkM28C/WTMAf1kXAs9"
    "3CpCn0pAK9infAF5g0H5vPDRFf6jVvDP1uMR7H3zIScTOhFJMtDX5OAQW+kZhdRrXMcL1H"
    "x1j2Ycq3tUPiKy1Q23Sqs7CLBjkl+wolcEAK9SSg38FE+IfDcz1iDlTSZU1hsu5NligmZS"
    "Von0rMQsfTTT0w1HUMw6X7GqKmMXlV3BBVAh7mAJxJLUMVYAqFtqBRAmkimtIDYRVbfgd0"
    "64o/y/Jhggx8CsdZCfotFefDS+z5ewDSd8Xy/JStgMN002Yx5Ju17QrsjZtuuvTPQkIuXl"
    "SRqJd0dDvSBfL8fLUwp4OzLzKrYdEvXQcE0h4aOG/AwkkMVyEeuWAD8yycewGZGNb74Yju"
    "SQRkrYisqFNeRnyJpGEvp4wSOijxf1MjrcK3IkMHYEUR8jHwt/KSxayXkxNhMRfa4bRELU"
    "p0MJP5M8sKLfCIv2DJkih20MwPSfHNNzd80+jwrx2bCC7FVkx9KHo6Wc30eKbJMPpEJ8hm"
    "yR4wtx94AQ+akMufbfbm8+snlQpCqrlZYRaP+r2ZbfmwVz8C+b0DHgB2jr0LIDy/FfwvP+"
    "VZw5s/EUjD/z8QZYRM/3qWGCRKwbrbVNQLCgaCas+OnDq7+XufTm/c3rsgYJE7wufz3oXo"
    "hZyfjzZRO3+/vYrAD3VXM3aJX6bAw0XXDk7EwxmVlbKLakTCaxJeDIcSY5K1c58IcT2wrd"
    "8bxoDa1bJhz/a8QbMtAxzonLVwjkIpHkCM+GaELErOFQPw3Cj8gzxeDNUUi8NQxS7W4yQc"
    "eDFsL7Nt+YsWjxsqwi/avrYeve+Xf8VLGLlwCOYzU/ZTOd7Tr+M1lWydVsZXjoMY2PLH3M"
    "BAuCAA4oGp/JCfn5+s3doGZr7gDpt4XJpAFbdFvmBbtyPHHgDdvBsZGWdgvhBTq3h3JAnE"
    "pkHeB8G6DNRhqIReXyZ4EtC68FdMmP0D5+ef9+QLfpNTK+UT7U7NdpOHgV9dcx6a///hnb"
    "qMZRmSzsxH8gzw7SGvWSfu9/a4nRr65tu49f9ndkqkuFifz4lYf3rhe0BOs9Wn+m81zOV0"
    "y/R3fs5r7DwhdavMUIN1n54W6HvKd6ZG8cfOeSPzwfbDzpbTbnhcCcX48bzyXH/B7dM6zZ"
    "4qB9wKZlIPszNlyyimHqT/HMFwIdrMfdeFdaoTvkkNc04+mAOEmnCk0rePeA6QTVZKvs7t"
    "XBbCsYt8LpQK58K0qETQ1FlsyfqKBIvcGIBsJikGg25vzFS+1uS4bv9zZhHR3rOvaTRh7n"
    "aZbjY7JTacEW+1jz3MeaxKs+H8aTgUWe63rxWZ9kXHnYd0PPwNEaBQkhuUDG0RHRr01ohF"
    "KyXlv3P0pW1nI8nkzm4+FkttCn87m+GKYacfXWIdX49fVfQTu+yhtCn8/dahBBesTA0S5S"
    "NH7sSMH8p8trms6RyG17ypxy4E9d82ffdGzeixATDogvUEntrC4DzQlzz27q7IBpEgCbUR"
    "8P+parvAns3aeA+KFhYJ+lX7mujZHDXu05qhLea0LWF+DJAXJcJ+brm5v3hQPi9XXpYP74"
    "5cPrdwR3CjsZZAWF8zoDuyJm8e4uFUKpNxh9vVkSedaYEXl2bswh22a+WDdZ790HJuUF2y"
    "YM6DKJtXf4ZUlgrTU11AOeI5Ea7MWaZovPhrgJ1GNd58CajKoFm94rp09uXI+xvdTHD2UU"
    "rSKI5DRMHC1UCG0C7InAnhIo1Jujbu1FtpVotLw7Cr/BoectO/Sxt0L3TJ9wPbxFqouDuZ"
    "ft2sPkPX3RshpFqotDupsFXQktqXdiCrlTBC3bb5Adm/kHDMt27u7VIcu2QcatvGwgl2Xb"
    "tJCtgYd3tw/A1LwcjhAILaYJf6HEjb4hSzIu6RVssUarVWjuhtb3onZ0X0OOSe9FTydcJP"
    "+3wR4mmjjbxn2cx/JYu4vBMH6AvECVFVNlxY5j7FFlxRIsVVkxVVaMWVbM9KwHltZUL/lk"
    "FLKbesd4EVX7aVvnoHuz795zHyyTCOtUqhATPVm0nVScOO0B2H8mtxPu1gCbtd+ylvwd/l"
    "4jZFQIJV/5iwWihZbwOln/kJn6NdxshvBFrI0ZfBGLOb3CmSZ5aM979/e7w3aFdMt7f/Px"
    "r8nwsrGhyCzCDOz4tS4pNqMKRBenlHVvjSfyeBAynE98Tr+M+ohQW44VWHRS4c8irwXNx2"
    "v4CIbNErZ78ANmmpGgTFakPB+Z7MdMcHT8R6JBNyo2VyRViawy8xkTCJswOU+nOCwzh80w"
    "qs+w8jF5S1OkaBmL9Hg5n8O+ZJWO48C2yLkP90TJCX2hWI0y3cWJgd07m1ID78rDGzEvSI"
    "nw4sDuxeV04TniJ9syfMgUFEM1TyJxfO7JIIVUOTFEcxQK0GdT7IM4f7BljqxgOqJkGPOm"
    "yuaWFkcO8gVXL+gcWeGaBX6SlK2Suw/hmj9ealA9TUxErngBIyaiWNqgPiaiWLni+ZCIV5"
    "phWw6kXWoZKQQoZOUhICiBvB29mJYyeKG5nuZuNpaBIUYBghK2rr+3AkR48w0/YVNbP9HQ"
    "BeghA5Ukq3ERR37288ERKgBCBUCoAAgVAKECIE4ZACFas7jbMsW99FHLH2n50sSRA5icUi"
    "J+375dkKKJnsdP8WzNgbiE+nLD2+6hZ3PfN/K2TX2+Ce0RDX2J2Cbu8C18BlEi3HjcKBGu"
    "hwggAp/Qwk8JZO8uk8Ncn+iRw12OvcZ3vWDleiYr+qfeQlggktZPAyf8ZDmmTe54g9w6th"
    "Va/grywB9Y5XkOZTMX6KTOZwaRegp1zOf6mLN93XEym4k+28Ch4LX0JxyveRIeEg1mjtH8"
    "NAV+DxhwIxQ7sITJWU6yDfL8xkfvWdtjvZWM0Sy2Zbm6V8k8kkqU7dAv7BsUzlPgdnb1UI"
    "tK49ayTbJo2+H143zxFZeiqr75PEx4tyc4tC3mmkIVTyfNUusWrb3nkh+/awnWp2gWeZYU"
    "CJzLIahS0+Gsp++xxpUngptcXrwuD8uWPrhCPoOHVjVYf0DO050Lfzt2mx7L4KiP5gZBnZ"
    "bQ7FBMpG+7Kjkn03f3YF1C5/kCxJlzL9oMXI9y6ht+Shd7LGqmXIzvVWrJB1vPDe+3GV3R"
    "31kQVd+8un3z6i21UK/Kfrc/D7ti03LbLE9svhb3AUdsYRhvanpEAl5NpJEXfPpFe8R+gD"
    "1Hu37z9ufR8Eq7e/NBi3slghsU/pl0hgMvadZr7UVtInrnD2F4Vn/PZH8YkRgpffyPKM+8"
    "kJJOLfgq/Vx5X5X3VXlflff1pN7X83JFNUvGzXcbl8wJBQck/2EXjz6eC2TUCmxwhCT5z+"
    "D4Hmn/V0u7jefGCfjCO3aYnDb2QKIsCxVWcG61FCx/tSPPE/f0JVRH9POlV862cHGq3QgW"
    "ny+RqaSh5/15BUWypUtPQkdS5xHu5TUmV5R7Yn54AyfnIfPKm/ho5TCxrJJjmCvenYxNws"
    "YzY4htrT3kPcXWjUw8zIXq6Xg5efFLbCPJQtexacHkFaNJYjBhxr2f4jcwrTSJyJ6ZYFQ8"
    "vLLIKIuMssgoi4wkFhn5ddL2Vpj0iGtihVG6ahNbTKsQ+F402PMyPQ5ip5mgPWYgn81xbz"
    "lPLMPBgcj3lEJewxetN7oxyCEy30zI3+VyBj5wHWqPro1G8e/dJ36oAO2jWnAqVoZTKcGl"
    "7sBMPbjaQfiQKsxoYvy8NgxhIiB5L2czyFMwhsAnbE6y2IArDfnao2dBS3TNcqjG+u7D56"
    "pS224qlZutdNGTi0dKFx0oXVTpood00S0RPAgA4a4ut+lAFcAq6aXVSO+hB2xqy4e6lBa7"
    "IWx9mfQacqmFdn000xMxYjakqSKjtd5acuylJHoAhx1d0IYbeqyqmPW8YdFKzZjIejDXl5"
    "CGgg0i3y02xlxOxmTycKPvpoZcavbkxW/Zv5sMX5rGzcgR4eFNRns2jNEnEOukzyachs7T"
    "MWaHTctAzT+cIv35MAiPiaxHFCjOjP1jM8i37p1mTQnyhKqQuTwydlXhkiq26OzNHK1sfl"
    "xRSDcOvnPJn2PEIJ2UHX1GILUyqL77bkCRefwB+z6ia6ZiTy0PuTpkTsXxYHKKZaM5Youi"
    "TfZK86EXLVkEP0d9qqAgJQqMbWL1dMNg7X6HAB3Lof8TRQIRQD3k4OBnmjZH/kdLfgcrhq"
    "jXZzFjhUzLw0Z6ouOo/E7yeBU8pAy2ymCrDLanWgvKYMvuJprfs5sEVhQ3fbnjW+KeotOR"
    "JC3kkjOSO6wCy9/MUhrTeCp4VAB+bd0fyphLqS4p+WI5Hk8m8/FwMlvo0/lcXwxTCaN665"
    "Co8fr6ryBtFNhQTX+pD9Viw34OmaHSZMrt0ZPtIga+/3Z787Fm58hIyqe2ZQTa/2q25Z/j"
    "6j4ALYBx2LxWtqSVTleYgGVeQ0HoCUV/FogucIX3Eux5ho1u99iBzmriBmbZWtuiAEqZBS"
    "IdEvMk0lbcPbI2nisl5XmuUP/ylEBex0gnpveuXCCSBG4mpfs+0y6LA4aZsTTi6pCVcUPH"
    "hvuVlw1+1sj4H1sUaFsyKVkiJhj5XAdr0Uw/h3uN8CYg9L9oUXNi/woMgIa7IzM5boDJvw"
    "1k21V7YjfTfnW+On8YNm1cFYaW+Ydm+Vq6mKErD9geowGa70ITH9siD9oj0yczOFq4BzFG"
    "s0yy2ZB5ncB++ov2xwN5Inn9P76S5R0QbdSPIkptTBMfr7THrQUGT1/zt+6jowUuub8nNK"
    "4DIacIfj15jkFGOpjMpfmWTafWXPKvOCJVhaEqq6YEIpqyaiqrprJqPmfVzB0x1cXw5cv1"
    "25pNoUhWWglw+SUQN1kBMvhlWZyNrA8Rq/JMoO9ZFGLjU1bgGMtRSFuC6mQ6QSwgNdVwc+"
    "QymxQGEDgFVb0W63Wc8UN2qvnSkETTjcRVEVNajuT4prTBv2xCh7pbtHVo2YHl+C/hsf96"
    "AuWtHwMb0XQY38SvROyvs9gnFCVubICEgw/nE6j29ubL6/fvtE+f3725vr2OwU+PXXoTLm"
    "VJjZ/fvXpfzlx3mfXp6y0RKYGyRAgHY4LOKxajl6OQub/PG/IzIwuGZvFmSnd8fEY2EfLE"
    "lYcZ9dnrrfEVwgtY2MVjcqzrHOckGVV7UNJ75cqX1MLTTNku0Z6PivVDxhcXW8tz7lxFok"
    "tynXe2ZZGX8uE3OMjysBi6LFKFMQPjfLcITmzzJBIfuieDFLo/iSGao1CL9PkCpkHcE6uk"
    "8ojWLr3QFltXpeSB3OKqyRtgnGUdwPspm+lCkS0e4Rzg1vRGEoZWrmZUneOaP2A4UC2c9R"
    "2g+7fyfBe6fFkyUovepMfuT3cmi7ttfzWu+Al6hB2InkiOOI7YieRw5Wux5RtbbIY2NpOI"
    "BsiHglAHKFAF8Qnw/0mfR3IR76Eac97CPcUbWrwPjWoabHX/iOfbawW5VpIwI6PHFvJpwl"
    "jy4WQBdCaZmvzLCwaE5vdBpeVa7r4KflDBDyr4QQU/qOCHUwY/0A2ef7tNhsusqQOz0XgE"
    "nuM5PQDHUJt4toA2u+uxASU68JBeL2wL5O5wfaJOUUR8vPfQju2ZeN69nyOX3b2/mC+BGR"
    "hzAt2zSx+y1B1sNwU+R37M1AHyoOS3NAytiJMbN0POyjS9d6pTCRwnw/7EsUVHaxouc2iR"
    "AdDaKyJn+M2zqyuTyM0PfWLCd2AuFvD/S2jmOMPNGgh0zo9MT2VKyGzhqEB0SDiW6kjW8X"
    "Ja/DjIsUDkI31prOGgwDp8KKP2JcxA3GXAjFnJv4dBxsz833OCeDamwuea1lfsFeLYVNNE"
    "2yuRqjpv8uhxVaVepWF2rJM5+HuwiiFq8PEwyNUHJPMHRE/uZtUwC5SKyzJzmagqe3DxNY"
    "tMLNIqTsvMaakKn15ATBJDqBSMSyxRqfC5KrAVhykntBU6tWxZZnYVq6xilc8U4yQqQzC4"
    "tkilkH0+wPZAbW7haLpW1bnlkAW7qs+t4myPFGebiQId4Pu2MNmFQlwRnjhQzgfJdRWKn5"
    "vyQpEuHUcqvlmG+GaWYtcB0hcep19SZlvEjkMad8vA8SzF+nIAZyRwt0SpWk7vQj7+ciyZ"
    "SkV4BiN/5yfdWFridLvzc01gLgSqo2RtJNLOocyNnETEk72RH87RYCerSEnInHLiRBZD+u"
    "KXuChk2pDO16xAC9A3qFX5uMXOlbZ1HzXkmNqjFWzj0ckR7LMa7hz12aoSpUrGOH0QjErG"
    "UMkYKhnjUDIG/W9lFdRXJ0rGSx70n8/G0KdDyMZYbhoFenbf+OUcMy8GBnYCr0kGgGTZFz"
    "voLbjyQpslhdcXVSyRnW9hRUgGWOvkVFwOh0v4QmYjmrA742PP8cstRsnIIrzK08jBKHhe"
    "A0YVs2eKSWNfw81muCj1fp4OMQRRj4Gx+pwmnMGVOYKW9/oETygVZ8LZsVmt8qLk2CEjKy"
    "N1Texd2zKemnKEOdEReeO5oWOuPHdtOeIc0sdD+N5GU1M+Dln+CpEd5oHVOs51bYycGl05"
    "T1dixJoQ9sWJRI8+bvTg65ub94VN6vV1uSTqlw+v3xHsKfRZVVpWrqzlelbA+BLqQ3hyJC"
    "rQvVJb/JG8+6pp5FkNtQruU2FSx8L4QDBPeXV24NcUComQbEXzOjdrPmrlr5fBX8/jU4ZC"
    "Vh15Sy+sQmRb51Y1VoKB8wfkPN258LfjYAm5/CQHFjd9r1XJr5e+pQerD5urcjRVBKXrUU"
    "58w2DiLRRETLkU36u4/uJxwZboG/fb/NSrfGhL4ct68+r2zau31J67qsD/50Fn5nu0/oz3"
    "rhcMGF7M7ObVIfclYe3Ky8Zx+C0JBZGbA9d70iJCcB/OFsaQ6EhoYUB2MdLBAjFFL7SN5+"
    "5oo7z317csR2S7yZ73LP5eimCMHhK5LVQNOOV2VG5H5XZUbseTuh23lh+fQEyltN7/WCHs"
    "xqB42k24Z4fjpfp4cxJDOzdj95D7e2yQraimrlKN3ypHc3E9fyZjDogn41qI4Va5wRJVYB"
    "sdKGValVYvz1lRFRzy8rswowukis8y83mL/BXBILAMxHADH3RtlUmP6N1Kr5yte+uUZSsk"
    "+5xU+r+8uB7wuajs3h6ze0+VnS7Z1tBxcjqPS4WcreQVWjpVqE0Y5rmgNd1rulAGWJ2FPU"
    "HzOQt7Oo6rtwv5PfZTgKHdCgIbeWwcv4qSbMAETtaZ9tv1rRbg74H2De8DbY19y8T0puN6"
    "O2RbPja1B2SHmN3dpY+HMPu7ZP4FInfsiMxX6emiLPHKEq8s8coSryzxp7TEJ7uzwI6bUa"
    "jIxrLCZxBZQMTom4xXBt9nDb6X6MaQxkdEpbkVkf1EEC4QXdwKHo0XPJH740V96D7cY+Hs"
    "hDvsWQZDobZdVLPtVihLgG+A9GzVahbEb2++vH7/Tvv0+d2b69vrOOUoPTvpzaJp8/O7V+"
    "9LeJPXZAg59Us6GX9xq7kPB9wGe9gxhLeNCuHFgd3L1pHBZrsMvA9sHRVKtXVwbB0Zalvr"
    "ftsQ8IRUIc6B+MZG9+yN5Plsw4T2iHtJZAwT3FEGNJMQsnXxZAFBLMM5ZIIanAnYfecWAo"
    "yi+3me5vK28s4hPhD3VqtzHwp5Ux5BpuskMT+39FgVQurPDGNel1VhdQn7q/r0xXzAJoR0"
    "ROUTf/VcJ/iE6MKpOGZqRl4dLOMGw1b7ZNyzXpqv4Vw3oHHaYkq27uVyOaORh3rkTSEr6e"
    "kX6iWJXg6uwr9ghZkECW39BP+2PA2MPlfa3g79aDh+1B4xFFDznjTXqTpujvhcVbdNuW1O"
    "bqpXbpsES+W2UW4bptsm2dxF5PQ8zRHl9MDYrcbD0VJcUcpOukRR0kfNFKXurV/RZr2Cjb"
    "vKg/riVCUyOepTNSwklmePvtbn0F12rSeVqWYTWmAsZRsRYjYj+LsYjmSuQxW4AbIJx3zW"
    "LgsZGshms7ZIWOZsRPkynuGyTD/v3lx/ePX+p9H4alwKNk74MR1WykzJ1Cvv7EXIiiYsoq"
    "5xhXreOPjOJX96CPSUix19xnm21IWdcMDUfMn1q0N67i4Z8Xymv6NBoc+nRIeEl3Q0Bz1Y"
    "9zTM9Erzt+6jowVuFCvo2tinxxU2GZn+LSdTuqjSRU+ufyhddKB0UaWLHtJFTxvz1seWS3"
    "i9mJgGFM3V9bzi0kT37D5YK7ACVknkesRTAplj4Uqgtyvb3r3Cbxkssbge82S8vB5RON1m"
    "Gxwp6XKs7D0KGJEW9SAn46UGObKQLOe0Rvd8MoS/00arejwcciBORtVCTu+ValWA78/1TO"
    "wJyMxFImnjwOHQnixptMWCt3pzxxHhl1+tGfaR6XgDXsrxorVRr8u6zchrkHztnUVJ4QGt"
    "7k+UkjlG8/zJebxVfjAh2+smHzsxblwC5vwZ2t6zCdo86cPG1rJNj1WESCR/+EfgQHcVWq"
    "kRqwq4cHXWz67dSPftSRvSJxgaViyNEfw1yYG6GM/HrZc9s2Rr8urliq1gxWRVawXIa4q1"
    "Akm1Piu96sVP6aoua1I4gmGgzdWUqLfR5kpY8BRk3WPPdx3tm5MzoELWNlRSHaIJ4c9wqL"
    "+4Sho0oiDX/tHB2PSByMPIoEnfO81HG2w/saq19vgknlKuFEtVtVUZepWhVxl6laH35FVb"
    "xcu1yl6ndQCnWf4wu34rhzHsEhOeYaNdmpPIvCsHzAQYpu2LL+8ooz6iDTJ0qDgmboqcDc"
    "cQjjUer5tgz5PUWJ/SWEloXFtesIVQOMYqh6OFvcqLVIeOFZm01qhP45z8B04UDAGN8xGn"
    "RfJQ6BU5Fcr2RhOSxNfYWxnWfsta2Hf4e62AXKVttKyPhusCozVtYGrSLLoRqKqbedodcw"
    "1xhzN9Me8o4vDu3d/vCod1JeIwPbDf33z8azK8HIZYxzEKj5CTqUraE78uqSA67drZ4PMo"
    "08n9aczG0zVsMxN0jh9FhLXwB1EiUx/Dsx8DeVyAjMBv8D0wSOX+JPT1mix93dAxSPo69F"
    "I2NvT8WKPq56FBeLjM3wjR3IhyxzA3138fORKpfebzCeje081008Jbrus83nJdr/eWw70i"
    "5iY2MPIbGURKpGdTjB7OkvWcfiZoJG4QOV8DSNUaZsKtYBVvfNUFcNCjXyWWu0w9lSHA1z"
    "PHppnfMFvzvUMffxHUlUe+MLE4rdoJ5N0fG8oOvUQPBeiecQDVJ8Al4+XIfIPnNch8i7La"
    "5us5Z7uhY+ewgdm1ueG+Sn0+R1Vsy21hvz/340ogFYyR+NWy2HyrtK/+pJfUtC+0BKphIg"
    "W9Cdl2S7TekCmigiXywNU6T65U6wjerqO20JcNleqfzQVT1ru4i74YF1bYqWhB81zy63ct"
    "YfoUzSIPSH3t5/7OX+2w76N7VgCfCGS3O/9DNJE0clH7ldVnla9P2EvEBlb4XHb36mAEXX"
    "EcXxBdTEFLY2l+aGw15Gt//BFH4/0SOjuyl/7xx1/i7GTkkVE4SGps+YwuK91Nq/KfVVjc"
    "yfdaFRaXYKnC4lRY3I+T/zybT4mMtZzpQ/nyny80MC4Pebvs5x6C5Dw33ItgnhJIDro+Xk"
    "JmyxACiPTxENY5Nnj3tB5SzltVclJJS+zvqZ2amCgqvIlKmfwvmK6UEVaTlihZUcXhSl1K"
    "lbd67SvW8FmqV6b8H9C7coN4CkyRFwjjBpSxPqQRtKGlpOXkcoeQYxLtKCRvAQlESDPxHn"
    "nBDobThKK9/QQ5SEsdY0ixX0LoxnIIHsrpcPaCWY3qeE/myWzKpo25TT6vIPRVspPS6pRW"
    "p7Q6pdWduMIyfsCeFTyxhd7nE0Py9GfQlGZuQmbIbDiGeldoSHcHJElTmvhgbMqIlPqIbH"
    "D3uEF6znwM8amzYTNFu3vg8z+wgn59XHCJTHINMC/HzSYGaIMbXrX72BG/VPgUYUVKIG80"
    "G6z7pQmZO2s0hZJkJqYCNWd64ElYsDKJdC8uJZRpzyeuKs+XKHetgWZ9hmJBVUYEHlqNZM"
    "Qi5dny/geLpyt07yUS3aYZ80ukZ8N90ciBi+BzxTTDaXOp0Mncqm+QN1vlz2BO2bPjOomx"
    "RU60Wl+eSHK0RcOWukY4CsYUbTyZo5G4HOKRzYlVcWD9JNzRs0inwK2CCzGxYrDmKBSgVU"
    "BTKUR0uVYJFbwcVVDTmn5FmIXLoOZKCJ7tcXbAvVoqf5o/02vqn5Z3iQ4wFoyel2wp86Kb"
    "2yA5oPXSlIuOwOXO4ThTeAvyEgfAmcbQAchvC5NJs1G00TJ4ca9oXlyLOxHBOsD+NkCbzS"
    "Wv65K4yoFvTmZQAD8HcFXAkqoR+99C5CEnsBxsxls4I1yoOujqUODQP7Lhq+yg4UnciEZr"
    "G8/daW4Y+JaJtQBKDxtuaJua4wbaGhqgkzVmXmnf8D6IyhPTNnM0wV8LyYNt8g/CPWbvun"
    "6ewYgL+n3gu6EXrXyyfcUeY/w9wJ6DbFgL/6WyPlR80JGPbBUfpOKDVHzQwfigdNfmDYnP"
    "KGSOiODfeHtuuJYdhrwAZxQyA0zr0C0xVDfTJ2m39NSY8jWcDKFDelT7bDmDrmHRldnCIJ"
    "/gEi0MqD0zXYqUpuudWTl5RYRjRTKZ2dbwuxiNeaomk1H1YVnjSuXkPXqyXcRAur7uUo7k"
    "+KWXTuN27qW0Ul2BsUMhWMevKHYiP38vRS6DAO/2rGoftapNnuR4PuGR1ApOfgX7rv3QMI"
    "KpQKqCWOSRT6vKiv/kGCsvdMQcfSUq5eV71suXINaFjZNM9TnkKZ4mGcS8Vs7S6iqYOMlv"
    "0D5+ef/+dCZO7MN7O8jy8IBp3swPuDps2iwP5bBqPmAPUjuxqRXIs1xDfTKfv3ippSMje+"
    "QW+Rpy/EdyTbN8zYG8Ew2bFuQvonvCDJZ1s9dnMa2cSdWDeD5l1VRWTWXVVFbNU60FZdWU"
    "sJZNzzlecKbJV80mORD5D7kchVJvKzGjVmALLeGU4IzWcLvyQP3YJD333kM7NvLPZ+nmyI"
    "+YqmhgJ/CSHyPCi8V8SfCfYc4C8CpDugK96aFNII68SpGWtNfEse3CROdk1Tau94CkBGfd"
    "eiLKU4edJ3Edzg3ozaPPF+vEUbgcDpfJHhVd0TcG1HVYQweX2Jk4m2A4QaA73Gw+G9Emir"
    "OOul314nnxDZf+HgGW50jkYDo8tgHTF2tovBSVp1ssjSlVZSVlk0f0wY0t2BWmQCQHqxp+"
    "n0Q+G1G3/RJc+DhtSCoj2wRqDaqWDqqlQ28w4d0eKih2BVU83SXB1affg5axZLg7kvKW9V"
    "4OLxnB4dz4b3dNi92DhyFqujnH5gZkEjjaouQQfaoT7b9UDmYyWUeNs6+0ly9fvvhFswI/"
    "V2Lfp+Uat+4jebRH7mk+xn5a3hHs3yz3x4l/jarsr7whJ7cnKW9IgqXyhihviITekJ7KYi"
    "+W0NN1MZ6P2/pCug8jPm1l/yMA3s5w3z3gB82XB5rmnov5khpP6N42Gzay1ffSNJcKIr7h"
    "7msW+/Mm++IMxzTbF3LMBU8ZfQ7ny2SGCVcmwwkUluM+ZXq248d2H4YKeqild45K+l7e+m"
    "gBNuDNrH3T4pb9uwXsTi0V35x7stSUocBj4U4XxZ50kpwzffe7KL50uetF1kSk2O+i0tSi"
    "3PUi1xCjg34XVYGe7FUs16gwzz+QeSTitj7BG2pWHuUljH44n7w6L88BciFuU4LEnMTf16"
    "TkAo/qQ7RkM2+dieNLj/3wNn1fXuZSoIW4G1GIs/eg2fJ2579GgbEdMEyX6b2rQ+ZL6Pi6"
    "TofxtK65/XCrGWi3R9a980uui8wOZiFMgWBq7+mK3Els2tQeiDTf2GIztFntQruaVdkUlU"
    "3x5HYkZVNkiiDKpvhjrAUem+IlNq9smBvffSw1PSmr6NYHnqQEcgSdNIwPylePmK/1dRIC"
    "lgV2tVb5ewrpigSYJjtjmVYlI8uz6VVPQA8boedhR6xiTpFKaivzcmSYSYsM0VivvndFFR"
    "1+Kqty4AZRMzZO5Sodf7y8nmFfR33HeT2JViRaubxCp0oaMJKmYsOCYLH9IpXM7TdkKRYR"
    "5IIT2xaL2PkXGOp4Va5XXlxjHGWHsw++C5Avu+pwZXMULjqc97P4PrpvG8VLVvWHaKLLQb"
    "3X8N0cYGxLeA7Ow7bwXW7gs9bwGwdTw3Xgai75XyJFrrH3UvvDJErZHoM/4A+oEBKxhtqr"
    "/biB+ivbegodDfnaTRhcM2ovdzs1Tyt26gVQXdiVtVxZy5W1XFnLJbKWZ3u+iN2oSCVvcG"
    "hDu3k/9RsIRnhlWHs4JCtY12eyl+kuwk9x7GT2CET6siLrvETWF/SnW+nd20L3yENidQMy"
    "ivP1EXWx8PvxAJ2faXqPHTMuKiAasWdGxRlG8hmq19b/CJZuzygaYX+03uWzObhk9DGtoK"
    "BPZ0k389l4Nr9+q/302vqfa/OFHI4a7HmutxLNOipSyeslk+YMiADLmTvEkM4RXhzYY13n"
    "SXfR9fp0F7h3piXcz8UX5ofrnRU005HLtCpuQh71t2oLMbFtPWCvEafLtIrTMnM6b4Pm3C"
    "TzJMqrXd0mi52kOUEtEilYGcECWQtp3kCBjEIBqqIvThZ9kWb7tA+9SPOLzmvp8gYG5I8W"
    "jpiLIC5P1hJXwWpnZ4ptbjfkgDY+jzpA91M202UCWzy6eZatisbqIxqrt3T+5wJhUg6wI2"
    "HyDDocCpNfGNyZoVl25n7vuQ/Y1NZPtB24gTzPwp72Uxyfkg4Em10UwELWmgY/+EVthmh3"
    "s6tMURX7cvJ4BxX7kmCpYl9U7MsPUn1OGg+QSsLtEVyDQHHvsvJw+bz6eXqZAYd8szk2kz"
    "rvcR+G8XjdxJncvUsfpETLxF4qzAo7lutnkJwtVZ//DI2h6cV8vpGvARiI5yvRHalAJDk7"
    "Cl/Jeo6jMphNwO++ACZ5XMA0r9RHPOZIJAc+v+qj8n/6er2kTV4MGo+0oInL9O6SNqzQDe"
    "3//BOw+ZOPPccOlHxAngUwCkXwFYjkCOJr0l1E2iA+y18h8n4PjA3sYPXMAt0R62cmkuxx"
    "oT9e0cySw6ODlDxeb4dsom5tRl6xQOTRExfPBqdeDbY0t5Zlqk2Sbg8YadMhHL1H9tjzye"
    "b7uHU12733Ncshg6mr6edwr5Ef5wRXGgEpcL0r8iM9mAWZO8uxYG5yldVCpJtJlS1W2WJP"
    "LiYqW2yCpbLFKlss0xYb+tgTVdHzNPLaZEE/n1HL1UbXZdLML9FGC5vt0pzIBPMe+f6jS2"
    "S5LfIZsVEHrINlQpmBlykdIgXO2CLnvtEBUzOFivCW5wipyhOBFdhCO1pKIG+aERSoH06N"
    "qKURJNWBaV03lnMwJk5l2eJomjT+HmAn6SUhlmFdIJWaGVGP6Nkc2npD42E5GHD5BkKAfj"
    "oG55I+XrQ2nbc0Feaht13jG2ZYCg7inhHJ39XI3IxBR6Fd7tdLJBP2G2RBfWLbvbdYXYdq"
    "jTUVOmkzIGH730A29RyDi6+gSCwn0JnGHJP/n62pH0qf83a96zjBIlrPq9AJLEY11sOiVp"
    "n2bGSsAVT+nkwzNT75RAhXRptJ6w/l7OQvG/lB9FE1kLgrxOe0Dmbz4ZDqnDj/jf54K2AX"
    "EiZGKtMqUaEEj8a6KaQ/KJcL4Pt0g6H2hT5Zwl5gxHEwNCJgkRQxhxaByWoh1zmLmB/nSM"
    "3aT4oly1XoJM5DHOR7zh/vwDyQN1ds+tkyU+ZtYbJzRZw3Y6ay8FpU2IWiGOS9zRX4Eet6"
    "WYr4rF+Z/F0s5TQMHfbsG8i2W0L0hkzxGRvxLn+BGHn05VqilCRuXjRSkLfZEU6XleBaDj"
    "smP3638vDettoG1XyKJrtwqB6wZ20sg2KhADsAWNqx84ghbWeJE+5COqBhWLe4cZtrWZFq"
    "GdOWqyP3nUy8yiS8LrpMC0nHxwoQ0EdzcPGsIZ+iQ0GZ2Y+4CEC5KXEEedbrudiauCJsl/"
    "sT53sXVxoUF7Wcht3Gs67J7dbB57hbsiQroO8u1Mnrlvldx+lco2khHgs1oWa4cONEqC44"
    "nMqCLcpGnDQWU5THrBcu8xv5kNiEmY3Ho+jacL8qVaHgXAApVfIM7nXA0Yw8f1TWRTTnjt"
    "JnAptXfm4oR4Czjz0iQ/7sWybWqI1aiyf4i4YcDRkG+ZcWuN+wA41THpBtmZrr2E/a49ay"
    "sWYFfkJA7rOCnbt/AE9bljwjPfzgfosCXcRas3z5cv1WICY6DC3zJdD08znmcoHok+DP9B"
    "SJQJETPzLG583s9NVVjLSKkVYx0ipGWixG2sMbMtl2Rc8B4XBSNrW8cdMNI0q7Tx+nnmkf"
    "48Ze7Rzt+XyGP2QEKf6+t8h0DRhdpDwfNoNnDptQzGG9WUKwkTGHcIbRRnznvaSFkJOGBR"
    "dCkfJsglh+yM894RURGXyxsOUqpcRNWhqepD2EKe9FMI5GyxsNLo2AAnlwK5oQLQJvkeri"
    "YO4lsyhvMOEMjMqTqBLiz4dCZQbpdlFQvI3FZYOXN+4pv66YRtZTVQl+cozPIdtIG9+6Om"
    "ifJYNWXshpmoVW1nvyA7SN5+7AVOqGATWi+m7oGVj76bfrW+3Bwo/+lfbb+/mV9utv159f"
    "0KK9j1sUaFagmVZNi+yO5uUyxNJZYTRhqxc0McOqyhSqMoWyuhbGKaursrq2t7pmezOvZJ"
    "1RXGDGfvda4Rm2qCXyidOoRa1sbWkfyWuSr4FKHaJbXZlW2brk2cWqR1rMLewwZEcuPseU"
    "istSc5mg7u2Qx2gW9QyT84Rnw2Oaejk2kgRofTkkEsx8CiUa9PFkCMmYi6kGulo78eaSlk"
    "hOwxRcI0XK85Ftf8idYAOFMLeN+FwiPZvd4MfkM4Z0DRGDUI5C2roXR7YK5Uxrjo9hkxMx"
    "sOVIFKBlQGODiACeOQoFZxlOD/83NsTwzJMoQCula9D9ysfkIawU3VpMS1QSFzs4GbDY81"
    "yvCml924+U4AJ80YckjK7adlScqDwlDv4RIg85geUwa5YJJC/+LZvo4pLS+/SPvsKeZWwH"
    "DPdofOfqkHcUZWOe843Ww6Bq4svleXzAnmjZzBzJBfoYeondgY9KAOF4+AWiOxoOedwIw2"
    "G9HwHucbb5qu8aVd/m6wg9o05jXeisO5TA2d/9Yfbn/weXnsLR"
)
