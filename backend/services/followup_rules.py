"""Follow-up plan rules: which discharges a template takes, and when its steps fall due.

Templates store both as JSON so that a template designer can edit them; this module is their one
reader. Match rules::

    {"departments": ["0101"], "icd_prefixes": ["I10", "I25"], "tcm_diseases": ["眩晕病"],
     "age_min": 18, "age_max": 90, "los_min": 3, "los_max": 30, "dispositions": ["1"],
     "had_operation": true, "tags": ["慢病"], "exclude_templates": [3]}

Schedule: a list of steps, each ``{"offset_days": 7, "window_days": 3, "label": "出院7天"}`` or
``{"offset_months": 1, ...}`` (calendar months, clamped at month ends), or a recurring step
``{"every_days": 90, "times": 4, "window_days": 7}`` that expands into several.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.clock import age_on, now
from backend.models import Admission, Diagnosis, FollowUpTask
from backend.services.access import require
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


def _int(step: dict[str, Any], key: str, default: int = 0, low: int = 0, high: int = 3650) -> int:
    value = step.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidInput(f"随访时间点的 {key} 必须是 {low}-{high} 的整数", field="schedule")
    return value


def parse_schedule(schedule: list[dict[str, Any]]) -> list[Step]:
    """The steps of a schedule, numbered from 1 in due order."""
    if not isinstance(schedule, list) or not schedule:
        raise InvalidInput("至少需要一个随访时间点", field="schedule")
    raw: list[tuple[int, int, int, str]] = []
    for item in schedule:
        if not isinstance(item, dict):
            raise InvalidInput("随访时间点格式错误", field="schedule")
        window = _int(item, "window_days", 3, 0, 365)
        if "every_days" in item:
            every, times = _int(item, "every_days", 0, 1, 3650), _int(item, "times", 1, 1, 50)
            start = _int(item, "offset_days", every)
            raw += [(start + n * every, 0, window, f"{item.get('label', '定期随访')}第{n + 1}次") for n in range(times)]
        else:
            days, months = _int(item, "offset_days"), _int(item, "offset_months", 0, 0, 120)
            label = str(item.get("label") or (f"出院{months}个月" if months else f"出院{days}天"))
            raw.append((days, months, window, label[:32]))
    raw.sort(key=lambda r: r[1] * 31 + r[0])
    return [Step(n, label, days, months, window) for n, (days, months, window, label) in enumerate(raw, start=1)]


def validate_rules(rules: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(rules, dict):
        raise InvalidInput('筛选条件必须是 JSON 对象，例如 {"departments": ["0101"]}', field="match_rules")
    unknown = set(rules) - RULE_KEYS
    if unknown:
        raise InvalidInput(f"未知的筛选条件：{', '.join(sorted(unknown))}", field="match_rules")
    for key in ("departments", "icd_prefixes", "tcm_diseases", "dispositions", "tags"):
        value = rules.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise InvalidInput(f"{key} 必须是文本列表", field="match_rules")
    excluded = rules.get("exclude_templates")
    if excluded is not None and (
        not isinstance(excluded, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in excluded)
    ):
        raise InvalidInput("exclude_templates 必须是模板 ID 列表", field="match_rules")
    if rules.get("had_operation") is not None and not isinstance(rules["had_operation"], bool):
        raise InvalidInput("had_operation 必须是 true 或 false", field="match_rules")
    for key in ("age_min", "age_max", "los_min", "los_max"):
        if key in rules and rules[key] is not None and (not isinstance(rules[key], int) or rules[key] < 0):
            raise InvalidInput(f"{key} 必须是非负整数", field="match_rules")
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


@dataclass(frozen=True)
class PreviewResult:
    """How many discharges of a recent period a set of match rules takes, within the caller's scope."""

    discharged_from: date
    discharged_until: date
    stays: int
    patients: int
    by_department: dict[str, int]

    @property
    def message(self) -> str:
        days = (self.discharged_until - self.discharged_from).days
        return f"近 {days} 天出院患者中，可匹配 {self.stays} 人次（{self.patients} 人）"


async def preview(principal: Principal, rules: dict[str, Any], *, days: int = 30) -> PreviewResult:
    """What these (possibly unsaved) rules would match among the last `days` days of discharges.

    The same SQL and per-stay checks as task generation, over the stays the caller may see only,
    so a department-scoped designer counts their own department's discharges.
    """
    require(principal, "followup:template")
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
    for stay in await query:
        if not python_checks(rules, stay, stay.patient.birth_date):
            continue
        stays += 1
        seen.add(stay.patient_id)
        name = stay.department.name
        by_department[name] = by_department.get(name, 0) + 1
    ordered = dict(sorted(by_department.items(), key=lambda kv: (-kv[1], kv[0])))
    return PreviewResult(since, until, stays, len(seen), ordered)
