"""随访结果查询 export: answers as labels, one column per item, phone masked per role, scope and
filters kept, on real databases."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import timedelta

import httpx
import openpyxl
import pytest

from backend.clock import now
from backend.models import (
    Admission,
    AuditEvent,
    Department,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Patient,
    Permission,
    Problem,
    Questionnaire,
    Role,
)
from backend.models.choices import AuditAction, TaskOutcome
from backend.services.questionnaires import answer_labels
from backend.services.records_export import CONTACT_COLUMNS
from tests import factories
from tests.admin.conftest import admin_login

RECORDS = "/admin/FollowUpApp/RecordAdmin"
CARDIO_ITEMS = [
    {
        "id": "chest",
        "type": "single",
        "text": "有无胸痛",
        "options": [{"value": "yes", "label": "有"}, {"value": "no", "label": "没有"}],
    },
    {
        "id": "symptoms",
        "type": "multiple",
        "text": "近期症状",
        "options": [
            {"value": "dizzy", "label": "头晕"},
            {"value": "edema", "label": "水肿"},
            {"value": "none", "label": "无"},
        ],
    },
    {"id": "sbp", "type": "number", "text": "收缩压", "unit": "mmHg"},
    {"id": "visit", "type": "date", "text": "复诊日期"},
    {"id": "remark", "type": "text", "text": "其他"},
]
CARDIO_HEADERS = ["有无胸痛", "近期症状", "收缩压", "复诊日期", "其他"]


async def _record(
    patient: Patient,
    department: Department,
    template: FollowUpTemplate,
    questionnaire: Questionnaire,
    *,
    outcome: TaskOutcome,
    answers: dict,
    step: int = 1,
) -> FollowUpRecord:
    stay = await Admission.get(patient=patient)
    today = now().date()
    task = await FollowUpTask.create(
        admission=stay,
        patient=patient,
        department=department,
        template=template,
        step=step,
        program=template.program,
        questionnaire=questionnaire,
        due_start=today - timedelta(days=3),
        due_end=today + timedelta(days=3),
    )
    return await FollowUpRecord.create(
        client_uuid=uuid.uuid4(),
        task=task,
        patient=patient,
        questionnaire=questionnaire,
        outcome=outcome,
        answers=answers,
        score=3 if answers else None,
        notes="复诊提醒" if answers else "",
        contacted_at=now(),
    )


@pytest.fixture
async def results(client: httpx.AsyncClient) -> dict:
    cardiology = await factories.department("心血管内科")
    orthopaedics = await factories.department("骨伤科")
    cardio_q = await Questionnaire.create(code="rx_cardio", title="心内随访", items=CARDIO_ITEMS)
    ortho_q = await Questionnaire.create(
        code="rx_ortho",
        title="骨科随访",
        items=[
            {"id": "wound", "type": "single", "text": "伤口情况", "options": [{"value": "ok", "label": "愈合良好"}]}
        ],
    )
    cardio_t = await FollowUpTemplate.create(name="心内出院随访", questionnaire=cardio_q)
    ortho_t = await FollowUpTemplate.create(name="骨科出院随访", questionnaire=ortho_q)
    mine = await factories.patient(cardiology, name="心内患者", phone="13812345678")
    theirs = await factories.patient(orthopaedics, name="骨科患者", phone="13987654321")
    answered = await _record(
        mine,
        cardiology,
        cardio_t,
        cardio_q,
        outcome=TaskOutcome.REACHED,
        answers={"chest": "yes", "symptoms": ["dizzy", "edema"], "sbp": 150, "visit": "2024-05-06", "remark": "=1+1"},
    )
    await Problem.create(patient=mine, department=cardiology, record=answered, description="胸痛复发")
    missed = await _record(mine, cardiology, cardio_t, cardio_q, outcome=TaskOutcome.NO_ANSWER, answers={}, step=2)
    ortho = await _record(theirs, orthopaedics, ortho_t, ortho_q, outcome=TaskOutcome.REACHED, answers={"wound": "ok"})
    return {
        "cardiology": cardiology,
        "cardio_q": cardio_q,
        "answered": answered,
        "missed": missed,
        "ortho": ortho,
    }


def _sheet(response: httpx.Response) -> list[list[object]]:
    assert response.status_code == 200, response.text
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def _csv(response: httpx.Response) -> list[list[str]]:
    assert response.status_code == 200, response.text
    assert response.content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_answer_labels_are_text_by_item_type() -> None:
    questionnaire = Questionnaire(code="q", title="问卷", items=CARDIO_ITEMS)
    labels = answer_labels(
        questionnaire, {"chest": "no", "symptoms": ["none"], "sbp": 120.0, "visit": "2024-01-02", "remark": ""}
    )
    assert labels == {"chest": "没有", "symptoms": "无", "sbp": "120mmHg", "visit": "2024-01-02", "remark": ""}
    assert answer_labels(questionnaire, {}) == dict.fromkeys(labels, "")


async def test_xlsx_holds_labels_masked_phone_and_only_the_filtered_outcome(
    client: httpx.AsyncClient, results: dict
) -> None:
    await factories.staff("satisfaction_officer", await factories.department("行风办"), username="officer")
    await admin_login(client, "officer")
    rows = _sheet(await client.post(f"{RECORDS}/export", params={"format": "xlsx"}, json={"outcome": "reached"}))
    # Two questionnaires: the union of their items, each headed 问卷名·题干.
    assert rows[0] == [*CONTACT_COLUMNS, *(f"心内随访·{h}" for h in CARDIO_HEADERS), "骨科随访·伤口情况"]
    assert len(rows) == 3  # the no-answer record is filtered out
    cardio = dict(zip(rows[0], rows[1], strict=True))
    assert cardio["患者"] == "心内患者" and cardio["手机号"] == "138****5678"
    assert cardio["科室"] == "心血管内科" and cardio["随访模板"] == "心内出院随访" and cardio["第几次"] == 1
    assert cardio["随访结果"] == "已联系" and cardio["得分"] == 3 and cardio["发现问题数"] == 1
    assert cardio["备注"] == "复诊提醒"
    assert cardio["心内随访·有无胸痛"] == "有" and cardio["心内随访·近期症状"] == "头晕、水肿"
    assert cardio["心内随访·收缩压"] == "150mmHg" and cardio["心内随访·复诊日期"] == "2024-05-06"
    assert cardio["心内随访·其他"] == "'=1+1"  # formula-safe
    assert cardio["骨科随访·伤口情况"] == ""
    ortho = dict(zip(rows[0], rows[2], strict=True))
    assert ortho["手机号"] == "139****4321" and ortho["骨科随访·伤口情况"] == "愈合良好"
    assert ortho["心内随访·有无胸痛"] == "" and ortho["发现问题数"] == 0
    assert not await AuditEvent.filter(action=AuditAction.UNMASK).exists()
    assert await AuditEvent.filter(action=AuditAction.EXPORT).count() == 1


async def test_csv_for_a_role_with_unmask_has_full_phone_and_one_audit_entry(
    client: httpx.AsyncClient, results: dict
) -> None:
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    await admin_login(client, "agent")
    rows = _csv(
        await client.post(
            f"{RECORDS}/export", params={"format": "csv"}, json={"questionnaire_id": str(results["cardio_q"].id)}
        )
    )
    # One questionnaire: its items headed by the item text alone.
    assert rows[0] == [*CONTACT_COLUMNS, *CARDIO_HEADERS]
    by_outcome = {r[6]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert set(by_outcome) == {"已联系", "无人接听"}
    assert by_outcome["已联系"]["手机号"] == "13812345678" and by_outcome["已联系"]["近期症状"] == "头晕、水肿"
    assert by_outcome["无人接听"]["有无胸痛"] == "" and by_outcome["无人接听"]["第几次"] == "2"
    unmasked = await AuditEvent.filter(action=AuditAction.UNMASK)
    assert len(unmasked) == 1 and "完整手机号" in unmasked[0].summary and "2 条" in unmasked[0].summary


async def test_a_department_role_exports_only_its_own_department(client: httpx.AsyncClient, results: dict) -> None:
    role = await Role.create(code="dept_exporter", name="科室导出", data_scope="department")
    await role.permissions.add(*await Permission.filter(code__in=["followup:read", "patient:export"]))
    member = await factories.staff("nurse", results["cardiology"], username="head")
    await member.roles.add(role)
    await admin_login(client, "head")
    rows = _csv(await client.post(f"{RECORDS}/export", params={"format": "csv"}, json={}))
    assert rows[0] == [*CONTACT_COLUMNS, *CARDIO_HEADERS]
    assert [r[1] for r in rows[1:]] == ["心内患者", "心内患者"]
    assert all(r[2] == "138****5678" for r in rows[1:])
    assert not await AuditEvent.filter(action=AuditAction.UNMASK).exists()


async def test_a_role_without_export_permission_cannot_export(client: httpx.AsyncClient, results: dict) -> None:
    await factories.staff("nurse", results["cardiology"], username="nurse")
    await admin_login(client, "nurse")
    assert (await client.post(f"{RECORDS}/export", params={"format": "csv"}, json={})).status_code == 403


async def test_records_of_several_versions_share_item_columns(client: httpx.AsyncClient, results: dict) -> None:
    v1 = results["cardio_q"]
    v2 = await Questionnaire.create(
        code="rx_cardio",
        version=2,
        title="心内随访",
        items=[*CARDIO_ITEMS[:3], {"id": "hr", "type": "number", "text": "心率", "unit": "次/分"}],
    )
    answered = results["answered"]
    task = await FollowUpTask.get(id=answered.task_id).prefetch_related("template", "department")
    patient = await Patient.get(id=answered.patient_id)
    await _record(
        patient, task.department, task.template, v2, outcome=TaskOutcome.REACHED, answers={"hr": 72.5}, step=3
    )
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    await admin_login(client, "agent")
    rows = _sheet(
        await client.post(f"{RECORDS}/export", params={"format": "xlsx"}, json={"questionnaire_id": f"{v1.id},{v2.id}"})
    )
    # v2's items first (newest version), then those only v1 had; one column per item id.
    expected = ["有无胸痛", "近期症状", "收缩压", "心率", "复诊日期", "其他"]
    assert rows[0] == [*CONTACT_COLUMNS, *(f"心内随访·{h}" for h in expected)]
    newest = dict(zip(rows[0], rows[-1], strict=True))
    assert newest["心内随访·心率"] == "72.5次/分" and newest["心内随访·复诊日期"] == ""
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["心内随访·收缩压"] == "150mmHg" and first["心内随访·心率"] == ""


async def test_results_page_finds_by_department_template_and_answer_and_exports_the_same(
    client: httpx.AsyncClient, results: dict
) -> None:
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    await admin_login(client, "agent")

    async def listed(filters: dict) -> set[int]:
        response = await client.post(f"{RECORDS}/list", json=filters)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["status"] == 0, body
        return {row["id"] for row in body["data"]["items"]}

    cardio_id, answered_id = results["cardiology"].id, results["answered"].id
    assert await listed({"task__department_id": str(cardio_id)}) == {answered_id, results["missed"].id}
    template = await FollowUpTemplate.get(name="骨科出院随访")
    assert await listed({"task__template_id": str(template.id)}) == {results["ortho"].id}
    # an answer by option label or code, a multiple choice by one of its options, a number as written
    assert await listed({"answer_item": "chest", "answer_value": "有"}) == {answered_id}
    assert await listed({"answer_item": "symptoms", "answer_value": "edema"}) == {answered_id}
    assert await listed({"answer_item": "sbp", "answer_value": "150"}) == {answered_id}
    assert await listed({"answer_item": "chest", "answer_value": "no"}) == set()
    # half a search is refused with a reason, not silently ignored
    half = (await client.post(f"{RECORDS}/list", json={"answer_item": "chest"})).json()
    assert half["status"] != 0 and "题目" in half["msg"]
    # the export takes the same filters
    rows = _sheet(
        await client.post(
            f"{RECORDS}/export", params={"format": "xlsx"}, json={"answer_item": "symptoms", "answer_value": "水肿"}
        )
    )
    assert len(rows) == 2 and rows[1][1] == "心内患者" and rows[1][4] == "心内出院随访"
    options = (await client.get(f"{RECORDS}/answer_items")).json()["data"]["options"]
    assert {"value": "chest", "label": "心内随访 · 有无胸痛"} in options
    # the 科室 filter lists departments by name (the user cannot open the department admin to pick one)
    options_url = f"{RECORDS}/filter_options/task__department_id"
    departments = (await client.get(options_url, params={"target": "x"})).json()["data"]["options"]  # no params
    assert {"label": "心血管内科", "value": cardio_id} in departments
