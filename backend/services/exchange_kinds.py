"""What each exchanged record does where it lands, and what the extranet edge holds.

Core → edge: a questionnaire (its title and items, nothing about any patient) and an H5 link
(the SHA-256 of its token, the task id, the questionnaire id, the expiry: never the token, a name
or a diagnosis). Edge → core: a patient's answers to a link, and the SMS provider's receipt and
reply pushes as received. With SMS__SEND_VIA=edge at the core, each outbound SMS crosses too
(the number and the text, only until the edge has sent it) and the provider's verdict comes back.
The edge keeps its items encrypted at rest (the project's field
encryption) and drops them when they expire; what it sends waits in the exchange outbox,
encrypted, and its body is wiped once the core acknowledges it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from backend.clock import SHANGHAI, now
from backend.models import EdgeItem, FollowUpTask, Questionnaire
from backend.models.choices import ExchangeKind
from backend.security import crypto
from backend.services import exchange, execution, questionnaires, sms
from backend.services.errors import Conflict, NotFound, PermissionDenied
from backend.settings import get_settings
from integrations.sms.base import SendResult, SendVerdict, SmsGateway, SmsQueryError, SmsSend


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# --- core: publish to the edge -------------------------------------------------------------


async def publish_link(task: FollowUpTask, token: str, expires_at: datetime) -> bool:
    """Tell the edge about an H5 link just texted (and its questionnaire). False when off."""
    if not exchange.enabled():
        return False
    await task.fetch_related("questionnaire")
    questionnaire = task.questionnaire
    await exchange.enqueue(
        ExchangeKind.QUESTIONNAIRE,
        # the patient's items only: the edge never serves, nor holds, what staff alone answer
        {
            "id": questionnaire.id,
            "title": questionnaire.title,
            "items": questionnaires.for_patient(questionnaire).items,
        },
    )
    await exchange.enqueue(
        ExchangeKind.H5_LINK,
        {
            "digest": token_digest(token),
            "task_id": task.id,
            "questionnaire_id": questionnaire.id,
            "expires_at": expires_at.isoformat(),
        },
    )
    return True


# --- edge: what it holds -------------------------------------------------------------------


async def _put(kind: ExchangeKind, key: str, data: dict[str, Any], expires_at: datetime | None) -> None:
    sealed = crypto.encrypt(json.dumps(data, ensure_ascii=False)) or ""
    updated = await EdgeItem.filter(kind=kind, key=key).update(data=sealed, expires_at=expires_at, updated_at=now())
    if not updated:
        await EdgeItem.create(kind=kind, key=key, data=sealed, expires_at=expires_at)


def _read(item: EdgeItem) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(crypto.decrypt(item.data) or "{}")
    return value


@exchange.handler(ExchangeKind.QUESTIONNAIRE)
async def _store_questionnaire(data: dict[str, Any]) -> None:
    await _put(ExchangeKind.QUESTIONNAIRE, str(int(data["id"])), data, None)


@exchange.handler(ExchangeKind.H5_LINK)
async def _store_link(data: dict[str, Any]) -> None:
    expires = datetime.fromisoformat(data["expires_at"])
    await _put(ExchangeKind.H5_LINK, str(data["digest"])[:64], data, expires)


@dataclass(frozen=True, slots=True)
class EdgeQuestionnaire:
    task_id: int
    questionnaire: Questionnaire  # unsaved: title and items only, for the page and validation


async def open_link(token: str) -> EdgeQuestionnaire:
    """The questionnaire behind a link held by this edge; Chinese errors otherwise."""
    link = await EdgeItem.get_or_none(kind=ExchangeKind.H5_LINK, key=token_digest(token))
    if link is None or (link.expires_at is not None and link.expires_at < now()):
        raise PermissionDenied("问卷链接无效、已过期或问卷已提交")
    if link.answered_at is not None:
        raise Conflict("该随访问卷已提交或已结束，感谢您的配合")
    data = _read(link)
    held = await EdgeItem.get_or_none(kind=ExchangeKind.QUESTIONNAIRE, key=str(data["questionnaire_id"]))
    if held is None:
        raise NotFound("问卷尚未同步到外网，请稍后再试")
    body = _read(held)
    return EdgeQuestionnaire(int(data["task_id"]), Questionnaire(title=body["title"], items=body["items"]))


async def submit_answer(token: str, *, client_uuid: uuid.UUID, answers: dict[str, Any]) -> None:
    """A patient's answers at the edge: checked as the core would, queued for the core.

    The same submission again (the page retrying after its answer was lost) is taken as done, as
    the core takes it, while the edge still holds the link; another one is refused."""
    digest = token_digest(token)
    link = await EdgeItem.get_or_none(kind=ExchangeKind.H5_LINK, key=digest)
    if link is not None and link.answered_at is not None and _read(link).get("client_uuid") == str(client_uuid):
        return
    found = await open_link(token)
    cleaned = questionnaires.validate_answers(found.questionnaire, answers, complete=True)
    async with in_transaction():
        assert link is not None  # open_link found it
        marked = await EdgeItem.filter(kind=ExchangeKind.H5_LINK, key=digest, answered_at__isnull=True).update(
            answered_at=now(),
            data=crypto.encrypt(json.dumps(_read(link) | {"client_uuid": str(client_uuid)}, ensure_ascii=False)) or "",
        )
        if not marked:
            raise Conflict("该随访问卷已提交或已结束，感谢您的配合")
        await exchange.enqueue(
            ExchangeKind.H5_ANSWER,
            {
                "task_id": found.task_id,
                "client_uuid": str(client_uuid),
                "answers": cleaned,
                "digest": digest,
            },
        )


@exchange.on_acknowledged(ExchangeKind.H5_ANSWER)
async def _forget_answered_link(data: dict[str, Any]) -> None:
    # the core has the answers: the edge keeps nothing of this patient's link any more
    await EdgeItem.filter(kind=ExchangeKind.H5_LINK, key=str(data.get("digest", ""))).delete()


async def store_push(kind: str, body: bytes) -> None:
    """A provider push at the edge: checked for shape (a malformed one is refused so the provider
    retries), then queued as received for the core, which applies it."""
    gateway = sms.sms_gateway()
    if kind == "report":
        gateway.parse_reports(body)
    else:
        gateway.parse_replies(body)
    await exchange.enqueue(ExchangeKind.SMS_PUSH, {"kind": kind, "body": base64.b64encode(body).decode("ascii")})


async def receive_provider_push(kind: str, body: bytes) -> None:
    """A provider push where it lands: applied on the core, queued for the core on an edge."""
    if get_settings().node.role == "edge":
        await store_push(kind, body)
    else:
        await sms.receive_push(kind, body)


async def prune_items() -> int:
    return await EdgeItem.filter(expires_at__lt=now()).delete()


# --- edge: outbound SMS the core cannot send itself (SMS__SEND_VIA=edge at the core) ---------

SMS_LEASE = timedelta(minutes=2)  # longer than any send (timeout): a live sender is never overtaken


def sms_request_key(out_id: str, attempt: int) -> str:
    return hashlib.sha256(f"{out_id}#{attempt}".encode()).hexdigest()


@exchange.handler(ExchangeKind.SMS_SEND)
async def _hold_sms(data: dict[str, Any]) -> None:
    # Held (encrypted) until the sender below takes it; never sent here, inside the batch's
    # transaction, where a crash after the provider's answer would apply the batch (and send) again.
    key = sms_request_key(str(data["out_id"]), int(data["attempt"]))
    if await EdgeItem.exists(kind=ExchangeKind.SMS_SEND, key=key):
        return  # held or sent already: one request, one send
    sealed = crypto.encrypt(json.dumps(data, ensure_ascii=False)) or ""
    await EdgeItem.create(kind=ExchangeKind.SMS_SEND, key=key, data=sealed)


async def _claim(item: EdgeItem, data: dict[str, Any], **changes: Any) -> dict[str, Any] | None:
    """Rewrite a held request if nobody changed it since we read it (compare-and-set on its
    ciphertext): the new content, or None when another process got there first."""
    fresh = {**data, **changes}
    sealed = crypto.encrypt(json.dumps(fresh, ensure_ascii=False)) or ""
    taken = await EdgeItem.filter(id=item.id, data=item.data, answered_at__isnull=True).update(
        data=sealed, updated_at=now()
    )
    item.data = sealed
    return fresh if taken else None


async def send_held_sms(*, gateway: SmsGateway | None = None, limit: int = 100) -> int:
    """Send the held requests through this edge's gateway, each at most once, and queue each
    verdict for the core; the number of verdicts queued.

    As the core does when it sends directly: the attempt is recorded before the provider is called,
    and a request whose earlier attempt has no answer (a timeout, a crash) is first looked up at the
    provider by its OutId and only sent when it did not go out. Once sent, the number and text are
    wiped; the key alone stays until the core acknowledges the verdict."""
    gateway = gateway or sms.sms_gateway()
    moment = now()
    done = 0
    held = await EdgeItem.filter(kind=ExchangeKind.SMS_SEND, answered_at__isnull=True).order_by("id").limit(limit)
    for item in held:
        data = _read(item)
        if data.get("lease_until") and datetime.fromisoformat(data["lease_until"]) > moment:
            continue
        tried_on = data.get("tried_on")
        claimed = await _claim(
            item,
            data,
            tried_on=now().astimezone(SHANGHAI).date().isoformat(),
            lease_until=(moment + SMS_LEASE).isoformat(),
        )
        if claimed is None:
            continue
        phone = str(data["phone"])
        result: SendResult | None = None
        if tried_on:
            try:
                found = await gateway.find_sent(phone, str(data["out_id"]), date.fromisoformat(tried_on))
            except SmsQueryError:
                # cannot tell whether the earlier attempt went out: ask again later, never resend blindly
                await _claim(item, claimed, tried_on=tried_on, lease_until=(moment + timedelta(minutes=1)).isoformat())
                continue
            if found is not None:
                result = SendResult(SendVerdict.SUBMITTED, biz_id=found.biz_id, code="OK", message="OK")
        if result is None:
            result = await gateway.send(
                SmsSend(
                    phone=phone,
                    sign_name=str(data.get("sign_name") or ""),
                    template_code=str(data.get("template_code") or ""),
                    params={str(k): str(v) for k, v in dict(data.get("params") or {}).items()},
                    out_id=str(data["out_id"]),
                    content=str(data.get("content") or ""),
                )
            )
        if result.verdict is SendVerdict.UNKNOWN:
            # may have gone out: the next pass asks the provider first (tried_on is kept)
            await _claim(item, claimed, lease_until=(now() + timedelta(minutes=1)).isoformat())
            continue
        async with in_transaction():
            # the number and the text are no longer needed: only the key waits for the core's ack
            sealed = crypto.encrypt(json.dumps({"sent": True}, ensure_ascii=False)) or ""
            await EdgeItem.filter(id=item.id).update(data=sealed, answered_at=now(), updated_at=now())
            await exchange.enqueue(
                ExchangeKind.SMS_RESULT,
                {
                    "key": item.key,
                    "out_id": data["out_id"],
                    "attempt": data["attempt"],
                    "verdict": result.verdict.value,
                    "biz_id": result.biz_id,
                    "code": result.code,
                    "message": result.message,
                },
            )
        done += 1
    return done


@exchange.on_acknowledged(ExchangeKind.SMS_RESULT)
async def _forget_sent_sms(data: dict[str, Any]) -> None:
    # the core has the verdict: nothing of this message stays on the edge
    await EdgeItem.filter(kind=ExchangeKind.SMS_SEND, key=str(data.get("key", ""))).delete()


# --- core: what arrives from the edge ------------------------------------------------------


@exchange.handler(ExchangeKind.H5_ANSWER)
async def _apply_answer(data: dict[str, Any]) -> None:
    task = await FollowUpTask.get_or_none(id=int(data["task_id"]))
    if task is None:
        raise NotFound("随访任务不存在")
    await execution.record_self_report(task, client_uuid=uuid.UUID(data["client_uuid"]), answers=data["answers"])


@exchange.handler(ExchangeKind.SMS_RESULT)
async def _apply_sms_result(data: dict[str, Any]) -> None:
    await sms.apply_edge_result(
        out_id=str(data["out_id"]),
        attempt=int(data["attempt"]),
        verdict=SendVerdict(data["verdict"]),
        biz_id=str(data.get("biz_id") or ""),
        code=str(data.get("code") or ""),
        text=str(data.get("message") or ""),
    )


@exchange.handler(ExchangeKind.SMS_PUSH)
async def _apply_push(data: dict[str, Any]) -> None:
    kind = "report" if data["kind"] == "report" else "reply"
    await sms.receive_push(kind, base64.b64decode(data["body"]))
