"""Roles and their permission codes (权限维护, the security administrator's work)."""

from __future__ import annotations

from backend.models import Permission, Role
from backend.services.access import ADMIN_ROLE_CODES, BUILTIN_ROLES, require
from backend.services.errors import InvalidInput, PermissionDenied
from backend.services.principal import Principal

# Permissions that belong to one of the three administrators and to no other role.
ADMIN_PERMISSIONS = frozenset(p for spec in BUILTIN_ROLES if spec.code in ADMIN_ROLE_CODES for p in spec.permissions)


async def check_role_change(principal: Principal, role: Role | None, permission_ids: list[int]) -> None:
    """Refuse changes that would break 三员分立 or the built-in roles."""
    require(principal, "role:manage")
    if role is not None and role.builtin:
        raise PermissionDenied("内置角色的权限由系统维护，不能修改；请新建角色")
    codes = set(await Permission.filter(id__in=permission_ids).values_list("code", flat=True))
    if codes & ADMIN_PERMISSIONS:
        raise InvalidInput("三员分立：管理员的权限不能授予自定义角色", field="permissions")
