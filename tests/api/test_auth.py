"""Login, lockout, revocation and timeouts through the HTTP API."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx

from backend import clock
from backend.models import AuditEvent, Staff, StaffSession
from backend.models.choices import AuditAction
from tests import factories

LOGIN = "/api/v1/auth/login"
ME = "/api/v1/auth/me"


async def test_login_returns_tokens_and_sets_httponly_cookie(client: httpx.AsyncClient) -> None:
    dept = await factories.department("心血管内科")
    await factories.staff("doctor", dept, username="zhang")
    response = await client.post(LOGIN, json={"username": "zhang", "password": factories.PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["user"]["username"] == "zhang"
    assert body["user"]["data_scope"] == "department"
    assert dept.id in body["user"]["department_ids"]
    cookie_header = "; ".join(response.headers.get_list("set-cookie")).lower()
    assert "sf_access=" in cookie_header and "httponly" in cookie_header and "samesite=strict" in cookie_header

    # The cookie alone authenticates a browser ...
    assert (await client.get(ME)).json()["username"] == "zhang"
    # ... and the bearer token alone an API client.
    client.cookies.clear()
    me = await client.get(ME, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200 and me.json()["username"] == "zhang"


async def test_request_without_token_is_401_in_chinese(client: httpx.AsyncClient) -> None:
    response = await client.get(ME)
    assert response.status_code == 401
    assert response.json()["detail"] == "请先登录"


async def test_garbage_token_is_401(client: httpx.AsyncClient) -> None:
    response = await client.get(ME, headers={"Authorization": "Bearer not-a-jwt"})
    assert response.status_code == 401
    assert "无效" in response.json()["detail"]


async def test_five_wrong_passwords_lock_for_15_minutes(client: httpx.AsyncClient, frozen: None) -> None:
    await factories.staff("nurse", await factories.department(), username="li")
    for _ in range(4):
        response = await client.post(LOGIN, json={"username": "li", "password": "Wrong@123"})
        assert response.status_code == 401
        assert response.json()["detail"] == "用户名或密码错误"
    fifth = await client.post(LOGIN, json={"username": "li", "password": "Wrong@123"})
    assert fifth.status_code == 423
    assert "锁定 15 分钟" in fifth.json()["detail"]

    # Locked: even the right password is refused until the lock expires.
    locked = await client.post(LOGIN, json={"username": "li", "password": factories.PASSWORD})
    assert locked.status_code == 423
    assert "分钟后再试" in locked.json()["detail"]
    clock.advance(timedelta(minutes=14))
    assert (await client.post(LOGIN, json={"username": "li", "password": factories.PASSWORD})).status_code == 423
    clock.advance(timedelta(minutes=1, seconds=1))
    assert (await client.post(LOGIN, json={"username": "li", "password": factories.PASSWORD})).status_code == 200


async def test_concurrent_guesses_check_at_most_the_limit(client: httpx.AsyncClient) -> None:
    await factories.staff("nurse", await factories.department(), username="race")
    attempts = [client.post(LOGIN, json={"username": "race", "password": f"Wrong@{n}"}) for n in range(20)]
    responses = await asyncio.gather(*attempts)
    codes = [r.status_code for r in responses]
    assert codes.count(401) <= 4, codes  # each 401 is one password actually checked
    assert codes.count(401) + codes.count(423) == 20
    member = await Staff.get(username="race")
    assert member.locked_until is not None
    assert (await client.post(LOGIN, json={"username": "race", "password": factories.PASSWORD})).status_code == 423


async def test_successful_login_resets_the_failure_count(client: httpx.AsyncClient) -> None:
    await factories.staff("nurse", await factories.department(), username="wang")
    for _ in range(4):
        await client.post(LOGIN, json={"username": "wang", "password": "Wrong@123"})
    await factories.login(client, "wang")
    for _ in range(4):
        response = await client.post(LOGIN, json={"username": "wang", "password": "Wrong@123"})
        assert response.status_code == 401


async def test_every_login_failure_is_audited(client: httpx.AsyncClient) -> None:
    member = await factories.staff("nurse", await factories.department(), username="zhao")
    await client.post(LOGIN, json={"username": "zhao", "password": "Wrong@123"})
    await client.post(LOGIN, json={"username": "nobody", "password": "Wrong@123"})
    member.is_active = False
    await member.save()
    await client.post(LOGIN, json={"username": "zhao", "password": factories.PASSWORD})

    failures = await AuditEvent.filter(action=AuditAction.LOGIN_FAILED).order_by("id")
    assert len(failures) == 3
    assert all(not f.success for f in failures)
    assert failures[0].actor_id == member.id and "密码错误" in failures[0].summary
    assert failures[1].actor_id is None and "nobody" in failures[1].summary
    assert "停用" in failures[2].summary
    assert failures[0].ip == "10.1.2.3"


async def test_unknown_disabled_and_wrong_password_read_the_same(client: httpx.AsyncClient) -> None:
    await factories.staff("nurse", await factories.department(), username="sun")
    disabled = await factories.staff("nurse", await factories.department(), username="gone")
    disabled.is_active = False
    await disabled.save()
    replies = [
        await client.post(LOGIN, json={"username": name, "password": "Wrong@123"}) for name in ("ghost", "sun", "gone")
    ]
    assert {(r.status_code, r.json()["detail"]) for r in replies} == {(401, "用户名或密码错误")}


async def test_logout_revokes_the_token_on_the_next_request(client: httpx.AsyncClient) -> None:
    await factories.staff("doctor", await factories.department(), username="qian")
    headers = await factories.login(client, "qian")
    client.cookies.clear()
    assert (await client.post("/api/v1/auth/logout", headers=headers)).status_code == 200
    response = await client.get(ME, headers=headers)
    assert response.status_code == 401
    assert await AuditEvent.filter(action=AuditAction.LOGOUT).count() == 1


async def test_disabling_a_user_revokes_their_sessions(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    target = await factories.staff("nurse", dept, username="zhou")
    await factories.staff("sysadmin", dept, username="admin1")
    target_headers = await factories.login(client, "zhou")
    admin_headers = await factories.login(client, "admin1")
    client.cookies.clear()
    assert (await client.get(ME, headers=target_headers)).status_code == 200

    response = await client.post(f"/api/v1/staff/{target.id}/disable", headers=admin_headers)
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert (await client.get(ME, headers=target_headers)).status_code == 401
    relogin = await client.post(LOGIN, json={"username": "zhou", "password": factories.PASSWORD})
    assert relogin.status_code == 401 and "停用" in relogin.json()["detail"]


async def test_password_change_revokes_every_session_and_enforces_policy(client: httpx.AsyncClient) -> None:
    await factories.staff("doctor", await factories.department(), username="wu")
    first = await factories.login(client, "wu")
    second = await factories.login(client, "wu")
    client.cookies.clear()

    weak = await client.post(
        "/api/v1/auth/password", headers=first, json={"old_password": factories.PASSWORD, "new_password": "abcdefgh"}
    )
    assert weak.status_code == 422
    assert weak.json()["errors"][0]["field"] == "new_password"
    assert "三类" in weak.json()["detail"]

    wrong_old = await client.post(
        "/api/v1/auth/password", headers=first, json={"old_password": "Nope@1234", "new_password": "Better#2026"}
    )
    assert wrong_old.status_code == 422 and wrong_old.json()["errors"][0]["field"] == "old_password"

    ok = await client.post(
        "/api/v1/auth/password", headers=first, json={"old_password": factories.PASSWORD, "new_password": "Better#2026"}
    )
    assert ok.status_code == 200
    assert (await client.get(ME, headers=first)).status_code == 401
    assert (await client.get(ME, headers=second)).status_code == 401
    assert (await client.post(LOGIN, json={"username": "wu", "password": factories.PASSWORD})).status_code == 401
    assert (await client.post(LOGIN, json={"username": "wu", "password": "Better#2026"})).status_code == 200


async def test_idle_session_expires_after_30_minutes(client: httpx.AsyncClient, frozen: None) -> None:
    await factories.staff("doctor", await factories.department(), username="zheng")
    body = (await client.post(LOGIN, json={"username": "zheng", "password": factories.PASSWORD})).json()
    client.cookies.clear()
    clock.advance(timedelta(minutes=29))
    refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert refreshed.status_code == 200
    headers = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}
    clock.advance(timedelta(minutes=10))
    assert (await client.get(ME, headers=headers)).status_code == 200  # activity keeps it alive
    clock.advance(timedelta(minutes=31))
    response = await client.post("/api/v1/auth/refresh", json={"refresh_token": refreshed.json()["refresh_token"]})
    assert response.status_code == 401
    assert "30 分钟未操作" in response.json()["detail"]


async def test_session_ends_after_12_hours_even_when_active(client: httpx.AsyncClient, frozen: None) -> None:
    await factories.staff("doctor", await factories.department(), username="feng")
    body = (await client.post(LOGIN, json={"username": "feng", "password": factories.PASSWORD})).json()
    client.cookies.clear()
    refresh_token = body["refresh_token"]
    for _ in range(12 * 60 // 14):  # stay active: refresh every 14 minutes
        clock.advance(timedelta(minutes=14))
        response = await client.post("/api/v1/auth/refresh", json={"refresh_token": refresh_token})
        if response.status_code != 200:
            break
        refresh_token = response.json()["refresh_token"]
        assert (
            await client.get(ME, headers={"Authorization": f"Bearer {response.json()['access_token']}"})
        ).status_code == 200
    clock.advance(timedelta(minutes=14))
    response = await client.post("/api/v1/auth/refresh", json={"refresh_token": refresh_token})
    assert response.status_code == 401
    assert "12 小时" in response.json()["detail"]


async def test_access_token_expires_and_refresh_rotates(client: httpx.AsyncClient, frozen: None) -> None:
    await factories.staff("doctor", await factories.department(), username="chen")
    body = (await client.post(LOGIN, json={"username": "chen", "password": factories.PASSWORD})).json()
    client.cookies.clear()
    clock.advance(timedelta(minutes=16))
    expired = await client.get(ME, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert expired.status_code == 401 and "过期" in expired.json()["detail"]

    rotated = await client.post("/api/v1/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert rotated.status_code == 200
    reused = await client.post("/api/v1/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert reused.status_code == 401
    assert await StaffSession.all().count() == 1


async def test_logout_after_the_access_token_expired_still_ends_the_session(
    client: httpx.AsyncClient, frozen: None
) -> None:
    await factories.staff("doctor", await factories.department(), username="late")
    await client.post(LOGIN, json={"username": "late", "password": factories.PASSWORD})  # cookies kept
    clock.advance(timedelta(minutes=20))
    assert (await client.get(ME)).status_code == 401
    assert (await client.post("/api/v1/auth/logout")).status_code == 200
    session = await StaffSession.get()
    assert session.revoked_at is not None
    assert (await client.post("/api/v1/auth/refresh")).status_code == 401


async def test_reset_password_must_be_changed_before_anything_else(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    target = await factories.staff("followup_agent", dept, username="agent")
    await factories.staff("sysadmin", dept, username="admin1")
    admin = await factories.login(client, "admin1")
    client.cookies.clear()
    reset = await client.post(f"/api/v1/staff/{target.id}/reset-password", headers=admin)
    assert reset.status_code == 200
    one_time = reset.json()["one_time_password"]
    headers = await factories.login(client, "agent", one_time)
    client.cookies.clear()
    blocked = await client.get("/api/v1/patients", headers=headers)
    assert blocked.status_code == 403 and "先修改密码" in blocked.json()["detail"]
    assert (await client.get(ME, headers=headers)).status_code == 200
    changed = await client.post(
        "/api/v1/auth/password", headers=headers, json={"old_password": one_time, "new_password": "Mine#2026x"}
    )
    assert changed.status_code == 200
    fresh = await factories.login(client, "agent", "Mine#2026x")
    assert (await client.get("/api/v1/patients", headers=fresh)).status_code == 200


async def test_wrong_old_passwords_count_towards_the_lockout(client: httpx.AsyncClient) -> None:
    await factories.staff("doctor", await factories.department(), username="hijack")
    headers = await factories.login(client, "hijack")
    client.cookies.clear()
    for _ in range(5):
        await client.post(
            "/api/v1/auth/password", headers=headers, json={"old_password": "Guess#0001", "new_password": "Other#2026x"}
        )
    member = await Staff.get(username="hijack")
    assert member.locked_until is not None
    assert (await client.get(ME, headers=headers)).status_code == 401
