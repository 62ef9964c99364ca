"""The audit trail: who did what to which record, when and from where. Append-only."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from backend.models.choices import AuditAction


class AuditEventImmutable(RuntimeError):
    """Raised when code tries to change or delete an audit event."""


class AuditEvent(Model):
    """One audited action (审计日志). The application only ever inserts these rows."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(db_index=True, description="时间")
    actor_id = fields.IntField(null=True, description="操作人ID")
    actor_name = fields.CharField(max_length=64, default="", description="操作人")
    action = fields.CharEnumField(AuditAction, max_length=16, description="操作")
    success = fields.BooleanField(default=True)
    resource_type = fields.CharField(max_length=32, default="", description="对象类型")
    resource_id = fields.CharField(max_length=64, default="", description="对象ID")
    summary = fields.CharField(max_length=255, default="", description="说明")
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=255, default="")
    request_id = fields.CharField(max_length=64, default="")

    class Meta:
        table = "audit_event"
        indexes = (("actor_id", "at"), ("resource_type", "resource_id"), ("action", "at"))

    def __str__(self) -> str:
        return f"{self.at} {self.actor_name} {self.action}"

    async def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._saved_in_db:
            await super().save(*args, **kwargs)
            return
        raise AuditEventImmutable("审计日志只能追加，不能修改")

    async def delete(self, *args: Any, **kwargs: Any) -> None:
        raise AuditEventImmutable("审计日志只能追加，不能删除")
