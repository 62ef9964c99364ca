"""AmiDialer against a loopback AMI server: login, the exact Originate, and call event streams."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from integrations.dialer.ami import AmiDialer
from integrations.dialer.base import CallEventKind, DialerError, HangupKind, OriginateRequest
from tests.integrations.dialer.conftest import Collector
from tests.loopback import ami as scenarios
from tests.loopback.ami import AmiServer

T0 = 1_700_000_000.0


@pytest.fixture
async def server() -> AsyncIterator[AmiServer]:
    async with AmiServer(username="followup", secret="s3cret") as srv:
        yield srv


@pytest.fixture
async def dialer(server: AmiServer, sink: Collector) -> AsyncIterator[AmiDialer]:
    d = AmiDialer(
        host="127.0.0.1",
        port=server.port,
        username="followup",
        secret="s3cret",
        caller_id='"某某医院随访" <02100000000>',
        action_timeout=5,
    )
    await d.start(sink)
    yield d
    await d.close()


def request(call_id: str = "fu-0001", number: str = "13800000000") -> OriginateRequest:
    return OriginateRequest(
        call_id=call_id, staff_endpoint="8001", number=number, timeout_seconds=30, variables={"FOLLOWUP_TASK_ID": "123"}
    )


async def test_login_with_wrong_secret_raises_chinese_dialer_error(server: AmiServer, sink: Collector) -> None:
    d = AmiDialer(host="127.0.0.1", port=server.port, username="followup", secret="wrong")
    with pytest.raises(DialerError, match="登录失败"):
        await d.start(sink)
    await d.close()
    login = dict(server.actions[0])
    assert login["Action"] == "Login" and login["Secret"] == "wrong"


async def test_start_against_closed_port_raises_dialer_error(sink: Collector) -> None:
    async with AmiServer() as srv:
        port = srv.port
    d = AmiDialer(host="127.0.0.1", port=port, username="u", secret="s", action_timeout=2)
    with pytest.raises(DialerError, match="无法连接"):
        await d.start(sink)


async def test_originate_sends_async_originate_that_rings_staff_first_with_call_id_and_variables(
    server: AmiServer, dialer: AmiDialer
) -> None:
    await dialer.originate(request())
    sent = await server.originates.get()
    assert sent == [
        ("Action", "Originate"),
        ("ActionID", "fu-0001"),
        ("Channel", "PJSIP/8001"),
        ("Context", "followup-out"),
        ("Exten", "13800000000"),
        ("Priority", "1"),
        ("Timeout", "30000"),
        ("ChannelId", "fu-0001"),
        ("Async", "true"),
        ("CallerID", '"某某医院随访" <02100000000>'),
        ("Variable", "FOLLOWUP_CALL_ID=fu-0001"),
        ("Variable", "FOLLOWUP_TIMEOUT=30"),
        ("Variable", "FOLLOWUP_TASK_ID=123"),
    ]


async def test_originate_error_response_raises_dialer_error_with_pbx_message(
    server: AmiServer, dialer: AmiDialer
) -> None:
    server.originate_error = "Extension does not exist."
    with pytest.raises(DialerError, match="拒绝了呼叫请求：Extension does not exist"):
        await dialer.originate(request())


async def test_answered_call_reports_ringing_answered_then_completed_hangup_with_talk_time_and_recording(
    server: AmiServer, dialer: AmiDialer, sink: Collector
) -> None:
    await dialer.originate(request())
    await server.emit(
        *scenarios.answered_then_hung_up("fu-0001", t0=T0, talk=42, recording="/var/spool/asterisk/monitor/fu-0001.wav")
    )
    events = await sink.until(CallEventKind.RECORDING)
    assert [e.kind for e in events] == [
        CallEventKind.RINGING,
        CallEventKind.ANSWERED,
        CallEventKind.HANGUP,
        CallEventKind.RECORDING,
    ]
    ringing, answered, hangup, recording = events
    assert all(e.call_id == "fu-0001" for e in events)
    # RINGING is the patient's leg (t0+4), not the staff phone ringing at t0.
    assert ringing.at == datetime.fromtimestamp(T0 + 4, UTC)
    assert answered.at == datetime.fromtimestamp(T0 + 10, UTC)
    assert hangup.hangup is HangupKind.COMPLETED
    assert hangup.cause == "16"
    assert hangup.duration_seconds == 42
    assert hangup.recording_ref == recording.recording_ref == "/var/spool/asterisk/monitor/fu-0001.wav"


@pytest.mark.parametrize(
    ("cause", "expected"),
    [("17", HangupKind.BUSY), ("19", HangupKind.NO_ANSWER), ("18", HangupKind.NO_ANSWER), ("1", HangupKind.FAILED)],
)
async def test_patient_leg_failure_reports_hangup_classified_from_patient_cause_not_staff_clearing(
    server: AmiServer, dialer: AmiDialer, sink: Collector, cause: str, expected: HangupKind
) -> None:
    await dialer.originate(request())
    await server.emit(*scenarios.patient_rejects("fu-0001", cause, t0=T0))
    events = await sink.until(CallEventKind.HANGUP)
    assert [e.kind for e in events] == [CallEventKind.RINGING, CallEventKind.HANGUP]
    assert events[-1].hangup is expected
    assert events[-1].cause == cause
    assert events[-1].duration_seconds == 0


@pytest.mark.parametrize(
    ("reason", "expected"),
    [("5", HangupKind.BUSY), ("3", HangupKind.NO_ANSWER), ("0", HangupKind.FAILED), ("8", HangupKind.FAILED)],
)
async def test_originate_failure_without_hangup_event_reports_hangup_from_reason(
    server: AmiServer, dialer: AmiDialer, sink: Collector, reason: str, expected: HangupKind
) -> None:
    await dialer.originate(request())
    await server.emit(*scenarios.originate_failure("fu-0001", reason))
    event = await sink.next()
    assert event.kind is CallEventKind.HANGUP
    assert event.hangup is expected
    assert event.cause == f"Reason {reason}"


async def test_hangup_after_originate_failure_is_not_reported_twice(
    server: AmiServer, dialer: AmiDialer, sink: Collector
) -> None:
    await dialer.originate(request("fu-a"))
    await server.emit(
        *scenarios.originate_failure("fu-a", "5"),
        {"Event": "Hangup", "Uniqueid": "fu-a", "Linkedid": "fu-a", "Cause": "17", "Channel": "PJSIP/8001-1"},
    )
    # A second call's event is the barrier: the stream is ordered, so any duplicate would come first.
    await dialer.originate(request("fu-b"))
    await server.emit(*scenarios.originate_failure("fu-b", "3"))
    events = [await sink.next(), await sink.next()]
    assert [(e.call_id, e.hangup) for e in events] == [("fu-a", HangupKind.BUSY), ("fu-b", HangupKind.NO_ANSWER)]


async def test_events_of_calls_that_are_not_ours_are_ignored(
    server: AmiServer, dialer: AmiDialer, sink: Collector
) -> None:
    await dialer.originate(request())
    await server.emit(
        {"Event": "Newstate", "Uniqueid": "9.9", "Linkedid": "9.9", "ChannelStateDesc": "Ringing"},
        {"Event": "Hangup", "Uniqueid": "9.9", "Linkedid": "9.9", "Cause": "16"},
        *scenarios.originate_failure("fu-0001", "0"),
    )
    event = await sink.next()
    assert (event.call_id, event.kind) == ("fu-0001", CallEventKind.HANGUP)


async def test_hangup_sends_hangup_action_for_the_staff_channel_seen_in_events(
    server: AmiServer, dialer: AmiDialer, sink: Collector
) -> None:
    await dialer.originate(request())
    await server.emit(*scenarios.answered_then_hung_up("fu-0001", t0=T0)[:1])
    await server.emit(scenarios._patient("fu-0001", "Newstate", T0 + 4, ChannelStateDesc="Ringing"))
    await sink.next()  # RINGING: the staff channel name is known by now
    await dialer.hangup("fu-0001")
    hangup = dict(server.actions[-1])
    assert hangup["Action"] == "Hangup"
    assert hangup["Channel"] == "PJSIP/8001-00000001"


async def test_events_arriving_before_the_originate_response_are_matched_to_the_call(
    server: AmiServer, dialer: AmiDialer, sink: Collector
) -> None:
    # ChannelId = call_id lets the PBX's first events name our call before the Response is read.
    server.events_before_response = scenarios.originate_failure("fu-0001", "5")
    await dialer.originate(request())
    event = await sink.next()
    assert (event.call_id, event.kind, event.hangup) == ("fu-0001", CallEventKind.HANGUP, HangupKind.BUSY)


async def test_connected_turns_false_when_the_pbx_drops_the_connection(server, dialer) -> None:  # type: ignore[no-untyped-def]
    assert dialer.connected
    await server.drop_clients()
    await asyncio.wait_for(dialer.wait_disconnected(), 5)
    assert not dialer.connected
    with pytest.raises(DialerError):
        await dialer.originate(request())


async def test_an_inbound_call_dialling_a_staff_extension_is_reported_with_caller_and_extension(
    server: AmiServer, dialer: AmiDialer, sink: Collector
) -> None:
    """来电弹屏: Asterisk 18+ DialBegin of a call we did not place (the hotline routes it to 8002)."""
    await server.emit(
        {
            "Event": "DialBegin",
            "Timestamp": f"{T0:.6f}",
            "Channel": "PJSIP/trunk-00000010",
            "CallerIDNum": "13912345678",
            "Uniqueid": "1700000000.10",
            "Linkedid": "1700000000.10",
            "DestChannel": "PJSIP/8002-00000011",
            "DestUniqueid": "1700000000.11",
            "DialString": "PJSIP/8002",
        }
    )
    event = await sink.next()
    assert (event.kind, event.caller, event.extension, event.call_id) == (
        CallEventKind.INBOUND,
        "13912345678",
        "8002",
        "1700000000.11",
    )
    assert event.at == datetime.fromtimestamp(T0, UTC)
