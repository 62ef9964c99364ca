"""预览匹配: what unsaved match rules would take among the last 30 days of discharges, counted
with the generation's own rules and only within the caller's department scope."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from backend.models import Admission, Department, FollowUpTask, FollowUpTemplate, Permission, Questionnaire, Role
from backend.models.choices import DataScope, DischargeDisposition
from backend.services.errors import InvalidInput, PermissionDenied
from backend.services.followup_rules import PreviewResult, preview
from backend.services.principal import Principal, load_principal
from tests import factories


async def _stay(
    code: str,
    *,
    days_ago: int = 3,
    icd: str = "I10.x00",
    los: int = 7,
    birth: date = date(1960, 5, 1),
    disposition: str = "1",
    operations: list | None = None,
    tags: list | None = None,
) -> Admission:
    dept = await Department.get_or_none(code=code) or await factories.department(code=code, name=f"科室{code}")
    patient = await factories.patient(dept, discharged_days_ago=days_ago)
    patient.birth_date = birth
    await patient.save()
    stay = await Admission.get(patient=patient)
    stay.main_diagnosis_code, stay.los_days = icd, los
    stay.disposition, stay.operations, stay.tags = DischargeDisposition(disposition), operations or [], tags or []
    await stay.save()
    return stay


async def _designer(scope: DataScope, department_code: str | None = None) -> Principal:
    """A template designer (followup:template) seeing all departments or only their own."""
    role = await Role.create(code=f"designer_{scope.value}", name=f"模板设计{scope.value}", data_scope=scope)
    await role.permissions.add(await Permission.get(code="followup:template"))
    dept = await Department.get(code=department_code) if department_code else None
    member = await factories.staff(role.code, dept)
    return await load_principal(member)


@pytest.fixture
async def stays(db: str) -> dict[str, Admission]:
    cardio = await _stay("0101", birth=date(1930, 1, 1))
    brain = await _stay("0102", icd="I63.900", los=2, disposition="2", operations=[{"name": "取栓"}], tags=["慢病"])
    ortho = await _stay("0201", icd="S72.001", los=12)
    await _stay("0101", days_ago=45)  # outside the 30 days
    return {"cardio": cardio, "brain": brain, "ortho": ortho}


async def test_each_rule_narrows_the_preview(stays: dict[str, Admission]) -> None:
    everyone = await _designer(DataScope.ALL)
    template = await FollowUpTemplate.create(
        name="已有模板", questionnaire=await Questionnaire.create(code="Q", title="问卷")
    )
    cardio = stays["cardio"]
    await FollowUpTask.create(
        admission=cardio,
        patient_id=cardio.patient_id,
        department_id=cardio.department_id,
        template=template,
        step=1,
        program="centre",
        questionnaire_id=template.questionnaire_id,
        due_start=date(2026, 1, 1),
        due_end=date(2026, 1, 8),
    )
    expected = {
        "{}": 3,
        "departments": 1,
        "icd_prefixes": 2,
        "los_min": 2,
        "dispositions": 1,
        "age_min": 1,
        "had_operation": 1,
        "tags": 1,
        "exclude_templates": 2,
    }
    rules = {
        "{}": {},
        "departments": {"departments": ["0101"]},
        "icd_prefixes": {"icd_prefixes": ["I"]},
        "los_min": {"los_min": 5},
        "dispositions": {"dispositions": ["2"]},
        "age_min": {"age_min": 90},
        "had_operation": {"had_operation": True},
        "tags": {"tags": ["慢病"]},
        "exclude_templates": {"exclude_templates": [template.id]},
    }
    counted = {name: (await preview(everyone, rule)).stays for name, rule in rules.items()}
    assert counted == expected
    combined = await preview(everyone, {"icd_prefixes": ["I"], "los_min": 5})
    assert (combined.stays, combined.patients, combined.by_department) == (1, 1, {"科室0101": 1})
    # a longer period reaches the older discharge too
    assert (await preview(everyone, {"departments": ["0101"]}, days=60)).stays == 2


async def test_a_department_designer_counts_only_their_departments_stays(stays: dict[str, Admission]) -> None:
    # a second stay of the cardiology patient: two stays, one patient
    cardio = stays["cardio"]
    await Admission.create(
        his_visit_id="AGAIN-1",
        patient_id=cardio.patient_id,
        department_id=cardio.department_id,
        admitted_at=factories.at(2020, 1, 1),
        discharged_at=cardio.discharged_at,
        los_days=7,
    )
    own = await _designer(DataScope.DEPARTMENT, "0101")
    result = await preview(own, {})
    assert isinstance(result, PreviewResult)
    assert (result.stays, result.patients, result.by_department) == (2, 1, {"科室0101": 2})
    # naming another department's code widens nothing
    assert (await preview(own, {"departments": ["0201"]})).stays == 0
    everyone = await _designer(DataScope.ALL)
    assert (await preview(everyone, {})).by_department == {"科室0101": 2, "科室0102": 1, "科室0201": 1}


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ({"wards": ["0101"]}, "未知的筛选条件"),
        ({"departments": "0101"}, "必须是文本列表"),
        ({"age_min": -1}, "非负整数"),
        ({"had_operation": "是"}, "true 或 false"),
        ("departments", "JSON 对象"),
    ],
)
async def test_bad_rules_are_refused_in_chinese(db: str, rules: dict, message: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        await preview(await _designer(DataScope.ALL), rules)
    assert refused.value.status_code == 422 and message in refused.value.message


async def test_preview_needs_the_template_permission(db: str) -> None:
    doctor = await load_principal(await factories.staff("doctor", await factories.department()))
    with pytest.raises(PermissionDenied):
        await preview(doctor, {})


async def test_preview_api_counts_the_posted_rules(client: httpx.AsyncClient, stays: dict[str, Admission]) -> None:
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    headers = await factories.login(client, "agent")
    url = "/api/v1/followup/templates/preview"
    counted = await client.post(url, headers=headers, json={"icd_prefixes": ["I"]})
    assert counted.status_code == 200, counted.text
    body = counted.json()
    assert (body["stays"], body["patients"]) == (2, 2)
    assert body["by_department"] == {"科室0101": 1, "科室0102": 1}
    assert "status" not in body and "可匹配 2 人次" in body["message"]
    assert (await client.post(url, headers=headers, json={"icd_prefixes": ["I"]}, params={"days": 60})).json()[
        "stays"
    ] == 3
    bad = await client.post(url, headers=headers, json={"los_min": "三天"})
    assert bad.status_code == 422 and "los_min" in bad.json()["detail"] and bad.json()["status"] == 422
    await factories.staff("doctor", await Department.get(code="0101"), username="doc")
    refused = await client.post(url, headers=await factories.login(client, "doc"), json={})
    assert refused.status_code == 403
