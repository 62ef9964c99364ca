"""网络电话 (browser softphone) through the API: the extension's SIP password (write-only,
encrypted), the softphone's registration settings for their owner, the dial-time rules, and the
call events the page reports (scoped to the caller, idempotent per call id) turning into the same
CallRecord lifecycle as the other dial methods, with the recording fetched from the PBX.

The SIP side (kamailio, two Chromium pages) is tests/browser/test_softphone.py."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from backend import clock
from backend.clock import SHANGHAI
from backend.models import AuditEvent, CallRecord, FollowUpTask, FollowUpTemplate, Patient, Questionnaire, Staff
from backend.models.choices import AssignmentPolicy, AuditAction, CallStatus, DialMethod
from backend.security.crypto import decrypt
from backend.services import followup_tasks
from backend.services.calling import softphone_hangup
from backend.services.questionnaires import seed_library
from backend.settings import DialerSettings
from integrations.dialer.base import HangupKind
from tests import factories

WORKING_HOURS = datetime(2026, 11, 26, 11, 50, tzinfo=SHANGHAI)  # 10 minutes before the break
SIP_PASSWORD = "Sip-8001-secret"
RIFF = b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"


@pytest.fixture
def softphone_settings(settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings.dialer, "softphone_ws_url", "wss://pbx.hospital.test:8089/ws")
    monkeypatch.setattr(settings.dialer, "softphone_domain", "pbx.hospital.test")
    with clock.frozen_at(WORKING_HOURS):
        yield


@pytest.fixture
async def desk(client: httpx.AsyncClient, softphone_settings: None) -> AsyncIterator[dict]:
    await seed_library()
    cardiology = await factories.department("心血管内科", code="0101")
    doctor = await factories.staff("doctor", cardiology, username="doctor")
    await Staff.filter(id=doctor.id).update(phone_extension="8001", dial_method=DialMethod.WEBRTC)
    await factories.staff("doctor", cardiology, username="colleague")
    await factories.staff("sysadmin", None, username="admin")
    patients = [
        await factories.patient(cardiology, discharged_days_ago=8, phone=p) for p in ("13900001231", "13900001234")
    ]
    template = await FollowUpTemplate.create(
        name="心内科出院随访",
        questionnaire=await Questionnaire.get(code="cardiology"),
        match_rules={"departments": ["0101"]},
        schedule=[{"offset_days": 7, "window_days": 7}],
        assignment_policy=AssignmentPolicy.ROUND_ROBIN,
    )
    await template.assignees.add(doctor)
    await followup_tasks.generate()
    tasks = [(await FollowUpTask.get(admission__patient_id=p.id)).id for p in patients]
    data = {
        "doctor": doctor,
        "headers": await factories.login(client, "doctor"),
        "other": await factories.login(client, "colleague"),
        "admin": await factories.login(client, "admin"),
        "patients": patients,
        "tasks": tasks,
    }
    client.cookies.clear()
    yield data


async def _set_password(client: httpx.AsyncClient, desk: dict, password: str = SIP_PASSWORD) -> httpx.Response:
    return await client.patch(
        f"/api/v1/staff/{desk['doctor'].id}", json={"sip_password": password}, headers=desk["admin"]
    )


async def _dial(client: httpx.AsyncClient, desk: dict, index: int = 0) -> httpx.Response:
    return await client.post("/api/v1/calls", json={"task_id": desk["tasks"][index]}, headers=desk["headers"])


async def _report(client: httpx.AsyncClient, desk: dict, call_id: str, **event: object) -> httpx.Response:
    return await client.post(f"/api/v1/calls/{call_id}/events", json=event, headers=desk["headers"])


async def test_the_sip_password_is_stored_encrypted_and_never_listed(client: httpx.AsyncClient, desk: dict) -> None:
    saved = await _set_password(client, desk)
    assert saved.status_code == 200, saved.text
    assert saved.json()["has_sip_password"] is True and SIP_PASSWORD not in saved.text
    stored = await Staff.get(id=desk["doctor"].id)
    assert SIP_PASSWORD not in stored.sip_password_cipher and decrypt(stored.sip_password_cipher) == SIP_PASSWORD
    listed = await client.get("/api/v1/staff", headers=desk["admin"])
    assert (
        listed.status_code == 200 and SIP_PASSWORD not in listed.text and stored.sip_password_cipher not in listed.text
    )
    audits = await AuditEvent.filter(action=AuditAction.UPDATE, resource_id=str(stored.id)).values_list(
        "summary", "after"
    )
    assert any("已设置分机密码" in summary for summary, _ in audits)
    assert all(stored.sip_password_cipher not in str(after) for _, after in audits)
    cleared = await _set_password(client, desk, "")
    assert cleared.json()["has_sip_password"] is False


async def test_the_softphone_settings_go_to_their_owner_only_and_uncached(
    client: httpx.AsyncClient, desk: dict
) -> None:
    await _set_password(client, desk)
    mine = await client.get("/api/v1/softphone", headers=desk["headers"])
    assert mine.status_code == 200 and mine.headers["cache-control"] == "no-store"
    assert mine.json() == {
        "enabled": True,
        "ws_url": "wss://pbx.hospital.test:8089/ws",
        "domain": "pbx.hospital.test",
        "extension": "8001",
        "password": SIP_PASSWORD,
        "display_name": desk["doctor"].name,
        "ring_seconds": 60,
    }
    # a colleague who dials another way gets no softphone, and nobody else's password
    theirs = await client.get("/api/v1/softphone", headers=desk["other"])
    assert theirs.status_code == 200 and theirs.json()["enabled"] is False and SIP_PASSWORD not in theirs.text
    assert (await client.get("/api/v1/softphone")).status_code == 401
    # the page's policy lets the browser reach the PBX's WebSocket and nothing else outside
    assert "connect-src 'self'" in mine.headers["content-security-policy"]


async def test_a_softphone_that_cannot_register_is_refused_before_an_attempt_counts(
    client: httpx.AsyncClient, desk: dict, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    no_password = await _dial(client, desk)
    assert no_password.status_code == 409 and "未设置分机密码" in no_password.json()["detail"]
    await _set_password(client, desk)
    monkeypatch.setattr(settings.dialer, "softphone_ws_url", None)
    unconfigured = await _dial(client, desk)
    assert unconfigured.status_code == 409 and "网络电话尚未配置" in unconfigured.json()["detail"]
    assert (await client.get("/api/v1/softphone", headers=desk["headers"])).status_code == 409
    assert await CallRecord.all().count() == 0


async def test_softphone_calls_keep_the_calling_rules(client: httpx.AsyncClient, desk: dict, settings) -> None:  # type: ignore[no-untyped-def]
    await _set_password(client, desk)
    await Patient.filter(id=desk["patients"][1].id).update(deceased_at=clock.now())
    dead = await _dial(client, desk, 1)
    assert dead.status_code == 409 and "已故" in dead.json()["detail"]
    with clock.frozen_at(datetime(2026, 11, 26, 12, 0, tzinfo=SHANGHAI)):  # the break starts
        closed = await _dial(client, desk)
    assert closed.status_code == 409 and "不在允许拨打时段" in closed.json()["detail"]
    for _ in range(settings.dialer.daily_attempts_per_patient):
        call_id = (await _dial(client, desk)).json()["call_id"]
        await _report(client, desk, call_id, kind="hangup", cause="sip:486")
    capped = await _dial(client, desk)
    assert capped.status_code == 409 and "每日上限" in capped.json()["detail"]


async def test_an_answered_softphone_call_completes_once_and_plays_the_pbx_recording(
    client: httpx.AsyncClient, desk: dict, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    await _set_password(client, desk)
    started = await _dial(client, desk)
    assert started.status_code == 200, started.text
    body = started.json()
    assert body["method"] == "webrtc" and body["number"] == "13900001231" and body["status"] == "initiated"
    call_id = body["call_id"]
    unmask = await AuditEvent.filter(action=AuditAction.UNMASK, resource_id=str(desk["patients"][0].id)).first()
    assert unmask is not None and "网络电话" in unmask.summary
    seen = []
    for event in (
        {"kind": "ringing", "at": "2026-11-26T11:50:02+08:00"},
        {"kind": "answered", "at": "2026-11-26T11:50:07+08:00"},
        {"kind": "hangup", "at": "2026-11-26T11:51:47+08:00", "duration_seconds": 100, "cause": "normal"},
    ):
        response = await _report(client, desk, call_id, **event)
        assert response.status_code == 200, response.text
        seen.append(response.json()["status"])
    assert seen == ["ringing", "answered", "completed"]
    # the page retries a report whose answer it lost: nothing moves
    for event in ({"kind": "hangup", "cause": "ws_dropped"}, {"kind": "answered"}, {"kind": "ringing"}):
        again = await _report(client, desk, call_id, **event)
        assert again.status_code == 200 and again.json()["status"] == "completed"
    record = await CallRecord.get(provider_call_id=call_id)
    assert (record.driver, record.duration_seconds, record.hangup_cause) == ("webrtc", 100, "16")
    assert record.recording_ref == f"{call_id}.wav"
    # the PBX recorded the call under our call id (X-Followup-Call-Id): fetched as PBX recordings are
    published = tmp_path / "pbx"
    published.mkdir()
    (published / f"{call_id}.wav").write_bytes(RIFF)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(published))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(settings.dialer, "recordings_dir", str(tmp_path / "local"))
    monkeypatch.setattr(settings.dialer, "recordings_url", f"http://127.0.0.1:{server.server_port}/")
    try:
        played = await client.get(f"/api/v1/calls/{call_id}/recording", headers=desk["headers"])
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert played.status_code == 200 and played.content == RIFF


@pytest.mark.parametrize(
    ("events", "status", "cause"),
    [
        ([{"kind": "ringing"}, {"kind": "hangup", "cause": "sip:486"}], "busy", "17"),
        ([{"kind": "ringing"}, {"kind": "hangup", "cause": "no_answer"}], "no_answer", "19"),
        ([{"kind": "hangup", "cause": "sip:480"}], "no_answer", "19"),
        ([{"kind": "ringing"}, {"kind": "hangup", "cause": "ws_dropped"}], "failed", "38"),
        ([{"kind": "answered"}, {"kind": "hangup", "cause": "ws_dropped"}], "completed", "38"),
        ([{"kind": "hangup", "cause": "sip:404"}], "failed", "1"),
        ([{"kind": "hangup", "cause": "local_error"}], "failed", "41"),
    ],
)
async def test_a_softphone_call_ends_as_its_sip_answer_says(
    client: httpx.AsyncClient, desk: dict, events: list[dict], status: str, cause: str
) -> None:
    await _set_password(client, desk)
    call_id = (await _dial(client, desk)).json()["call_id"]
    for event in events:
        response = await _report(client, desk, call_id, **event)
        assert response.status_code == 200, response.text
    record = await CallRecord.get(provider_call_id=call_id)
    assert (record.status.value, record.hangup_cause) == (status, cause)
    assert record.recording_ref == ("" if status != "completed" else f"{call_id}.wav")
    assert record.status in (CallStatus.COMPLETED, CallStatus.BUSY, CallStatus.NO_ANSWER, CallStatus.FAILED)


async def test_only_the_caller_reports_a_softphone_call(client: httpx.AsyncClient, desk: dict) -> None:
    await _set_password(client, desk)
    call_id = (await _dial(client, desk)).json()["call_id"]
    stranger = await _report(client, desk | {"headers": desk["other"]}, call_id, kind="answered")
    assert stranger.status_code == 403
    anonymous = await client.post(f"/api/v1/calls/{call_id}/events", json={"kind": "answered"})
    assert anonymous.status_code == 401
    assert (await CallRecord.get(provider_call_id=call_id)).status is CallStatus.INITIATED


def test_sip_answers_map_to_call_outcomes() -> None:
    assert softphone_hangup("sip:600", answered=False) == (HangupKind.BUSY, "17")
    assert softphone_hangup("cancelled", answered=False) == (HangupKind.NO_ANSWER, "19")
    assert softphone_hangup("sip:503", answered=False) == (HangupKind.FAILED, "41")
    assert softphone_hangup("normal", answered=True) == (HangupKind.COMPLETED, "16")


@pytest.mark.parametrize("name", ["{call}.wav", "rec/{call_id}.wav", "fixed.wav"])
def test_a_recording_name_without_the_call_id_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="call_id"):
        DialerSettings(softphone_recording_name=name)
