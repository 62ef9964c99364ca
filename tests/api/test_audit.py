"""Audit trail: a row for each audited action, written with the change, append-only."""

from __future__ import annotations

import httpx
import pytest

from backend.models import AuditEvent, Department
from backend.models.audit import AuditEventImmutable
from backend.models.choices import AuditAction
from tests import factories


async def _admin(client: httpx.AsyncClient, role: str = "sysadmin", username: str = "admin") -> dict[str, str]:
    await factories.staff(role, await factories.department("信息科", code=f"IT-{username}"), username=username)
    headers = await factories.login(client, username)
    client.cookies.clear()
    return headers


async def test_department_create_update_delete_each_leave_one_audit_row(client: httpx.AsyncClient) -> None:
    headers = await _admin(client)
    created = await client.post("/api/v1/departments", headers=headers, json={"code": "0999", "name": "推拿科"})
    assert created.status_code == 201, created.text
    dept_id = created.json()["id"]
    updated = await client.patch(f"/api/v1/departments/{dept_id}", headers=headers, json={"name": "针灸推拿科"})
    assert updated.status_code == 200 and updated.json()["name"] == "针灸推拿科"
    deleted = await client.delete(f"/api/v1/departments/{dept_id}", headers=headers)
    assert deleted.status_code == 204

    events = await AuditEvent.filter(resource_type="department", resource_id=str(dept_id)).order_by("id")
    assert [e.action for e in events] == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE]
    assert events[0].after["name"] == "推拿科"
    assert events[1].before == {"name": "推拿科"} and events[1].after == {"name": "针灸推拿科"}
    assert events[2].before["code"] == "0999"
    assert all(e.actor_name.startswith("员工") and e.ip == "10.1.2.3" and e.request_id for e in events)


async def test_a_change_that_fails_leaves_no_audit_row(client: httpx.AsyncClient) -> None:
    headers = await _admin(client)
    await factories.department("心血管内科", code="0101")
    before = await AuditEvent.all().count()
    duplicate = await client.post("/api/v1/departments", headers=headers, json={"code": "0101", "name": "重复"})
    assert duplicate.status_code == 409
    assert "重复" in duplicate.json()["detail"]
    assert await AuditEvent.all().count() == before
    assert await Department.filter(code="0101").count() == 1


async def test_deleting_a_department_still_in_use_is_refused_clearly(client: httpx.AsyncClient) -> None:
    headers = await _admin(client)
    dept = await factories.department()
    await factories.patient(dept)
    response = await client.delete(f"/api/v1/departments/{dept.id}", headers=headers)
    assert response.status_code == 409
    assert "引用" in response.json()["detail"]
    assert await Department.exists(id=dept.id)


async def test_staff_lifecycle_is_audited(client: httpx.AsyncClient) -> None:
    headers = await _admin(client)
    sec = await _admin(client, "secadmin", "sec")
    created = await client.post(
        "/api/v1/staff", headers=headers, json={"username": "newnurse", "name": "新护士", "password": "Nurse#2026"}
    )
    assert created.status_code == 201, created.text
    sid = created.json()["id"]
    assert (await client.patch(f"/api/v1/staff/{sid}", headers=headers, json={"title": "护师"})).status_code == 200
    assert (
        await client.post(f"/api/v1/staff/{sid}/reset-password", headers=headers, json={"password": "Reset#2026x"})
    ).status_code == 200
    assert (await client.post(f"/api/v1/staff/{sid}/lock", headers=headers)).status_code == 200
    assert (await client.post(f"/api/v1/staff/{sid}/unlock", headers=sec)).status_code == 200
    assert (await client.post(f"/api/v1/staff/{sid}/disable", headers=headers)).status_code == 200
    actions = [e.action for e in await AuditEvent.filter(resource_type="staff", resource_id=str(sid)).order_by("id")]
    assert actions == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.PASSWORD_RESET,
        AuditAction.LOCK,
        AuditAction.UNLOCK,
        AuditAction.UPDATE,
    ]
    snapshot = (await AuditEvent.filter(resource_type="staff", action=AuditAction.CREATE).first()).after
    assert "password_hash" not in snapshot


async def test_login_and_logout_are_audited(client: httpx.AsyncClient) -> None:
    headers = await _admin(client)
    await client.post("/api/v1/auth/logout", headers=headers)
    assert await AuditEvent.filter(action=AuditAction.LOGIN, success=True).count() == 1
    assert await AuditEvent.filter(action=AuditAction.LOGOUT).count() == 1


async def test_audit_events_cannot_be_changed_or_deleted(db: str) -> None:
    from backend.services import audit

    event = await audit.record(AuditAction.EXPORT, actor_name="测试", summary="导出")
    event.summary = "篡改"
    with pytest.raises(AuditEventImmutable):
        await event.save()
    with pytest.raises(AuditEventImmutable):
        await event.delete()
    assert (await AuditEvent.get(id=event.id)).summary == "导出"


async def test_audit_log_is_readable_only_by_the_audit_administrator(client: httpx.AsyncClient) -> None:
    admin = await _admin(client)
    auditor = await _admin(client, "auditadmin", "auditor")
    assert (await client.get("/api/v1/audit-events", headers=admin)).status_code == 403
    response = await client.get("/api/v1/audit-events", headers=auditor, params={"action": "login"})
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 2 and {e["action"] for e in body["items"]} == {"login"}
    bad = await client.get("/api/v1/audit-events", headers=auditor, params={"action": "hack"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "query.action"
