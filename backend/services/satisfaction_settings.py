"""满意度参数: the 行风办's settings row (dimension weights of the composite index, the days a
department has to reply to a 整改单)."""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from backend.models import SatisfactionSetting
from backend.models.choices import AuditAction
from backend.services import audit, satisfaction_bank
from backend.services.access import require
from backend.services.errors import InvalidInput
from backend.services.principal import Principal

WEIGHT_MAX = 100


async def get_settings() -> SatisfactionSetting:
    setting, _ = await SatisfactionSetting.get_or_create(code="default")
    return setting


def weights_of(setting: SatisfactionSetting) -> dict[str, float]:
    """Each dimension's weight in the composite index; a dimension not set weighs 1."""
    stored = setting.weights or {}
    return {name: float(stored.get(name, 1)) for name in {*satisfaction_bank.dimensions(), *stored}}


async def update_settings(principal: Principal, *, weights: dict[str, Any], rectify_days: int) -> SatisfactionSetting:
    """Save the dimension weights and the 整改 deadline (行风办 only)."""
    require(principal, "survey:manage")
    cleaned: dict[str, float] = {}
    for name, raw in (weights or {}).items():
        if not isinstance(name, str) or not name.strip() or len(name) > satisfaction_bank.DIMENSION_MAX_LENGTH:
            raise InvalidInput("维度名称无效", field="weights")
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= WEIGHT_MAX:
            raise InvalidInput(f"维度「{name}」的权重须为 0 到 {WEIGHT_MAX} 之间的数字", field="weights")
        cleaned[name.strip()] = float(raw)
    if cleaned and not any(cleaned.values()):
        raise InvalidInput("至少一个维度的权重须大于 0", field="weights")
    if isinstance(rectify_days, bool) or not isinstance(rectify_days, int) or not 1 <= rectify_days <= 90:
        raise InvalidInput("整改期限须为 1 到 90 天", field="rectify_days")
    setting = await get_settings()
    before = audit.snapshot(setting)
    async with in_transaction():
        setting.weights, setting.rectify_days = cleaned, rectify_days
        await setting.save(update_fields=["weights", "rectify_days", "updated_at"])
        old, new = audit.changed(before, audit.snapshot(setting))
        await audit.record(
            AuditAction.UPDATE, actor=principal, resource=setting, summary="修改满意度参数", before=old, after=new
        )
    return setting
