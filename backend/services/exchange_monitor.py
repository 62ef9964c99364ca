"""交换监控: where each direction of the exchange stands, per peer, and the lag notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.queryset import QuerySet

from backend.clock import now
from backend.models import EdgeItem, ExchangeMessage, ExchangePeer, ExchangeRecord, SmsMessage
from backend.models.choices import ExchangeDirection, ExchangeKind, ExchangeStatus, SmsStatus
from backend.services import notices
from backend.settings import get_settings


@dataclass(frozen=True, slots=True)
class DirectionStatus:
    peer: str
    direction: ExchangeDirection
    last_sequence: int  # outbound: last sealed; inbound: last applied
    confirmed: int  # outbound: acknowledged by the peer; inbound: same as last_sequence
    pending: int  # outbound: batches unacknowledged + records not sealed; inbound: held batches
    lag_seconds: int | None  # age of the oldest thing still waiting
    last_at: datetime | None
    refused: int
    duplicates: int
    last_error: str
    last_error_at: datetime | None


async def _oldest(query: QuerySet[Any]) -> datetime | None:
    first = await query.order_by("created_at").first()
    return first.created_at if first is not None else None


async def status() -> list[DirectionStatus]:
    rows: list[DirectionStatus] = []
    moment = now()
    for peer in await ExchangePeer.all().order_by("name"):
        unacked = ExchangeMessage.filter(
            direction=ExchangeDirection.OUTBOUND,
            peer=peer.name,
            status__in=(ExchangeStatus.PENDING, ExchangeStatus.SENT),
        )
        waiting = ExchangeRecord.filter(peer=peer.name)
        oldest_out = min((t for t in (await _oldest(unacked), await _oldest(waiting)) if t is not None), default=None)
        rows.append(
            DirectionStatus(
                peer.name,
                ExchangeDirection.OUTBOUND,
                peer.next_sequence - 1,
                peer.acked_through,
                await unacked.count() + await waiting.count(),
                int((moment - oldest_out).total_seconds()) if oldest_out else None,
                peer.last_sent_at,
                0,
                0,
                "",
                None,
            )
        )
        held = ExchangeMessage.filter(
            direction=ExchangeDirection.INBOUND, peer=peer.name, status=ExchangeStatus.PENDING
        )
        oldest_in = await _oldest(held)
        rows.append(
            DirectionStatus(
                peer.name,
                ExchangeDirection.INBOUND,
                peer.applied_through,
                peer.applied_through,
                await held.count(),
                int((moment - oldest_in).total_seconds()) if oldest_in else None,
                peer.last_received_at,
                peer.refused,
                peer.duplicates,
                peer.last_error,
                peer.last_error_at,
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class KindPending:
    kind: ExchangeKind
    waiting: int  # records of this kind not yet sealed into a batch
    pending: int  # what this node still waits on for the kind (see `held`)
    held: str  # what `pending` counts, in Chinese


async def kinds() -> list[KindPending]:
    """Per kind of record that this node sends or holds: how many wait. For the outbound SMS
    (SMS__SEND_VIA=edge): at the core the messages handed to the edge without a verdict yet; at
    the edge the requests not sent yet, and the verdicts the core has not acknowledged yet."""
    edge = get_settings().node.role == "edge"
    rows = []
    for kind in ExchangeKind:
        waiting = await ExchangeRecord.filter(kind=kind).count()
        pending, held = 0, ""
        if kind is ExchangeKind.SMS_SEND:
            if edge:
                pending = await EdgeItem.filter(kind=kind, answered_at__isnull=True).count()
                held = "待外网节点发送"
            else:
                pending = await SmsMessage.filter(status=SmsStatus.QUEUED).count()
                held = "已交外网节点、待回发送结果"
        elif kind is ExchangeKind.SMS_RESULT and edge:
            pending = await EdgeItem.filter(kind=ExchangeKind.SMS_SEND, answered_at__isnull=False).count()
            held = "已发送、待内网确认"
        if waiting or pending or kind in (ExchangeKind.SMS_SEND, ExchangeKind.SMS_RESULT):
            rows.append(KindPending(kind, waiting, pending, held))
    return rows


async def check_lag() -> int:
    """Raise a notice per direction whose oldest waiting item passed the threshold, and close
    it when the direction has caught up. The number of lagging directions."""
    limit = timedelta(minutes=get_settings().exchange.lag_alert_minutes)
    lagging = 0
    for row in await status():
        key = f"exchange:lag:{row.peer}:{row.direction.value}"
        if row.lag_seconds is not None and row.lag_seconds > limit.total_seconds():
            lagging += 1
            await notices.raise_notice(
                "exchange_lag",
                f"内外网交换延迟（{row.peer} {row.direction.label}）",
                f"最早的待{'确认' if row.direction == ExchangeDirection.OUTBOUND else '应用'}批次已等待 "
                f"{row.lag_seconds // 60} 分钟，待处理 {row.pending} 个。请检查网闸、前置库或外网节点的连接。",
                key=key,
            )
        else:
            await notices.resolve(key_prefix=key)
    return lagging
