"""Loopback stand-ins for the desk telephony agents that run on a staff PC.

Two WebSocket servers on 127.0.0.1 (ephemeral port) that speak the vendors' protocols:

- `RunpuAgent`: 润普 RL1000 "ccgate" (bidtime/runpu-cti, rl1000-sdk/delphi-xe/ccgate). Requests are
  `{cmd, request: {param, uri}}`; every answer and every event is `{cmd, request, response: {state,
  msg, data}}` with `state != 0` meaning error. `dialect="wstest"` sends the event names documented in
  wstest.html (evCallOutRing / evCallOutEstablished / evCallOutEnd, no talk time); `dialect="ccgate-0.39"`
  sends what the 0.39 source sends (evCallOutRingBack / evRemotePhoneHook / evPSTNFree carrying the call
  record with `durationSeconds`).
- `SimboxAgent`: SIM/4G box (inininininin/zacrm-vue, static/kt-telephone). `{"cmd": ...}` messages,
  events ALERT / CBEGIN / CEND that the page acknowledges by echoing the cmd.

The call is scripted by the test, never by timers: `await agent.advance("ringing")`, `"answered"`,
`agent.pass_time(12)` for simulated talk, then `await agent.advance("hangup")` (or the page hangs up).
After hangup the agent uploads a generated WAV and its call record to the upload URL the page gave it,
as one multipart POST, retrying a bounded number of times on anything but HTTP 200 with
`{"success": true}` (ccgate's rule). `uploads` lists every attempt; `upload_finished` is set when it
stops trying.
"""

from __future__ import annotations

import asyncio
import io
import json
import math
import struct
import wave
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Self
from urllib.parse import parse_qs

import httpx
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

Step = Literal["ringing", "answered", "hangup"]
ACK_TIMEOUT = 10.0


def make_wav(*, milliseconds: int = 300, rate: int = 8000, tone_hz: float = 440.0) -> bytes:
    """A mono 16-bit PCM WAV: a short tone, the size a real recording header-checks like."""
    frames = rate * milliseconds // 1000
    samples = (int(8000 * math.sin(2 * math.pi * tone_hz * i / rate)) for i in range(frames))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return buffer.getvalue()


@dataclass
class UploadAttempt:
    """One POST of a recording and its call record; `status` is None when the server was unreachable."""

    url: str
    status: int | None
    fields: dict[str, str]
    filename: str
    content: bytes
    headers: dict[str, str]


@dataclass
class SimulatedCall:
    call_id: str
    number: str
    upload_url: str
    started_at: datetime
    agent_call_id: str = ""
    rang_at: datetime | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    talk_seconds: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class DeskAgent:
    """What both agents share: the server, the command log, the scripted call and the upload."""

    vendor = ""

    def __init__(self, *, max_upload_attempts: int = 3, retry_delay: float = 0.0, port: int = 0) -> None:
        self.listen_port = port  # 0: any free port; a fixed one when a server was told the URL first
        self.max_upload_attempts = max_upload_attempts
        self.retry_delay = retry_delay  # the real agents wait 30-120 s between attempts
        self.received: list[dict[str, Any]] = []
        self.uploads: list[UploadAttempt] = []
        self.upload_finished = asyncio.Event()
        self.connected = asyncio.Event()
        self.dialled = asyncio.Event()
        self.call: SimulatedCall | None = None
        self.last_call: SimulatedCall | None = None
        self._server: Server | None = None
        self._connection: ServerConnection | None = None
        self._clock: datetime = datetime.now(UTC)
        self._received_changed = asyncio.Condition()
        self._tasks: set[asyncio.Task[None]] = set()

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> Self:
        self._server = await serve(self._serve, "127.0.0.1", self.listen_port)
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "agent not started"
        return int(next(iter(self._server.sockets)).getsockname()[1])

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def commands(self) -> list[str]:
        """The `cmd` of every message received, in order (acks included)."""
        return [str(m.get("cmd")) for m in self.received]

    @property
    def last_upload_status(self) -> int | None:
        return self.uploads[-1].status if self.uploads else None

    # -- scripting ---------------------------------------------------------------------------

    def pass_time(self, seconds: int) -> None:
        """Simulated talk: moves the agent's clock on without waiting."""
        self._clock += timedelta(seconds=seconds)

    def now(self) -> datetime:
        return self._clock

    async def advance(self, step: Step) -> None:
        """Play the next step of the dialled call to the page."""
        await asyncio.wait_for(self.dialled.wait(), ACK_TIMEOUT)
        call = self.call
        assert call is not None, "no call in progress"
        if step == "ringing":
            call.rang_at = self.now()
            await self._ringing(call)
        elif step == "answered":
            call.answered_at = self.now()
            await self._answered(call)
        else:
            await self._end_call()

    async def wait_for_command(self, cmd: str, count: int = 1) -> dict[str, Any]:
        """The `count`-th message with this cmd, once it has arrived."""

        def found() -> list[dict[str, Any]]:
            return [m for m in self.received if m.get("cmd") == cmd]

        async with self._received_changed:
            await asyncio.wait_for(self._received_changed.wait_for(lambda: len(found()) >= count), ACK_TIMEOUT)
        return found()[count - 1]

    # -- protocol plumbing ---------------------------------------------------------------------

    async def _serve(self, connection: ServerConnection) -> None:
        self._connection = connection
        self.connected.set()
        try:
            async for raw in connection:
                message = json.loads(raw)
                async with self._received_changed:
                    self.received.append(message)
                    self._received_changed.notify_all()
                await self._handle(message)
        except ConnectionClosed:
            pass

    async def _send(self, payload: dict[str, Any]) -> None:
        assert self._connection is not None, "no page connected"
        await self._connection.send(json.dumps(payload, ensure_ascii=False))

    async def _end_call(self) -> None:
        call = self.call
        if call is None:
            return
        call.ended_at = self.now()
        if call.answered_at is not None:
            call.talk_seconds = int((call.ended_at - call.answered_at).total_seconds())
        self.call = None
        self.dialled.clear()
        self.last_call = call
        await self._ended(call)
        self._spawn(self._upload(call))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _begin_call(self, *, call_id: str, number: str, upload_url: str) -> SimulatedCall:
        self.upload_finished.clear()
        self.call = SimulatedCall(call_id=call_id, number=number, upload_url=upload_url, started_at=self.now())
        self.dialled.set()
        return self.call

    async def _upload(self, call: SimulatedCall) -> None:
        try:
            if not call.upload_url:
                return
            fields = {
                "call_id": call.call_id,
                "vendor": self.vendor,
                "duration_seconds": str(call.talk_seconds),
                "record": json.dumps(self._call_record(call), ensure_ascii=False),
            }
            filename = f"{call.agent_call_id or call.call_id}.wav"
            content = make_wav()
            headers = self._upload_headers()
            async with httpx.AsyncClient(timeout=10.0) as client:
                for attempt in range(self.max_upload_attempts):
                    if attempt and self.retry_delay:
                        await asyncio.sleep(self.retry_delay)
                    status: int | None
                    accepted = False
                    try:
                        response = await client.post(
                            call.upload_url,
                            data=fields,
                            files={"file": (filename, content, "audio/wav")},
                            headers=headers,
                        )
                        status = response.status_code
                        accepted = status == 200 and _success(response)
                    except httpx.HTTPError:
                        status = None
                    self.uploads.append(UploadAttempt(call.upload_url, status, fields, filename, content, headers))
                    if accepted:
                        return
        finally:
            self.upload_finished.set()

    # -- per vendor --------------------------------------------------------------------------

    async def _handle(self, message: dict[str, Any]) -> None:
        raise NotImplementedError

    async def _ringing(self, call: SimulatedCall) -> None:
        raise NotImplementedError

    async def _answered(self, call: SimulatedCall) -> None:
        raise NotImplementedError

    async def _ended(self, call: SimulatedCall) -> None:
        raise NotImplementedError

    def _call_record(self, call: SimulatedCall) -> dict[str, Any]:
        raise NotImplementedError

    def _upload_headers(self) -> dict[str, str]:
        return {}


def _success(response: httpx.Response) -> bool:
    try:
        return response.json().get("success") is True
    except ValueError:
        return False


def _stamp(moment: datetime | None) -> str:
    """ccgate writes local wall-clock times without a zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else ""


class RunpuAgent(DeskAgent):
    """润普 RL1000 ccgate on ws://127.0.0.1:12686 (here an ephemeral port)."""

    vendor = "runpu"
    EVENTS = {
        "wstest": {"ringing": "evCallOutRing", "answered": "evCallOutEstablished", "hangup": "evCallOutEnd"},
        "ccgate-0.39": {"ringing": "evCallOutRingBack", "answered": "evRemotePhoneHook", "hangup": "evPSTNFree"},
    }

    def __init__(self, *, dialect: Literal["wstest", "ccgate-0.39"] = "wstest", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.dialect = dialect
        self.cookie = ""
        self._failures: dict[str, str] = {}
        self._serial = 0

    def fail_next(self, cmd: str, msg: str) -> None:
        """Answer the next `cmd` with state 1 and this message, as ccgate's errorJson does."""
        self._failures[cmd] = msg

    async def _reply(self, cmd: str, request: Any, *, state: int = 0, msg: str = "", data: Any = None) -> None:
        await self._send({"cmd": cmd, "request": request, "response": {"state": state, "msg": msg, "data": data or {}}})

    async def _event(self, cmd: str, msg: str, data: dict[str, Any]) -> None:
        await self._send({"cmd": cmd, "request": None, "response": {"state": 0, "msg": msg, "data": data}})

    async def _handle(self, message: dict[str, Any]) -> None:
        cmd = str(message.get("cmd"))
        request = message.get("request") or {}
        param = request.get("param") or {}
        if cmd in self._failures:
            await self._reply(cmd, request, state=1, msg=self._failures.pop(cmd))
            return
        if cmd == "cmdAddCookie":
            self.cookie = str(param.get("value") or "")
            await self._reply(cmd, None)
        elif cmd == "cmdStartDial":
            query = parse_qs(str(request.get("uri") or ""))
            call = self._begin_call(
                call_id=query.get("callId", [""])[0],
                number=str(param.get("phoneNo") or ""),
                upload_url=query.get("uploadUrl", [""])[0],
            )
            self._serial += 1
            call.agent_call_id = f"runpu-{self._serial:06d}"
            call.extra["prefix"] = param.get("prefix", "")
            await self._reply(cmd, request, data={"value": call.agent_call_id})
        elif cmd == "cmdStopDial":
            await self._reply(cmd, request, data={"value": self.call.agent_call_id if self.call else ""})
            await self._end_call()
        elif cmd in ("cmdDoHook", "cmdDoPhone", "cmdResetCall", "cmdConfirmDial", "cmdRefuseCallIn"):
            await self._reply(cmd, request)
        else:
            await self._reply(cmd, request, state=1, msg=f"不支持的命令: {cmd}")

    async def _ringing(self, call: SimulatedCall) -> None:
        await self._event(self.EVENTS[self.dialect]["ringing"], "拨号结束，检测到回铃", {"value": call.agent_call_id})

    async def _answered(self, call: SimulatedCall) -> None:
        await self._event(self.EVENTS[self.dialect]["answered"], "被叫方摘机", {"value": call.agent_call_id})

    async def _ended(self, call: SimulatedCall) -> None:
        if self.dialect == "ccgate-0.39":
            await self._event("evPSTNFree", "设备空闲, 通话结束.", self._call_record(call))
        else:
            await self._event("evCallOutEnd", "去电结束", {"value": call.agent_call_id})

    def _call_record(self, call: SimulatedCall) -> dict[str, Any]:
        """TCallRecordBase as ccgate serialises it (common/src/dto/uCallRecordDTO.pas)."""
        ended = call.ended_at or self.now()
        return {
            "callUuid": call.agent_call_id,
            "startTime": _stamp(call.started_at),
            "ringTime": _stamp(call.rang_at),
            "establishedTime": _stamp(call.answered_at),
            "finishedTime": _stamp(ended),
            "durationSeconds": call.talk_seconds,
            "totalSeconds": int((ended - call.started_at).total_seconds()),
            "fromPhone": "",
            "toPhone": call.number,
            "callType": 2,  # 1 来电, 2 去电
            "direction": 2,
            "callResult": 4 if call.answered_at else 3,  # 4 接通, 3 呼出检测到回铃
            "deviceType": 4,
        }

    def _upload_headers(self) -> dict[str, str]:
        return {"Cookie": self.cookie}

    async def _upload(self, call: SimulatedCall) -> None:
        # ccgate 0.396: an empty cookie means "not logged in"; it does not even try.
        if not self.cookie:
            self.upload_finished.set()
            return
        await super()._upload(call)


class SimboxAgent(DeskAgent):
    """SIM/4G box on ws://127.0.0.1:8800/ (here an ephemeral port)."""

    vendor = "simbox"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.autorecord = False
        self.callrecord_url = ""
        self.record_file_url = ""
        self.heartbeat_url = ""
        self._acks_seen = 0

    async def _ok(self, cmd: str, **extra: Any) -> None:
        await self._send({"cmd": cmd, **extra, "success": "true", "message": "成功"})

    async def _event_acked(self, payload: dict[str, Any]) -> None:
        """Send an event and wait for the page's acknowledgement, as the box does."""
        cmd = payload["cmd"]
        count = sum(1 for m in self.received if m.get("cmd") == cmd) + 1
        await self._send(payload)
        try:
            await self.wait_for_command(cmd, count)
        except TimeoutError:
            raise AssertionError(f"the page did not acknowledge {cmd}") from None

    async def _handle(self, message: dict[str, Any]) -> None:
        cmd = str(message.get("cmd"))
        if cmd in ("USB", "CORG", "CALLING", "ALERT", "CBEGIN", "CEND"):
            return  # the page's acknowledgement of our event
        if cmd == "LINK":
            await self._ok("LINK")
            await self._send({"cmd": "USB", "connected": "true"})
        elif cmd == "autorecord":
            self.autorecord = str(message.get("value")) == "1"
            await self._ok(cmd)
        elif cmd == "setCallrecord":
            self.callrecord_url = str(message.get("callrecordUrl") or "")
            self.record_file_url = str(message.get("recordFileUrl") or "")
            self.heartbeat_url = str(message.get("heartbeatUrl") or "")
            await self._ok(cmd)
        elif cmd == "ATD":
            number = str(message.get("number") or "")
            call = self._begin_call(
                call_id=str(message.get("callid") or ""),
                number=number,
                upload_url=self.record_file_url if self.autorecord else "",
            )
            await self._ok(cmd)
            await self._send({"cmd": "CORG", "number": number, "callId": call.call_id})
        elif cmd == "ATH":
            await self._ok(cmd)
            # CEND waits for the page's acknowledgement, which this receive loop must stay free to read.
            self._spawn(self._end_call())
        else:
            await self._send({"cmd": cmd, "success": "false", "message": f"不支持的命令: {cmd}"})

    async def _ringing(self, call: SimulatedCall) -> None:
        await self._event_acked({"cmd": "ALERT", "number": call.number, "callId": call.call_id})

    async def _answered(self, call: SimulatedCall) -> None:
        await self._event_acked({"cmd": "CBEGIN", "number": call.number, "callId": call.call_id})

    async def _ended(self, call: SimulatedCall) -> None:
        # CEND carries no talk time: the page times CBEGIN -> CEND itself.
        await self._event_acked({"cmd": "CEND", "number": call.number, "callId": call.call_id})

    def _call_record(self, call: SimulatedCall) -> dict[str, Any]:
        return {
            "callid": call.call_id,
            "number": call.number,
            "begin": call.started_at.isoformat(),
            "answer": call.answered_at.isoformat() if call.answered_at else "",
            "end": (call.ended_at or self.now()).isoformat(),
            "duration": call.talk_seconds,
        }
