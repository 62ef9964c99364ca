"""A 科室护士 reaches nothing of another department through any generated admin route."""

from __future__ import annotations

import httpx
import pytest

from backend.models import Admission, AuditEvent, Problem
from backend.models.choices import AuditAction, ProblemStatus
from tests import factories
from tests.admin.conftest import ADMISSION, PROBLEM, admin_login


@pytest.fixture
async def two_departments(client: httpx.AsyncClient) -> dict[str, object]:
    cardiology = await factories.department("心血管内科")
    orthopaedics = await factories.department("骨伤科")
    mine = await factories.patient(cardiology, name="本科患者")
    theirs = await factories.patient(orthopaedics, name="外科患者")
    my_problem = await Problem.create(patient=mine, department=cardiology, description="胸闷复发")
    their_problem = await Problem.create(patient=theirs, department=orthopaedics, description="伤口渗液")
    await factories.staff("nurse", cardiology, username="nurse")
    await admin_login(client, "nurse")
    return {
        "cardiology": cardiology,
        "orthopaedics": orthopaedics,
        "mine": mine,
        "theirs": theirs,
        "my_problem": my_problem,
        "their_problem": their_problem,
        "their_stay": await Admission.get(patient=theirs),
        "my_stay": await Admission.get(patient=mine),
    }


async def test_lists_and_exports_hold_only_the_own_department(client: httpx.AsyncClient, two_departments: dict) -> None:
    for base in (ADMISSION, PROBLEM):
        listed = await client.post(f"{base}/list", json={})
        assert listed.status_code == 200 and "外科患者" not in listed.text and "本科患者" in listed.text
        explicit = await client.post(f"{base}/list", json={"department_id": str(two_departments["orthopaedics"].id)})
        assert explicit.json()["data"]["total"] == 0
    exported = await client.post(f"{PROBLEM}/export", params={"format": "csv"}, json={})
    assert exported.status_code == 200
    text = exported.content.decode("utf-8-sig")
    assert "胸闷复发" in text and "伤口渗液" not in text
    # Admissions export needs patient:export, which a nurse does not hold.
    assert (await client.post(f"{ADMISSION}/export", params={"format": "csv"}, json={})).status_code == 403


async def test_read_update_delete_and_actions_on_another_department_fail(
    client: httpx.AsyncClient, two_departments: dict
) -> None:
    theirs = two_departments["their_problem"]
    their_stay = two_departments["their_stay"]
    attempts = [
        await client.get(f"{PROBLEM}/item/{theirs.id}"),
        await client.get(f"{ADMISSION}/item/{their_stay.id}"),
        await client.post(f"{PROBLEM}/action/reply/{theirs.id}", json={"reply": "越权回复"}),
        await client.put(f"{PROBLEM}/item/{theirs.id},{two_departments['my_problem'].id}", json={"severity": "urgent"}),
        await client.delete(f"{PROBLEM}/item/{theirs.id}"),
        await client.delete(f"{ADMISSION}/item/{their_stay.id}"),
        await client.put(f"{ADMISSION}/item/{their_stay.id}", json={"bed_no": "99"}),
    ]
    for response in attempts:
        assert response.status_code in (403, 404), (response.request.url, response.text)
        assert "伤口渗液" not in response.text and "外科患者" not in response.text
    untouched = await Problem.get(id=theirs.id)
    assert untouched.reply == "" and untouched.status == ProblemStatus.OPEN
    assert (await Problem.get(id=two_departments["my_problem"].id)).reply == ""


async def test_own_department_rows_can_be_replied_to_and_verified(
    client: httpx.AsyncClient, two_departments: dict
) -> None:
    mine = two_departments["my_problem"]
    response = await client.post(f"{PROBLEM}/action/reply/{mine.id}", json={"reply": "已电话指导"})
    assert response.json()["msg"] == "已回复", response.text
    problem = await Problem.get(id=mine.id)
    assert problem.reply == "已电话指导" and problem.status is ProblemStatus.REPLIED and problem.replied_at
    assert await AuditEvent.filter(action=AuditAction.UPDATE, resource_type="problem").count() == 1
    # A nurse may not verify her own department's reply: the follow-up centre checks with the patient.
    assert (await client.post(f"{PROBLEM}/action/verify/{mine.id}", json={"accepted": True})).status_code == 403
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    await admin_login(client, "agent")
    back = await client.post(f"{PROBLEM}/action/verify/{mine.id}", json={"accepted": False, "note": "仍胸闷"})
    assert back.json()["msg"] == "已退回科室"
    assert (await Problem.get(id=mine.id)).status is ProblemStatus.OPEN
    await admin_login(client, "nurse")
    await client.post(f"{PROBLEM}/action/reply/{mine.id}", json={"reply": "已约门诊复查"})
    await admin_login(client, "agent")
    done = await client.post(f"{PROBLEM}/action/verify/{mine.id}", json={"accepted": True})
    assert done.json()["msg"] == "已核实"
    assert (await Problem.get(id=mine.id)).status is ProblemStatus.VERIFIED


async def test_a_row_cannot_be_moved_out_of_scope(client: httpx.AsyncClient, two_departments: dict) -> None:
    # A nurse may not create (or re-route) a problem into another department.
    created = await client.post(
        f"{PROBLEM}/item",
        json={
            "patient_id": two_departments["mine"].id,
            "department_id": two_departments["orthopaedics"].id,
            "description": "转骨伤科",
        },
    )
    assert created.status_code == 403
    assert await Problem.filter(description="转骨伤科").count() == 0
