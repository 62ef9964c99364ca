"""Staff accounts: create, edit, disable/enable, lock/unlock, grant roles (resets: `password_reset`)."""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import Department, LoginThrottle, Role, Staff
from backend.models.choices import AuditAction
from backend.security.crypto import encrypt
from backend.security.passwords import hash_password_async, policy_violation
from backend.services import audit, records
from backend.services.access import ADMIN_ROLE_CODES, require
from backend.services.auth import revoke_sessions
from backend.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal, bump_staff


async def _get(staff_id: int) -> Staff:
    staff = await Staff.get_or_none(id=staff_id)
    if staff is None:
        raise NotFound("员工不存在")
    return staff


async def _check_department(department_id: int | None) -> None:
    if department_id is not None and not await Department.exists(id=department_id):
        raise InvalidInput("科室不存在", field="department_id")


def _sip_password(data: dict[str, Any]) -> str:
    """Replace a typed SIP password (网络电话's extension password) by its ciphertext in `data`.

    Absent or None: unchanged; an empty string clears it. Returns a note for the audit summary.
    """
    if "sip_password" not in data:
        return ""
    value = data.pop("sip_password")
    if value is None:
        return ""
    data["sip_password_cipher"] = encrypt(value) if value else ""
    return "（已设置分机密码）" if value else "（已清除分机密码）"


async def search(
    principal: Principal, *, keyword: str | None = None, page: int = 1, page_size: int = 20
) -> Page[Staff]:
    if not (principal.can("staff:manage") or principal.can("staff:grant")):
        raise PermissionDenied("没有权限：员工维护")
    query = Staff.all().select_related("department")
    if keyword:
        query = query.filter(Q(name__icontains=keyword) | Q(username__icontains=keyword))
    return await paginate(query.order_by("id"), page, page_size)


async def create(principal: Principal, data: dict[str, Any], password: str) -> Staff:
    require(principal, "staff:manage")
    problem = policy_violation(password, data.get("username", ""))
    if problem:
        raise InvalidInput(problem, field="password")
    await _check_department(data.get("department_id"))
    if await Staff.exists(username=data["username"]):
        raise Conflict("登录名已存在", field="username")
    note = _sip_password(data)
    return await records.create(
        principal,
        Staff,
        {
            **data,
            "password_hash": await hash_password_async(password),
            "password_changed_at": now(),
            "must_change_password": True,
        },
        summary=f"新增员工 {data['name']}（{data['username']}）{note}",
    )


async def update(principal: Principal, staff_id: int, changes: dict[str, Any]) -> Staff:
    require(principal, "staff:manage")
    staff = await _get(staff_id)
    await _check_department(changes.get("department_id"))
    note = _sip_password(changes)
    return await records.update(principal, staff, changes, summary=f"修改员工 {staff}{note}")


async def set_active(principal: Principal, staff_id: int, active: bool) -> Staff:
    """Disable (ending every session at once) or re-enable an account."""
    require(principal, "staff:manage")
    staff = await _get(staff_id)
    if staff.id == principal.staff_id and not active:
        raise InvalidInput("不能停用自己的账户")
    async with in_transaction():
        staff = await records.update(
            principal, staff, {"is_active": active}, summary=f"{'启用' if active else '停用'}员工 {staff}"
        )
        if not active:
            await revoke_sessions(staff.id, "disabled")
    return staff


async def set_locked(principal: Principal, staff_id: int, locked: bool) -> Staff:
    """Lock (system administrator) or unlock (security administrator) an account."""
    require(principal, "staff:manage" if locked else "staff:unlock")
    staff = await _get(staff_id)
    async with in_transaction():
        staff.locked = locked
        if not locked:
            staff.locked_until = None
            staff.failed_logins = 0
            await LoginThrottle.filter(staff_id=staff.id).delete()
        await staff.save(update_fields=["locked", "locked_until", "failed_logins", "updated_at"])
        if locked:
            await revoke_sessions(staff.id, "locked")
        await audit.record(
            AuditAction.LOCK if locked else AuditAction.UNLOCK,
            actor=principal,
            resource=staff,
            summary=f"{'锁定' if locked else '解锁'}账户 {staff}",
        )
    return staff


async def grant_roles(principal: Principal, staff_id: int, role_ids: list[int]) -> Staff:
    """Set the roles of a staff member (security administrator only: 三员分立)."""
    require(principal, "staff:grant")
    staff = await _get(staff_id)
    if staff.id == principal.staff_id:
        raise PermissionDenied("不能给自己授权")
    roles = await Role.filter(id__in=role_ids)
    if len(roles) != len(set(role_ids)):
        raise InvalidInput("角色不存在", field="role_ids")
    codes = {r.code for r in roles}
    if codes & ADMIN_ROLE_CODES and len(codes) > 1:
        # 三员分立: an administrator account holds exactly one administrator role and nothing else.
        raise InvalidInput("系统管理员、安全管理员、审计管理员角色不能与其他角色同时授予同一账户", field="role_ids")
    before = sorted(await staff.roles.all().values_list("code", flat=True))
    async with in_transaction():
        await staff.roles.clear()
        if roles:
            await staff.roles.add(*roles)
        await bump_staff(staff.id)  # their next request, in any process, sees the new roles
        await audit.record(
            AuditAction.UPDATE,
            actor=principal,
            resource=staff,
            summary=f"修改 {staff} 的角色",
            before={"roles": before},
            after={"roles": sorted(r.code for r in roles)},
        )
    return staff
