from __future__ import annotations

import httpx
import pytest

from tests import factories

DEPT = "/admin/SystemApp/DepartmentAdmin"
STAFF = "/admin/SystemApp/StaffAdmin"
ROLE = "/admin/SystemApp/RoleAdmin"
AUDIT = "/admin/SystemApp/AuditEventAdmin"
ADMISSION = "/admin/PatientDataApp/AdmissionAdmin"
PROBLEM = "/admin/PatientDataApp/ProblemAdmin"


async def admin_login(client: httpx.AsyncClient, username: str, password: str = factories.PASSWORD) -> None:
    """Log in through the admin's own login form (sets the session cookie on the client)."""
    client.cookies.clear()
    response = await client.post("/admin/login", json={"username": username, "password": password})
    assert response.status_code == 200 and response.json()["status"] == 0, response.text


@pytest.fixture
async def sysadmin(client: httpx.AsyncClient) -> httpx.AsyncClient:
    await factories.staff("sysadmin", await factories.department("信息科", code="9003"), username="sys")
    await admin_login(client, "sys")
    return client
