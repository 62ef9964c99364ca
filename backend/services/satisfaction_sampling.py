"""抽样: which discharges a satisfaction template surveys (行风办 samples, it does not call everyone).

A template's `sampling` asks for a percentage or a fixed number of each department's discharges
per period (month or week of discharge), with a minimum per department, and leaves out patients
surveyed by any program in the last N days, minors, the deceased, the readmitted and patients
with an open complaint (整改单 not yet closed). Patients who asked not to be contacted are never
eligible.

Deterministic and idempotent: a department's quota for a period is computed from its eligible
discharges so far (those already sampled always count as eligible), the stays already sampled
(the template's tasks) fill it first, and only the shortfall is drawn, in a fixed pseudo-random
order of the stay (a hash of template and stay). Running generation again draws nothing new;
a later discharge raises the quota by at most what it adds, so a period ends with
max(minimum, ceil(percent × eligible)) surveyed, or the fixed number, or every eligible stay when
there are fewer.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.expressions import Subquery

from backend.clock import SHANGHAI, age_on, now
from backend.models import Admission, FollowUpRecord, FollowUpTask, FollowUpTemplate, Rectification
from backend.models.choices import Program, RectificationStatus, TaskOutcome
from backend.services.errors import InvalidInput
from backend.services.followup_rules import PYTHON_RULES, matching_admissions, parse_schedule, stay_passes

ADULT_AGE = 18
PERIODS = {"month": "每月", "week": "每周"}
MODES = {"percent": "按比例", "count": "按固定人数"}
EXCLUSIONS = ("exclude_minors", "exclude_deceased", "exclude_readmitted", "exclude_open_complaint")
# What a new satisfaction template starts with in the designer.
DEFAULT = {
    "enabled": True,
    "mode": "percent",
    "percent": 30,
    "count": None,
    "minimum": 5,
    "period": "month",
    "recent_days": 90,
    "exclude_minors": True,
    "exclude_deceased": True,
    "exclude_readmitted": True,
    "exclude_open_complaint": True,
}


def _int(value: Any, label: str, low: int, high: int) -> int:
    if isinstance(value, bool) or value is None or value == "":
        raise InvalidInput(f"请填写{label}", field="sampling")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{label}必须是整数", field="sampling") from None
    if not number.is_integer() or not low <= number <= high:
        raise InvalidInput(f"{label}必须是 {low} 到 {high} 之间的整数", field="sampling")
    return int(number)


def validate(spec: Any, program: Program) -> dict[str, Any]:
    """The stored sampling rule ({} for none), or a Chinese InvalidInput naming what is wrong."""
    if not spec or not isinstance(spec, dict) or not spec.get("enabled"):
        return {}
    if program is not Program.SATISFACTION:
        raise InvalidInput("抽样只适用于满意度调查（行风办）模板", field="sampling")
    mode = spec.get("mode") or "percent"
    if mode not in MODES:
        raise InvalidInput("抽样方式只能是按比例或按固定人数", field="sampling")
    period = spec.get("period") or "month"
    if period not in PERIODS:
        raise InvalidInput("抽样周期只能是每月或每周", field="sampling")
    cleaned: dict[str, Any] = {"enabled": True, "mode": mode, "period": period}
    if mode == "percent":
        raw = spec.get("percent")
        try:
            percent = float(raw) if raw not in (None, "") and not isinstance(raw, bool) else None
        except (TypeError, ValueError):
            percent = None
        if percent is None or not 0 < percent <= 100:
            raise InvalidInput("抽样比例须为大于 0、不超过 100 的百分数", field="sampling")
        cleaned["percent"] = percent
    else:
        cleaned["count"] = _int(spec.get("count"), "每科室抽样人数", 1, 100000)
    minimum = spec.get("minimum")
    cleaned["minimum"] = 0 if minimum in (None, "") else _int(minimum, "每科室最少人数", 0, 100000)
    recent = spec.get("recent_days")
    cleaned["recent_days"] = 0 if recent in (None, "") else _int(recent, "近期已调查天数", 0, 3650)
    for key in EXCLUSIONS:
        cleaned[key] = bool(spec.get(key))
    return cleaned


def describe(spec: dict[str, Any]) -> str:
    """The rule in one Chinese sentence (template list, designer)."""
    if not spec:
        return "不抽样（符合条件的出院患者全部调查）"
    share = f"{spec['percent']:g}%" if spec["mode"] == "percent" else f"{spec['count']} 人"
    said = f"{PERIODS[spec['period']]}每科室抽取出院患者的 {share}"
    if spec.get("minimum"):
        said += f"，每科室至少 {spec['minimum']} 人"
    left_out = [
        label
        for key, label in (
            ("exclude_minors", "未成年人"),
            ("exclude_deceased", "已故患者"),
            ("exclude_readmitted", "再次入院者"),
            ("exclude_open_complaint", "投诉未结案者"),
        )
        if spec.get(key)
    ]
    if spec.get("recent_days"):
        left_out.insert(0, f"近 {spec['recent_days']} 天内已被任何项目调查过的患者")
    return said + (f"；排除{'、'.join(left_out)}" if left_out else "")


def rank(template_id: int, stay_id: int) -> int:
    """A stay's fixed place in the template's draw (the same on every run and every machine)."""
    digest = hashlib.sha256(f"{template_id}:{stay_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def period_of(discharged_at: datetime, period: str) -> str:
    day = discharged_at.astimezone(SHANGHAI).date()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.strftime("%Y-%m")


def quota(spec: dict[str, Any], eligible: int) -> int:
    """How many of a department's `eligible` discharges of one period are surveyed."""
    wanted = math.ceil(eligible * spec["percent"] / 100 - 1e-9) if spec["mode"] == "percent" else spec["count"]
    return min(eligible, max(wanted, spec.get("minimum") or 0))


async def choose(template: FollowUpTemplate, *, since: date, today: date) -> set[int]:
    """The stays of the look-back the template surveys: those it already sampled, and the draw
    that fills each department's quota per period (see the module's docstring)."""
    spec = template.sampling or {}
    rules = template.match_rules or {}
    stays = matching_admissions(rules, discharged_from=since, discharged_until=today)
    columns = ["id", "patient_id", "department_id", "discharged_at", "patient__deceased_at", "patient__do_not_contact"]
    columns += ["patient__birth_date", "operations", "tags"]
    rows = await stays.values_list(*columns)
    patients = Subquery(stays.values("patient_id"))
    sampled = set(
        await FollowUpTask.filter(template_id=template.id, admission_id__in=Subquery(stays.values("id"))).values_list(
            "admission_id", flat=True
        )
    )
    recent: set[int] = set()
    if spec.get("recent_days"):
        after = now() - timedelta(days=int(spec["recent_days"]))
        surveyed = FollowUpRecord.filter(patient_id__in=patients, outcome=TaskOutcome.REACHED, contacted_at__gte=after)
        recent = {int(p) for (p,) in await surveyed.values_list("patient_id")}
    complaining: set[int] = set()
    if spec.get("exclude_open_complaint"):
        unclosed = Rectification.filter(patient_id__in=patients).exclude(status=RectificationStatus.VERIFIED)
        complaining = {int(p) for (p,) in await unclosed.values_list("patient_id")}
    admitted: dict[int, list[datetime]] = defaultdict(list)
    if spec.get("exclude_readmitted"):
        for patient_id, moment in await Admission.filter(
            patient_id__in=patients, cancelled_at__isnull=True
        ).values_list("patient_id", "admitted_at"):
            admitted[int(patient_id)].append(moment)
    steps = parse_schedule(template.schedule)
    checked = any(k in rules for k in PYTHON_RULES)

    groups: dict[tuple[int, str], dict[str, list[int]]] = defaultdict(lambda: {"in": [], "open": [], "late": []})
    for stay_id, patient_id, department_id, discharged_at, deceased, no_contact, birth, operations, tags in rows:
        if checked and not stay_passes(rules, discharged_at, birth, operations, tags):
            continue
        group = groups[(int(department_id), period_of(discharged_at, spec["period"]))]
        if stay_id in sampled:
            group["in"].append(stay_id)
            continue
        if no_contact or (deceased is not None and spec.get("exclude_deceased", True)):
            continue
        if spec.get("exclude_minors") and birth is not None and age_on(birth, discharged_at.date()) < ADULT_AGE:
            continue
        if patient_id in recent or patient_id in complaining:
            continue
        if any(moment > discharged_at for moment in admitted.get(int(patient_id), [])):
            continue
        discharged = discharged_at.astimezone(SHANGHAI).date()
        # Past every window: still an eligible discharge of its period (the quota is a share of
        # them all), but no longer one to draw.
        group["late" if max(step.due(discharged)[1] for step in steps) < today else "open"].append(stay_id)

    chosen: set[int] = set()
    for group in groups.values():
        taken = group["in"]
        eligible = len(taken) + len(group["open"]) + len(group["late"])
        need = quota(spec, eligible) - len(taken)
        chosen.update(taken)
        if need > 0:
            chosen.update(sorted(group["open"], key=lambda s: rank(template.id, s))[:need])
    return chosen
