"""Simulated dialer for demos and tests: every outcome, no telephone system.

The last digit of the patient's number picks the outcome, so a demo can show each one:

* ``busy_digit`` (default 4): rings, then HANGUP busy (Q.850 17);
* ``no_answer_digit`` (default 7): rings, then HANGUP no answer (19);
* ``failed_digit`` (default 0): HANGUP failed, unallocated number (1), without ringing;
* anything else: RINGING, ANSWERED, then HANGUP completed ``talk_seconds`` later, then
  RECORDING ``sim://<call_id>.wav`` (played back as a tone as long as the call was).

Events are delivered by one asyncio task per call, ``delay_seconds`` apart (0 in tests, so the
sequence completes within a few loop iterations and tests wait on the sink, never on time). The
simulated clock stays honest: every event carries the time it was delivered, and the talk time
is the time that passed between the answer and the hang-up (a demo call that rang for a second
and talked for three says 3 s, not a made-up 65 s). Tests pass a `clock` and a `sleep` that moves it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime

from integrations.dialer.base import CallEvent, CallEventKind, DialerError, EventSink, HangupKind, OriginateRequest


def _utcnow() -> datetime:
    return datetime.now(UTC)


class SimulatorDialer:
    name = "simulator"

    def __init__(
        self,
        *,
        delay_seconds: float = 1.0,
        talk_seconds: float = 3.0,
        busy_digit: str = "4",
        no_answer_digit: str = "7",
        failed_digit: str = "0",
        clock: Callable[[], datetime] = _utcnow,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.delay_seconds = delay_seconds
        self.talk_seconds = talk_seconds
        self.busy_digit = busy_digit
        self.no_answer_digit = no_answer_digit
        self.failed_digit = failed_digit
        self._clock = clock
        self._sleep = sleep
        self._sink: EventSink | None = None
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._answered: dict[str, datetime] = {}  # call id -> when it was answered
        self._inbound = 0

    async def start(self, sink: EventSink) -> None:
        self._sink = sink

    @property
    def connected(self) -> bool:
        return True  # no standing connection: every request stands alone

    async def close(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    def script(self, request: OriginateRequest) -> list[tuple[float, CallEvent]]:
        """The events a call to this number produces, each after how many seconds; their times
        (and the talk time) are read from the clock as they are delivered."""
        cid, never = request.call_id, datetime.min.replace(tzinfo=UTC)  # `at` is set on delivery
        last = request.number[-1:] if request.number else ""
        wait = self.delay_seconds
        ring = (wait, CallEvent(cid, CallEventKind.RINGING, never))
        if last == self.failed_digit:
            return [(wait, CallEvent(cid, CallEventKind.HANGUP, never, HangupKind.FAILED, "1", 0))]
        if last == self.busy_digit:
            return [ring, (wait, CallEvent(cid, CallEventKind.HANGUP, never, HangupKind.BUSY, "17", 0))]
        if last == self.no_answer_digit:
            return [ring, (wait, CallEvent(cid, CallEventKind.HANGUP, never, HangupKind.NO_ANSWER, "19", 0))]
        ref = f"sim://{cid}.wav"
        return [
            ring,
            (wait, CallEvent(cid, CallEventKind.ANSWERED, never)),
            (self.talk_seconds, CallEvent(cid, CallEventKind.HANGUP, never, HangupKind.COMPLETED, "16", None, ref)),
            (wait, CallEvent(cid, CallEventKind.RECORDING, never, recording_ref=ref)),
        ]

    async def originate(self, request: OriginateRequest) -> None:
        if self._sink is None:
            raise DialerError("模拟拨号器尚未启动")
        if request.call_id in self._tasks:
            raise DialerError("该通话已在进行中")
        steps = self.script(request)
        self._tasks[request.call_id] = asyncio.create_task(self._play(request.call_id, steps))

    async def _play(self, call_id: str, steps: list[tuple[float, CallEvent]]) -> None:
        try:
            for wait, planned in steps:
                await self._sleep(wait)
                event = replace(planned, at=self._clock())
                if event.kind is CallEventKind.ANSWERED:
                    self._answered[call_id] = event.at
                elif event.kind is CallEventKind.HANGUP and event.hangup is HangupKind.COMPLETED:
                    # the talk time is what the clock says passed since the answer, never a constant
                    talked = (event.at - self._answered[call_id]).total_seconds()
                    event = replace(event, duration_seconds=max(0, round(talked)))
                assert self._sink is not None
                await self._sink(event)
        finally:
            self._tasks.pop(call_id, None)
            self._answered.pop(call_id, None)

    async def ring(self, caller: str, extension: str) -> str:
        """An inbound call from `caller` rings `extension` (来电弹屏 in demos and tests); returns its id."""
        if self._sink is None:
            raise DialerError("模拟拨号器尚未启动")
        self._inbound += 1
        call_id = f"sim-in-{self._clock():%Y%m%d%H%M%S}-{self._inbound}"
        await self._sink(CallEvent(call_id, CallEventKind.INBOUND, self._clock(), caller=caller, extension=extension))
        return call_id

    async def hangup(self, call_id: str) -> None:
        """Stop the script and report the hang-up staff asked for."""
        task = self._tasks.pop(call_id, None)
        if task is None:
            return
        answered = call_id in self._answered
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        assert self._sink is not None
        kind = HangupKind.COMPLETED if answered else HangupKind.NO_ANSWER
        await self._sink(
            CallEvent(
                call_id,
                CallEventKind.HANGUP,
                self._clock(),
                hangup=kind,
                cause="ORIGINATOR_CANCEL",
                duration_seconds=None if answered else 0,
            )
        )
