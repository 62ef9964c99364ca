"""满意度统计 (the 行风办's statistics), in one place.

Definitions (shown on the page):
- 应调查: satisfaction survey tasks (not cancelled, callbacks excluded) whose due window ends in
  the period; 已应答: of those, completed with the patient reached; 拒绝: of those, refused;
  不便回答: reached but the patient could not or would not judge (its own outcome, no refusal);
  应答率 = 已应答 / 应调查, 拒绝率 = 拒绝 / 应调查, 不便回答率 = 不便回答 / 应调查;
- answers are those of surveys made in the period (调查时间), to items tagged with a dimension;
  有效回答 leaves out 不适用; 满意率 = 满意 or 非常满意 (the top levels of the item's scale,
  a reversed item's best end) / 有效回答; 平均分: the answers on a 0-100 scale (a 4-level and a
  5-level item compare);
- 综合指数: the dimensions' mean scores weighted by the weights set in 满意度参数 (a dimension
  without answers drops out, and the weights of the rest are rescaled);
- 短板题: per department, the items whose mean lies below the hospital's mean of that item in
  the same period (hospital-wide, whatever the viewer's scope: an average, no patient data),
  furthest below first, at most `WEAK_ITEMS`;
- 整改: 整改单 opened in the period; 结案率 = verified / opened; 平均结案时长 from opening to
  verification, in hours; 逾期 = open past the deadline now.

Every figure groups in the database, over the daily counts (`SatisfactionDaily`, kept with each
record; departments × days × items rows, not answers); Python only adds up the groups, whose
number is departments × items.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tortoise.functions import Count, Sum

from backend.clock import now
from backend.models import (
    Department,
    FollowUpRecord,
    FollowUpTask,
    Questionnaire,
    Rectification,
    SatisfactionDaily,
    Staff,
)
from backend.models.choices import DataScope, DepartmentKind, Program, RectificationStatus, TaskOutcome, TaskStatus
from backend.services import comment_analysis, satisfaction_bank, satisfaction_settings
from backend.services.access import require
from backend.services.admissions import start_of_day
from backend.services.errors import InvalidInput
from backend.services.principal import Principal
from backend.services.rectifications import CALLBACK_STEP_BASE
from backend.services.scope import visible
from backend.services.workbook import Workbook

WEAK_ITEMS = 3
MAX_PERIOD_DAYS = 3700


@dataclass
class Tally:
    """Answers counted together: valid (not 不适用), satisfied, and the sum of 0-100 scores."""

    answers: int = 0
    valid: int = 0
    satisfied: int = 0
    points: float = 0.0

    def add(self, other: Tally) -> None:
        self.answers += other.answers
        self.valid += other.valid
        self.satisfied += other.satisfied
        self.points += other.points

    @property
    def rate(self) -> float | None:
        return round(self.satisfied / self.valid, 4) if self.valid else None

    @property
    def mean(self) -> float | None:
        return round(self.points / self.valid, 2) if self.valid else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "valid": self.valid,
            "satisfied": self.satisfied,
            "satisfaction_rate": self.rate,
            "mean_score": self.mean,
        }


@dataclass
class Survey:
    due: int = 0
    responded: int = 0
    refused: int = 0
    inconvenient: int = 0

    def add(self, other: Survey) -> None:
        self.due += other.due
        self.responded += other.responded
        self.refused += other.refused
        self.inconvenient += other.inconvenient

    def as_dict(self) -> dict[str, Any]:
        def share(n: int) -> float | None:
            return round(n / self.due, 4) if self.due else None

        return {
            "due": self.due,
            "responded": self.responded,
            "refused": self.refused,
            "inconvenient": self.inconvenient,
            "response_rate": share(self.responded),
            "refusal_rate": share(self.refused),
            "inconvenient_rate": share(self.inconvenient),
        }


@dataclass
class _Groups:
    """Tallies by department × dimension × item (the GROUP BY's rows)."""

    cells: dict[tuple[int, str, str], Tally] = field(default_factory=dict)
    questions: dict[str, str] = field(default_factory=dict)

    def total(self, keep: Any = lambda key: True) -> Tally:
        out = Tally()
        for key, tally in self.cells.items():
            if keep(key):
                out.add(tally)
        return out

    def by(self, index: int) -> dict[Any, Tally]:
        out: dict[Any, Tally] = defaultdict(Tally)
        for key, tally in self.cells.items():
            out[key[index]].add(tally)
        return out


def composite(by_dimension: dict[str, Tally], weights: dict[str, float]) -> float | None:
    """The weighted mean of the dimensions' mean scores (dimensions without valid answers or
    weight drop out)."""
    used = [(weights.get(name, 1.0), tally.points / tally.valid) for name, tally in by_dimension.items() if tally.valid]
    total_weight = sum(w for w, _ in used if w > 0)
    if not total_weight:
        return None
    return round(sum(w * m for w, m in used if w > 0) / total_weight, 2)


def _period(period_from: date, period_until: date) -> tuple[Any, Any]:
    if period_until < period_from:
        raise InvalidInput("结束日期不能早于开始日期", field="period_until")
    if (period_until - period_from).days > MAX_PERIOD_DAYS:
        raise InvalidInput("统计区间不能超过十年", field="period_from")
    return start_of_day(period_from), start_of_day(period_until + timedelta(days=1))


SUMS = {"n": Sum("answers"), "valid_n": Sum("valid"), "sat": Sum("satisfied"), "points_sum": Sum("points")}


def _tally_of(row: dict[str, Any]) -> Tally:
    return Tally(int(row["n"] or 0), int(row["valid_n"] or 0), int(row["sat"] or 0), float(row["points_sum"] or 0))


async def _groups(query: Any) -> _Groups:
    rows = (
        await query.annotate(**SUMS)
        .group_by("department_id", "dimension", "item_id")
        .values("department_id", "dimension", "item_id", *SUMS)
    )
    groups = _Groups()
    for row in rows:
        groups.cells[(row["department_id"], row["dimension"], row["item_id"])] = _tally_of(row)
    return groups


async def _questions() -> dict[str, str]:
    """Each satisfaction item's wording, the latest version's."""
    rows = (
        await Questionnaire.filter(program=Program.SATISFACTION)
        .order_by("version", "id")
        .values_list("items", flat=True)
    )
    return {
        str(item["id"]): str(item.get("text") or item["id"])
        for items in rows
        for item in items or []
        if item.get("dimension")
    }


def _department_names(rows: list[tuple[int, str, str]]) -> dict[int, str]:
    count: dict[str, int] = defaultdict(int)
    for _, name, _ in rows:
        count[name] += 1
    return {key: name if count[name] == 1 else f"{name}（{code}）" for key, name, code in rows}


async def compute(
    principal: Principal,
    *,
    period_from: date,
    period_until: date,
    department_id: int | None = None,
) -> dict[str, Any]:
    """Every figure of the 满意度统计 page for the period (inclusive days) and department."""
    require(principal, "survey:read")
    low, high = _period(period_from, period_until)
    days = visible(SatisfactionDaily, principal).filter(day__gte=period_from, day__lte=period_until)
    if department_id is not None:
        days = days.filter(department_id=department_id)
    groups = await _groups(days)
    if principal.data_scope is DataScope.ALL and department_id is None:
        hospital = groups
    else:
        hospital = await _groups(SatisfactionDaily.filter(day__gte=period_from, day__lte=period_until))
    weights = satisfaction_settings.weights_of(await satisfaction_settings.get_settings())
    departments = _department_names(await Department.all().values_list("id", "name", "code"))
    questions = await _questions()

    by_dimension = groups.by(1)
    total = groups.total()
    dimension_rows = [
        {"dimension": name, "weight": weights.get(name, 1.0), **tally.as_dict()}
        for name, tally in sorted(by_dimension.items(), key=lambda kv: _dimension_order(kv[0]))
    ]
    hospital_items = hospital.by(2)
    item_rows = []
    for (dimension, item_id), tally in sorted(
        _by_item(groups).items(), key=lambda kv: (_dimension_order(kv[0][0]), kv[0][1])
    ):
        hospital_mean = hospital_items[item_id].mean if item_id in hospital_items else None
        item_rows.append(
            {
                "item_id": item_id,
                "question": questions.get(item_id, item_id),
                "dimension": dimension,
                **tally.as_dict(),
                "hospital_mean": hospital_mean,
            }
        )
    survey = await _survey(principal, period_from, period_until, department_id)
    department_rows = []
    for dep_id in sorted({key[0] for key in groups.cells} | set(survey), key=lambda d: departments.get(d, "")):
        mine = {key: tally for key, tally in groups.cells.items() if key[0] == dep_id}
        dims: dict[str, Tally] = defaultdict(Tally)
        for key, tally in mine.items():
            dims[key[1]].add(tally)
        dep_total = Tally()
        for tally in mine.values():
            dep_total.add(tally)
        department_rows.append(
            {
                "department_id": dep_id,
                "department": departments.get(dep_id, "未知科室"),
                **survey.get(dep_id, Survey()).as_dict(),
                **dep_total.as_dict(),
                "index": composite(dims, weights),
                "dimensions": {name: t.mean for name, t in dims.items()},
                "weak_items": _weak_items(mine, hospital_items, questions),
            }
        )
    survey_total = Survey()
    for part in survey.values():
        survey_total.add(part)
    return {
        "period": {"from": str(period_from), "until": str(period_until)},
        "total": {**survey_total.as_dict(), **total.as_dict(), "index": composite(by_dimension, weights)},
        "by_department": department_rows,
        "by_dimension": dimension_rows,
        "by_item": item_rows,
        "trend": await _trend(days, weights),
        "rectification": await _rectifications(principal, low, high, department_id),
    }


def _by_item(groups: _Groups) -> dict[tuple[str, str], Tally]:
    out: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for (_, dimension, item_id), tally in groups.cells.items():
        out[(dimension, item_id)].add(tally)
    return out


def _dimension_order(name: str) -> tuple[int, str]:
    names = satisfaction_bank.dimensions()
    return (names.index(name) if name in names else len(names), name)


def _weak_items(
    mine: dict[tuple[int, str, str], Tally], hospital_items: dict[str, Tally], questions: dict[str, str]
) -> list[dict[str, Any]]:
    gaps = []
    for (_, dimension, item_id), tally in mine.items():
        reference = hospital_items.get(item_id)
        if not tally.valid or reference is None or not reference.valid:
            continue
        gap = round(tally.points / tally.valid - reference.points / reference.valid, 2)
        if gap < 0:
            gaps.append(
                {
                    "item_id": item_id,
                    "question": questions.get(item_id, item_id),
                    "dimension": dimension,
                    "mean_score": tally.mean,
                    "hospital_mean": reference.mean,
                    "gap": gap,
                }
            )
    return sorted(gaps, key=lambda g: (g["gap"], g["item_id"]))[:WEAK_ITEMS]


async def _trend(days: Any, weights: dict[str, float]) -> list[dict[str, Any]]:
    rows = await days.annotate(**SUMS).group_by("month", "dimension").values("month", "dimension", *SUMS)
    months: dict[str, dict[str, Tally]] = defaultdict(dict)
    for row in rows:
        months[row["month"]][row["dimension"]] = _tally_of(row)
    out = []
    for month in sorted(months):
        total = Tally()
        for tally in months[month].values():
            total.add(tally)
        out.append({"month": month, **total.as_dict(), "index": composite(months[month], weights)})
    return out


async def _survey(principal: Principal, start: date, until: date, department_id: int | None) -> dict[int, Survey]:
    tasks = (
        visible(FollowUpTask, principal)
        .filter(program=Program.SATISFACTION, due_end__gte=start, due_end__lte=until, step__lt=CALLBACK_STEP_BASE)
        .exclude(status=TaskStatus.CANCELLED)
    )
    if department_id is not None:
        tasks = tasks.filter(department_id=department_id)
    out: dict[int, Survey] = defaultdict(Survey)
    rows = (
        await tasks.annotate(n=Count("id"))
        .group_by("department_id", "status", "outcome")
        .values("department_id", "status", "outcome", "n")
    )
    for row in rows:
        survey = out[row["department_id"]]
        survey.due += row["n"]
        if row["outcome"] == TaskOutcome.REFUSED:
            survey.refused += row["n"]
        elif row["outcome"] == TaskOutcome.INCONVENIENT:
            survey.inconvenient += row["n"]
        elif row["status"] == TaskStatus.COMPLETED and row["outcome"] == TaskOutcome.REACHED:
            survey.responded += row["n"]
    return out


async def _rectifications(principal: Principal, low: Any, high: Any, department_id: int | None) -> dict[str, Any]:
    query = visible(Rectification, principal).filter(created_at__gte=low, created_at__lt=high)
    if department_id is not None:
        query = query.filter(department_id=department_id)
    rows = await query.values_list("status", "created_at", "verified_at", "deadline")
    opened = len(rows)
    closed = [(c, v) for status, c, v, _ in rows if status == RectificationStatus.VERIFIED and v is not None]
    moment = now()
    overdue = sum(1 for status, _, _, deadline in rows if status == RectificationStatus.OPEN and deadline < moment)
    hours = [(v - c).total_seconds() / 3600 for c, v in closed]
    return {
        "opened": opened,
        "closed": len(closed),
        "closure_rate": round(len(closed) / opened, 4) if opened else None,
        "mean_closure_hours": round(sum(hours) / len(hours), 1) if hours else None,
        "overdue": overdue,
    }


COMMENT_RECORDS = 5000  # the most recent surveys read for comments: a month of a large hospital


async def comments(
    principal: Principal, *, period_from: date, period_until: date, department_id: int | None = None
) -> dict[str, Any]:
    """意见建议分析: the free-text answers of the period's surveys (complaint details, suggestions),
    analysed offline (`comment_analysis.analyse_offline`: themes by jieba, praise and complaints
    naming staff as kept in 员工维护), within the caller's scope."""
    require(principal, "survey:read")
    low, high = _period(period_from, period_until)
    records = visible(FollowUpRecord, principal).filter(
        task__program=Program.SATISFACTION, contacted_at__gte=low, contacted_at__lt=high
    )
    if department_id is not None:
        records = records.filter(task__department_id=department_id)
    rows = (
        await records.order_by("-contacted_at", "-id").limit(COMMENT_RECORDS).values_list("answers", "questionnaire_id")
    )
    free_text: dict[int, set[str]] = {}
    for questionnaire_id, items in await Questionnaire.filter(id__in={q for _, q in rows}).values_list("id", "items"):
        free_text[questionnaire_id] = {str(i["id"]) for i in items or [] if i.get("type") == "text"}
    texts = [
        str(value).strip()
        for answers, questionnaire_id in rows
        for key, value in (answers or {}).items()
        if key in free_text.get(questionnaire_id, set()) and isinstance(value, str) and value.strip()
    ]
    names = [str(n) for n in await Staff.filter(is_active=True).values_list("name", flat=True)]
    # word cutting is CPU work (and loads jieba's dictionary once): off the event loop
    analysed = await asyncio.to_thread(comment_analysis.analyse_offline, texts, names)
    return {"comments": len(texts), **analysed}


async def department_options(principal: Principal) -> list[dict[str, Any]]:
    """The departments the caller's figures can hold: every clinical department for hospital-wide
    roles, their own otherwise."""
    require(principal, "survey:read")
    departments = Department.filter(kind=DepartmentKind.CLINICAL)
    if principal.data_scope is not DataScope.ALL:
        departments = Department.filter(id__in=list(principal.department_ids))
    rows = await departments.order_by("code", "id").values_list("id", "name")
    return [{"value": key, "label": name} for key, name in rows]


async def export_xlsx(
    principal: Principal, *, period_from: date, period_until: date, department_id: int | None = None
) -> tuple[str, bytes]:
    """The page's figures as an Excel workbook (one `compute`, so it reconciles with the page);
    the export is audited."""
    from backend.models.choices import AuditAction
    from backend.services import audit
    from backend.settings import get_settings

    result = await compute(principal, period_from=period_from, period_until=period_until, department_id=department_id)
    await audit.record(
        AuditAction.EXPORT,
        actor=principal,
        resource_type="satisfaction",
        summary=f"导出满意度统计 {period_from}~{period_until}",
    )
    body = to_xlsx(result, hospital=get_settings().hospital_name)
    return f"满意度统计_{period_from}_{period_until}.xlsx", body


RECTIFICATION_COLUMNS = [
    ("opened", "整改单"),
    ("closed", "已结案"),
    ("closure_rate", "结案率"),
    ("mean_closure_hours", "平均结案时长（小时）"),
    ("overdue", "逾期未反馈"),
]
WEAK_COLUMNS = [
    ("department", "科室"),
    ("question", "题目"),
    ("dimension", "维度"),
    ("mean_score", "科室平均分"),
    ("hospital_mean", "全院平均分"),
    ("gap", "差距"),
]


def weak_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Every department's 短板题 as rows of the 短板题 sheet."""
    return [{"department": d["department"], **w} for d in result["by_department"] for w in d["weak_items"]]


def to_xlsx(result: dict[str, Any], *, hospital: str = "") -> bytes:
    """汇总, 按科室, 按维度 (with a chart of the dimensions' means), 按题目, 短板题, 月度趋势 (with a
    chart of the monthly mean and index) and 整改 sheets."""
    out = Workbook()
    workbook, bold, percent, sheet, chart = out.book, out.bold, out.percent, out.sheet, out.chart
    rates = [
        ("valid", "有效回答"),
        ("satisfied", "满意"),
        ("satisfaction_rate", "满意率"),
        ("mean_score", "平均分（百分制）"),
    ]
    survey = [
        ("due", "应调查"),
        ("responded", "已应答"),
        ("refused", "拒绝"),
        ("inconvenient", "不便回答"),
        ("response_rate", "应答率"),
        ("refusal_rate", "拒绝率"),
        ("inconvenient_rate", "不便回答率"),
    ]
    period = result["period"]
    # 汇总 is laid out like the follow-up statistics workbook: title, then headers, then 合计
    summary = workbook.add_worksheet("汇总")
    summary.write_row(0, 0, [f"{hospital} 满意度统计", f"调查日期 {period['from']} 至 {period['until']}"], bold)
    columns = [*survey, *rates, ("index", "综合指数")]
    summary.write_row(2, 0, ["", *(label for _, label in columns)], bold)
    summary.write_string(3, 0, "合计")
    for col, (key, _) in enumerate(columns, start=1):
        value = result["total"].get(key)
        if value is not None:
            summary.write_number(3, col, value, percent if key.endswith("_rate") else None)
    summary.set_column(0, 1, 20)
    sheet("按科室", [("department", "科室"), *survey, *rates, ("index", "综合指数")], result["by_department"])
    dimensions = sheet("按维度", [("dimension", "维度"), ("weight", "权重"), *rates], result["by_dimension"])
    chart(dimensions, "column", "各维度平均分（百分制）", [(5, "平均分")], len(result["by_dimension"]))
    sheet(
        "按题目",
        [("question", "题目"), ("dimension", "维度"), *rates, ("hospital_mean", "全院平均分")],
        result["by_item"],
    )
    sheet("短板题", WEAK_COLUMNS, weak_rows(result))
    trend = sheet("月度趋势", [("month", "月份"), *rates, ("index", "综合指数")], result["trend"])
    chart(trend, "line", "月度趋势", [(4, "平均分"), (5, "综合指数")], len(result["trend"]))
    rect = result["rectification"]
    sheet("整改", RECTIFICATION_COLUMNS, [rect])
    return out.close()
