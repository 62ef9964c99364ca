"""What each exchanged record does where it lands, and what the extranet edge holds.

Core → edge: a questionnaire (its title and items, nothing about any patient) and an H5 link
(the SHA-256 of its token, the task id, the questionnaire id, the expiry: never the token, a name
or a diagnosis). Edge → core: a patient's answers to a link, and the SMS provider's receipt and
reply pushes as received. The edge keeps its items encrypted at rest (the project's field
encryption) and drops them when they expire; what it sends waits in the exchange outbox,
encrypted, and its body is wiped once the core acknowledges it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import EdgeItem, FollowUpTask, Questionnaire
from backend.models.choices import ExchangeKind
from backend.security import crypto
from backend.services import exchange, execution, questionnaires, sms
from backend.services.errors import Conflict, NotFound, PermissionDenied
from backend.settings import get_settings


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
        {"id": questionnaire.id, "title": questionnaire.title, "items": questionnaire.items},
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
    """A patient's answers at the edge: checked as the core would, queued for the core."""
    found = await open_link(token)
    cleaned = questionnaires.validate_answers(found.questionnaire, answers, complete=True)
    async with in_transaction():
        marked = await EdgeItem.filter(
            kind=ExchangeKind.H5_LINK, key=token_digest(token), answered_at__isnull=True
        ).update(answered_at=now())
        if not marked:
            raise Conflict("该随访问卷已提交或已结束，感谢您的配合")
        await exchange.enqueue(
            ExchangeKind.H5_ANSWER,
            {
                "task_id": found.task_id,
                "client_uuid": str(client_uuid),
                "answers": cleaned,
                "digest": token_digest(token),
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


# --- core: what arrives from the edge ------------------------------------------------------


@exchange.handler(ExchangeKind.H5_ANSWER)
async def _apply_answer(data: dict[str, Any]) -> None:
    task = await FollowUpTask.get_or_none(id=int(data["task_id"]))
    if task is None:
        raise NotFound("随访任务不存在")
    await execution.record_self_report(task, client_uuid=uuid.UUID(data["client_uuid"]), answers=data["answers"])


@exchange.handler(ExchangeKind.SMS_PUSH)
async def _apply_push(data: dict[str, Any]) -> None:
    kind = "report" if data["kind"] == "report" else "reply"
    await sms.receive_push(kind, base64.b64decode(data["body"]))
