"""A loopback FreeSWITCH Event Socket server (inbound mode).

Speaks mod_event_socket on 127.0.0.1 (ephemeral port): sends ``auth/request``, checks the
password (wrong -> ``-ERR invalid`` and a disconnect notice), replies to ``event`` and ``bgapi``
commands (honouring a caller-chosen ``Job-UUID``), records every command with its extra header
lines, and lets a test push ``text/event-plain`` events framed as FreeSWITCH does: an outer
Content-Length, URL-encoded header values, and an inner Content-Length + body when the event has
a body (BACKGROUND_JOB). The shapes were learned from the team's reference corpus (its
api/freeswitch_esl.md, outside this repository); nothing here reads it.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from urllib.parse import quote


@dataclass
class Command:
    line: str
    headers: dict[str, str] = field(default_factory=dict)


def plain_event(headers: dict[str, str], body: str = "") -> bytes:
    """Serialise one event the way switch_event_serialize + mod_event_socket frame it."""
    text = "".join(f"{k}: {quote(v, safe='')}\n" for k, v in headers.items())
    if body:
        text += f"Content-Length: {len(body.encode())}\n\n{body}"
    else:
        text += "\n"
    payload = text.encode()
    return f"Content-Length: {len(payload)}\nContent-Type: text/event-plain\n\n".encode() + payload


class EslServer:
    def __init__(self, *, password: str = "ClueCon") -> None:
        self.password = password
        self.commands: list[Command] = []
        self.bgapi: asyncio.Queue[Command] = asyncio.Queue()
        self.bgapi_reply = ""  # when set, bgapi is answered with this Reply-Text instead of +OK
        self.events_before_reply: list[bytes] = []  # pushed before the bgapi command/reply
        self.split_writes = False  # deliver events a few bytes at a time
        self.port = 0
        self._server: asyncio.Server | None = None
        self._clients: list[asyncio.StreamWriter] = []
        self._handlers: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> EslServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def drop_clients(self) -> None:
        """Close every client connection, as a PBX restart would."""
        for writer in list(self._clients):
            writer.close()

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._clients:
            writer.close()
        for task in list(self._handlers):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._server.wait_closed()

    @staticmethod
    def _reply(text: str, **headers: str) -> bytes:
        extra = "".join(f"{k.replace('_', '-')}: {v}\n" for k, v in headers.items())
        return f"Content-Type: command/reply\nReply-Text: {text}\n{extra}\n".encode()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        writer.write(b"Content-Type: auth/request\n\n")
        authed = False
        try:
            while True:
                lines: list[str] = []
                while True:
                    raw = await reader.readline()
                    if not raw:
                        return
                    line = raw.decode().rstrip("\r\n")
                    if not line:
                        break
                    lines.append(line)
                if not lines:
                    continue
                cmd = Command(lines[0], dict(ln.split(": ", 1) for ln in lines[1:] if ": " in ln))
                self.commands.append(cmd)
                verb, _, rest = cmd.line.partition(" ")
                if verb == "auth":
                    if rest == self.password:
                        authed = True
                        self._clients.append(writer)
                        writer.write(self._reply("+OK accepted"))
                    else:
                        writer.write(self._reply("-ERR invalid"))
                        writer.write(b"Content-Type: text/disconnect-notice\nContent-Length: 0\n\n")
                        await writer.drain()
                        return
                elif not authed:
                    writer.write(self._reply("-ERR command not found"))
                elif verb == "event":
                    writer.write(self._reply("+OK event listener enabled plain"))
                elif verb == "bgapi":
                    job = cmd.headers.get("Job-UUID", "7f4db78a-17d7-11dd-b7a0-db4edd065621")
                    for data in self.events_before_reply:
                        writer.write(data)
                    if self.bgapi_reply:
                        writer.write(self._reply(self.bgapi_reply))
                    else:
                        writer.write(self._reply(f"+OK Job-UUID: {job}", Job_UUID=job))
                    await writer.drain()
                    self.bgapi.put_nowait(cmd)
                else:
                    writer.write(self._reply("-ERR command not found"))
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            if writer in self._clients:
                self._clients.remove(writer)
            writer.close()
            self._handlers.discard(task)

    async def emit(self, *events: bytes) -> None:
        for data in events:
            for writer in self._clients:
                if self.split_writes:
                    for i in range(0, len(data), 7):
                        writer.write(data[i : i + 7])
                        await writer.drain()
                else:
                    writer.write(data)
        for writer in self._clients:
            await writer.drain()


# -- call scenarios ----------------------------------------------------------------------------

PATIENT_UUID = "b1f0c2de-0000-4000-8000-000000000002"


def _common(name: str, uuid: str, call_id: str, leg: str, ts_us: int) -> dict[str, str]:
    return {
        "Event-Name": name,
        "Core-UUID": "6c8b0f3e-0000-4000-8000-00000000c0re",
        "FreeSWITCH-Hostname": "fs01",
        "Event-Date-Local": "2026-03-01 10:00:00",
        "Event-Date-Timestamp": str(ts_us),
        "Unique-ID": uuid,
        "Caller-Caller-ID-Name": "某某医院 随访",
        "variable_followup_call_id": call_id,
        "variable_followup_leg": leg,
    }


def background_job(call_id: str, result: str) -> bytes:
    headers = {
        "Event-Name": "BACKGROUND_JOB",
        "Core-UUID": "6c8b0f3e-0000-4000-8000-00000000c0re",
        "Job-UUID": call_id,
        "Job-Command": "originate",
        "Job-Command-Arg": "{origination_uuid=" + call_id + "}user/8001 &bridge(sofia/gateway/trunk/13800000000)",
        "Event-Date-Timestamp": "1772330400000000",
    }
    return plain_event(headers, result + "\n")


def answered_then_hung_up(call_id: str, *, billsec: int = 42, t0_us: int = 1_772_330_400_000_000) -> list[bytes]:
    return [
        plain_event(_common("CHANNEL_ANSWER", call_id, call_id, "staff", t0_us)),  # staff picks up: not the patient
        background_job(call_id, f"+OK {call_id}"),
        plain_event(_common("CHANNEL_PROGRESS_MEDIA", PATIENT_UUID, call_id, "patient", t0_us + 2_000_000)),
        plain_event(_common("CHANNEL_ANSWER", PATIENT_UUID, call_id, "patient", t0_us + 8_000_000)),
        plain_event(
            {
                **_common("CHANNEL_HANGUP_COMPLETE", PATIENT_UUID, call_id, "patient", t0_us + 50_000_000),
                "Hangup-Cause": "NORMAL_CLEARING",
                "variable_billsec": str(billsec),
                "variable_duration": str(billsec + 8),
            }
        ),
        plain_event(
            {
                **_common("CHANNEL_HANGUP_COMPLETE", call_id, call_id, "staff", t0_us + 50_000_000),
                "Hangup-Cause": "NORMAL_CLEARING",
                "variable_billsec": str(billsec + 10),
            }
        ),
    ]


def patient_fails(call_id: str, cause: str, *, ring: bool = True, t0_us: int = 1_772_330_400_000_000) -> list[bytes]:
    events = [background_job(call_id, f"+OK {call_id}")]
    if ring:
        events.append(plain_event(_common("CHANNEL_PROGRESS", PATIENT_UUID, call_id, "patient", t0_us + 1_000_000)))
    events.append(
        plain_event(
            {
                **_common("CHANNEL_HANGUP_COMPLETE", PATIENT_UUID, call_id, "patient", t0_us + 30_000_000),
                "Hangup-Cause": cause,
                "variable_billsec": "0",
            }
        )
    )
    return events


def record_stop(call_id: str, path: str) -> bytes:
    return plain_event(
        {**_common("RECORD_STOP", call_id, call_id, "staff", 1_772_330_460_000_000), "Record-File-Path": path}
    )
