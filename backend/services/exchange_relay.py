"""The outbound relay (中继): the core connects out to the edge and long-polls it; each call
carries the core's envelopes in and the edge's out. Over the same connection the edge forwards an
allow-list of the doctors' API operations to the core and waits for the answers: the request and
its answer live only in this process's memory, never in the edge's database, and the core
applies its own tokens and department scope as for any request.

One edge web process holds the relay (the forwarded requests wait in its memory); run the edge
as one process, or route /exchange/ and /api/ to the same one.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import re
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from backend.services import exchange
from backend.services.errors import PermissionDenied, ServiceBusy
from backend.settings import get_settings
from integrations.exchange.base import Incoming

CLOCK_SKEW_SECONDS = 300
# (method, path under /api/v1) a doctor away may use through the edge: signing in, their task
# list, one task, recording a contact. Everything else stays inside the hospital.
ALLOWED = (
    ("POST", r"/auth/login"),
    ("POST", r"/auth/refresh"),
    ("POST", r"/auth/logout"),
    ("GET", r"/auth/me"),
    ("GET", r"/tasks"),
    ("GET", r"/tasks/next"),
    ("GET", r"/tasks/\d{1,10}"),
    ("POST", r"/tasks/\d{1,10}/contacts"),
)
FORWARDED_HEADERS = ("authorization", "content-type", "accept", "user-agent")


def allowed(method: str, path: str) -> bool:
    return any(method == m and re.fullmatch(p, path) for m, p in ALLOWED)


# --- signing the relay's own HTTP calls ----------------------------------------------------


def call_signature(path: str, stamp: str, nonce: str, body: bytes) -> str:
    sign, _ = exchange._keys()
    digest = hashlib.sha256(body).hexdigest()
    return hmac.new(sign, f"{path}|{stamp}|{nonce}|{digest}".encode(), hashlib.sha256).hexdigest()


def sign_call(path: str, body: bytes) -> dict[str, str]:
    stamp, nonce = str(int(time.time())), uuid.uuid4().hex
    return {
        "x-exchange-time": stamp,
        "x-exchange-nonce": nonce,
        "x-exchange-signature": call_signature(path, stamp, nonce, body),
    }


_seen: OrderedDict[str, float] = OrderedDict()


def verify_call(path: str, headers: dict[str, str], body: bytes) -> None:
    """A relay call signed with the exchange key, recent, and not seen before."""
    stamp, nonce, sig = (headers.get(k, "") for k in ("x-exchange-time", "x-exchange-nonce", "x-exchange-signature"))
    try:
        fresh = abs(time.time() - int(stamp)) <= CLOCK_SKEW_SECONDS
    except ValueError:
        fresh = False
    if not fresh or not nonce or not hmac.compare_digest(call_signature(path, stamp, nonce, body), sig):
        raise PermissionDenied("中继请求签名无效或已过期")
    if nonce in _seen:
        raise PermissionDenied("中继请求重复")
    _seen[nonce] = time.time()
    while _seen and next(iter(_seen.values())) < time.time() - 2 * CLOCK_SKEW_SECONDS:
        _seen.popitem(last=False)


# --- the edge's side -----------------------------------------------------------------------


@dataclass
class Forwarded:
    id: str
    request: dict[str, Any]
    answer: asyncio.Future[dict[str, Any]]
    handed: bool = False


@dataclass
class RelayState:
    waiting: dict[str, Forwarded] = field(default_factory=dict)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    last_poll: float = 0.0


_state: RelayState | None = None


def state() -> RelayState:
    global _state
    if _state is None:
        _state = RelayState()
    return _state


def connected() -> bool:
    """The core has polled recently (it is between two polls at most)."""
    return time.monotonic() - state().last_poll <= get_settings().exchange.poll_seconds + 10


async def forward(
    method: str, path: str, query: str, headers: dict[str, str], body: bytes, *, client: str
) -> dict[str, Any]:
    """A doctor's request at the edge, answered by the core over the relay. `client`: the
    doctor's address, which the core's login limits and audit rows see."""
    if not allowed(method, path):
        raise PermissionDenied("院外访问不提供此功能，请在院内使用")
    if not connected():
        raise ServiceBusy("院内系统暂时无法连接，请稍后再试")
    relay = state()
    forwarded = Forwarded(
        uuid.uuid4().hex,
        {
            "method": method,
            "path": path,
            "query": query,
            "headers": {k: v for k, v in headers.items() if k in FORWARDED_HEADERS},
            "body": base64.b64encode(body).decode("ascii"),
            "client": client,
        },
        asyncio.get_running_loop().create_future(),
    )
    relay.waiting[forwarded.id] = forwarded
    relay.wake.set()
    try:
        return await asyncio.wait_for(forwarded.answer, timeout=get_settings().exchange.forward_timeout_seconds)
    except TimeoutError:
        raise ServiceBusy("院内系统响应超时，请稍后再试") from None
    finally:
        relay.waiting.pop(forwarded.id, None)


def take_answers(answers: list[dict[str, Any]]) -> int:
    taken = 0
    for answer in answers:
        waiting = state().waiting.get(str(answer.get("id")))
        if waiting is not None and not waiting.answer.done():
            waiting.answer.set_result(answer)
            taken += 1
    return taken


async def poll(envelopes: list[dict[str, str]], *, hold: bool = True) -> dict[str, Any]:
    """One long-poll from the core: take its envelopes, then answer with ours and the doctors'
    requests as soon as there are any (or after `poll_seconds` with none)."""
    relay = state()
    relay.last_poll = time.monotonic()
    peer = get_settings().exchange_peer
    report = exchange.RoundReport()

    async def noop() -> None:
        return None

    await exchange.take(
        [Incoming(e["name"], e["data"].encode("ascii"), noop) for e in envelopes], peer=peer, report=report
    )
    deadline = time.monotonic() + (get_settings().exchange.poll_seconds if hold else 0)
    while True:
        relay.wake.clear()
        fresh = [f for f in relay.waiting.values() if not f.handed]
        await exchange.seal_pending(peer=peer)
        out, ids, ack = await exchange.outgoing(peer=peer)
        left = deadline - time.monotonic()
        if out or fresh or left <= 0:
            break
        # a doctor's request wakes the poll at once; records queued meanwhile (by this or
        # another process) are sealed within a second
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(relay.wake.wait(), timeout=min(left, 1.0))
    await exchange.mark_sent(peer=peer, ids=ids, ack=ack)
    for f in fresh:
        f.handed = True
    relay.last_poll = time.monotonic()
    return {
        "envelopes": [{"name": o.name, "data": o.data.decode("ascii")} for o in out],
        "requests": [{"id": f.id, **f.request} for f in fresh],
    }
