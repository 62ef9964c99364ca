"""The dialer port: what the follow-up engine asks of any telephone system.

A driver places a click-to-call (ring the staff member's extension or device first, then the
patient) and reports what happens to the call as `CallEvent`s. Drivers know nothing of our
models: the service layer (`backend/services/calling.py`) turns events into CallRecord rows.

`call_id` is ours (a string we choose before dialling, stored as CallRecord.provider_call_id),
and every driver carries it to the PBX and back (AMI ActionID / ChannelId, ESL Job-UUID and
origination_uuid, Yeastar's returned call id mapped back), so an event can always be matched to
its record even if it arrives before the originate call returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class CallEventKind(enum.StrEnum):
    RINGING = "ringing"  # the patient's phone is ringing
    ANSWERED = "answered"  # the patient picked up
    HANGUP = "hangup"  # the call is over (whether or not it was answered)
    RECORDING = "recording"  # a recording reference became available after hang-up
    INBOUND = "inbound"  # a call from outside rings a staff extension (来电弹屏); `caller`, `extension`


class HangupKind(enum.StrEnum):
    """What a hang-up cause means for the follow-up: maps onto CallStatus values."""

    COMPLETED = "completed"  # answered and then cleared normally
    NO_ANSWER = "no_answer"  # rang out, no user responding
    BUSY = "busy"  # user busy / rejected
    FAILED = "failed"  # invalid number, network failure, congestion, ...


@dataclass(frozen=True, slots=True)
class OriginateRequest:
    call_id: str  # ours; unique per attempt
    staff_endpoint: str  # the staff member's extension (PBX) or device id (desk agent)
    number: str  # the patient's number, already normalised (digits, area code, no +86)
    caller_id: str = ""  # number shown to the patient
    timeout_seconds: int = 30
    variables: dict[str, str] = field(default_factory=dict)  # e.g. followup_task_id


@dataclass(frozen=True, slots=True)
class CallEvent:
    call_id: str
    kind: CallEventKind
    at: datetime
    hangup: HangupKind | None = None  # for HANGUP
    cause: str = ""  # the vendor's own cause text or code, e.g. "NORMAL_CLEARING", "17"
    duration_seconds: int | None = None  # talk time (billsec) for HANGUP when known
    recording_ref: str = ""  # for RECORDING (or HANGUP when the PBX names the file)
    caller: str = ""  # for INBOUND: the calling number as the PBX reports it
    extension: str = ""  # for INBOUND: the staff extension that rings


EventSink = Callable[[CallEvent], Awaitable[None]]


class DialerError(Exception):
    """The PBX refused or could not be reached; the message is shown to staff (Chinese)."""


class Dialer(Protocol):
    name: str  # "ami", "esl", "yeastar", "simulator"

    @property
    def connected(self) -> bool:
        """False once a standing PBX connection (AMI, ESL) has dropped: the caller builds a new one."""

    async def start(self, sink: EventSink) -> None:
        """Connect, authenticate and begin delivering events to `sink`."""

    async def originate(self, request: OriginateRequest) -> None:
        """Start a click-to-call. Returns once the PBX accepted the request; raises DialerError."""

    async def hangup(self, call_id: str) -> None:
        """Hang up a call in progress (best effort)."""

    async def close(self) -> None: ...


class StreamConnection:
    """The standing TCP connection of a PBX driver (AMI, ESL) and the task that reads its events."""

    _writer: asyncio.StreamWriter | None
    _task: asyncio.Task[None] | None

    @property
    def connected(self) -> bool:
        """Whether the event connection is up; the service reconnects on the next call when not."""
        return (
            self._writer is not None
            and not self._writer.is_closing()
            and self._task is not None
            and not self._task.done()
        )

    async def wait_disconnected(self) -> None:
        """Return once the connection has dropped (its reader has ended)."""
        if self._task is not None:
            await asyncio.shield(self._task)

    async def _close_stream(self) -> None:
        if self._writer is not None and not self._writer.is_closing():
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


# Q.850 cause numbers and FreeSWITCH names -> what they mean for the follow-up.
_Q850: dict[int, HangupKind] = {
    16: HangupKind.COMPLETED,
    17: HangupKind.BUSY,
    18: HangupKind.NO_ANSWER,
    19: HangupKind.NO_ANSWER,
    20: HangupKind.NO_ANSWER,
    21: HangupKind.BUSY,
}
_FS_NAMES: dict[str, int] = {
    "NORMAL_CLEARING": 16,
    "USER_BUSY": 17,
    "NO_USER_RESPONSE": 18,
    "NO_ANSWER": 19,
    "SUBSCRIBER_ABSENT": 20,
    "CALL_REJECTED": 21,
    "ORIGINATOR_CANCEL": 19,
}


def classify_hangup(cause: str | int, *, answered: bool) -> HangupKind:
    """Map a Q.850 number or a FreeSWITCH cause name to a HangupKind.

    A call that was answered is COMPLETED whatever clearing cause follows; an unknown cause of an
    unanswered call is FAILED.
    """
    if answered:
        return HangupKind.COMPLETED
    text = str(cause).strip().upper()
    code = int(text) if text.isdigit() else _FS_NAMES.get(text)
    kind = _Q850.get(code) if code is not None else None
    if kind is None or kind is HangupKind.COMPLETED:
        # normal clearing without an answer means the caller gave up ringing
        return HangupKind.NO_ANSWER if code == 16 else HangupKind.FAILED
    return kind
