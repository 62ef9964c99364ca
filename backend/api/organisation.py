"""Departments and staff accounts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from backend.api.deps import CurrentPrincipal
from backend.models import Department, PasswordResetRequest, Staff
from backend.models.choices import DepartmentKind, DialMethod, ResetRequestStatus
from backend.services import departments, password_reset
from backend.services import staff as staff_service
from backend.web.schemas import MAX_ID, DepartmentRef, Id, PageNo, PageOut, PatchSchema, Schema

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
    has_sip_password: bool = Field(description="已设置分机密码（网络电话）；密码本身从不返回")
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
    sip_password: str | None = Field(default=None, max_length=64, description="分机密码（网络电话），加密保存")


class StaffPatch(PatchSchema):
    nullable = frozenset({"department_id"})

    name: str | None = Field(default=None, min_length=1, max_length=32)
    department_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    title: str | None = Field(default=None, max_length=32)
    phone_extension: str | None = Field(default=None, max_length=32)
    dial_method: DialMethod | None = Field(default=None, description="拨号方式")
    sip_password: str | None = Field(default=None, max_length=64, description="分机密码（网络电话）；空字符串清除")


class ResetRequestIn(Schema):
    reason: str = Field(min_length=2, max_length=200, description="申请原因（写入审计日志）")


class ResetRequestOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    staff_id: int
    requested_by_id: int
    reason: str
    status: ResetRequestStatus
    decided_by_id: int | None
    decided_at: datetime | None
    completed_at: datetime | None
    created_at: datetime


class OneTimePasswordOut(BaseModel):
    detail: str
    one_time_password: str = Field(description="一次性密码：只显示这一次，不保存明文；首次登录须修改")
    expires_at: datetime = Field(description="一次性密码失效时间")


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
        has_sip_password=bool(staff.sip_password_cipher),
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


async def _one_time(staff_id: int, password: str, response: Response) -> OneTimePasswordOut:
    response.headers["Cache-Control"] = "no-store"
    staff = await Staff.get(id=staff_id)
    assert staff.password_expires_at is not None  # a reset always sets it
    return OneTimePasswordOut(
        detail="密码已重置为一次性密码（只显示这一次），请当面或电话告知本人；本人首次登录须修改",
        one_time_password=password,
        expires_at=staff.password_expires_at,
    )


@router.post("/staff/{staff_id}/reset-password", response_model=OneTimePasswordOut, summary="重置密码（一次性密码）")
async def staff_reset_password(staff_id: Id, principal: CurrentPrincipal, response: Response) -> OneTimePasswordOut:
    """Ordinary staff only: an administrator's password needs a request and a second
    administrator's approval (`/staff/{staff_id}/reset-requests`)."""
    return await _one_time(staff_id, await password_reset.reset(principal, staff_id), response)


@router.post(
    "/staff/{staff_id}/reset-requests", response_model=ResetRequestOut, status_code=201, summary="申请重置管理员密码"
)
async def staff_reset_request(staff_id: Id, body: ResetRequestIn, principal: CurrentPrincipal) -> PasswordResetRequest:
    return await password_reset.request(principal, staff_id, body.reason)


@router.get("/password-resets", response_model=PageOut[ResetRequestOut], summary="管理员密码重置申请")
async def password_resets_list(
    principal: CurrentPrincipal,
    status: Annotated[ResetRequestStatus | None, Query(description="状态")] = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PageOut[ResetRequestOut]:
    result = await password_reset.search(principal, status=status, page=page, page_size=page_size)
    items = [ResetRequestOut.model_validate(r) for r in result.items]
    return PageOut(total=result.total, page=result.page, page_size=result.page_size, items=items)


@router.post("/password-resets/{request_id}/approve", response_model=ResetRequestOut, summary="批准重置管理员密码")
async def password_resets_approve(request_id: Id, principal: CurrentPrincipal) -> PasswordResetRequest:
    return await password_reset.decide(principal, request_id, approve=True)


@router.post("/password-resets/{request_id}/reject", response_model=ResetRequestOut, summary="驳回重置管理员密码")
async def password_resets_reject(request_id: Id, principal: CurrentPrincipal) -> PasswordResetRequest:
    return await password_reset.decide(principal, request_id, approve=False)


@router.post(
    "/password-resets/{request_id}/complete",
    response_model=OneTimePasswordOut,
    summary="执行已批准的重置（一次性密码）",
)
async def password_resets_complete(
    request_id: Id, principal: CurrentPrincipal, response: Response
) -> OneTimePasswordOut:
    password = await password_reset.complete(principal, request_id)
    target = await PasswordResetRequest.get(id=request_id)
    return await _one_time(target.staff_id, password, response)


@router.put("/staff/{staff_id}/roles", response_model=StaffOut, summary="员工授权")
async def staff_set_roles(staff_id: Id, body: RolesIn, principal: CurrentPrincipal) -> StaffOut:
    return await _staff_out(await staff_service.grant_roles(principal, staff_id, body.role_ids))
