"""SimulatorDialer: every outcome by the number's last digit, delivered without waiting."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from integrations.dialer.base import CallEventKind, DialerError, HangupKind, OriginateRequest
from integrations.dialer.simulator import SimulatorDialer
from tests.integrations.dialer.conftest import Collector


class SimulatedTime:
    """A clock that only the simulator's own waits move: what it reports is what it waited."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    async def sleep(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
async def dialer(sink: Collector) -> AsyncIterator[SimulatorDialer]:
    time = SimulatedTime()
    d = SimulatorDialer(delay_seconds=1, talk_seconds=65, clock=time.now, sleep=time.sleep)
    await d.start(sink)
    yield d
    await d.close()


def request(number: str, call_id: str = "sim-1") -> OriginateRequest:
    return OriginateRequest(call_id=call_id, staff_endpoint="8001", number=number)


async def test_ordinary_number_is_answered_completed_with_duration_and_recording(
    dialer: SimulatorDialer, sink: Collector
) -> None:
    await dialer.originate(request("13800000001"))
    events = await sink.until(CallEventKind.RECORDING)
    assert [e.kind for e in events] == [
        CallEventKind.RINGING,
        CallEventKind.ANSWERED,
        CallEventKind.HANGUP,
        CallEventKind.RECORDING,
    ]
    hangup = events[2]
    assert (hangup.hangup, hangup.duration_seconds, hangup.recording_ref) == (
        HangupKind.COMPLETED,
        65,
        "sim://sim-1.wav",
    )
    assert events[3].recording_ref == "sim://sim-1.wav"
    # every event carries the time it happened: rang after 1 s, answered 1 s later, talked 65 s
    ring, answered = events[0].at, events[1].at
    assert (answered - ring, hangup.at - answered) == (timedelta(seconds=1), timedelta(seconds=65))


async def test_talk_time_is_what_passed_between_answer_and_hang_up_not_a_constant(sink: Collector) -> None:
    time = SimulatedTime()
    d = SimulatorDialer(delay_seconds=1, talk_seconds=3, clock=time.now, sleep=time.sleep)
    await d.start(sink)
    try:
        await d.originate(request("13800000001"))
        events = await sink.until(CallEventKind.RECORDING)
    finally:
        await d.close()
    hangup = events[2]
    assert hangup.duration_seconds == 3 == (hangup.at - events[1].at).total_seconds()


@pytest.mark.parametrize(
    ("number", "kinds", "expected", "cause"),
    [
        ("13800000004", [CallEventKind.RINGING, CallEventKind.HANGUP], HangupKind.BUSY, "17"),
        ("13800000007", [CallEventKind.RINGING, CallEventKind.HANGUP], HangupKind.NO_ANSWER, "19"),
        ("13800000000", [CallEventKind.HANGUP], HangupKind.FAILED, "1"),
    ],
)
async def test_number_ending_in_outcome_digit_produces_that_outcome(
    dialer: SimulatorDialer, sink: Collector, number: str, kinds: list[CallEventKind], expected: HangupKind, cause: str
) -> None:
    await dialer.originate(request(number))
    events = await sink.until(CallEventKind.HANGUP)
    assert [e.kind for e in events] == kinds
    assert (events[-1].hangup, events[-1].cause, events[-1].duration_seconds) == (expected, cause, 0)


async def test_hangup_before_answer_stops_the_script_and_reports_no_answer(
    dialer: SimulatorDialer, sink: Collector
) -> None:
    await dialer.originate(request("13800000001"))
    await dialer.hangup("sim-1")  # the delivery task has not run yet
    event = await sink.next()
    assert (event.kind, event.hangup, event.cause) == (CallEventKind.HANGUP, HangupKind.NO_ANSWER, "ORIGINATOR_CANCEL")
    assert sink.queue.empty()


async def test_originate_of_a_call_id_already_in_progress_is_refused(dialer: SimulatorDialer) -> None:
    await dialer.originate(request("13800000001"))
    with pytest.raises(DialerError, match="已在进行中"):
        await dialer.originate(request("13800000002"))


async def test_originate_before_start_is_refused() -> None:
    with pytest.raises(DialerError, match="尚未启动"):
        await SimulatorDialer(delay_seconds=0).originate(request("13800000001"))
