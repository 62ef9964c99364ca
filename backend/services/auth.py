"""Login sessions: password login with lockout, JWT access tokens backed by session rows.

An access token names its session; every request re-checks that session (not revoked, not idle
for longer than the idle timeout, not past the absolute timeout) and its staff member (active,
not locked), so logout, disabling a user and a password change take effect on the next request.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from tortoise import connections
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from backend.clock import local_text, now
from backend.models import LoginThrottle, Staff, StaffSession
from backend.models.choices import AuditAction
from backend.security.passwords import hash_password_async, policy_violation, verify_password_async
from backend.services import audit
from backend.services.context import current_meta
from backend.services.errors import AccountLocked, AuthenticationFailed, InvalidInput, PasswordChangeRequired
from backend.services.principal import Principal, session_principal
from backend.settings import get_settings

ALGORITHM = "HS256"
# Writing last_seen_at on every request would make every read a write; a minute is precise
# enough for a 30-minute idle timeout.
TOUCH_INTERVAL = timedelta(seconds=60)
# Expiry is checked against backend.clock, so that one clock rules every timeout.
_OWN_TIME_CHECKS: jwt.types.Options = {"verify_exp": False, "verify_iat": False, "verify_nbf": False}


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    access_expires_at: datetime
    session_expires_at: datetime
    principal: Principal
    notice: str = ""


def _hash_refresh(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _access_token(staff_id: int, session_id: uuid.UUID, issued: datetime) -> tuple[str, datetime]:
    security = get_settings().security
    expires = issued + timedelta(minutes=security.access_token_minutes)
    payload = {
        "sub": str(staff_id),
        "sid": str(session_id),
        "iat": int(issued.timestamp()),
        "exp": int(expires.timestamp()),
        "typ": "access",
    }
    return jwt.encode(payload, security.secret_key.get_secret_value(), algorithm=ALGORITHM), expires


async def _issue(staff: Staff, session: StaffSession) -> IssuedTokens:
    refresh = secrets.token_urlsafe(32)
    session.refresh_token_hash = _hash_refresh(refresh)
    await session.save()  # inserts a new session, updates a refreshed one
    access, access_expires = _access_token(staff.id, session.id, session.last_seen_at)
    return IssuedTokens(
        access_token=access,
        refresh_token=refresh,
        access_expires_at=access_expires,
        session_expires_at=session.expires_at,
        principal=await session_principal(staff, session.id),
        notice=session.notice,
    )


def _minutes_left(until: datetime) -> int:
    return max(1, int((until - now()).total_seconds() + 59) // 60)


async def _fail(staff: Staff | None, username: str, reason: str) -> None:
    """Audit a failed login; it commits even though the caller then raises."""
    await audit.record(
        AuditAction.LOGIN_FAILED,
        actor_id=staff.id if staff else None,
        actor_name=staff.name if staff else username,
        resource_type="staff",
        resource_id=staff.id if staff else "",
        summary=f"登录失败：{reason}（登录名 {username}）",
        success=False,
    )


def _unlocked() -> Q:
    return Q(locked=False, locked_until__isnull=True)


# Checks of one account's password in this process run one at a time, so that a burst of guesses
# from one address meets that address's limit after the limit, not after the whole burst (only
# checked passwords count, and a count needs the check to end). Across processes the counts are
# shared in the database; each process then lets through at most its own burst.
_checks: dict[tuple[int, int], asyncio.Lock] = {}  # (event loop, staff id): a lock serves one loop


def _wait_text(until: datetime) -> str:
    seconds = max(1, int((until - now()).total_seconds() + 0.999))
    return f"{seconds} 秒" if seconds < 60 else f"{_minutes_left(until)} 分钟"


async def _refuse_if_locked(staff_id: int, ip: str, username: str, moment: datetime) -> None:
    """Raise AccountLocked when the account, or this address for this account, must wait."""
    # An expired account lock starts a fresh count.
    await Staff.filter(id=staff_id, locked_until__lte=moment).update(locked_until=None, failed_logins=0)
    staff = await Staff.get(id=staff_id)
    if staff.locked:
        await _fail(staff, username, "账户被管理员锁定")
        raise AccountLocked("账户已被锁定，请联系安全管理员解锁")
    if staff.locked_until is not None:
        await _fail(staff, username, "账户临时锁定中")
        raise AccountLocked(f"密码错误次数过多，账户已锁定，请 {_minutes_left(staff.locked_until)} 分钟后再试")
    throttle = await LoginThrottle.get_or_none(staff_id=staff_id, ip=ip)
    if throttle is not None and throttle.blocked_until is not None and throttle.blocked_until > moment:
        await _fail(staff, username, f"来源地址 {ip} 暂停登录中")
        raise AccountLocked(f"密码错误次数过多，请 {_wait_text(throttle.blocked_until)}后再试")


async def _count_failure(staff: Staff, ip: str, username: str, moment: datetime) -> AccountLocked | None:
    """Count a wrong password for the account and the address; the lock it brought, if any."""
    security = get_settings().security
    throttle, _ = await LoginThrottle.get_or_create(staff_id=staff.id, ip=ip, defaults={"last_failure_at": moment})
    await LoginThrottle.filter(id=throttle.id).update(failures=F("failures") + 1, last_failure_at=moment)
    await Staff.filter(id=staff.id).update(failed_logins=F("failed_logins") + 1)
    from_here = int(str((await LoginThrottle.filter(id=throttle.id).values_list("failures", flat=True))[0]))
    in_a_row = int(str((await Staff.filter(id=staff.id).values_list("failed_logins", flat=True))[0]))
    await _fail(staff, username, f"密码错误（该地址第 {from_here} 次，账户连续第 {in_a_row} 次）")
    if in_a_row >= security.account_lock_failures:
        until = moment + timedelta(minutes=security.lockout_minutes)
        await Staff.filter(id=staff.id, locked_until__isnull=True).update(locked_until=until)
        await _record_lock(
            staff, f"连续 {in_a_row} 次密码错误，账户锁定 {security.lockout_minutes} 分钟（已登录的会话不受影响）"
        )
        return AccountLocked(f"密码错误次数过多，账户已锁定 {security.lockout_minutes} 分钟")
    if from_here >= security.max_failed_logins:
        # 60 s, 120 s, 240 s ... for each failure past the limit, up to the account lock's length
        growth = min(from_here - security.max_failed_logins, 16)
        delay = min(security.login_delay_seconds * 2**growth, security.lockout_minutes * 60)
        until = moment + timedelta(seconds=delay)
        await LoginThrottle.filter(id=throttle.id).update(blocked_until=until)
        await _record_lock(staff, f"来源地址 {ip} 连续 {from_here} 次密码错误，该地址暂停登录 {_wait_text(until)}")
        return AccountLocked(f"密码错误次数过多，请 {_wait_text(until)}后再试")
    return None


async def _record_lock(staff: Staff, summary: str) -> None:
    await audit.record(AuditAction.LOCK, actor_name="系统", resource=staff, summary=summary)


async def check_password(staff: Staff, password: str, *, username: str, session_id: uuid.UUID | None = None) -> None:
    """Verify `password` of `staff`; raises on failure, counting only passwords found wrong.

    Wrong passwords make their address wait (longer each time) and, many in a row from anywhere,
    lock the account; no open session ends for it, except `session_id`, the session that typed
    them (re-entering the old password to change it).
    """
    ip = current_meta().ip
    async with _checks.setdefault((id(asyncio.get_running_loop()), staff.id), asyncio.Lock()):
        moment = now()
        await _refuse_if_locked(staff.id, ip, username, moment)
        if await verify_password_async(staff.password_hash, password):
            await LoginThrottle.filter(staff_id=staff.id, ip=ip).delete()
            # Right password: clear the count, unless another process locked the account meanwhile.
            if not await Staff.filter(_unlocked(), id=staff.id).update(failed_logins=0):
                await _refuse_if_locked(staff.id, ip, username, moment)
            return
        locked = await _count_failure(staff, ip, username, moment)
    if locked is None:
        raise AuthenticationFailed("用户名或密码错误")
    if session_id is not None:
        await revoke_sessions(staff.id, "password_guessing", only=session_id)
    raise locked


async def login(username: str, password: str) -> IssuedTokens:
    """Check the password and open a session; lock the account after too many failures.

    Until the password is right, every failure reads the same, so that the answer does not
    tell whether an account exists or is disabled (a lock does show, after the limit).
    """
    security = get_settings().security
    staff = await Staff.get_or_none(username=username)
    if staff is None:
        await verify_password_async(None, password)  # same cost as a wrong password
        await _fail(None, username, "用户不存在")
        raise AuthenticationFailed("用户名或密码错误")
    await check_password(staff, password, username=username)
    if not staff.is_active:
        await _fail(staff, username, "账户已停用")
        raise AuthenticationFailed("账户已停用，请联系系统管理员")

    moment = now()
    # A password someone else set by a reset: it expires, and a login with it is flagged.
    one_time = staff.must_change_password and staff.password_expires_at is not None
    if one_time and staff.password_expires_at is not None and moment >= staff.password_expires_at:
        await _fail(staff, username, "一次性密码已过期")
        raise AuthenticationFailed(
            f"一次性密码已过期（{security.one_time_password_hours} 小时内有效），请联系管理员重新重置"
        )
    meta = current_meta()
    async with in_transaction():
        notice = _reset_login_notice(staff.reset_login_at)
        staff.last_login_at = moment
        # Kept until the person logs in with a password of their own, then shown to them once.
        staff.reset_login_at = moment if one_time else None
        await staff.save(update_fields=["last_login_at", "reset_login_at", "updated_at"])
        session = StaffSession(
            id=uuid.uuid4(),
            staff=staff,
            last_seen_at=moment,
            expires_at=moment + timedelta(hours=security.absolute_timeout_hours),
            ip=meta.ip,
            user_agent=meta.user_agent[:255],
            notice=notice,
        )
        tokens = await _issue(staff, session)
        if one_time:
            await audit.record(
                AuditAction.RESET_LOGIN,
                actor=tokens.principal,
                resource=staff,
                summary="使用管理员重置的一次性密码登录（须先修改密码）",
            )
        else:
            await audit.record(AuditAction.LOGIN, actor=tokens.principal, resource=staff, summary="登录成功")
    return tokens


def _reset_login_notice(reset_login_at: datetime | None) -> str:
    if reset_login_at is None:
        return ""
    return (
        f"注意：您的账户于 {local_text(reset_login_at, seconds=False)} 使用管理员重置的一次性密码登录过。"
        "如非本人操作，请立即联系安全管理员并查阅审计日志。"
    )


def _session_problem(session: StaffSession, staff: Staff, moment: datetime) -> str | None:
    security = get_settings().security
    if session.revoked_at is not None:
        return "登录已失效，请重新登录"
    if moment >= session.expires_at:
        return f"登录已超过 {security.absolute_timeout_hours} 小时，请重新登录"
    if moment - session.last_seen_at > timedelta(minutes=security.idle_timeout_minutes):
        return f"超过 {security.idle_timeout_minutes} 分钟未操作，请重新登录"
    if not staff.is_active:
        return "账户已停用"
    # A lock by the security administrator ends sessions; a lock for wrong passwords does not
    # (anyone can type wrong passwords for any login name).
    if staff.locked:
        return "账户已锁定"
    return None


# What each request reads of its session and staff member, in one query. The statement is
# written out once per dialect: composing this join through the query builder on every request
# cost more CPU (about 1 ms) than the list queries it guards.
_SESSION_COLUMNS = ("staff_id", "revoked_at", "expires_at", "last_seen_at")
_STAFF_COLUMNS = (
    "username",
    "name",
    "department_id",
    "is_active",
    "locked",
    "locked_until",
    "must_change_password",
    "access_version",
)
_PLACEHOLDERS = {"postgres": "$1", "mysql": "%s", "sqlite": "?"}
_session_sql: dict[str, str] = {}


def _live_session_sql(dialect: str) -> str:
    if dialect not in _session_sql:
        q = "`" if dialect == "mysql" else '"'
        sessions, staff = StaffSession._meta, Staff._meta
        columns = [f"s.{q}{sessions.fields_db_projection[c]}{q}" for c in _SESSION_COLUMNS]
        columns += [f"t.{q}{staff.fields_db_projection[c]}{q} AS {q}t_{c}{q}" for c in _STAFF_COLUMNS]
        # Only model metadata is formatted in; the session id is a bound parameter.
        _session_sql[dialect] = (
            f"SELECT {', '.join(columns)} FROM {q}{sessions.db_table}{q} s"  # noqa: S608
            f" JOIN {q}{staff.db_table}{q} t ON t.{q}id{q} = s.{q}staff_id{q}"
            f" WHERE s.{q}id{q} = {_PLACEHOLDERS[dialect]}"
        )
    return _session_sql[dialect]


async def _live_session(session_id: uuid.UUID) -> tuple[StaffSession, Staff] | None:
    """The session and its staff member (the fields a request checks), or None."""
    conn = connections.get("default")
    id_field = StaffSession._meta.fields_map["id"]
    rows = await conn.execute_query_dict(
        _live_session_sql(conn.capabilities.dialect), [id_field.to_db_value(session_id, StaffSession)]
    )
    if not rows:
        return None
    row = rows[0]
    # Each field converts its own column, as the ORM would (SQLite returns text and 0/1).
    session_fields, staff_fields = StaffSession._meta.fields_map, Staff._meta.fields_map
    staff_id = int(row["staff_id"])
    session = StaffSession(
        id=session_id,
        staff_id=staff_id,
        **{c: session_fields[c].to_python_value(row[c]) for c in _SESSION_COLUMNS[1:]},
    )
    staff = Staff(id=staff_id, **{c: staff_fields[c].to_python_value(row[f"t_{c}"]) for c in _STAFF_COLUMNS})
    return session, staff


async def authenticate(access_token: str, *, changing_password: bool = False) -> Principal:
    """The principal of a valid access token whose session is still alive.

    The one gate of every entry point (API, H5, admin pages and their exports): a staff member
    whose password someone else set gets PasswordChangeRequired for everything but the few
    steps of changing it (`changing_password`, which the caller decides by route).
    """
    secret = get_settings().security.secret_key.get_secret_value()
    try:
        claims = jwt.decode(access_token, secret, algorithms=[ALGORITHM], options=_OWN_TIME_CHECKS)
        session_id = uuid.UUID(claims["sid"])
        expires = int(claims["exp"])
    except (jwt.PyJWTError, KeyError, ValueError, TypeError) as exc:
        raise AuthenticationFailed("登录凭证无效，请重新登录") from exc
    moment = now()
    if claims.get("typ") != "access" or moment.timestamp() >= expires:
        raise AuthenticationFailed("登录凭证已过期，请刷新或重新登录")
    live = await _live_session(session_id)
    if live is None:
        raise AuthenticationFailed("登录已失效，请重新登录")
    session, staff = live
    problem = _session_problem(session, staff, moment)
    if problem:
        raise AuthenticationFailed(problem)
    if moment - session.last_seen_at >= TOUCH_INTERVAL:
        await StaffSession.filter(id=session_id).update(last_seen_at=moment)
    if staff.must_change_password and not changing_password:
        raise PasswordChangeRequired("密码已被重置，请先修改密码")
    # The session row and its staff row (with the access version) came in one query; roles,
    # permissions and departments come from the cache unless that version moved.
    return await session_principal(staff, session_id)


async def refresh(refresh_token: str) -> IssuedTokens:
    """Rotate the refresh token and issue a new access token for the same session."""
    session = await StaffSession.get_or_none(refresh_token_hash=_hash_refresh(refresh_token)).select_related("staff")
    if session is None:
        raise AuthenticationFailed("刷新凭证无效，请重新登录")
    moment = now()
    problem = _session_problem(session, session.staff, moment)
    if problem:
        raise AuthenticationFailed(problem)
    session.last_seen_at = moment
    return await _issue(session.staff, session)


async def session_notice(session_id: uuid.UUID) -> str:
    """What the login of this session had to tell its owner ("" for nothing)."""
    notices = await StaffSession.filter(id=session_id).values_list("notice", flat=True)
    return str(notices[0]) if notices else ""


async def revoke_sessions(staff_id: int, reason: str, *, only: uuid.UUID | None = None) -> int:
    """Revoke the open sessions of a staff member (or just one); returns how many."""
    query = StaffSession.filter(staff_id=staff_id, revoked_at__isnull=True)
    if only is not None:
        query = query.filter(id=only)
    return await query.update(revoked_at=now(), revoked_reason=reason)


async def logout(principal: Principal) -> None:
    async with in_transaction():
        await revoke_sessions(principal.staff_id, "logout", only=principal.session_id)
        await audit.record(AuditAction.LOGOUT, actor=principal, resource_type="staff", resource_id=principal.staff_id)


async def change_password(principal: Principal, old_password: str, new_password: str) -> None:
    """Change the caller's own password; every session of theirs ends."""
    staff = await Staff.get(id=principal.staff_id)
    await set_own_password(staff, old_password, new_password, actor=principal, session_id=principal.session_id)


async def set_own_password(
    staff: Staff,
    old_password: str,
    new_password: str,
    *,
    actor: Principal | None = None,
    session_id: uuid.UUID | None = None,
) -> None:
    """Check the old password (wrong guesses count towards the lockout, and the session that
    makes an address wait for them ends) and set the new one."""
    try:
        await check_password(staff, old_password, username=staff.username, session_id=session_id)
    except AuthenticationFailed as exc:
        raise InvalidInput("原密码不正确", field="old_password") from exc
    problem = policy_violation(new_password, staff.username)
    if problem:
        raise InvalidInput(problem, field="new_password")
    if await verify_password_async(staff.password_hash, new_password):
        raise InvalidInput("新密码不能与原密码相同", field="new_password")
    new_hash = await hash_password_async(new_password)
    async with in_transaction():
        staff.password_hash = new_hash
        staff.password_changed_at = now()
        staff.must_change_password = False
        staff.password_expires_at = None
        await staff.save(
            update_fields=[
                "password_hash",
                "password_changed_at",
                "must_change_password",
                "password_expires_at",
                "updated_at",
            ]
        )
        count = await revoke_sessions(staff.id, "password_change")
        await audit.record(
            AuditAction.PASSWORD_CHANGE,
            actor=actor,
            actor_id=staff.id,
            actor_name=staff.name,
            resource=staff,
            summary=f"修改密码，结束 {count} 个登录会话",
        )


async def logout_refresh_token(refresh_token: str) -> None:
    """End the session a refresh token belongs to (logout after the access token expired)."""
    session = await StaffSession.get_or_none(refresh_token_hash=_hash_refresh(refresh_token)).select_related("staff")
    if session is None or session.revoked_at is not None:
        return
    async with in_transaction():
        await revoke_sessions(session.staff_id, "logout", only=session.id)
        await audit.record(
            AuditAction.LOGOUT, actor_id=session.staff.id, actor_name=session.staff.name, resource=session.staff
        )


async def purge_sessions(*, keep_days: int = 30) -> int:
    """Delete sessions that ended more than `keep_days` ago (idempotent)."""
    cutoff = now() - timedelta(days=keep_days)
    expired = await StaffSession.filter(expires_at__lt=cutoff).delete()
    revoked = await StaffSession.filter(revoked_at__lt=cutoff).delete()
    await LoginThrottle.filter(last_failure_at__lt=cutoff).delete()
    return expired + revoked
