"""One query authenticates a request; grant changes still reach the very next request.

Permissions and department scope are cached per web process under the staff row's access
version (services.principal). These tests count the SQL a request sends and check that every
change of roles, permissions or departments made by one process is seen by the next request
without that process telling anyone: the old cache entry is still there, only its key is dead.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from backend.models import Department, Permission, Role, Staff, StaffSession
from backend.services import principal as principal_cache
from tests import factories
from tests.admin.conftest import ADMISSION, ROLE, STAFF, admin_login
from tests.querycount import counting


@pytest.fixture
async def other(db: str, app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser, for the administrator who changes the first user's grants."""
    transport = httpx.ASGITransport(app=app, client=("10.1.2.4", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
async def ward(client: httpx.AsyncClient) -> dict[str, Department]:
    cardiology = await factories.department("心血管内科")
    orthopaedics = await factories.department("骨伤科")
    await factories.patient(cardiology, name="心内患者")
    await factories.patient(orthopaedics, name="骨伤患者")
    return {"cardiology": cardiology, "orthopaedics": orthopaedics}


async def _names(client: httpx.AsyncClient) -> set[str]:
    response = await client.post(f"{ADMISSION}/list", json={})
    assert response.status_code == 200, response.text
    return {row["patient__name"] for row in response.json()["data"]["items"]}


async def _cached_keys(staff_id: int) -> set[tuple[object, ...]]:
    sessions = set(await StaffSession.filter(staff_id=staff_id).values_list("id", flat=True))
    return {k for k in principal_cache._cache if k[0] in sessions}


async def test_an_admin_list_request_sends_three_queries(
    client: httpx.AsyncClient, ward: dict[str, Department], monkeypatch: pytest.MonkeyPatch
) -> None:
    await factories.staff("nurse", ward["cardiology"], username="nurse")
    await admin_login(client, "nurse")
    assert await _names(client) == {"心内患者"}  # the first request of a session loads its grants
    with counting(monkeypatch) as statements:
        assert await _names(client) == {"心内患者"}
    assert len(statements) <= 3, statements
    assert "staff_session" in statements[0] and "staff" in statements[0].split("JOIN", 1)[-1]
    assert sum("COUNT(" in s.upper() for s in statements) == 1


async def test_an_api_request_authenticates_with_one_query(
    client: httpx.AsyncClient, ward: dict[str, Department], monkeypatch: pytest.MonkeyPatch
) -> None:
    await factories.staff("nurse", ward["cardiology"], username="nurse")
    headers = await factories.login(client, "nurse")
    client.cookies.clear()
    assert (await client.get("/api/v1/admissions", headers=headers)).json()["total"] == 1
    with counting(monkeypatch) as me:
        assert (await client.get("/api/v1/auth/me", headers=headers)).status_code == 200
    assert len(me) == 1 and "staff_session" in me[0], me
    with counting(monkeypatch) as listed:
        response = await client.get("/api/v1/admissions", headers=headers)
    assert response.json()["total"] == 1 and response.json()["items"][0]["department"]["id"] == ward["cardiology"].id
    assert len(listed) <= 3, listed


async def test_a_role_taken_away_ends_access_on_the_next_request(
    client: httpx.AsyncClient, other: httpx.AsyncClient, ward: dict[str, Department]
) -> None:
    nurse = await factories.staff("nurse", ward["cardiology"], username="nurse")
    await factories.staff("secadmin", ward["cardiology"], username="sec")
    await admin_login(client, "nurse")
    assert await _names(client) == {"心内患者"}
    stale = await _cached_keys(nurse.id)
    assert stale

    await admin_login(other, "sec")
    auditor = await Role.get(code="auditadmin")
    granted = await other.post(f"{STAFF}/action/grant/{nurse.id}", json={"role_ids": [auditor.id]})
    assert granted.json()["msg"] == "角色已更新", granted.text

    # The change did not reach into this process's cache: only the database version moved.
    assert stale <= set(principal_cache._cache)
    denied = await client.post(f"{ADMISSION}/list", json={})
    assert denied.json()["status"] != 0 and "心内患者" not in denied.text
    me = (await client.get("/api/v1/auth/me")).json()
    assert me["roles"] == ["auditadmin"] and "patient:read" not in me["permissions"], me


async def test_a_permission_removed_from_a_role_ends_access_on_the_next_request(
    client: httpx.AsyncClient, other: httpx.AsyncClient, ward: dict[str, Department]
) -> None:
    role = await Role.create(code="reader", name="病历查阅", data_scope="department")
    keep = await Permission.get(code="followup:read")
    await role.permissions.add(keep, await Permission.get(code="patient:read"))
    member = await factories.staff("nurse", ward["cardiology"], username="reader")
    await member.roles.clear()
    await member.roles.add(role)
    await factories.staff("secadmin", ward["cardiology"], username="sec")
    await admin_login(client, "reader")
    assert await _names(client) == {"心内患者"}

    await admin_login(other, "sec")
    changed = await other.put(f"{ROLE}/item/{role.id}", json={"permissions": [keep.id]})
    assert changed.json()["status"] == 0, changed.text

    denied = await client.post(f"{ADMISSION}/list", json={})
    assert denied.json()["status"] != 0 and "心内患者" not in denied.text


async def test_a_role_widened_to_the_whole_hospital_shows_every_department_next(
    client: httpx.AsyncClient, other: httpx.AsyncClient, ward: dict[str, Department]
) -> None:
    role = await Role.create(code="reader", name="病历查阅", data_scope="department")
    await role.permissions.add(*await Permission.filter(code__in=["patient:read", "followup:read"]))
    member = await factories.staff("nurse", ward["cardiology"], username="reader")
    await member.roles.clear()
    await member.roles.add(role)
    await factories.staff("secadmin", ward["cardiology"], username="sec")
    await admin_login(client, "reader")
    assert await _names(client) == {"心内患者"}

    await admin_login(other, "sec")
    assert (await other.put(f"{ROLE}/item/{role.id}", json={"data_scope": "all"})).json()["status"] == 0
    assert await _names(client) == {"心内患者", "骨伤患者"}


async def test_department_assignments_reach_the_next_request(
    client: httpx.AsyncClient, other: httpx.AsyncClient, ward: dict[str, Department]
) -> None:
    nurse = await factories.staff("nurse", ward["cardiology"], username="nurse")
    await factories.staff("sysadmin", ward["cardiology"], username="sys")
    await admin_login(client, "nurse")
    assert await _names(client) == {"心内患者"}
    await admin_login(other, "sys")

    # 兼管科室 (an extra department) through the admin form
    extra = await other.put(f"{STAFF}/item/{nurse.id}", json={"extra_departments": [ward["orthopaedics"].id]})
    assert extra.json()["status"] == 0, extra.text
    assert await _names(client) == {"心内患者", "骨伤患者"}

    # moved to another department, extra one dropped, through the API
    sys_headers = await factories.login(other, "sys")
    moved = await other.patch(
        f"/api/v1/staff/{nurse.id}", headers=sys_headers, json={"department_id": ward["orthopaedics"].id}
    )
    assert moved.status_code == 200, moved.text
    dropped = await other.put(f"{STAFF}/item/{nurse.id}", json={"extra_departments": []})
    assert dropped.json()["status"] == 0, dropped.text
    assert await _names(client) == {"骨伤患者"}


async def test_a_ward_moved_under_a_department_is_seen_by_its_staff_next(
    client: httpx.AsyncClient, other: httpx.AsyncClient, ward: dict[str, Department]
) -> None:
    await factories.staff("nurse", ward["cardiology"], username="nurse")
    await factories.staff("sysadmin", ward["cardiology"], username="sys")
    await admin_login(client, "nurse")
    assert await _names(client) == {"心内患者"}

    sys_headers = await factories.login(other, "sys")
    response = await other.patch(
        f"/api/v1/departments/{ward['orthopaedics'].id}", headers=sys_headers, json={"parent_id": ward["cardiology"].id}
    )
    assert response.status_code == 200, response.text
    assert await _names(client) == {"心内患者", "骨伤患者"}


async def test_disable_lock_and_logout_still_end_a_cached_session_at_once(
    client: httpx.AsyncClient, other: httpx.AsyncClient, ward: dict[str, Department]
) -> None:
    nurse = await factories.staff("nurse", ward["cardiology"], username="nurse")
    await factories.staff("sysadmin", ward["cardiology"], username="sys")
    await admin_login(other, "sys")
    for action in ("disable", "lock"):
        await admin_login(client, "nurse")
        assert await _names(client) == {"心内患者"}
        done = await other.post(f"{STAFF}/action/{action}/{nurse.id}")
        assert done.json()["status"] == 0, done.text
        assert (await client.post(f"{ADMISSION}/list", json={})).json()["status"] != 0
        assert (await client.get("/api/v1/auth/me")).status_code == 401
        await Staff.filter(id=nurse.id).update(is_active=True, locked=False)

    await admin_login(client, "nurse")
    assert await _names(client) == {"心内患者"}
    assert (await client.post("/api/v1/auth/logout")).status_code == 200
    assert (await client.get("/api/v1/auth/me")).status_code == 401


async def test_each_list_request_gets_its_own_page(
    client: httpx.AsyncClient, app: FastAPI, ward: dict[str, Department]
) -> None:
    from backend.admin.model_admin import _ADMINS_BY_MODEL
    from backend.models import Admission

    paginator = _ADMINS_BY_MODEL[Admission].pages
    first, second = await paginator(page=1, perPage=5), await paginator(page="2", perPage="5")
    # The stock Paginator returned one shared, mutated object: `first` would now say page 2.
    assert (first.page, first.offset, second.page, second.offset) == (1, 0, 2, 5)

    await factories.staff("followup_agent", ward["cardiology"], username="agent")
    await admin_login(client, "agent")
    pages = await asyncio.gather(
        *(client.post(f"{ADMISSION}/list?page={n}&perPage=1&orderBy=id&orderDir=asc", json={}) for n in (1, 2))
    )
    ids = [r.json()["data"]["items"][0]["id"] for r in pages]
    assert ids[0] < ids[1] and all(r.json()["data"]["total"] == 2 for r in pages)
