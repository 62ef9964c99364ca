"""患者查询 in the admin finds a patient by a full phone or ID number, through the same audited,
bounded exact search as the API (issue #12 item 6, issue #13 item 1)."""

from __future__ import annotations

import httpx
import pytest

from backend.models import AuditEvent, Notice
from backend.models.choices import AuditAction
from backend.security.crypto import decrypt
from backend.settings import Settings
from tests import factories
from tests.admin.conftest import admin_login

PATIENTS = "/admin/PatientDataApp/PatientAdmin"
PHONE = "13912345678"


async def test_patient_search_by_full_phone_or_id_number_is_exact_and_audited(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    wanted = await factories.patient(dept, phone=PHONE)
    other = await factories.patient(dept)
    await factories.staff("followup_agent", dept, username="agent")
    await admin_login(client, "agent")
    listed = await client.post(f"{PATIENTS}/list", json={})
    assert listed.json()["data"]["total"] == 2
    row = listed.json()["data"]["items"][0]
    assert isinstance(row["birth_date"], int)  # the list shows the age
    by_phone = await client.post(f"{PATIENTS}/list", json={"phone": "139-1234-5678"})
    assert [r["id"] for r in by_phone.json()["data"]["items"]] == [wanted.id]
    id_number = decrypt(other.id_number_cipher) or ""
    by_id = await client.post(f"{PATIENTS}/list", json={"id_number": id_number.lower()})
    assert [r["id"] for r in by_id.json()["data"]["items"]] == [other.id]
    events = await AuditEvent.filter(action=AuditAction.EXACT_SEARCH).order_by("id")
    assert [e.resource_id for e in events] == [str(wanted.id), str(other.id)]
    partial = await client.post(f"{PATIENTS}/list", json={"phone": "139****5678"})
    assert partial.status_code == 422 and "模糊" in partial.json()["msg"]


async def test_admin_exact_searches_share_the_api_limit(
    client: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings.security, "exact_search_limit", 2)
    dept = await factories.department()
    await factories.patient(dept, phone=PHONE)
    await factories.staff("followup_agent", dept, username="agent")
    headers = await factories.login(client, "agent")
    assert (await client.get("/api/v1/patients", params={"phone": PHONE}, headers=headers)).status_code == 200
    await admin_login(client, "agent")
    assert (await client.post(f"{PATIENTS}/list", json={"phone": PHONE})).json()["status"] == 0
    refused = await client.post(f"{PATIENTS}/list", json={"phone": PHONE})
    assert refused.status_code == 429 and "已通知安全管理员" in refused.json()["msg"]
    assert await Notice.filter(kind="security").count() == 1
    # The notice is the security administrator's, not the system administrator's.
    await factories.staff("sysadmin", dept, username="sys")
    await admin_login(client, "sys")
    assert (await client.post("/admin/SystemApp/NoticeAdmin/list", json={})).json()["data"]["total"] == 0
    await factories.staff("secadmin", dept, username="sec")
    await admin_login(client, "sec")
    security = await client.post("/admin/SystemApp/SecurityNoticeAdmin/list", json={})
    assert security.json()["data"]["total"] == 1
