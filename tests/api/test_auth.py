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


def _client_from(app, ip: str) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    """A client at another address (the `client` fixture is 10.1.2.3)."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(ip, 50000)), base_url="http://testserver")


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


async def test_production_cookies_are_secure(client: httpx.AsyncClient, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    await factories.staff("doctor", await factories.department(), username="tls")
    monkeypatch.setattr(settings, "env", "production")
    response = await client.post(LOGIN, json={"username": "tls", "password": factories.PASSWORD})
    cookies = response.headers.get_list("set-cookie")
    assert len(cookies) == 2 and all("; secure" in c.lower() for c in cookies)


async def test_request_without_token_is_401_in_chinese(client: httpx.AsyncClient) -> None:
    response = await client.get(ME)
    assert response.status_code == 401
    assert response.json()["detail"] == "请先登录"


async def test_garbage_token_is_401(client: httpx.AsyncClient) -> None:
    response = await client.get(ME, headers={"Authorization": "Bearer not-a-jwt"})
    assert response.status_code == 401
    assert "无效" in response.json()["detail"]


async def test_wrong_passwords_make_their_address_wait_longer_each_time(
    client: httpx.AsyncClient, app, frozen: None
) -> None:  # type: ignore[no-untyped-def]
    await factories.staff("nurse", await factories.department(), username="li")
    for _ in range(4):
        response = await client.post(LOGIN, json={"username": "li", "password": "Wrong@123"})
        assert response.status_code == 401
        assert response.json()["detail"] == "用户名或密码错误"
    fifth = await client.post(LOGIN, json={"username": "li", "password": "Wrong@123"})
    assert fifth.status_code == 423 and "请 1 分钟后再试" in fifth.json()["detail"]

    # This address waits, even with the right password; the owner elsewhere does not.
    assert (await client.post(LOGIN, json={"username": "li", "password": factories.PASSWORD})).status_code == 423
    async with _client_from(app, "10.8.8.8") as desk:
        assert (await desk.post(LOGIN, json={"username": "li", "password": factories.PASSWORD})).status_code == 200
    clock.advance(timedelta(seconds=61))
    sixth = await client.post(LOGIN, json={"username": "li", "password": "Wrong@123"})
    assert sixth.status_code == 423 and "请 2 分钟后再试" in sixth.json()["detail"]
    clock.advance(timedelta(seconds=61))
    assert (await client.post(LOGIN, json={"username": "li", "password": factories.PASSWORD})).status_code == 423
    clock.advance(timedelta(seconds=60))
    assert (await client.post(LOGIN, json={"username": "li", "password": factories.PASSWORD})).status_code == 200
    locks = await AuditEvent.filter(action=AuditAction.LOCK).order_by("id").values_list("summary", flat=True)
    assert len(locks) == 2 and "10.1.2.3 连续 5 次密码错误" in locks[0] and "暂停登录 2 分钟" in locks[1]


async def test_concurrent_correct_logins_all_open_a_session_and_lock_nothing(client: httpx.AsyncClient) -> None:
    await factories.staff("nurse", await factories.department(), username="busy")
    logins = [client.post(LOGIN, json={"username": "busy", "password": factories.PASSWORD}) for _ in range(8)]
    codes = [r.status_code for r in await asyncio.gather(*logins)]
    assert codes == [200] * 8
    member = await Staff.get(username="busy")
    assert member.failed_logins == 0 and member.locked_until is None
    assert await AuditEvent.filter(action__in=[AuditAction.LOGIN_FAILED, AuditAction.LOCK]).count() == 0


async def test_concurrent_guesses_check_at_most_the_limit(client: httpx.AsyncClient, app) -> None:  # type: ignore[no-untyped-def]
    await factories.staff("nurse", await factories.department(), username="race")
    attempts = [client.post(LOGIN, json={"username": "race", "password": f"Wrong@{n}"}) for n in range(20)]
    responses = await asyncio.gather(*attempts)
    codes = [r.status_code for r in responses]
    assert codes.count(401) == 4, codes  # each 401 is one password actually checked
    assert codes.count(423) == 16
    assert (await Staff.get(username="race")).failed_logins == 5
    assert (await client.post(LOGIN, json={"username": "race", "password": factories.PASSWORD})).status_code == 423
    async with _client_from(app, "10.8.8.8") as desk:
        assert (await desk.post(LOGIN, json={"username": "race", "password": factories.PASSWORD})).status_code == 200


async def test_guesses_from_other_addresses_lock_the_account_only_at_the_hard_limit_and_end_no_session(
    client: httpx.AsyncClient, app, settings
) -> None:  # type: ignore[no-untyped-def]
    await factories.staff("doctor", await factories.department(), username="owner")
    limit = settings.security.account_lock_failures
    per_address = settings.security.max_failed_logins
    async with _client_from(app, "192.168.7.7") as desk:
        live = (await desk.post(LOGIN, json={"username": "owner", "password": factories.PASSWORD})).json()
        headers = {"Authorization": f"Bearer {live['access_token']}"}
        guesses = 0
        for n in range(limit // per_address):
            async with _client_from(app, f"172.16.0.{n + 1}") as attacker:
                for _ in range(per_address):
                    response = await attacker.post(LOGIN, json={"username": "owner", "password": "Guess#0001"})
                    guesses += 1
                    if guesses < limit:
                        assert response.status_code in (401, 423)
                        assert (await desk.get(ME, headers=headers)).status_code == 200
            if guesses < limit:
                # Below the hard limit the owner, at their own address, still logs in.
                assert (await Staff.get(username="owner")).locked_until is None
        assert response.status_code == 423 and "账户已锁定 15 分钟" in response.json()["detail"]
        refused = await desk.post(LOGIN, json={"username": "owner", "password": factories.PASSWORD})
        assert refused.status_code == 423 and "账户已锁定" in refused.json()["detail"]
        # The session the owner already had carries on.
        assert (await desk.get(ME, headers=headers)).status_code == 200
    assert await StaffSession.filter(revoked_at__isnull=False).count() == 0
    lock = await AuditEvent.filter(action=AuditAction.LOCK, summary__contains="账户锁定").get()
    assert f"连续 {limit} 次密码错误" in lock.summary and lock.ip == "172.16.0.4"


async def test_the_owner_logging_in_from_their_address_is_not_held_up_by_a_guessing_address(
    client: httpx.AsyncClient, app
) -> None:  # type: ignore[no-untyped-def]
    await factories.staff("doctor", await factories.department(), username="mine")
    for _ in range(5):
        await client.post(LOGIN, json={"username": "mine", "password": "Guess#0001"})
    async with _client_from(app, "192.168.7.8") as desk:
        ok = await desk.post(LOGIN, json={"username": "mine", "password": factories.PASSWORD})
    assert ok.status_code == 200
    # ... and the guessing address still waits.
    assert (await client.post(LOGIN, json={"username": "mine", "password": factories.PASSWORD})).status_code == 423


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


async def test_wrong_old_passwords_count_and_end_the_session_that_typed_them(client: httpx.AsyncClient, app) -> None:  # type: ignore[no-untyped-def]
    await factories.staff("doctor", await factories.department(), username="hijack")
    headers = await factories.login(client, "hijack")
    async with _client_from(app, "192.168.7.9") as desk:
        owners = await factories.login(desk, "hijack")
        desk.cookies.clear()
        client.cookies.clear()
        for _ in range(5):
            await client.post(
                "/api/v1/auth/password",
                headers=headers,
                json={"old_password": "Guess#0001", "new_password": "Other#2026x"},
            )
        assert (await client.get(ME, headers=headers)).status_code == 401
        assert (await desk.get(ME, headers=owners)).status_code == 200  # the owner's own session stays
    assert (await Staff.get(username="hijack")).failed_logins == 5
