"""Job functions. Each takes ids (never objects), calls one service and is safe to re-run.

The same functions run under arq (`make worker`, with REDIS_URL) or in-process (without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backend.services import auth


async def purge_sessions(ctx: dict[str, Any]) -> int:
    """Remove login sessions that ended long ago."""
    return await auth.purge_sessions()


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
