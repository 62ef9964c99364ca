"""Department data scope: no patient-bearing endpoint leaks another department's patients.

The endpoints are found from the OpenAPI document (every route marked x-patient-data), so a
new patient-bearing route is covered the day it is added.
"""

from __future__ import annotations

import io
import json
import re
import uuid
from typing import Any

import httpx
import openpyxl
import pytest
from fastapi import FastAPI

from backend.clock import now
from backend.models import (
    Admission,
    CallRecord,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Patient,
    Problem,
    Questionnaire,
    SmsBatch,
    SmsTemplate,
)
from tests import factories


async def _task_for(stay: Admission) -> FollowUpTask:
    questionnaire = await Questionnaire.create(code=f"Q{stay.id}", title="随访问卷")
    template = await FollowUpTemplate.create(name=f"模板{stay.id}", questionnaire=questionnaire)
    return await FollowUpTask.create(
        admission=stay,
        patient_id=stay.patient_id,
        department_id=stay.department_id,
        template=template,
        step=1,
        program="centre",
        questionnaire=questionnaire,
        due_start=factories.at(2026, 1, 1).date(),
        due_end=factories.at(2026, 1, 8).date(),
    )


def _patient_routes(app: FastAPI) -> list[tuple[str, str]]:
    routes = []
    for path, methods in app.openapi()["paths"].items():
        for method, operation in methods.items():
            if operation.get("x-patient-data"):
                routes.append((method.upper(), path))
    return routes


def test_patient_routes_are_discovered(app: FastAPI) -> None:
    paths = {p for _, p in _patient_routes(app)}
    assert {"/api/v1/patients", "/api/v1/patients/{patient_id}", "/api/v1/admissions"} <= paths


async def _call(
    client: httpx.AsyncClient, method: str, path: str, ids: dict[str, Any], headers: dict[str, str]
) -> httpx.Response:
    url = re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), path)
    body: dict[str, Any] | None = None
    if method == "POST" and url.endswith("/unmask"):
        body = {"fields": ["phone", "id_number"], "reason": "越权测试"}
    if method == "POST" and url.endswith("/contacts"):
        body = {"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": {}}
    if (method, path) in NAMED_IN_BODY:
        body = {"task_id": ids["task_id"]}
    if method == "POST" and url.endswith("/events"):
        body = {"kind": "hangup"}
    if method == "POST" and url.endswith("/sms/match"):
        body = {}
    if method == "POST" and url.endswith("/draft-answers"):
        body = {"notes": "越权测试"}
    if method == "POST" and url.endswith("/reply"):
        body = {"reply": "越权回复"}
    body = AI_BODIES.get(url, body)
    if method == "POST" and url.endswith("/pad/uploads"):
        item = {"client_uuid": str(uuid.uuid4()), "task_id": ids["task_id"], "task_version": 0}
        body = {"items": [{**item, "answers": {}, "captured_at": "2026-01-02T10:00:00+08:00"}]}
    return await client.request(method, url, headers=headers, json=body)


# The AI questions that take no id (the suite runs with AI off: 409 AI 未启用, nothing served).
AI_BODIES: dict[str, dict[str, Any]] = {
    "/api/v1/ai/stats/question": {"question": "上个月的随访率是多少"},
    "/api/v1/ai/reports/monthly": {"month": "2026-01"},
    "/api/v1/ai/satisfaction/comments": {"period_from": "2026-01-01", "period_until": "2026-01-31"},
}

# Routes that name the record they act on in the body rather than the path.
NAMED_IN_BODY = {("POST", "/api/v1/calls")}


@pytest.mark.parametrize("role", ["doctor", "nurse"])
async def test_department_role_gets_nothing_of_another_department(
    client: httpx.AsyncClient, app: FastAPI, role: str
) -> None:
    cardiology = await factories.department("心血管内科")
    orthopaedics = await factories.department("骨伤科")
    own = await factories.patient(cardiology, name="本科患者")
    other = await factories.patient(orthopaedics, name="外科患者")
    other_admission = await Admission.get(patient=other)
    other_task = await _task_for(other_admission)
    await factories.staff(role, cardiology, username="member")
    headers = await factories.login(client, "member")
    client.cookies.clear()

    call = await CallRecord.create(
        task=other_task,
        patient=other,
        driver="simulator",
        provider_call_id=str(uuid.uuid4()),
        number_cipher="x",
        started_at=factories.at(2026, 1, 2, 10),
    )
    surgeon = await factories.staff("doctor", orthopaedics, username="surgeon")
    template = await SmsTemplate.create(
        code="t", name="t", category="recheck", provider_template_code="SMS_1", sign_name="院", content="x"
    )
    batch = await SmsBatch.create(name="骨科群发", template=template, created_by=surgeon)
    # an SMS campaign query naming the other department matches nobody (counts leak nothing else)
    matched = await client.post(
        "/api/v1/sms/match", json={"departments": [orthopaedics.code]}, headers=await factories.login(client, "member")
    )
    client.cookies.clear()
    assert matched.status_code in (200, 403) and matched.json().get("count", 0) == 0
    record = await FollowUpRecord.create(
        client_uuid=uuid.uuid4(),
        task=other_task,
        patient=other,
        questionnaire_id=other_task.questionnaire_id,
        outcome="reached",
        contacted_at=factories.at(2026, 1, 2, 11),
    )
    other_ids = {
        "patient_id": other.id,
        "admission_id": other_admission.id,
        "task_id": other_task.id,
        "call_id": call.provider_call_id,
        "batch_id": batch.id,
        "record_id": record.id,
        "ward_id": orthopaedics.id,
        "problem_id": (
            await Problem.create(
                patient=other, task=other_task, department=orthopaedics, description="越权测试", reply_due_at=now()
            )
        ).id,
    }
    leaks = []
    for method, path in _patient_routes(app):
        response = await _call(client, method, path, other_ids, headers)
        text = response.text
        if "{" in path or (method, path) in NAMED_IN_BODY:
            if response.status_code not in (403, 404):
                leaks.append(f"{method} {path} -> {response.status_code}")
        else:
            # 403: the role may not use this route at all; 409: AI is off. Nothing leaks.
            if response.status_code == 403 or (response.status_code == 409 and path in AI_BODIES):
                assert "外科患者" not in text
                continue
            assert response.status_code == 200, f"{path}: {text}"
            # Markers only the other department's records carry (ids alone could coincide).
            markers = (other.his_id, "外科患者", other_admission.his_visit_id, f'"patient_id":{other.id},')
            if any(marker in text.replace(" ", "") for marker in markers):
                leaks.append(f"{method} {path} lists the other department's patient")
            if method != "GET":
                continue  # a POST query (the SMS match) was checked above with the other department
            # Asking for the other department explicitly must not widen the scope either.
            scoped = await client.get(path, params={"department_id": orthopaedics.id}, headers=headers)
            assert scoped.status_code == 200, f"{path}: {scoped.text}"
            if path.endswith(".xlsx"):
                # the statistics workbook counts nothing of the other department
                summary = openpyxl.load_workbook(io.BytesIO(scoped.content))["汇总"]
                assert summary.cell(row=4, column=2).value == 0, path
                continue
            body = scoped.json()
            assert "外科患者" not in scoped.text
            if "items" in body:
                assert body["total"] == 0, f"{path}: {scoped.text}"
    assert leaks == []

    # The same routes do serve the member's own department.
    own_list = await client.get("/api/v1/patients", headers=headers)
    assert [p["his_id"] for p in own_list.json()["items"]] == [own.his_id]
    assert (await client.get(f"/api/v1/patients/{own.id}", headers=headers)).status_code == 200


async def test_stays_in_other_departments_are_hidden_inside_a_visible_patient(client: httpx.AsyncClient) -> None:
    cardiology = await factories.department("心血管内科")
    orthopaedics = await factories.department("骨伤科")
    patient = await factories.patient(cardiology)
    await Admission.create(
        his_visit_id="OTHER-1",
        patient=patient,
        department=orthopaedics,
        admitted_at=factories.at(2026, 1, 1),
        discharged_at=factories.at(2026, 1, 5),
    )
    await factories.staff("doctor", cardiology, username="cardio")
    headers = await factories.login(client, "cardio")
    detail = (await client.get(f"/api/v1/patients/{patient.id}", headers=headers)).json()
    assert [a["department"]["name"] for a in detail["admissions"]] == ["心血管内科"]


async def test_ward_under_a_department_is_in_its_scope(client: httpx.AsyncClient) -> None:
    cardiology = await factories.department("心血管内科")
    ward = await factories.department("心血管内科一病区", parent=cardiology)
    patient = await factories.patient(ward)
    await factories.staff("nurse", cardiology, username="wardnurse")
    headers = await factories.login(client, "wardnurse")
    assert (await client.get(f"/api/v1/patients/{patient.id}", headers=headers)).status_code == 200


async def test_hospital_wide_role_sees_every_department(client: httpx.AsyncClient) -> None:
    a = await factories.patient(await factories.department())
    b = await factories.patient(await factories.department())
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    headers = await factories.login(client, "agent")
    listed = (await client.get("/api/v1/patients", headers=headers)).json()
    assert {p["id"] for p in listed["items"]} == {a.id, b.id}


@pytest.mark.parametrize("role", ["sysadmin", "secadmin", "auditadmin"])
async def test_administrators_see_no_patient_data(client: httpx.AsyncClient, app: FastAPI, role: str) -> None:
    patient = await factories.patient(await factories.department())
    admission = await Admission.get(patient=patient)
    await factories.staff(role, await factories.department("信息科"), username="adm")
    headers = await factories.login(client, "adm")
    task = await _task_for(admission)
    for method, path in _patient_routes(app):
        ids = {
            "patient_id": patient.id,
            "admission_id": admission.id,
            "task_id": task.id,
            "call_id": str(uuid.uuid4()),
            "batch_id": 1,
            "record_id": 1,
            "ward_id": admission.department_id,
            "problem_id": 1,
        }
        response = await _call(client, method, path, ids, headers)
        assert response.status_code == 403, f"{method} {path}: {response.status_code}"
        assert patient.name not in response.text
    assert await Patient.all().count() == 1


async def test_out_of_scope_and_missing_records_answer_alike(client: httpx.AsyncClient) -> None:
    mine = await factories.department()
    other = await factories.patient(await factories.department())
    await factories.staff("doctor", mine, username="doc")
    headers = await factories.login(client, "doc")
    hidden = await client.get(f"/api/v1/patients/{other.id}", headers=headers)
    missing = await client.get("/api/v1/patients/999999", headers=headers)
    assert hidden.status_code == missing.status_code == 404
    assert json.loads(hidden.text)["detail"] == json.loads(missing.text)["detail"]


async def test_a_ward_nurse_sees_the_stays_nursed_on_her_ward(client: httpx.AsyncClient) -> None:
    cardiology = await factories.department("心血管内科")
    ward = await factories.department("心血管内科一病区", parent=cardiology)
    patient = await factories.patient(cardiology)
    await Admission.filter(patient=patient).update(ward_id=ward.id)
    await factories.staff("nurse", ward, username="wardonly")
    headers = await factories.login(client, "wardonly")
    assert (await client.get(f"/api/v1/patients/{patient.id}", headers=headers)).status_code == 200


async def test_filtering_by_another_department_reveals_nothing(client: httpx.AsyncClient) -> None:
    cardiology = await factories.department("心血管内科")
    oncology = await factories.department("肿瘤科")
    patient = await factories.patient(cardiology)
    await Admission.create(
        his_visit_id="ONC-1",
        patient=patient,
        department=oncology,
        admitted_at=factories.at(2026, 2, 1),
        discharged_at=factories.at(2026, 2, 9),
    )
    await factories.staff("doctor", cardiology, username="cardio2")
    headers = await factories.login(client, "cardio2")
    response = await client.get("/api/v1/patients", params={"department_id": oncology.id}, headers=headers)
    assert response.json()["total"] == 0


async def test_a_department_role_with_unmask_still_cannot_reach_other_departments(client: httpx.AsyncClient) -> None:
    from backend.models import Permission, Role

    cardiology = await factories.department("心血管内科")
    other = await factories.patient(await factories.department("骨伤科"), phone="13900001111")
    role = await Role.create(code="unmask_nurse", name="查看号码护士", data_scope="department")
    await role.permissions.add(*await Permission.filter(code__in=["patient:read", "patient:unmask"]))
    member = await factories.staff("nurse", cardiology, username="head")
    await member.roles.add(role)
    headers = await factories.login(client, "head")
    response = await client.post(
        f"/api/v1/patients/{other.id}/unmask", headers=headers, json={"fields": ["phone"], "reason": "越权测试"}
    )
    assert response.status_code == 404 and "13900001111" not in response.text
