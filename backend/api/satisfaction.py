"""满意度管理 (行风办): statistics, the answers behind them, 整改单 and the office's settings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, Field

from backend.api.deps import CurrentPrincipal
from backend.clock import now
from backend.models import Rectification, SatisfactionAnswer
from backend.models.choices import RectificationStatus
from backend.services import (
    rectifications,
    satisfaction,
    satisfaction_report,
    satisfaction_settings,
    satisfaction_stats,
)
from backend.services.access import require
from backend.web.downloads import XLSX_RESPONSES, xlsx_response
from backend.web.schemas import Id, OptionalIdQuery, PageNo, PageOut, Schema

PATIENT_DATA = {"x-patient-data": True}
router = APIRouter(tags=["满意度"])


def period_filter(
    period_from: Annotated[date | None, Query(description="调查日期起（默认近 30 天）")] = None,
    period_until: Annotated[date | None, Query(description="调查日期止（含）")] = None,
    department_id: OptionalIdQuery = None,
) -> dict[str, Any]:
    until = period_until or now().date()
    return {
        "period_from": period_from or until - timedelta(days=30),
        "period_until": until,
        "department_id": department_id,
    }


PeriodQuery = Annotated[dict[str, Any], Depends(period_filter)]


@router.get("/satisfaction/stats", summary="满意度统计", openapi_extra=PATIENT_DATA)
async def satisfaction_stats_get(principal: CurrentPrincipal, filters: PeriodQuery) -> dict[str, Any]:
    return await satisfaction_stats.compute(principal, **filters)


@router.get(
    "/satisfaction/stats.xlsx",
    summary="满意度统计导出 Excel",
    openapi_extra=PATIENT_DATA,
    response_class=Response,
    responses=XLSX_RESPONSES,
)
async def satisfaction_stats_xlsx(principal: CurrentPrincipal, filters: PeriodQuery) -> Response:
    return xlsx_response(*await satisfaction_stats.export_xlsx(principal, **filters))


@router.get(
    "/satisfaction/monthly-report.xlsx",
    summary="满意度月度报告（含图表）",
    openapi_extra=PATIENT_DATA,
    response_class=Response,
    responses=XLSX_RESPONSES,
)
async def satisfaction_monthly_report(
    principal: CurrentPrincipal,
    month: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$", description="月份 YYYY-MM（默认上月）")] = None,
) -> Response:
    return xlsx_response(*await satisfaction_report.build(principal, month=month))


@router.get("/satisfaction/comments", summary="意见建议分析（表扬与投诉）", openapi_extra=PATIENT_DATA)
async def satisfaction_comments(principal: CurrentPrincipal, filters: PeriodQuery) -> dict[str, Any]:
    return await satisfaction_stats.comments(principal, **filters)


@router.get("/satisfaction/departments", summary="满意度统计可选的科室")
async def satisfaction_departments(principal: CurrentPrincipal) -> dict[str, Any]:
    return {"options": await satisfaction_stats.department_options(principal)}


class AnswerOut(BaseModel):
    id: int
    record_id: int
    patient_name: str
    department: str
    dimension: str
    item_id: str
    question: str
    value: str
    label: str
    score100: float | None
    satisfied: bool
    contacted_at: datetime


def _answer(row: SatisfactionAnswer) -> AnswerOut:
    return AnswerOut(
        id=row.id,
        record_id=row.record_id,
        patient_name=row.record.patient.name,
        department=row.department.name,
        dimension=row.dimension,
        item_id=row.item_id,
        question=row.question,
        value=row.value,
        label=row.label,
        score100=row.score100,
        satisfied=bool(row.satisfied),
        contacted_at=row.contacted_at,
    )


@router.get(
    "/satisfaction/answers",
    response_model=PageOut[AnswerOut],
    summary="满意度结果查询（统计明细）",
    openapi_extra=PATIENT_DATA,
)
async def satisfaction_answers(
    principal: CurrentPrincipal,
    filters: PeriodQuery,
    dimension: Annotated[str | None, Query(max_length=32)] = None,
    item_id: Annotated[str | None, Query(max_length=64)] = None,
    value: Annotated[str | None, Query(max_length=64)] = None,
    satisfied: bool | None = None,
    valid: bool | None = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PageOut[AnswerOut]:
    result = await satisfaction.search_answers(
        principal,
        **filters,
        dimension=dimension,
        item_id=item_id,
        value=value,
        satisfied=satisfied,
        valid=valid,
        page=page,
        page_size=page_size,
    )
    return PageOut(
        total=result.total, page=result.page, page_size=result.page_size, items=[_answer(r) for r in result.items]
    )


class SettingsIn(Schema):
    weights: dict[Annotated[str, Field(min_length=1, max_length=32)], float] = Field(description="维度权重")
    rectify_days: int = Field(ge=1, le=90, description="整改期限（天）")


@router.get("/satisfaction/settings", summary="满意度参数")
async def satisfaction_settings_get(principal: CurrentPrincipal) -> dict[str, Any]:
    require(principal, "survey:read")
    setting = await satisfaction_settings.get_settings()
    return {"weights": satisfaction_settings.weights_of(setting), "rectify_days": setting.rectify_days}


@router.put("/satisfaction/settings", summary="修改满意度参数")
async def satisfaction_settings_put(body: SettingsIn, principal: CurrentPrincipal) -> dict[str, Any]:
    setting = await satisfaction_settings.update_settings(
        principal, weights=body.weights, rectify_days=body.rectify_days
    )
    return {"weights": satisfaction_settings.weights_of(setting), "rectify_days": setting.rectify_days, "msg": "已保存"}


class RectificationOut(BaseModel):
    id: int
    patient_name: str
    department: str
    source: str
    source_label: str
    status: str
    status_label: str
    description: str
    deadline: datetime
    overdue: bool
    escalated: bool
    measures: str
    verify_note: str
    callback_task_id: int | None
    created_at: datetime


def _rectification(row: Rectification) -> RectificationOut:
    return RectificationOut(
        id=row.id,
        patient_name=row.patient.name,
        department=row.department.name,
        source=row.source.value,
        source_label=row.source.label,
        status=row.status.value,
        status_label=row.status.label,
        description=row.description,
        deadline=row.deadline,
        overdue=row.status is RectificationStatus.OPEN and row.deadline < now(),
        escalated=row.escalated_at is not None,
        measures=row.measures,
        verify_note=row.verify_note,
        callback_task_id=row.callback_task_id,
        created_at=row.created_at,
    )


@router.get("/rectifications", summary="整改单", openapi_extra=PATIENT_DATA)
async def rectification_list(
    principal: CurrentPrincipal,
    status: RectificationStatus | None = None,
    department_id: OptionalIdQuery = None,
    overdue: bool = False,
) -> dict[str, Any]:
    rows = await rectifications.search(principal, status=status, department_id=department_id, overdue=overdue)
    return {"items": [_rectification(r).model_dump(mode="json") for r in rows], "total": len(rows)}


class ReplyIn(Schema):
    measures: str = Field(min_length=2, max_length=4000, description="整改措施")


class VerifyIn(Schema):
    accepted: bool
    note: str = Field(default="", max_length=1000)


async def _out(rectification: Rectification) -> RectificationOut:
    await rectification.fetch_related("patient", "department")
    return _rectification(rectification)


@router.post("/rectifications/{rectification_id}/reply", response_model=RectificationOut, summary="科室反馈整改措施")
async def rectification_reply(rectification_id: Id, body: ReplyIn, principal: CurrentPrincipal) -> RectificationOut:
    return await _out(await rectifications.reply(principal, rectification_id, body.measures))


@router.post("/rectifications/{rectification_id}/verify", response_model=RectificationOut, summary="行风办核实整改")
async def rectification_verify(rectification_id: Id, body: VerifyIn, principal: CurrentPrincipal) -> RectificationOut:
    result = await rectifications.verify(principal, rectification_id, accepted=body.accepted, note=body.note)
    return await _out(result)
