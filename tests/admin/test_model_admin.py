"""TortoiseModelAdmin on real databases: every generated route, typed filters, bulk rollback."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import httpx
import openpyxl

from backend.clock import now
from backend.models import Admission, AuditEvent, Department, DiagnosisCode
from backend.models.choices import AuditAction, DepartmentKind, DischargeDisposition
from tests import factories
from tests.admin.conftest import ADMISSION, AUDIT, DEPT, admin_login


async def _list(
    client: httpx.AsyncClient, base: str, filters: dict[str, object] | None = None, **params: object
) -> dict:
    response = await client.post(f"{base}/list", params=params, json=filters or {})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == 0, body
    return body["data"]


async def test_list_filters_search_sort_and_paginate(sysadmin: httpx.AsyncClient) -> None:
    for n, (name, kind, active) in enumerate(
        [
            ("心血管内科", DepartmentKind.CLINICAL, True),
            ("心血管内科一病区", DepartmentKind.WARD, True),
            ("检验科", DepartmentKind.MEDTECH, False),
            ("脑病科", DepartmentKind.CLINICAL, True),
        ]
    ):
        await Department.create(code=f"T{n}", name=name, kind=kind, is_active=active, sort_order=n * 10)
    assert (await _list(sysadmin, DEPT, {"name": "心血管"}))["total"] == 2
    assert (await _list(sysadmin, DEPT, {"name": "[~]病区"}))["total"] == 1
    assert (await _list(sysadmin, DEPT, {"code": "T", "kind": "clinical"}))["total"] == 2
    assert (await _list(sysadmin, DEPT, {"code": "T", "kind": "clinical,ward"}))["total"] == 3
    assert (await _list(sysadmin, DEPT, {"is_active": False}))["total"] == 1
    assert (await _list(sysadmin, DEPT, {"code": "T", "is_active": "true"}))["total"] == 3
    page = await _list(sysadmin, DEPT, {"code": "T"}, page=2, perPage=3, orderBy="code", orderDir="desc")
    assert page["total"] == 4 and [i["code"] for i in page["items"]] == ["T0"]
    first = await _list(sysadmin, DEPT, {"code": "T"}, page=1, perPage=3, orderBy="code", orderDir="desc")
    assert [i["code"] for i in first["items"]] == ["T3", "T2", "T1"]
    # Unknown keys (amis sends its whole page context) are ignored, not errors.
    assert (await _list(sysadmin, DEPT, {"code": "T", "page": 1, "items": []}))["total"] == 4


async def test_bad_filter_value_is_a_chinese_422(sysadmin: httpx.AsyncClient) -> None:
    response = await sysadmin.post(f"{DEPT}/list", json={"kind": "spaceship"})
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422 and "筛选条件「科室类别」" in body["msg"] and body["errors"][0]["field"] == "kind"


async def test_typed_filters_on_dates_numbers_enums_and_foreign_keys(client: httpx.AsyncClient) -> None:
    cardiology = await factories.department("心血管内科")
    other = await factories.department("脑病科")
    stays = []
    for n, days_ago in enumerate([3, 10, 40]):
        patient = await factories.patient(cardiology if n < 2 else other, discharged_days_ago=days_ago)
        stay = await Admission.get(patient=patient)
        stay.los_days = 3 + n * 4
        stay.disposition = DischargeDisposition.DEATH if n == 1 else DischargeDisposition.ORDERED
        await stay.save()
        stays.append(stay)
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    await admin_login(client, "agent")
    today = now().date()
    window = f"[-]{today - timedelta(days=12)},{today}"
    assert (await _list(client, ADMISSION, {"discharged_at": window}))["total"] == 2
    assert (await _list(client, ADMISSION, {"los_days": "[-]5,20"}))["total"] == 2
    assert (await _list(client, ADMISSION, {"los_days": "3"}))["total"] == 1
    assert (await _list(client, ADMISSION, {"disposition": "5"}))["total"] == 1
    assert (await _list(client, ADMISSION, {"department_id": str(cardiology.id)}))["total"] == 2
    named = await _list(client, ADMISSION, {"patient__name": "患者"})
    assert named["total"] == 3 and named["items"][0]["department__name"] in {"心血管内科", "脑病科"}
    bad = await client.post(f"{ADMISSION}/list", json={"los_days": "三天"})
    assert bad.status_code == 422 and "住院天数" in bad.json()["msg"]


async def test_create_read_update_quick_edit_and_delete_are_audited(sysadmin: httpx.AsyncClient) -> None:
    created = await sysadmin.post(f"{DEPT}/item", json={"code": "0777", "name": "推拿科", "kind": "clinical"})
    assert created.status_code == 200 and created.json()["status"] == 0, created.text
    dept_id = created.json()["data"]["id"]
    read = (await sysadmin.get(f"{DEPT}/item/{dept_id}")).json()["data"]
    assert read["name"] == "推拿科" and read["kind"] == "clinical"
    quick = await sysadmin.put(
        f"{DEPT}/item/{dept_id}", json={"name": "针灸推拿科", "id": dept_id, "parent__name": None}
    )
    assert quick.json()["status"] == 0, quick.text
    assert (await Department.get(id=dept_id)).name == "针灸推拿科"
    deleted = await sysadmin.delete(f"{DEPT}/item/{dept_id}")
    assert deleted.json()["status"] == 0
    assert not await Department.exists(id=dept_id)
    actions = [
        e.action for e in await AuditEvent.filter(resource_type="department", resource_id=str(dept_id)).order_by("id")
    ]
    assert actions == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE]


async def test_bulk_update_and_bulk_delete_work_on_the_selection(sysadmin: httpx.AsyncClient) -> None:
    ids = [(await Department.create(code=f"B{n}", name=f"批量{n}")).id for n in range(3)]
    selection = ",".join(str(i) for i in ids[:2])
    updated = await sysadmin.put(f"{DEPT}/item/{selection}", json={"is_active": False})
    assert updated.json()["data"] == 2
    assert await Department.filter(is_active=False).count() == 2
    deleted = await sysadmin.delete(f"{DEPT}/item/{selection}")
    assert deleted.json()["data"] == 2
    assert await Department.filter(code__startswith="B").count() == 1


async def test_bulk_create_with_a_failing_row_rolls_back_the_whole_batch(sysadmin: httpx.AsyncClient) -> None:
    await Department.create(code="0101", name="心血管内科")
    before = await Department.all().count()
    rows = [
        {"code": "0901", "name": "新科室一"},
        {"code": "0902", "name": "新科室二"},
        {"code": "0101", "name": "重复"},
    ]
    response = await sysadmin.post(f"{DEPT}/item", json=rows)
    assert response.status_code == 422
    assert response.json()["msg"] == "第 3 行：科室编码（HIS）「0101」已存在"
    assert await Department.all().count() == before
    missing = await sysadmin.post(
        f"{DEPT}/item", json=[{"code": "0903"}, {"code": "0904", "name": "乙"}, {"code": "0905"}]
    )
    assert missing.status_code == 422
    assert missing.json()["msg"] == "2 行有误，未导入任何数据：第 1 行：科室名称：必填；第 3 行：科室名称：必填"
    good = await sysadmin.post(f"{DEPT}/item", json=rows[:2])
    assert good.json()["data"] == 2 and await Department.all().count() == before + 2


async def test_database_refusal_inside_a_batch_rolls_everything_back(sysadmin: httpx.AsyncClient) -> None:
    """A refusal only the database sees (a two-column unique key) still rolls the batch back."""
    rows = [
        {"kind": "western", "code": "I10.x00", "name": "高血压"},
        {"kind": "tcm_disease", "code": "I10.x00", "name": "眩晕病"},
        {"kind": "western", "code": "I10.x00", "name": "原发性高血压"},
    ]
    response = await sysadmin.post("/admin/DictionaryApp/DiagnosisCodeAdmin/item", json=rows)
    assert response.status_code == 422 and "重复" in response.json()["msg"], response.text
    assert await DiagnosisCode.all().count() == 0
    assert await AuditEvent.filter(action=AuditAction.CREATE, resource_type="diagnosis_code").count() == 0


async def test_foreign_key_field_is_a_picker_over_the_target_admin(sysadmin: httpx.AsyncClient) -> None:
    page = (await sysadmin.post(DEPT, json={})).json()["data"]
    text = str(page)
    assert "'type': 'picker'" in text and "/admin/SystemApp/DepartmentAdmin" in text
    parent = await Department.create(code="P1", name="上级")
    child = await sysadmin.post(f"{DEPT}/item", json={"code": "C1", "name": "下级", "parent_id": parent.id})
    assert child.json()["status"] == 0
    dangling = await sysadmin.post(f"{DEPT}/item", json={"code": "C2", "name": "下级二", "parent_id": 99999})
    assert dangling.status_code == 422 and "所选上级科室不存在" in dangling.json()["msg"]


async def test_export_excel_and_csv_hold_every_matching_row_and_are_audited(sysadmin: httpx.AsyncClient) -> None:
    for n in range(25):
        await Department.create(code=f"E{n:02d}", name=f"导出科室{n}", kind=DepartmentKind.WARD)
    xlsx = await sysadmin.post(f"{DEPT}/export", params={"format": "xlsx"}, json={"name": "导出"})
    assert xlsx.status_code == 200
    assert "attachment" in xlsx.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("ID", "科室编码（HIS）", "科室名称")
    assert len(rows) == 26 and rows[1][3] == "病区"
    text = (await sysadmin.post(f"{DEPT}/export", params={"format": "csv"}, json={"name": "导出"})).content.decode(
        "utf-8-sig"
    )
    assert len(list(csv.reader(io.StringIO(text)))) == 26
    exports = await AuditEvent.filter(action=AuditAction.EXPORT)
    assert len(exports) == 2 and "25 条" in exports[0].summary


async def test_routes_need_a_login_and_the_page_permission(client: httpx.AsyncClient) -> None:
    client.cookies.clear()
    assert (await client.post(f"{DEPT}/list", json={})).status_code == 401
    page = await client.get(DEPT)
    assert page.status_code == 307 and "/admin/login" in page.headers["location"]
    await factories.staff("nurse", await factories.department(), username="nurse")
    await admin_login(client, "nurse")
    denied = await client.post(f"{DEPT}/list", json={})
    assert denied.status_code == 403 and "科室维护" in denied.json()["msg"]
    assert (await client.post(f"{DEPT}/item", json={"code": "X", "name": "X"})).status_code == 403


async def test_read_only_admin_refuses_writes(client: httpx.AsyncClient) -> None:
    await factories.staff("auditadmin", await factories.department(), username="auditor")
    await admin_login(client, "auditor")
    listed = await _list(client, AUDIT, {"action": "login"})
    assert listed["total"] == 1
    event_id = listed["items"][0]["id"]
    assert (await client.delete(f"{AUDIT}/item/{event_id}")).status_code == 403
    assert (await client.put(f"{AUDIT}/item/{event_id}", json={"summary": "x"})).status_code == 403
    assert (await client.post(f"{AUDIT}/item", json={"summary": "x"})).status_code == 403
