"""Departments and staff accounts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from backend.api.deps import CurrentPrincipal
from backend.models import Department, Staff
from backend.models.choices import DepartmentKind
from backend.services import departments
from backend.services import staff as staff_service
from backend.web.schemas import MAX_ID, DepartmentRef, Id, Message, PageNo, PageOut, PatchSchema, Schema

router = APIRouter(tags=["组织"])


class DepartmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    kind: DepartmentKind
    parent_id: int | None
    phone: str | None
    sort_order: int
    is_active: bool


class DepartmentIn(Schema):
    code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=64)
    kind: DepartmentKind = DepartmentKind.CLINICAL
    parent_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    phone: str | None = Field(default=None, max_length=32)
    sort_order: int = Field(default=0, ge=0, le=100000)
    is_active: bool = True


class DepartmentPatch(PatchSchema):
    nullable = frozenset({"parent_id", "phone"})

    code: str | None = Field(default=None, min_length=1, max_length=32)
    name: str | None = Field(default=None, min_length=1, max_length=64)
    kind: DepartmentKind | None = None
    parent_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    phone: str | None = Field(default=None, max_length=32)
    sort_order: int | None = Field(default=None, ge=0, le=100000)
    is_active: bool | None = None


class StaffOut(BaseModel):
    id: int
    username: str
    name: str
    department: DepartmentRef | None
    title: str
    phone_extension: str
    is_active: bool
    locked: bool
    locked_until: datetime | None
    last_login_at: datetime | None


class StaffIn(Schema):
    username: str = Field(min_length=2, max_length=32, pattern=r"^[A-Za-z0-9_.\-]+$")
    name: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=128)
    department_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    title: str = Field(default="", max_length=32)
    phone_extension: str = Field(default="", max_length=32)


class StaffPatch(PatchSchema):
    nullable = frozenset({"department_id"})

    name: str | None = Field(default=None, min_length=1, max_length=32)
    department_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    title: str | None = Field(default=None, max_length=32)
    phone_extension: str | None = Field(default=None, max_length=32)


class PasswordResetIn(Schema):
    password: str = Field(min_length=1, max_length=128)


class RolesIn(Schema):
    role_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(max_length=20)


async def _staff_out(staff: Staff, *, reload: bool = True) -> StaffOut:
    if reload:  # rows from a list come with their department already joined
        staff = await Staff.filter(id=staff.id).select_related("department").get()
    return StaffOut(
        id=staff.id,
        username=staff.username,
        name=staff.name,
        department=DepartmentRef.model_validate(staff.department) if staff.department else None,
        title=staff.title,
        phone_extension=staff.phone_extension,
        is_active=staff.is_active,
        locked=staff.locked,
        locked_until=staff.locked_until,
        last_login_at=staff.last_login_at,
    )


@router.get("/departments", response_model=list[DepartmentOut], summary="科室列表")
async def departments_list(_: CurrentPrincipal, active_only: bool = False) -> list[Department]:
    return await departments.list_all(active_only=active_only)


@router.post("/departments", response_model=DepartmentOut, status_code=201, summary="新增科室")
async def departments_create(body: DepartmentIn, principal: CurrentPrincipal) -> Department:
    return await departments.create(principal, body.model_dump())


@router.patch("/departments/{department_id}", response_model=DepartmentOut, summary="修改科室")
async def departments_update(department_id: Id, body: DepartmentPatch, principal: CurrentPrincipal) -> Department:
    return await departments.update(principal, department_id, body.model_dump(exclude_unset=True))


@router.delete("/departments/{department_id}", status_code=204, summary="删除科室")
async def departments_delete(department_id: Id, principal: CurrentPrincipal) -> Response:
    await departments.delete(principal, department_id)
    return Response(status_code=204)


@router.get("/staff", response_model=PageOut[StaffOut], summary="员工列表")
async def staff_list(
    principal: CurrentPrincipal,
    keyword: Annotated[str | None, Query(max_length=32)] = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PageOut[StaffOut]:
    result = await staff_service.search(principal, keyword=keyword, page=page, page_size=page_size)
    return PageOut(
        total=result.total,
        page=result.page,
        page_size=result.page_size,
        items=[await _staff_out(s, reload=False) for s in result.items],
    )


@router.post("/staff", response_model=StaffOut, status_code=201, summary="新增员工")
async def staff_create(body: StaffIn, principal: CurrentPrincipal) -> StaffOut:
    data = body.model_dump(exclude={"password"})
    return await _staff_out(await staff_service.create(principal, data, body.password))


@router.patch("/staff/{staff_id}", response_model=StaffOut, summary="修改员工")
async def staff_update(staff_id: Id, body: StaffPatch, principal: CurrentPrincipal) -> StaffOut:
    return await _staff_out(await staff_service.update(principal, staff_id, body.model_dump(exclude_unset=True)))


@router.post("/staff/{staff_id}/disable", response_model=StaffOut, summary="停用员工")
async def staff_disable(staff_id: Id, principal: CurrentPrincipal) -> StaffOut:
    return await _staff_out(await staff_service.set_active(principal, staff_id, False))


@router.post("/staff/{staff_id}/enable", response_model=StaffOut, summary="启用员工")
async def staff_enable(staff_id: Id, principal: CurrentPrincipal) -> StaffOut:
    return await _staff_out(await staff_service.set_active(principal, staff_id, True))


@router.post("/staff/{staff_id}/lock", response_model=StaffOut, summary="锁定账户")
async def staff_lock(staff_id: Id, principal: CurrentPrincipal) -> StaffOut:
    return await _staff_out(await staff_service.set_locked(principal, staff_id, True))


@router.post("/staff/{staff_id}/unlock", response_model=StaffOut, summary="解锁账户")
async def staff_unlock(staff_id: Id, principal: CurrentPrincipal) -> StaffOut:
    return await _staff_out(await staff_service.set_locked(principal, staff_id, False))


@router.post("/staff/{staff_id}/reset-password", response_model=Message, summary="重置密码")
async def staff_reset_password(staff_id: Id, body: PasswordResetIn, principal: CurrentPrincipal) -> Message:
    await staff_service.reset_password(principal, staff_id, body.password)
    return Message(detail="密码已重置，该员工需用新密码重新登录")


@router.put("/staff/{staff_id}/roles", response_model=StaffOut, summary="员工授权")
async def staff_set_roles(staff_id: Id, body: RolesIn, principal: CurrentPrincipal) -> StaffOut:
    return await _staff_out(await staff_service.grant_roles(principal, staff_id, body.role_ids))
