"""The exchange loop of a node: the transport chosen by `EXCHANGE__TRANSPORT`, rounds on a
schedule, retention and the lag notice. Runs in the web process that runs the jobs (`make run`)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from backend.services import exchange, exchange_kinds
from backend.settings import get_settings
from integrations.exchange.base import ExchangeUnavailable, Transport
from integrations.exchange.database import DatabaseTransport
from integrations.exchange.files import FileTransport

log = logging.getLogger("suifang.exchange")


def transport_from_settings() -> Transport | None:
    """This node's transport, or None when it has no active side (off; the edge in relay mode
    only answers the core's calls)."""
    settings = get_settings()
    xchg = settings.exchange
    if xchg.transport == "file":
        assert xchg.outbox_dir and xchg.inbox_dir
        return FileTransport(Path(xchg.outbox_dir), Path(xchg.inbox_dir))
    if xchg.transport == "database":
        assert xchg.database_url
        return DatabaseTransport(xchg.database_url, node=settings.node.node_name)
    return None


async def housekeeping() -> None:
    await exchange.prune()
    await exchange_kinds.prune_items()


async def run_forever(transport: Transport, stop: asyncio.Event) -> None:
    """Rounds until `stop` is set; a failed round is logged and the next one retries."""
    interval = get_settings().exchange.interval_seconds
    rounds = 0
    while not stop.is_set():
        try:
            report = await exchange.run_round(transport)
            busy = report.sent or report.received
            rounds += 1
            if rounds % 500 == 1:
                await housekeeping()
        except ExchangeUnavailable as exc:
            log.warning("exchange: %s", exc)
            busy = 0
        except Exception:
            log.exception("exchange round failed")
            busy = 0
        if not busy:
            try:
                await asyncio.wait_for(stop.wait(), timeout=interval)
            except TimeoutError:
                pass
    await transport.close()
