"""Password resets that let no administrator act as another person unnoticed (三员分立).

A reset sets a random one-time password, shown once to whoever reset it and stored only as a
hash (never logged); it works for `SECURITY__ONE_TIME_PASSWORD_HOURS` and must be changed at
first login. Every login with it is flagged in the audit trail and told to the person at their
next login (`auth.login`).

The system administrator resets the passwords of ordinary staff. The three administrators'
accounts are reset only by the security administrator, and only after a second administrator
approved the request: request (安全管理员) -> approve or reject (another administrator, never the
requester or the account's owner) -> reset (the requester, once).
"""

from __future__ import annotations

import secrets
import string
from datetime import timedelta

from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import PasswordResetRequest, Staff
from backend.models.choices import AuditAction, ResetRequestStatus
from backend.security.passwords import hash_password_async, policy_violation
from backend.services import access, audit
from backend.services.access import ADMIN_ROLE_CODES, require
from backend.services.auth import revoke_sessions
from backend.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal
from backend.settings import get_settings

# Letters and digits that cannot be misread when the password is read out or copied by hand.
_ALPHABET = "".join(c for c in string.ascii_letters + string.digits if c not in "Il1O0o")
_SYMBOLS = "#@%+="


def one_time_password(username: str) -> str:
    """A random password meeting the policy: 12 characters from every class."""
    while True:
        chars = [secrets.choice(_ALPHABET) for _ in range(10)] + [secrets.choice(_SYMBOLS), secrets.choice("23456789")]
        secrets.SystemRandom().shuffle(chars)
        password = "".join(chars)
        if policy_violation(password, username) is None:
            return password


async def holds_administrator_role(staff_id: int) -> bool:
    """Whether the account holds one of the three administrator roles."""
    return await Staff.filter(id=staff_id, roles__code__in=ADMIN_ROLE_CODES).exists()


async def _get(staff_id: int) -> Staff:
    staff = await Staff.get_or_none(id=staff_id)
    if staff is None:
        raise NotFound("员工不存在")
    return staff


async def _set_one_time_password(principal: Principal, staff: Staff, summary: str) -> str:
    """Call inside a transaction. Returns the password, which the caller shows once."""
    password = one_time_password(staff.username)
    staff.password_hash = await hash_password_async(password)
    staff.password_changed_at = now()
    staff.password_expires_at = now() + timedelta(hours=get_settings().security.one_time_password_hours)
    # The administrator knows this password: the owner must replace it at first login.
    staff.must_change_password = True
    await staff.save(
        update_fields=[
            "password_hash",
            "password_changed_at",
            "password_expires_at",
            "must_change_password",
            "updated_at",
        ]
    )
    count = await revoke_sessions(staff.id, "password_reset")
    await audit.record(
        AuditAction.PASSWORD_RESET,
        actor=principal,
        resource=staff,
        summary=f"{summary}，设置一次性密码（{get_settings().security.one_time_password_hours} 小时内有效），"
        f"结束 {count} 个登录会话",
    )
    return password


async def reset(principal: Principal, staff_id: int) -> str:
    """Reset an ordinary staff member's password (系统管理员); returns the one-time password."""
    require(principal, "staff:manage")
    staff = await _get(staff_id)
    if await holds_administrator_role(staff.id):
        raise PermissionDenied("管理员账户的密码须由安全管理员申请、另一名管理员批准后重置（三员分立）")
    if staff.id == principal.staff_id:
        raise InvalidInput("不能重置自己的密码，请在“修改密码”中修改")
    async with in_transaction():
        return await _set_one_time_password(principal, staff, f"重置 {staff} 的密码")


async def request(principal: Principal, staff_id: int, reason: str) -> PasswordResetRequest:
    """The security administrator asks to reset an administrator's password."""
    require(principal, "staff:reset_admin")
    staff = await _get(staff_id)
    if not await holds_administrator_role(staff.id):
        raise InvalidInput("只有管理员账户的密码需要申请，其他员工的密码由系统管理员重置", field="staff_id")
    if staff.id == principal.staff_id:
        raise InvalidInput("不能申请重置自己的密码，请在“修改密码”中修改", field="staff_id")
    reason = reason.strip()
    if len(reason) < 2:
        raise InvalidInput("请填写申请原因", field="reason")
    open_states = (ResetRequestStatus.PENDING, ResetRequestStatus.APPROVED)
    async with in_transaction():
        if await PasswordResetRequest.filter(staff_id=staff.id, status__in=open_states).exists():
            raise Conflict(f"{staff} 已有未完成的重置申请")
        made = await PasswordResetRequest.create(staff=staff, requested_by_id=principal.staff_id, reason=reason[:200])
        await audit.record(
            AuditAction.RESET_REQUEST,
            actor=principal,
            resource=made,
            summary=f"申请重置管理员 {staff} 的密码：{reason[:100]}",
        )
    return made


async def _open_request(request_id: int) -> PasswordResetRequest:
    found = await PasswordResetRequest.get_or_none(id=request_id).select_related("staff")
    if found is None:
        raise NotFound("重置申请不存在")
    return found


async def decide(principal: Principal, request_id: int, *, approve: bool) -> PasswordResetRequest:
    """A second administrator approves or rejects; never the requester or the account's owner."""
    if not access.is_administrator(principal):
        raise PermissionDenied("只有系统管理员、安全管理员或审计管理员可以审批")
    async with in_transaction():
        found = await _open_request(request_id)
        if found.requested_by_id == principal.staff_id:
            raise PermissionDenied("不能批准自己提出的申请，须由另一名管理员批准")
        if found.staff_id == principal.staff_id:
            raise PermissionDenied("不能批准重置自己密码的申请")
        changed = await PasswordResetRequest.filter(id=found.id, status=ResetRequestStatus.PENDING).update(
            status=ResetRequestStatus.APPROVED if approve else ResetRequestStatus.REJECTED,
            decided_by_id=principal.staff_id,
            decided_at=now(),
        )
        if not changed:
            raise Conflict("该申请已处理")
        await audit.record(
            AuditAction.RESET_APPROVE if approve else AuditAction.RESET_REJECT,
            actor=principal,
            resource=found,
            summary=f"{'批准' if approve else '驳回'}重置管理员 {found.staff} 密码的申请",
        )
    await found.refresh_from_db()
    return found


async def complete(principal: Principal, request_id: int) -> str:
    """The requester resets the approved administrator's password, once; returns the password."""
    require(principal, "staff:reset_admin")
    async with in_transaction():
        found = await _open_request(request_id)
        if found.requested_by_id != principal.staff_id:
            raise PermissionDenied("只有申请人可以执行已批准的重置")
        done = await PasswordResetRequest.filter(id=found.id, status=ResetRequestStatus.APPROVED).update(
            status=ResetRequestStatus.COMPLETED, completed_at=now()
        )
        if not done:
            raise Conflict("该申请尚未批准，或已执行过")
        return await _set_one_time_password(
            principal, found.staff, f"经批准（申请 {found.id}）重置管理员 {found.staff} 的密码"
        )


async def search(
    principal: Principal, *, status: ResetRequestStatus | None = None, page: int = 1, page_size: int = 20
) -> Page[PasswordResetRequest]:
    """The requests, newest first, for the administrators who ask for or approve them."""
    if not access.is_administrator(principal):
        raise PermissionDenied("没有权限：管理员密码重置审批")
    query = PasswordResetRequest.all()
    if status is not None:
        query = query.filter(status=status)
    return await paginate(query.order_by("-id"), page, page_size)
