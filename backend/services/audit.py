"""Writing and querying the audit trail.

`record` is called inside the transaction of the change it describes, so an audited change and
its audit row commit or roll back together.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from tortoise.models import Model

from backend.clock import now
from backend.models import AuditEvent
from backend.models.choices import AuditAction
from backend.services.access import require
from backend.services.context import current_meta
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal

# Never copied into before/after snapshots.
SECRET_FIELDS = frozenset({"password_hash", "refresh_token_hash", "sip_password_cipher"})


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID | Decimal):
        return str(value)
    return value


def snapshot(obj: Model) -> dict[str, Any]:
    """The stored fields of a row, for before/after. Ciphertext stays ciphertext."""
    return {name: _jsonable(getattr(obj, name)) for name in obj._meta.db_fields if name not in SECRET_FIELDS}


async def record(
    action: AuditAction,
    *,
    actor: Principal | None = None,
    actor_id: int | None = None,
    actor_name: str = "",
    resource: Model | None = None,
    resource_type: str = "",
    resource_id: str | int = "",
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    success: bool = True,
) -> AuditEvent:
    """Append one audit event for the current request (its address and id come from context)."""
    meta = current_meta()
    if resource is not None:
        resource_type = resource_type or resource._meta.db_table
        resource_id = resource_id or resource.pk
    return await AuditEvent.create(
        at=now(),
        actor_id=actor.staff_id if actor else actor_id,
        actor_name=(f"{actor.name}（{actor.username}）" if actor else actor_name)[:64],
        action=action,
        success=success,
        resource_type=resource_type,
        resource_id=str(resource_id),
        summary=summary[:255],
        before=before,
        after=after,
        ip=meta.ip,
        user_agent=meta.user_agent[:255],
        request_id=meta.request_id,
    )


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, for a compact update event."""
    keys = [k for k in after if before.get(k) != after.get(k) and k != "updated_at"]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


async def search(
    principal: Principal,
    *,
    actor_id: int | None = None,
    action: AuditAction | None = None,
    resource_type: str | None = None,
    resource_id: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    page: int = 1,
    page_size: int = 50,
) -> Page[AuditEvent]:
    """The audit trail, newest first (audit administrators only)."""
    require(principal, "audit:read")
    query = AuditEvent.all()
    if actor_id is not None:
        query = query.filter(actor_id=actor_id)
    if action is not None:
        query = query.filter(action=action)
    if resource_type:
        query = query.filter(resource_type=resource_type)
    if resource_id:
        query = query.filter(resource_id=resource_id)
    if start is not None:
        query = query.filter(at__gte=start)
    if end is not None:
        query = query.filter(at__lt=end)
    return await paginate(query.order_by("-at", "-id"), page, page_size)
