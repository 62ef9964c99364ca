from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT,
    "actor_name" VARCHAR(64) NOT NULL,
    "action" VARCHAR(16) NOT NULL,
    "success" BOOL NOT NULL,
    "resource_type" VARCHAR(32) NOT NULL,
    "resource_id" VARCHAR(64) NOT NULL,
    "summary" VARCHAR(255) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "request_id" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_at_500752" ON "audit_event" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_i_1a08a1" ON "audit_event" ("actor_id", "at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_resourc_bbdb47" ON "audit_event" ("resource_type", "resource_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_48d514" ON "audit_event" ("action", "at");
COMMENT ON COLUMN "audit_event"."at" IS '时间';
COMMENT ON COLUMN "audit_event"."actor_id" IS '操作人ID';
COMMENT ON COLUMN "audit_event"."actor_name" IS '操作人';
COMMENT ON COLUMN "audit_event"."action" IS '操作';
COMMENT ON COLUMN "audit_event"."resource_type" IS '对象类型';
COMMENT ON COLUMN "audit_event"."resource_id" IS '对象ID';
COMMENT ON COLUMN "audit_event"."summary" IS '说明';
COMMENT ON TABLE "audit_event" IS 'One audited action (审计日志). The application only ever inserts these rows.';
CREATE TABLE IF NOT EXISTS "department" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "phone" VARCHAR(32),
    "sort_order" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "department"."created_at" IS '创建时间';
COMMENT ON COLUMN "department"."updated_at" IS '更新时间';
COMMENT ON COLUMN "department"."code" IS '科室编码（HIS）';
COMMENT ON COLUMN "department"."name" IS '科室名称';
COMMENT ON COLUMN "department"."kind" IS '科室类别';
COMMENT ON COLUMN "department"."phone" IS '科室电话';
COMMENT ON COLUMN "department"."sort_order" IS '排序';
COMMENT ON COLUMN "department"."is_active" IS '启用';
COMMENT ON COLUMN "department"."parent_id" IS '上级科室';
COMMENT ON TABLE "department" IS 'A clinical department (科室), ward (病区) or office of the hospital, keyed by its HIS code.';
CREATE TABLE IF NOT EXISTS "diagnosis_code" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "pinyin" VARCHAR(64) NOT NULL,
    "is_active" BOOL NOT NULL,
    CONSTRAINT "uid_diagnosis_c_kind_4763cb" UNIQUE ("kind", "code")
);
COMMENT ON COLUMN "diagnosis_code"."created_at" IS '创建时间';
COMMENT ON COLUMN "diagnosis_code"."updated_at" IS '更新时间';
COMMENT ON COLUMN "diagnosis_code"."code" IS '诊断编码';
COMMENT ON COLUMN "diagnosis_code"."name" IS '诊断名称';
COMMENT ON COLUMN "diagnosis_code"."kind" IS '类别';
COMMENT ON COLUMN "diagnosis_code"."pinyin" IS '拼音首字母';
COMMENT ON COLUMN "diagnosis_code"."is_active" IS '启用';
COMMENT ON TABLE "diagnosis_code" IS 'A code of the diagnosis library (诊断编码库): ICD-10 clinical edition, TCM disease or syndrome.';
CREATE TABLE IF NOT EXISTS "exchange_message" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "direction" VARCHAR(16) NOT NULL,
    "peer" VARCHAR(64) NOT NULL,
    "sequence" BIGINT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "payload" JSONB NOT NULL,
    "signature" VARCHAR(128) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "error" TEXT NOT NULL,
    CONSTRAINT "uid_exchange_me_directi_b836c2" UNIQUE ("direction", "peer", "sequence")
);
COMMENT ON COLUMN "exchange_message"."created_at" IS '创建时间';
COMMENT ON COLUMN "exchange_message"."updated_at" IS '更新时间';
COMMENT ON COLUMN "exchange_message"."direction" IS '方向';
COMMENT ON COLUMN "exchange_message"."status" IS '状态';
COMMENT ON TABLE "exchange_message" IS 'A signed, sequence-numbered batch in the outbox or inbox of the intranet-extranet exchange.';
CREATE TABLE IF NOT EXISTS "menu" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "title" VARCHAR(32) NOT NULL,
    "icon" VARCHAR(64) NOT NULL,
    "path" VARCHAR(200) NOT NULL,
    "sort_order" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    "parent_id" INT REFERENCES "menu" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "menu"."created_at" IS '创建时间';
COMMENT ON COLUMN "menu"."updated_at" IS '更新时间';
COMMENT ON COLUMN "menu"."code" IS '菜单编码';
COMMENT ON COLUMN "menu"."title" IS '菜单名称';
COMMENT ON COLUMN "menu"."icon" IS '图标';
COMMENT ON COLUMN "menu"."path" IS '页面地址';
COMMENT ON COLUMN "menu"."sort_order" IS '排序';
COMMENT ON COLUMN "menu"."is_active" IS '启用';
COMMENT ON COLUMN "menu"."parent_id" IS '上级菜单';
COMMENT ON TABLE "menu" IS 'An entry of the admin navigation, shown to the roles listed.';
CREATE TABLE IF NOT EXISTS "patient" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "his_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "gender" VARCHAR(8) NOT NULL,
    "birth_date" DATE,
    "id_number_cipher" TEXT,
    "id_number_index" VARCHAR(64),
    "phone_cipher" TEXT,
    "phone_index" VARCHAR(64),
    "contacts_cipher" TEXT,
    "address" VARCHAR(255) NOT NULL,
    "deceased_at" TIMESTAMPTZ,
    "do_not_contact" BOOL NOT NULL,
    "do_not_contact_reason" VARCHAR(200) NOT NULL,
    "tags" JSONB NOT NULL,
    "his_updated_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_patient_id_numb_c97810" ON "patient" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_patient_phone_i_9b21e8" ON "patient" ("phone_index");
CREATE INDEX IF NOT EXISTS "idx_patient_name_6f1019" ON "patient" ("name");
COMMENT ON COLUMN "patient"."created_at" IS '创建时间';
COMMENT ON COLUMN "patient"."updated_at" IS '更新时间';
COMMENT ON COLUMN "patient"."his_id" IS 'HIS 患者ID';
COMMENT ON COLUMN "patient"."name" IS '姓名';
COMMENT ON COLUMN "patient"."gender" IS '性别';
COMMENT ON COLUMN "patient"."birth_date" IS '出生日期';
COMMENT ON COLUMN "patient"."id_number_cipher" IS '身份证号（密文）';
COMMENT ON COLUMN "patient"."phone_cipher" IS '手机号（密文）';
COMMENT ON COLUMN "patient"."contacts_cipher" IS '家属联系人（密文 JSON）';
COMMENT ON COLUMN "patient"."address" IS '现住址';
COMMENT ON COLUMN "patient"."deceased_at" IS '死亡时间';
COMMENT ON COLUMN "patient"."do_not_contact" IS '拒绝联系';
COMMENT ON COLUMN "patient"."tags" IS '标签';
COMMENT ON COLUMN "patient"."his_updated_at" IS 'HIS 更新时间';
COMMENT ON TABLE "patient" IS 'A person known to the HIS (患者), with what follow-up needs to reach them safely.';
CREATE TABLE IF NOT EXISTS "permission" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "group" VARCHAR(32) NOT NULL
);
COMMENT ON COLUMN "permission"."created_at" IS '创建时间';
COMMENT ON COLUMN "permission"."updated_at" IS '更新时间';
COMMENT ON COLUMN "permission"."code" IS '权限编码';
COMMENT ON COLUMN "permission"."name" IS '权限名称';
COMMENT ON COLUMN "permission"."group" IS '功能分组';
COMMENT ON TABLE "permission" IS 'A permission code such as ``patient:unmask``; roles are sets of these.';
CREATE TABLE IF NOT EXISTS "questionnaire" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL,
    "version" INT NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "program" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "description" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "scoring" JSONB NOT NULL,
    "red_flags" JSONB NOT NULL,
    CONSTRAINT "uid_questionnai_code_5a8489" UNIQUE ("code", "version")
);
COMMENT ON COLUMN "questionnaire"."created_at" IS '创建时间';
COMMENT ON COLUMN "questionnaire"."updated_at" IS '更新时间';
COMMENT ON COLUMN "questionnaire"."code" IS '问卷编码';
COMMENT ON COLUMN "questionnaire"."title" IS '问卷名称';
COMMENT ON COLUMN "questionnaire"."program" IS '项目';
COMMENT ON COLUMN "questionnaire"."status" IS '状态';
COMMENT ON COLUMN "questionnaire"."items" IS '题目（类型、选项、必答、显示条件）';
COMMENT ON COLUMN "questionnaire"."scoring" IS '计分规则';
COMMENT ON COLUMN "questionnaire"."red_flags" IS '危险信号规则';
COMMENT ON TABLE "questionnaire" IS 'A versioned questionnaire (问卷). A version that has answers is never edited again.';
CREATE TABLE IF NOT EXISTS "followup_template" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "program" VARCHAR(16) NOT NULL,
    "match_rules" JSONB NOT NULL,
    "schedule" JSONB NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "assignment_policy" VARCHAR(16) NOT NULL,
    "is_active" BOOL NOT NULL,
    "priority" INT NOT NULL,
    "owner_department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "followup_template"."created_at" IS '创建时间';
COMMENT ON COLUMN "followup_template"."updated_at" IS '更新时间';
COMMENT ON COLUMN "followup_template"."name" IS '模板名称';
COMMENT ON COLUMN "followup_template"."program" IS '项目';
COMMENT ON COLUMN "followup_template"."match_rules" IS '筛选条件';
COMMENT ON COLUMN "followup_template"."schedule" IS '随访时间点（出院后天数与窗口）';
COMMENT ON COLUMN "followup_template"."channel" IS '随访方式';
COMMENT ON COLUMN "followup_template"."assignment_policy" IS '分配方式';
COMMENT ON TABLE "followup_template" IS 'A follow-up plan (随访模板): which discharges it takes, when, how and with which questions.';
CREATE TABLE IF NOT EXISTS "role" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(32) NOT NULL UNIQUE,
    "description" VARCHAR(200) NOT NULL,
    "data_scope" VARCHAR(16) NOT NULL,
    "builtin" BOOL NOT NULL
);
COMMENT ON COLUMN "role"."created_at" IS '创建时间';
COMMENT ON COLUMN "role"."updated_at" IS '更新时间';
COMMENT ON COLUMN "role"."code" IS '角色编码';
COMMENT ON COLUMN "role"."name" IS '角色名称';
COMMENT ON COLUMN "role"."description" IS '说明';
COMMENT ON COLUMN "role"."data_scope" IS '数据范围';
COMMENT ON COLUMN "role"."builtin" IS '内置';
COMMENT ON TABLE "role" IS 'A job role (系统管理员, 科室医生, ...): its permissions and how far it sees patient data.';
CREATE TABLE IF NOT EXISTS "sms_template" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "category" VARCHAR(16) NOT NULL,
    "provider_template_code" VARCHAR(64) NOT NULL,
    "sign_name" VARCHAR(32) NOT NULL,
    "content" TEXT NOT NULL,
    "variables" JSONB NOT NULL,
    "is_active" BOOL NOT NULL
);
COMMENT ON COLUMN "sms_template"."created_at" IS '创建时间';
COMMENT ON COLUMN "sms_template"."updated_at" IS '更新时间';
COMMENT ON COLUMN "sms_template"."category" IS '短信类别';
COMMENT ON COLUMN "sms_template"."provider_template_code" IS '服务商模板编码';
COMMENT ON COLUMN "sms_template"."sign_name" IS '短信签名';
COMMENT ON COLUMN "sms_template"."content" IS '模板内容，变量写作 ${name}';
COMMENT ON TABLE "sms_template" IS 'An SMS template approved by the carrier (Aliyun template code and sign name).';
CREATE TABLE IF NOT EXISTS "staff" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(32) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "password_changed_at" TIMESTAMPTZ,
    "title" VARCHAR(32) NOT NULL,
    "phone_extension" VARCHAR(32) NOT NULL,
    "is_active" BOOL NOT NULL,
    "locked" BOOL NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "last_login_at" TIMESTAMPTZ,
    "must_change_password" BOOL NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "staff"."created_at" IS '创建时间';
COMMENT ON COLUMN "staff"."updated_at" IS '更新时间';
COMMENT ON COLUMN "staff"."username" IS '登录名';
COMMENT ON COLUMN "staff"."name" IS '姓名';
COMMENT ON COLUMN "staff"."title" IS '职称或岗位';
COMMENT ON COLUMN "staff"."phone_extension" IS '分机号';
COMMENT ON COLUMN "staff"."is_active" IS '启用';
COMMENT ON COLUMN "staff"."locked" IS '已锁定';
COMMENT ON COLUMN "staff"."failed_logins" IS '连续登录失败次数';
COMMENT ON COLUMN "staff"."locked_until" IS '临时锁定至';
COMMENT ON COLUMN "staff"."last_login_at" IS '最后登录';
COMMENT ON COLUMN "staff"."must_change_password" IS '须修改密码（重置后）';
COMMENT ON COLUMN "staff"."department_id" IS '科室';
COMMENT ON TABLE "staff" IS 'A person who logs in: follow-up agent, doctor, nurse, administrator.';
CREATE TABLE IF NOT EXISTS "admission" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "his_visit_id" VARCHAR(64) NOT NULL UNIQUE,
    "inpatient_no" VARCHAR(32) NOT NULL,
    "admission_times" INT NOT NULL,
    "bed_no" VARCHAR(16) NOT NULL,
    "attending_name" VARCHAR(32) NOT NULL,
    "admitted_at" TIMESTAMPTZ NOT NULL,
    "discharged_at" TIMESTAMPTZ,
    "disposition" VARCHAR(4),
    "los_days" INT,
    "main_diagnosis_code" VARCHAR(32) NOT NULL,
    "main_diagnosis_name" VARCHAR(128) NOT NULL,
    "tcm_disease_code" VARCHAR(32) NOT NULL,
    "tcm_disease_name" VARCHAR(64) NOT NULL,
    "tcm_syndrome_code" VARCHAR(32) NOT NULL,
    "tcm_syndrome_name" VARCHAR(64) NOT NULL,
    "operations" JSONB NOT NULL,
    "tags" JSONB NOT NULL,
    "his_updated_at" TIMESTAMPTZ,
    "attending_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "ward_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_admission_departm_08a7fb" ON "admission" ("department_id", "discharged_at");
CREATE INDEX IF NOT EXISTS "idx_admission_dischar_8e5105" ON "admission" ("discharged_at");
COMMENT ON COLUMN "admission"."created_at" IS '创建时间';
COMMENT ON COLUMN "admission"."updated_at" IS '更新时间';
COMMENT ON COLUMN "admission"."his_visit_id" IS 'HIS 就诊ID';
COMMENT ON COLUMN "admission"."inpatient_no" IS '住院号';
COMMENT ON COLUMN "admission"."admission_times" IS '住院次数';
COMMENT ON COLUMN "admission"."bed_no" IS '床号';
COMMENT ON COLUMN "admission"."attending_name" IS '主治医师';
COMMENT ON COLUMN "admission"."admitted_at" IS '入院时间';
COMMENT ON COLUMN "admission"."discharged_at" IS '出院时间';
COMMENT ON COLUMN "admission"."disposition" IS '离院方式';
COMMENT ON COLUMN "admission"."los_days" IS '住院天数';
COMMENT ON COLUMN "admission"."main_diagnosis_code" IS '主要诊断编码';
COMMENT ON COLUMN "admission"."main_diagnosis_name" IS '主要诊断';
COMMENT ON COLUMN "admission"."tcm_disease_code" IS '中医病名编码';
COMMENT ON COLUMN "admission"."tcm_disease_name" IS '中医病名';
COMMENT ON COLUMN "admission"."tcm_syndrome_code" IS '中医证候编码';
COMMENT ON COLUMN "admission"."tcm_syndrome_name" IS '中医证候';
COMMENT ON COLUMN "admission"."operations" IS '手术及操作';
COMMENT ON COLUMN "admission"."department_id" IS '科室';
COMMENT ON COLUMN "admission"."patient_id" IS '患者';
COMMENT ON COLUMN "admission"."ward_id" IS '病区';
COMMENT ON TABLE "admission" IS 'One inpatient stay (住院), from admission to discharge, with its diagnoses.';
CREATE TABLE IF NOT EXISTS "diagnosis" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "seq" INT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "is_main" BOOL NOT NULL,
    "admission_id" INT NOT NULL REFERENCES "admission" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_diagnosis_admissi_fcd535" UNIQUE ("admission_id", "kind", "seq")
);
CREATE INDEX IF NOT EXISTS "idx_diagnosis_code_b873cc" ON "diagnosis" ("code");
COMMENT ON COLUMN "diagnosis"."created_at" IS '创建时间';
COMMENT ON COLUMN "diagnosis"."updated_at" IS '更新时间';
COMMENT ON COLUMN "diagnosis"."kind" IS '诊断类别';
COMMENT ON COLUMN "diagnosis"."seq" IS '诊断序号（1 = 主诊断）';
COMMENT ON TABLE "diagnosis" IS 'One diagnosis of a stay: western ICD-10, TCM disease or TCM syndrome (证候).';
CREATE TABLE IF NOT EXISTS "discharge_summary" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "his_document_id" VARCHAR(64) UNIQUE,
    "admission_condition" TEXT NOT NULL,
    "treatment_course" TEXT NOT NULL,
    "discharge_condition" TEXT NOT NULL,
    "discharge_orders" TEXT NOT NULL,
    "discharge_medication" TEXT NOT NULL,
    "signed_at" TIMESTAMPTZ,
    "admission_id" INT NOT NULL UNIQUE REFERENCES "admission" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "discharge_summary"."created_at" IS '创建时间';
COMMENT ON COLUMN "discharge_summary"."updated_at" IS '更新时间';
COMMENT ON COLUMN "discharge_summary"."admission_condition" IS '入院情况';
COMMENT ON COLUMN "discharge_summary"."treatment_course" IS '诊疗经过';
COMMENT ON COLUMN "discharge_summary"."discharge_condition" IS '出院情况';
COMMENT ON COLUMN "discharge_summary"."discharge_orders" IS '出院医嘱';
COMMENT ON COLUMN "discharge_summary"."discharge_medication" IS '出院带药';
COMMENT ON TABLE "discharge_summary" IS '出院小结 of a stay, as written in the EMR.';
CREATE TABLE IF NOT EXISTS "followup_task" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "step" INT NOT NULL,
    "program" VARCHAR(16) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "outcome" VARCHAR(16),
    "cancel_reason" VARCHAR(16),
    "due_start" DATE NOT NULL,
    "due_end" DATE NOT NULL,
    "assigned_at" TIMESTAMPTZ,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "admission_id" INT NOT NULL REFERENCES "admission" ("id") ON DELETE RESTRICT,
    "assignee_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "followup_template" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_followup_ta_admissi_b949bb" UNIQUE ("admission_id", "template_id", "step")
);
CREATE INDEX IF NOT EXISTS "idx_followup_ta_assigne_8b22ba" ON "followup_task" ("assignee_id", "status", "due_start");
CREATE INDEX IF NOT EXISTS "idx_followup_ta_departm_39c655" ON "followup_task" ("department_id", "due_start");
COMMENT ON COLUMN "followup_task"."created_at" IS '创建时间';
COMMENT ON COLUMN "followup_task"."updated_at" IS '更新时间';
COMMENT ON COLUMN "followup_task"."step" IS '模板中的第几个时间点';
COMMENT ON COLUMN "followup_task"."program" IS '项目';
COMMENT ON COLUMN "followup_task"."channel" IS '随访方式';
COMMENT ON COLUMN "followup_task"."status" IS '状态';
COMMENT ON COLUMN "followup_task"."outcome" IS '随访结果';
COMMENT ON COLUMN "followup_task"."cancel_reason" IS '取消原因';
COMMENT ON COLUMN "followup_task"."due_start" IS '应随访开始日期';
COMMENT ON COLUMN "followup_task"."due_end" IS '应随访截止日期';
COMMENT ON TABLE "followup_task" IS 'One scheduled contact of one stay by one template step (随访任务).';
CREATE TABLE IF NOT EXISTS "call_record" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "driver" VARCHAR(16) NOT NULL,
    "provider_call_id" VARCHAR(128) UNIQUE,
    "number_cipher" TEXT NOT NULL,
    "extension" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "answered_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ,
    "duration_seconds" INT NOT NULL,
    "hangup_cause" VARCHAR(64) NOT NULL,
    "recording_ref" VARCHAR(255) NOT NULL,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "staff_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_call_record_patient_17dfe9" ON "call_record" ("patient_id", "started_at");
COMMENT ON COLUMN "call_record"."created_at" IS '创建时间';
COMMENT ON COLUMN "call_record"."updated_at" IS '更新时间';
COMMENT ON COLUMN "call_record"."driver" IS '拨号方式';
COMMENT ON COLUMN "call_record"."number_cipher" IS '被叫号码（密文）';
COMMENT ON COLUMN "call_record"."status" IS '通话状态';
COMMENT ON TABLE "call_record" IS 'One dial attempt (通话记录), with the times of its events and the recording reference.';
CREATE TABLE IF NOT EXISTS "followup_record" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_uuid" UUID NOT NULL UNIQUE,
    "version" INT NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "answers" JSONB NOT NULL,
    "score" DOUBLE PRECISION,
    "notes" TEXT NOT NULL,
    "call_id" INT,
    "recording_ref" VARCHAR(255) NOT NULL,
    "contacted_at" TIMESTAMPTZ NOT NULL,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT,
    "staff_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL REFERENCES "followup_task" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "followup_record"."created_at" IS '创建时间';
COMMENT ON COLUMN "followup_record"."updated_at" IS '更新时间';
COMMENT ON COLUMN "followup_record"."outcome" IS '随访结果';
COMMENT ON COLUMN "followup_record"."call_id" IS 'CallRecord id';
COMMENT ON TABLE "followup_record" IS 'What happened in one follow-up contact: answers, outcome, notes, call.';
CREATE TABLE IF NOT EXISTS "lab_report" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "his_report_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "specimen" VARCHAR(32) NOT NULL,
    "requested_at" TIMESTAMPTZ,
    "reported_at" TIMESTAMPTZ,
    "has_critical" BOOL NOT NULL,
    "admission_id" INT REFERENCES "admission" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_lab_report_patient_e5eab9" ON "lab_report" ("patient_id", "reported_at");
COMMENT ON COLUMN "lab_report"."created_at" IS '创建时间';
COMMENT ON COLUMN "lab_report"."updated_at" IS '更新时间';
COMMENT ON COLUMN "lab_report"."name" IS '检验项目';
COMMENT ON TABLE "lab_report" IS 'A laboratory report (检验报告) from the LIS.';
CREATE TABLE IF NOT EXISTS "lab_result" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_no" INT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "value_raw" VARCHAR(128) NOT NULL,
    "value_numeric" DOUBLE PRECISION,
    "unit" VARCHAR(32) NOT NULL,
    "reference_raw" VARCHAR(128) NOT NULL,
    "reference_low" DOUBLE PRECISION,
    "reference_high" DOUBLE PRECISION,
    "flag" VARCHAR(16) NOT NULL,
    "flag_raw" VARCHAR(16) NOT NULL,
    "report_id" INT NOT NULL REFERENCES "lab_report" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_lab_result_report__d075ad" UNIQUE ("report_id", "item_no")
);
COMMENT ON COLUMN "lab_result"."created_at" IS '创建时间';
COMMENT ON COLUMN "lab_result"."updated_at" IS '更新时间';
COMMENT ON COLUMN "lab_result"."flag" IS '异常标识';
COMMENT ON TABLE "lab_result" IS 'One analyte of a lab report, with the raw HIS text kept beside the normalised value.';
CREATE TABLE IF NOT EXISTS "front_page" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "standard" VARCHAR(32) NOT NULL,
    "fields_data" JSONB NOT NULL,
    "total_cost" DECIMAL(12,2),
    "admission_id" INT NOT NULL UNIQUE REFERENCES "admission" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "front_page"."created_at" IS '创建时间';
COMMENT ON COLUMN "front_page"."updated_at" IS '更新时间';
COMMENT ON COLUMN "front_page"."standard" IS '首页标准';
COMMENT ON COLUMN "front_page"."fields_data" IS '首页字段（按标准编码）';
COMMENT ON TABLE "front_page" IS '病案首页 of a stay: the fields of the standard by their code, plus the few we query on.';
CREATE TABLE IF NOT EXISTS "problem" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "severity" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "description" TEXT NOT NULL,
    "reply" TEXT NOT NULL,
    "reply_due_at" TIMESTAMPTZ,
    "replied_at" TIMESTAMPTZ,
    "verified_at" TIMESTAMPTZ,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "record_id" INT REFERENCES "followup_record" ("id") ON DELETE RESTRICT,
    "replied_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "verified_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_problem_departm_fa984a" ON "problem" ("department_id", "status");
COMMENT ON COLUMN "problem"."created_at" IS '创建时间';
COMMENT ON COLUMN "problem"."updated_at" IS '更新时间';
COMMENT ON COLUMN "problem"."severity" IS '紧急程度';
COMMENT ON COLUMN "problem"."status" IS '状态';
COMMENT ON COLUMN "problem"."description" IS '问题描述';
COMMENT ON COLUMN "problem"."reply" IS '科室回复';
COMMENT ON COLUMN "problem"."reply_due_at" IS '回复期限';
COMMENT ON COLUMN "problem"."replied_at" IS '回复时间';
COMMENT ON COLUMN "problem"."department_id" IS '处理科室';
COMMENT ON COLUMN "problem"."patient_id" IS '患者';
COMMENT ON TABLE "problem" IS 'An issue of a patient raised in follow-up and routed to a department to reply (问题处理).';
CREATE TABLE IF NOT EXISTS "sms_batch" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "query" JSONB NOT NULL,
    "scheduled_at" TIMESTAMPTZ,
    "recurrence" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "total" INT NOT NULL,
    "created_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "sms_template" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "sms_batch"."created_at" IS '创建时间';
COMMENT ON COLUMN "sms_batch"."updated_at" IS '更新时间';
COMMENT ON COLUMN "sms_batch"."query" IS '患者筛选条件';
COMMENT ON COLUMN "sms_batch"."recurrence" IS '重复规则';
COMMENT ON COLUMN "sms_batch"."status" IS '状态';
COMMENT ON TABLE "sms_batch" IS 'An SMS campaign: a patient matching query, a template and a schedule.';
CREATE TABLE IF NOT EXISTS "sms_message" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "dedupe_key" VARCHAR(128) NOT NULL UNIQUE,
    "phone_cipher" TEXT NOT NULL,
    "phone_index" VARCHAR(64) NOT NULL,
    "params" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "biz_id" VARCHAR(64),
    "error_code" VARCHAR(64) NOT NULL,
    "error_message" VARCHAR(255) NOT NULL,
    "attempts" INT NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "batch_id" INT REFERENCES "sms_batch" ("id") ON DELETE RESTRICT,
    "patient_id" INT REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "sms_template" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_sms_message_phone_i_718432" ON "sms_message" ("phone_index");
CREATE INDEX IF NOT EXISTS "idx_sms_message_batch_i_6c5aa6" ON "sms_message" ("batch_id", "status");
COMMENT ON COLUMN "sms_message"."created_at" IS '创建时间';
COMMENT ON COLUMN "sms_message"."updated_at" IS '更新时间';
COMMENT ON COLUMN "sms_message"."status" IS '发送状态';
COMMENT ON COLUMN "sms_message"."biz_id" IS '服务商回执ID (BizId)';
COMMENT ON TABLE "sms_message" IS 'One SMS to one number. `dedupe_key` is unique and sent to Aliyun as OutId.';
CREATE TABLE IF NOT EXISTS "staff_session" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" UUID NOT NULL PRIMARY KEY,
    "refresh_token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "last_seen_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "revoked_reason" VARCHAR(32),
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_staff_sessi_staff_i_8347b5" ON "staff_session" ("staff_id", "revoked_at");
COMMENT ON COLUMN "staff_session"."created_at" IS '创建时间';
COMMENT ON COLUMN "staff_session"."updated_at" IS '更新时间';
COMMENT ON COLUMN "staff_session"."expires_at" IS '绝对过期时间';
COMMENT ON TABLE "staff_session" IS 'A server-side login session; an access token is valid only while its session is.';
CREATE TABLE IF NOT EXISTS "sync_run" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "source" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "window_start" TIMESTAMPTZ,
    "window_end" TIMESTAMPTZ,
    "watermark" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "fetched" INT NOT NULL,
    "inserted" INT NOT NULL,
    "updated" INT NOT NULL,
    "rejected" INT NOT NULL,
    "lag_seconds" INT,
    "error" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sync_run_source_496d9f" ON "sync_run" ("source", "started_at");
COMMENT ON COLUMN "sync_run"."created_at" IS '创建时间';
COMMENT ON COLUMN "sync_run"."updated_at" IS '更新时间';
COMMENT ON COLUMN "sync_run"."status" IS '状态';
COMMENT ON COLUMN "sync_run"."watermark" IS '本次处理到的 HIS 更新时间';
COMMENT ON TABLE "sync_run" IS 'One pull from an outside source (HIS views, HL7, FHIR) and what it did.';
CREATE TABLE IF NOT EXISTS "quarantined_record" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "source" VARCHAR(32) NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "external_id" VARCHAR(128) NOT NULL,
    "payload" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "attempts" INT NOT NULL,
    "resolved_at" TIMESTAMPTZ,
    "sync_run_id" INT REFERENCES "sync_run" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_quarantined_source_f07056" UNIQUE ("source", "entity", "external_id")
);
COMMENT ON COLUMN "quarantined_record"."created_at" IS '创建时间';
COMMENT ON COLUMN "quarantined_record"."updated_at" IS '更新时间';
COMMENT ON COLUMN "quarantined_record"."entity" IS '实体（患者、住院、检验等）';
COMMENT ON TABLE "quarantined_record" IS 'A record from outside that could not be stored, kept with the reason until retried.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
CREATE TABLE IF NOT EXISTS "menu_role" (
    "menu_id" INT NOT NULL REFERENCES "menu" ("id") ON DELETE CASCADE,
    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "menu_role" IS '可见角色';
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
COMMENT ON TABLE "role_permission" IS '权限';
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_role_permis_role_id_7454bb" ON "role_permission" ("role_id", "permission_id");
CREATE TABLE IF NOT EXISTS "staff_role" (
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE,
    "role_id" INT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "staff_role" IS '角色';
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_staff_role_staff_i_f36487" ON "staff_role" ("staff_id", "role_id");
CREATE TABLE IF NOT EXISTS "staff_department" (
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE CASCADE,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "staff_department" IS '兼管科室';
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
