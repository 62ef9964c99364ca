"""Relay transport, the core's side: it connects out to the edge (the only direction most
hospital firewalls allow) and long-polls it over HTTPS. Each call carries the core's envelopes
and brings back the edge's, plus the doctors' requests the edge forwards; their answers go back
on a short call of their own so they never wait behind a long-poll.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from integrations.exchange.base import ExchangeUnavailable, Incoming, Outgoing

POLL_PATH = "/exchange/relay"
ANSWER_PATH = "/exchange/relay/answers"
Signer = Callable[[str, bytes], dict[str, str]]


async def _nothing() -> None:
    return None


class RelayTransport:
    long_poll = True

    def __init__(
        self, edge_url: str, *, sign: Signer, on_requests: Callable[[list[dict[str, Any]]], None], poll_seconds: float
    ) -> None:
        self.base = edge_url.rstrip("/")
        self.sign = sign
        self.on_requests = on_requests
        self.client = httpx.AsyncClient(timeout=httpx.Timeout(poll_seconds + 30, connect=10))

    async def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        headers = {"content-type": "application/json", **self.sign(path, body)}
        try:
            response = await self.client.post(self.base + path, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise ExchangeUnavailable(f"外网节点无法连接：{exc!r}") from exc
        if response.status_code != 200:
            raise ExchangeUnavailable(f"外网节点拒绝中继请求：HTTP {response.status_code} {response.text[:200]}")
        result: dict[str, Any] = response.json()
        return result

    async def round(self, outgoing: list[Outgoing]) -> list[Incoming]:
        envelopes = [{"name": o.name, "data": o.data.decode("ascii")} for o in outgoing]
        # an unacknowledged send must not hold the poll: it returns at once with our news applied
        result = await self._post(POLL_PATH, {"envelopes": envelopes})
        if result.get("requests"):
            self.on_requests(result["requests"])
        return [Incoming(e["name"], e["data"].encode("ascii"), _nothing) for e in result.get("envelopes", [])]

    async def answer(self, answers: list[dict[str, Any]]) -> None:
        await self._post(ANSWER_PATH, {"answers": answers})

    async def close(self) -> None:
        await self.client.aclose()
