"""The admin obeys the same password gate as the API (issue #13 item 2), and resets made in the
admin follow 三员分立 (item 3)."""

from __future__ import annotations

import httpx

from backend.models import AuditEvent, Staff
from backend.models.choices import AuditAction
from tests import factories
from tests.admin.conftest import STAFF, admin_login

PATIENTS = "/admin/PatientDataApp/PatientAdmin"
RESETS = "/admin/SystemApp/PasswordResetRequestAdmin"
HTML = {"accept": "text/html,application/xhtml+xml"}


async def test_after_a_reset_the_admin_shows_only_the_password_page(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    await factories.patient(dept, phone="13912345678")
    agent = await factories.staff("followup_agent", dept, username="agent")
    await factories.staff("sysadmin", dept, username="sys")
    await admin_login(client, "sys")
    reset = await client.post(f"{STAFF}/action/reset_password/{agent.id}")
    one_time = reset.json()["data"]["one_time_password"]
    assert reset.json()["status"] == 0 and len(one_time) >= 12

    await admin_login(client, "agent", one_time)
    for page in ("/admin/", f"{PATIENTS}", "/admin/SystemApp/StaffAdmin"):
        sent = await client.get(page, headers=HTML)
        assert sent.status_code == 303 and sent.headers["location"] == "/admin/password", page
    listed = await client.post(f"{PATIENTS}/list", json={})
    assert listed.status_code == 403 and listed.json()["code"] == "password_change_required"
    assert "13912345678" not in listed.text and "先修改密码" in listed.json()["msg"]
    exported = await client.post(f"{PATIENTS}/export?format=csv", json={})
    assert exported.status_code == 403
    page = await client.get("/admin/password", headers=HTML)
    assert page.status_code == 200 and "请先修改密码" in page.text
    changed = await client.post("/admin/password", json={"old_password": one_time, "new_password": "Mine#2026x"})
    assert changed.json()["status"] == 0, changed.text
    assert (await client.post(f"{PATIENTS}/list", json={})).status_code == 401  # every session ended
    await admin_login(client, "agent", "Mine#2026x")
    assert (await client.post(f"{PATIENTS}/list", json={})).json()["data"]["total"] == 1


async def test_an_administrator_reset_in_the_admin_is_requested_approved_then_carried_out(
    client: httpx.AsyncClient,
) -> None:
    dept = await factories.department("信息科")
    await factories.staff("sysadmin", dept, username="sys")
    await factories.staff("secadmin", dept, username="sec")
    auditor = await factories.staff("auditadmin", dept, username="aud")
    await admin_login(client, "sys")
    refused = await client.post(f"{STAFF}/action/reset_password/{auditor.id}")
    assert refused.status_code == 403 and "三员分立" in refused.json()["msg"]

    await admin_login(client, "sec")
    asked = await client.post(f"{STAFF}/action/request_reset/{auditor.id}", json={"reason": "审计员忘记密码"})
    assert asked.json()["status"] == 0, asked.text
    request_id = (await client.post(f"{RESETS}/list", json={})).json()["data"]["items"][0]["id"]
    assert (await client.post(f"{RESETS}/action/approve/{request_id}")).status_code == 403  # own request

    await admin_login(client, "sys")
    assert (await client.post(f"{RESETS}/action/approve/{request_id}")).json()["status"] == 0
    assert (await client.post(f"{RESETS}/action/complete/{request_id}")).status_code == 403

    await admin_login(client, "sec")
    done = await client.post(f"{RESETS}/action/complete/{request_id}")
    one_time = done.json()["data"]["one_time_password"]
    assert (await Staff.get(id=auditor.id)).must_change_password
    await admin_login(client, "aud", one_time)
    assert await AuditEvent.filter(action=AuditAction.RESET_LOGIN, actor_id=auditor.id).exists()
