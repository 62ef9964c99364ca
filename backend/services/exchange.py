"""内外网互通: signed, encrypted, sequence-numbered batches between the intranet core and an
extranet edge, applied exactly once and in order.

A change that must cross (an H5 answer at the edge, a questionnaire link published by the core)
writes an `ExchangeRecord` in its own transaction. A round then seals waiting records into the
next numbered batch for the peer, hands the unacknowledged batches and an acknowledgement to the
transport, and stores what arrived. Batches are applied strictly in sequence: one that arrives
early is held and the missing sequence is asked for again (never skipped); one already applied
is ignored; one that fails its signature, its decryption or its parse is refused, logged and
noticed. Applying a batch, its records' effects and the new sequence commit in one transaction,
so a node killed at any point applies every batch exactly once after its restart.

Envelope (ASCII JSON): ``{"v", "type": batch|control, "from", "to", "seq", "nonce", "ct", "sig"}``;
``ct`` is AES-256-GCM over the records with the header as associated data, ``sig`` HMAC-SHA256
over header, nonce and ciphertext (two keys, both shared by the two nodes only).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import ExchangeMessage, ExchangePeer, ExchangeRecord, QuarantinedRecord
from backend.models.choices import ExchangeDirection, ExchangeKind, ExchangeStatus
from backend.security import crypto
from backend.services import intake, notices
from backend.services.errors import DomainError
from backend.settings import get_settings
from integrations.exchange.base import Incoming, Outgoing, Transport

log = logging.getLogger("suifang.exchange")

VERSION = 1
QUARANTINE_SOURCE = "exchange"
SENDS_PER_ROUND = 100
Handler = Callable[[dict[str, Any]], Awaitable[None]]
# kind -> what the receiving node does with one record; filled by the modules owning the effect
HANDLERS: dict[ExchangeKind, Handler] = {}


# kind -> what the sending node does with one of its records once the peer acknowledged it
# (the edge forgets what it only kept for the patient until the core had the answer)
ACKNOWLEDGED: dict[ExchangeKind, Handler] = {}


def handler(kind: ExchangeKind) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[kind] = func
        return func

    return register


def on_acknowledged(kind: ExchangeKind) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        ACKNOWLEDGED[kind] = func
        return func

    return register


class Refused(Exception):
    """An envelope that is not a valid batch from our peer (the reason is in Chinese)."""


@dataclass(frozen=True, slots=True)
class Envelope:
    type: str
    sender: str
    receiver: str
    seq: int
    payload: dict[str, Any]
    signature: str


@dataclass(slots=True)
class RoundReport:
    sealed: int = 0
    sent: int = 0
    received: int = 0
    applied: int = 0
    duplicates: int = 0
    refused: list[str] = field(default_factory=list)


# --- envelope ------------------------------------------------------------------------------


@lru_cache
def _derive(signing_key: str, encryption_key: str) -> tuple[bytes, AESGCM]:
    sign = hashlib.sha256(b"suifang-exchange-sign:" + signing_key.encode()).digest()
    aes = AESGCM(hashlib.sha256(b"suifang-exchange-seal:" + encryption_key.encode()).digest())
    return sign, aes


def _keys() -> tuple[bytes, AESGCM]:
    settings = get_settings().exchange
    if settings.signing_key is None or settings.encryption_key is None:
        raise Refused("未配置交换密钥")
    return _derive(settings.signing_key.get_secret_value(), settings.encryption_key.get_secret_value())


def _header(kind: str, sender: str, receiver: str, seq: int) -> str:
    return f"{VERSION}|{kind}|{sender}|{receiver}|{seq}"


def seal(kind: str, sender: str, receiver: str, seq: int, payload: dict[str, Any]) -> bytes:
    """A sealed envelope: encrypted under the exchange key, then signed."""
    sign, aes = _keys()
    header = _header(kind, sender, receiver, seq)
    nonce = os.urandom(12)
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    ct = base64.b64encode(aes.encrypt(nonce, plain, header.encode())).decode("ascii")
    nonce_text = base64.b64encode(nonce).decode("ascii")
    sig = hmac.new(sign, f"{header}|{nonce_text}|{ct}".encode(), hashlib.sha256).hexdigest()
    envelope = {"v": VERSION, "type": kind, "from": sender, "to": receiver, "seq": seq, "nonce": nonce_text}
    return json.dumps({**envelope, "ct": ct, "sig": sig}, separators=(",", ":")).encode("ascii")


def open_envelope(data: bytes, *, me: str, peer: str) -> Envelope:
    """Check and open an envelope addressed to `me` by `peer`; Refused says why not."""
    try:
        raw = json.loads(data)
        kind, sender, receiver, seq = raw["type"], raw["from"], raw["to"], raw["seq"]
        nonce_text, ct, sig = raw["nonce"], raw["ct"], raw["sig"]
        if raw["v"] != VERSION or kind not in ("batch", "control") or not isinstance(seq, int):
            raise ValueError("unknown version or type")
        if not all(isinstance(v, str) for v in (sender, receiver, nonce_text, ct, sig)):
            raise ValueError("field types")
    except (ValueError, KeyError, TypeError) as exc:
        raise Refused("批次不完整或格式错误（截断？）") from exc
    if receiver != me or sender != peer:
        raise Refused(f"批次来自 {sender} 发往 {receiver}，不是本节点的对端")
    sign, aes = _keys()
    header = _header(kind, sender, receiver, seq)
    expected = hmac.new(sign, f"{header}|{nonce_text}|{ct}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        raise Refused(f"批次 #{seq} 签名不符（被篡改或密钥不同）")
    try:
        plain = aes.decrypt(base64.b64decode(nonce_text), base64.b64decode(ct), header.encode())
        payload = json.loads(plain)
    except (InvalidTag, ValueError) as exc:
        raise Refused(f"批次 #{seq} 无法解密") from exc
    return Envelope(kind, sender, receiver, seq, payload, sig)


# --- sending -------------------------------------------------------------------------------


def enabled() -> bool:
    return get_settings().exchange.transport != "off"


def me() -> str:
    return get_settings().node.node_name


async def peer_state(name: str | None = None) -> ExchangePeer:
    name = name or get_settings().exchange_peer
    found = await ExchangePeer.get_or_none(name=name)
    if found is not None:
        return found
    try:
        return await ExchangePeer.create(name=name)
    except IntegrityError:
        return await ExchangePeer.get(name=name)


async def enqueue(kind: ExchangeKind, payload: dict[str, Any], *, peer: str | None = None) -> bool:
    """Queue one record for the peer (call inside the transaction of the change it reports).
    False when the exchange is off (a standalone installation has nobody to tell)."""
    if not enabled():
        return False
    data = crypto.encrypt(json.dumps(payload, ensure_ascii=False)) or ""
    await ExchangeRecord.create(peer=peer or get_settings().exchange_peer, kind=kind, data=data)
    return True


async def seal_pending(*, peer: str) -> int:
    """Seal the waiting records into numbered batches; the number of batches sealed."""
    size = get_settings().exchange.batch_size
    await peer_state(peer)
    sealed = 0
    while True:
        async with in_transaction():
            state = await ExchangePeer.filter(name=peer).select_for_update().get()
            records = await ExchangeRecord.filter(peer=peer).order_by("id").limit(size)
            if not records:
                return sealed
            seq = state.next_sequence
            payload = {
                "records": [
                    {"id": r.id, "kind": r.kind.value, "data": json.loads(crypto.decrypt(r.data) or "{}")}
                    for r in records
                ],
                "sealed_at": now().isoformat(),
            }
            body = seal("batch", me(), peer, seq, payload)
            await ExchangeMessage.create(
                direction=ExchangeDirection.OUTBOUND,
                peer=peer,
                sequence=seq,
                records=len(records),
                body=body.decode("ascii"),
                signature=json.loads(body)["sig"][:64],
            )
            await ExchangeRecord.filter(id__in=[r.id for r in records]).delete()
            state.next_sequence = seq + 1
            await state.save(update_fields=["next_sequence", "updated_at"])
            sealed += 1


def batch_name(sender: str, receiver: str, seq: int) -> str:
    return f"{sender}-{receiver}-b{seq:012d}"


async def outgoing(*, peer: str) -> tuple[list[Outgoing], list[int], int | None]:
    """What to hand the transport now: batches never sent, asked for again or unacknowledged too
    long, and an acknowledgement if ours changed. Returns (envelopes, message ids, ack sent)."""
    state = await peer_state(peer)
    settings = get_settings().exchange
    stale = now() - timedelta(seconds=settings.resend_seconds)
    query = ExchangeMessage.filter(
        direction=ExchangeDirection.OUTBOUND,
        peer=peer,
        sequence__gt=state.acked_through,
        status__in=(ExchangeStatus.PENDING, ExchangeStatus.SENT),
    ).order_by("sequence")
    envelopes: list[Outgoing] = []
    ids: list[int] = []
    for message in await query.limit(SENDS_PER_ROUND * 4):
        asked = state.resend_from is not None and message.sequence >= state.resend_from
        if message.status == ExchangeStatus.PENDING or asked or (message.sent_at and message.sent_at <= stale):
            envelopes.append(Outgoing(batch_name(me(), peer, message.sequence), message.body.encode("ascii")))
            ids.append(message.id)
        if len(ids) >= SENDS_PER_ROUND:
            break
    gap = await _gap_start(state)
    ack: int | None = None
    if state.ack_sent != state.applied_through or gap is not None:
        ack = state.applied_through
        control = {"ack": ack, "resend_from": gap, "at": now().isoformat()}
        suffix = f"-r{time.time_ns()}" if gap is not None else ""
        name = f"{me()}-{peer}-c{ack:012d}{suffix}"
        envelopes.append(Outgoing(name, seal("control", me(), peer, 0, control)))
    return envelopes, ids, ack


async def mark_sent(*, peer: str, ids: list[int], ack: int | None) -> None:
    moment = now()
    if ids:
        sent = ExchangeMessage.filter(id__in=ids, status__in=(ExchangeStatus.PENDING, ExchangeStatus.SENT))
        for message in await sent:
            message.status, message.sent_at, message.attempts = ExchangeStatus.SENT, moment, message.attempts + 1
            await message.save(update_fields=["status", "sent_at", "attempts", "updated_at"])
    fields: dict[str, Any] = {"last_sent_at": moment, "resend_from": None}
    if ack is not None:
        fields["ack_sent"] = ack
    if ids or ack is not None:
        await ExchangePeer.filter(name=peer).update(**fields)


# --- receiving -----------------------------------------------------------------------------


async def refuse(peer: str, reason: str) -> None:
    """Log and count a refused envelope, and tell the administrators (one open notice per peer)."""
    log.warning("exchange: refused from %s: %s", peer, reason)
    state = await peer_state(peer)
    await ExchangePeer.filter(id=state.id).update(
        refused=state.refused + 1, last_error=reason[:500], last_error_at=now()
    )
    await notices.raise_notice(
        "exchange_refused",
        f"内外网交换拒收批次（对端 {peer}）",
        f"{reason}。被拒收的批次没有应用；对端会按序号重发正确的批次。请核对两端密钥与网闸是否改动了文件。",
        key=f"exchange:refused:{peer}",
        level="danger",
    )


async def receive(data: bytes, *, peer: str, report: RoundReport | None = None) -> str:
    """Store (or refuse) one arrived envelope: "stored", "duplicate", "control" or "refused"."""
    report = report or RoundReport()
    try:
        envelope = open_envelope(data, me=me(), peer=peer)
    except Refused as exc:
        await refuse(peer, str(exc))
        report.refused.append(str(exc))
        return "refused"
    state = await peer_state(peer)
    await ExchangePeer.filter(id=state.id).update(last_received_at=now())
    if envelope.type == "control":
        await _on_control(state, envelope.payload)
        return "control"
    if envelope.seq <= state.applied_through or envelope.seq < 1:
        await _duplicate(state, envelope.seq)
        report.duplicates += 1
        return "duplicate"
    try:
        await ExchangeMessage.create(
            direction=ExchangeDirection.INBOUND,
            peer=peer,
            sequence=envelope.seq,
            records=len(envelope.payload.get("records", [])),
            body=data.decode("ascii"),
            signature=envelope.signature[:64],
        )
    except IntegrityError:
        await _duplicate(state, envelope.seq)
        report.duplicates += 1
        return "duplicate"
    report.received += 1
    return "stored"


async def _duplicate(state: ExchangePeer, seq: int) -> None:
    # A resend after a lost acknowledgement, or a replay: nothing is applied again; our
    # acknowledgement is sent again so an honest sender stops resending.
    log.info("exchange: batch #%s from %s already received, ignored", seq, state.name)
    await ExchangePeer.filter(id=state.id).update(duplicates=state.duplicates + 1, ack_sent=-1)


async def _on_control(state: ExchangePeer, payload: dict[str, Any]) -> None:
    ack = int(payload.get("ack", 0))
    resend_from = payload.get("resend_from")
    if ack > state.acked_through:
        newly = ExchangeMessage.filter(
            direction=ExchangeDirection.OUTBOUND, peer=state.name, sequence__lte=ack, status__not=ExchangeStatus.ACKED
        )
        for message in await newly.order_by("sequence"):
            async with in_transaction():
                # our own envelope: sealed by us, addressed to the peer
                try:
                    records = open_envelope(message.body.encode("ascii"), me=state.name, peer=me()).payload["records"]
                except Refused as exc:  # sealed under keys since replaced: acknowledged all the same
                    log.warning("exchange: acknowledged batch #%s not readable: %s", message.sequence, exc)
                    records = []
                for record in records:
                    forget = ACKNOWLEDGED.get(ExchangeKind(record["kind"]))
                    if forget is not None:
                        await forget(record["data"])
                message.status, message.body, message.done_at = ExchangeStatus.ACKED, "", now()
                await message.save(update_fields=["status", "body", "done_at", "updated_at"])
        await ExchangePeer.filter(id=state.id, acked_through__lt=ack).update(acked_through=ack)
    if isinstance(resend_from, int) and resend_from > ack:
        log.info("exchange: %s asks again from #%s", state.name, resend_from)
        await ExchangePeer.filter(id=state.id).update(resend_from=resend_from)


async def _gap_start(state: ExchangePeer) -> int | None:
    """The first missing sequence when a later batch is held, else None."""
    held = await ExchangeMessage.filter(
        direction=ExchangeDirection.INBOUND, peer=state.name, status=ExchangeStatus.PENDING
    ).exists()
    return state.applied_through + 1 if held else None


async def drain(*, peer: str) -> int:
    """Apply held batches in sequence order while the next one is here; the number applied."""
    applied = 0
    while True:
        async with in_transaction():
            state = await ExchangePeer.filter(name=peer).select_for_update().get()
            seq = state.applied_through + 1
            message = (
                await ExchangeMessage.filter(
                    direction=ExchangeDirection.INBOUND, peer=peer, sequence=seq, status=ExchangeStatus.PENDING
                )
                .select_for_update()
                .first()
            )
            if message is None:
                return applied
            envelope = open_envelope(message.body.encode("ascii"), me=me(), peer=peer)
            for index, record in enumerate(envelope.payload.get("records", [])):
                await _apply(peer, seq, index, record)
            moment = now()
            message.status, message.body, message.done_at = ExchangeStatus.APPLIED, "", moment
            await message.save(update_fields=["status", "body", "done_at", "updated_at"])
            state.applied_through, state.last_applied_at = seq, moment
            await state.save(update_fields=["applied_through", "last_applied_at", "updated_at"])
            applied += 1


async def _apply(peer: str, seq: int, index: int, record: dict[str, Any]) -> None:
    kind = ExchangeKind(record["kind"])
    apply = HANDLERS.get(kind)
    try:
        if apply is None:
            raise DomainError(f"本节点不处理此类记录：{kind.label}")
        async with in_transaction():  # a savepoint: a refused record undoes only its own writes
            await apply(record["data"])
    except (DomainError, ValueError) as exc:
        # stored with its reason instead of blocking the stream behind it
        reason = exc.message if isinstance(exc, DomainError) else str(exc)
        log.warning("exchange: %s record %s:%s:%s quarantined: %s", kind.value, peer, seq, index, reason)
        await QuarantinedRecord.get_or_create(
            source=QUARANTINE_SOURCE,
            entity=kind.value,
            external_id=f"{peer}:{seq}:{index}",
            # what crossed may name a patient or a phone: kept encrypted, readable for 重试 only
            defaults={"payload": intake.seal({"kind": kind.value, "data": record["data"]}), "reason": reason[:500]},
        )


async def retry_quarantined(record_id: int) -> bool:
    """重试 in 隔离数据 for a record that crossed but could not be applied; True when it went in."""
    held = await QuarantinedRecord.get(id=record_id, source=QUARANTINE_SOURCE)
    if held.resolved_at is not None:
        return True
    opened = intake.unseal(held.payload)
    kind = ExchangeKind(opened["kind"])
    apply = HANDLERS.get(kind)
    try:
        if apply is None:
            raise DomainError(f"本节点不处理此类记录：{kind.label}")
        async with in_transaction():
            await apply(opened["data"])
            held.resolved_at = now()
            await held.save(update_fields=["resolved_at", "updated_at"])
        return True
    except (DomainError, ValueError) as exc:
        held.reason = (exc.message if isinstance(exc, DomainError) else str(exc))[:500]
        held.attempts += 1
        await held.save(update_fields=["reason", "attempts", "updated_at"])
        return False


# --- a round, retention, monitoring --------------------------------------------------------


async def run_round(transport: Transport, *, peer: str | None = None) -> RoundReport:
    """One exchange round: seal, send, receive, apply. Safe to kill at any point."""
    peer = peer or get_settings().exchange_peer
    report = RoundReport()
    report.sealed = await seal_pending(peer=peer)
    envelopes, ids, ack = await outgoing(peer=peer)
    arrived: list[Incoming] = await transport.round(envelopes)
    await mark_sent(peer=peer, ids=ids, ack=ack)
    report.sent = len(ids)
    await take(arrived, peer=peer, report=report)
    return report


async def take(arrived: list[Incoming], *, peer: str, report: RoundReport) -> None:
    """Store what arrived, remove it from the inbox, then apply what is in order."""
    for item in arrived:
        await receive(item.data, peer=peer, report=report)
        await item.done()
    report.applied += await drain(peer=peer)


async def prune() -> int:
    """Retention: acknowledged and applied batches older than the retention period go."""
    cutoff = now() - timedelta(days=get_settings().exchange.retention_days)
    return await ExchangeMessage.filter(
        status__in=(ExchangeStatus.ACKED, ExchangeStatus.APPLIED), done_at__lt=cutoff
    ).delete()
