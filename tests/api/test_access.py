"""三员分立: each administrator does their own work and none of the others'."""

from __future__ import annotations

import httpx
import pytest

from backend.models import Role
from tests import factories

ACTIONS = {
    "create_staff": ("POST", "/api/v1/staff", {"username": "x1", "name": "某某", "password": "Strong#2026"}),
    "create_department": ("POST", "/api/v1/departments", {"code": "X1", "name": "新科室"}),
    "grant_roles": ("PUT", "/api/v1/staff/{target}/roles", {"role_ids": []}),
    "unlock": ("POST", "/api/v1/staff/{target}/unlock", None),
    "read_audit": ("GET", "/api/v1/audit-events", None),
    "read_patients": ("GET", "/api/v1/patients", None),
}

ALLOWED = {
    "sysadmin": {"create_staff", "create_department"},
    "secadmin": {"grant_roles", "unlock"},
    "auditadmin": {"read_audit"},
}


@pytest.mark.parametrize("role", sorted(ALLOWED))
async def test_each_administrator_can_do_only_their_own_work(client: httpx.AsyncClient, role: str) -> None:
    dept = await factories.department("信息科")
    target = await factories.staff("nurse", dept, username="target")
    await factories.staff(role, dept, username="admin")
    headers = await factories.login(client, "admin")
    client.cookies.clear()
    outcome = {}
    for name, (method, path, body) in ACTIONS.items():
        response = await client.request(method, path.format(target=target.id), headers=headers, json=body)
        assert response.status_code != 500, response.text
        outcome[name] = response.status_code < 400
    assert {n for n, ok in outcome.items() if ok} == ALLOWED[role]


async def test_builtin_roles_hold_no_permission_of_another_administrator(db: str) -> None:
    roles = {r.code: {p.code for p in await r.permissions.all()} for r in await Role.filter(builtin=True)}
    admins = ["sysadmin", "secadmin", "auditadmin"]
    for a in admins:
        for b in admins:
            if a != b:
                assert not roles[a] & roles[b], (a, b)
        assert not {p for p in roles[a] if p.startswith("patient:")}
    assert len(roles) == 9


async def test_security_administrator_cannot_grant_themself(client: httpx.AsyncClient) -> None:
    me = await factories.staff("secadmin", await factories.department(), username="sec")
    headers = await factories.login(client, "sec")
    role = await Role.get(code="sysadmin")
    response = await client.put(f"/api/v1/staff/{me.id}/roles", headers=headers, json={"role_ids": [role.id]})
    assert response.status_code == 403


async def test_an_administrator_role_cannot_be_combined_with_another_role(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    target = await factories.staff("nurse", dept, username="target")
    await factories.staff("secadmin", dept, username="sec")
    headers = await factories.login(client, "sec")
    client.cookies.clear()
    roles = {r.code: r.id for r in await Role.all()}
    mixed = await client.put(
        f"/api/v1/staff/{target.id}/roles",
        headers=headers,
        json={"role_ids": [roles["auditadmin"], roles["followup_agent"]]},
    )
    assert mixed.status_code == 422 and "不能与其他角色" in mixed.json()["detail"]
    single = await client.put(
        f"/api/v1/staff/{target.id}/roles",
        headers=headers,
        json={"role_ids": [roles["doctor"], roles["followup_agent"]]},
    )
    assert single.status_code == 200
