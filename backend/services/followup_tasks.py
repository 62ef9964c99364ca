"""Follow-up tasks: generation from templates, assignment, and the status/outcome rules.

Generation is idempotent: one task per admission × template × step (a unique key), so running
it twice, or in two workers at once, creates nothing twice. Deceased, do-not-contact and
readmitted-in-window patients get no task, and the same checks run again when a task is worked.

When the HIS withdraws a discharge (A13) the stay's open tasks are cancelled; if it discharges the
stay again, the cancelled task of each key is planned anew in place (the unique key allows no
second row), from the new discharge date. Tasks cancelled for any other reason stay cancelled.

Runs are incremental and lean: each template remembers how far it was planned (GenerationMark),
so a run reads only the stays touched since, or every discharge of the look-back for a new or
edited template, and reads them a page at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.functions import Count
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import (
    Admission,
    Department,
    Diagnosis,
    FollowUpTask,
    FollowUpTemplate,
    GenerationMark,
    Patient,
    Role,
    Staff,
)
from backend.models.choices import (
    AssignmentPolicy,
    AuditAction,
    CancelReason,
    DataScope,
    MergeRule,
    Program,
    TaskOutcome,
    TaskStatus,
)
from backend.services import audit, satisfaction_sampling
from backend.services.access import require
from backend.services.admissions import start_of_day
from backend.services.bulk import BackgroundInserts
from backend.services.errors import Conflict, InvalidInput, NotFound
from backend.services.followup_rules import (
    CALLS,
    PYTHON_RULES,
    Window,
    busy_windows,
    defer,
    matching_admissions,
    outranking,
    overlaps,
    parse_schedule,
    stay_passes,
)
from backend.services.principal import Principal, departments_of
from backend.services.scope import visible

OPEN = (TaskStatus.PENDING, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS)
CHUNK = 5000  # ids per IN list (drivers cap the number of query parameters)
TASK_COLUMNS = (
    "created_at",
    "updated_at",
    "admission_id",
    "patient_id",
    "department_id",
    "template_id",
    "step",
    "program",
    "questionnaire_id",
    "channel",
    "status",
    "due_start",
    "due_end",
    "attempts",
    "assignee_id",
    "assigned_at",
    "cancel_reason",
)
# How far back generation looks for discharges a new or changed template should cover.
LOOKBACK_DAYS = 120
# An incremental run also rereads stays changed this long before the last run began: a transaction
# still open when that run read (its rows stamped earlier, committed later), or another process's
# clock running behind.
OVERLAP = timedelta(hours=1)
# The step of a satisfaction survey answered at the bedside from a ward's QR code (services.
# bedside_survey): one per stay and template; generation plans no other step for such a stay.
BEDSIDE_STEP = 999_999
# Cancelled because the HIS withdrew the discharge or the stay: planned again if it is discharged again.
REPLANNABLE = frozenset({CancelReason.NOT_DISCHARGED, CancelReason.VISIT_CANCELLED})

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
CLOSING_OUTCOMES = frozenset(
    {TaskOutcome.REACHED, TaskOutcome.WRONG_NUMBER, TaskOutcome.REFUSED, TaskOutcome.INCONVENIENT}
)
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
    full: int = 0  # of `templates`: planned over every discharge of the look-back (new or changed template)
    candidates: int = 0  # stays read and planned, summed over templates (0: nothing changed since the last run)
    created: int = 0
    skipped: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    cancelled: int = 0
    replanned: int = 0  # of `created`: cancelled tasks of a withdrawn discharge, planned again
    merged: int = 0  # of `created`: steps merged into an outranking template's call in the same window
    deferred: int = 0  # of `created`: steps moved past an outranking template's call in the same window
    yielded: int = 0  # earlier, untouched tasks merged or deferred because an outranking call was planned now


class _Readmissions:
    """Admission times per patient of the stays that began after `after`: the possible
    readmissions of the discharges being planned. Read once per run, and only when a run has
    stays to plan; only patients with two or more stays in the period are kept (no one else can
    have come back after a discharge in it), so the map stays small however many discharges."""

    def __init__(self, after: datetime) -> None:
        self.after = after
        self.times: dict[int, list[datetime]] | None = None

    async def of(self) -> dict[int, list[datetime]]:
        if self.times is None:
            live = Admission.filter(cancelled_at__isnull=True)  # a withdrawn stay is no readmission
            in_period = live.filter(Q(admitted_at__gt=self.after) | Q(discharged_at__gte=self.after))
            several = in_period.annotate(n=Count("id")).group_by("patient_id").filter(n__gt=1).values("patient_id")
            stays = live.filter(admitted_at__gt=self.after, patient_id__in=Subquery(several))
            self.times = defaultdict(list)
            for patient_id, admitted in await stays.values_list("patient_id", "admitted_at"):
                self.times[int(patient_id)].append(admitted)
        return self.times


def _touched_since(moment: datetime) -> Q:
    """Stays whose planning may have changed since `moment`: every stay of a patient whose record,
    any of whose stays (a discharge re-sent, a readmission, a withdrawal) or a stay's diagnoses
    changed since. Intake writes `updated_at` only when something really changed. Every condition
    is on the stay's own columns (no join), so a stay that was not touched costs one hash probe."""
    return (
        Q(patient_id__in=Subquery(Patient.filter(updated_at__gte=moment).values("id")))
        | Q(patient_id__in=Subquery(Admission.filter(updated_at__gte=moment).values("patient_id")))
        | Q(id__in=Subquery(Diagnosis.filter(updated_at__gte=moment).values("admission_id")))
    )


class _Touched:
    """The stays of the look-back touched since a watermark, found once per run for every template
    that shares the watermark: as their ids when they are few (the usual half hour), so that each
    template's search is a primary-key lookup, else as the conditions themselves."""

    def __init__(self, window: QuerySet[Admission], few: int) -> None:
        self.window, self.few = window, few
        self.found: dict[datetime, Q | None] = {}

    async def since(self, moment: datetime) -> Q | None:
        """What narrows a template's stays to those touched since `moment`; None: nothing was."""
        if moment not in self.found:
            condition = _touched_since(moment)
            ids = await self.window.filter(condition).order_by("id").limit(self.few + 1).values_list("id", flat=True)
            self.found[moment] = None if not ids else Q(id__in=list(ids)) if len(ids) <= self.few else condition
        return self.found[moment]


def _stay_columns(rules: dict[str, Any]) -> tuple[str, ...]:
    """What planning reads of a stay: the values every template needs, then only those its
    per-stay rules need (decoding JSON columns nobody asked about costs more than the rest)."""
    columns = ["id", "patient_id", "department_id", "discharged_at", "patient__deceased_at", "patient__do_not_contact"]
    columns += ["patient__birth_date", "operations", "tags"] if any(k in rules for k in PYTHON_RULES) else []
    return tuple(columns)


async def _chunks(
    query: QuerySet[Admission], columns: tuple[str, ...], size: int
) -> AsyncIterator[tuple[list[tuple[Any, ...]], QuerySet[Admission]]]:
    """The query's rows, `size` at a time in id order (keyset pagination: each page starts after
    the last id seen, so no page costs more than the first and nothing is held between pages),
    each with the query narrowed to that page, for subqueries over the same stays."""
    last = 0
    while True:
        rows = list(await query.filter(id__gt=last).order_by("id").limit(size).values_list(*columns))
        if rows:
            yield rows, query.filter(id__gt=last, id__lte=rows[-1][0])
        if len(rows) < size:
            return
        last = rows[-1][0]


async def generate(
    *,
    today: date | None = None,
    template_ids: list[int] | None = None,
    full: bool = False,
    chunk_size: int = CHUNK,
    overlap: timedelta = OVERLAP,
) -> GenerationReport:
    """Create the missing tasks of every active template for discharges of the last 120 days.

    A run is incremental: a template planned before, and unchanged since, reads only the stays
    touched since its last run began (less `overlap`, for transactions still open then and clocks
    of other processes); a new or changed template, or `full`, reads every discharge of the
    look-back. Stays are read `chunk_size` at a time, never all at once.
    """
    started = now()
    today = today or started.date()
    report = GenerationReport()
    templates = FollowUpTemplate.filter(is_active=True)
    if template_ids:
        templates = templates.filter(id__in=template_ids)
    since = today - timedelta(days=LOOKBACK_DAYS)
    readmissions = _Readmissions(start_of_day(since))
    touched = _Touched(matching_admissions({}, discharged_from=since, discharged_until=today), chunk_size)
    ordered = list(await templates)
    marks = {m.template_id: m for m in await GenerationMark.filter(template_id__in=[t.id for t in ordered])}
    # A template that others exclude goes first, so "not already followed by X" sees X's tasks.
    excluded = {t for template in ordered for t in template.match_rules.get("exclude_templates") or []}
    ordered.sort(key=lambda t: (t.id not in excluded, -t.priority, t.id))
    # One batch of tasks is inserted (the server checks each row's keys) while the next is planned.
    # ignore_conflicts: a concurrent run that inserted the same task wins, nothing doubles.
    async with BackgroundInserts(FollowUpTask, TASK_COLUMNS, ignore_conflicts=True, in_flight=2) as inserts:
        for template in ordered:
            report.templates += 1
            if (
                template.match_rules.get("exclude_templates")
                or template.assignment_policy is AssignmentPolicy.LEAST_LOADED
            ):
                await inserts.wait()  # it reads other templates' tasks (exclusions, staff load): theirs must be in
            # Its tasks left pending by earlier runs (nobody was available) get staff first, oldest first;
            # only its own tasks are read, none of which are being inserted now.
            await assign_pending(template)
            stays = matching_admissions(template.match_rules, discharged_from=since, discharged_until=today)
            mark = marks.get(template.id)
            changed_since: datetime | None = None
            if full or mark is None or mark.template_version != template.updated_at:
                report.full += 1
            else:
                changed_since = mark.planned_through - overlap
                narrowed = await touched.since(changed_since)
                if narrowed is None:
                    continue  # nothing changed: nothing to read
                stays = stays.filter(narrowed)
            # A sampling template's quotas are shares of whole periods: it reads every stay of the
            # look-back once anything changed, and plans only the stays drawn.
            drawn: set[int] | None = None
            if template.sampling and template.program is Program.SATISFACTION:
                drawn = await satisfaction_sampling.choose(template, since=since, today=today)
                stays = matching_admissions(template.match_rules, discharged_from=since, discharged_until=today)
                changed_since = None
            columns = _stay_columns(template.match_rules)
            planner = Planner(template)
            ahead = await outranking(template.priority, template.id)
            if ahead:
                await inserts.wait()  # their tasks decide this template's merges: they must be in
            async for chunk, chunk_query in _chunks(stays, columns, chunk_size):
                if drawn is not None:
                    report.skipped["not_sampled"] += sum(1 for stay in chunk if stay[0] not in drawn)
                    chunk = [stay for stay in chunk if stay[0] in drawn]
                    if not chunk:
                        continue
                report.candidates += len(chunk)
                # A full pass asks the database for the tasks of the page's id range again (cheap);
                # an incremental one sends the page's ids instead of repeating the search for changes.
                within: QuerySet[Admission] | list[int] = (
                    [stay[0] for stay in chunk] if changed_since is not None or drawn is not None else chunk_query
                )
                busy = await busy_windows(sorted({int(stay[1]) for stay in chunk}), ahead)
                new, again = await _plan(template, chunk, within, planner, await readmissions.of(), today, report, busy)
                if again:
                    replanned = await _replan(again)
                    report.created += replanned
                    report.replanned += replanned
                report.created += await inserts.add(new) if new else 0
    report.yielded = await _yield_to_new_calls(started)
    report.cancelled = await cancel_ineligible()
    await _remember(ordered, started)  # only once every task of the run is in
    return report


async def _yield_to_new_calls(started: datetime) -> int:
    """Merging looks down as well as up: a call planned in this run (a 专病 template added after
    the 通用 one had planned its calls, or a stay that now matches it) comes before the calls of
    lower-priority templates planned earlier in the same window, if nobody has worked them yet
    (no attempt made): each is merged into the new call or deferred past it by its template's
    merge rule, as it would have been had both been planned together."""
    untouched = FollowUpTask.filter(
        created_at__lt=started,
        status__in=(TaskStatus.PENDING, TaskStatus.ASSIGNED),
        attempts=0,
        channel__in=CALLS,
    )
    new_calls = FollowUpTask.filter(created_at__gte=started, channel__in=CALLS).exclude(status=TaskStatus.CANCELLED)
    waiting = await untouched.filter(patient_id__in=Subquery(new_calls.values("patient_id"))).prefetch_related(
        "template"
    )
    if not waiting:
        return 0
    # once per template, not per task
    templates = {t.template_id: t.template for t in waiting}
    ahead = {i: set(await outranking(t.priority, i)) for i, t in templates.items()}
    new: dict[int, list[tuple[int, date, date]]] = defaultdict(list)
    for patient_id, template_id, start, end in await new_calls.filter(
        patient_id__in=[t.patient_id for t in waiting]
    ).values_list("patient_id", "template_id", "due_start", "due_end"):
        new[patient_id].append((template_id, start, end))
    count = 0
    for task in waiting:
        busy = [(s, e) for t, s, e in new[task.patient_id] if t in ahead[task.template_id]]
        if not overlaps((task.due_start, task.due_end), busy):
            continue
        if task.template.merge_rule is MergeRule.MERGE:
            change: dict[str, Any] = {
                "status": TaskStatus.CANCELLED,
                "cancel_reason": CancelReason.MERGED,
                "assignee_id": None,
            }
        else:
            start, end = defer((task.due_start, task.due_end), busy)
            change = {"due_start": start, "due_end": end}
        # only if still untouched: an agent may have started it meanwhile
        count += await FollowUpTask.filter(id=task.id, status=task.status, attempts=0).update(
            **change, updated_at=now()
        )
    return count


async def _remember(templates: list[FollowUpTemplate], started: datetime) -> None:
    """Record that each template is planned up to the start of this run, as it was then read."""
    for template in templates:
        version = template.updated_at
        if await GenerationMark.filter(template_id=template.id).update(
            planned_through=started, template_version=version, updated_at=now()
        ):
            continue
        try:
            await GenerationMark.create(template_id=template.id, planned_through=started, template_version=version)
        except IntegrityError:  # a concurrent run recorded it first: either run's start is safe to keep
            await GenerationMark.filter(template_id=template.id).update(
                planned_through=started, template_version=version, updated_at=now()
            )


async def _plan(
    template: FollowUpTemplate,
    stays: list[tuple[Any, ...]],
    within: QuerySet[Admission] | list[int],
    planner: Planner,
    readmissions: dict[int, list[datetime]],
    today: date,
    report: GenerationReport,
    busy: dict[int, list[Window]],
) -> tuple[list[tuple[Any, ...]], dict[int, tuple[Any, ...]]]:
    """The template's missing tasks for these stays (rows of `_stay_columns`, all that `within`
    selects), shaped like TASK_COLUMNS, and the new plans of its replannable cancelled tasks by
    task id; skips are counted in the report. `busy` holds, per patient, the due windows of the
    outranking templates' tasks: a step meeting one is merged or deferred by the merge rule."""
    rules = template.match_rules
    steps = parse_schedule(template.schedule)
    checked = any(k in rules for k in PYTHON_RULES)
    # The template's tasks of these stays only: `within` is their ids, or a query selecting exactly
    # them (a long list of ids costs more to build and send than the database takes to find them).
    stay_ids = within if isinstance(within, list) else Subquery(within.values("id"))
    existing: set[tuple[int, int]] = set()
    replannable: dict[tuple[int, int], int] = {}
    bedside: set[int] = set()
    for task_id, admission_id, step, status, reason in await FollowUpTask.filter(
        template_id=template.id, admission_id__in=stay_ids
    ).values_list("id", "admission_id", "step", "status", "cancel_reason"):
        existing.add((admission_id, step))
        if step == BEDSIDE_STEP:
            bedside.add(admission_id)
        if status is TaskStatus.CANCELLED and reason in REPLANNABLE:
            replannable[(admission_id, step)] = task_id
    new: list[tuple[Any, ...]] = []
    again: dict[int, tuple[Any, ...]] = {}
    doctors = await attendings([int(stay[0]) for stay in stays]) if planner.needs_attending else {}
    stamp = now()
    for stay_id, patient_id, department_id, discharged_at, deceased_at, do_not_contact, *extra in stays:
        if deceased_at is not None:
            report.skipped["deceased"] += 1
            continue
        if do_not_contact:
            report.skipped["do_not_contact"] += 1
            continue
        if stay_id in bedside:
            report.skipped["bedside"] += 1  # surveyed at the bedside: not called again
            continue
        if checked and not stay_passes(rules, discharged_at, *extra):
            report.skipped["rules"] += 1
            continue
        discharged = discharged_at.date()
        for step in steps:
            due_start, due_end = step.due(discharged)
            slot = (stay_id, step.number)
            if due_end < today or (slot in existing and slot not in replannable):
                continue
            channel = step.channel or template.channel
            concurrent = channel in CALLS and overlaps((due_start, due_end), busy.get(patient_id, []))
            merged = concurrent and template.merge_rule is MergeRule.MERGE
            if concurrent and not merged:
                due_start, due_end = defer((due_start, due_end), busy[patient_id])
            back = [t for t in readmissions.get(patient_id, []) if discharged_at < t <= _end_of(due_end)]
            if back:
                report.skipped["readmitted"] += 1
                continue
            report.merged += merged
            report.deferred += concurrent and not merged
            # Assigned as it is made: one write per task instead of an insert and an update. A
            # merged step is kept as a cancelled task (nobody calls it) so that the plan shows it.
            assignee = None if merged else await planner.choose(department_id, doctors.get(stay_id))
            status = (
                TaskStatus.CANCELLED if merged else TaskStatus.ASSIGNED if assignee is not None else TaskStatus.PENDING
            )
            row = (
                stamp,
                stamp,
                stay_id,
                patient_id,
                department_id,
                template.id,
                step.number,
                template.program,
                template.questionnaire_id,
                channel,
                status,
                due_start,
                due_end,
                0,
                assignee,
                stamp if assignee is not None else None,
                CancelReason.MERGED if merged else None,
            )
            if slot in replannable:
                again[replannable[slot]] = row
            else:
                new.append(row)
    return new, again


async def _replan(plans: dict[int, tuple[Any, ...]]) -> int:
    """Reopen cancelled tasks as new plans (rows shaped like TASK_COLUMNS): the earlier attempts
    were about a discharge that did not happen. Only a task still cancelled is touched, so a
    concurrent run cannot plan it twice."""
    count = 0
    async with in_transaction():
        for task_id, row in plans.items():
            values = dict(zip(TASK_COLUMNS, row, strict=True))
            del values["created_at"]
            count += await FollowUpTask.filter(id=task_id, status=TaskStatus.CANCELLED).update(
                **values, outcome=None, next_attempt_at=None, started_at=None, completed_at=None
            )
    return count


def _end_of(day: date) -> datetime:
    return start_of_day(day + timedelta(days=1))


async def cancel_ineligible() -> int:
    """Open tasks of patients who died or asked not to be contacted since the task was made, and of
    stays whose discharge the HIS withdrew (intake cancels those itself; this catches a task that a
    generation run, having read the stay before the withdrawal, inserted after it)."""
    moment = now()
    count = 0
    for condition, reason in (
        (Q(deceased_at__isnull=False), CancelReason.DECEASED),
        (Q(do_not_contact=True), CancelReason.DO_NOT_CONTACT),
    ):
        patients = Subquery(Patient.filter(condition).values("id"))
        count += await FollowUpTask.filter(status__in=OPEN, patient_id__in=patients).update(
            status=TaskStatus.CANCELLED, cancel_reason=reason, updated_at=moment
        )
    in_hospital = Subquery(Admission.filter(discharged_at__isnull=True).values("id"))
    # asked in hospital by design: a bedside survey, and the tasks of a template with no
    # post-discharge step (the ward pad's round questionnaires)
    ward_rounds = [t.id for t in await FollowUpTemplate.all().only("id", "schedule") if not t.schedule]
    after_discharge = FollowUpTask.filter(status__in=OPEN, admission_id__in=in_hospital).exclude(step=BEDSIDE_STEP)
    if ward_rounds:
        after_discharge = after_discharge.exclude(template_id__in=ward_rounds)
    count += await after_discharge.update(
        status=TaskStatus.CANCELLED, cancel_reason=CancelReason.NOT_DISCHARGED, updated_at=moment
    )
    return count


def execute_permission(program: Program) -> str:
    """The permission that lets a staff member work a program's tasks."""
    return "survey:execute" if program is Program.SATISFACTION else "followup:execute"


async def _sight(staff: list[Staff]) -> dict[int, frozenset[int] | None]:
    """The departments whose tasks each staff member sees, as their login would (None: all)."""
    ids = [m.id for m in staff]
    scopes: dict[int, set[DataScope]] = defaultdict(set)
    for staff_id, scope in await Role.filter(staff__id__in=ids).values_list("staff__id", "data_scope"):
        scopes[int(staff_id)].add(DataScope(scope))
    local = await departments_of({m.id: m.department_id for m in staff})
    return {
        m.id: None
        if DataScope.ALL in scopes[m.id]
        else local[m.id]
        if DataScope.DEPARTMENT in scopes[m.id]
        else frozenset()
        for m in staff
    }


async def eligible_assignees(program: Program, department_codes: list[str]) -> list[Staff]:
    """Who may be named to work a template's tasks: active staff who may execute its program and
    see every department its rules name (hospital-wide staff only when it names none). The
    administrators, who see no patient data, never qualify."""
    candidates = list(
        await Staff.filter(is_active=True, locked=False, roles__permissions__code=execute_permission(program))
        .distinct()
        .order_by("id")
    )
    wanted = set(await Department.filter(code__in=department_codes).values_list("id", flat=True))
    sight = await _sight(candidates)
    return [
        m for m in candidates if sight[m.id] is None or (department_codes and wanted <= (sight[m.id] or frozenset()))
    ]


async def check_assignees(program: Program, department_codes: list[str], staff_ids: list[int]) -> None:
    """Refuse a team member `eligible_assignees` would not offer, naming them."""
    allowed = {m.id for m in await eligible_assignees(program, department_codes)}
    refused = await Staff.filter(id__in=[i for i in staff_ids if i not in allowed]).values_list("name", flat=True)
    if refused:
        names = "、".join(str(n) for n in refused)
        reason = "须有该项目的随访权限，且能查看模板所选的全部科室"
        raise InvalidInput(f"{names} 不能执行本模板的随访（{reason}）", field="assignees")


# Policies that give a task to the staff of its own department (科室随访).
DEPARTMENT_POLICIES = frozenset(
    {AssignmentPolicy.BY_DEPARTMENT, AssignmentPolicy.ATTENDING, AssignmentPolicy.NURSE_TEAM}
)
NURSE_ROLES = ("nurse", "head_nurse")


def _department_staff(department_id: int | None) -> Q:
    """Members of the department and those who also look after it (兼管科室), in a department role."""
    return (Q(department_id=department_id) | Q(extra_departments__id=department_id)) & Q(
        roles__data_scope=DataScope.DEPARTMENT
    )


async def _candidates(
    template: FollowUpTemplate, department_id: int | None
) -> list[tuple[Staff, frozenset[int] | None]]:
    """Who may take this template's tasks now, with the departments each sees (None: all): active,
    unlocked staff who may work the program's tasks (`department_id`: of that department, for
    the department policies). A task goes only to someone who sees its department.

    A department program's tasks stay with the department's own staff unless the template names
    its team (which may include the follow-up centre's agents): they never fall into the centre's
    queue by default."""
    query = (
        Staff.filter(is_active=True, locked=False)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lte=now()))
        .filter(roles__permissions__code=execute_permission(template.program))
        .distinct()
    )
    policy = template.assignment_policy
    if policy is AssignmentPolicy.BY_DEPARTMENT:
        # Department staff see their own department's tasks.
        query = query.filter(department_id=department_id)
    elif policy in DEPARTMENT_POLICIES:
        query = query.filter(_department_staff(department_id))
        if policy is AssignmentPolicy.NURSE_TEAM:
            query = query.filter(roles__code__in=NURSE_ROLES)
    else:
        team = await template.assignees.all().values_list("id", flat=True)
        if team:
            query = query.filter(id__in=list(team))
        elif template.program is Program.DEPARTMENT:
            query = query.filter(_department_staff(department_id))
        else:
            # Without a named team, only hospital-wide roles: a department nurse could not see
            # another department's task handed to her.
            query = query.filter(roles__data_scope=DataScope.ALL)
    found = list(await query.order_by("id"))
    sight = await _sight(found)
    return [(m, sight[m.id]) for m in found]


Attending = tuple[int | None, str]


async def attendings(admission_ids: list[int]) -> dict[int, Attending]:
    """The attending doctor (主管医生) of each stay as the HIS gave it: a linked staff id or a name."""
    found: dict[int, Attending] = {}
    for first in range(0, len(admission_ids), CHUNK):
        rows = await Admission.filter(id__in=admission_ids[first : first + CHUNK]).values_list(
            "id", "attending_id", "attending_name"
        )
        found.update({int(i): (staff_id, str(name or "").strip()) for i, staff_id, name in rows})
    return found


def _attending_of(team: list[Staff], attending: Attending | None) -> Staff | None:
    """The team member who is the stay's attending: by the HIS's staff link, else by a name that
    exactly one member of the department carries (two namesakes: nobody, a person decides)."""
    if attending is None:
        return None
    staff_id, name = attending
    for member in team:
        if staff_id is not None and member.id == staff_id:
            return member
    namesakes = [m for m in team if name and m.name == name]
    return namesakes[0] if len(namesakes) == 1 else None


class Planner:
    """Chooses the assignee of each new or pending task of one template by its policy, counting
    as it goes (so least-loaded and round-robin stay fair within one run)."""

    def __init__(self, template: FollowUpTemplate) -> None:
        self.template = template
        self.pools: dict[int | None, list[tuple[Staff, frozenset[int] | None]]] = {}
        self.teams: dict[int, list[Staff]] = {}  # by the task's department: those who see it
        self.load: dict[int, int] = {}
        self.cursor: int | None = None  # read when the first task is assigned: a run that assigns none reads nothing

    @property
    def needs_attending(self) -> bool:
        return self.template.assignment_policy is AssignmentPolicy.ATTENDING

    async def start(self) -> Planner:
        self.cursor = await FollowUpTask.filter(template_id=self.template.id, assignee_id__isnull=False).count()
        return self

    async def _count_open_tasks(self, staff_ids: list[int]) -> None:
        """Open tasks per staff member, one grouped query for a whole team."""
        self.load.update(dict.fromkeys(staff_ids, 0))
        if staff_ids:
            rows = (
                await FollowUpTask.filter(assignee_id__in=staff_ids, status__in=OPEN)
                .annotate(n=Count("id"))
                .group_by("assignee_id")
                .values_list("assignee_id", "n")
            )
            self.load.update(dict(rows))

    async def choose(self, department_id: int, attending: Attending | None = None) -> int | None:
        policy = self.template.assignment_policy
        if policy is AssignmentPolicy.MANUAL:
            return None
        per_department = policy in DEPARTMENT_POLICIES or self.template.program is Program.DEPARTMENT
        key = department_id if per_department else None
        if key not in self.pools:
            self.pools[key] = await _candidates(self.template, key)
            await self._count_open_tasks([m.id for m, _ in self.pools[key] if m.id not in self.load])
        if department_id not in self.teams:
            self.teams[department_id] = [m for m, sees in self.pools[key] if sees is None or department_id in sees]
        team = self.teams[department_id]
        if not team:
            return None  # nobody available: the task waits, pending, for the next run or a supervisor
        if policy is AssignmentPolicy.ATTENDING:
            doctor = _attending_of(team, attending)
            if doctor is None:
                return None  # attending unknown here: pending, for the head of department to assign
            member = doctor
        elif policy is AssignmentPolicy.LEAST_LOADED:
            member = min(team, key=lambda m: (self.load[m.id], m.id))
        else:  # round robin, continuing where the last run stopped
            if self.cursor is None:
                await self.start()
            assert self.cursor is not None
            member = team[self.cursor % len(team)]
            self.cursor += 1
        self.load[member.id] += 1
        return member.id


async def assign_pending(template: FollowUpTemplate) -> int:
    """Give the template's still-pending tasks (no one was available before) to its staff.

    Decided in memory, written in bulk: one UPDATE per staff member and chunk of ids.
    """
    if template.assignment_policy is AssignmentPolicy.MANUAL:
        return 0
    pending = (
        await FollowUpTask.filter(template_id=template.id, status=TaskStatus.PENDING)
        .order_by("due_start", "id")
        .values_list("id", "department_id", "admission_id")
    )
    if not pending:
        return 0
    planner = Planner(template)
    doctors = await attendings([int(row[2]) for row in pending]) if planner.needs_attending else {}
    chosen: dict[int, list[int]] = defaultdict(list)
    for task_id, department_id, admission_id in pending:
        staff_id = await planner.choose(int(department_id), doctors.get(int(admission_id)))
        if staff_id is not None:
            chosen[staff_id].append(int(task_id))
    moment = now()
    async with in_transaction():
        for staff_id, ids in chosen.items():
            for start in range(0, len(ids), CHUNK):
                # Only tasks still pending: a concurrent run that assigned one first keeps it.
                await FollowUpTask.filter(id__in=ids[start : start + CHUNK], status=TaskStatus.PENDING).update(
                    status=TaskStatus.ASSIGNED, assignee_id=staff_id, assigned_at=moment, updated_at=moment
                )
    return sum(len(ids) for ids in chosen.values())


async def reassign(principal: Principal, task_ids: list[int], staff_id: int) -> int:
    """A supervisor moves open tasks (within their scope) to another staff member, in one go."""
    require(principal, "followup:assign")
    member = await Staff.get_or_none(id=staff_id, is_active=True, locked=False)
    if member is None:
        raise InvalidInput("接收人不存在、已停用或已锁定", field="staff_id")
    tasks = await visible(FollowUpTask, principal).filter(id__in=task_ids)
    if len(tasks) != len(set(task_ids)):
        raise NotFound("部分任务不存在或无权操作")
    sees = (await _sight([member]))[member.id]
    if sees is not None and any(task.department_id not in sees for task in tasks):
        raise InvalidInput(f"{member.name} 看不到这些任务所属科室的患者，不能转派给他/她", field="staff_id")
    moved = 0
    async with in_transaction():  # each move is audited in the same transaction as the move
        for task in tasks:
            before = {"status": task.status.value, "assignee_id": task.assignee_id}
            move(task, TaskStatus.ASSIGNED)
            task.assignee_id, task.assigned_at = member.id, now()
            await task.save(update_fields=["status", "assignee_id", "assigned_at", "updated_at"])
            await audit.record(
                AuditAction.UPDATE,
                actor=principal,
                resource=task,
                summary=f"改派随访任务给 {member.name}（{member.username}）",
                before=before,
                after={"status": task.status.value, "assignee_id": member.id},
            )
            moved += 1
    return moved


def apply_outcome(task: FollowUpTask, outcome: TaskOutcome, *, call_back_at: datetime | None = None) -> dict[str, Any]:
    """What a contact outcome does to a task (table-driven); returns the changed fields."""
    if task.status in (TaskStatus.COMPLETED, TaskStatus.CANCELLED):
        raise Conflict(f"任务{task.status.label}，不能再记录随访结果")
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
