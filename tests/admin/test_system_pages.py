"""员工维护, 权限维护 and 功能菜单 through the admin, with 三员分立 intact."""

from __future__ import annotations

import httpx

from backend.models import Menu, Role, Staff
from backend.security.crypto import decrypt
from backend.security.passwords import verify_password
from backend.services import menus
from tests import factories
from tests.admin.conftest import ROLE, STAFF, admin_login


async def test_staff_create_reset_lock_and_grant(client: httpx.AsyncClient) -> None:
    dept = await factories.department("心血管内科")
    await factories.staff("sysadmin", dept, username="sys")
    await factories.staff("secadmin", dept, username="sec")
    await admin_login(client, "sys")
    weak = await client.post(f"{STAFF}/item", json={"username": "n1", "name": "新护士", "password": "123"})
    assert weak.status_code == 422 and "密码至少 8 位" in weak.json()["msg"]
    created = await client.post(
        f"{STAFF}/item",
        json={
            "username": "n1",
            "name": "新护士",
            "password": "Nurse#2026",
            "department_id": dept.id,
            "phone_extension": "8201",
        },
    )
    assert created.json()["status"] == 0, created.text
    staff = await Staff.get(username="n1")
    assert verify_password(staff.password_hash, "Nurse#2026") and staff.must_change_password
    found = await client.post(f"{STAFF}/list", json={"name": "新护士"})
    assert found.json()["data"]["total"] == 1 and found.json()["data"]["items"][0]["department__name"] == "心血管内科"
    edited = await client.put(f"{STAFF}/item/{staff.id}", json={"title": "护师", "roles": [1]})
    assert edited.json()["status"] == 0
    assert (await Staff.get(id=staff.id)).title == "护师"
    assert await staff.roles.all().count() == 0  # roles are not the system administrator's to give
    locked = await client.post(f"{STAFF}/action/lock/{staff.id}")
    assert locked.json()["msg"] == "已锁定" and (await Staff.get(id=staff.id)).locked
    assert (await client.post(f"{STAFF}/action/unlock/{staff.id}")).status_code == 403
    assert (await client.post(f"{STAFF}/action/grant/{staff.id}", json={"role_ids": []})).status_code == 403
    assert (await client.delete(f"{STAFF}/item/{staff.id}")).status_code == 403

    await admin_login(client, "sec")
    nurse_role = await Role.get(code="nurse")
    assert (await client.post(f"{STAFF}/action/unlock/{staff.id}")).json()["msg"] == "已解锁"
    granted = await client.post(f"{STAFF}/action/grant/{staff.id}", json={"role_ids": [nurse_role.id]})
    assert granted.json()["msg"] == "角色已更新"
    assert [r.code for r in await staff.roles.all()] == ["nurse"]
    assert (
        await client.post(f"{STAFF}/item", json={"username": "x", "name": "x", "password": "Strong#2026"})
    ).status_code == 403


async def test_builtin_roles_are_read_only_and_admin_permissions_stay_with_admins(client: httpx.AsyncClient) -> None:
    await factories.staff("secadmin", await factories.department(), username="sec")
    await admin_login(client, "sec")
    builtin = await Role.get(code="nurse")
    refused = await client.put(f"{ROLE}/item/{builtin.id}", json={"permissions": [1]})
    assert refused.status_code == 403 and "内置角色" in refused.json()["msg"]
    perms = {
        p["label"]: p["value"] for p in (await client.get(f"{ROLE}/options/permissions")).json()["data"]["options"]
    }
    created = await client.post(
        f"{ROLE}/item",
        json={
            "code": "ward_clerk",
            "name": "病区文员",
            "data_scope": "department",
            "permissions": [perms["查看患者信息"], perms["回复患者问题"]],
        },
    )
    assert created.json()["status"] == 0, created.text
    role = await Role.get(code="ward_clerk")
    assert {p.code for p in await role.permissions.all()} == {"patient:read", "problem:reply"}
    sneaky = await client.put(f"{ROLE}/item/{role.id}", json={"permissions": [perms["日志查询"]]})
    assert sneaky.status_code == 422 and "三员分立" in sneaky.json()["msg"]


async def test_menus_follow_roles_and_can_be_narrowed(client: httpx.AsyncClient, app) -> None:  # type: ignore[no-untyped-def]
    from backend.admin.site import menu_entries

    await menus.sync(menu_entries(app.state.admin_site))
    assert await Menu.filter(code="StaffAdmin").exists()
    await factories.staff("nurse", await factories.department(), username="nurse")
    await admin_login(client, "nurse")
    nav = str((await client.post("/admin/", json={})).json()["data"])
    assert "系统管理" not in nav and "问题回复" in nav

    await factories.staff("sysadmin", await factories.department(), username="sys")
    await admin_login(client, "sys")
    nav = str((await client.post("/admin/", json={})).json()["data"])
    assert "员工维护" in nav and "日志查询" not in nav and "问题回复" not in nav
    staff_menu = await Menu.get(code="StaffAdmin")
    await staff_menu.roles.clear()
    nav = str((await client.post("/admin/", json={})).json()["data"])
    assert "员工维护" not in nav and "科室维护" in nav


async def test_the_extension_password_is_write_only_in_staff_maintenance(client: httpx.AsyncClient) -> None:
    """员工维护's 分机密码 (网络电话): saved encrypted, never shown back, a blank field keeps it."""
    dept = await factories.department("心血管内科")
    await factories.staff("sysadmin", dept, username="sys")
    doctor = await factories.staff("doctor", dept, username="doc")
    await admin_login(client, "sys")
    form = await client.get(f"{STAFF}/item/{doctor.id}")
    assert "sip_password_cipher" not in form.text
    saved = await client.put(
        f"{STAFF}/item/{doctor.id}",
        json={"phone_extension": "8301", "dial_method": "webrtc", "sip_password": "Ext-8301-pass"},
    )
    assert saved.json()["status"] == 0, saved.text
    stored = await Staff.get(id=doctor.id)
    assert stored.dial_method.value == "webrtc" and decrypt(stored.sip_password_cipher) == "Ext-8301-pass"
    kept = await client.put(f"{STAFF}/item/{doctor.id}", json={"title": "主治医师", "sip_password": ""})
    assert kept.json()["status"] == 0
    assert (await Staff.get(id=doctor.id)).sip_password_cipher == stored.sip_password_cipher
    shown = [
        await client.get(f"{STAFF}/item/{doctor.id}"),
        await client.post(f"{STAFF}/list", json={"name": doctor.name}),
    ]
    assert all("Ext-8301-pass" not in r.text and stored.sip_password_cipher not in r.text for r in shown)
