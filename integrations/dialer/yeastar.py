"""Yeastar P-Series (OpenAPI v1.0) driver: click-to-call over REST, call events by webhook.

Checked against Yeastar's public developer guide (help.yeastar.com, P-Series Appliance /
Software / Cloud Edition, "developer-guide" pages), found with the project's search tool:

* ``POST {base}/openapi/v1.0/get_token`` with JSON ``{"username": <Client ID>, "password":
  <Client Secret>}`` and a mandatory ``User-Agent`` header (their example: ``OpenAPI``). Reply
  ``{"errcode": 0, "errmsg": "SUCCESS", "access_token", "access_token_expire_time": 1800,
  "refresh_token", "refresh_token_expire_time": 86400}`` (get-access-token.html). Tokens last
  30 min; the guide allows either refresh_token or a new get_token (authorization-rule.html);
  we simply call get_token again a minute before expiry. An application may hold at most 8
  valid tokens at once (Software/Cloud edition page), so each process keeps one.
* ``POST {base}/openapi/v1.0/call/dial?access_token=...`` with ``{"caller", "callee",
  "dial_permission"?, "auto_answer"?}``; reply ``{"errcode", "errmsg", "call_id"}``
  (make-a-call.html). The caller (staff extension) rings first, then the callee.
* ``POST {base}/openapi/v1.0/call/hangup?access_token=...`` with ``{"channel_id"}`` taken from
  the 30011 event (hang-up-a-call.html).
* Event ``30011`` Call Status Changed: ``{"type": 30011, "sn", "msg": {"call_id", "members":
  [{"extension"|"inbound"|"outbound": {"number"|"from"/"to", "channel_id", "member_status"}}]}}``;
  ``member_status`` ALERT / RING / EARLYMEDIA / ANSWERED / ANSWER / HOLD / BYE
  (event-call-status-changed.html). The documented examples show ``msg`` as a JSON *string*;
  we accept a string or an object.
* Event ``30012`` New CDR: ``msg`` = ``{"call_id", "time_start", "call_from", "call_to",
  "call_duration", "talk_duration", "status", "type", "recording", ...}`` with status
  ANSWERED (misspelt "ANSWERD" in one page) / NO ANSWER / BUSY / VOICEMAIL (event-new-cdr.html).

Unverified (not found in the public pages we could reach):

* the errcode meaning "access token expired/invalid": we assume ``10004`` and also treat any
  errmsg containing "TOKEN" as a token problem, then fetch a new token and retry once;
* that the ``call_id`` returned by call/dial is the one carried by 30011/30012 (the pages
  use the same name and format, e.g. ``1648627871.65``);
* the shape of ``30015`` Call Failed (named on make-a-call.html): we read ``msg.call_id`` and
  report FAILED with ``msg.reason`` when present;
* the exact status word for other CDR outcomes (e.g. "FAILED"): anything not listed is FAILED.

Inbound calls (来电弹屏): a 30011 whose members are an ``inbound`` (``from`` = the caller) and
an ``extension`` in RING / ALERT, for a call id that is not one of ours -> INBOUND per ringing
extension, once per call id.

Correlation: Yeastar chooses the call id, so the driver maps it to ours when call/dial returns.
Webhooks may hit another web process, or arrive before the call/dial reply: the service must
store the PBX call id on the CallRecord and seed other processes with ``remember()``; events for
a call id not yet known are held and replayed when the mapping is learnt.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from integrations.dialer.base import (
    CallEvent,
    CallEventKind,
    DialerError,
    EventSink,
    HangupKind,
    OriginateRequest,
)

log = logging.getLogger(__name__)

TOKEN_ERROR_CODES = frozenset({10004})  # unverified, see module docstring
EVENT_CALL_STATUS = 30011
EVENT_CDR = 30012
EVENT_CALL_FAILED = 30015
_CDR_KIND = {
    "ANSWERED": HangupKind.COMPLETED,
    "ANSWERD": HangupKind.COMPLETED,
    "NO ANSWER": HangupKind.NO_ANSWER,
    "NO ANSWERED": HangupKind.NO_ANSWER,
    "VOICEMAIL": HangupKind.NO_ANSWER,
    "BUSY": HangupKind.BUSY,
}
_MAX_ORPHANS = 500


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class _Call:
    call_id: str
    number: str
    staff: str
    rang: bool = False
    answered: bool = False
    done: bool = False
    staff_channel: str = ""


class _TokenError(Exception):
    pass


class YeastarDialer:
    """Click-to-call through a Yeastar P-Series PBX's OpenAPI."""

    name = "yeastar"

    def __init__(
        self,
        *,
        base_url: str,
        client_id: str,
        client_secret: str,
        api_path: str = "/openapi/v1.0",
        user_agent: str = "OpenAPI",
        timeout: float = 10.0,
        verify_tls: bool = True,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_path = "/" + api_path.strip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self._clock = clock
        self._http = httpx.AsyncClient(
            base_url=self.base_url, timeout=timeout, verify=verify_tls, headers={"User-Agent": user_agent}
        )
        self._token = ""
        self._token_expires = datetime.min.replace(tzinfo=UTC)
        self._token_lock = asyncio.Lock()
        self._sink: EventSink | None = None
        self._calls: dict[str, _Call] = {}  # our call id -> state
        self._by_pbx: dict[str, str] = {}  # Yeastar call_id -> our call id
        self._orphans: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self._popped: dict[str, None] = {}  # inbound Yeastar call ids already reported (bounded, in order)

    # -- token ------------------------------------------------------------------------------

    async def _fetch_token(self) -> None:
        data = await self._post("get_token", {"username": self.client_id, "password": self._client_secret}, auth=False)
        if data.get("errcode") != 0 or not data.get("access_token"):
            raise DialerError(f"Yeastar 电话系统认证失败，请检查 API 客户端 ID 和密钥（{data.get('errmsg', '')}）")
        self._token = str(data["access_token"])
        lifetime = int(data.get("access_token_expire_time") or 1800)
        # Renew a minute early so a request never carries a token that expires in flight.
        self._token_expires = self._clock() + timedelta(seconds=max(lifetime - 60, lifetime // 2))

    async def _access_token(self, *, force: bool = False) -> str:
        async with self._token_lock:
            if force or not self._token or self._clock() >= self._token_expires:
                await self._fetch_token()
            return self._token

    async def _post(self, path: str, body: dict[str, Any], *, auth: bool = True) -> dict[str, Any]:
        params = {"access_token": await self._access_token()} if auth else None
        try:
            response = await self._http.post(f"{self.api_path}/{path}", params=params, json=body)
            response.raise_for_status()
            data = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise DialerError(f"无法访问 Yeastar 电话系统：{exc}") from exc
        if not isinstance(data, dict):
            raise DialerError("Yeastar 电话系统返回了无法识别的内容")
        return data

    async def _call_api(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """An authenticated call; a token the PBX no longer accepts is replaced once."""
        data = await self._post(path, body)
        if _is_token_error(data):
            await self._access_token(force=True)
            data = await self._post(path, body)
        return data

    # -- dialer port ------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        self._sink = sink
        await self._access_token(force=True)

    @property
    def connected(self) -> bool:
        return True  # no standing connection: every request stands alone

    async def close(self) -> None:
        await self._http.aclose()

    async def originate(self, request: OriginateRequest) -> None:
        body: dict[str, Any] = {"caller": request.staff_endpoint, "callee": request.number}
        data = await self._call_api("call/dial", body)
        if data.get("errcode") != 0 or not data.get("call_id"):
            raise DialerError(f"Yeastar 电话系统拒绝了呼叫请求：{data.get('errmsg', '未知原因')}")
        self._calls[request.call_id] = _Call(request.call_id, request.number, request.staff_endpoint)
        await self.remember_async(str(data["call_id"]), request.call_id)

    async def hangup(self, call_id: str) -> None:
        """Hang up the staff extension's channel (learnt from 30011). Best effort."""
        call = self._calls.get(call_id)
        if call is None or not call.staff_channel or call.done:
            return
        try:
            await self._call_api("call/hangup", {"channel_id": call.staff_channel})
        except DialerError as exc:
            log.warning("Yeastar hangup of %s failed: %s", call_id, exc)

    # -- correlation ------------------------------------------------------------------------

    def remember(self, pbx_call_id: str, call_id: str, *, number: str = "", staff: str = "") -> list[CallEvent]:
        """Map Yeastar's call id to ours; returns events held for it before the mapping was known."""
        self._by_pbx[pbx_call_id] = call_id
        self._calls.setdefault(call_id, _Call(call_id, number, staff))
        events: list[CallEvent] = []
        for kind, msg in self._orphans.pop(pbx_call_id, []):
            events.extend(self._parse(kind, msg))
        return events

    async def remember_async(self, pbx_call_id: str, call_id: str) -> None:
        for event in self.remember(pbx_call_id, call_id):
            await self._emit(event)

    def held_pbx_ids(self) -> list[str]:
        """Yeastar call ids with webhooks held because this process has not learnt their mapping
        (the call was placed by another web process: the service looks them up and `remember`s)."""
        return list(self._orphans)

    def pbx_call_id(self, call_id: str) -> str | None:
        return next((pbx for pbx, ours in self._by_pbx.items() if ours == call_id), None)

    # -- webhook events ---------------------------------------------------------------------

    async def _emit(self, event: CallEvent) -> None:
        if self._sink is not None:
            await self._sink(event)

    async def handle_webhook(self, body: dict[str, Any]) -> list[CallEvent]:
        """Parse a webhook body and deliver its events to the sink; returns them too."""
        events = self.parse_webhook(body)
        for event in events:
            await self._emit(event)
        return events

    def parse_webhook(self, body: dict[str, Any]) -> list[CallEvent]:
        """Map one Yeastar event report (30011 / 30012 / 30015) to our CallEvents.

        Events for a Yeastar call id we do not know yet are held (bounded) until `remember`.
        Other event types and calls that are not ours yield nothing.
        """
        try:
            kind = int(body.get("type", 0))
        except (TypeError, ValueError):
            return []
        msg = body.get("msg")
        if isinstance(msg, str):
            try:
                msg = json.loads(msg)
            except ValueError:
                log.warning("Yeastar event %s with unparsable msg", kind)
                return []
        if kind not in (EVENT_CALL_STATUS, EVENT_CDR, EVENT_CALL_FAILED) or not isinstance(msg, dict):
            return []
        pbx_call_id = str(msg.get("call_id", ""))
        if kind == EVENT_CALL_STATUS and pbx_call_id not in self._by_pbx and (inbound := self._inbound(msg)):
            return inbound
        if pbx_call_id not in self._by_pbx:
            if pbx_call_id and len(self._orphans) < _MAX_ORPHANS:
                self._orphans.setdefault(pbx_call_id, []).append((kind, msg))
            return []
        return self._parse(kind, msg)

    def _inbound(self, msg: dict[str, Any]) -> list[CallEvent]:
        """A call from a trunk (an ``inbound`` member) ringing an ``extension`` member: INBOUND,
        once per Yeastar call id (30011 repeats as the members' states change)."""
        members = [m for m in msg.get("members") or [] if isinstance(m, dict)]
        outside = next((m["inbound"] for m in members if isinstance(m.get("inbound"), dict)), None)
        ringing = [
            m["extension"]
            for m in members
            if isinstance(m.get("extension"), dict)
            and str(m["extension"].get("member_status", "")).upper() in ("RING", "ALERT")
        ]
        pbx_call_id = str(msg.get("call_id", ""))
        if outside is None or not ringing or not pbx_call_id or pbx_call_id in self._popped:
            return []
        self._popped[pbx_call_id] = None
        while len(self._popped) > _MAX_ORPHANS:
            self._popped.pop(next(iter(self._popped)))
        caller = str(outside.get("from", ""))
        return [
            CallEvent(
                pbx_call_id, CallEventKind.INBOUND, self._clock(), caller=caller, extension=str(e.get("number", ""))
            )
            for e in ringing
        ]

    def _parse(self, kind: int, msg: dict[str, Any]) -> list[CallEvent]:
        call = self._calls.get(self._by_pbx.get(str(msg.get("call_id", "")), ""))
        if call is None or call.done:
            return []
        at = self._clock()
        if kind == EVENT_CALL_STATUS:
            return self._status(call, msg, at)
        if kind == EVENT_CDR:
            return self._cdr(call, msg, at)
        call.done = True
        reason = str(msg.get("reason", "") or "call failed")
        return [CallEvent(call.call_id, CallEventKind.HANGUP, at, hangup=HangupKind.FAILED, cause=reason)]

    def _status(self, call: _Call, msg: dict[str, Any], at: datetime) -> list[CallEvent]:
        events: list[CallEvent] = []
        for member in msg.get("members") or []:
            if not isinstance(member, dict):
                continue
            ext = member.get("extension")
            if isinstance(ext, dict) and ext.get("channel_id") and str(ext.get("number", "")) == call.staff:
                call.staff_channel = str(ext["channel_id"])
            out = member.get("outbound")
            if not isinstance(out, dict):
                continue
            status = str(out.get("member_status", "")).upper()
            if status in ("RING", "EARLYMEDIA", "ALERT") and not call.rang and not call.answered:
                call.rang = True
                events.append(CallEvent(call.call_id, CallEventKind.RINGING, at))
            elif status in ("ANSWER", "ANSWERED") and not call.answered:
                call.answered = True
                events.append(CallEvent(call.call_id, CallEventKind.ANSWERED, at))
        return events

    def _cdr(self, call: _Call, msg: dict[str, Any], at: datetime) -> list[CallEvent]:
        call.done = True
        status = str(msg.get("status", "")).strip().upper()
        hangup = _CDR_KIND.get(status, HangupKind.FAILED)
        try:
            talk = int(msg.get("talk_duration") or 0)
        except (TypeError, ValueError):
            talk = 0
        recording = str(msg.get("recording", "") or "").strip()
        events = [
            CallEvent(
                call.call_id,
                CallEventKind.HANGUP,
                at,
                hangup=hangup,
                cause=status,
                duration_seconds=talk,
                recording_ref=recording,
            )
        ]
        if recording:
            events.append(CallEvent(call.call_id, CallEventKind.RECORDING, at, recording_ref=recording))
        return events


def _is_token_error(data: dict[str, Any]) -> bool:
    code = data.get("errcode")
    return code != 0 and (code in TOKEN_ERROR_CODES or "TOKEN" in str(data.get("errmsg", "")).upper())
