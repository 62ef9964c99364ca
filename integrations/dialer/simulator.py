"""Simulated dialer for demos and tests: every outcome, no telephone system.

The last digit of the patient's number picks the outcome, so a demo can show each one:

* ``busy_digit`` (default 4): rings, then HANGUP busy (Q.850 17);
* ``no_answer_digit`` (default 7): rings, then HANGUP no answer (19);
* ``failed_digit`` (default 0): HANGUP failed, unallocated number (1), without ringing;
* anything else: RINGING, ANSWERED, HANGUP completed after ``talk_seconds`` (reported, not
  waited for), then RECORDING ``sim://<call_id>.wav``.

Events are delivered by one asyncio task per call, ``delay_seconds`` apart (0 in tests, so the
sequence completes within a few loop iterations and tests wait on the sink, never on time).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from integrations.dialer.base import CallEvent, CallEventKind, DialerError, EventSink, HangupKind, OriginateRequest


def _utcnow() -> datetime:
    return datetime.now(UTC)


class SimulatorDialer:
    name = "simulator"

    def __init__(
        self,
        *,
        delay_seconds: float = 1.0,
        talk_seconds: int = 65,
        busy_digit: str = "4",
        no_answer_digit: str = "7",
        failed_digit: str = "0",
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.delay_seconds = delay_seconds
        self.talk_seconds = talk_seconds
        self.busy_digit = busy_digit
        self.no_answer_digit = no_answer_digit
        self.failed_digit = failed_digit
        self._clock = clock
        self._sink: EventSink | None = None
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._answered: set[str] = set()

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

    def script(self, request: OriginateRequest) -> list[CallEvent]:
        """The events a call to this number produces, timestamps relative to now."""
        cid, start = request.call_id, self._clock()
        last = request.number[-1:] if request.number else ""
        ring = CallEvent(cid, CallEventKind.RINGING, start)
        if last == self.failed_digit:
            return [
                CallEvent(cid, CallEventKind.HANGUP, start, hangup=HangupKind.FAILED, cause="1", duration_seconds=0)
            ]
        if last == self.busy_digit:
            return [
                ring,
                CallEvent(cid, CallEventKind.HANGUP, start, hangup=HangupKind.BUSY, cause="17", duration_seconds=0),
            ]
        if last == self.no_answer_digit:
            end = start + timedelta(seconds=request.timeout_seconds)
            return [
                ring,
                CallEvent(cid, CallEventKind.HANGUP, end, hangup=HangupKind.NO_ANSWER, cause="19", duration_seconds=0),
            ]
        answered = start + timedelta(seconds=5)
        end = answered + timedelta(seconds=self.talk_seconds)
        ref = f"sim://{cid}.wav"
        return [
            ring,
            CallEvent(cid, CallEventKind.ANSWERED, answered),
            CallEvent(
                cid,
                CallEventKind.HANGUP,
                end,
                hangup=HangupKind.COMPLETED,
                cause="16",
                duration_seconds=self.talk_seconds,
                recording_ref=ref,
            ),
            CallEvent(cid, CallEventKind.RECORDING, end, recording_ref=ref),
        ]

    async def originate(self, request: OriginateRequest) -> None:
        if self._sink is None:
            raise DialerError("模拟拨号器尚未启动")
        if request.call_id in self._tasks:
            raise DialerError("该通话已在进行中")
        events = self.script(request)
        self._tasks[request.call_id] = asyncio.create_task(self._play(request.call_id, events))

    async def _play(self, call_id: str, events: list[CallEvent]) -> None:
        try:
            for event in events:
                await asyncio.sleep(self.delay_seconds)
                if event.kind is CallEventKind.ANSWERED:
                    self._answered.add(call_id)
                assert self._sink is not None
                await self._sink(event)
        finally:
            self._tasks.pop(call_id, None)
            self._answered.discard(call_id)

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
