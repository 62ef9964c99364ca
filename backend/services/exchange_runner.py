"""The exchange loop of a node: the transport chosen by `EXCHANGE__TRANSPORT`, rounds on a
schedule (or back to back behind the relay's long-poll), retention and the lag notice. Runs in
the web process that runs the jobs (`make run`)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import time
from pathlib import Path
from typing import Any

import httpx

from backend.services import exchange, exchange_kinds, exchange_monitor, exchange_relay
from backend.settings import get_settings
from integrations.exchange.base import ExchangeUnavailable, Transport
from integrations.exchange.database import DatabaseTransport
from integrations.exchange.files import FileTransport
from integrations.exchange.relay import RelayTransport

log = logging.getLogger("suifang.exchange")
HOUSEKEEPING_EVERY = 300  # rounds
HOUSEKEEPING_SECONDS = 600  # on an edge in relay mode, which has no rounds of its own


def transport_from_settings(asgi: Any = None) -> Transport | None:
    """This node's transport, or None when it has no active side (off; the edge in relay mode,
    which only answers the core's calls). `asgi`: the core's own app, which answers the doctors'
    requests the edge forwards over the relay."""
    settings = get_settings()
    xchg = settings.exchange
    if xchg.transport == "file":
        assert xchg.outbox_dir and xchg.inbox_dir
        return FileTransport(Path(xchg.outbox_dir), Path(xchg.inbox_dir))
    if xchg.transport == "database":
        assert xchg.database_url
        return DatabaseTransport(xchg.database_url, node=settings.node.node_name)
    if xchg.transport == "relay" and settings.node.role == "core":
        assert xchg.edge_url
        return _relay(xchg.edge_url, asgi, xchg.poll_seconds)
    return None


def _relay(edge_url: str, asgi: Any, poll_seconds: float) -> RelayTransport:
    running: set[asyncio.Task[None]] = set()

    def on_requests(requests: list[dict[str, Any]]) -> None:
        for request in requests:
            task = asyncio.create_task(_answer(transport, asgi, request))
            running.add(task)
            task.add_done_callback(running.discard)

    transport = RelayTransport(
        edge_url, sign=exchange_relay.sign_call, on_requests=on_requests, poll_seconds=poll_seconds
    )
    return transport


async def _answer(transport: RelayTransport, asgi: Any, request: dict[str, Any]) -> None:
    """Run a forwarded request through this core's own app (its tokens, its scope) and send back
    the answer; the edge only ever sees the response."""
    answer: dict[str, Any] = {"id": request["id"], "status": 502, "content_type": "application/json", "body": ""}
    try:
        if asgi is None or not exchange_relay.allowed(request["method"], request["path"]):
            raise PermissionError("not allowed")
        # the doctor's own address (the relay call is signed, so the edge's word is trusted):
        # login limits and audit rows see the doctor, not every doctor away as one address
        address = (str(request.get("client") or "127.0.0.1"), 0)
        client_transport = httpx.ASGITransport(app=asgi, client=address)
        async with httpx.AsyncClient(transport=client_transport, base_url="http://core.relay") as client:
            response = await client.request(
                request["method"],
                "/api/v1" + request["path"],
                params=request.get("query") or None,
                headers=request.get("headers") or {},
                content=base64.b64decode(request.get("body") or ""),
            )
        answer |= {
            "status": response.status_code,
            "content_type": response.headers.get("content-type", "application/json"),
            "body": base64.b64encode(response.content).decode("ascii"),
        }
    except Exception:
        log.exception("exchange: forwarded request %s %s failed", request.get("method"), request.get("path"))
    try:
        await transport.answer([answer])
    except ExchangeUnavailable as exc:
        log.warning("exchange: answer to a forwarded request lost: %s", exc)


async def send_held_sms() -> int:
    """On an edge: send the SMS the core handed over (SMS__SEND_VIA=edge there); never fails the loop."""
    if get_settings().node.role != "edge":
        return 0
    try:
        return await exchange_kinds.send_held_sms()
    except Exception:
        log.exception("exchange: sending held SMS failed")
        return 0


async def housekeeping() -> None:
    await exchange.prune()
    await exchange_kinds.prune_items()
    await exchange_monitor.check_lag()


async def run_forever(transport: Transport, stop: asyncio.Event) -> None:
    """Rounds until `stop` is set; a failed round is logged and the next one retries."""
    interval = get_settings().exchange.interval_seconds
    long_poll = getattr(transport, "long_poll", False)
    rounds = 0
    while not stop.is_set():
        failed = False
        try:
            if rounds % HOUSEKEEPING_EVERY == 0:
                await housekeeping()
            report = await exchange.run_round(transport)
            sent = await send_held_sms()
            busy = bool(report.sent or report.received or sent or long_poll)
        except ExchangeUnavailable as exc:
            log.warning("exchange: %s", exc)
            busy, failed = False, True
        except Exception:
            log.exception("exchange round failed")
            busy, failed = False, True
        rounds += 1
        if failed or not busy:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=interval)
    await transport.close()


async def run_until_stopped(asgi: Any, stop: asyncio.Event) -> None:
    """The node's exchange, if it has an active side; on an edge in relay mode, only the
    housekeeping (the core's calls do the rest)."""
    transport = transport_from_settings(asgi)
    if transport is not None:
        await run_forever(transport, stop)
        return
    interval = get_settings().exchange.interval_seconds
    last_housekeeping = -float(HOUSEKEEPING_SECONDS)
    while not stop.is_set():
        if time.monotonic() - last_housekeeping >= HOUSEKEEPING_SECONDS:
            last_housekeeping = time.monotonic()
            try:
                await housekeeping()
            except Exception:
                log.exception("exchange housekeeping failed")
        # the SMS the core handed over in its calls leave from here
        await send_held_sms()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
