"""Follow-up work: the queue, a task with its questionnaire, recording contacts, results, statistics."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Query, Response
from pydantic import BaseModel, Field, field_validator

from backend.api.deps import CurrentPrincipal
from backend.clock import now
from backend.models import FollowUpRecord, FollowUpTask
from backend.models.choices import ProblemStatus, Program, ReachedWithoutCall, TaskOutcome
from backend.services import calling, execution, followup_rules, followup_tasks, patients, problems, stats
from backend.services.access import require
from backend.web.downloads import XLSX_RESPONSES, xlsx_response
from backend.web.schemas import MAX_ID, Id, OptionalIdQuery, PageNo, PageOut, Schema

PATIENT_DATA = {"x-patient-data": True}
router = APIRouter(tags=["随访"])


class TaskOut(BaseModel):
    id: int
    patient_id: int
    patient_name: str
    department: str
    template: str
    step: int
    program: str
    status: str
    status_label: str
    outcome: str | None
    due_start: date
    due_end: date
    attempts: int
    next_attempt_at: datetime | None
    assignee_id: int | None


class MergedStepOut(BaseModel):
    """A lower-priority step merged into this task's call: its questionnaire is asked too."""

    task_id: int
    template: str
    step: int
    questionnaire: dict[str, Any]


class OutcomeOptionOut(BaseModel):
    value: TaskOutcome
    label: str


class TaskDetailOut(TaskOut):
    phone: str | None
    questionnaire: dict[str, Any]
    outcome_options: list[OutcomeOptionOut] = Field(description="可记录的随访结果（与随访台执行表单相同）")
    server_dial: bool = Field(
        description="本人可通过座机/分机拨打：拨号方式为服务器呼叫（PBX）且已设置分机号，交换机先呼本人分机再呼患者"
    )
    merged: list[MergedStepOut] = Field(
        default_factory=list, description="合并到本次随访的同期低优先级任务：其问卷随本次一并询问"
    )
    records: list[RecordOut] = Field(
        default_factory=list, description="本任务已保存的随访记录（结果与答案），最近的在前"
    )


def _questionnaire(q: Any) -> dict[str, Any]:
    return {"id": q.id, "code": q.code, "version": q.version, "title": q.title, "items": q.items}


class ContactIn(Schema):
    @field_validator("call_back_at", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    client_uuid: uuid.UUID = Field(description="客户端生成，重复提交不会重复记录")
    outcome: TaskOutcome
    answers: dict[str, Any] = Field(default_factory=dict)
    notes: str = Field(default="", max_length=2000)
    call_back_at: datetime | None = None
    call_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    reached_without_call: ReachedWithoutCall | None = Field(
        default=None, description="电话任务“已联系”而本任务没有已接通的电话时：线下（当面）或其他方式"
    )
    reached_reason: str = Field(default="", max_length=200, description="未经电话接通而“已联系”的说明（记入审计）")
    merged_answers: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        max_length=20,
        description="合并到本次随访的任务（键为任务编号，见任务详情 merged）的问卷答案；已联系时一并记录",
    )

    @field_validator("reached_without_call", mode="before")
    @classmethod
    def _blank_is_no_statement(cls, value: Any) -> Any:
        return None if value == "" else value


class NextTaskOut(BaseModel):
    """The next task of the caller's queue, or none (id null)."""

    id: int | None
    patient_name: str | None = None


class RecordOut(BaseModel):
    id: int
    client_uuid: uuid.UUID
    task_id: int
    patient_id: int
    patient_name: str
    outcome: str
    outcome_label: str
    answers: dict[str, Any]
    score: float | None
    notes: str
    contacted_at: datetime
    call_id: int | None = None
    problems: int = 0


TaskDetailOut.model_rebuild()  # its records are RecordOut, defined after it


class PreviewOut(BaseModel):
    # No `status` field: amis would read a text `status` as an error code.
    discharged_from: date
    discharged_until: date
    stays: int = Field(description="可匹配的出院人次")
    patients: int = Field(description="可匹配的患者人数")
    by_department: dict[str, int] = Field(description="各科室人次")
    message: str


class ReassignIn(Schema):
    task_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(min_length=1, max_length=1000)
    staff_id: int = Field(ge=1, le=MAX_ID)


def _task(task: FollowUpTask) -> dict[str, Any]:
    return {
        "id": task.id,
        "patient_id": task.patient_id,
        "patient_name": task.patient.name,
        "department": task.department.name,
        "template": task.template.name,
        "step": task.step,
        "program": task.program.value,
        "status": task.status.value,
        "status_label": task.status.label,
        "outcome": task.outcome.value if task.outcome else None,
        "due_start": task.due_start,
        "due_end": task.due_end,
        "attempts": task.attempts,
        "next_attempt_at": task.next_attempt_at,
        "assignee_id": task.assignee_id,
    }


def _record(record: FollowUpRecord) -> RecordOut:
    return RecordOut(
        id=record.id,
        client_uuid=record.client_uuid,
        task_id=record.task_id,
        patient_id=record.patient_id,
        patient_name=record.patient.name,
        outcome=record.outcome.value,
        outcome_label=record.outcome.label,
        answers=record.answers,
        score=record.score,
        notes=record.notes,
        contacted_at=record.contacted_at,
        call_id=record.call_id,
    )


@router.get("/tasks", response_model=PageOut[TaskOut], summary="我的随访任务", openapi_extra=PATIENT_DATA)
async def tasks_queue(
    principal: CurrentPrincipal,
    view: Annotated[
        str,
        Query(
            pattern="^(today|overdue|callback|scheduled|all|done)$",
            description="today/overdue/callback/scheduled（预约回访时间未到）/all/done",
        ),
    ] = "today",
    program: Annotated[Program | None, Query(title="项目", description="只看某一项目的任务")] = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PageOut[TaskOut]:
    result = await execution.queue(
        principal, view, page=page, page_size=page_size, program=program.value if program else None
    )
    return PageOut(
        total=result.total,
        page=result.page,
        page_size=result.page_size,
        items=[TaskOut(**_task(t)) for t in result.items],
    )


@router.get("/tasks/next", response_model=NextTaskOut, summary="我的下一个随访任务", openapi_extra=PATIENT_DATA)
async def tasks_next(
    principal: CurrentPrincipal, after: Annotated[int, Query(ge=0, le=MAX_ID, description="刚处理完的任务")] = 0
) -> NextTaskOut:
    task = await execution.next_task(principal, after=after)
    return NextTaskOut(id=task.id, patient_name=task.patient.name) if task else NextTaskOut(id=None)


@router.get("/tasks/{task_id}", response_model=TaskDetailOut, summary="随访任务详情", openapi_extra=PATIENT_DATA)
async def tasks_get(task_id: Id, principal: CurrentPrincipal) -> TaskDetailOut:
    task = await execution.get_task(principal, task_id)
    return TaskDetailOut(
        **_task(task),
        phone=patients.masked_pii(task.patient)["phone"],
        questionnaire=_questionnaire(task.questionnaire),
        outcome_options=[OutcomeOptionOut.model_validate(o) for o in execution.outcome_options()],
        server_dial=await calling.server_dials_for(principal),
        merged=[
            MergedStepOut(
                task_id=m.id, template=m.template.name, step=m.step, questionnaire=_questionnaire(m.questionnaire)
            )
            for m in await execution.merged_tasks(task)
        ],
        # what was recorded (a completed task shows its outcome and answers, not an empty page)
        records=[
            _record(r)
            for r in await FollowUpRecord.filter(task_id=task.id)
            .select_related("patient")
            .order_by("-contacted_at", "-id")
            .limit(20)
        ],
    )


@router.post("/tasks/{task_id}/contacts", response_model=RecordOut, summary="记录一次随访", openapi_extra=PATIENT_DATA)
async def tasks_record_contact(task_id: Id, body: ContactIn, principal: CurrentPrincipal) -> RecordOut:
    record = await execution.record_contact(
        principal,
        task_id,
        client_uuid=body.client_uuid,
        outcome=body.outcome,
        answers=body.answers,
        notes=body.notes,
        call_back_at=body.call_back_at,
        call_id=body.call_id,
        reached_without_call=body.reached_without_call,
        reached_reason=body.reached_reason,
        merged_answers=body.merged_answers,
    )
    await record.fetch_related("patient")
    return _record(record)


@router.post("/tasks/reassign", summary="批量转派随访任务")
async def tasks_reassign(body: ReassignIn, principal: CurrentPrincipal) -> dict[str, int]:
    return {"moved": await followup_tasks.reassign(principal, body.task_ids, body.staff_id)}


@router.post(
    "/followup/templates/preview",
    response_model=PreviewOut,
    summary="预览模板匹配人数（未保存的筛选条件）",
    openapi_extra=PATIENT_DATA,
)
async def followup_template_preview(
    principal: CurrentPrincipal,
    rules: Annotated[Any, Body(description="筛选条件（match_rules），与模板中保存的格式相同")] = None,
    days: Annotated[int, Query(ge=1, le=366, description="统计近多少天的出院")] = 30,
) -> PreviewOut:
    result = await followup_rules.preview(principal, {} if rules is None else rules, days=days)
    return PreviewOut(
        discharged_from=result.discharged_from,
        discharged_until=result.discharged_until,
        stays=result.stays,
        patients=result.patients,
        by_department=result.by_department,
        message=result.message,
    )


@router.post("/followup/generate", summary="立即生成随访任务")
async def followup_generate(principal: CurrentPrincipal) -> dict[str, Any]:
    require(principal, "followup:template")
    report = await followup_tasks.generate()
    return {
        "templates": report.templates,
        "created": report.created,
        "cancelled": report.cancelled,
        "skipped": dict(report.skipped),
    }


@router.get("/followup/records", response_model=PageOut[RecordOut], summary="随访结果查询", openapi_extra=PATIENT_DATA)
async def followup_records(
    principal: CurrentPrincipal,
    department_id: OptionalIdQuery = None,
    template_id: OptionalIdQuery = None,
    outcome: TaskOutcome | None = None,
    staff_id: OptionalIdQuery = None,
    patient: Annotated[str | None, Query(max_length=64)] = None,
    contacted_from: datetime | None = None,
    contacted_until: datetime | None = None,
    due_from: Annotated[date | None, Query(description="应随访截止日期起（统计分析的统计期）")] = None,
    due_until: Annotated[date | None, Query(description="应随访截止日期止（含）")] = None,
    answer_item: Annotated[str | None, Query(max_length=64)] = None,
    answer_value: Annotated[str | None, Query(max_length=200)] = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PageOut[RecordOut]:
    result = await execution.search_records(
        principal,
        department_id=department_id,
        template_id=template_id,
        outcome=outcome,
        staff_id=staff_id,
        patient=patient,
        contacted_from=contacted_from,
        contacted_until=contacted_until,
        due_from=due_from,
        due_until=due_until,
        answer_item=answer_item,
        answer_value=answer_value,
        page=page,
        page_size=page_size,
    )
    return PageOut(
        total=result.total, page=result.page, page_size=result.page_size, items=[_record(r) for r in result.items]
    )


@router.get("/followup/records/{record_id}", summary="随访结果详情（答案、通话、问题）", openapi_extra=PATIENT_DATA)
async def followup_record_detail(record_id: Id, principal: CurrentPrincipal) -> dict[str, Any]:
    return await execution.record_detail(principal, record_id)


def stats_filter(
    period_from: Annotated[date | None, Query(description="应随访截止日期起（默认近 30 天）")] = None,
    period_until: Annotated[date | None, Query(description="应随访截止日期止（含）")] = None,
    department_id: OptionalIdQuery = None,
    template_id: OptionalIdQuery = None,
    program: Annotated[Program | None, Query(description="只统计某一项目的任务（如科室随访）")] = None,
) -> dict[str, Any]:
    """The statistics period (default: the last 30 days), optional department, template and program."""
    until = period_until or now().date()
    return {
        "period_from": period_from or until - timedelta(days=30),
        "period_until": until,
        "department_id": department_id,
        "template_id": template_id,
        "program": program,
    }


StatsQuery = Annotated[dict[str, Any], Depends(stats_filter)]


@router.get(
    "/followup/stats.xlsx",
    summary="随访统计导出 Excel",
    openapi_extra=PATIENT_DATA,
    response_class=Response,
    responses=XLSX_RESPONSES,
)
async def followup_stats_xlsx(principal: CurrentPrincipal, filters: StatsQuery) -> Response:
    return xlsx_response(*await stats.export_xlsx(principal, **filters))


@router.get("/followup/stats/options/{kind}", summary="统计分析可选的科室或随访模板")
async def followup_stats_options(
    principal: CurrentPrincipal, kind: Annotated[str, Path(pattern="^(departments|templates)$")]
) -> dict[str, Any]:
    return {"options": await stats.filter_options(principal, kind)}


@router.get("/followup/stats", summary="随访统计", openapi_extra=PATIENT_DATA)
async def followup_stats(
    principal: CurrentPrincipal,
    filters: StatsQuery,
    open_windows: Annotated[
        bool, Query(description="同时统计随访窗口已开始、截止日期在统计期之后的任务（截至今天的应随访）")
    ] = False,
) -> dict[str, Any]:
    result = await stats.compute(principal, **filters, open_windows=open_windows)
    return {
        "period": {
            "from": str(filters["period_from"]),
            "until": str(filters["period_until"]),
            "open_windows": open_windows,
        },
        "total": result.total.as_dict(),
        "by_department": {k: v.as_dict() for k, v in result.by_department.items()},
        "by_template": {k: v.as_dict() for k, v in result.by_template.items()},
        "department_ids": result.department_ids,
        "template_ids": result.template_ids,
        "workload": result.workload,
        "problems": result.problems,
    }


class ProblemOut(BaseModel):
    id: int
    patient_id: int
    patient_name: str
    department: str
    task_id: int | None
    severity: str
    severity_label: str
    status: str
    status_label: str
    description: str
    reply: str
    reply_due_at: datetime | None
    replied_at: datetime | None
    created_at: datetime


class ProblemReplyIn(Schema):
    reply: str = Field(min_length=1, max_length=4000, description="科室回复")


def _problem(p: Any) -> ProblemOut:
    return ProblemOut(
        id=p.id,
        patient_id=p.patient_id,
        patient_name=p.patient.name,
        department=p.department.name,
        task_id=p.task_id,
        severity=p.severity.value,
        severity_label=p.severity.label,
        status=p.status.value,
        status_label=p.status.label,
        description=p.description,
        reply=p.reply,
        reply_due_at=p.reply_due_at,
        replied_at=p.replied_at,
        created_at=p.created_at,
    )


@router.get("/problems", response_model=PageOut[ProblemOut], summary="待回复的患者问题", openapi_extra=PATIENT_DATA)
async def problems_list(
    principal: CurrentPrincipal,
    status: Annotated[ProblemStatus | None, Query(description="默认：待回复")] = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> PageOut[ProblemOut]:
    result = await problems.to_reply(principal, status=status, page=page, page_size=page_size)
    return PageOut(
        total=result.total, page=result.page, page_size=result.page_size, items=[_problem(p) for p in result.items]
    )


@router.post(
    "/problems/{problem_id}/reply", response_model=ProblemOut, summary="科室回复患者问题", openapi_extra=PATIENT_DATA
)
async def problems_reply(problem_id: Id, body: ProblemReplyIn, principal: CurrentPrincipal) -> ProblemOut:
    problem = await problems.reply(principal, problem_id, body.reply)
    await problem.fetch_related("patient", "department")
    return _problem(problem)
