"""Every enumerated value of the domain, with its Chinese label and amis badge colour.

Each enum member is declared as ``NAME = value, label, colour``; admin columns, filters, API
schemas and exports read `.label` and `.color`, so a new state is added here and nowhere else.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class LabeledEnum(str, Enum):
    """A string enum whose members carry a Chinese label and a badge colour."""

    label: str
    color: str

    def __new__(cls, value: str, label: str = "", color: str = "info") -> LabeledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        member.color = color
        return member

    def __str__(self) -> str:
        return self.value

    @classmethod
    def options(cls) -> list[dict[str, Any]]:
        """amis select options: ``[{"label": "已完成", "value": "completed"}, ...]``."""
        return [{"label": m.label, "value": m.value} for m in cls]

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {m.value: m.label for m in cls}

    @classmethod
    def label_of(cls, value: Any) -> str:
        """The Chinese label of a stored value; a value this enum does not know is shown as stored."""
        try:
            return cls(str(getattr(value, "value", value))).label
        except ValueError:
            return str(value)


class DepartmentKind(LabeledEnum):
    CLINICAL = "clinical", "临床科室", "success"
    WARD = "ward", "病区", "info"
    MEDTECH = "medtech", "医技科室", "warning"
    ADMINISTRATIVE = "administrative", "职能科室", "secondary"
    FOLLOWUP = "followup", "随访中心", "primary"


class DataScope(LabeledEnum):
    """How far a role sees patient data."""

    ALL = "all", "全院", "danger"
    DEPARTMENT = "department", "本科室", "info"
    NONE = "none", "无患者数据", "secondary"


class Gender(LabeledEnum):
    MALE = "male", "男", "info"
    FEMALE = "female", "女", "danger"
    UNKNOWN = "unknown", "未知", "secondary"


class DischargeDisposition(LabeledEnum):
    """离院方式, value domain RC019 of the medical record front page."""

    ORDERED = "1", "医嘱离院", "success"
    TRANSFERRED = "2", "医嘱转院", "info"
    COMMUNITY = "3", "医嘱转社区卫生服务机构/乡镇卫生院", "info"
    AGAINST_ADVICE = "4", "非医嘱离院", "warning"
    DEATH = "5", "死亡", "danger"
    OTHER = "9", "其他", "secondary"


class DiagnosisKind(LabeledEnum):
    WESTERN = "western", "西医诊断", "info"
    TCM_DISEASE = "tcm_disease", "中医病名", "success"
    TCM_SYNDROME = "tcm_syndrome", "中医证候", "warning"


class AbnormalFlag(LabeledEnum):
    NORMAL = "normal", "正常", "success"
    HIGH = "high", "偏高", "warning"
    LOW = "low", "偏低", "warning"
    ABNORMAL = "abnormal", "异常", "warning"
    POSITIVE = "positive", "阳性", "warning"
    WEAK_POSITIVE = "weak_positive", "弱阳性", "warning"
    CRITICAL = "critical", "危急值", "danger"


class Program(LabeledEnum):
    """The three programs served by one follow-up engine."""

    CENTRE = "centre", "随访中心", "primary"
    SATISFACTION = "satisfaction", "满意度调查（行风办）", "warning"
    DEPARTMENT = "department", "科室随访", "success"


class Channel(LabeledEnum):
    PHONE = "phone", "电话", "primary"
    SMS = "sms", "短信", "info"
    SMS_THEN_PHONE = "sms_then_phone", "短信通知后电话", "info"
    H5 = "h5", "H5 问卷链接", "success"


class AssignmentPolicy(LabeledEnum):
    ROUND_ROBIN = "round_robin", "轮流分配", "info"
    LEAST_LOADED = "least_loaded", "最少任务优先", "info"
    BY_DEPARTMENT = "by_department", "按科室分配", "info"
    # 科室随访: the stay's attending doctor (主管医生, from the HIS), or the department's nurses in turn
    ATTENDING = "attending", "分配给主管医生", "success"
    NURSE_TEAM = "nurse_team", "科室护士轮流", "info"
    MANUAL = "manual", "手工分配", "secondary"


class MergeRule(LabeledEnum):
    """What a template's step does when a higher-priority template already has a task for the
    same patient whose due window overlaps: one call per patient per window."""

    MERGE = "merge", "合并到同一次随访", "primary"
    DEFER = "defer", "顺延到该次随访之后", "info"


class QuestionnaireStatus(LabeledEnum):
    DRAFT = "draft", "草稿", "secondary"
    PUBLISHED = "published", "已发布", "success"
    RETIRED = "retired", "已停用", "warning"


class ItemType(LabeledEnum):
    SINGLE = "single", "单选", "info"
    MULTIPLE = "multiple", "多选", "info"
    TEXT = "text", "文本", "info"
    NUMBER = "number", "数值", "info"
    SCALE = "scale", "量表", "info"
    DATE = "date", "日期", "info"


class TaskStatus(LabeledEnum):
    """Where a follow-up task is in its life; the business result is `TaskOutcome`."""

    PENDING = "pending", "待分配", "secondary"
    ASSIGNED = "assigned", "已分配", "info"
    IN_PROGRESS = "in_progress", "进行中", "primary"
    COMPLETED = "completed", "已完成", "success"
    CANCELLED = "cancelled", "已取消", "dark"


class TaskOutcome(LabeledEnum):
    """What the last contact attempt achieved."""

    REACHED = "reached", "已联系", "success"
    NO_ANSWER = "no_answer", "无人接听", "warning"
    BUSY = "busy", "占线", "warning"
    WRONG_NUMBER = "wrong_number", "号码错误", "danger"
    REFUSED = "refused", "拒绝随访", "danger"
    # Reached, but the patient cannot or will not judge (a relative answering, too ill, no opinion):
    # not a refusal of the hospital, counted apart in the satisfaction response figures.
    INCONVENIENT = "inconvenient", "不便回答", "warning"
    DECEASED = "deceased", "已故", "dark"
    READMITTED = "readmitted", "再次入院", "info"
    CALL_BACK_LATER = "call_back_later", "预约再联系", "primary"


class ReachedWithoutCall(LabeledEnum):
    """How a phone follow-up was reached when no answered call on the task shows it (stated by staff)."""

    OFFLINE = "offline", "线下（当面）随访", "info"
    OTHER = "other", "其他方式联系", "secondary"


class CancelReason(LabeledEnum):
    DECEASED = "deceased", "患者已故", "dark"
    DO_NOT_CONTACT = "do_not_contact", "患者拒绝联系", "dark"
    READMITTED = "readmitted", "窗口期内再入院", "info"
    TEMPLATE_CHANGED = "template_changed", "模板变更", "secondary"
    MANUAL = "manual", "人工取消", "secondary"
    # The HIS withdrew the discharge (HL7 A13) or the whole stay (A11) the task was planned from.
    NOT_DISCHARGED = "not_discharged", "撤销出院（患者仍在院）", "warning"
    VISIT_CANCELLED = "visit_cancelled", "撤销入院", "secondary"
    # A higher-priority template calls the patient in the same window (merge rule 合并).
    MERGED = "merged", "已合并到同期更高优先级的随访", "secondary"


class ProblemStatus(LabeledEnum):
    OPEN = "open", "待处理", "danger"
    REPLIED = "replied", "已回复", "warning"
    VERIFIED = "verified", "已核实", "success"
    CLOSED = "closed", "已关闭", "secondary"


class ProblemSeverity(LabeledEnum):
    NORMAL = "normal", "一般", "info"
    URGENT = "urgent", "紧急", "danger"


class RectificationStatus(LabeledEnum):
    """整改单: the department replies with measures, the 行风办 verifies (and calls the patient back)."""

    OPEN = "open", "待整改", "danger"
    REPLIED = "replied", "已反馈措施", "warning"
    VERIFIED = "verified", "已核实关闭", "success"


class RectificationSource(LabeledEnum):
    COMPLAINT = "complaint", "患者投诉", "danger"
    LOW_SCORE = "low_score", "关键题低分", "warning"


class CallStatus(LabeledEnum):
    INITIATED = "initiated", "发起", "secondary"
    RINGING = "ringing", "振铃", "info"
    ANSWERED = "answered", "通话中", "primary"
    COMPLETED = "completed", "已结束", "success"
    NO_ANSWER = "no_answer", "无人接听", "warning"
    BUSY = "busy", "占线", "warning"
    FAILED = "failed", "失败", "danger"


class DialMethod(LabeledEnum):
    """How a staff member's calls are placed."""

    PBX = "pbx", "服务器呼叫（PBX）", "primary"
    RUNPU = "runpu", "桌面录音盒（润普）", "info"
    SIMBOX = "simbox", "桌面SIM卡盒", "info"
    MANUAL = "manual", "手工拨号", "secondary"
    WEBRTC = "webrtc", "网络电话（浏览器）", "primary"


class SmsCategory(LabeledEnum):
    FREE_CLINIC = "free_clinic", "义诊通知", "success"
    MEDICATION = "medication", "用药提醒", "info"
    RECHECK = "recheck", "定期复查", "primary"
    LECTURE = "lecture", "科普讲座", "warning"
    FOLLOWUP = "followup", "随访通知", "info"
    # to staff, never to patients (administrator alerts): not offered for patient campaigns
    SYSTEM = "system", "系统告警（工作人员）", "danger"


class SmsBatchStatus(LabeledEnum):
    DRAFT = "draft", "草稿", "secondary"
    SCHEDULED = "scheduled", "已排期", "info"
    SENDING = "sending", "发送中", "primary"
    DONE = "done", "已完成", "success"
    CANCELLED = "cancelled", "已取消", "dark"


class SmsStatus(LabeledEnum):
    PENDING = "pending", "待发送", "secondary"
    QUEUED = "queued", "已交外网发送", "primary"
    SUBMITTED = "submitted", "已提交", "info"
    DELIVERED = "delivered", "已送达", "success"
    FAILED = "failed", "发送失败", "danger"
    SKIPPED = "skipped", "未发送（不可联系）", "dark"


class SyncStatus(LabeledEnum):
    RUNNING = "running", "进行中", "primary"
    SUCCEEDED = "succeeded", "成功", "success"
    PARTIAL = "partial", "部分失败", "warning"
    FAILED = "failed", "失败", "danger"
    # its process died (killed, host restarted): what it committed is counted, the rest is not in
    INTERRUPTED = "interrupted", "中断", "warning"


class ExchangeDirection(LabeledEnum):
    OUTBOUND = "outbound", "发出", "info"
    INBOUND = "inbound", "接收", "info"


class ExchangeStatus(LabeledEnum):
    PENDING = "pending", "待处理", "secondary"
    SENT = "sent", "已发送", "info"
    ACKED = "acked", "已确认", "success"
    APPLIED = "applied", "已应用", "success"
    FAILED = "failed", "失败", "danger"


class ExchangeKind(LabeledEnum):
    """What an exchanged record carries (one handler each at the receiving node)."""

    H5_ANSWER = "h5_answer", "患者问卷答案", "info"
    SMS_PUSH = "sms_push", "短信回执与回复", "info"
    QUESTIONNAIRE = "questionnaire", "问卷发布", "info"
    H5_LINK = "h5_link", "问卷链接发布", "info"
    SMS_SEND = "sms_send", "短信外发请求", "info"
    SMS_RESULT = "sms_result", "短信发送结果", "info"


class ResetRequestStatus(LabeledEnum):
    PENDING = "pending", "待批准", "warning"
    APPROVED = "approved", "已批准", "info"
    REJECTED = "rejected", "已驳回", "secondary"
    COMPLETED = "completed", "已重置", "success"


class AuditAction(LabeledEnum):
    LOGIN = "login", "登录", "success"
    LOGIN_FAILED = "login_failed", "登录失败", "danger"
    LOGOUT = "logout", "退出", "secondary"
    TOKEN_REFRESH = "token_refresh", "刷新令牌", "secondary"
    PASSWORD_CHANGE = "password_change", "修改密码", "warning"
    PASSWORD_RESET = "password_reset", "重置密码", "warning"
    LOCK = "lock", "锁定账户", "warning"
    UNLOCK = "unlock", "解锁账户", "info"
    UNMASK = "unmask", "查看敏感信息", "danger"
    EXACT_SEARCH = "exact_search", "按手机号/身份证号查询", "danger"
    RESET_LOGIN = "reset_login", "使用重置密码登录", "danger"
    RESET_REQUEST = "reset_request", "申请重置管理员密码", "warning"
    RESET_APPROVE = "reset_approve", "批准重置管理员密码", "warning"
    RESET_REJECT = "reset_reject", "驳回重置管理员密码", "info"
    EXPORT = "export", "导出", "warning"
    CREATE = "create", "新增", "success"
    UPDATE = "update", "修改", "info"
    DELETE = "delete", "删除", "danger"
    AI_CALL = "ai_call", "AI 调用", "info"


# ---- values stored as plain text by outside systems or by the code, shown with these labels ------


class CallDriver(LabeledEnum):
    """拨号方式 as a call record stores it: the dialer driver or the desk method that placed it."""

    SIMULATOR = "simulator", "模拟呼叫（演示）", "secondary"
    AMI = "ami", "服务器呼叫（Asterisk）", "primary"
    ESL = "esl", "服务器呼叫（FreeSWITCH）", "primary"
    YEASTAR = "yeastar", "服务器呼叫（Yeastar）", "primary"
    RUNPU = "runpu", "桌面录音盒（润普）", "info"
    SIMBOX = "simbox", "桌面SIM卡盒", "info"
    MANUAL = "manual", "手工拨号", "secondary"
    WEBRTC = "webrtc", "网络电话（浏览器）", "primary"


class HangupCause(LabeledEnum):
    """挂断原因: ITU-T Q.850 cause numbers (Asterisk, the simulator), FreeSWITCH's names for them
    and Yeastar's CDR status words, each with the meaning staff understand."""

    UNALLOCATED = "1", "号码不存在（空号）", "danger"
    NO_ROUTE = "3", "无法接通（无路由）", "danger"
    NORMAL = "16", "正常挂机", "success"
    USER_BUSY = "17", "用户忙", "warning"
    NO_USER_RESPONSE = "18", "无应答", "warning"
    NO_ANSWER = "19", "无人接听", "warning"
    ABSENT = "20", "用户不在服务区", "warning"
    REJECTED = "21", "呼叫被拒绝", "danger"
    NUMBER_CHANGED = "22", "号码已改变", "danger"
    OUT_OF_ORDER = "27", "对方线路故障", "danger"
    INVALID_FORMAT = "28", "号码格式错误", "danger"
    NORMAL_UNSPECIFIED = "31", "正常结束", "secondary"
    NO_CIRCUIT = "34", "线路忙（无可用中继）", "warning"
    NETWORK_DOWN = "38", "网络故障", "danger"
    TEMPORARY = "41", "临时故障", "danger"
    CONGESTION = "42", "交换设备拥塞", "warning"
    TIMEOUT = "102", "超时", "warning"
    INTERWORKING = "127", "网间互通故障", "danger"
    FS_UNALLOCATED = "UNALLOCATED_NUMBER", "号码不存在（空号）", "danger"
    FS_NORMAL = "NORMAL_CLEARING", "正常挂机", "success"
    FS_BUSY = "USER_BUSY", "用户忙", "warning"
    FS_NO_RESPONSE = "NO_USER_RESPONSE", "无应答", "warning"
    FS_NO_ANSWER = "NO_ANSWER", "无人接听", "warning"
    FS_ABSENT = "SUBSCRIBER_ABSENT", "用户不在服务区", "warning"
    FS_REJECTED = "CALL_REJECTED", "呼叫被拒绝", "danger"
    FS_CANCEL = "ORIGINATOR_CANCEL", "主叫取消", "secondary"
    FS_INVALID = "INVALID_NUMBER_FORMAT", "号码格式错误", "danger"
    FS_TIMEOUT = "RECOVERY_ON_TIMER_EXPIRE", "超时", "warning"
    YS_ANSWERED = "ANSWERED", "已接通", "success"
    YS_NO_ANSWER = "NO ANSWER", "无人接听", "warning"
    YS_BUSY = "BUSY", "用户忙", "warning"
    YS_FAILED = "FAILED", "呼叫失败", "danger"
    YS_VOICEMAIL = "VOICEMAIL", "转入语音信箱", "info"


class HisEntity(LabeledEnum):
    """Kinds of HIS record a sync stores or quarantines."""

    PATIENT = "patient", "患者", "info"
    VISIT = "visit", "就诊", "info"
    DIAGNOSIS = "diagnosis", "诊断", "info"
    SUMMARY = "summary", "出院小结", "info"
    FRONT_PAGE = "front_page", "病案首页", "info"
    LAB = "lab", "检验报告", "info"
    LAB_RESULT = "lab_result", "检验结果", "info"
    MESSAGE = "message", "消息", "secondary"
    BATCH = "batch", "批次", "secondary"
    CANCEL_DISCHARGE = "cancel_discharge", "撤销出院", "warning"
    CANCEL_ADMISSION = "cancel_admission", "撤销入院", "warning"
    # records of the intranet-extranet exchange a node could not apply (source "exchange")
    H5_ANSWER = "h5_answer", "患者问卷答案", "info"
    SMS_PUSH = "sms_push", "短信回执与回复", "info"
    QUESTIONNAIRE = "questionnaire", "问卷发布", "info"
    H5_LINK = "h5_link", "问卷链接发布", "info"


class HisSourceName(LabeledEnum):
    """数据源: the names the HIS adapters give their sync runs."""

    DEMO = "demo_his", "演示 HIS", "secondary"
    SQLVIEW = "sqlview", "HIS 数据库视图", "primary"
    HL7 = "hl7", "HL7 接口", "primary"
    FHIR = "fhir", "FHIR 接口", "primary"
    CDA = "cda", "CDA 文档", "primary"
    EXCHANGE = "exchange", "内外网交换", "info"


class NoticeKind(LabeledEnum):
    """系统通知 categories."""

    UNKNOWN_DEPARTMENT = "unknown_department", "科室编码未登记", "danger"
    UNKNOWN_WARD = "unknown_ward", "病区编码未登记", "warning"
    SYNC_FAILED = "sync_failed", "同步失败", "danger"
    SYNC_LAG = "sync_lag", "同步延迟", "warning"
    RECONCILE = "reconcile", "对账差异", "warning"
    SMS_CONFIG = "sms_config", "短信配置错误", "danger"
    H5_NOT_CONFIGURED = "h5_not_configured", "H5 对外地址未配置", "danger"
    EXCHANGE_REFUSED = "exchange_refused", "交换批次被拒收", "danger"
    EXCHANGE_LAG = "exchange_lag", "内外网交换延迟", "warning"


class NoticeLevel(LabeledEnum):
    INFO = "info", "提示", "info"
    WARNING = "warning", "警告", "warning"
    DANGER = "danger", "严重", "danger"


class AiProviderKind(LabeledEnum):
    """AI 服务类型: how the adapter speaks to the model."""

    DEEPSEEK = "deepseek", "DeepSeek", "primary"
    DOUBAO = "doubao", "豆包（火山方舟）", "primary"
    OPENAI = "openai", "OpenAI 兼容（院内一体机、vLLM、Ollama 等）", "info"


class AiFeature(LabeledEnum):
    """What the AI helps with; each can be given its own model and quota."""

    BRIEF = "brief", "通话前摘要", "info"
    DRAFT_ANSWERS = "draft_answers", "问卷答案草拟", "info"
    TRIAGE = "triage", "问题分诊", "info"
    COMMENTS = "comments", "满意度意见分析", "info"
    STATS_QUESTION = "stats_question", "统计问答", "info"
    QUESTIONNAIRE = "questionnaire", "问卷起草", "info"
    NARRATIVE = "narrative", "月度报告解读", "info"
    CONNECTION_TEST = "connection_test", "测试连接", "secondary"


class AiOutcome(LabeledEnum):
    """How an AI call ended (audit)."""

    OK = "ok", "成功", "success"
    INVALID_OUTPUT = "invalid_output", "应答不合格已拒收", "warning"
    STOPPED = "stopped", "用户停止", "secondary"
    TIMEOUT = "timeout", "超时", "danger"
    UNAVAILABLE = "unavailable", "服务不可用", "danger"
    RATE_LIMITED = "rate_limited", "服务限流", "warning"
    REJECTED = "rejected", "服务拒绝", "danger"
    OVER_QUOTA = "over_quota", "超出配额", "warning"


class AuditResource(LabeledEnum):
    """The Chinese name of each kind of record, by its table: 对象类型 of an audit event (the table
    of the record acted on, or the report exported) and the label of a reference to it."""

    ADMISSION = "admission", "住院记录", "info"
    AI_FEATURE = "ai_feature", "AI 功能", "info"
    AI_PROVIDER = "ai_provider", "AI 服务", "info"
    AI_SETTING = "ai_setting", "AI 服务设置", "info"
    AUDIT_EVENT = "audit_event", "审计日志", "info"
    CALL_RECORD = "call_record", "通话记录", "info"
    DEPARTMENT = "department", "科室", "info"
    DEPARTMENT_ALIAS = "department_alias", "科室编码对照", "info"
    DIAGNOSIS = "diagnosis", "诊断", "info"
    DIAGNOSIS_CODE = "diagnosis_code", "诊断编码", "info"
    DISCHARGE_SUMMARY = "discharge_summary", "出院小结", "info"
    EDGE_ITEM = "edge_item", "外网节点暂存", "info"
    EXCHANGE_MESSAGE = "exchange_message", "内外网交换消息", "info"
    EXCHANGE_PEER = "exchange_peer", "交换对端", "info"
    EXCHANGE_RECORD = "exchange_record", "待交换记录", "info"
    FOLLOWUP_RECORD = "followup_record", "随访记录", "info"
    FOLLOWUP_TASK = "followup_task", "随访任务", "info"
    FOLLOWUP_TEMPLATE = "followup_template", "随访模板", "info"
    GENERATION_MARK = "followup_generation_mark", "任务生成水位", "info"
    LAB_REPORT = "lab_report", "检验报告", "info"
    LAB_RESULT = "lab_result", "检验结果", "info"
    FRONT_PAGE = "front_page", "病案首页", "info"
    MENU = "menu", "功能菜单", "info"
    NOTICE = "notice", "系统通知", "info"
    PATIENT = "patient", "患者", "info"
    PERMISSION = "permission", "权限", "info"
    PROBLEM = "problem", "问题处理", "info"
    QUARANTINED_RECORD = "quarantined_record", "隔离数据", "info"
    QUESTIONNAIRE = "questionnaire", "问卷", "info"
    ROLE = "role", "角色", "info"
    SMS_BATCH = "sms_batch", "短信群发", "info"
    SMS_MESSAGE = "sms_message", "短信", "info"
    SMS_REPLY = "sms_reply", "患者回复", "info"
    SMS_TEMPLATE = "sms_template", "短信模板", "info"
    STAFF = "staff", "员工", "info"
    STAFF_SESSION = "staff_session", "登录会话", "info"
    SYNC_RUN = "sync_run", "同步记录", "info"
    STATISTICS = "statistics", "统计分析", "info"


class PadConflictStatus(LabeledEnum):
    """Whether a person has decided an offline pad record that met a changed task."""

    OPEN = "open", "待处理", "warning"
    RESOLVED = "resolved", "已处理", "success"


class PadResolution(LabeledEnum):
    """What the person decided for a conflicting pad record."""

    KEEP_SERVER = "keep_server", "保留系统中的记录", "secondary"
    APPLY_PAD = "apply_pad", "采用平板记录", "primary"
