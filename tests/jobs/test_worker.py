"""The scheduled jobs under real arq on real Redis, and the in-process scheduler."""

from __future__ import annotations

import uuid
from datetime import timedelta

from arq import create_pool
from arq.connections import RedisSettings
from arq.worker import Worker

from backend.clock import now
from backend.jobs import tasks
from backend.jobs.inprocess import InProcessScheduler, is_due
from backend.jobs.worker import WorkerSettings
from backend.models import StaffSession
from tests import factories


async def _old_session(staff_id: int, days: int) -> None:
    moment = now() - timedelta(days=days)
    await StaffSession.create(
        id=uuid.uuid4(),
        staff_id=staff_id,
        refresh_token_hash=uuid.uuid4().hex,
        last_seen_at=moment,
        expires_at=moment + timedelta(hours=12),
    )


async def test_purge_sessions_runs_through_arq_on_redis_and_is_idempotent(db: str) -> None:
    member = await factories.staff("nurse", await factories.department())
    await _old_session(member.id, days=60)
    await _old_session(member.id, days=1)
    redis_settings = RedisSettings(host="127.0.0.1", port=6379, database=5)
    pool = await create_pool(redis_settings)
    queue = f"test-{uuid.uuid4().hex}"
    try:
        first = await pool.enqueue_job("purge_sessions", _queue_name=queue)
        second = await pool.enqueue_job("purge_sessions", _queue_name=queue)
        assert first is not None and second is not None
        worker = Worker(
            functions=WorkerSettings.functions,
            redis_pool=pool,
            queue_name=queue,
            burst=True,
            poll_delay=0.01,
            handle_signals=False,
        )
        await worker.main()
        assert worker.jobs_complete == 2 and worker.jobs_failed == 0
        # The two runs may overlap; together they delete the old session exactly once.
        assert sorted([await first.result(timeout=5), await second.result(timeout=5)]) == [0, 1]
    finally:
        await pool.aclose()
    assert await StaffSession.all().count() == 1


def test_worker_settings_declare_the_schedules_in_shanghai_time() -> None:
    assert str(WorkerSettings.timezone) == "Asia/Shanghai"
    assert {c.name for c in WorkerSettings.cron_jobs} == {f"cron:{s.name}" for s in tasks.SCHEDULES}


async def test_in_process_scheduler_runs_what_is_due(db: str) -> None:
    member = await factories.staff("nurse", await factories.department())
    await _old_session(member.id, days=60)
    schedule = tasks.SCHEDULES[0]
    due = now().replace(hour=min(schedule.hour or {0}), minute=min(schedule.minute or {0}))
    assert is_due(schedule, due) and not is_due(schedule, due + timedelta(minutes=1))
    ran = await InProcessScheduler().run_due(due)
    # every job due at that minute ran (sms_dispatch is due every minute), purge_sessions among them
    assert "purge_sessions" in ran and ran == [s.name for s in tasks.SCHEDULES if is_due(s, due)]
    assert await StaffSession.all().count() == 0
