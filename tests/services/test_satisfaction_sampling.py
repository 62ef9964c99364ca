"""抽样 of satisfaction templates: counts per department and period, the minimum, the exclusions,
and that generating again draws nothing new (deterministic, idempotent)."""

from __future__ import annotations

import math
import uuid
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from backend import clock
from backend.clock import now
from backend.models import (
    Admission,
    Department,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Patient,
    Questionnaire,
    Rectification,
)
from backend.models.choices import Program, RectificationSource, TaskOutcome, TaskStatus
from backend.services import followup_tasks, satisfaction_sampling
from backend.services.errors import InvalidInput
from backend.services.questionnaires import seed_library
from tests import factories

# Mid-month, so every discharge of the last ten days falls in one period (March).
MOMENT = factories.at(2026, 3, 20, 10)
SAMPLING = {
    "enabled": True,
    "mode": "percent",
    "percent": 30,
    "minimum": 2,
    "period": "month",
    "recent_days": 30,
    "exclude_minors": True,
    "exclude_deceased": True,
    "exclude_readmitted": True,
    "exclude_open_complaint": True,
}


@pytest.fixture
def march(db: str) -> Any:
    with clock.frozen_at(MOMENT):
        yield db


async def _discharges(dept: Department, n: int) -> list[Admission]:
    stays = []
    for k in range(n):
        patient = await factories.patient(dept, discharged_days_ago=1 + k % 9)
        stays.append(await Admission.get(patient=patient))
    return stays


async def _template(sampling: dict[str, Any], name: str = "住院满意度抽样") -> FollowUpTemplate:
    questionnaire = await Questionnaire.get(code="satisfaction_inpatient_cn", version=1)
    return await FollowUpTemplate.create(
        name=name,
        program=Program.SATISFACTION,
        questionnaire=questionnaire,
        schedule=[{"offset_days": 1, "window_days": 30}],
        sampling=satisfaction_sampling.validate(sampling, Program.SATISFACTION),
    )


async def _sampled(template: FollowUpTemplate) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for department_id, admission_id in await FollowUpTask.filter(template=template).values_list(
        "department_id", "admission_id"
    ):
        out.setdefault(department_id, set()).add(admission_id)
    return out


async def _excluded_ones(dept: Department) -> dict[str, Admission]:
    """One discharge of `dept` per exclusion."""
    minor, dead, back, complaining, surveyed = await _discharges(dept, 5)
    await Patient.filter(id=minor.patient_id).update(birth_date=date(2012, 5, 1))
    await Patient.filter(id=dead.patient_id).update(deceased_at=now() - timedelta(days=1))
    await Admission.create(
        his_visit_id=f"BACK-{back.id}",
        patient_id=back.patient_id,
        department_id=back.department_id,
        admitted_at=back.discharged_at + timedelta(days=1),  # type: ignore[operator]
        discharged_at=None,
    )
    await Rectification.create(
        patient_id=complaining.patient_id,
        department=dept,
        source=RectificationSource.COMPLAINT,
        description="投诉护士态度",
        deadline=now() + timedelta(days=7),
    )
    # surveyed ten days ago by the follow-up centre (another program)
    questionnaire = await Questionnaire.filter(program=Program.CENTRE).first()
    assert questionnaire is not None
    centre = await FollowUpTemplate.create(
        name="随访中心", program=Program.CENTRE, questionnaire=questionnaire, is_active=False
    )
    task = await FollowUpTask.create(
        admission=surveyed,
        patient_id=surveyed.patient_id,
        department=dept,
        template=centre,
        step=1,
        program=Program.CENTRE,
        questionnaire=questionnaire,
        status=TaskStatus.COMPLETED,
        outcome=TaskOutcome.REACHED,
        due_start=now().date(),
        due_end=now().date(),
    )
    await FollowUpRecord.create(
        client_uuid=uuid.uuid4(),
        task=task,
        patient_id=surveyed.patient_id,
        questionnaire=questionnaire,
        outcome=TaskOutcome.REACHED,
        contacted_at=now() - timedelta(days=10),
    )
    return {"minor": minor, "dead": dead, "back": back, "complaining": complaining, "surveyed": surveyed}


async def test_a_percentage_per_department_with_a_minimum_leaves_out_the_excluded_and_never_draws_twice(
    march: str,
) -> None:
    await seed_library()
    big, small = await factories.department("内科"), await factories.department("外科")
    eligible = await _discharges(big, 10)
    excluded = await _excluded_ones(big)
    few = await _discharges(small, 3)
    template = await _template(SAMPLING)

    first = await followup_tasks.generate(template_ids=[template.id])
    sampled = await _sampled(template)
    # 30% of the 10 eligible is 3; 30% of 3 rounds up to 1, the minimum makes it 2
    assert len(sampled[big.id]) == 3 and len(sampled[small.id]) == 2
    assert first.created == 5 and first.skipped["not_sampled"] == 18 - 5
    assert not {s.id for s in excluded.values()} & sampled[big.id]
    # the draw is the template's fixed order of the eligible stays
    order = sorted((s.id for s in eligible), key=lambda s: satisfaction_sampling.rank(template.id, s))
    assert sampled[big.id] == set(order[:3])
    assert sampled[small.id] <= {s.id for s in few}

    again = await followup_tasks.generate(template_ids=[template.id], full=True)
    assert again.created == 0 and await _sampled(template) == sampled

    # four more discharges: 14 eligible, ceil(4.2) = 5 sampled, the first three kept
    await _discharges(big, 4)
    await followup_tasks.generate(template_ids=[template.id])
    grown = await _sampled(template)
    assert len(grown[big.id]) == math.ceil(14 * 0.3) and sampled[big.id] <= grown[big.id]
    assert len(grown[small.id]) == 2
    assert await FollowUpTask.filter(template=template).count() == 7  # one task per drawn stay, none twice


async def test_a_fixed_number_per_department_takes_all_when_fewer_and_each_period_counts_apart(march: str) -> None:
    await seed_library()
    big, small = await factories.department("内科"), await factories.department("外科")
    await _discharges(big, 8)
    await _discharges(small, 2)
    february = await factories.patient(big, discharged_days_ago=25)  # 2026-02-23: another period
    template = await _template({**SAMPLING, "mode": "count", "count": 4, "minimum": 0})
    await followup_tasks.generate(template_ids=[template.id])
    per_department = Counter(await FollowUpTask.filter(template=template).values_list("department_id", flat=True))
    # March: 4 of 8 in 内科, both of 外科; February: its one discharge
    assert per_department == {big.id: 5, small.id: 2}
    stay = await Admission.get(patient=february)
    assert await FollowUpTask.exists(template=template, admission=stay)


async def test_sampling_rules_are_checked_and_said_in_chinese() -> None:
    assert satisfaction_sampling.validate({"enabled": False, "percent": 0}, Program.SATISFACTION) == {}
    with pytest.raises(InvalidInput, match="只适用于满意度"):
        satisfaction_sampling.validate(SAMPLING, Program.CENTRE)
    with pytest.raises(InvalidInput, match="抽样比例"):
        satisfaction_sampling.validate({**SAMPLING, "percent": 0}, Program.SATISFACTION)
    with pytest.raises(InvalidInput, match="每科室抽样人数"):
        satisfaction_sampling.validate({**SAMPLING, "mode": "count", "count": "x"}, Program.SATISFACTION)
    said = satisfaction_sampling.describe(satisfaction_sampling.validate(SAMPLING, Program.SATISFACTION))
    assert "每月每科室抽取出院患者的 30%" in said and "至少 2 人" in said and "未成年人" in said
    assert satisfaction_sampling.quota({"mode": "percent", "percent": 30, "minimum": 5}, 3) == 3
