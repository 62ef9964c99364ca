"""SMS (短信): one message per dedupe key, sent at most once; campaigns; receipts; replies.

Aliyun's SendSms is not idempotent, so the rule is: the SmsMessage row (unique `dedupe_key`,
sent as OutId) exists before anything is sent; a worker leases the row and counts the attempt
*before* calling the provider; and an attempt that follows an earlier one whose fate is unknown
(a crash between send and save, a timeout) first asks the provider whether that OutId already
went out (QuerySendDetails) and only sends when it did not. A message is therefore never sent
twice for one key, even across worker crashes and timeouts.

Eligibility (deceased, do-not-contact, an invalid number), sending hours and the per-number daily
cap are checked when the message is about to leave, not when it was planned.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q, Subquery
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from backend import phones
from backend.clock import SHANGHAI, local_text, now
from backend.models import Admission, FollowUpTask, Patient, SmsBatch, SmsMessage, SmsReply, SmsTemplate
from backend.models.choices import AuditAction, ExchangeKind, SmsBatchStatus, SmsCategory, SmsStatus
from backend.security.crypto import blind_index, decrypt, encrypt, normalise_phone
from backend.security.masking import mask_phone
from backend.services import audit, followup_rules, hours, notices, patients
from backend.services.access import require
from backend.services.admissions import start_of_day
from backend.services.errors import Conflict, InvalidInput
from backend.services.pagination import paginate
from backend.services.principal import Principal
from backend.services.scope import get_visible, visible
from backend.settings import get_settings
from integrations.sms.base import DeliveryReport, InboundSms, SendVerdict, SmsGateway, SmsQueryError, SmsSend

LEASE = timedelta(minutes=2)  # longer than any send (timeout) so a live worker is never overtaken
MAX_ATTEMPTS = 6
OPT_OUT_WORDS = frozenset({"TD", "T", "N", "退订", "0000"})
_VARIABLE = re.compile(r"\$\{(\w+)\}")

_URL = re.compile(r"https?://|www\.|\.(com|cn|net)\b", re.IGNORECASE)


def template_variables(content: str) -> list[str]:
    return list(dict.fromkeys(_VARIABLE.findall(content)))


# Filled for each patient by params_for: a campaign never asks for them.
PER_PATIENT_VARIABLES = ("name", "hospital")
# A template variable as the composers name it (an unknown one shows as itself).
VARIABLE_LABELS = {
    "name": "患者姓名",
    "hospital": "医院名称",
    "date": "日期",
    "time": "时间",
    "place": "地点",
    "address": "地址",
    "topic": "主题",
    "title": "标题",
    "department": "科室",
    "dept": "科室",
    "doctor": "医生",
    "phone": "联系电话",
    "code": "问卷码",
}
# Categories a patient campaign (短信群发) may use: notices meant for patients.
CAMPAIGN_CATEGORIES = frozenset(
    {SmsCategory.FREE_CLINIC, SmsCategory.MEDICATION, SmsCategory.RECHECK, SmsCategory.LECTURE, SmsCategory.FOLLOWUP}
)


def variable_label(name: str) -> str:
    return VARIABLE_LABELS.get(name, name)


def for_campaigns(template: SmsTemplate) -> bool:
    """Whether a campaign to patients may use this template: a patient-facing category, and not
    one the system sends itself (the administrator alert; the questionnaire link, whose code is
    made per patient and task)."""
    sms_settings = get_settings().sms
    return template.category in CAMPAIGN_CATEGORIES and template.code not in (
        sms_settings.alert_template,
        sms_settings.h5_template,
    )


def example_text(template: SmsTemplate, params: dict[str, str] | None = None) -> str:
    """The text a patient would get, with an example patient (张三) and the hospital's name; a
    variable not given yet shows as 〔its label〕, never as a raw ${name}."""
    values = {"name": "张三", "hospital": get_settings().hospital_name}
    values |= {k: v for k, v in (params or {}).items() if str(v).strip()}
    return _VARIABLE.sub(lambda m: values.get(m.group(1), f"〔{variable_label(m.group(1))}〕"), template.content)


def sending_hours_note(pending: int, at: datetime | None = None) -> str:
    """Why messages wait, when they do: 当前不在短信发送时段（08:00–21:00），N 条将于 HH:MM 起发送.
    Empty inside the sending hours or with nothing waiting. The one wording both composers use."""
    spec = get_settings().sms.sending_hours
    moment = at or now()
    if pending <= 0 or hours.within(spec, moment):
        return ""
    windows = "、".join(f"{a.strftime('%H:%M')}–{b.strftime('%H:%M')}" for a, b in hours.parse(spec))
    opens = hours.next_open(spec, moment).astimezone(SHANGHAI)
    day = "" if opens.date() == moment.astimezone(SHANGHAI).date() else "明日 "
    return f"当前不在短信发送时段（{windows}），{pending} 条将于 {day}{opens.strftime('%H:%M')} 起发送"


def render(content: str, params: dict[str, str]) -> str:
    return _VARIABLE.sub(lambda m: params.get(m.group(1), m.group(0)), content)


def _check_params(template: SmsTemplate, params: dict[str, Any]) -> dict[str, str]:
    missing = [v for v in template_variables(template.content) if not str(params.get(v, "")).strip()]
    if missing:
        raise InvalidInput(f"短信模板「{template.name}」缺少变量：{', '.join(missing)}", field="params")
    linked = [k for k, v in params.items() if _URL.search(str(v))]
    if linked:
        # Aliyun refuses links in variables (isv.PARAM_NOT_SUPPORT_URL): a link belongs in the
        # approved template text, with only a code in a variable (as the H5 questionnaire link does)
        raise InvalidInput(f"短信变量中不能含网址：{', '.join(linked)}", field="params")
    # Aliyun limits a variable to 35 characters (long names are cut, not rejected later)
    return {k: str(v)[:35] for k, v in params.items() if k in template_variables(template.content)}


async def enqueue(
    *,
    dedupe_key: str,
    patient: Patient | None,
    template: SmsTemplate,
    params: dict[str, Any],
    batch: SmsBatch | None = None,
    task: FollowUpTask | None = None,
    not_before: datetime | None = None,
    phone: str | None = None,
) -> SmsMessage:
    """The message for this key, created once (a second call returns the first message).

    It goes to the patient's phone, or to `phone` for a message to staff (an administrator alert).
    """
    existing = await SmsMessage.get_or_none(dedupe_key=dedupe_key)
    if existing is not None:
        return existing
    phone, error = _mobile_of(phone, patient)
    status = SmsStatus.SKIPPED if error else SmsStatus.PENDING
    try:
        return await SmsMessage.create(
            dedupe_key=dedupe_key[:128],
            batch=batch,
            task=task,
            patient=patient,
            template=template,
            phone_cipher=encrypt(phone) or "",
            phone_index=blind_index("phone", phone) or "",
            params=_check_params(template, params),
            status=status,
            error_message=error,
            next_attempt_at=not_before,
        )
    except IntegrityError:
        # another worker created it between our read and our insert
        return await SmsMessage.get(dedupe_key=dedupe_key)


def _mobile_of(phone: str | None, patient: Patient | None) -> tuple[str, str]:
    """The mobile a message goes to (the given number, else the patient's first mobile), and why
    there is none: SMS reaches mobiles only, so a landline is a clear refusal, not a send."""
    numbers = phones.parse_all(phone) if phone else (patients.phone_numbers(patient) if patient else [])
    mobile = phones.first(numbers, mobile=True)
    if mobile is not None:
        return mobile.number, ""
    usable = phones.first(numbers)
    if usable is not None:
        return usable.text, "只登记了固定电话，无法接收短信"
    if numbers:
        return numbers[0].raw, f"电话号码无法识别（{numbers[0].reason}）"
    return "", "无有效手机号"


def _day_start(moment: datetime) -> datetime:
    return start_of_day(moment.astimezone(SHANGHAI).date())


async def _skip_reason(message: SmsMessage) -> str | None:
    patient = await Patient.get_or_none(id=message.patient_id) if message.patient_id else None
    if patient is None:
        return None
    if patient.deceased_at is not None:
        return "患者已故"
    if patient.do_not_contact:
        return "患者拒绝联系"
    if patient.phone_invalid_at is not None:
        return "号码已判定无效"
    return None


def _backoff(attempts: int) -> timedelta:
    """5, 10, 20, 40 ... minutes, at most 6 hours: flow control is per number and per hour."""
    return min(timedelta(minutes=5 * 2 ** max(0, attempts - 1)), timedelta(hours=6))


@dataclass(frozen=True, slots=True)
class Outcome:
    status: SmsStatus
    sent_now: bool = False  # this call reached the provider with a send


async def send_message(message_id: int, *, gateway: SmsGateway | None = None) -> Outcome:
    """Send one message if it is due, eligible and not already sent. The body of the sms_send job."""
    settings = get_settings().sms
    message = await SmsMessage.get_or_none(id=message_id)
    if message is None or message.status is not SmsStatus.PENDING:
        return Outcome(message.status if message else SmsStatus.SKIPPED)
    moment = now()
    if message.next_attempt_at is not None and message.next_attempt_at > moment:
        return Outcome(SmsStatus.PENDING)
    reason = await _skip_reason(message)
    if reason is not None:
        await SmsMessage.filter(id=message.id, status=SmsStatus.PENDING).update(
            status=SmsStatus.SKIPPED, error_message=reason, updated_at=moment
        )
        return Outcome(SmsStatus.SKIPPED)
    opens = hours.next_open(settings.sending_hours, moment)
    if opens > moment:
        await SmsMessage.filter(id=message.id).update(next_attempt_at=opens, updated_at=moment)
        return Outcome(SmsStatus.PENDING)
    sent_today = await SmsMessage.filter(
        # a message handed to the edge is on its way: it counts as sent today
        Q(status__in=(SmsStatus.SUBMITTED, SmsStatus.DELIVERED), submitted_at__gte=_day_start(moment))
        | Q(status=SmsStatus.QUEUED),
        phone_index=message.phone_index,
    ).count()
    if sent_today >= settings.daily_cap_per_number:
        tomorrow = _day_start(moment) + timedelta(days=1)
        await SmsMessage.filter(id=message.id).update(
            next_attempt_at=hours.next_open(settings.sending_hours, tomorrow),
            error_message=f"该号码今日已达发送上限（{settings.daily_cap_per_number} 条），顺延至次日",
            updated_at=moment,
        )
        return Outcome(SmsStatus.PENDING)
    if settings.send_via == "edge":
        return await _hand_to_edge(message, moment)
    # Lease the row and count the attempt before the outside call.
    previous_attempt = message.last_attempt_at
    claimed = await SmsMessage.filter(
        Q(id=message.id, status=SmsStatus.PENDING, attempts=message.attempts)
        & (Q(lease_until__isnull=True) | Q(lease_until__lt=moment))
    ).update(lease_until=moment + LEASE, attempts=F("attempts") + 1, last_attempt_at=moment, updated_at=moment)
    if not claimed:
        return Outcome(SmsStatus.PENDING)  # another worker holds it
    message.attempts += 1
    gateway = gateway or sms_gateway()
    phone = decrypt(message.phone_cipher) or ""
    if message.attempts > 1 and previous_attempt is not None:
        try:
            found = await gateway.find_sent(phone, message.dedupe_key, previous_attempt.astimezone(SHANGHAI).date())
        except SmsQueryError as exc:
            # we cannot tell whether the earlier attempt went out: ask again later, never resend blindly
            await SmsMessage.filter(
                id=message.id
            ).update(
                lease_until=None,
                attempts=F("attempts") - 1,
                last_attempt_at=previous_attempt,  # the send we are asking about, not this query
                next_attempt_at=moment + timedelta(minutes=1),
                error_message=f"查询发送记录失败，稍后重试：{exc}"[:255],
                updated_at=moment,
            )
            return Outcome(SmsStatus.PENDING)
        if found is not None:
            await _mark_submitted(message, found.biz_id, previous_attempt)
            if found.delivered is not None:
                await apply_reports([found])
            return Outcome(SmsStatus.SUBMITTED)
    template = await SmsTemplate.get(id=message.template_id)
    result = await gateway.send(
        SmsSend(
            phone=phone,
            sign_name=template.sign_name,
            template_code=template.provider_template_code,
            params=message.params,
            out_id=message.dedupe_key,
            content=render(template.content, message.params),
        )
    )
    return await _apply_result(message, result.verdict, result.biz_id, result.code, result.message)


async def _hand_to_edge(message: SmsMessage, moment: datetime) -> Outcome:
    """SMS__SEND_VIA=edge: the message leaves through the extranet edge, which alone reaches the
    provider. The attempt is counted and the request queued for the edge in one transaction, so
    a crash leaves either both or neither; the edge sends each (message, attempt) once and its
    verdict comes back through `apply_edge_result`."""
    from backend.services import exchange

    template = await SmsTemplate.get(id=message.template_id)
    attempt = message.attempts + 1
    async with in_transaction():
        claimed = await SmsMessage.filter(
            Q(id=message.id, status=SmsStatus.PENDING, attempts=message.attempts)
            & (Q(lease_until__isnull=True) | Q(lease_until__lt=moment))
        ).update(
            status=SmsStatus.QUEUED,
            attempts=attempt,
            last_attempt_at=moment,
            lease_until=None,
            error_code="",
            error_message="",
            updated_at=moment,
        )
        if not claimed:
            return Outcome(SmsStatus.PENDING)  # another worker holds it
        queued = await exchange.enqueue(
            ExchangeKind.SMS_SEND,
            {
                "out_id": message.dedupe_key,
                "attempt": attempt,
                "phone": decrypt(message.phone_cipher) or "",
                "sign_name": template.sign_name,
                "template_code": template.provider_template_code,
                "params": message.params,
                "content": render(template.content, message.params),
            },
        )
        if not queued:
            raise Conflict("SMS__SEND_VIA=edge 需要启用内外网交换（EXCHANGE__TRANSPORT）")
    return Outcome(SmsStatus.QUEUED)


async def apply_edge_result(
    *, out_id: str, attempt: int, verdict: SendVerdict, biz_id: str, code: str, text: str
) -> bool:
    """The edge's verdict on one attempt it sent: the message moves on exactly as after a direct
    send. A verdict for another attempt, or one already applied, changes nothing (False)."""
    message = await SmsMessage.get_or_none(dedupe_key=out_id)
    if message is None:
        raise InvalidInput(f"短信 {out_id} 不存在", field="out_id")
    if message.status is not SmsStatus.QUEUED or message.attempts != attempt:
        return False
    if verdict is SendVerdict.UNKNOWN:
        verdict = SendVerdict.RETRY_LATER  # the edge resolves its own timeouts; never expected here
    await _apply_result(message, verdict, biz_id, code, text)
    return True


async def _mark_submitted(message: SmsMessage, biz_id: str, at: datetime) -> None:
    await SmsMessage.filter(id=message.id, status__in=(SmsStatus.PENDING, SmsStatus.QUEUED)).update(
        status=SmsStatus.SUBMITTED,
        biz_id=biz_id or None,
        submitted_at=at,
        lease_until=None,
        error_code="",
        error_message="",
        updated_at=now(),
    )


async def _apply_result(message: SmsMessage, verdict: SendVerdict, biz_id: str, code: str, text: str) -> Outcome:
    moment = now()
    if verdict is SendVerdict.SUBMITTED:
        await _mark_submitted(message, biz_id, moment)
        return Outcome(SmsStatus.SUBMITTED, sent_now=True)
    common: dict[str, Any] = {"error_code": code[:64], "error_message": text[:255], "lease_until": None}
    if verdict in (SendVerdict.RETRY_LATER, SendVerdict.UNKNOWN) and message.attempts < MAX_ATTEMPTS:
        # UNKNOWN: the next attempt asks the provider first (attempts > 1), so it never resends blindly
        wait = _backoff(message.attempts) if verdict is SendVerdict.RETRY_LATER else timedelta(minutes=1)
        await SmsMessage.filter(id=message.id).update(
            status=SmsStatus.PENDING, next_attempt_at=moment + wait, updated_at=moment, **common
        )
        return Outcome(SmsStatus.PENDING, sent_now=verdict is SendVerdict.UNKNOWN)
    await SmsMessage.filter(id=message.id).update(status=SmsStatus.FAILED, updated_at=moment, **common)
    if verdict is SendVerdict.INVALID_NUMBER and message.patient_id:
        await Patient.filter(id=message.patient_id, phone_invalid_at__isnull=True).update(phone_invalid_at=moment)
    if verdict is SendVerdict.CONFIG_ERROR:
        await notices.raise_notice(
            "sms_config",
            "短信发送失败：短信服务配置有误",
            f"服务商返回 {code}：{text}。请检查账号、签名、模板与余额。",
            key=f"sms_config:{code}:{moment.date().isoformat()}",
            level="danger",
        )
    return Outcome(SmsStatus.FAILED, sent_now=verdict is not SendVerdict.INVALID_NUMBER or bool(code))


def due_messages(limit: int = 1000, *, with_attempts: bool = False, batch_id: int | None = None) -> Any:
    """Pending messages whose time has come and that no worker holds (ids, or (id, attempts))."""
    moment = now()
    query = SmsMessage.filter(status=SmsStatus.PENDING)
    if batch_id is not None:
        query = query.filter(batch_id=batch_id)
    return (
        query.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=moment))
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=moment))
        .order_by("id")
        .limit(limit)
        .values_list(*(("id", "attempts") if with_attempts else ("id",)), flat=not with_attempts)
    )


async def send_due(*, concurrency: int = 10, limit: int = 1000, batch_id: int | None = None) -> int:
    """Send what is due, a few at a time (the in-process path; arq fans out per message)."""
    ids: list[int] = list(await due_messages(limit, batch_id=batch_id))
    semaphore = asyncio.Semaphore(concurrency)

    async def one(message_id: int) -> None:
        async with semaphore:
            await send_message(message_id)

    await asyncio.gather(*(one(i) for i in ids))
    return len(ids)


# --- receipts and replies -------------------------------------------------------------------


async def receive_push(kind: str, body: bytes) -> int:
    """A provider push of delivery reports ("report") or replies ("reply"); ValueError if malformed."""
    gateway = sms_gateway()
    if kind == "report":
        return await apply_reports(gateway.parse_reports(body))
    return await apply_replies(gateway.parse_replies(body))


async def apply_reports(reports: list[DeliveryReport]) -> int:
    """Delivery receipts, by OutId (our key) or BizId. Idempotent; a late duplicate changes nothing."""
    changed = 0
    for report in reports:
        if report.delivered is None:
            continue
        query = (
            SmsMessage.filter(dedupe_key=report.out_id)
            if report.out_id
            else SmsMessage.filter(biz_id=report.biz_id.split("^")[0])
            if report.biz_id
            else None
        )
        if query is None:
            continue
        # a receipt may arrive before our own save of the send result: it also settles a pending row
        query = query.filter(status__in=(SmsStatus.PENDING, SmsStatus.QUEUED, SmsStatus.SUBMITTED))
        fields: dict[str, Any] = {"updated_at": now(), "lease_until": None}
        if report.biz_id:
            fields["biz_id"] = report.biz_id
        if report.delivered:
            fields |= {"status": SmsStatus.DELIVERED, "delivered_at": report.reported_at or now()}
        else:
            fields |= {
                "status": SmsStatus.FAILED,
                "error_code": report.code[:64],
                "error_message": (report.message or "运营商回执：发送失败")[:255],
            }
        changed += await query.update(**fields)
    return changed


async def poll_receipts(*, gateway: SmsGateway | None = None, limit: int = 500) -> int:
    """Ask the provider about submitted messages with no receipt after 10 minutes (pushes get lost)."""
    if get_settings().sms.send_via == "edge":
        return 0  # only the edge reaches the provider; its receipt pushes come through the exchange
    gateway = gateway or sms_gateway()
    moment = now()
    waiting = await SmsMessage.filter(
        status=SmsStatus.SUBMITTED,
        submitted_at__lte=moment - timedelta(minutes=10),
        submitted_at__gte=moment - timedelta(days=3),
    ).limit(limit)
    found: list[DeliveryReport] = []
    for message in waiting:
        assert message.submitted_at is not None
        try:
            report = await gateway.find_sent(
                decrypt(message.phone_cipher) or "",
                message.dedupe_key,
                message.submitted_at.astimezone(SHANGHAI).date(),
            )
        except SmsQueryError:
            break  # the provider is not answering: the next poll asks again
        if report is not None:
            found.append(report)
    # the simulator has no push: its receipts are collected here so the demo shows deliveries
    pending = getattr(gateway, "pending_reports", None)
    if callable(pending):
        found.extend(pending())
    return await apply_reports(found)


async def apply_replies(replies: list[InboundSms]) -> int:
    """Patient replies, linked to the patient by number; TD / 退订 sets do-not-contact. Idempotent."""
    stored = 0
    for reply in replies:
        phone = normalise_phone(reply.phone)
        index = blind_index("phone", phone) or ""
        provider_id = reply.sequence_id or f"{index[:32]}:{reply.sent_at.isoformat() if reply.sent_at else ''}"
        if await SmsReply.exists(provider_id=provider_id[:128]):
            continue
        patient = await Patient.filter(phone_index=index).order_by("-id").first() if index else None
        opted_out = reply.content.strip().upper() in OPT_OUT_WORDS
        try:
            await SmsReply.create(
                provider_id=provider_id[:128],
                patient=patient,
                phone_cipher=encrypt(phone) or "",
                phone_index=index,
                content=reply.content[:500],
                dest_code=reply.dest_code[:32],
                received_at=reply.sent_at or now(),
                opted_out=opted_out,
            )
        except IntegrityError:
            continue  # the same push delivered twice at once
        stored += 1
        if opted_out and patient is not None and not patient.do_not_contact:
            patient.do_not_contact = True
            patient.do_not_contact_reason = "短信回复退订"
            await patient.save(update_fields=["do_not_contact", "do_not_contact_reason", "updated_at"])
            await audit.record(
                AuditAction.UPDATE,
                actor_name="短信回复",
                resource=patient,
                summary=f"患者 {patient.name} 回复退订，已设为拒绝联系",
                after={"do_not_contact": True},
            )
    return stored


# --- campaigns (短信群发) -------------------------------------------------------------------

QUERY_KEYS = {"rules", "discharged_from", "discharged_until", "due_within_days", "params"}


def validate_query(query: dict[str, Any]) -> dict[str, Any]:
    """A campaign's patient matching query: template-style rules plus a discharge window."""
    unknown = set(query) - QUERY_KEYS
    if unknown:
        raise InvalidInput(f"未知的筛选条件：{', '.join(sorted(unknown))}", field="query")
    rules = followup_rules.validate_rules(dict(query.get("rules") or {}))
    rules.pop("exclude_templates", None)
    try:
        start = date.fromisoformat(str(query.get("discharged_from") or (now().date() - timedelta(days=30))))
        end = date.fromisoformat(str(query.get("discharged_until") or now().date()))
    except ValueError as exc:
        raise InvalidInput("出院日期格式应为 YYYY-MM-DD", field="query") from exc
    if start > end:
        raise InvalidInput("出院开始日期不能晚于结束日期", field="query")
    if (end - start).days > 3 * 366:
        raise InvalidInput("出院日期范围不能超过三年", field="query")
    due = query.get("due_within_days")
    if due not in (None, "") and (not isinstance(due, int) or isinstance(due, bool) or not 0 <= due <= 365):
        raise InvalidInput("复查到期天数应为 0–365 的整数", field="query")
    params = query.get("params") or {}
    if (
        not isinstance(params, dict)
        or len(params) > 10
        or not all(isinstance(k, str) and isinstance(v, str) and len(v) <= 35 for k, v in params.items())
    ):
        raise InvalidInput("模板变量应为不超过 10 个、每个不超过 35 字的文本", field="params")
    return {
        "params": {k: v.strip() for k, v in params.items() if v.strip()},
        "rules": rules,
        "discharged_from": start.isoformat(),
        "discharged_until": end.isoformat(),
        "due_within_days": due if due not in (None, "") else None,
    }


async def match_patients(principal: Principal, query: dict[str, Any]) -> list[int]:
    """Ids of the patients a campaign query selects, within the caller's departments.

    Deceased and do-not-contact patients and those without a valid number are left out here (and
    checked again at send time).
    """
    require(principal, "sms:send")
    query = validate_query(query)
    rules = query["rules"]
    stays = followup_rules.matching_admissions(
        rules,
        discharged_from=date.fromisoformat(query["discharged_from"]),
        discharged_until=date.fromisoformat(query["discharged_until"]),
    ).filter(id__in=Subquery(visible(Admission, principal).values("id")))
    if query["due_within_days"] is not None:
        # 定期复查: patients with an open follow-up falling due within the next N days
        until = now().date() + timedelta(days=query["due_within_days"])
        due = FollowUpTask.filter(status__in=("pending", "assigned", "in_progress"), due_start__lte=until)
        stays = stays.filter(patient_id__in=Subquery(due.values("patient_id")))
    stays = stays.filter(
        patient__deceased_at__isnull=True, patient__do_not_contact=False, patient__phone_invalid_at__isnull=True
    )
    needs_python = any(rules.get(k) is not None for k in ("age_min", "age_max", "had_operation", "tags"))
    if not needs_python:
        patient_ids: list[Any] = await stays.values_list("patient_id", flat=True)
        return sorted({int(pid) for pid in patient_ids})
    rows = await stays.select_related("patient")
    return sorted({s.patient_id for s in rows if followup_rules.python_checks(rules, s, s.patient.birth_date)})


RECURRENCE = {"": None, "daily": timedelta(days=1), "weekly": timedelta(weeks=1), "monthly": None}


def _next_run(batch: SmsBatch, after: datetime) -> datetime | None:
    if batch.recurrence == "daily":
        return after + timedelta(days=1)
    if batch.recurrence == "weekly":
        return after + timedelta(weeks=1)
    if batch.recurrence == "monthly":
        local = after.astimezone(SHANGHAI)
        return datetime.combine(followup_rules.add_months(local.date(), 1), local.timetz())
    return None


async def schedule_batch(principal: Principal, batch: SmsBatch) -> SmsBatch:
    """Check a campaign and put it on the schedule (its first run at `scheduled_at`, or now)."""
    require(principal, "sms:send")
    if batch.status not in (SmsBatchStatus.DRAFT, SmsBatchStatus.SCHEDULED):
        raise Conflict(f"该群发任务{batch.status.label}，不能再排期")
    if not batch.name.strip():
        raise InvalidInput("请填写群发名称", field="name")
    if batch.recurrence not in RECURRENCE:
        raise InvalidInput("重复规则应为 不重复/daily/weekly/monthly", field="recurrence")
    template = await SmsTemplate.get(id=batch.template_id)
    if not template.is_active:
        raise Conflict("短信模板已停用")
    if not for_campaigns(template):
        raise InvalidInput(f"短信模板「{template.name}」不是发给患者的通知，不能用于患者群发", field="template_id")
    batch.query = validate_query(batch.query)
    given = [k for k, v in batch.query["params"].items() if str(v).strip()]
    missing = [v for v in template_variables(template.content) if v not in (*PER_PATIENT_VARIABLES, *given)]
    if missing:
        raise InvalidInput(f"请填写模板变量：{'、'.join(variable_label(v) for v in missing)}", field="params")
    batch.status = SmsBatchStatus.SCHEDULED
    batch.next_run_at = batch.scheduled_at or now()
    batch.total = len(await match_patients(principal, batch.query))
    if batch.total == 0:
        raise InvalidInput("没有符合条件的患者，请调整筛选条件", field="query")
    await batch.save()
    await audit.record(AuditAction.UPDATE, actor=principal, resource=batch, summary=f"短信群发排期：{batch.name}")
    return batch


async def get_batch(principal: Principal, batch_id: int) -> SmsBatch:
    """A campaign the caller may see (another department's answers like a missing one)."""
    require(principal, "sms:send")
    return await get_visible(SmsBatch, principal, batch_id)


async def template_options(principal: Principal) -> list[dict[str, Any]]:
    """Active templates a patient campaign may use, as the composers offer them: the name, the
    text with example values, and the variables to fill in (those not filled per patient)."""
    require(principal, "sms:send")
    templates = await SmsTemplate.filter(is_active=True).order_by("category", "name")
    options = []
    for t in templates:
        if not for_campaigns(t):
            continue
        preview = example_text(t)
        asked = [v for v in template_variables(t.content) if v not in PER_PATIENT_VARIABLES]
        options.append(
            {
                "label": f"【{t.category.label}】{t.name}：{preview[:40]}",
                "value": t.id,
                "name": t.name,
                "category": t.category.label,
                "preview": preview,
                "variables": [{"name": v, "label": variable_label(v)} for v in asked],
            }
        )
    return options


async def create_batch(
    principal: Principal,
    *,
    name: str,
    template_id: int,
    query: dict[str, Any],
    scheduled_at: datetime | None,
    recurrence: str,
) -> SmsBatch:
    """A campaign from the composer, checked and put on the schedule in one step."""
    require(principal, "sms:send")
    template = await SmsTemplate.get_or_none(id=template_id, is_active=True)
    if template is None:
        raise InvalidInput("短信模板不存在或已停用", field="template_id")
    if scheduled_at is not None and scheduled_at.tzinfo is None:
        scheduled_at = scheduled_at.replace(tzinfo=SHANGHAI)
    if scheduled_at is not None and scheduled_at < now() - timedelta(minutes=5):
        raise InvalidInput("发送时间不能早于现在", field="scheduled_at")
    batch = SmsBatch(
        name=name,
        template=template,
        query={k: v for k, v in query.items() if v is not None},
        scheduled_at=scheduled_at,
        recurrence=recurrence,
        created_by_id=principal.staff_id,
    )
    return await schedule_batch(principal, batch)


async def cancel_batch(principal: Principal, batch: SmsBatch) -> int:
    """Stop a campaign: no further runs, and its messages not yet sent are not sent."""
    require(principal, "sms:send")
    if batch.status in (SmsBatchStatus.DONE, SmsBatchStatus.CANCELLED):
        raise Conflict(f"该群发任务{batch.status.label}")
    await SmsBatch.filter(id=batch.id).update(status=SmsBatchStatus.CANCELLED, next_run_at=None, updated_at=now())
    stopped = await SmsMessage.filter(batch_id=batch.id, status=SmsStatus.PENDING).update(
        status=SmsStatus.SKIPPED, error_message="群发已取消", updated_at=now()
    )
    await audit.record(AuditAction.UPDATE, actor=principal, resource=batch, summary=f"取消短信群发：{batch.name}")
    return stopped


async def list_batches(principal: Principal, *, page: int, page_size: int) -> tuple[int, list[dict[str, Any]]]:
    """The campaigns the caller may see (a department's own for department roles), newest first,
    with their results per status: the H5 app's 短信管理 list."""
    require(principal, "sms:send")
    query = visible(SmsBatch, principal).select_related("template").order_by("-id")
    rows = await paginate(query, page, page_size)
    items = [
        {
            "id": b.id,
            "name": b.name,
            "template": b.template.name,
            "preview": example_text(b.template, b.query.get("params") or {}),
            "status": b.status.value,
            "status_label": b.status.label,
            "recurrence": b.recurrence,
            "total": b.total,
            "scheduled_at": local_text(b.scheduled_at),
            "next_run_at": local_text(b.next_run_at),
            "counts": await batch_summary(b.id),
        }
        for b in rows.items
    ]
    return rows.total, items


async def batch_messages(
    principal: Principal, batch_id: int, *, page: int, page_size: int
) -> tuple[int, list[dict[str, Any]]]:
    """One campaign's messages as the results table shows them (numbers masked)."""
    await get_batch(principal, batch_id)  # another department's campaign is a 404
    query = visible(SmsMessage, principal).filter(batch_id=batch_id).select_related("patient").order_by("id")
    rows = await paginate(query, page, page_size)
    items = [
        {
            "id": m.id,
            "patient": m.patient.name if m.patient else "",
            "phone": mask_phone(decrypt(m.phone_cipher)),
            "status": m.status.value,
            "status_label": m.status.label,
            "error": " ".join(x for x in (m.error_code, m.error_message) if x),
            "attempts": m.attempts,
            # shown as Beijing time whatever the browser's zone (as every admin list does)
            "submitted_at": local_text(m.submitted_at),
            "delivered_at": local_text(m.delivered_at),
        }
        for m in rows.items
    ]
    return rows.total, items


@dataclass(frozen=True)
class RunReport:
    """What 立即发送 did: messages per status, and how many patients this run matched against the
    count the campaign was scheduled with (the preview)."""

    counts: dict[str, int]
    previewed: int
    matched: int
    at: datetime | None = None  # when the run was made (the sending hours are judged at it)

    @property
    def message(self) -> str:
        c = self.counts
        sent = (
            f"已发送：提交 {c['submitted'] + c['delivered']} 条，失败 {c['failed']} 条，"
            f"未发送 {c['skipped']} 条，待发送 {c['pending']} 条"
        )
        if c.get("queued"):
            sent += f"，已交外网节点发送、待回结果 {c['queued']} 条"
        waiting = sending_hours_note(c["pending"], self.at)
        if waiting:
            # nothing left because of the hour, not a fault: say so first (and not 「已发送」)
            sent = f"{waiting}。本次：{sent.removeprefix('已发送：')}"
        if self.matched == self.previewed:
            return f"{sent}（本期匹配 {self.matched} 人，与排期时一致）"
        # The run matches the same query again at send time: the patients changed in between.
        return (
            f"{sent}（本期发送时按同一筛选条件重新匹配为 {self.matched} 人，排期预览时为 {self.previewed} 人："
            "其间有新出院患者同步进来，或患者已故、拒绝联系、号码失效等情况有变化）"
        )


async def send_now(principal: Principal, batch: SmsBatch) -> RunReport:
    """立即发送: run a scheduled campaign now instead of at its time, and send its messages.

    Outside a transaction on purpose: each message is leased and sent on its own, as the job does,
    and the sending hours and every other send-time rule still apply. The run matches the query
    again at this moment (a campaign scheduled days ahead reaches who qualifies then), and the
    report says when that differs from the count previewed at scheduling.
    """
    require(principal, "sms:send")
    if batch.status not in (SmsBatchStatus.SCHEDULED, SmsBatchStatus.SENDING):
        raise Conflict(f"该群发任务{batch.status.label}，不能立即发送")
    moment = now()
    await SmsBatch.filter(id=batch.id, status=SmsBatchStatus.SCHEDULED, next_run_at__gt=moment).update(
        next_run_at=moment, updated_at=moment
    )
    await audit.record(AuditAction.UPDATE, actor=principal, resource=batch, summary=f"短信群发立即发送：{batch.name}")
    previewed = batch.total
    await run_due_batches()
    await send_due(batch_id=batch.id, limit=100_000)
    matched = (await SmsBatch.get(id=batch.id)).total
    return RunReport(await batch_summary(batch.id), previewed, matched, moment)


async def run_due_batches() -> int:
    """Turn each campaign run that is due into messages (idempotent: keys carry the run number)."""
    from backend.models import Staff
    from backend.services.principal import load_principal

    created = 0
    moment = now()
    for batch in await SmsBatch.filter(status=SmsBatchStatus.SCHEDULED, next_run_at__lte=moment):
        # a campaign runs with its creator's rights: a departed or disabled creator stops it
        creator = await Staff.get_or_none(id=batch.created_by_id) if batch.created_by_id else None
        if creator is None or not creator.is_active:
            await SmsBatch.filter(id=batch.id).update(status=SmsBatchStatus.CANCELLED, updated_at=moment)
            continue
        principal = await load_principal(creator)
        template = await SmsTemplate.get(id=batch.template_id)
        run = batch.runs + 1
        patient_ids = await match_patients(principal, batch.query)
        for patient in await Patient.filter(id__in=patient_ids):
            message = await enqueue(
                dedupe_key=f"batch:{batch.id}:{run}:{patient.id}",
                patient=patient,
                template=template,
                params=await params_for(template, patient, **batch.query.get("params", {})),
                batch=batch,
            )
            created += int(message.attempts == 0 and message.status is SmsStatus.PENDING)
        following = _next_run(batch, batch.next_run_at or moment)
        # advance the batch only if no other worker did (a re-run finds the run already made)
        await SmsBatch.filter(id=batch.id, runs=batch.runs).update(
            runs=run,
            last_run_at=moment,
            next_run_at=following,
            total=len(patient_ids),
            status=SmsBatchStatus.SCHEDULED if following else SmsBatchStatus.SENDING,
            updated_at=moment,
        )
    # one-off campaigns are done once none of their messages is still pending
    for batch in await SmsBatch.filter(status=SmsBatchStatus.SENDING):
        if not await SmsMessage.exists(batch_id=batch.id, status__in=(SmsStatus.PENDING, SmsStatus.QUEUED)):
            await SmsBatch.filter(id=batch.id, status=SmsBatchStatus.SENDING).update(
                status=SmsBatchStatus.DONE, updated_at=moment
            )
    return created


async def params_for(template: SmsTemplate, patient: Patient, **extra: str) -> dict[str, str]:
    """Template variables from the patient and the hospital; never a diagnosis."""
    values = {"name": patient.name, "hospital": get_settings().hospital_name, **extra}
    return {k: v for k, v in values.items() if k in template_variables(template.content)}


async def batch_summary(batch_id: int) -> dict[str, int]:
    """Messages of a campaign per status (all statuses present, zero when none)."""
    counts = {s.value: 0 for s in SmsStatus}
    rows = (
        await SmsMessage.filter(batch_id=batch_id).annotate(n=Count("id")).group_by("status").values_list("status", "n")
    )
    for status, n in rows:
        counts[str(status)] = int(n)
    return counts


# --- the configured gateway, one per process ------------------------------------------------

_gateway: SmsGateway | None = None


def sms_gateway() -> SmsGateway:
    global _gateway
    if _gateway is None:
        from integrations.sms.factory import build_gateway

        _gateway = build_gateway(get_settings().sms)
    return _gateway


def set_gateway(gateway: SmsGateway | None) -> None:
    """Replace the configured gateway (tests point it at a loopback endpoint)."""
    global _gateway
    _gateway = gateway


async def alert_admin(key: str, title: str) -> SmsMessage | None:
    """An SMS to the administrator (HIS__ADMIN_PHONE) about a notice, once per notice key.

    Only when a real SMS provider is configured and the alert template is approved and active.
    """
    settings = get_settings()
    if not settings.his.admin_phone or settings.sms.provider == "simulator":
        return None
    template = await SmsTemplate.get_or_none(code=settings.sms.alert_template, is_active=True)
    if template is None:
        return None
    return await enqueue(
        dedupe_key=f"alert:{key}",
        patient=None,
        template=template,
        params={"title": title[:35], "hospital": settings.hospital_name},
        phone=settings.his.admin_phone,
    )
