"""YeastarDialer against a loopback P-Series OpenAPI server, and its webhook event mapping."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from integrations.dialer.base import CallEventKind, DialerError, HangupKind, OriginateRequest
from integrations.dialer.yeastar import YeastarDialer
from tests.integrations.dialer.conftest import Collector
from tests.loopback.yeastar import YeastarServer, event_30011, event_30012


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def server() -> AsyncIterator[YeastarServer]:
    async with YeastarServer(client_id="cid-123", client_secret="csecret") as srv:
        yield srv


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def dialer(server: YeastarServer, sink: Collector, clock: Clock) -> AsyncIterator[YeastarDialer]:
    d = YeastarDialer(base_url=server.base_url, client_id="cid-123", client_secret="csecret", timeout=5, clock=clock)
    await d.start(sink)
    yield d
    await d.close()


def request(call_id: str = "fu-0001", number: str = "13800000000") -> OriginateRequest:
    return OriginateRequest(call_id=call_id, staff_endpoint="8001", number=number)


async def test_start_with_wrong_client_secret_raises_chinese_dialer_error(
    server: YeastarServer, sink: Collector
) -> None:
    d = YeastarDialer(base_url=server.base_url, client_id="cid-123", client_secret="wrong")
    try:
        with pytest.raises(DialerError, match="认证失败"):
            await d.start(sink)
    finally:
        await d.close()
    assert server.requests[0].body == {"username": "cid-123", "password": "wrong"}


async def test_originate_posts_call_dial_with_token_caller_extension_and_callee_number(
    server: YeastarServer, dialer: YeastarDialer
) -> None:
    await dialer.originate(request())
    assert server.paths() == ["get_token", "call/dial"]
    dial = server.requests[-1]
    assert dial.query == {"access_token": "tok-1"}
    assert dial.body == {"caller": "8001", "callee": "13800000000"}
    assert dialer.pbx_call_id("fu-0001") == "1648627871.60"


async def test_expired_token_is_replaced_and_the_request_retried_once(
    server: YeastarServer, dialer: YeastarDialer
) -> None:
    server.expire_tokens()
    await dialer.originate(request())
    assert server.paths() == ["get_token", "call/dial", "get_token", "call/dial"]
    assert server.requests[-1].query == {"access_token": "tok-2"}


async def test_token_is_renewed_before_it_expires_without_a_failed_request(
    server: YeastarServer, dialer: YeastarDialer, clock: Clock
) -> None:
    clock.now += timedelta(seconds=1750)  # within the last minute of the 1800 s lifetime
    await dialer.originate(request())
    assert server.paths() == ["get_token", "get_token", "call/dial"]
    assert server.requests[-1].query == {"access_token": "tok-2"}


async def test_dial_refused_by_pbx_raises_dialer_error_with_its_message(
    server: YeastarServer, dialer: YeastarDialer
) -> None:
    server.dial_error = {"errcode": 60004, "errmsg": "CALLER NOT EXISTED"}
    with pytest.raises(DialerError, match="拒绝了呼叫请求：CALLER NOT EXISTED"):
        await dialer.originate(request())


async def test_webhooks_of_answered_call_deliver_ringing_answered_hangup_and_recording(
    server: YeastarServer, dialer: YeastarDialer, sink: Collector
) -> None:
    await dialer.originate(request())
    pbx = dialer.pbx_call_id("fu-0001")
    assert pbx is not None
    await dialer.handle_webhook(
        event_30011(pbx, staff="8001", number="13800000000", staff_status="ANSWERED", patient_status=None)
    )
    await dialer.handle_webhook(
        event_30011(pbx, staff="8001", number="13800000000", staff_status="ALERT", patient_status="RING")
    )
    await dialer.handle_webhook(
        event_30011(pbx, staff="8001", number="13800000000", staff_status="ANSWERED", patient_status="ANSWER")
    )
    await dialer.handle_webhook(
        event_30012(
            pbx,
            staff="8001",
            number="13800000000",
            status="ANSWERED",
            talk=42,
            recording="20260301100045-1648627871.60-8001-13800000000-Outbound.wav",
        )
    )
    events = await sink.until(CallEventKind.RECORDING)
    assert [e.kind for e in events] == [
        CallEventKind.RINGING,
        CallEventKind.ANSWERED,
        CallEventKind.HANGUP,
        CallEventKind.RECORDING,
    ]
    assert all(e.call_id == "fu-0001" for e in events)
    hangup = events[2]
    assert (hangup.hangup, hangup.duration_seconds) == (HangupKind.COMPLETED, 42)
    assert (
        hangup.recording_ref == events[3].recording_ref == "20260301100045-1648627871.60-8001-13800000000-Outbound.wav"
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("BUSY", HangupKind.BUSY),
        ("NO ANSWER", HangupKind.NO_ANSWER),
        ("VOICEMAIL", HangupKind.NO_ANSWER),
        ("FAILED", HangupKind.FAILED),
    ],
)
async def test_cdr_status_of_unanswered_call_maps_to_hangup_kind(
    server: YeastarServer, dialer: YeastarDialer, status: str, expected: HangupKind
) -> None:
    await dialer.originate(request())
    pbx = dialer.pbx_call_id("fu-0001")
    assert pbx is not None
    events = dialer.parse_webhook(event_30012(pbx, staff="8001", number="13800000000", status=status))
    assert [(e.kind, e.hangup, e.cause, e.duration_seconds) for e in events] == [
        (CallEventKind.HANGUP, expected, status, 0)
    ]


async def test_webhook_arriving_before_dial_reply_is_held_and_replayed_when_mapped(
    dialer: YeastarDialer, sink: Collector
) -> None:
    early = event_30011(
        "1648627871.99", staff="8001", number="13800000000", staff_status="ALERT", patient_status="RING"
    )
    assert dialer.parse_webhook(early) == []
    replayed = dialer.remember("1648627871.99", "fu-0042", staff="8001", number="13800000000")
    assert [(e.call_id, e.kind) for e in replayed] == [("fu-0042", CallEventKind.RINGING)]


async def test_webhook_of_other_event_types_or_malformed_bodies_yields_nothing(dialer: YeastarDialer) -> None:
    assert dialer.parse_webhook({"type": 30008, "sn": "x", "msg": '{"extension":"2002","status":"Ringing"}'}) == []
    assert dialer.parse_webhook({"type": 30012, "msg": "not json"}) == []
    assert dialer.parse_webhook({"type": "abc"}) == []


async def test_hangup_posts_the_staff_channel_learnt_from_call_status(
    server: YeastarServer, dialer: YeastarDialer
) -> None:
    await dialer.originate(request())
    pbx = dialer.pbx_call_id("fu-0001")
    assert pbx is not None
    dialer.parse_webhook(
        event_30011(pbx, staff="8001", number="13800000000", staff_status="ALERT", patient_status="RING")
    )
    await dialer.hangup("fu-0001")
    assert server.requests[-1].path == "call/hangup"
    assert server.requests[-1].body == {"channel_id": "PJSIP/8001-00000023"}


async def test_an_inbound_call_ringing_an_extension_is_reported_once(dialer: YeastarDialer) -> None:
    """来电弹屏: 30011 of a call from a trunk ringing extension 1002, sent twice as states change."""
    body = {
        "type": 30011,
        "sn": "3631A2XXXXXX",
        "msg": json.dumps(
            {
                "call_id": "1700000100.77",
                "members": [
                    {
                        "inbound": {
                            "from": "13912345678",
                            "to": "02188886666",
                            "channel_id": "t-1",
                            "member_status": "ALERT",
                        }
                    },
                    {"extension": {"number": "1002", "channel_id": "e-1", "member_status": "RING"}},
                ],
            }
        ),
    }
    [event] = dialer.parse_webhook(body)
    assert (event.kind, event.caller, event.extension, event.call_id) == (
        CallEventKind.INBOUND,
        "13912345678",
        "1002",
        "1700000100.77",
    )
    assert dialer.parse_webhook(body) == []
