"""Runs the scheduled jobs inside the web process when there is no Redis (demo, small sites).

Checks the schedules once per minute boundary, in Asia/Shanghai, like arq's cron. One web
process only: with several processes, configure REDIS_URL and run `make worker` instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

from backend.clock import now
from backend.jobs.tasks import SCHEDULES, Schedule

log = logging.getLogger(__name__)


def is_due(schedule: Schedule, moment: datetime) -> bool:
    return schedule.is_due(moment)


class InProcessScheduler:
    def __init__(self) -> None:
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="in-process-scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def run_due(self, moment: datetime) -> list[str]:
        ran = []
        for schedule in SCHEDULES:
            if is_due(schedule, moment):
                try:
                    await asyncio.wait_for(schedule.func({}), schedule.timeout_seconds)
                    ran.append(schedule.name)
                except Exception:
                    log.exception("job %s failed", schedule.name)
        return ran

    async def _loop(self) -> None:
        last_minute: tuple[int, int, int, int] | None = None
        while True:
            moment = now()
            key = (moment.day, moment.hour, moment.minute, moment.month)
            if key != last_minute:
                last_minute = key
                await self.run_due(moment)
            await asyncio.sleep(60 - moment.second + 0.5)
