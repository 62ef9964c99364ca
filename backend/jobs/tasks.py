"""Job functions. Each takes ids (never objects), calls one service and is safe to re-run.

The same functions run under arq (`make worker`, with REDIS_URL) or in-process (without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backend.clock import now
from backend.services import auth, sync
from backend.settings import get_settings


async def purge_sessions(ctx: dict[str, Any]) -> int:
    """Remove login sessions that ended long ago."""
    return await auth.purge_sessions()


async def his_pull(ctx: dict[str, Any]) -> int:
    """Pull what changed in the HIS since the last window (idempotent: replays change nothing)."""
    from integrations.his.factory import make_source

    settings = get_settings()
    if settings.his.source not in ("demo", "sql_view"):
        return 0
    source = make_source(settings)
    try:
        if settings.his.source == "demo":
            # The demo hospital keeps discharging patients, so every pull has work.
            from integrations.his.demo import DemoHis

            await DemoHis(source.engine).add_discharges(3)
        run = await sync.pull(source)
    finally:
        await source.close()
    return run.id


async def his_reconcile(ctx: dict[str, Any]) -> int:
    """Yesterday's discharges per department, HIS against us; a difference raises a notice."""
    from datetime import timedelta

    from integrations.his.factory import make_source

    settings = get_settings()
    if settings.his.source not in ("demo", "sql_view"):
        return 0
    source = make_source(settings)
    try:
        return len(await sync.reconcile(source, now().date() - timedelta(days=1)))
    finally:
        await source.close()


@dataclass(frozen=True)
class Schedule:
    """When a job runs: like cron, in Asia/Shanghai. None means every value."""

    func: Any
    minute: frozenset[int] | None = None
    hour: frozenset[int] | None = None
    timeout_seconds: int = 300

    @property
    def name(self) -> str:
        return str(self.func.__name__)


SCHEDULES: tuple[Schedule, ...] = (Schedule(purge_sessions, minute=frozenset({17}), hour=frozenset({3})),)
