"""A loopback Asterisk Manager Interface server.

Speaks AMI over TCP on 127.0.0.1 (ephemeral port): greets with the banner line, checks
``Action: Login`` against its username/secret, answers Originate/Hangup, records every action it
received (repeated headers kept in order) and lets a test push events scripted from the call
scenarios below. The event shapes were learned from the team's reference corpus (its
api/asterisk_ami.md, outside this repository); nothing here reads it.
"""

from __future__ import annotations

import asyncio
import contextlib

Pairs = list[tuple[str, str]]


def _encode(pairs: Pairs) -> bytes:
    return ("".join(f"{k}: {v}\r\n" for k, v in pairs) + "\r\n").encode()


class AmiServer:
    def __init__(self, *, username: str = "followup", secret: str = "s3cret") -> None:
        self.username = username
        self.secret = secret
        self.actions: list[Pairs] = []
        self.originates: asyncio.Queue[Pairs] = asyncio.Queue()
        self.originate_error = ""  # when set, Originate is answered with Response: Error
        self.events_before_response: list[dict[str, str]] = []  # pushed before the Originate Response
        self.port = 0
        self._server: asyncio.Server | None = None
        self._clients: list[asyncio.StreamWriter] = []
        self._handlers: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> AmiServer:
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

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        writer.write(b"Asterisk Call Manager/9.0.0\r\n")
        authed = False
        try:
            while True:
                pairs: Pairs = []
                while True:
                    line = await reader.readline()
                    if not line:
                        return
                    text = line.decode().rstrip("\r\n")
                    if not text:
                        break
                    key, _, value = text.partition(":")
                    pairs.append((key.strip(), value.strip()))
                if not pairs:
                    continue
                self.actions.append(pairs)
                h = dict(pairs)
                action, action_id = h.get("Action", ""), h.get("ActionID", "")
                if action == "Login":
                    authed = h.get("Username") == self.username and h.get("Secret") == self.secret
                    if authed:
                        writer.write(
                            _encode(
                                [
                                    ("Response", "Success"),
                                    ("ActionID", action_id),
                                    ("Message", "Authentication accepted"),
                                ]
                            )
                        )
                        self._clients.append(writer)
                    else:
                        writer.write(
                            _encode(
                                [("Response", "Error"), ("ActionID", action_id), ("Message", "Authentication failed")]
                            )
                        )
                elif not authed:
                    writer.write(
                        _encode([("Response", "Error"), ("ActionID", action_id), ("Message", "Permission denied")])
                    )
                elif action == "Originate":
                    for event in self.events_before_response:
                        writer.write(_encode(list(event.items())))
                    if self.originate_error:
                        writer.write(
                            _encode([("Response", "Error"), ("ActionID", action_id), ("Message", self.originate_error)])
                        )
                    else:
                        writer.write(
                            _encode(
                                [
                                    ("Response", "Success"),
                                    ("ActionID", action_id),
                                    ("Message", "Originate successfully queued"),
                                ]
                            )
                        )
                    await writer.drain()
                    self.originates.put_nowait(pairs)
                elif action == "Logoff":
                    writer.write(_encode([("Response", "Goodbye"), ("ActionID", action_id)]))
                    await writer.drain()
                    writer.close()
                    return
                else:
                    writer.write(_encode([("Response", "Success"), ("ActionID", action_id)]))
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            if writer in self._clients:
                self._clients.remove(writer)
            writer.close()
            self._handlers.discard(task)

    async def emit(self, *events: dict[str, str]) -> None:
        """Send events, in order, to every logged-in client."""
        for event in events:
            data = _encode(list(event.items()))
            for writer in self._clients:
                writer.write(data)
        for writer in self._clients:
            await writer.drain()


# -- call scenarios: staff leg Uniqueid == call_id (ChannelId), patient leg Linkedid == call_id --------


def _staff(call_id: str, event: str, ts: float, **extra: str) -> dict[str, str]:
    return {
        "Event": event,
        "Timestamp": f"{ts:.6f}",
        "Channel": "PJSIP/8001-00000001",
        "Uniqueid": call_id,
        "Linkedid": call_id,
        **extra,
    }


def _patient(call_id: str, event: str, ts: float, **extra: str) -> dict[str, str]:
    return {
        "Event": event,
        "Timestamp": f"{ts:.6f}",
        "Channel": "PJSIP/trunk-00000002",
        "Uniqueid": "1700000000.2",
        "Linkedid": call_id,
        **extra,
    }


def answered_then_hung_up(
    call_id: str, *, t0: float = 1_700_000_000.0, talk: float = 42.0, recording: str = ""
) -> list[dict[str, str]]:
    events = [
        _staff(call_id, "Newstate", t0, ChannelStateDesc="Ringing"),  # staff phone rings: not the patient
        _staff(call_id, "Newstate", t0 + 2, ChannelStateDesc="Up"),
        {"Event": "OriginateResponse", "ActionID": call_id, "Response": "Success", "Reason": "4", "Uniqueid": call_id},
    ]
    if recording:
        events.append(_staff(call_id, "VarSet", t0 + 2.5, Variable="MIXMONITOR_FILENAME", Value=recording))
    events += [
        _patient(call_id, "Newchannel", t0 + 3, ChannelStateDesc="Down"),
        _patient(call_id, "Newstate", t0 + 4, ChannelStateDesc="Ringing"),
        _patient(call_id, "Newstate", t0 + 10, ChannelStateDesc="Up"),
        _patient(call_id, "BridgeEnter", t0 + 10),
        _staff(call_id, "BridgeEnter", t0 + 10),
        _patient(call_id, "Hangup", t0 + 10 + talk, Cause="16", **{"Cause-txt": "Normal Clearing"}),
        _staff(call_id, "Hangup", t0 + 10 + talk, Cause="16", **{"Cause-txt": "Normal Clearing"}),
    ]
    return events


def patient_rejects(
    call_id: str, cause: str, *, t0: float = 1_700_000_000.0, rings: bool = True
) -> list[dict[str, str]]:
    """Staff answers, the patient leg fails with a Q.850 cause (17 busy, 19 no answer, 1 unallocated)."""
    events = [
        _staff(call_id, "Newstate", t0, ChannelStateDesc="Up"),
        {"Event": "OriginateResponse", "ActionID": call_id, "Response": "Success", "Reason": "4", "Uniqueid": call_id},
        _patient(call_id, "Newchannel", t0 + 1, ChannelStateDesc="Down"),
    ]
    if rings:
        events.append(
            {
                "Event": "DialState",
                "Timestamp": f"{t0 + 2:.6f}",
                "Uniqueid": call_id,
                "Linkedid": call_id,
                "DestUniqueid": "1700000000.2",
                "DestLinkedid": call_id,
                "DialStatus": "RINGING",
            }
        )
    events += [
        _patient(call_id, "Hangup", t0 + 20, Cause=cause),
        # The staff leg clears normally once Dial returns: the patient leg's cause is the one that matters.
        _staff(call_id, "Hangup", t0 + 20, Cause="16"),
    ]
    return events


def originate_failure(call_id: str, reason: str) -> list[dict[str, str]]:
    """Async originate failed before any channel existed: OriginateResponse only, no Hangup."""
    return [
        {
            "Event": "OriginateResponse",
            "ActionID": call_id,
            "Response": "Failure",
            "Channel": "PJSIP/8001",
            "Context": "followup-out",
            "Exten": "13800000000",
            "Reason": reason,
            "Uniqueid": "<null>",
        }
    ]
