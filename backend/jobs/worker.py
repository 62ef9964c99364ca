"""arq worker: ``arq backend.jobs.worker.WorkerSettings`` (``make worker``, needs REDIS_URL)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from arq import cron
from arq.connections import RedisSettings

from backend.db import init_orm
from backend.jobs.tasks import ON_DEMAND, SCHEDULES
from backend.settings import get_settings

_settings = get_settings()


async def startup(ctx: dict[str, Any]) -> None:
    if not _settings.redis_url:
        raise RuntimeError("make worker 需要 REDIS_URL；未配置时任务由 make run 在进程内运行")
    # Keep the Tortoise context: closing it is what lets a SQLite worker exit on SIGTERM.
    ctx["orm"] = await init_orm()


async def shutdown(ctx: dict[str, Any]) -> None:
    orm = ctx.get("orm")
    if orm is not None:
        await orm.close_connections()


# Every worker enqueues each cron job at each period under the id "cron:<job>:<period ms>"
# (unique=True), and arq refuses an id while its job or its result exists. arq keeps no result of
# a cron job by default, so a worker that reaches the period after the job has already finished
# (a busy or late event loop) would enqueue and run it a second time: keep the results longer
# than any worker can be late, and the id stays taken for the whole period and well beyond.
CRON_RESULT_KEPT = timedelta(hours=26)


class WorkerSettings:
    functions: ClassVar[list[Any]] = [s.func for s in SCHEDULES] + list(ON_DEMAND)
    cron_jobs: ClassVar[list[Any]] = [
        cron(
            s.func,
            minute=set(s.minute) if s.minute else None,
            hour=set(s.hour) if s.hour else None,
            timeout=s.timeout_seconds,
            unique=True,
            keep_result=CRON_RESULT_KEPT.total_seconds(),
        )
        for s in SCHEDULES
    ]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(_settings.redis_url or "redis://127.0.0.1:6379/0")
    # arq's cron uses the system timezone unless told.
    timezone = ZoneInfo(_settings.timezone)
    max_tries = 5
    job_timeout = 600
    # SMS sends wait on the provider (~0.2 s each): more jobs at once keeps a campaign at tens per second.
    max_jobs = 32
