"""Follow-up tasks: generation from templates, assignment, and the status/outcome rules.

Generation is idempotent: one task per admission × template × step (a unique key), so running
it twice, or in two workers at once, creates nothing twice. Deceased, do-not-contact and
readmitted-in-window patients get no task, and the same checks run again when a task is worked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import Admission, FollowUpTask, FollowUpTemplate, Patient, Staff
from backend.models.choices import AssignmentPolicy, CancelReason, TaskOutcome, TaskStatus
from backend.services.access import require
from backend.services.errors import Conflict, InvalidInput, NotFound
from backend.services.followup_rules import matching_admissions, parse_schedule, python_checks
from backend.services.principal import Principal
from backend.services.scope import visible

OPEN = (TaskStatus.PENDING, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS)
# How far back generation looks for discharges a new or changed template should cover.
LOOKBACK_DAYS = 120

# status -> statuses it may move to (the one table every change goes through)
TRANSITIONS: dict[TaskStatus, frozenset[TaskStatus]] = {
    TaskStatus.PENDING: frozenset({TaskStatus.ASSIGNED, TaskStatus.CANCELLED}),
    TaskStatus.ASSIGNED: frozenset(
        {TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.PENDING, TaskStatus.CANCELLED, TaskStatus.COMPLETED}
    ),
    TaskStatus.IN_PROGRESS: frozenset({TaskStatus.ASSIGNED, TaskStatus.COMPLETED, TaskStatus.CANCELLED}),
    TaskStatus.COMPLETED: frozenset(),
    TaskStatus.CANCELLED: frozenset(),
}

# outcome of a contact -> what happens to the task
CLOSING_OUTCOMES = frozenset({TaskOutcome.REACHED, TaskOutcome.WRONG_NUMBER, TaskOutcome.REFUSED})
RETRY_OUTCOMES = frozenset({TaskOutcome.NO_ANSWER, TaskOutcome.BUSY})
MAX_ATTEMPTS = 3
BACKOFF = (timedelta(hours=2), timedelta(days=1), timedelta(days=2))


def move(task: FollowUpTask, to: TaskStatus) -> None:
    """Change a task's status, refusing what the table does not allow."""
    if to not in TRANSITIONS[task.status]:
        raise Conflict(f"随访任务状态不能从「{task.status.label}」变为「{to.label}」")
    task.status = to


@dataclass
class GenerationReport:
    templates: int = 0
    candidates: int = 0
    created: int = 0
    skipped: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    cancelled: int = 0


async def _readmitted(patient_ids: set[int], after: datetime) -> dict[int, list[datetime]]:
    """Admission times of the patients' stays that began after `after`."""
    found: dict[int, list[datetime]] = defaultdict(list)
    for patient_id, admitted in await Admission.filter(
        patient_id__in=list(patient_ids), admitted_at__gt=after
    ).values_list("patient_id", "admitted_at"):
        found[int(patient_id)].append(admitted)
    return found


async def generate(*, today: date | None = None, template_ids: list[int] | None = None) -> GenerationReport:
    """Create the missing tasks of every active template for discharges of the last 120 days."""
    today = today or now().date()
    report = GenerationReport()
    templates = FollowUpTemplate.filter(is_active=True)
    if template_ids:
        templates = templates.filter(id__in=template_ids)
    for template in await templates.prefetch_related("questionnaire"):
        report.templates += 1
        steps = parse_schedule(template.schedule)
        stays = await matching_admissions(
            template.match_rules, discharged_from=today - timedelta(days=LOOKBACK_DAYS), discharged_until=today
        ).select_related("patient")
        report.candidates += len(stays)
        readmissions = await _readmitted({s.patient_id for s in stays}, now() - timedelta(days=LOOKBACK_DAYS + 400))
        existing = set(
            await FollowUpTask.filter(template_id=template.id, admission_id__in=[s.id for s in stays]).values_list(
                "admission_id", "step"
            )
        )
        new: list[FollowUpTask] = []
        for stay in stays:
            patient: Patient = stay.patient
            if patient.deceased_at is not None:
                report.skipped["deceased"] += 1
                continue
            if patient.do_not_contact:
                report.skipped["do_not_contact"] += 1
                continue
            if not python_checks(template.match_rules, stay, patient.birth_date):
                report.skipped["rules"] += 1
                continue
            assert stay.discharged_at is not None
            discharged = stay.discharged_at.date()
            for step in steps:
                due_start, due_end = step.due(discharged)
                if due_end < today or (stay.id, step.number) in existing:
                    continue
                back = [t for t in readmissions.get(patient.id, []) if stay.discharged_at < t <= _end_of(due_end)]
                if back:
                    report.skipped["readmitted"] += 1
                    continue
                new.append(
                    FollowUpTask(
                        admission_id=stay.id,
                        patient_id=patient.id,
                        department_id=stay.department_id,
                        template_id=template.id,
                        step=step.number,
                        program=template.program,
                        questionnaire_id=template.questionnaire_id,
                        channel=template.channel,
                        due_start=due_start,
                        due_end=due_end,
                    )
                )
        if new:
            # ignore_conflicts: a concurrent run that inserted the same task wins, nothing doubles.
            await FollowUpTask.bulk_create(new, batch_size=500, ignore_conflicts=True)
            report.created += len(new)
        report.cancelled += await cancel_ineligible()
        await assign_pending(template)
    return report


def _end_of(day: date) -> datetime:
    from backend.services.admissions import start_of_day

    return start_of_day(day + timedelta(days=1))


async def cancel_ineligible() -> int:
    """Open tasks of patients who died or asked not to be contacted since the task was made."""
    moment = now()
    dead = await FollowUpTask.filter(status__in=OPEN, patient__deceased_at__isnull=False).values_list("id", flat=True)
    refused = await FollowUpTask.filter(status__in=OPEN, patient__do_not_contact=True).values_list("id", flat=True)
    count = 0
    if dead:
        count += await FollowUpTask.filter(id__in=list(dead)).update(
            status=TaskStatus.CANCELLED, cancel_reason=CancelReason.DECEASED, updated_at=moment
        )
    if refused:
        count += await FollowUpTask.filter(id__in=list(refused)).update(
            status=TaskStatus.CANCELLED, cancel_reason=CancelReason.DO_NOT_CONTACT, updated_at=moment
        )
    return count


async def _candidates(template: FollowUpTemplate, department_id: int | None = None) -> list[Staff]:
    """Who may take this template's tasks now: active, unlocked staff who can execute follow-ups."""
    query = (
        Staff.filter(is_active=True, locked=False)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lte=now()))
        .filter(roles__permissions__code__in=["followup:execute", "survey:execute"])
        .distinct()
    )
    if template.assignment_policy is AssignmentPolicy.BY_DEPARTMENT:
        query = query.filter(department_id=department_id)
    else:
        team = await template.assignees.all().values_list("id", flat=True)
        if team:
            query = query.filter(id__in=list(team))
    return list(await query.order_by("id"))


async def assign_pending(template: FollowUpTemplate) -> int:
    """Give the template's pending tasks to its staff by the template's policy (not `manual`)."""
    if template.assignment_policy is AssignmentPolicy.MANUAL:
        return 0
    pending = await FollowUpTask.filter(template_id=template.id, status=TaskStatus.PENDING).order_by("due_start", "id")
    if not pending:
        return 0
    assigned = 0
    moment = now()
    by_department: dict[int | None, list[Staff]] = {}
    load: dict[int, int] = {}
    cursor = await FollowUpTask.filter(template_id=template.id, assignee_id__isnull=False).count()
    async with in_transaction():
        for task in pending:
            key = task.department_id if template.assignment_policy is AssignmentPolicy.BY_DEPARTMENT else None
            if key not in by_department:
                by_department[key] = await _candidates(template, key)
                for member in by_department[key]:
                    if member.id not in load:
                        load[member.id] = await FollowUpTask.filter(assignee_id=member.id, status__in=OPEN).count()
            team = by_department[key]
            if not team:
                continue
            if template.assignment_policy is AssignmentPolicy.LEAST_LOADED:
                chosen = min(team, key=lambda m: (load[m.id], m.id))
            else:  # round robin, continuing where the last run stopped
                chosen = team[cursor % len(team)]
                cursor += 1
            move(task, TaskStatus.ASSIGNED)
            task.assignee_id = chosen.id
            task.assigned_at = moment
            await task.save(update_fields=["status", "assignee_id", "assigned_at", "updated_at"])
            load[chosen.id] += 1
            assigned += 1
    return assigned


async def reassign(principal: Principal, task_ids: list[int], staff_id: int) -> int:
    """A supervisor moves open tasks (within their scope) to another staff member, in one go."""
    require(principal, "followup:assign")
    member = await Staff.get_or_none(id=staff_id, is_active=True, locked=False)
    if member is None:
        raise InvalidInput("接收人不存在、已停用或已锁定", field="staff_id")
    tasks = await visible(FollowUpTask, principal).filter(id__in=task_ids)
    if len(tasks) != len(set(task_ids)):
        raise NotFound("部分任务不存在或无权操作")
    moved = 0
    async with in_transaction():
        for task in tasks:
            move(task, TaskStatus.ASSIGNED)
            task.assignee_id, task.assigned_at = member.id, now()
            await task.save(update_fields=["status", "assignee_id", "assigned_at", "updated_at"])
            moved += 1
    return moved


def apply_outcome(task: FollowUpTask, outcome: TaskOutcome, *, call_back_at: datetime | None = None) -> dict[str, Any]:
    """What a contact outcome does to a task (table-driven); returns the changed fields."""
    if task.status in (TaskStatus.COMPLETED, TaskStatus.CANCELLED):
        raise Conflict(f"任务已{task.status.label}，不能再记录随访结果")
    task.attempts += 1
    task.outcome = outcome
    moment = now()
    if outcome in CLOSING_OUTCOMES:
        move(task, TaskStatus.COMPLETED)
        task.completed_at = moment
    elif outcome in RETRY_OUTCOMES:
        if task.attempts >= MAX_ATTEMPTS:
            move(task, TaskStatus.COMPLETED)  # the cap: the task ends as not reached
            task.completed_at = moment
        else:
            move(task, TaskStatus.ASSIGNED)
            task.next_attempt_at = moment + BACKOFF[min(task.attempts - 1, len(BACKOFF) - 1)]
    elif outcome is TaskOutcome.CALL_BACK_LATER:
        if call_back_at is None or call_back_at <= moment:
            raise InvalidInput("预约再联系需要填写将来的回访时间", field="call_back_at")
        move(task, TaskStatus.ASSIGNED)
        task.next_attempt_at = call_back_at
    elif outcome in (TaskOutcome.DECEASED, TaskOutcome.READMITTED):
        move(task, TaskStatus.CANCELLED)
        task.cancel_reason = CancelReason.DECEASED if outcome is TaskOutcome.DECEASED else CancelReason.READMITTED
    return {"status": task.status, "outcome": outcome, "attempts": task.attempts}
