"""统计分析: plan completion, follow-up and reach rates, workload, red flags and problems.

Definitions (shown in the UI):
- 应随访 (due): tasks, not cancelled, whose due window ends inside the period; asked for "as of
  now" (`open_windows`, the H5 app's 工作统计, whose period ends today), also those whose window
  has opened by the period's end and ends later — without it a department whose follow-ups are
  all in their window (a ward's 住院期间问卷, due over the next days) read 应随访 0, 已完成 0 even
  after a nurse completed one early;
- 已完成 (completed): of those, tasks completed; 按时完成: completed by the end of the window;
- 随访率 = 已完成 / 应随访; 联系成功率 = 结果为“已联系”的任务 / 应随访, counted only from the
  recorded contacts (a completed task with an 已联系 FollowUpRecord, which on a phone task needs an
  answered call or a stated 线下/其他方式), never from the task's outcome column alone;
- 工作量: follow-up records (contacts) made in the period per staff member, with the number and
  talk time of that staff member's calls in the period on the follow-up tasks the viewer may see (and the
  department/template filter picks);
- 按科室/按模板 group by id; two departments (or templates) with the same name stay apart,
  labelled with their code.
The counts group in the database, so they stay fast over a year of tasks, and they match the
results query (随访结果查询) for the same period and filters.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tortoise.expressions import Subquery
from tortoise.functions import Count, Sum

from backend.models import CallRecord, Department, FollowUpRecord, FollowUpTask, FollowUpTemplate, Problem, Staff
from backend.models.choices import DataScope, DepartmentKind, ProblemStatus, Program, TaskOutcome, TaskStatus
from backend.services.access import require
from backend.services.admissions import start_of_day
from backend.services.principal import Principal
from backend.services.scope import visible


@dataclass
class Rates:
    due: int = 0
    completed: int = 0
    completed_in_window: int = 0
    reached: int = 0

    @property
    def followup_rate(self) -> float:
        return round(self.completed / self.due, 4) if self.due else 0.0

    @property
    def reach_rate(self) -> float:
        return round(self.reached / self.due, 4) if self.due else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "due": self.due,
            "completed": self.completed,
            "completed_in_window": self.completed_in_window,
            "reached": self.reached,
            "followup_rate": self.followup_rate,
            "reach_rate": self.reach_rate,
        }


@dataclass
class Statistics:
    total: Rates = field(default_factory=Rates)
    by_department: dict[str, Rates] = field(default_factory=dict)
    by_template: dict[str, Rates] = field(default_factory=dict)
    # label -> id of the rows above, for links to the lists they count
    department_ids: dict[str, int] = field(default_factory=dict)
    template_ids: dict[str, int] = field(default_factory=dict)
    workload: list[dict[str, Any]] = field(default_factory=list)
    problems: dict[str, int] = field(default_factory=dict)


async def compute(
    principal: Principal,
    *,
    period_from: date,
    period_until: date,
    department_id: int | None = None,
    template_id: int | None = None,
    program: Program | None = None,
    open_windows: bool = False,
) -> Statistics:
    """Statistics for due windows ending in [period_from, period_until] (inclusive days), with
    `open_windows` also those opened by period_until that end after it (due as of now);
    `program` narrows them to one program's tasks (科室随访: the department's own)."""
    require(principal, "stats:read")
    tasks = visible(FollowUpTask, principal).filter(due_end__gte=period_from).exclude(status=TaskStatus.CANCELLED)
    # as of now: windows opened by the period's end; else windows ended in it
    ends = {"due_start__lte" if open_windows else "due_end__lte": period_until}
    tasks = tasks.filter(**ends)
    if program is not None:
        tasks = tasks.filter(program=program)
    if department_id is not None:
        tasks = tasks.filter(department_id=department_id)
    if template_id is not None:
        tasks = tasks.filter(template_id=template_id)
    grouped = (
        await tasks.annotate(n=Count("id"))
        .group_by("department_id", "template_id", "status")
        .values("department_id", "template_id", "status", "n")
    )
    reached_records = FollowUpRecord.filter(outcome=TaskOutcome.REACHED).values("task_id")
    reached = {
        (row["department_id"], row["template_id"]): row["n"]
        for row in await tasks.filter(status=TaskStatus.COMPLETED, id__in=Subquery(reached_records))
        .annotate(n=Count("id"))
        .group_by("department_id", "template_id")
        .values("department_id", "template_id", "n")
    }
    late = await tasks.filter(status=TaskStatus.COMPLETED).values_list(
        "department_id", "template_id", "completed_at", "due_end"
    )
    departments = _labels(await Department.all().values_list("id", "name", "code"))
    templates = _labels(await FollowUpTemplate.all().values_list("id", "name", "id"))
    result = Statistics()
    for row in grouped:
        result.department_ids[departments.get(row["department_id"], "未知科室")] = row["department_id"]
        result.template_ids[templates.get(row["template_id"], "未知模板")] = row["template_id"]
        for rates in (
            result.total,
            result.by_department.setdefault(departments.get(row["department_id"], "未知科室"), Rates()),
            result.by_template.setdefault(templates.get(row["template_id"], "未知模板"), Rates()),
        ):
            rates.due += row["n"]
            if row["status"] == TaskStatus.COMPLETED:
                rates.completed += row["n"]
                rates.reached += reached.get((row["department_id"], row["template_id"]), 0)
    for department, template, completed_at, due_end in late:
        if completed_at is not None and completed_at < start_of_day(due_end + timedelta(days=1)):
            for rates in (
                result.total,
                result.by_department[departments.get(department, "未知科室")],
                result.by_template[templates.get(template, "未知模板")],
            ):
                rates.completed_in_window += 1
    result.workload = await _workload(principal, period_from, period_until, department_id, template_id, program)
    result.problems = await _problems(principal, period_from, period_until, department_id, program)
    return result


async def filter_options(principal: Principal, kind: str) -> list[dict[str, Any]]:
    """What the statistics page can be narrowed to: the departments the caller's figures can hold
    (all clinical departments for hospital-wide roles, their own otherwise) or the templates."""
    require(principal, "stats:read")
    if kind == "templates":
        rows = await FollowUpTemplate.all().order_by("name", "id").values_list("id", "name")
    else:
        departments = Department.filter(kind=DepartmentKind.CLINICAL)
        if principal.data_scope is not DataScope.ALL:
            departments = Department.filter(id__in=list(principal.department_ids))
        rows = await departments.order_by("code", "id").values_list("id", "name")
    return [{"value": key, "label": name} for key, name in rows]


def _labels(rows: list[tuple[int, str, Any]]) -> dict[int, str]:
    """Display names by id; two rows sharing a name are told apart by their code, so they are
    never counted together."""
    seen: dict[str, int] = defaultdict(int)
    for _, name, _ in rows:
        seen[name] += 1
    return {key: name if seen[name] == 1 else f"{name}（{code}）" for key, name, code in rows}


async def _workload(
    principal: Principal,
    start: date,
    until: date,
    department_id: int | None,
    template_id: int | None,
    program: Program | None = None,
) -> list[dict[str, Any]]:
    low, high = start_of_day(start), start_of_day(until + timedelta(days=1))
    records = visible(FollowUpRecord, principal).filter(contacted_at__gte=low, contacted_at__lt=high)
    scoped = visible(FollowUpTask, principal)
    if program is not None:
        records = records.filter(task__program=program)
        scoped = scoped.filter(program=program)
    if department_id is not None:
        records = records.filter(task__department_id=department_id)
        scoped = scoped.filter(department_id=department_id)
    if template_id is not None:
        records = records.filter(task__template_id=template_id)
        scoped = scoped.filter(template_id=template_id)
    tasks = scoped.values("id")  # talk time counts the calls made on these tasks only
    counts: dict[int, dict[str, int]] = defaultdict(lambda: {"contacts": 0, "reached": 0})
    for row in await records.annotate(n=Count("id")).group_by("staff_id", "outcome").values("staff_id", "outcome", "n"):
        counts[row["staff_id"]]["contacts"] += row["n"]
        if row["outcome"] == TaskOutcome.REACHED:
            counts[row["staff_id"]]["reached"] += row["n"]
    calls = {
        row["staff_id"]: (row["calls"], row["seconds"] or 0)
        for row in await visible(CallRecord, principal)
        .filter(staff_id__in=list(counts), started_at__gte=low, started_at__lt=high, task_id__in=Subquery(tasks))
        .annotate(calls=Count("id"), seconds=Sum("duration_seconds"))
        .group_by("staff_id")
        .values("staff_id", "calls", "seconds")
    }
    staff = dict(await Staff.filter(id__in=list(counts)).values_list("id", "name"))
    return [
        {
            "staff_id": sid,
            "staff": staff.get(sid, "") if sid is not None else "患者自填（H5问卷）",
            **values,
            "calls": int(calls.get(sid, (0, 0))[0]),
            "talk_seconds": int(calls.get(sid, (0, 0))[1]),
        }
        for sid, values in sorted(counts.items(), key=lambda kv: -kv[1]["contacts"])
    ]


async def _problems(
    principal: Principal, start: date, until: date, department_id: int | None, program: Program | None = None
) -> dict[str, int]:
    """Problems raised in the period and how far they were handled (回复, 核实)."""
    query = visible(Problem, principal).filter(
        created_at__gte=start_of_day(start), created_at__lt=start_of_day(until + timedelta(days=1))
    )
    if department_id is not None:
        query = query.filter(department_id=department_id)
    if program is not None:
        query = query.filter(task__program=program)
    rows = await query.annotate(n=Count("id")).group_by("severity", "status").values("severity", "status", "n")
    return {
        "total": sum(r["n"] for r in rows),
        "urgent": sum(r["n"] for r in rows if r["severity"] == "urgent"),
        "open": sum(r["n"] for r in rows if r["status"] == ProblemStatus.OPEN),
        "replied": sum(r["n"] for r in rows if r["status"] == ProblemStatus.REPLIED),
        "verified": sum(r["n"] for r in rows if r["status"] in (ProblemStatus.VERIFIED, ProblemStatus.CLOSED)),
    }


async def export_xlsx(
    principal: Principal,
    *,
    period_from: date,
    period_until: date,
    department_id: int | None = None,
    template_id: int | None = None,
    program: Program | None = None,
) -> tuple[str, bytes]:
    """The statistics workbook and its file name; the export is audited."""
    from backend.models.choices import AuditAction
    from backend.services import audit
    from backend.settings import get_settings

    result = await compute(
        principal,
        period_from=period_from,
        period_until=period_until,
        department_id=department_id,
        template_id=template_id,
        program=program,
    )
    await audit.record(
        AuditAction.EXPORT,
        actor=principal,
        resource_type="statistics",
        summary=f"导出随访统计 {period_from}~{period_until}",
    )
    body = to_xlsx(result, period_from=period_from, period_until=period_until, hospital=get_settings().hospital_name)
    return f"随访统计_{period_from}_{period_until}.xlsx", body


def to_xlsx(result: Statistics, *, period_from: date, period_until: date, hospital: str) -> bytes:
    """The statistics as an Excel workbook: 汇总, 按科室, 按模板, 工作量 and 问题 sheets.

    The figures are the ones the page shows (one `compute`), so the export reconciles with it.
    """
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    bold = workbook.add_format({"bold": True})
    percent = workbook.add_format({"num_format": "0.0%"})
    rate_headers = ["应随访", "已完成", "按时完成", "联系成功", "随访率", "联系成功率"]

    def rates_sheet(title: str, first: str, rows: dict[str, Rates]) -> None:
        sheet = workbook.add_worksheet(title)
        sheet.write_row(0, 0, [first, *rate_headers], bold)
        for line, (name, r) in enumerate(rows.items(), start=1):
            sheet.write_row(line, 0, [name, r.due, r.completed, r.completed_in_window, r.reached])
            sheet.write_number(line, 5, r.followup_rate, percent)
            sheet.write_number(line, 6, r.reach_rate, percent)
        sheet.set_column(0, 0, 24)

    summary = workbook.add_worksheet("汇总")
    summary.write_row(0, 0, [f"{hospital} 随访统计", f"应随访截止日期 {period_from} 至 {period_until}"], bold)
    rates_sheet("按科室", "科室", result.by_department)
    rates_sheet("按模板", "随访模板", result.by_template)
    summary.write_row(2, 0, ["", *rate_headers], bold)
    total = result.total
    summary.write_row(3, 0, ["合计", total.due, total.completed, total.completed_in_window, total.reached])
    summary.write_number(3, 5, total.followup_rate, percent)
    summary.write_number(3, 6, total.reach_rate, percent)
    summary.set_column(0, 1, 20)
    workload = workbook.add_worksheet("工作量")
    workload.write_row(0, 0, ["随访人员", "随访次数", "联系成功", "通话次数", "通话时长（秒）"], bold)
    for line, row in enumerate(result.workload, start=1):
        cells = [row["staff"], row["contacts"], row["reached"], row["calls"], row["talk_seconds"]]
        workload.write_row(line, 0, cells)
    problems = workbook.add_worksheet("问题")
    labels = {
        "total": "问题总数",
        "urgent": "危险信号（紧急）",
        "open": "待处理",
        "replied": "已回复待核实",
        "verified": "已核实",
        "overdue": "逾期未回复",
    }
    for line, (key, value) in enumerate(result.problems.items()):
        problems.write_row(line, 0, [labels.get(key, key), value])
    workbook.close()
    return buffer.getvalue()
