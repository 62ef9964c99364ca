"""Calling patients (电话随访): the rules checked at dial time, and one CallRecord per attempt.

Two ways to dial meet here. Staff whose dial method is PBX are called by the server through the
configured driver (simulator, Asterisk AMI, FreeSWITCH ESL, Yeastar); the driver's events come
back through `apply_event`. Staff with a desk recording box or SIM box dial from the browser
through the vendor's local agent; the page reports the agent's events to `report_desk_event`
and the agent uploads the recording with a signed URL (`save_recording`). Staff with the browser
softphone (网络电话) dial from the page too, registered on the PBX with their own extension
(`softphone_config`); the page reports the SIP call's events the same way, and the PBX keeps
the recording, fetched like a PBX call's (`recording_of`). Either way the rules
(calling hours, deceased, do-not-contact, a daily cap per patient) are checked here, at dial
time, not only when the task was planned.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tortoise.transactions import in_transaction

from backend import phones
from backend.clock import SHANGHAI, now
from backend.models import CallRecord, FollowUpTask, InboundCall, Patient, Staff
from backend.models.choices import AuditAction, CallStatus, DialMethod
from backend.security import signing
from backend.security.crypto import blind_index, decrypt, encrypt, normalise_phone
from backend.security.masking import mask_phone
from backend.services import audit, hours, locks, patients
from backend.services.access import require
from backend.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from backend.services.principal import Principal
from backend.services.scope import get_visible, visible
from backend.settings import get_settings
from integrations.dialer.base import CallEvent, CallEventKind, Dialer, DialerError, HangupKind, OriginateRequest

log = logging.getLogger(__name__)
TERMINAL = frozenset({CallStatus.COMPLETED, CallStatus.NO_ANSWER, CallStatus.BUSY, CallStatus.FAILED})
_HANGUP_STATUS = {
    HangupKind.COMPLETED: CallStatus.COMPLETED,
    HangupKind.NO_ANSWER: CallStatus.NO_ANSWER,
    HangupKind.BUSY: CallStatus.BUSY,
    HangupKind.FAILED: CallStatus.FAILED,
}
UPLOAD_VALID = timedelta(days=3)  # desk agents retry uploads for a while after the call
MAX_RECORDING_BYTES = 50 * 1024 * 1024
RECORDING_PURPOSE = "call-recording"


@dataclass(frozen=True, slots=True)
class Number:
    """A number as a telephone system dials it: digits only, plus an extension to key in after."""

    dial: str
    extension: str = ""
    kind: str = "mobile"  # mobile | landline


def normalise_number(raw: str, *, local_area_code: str = "") -> Number:
    """What the driver dials for a number as written (read by `backend.phones`, the one parser).

    ``0571-87654321-803`` → dial 057187654321, extension 803; ``+86 138 0013 8000`` → 13800138000.
    Raises InvalidInput (Chinese, with the reason) for a number that cannot be read.
    """
    number = phones.parse(raw)
    if not number.valid:
        raise InvalidInput(f"电话号码无法识别：{_mask(raw)}（{number.reason}）", field="phone")
    return Number(number.dial(local_area_code), number.extension, number.kind)


def _mask(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    return digits[:3] + "****" + digits[-2:] if len(digits) > 6 else "***"


async def check_callable(patient: Patient, *, at: datetime | None = None) -> None:
    """Raise Conflict (Chinese) when this patient may not be called now."""
    settings = get_settings().dialer
    moment = at or now()
    if patient.deceased_at is not None:
        raise Conflict("患者已故，不可拨打")
    if patient.do_not_contact:
        reason = f"：{patient.do_not_contact_reason}" if patient.do_not_contact_reason else ""
        raise Conflict(f"患者已设置拒绝联系{reason}")
    if not hours.within(settings.calling_hours, moment):
        raise Conflict(f"当前不在允许拨打时段（{settings.calling_hours}）")
    day_start = datetime.combine(moment.astimezone(SHANGHAI).date(), datetime.min.time(), tzinfo=SHANGHAI)
    attempts = await CallRecord.filter(patient_id=patient.id, started_at__gte=day_start).count()
    if attempts >= settings.daily_attempts_per_patient:
        raise Conflict(f"今日已拨打该患者 {attempts} 次，达到每日上限（{settings.daily_attempts_per_patient} 次）")


@dataclass(frozen=True, slots=True)
class DialStart:
    """What the staff page needs after starting a call."""

    record: CallRecord
    method: DialMethod
    number: str | None = None  # only for desk agents, which dial from the staff PC
    agent_url: str | None = None
    upload_url: str | None = None


async def start_call(principal: Principal, task_id: int) -> DialStart:
    """Dial the patient of a task for the signed-in staff member (one CallRecord per attempt)."""
    task = await get_visible(FollowUpTask, principal, task_id)
    await task.fetch_related("patient")
    if not (principal.can("followup:execute") or principal.can("survey:execute")):
        raise PermissionDenied("没有权限：执行随访")
    staff = await Staff.get(id=principal.staff_id)
    patient = task.patient
    await check_callable(patient)  # early, for a clear refusal; checked again under the lock below
    numbers = patients.phone_numbers(patient)
    if not numbers:
        raise Conflict("患者没有登记电话号码")
    if patient.phone_invalid_at is not None:
        raise Conflict("该号码已被判定为无效号码，请核实后更新")
    usable = phones.first(numbers)
    if usable is None:
        raise Conflict(f"患者登记的电话号码无法识别（{numbers[0].reason}），请核实后更新")
    number = Number(usable.dial(get_settings().dialer.local_area_code or ""), usable.extension, usable.kind)
    method = staff.dial_method
    if method in (DialMethod.PBX, DialMethod.WEBRTC) and not staff.phone_extension.strip():
        raise Conflict("您的账号未设置分机号，请联系管理员在员工维护中设置")
    if method is DialMethod.WEBRTC:
        _softphone_settings(staff)  # refuses before an attempt is counted when it cannot work
    call_id = str(uuid.uuid4())  # also the FreeSWITCH origination_uuid, which must be a UUID
    driver = get_settings().dialer.driver if method is DialMethod.PBX else method.value
    # The daily cap is counted and the attempt recorded under a lock on the patient's row, so
    # fifty clicks at once make at most the cap's calls (a count then an insert let five through).
    async with _patient_lock(patient.id):
        await check_callable(patient)
        record = await CallRecord.create(
            task=task,
            patient=patient,
            staff=staff,
            driver=driver,
            provider_call_id=call_id,
            number_cipher=encrypt(number.dial + (f"-{number.extension}" if number.extension else "")),
            extension=staff.phone_extension,
            status=CallStatus.INITIATED,
            started_at=now(),
        )
        await audit.record(AuditAction.CREATE, actor=principal, resource=record, summary=f"拨打患者 {patient.name}")
    if method is DialMethod.PBX:
        request = OriginateRequest(
            call_id=call_id,
            staff_endpoint=staff.phone_extension,
            number=number.dial,
            caller_id=get_settings().dialer.caller_id or "",
            # a landline's extension is keyed in after the answer (DTMF), by the driver or the staff member
            variables={"followup_task_id": str(task.id), "followup_call_record": str(record.id)}
            | ({"patient_extension": number.extension} if number.extension else {}),
        )
        try:
            driver = await dialer()
            await driver.originate(request)
        except DialerError as exc:
            await _finish(record, CallStatus.FAILED, cause=str(exc)[:64])
            raise Conflict(f"拨号失败：{exc}") from exc
        pbx_call_id = getattr(driver, "pbx_call_id", None)
        if callable(pbx_call_id) and (ref := pbx_call_id(call_id)):
            # a PBX with ids of its own (Yeastar): kept so any web process can match its webhooks
            record.pbx_ref = str(ref)[:64]
            await record.save(update_fields=["pbx_ref", "updated_at"])
        return DialStart(record, method)
    # desk agents, the softphone and staff dialling by hand need the number itself on the page:
    # audited as an unmask
    await audit.record(
        AuditAction.UNMASK,
        actor=principal,
        resource=patient,
        summary=_UNMASK_SUMMARY.get(method, "桌面设备拨号：向本机拨号程序提供号码"),
    )
    if method is DialMethod.MANUAL:
        return DialStart(record, method, number=number.dial + (f" 转 {number.extension}" if number.extension else ""))
    if method is DialMethod.WEBRTC:
        # the browser INVITEs this number at the PBX, which routes it to the trunk as it does for
        # PBX calls; a landline's extension is keyed in by the staff member after the answer
        return DialStart(record, method, number=number.dial)
    settings = get_settings().dialer
    token = signing.sign(RECORDING_PURPOSE, call_id, now() + UPLOAD_VALID)
    return DialStart(
        record,
        method,
        number=number.dial,
        agent_url=settings.runpu_agent_url if method is DialMethod.RUNPU else settings.simbox_agent_url,
        upload_url=f"/api/v1/calls/{call_id}/recording?token={token}",
    )


async def server_dials_for(principal: Principal) -> bool:
    """Whether the server can place this staff member's calls through the PBX (their extension
    rings first, then the patient): dial method PBX and an extension set. The H5 app offers
    通过座机/分机拨打 only then; `start_call` refuses the others with the reason."""
    if not (principal.can("followup:execute") or principal.can("survey:execute")):
        return False
    staff = await Staff.get_or_none(id=principal.staff_id)
    return staff is not None and staff.dial_method is DialMethod.PBX and bool(staff.phone_extension.strip())


_UNMASK_SUMMARY = {
    DialMethod.MANUAL: "手工拨号：显示号码",
    DialMethod.WEBRTC: "网络电话拨号：向浏览器软电话提供号码",
}


# --- the browser softphone (网络电话) -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SoftphoneConfig:
    """What the signed-in staff member's browser needs to register their extension on the PBX."""

    ws_url: str
    domain: str
    extension: str
    password: str
    display_name: str
    ring_seconds: int


def _softphone_settings(staff: Staff) -> tuple[str, str, str]:
    settings = get_settings().dialer
    if not settings.softphone_ws_url or not settings.softphone_domain:
        raise Conflict("网络电话尚未配置：请信息科设置电话交换机的 WebSocket 地址（DIALER__SOFTPHONE_WS_URL）和 SIP 域")
    password = decrypt(staff.sip_password_cipher) if staff.sip_password_cipher else ""
    if not password:
        raise Conflict("您的账号未设置分机密码，请联系管理员在员工维护中设置")
    return settings.softphone_ws_url, settings.softphone_domain, password


async def softphone_config(principal: Principal) -> SoftphoneConfig | None:
    """The softphone settings of the caller's own extension, or None when they dial another way.

    The SIP password is decrypted for its owner only (the browser must answer the PBX's digest
    challenge itself); no list or detail of staff ever carries it.
    """
    if not (principal.can("followup:execute") or principal.can("survey:execute")):
        raise PermissionDenied("没有权限：执行随访")
    staff = await Staff.get(id=principal.staff_id)
    if staff.dial_method is not DialMethod.WEBRTC:
        return None
    if not staff.phone_extension.strip():
        raise Conflict("您的账号未设置分机号，请联系管理员在员工维护中设置")
    ws_url, domain, password = _softphone_settings(staff)
    return SoftphoneConfig(
        ws_url=ws_url,
        domain=domain,
        extension=staff.phone_extension.strip(),
        password=password,
        display_name=staff.name,
        ring_seconds=get_settings().dialer.softphone_ring_seconds,
    )


# How a softphone call ended, as the page reports it (softphone.js): the SIP status the PBX or
# the far end answered, or what happened in the browser; each with the Q.850 cause the call
# record keeps (RFC 3398's mapping), so 通话记录 shows it with the labels of PBX calls.
_SIP_BUSY = {"486", "600"}
_SIP_NO_ANSWER = {"408", "480", "487"}
_SIP_CAUSES = {"404": "1", "484": "28", "403": "21", "603": "21", "486": "17", "600": "17", "408": "102"}


def softphone_hangup(cause: str, *, answered: bool) -> tuple[HangupKind, str]:
    """The outcome and Q.850 cause of a softphone call that ended with `cause` (see above)."""
    if answered:
        # either side hung up, or the connection broke while talking: the talk happened
        return HangupKind.COMPLETED, "38" if cause == "ws_dropped" else "16"
    status = cause.removeprefix("sip:")
    if status in _SIP_BUSY:
        return HangupKind.BUSY, "17"
    if status in _SIP_NO_ANSWER or cause in ("no_answer", "cancelled"):
        return HangupKind.NO_ANSWER, "19"
    if cause == "ws_dropped":
        return HangupKind.FAILED, "38"
    if status.isdigit():
        return HangupKind.FAILED, _SIP_CAUSES.get(status, "41" if status.startswith("5") else "127")
    return HangupKind.FAILED, "41"


@asynccontextmanager
async def _patient_lock(patient_id: int) -> AsyncIterator[None]:
    """One dial of a patient at a time, for the cap check and the new call record."""
    async with locks.row(Patient, patient_id) as held:
        if not held:
            raise Conflict("该患者正在拨号中，请稍后再试")
        yield


async def _finish(record: CallRecord, status: CallStatus, *, cause: str = "") -> None:
    record.status = status
    record.ended_at = now()
    record.hangup_cause = cause
    await record.save(update_fields=["status", "ended_at", "hangup_cause", "updated_at"])


async def apply_event(event: CallEvent) -> CallRecord | None:
    """Apply one call event to its record. Idempotent, and tolerant of events out of order."""
    if event.kind is CallEventKind.INBOUND:
        await ring(event)
        return None
    async with in_transaction():
        record = await CallRecord.filter(provider_call_id=event.call_id).select_for_update().first()
        if record is None:
            return None  # a call we did not place (e.g. an inbound call on a shared PBX)
        fields: set[str] = set()
        if event.kind is CallEventKind.RINGING and record.status is CallStatus.INITIATED:
            record.status = CallStatus.RINGING
            fields.add("status")
        elif event.kind is CallEventKind.ANSWERED and record.status in (CallStatus.INITIATED, CallStatus.RINGING):
            record.status, record.answered_at = CallStatus.ANSWERED, event.at
            fields |= {"status", "answered_at"}
        elif event.kind is CallEventKind.HANGUP and record.status not in TERMINAL:
            kind = event.hangup or (HangupKind.COMPLETED if record.answered_at else HangupKind.NO_ANSWER)
            record.status = _HANGUP_STATUS[kind]
            record.ended_at = event.at
            record.hangup_cause = event.cause[:64]
            if event.duration_seconds is not None:
                record.duration_seconds = max(0, event.duration_seconds)
            elif record.answered_at is not None:
                record.duration_seconds = max(0, int((event.at - record.answered_at).total_seconds()))
            fields |= {"status", "ended_at", "hangup_cause", "duration_seconds"}
        if event.recording_ref and not record.recording_ref:
            record.recording_ref = event.recording_ref[:255]
            fields.add("recording_ref")
        if fields:
            await record.save(update_fields=[*fields, "updated_at"])
        return record


# --- inbound calls (来电弹屏) ------------------------------------------------------------------

INBOUND_SHOWN = timedelta(seconds=60)  # a page that polls later than this no longer pops the call


async def ring(event: CallEvent) -> InboundCall:
    """A call from outside rings a staff extension: keep who called (matched to patients by the
    exact blind index of the number) and whose extension rang, for that staff member's page."""
    # digits as the patient numbers are indexed; a withheld number matches nobody: 未知来电
    caller = normalise_phone(event.caller)
    index = blind_index("phone", caller) if caller else None
    patients = await Patient.filter(phone_index=index).order_by("id").values_list("id", flat=True) if index else []
    extension = event.extension.strip()[:32]
    pbx_call_id = event.call_id[:128]
    known = await InboundCall.get_or_none(pbx_call_id=pbx_call_id, extension=extension) if pbx_call_id else None
    if known is not None:
        return known  # the PBX reported the same ringing again (another web process, a webhook retry)
    staff = await Staff.filter(phone_extension=extension, is_active=True).first() if extension else None
    return await InboundCall.create(
        pbx_call_id=pbx_call_id,
        caller_cipher=encrypt(caller) or "",
        extension=extension,
        staff=staff,
        patient_ids=list(patients),
        rang_at=event.at,
    )


async def inbound_calls(principal: Principal, *, after: int) -> tuple[int, list[dict[str, Any]]]:
    """The calls that rang the caller's extension after call `after` (within the last minute), each
    with the number masked and the patients it matched that the caller may see; and the last id.
    Only for staff who may read patient data (administrators get no screen pop)."""
    require(principal, "patient:read")
    mine = InboundCall.filter(staff_id=principal.staff_id)
    newest = await mine.order_by("-id").first()
    last = newest.id if newest else 0
    calls = await mine.filter(id__gt=after, rang_at__gte=now() - INBOUND_SHOWN).order_by("id")
    return last, [await _inbound(principal, call) for call in calls]


async def inbound_call(principal: Principal, inbound_id: int) -> dict[str, Any]:
    """One call that rang the caller's own extension (the screen pop's content)."""
    call = await InboundCall.get_or_none(id=inbound_id, staff_id=principal.staff_id)
    if call is None:
        raise NotFound("来电不存在")
    return await _inbound(principal, call)


async def _inbound(principal: Principal, call: InboundCall) -> dict[str, Any]:
    patients: list[dict[str, Any]] = []
    if principal.can("patient:read"):
        shown = visible(Patient, principal).filter(id__in=list(call.patient_ids or [])).order_by("id")
        patients = [{"id": key, "name": name} for key, name in await shown.values_list("id", "name")]
    return {
        "id": call.id,
        "number": mask_phone(decrypt(call.caller_cipher)) or "号码未知",
        "rang_at": call.rang_at,
        "patients": patients,
    }


async def simulate_inbound(principal: Principal, *, caller: str, extension: str) -> str:
    """The simulator rings `extension` from `caller` (demos and tests; never in production)."""
    from integrations.dialer.simulator import SimulatorDialer

    settings = get_settings()
    if settings.env == "production":
        raise PermissionDenied("生产环境不能模拟来电")
    driver = await dialer()
    if not isinstance(driver, SimulatorDialer):
        raise Conflict("当前呼叫驱动不是模拟器，不能模拟来电")
    await audit.record(
        AuditAction.CREATE, actor=principal, resource_type="inbound_call", summary=f"模拟来电：分机 {extension}"
    )
    return await driver.ring(caller, extension)


async def get_call(principal: Principal, call_id: str) -> CallRecord:
    require(principal, "followup:read")
    record = await visible(CallRecord, principal).filter(provider_call_id=call_id).first()
    if record is None:
        raise NotFound("通话记录不存在")
    return record


async def hang_up(principal: Principal, call_id: str) -> CallRecord:
    """Ask the PBX to end a call the signed-in staff member placed (best effort)."""
    record = await get_call(principal, call_id)
    if record.staff_id != principal.staff_id:
        raise PermissionDenied("只能挂断本人发起的通话")
    if record.status not in TERMINAL and record.driver == get_settings().dialer.driver:
        try:
            await (await dialer()).hangup(call_id)
        except DialerError as exc:
            raise Conflict(f"挂断失败：{exc}") from exc
    return record


async def report_desk_event(
    principal: Principal,
    call_id: str,
    *,
    kind: CallEventKind,
    at: datetime | None = None,
    duration_seconds: int | None = None,
    cause: str = "",
) -> CallRecord:
    """An event of a desk-agent call, reported by the page of the staff member who dialled."""
    record = await get_call(principal, call_id)
    if record.staff_id != principal.staff_id:
        raise PermissionDenied("只能上报本人发起的通话")
    if record.driver not in _BROWSER_REPORTED:
        raise Conflict("服务器呼叫的通话状态由交换机上报")
    moment = at.astimezone(SHANGHAI) if at and at.tzinfo else (at.replace(tzinfo=SHANGHAI) if at else now())
    hangup = None
    recording = ""
    if record.driver == DialMethod.WEBRTC.value and kind is CallEventKind.HANGUP:
        hangup, cause = softphone_hangup(cause, answered=record.answered_at is not None)
        if hangup is HangupKind.COMPLETED:
            # the PBX records the call under our call id: fetched on first playback, as PBX calls are
            recording = get_settings().dialer.softphone_recording_name.format(call_id=call_id)
    elif kind is CallEventKind.HANGUP:
        lowered = cause.lower()
        if "busy" in lowered or "占线" in cause:
            hangup = HangupKind.BUSY
        elif record.answered_at is not None or (duration_seconds or 0) > 0:
            hangup = HangupKind.COMPLETED
        else:
            hangup = HangupKind.NO_ANSWER
    updated = await apply_event(
        CallEvent(
            call_id=call_id,
            kind=kind,
            at=moment,
            hangup=hangup,
            cause=cause,
            duration_seconds=duration_seconds,
            recording_ref=recording,
        )
    )
    assert updated is not None
    return updated


# calls whose events the staff member's page reports (the PBX reports the others)
_BROWSER_REPORTED = frozenset(
    method.value for method in (DialMethod.RUNPU, DialMethod.SIMBOX, DialMethod.MANUAL, DialMethod.WEBRTC)
)

# recording file types kept, with the media type they are played as
RECORDING_TYPES = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".amr": "audio/amr"}


def _recordings_dir() -> Path:
    return Path(get_settings().dialer.recordings_dir)


async def save_recording(call_id: str, token: str, data: bytes, filename: str) -> CallRecord:
    """Store a recording uploaded by a desk agent with the signed URL it was given. Idempotent."""
    try:
        subject = signing.verify(RECORDING_PURPOSE, token, at=now())
    except signing.BadToken as exc:
        raise PermissionDenied(f"录音上传{exc}") from exc
    if subject != call_id:
        raise PermissionDenied("录音上传链接与通话不符")
    if not data:
        raise InvalidInput("录音文件为空", field="file")
    if len(data) > MAX_RECORDING_BYTES:
        raise InvalidInput("录音文件过大（上限 50 MB）", field="file")
    record = await CallRecord.get_or_none(provider_call_id=call_id)
    if record is None:
        raise NotFound("通话记录不存在")
    record.recording_ref = await _keep(record, filename, data)
    await record.save(update_fields=["recording_ref", "updated_at"])
    return record


async def _keep(record: CallRecord, name: str, data: bytes) -> str:
    """Write a call's recording under recordings/<YYYYMM>/<call id>.<type>; returns its file: ref."""
    suffix = Path(name).suffix.lower()
    suffix = suffix if suffix in RECORDING_TYPES else ".wav"
    relative = Path(record.started_at.astimezone(SHANGHAI).strftime("%Y%m")) / f"{record.provider_call_id}{suffix}"
    await asyncio.to_thread(_write, _recordings_dir() / relative, data)
    return f"file:{relative.as_posix()}"


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    partial.write_bytes(data)
    partial.replace(target)  # a reader never sees half a file; a re-upload replaces it


async def recording_of(principal: Principal, call_id: str) -> Path:
    """The file of a call's recording, for playback by someone who may see the call (audited).

    Desk-agent uploads are already here. A PBX names a file on its own disk: it is fetched once
    from DIALER__RECORDINGS_URL (the PBX's recordings published over HTTP) and kept here. The
    simulator's calls play a short generated tone so the demo shows the player working.
    """
    record = await get_call(principal, call_id)
    ref = record.recording_ref
    if not ref:
        raise NotFound("该通话没有录音")
    if not ref.startswith("file:"):
        record.recording_ref = ref = await _fetch_recording(record, ref)
        await record.save(update_fields=["recording_ref", "updated_at"])
    path = (_recordings_dir() / ref.removeprefix("file:")).resolve()
    if _recordings_dir().resolve() not in path.parents or not path.is_file():
        raise NotFound("录音文件不存在")
    await audit.record(AuditAction.EXPORT, actor=principal, resource=record, summary="播放通话录音")
    return path


async def _fetch_recording(record: CallRecord, ref: str) -> str:
    """Bring a PBX (or simulator) recording into the recordings folder; returns its file: ref."""
    import httpx

    name = Path(ref.split("?")[0]).name or f"{record.provider_call_id}.wav"
    if ref.startswith("sim://"):
        data = _tone_wav(record.duration_seconds)  # as long as the simulated call talked
    else:
        base = get_settings().dialer.recordings_url
        if not base:
            raise NotFound("录音保存在电话交换机上：请配置 DIALER__RECORDINGS_URL 以便播放")
        url = f"{base.rstrip('/')}/{quote(name)}"
        try:
            async with httpx.AsyncClient(timeout=30, trust_env=False) as client:
                response = await client.get(url)
        except httpx.HTTPError as exc:
            raise Conflict(f"无法从电话交换机获取录音：{exc}") from exc
        if response.status_code != 200 or not response.content:
            raise NotFound(f"电话交换机上没有该录音（HTTP {response.status_code}）")
        data = response.content
    return await _keep(record, name, data)


def _tone_wav(seconds: float, rate: int = 8000) -> bytes:
    """A quiet 440 Hz tone as 8 kHz 16-bit mono WAV: the simulator's stand-in recording."""
    import io
    import math
    import struct
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = (int(3000 * math.sin(2 * math.pi * 440 * n / rate)) for n in range(int(seconds * rate)))
        out.writeframes(b"".join(struct.pack("<h", f) for f in frames))
    return buffer.getvalue()


# --- the server-side driver, one per process, started on first use -------------------------

_dialer: Dialer | None = None
_dialer_lock = asyncio.Lock()


async def dialer() -> Dialer:
    global _dialer
    async with _dialer_lock:
        if _dialer is not None and not _dialer.connected:
            # the PBX connection dropped (restart, network): a fresh one for this call
            log.warning("dialer %s disconnected; reconnecting", _dialer.name)
            await _dialer.close()
            _dialer = None
        if _dialer is None:
            from integrations.dialer.factory import build_dialer

            candidate = build_dialer(get_settings().dialer, clock=now)
            await candidate.start(_on_event)
            _dialer = candidate
        return _dialer


async def _on_event(event: CallEvent) -> None:
    await apply_event(event)


async def apply_yeastar_webhook(body: dict[str, Any]) -> int:
    """Events of a Yeastar webhook; calls placed by another web process are matched by pbx_ref."""
    from integrations.dialer.yeastar import YeastarDialer

    driver = await dialer()
    if not isinstance(driver, YeastarDialer):
        raise InvalidInput("当前未启用 Yeastar 呼叫驱动")
    events = driver.parse_webhook(body)
    for pbx_id in driver.held_pbx_ids():
        record = await CallRecord.get_or_none(pbx_ref=pbx_id)
        if record is not None and record.provider_call_id:
            events.extend(driver.remember(pbx_id, record.provider_call_id, staff=record.extension))
    applied = 0
    for event in events:
        applied += (await apply_event(event)) is not None
    return applied


def set_dialer(driver: Dialer | None) -> None:
    """Use a driver the caller has already started (tests, and the desk-only sites' simulator)."""
    global _dialer
    _dialer = driver


async def close_dialer() -> None:
    global _dialer
    async with _dialer_lock:
        if _dialer is not None:
            await _dialer.close()
            _dialer = None
