"""EslDialer against a loopback FreeSWITCH event socket: auth, the bgapi line, plain-event parsing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from integrations.dialer.base import CallEventKind, DialerError, HangupKind, OriginateRequest
from integrations.dialer.esl import EslDialer, parse_plain_event
from tests.integrations.dialer.conftest import Collector
from tests.loopback import esl as scenarios
from tests.loopback.esl import EslServer, plain_event


@pytest.fixture
async def server() -> AsyncIterator[EslServer]:
    async with EslServer(password="ClueCon") as srv:
        yield srv


@pytest.fixture
async def dialer(server: EslServer, sink: Collector) -> AsyncIterator[EslDialer]:
    d = EslDialer(
        host="127.0.0.1",
        port=server.port,
        password="ClueCon",
        gateway="trunk",
        caller_id="02100000000",
        command_timeout=5,
    )
    await d.start(sink)
    yield d
    await d.close()


def request(call_id: str = "5e1f6a2c-0000-4000-8000-000000000001", number: str = "13800000000") -> OriginateRequest:
    return OriginateRequest(
        call_id=call_id, staff_endpoint="8001", number=number, timeout_seconds=30, variables={"followup_task_id": "123"}
    )


CALL = request().call_id


async def test_auth_with_wrong_password_raises_chinese_dialer_error(server: EslServer, sink: Collector) -> None:
    d = EslDialer(host="127.0.0.1", port=server.port, password="nope", gateway="trunk")
    with pytest.raises(DialerError, match="认证失败"):
        await d.start(sink)
    await d.close()
    assert server.commands[0].line == "auth nope"


async def test_start_subscribes_to_the_call_events_in_plain_format(server: EslServer, dialer: EslDialer) -> None:
    assert [c.line for c in server.commands] == [
        "auth ClueCon",
        "event plain BACKGROUND_JOB CHANNEL_PROGRESS CHANNEL_PROGRESS_MEDIA CHANNEL_ANSWER CHANNEL_HANGUP_COMPLETE RECORD_STOP"
        " CHANNEL_CALLSTATE",
    ]


async def test_originate_sends_bgapi_staff_first_then_bridge_to_gateway_with_job_uuid(
    server: EslServer, dialer: EslDialer
) -> None:
    await dialer.originate(request())
    sent = await server.bgapi.get()
    assert sent.line == (
        f"bgapi originate {{origination_uuid={CALL},followup_call_id={CALL},followup_leg=staff,"
        f"originate_timeout=30,followup_task_id=123}}user/8001 "
        f"&bridge({{followup_call_id={CALL},followup_leg=patient,leg_timeout=30,"
        f"origination_caller_id_number=02100000000}}sofia/gateway/trunk/13800000000)"
    )
    assert sent.headers == {"Job-UUID": CALL}


async def test_originate_refused_by_bgapi_reply_raises_dialer_error(server: EslServer, dialer: EslDialer) -> None:
    server.bgapi_reply = "-ERR originate Command not found!"
    with pytest.raises(DialerError, match="拒绝了呼叫请求"):
        await dialer.originate(request())


@pytest.mark.parametrize("split", [False, True], ids=["whole", "split-into-7-byte-writes"])
async def test_answered_call_reports_ringing_answered_and_completed_hangup_with_billsec(
    server: EslServer, dialer: EslDialer, sink: Collector, split: bool
) -> None:
    server.split_writes = split
    await dialer.originate(request())
    await server.emit(*scenarios.answered_then_hung_up(CALL, billsec=42))
    events = await sink.until(CallEventKind.HANGUP)
    assert [e.kind for e in events] == [CallEventKind.RINGING, CallEventKind.ANSWERED, CallEventKind.HANGUP]
    assert events[0].at == datetime.fromtimestamp(1_772_330_402, UTC)  # patient progress, not the staff answer
    hangup = events[-1]
    assert (hangup.hangup, hangup.cause, hangup.duration_seconds) == (HangupKind.COMPLETED, "NORMAL_CLEARING", 42)


async def test_record_stop_after_hangup_reports_recording_with_decoded_file_path(
    server: EslServer, dialer: EslDialer, sink: Collector
) -> None:
    await dialer.originate(request())
    await server.emit(*scenarios.answered_then_hung_up(CALL))
    await sink.until(CallEventKind.HANGUP)
    await server.emit(scenarios.record_stop(CALL, "/recordings/2026-03-01/随访 8001_13800000000.wav"))
    event = await sink.next()
    assert event.kind is CallEventKind.RECORDING
    assert event.recording_ref == "/recordings/2026-03-01/随访 8001_13800000000.wav"


@pytest.mark.parametrize(
    ("result", "expected", "cause"),
    [
        ("-ERR USER_BUSY", HangupKind.BUSY, "USER_BUSY"),
        ("-ERR NO_ANSWER", HangupKind.NO_ANSWER, "NO_ANSWER"),
        ("-ERR NO_USER_RESPONSE", HangupKind.NO_ANSWER, "NO_USER_RESPONSE"),
        ("-ERR UNALLOCATED_NUMBER", HangupKind.FAILED, "UNALLOCATED_NUMBER"),
        ("-ERR RECOVERY_ON_TIMER_EXPIRE", HangupKind.FAILED, "RECOVERY_ON_TIMER_EXPIRE"),
    ],
)
async def test_background_job_error_without_channel_events_reports_hangup_from_its_cause(
    server: EslServer, dialer: EslDialer, sink: Collector, result: str, expected: HangupKind, cause: str
) -> None:
    await dialer.originate(request())
    await server.emit(scenarios.background_job(CALL, result))
    event = await sink.next()
    assert (event.kind, event.hangup, event.cause) == (CallEventKind.HANGUP, expected, cause)


@pytest.mark.parametrize(
    ("cause", "expected"),
    [("USER_BUSY", HangupKind.BUSY), ("NO_ANSWER", HangupKind.NO_ANSWER), ("UNALLOCATED_NUMBER", HangupKind.FAILED)],
)
async def test_patient_leg_failure_after_staff_answered_reports_hangup_from_patient_cause(
    server: EslServer, dialer: EslDialer, sink: Collector, cause: str, expected: HangupKind
) -> None:
    await dialer.originate(request())
    await server.emit(*scenarios.patient_fails(CALL, cause))
    events = await sink.until(CallEventKind.HANGUP)
    assert [e.kind for e in events] == [CallEventKind.RINGING, CallEventKind.HANGUP]
    assert (events[-1].hangup, events[-1].cause) == (expected, cause)


async def test_normal_clearing_with_zero_billsec_and_no_answer_is_no_answer(
    server: EslServer, dialer: EslDialer, sink: Collector
) -> None:
    await dialer.originate(request())
    await server.emit(*scenarios.patient_fails(CALL, "NORMAL_CLEARING", ring=False))
    event = await sink.next()
    assert (event.kind, event.hangup, event.duration_seconds) == (CallEventKind.HANGUP, HangupKind.NO_ANSWER, 0)


async def test_staff_leg_ending_without_patient_leg_reports_bridge_disposition(
    server: EslServer, dialer: EslDialer, sink: Collector
) -> None:
    await dialer.originate(request())
    staff_hangup = {
        "Event-Name": "CHANNEL_HANGUP_COMPLETE",
        "Unique-ID": CALL,
        "variable_followup_call_id": CALL,
        "variable_followup_leg": "staff",
        "Hangup-Cause": "NORMAL_CLEARING",
        "variable_originate_disposition": "GATEWAY_DOWN",
        "variable_billsec": "5",
    }
    await server.emit(scenarios.background_job(CALL, f"+OK {CALL}"), plain_event(staff_hangup))
    event = await sink.next()
    assert (event.kind, event.hangup, event.cause) == (CallEventKind.HANGUP, HangupKind.FAILED, "GATEWAY_DOWN")


def test_plain_event_parser_honours_inner_content_length_and_url_decodes_values() -> None:
    raw = scenarios.background_job("job-1", "-ERR USER_BUSY")
    outer_head, _, outer_body = raw.decode().partition("\n\n")
    assert "Content-Type: text/event-plain" in outer_head
    assert "Job-Command-Arg: %7Borigination_uuid%3Djob-1%7Duser%2F8001" in outer_body  # encoded on the wire
    event = parse_plain_event(outer_body)
    assert event.headers["Job-Command-Arg"].startswith("{origination_uuid=job-1}user/8001 &bridge(")
    assert event.headers["Content-Length"] == "15"
    assert event.body == "-ERR USER_BUSY\n"


async def test_hangup_kills_the_staff_leg_by_call_id(server: EslServer, dialer: EslDialer) -> None:
    await dialer.originate(request())
    await server.bgapi.get()
    await dialer.hangup(CALL)
    kill = await server.bgapi.get()
    assert kill.line == f"bgapi uuid_kill {CALL}"


async def test_events_arriving_before_the_bgapi_reply_are_matched_to_the_call(
    server: EslServer, dialer: EslDialer, sink: Collector
) -> None:
    # origination_uuid = call_id names the call in events the PBX sends before it replies.
    server.events_before_reply = [scenarios.background_job(CALL, "-ERR USER_BUSY")]
    await dialer.originate(request())
    event = await sink.next()
    assert (event.call_id, event.kind, event.hangup) == (CALL, CallEventKind.HANGUP, HangupKind.BUSY)


async def test_connected_turns_false_when_the_pbx_drops_the_connection(server, dialer) -> None:  # type: ignore[no-untyped-def]
    assert dialer.connected
    await server.drop_clients()
    await asyncio.wait_for(dialer.wait_disconnected(), 5)
    assert not dialer.connected
    with pytest.raises(DialerError):
        await dialer.originate(request())


async def test_an_inbound_call_ringing_a_staff_extension_is_reported_with_caller_and_extension(
    server: EslServer, dialer: EslDialer, sink: Collector
) -> None:
    """来电弹屏: the hotline's call bridged by the dialplan to user/8002 rings (a leg we did not
    place); the ringing of one of our own calls' legs is not an inbound call."""
    ringing = {
        "Event-Name": "CHANNEL_CALLSTATE",
        "Event-Date-Timestamp": "1772330400000000",
        "Channel-Call-State": "RINGING",
        "Call-Direction": "outbound",
        "Caller-Caller-ID-Number": "13912345678",
        "Caller-Destination-Number": "8002",
        "variable_dialed_user": "8002",
    }
    ours = {**ringing, "Unique-ID": "leg-of-ours", "variable_followup_call_id": CALL, "variable_dialed_user": "8001"}
    down = {**ringing, "Unique-ID": "b-leg-1", "Channel-Call-State": "DOWN"}
    await server.emit(plain_event(ours), plain_event(down), plain_event({**ringing, "Unique-ID": "b-leg-1"}))
    event = await sink.next()
    assert (event.kind, event.caller, event.extension, event.call_id) == (
        CallEventKind.INBOUND,
        "13912345678",
        "8002",
        "b-leg-1",
    )
    assert event.at == datetime.fromtimestamp(1_772_330_400, UTC)
