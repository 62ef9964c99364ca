"""The authenticated caller: who they are, what they may do and which departments they see."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from backend.models import Role, Staff
from backend.models.choices import DataScope


@dataclass(frozen=True)
class Principal:
    staff_id: int
    username: str
    name: str
    session_id: uuid.UUID | None
    permissions: frozenset[str]
    data_scope: DataScope
    department_ids: frozenset[int] = field(default_factory=frozenset)
    role_codes: frozenset[str] = field(default_factory=frozenset)
    must_change_password: bool = False

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    @property
    def sees_all_departments(self) -> bool:
        return self.data_scope is DataScope.ALL


_SCOPE_RANK = {DataScope.NONE: 0, DataScope.DEPARTMENT: 1, DataScope.ALL: 2}


async def load_principal(staff: Staff, session_id: uuid.UUID | None = None) -> Principal:
    """Build the principal of `staff`: union of its roles, widest data scope wins."""
    roles: list[Role] = await staff.roles.all().prefetch_related("permissions")
    permissions = frozenset(p.code for role in roles for p in role.permissions)
    scope = max((role.data_scope for role in roles), key=_SCOPE_RANK.__getitem__, default=DataScope.NONE)
    department_ids: set[int] = set()
    if staff.department_id is not None:
        department_ids.add(staff.department_id)
    department_ids.update(await staff.extra_departments.all().values_list("id", flat=True))  # type: ignore[arg-type]
    if department_ids:
        # A department sees the wards under it.
        from backend.models import Department

        children = await Department.filter(parent_id__in=department_ids).values_list("id", flat=True)
        department_ids.update(children)  # type: ignore[arg-type]
    return Principal(
        staff_id=staff.id,
        username=staff.username,
        name=staff.name,
        session_id=session_id,
        permissions=permissions,
        data_scope=scope,
        department_ids=frozenset(department_ids),
        role_codes=frozenset(role.code for role in roles),
        must_change_password=staff.must_change_password,
    )
