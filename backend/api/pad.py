"""The ward pad (移动pad): wards and inpatients for the shift, offline uploads, conflicts."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from backend.api.deps import CurrentPrincipal
from backend.models.choices import PadConflictStatus, PadResolution, TaskOutcome
from backend.services import pad
from backend.web.schemas import Id, Schema

PATIENT_DATA = {"x-patient-data": True}
router = APIRouter(prefix="/pad", tags=["病区平板"])


class WardOut(BaseModel):
    id: int
    code: str
    name: str
    inpatients: int


class PadTaskOut(BaseModel):
    id: int
    version: int = Field(description="任务版本：上传时带回，用于发现冲突")
    template: str
    program: str
    program_label: str
    questionnaire_id: int
    due_end: date


class InpatientOut(BaseModel):
    admission_id: int
    patient_id: int
    name: str
    gender: str
    age: int | None
    bed_no: str
    shared_bed: bool = Field(description="本床还登记了另一位在院患者（多为 HIS 未办理前一位患者出院），请核对腕带")
    inpatient_no: str
    wristband: str = Field(description="腕带编码（按系统设置取住院号、就诊ID或患者ID）")
    department: str
    admitted_at: datetime
    diagnosis: str
    tasks: list[PadTaskOut]


class QuestionnaireOut(BaseModel):
    id: int
    code: str
    version: int
    title: str
    items: list[dict[str, Any]]


class WardRef(BaseModel):
    id: int
    name: str


class SyncStateOut(BaseModel):
    synced_at: datetime | None = Field(description="在院数据最近一次 HIS 同步完成时间（无则为空）")
    next_sync_at: datetime | None = Field(description="下次定时拉取 HIS 的开始时间（HIS 推送方式为空）")
    pull_interval_minutes: int = Field(description="HIS 拉取间隔（分钟）")


class WardInpatientsOut(SyncStateOut):
    ward: WardRef
    wristband_pattern: str = Field(description="腕带扫描内容的正则表达式，第一个捕获组为编码")
    loaded_at: datetime
    inpatients: list[InpatientOut]
    questionnaires: list[QuestionnaireOut]


class UploadItemIn(Schema):
    client_uuid: uuid.UUID = Field(description="平板生成的记录编号：重复上传只记一次")
    task_id: int = Field(ge=1, le=2**31 - 1)
    task_version: int = Field(ge=0, le=10_000, description="填写时的任务版本")
    outcome: TaskOutcome = TaskOutcome.REACHED
    answers: dict[str, Any] = Field(default_factory=dict)
    notes: str = Field(default="", max_length=2000)
    captured_at: datetime


class UploadIn(Schema):
    items: list[UploadItemIn] = Field(min_length=1, max_length=200)


class UploadResultOut(BaseModel):
    client_uuid: uuid.UUID
    state: str = Field(description="applied 已记录 / conflict 冲突待处理 / rejected 未通过校验")
    record_id: int | None
    conflict_id: int | None
    message: str


class UploadOut(BaseModel):
    results: list[UploadResultOut]


class PadVersionOut(BaseModel):
    version: int
    outcome: str
    outcome_label: str
    answers: dict[str, Any]
    notes: str
    captured_at: datetime
    staff: str


class ServerRecordOut(BaseModel):
    id: int
    outcome: str
    outcome_label: str
    answers: dict[str, Any]
    notes: str
    contacted_at: datetime
    staff: str


class ServerVersionOut(BaseModel):
    version: int
    status: str
    status_label: str
    record: ServerRecordOut | None


class ConflictQuestionnaireOut(BaseModel):
    id: int
    title: str
    items: list[dict[str, Any]]


class DifferenceOut(BaseModel):
    item: str
    text: str = Field(description="题目")
    pad: str = Field(description="平板记录的答案（未答为空）")
    server: str = Field(description="系统记录的答案（未答为空）")


class ConflictOut(BaseModel):
    id: int
    client_uuid: uuid.UUID
    status: str
    status_label: str
    resolution: str | None
    resolution_label: str
    task_id: int
    template: str
    patient_name: str
    reason: str = Field(description="冲突原因：平板载入任务后谁在何时修改了它")
    differences: list[DifferenceOut] = Field(description="两份记录答案不同的题目")
    questionnaire: ConflictQuestionnaireOut
    pad: PadVersionOut
    server: ServerVersionOut


class ResolveIn(Schema):
    resolution: PadResolution


class ResolvedOut(BaseModel):
    id: int
    status: str
    resolution: str | None
    record_id: int | None


@router.get("/wards", response_model=list[WardOut], summary="有在院患者的病区")
async def pad_wards(principal: CurrentPrincipal) -> list[WardOut]:
    return [WardOut(**w) for w in await pad.wards(principal)]


@router.get("/sync", response_model=SyncStateOut, summary="在院数据的 HIS 同步时间（平板据此刷新）")
async def pad_sync(principal: CurrentPrincipal) -> SyncStateOut:
    return SyncStateOut.model_validate(await pad.sync_state(principal))


@router.get(
    "/wards/{ward_id}/inpatients",
    response_model=WardInpatientsOut,
    summary="病区在院患者及待填问卷",
    openapi_extra=PATIENT_DATA,
)
async def pad_ward_inpatients(ward_id: Id, principal: CurrentPrincipal) -> WardInpatientsOut:
    return WardInpatientsOut.model_validate(await pad.ward_inpatients(principal, ward_id))


@router.post("/uploads", response_model=UploadOut, summary="上传平板离线记录（可重复上传）", openapi_extra=PATIENT_DATA)
async def pad_upload(body: UploadIn, principal: CurrentPrincipal) -> UploadOut:
    items = [pad.UploadItem(**item.model_dump()) for item in body.items]
    results = await pad.upload(principal, items)
    return UploadOut(results=[UploadResultOut(**vars(r)) for r in results])


@router.get("/conflicts", response_model=list[ConflictOut], summary="平板记录冲突", openapi_extra=PATIENT_DATA)
async def pad_conflicts(
    principal: CurrentPrincipal,
    status: Annotated[PadConflictStatus | None, Query(description="默认只列待处理")] = PadConflictStatus.OPEN,
) -> list[ConflictOut]:
    return [ConflictOut.model_validate(c) for c in await pad.conflicts(principal, status=status)]


@router.post("/conflicts/{conflict_id}/resolve", response_model=ResolvedOut, summary="处理平板记录冲突")
async def pad_conflict_resolve(conflict_id: Id, body: ResolveIn, principal: CurrentPrincipal) -> ResolvedOut:
    row = await pad.resolve(principal, conflict_id, body.resolution)
    return ResolvedOut(
        id=row.id,
        status=row.status.value,
        resolution=row.resolution.value if row.resolution else None,
        record_id=row.record_id,
    )
