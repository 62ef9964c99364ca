"""Follow-up plan rules: which discharges a template takes, and when its steps fall due.

Templates store both as JSON so that a template designer can edit them; this module is their one
reader. Match rules::

    {"departments": ["0101"], "icd_prefixes": ["I10", "I25"], "tcm_diseases": ["眩晕病"],
     "age_min": 18, "age_max": 90, "los_min": 3, "los_max": 30, "dispositions": ["1"],
     "had_operation": true, "tags": ["慢病"], "exclude_templates": [3]}

Schedule: a list of steps, each ``{"offset_days": 7, "window_days": 3, "label": "出院7天"}`` or
``{"offset_months": 1, ...}`` (calendar months, clamped at month ends), or a recurring step
``{"every_days": 90, "times": 4, "window_days": 7}`` that expands into several. A step may name
its own ``"channel"`` (a `Channel` value); without one it uses the template's.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.clock import age_on, now
from backend.models import Admission, Diagnosis, FollowUpTask, FollowUpTemplate
from backend.models.choices import Channel, MergeRule, TaskStatus
from backend.services import department_templates
from backend.services.errors import InvalidInput
from backend.services.principal import Principal
from backend.services.scope import visible

RULE_KEYS = {
    "departments",
    "icd_prefixes",
    "tcm_diseases",
    "age_min",
    "age_max",
    "los_min",
    "los_max",
    "dispositions",
    "had_operation",
    "tags",
    "exclude_templates",
}


@dataclass(frozen=True)
class Step:
    number: int
    label: str
    offset_days: int
    offset_months: int
    window_days: int
    channel: Channel | None = None  # None: the template's channel

    def due(self, discharged: date) -> tuple[date, date]:
        start = add_months(discharged, self.offset_months) + timedelta(days=self.offset_days)
        return start, start + timedelta(days=self.window_days)


def add_months(day: date, months: int) -> date:
    """`day` plus calendar months; Jan 31 + 1 month is the last day of February."""
    if not months:
        return day
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# What staff call each key, for messages.
STEP_LABELS = {
    "offset_days": "出院后天数",
    "offset_months": "出院后月数",
    "window_days": "随访窗口天数",
    "every_days": "重复间隔天数",
    "times": "重复次数",
}
RULE_LABELS = {
    "departments": "科室",
    "icd_prefixes": "诊断编码前缀",
    "tcm_diseases": "中医病名或证候",
    "age_min": "最小年龄",
    "age_max": "最大年龄",
    "los_min": "最短住院天数",
    "los_max": "最长住院天数",
    "dispositions": "离院方式",
    "had_operation": "手术",
    "tags": "标签",
    "exclude_templates": "排除的模板",
}


def _int(step: dict[str, Any], key: str, default: int = 0, low: int = 0, high: int = 3650) -> int:
    value = step.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidInput(f"随访时间点的{STEP_LABELS[key]}必须是 {low}-{high} 的整数", field="schedule")
    return value


def _channel(item: dict[str, Any]) -> Channel | None:
    value = item.get("channel")
    if value is None:
        return None
    try:
        return Channel(value)
    except ValueError:
        raise InvalidInput(f"随访时间点的随访方式「{value}」不存在", field="schedule") from None


def parse_schedule(schedule: list[dict[str, Any]]) -> list[Step]:
    """The steps of a schedule, numbered from 1 in due order."""
    if not isinstance(schedule, list) or not schedule:
        raise InvalidInput("至少需要一个随访时间点", field="schedule")
    raw: list[tuple[int, int, int, str, Channel | None]] = []
    for item in schedule:
        if not isinstance(item, dict):
            raise InvalidInput("随访时间点格式错误", field="schedule")
        window, channel = _int(item, "window_days", 3, 0, 365), _channel(item)
        if "every_days" in item:
            every, times = _int(item, "every_days", 0, 1, 3650), _int(item, "times", 1, 1, 50)
            start = _int(item, "offset_days", every)
            name = item.get("label") or "定期随访"
            raw += [(start + n * every, 0, window, f"{name}第{n + 1}次", channel) for n in range(times)]
        else:
            days, months = _int(item, "offset_days"), _int(item, "offset_months", 0, 0, 120)
            label = str(item.get("label") or (f"出院{months}个月" if months else f"出院{days}天"))
            raw.append((days, months, window, label[:32], channel))
    raw.sort(key=lambda r: r[1] * 31 + r[0])
    return [
        Step(n, label, days, months, window, channel)
        for n, (days, months, window, label, channel) in enumerate(raw, start=1)
    ]


def describe_schedule(schedule: list[dict[str, Any]], channel: Channel | str = Channel.PHONE) -> str:
    """The schedule as one sentence staff read, e.g. 出院后第 7 天起 7 天内电话随访（出院7天）.

    One wording for the designer's live preview and the template list; it validates first, so
    what it describes is what generation will plan.
    """
    parse_schedule(schedule)
    default = Channel(channel)
    parts = []
    first_day = {id(i): i.get("offset_months", 0) * 31 + i.get("offset_days", i.get("every_days", 0)) for i in schedule}
    for item in sorted(schedule, key=lambda i: first_day[id(i)]):
        how = f"{(_channel(item) or default).label}随访"
        window = item.get("window_days", 3)
        within = f"起 {window} 天内" if window else "当天"
        months, days = item.get("offset_months", 0), item.get("offset_days", 0)
        if "every_days" in item:
            every, start = item["every_days"], item.get("offset_days", item["every_days"])
            times, each = item.get("times", 1), within.removeprefix("起 ")
            parts.append(f"出院后第 {start} 天起每 {every} 天一次、共 {times} 次，每次{each}{how}")
            continue
        when = f"出院后第 {months} 个月" + (f"又 {days} 天" if days else "") if months else f"出院后第 {days} 天"
        label = f"（{item['label']}）" if item.get("label") else ""
        parts.append(f"{when}{within}{how}{label}")
    return "；".join(parts) + "。"


def validate_rules(rules: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(rules, dict):
        raise InvalidInput('筛选条件必须是 JSON 对象，例如 {"departments": ["0101"]}', field="match_rules")
    unknown = set(rules) - RULE_KEYS
    if unknown:
        raise InvalidInput(f"未知的筛选条件：{', '.join(sorted(unknown))}", field="match_rules")
    for key in ("departments", "icd_prefixes", "tcm_diseases", "dispositions", "tags"):
        value = rules.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise InvalidInput(f"{RULE_LABELS[key]}（{key}）必须是文本列表", field="match_rules")
    excluded = rules.get("exclude_templates")
    if excluded is not None and (
        not isinstance(excluded, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in excluded)
    ):
        raise InvalidInput("排除的模板（exclude_templates）必须是模板 ID 列表", field="match_rules")
    if rules.get("had_operation") is not None and not isinstance(rules["had_operation"], bool):
        raise InvalidInput("手术（had_operation）必须是 true 或 false", field="match_rules")
    for key in ("age_min", "age_max", "los_min", "los_max"):
        value = rules.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise InvalidInput(f"{RULE_LABELS[key]}（{key}）必须是非负整数", field="match_rules")
    for low, high in (("age_min", "age_max"), ("los_min", "los_max")):
        if rules.get(low) is not None and rules.get(high) is not None and rules[low] > rules[high]:
            raise InvalidInput(f"{RULE_LABELS[low]}不能大于{RULE_LABELS[high]}", field="match_rules")
    return rules


def matching_admissions(
    rules: dict[str, Any],
    *,
    discharged_from: date,
    discharged_until: date,
    base: QuerySet[Admission] | None = None,
) -> QuerySet[Admission]:
    """Discharges in [from, until] meeting the rules that SQL can check (the rest: `python_checks`).

    `base` narrows the stays considered, e.g. to a caller's department scope.
    """
    from backend.services.admissions import start_of_day

    query = (base if base is not None else Admission.all()).filter(
        discharged_at__gte=start_of_day(discharged_from),
        discharged_at__lt=start_of_day(discharged_until + timedelta(days=1)),
    )
    if rules.get("departments"):
        query = query.filter(Q(department__code__in=rules["departments"]) | Q(ward__code__in=rules["departments"]))
    if rules.get("icd_prefixes"):
        # Other diagnoses through a subquery, not a join: a join repeats a stay per diagnosis and
        # makes every query DISTINCT, which a database cannot stop reading early for a LIMIT.
        main, other = Q(), Q()
        for code in rules["icd_prefixes"]:
            main |= Q(main_diagnosis_code__startswith=str(code).strip().upper())
            other |= Q(code__startswith=str(code).strip().upper())
        query = query.filter(main | Q(id__in=Subquery(Diagnosis.filter(other).values("admission_id"))))
    if rules.get("tcm_diseases"):
        query = query.filter(
            Q(tcm_disease_name__in=rules["tcm_diseases"]) | Q(tcm_syndrome_name__in=rules["tcm_diseases"])
        )
    if rules.get("los_min") is not None:
        query = query.filter(los_days__gte=rules["los_min"])
    if rules.get("los_max") is not None:
        query = query.filter(los_days__lte=rules["los_max"])
    if rules.get("dispositions"):
        query = query.filter(disposition__in=rules["dispositions"])
    if rules.get("exclude_templates"):
        taken = FollowUpTask.filter(template_id__in=rules["exclude_templates"]).values("admission_id")
        query = query.exclude(id__in=Subquery(taken))
    return query  # one row per stay: every condition above is on the stay or a to-one relation


# The rules `python_checks` reads; a template without any of them needs no per-stay check.
PYTHON_RULES = ("age_min", "age_max", "had_operation", "tags")


def python_checks(rules: dict[str, Any], admission: Admission, birth_date: date | None) -> bool:
    """Rules checked per stay: age at discharge, operations and tags (JSON columns)."""
    return stay_passes(rules, admission.discharged_at, birth_date, admission.operations, admission.tags)


def stay_passes(
    rules: dict[str, Any],
    discharged_at: datetime | None,
    birth_date: date | None,
    operations: list[Any] | None,
    tags: list[Any] | None,
) -> bool:
    """`python_checks` over plain values, for callers that read stays as rows, not model objects."""
    discharged = discharged_at.date() if discharged_at else None
    if (rules.get("age_min") is not None or rules.get("age_max") is not None) and (
        birth_date is None or discharged is None
    ):
        return False
    if birth_date is not None and discharged is not None:
        age = age_on(birth_date, discharged)
        if rules.get("age_min") is not None and age < rules["age_min"]:
            return False
        if rules.get("age_max") is not None and age > rules["age_max"]:
            return False
    if rules.get("had_operation") is not None and bool(operations) != bool(rules["had_operation"]):
        return False
    wanted_tags = set(rules.get("tags") or [])
    return not (wanted_tags and not wanted_tags & set(tags or []))


# ---- one call per patient per window: priority and merge rule --------------------------------
#
# Templates rank by priority (higher first), then by id (older first). When a template plans a
# call (a phone step) whose due window overlaps a call that an outranking template already has
# for the same patient (any stay, any status but cancelled), its merge rule decides (an SMS or an
# H5 link is no call: it competes with nothing): 合并 (merge) records the
# step as merged into that call (cancelled with reason MERGED, no call of its own), 顺延 (defer)
# moves the step's window to start the day after the other task's window ends.

Window = tuple[date, date]
CALLS = frozenset({Channel.PHONE, Channel.SMS_THEN_PHONE})


def overlaps(window: Window, busy: list[Window]) -> bool:
    start, end = window
    return any(s <= end and start <= e for s, e in busy)


def defer(window: Window, busy: list[Window]) -> Window:
    """`window` moved, keeping its length, to the first days after every busy window it meets."""
    start, end = window
    for _ in range(len(busy) + 1):
        met = [e for s, e in busy if s <= end and start <= e]
        if not met:
            break
        length = end - start
        start = max(met) + timedelta(days=1)
        end = start + length
    return start, end


async def outranking(priority: int, template_id: int | None) -> list[int]:
    """Active templates that come before one of this priority (a new template: after its equals)."""
    query = FollowUpTemplate.filter(is_active=True).filter(
        Q(priority__gt=priority) | Q(priority=priority, id__lt=template_id or 2**31 - 1)
    )
    if template_id is not None:
        query = query.exclude(id=template_id)
    ids: list[int] = await query.values_list("id", flat=True)  # type: ignore[assignment]
    return ids


async def busy_windows(patient_ids: list[int], template_ids: list[int]) -> dict[int, list[Window]]:
    """Due windows of those templates' calls, not cancelled, per patient."""
    busy: dict[int, list[Window]] = {}
    if not template_ids or not patient_ids:
        return busy
    for first in range(0, len(patient_ids), 5000):  # drivers cap the parameters of one query
        rows = (
            await FollowUpTask.filter(template_id__in=template_ids, patient_id__in=patient_ids[first : first + 5000])
            .filter(channel__in=CALLS)
            .exclude(status=TaskStatus.CANCELLED)
            .values_list("patient_id", "due_start", "due_end")
        )
        for patient_id, start, end in rows:
            busy.setdefault(int(patient_id), []).append((start, end))
    return busy


@dataclass(frozen=True)
class PreviewResult:
    """How many discharges of a recent period a set of match rules takes, within the caller's scope."""

    discharged_from: date
    discharged_until: date
    stays: int
    patients: int
    by_department: dict[str, int]
    # Of `stays`: those with a step in the same window as an outranking template's task, and
    # what the merge rule does to them (None: the caller asked about the rules alone).
    concurrent: int = 0
    merge_rule: MergeRule | None = None

    @property
    def message(self) -> str:
        days = (self.discharged_until - self.discharged_from).days
        text = f"近 {days} 天出院患者中，可匹配 {self.stays} 人次（{self.patients} 人）"
        if self.merge_rule is None:
            return text
        if not self.concurrent:
            return f"{text}；没有与更高优先级模板同期的随访"
        action = "合并到同一次随访" if self.merge_rule is MergeRule.MERGE else "顺延到该次随访之后"
        return f"{text}；其中 {self.concurrent} 人次与更高优先级模板的随访同期，将{action}"


async def preview(
    principal: Principal,
    rules: dict[str, Any],
    *,
    days: int = 30,
    plan: PlanDraft | None = None,
) -> PreviewResult:
    """What these (possibly unsaved) rules would match among the last `days` days of discharges.

    The same SQL and per-stay checks as task generation, over the stays the caller may see only,
    so a department-scoped designer counts their own department's discharges. With a `plan`
    (schedule, priority, merge rule of the template being designed) it also counts the stays
    that have a step in the same window as an outranking template's task.
    """
    department_templates.require_design(principal)
    validate_rules(rules)
    if not 1 <= days <= 366:
        raise InvalidInput("预览天数必须在 1-366 之间", field="days")
    until = now().date()
    since = until - timedelta(days=days)
    query = matching_admissions(
        rules, discharged_from=since, discharged_until=until, base=visible(Admission, principal)
    ).select_related("patient", "department")
    stays = 0
    seen: set[int] = set()
    by_department: dict[str, int] = {}
    taken: list[Admission] = []
    for stay in await query:
        if not python_checks(rules, stay, stay.patient.birth_date):
            continue
        stays += 1
        seen.add(stay.patient_id)
        taken.append(stay)
        name = stay.department.name
        by_department[name] = by_department.get(name, 0) + 1
    ordered = dict(sorted(by_department.items(), key=lambda kv: (-kv[1], kv[0])))
    if plan is None:
        return PreviewResult(since, until, stays, len(seen), ordered)
    steps = [step for step in parse_schedule(plan.schedule) if (step.channel or plan.channel) in CALLS]
    busy = await busy_windows(sorted(seen), await outranking(plan.priority, plan.template_id))
    concurrent = sum(
        1
        for stay in taken
        if stay.discharged_at is not None
        and any(overlaps(step.due(stay.discharged_at.date()), busy.get(stay.patient_id, [])) for step in steps)
    )
    return PreviewResult(since, until, stays, len(seen), ordered, concurrent, plan.merge_rule)


@dataclass(frozen=True)
class PlanDraft:
    """The parts of a template being designed that decide when its tasks fall and who goes first."""

    schedule: list[dict[str, Any]]
    priority: int = 0
    merge_rule: MergeRule = MergeRule.DEFER
    template_id: int | None = None
    channel: Channel = Channel.PHONE
