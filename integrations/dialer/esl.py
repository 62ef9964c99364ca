"""FreeSWITCH Event Socket (inbound ESL) driver: click-to-call through FreeSWITCH.

Our own asyncio client (genesis needs a newer fastapi than our pin; python-ESL does not build).

Wire protocol (mod_event_socket): messages are ``Name: value`` header lines ended by a blank line;
when a ``Content-Length`` header is present, exactly that many bytes of body follow. Commands are
sent as text ended by two newlines, and their replies (``command/reply``, ``api/response``) come
back in order, interleaved with events, so replies are matched first-in first-out.

A ``text/event-plain`` event is itself such a message *inside* the outer body: URL-encoded
header lines, a blank line, and (for BACKGROUND_JOB) a second ``Content-Length`` with its own
body, e.g. ``-ERR USER_BUSY``. Both lengths are honoured; header values are URL-decoded.

How a follow-up call runs on FreeSWITCH
---------------------------------------
``bgapi originate {origination_uuid=<call_id>,followup_call_id=<call_id>,followup_leg=staff,...}
user/<extension> &bridge({followup_call_id=<call_id>,followup_leg=patient}sofia/gateway/<gw>/<number>)``
with header ``Job-UUID: <call_id>``. The staff leg's UUID *is* our call id; the patient leg
carries ``followup_call_id`` and ``followup_leg=patient`` as channel variables, so every event
(``variable_followup_call_id``) names its call and leg even before the bgapi reply arrives.

* BACKGROUND_JOB ``-ERR <CAUSE>``: the staff leg never answered -> HANGUP from that cause.
  (``+OK <uuid>`` only says the staff answered; nothing is emitted for it.)
* CHANNEL_PROGRESS / CHANNEL_PROGRESS_MEDIA of the patient leg -> RINGING (once).
* CHANNEL_ANSWER of the patient leg -> ANSWERED (once).
* CHANNEL_HANGUP_COMPLETE of the patient leg -> HANGUP with its ``Hangup-Cause`` and
  ``variable_billsec`` (talk time with the patient). If the staff leg ends without any patient
  leg having appeared (e.g. the gateway refused the bridge before creating a channel), HANGUP is
  taken from the staff leg's ``variable_originate_disposition`` (set by the failed bridge) or
  its own ``Hangup-Cause``.
* RECORD_STOP -> RECORDING with ``Record-File-Path`` (delivered even after the HANGUP).

Inbound calls (来电弹屏): a CHANNEL_CALLSTATE ``RINGING`` of a leg that is not ours (no
``followup_call_id``: a patient calling the hotline, bridged by the dialplan to ``user/8001``)
-> INBOUND with the caller's ``Caller-Caller-ID-Number`` and the extension from
``variable_dialed_user`` (the user the bridge rang), else ``Caller-Destination-Number``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import unquote

from integrations.dialer.base import (
    CallEvent,
    CallEventKind,
    DialerError,
    EventSink,
    OriginateRequest,
    StreamConnection,
    classify_hangup,
)

log = logging.getLogger(__name__)

EVENTS = (
    "BACKGROUND_JOB CHANNEL_PROGRESS CHANNEL_PROGRESS_MEDIA CHANNEL_ANSWER CHANNEL_HANGUP_COMPLETE RECORD_STOP"
    " CHANNEL_CALLSTATE"
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class EslMessage:
    headers: dict[str, str]
    body: str = ""


def parse_headers(text: str, *, decode: bool) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in text.split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            value = value.strip()
            headers[key.strip()] = unquote(value) if decode else value
    return headers


async def read_message(reader: asyncio.StreamReader) -> EslMessage | None:
    """Read one outer ESL message (headers + Content-Length body); None at end of stream."""
    lines: list[str] = []
    while True:
        raw = await reader.readline()
        if not raw:
            return None
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if line:
            lines.append(line)
        elif lines:
            break
    headers = parse_headers("\n".join(lines), decode=False)
    length = int(headers.get("Content-Length", "0") or 0)
    body = (await reader.readexactly(length)).decode("utf-8", "replace") if length else ""
    return EslMessage(headers, body)


def parse_plain_event(body: str) -> EslMessage:
    """The inner text/event-plain payload: URL-encoded headers, then an optional length-delimited body."""
    head, _, rest = body.partition("\n\n")
    headers = parse_headers(head, decode=True)
    length = int(headers.get("Content-Length", "0") or 0)
    # Content-Length counts bytes, not characters.
    inner = rest.encode()[:length].decode("utf-8", "replace") if length else ""
    return EslMessage(headers, inner)


def _var_value(value: str) -> str:
    """A channel-variable value for `{}`: commas and spaces would split the list, so drop them."""
    return value.replace(",", "").replace(" ", "").replace("}", "").replace("{", "")


@dataclass(slots=True)
class _Call:
    call_id: str
    rang: bool = False
    answered: bool = False
    patient_seen: bool = False
    done: bool = False


class EslDialer(StreamConnection):
    """Click-to-call through FreeSWITCH: originate the staff extension, bridge to the patient."""

    name = "esl"

    def __init__(
        self,
        *,
        host: str,
        port: int = 8021,
        password: str,
        gateway: str,
        user_template: str = "user/{extension}",
        caller_id: str = "",
        command_timeout: float = 10.0,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.host = host
        self.port = port
        self._password = password
        self.gateway = gateway
        self.user_template = user_template
        self.caller_id = caller_id
        self.command_timeout = command_timeout
        self._clock = clock
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._sink: EventSink | None = None
        self._task: asyncio.Task[None] | None = None
        self._replies: asyncio.Queue[asyncio.Future[EslMessage]] = asyncio.Queue()
        self._lock = asyncio.Lock()
        self._calls: dict[str, _Call] = {}

    # -- connection -------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        self._sink = sink
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), self.command_timeout)
            self._reader, self._writer = reader, writer
            greeting = await asyncio.wait_for(read_message(reader), self.command_timeout)
            if greeting is None or greeting.headers.get("Content-Type") != "auth/request":
                raise DialerError("FreeSWITCH 未按 Event Socket 协议应答")
            writer.write(f"auth {self._password}\n\n".encode())
            await writer.drain()
            reply = await asyncio.wait_for(read_message(reader), self.command_timeout)
        except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
            await self.close()
            raise DialerError(f"无法连接 FreeSWITCH (ESL {self.host}:{self.port})：{exc}") from exc
        except DialerError:
            await self.close()
            raise
        if reply is None or not reply.headers.get("Reply-Text", "").startswith("+OK"):
            await self.close()
            raise DialerError("FreeSWITCH 认证失败，请检查 Event Socket 密码")
        self._task = asyncio.create_task(self._read_loop(), name="esl-reader")
        subscribed = await self._command(f"event plain {EVENTS}")
        if not subscribed.headers.get("Reply-Text", "").startswith("+OK"):
            await self.close()
            raise DialerError("FreeSWITCH 拒绝订阅通话事件")

    async def close(self) -> None:
        await self._close_stream()
        self._fail_pending("与 FreeSWITCH 的连接已关闭")

    def _fail_pending(self, message: str) -> None:
        while not self._replies.empty():
            fut = self._replies.get_nowait()
            if not fut.done():
                fut.set_exception(DialerError(message))

    async def _command(self, command: str, headers: dict[str, str] | None = None) -> EslMessage:
        """Send one command and wait for its reply (replies arrive in command order)."""
        if not self.connected:
            raise DialerError("FreeSWITCH 未连接")
        assert self._writer is not None
        fut: asyncio.Future[EslMessage] = asyncio.get_running_loop().create_future()
        text = command + "".join(f"\n{k}: {v}" for k, v in (headers or {}).items()) + "\n\n"
        async with self._lock:  # the write and the queue position must match
            self._replies.put_nowait(fut)
            self._writer.write(text.encode())
            await self._writer.drain()
        try:
            return await asyncio.wait_for(fut, self.command_timeout)
        except TimeoutError as exc:
            raise DialerError("FreeSWITCH 响应超时") from exc

    async def _read_loop(self) -> None:
        assert self._reader is not None
        try:
            while (msg := await read_message(self._reader)) is not None:
                kind = msg.headers.get("Content-Type", "")
                if kind in ("command/reply", "api/response"):
                    if not self._replies.empty():
                        fut = self._replies.get_nowait()
                        if not fut.done():
                            fut.set_result(msg)
                elif kind == "text/event-plain":
                    try:
                        await self._on_event(parse_plain_event(msg.body))
                    except Exception:  # a sink failure must not kill the connection
                        log.exception("ESL event handling failed")
                elif kind == "text/disconnect-notice":
                    break
        except (OSError, asyncio.IncompleteReadError) as exc:
            log.warning("ESL connection lost: %s", exc)
        self._fail_pending("与 FreeSWITCH 的连接已断开")

    # -- dialer port ------------------------------------------------------------------------

    def originate_command(self, request: OriginateRequest) -> str:
        """The exact bgapi line; public so the factory/ops can log what would be sent."""
        cid = _var_value(request.call_id)
        staff_vars = {
            "origination_uuid": cid,
            "followup_call_id": cid,
            "followup_leg": "staff",
            "originate_timeout": str(request.timeout_seconds),
        }
        caller_id = request.caller_id or self.caller_id
        patient_vars = {"followup_call_id": cid, "followup_leg": "patient", "leg_timeout": str(request.timeout_seconds)}
        if caller_id:
            patient_vars["origination_caller_id_number"] = _var_value(caller_id)
        for key, value in request.variables.items():
            staff_vars[_var_value(key)] = _var_value(value)
        staff = ",".join(f"{k}={v}" for k, v in staff_vars.items())
        patient = ",".join(f"{k}={v}" for k, v in patient_vars.items())
        user = self.user_template.format(extension=request.staff_endpoint)
        number = _var_value(request.number)
        return f"bgapi originate {{{staff}}}{user} &bridge({{{patient}}}sofia/gateway/{self.gateway}/{number})"

    async def originate(self, request: OriginateRequest) -> None:
        self._calls[request.call_id] = _Call(request.call_id)
        try:
            reply = await self._command(self.originate_command(request), {"Job-UUID": request.call_id})
        except DialerError:
            self._calls.pop(request.call_id, None)
            raise
        text = reply.headers.get("Reply-Text", "")
        if not text.startswith("+OK"):
            self._calls.pop(request.call_id, None)
            raise DialerError(f"FreeSWITCH 拒绝了呼叫请求：{text or '未知原因'}")

    async def hangup(self, call_id: str) -> None:
        """Kill the staff leg (its UUID is the call id); the bridged patient leg follows."""
        if call_id not in self._calls:
            return
        try:
            await self._command(f"bgapi uuid_kill {_var_value(call_id)}")
        except DialerError as exc:
            log.warning("ESL hangup of %s failed: %s", call_id, exc)

    # -- events -----------------------------------------------------------------------------

    async def _emit(self, event: CallEvent) -> None:
        if self._sink is not None:
            await self._sink(event)

    def _event_time(self, h: dict[str, str]) -> datetime:
        micros = h.get("Event-Date-Timestamp", "")
        return datetime.fromtimestamp(int(micros) / 1e6, UTC) if micros.isdigit() else self._clock()

    async def _on_event(self, event: EslMessage) -> None:
        h = event.headers
        name = h.get("Event-Name", "")
        at = self._event_time(h)
        call_id = h.get("variable_followup_call_id") or h.get("Unique-ID") or ""
        if name == "BACKGROUND_JOB":
            call_id = h.get("Job-UUID", "")
        if name == "RECORD_STOP":
            # Delivered even after HANGUP (the file is closed last), so only our tag identifies it.
            call_id = h.get("variable_followup_call_id", "")
            path = h.get("Record-File-Path") or h.get("variable_record_file_path", "")
            if call_id and path:
                await self._emit(CallEvent(call_id, CallEventKind.RECORDING, at, recording_ref=path))
            return
        if name == "CHANNEL_CALLSTATE":
            if h.get("Channel-Call-State") == "RINGING" and "variable_followup_call_id" not in h:
                await self._inbound(h, at)
            return
        call = self._calls.get(call_id)
        if call is None or call.done:
            return
        patient = h.get("variable_followup_leg") == "patient" or (
            h.get("Unique-ID", call_id) != call_id and name != "BACKGROUND_JOB"
        )
        if patient:
            call.patient_seen = True

        if name == "BACKGROUND_JOB":
            result = event.body.strip()
            if result.startswith("-ERR"):
                cause = result.removeprefix("-ERR").strip() or "UNKNOWN"
                await self._finish(call, at, cause, billsec=0)
        elif name in ("CHANNEL_PROGRESS", "CHANNEL_PROGRESS_MEDIA") and patient:
            if not call.rang and not call.answered:
                call.rang = True
                await self._emit(CallEvent(call_id, CallEventKind.RINGING, at))
        elif name == "CHANNEL_ANSWER" and patient:
            if not call.answered:
                call.answered = True
                await self._emit(CallEvent(call_id, CallEventKind.ANSWERED, at))
        elif name == "CHANNEL_HANGUP_COMPLETE":
            billsec = h.get("variable_billsec", "")
            if patient:
                await self._finish(call, at, h.get("Hangup-Cause", ""), int(billsec) if billsec.isdigit() else None)
            elif not call.patient_seen:
                disposition = h.get("variable_originate_disposition", "")
                cause = disposition if disposition and disposition != "SUCCESS" else h.get("Hangup-Cause", "")
                await self._finish(call, at, cause, billsec=0)

    async def _inbound(self, h: dict[str, str], at: datetime) -> None:
        """A call we did not place rings a staff extension: 来电弹屏 for whoever sits there."""
        extension = h.get("variable_dialed_user") or h.get("Caller-Destination-Number", "")
        if not extension:
            return
        await self._emit(
            CallEvent(
                h.get("Unique-ID", ""),
                CallEventKind.INBOUND,
                at,
                caller=h.get("Caller-Caller-ID-Number", ""),
                extension=extension,
            )
        )

    async def _finish(self, call: _Call, at: datetime, cause: str, billsec: int | None) -> None:
        call.done = True
        answered = call.answered or bool(billsec)
        kind = classify_hangup(cause or "UNKNOWN", answered=answered)
        await self._emit(
            CallEvent(call.call_id, CallEventKind.HANGUP, at, hangup=kind, cause=cause, duration_seconds=billsec)
        )
        self._calls.pop(call.call_id, None)
