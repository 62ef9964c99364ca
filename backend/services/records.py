"""Create, update and delete with their audit row in the same transaction.

Every write that an administrator or a user makes goes through these, so each create, update
and delete leaves exactly one audit event, or none when the change rolls back.
"""

from __future__ import annotations

from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.models import Model
from tortoise.transactions import in_transaction

from backend.models.choices import AuditAction
from backend.services import audit
from backend.services.errors import Conflict
from backend.services.principal import Principal, invalidate

M = TypeVar("M", bound=Model)


def _label(model: type[Model]) -> str:
    doc = (model.__doc__ or model.__name__).strip().splitlines()[0]
    return doc


async def create(principal: Principal, model: type[M], data: dict[str, Any], *, summary: str = "") -> M:
    try:
        async with in_transaction():
            obj = await model.create(**data)
            await invalidate(obj, ["*"])
            await audit.record(
                AuditAction.CREATE,
                actor=principal,
                resource=obj,
                summary=summary or f"新增 {obj}",
                after=audit.snapshot(obj),
            )
    except IntegrityError as exc:
        raise Conflict(f"保存失败：与已有记录重复或关联的记录不存在（{model.__name__}）") from exc
    return obj


async def update(principal: Principal, obj: M, changes: dict[str, Any], *, summary: str = "") -> M:
    before = audit.snapshot(obj)
    try:
        async with in_transaction():
            obj.update_from_dict(changes)
            # Only the changed columns: a full-row save could undo a concurrent change (a lockout).
            fields = [*changes, "updated_at"] if "updated_at" in obj._meta.fields_map else list(changes)
            await obj.save(update_fields=fields)
            await invalidate(obj, changes)
            old, new = audit.changed(before, audit.snapshot(obj))
            await audit.record(
                AuditAction.UPDATE,
                actor=principal,
                resource=obj,
                summary=summary or f"修改 {obj}",
                before=old,
                after=new,
            )
    except IntegrityError as exc:
        raise Conflict(f"保存失败：与已有记录重复或关联的记录不存在（{type(obj).__name__}）") from exc
    return obj


async def delete(principal: Principal, obj: Model, *, summary: str = "") -> None:
    before = audit.snapshot(obj)
    try:
        async with in_transaction():
            await invalidate(obj, ["*"])  # before the delete, while a role still has its holders
            await obj.delete()
            await audit.record(
                AuditAction.DELETE, actor=principal, resource=obj, summary=summary or f"删除 {obj}", before=before
            )
    except IntegrityError as exc:
        raise Conflict(f"无法删除 {obj}：仍有其他记录引用它") from exc
