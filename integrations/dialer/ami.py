"""Asterisk Manager Interface (AMI) driver: click-to-call through an Asterisk PBX.

A small asyncio client of our own (no panoramisk: one fewer pinned dependency, and we need only
Login, Originate, Hangup and a handful of events).

How a follow-up call runs on Asterisk
-------------------------------------
``Action: Originate`` rings the *staff* channel (``channel_template``, e.g. ``PJSIP/8001``) with
``ChannelId = call_id``, so the staff leg's ``Uniqueid`` (and therefore the ``Linkedid`` of every
channel the call creates) is our call id before any event arrives. When staff pick up, Asterisk
runs ``context`` / ``<patient number>`` / 1, whose dialplan dials the patient through the trunk.
That patient leg has its own ``Uniqueid`` but ``Linkedid == call_id``. ``Async: true`` is
mandatory: without it the manager connection blocks until the staff member answers.

Events (matched by ``Linkedid`` / ``Uniqueid`` == call_id, or ``ActionID`` for OriginateResponse):

* ``Newstate`` Ringing of the patient leg, or ``DialState`` RINGING -> RINGING (once).
* ``Newstate`` Up of the patient leg, ``DialEnd`` ANSWER or ``BridgeEnter`` of the patient
  leg -> ANSWERED (once); the answer time starts the talk-time clock.
* ``Hangup`` of the patient leg: its Q.850 ``Cause`` is remembered (it is the one that says busy /
  no answer / unallocated). ``Hangup`` of the staff leg (``Uniqueid == call_id``) ends the call ->
  HANGUP, classified from the patient cause when there was one, else from the staff leg's own.
* ``OriginateResponse`` ``Response: Failure`` -> HANGUP at once, classified from ``Reason``
  (5 busy, 3 rang out = no answer, anything else failed), because a channel that was never
  created (bad endpoint, Reason 0) produces no Hangup event at all.

Inbound calls (来电弹屏): a ``DialBegin`` of a call that is not ours (a patient calling the
hotline, routed by the dialplan to a staff endpoint) -> INBOUND with the caller's ``CallerIDNum``
and the extension from ``DialString`` (``PJSIP/8001`` or ``8001``).

Only the first HANGUP of a call is delivered; later Hangup/OriginateResponse events are ignored.
Talk time is the difference between the answer and hang-up events, taken from the events'
``Timestamp`` header when manager.conf has ``timestampevents=yes`` (recommended: it is the PBX's
clock, immune to our event-loop lag), else from our clock at receipt.

Recording convention (the one our dialplan must follow): run ``MixMonitor`` on the staff leg
before ``Dial``. MixMonitor sets the channel variable ``MIXMONITOR_FILENAME``, which Asterisk
reports as a ``VarSet`` event (event class ``dialplan``). The last such value seen on any leg of
the call is put on the HANGUP event and then delivered as a RECORDING event. Example::

    [followup-out]
    exten => _X.,1,MixMonitor(followup/${FOLLOWUP_CALL_ID}.wav)
     same => n,Dial(PJSIP/${EXTEN}@trunk,${FOLLOWUP_TIMEOUT})
     same => n,Hangup()

The manager user needs read ``call,dialplan`` and write ``originate,call``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from integrations.dialer.base import (
    CallEvent,
    CallEventKind,
    DialerError,
    EventSink,
    HangupKind,
    OriginateRequest,
    StreamConnection,
    classify_hangup,
)

log = logging.getLogger(__name__)

Message = list[tuple[str, str]]

# OriginateResponse `Reason` is the last AST_CONTROL_* frame seen, not a Q.850 cause; advisory only.
_REASON_KIND = {"5": HangupKind.BUSY, "3": HangupKind.NO_ANSWER}


def _utcnow() -> datetime:
    return datetime.now(UTC)


def encode_message(pairs: Message) -> bytes:
    """One AMI message: `Key: Value` lines joined by CRLF and ended by an empty line."""
    return ("".join(f"{k}: {v}\r\n" for k, v in pairs) + "\r\n").encode()


async def read_message(reader: asyncio.StreamReader) -> Message | None:
    """Read one AMI message; None at end of stream. Lines without a colon are kept with an empty key."""
    pairs: Message = []
    while True:
        line = await reader.readline()
        if not line:
            return None
        text = line.decode("utf-8", "replace").rstrip("\r\n")
        if not text:
            if pairs:
                return pairs
            continue  # stray blank line between messages
        key, sep, value = text.partition(":")
        pairs.append((key.strip(), value.strip()) if sep else ("", text))


def _first(pairs: Message) -> dict[str, str]:
    """Headers as a dict, keeping the first of repeated keys (events repeat only ChanVariable)."""
    out: dict[str, str] = {}
    for k, v in pairs:
        out.setdefault(k, v)
    return out


@dataclass(slots=True)
class _Call:
    call_id: str
    rang: bool = False
    answered_at: datetime | None = None
    patient_cause: str = ""
    done: bool = False
    recording: str = ""
    staff_channel: str = ""


class AmiDialer(StreamConnection):
    """Click-to-call through Asterisk AMI: ring the staff extension, then the patient."""

    name = "ami"

    def __init__(
        self,
        *,
        host: str,
        port: int = 5038,
        username: str,
        secret: str,
        channel_template: str = "PJSIP/{extension}",
        context: str = "followup-out",
        caller_id: str = "",
        action_timeout: float = 10.0,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.host = host
        self.port = port
        self.username = username
        self._secret = secret
        self.channel_template = channel_template
        self.context = context
        self.caller_id = caller_id
        self.action_timeout = action_timeout
        self._clock = clock
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._sink: EventSink | None = None
        self._task: asyncio.Task[None] | None = None
        self._pending: dict[str, asyncio.Future[dict[str, str]]] = {}
        self._calls: dict[str, _Call] = {}
        self._seq = 0
        self._write_lock = asyncio.Lock()

    # -- connection -------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        self._sink = sink
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), self.action_timeout)
            self._reader, self._writer = reader, writer
            # The server greets with one line ("Asterisk Call Manager/x.y.z") and no blank line.
            await asyncio.wait_for(reader.readline(), self.action_timeout)
        except (OSError, TimeoutError) as exc:
            await self.close()
            raise DialerError(f"无法连接电话交换机 (AMI {self.host}:{self.port})：{exc}") from exc
        self._task = asyncio.create_task(self._read_loop(), name="ami-reader")
        reply = await self._action([("Action", "Login"), ("Username", self.username), ("Secret", self._secret)])
        if reply.get("Response") != "Success":
            await self.close()
            raise DialerError(f"电话交换机登录失败，请检查 AMI 用户名和密码（{reply.get('Message', '')}）")

    async def close(self) -> None:
        if self._writer is not None and not self._writer.is_closing():
            with contextlib.suppress(OSError, RuntimeError):
                self._writer.write(encode_message([("Action", "Logoff")]))
        await self._close_stream()
        self._fail_pending("与电话交换机的连接已关闭")

    def _fail_pending(self, message: str) -> None:
        for fut in self._pending.values():
            if not fut.done():
                fut.set_exception(DialerError(message))
        self._pending.clear()

    async def _action(self, pairs: Message, action_id: str | None = None) -> dict[str, str]:
        """Send an action and wait for the Response carrying its ActionID."""
        if not self.connected:
            raise DialerError("电话交换机未连接")
        assert self._writer is not None
        if action_id is None:
            self._seq += 1
            action_id = f"fu-{self._seq}"
        fut: asyncio.Future[dict[str, str]] = asyncio.get_running_loop().create_future()
        self._pending[action_id] = fut
        async with self._write_lock:
            self._writer.write(encode_message([*pairs[:1], ("ActionID", action_id), *pairs[1:]]))
            await self._writer.drain()
        try:
            return await asyncio.wait_for(fut, self.action_timeout)
        except TimeoutError as exc:
            raise DialerError("电话交换机响应超时") from exc
        finally:
            self._pending.pop(action_id, None)

    async def _read_loop(self) -> None:
        assert self._reader is not None
        try:
            while (pairs := await read_message(self._reader)) is not None:
                msg = _first(pairs)
                if "Event" in msg:
                    try:
                        await self._on_event(msg)
                    except Exception:  # a sink failure must not kill the connection
                        log.exception("AMI event handling failed: %s", msg.get("Event"))
                elif (fut := self._pending.get(msg.get("ActionID", ""))) is not None and not fut.done():
                    fut.set_result(msg)
        except (OSError, asyncio.IncompleteReadError) as exc:
            log.warning("AMI connection lost: %s", exc)
        self._fail_pending("与电话交换机的连接已断开")

    # -- dialer port ------------------------------------------------------------------------

    async def originate(self, request: OriginateRequest) -> None:
        call_id = request.call_id
        # Registered before sending: events for this call may arrive before the Response.
        self._calls[call_id] = _Call(call_id=call_id)
        variables = {"FOLLOWUP_CALL_ID": call_id, "FOLLOWUP_TIMEOUT": str(request.timeout_seconds)}
        variables.update(request.variables)
        pairs: Message = [
            ("Action", "Originate"),
            ("Channel", self.channel_template.format(extension=request.staff_endpoint)),
            ("Context", self.context),
            ("Exten", request.number),
            ("Priority", "1"),
            ("Timeout", str(request.timeout_seconds * 1000)),
            ("ChannelId", call_id),
            ("Async", "true"),
        ]
        caller_id = request.caller_id or self.caller_id
        if caller_id:
            pairs.append(("CallerID", caller_id))
        pairs.extend(("Variable", f"{k}={v}") for k, v in variables.items())
        try:
            reply = await self._action(pairs, action_id=call_id)
        except DialerError:
            self._calls.pop(call_id, None)
            raise
        if reply.get("Response") != "Success":
            self._calls.pop(call_id, None)
            raise DialerError(f"电话交换机拒绝了呼叫请求：{reply.get('Message', '未知原因')}")

    async def hangup(self, call_id: str) -> None:
        """Hang up the staff leg (its bridge partner follows). Best effort: unknown calls are ignored."""
        call = self._calls.get(call_id)
        if call is None or call.done or not call.staff_channel:
            return
        try:
            await self._action([("Action", "Hangup"), ("Channel", call.staff_channel), ("Cause", "16")])
        except DialerError as exc:
            log.warning("AMI hangup of %s failed: %s", call_id, exc)

    # -- events -----------------------------------------------------------------------------

    def _event_time(self, msg: dict[str, str]) -> datetime:
        stamp = msg.get("Timestamp", "")
        try:
            return datetime.fromtimestamp(float(stamp), UTC) if stamp else self._clock()
        except ValueError:
            return self._clock()

    def _call_of(self, msg: dict[str, str]) -> _Call | None:
        for key in ("Linkedid", "Uniqueid", "DestLinkedid", "ActionID"):
            call = self._calls.get(msg.get(key, ""))
            if call is not None:
                return call
        return None

    async def _emit(self, event: CallEvent) -> None:
        if self._sink is not None:
            await self._sink(event)

    async def _on_event(self, msg: dict[str, str]) -> None:
        call = self._call_of(msg)
        if call is None:
            if msg["Event"] == "DialBegin" and msg.get("DialString"):
                # a call we did not place rings a staff extension: 来电弹屏 for whoever sits there
                await self._emit(
                    CallEvent(
                        msg.get("DestUniqueid") or msg.get("Uniqueid", ""),
                        CallEventKind.INBOUND,
                        self._event_time(msg),
                        caller=msg.get("CallerIDNum", ""),
                        extension=msg["DialString"].rsplit("/", 1)[-1],
                    )
                )
            return
        name = msg["Event"]
        at = self._event_time(msg)
        staff_leg = msg.get("Uniqueid") == call.call_id
        if staff_leg and msg.get("Channel"):
            call.staff_channel = msg["Channel"]
        state = msg.get("ChannelStateDesc", "")

        if name == "VarSet" and msg.get("Variable") == "MIXMONITOR_FILENAME" and msg.get("Value"):
            call.recording = msg["Value"]
            return
        if call.done:
            return
        if name == "OriginateResponse":
            if msg.get("Response") == "Failure":
                reason = msg.get("Reason", "")
                await self._finish(call, at, _REASON_KIND.get(reason, HangupKind.FAILED), f"Reason {reason}")
            return
        ringing = (name == "Newstate" and not staff_leg and state == "Ringing") or (
            name == "DialState" and msg.get("DialStatus") == "RINGING"
        )
        if ringing and not call.rang and call.answered_at is None:
            call.rang = True
            await self._emit(CallEvent(call.call_id, CallEventKind.RINGING, at))
            return
        answered = (
            (name == "Newstate" and not staff_leg and state == "Up")
            or (name == "DialEnd" and msg.get("DialStatus") == "ANSWER")
            or (name == "BridgeEnter" and not staff_leg)
        )
        if answered and call.answered_at is None:
            call.answered_at = at
            await self._emit(CallEvent(call.call_id, CallEventKind.ANSWERED, at))
            return
        if name == "Hangup":
            if not staff_leg:
                call.patient_cause = msg.get("Cause", "")
                return
            cause = call.patient_cause or msg.get("Cause", "")
            kind = classify_hangup(cause or "0", answered=call.answered_at is not None)
            await self._finish(call, at, kind, cause)

    async def _finish(self, call: _Call, at: datetime, kind: HangupKind, cause: str) -> None:
        call.done = True
        duration = None
        if call.answered_at is not None:
            duration = max(0, round((at - call.answered_at).total_seconds()))
        elif kind is not HangupKind.COMPLETED:
            duration = 0
        await self._emit(
            CallEvent(
                call.call_id,
                CallEventKind.HANGUP,
                at,
                hangup=kind,
                cause=cause,
                duration_seconds=duration,
                recording_ref=call.recording,
            )
        )
        if call.recording:
            await self._emit(CallEvent(call.call_id, CallEventKind.RECORDING, at, recording_ref=call.recording))
        self._calls.pop(call.call_id, None)
