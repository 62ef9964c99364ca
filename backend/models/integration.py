"""Integration bookkeeping: sync runs, quarantined records, exchange outbox/inbox."""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import ExchangeDirection, ExchangeKind, ExchangeStatus, SyncStatus


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


class ExchangePeer(TimestampedModel):
    """The other node of the intranet-extranet exchange (内外网互通) and where each direction stands:
    the next sequence this node will seal, the last one the peer acknowledged, the last one applied
    from the peer, and the refusals (tampered, replayed, truncated batches)."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=32, unique=True, description="对端节点")
    next_sequence = fields.BigIntField(default=1, description="下一个发出序号")
    acked_through = fields.BigIntField(default=0, description="对端已确认到")
    applied_through = fields.BigIntField(default=0, description="已应用对端到")
    resend_from = fields.BigIntField(null=True, description="对端请求重发起点")
    last_sent_at = fields.DatetimeField(null=True, description="最近发出")
    last_received_at = fields.DatetimeField(null=True, description="最近收到")
    last_applied_at = fields.DatetimeField(null=True, description="最近应用")
    ack_sent = fields.BigIntField(default=-1, description="已告知对端的确认序号")
    refused = fields.IntField(default=0, description="拒收批次数")
    duplicates = fields.IntField(default=0, description="重复批次数（已忽略）")
    last_error = fields.TextField(default="", description="最近错误")
    last_error_at = fields.DatetimeField(null=True, description="最近错误时间")

    class Meta:
        table = "exchange_peer"

    def __str__(self) -> str:
        return self.name


class ExchangeRecord(TimestampedModel):
    """One record waiting to cross to the peer (an H5 answer, an SMS receipt, a publication),
    encrypted at rest, written in the same transaction as the change it reports; the next seal
    moves it into a numbered batch and deletes it."""

    id = fields.IntField(primary_key=True)
    peer = fields.CharField(max_length=32, description="对端节点")
    kind = fields.CharEnumField(ExchangeKind, max_length=24, description="类别")
    data = fields.TextField(description="加密内容")

    class Meta:
        table = "exchange_record"
        indexes = (("peer", "id"),)

    def __str__(self) -> str:
        return f"{self.kind} → {self.peer}"


class ExchangeMessage(TimestampedModel):
    """A signed, encrypted, sequence-numbered batch in the outbox or inbox of the exchange. The
    sealed body is wiped once the batch is acknowledged (outbound) or applied (inbound); the row
    stays for the 交换监控 page until the retention ends."""

    id = fields.IntField(primary_key=True)
    direction = fields.CharEnumField(ExchangeDirection, max_length=16, description="方向")
    peer = fields.CharField(max_length=64)
    sequence = fields.BigIntField()
    records = fields.IntField(default=0, description="记录数")
    body = fields.TextField(default="", description="密文（确认或应用后清除）")
    signature = fields.CharField(max_length=128)
    status = fields.CharEnumField(ExchangeStatus, max_length=16, default=ExchangeStatus.PENDING, description="状态")
    attempts = fields.IntField(default=0)
    sent_at = fields.DatetimeField(null=True, description="最近发送")
    done_at = fields.DatetimeField(null=True, description="确认或应用时间")
    error = fields.TextField(default="")

    class Meta:
        table = "exchange_message"
        unique_together = (("direction", "peer", "sequence"),)
        indexes = (("direction", "peer", "status"),)

    def __str__(self) -> str:
        return f"{self.direction} {self.peer}#{self.sequence}"


class EdgeItem(TimestampedModel):
    """What an extranet edge holds for patients to open: a published questionnaire or H5 link,
    encrypted at rest, removed when it expires or has been answered and acknowledged."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(ExchangeKind, max_length=24, description="类别")
    key = fields.CharField(max_length=64, description="键（问卷编号或链接摘要）")
    data = fields.TextField(description="加密内容")
    expires_at = fields.DatetimeField(null=True, description="过期时间")
    answered_at = fields.DatetimeField(null=True, description="已提交时间")

    class Meta:
        table = "edge_item"
        unique_together = (("kind", "key"),)

    def __str__(self) -> str:
        return f"{self.kind} {self.key}"


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
