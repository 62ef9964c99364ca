"""Contact with patients: phone calls and SMS (templates, batches, messages)."""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import CallStatus, SmsBatchStatus, SmsCategory, SmsStatus
from backend.models.clinical import Patient
from backend.models.followup import FollowUpTask
from backend.models.organisation import Staff


class CallRecord(TimestampedModel):
    """One dial attempt (通话记录), with the times of its events and the recording reference."""

    task_id: int | None
    patient_id: int
    staff_id: int | None
    id = fields.IntField(primary_key=True)
    task: fields.ForeignKeyNullableRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="calls", null=True, on_delete=fields.RESTRICT
    )
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="calls", on_delete=fields.RESTRICT
    )
    staff: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="calls", null=True, on_delete=fields.RESTRICT
    )
    driver = fields.CharField(max_length=16, description="拨号方式")
    provider_call_id = fields.CharField(max_length=128, null=True, unique=True)
    pbx_ref = fields.CharField(max_length=64, default="", db_index=True, description="交换机呼叫编号")
    number_cipher = fields.TextField(description="被叫号码（密文）")
    extension = fields.CharField(max_length=32, default="")
    status = fields.CharEnumField(CallStatus, max_length=16, default=CallStatus.INITIATED, description="通话状态")
    started_at = fields.DatetimeField()
    answered_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)
    duration_seconds = fields.IntField(default=0)
    hangup_cause = fields.CharField(max_length=64, default="")
    recording_ref = fields.CharField(max_length=255, default="")

    class Meta:
        table = "call_record"
        indexes = (("patient_id", "started_at"),)

    def __str__(self) -> str:
        return f"通话 {self.id}"


class InboundCall(TimestampedModel):
    """A call from outside that rang a staff extension (来电), matched to patients by the blind
    index of the caller's number, for the screen pop (来电弹屏) of the staff member at that
    extension. Kept in the database so that any web process can show it to that browser."""

    staff_id: int | None
    id = fields.IntField(primary_key=True)
    pbx_call_id = fields.CharField(max_length=128, default="", description="交换机呼叫编号")
    caller_cipher = fields.TextField(description="来电号码（密文）")
    extension = fields.CharField(max_length=32, description="振铃分机")
    staff: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="inbound_calls", null=True, on_delete=fields.RESTRICT
    )
    patient_ids = fields.JSONField(default=list, description="号码匹配到的患者")
    rang_at = fields.DatetimeField(description="振铃时间")

    class Meta:
        table = "inbound_call"
        indexes = (("staff_id", "id"),)

    def __str__(self) -> str:
        return f"来电 {self.id}"


class SmsTemplate(TimestampedModel):
    """An SMS template approved by the carrier (Aliyun template code and sign name)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=64)
    category = fields.CharEnumField(SmsCategory, max_length=16, description="短信类别")
    provider_template_code = fields.CharField(max_length=64, description="服务商模板编码")
    sign_name = fields.CharField(max_length=32, description="短信签名")
    content = fields.TextField(description="模板内容，变量写作 ${name}")
    variables = fields.JSONField(default=list)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "sms_template"

    def __str__(self) -> str:
        return self.name


class SmsBatch(TimestampedModel):
    """An SMS campaign: a patient matching query, a template and a schedule."""

    template_id: int
    created_by_id: int | None
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    template: fields.ForeignKeyRelation[SmsTemplate] = fields.ForeignKeyField(
        "models.SmsTemplate", related_name="batches", on_delete=fields.RESTRICT
    )
    query = fields.JSONField(default=dict, description="患者筛选条件")
    scheduled_at = fields.DatetimeField(null=True)
    recurrence = fields.CharField(max_length=64, default="", description="重复规则")
    status = fields.CharEnumField(SmsBatchStatus, max_length=16, default=SmsBatchStatus.DRAFT, description="状态")
    created_by: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="sms_batches", null=True, on_delete=fields.RESTRICT
    )
    total = fields.IntField(default=0)
    runs = fields.IntField(default=0, description="已执行次数")
    last_run_at = fields.DatetimeField(null=True, description="上次执行")
    next_run_at = fields.DatetimeField(null=True, description="下次执行")

    class Meta:
        table = "sms_batch"

    def __str__(self) -> str:
        return self.name


class SmsMessage(TimestampedModel):
    """One SMS to one number. `dedupe_key` is unique and sent to Aliyun as OutId."""

    batch_id: int | None
    task_id: int | None
    patient_id: int | None
    template_id: int
    id = fields.IntField(primary_key=True)
    dedupe_key = fields.CharField(max_length=128, unique=True)
    batch: fields.ForeignKeyNullableRelation[SmsBatch] = fields.ForeignKeyField(
        "models.SmsBatch", related_name="messages", null=True, on_delete=fields.RESTRICT
    )
    task: fields.ForeignKeyNullableRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="sms_messages", null=True, on_delete=fields.RESTRICT
    )
    patient: fields.ForeignKeyNullableRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="sms_messages", null=True, on_delete=fields.RESTRICT
    )
    template: fields.ForeignKeyRelation[SmsTemplate] = fields.ForeignKeyField(
        "models.SmsTemplate", related_name="messages", on_delete=fields.RESTRICT
    )
    phone_cipher = fields.TextField()
    phone_index = fields.CharField(max_length=64, db_index=True)
    params = fields.JSONField(default=dict)
    status = fields.CharEnumField(SmsStatus, max_length=16, default=SmsStatus.PENDING, description="发送状态")
    biz_id = fields.CharField(max_length=64, null=True, description="服务商回执ID (BizId)")
    error_code = fields.CharField(max_length=64, default="")
    error_message = fields.CharField(max_length=255, default="")
    attempts = fields.IntField(default=0)
    # A worker holds the message until this time while it talks to the provider; another worker
    # (an arq retry, a duplicate job) leaves it alone until then.
    lease_until = fields.DatetimeField(null=True)
    next_attempt_at = fields.DatetimeField(null=True, description="下次尝试")
    last_attempt_at = fields.DatetimeField(null=True)
    submitted_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "sms_message"
        indexes = (("batch_id", "status"),)

    def __str__(self) -> str:
        return f"短信 {self.dedupe_key}"


class SmsReply(TimestampedModel):
    """A reply from a patient to one of our messages (上行短信), linked to the patient by number."""

    patient_id: int | None
    id = fields.IntField(primary_key=True)
    provider_id = fields.CharField(max_length=128, unique=True, description="服务商上行编号")
    patient: fields.ForeignKeyNullableRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="sms_replies", null=True, on_delete=fields.RESTRICT
    )
    phone_cipher = fields.TextField()
    phone_index = fields.CharField(max_length=64, db_index=True)
    content = fields.CharField(max_length=500, description="回复内容")
    dest_code = fields.CharField(max_length=32, default="", description="扩展码")
    received_at = fields.DatetimeField(description="回复时间")
    opted_out = fields.BooleanField(default=False, description="退订")

    class Meta:
        table = "sms_reply"

    def __str__(self) -> str:
        return f"回复 {self.id}"
