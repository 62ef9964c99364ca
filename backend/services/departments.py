"""Departments (科室/病区) maintenance."""

from __future__ import annotations

from typing import Any

from backend.models import Department
from backend.services import records
from backend.services.access import require
from backend.services.errors import InvalidInput, NotFound
from backend.services.principal import Principal


async def list_all(*, active_only: bool = False) -> list[Department]:
    query = Department.all()
    if active_only:
        query = query.filter(is_active=True)
    return await query.order_by("sort_order", "code")


async def _get(department_id: int) -> Department:
    department = await Department.get_or_none(id=department_id)
    if department is None:
        raise NotFound("科室不存在")
    return department


async def _check_parent(department_id: int | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    if parent_id == department_id:
        raise InvalidInput("上级科室不能是自己", field="parent_id")
    if not await Department.exists(id=parent_id):
        raise InvalidInput("上级科室不存在", field="parent_id")


async def create(principal: Principal, data: dict[str, Any]) -> Department:
    require(principal, "department:manage")
    await _check_parent(None, data.get("parent_id"))
    return await records.create(principal, Department, data, summary=f"新增科室 {data.get('name')}")


async def update(principal: Principal, department_id: int, changes: dict[str, Any]) -> Department:
    require(principal, "department:manage")
    department = await _get(department_id)
    if "parent_id" in changes:
        await _check_parent(department_id, changes["parent_id"])
    return await records.update(principal, department, changes)


async def delete(principal: Principal, department_id: int) -> None:
    require(principal, "department:manage")
    await records.delete(principal, await _get(department_id))
