"""The authenticated caller: who they are, what they may do and which departments they see.

What a staff member may do (roles, permissions, data scope, department ids) changes rarely but
is needed on every request. Each web process therefore keeps it in a small cache keyed by the
session and the staff row's `access_version`, which the one session query of every request
reads anyway. Every change that alters a principal (a grant, a role's permissions or scope, a
department assignment, a department moved under another) bumps that version in the same
transaction as the change (`invalidate`), so the next request in any process sees a new key
and reloads: nothing is ever invalidated by a process telling another.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

from tortoise.expressions import F
from tortoise.models import Model

from backend.models import Department, Permission, Role, Staff
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


@dataclass(frozen=True)
class Grants:
    """The part of a principal that comes from roles and departments (what the cache holds)."""

    permissions: frozenset[str]
    data_scope: DataScope
    department_ids: frozenset[int]
    role_codes: frozenset[str]


_SCOPE_RANK = {DataScope.NONE: 0, DataScope.DEPARTMENT: 1, DataScope.ALL: 2}
# Sessions active within one process at once; an evicted entry only costs one reload.
CACHE_SIZE = 4096
# (session id, access_version, department_id) -> grants. A session id is a random UUID, so an
# entry can never be mistaken for another database's staff member with the same row id.
_cache: OrderedDict[tuple[uuid.UUID, int, int | None], Grants] = OrderedDict()


async def _load_grants(staff: Staff) -> Grants:
    """Union of the staff member's roles, widest data scope wins; departments with their wards."""
    # By id, not through `staff.roles`: the request path builds `staff` from its own query.
    roles: list[Role] = await Role.filter(staff__id=staff.id).prefetch_related("permissions")
    permissions = frozenset(p.code for role in roles for p in role.permissions)
    scope = max((role.data_scope for role in roles), key=_SCOPE_RANK.__getitem__, default=DataScope.NONE)
    department_ids = (await departments_of({staff.id: staff.department_id}))[staff.id]
    return Grants(
        permissions=permissions,
        data_scope=scope,
        department_ids=department_ids,
        role_codes=frozenset(role.code for role in roles),
    )


async def departments_of(own: dict[int, int | None]) -> dict[int, frozenset[int]]:
    """The departments each staff member's department scope covers, by staff id (given their own
    department): their department, the departments they also look after, and the wards under them."""
    seen: dict[int, set[int]] = {staff_id: {d} if d is not None else set() for staff_id, d in own.items()}
    extra = await Department.filter(extra_staff__id__in=list(own)).values_list("extra_staff__id", "id")
    for staff_id, department_id in extra:
        seen[int(staff_id)].add(int(department_id))
    parents = set().union(*seen.values())
    if parents:
        # A department sees the wards under it.
        wards: dict[int, set[int]] = {}
        for parent_id, ward_id in await Department.filter(parent_id__in=parents).values_list("parent_id", "id"):
            wards.setdefault(int(parent_id), set()).add(int(ward_id))
        for departments in seen.values():
            departments.update(*(wards.get(d, set()) for d in list(departments)))
    return {staff_id: frozenset(departments) for staff_id, departments in seen.items()}


def _principal(staff: Staff, session_id: uuid.UUID | None, grants: Grants) -> Principal:
    return Principal(
        staff_id=staff.id,
        username=staff.username,
        name=staff.name,
        session_id=session_id,
        permissions=grants.permissions,
        data_scope=grants.data_scope,
        department_ids=grants.department_ids,
        role_codes=grants.role_codes,
        must_change_password=staff.must_change_password,
    )


async def load_principal(staff: Staff, session_id: uuid.UUID | None = None) -> Principal:
    """Build the principal of `staff` from the database (no cache)."""
    return _principal(staff, session_id, await _load_grants(staff))


async def session_principal(staff: Staff, session_id: uuid.UUID) -> Principal:
    """The principal of a live session, its grants cached under the staff row's access version.

    `staff` must have been read before the grants are (the session query does): grants loaded
    afterwards are at least as new as the version they are stored under, never older.
    """
    key = (session_id, staff.access_version, staff.department_id)
    grants = _cache.get(key)
    if grants is None:
        grants = await _load_grants(staff)
        _cache[key] = grants
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    else:
        _cache.move_to_end(key)
    return _principal(staff, session_id, grants)


# What a principal is built from: model -> the fields whose change alters some principal
# ("*" for a create or delete of a row).
_STAFF_FIELDS = frozenset({"department", "department_id", "extra_departments", "roles"})
_ROLE_FIELDS = frozenset({"code", "data_scope", "permissions", "*"})
_DEPARTMENT_FIELDS = frozenset({"parent", "parent_id", "*"})
_PERMISSION_FIELDS = frozenset({"code", "*"})


async def bump_staff(*staff_ids: int) -> None:
    """Make the next request of these staff members reload their grants, in every process."""
    if staff_ids:
        await Staff.filter(id__in=staff_ids).update(access_version=F("access_version") + 1)


async def bump_everyone() -> None:
    await Staff.all().update(access_version=F("access_version") + 1)


async def invalidate(obj: Model, fields: Iterable[str]) -> None:
    """Bump the access version of everyone whose principal depends on what changed in `obj`.

    Call inside the transaction of the change, so that the new version and the new grants
    become visible together.
    """
    changed = set(fields)
    if isinstance(obj, Staff) and changed & _STAFF_FIELDS:
        await bump_staff(obj.pk)
    elif isinstance(obj, Role) and changed & _ROLE_FIELDS and obj.pk is not None:
        holders = await Staff.filter(roles__id=obj.pk).values_list("id", flat=True)
        await bump_staff(*(int(str(i)) for i in holders))
    elif isinstance(obj, Department) and changed & _DEPARTMENT_FIELDS:
        # Moving a ward changes what every department above it (old and new) sees; rare enough
        # that everyone reloading once is the simple answer.
        await bump_everyone()
    elif isinstance(obj, Permission) and changed & _PERMISSION_FIELDS:
        await bump_everyone()
