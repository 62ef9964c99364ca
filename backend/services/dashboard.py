"""The figures on a staff member's home page: their own to-dos."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tortoise.expressions import Q

from backend.clock import now
from backend.models import FollowUpTask, Problem
from backend.models.choices import ProblemStatus, TaskStatus
from backend.services import rectifications
from backend.services.principal import Principal
from backend.services.scope import visible

OPEN_TASK = (TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Todos:
    due_today: int
    overdue: int
    call_back: int
    open_problems: int
    overdue_rectifications: int | None  # None: the role has nothing to do with 整改单


async def my_todos(principal: Principal) -> Todos:
    today = now().date()
    mine = FollowUpTask.filter(assignee_id=principal.staff_id, status__in=OPEN_TASK)
    open_problems = 0
    if principal.can("problem:reply") or principal.can("followup:read"):
        open_problems = await visible(Problem, principal).filter(status=ProblemStatus.OPEN).count()
    overdue_rectifications = None
    if principal.can("survey:read") or principal.can("problem:reply"):
        overdue_rectifications = await rectifications.overdue_count(principal)
    return Todos(
        # as the H5 app's 今日待办 (execution.queue "today"): a task waiting for its call-back time
        # later is counted under 预约回访, not as to be called today
        due_today=await mine.filter(due_start__lte=today, due_end__gte=today)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now()))
        .count(),
        overdue=await mine.filter(due_end__lt=today).count(),
        call_back=await mine.filter(next_attempt_at__lt=now() + timedelta(days=1)).count(),
        open_problems=open_problems,
        overdue_rectifications=overdue_rectifications,
    )
