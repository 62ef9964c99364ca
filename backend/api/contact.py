"""Calls and SMS: click-to-call, desk-agent events and recordings, provider pushes, campaigns."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Path, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field, SecretStr, field_validator

from backend.api.deps import CurrentPrincipal
from backend.models import CallRecord
from backend.models.choices import DialMethod
from backend.security import signing
from backend.services import calling, sms
from backend.services.errors import PermissionDenied
from backend.settings import get_settings
from backend.web.errors import ErrorOut
from backend.web.schemas import BODY_LIMIT, MAX_ID, Id, PageNo, Schema
from integrations.dialer.base import CallEventKind

# The provider's call id (CallRecord.provider_call_id, 128 characters at most).
CallId = Annotated[str, Path(max_length=128)]

PATIENT_DATA = {"x-patient-data": True}
router = APIRouter(tags=["电话与短信"])


class CallStartIn(Schema):
    task_id: int = Field(ge=1, le=MAX_ID)


class CallOut(BaseModel):
    id: int
    call_id: str
    task_id: int | None
    status: str
    status_label: str
    driver: str
    started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    duration_seconds: int
    hangup_cause: str
    has_recording: bool


class CallStartOut(CallOut):
    method: str
    number: str | None = Field(default=None, description="仅桌面设备拨号时提供，交给本机拨号程序")
    agent_url: str | None = None
    upload_url: str | None = None


class DeskEventIn(Schema):
    kind: CallEventKind
    at: datetime | None = None
    duration_seconds: int | None = Field(default=None, ge=0, le=24 * 3600)
    # desk-phone.js reports a cause only on a failed hang-up, and null otherwise
    cause: str | None = Field(default=None, max_length=64)


def _call(record: CallRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "call_id": record.provider_call_id or "",
        "task_id": record.task_id,
        "status": record.status.value,
        "status_label": record.status.label,
        "driver": record.driver,
        "started_at": record.started_at,
        "answered_at": record.answered_at,
        "ended_at": record.ended_at,
        "duration_seconds": record.duration_seconds,
        "hangup_cause": record.hangup_cause,
        "has_recording": bool(record.recording_ref),
    }


@router.post("/calls", response_model=CallStartOut, summary="拨打随访任务的患者", openapi_extra=PATIENT_DATA)
async def calls_start(body: CallStartIn, principal: CurrentPrincipal) -> CallStartOut:
    started = await calling.start_call(principal, body.task_id)
    return CallStartOut(
        **_call(started.record),
        method=started.method.value,
        number=started.number,
        agent_url=started.agent_url,
        upload_url=started.upload_url,
    )


class SoftphoneOut(BaseModel):
    enabled: bool = Field(description="本人的拨号方式是网络电话")
    ws_url: str | None = Field(default=None, description="电话交换机的 SIP over WebSocket 地址")
    domain: str | None = Field(default=None, description="SIP 域")
    extension: str | None = Field(default=None, description="本人分机号")
    password: str | None = Field(default=None, description="本人分机密码，仅供本人浏览器注册分机")
    display_name: str | None = None
    ring_seconds: int | None = Field(default=None, description="振铃超过该秒数按无人接听结束")


@router.get(
    "/softphone",
    response_model=SoftphoneOut,
    summary="本人网络电话的注册信息",
    responses={409: {"model": ErrorOut, "description": "网络电话尚未配置，或本人分机号、分机密码未设置"}},
)
async def softphone(principal: CurrentPrincipal) -> JSONResponse:
    config = await calling.softphone_config(principal)
    body = SoftphoneOut(enabled=False) if config is None else SoftphoneOut(enabled=True, **asdict(config))
    # the extension's password: never cached by the browser or a proxy
    return JSONResponse(body.model_dump(), headers={"Cache-Control": "no-store"})


class InboundPatientOut(BaseModel):
    id: int
    name: str


class InboundOut(BaseModel):
    id: int
    number: str = Field(description="来电号码（已脱敏）")
    rang_at: datetime
    patients: list[InboundPatientOut] = Field(description="号码匹配到的、本人可查看的患者")


class InboundListOut(BaseModel):
    last_id: int = Field(description="本人分机最近一次来电的编号，下次查询从它之后开始")
    calls: list[InboundOut]


class SimulatedRingIn(Schema):
    caller: str = Field(min_length=1, max_length=32, description="来电号码")
    extension: str = Field(min_length=1, max_length=32, description="振铃分机")


@router.get(
    "/calls/inbound", response_model=InboundListOut, summary="本人分机的来电（来电弹屏）", openapi_extra=PATIENT_DATA
)
async def calls_inbound(
    principal: CurrentPrincipal, after: Annotated[int, Query(ge=0, le=MAX_ID, description="已显示过的最后一个来电")] = 0
) -> InboundListOut:
    last, calls = await calling.inbound_calls(principal, after=after)
    return InboundListOut(last_id=last, calls=[InboundOut(**c) for c in calls])


@router.post("/dialer/simulator/ring", summary="模拟来电（仅模拟拨号器，非生产环境）")
async def simulator_ring(body: SimulatedRingIn, principal: CurrentPrincipal) -> dict[str, str]:
    return {"call_id": await calling.simulate_inbound(principal, caller=body.caller, extension=body.extension)}


@router.get("/calls/{call_id}", response_model=CallOut, summary="通话状态", openapi_extra=PATIENT_DATA)
async def calls_get(call_id: CallId, principal: CurrentPrincipal) -> CallOut:
    return CallOut(**_call(await calling.get_call(principal, call_id)))


@router.post(
    "/calls/{call_id}/events",
    response_model=CallOut,
    summary="浏览器上报的通话事件（桌面设备、网络电话）",
    openapi_extra=PATIENT_DATA,
)
async def calls_event(call_id: CallId, body: DeskEventIn, principal: CurrentPrincipal) -> CallOut:
    record = await calling.report_desk_event(
        principal, call_id, kind=body.kind, at=body.at, duration_seconds=body.duration_seconds, cause=body.cause or ""
    )
    return CallOut(**_call(record))


@router.post("/calls/{call_id}/hangup", response_model=CallOut, summary="挂断", openapi_extra=PATIENT_DATA)
async def calls_hangup(call_id: CallId, principal: CurrentPrincipal) -> CallOut:
    return CallOut(**_call(await calling.hang_up(principal, call_id)))


@router.post(
    "/calls/{call_id}/recording",
    summary="桌面设备上传录音（签名链接，无需登录）",
    # the file plus its multipart envelope; the file alone is held to MAX_RECORDING_BYTES
    openapi_extra={BODY_LIMIT: calling.MAX_RECORDING_BYTES + 64 * 1024},
)
async def calls_upload_recording(
    call_id: CallId,
    token: Annotated[str, Query(max_length=200)],
    file: Annotated[UploadFile, File(description="录音文件 wav/mp3/amr")],
) -> dict[str, Any]:
    data = await file.read(calling.MAX_RECORDING_BYTES + 1)
    record = await calling.save_recording(call_id, token, data, file.filename or "")
    # desk agents (ccgate) count an upload as done only on 200 with {"success": true}
    return {"success": True, "call_id": call_id, "recording": record.recording_ref}


@router.get(
    "/calls/{call_id}/recording",
    summary="播放通话录音",
    openapi_extra=PATIENT_DATA,
    response_class=FileResponse,
    responses={200: {"content": {media: {} for media in calling.RECORDING_TYPES.values()}, "description": "录音文件"}},
)
async def calls_play_recording(call_id: CallId, principal: CurrentPrincipal) -> FileResponse:
    path = await calling.recording_of(principal, call_id)
    media = calling.RECORDING_TYPES.get(path.suffix, "audio/wav")
    return FileResponse(path, media_type=media)


def _require_token(expected: SecretStr | None, token: str) -> None:
    """Provider pushes carry no signature; the URL we register with them carries a secret instead."""
    if expected is None or not signing.same(token, expected.get_secret_value()):
        raise PermissionDenied("推送地址令牌无效")


@router.post("/dialer/yeastar/webhook", summary="Yeastar 通话事件推送")
async def yeastar_webhook(request: Request, token: Annotated[str, Query(max_length=200)] = "") -> dict[str, Any]:
    _require_token(get_settings().dialer.webhook_token, token)
    applied = await calling.apply_yeastar_webhook(await request.json())
    return {"ok": True, "applied": applied}


# --- campaigns ------------------------------------------------------------------------------


def _list(value: Any) -> Any:
    """amis sends an empty multi-select as "" and may join values with commas."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace("，", ",").split(",") if v.strip()]
    return value


def _none_if_blank(value: Any) -> Any:
    return None if value == "" else value


class PatientQueryIn(Schema):
    """The patient matching query of the SMS composer (短信群发)."""

    departments: list[Annotated[str, Field(max_length=32)]] = Field(
        default_factory=list, max_length=200, title="出院科室"
    )
    icd_prefixes: list[Annotated[str, Field(max_length=16)]] = Field(
        default_factory=list, max_length=200, title="诊断编码"
    )
    tcm_diseases: list[Annotated[str, Field(max_length=64)]] = Field(
        default_factory=list, max_length=200, title="中医病名"
    )
    tags: list[Annotated[str, Field(max_length=32)]] = Field(default_factory=list, max_length=50, title="标签")
    age_min: int | None = Field(default=None, ge=0, le=150, title="最小年龄")
    age_max: int | None = Field(default=None, ge=0, le=150, title="最大年龄")
    discharged_from: date | None = Field(default=None, title="出院日期自")
    discharged_until: date | None = Field(default=None, title="出院日期至")
    due_within_days: int | None = Field(
        default=None, ge=0, le=365, title="待复查天数", description="定期复查：N 天内有待随访/复查"
    )

    _lists = field_validator("departments", "icd_prefixes", "tcm_diseases", "tags", mode="before")(_list)
    _blanks = field_validator(
        "age_min", "age_max", "discharged_from", "discharged_until", "due_within_days", mode="before"
    )(_none_if_blank)

    def query(self) -> dict[str, Any]:
        rules: dict[str, Any] = {
            k: getattr(self, k) for k in ("departments", "icd_prefixes", "tcm_diseases", "tags") if getattr(self, k)
        }
        rules |= {k: getattr(self, k) for k in ("age_min", "age_max") if getattr(self, k) is not None}
        return {
            "rules": rules,
            "discharged_from": self.discharged_from.isoformat() if self.discharged_from else None,
            "discharged_until": self.discharged_until.isoformat() if self.discharged_until else None,
            "due_within_days": self.due_within_days,
        }


class BatchIn(PatientQueryIn):
    name: str = Field(min_length=1, max_length=64, title="群发名称")
    template_id: int = Field(ge=1, le=MAX_ID, title="短信模板")
    scheduled_at: datetime | None = Field(
        default=None, title="发送时间", description="空为立即发送（仍只在发送时段内发出）"
    )
    recurrence: Literal["", "daily", "weekly", "monthly"] = ""
    params: dict[Annotated[str, Field(max_length=32)], Annotated[str, Field(max_length=35)]] = Field(
        default_factory=dict, max_length=10, title="模板变量", description="模板中患者资料以外的变量，如义诊日期、地点"
    )

    _scheduled = field_validator("scheduled_at", mode="before")(_none_if_blank)


@router.post("/sms/match", summary="短信群发：预览匹配患者数", openapi_extra=PATIENT_DATA)
async def sms_match(body: PatientQueryIn, principal: CurrentPrincipal) -> dict[str, Any]:
    ids = await sms.match_patients(principal, body.query())
    return {"count": len(ids), "msg": f"符合条件的患者 {len(ids)} 人（已排除已故、拒绝联系和无效号码）"}


@router.get("/sms/templates", summary="可用的短信模板（下拉选项）")
async def sms_templates(principal: CurrentPrincipal) -> dict[str, Any]:
    return {"options": await sms.template_options(principal)}


@router.post("/sms/batches", status_code=201, summary="新建短信群发并排期")
async def sms_create_batch(body: BatchIn, principal: CurrentPrincipal) -> dict[str, Any]:
    batch = await sms.create_batch(
        principal,
        name=body.name,
        template_id=body.template_id,
        query=body.query() | {"params": body.params},
        scheduled_at=body.scheduled_at,
        recurrence=body.recurrence,
    )
    waiting = sms.sending_hours_note(batch.total) if body.scheduled_at is None else ""
    return {
        "id": batch.id,
        "status": batch.status.value,
        "total": batch.total,
        "next_run_at": batch.next_run_at,
        "msg": f"已排期：匹配患者 {batch.total} 人" + (f"；{waiting}" if waiting else ""),
    }


class BatchRowOut(BaseModel):
    id: int
    name: str
    template: str
    preview: str = Field(description="短信内容示例（示例患者张三、本院名称与群发填写的变量）")
    status: str
    status_label: str
    recurrence: str
    total: int = Field(description="最近一次匹配的患者数")
    scheduled_at: str = Field(description="计划发送时间（北京时间）")
    next_run_at: str
    counts: dict[str, int] = Field(description="各状态短信条数")


class BatchListOut(BaseModel):
    total: int
    items: list[BatchRowOut]


@router.get("/sms/batches", response_model=BatchListOut, summary="短信群发列表（含发送结果）")
async def sms_batches(
    principal: CurrentPrincipal,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> BatchListOut:
    total, items = await sms.list_batches(principal, page=page, page_size=page_size)
    return BatchListOut(total=total, items=[BatchRowOut(**item) for item in items])


@router.get("/sms/batches/{batch_id}/messages", summary="短信群发：逐条结果", openapi_extra=PATIENT_DATA)
async def sms_batch_messages(
    batch_id: Id,
    principal: CurrentPrincipal,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    total, items = await sms.batch_messages(principal, batch_id, page=page, page_size=page_size)
    return {"total": total, "items": items}


@router.post("/sms/batches/{batch_id}/schedule", summary="短信群发排期")
async def sms_schedule(batch_id: Id, principal: CurrentPrincipal) -> dict[str, Any]:
    batch = await sms.schedule_batch(principal, await sms.get_batch(principal, batch_id))
    return {"id": batch.id, "status": batch.status.value, "total": batch.total, "next_run_at": batch.next_run_at}


@router.post("/sms/batches/{batch_id}/run", summary="短信群发：立即发送")
async def sms_run_now(batch_id: Id, principal: CurrentPrincipal) -> dict[str, Any]:
    batch = await sms.get_batch(principal, batch_id)
    report = await sms.send_now(principal, batch)
    return {
        "id": batch.id,
        "counts": report.counts,
        "previewed": report.previewed,
        "matched": report.matched,
        "msg": report.message,
    }


@router.get("/sms/batches/{batch_id}/summary", summary="短信群发结果统计")
async def sms_batch_summary(batch_id: Id, principal: CurrentPrincipal) -> dict[str, Any]:
    batch = await sms.get_batch(principal, batch_id)
    return {"id": batch.id, "status": batch.status.value, "counts": await sms.batch_summary(batch.id)}


__all__ = ["DialMethod", "router"]
