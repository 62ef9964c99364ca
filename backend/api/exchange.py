"""交换监控: where the intranet-extranet exchange stands, per peer and direction."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field

from backend.api.deps import CurrentPrincipal
from backend.services import exchange_monitor
from backend.services.access import require
from backend.settings import get_settings

router = APIRouter(prefix="/exchange", tags=["内外网交换"])


class DirectionOut(BaseModel):
    peer: str = Field(description="对端节点")
    direction: str
    direction_label: str
    last_sequence: int = Field(description="发出：最后封装的序号；接收：最后应用的序号")
    confirmed: int = Field(description="发出：对端已确认到；接收：已应用到")
    pending: int = Field(description="待确认（发出）或等待缺失序号的批次（接收）")
    lag_seconds: int | None = Field(description="最早的待处理项已等待的秒数")
    lagging: bool
    last_at: datetime | None
    refused: int
    duplicates: int
    last_error: str
    last_error_at: datetime | None


class KindOut(BaseModel):
    kind: str
    kind_label: str
    waiting: int = Field(description="尚未封装进批次的记录数")
    pending: int = Field(description="本节点仍在等待的数量（含义见 held）")
    held: str = Field(description="pending 统计的是什么")


class ExchangeStatusOut(BaseModel):
    node: str
    role: str
    transport: str
    lag_alert_minutes: int
    items: list[DirectionOut]
    kinds: list[KindOut] = Field(description="按记录类别的待处理数（短信外发请求与发送结果等）")


@router.get("/status", response_model=ExchangeStatusOut, summary="交换监控")
async def exchange_status(principal: CurrentPrincipal) -> ExchangeStatusOut:
    require(principal, "sync:manage")
    settings = get_settings()
    limit = settings.exchange.lag_alert_minutes * 60
    rows = await exchange_monitor.status()
    return ExchangeStatusOut(
        node=settings.node.node_name,
        role=settings.node.role,
        transport=settings.exchange.transport,
        lag_alert_minutes=settings.exchange.lag_alert_minutes,
        items=[
            DirectionOut(
                peer=r.peer,
                direction=r.direction.value,
                direction_label=r.direction.label,
                last_sequence=r.last_sequence,
                confirmed=r.confirmed,
                pending=r.pending,
                lag_seconds=r.lag_seconds,
                lagging=r.lag_seconds is not None and r.lag_seconds > limit,
                last_at=r.last_at,
                refused=r.refused,
                duplicates=r.duplicates,
                last_error=r.last_error,
                last_error_at=r.last_error_at,
            )
            for r in rows
        ],
        kinds=[
            KindOut(kind=k.kind.value, kind_label=k.kind.label, waiting=k.waiting, pending=k.pending, held=k.held)
            for k in await exchange_monitor.kinds()
        ],
    )
