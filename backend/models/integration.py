"""Integration bookkeeping: sync runs, quarantined records, exchange outbox/inbox."""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import ExchangeDirection, ExchangeStatus, SyncStatus


class SyncRun(TimestampedModel):
    """One pull from an outside source (HIS views, HL7, FHIR) and what it did."""

    id = fields.IntField(primary_key=True)
    source = fields.CharField(max_length=32)
    status = fields.CharEnumField(SyncStatus, max_length=16, default=SyncStatus.RUNNING, description="状态")
    window_start = fields.DatetimeField(null=True)
    window_end = fields.DatetimeField(null=True)
    watermark = fields.DatetimeField(null=True, description="本次处理到的 HIS 更新时间")
    started_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)
    fetched = fields.IntField(default=0)
    inserted = fields.IntField(default=0)
    updated = fields.IntField(default=0)
    # what this run put in the quarantine (a record re-read and refused again is not counted twice)
    rejected = fields.IntField(default=0)
    backlog = fields.IntField(default=0, description="运行后该数据源待处理的隔离记录")
    skipped = fields.IntField(default=0, description="跳过（非住院就诊等，不是错误）")
    skip_note = fields.TextField(default="", description="跳过原因、条数与示例编号")
    lag_seconds = fields.IntField(null=True)
    error = fields.TextField(default="")

    class Meta:
        table = "sync_run"
        indexes = (("source", "started_at"),)

    def __str__(self) -> str:
        return f"{self.source} #{self.id}"


class QuarantinedRecord(TimestampedModel):
    """A record from outside that could not be stored, kept with the reason until retried."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    sync_run_id: int | None

    id = fields.IntField(primary_key=True)
    source = fields.CharField(max_length=32)
    entity = fields.CharField(max_length=32, description="实体（患者、住院、检验等）")
    external_id = fields.CharField(max_length=128)
    payload = fields.JSONField()
    reason = fields.TextField()
    sync_run: fields.ForeignKeyNullableRelation[SyncRun] = fields.ForeignKeyField(
        "models.SyncRun", related_name="quarantined", null=True, on_delete=fields.SET_NULL
    )
    attempts = fields.IntField(default=1)
    resolved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "quarantined_record"
        unique_together = (("source", "entity", "external_id"),)

    def __str__(self) -> str:
        return f"{self.entity} {self.external_id}"


class ExchangeMessage(TimestampedModel):
    """A signed, sequence-numbered batch in the outbox or inbox of the intranet-extranet exchange."""

    id = fields.IntField(primary_key=True)
    direction = fields.CharEnumField(ExchangeDirection, max_length=16, description="方向")
    peer = fields.CharField(max_length=64)
    sequence = fields.BigIntField()
    kind = fields.CharField(max_length=32)
    payload = fields.JSONField()
    signature = fields.CharField(max_length=128)
    status = fields.CharEnumField(ExchangeStatus, max_length=16, default=ExchangeStatus.PENDING, description="状态")
    attempts = fields.IntField(default=0)
    error = fields.TextField(default="")

    class Meta:
        table = "exchange_message"
        unique_together = (("direction", "peer", "sequence"),)

    def __str__(self) -> str:
        return f"{self.direction} {self.peer}#{self.sequence}"


class Notice(TimestampedModel):
    """An alert for administrators (同步失败, 数据延迟, 对账不一致), shown until acknowledged or, for
    a condition the system can see end (the next run or reconciliation is clean), until it recovers."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=32, description="类别")
    level = fields.CharField(max_length=16, default="warning", description="级别")
    title = fields.CharField(max_length=128, description="标题")
    body = fields.TextField(default="", description="内容")
    dedupe_key = fields.CharField(max_length=128, unique=True, description="去重键")
    acknowledged_at = fields.DatetimeField(null=True, description="确认时间")
    resolved_at = fields.DatetimeField(null=True, description="自动恢复时间")
    sms_sent_at = fields.DatetimeField(null=True, description="短信通知时间")

    class Meta:
        table = "notice"
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.title
