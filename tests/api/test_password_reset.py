"""No administrator acts as another person unnoticed (issue #13 item 3): a reset makes a random
one-time password shown once, valid for a day and changed at first login; the three
administrators' accounts are reset only by the security administrator with a second
administrator's approval; a login with a reset password is flagged in the audit trail and told
to the person at their next login."""

from __future__ import annotations

from datetime import timedelta

import httpx

from backend import clock
from backend.models import AuditEvent, PasswordResetRequest, Staff
from backend.models.choices import AuditAction, ResetRequestStatus
from tests import factories

ME = "/api/v1/auth/me"


async def _login_raw(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    response = await client.post("/api/v1/auth/login", json={"username": username, "password": password})
    client.cookies.clear()
    return response


def _bearer(response: httpx.Response) -> dict[str, str]:
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def _admins(client: httpx.AsyncClient) -> dict[str, dict[str, str]]:
    dept = await factories.department("信息科")
    heads = {}
    for role, name in (("sysadmin", "sys"), ("secadmin", "sec"), ("auditadmin", "aud")):
        await factories.staff(role, dept, username=name)
        heads[name] = await factories.login(client, name)
        client.cookies.clear()
    return heads


async def test_a_reset_sets_a_random_one_time_password_shown_once_and_never_stored(client: httpx.AsyncClient) -> None:
    heads = await _admins(client)
    agent = await factories.staff("followup_agent", await factories.department(), username="agent")
    first = await client.post(f"/api/v1/staff/{agent.id}/reset-password", headers=heads["sys"])
    second = await client.post(f"/api/v1/staff/{agent.id}/reset-password", headers=heads["sys"])
    assert first.status_code == second.status_code == 200
    assert first.headers["cache-control"] == "no-store"
    one_time = second.json()["one_time_password"]
    assert len(one_time) >= 12 and one_time != first.json()["one_time_password"]
    # Chosen by the administrator no more: a password in the body is not what gets set.
    assert (await _login_raw(client, "agent", "Temp#2026x")).status_code == 401
    stored = await Staff.get(id=agent.id)
    assert stored.must_change_password and one_time not in stored.password_hash
    audit_text = " ".join(f"{e.summary} {e.before} {e.after}" for e in await AuditEvent.all())
    assert one_time not in audit_text
    assert (await _login_raw(client, "agent", one_time)).status_code == 200


async def test_a_one_time_password_expires_after_a_day(client: httpx.AsyncClient, frozen: None) -> None:
    heads = await _admins(client)
    agent = await factories.staff("followup_agent", await factories.department(), username="agent")
    one_time = (await client.post(f"/api/v1/staff/{agent.id}/reset-password", headers=heads["sys"])).json()
    clock.advance(timedelta(hours=24, minutes=1))
    late = await _login_raw(client, "agent", one_time["one_time_password"])
    assert late.status_code == 401 and "一次性密码已过期" in late.json()["detail"]


async def test_the_system_administrator_cannot_reset_an_administrator(client: httpx.AsyncClient) -> None:
    heads = await _admins(client)
    auditor = await Staff.get(username="aud")
    refused = await client.post(f"/api/v1/staff/{auditor.id}/reset-password", headers=heads["sys"])
    assert refused.status_code == 403 and "三员分立" in refused.json()["detail"]
    assert (await _login_raw(client, "aud", factories.PASSWORD)).status_code == 200  # unchanged
    # Nor may the system administrator ask for it: only the security administrator asks.
    asked = await client.post(
        f"/api/v1/staff/{auditor.id}/reset-requests", headers=heads["sys"], json={"reason": "忘记"}
    )
    assert asked.status_code == 403


async def test_an_administrator_reset_needs_a_second_administrators_approval(client: httpx.AsyncClient) -> None:
    heads = await _admins(client)
    auditor = await Staff.get(username="aud")
    asked = await client.post(
        f"/api/v1/staff/{auditor.id}/reset-requests", headers=heads["sec"], json={"reason": "审计员忘记密码"}
    )
    assert asked.status_code == 201, asked.text
    request_id = asked.json()["id"]
    # Not before approval, not by the requester, not by the account's owner.
    early = await client.post(f"/api/v1/password-resets/{request_id}/complete", headers=heads["sec"])
    assert early.status_code == 409
    assert (await client.post(f"/api/v1/password-resets/{request_id}/approve", headers=heads["sec"])).status_code == 403
    assert (await client.post(f"/api/v1/password-resets/{request_id}/approve", headers=heads["aud"])).status_code == 403
    pending = await client.get("/api/v1/password-resets", headers=heads["sys"], params={"status": "pending"})
    assert [r["id"] for r in pending.json()["items"]] == [request_id]
    approved = await client.post(f"/api/v1/password-resets/{request_id}/approve", headers=heads["sys"])
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    # Only the requester carries it out, and only once.
    assert (
        await client.post(f"/api/v1/password-resets/{request_id}/complete", headers=heads["sys"])
    ).status_code == 403
    done = await client.post(f"/api/v1/password-resets/{request_id}/complete", headers=heads["sec"])
    assert done.status_code == 200
    again = await client.post(f"/api/v1/password-resets/{request_id}/complete", headers=heads["sec"])
    assert again.status_code == 409
    assert (await PasswordResetRequest.get(id=request_id)).status is ResetRequestStatus.COMPLETED
    assert (await _login_raw(client, "aud", done.json()["one_time_password"])).status_code == 200
    actions = [e.action for e in await AuditEvent.filter(resource_type="password_reset_request").order_by("id")]
    assert actions == [AuditAction.RESET_REQUEST, AuditAction.RESET_APPROVE]


async def test_a_login_with_a_reset_password_is_flagged_and_told_to_the_owner_next_time(
    client: httpx.AsyncClient,
) -> None:
    heads = await _admins(client)
    agent = await factories.staff("followup_agent", await factories.department(), username="agent")
    one_time = (await client.post(f"/api/v1/staff/{agent.id}/reset-password", headers=heads["sys"])).json()
    # The system administrator logs in as the agent and sets a password of their own...
    posing = await _login_raw(client, "agent", one_time["one_time_password"])
    assert posing.json()["notice"] == ""
    flagged = await AuditEvent.get(action=AuditAction.RESET_LOGIN)
    assert flagged.actor_id == agent.id and flagged.resource_id == str(agent.id)
    assert (await client.get("/api/v1/patients", headers=_bearer(posing))).status_code == 403
    changed = await client.post(
        "/api/v1/auth/password",
        headers=_bearer(posing),
        json={"old_password": one_time["one_time_password"], "new_password": "Chosen#2026"},
    )
    assert changed.status_code == 200
    # ...and the next login to this account is told, once.
    told = await _login_raw(client, "agent", "Chosen#2026")
    assert "一次性密码登录过" in told.json()["notice"] and "安全管理员" in told.json()["notice"]
    assert (await _login_raw(client, "agent", "Chosen#2026")).json()["notice"] == ""
