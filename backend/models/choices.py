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
    DECEASED = "deceased", "已故", "dark"
    READMITTED = "readmitted", "再次入院", "info"
    CALL_BACK_LATER = "call_back_later", "预约再联系", "primary"


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


class SmsCategory(LabeledEnum):
    FREE_CLINIC = "free_clinic", "义诊通知", "success"
    MEDICATION = "medication", "用药提醒", "info"
    RECHECK = "recheck", "定期复查", "primary"
    LECTURE = "lecture", "科普讲座", "warning"
    FOLLOWUP = "followup", "随访通知", "info"


class SmsBatchStatus(LabeledEnum):
    DRAFT = "draft", "草稿", "secondary"
    SCHEDULED = "scheduled", "已排期", "info"
    SENDING = "sending", "发送中", "primary"
    DONE = "done", "已完成", "success"
    CANCELLED = "cancelled", "已取消", "dark"


class SmsStatus(LabeledEnum):
    PENDING = "pending", "待发送", "secondary"
    SUBMITTED = "submitted", "已提交", "info"
    DELIVERED = "delivered", "已送达", "success"
    FAILED = "failed", "发送失败", "danger"
    SKIPPED = "skipped", "未发送（不可联系）", "dark"


class SyncStatus(LabeledEnum):
    RUNNING = "running", "进行中", "primary"
    SUCCEEDED = "succeeded", "成功", "success"
    PARTIAL = "partial", "部分失败", "warning"
    FAILED = "failed", "失败", "danger"


class ExchangeDirection(LabeledEnum):
    OUTBOUND = "outbound", "发出", "info"
    INBOUND = "inbound", "接收", "info"


class ExchangeStatus(LabeledEnum):
    PENDING = "pending", "待处理", "secondary"
    SENT = "sent", "已发送", "info"
    ACKED = "acked", "已确认", "success"
    APPLIED = "applied", "已应用", "success"
    FAILED = "failed", "失败", "danger"


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
    EXPORT = "export", "导出", "warning"
    CREATE = "create", "新增", "success"
    UPDATE = "update", "修改", "info"
    DELETE = "delete", "删除", "danger"
