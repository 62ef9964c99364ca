"""Job functions. Each takes ids (never objects), calls one service and is safe to re-run.

The same functions run under arq (`make worker`, with REDIS_URL) or in-process (without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from backend.clock import SHANGHAI, now
from backend.services import auth, locks, sync
from backend.services.errors import Conflict


async def purge_sessions(ctx: dict[str, Any]) -> int:
    """Remove login sessions that ended long ago."""
    return await auth.purge_sessions()


async def his_pull(ctx: dict[str, Any]) -> int:
    """Pull what changed in the HIS since the last window (idempotent: replays change nothing;
    one pull at a time across processes, see sync.pull)."""
    try:
        run = await sync.pull_configured(grow_demo=True)
    except Conflict:
        return 0  # the very first pull is under way in another process
    return run.id if run else 0


async def his_reconcile(ctx: dict[str, Any]) -> int:
    """Yesterday's discharges per department, HIS against us; a difference raises a notice."""
    async with locks.exclusive("job:his_reconcile") as held:
        if not held:
            return 0
        return len(await sync.reconcile_configured(now().date() - timedelta(days=1)))


async def followup_generate(ctx: dict[str, Any]) -> int:
    """Turn new discharges and template changes into tasks, and assign them (idempotent).

    One run at a time across processes: concurrent runs would not double a task (unique keys)
    but would both assign the same pending tasks and report each other's inserts.
    """
    from backend.services import followup_tasks

    async with locks.exclusive("job:followup_generate") as held:
        if not held:
            return 0
        report = await followup_tasks.generate()
        return report.created


async def sms_send(ctx: dict[str, Any], message_id: int) -> str:
    """Send one SMS if due and not yet sent (never twice for one key: see services.sms)."""
    from backend.services import sms

    return (await sms.send_message(message_id)).status.value


async def sms_dispatch(ctx: dict[str, Any]) -> int:
    """Start due campaign runs, then send what is due: one arq job per message, or in-process."""
    from backend.services import followup_sms, sms

    await sms.run_due_batches()
    await followup_sms.send_step_messages()
    redis = ctx.get("redis")
    if redis is None:
        return await sms.send_due()
    due = list(await sms.due_messages(5000, with_attempts=True))
    for message_id, attempts in due:
        # The job id (message and attempt) dedupes a message already queued; a later attempt of
        # the same message (after a timeout) gets a new id, since arq refuses an id whose result it
        # still keeps. The lease in send_message covers everything else.
        await redis.enqueue_job("sms_send", message_id, _job_id=f"sms_send:{message_id}:{attempts}")
    return len(due)


async def sms_receipts(ctx: dict[str, Any]) -> int:
    """Ask the provider for receipts that did not arrive by push."""
    from backend.services import sms

    return await sms.poll_receipts()


async def rectification_escalate(ctx: dict[str, Any]) -> int:
    """Escalate 整改单 past their deadline to the department head, once each (idempotent)."""
    from backend.services import rectifications

    return len(await rectifications.escalate_overdue())


async def ai_triage(ctx: dict[str, Any]) -> int:
    """AI 分诊 of the problems raised since the last run, when AI is on for triage (idempotent:
    a problem with a suggestion is not asked about again)."""
    from backend.services import ai_features

    async with locks.exclusive("job:ai_triage") as held:
        if not held:
            return 0
        return await ai_features.triage_new()


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

    def is_due(self, moment: datetime) -> bool:
        """Whether the job runs in the minute of `moment` (read in Asia/Shanghai)."""
        local = moment.astimezone(SHANGHAI)
        return (self.minute is None or local.minute in self.minute) and (self.hour is None or local.hour in self.hour)


SCHEDULES: tuple[Schedule, ...] = (
    Schedule(purge_sessions, minute=frozenset({17}), hour=frozenset({3})),
    # Every HIS__PULL_INTERVAL_MINUTES (10 by default), on the minute marks of the hour.
    Schedule(his_pull, minute=sync.pull_minutes()),
    Schedule(his_reconcile, minute=frozenset({30}), hour=frozenset({2})),
    Schedule(followup_generate, minute=frozenset({5, 35})),
    Schedule(sms_dispatch, timeout_seconds=55),
    Schedule(sms_receipts, minute=frozenset(range(3, 60, 10))),
    Schedule(rectification_escalate, minute=frozenset({12, 42})),
    Schedule(ai_triage, minute=frozenset(range(1, 60, 5))),
)
# Jobs enqueued by other jobs rather than by the clock.
ON_DEMAND: tuple[Any, ...] = (sms_send,)
