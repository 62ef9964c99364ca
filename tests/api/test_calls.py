"""电话随访 through the API: click-to-call on the server-side driver (simulator), the dial-time
rules (calling hours, deceased, do-not-contact, daily cap), desk-agent events and recording
uploads with a signed URL, and number normalisation."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import datetime

import httpx
import pytest

from backend import clock
from backend.clock import SHANGHAI
from backend.models import (
    AuditEvent,
    CallRecord,
    Department,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Patient,
    Questionnaire,
    Staff,
)
from backend.models.choices import AssignmentPolicy, CallStatus, DialMethod, TaskOutcome
from backend.services import calling, followup_tasks
from backend.services.errors import InvalidInput
from backend.services.questionnaires import seed_library
from integrations.dialer.base import CallEvent, CallEventKind
from integrations.dialer.simulator import SimulatorDialer
from tests import factories

WORKING_HOURS = datetime(2026, 11, 26, 11, 50, tzinfo=SHANGHAI)  # 10 minutes before the lunch break
RIFF = b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"


@pytest.fixture
def at_work() -> Iterator[None]:
    with clock.frozen_at(WORKING_HOURS):
        yield


class Calls:
    """The simulator as the server-side driver, and a way to wait until a call has ended."""

    def __init__(self) -> None:
        self.done: dict[str, asyncio.Event] = {}
        self.driver = SimulatorDialer(delay_seconds=0, talk_seconds=0, clock=clock.now)

    async def sink(self, event: CallEvent) -> None:
        await calling.apply_event(event)
        if event.kind in (CallEventKind.HANGUP, CallEventKind.RECORDING):
            self.done.setdefault(event.call_id, asyncio.Event())
            if event.kind is CallEventKind.RECORDING or event.recording_ref == "":
                self.done[event.call_id].set()

    async def ended(self, call_id: str) -> CallRecord:
        await asyncio.wait_for(self.done.setdefault(call_id, asyncio.Event()).wait(), 5)
        return await CallRecord.get(provider_call_id=call_id)


@pytest.fixture
async def calls() -> AsyncIterator[Calls]:
    tracker = Calls()
    await tracker.driver.start(tracker.sink)
    calling.set_dialer(tracker.driver)
    yield tracker
    calling.set_dialer(None)
    await tracker.driver.close()


@pytest.fixture
async def desk(client: httpx.AsyncClient, at_work: None) -> dict:
    await seed_library()
    cardiology = await factories.department("心血管内科", code="0101")
    centre = await factories.department("随访中心", code="9001")
    agent = await factories.staff("followup_agent", centre, username="agent")
    agent.phone_extension = "8001"
    await agent.save()
    other = await factories.staff("followup_agent", centre, username="other")
    patients = [
        await factories.patient(cardiology, discharged_days_ago=8, phone=phone)
        for phone in ("13900001231", "13900001234", "+86 139 0000 1237")
    ]
    template = await FollowUpTemplate.create(
        name="心内科出院随访",
        questionnaire=await Questionnaire.get(code="cardiology"),
        match_rules={"departments": ["0101"]},
        schedule=[{"offset_days": 7, "window_days": 7}],
        assignment_policy=AssignmentPolicy.ROUND_ROBIN,
    )
    await template.assignees.add(agent)
    await followup_tasks.generate()
    tasks = {p.id: (await FollowUpTask.get(admission__patient_id=p.id)).id for p in patients}
    headers = await factories.login(client, "agent")
    other_headers = await factories.login(client, "other")
    client.cookies.clear()
    return {
        "headers": headers,
        "other": other_headers,
        "patients": patients,
        "tasks": tasks,
        "agent": agent,
        "o": other,
    }


async def _start(client: httpx.AsyncClient, desk: dict, index: int) -> httpx.Response:
    task_id = desk["tasks"][desk["patients"][index].id]
    return await client.post("/api/v1/calls", json={"task_id": task_id}, headers=desk["headers"])


async def test_pbx_call_is_recorded_from_ring_to_hangup_and_linked_to_the_contact(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    response = await _start(client, desk, 0)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["method"] == "pbx" and body["number"] is None  # the server dials: the page never sees it
    record = await calls.ended(body["call_id"])
    assert record.status is CallStatus.COMPLETED
    assert record.duration_seconds == calls.driver.talk_seconds
    assert record.answered_at is not None and record.recording_ref == f"sim://{body['call_id']}.wav"
    assert record.extension == "8001" and record.driver == "simulator"
    state = (await client.get(f"/api/v1/calls/{body['call_id']}", headers=desk["headers"])).json()
    assert state["status"] == "completed" and state["status_label"] == "已结束"
    contact = await client.post(
        f"/api/v1/tasks/{desk['tasks'][desk['patients'][0].id]}/contacts",
        json={"client_uuid": str(uuid.uuid4()), "outcome": "no_answer", "call_id": body["id"]},
        headers=desk["headers"],
    )
    assert contact.status_code == 200, contact.text
    assert (await FollowUpRecord.get(id=contact.json()["id"])).call_id == body["id"]


async def test_a_doctor_without_an_extension_is_offered_no_pbx_call_and_refused_in_chinese(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    """The task detail tells the H5 app whether the server can dial for the signed-in staff member
    (dial method PBX and an extension); without an extension the call is refused with the reason,
    and no attempt is counted."""
    task_id = desk["tasks"][desk["patients"][0].id]
    cardiology = await Department.get(code="0101")
    doctor = await factories.staff("doctor", cardiology, username="doctor_no_ext")
    assert doctor.phone_extension == "" and doctor.dial_method is DialMethod.PBX
    doctor_headers = await factories.login(client, "doctor_no_ext")
    client.cookies.clear()

    offered = (await client.get(f"/api/v1/tasks/{task_id}", headers=desk["headers"])).json()
    assert offered["server_dial"] is True
    shown = (await client.get(f"/api/v1/tasks/{task_id}", headers=doctor_headers)).json()
    assert shown["server_dial"] is False
    refused = await client.post("/api/v1/calls", json={"task_id": task_id}, headers=doctor_headers)
    assert refused.status_code == 409
    assert refused.json()["detail"] == "您的账号未设置分机号，请联系管理员在员工维护中设置"
    assert await CallRecord.all().count() == 0
    # with an extension but another dial method (a desk recording box), the server does not dial either
    desk["agent"].dial_method = DialMethod.RUNPU
    await desk["agent"].save()
    assert (await client.get(f"/api/v1/tasks/{task_id}", headers=desk["headers"])).json()["server_dial"] is False


async def test_the_task_detail_offers_the_servers_outcomes_with_their_labels(
    client: httpx.AsyncClient, desk: dict
) -> None:
    """The H5 app offers what the desk offers: the server's outcomes and labels, 不便回答 included."""
    task_id = desk["tasks"][desk["patients"][0].id]
    detail = (await client.get(f"/api/v1/tasks/{task_id}", headers=desk["headers"])).json()
    assert detail["outcome_options"] == [{"value": o.value, "label": o.label} for o in TaskOutcome]
    assert {"value": "inconvenient", "label": "不便回答"} in detail["outcome_options"]


async def test_busy_number_ends_busy_and_events_replayed_change_nothing(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    body = (await _start(client, desk, 1)).json()
    record = await calls.ended(body["call_id"])
    assert record.status is CallStatus.BUSY and record.hangup_cause == "17"
    # a late "answered" and a second hang-up (a PBX replaying events) leave the record as it is
    await calling.apply_event(CallEvent(body["call_id"], CallEventKind.ANSWERED, clock.now()))
    await calling.apply_event(CallEvent(body["call_id"], CallEventKind.HANGUP, clock.now(), cause="16"))
    again = await CallRecord.get(id=record.id)
    assert (again.status, again.answered_at, again.hangup_cause) == (CallStatus.BUSY, None, "17")


async def test_call_outside_calling_hours_is_refused_and_not_recorded(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    with clock.frozen_at(datetime(2026, 11, 26, 12, 0, tzinfo=SHANGHAI)):  # the break starts
        response = await _start(client, desk, 0)
    assert response.status_code == 409
    assert "不在允许拨打时段" in response.json()["detail"]
    assert await CallRecord.all().count() == 0


async def test_deceased_and_do_not_contact_patients_are_refused_at_dial_time(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    first, second = desk["patients"][0], desk["patients"][1]
    await Patient.filter(id=first.id).update(deceased_at=clock.now())
    await Patient.filter(id=second.id).update(do_not_contact=True, do_not_contact_reason="家属要求")
    dead = await _start(client, desk, 0)
    refused = await _start(client, desk, 1)
    assert dead.status_code == 409 and "已故" in dead.json()["detail"]
    assert refused.status_code == 409 and "家属要求" in refused.json()["detail"]
    assert await CallRecord.all().count() == 0


async def test_daily_attempt_cap_per_patient_refuses_the_next_call(
    client: httpx.AsyncClient, desk: dict, calls: Calls, settings
) -> None:  # type: ignore[no-untyped-def]
    cap = settings.dialer.daily_attempts_per_patient
    for _ in range(cap):
        body = (await _start(client, desk, 2)).json()
        await calls.ended(body["call_id"])
    over = await _start(client, desk, 2)
    assert over.status_code == 409 and f"每日上限（{cap} 次）" in over.json()["detail"]
    assert await CallRecord.filter(patient_id=desk["patients"][2].id).count() == cap


async def test_desk_agent_call_reports_events_and_uploads_a_recording_with_a_signed_url(
    client: httpx.AsyncClient, desk: dict, settings, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    await Staff.filter(id=desk["agent"].id).update(dial_method=DialMethod.SIMBOX)
    body = (await _start(client, desk, 0)).json()
    assert body["method"] == "simbox" and body["number"] == "13900001231"
    assert body["agent_url"] == "ws://127.0.0.1:8800/" and "token=" in body["upload_url"]
    call_id = body["call_id"]
    for event in (
        {"kind": "ringing"},
        {"kind": "answered", "at": "2026-11-26T11:50:05+08:00"},
        {"kind": "hangup", "at": "2026-11-26T11:51:45+08:00"},
    ):
        response = await client.post(f"/api/v1/calls/{call_id}/events", json=event, headers=desk["headers"])
        assert response.status_code == 200, response.text
    assert response.json()["status"] == "completed" and response.json()["duration_seconds"] == 100
    # only the staff member who dialled may report the call's events
    stranger = await client.post(f"/api/v1/calls/{call_id}/events", json={"kind": "hangup"}, headers=desk["other"])
    assert stranger.status_code == 403
    monkeypatch.setattr(settings.dialer, "recordings_dir", str(tmp_path))
    forged = body["upload_url"].rsplit(".", 1)[0] + ".AAAA"
    denied = await client.post(forged, files={"file": ("r.wav", RIFF, "audio/wav")})
    assert denied.status_code == 403
    uploaded = await client.post(body["upload_url"], files={"file": ("r.wav", RIFF, "audio/wav")})
    assert uploaded.status_code == 200, uploaded.text
    again = await client.post(body["upload_url"], files={"file": ("r.wav", RIFF, "audio/wav")})
    assert again.status_code == 200  # the agent retries: the same file, stored once
    assert len(list(tmp_path.rglob("*.wav"))) == 1
    played = await client.get(f"/api/v1/calls/{call_id}/recording", headers=desk["headers"])
    assert played.status_code == 200 and played.content == RIFF
    assert played.headers["content-type"] == "audio/wav"


async def test_a_recording_over_the_global_body_limit_is_taken_by_its_route_only(
    client: httpx.AsyncClient, desk: dict, settings, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    await Staff.filter(id=desk["agent"].id).update(dial_method=DialMethod.SIMBOX)
    body = (await _start(client, desk, 0)).json()
    monkeypatch.setattr(settings.dialer, "recordings_dir", str(tmp_path))
    big = RIFF + b"\0" * (settings.security.max_body_bytes + 1024 * 1024)  # a long call, over 2 MiB
    uploaded = await client.post(body["upload_url"], files={"file": ("long.wav", big, "audio/wav")})
    assert uploaded.status_code == 200, uploaded.text
    assert [p.stat().st_size for p in tmp_path.rglob("*.wav")] == [len(big)]
    # every other route keeps the global limit
    elsewhere = await client.post(
        "/api/v1/calls", headers=desk["headers"], content=b"{" + b" " * len(big) + b"}", timeout=30
    )
    assert elsewhere.status_code == 413 and "2 MB" in elsewhere.json()["detail"]


async def test_unmask_of_the_number_for_a_desk_agent_is_audited(client: httpx.AsyncClient, desk: dict) -> None:
    from backend.models import AuditEvent

    await Staff.filter(id=desk["agent"].id).update(dial_method=DialMethod.RUNPU)
    body = (await _start(client, desk, 1)).json()
    assert body["agent_url"] == "ws://127.0.0.1:12686"
    assert await AuditEvent.filter(action="unmask", resource_type="patient").count() == 1


@pytest.mark.parametrize(
    ("raw", "dial", "extension"),
    [
        ("13800138000", "13800138000", ""),
        ("+86 138 0013 8000", "13800138000", ""),
        ("008613800138000", "13800138000", ""),
        ("0571-87654321", "057187654321", ""),
        ("0571-8765432-803", "05718765432", "803"),
        ("(0571)87654321转803", "057187654321", "803"),
        ("+86 571 8765 4321", "057187654321", ""),
        ("87654321", "057187654321", ""),
    ],
)
def test_numbers_are_normalised_for_dialling(raw: str, dial: str, extension: str) -> None:
    number = calling.normalise_number(raw, local_area_code="0571")
    assert (number.dial, number.extension) == (dial, extension)


@pytest.mark.parametrize("raw", ["12345", "2345678901234567", "abc", ""])
def test_unrecognisable_numbers_are_refused_with_a_reason(raw: str) -> None:
    with pytest.raises(InvalidInput, match="电话号码无法识别"):
        calling.normalise_number(raw)


async def test_a_dropped_pbx_connection_is_replaced_on_the_next_call(
    db: str, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from pydantic import SecretStr

    from integrations.dialer.ami import AmiDialer
    from tests.loopback.ami import AmiServer

    async with AmiServer(username="followup", secret="s3cret") as pbx:
        monkeypatch.setattr(settings.dialer, "driver", "ami")
        monkeypatch.setattr(settings.dialer, "port", pbx.port)
        monkeypatch.setattr(settings.dialer, "username", "followup")
        monkeypatch.setattr(settings.dialer, "password", SecretStr("s3cret"))
        calling.set_dialer(None)
        try:
            first = await calling.dialer()
            assert isinstance(first, AmiDialer) and first.connected
            assert await calling.dialer() is first  # one connection per process while it is up
            await pbx.drop_clients()  # the PBX restarts
            await asyncio.wait_for(first.wait_disconnected(), 5)
            assert not first.connected
            second = await calling.dialer()
            assert second is not first and second.connected
        finally:
            await calling.close_dialer()


async def test_a_simulated_call_recording_plays_from_the_record(
    client: httpx.AsyncClient, desk: dict, calls: Calls, settings, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings.dialer, "recordings_dir", str(tmp_path))
    body = (await _start(client, desk, 0)).json()
    await calls.ended(body["call_id"])
    played = await client.get(f"/api/v1/calls/{body['call_id']}/recording", headers=desk["headers"])
    assert played.status_code == 200 and played.content[:4] == b"RIFF" and played.content[8:12] == b"WAVE"
    assert (await CallRecord.get(provider_call_id=body["call_id"])).recording_ref.startswith("file:")


async def test_a_pbx_recording_is_fetched_once_from_the_pbx_and_then_served_locally(
    client: httpx.AsyncClient, desk: dict, settings, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import functools
    import http.server
    import threading

    published = tmp_path / "pbx"
    published.mkdir()
    (published / "fu-abc.wav").write_bytes(RIFF)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(published))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(settings.dialer, "recordings_dir", str(tmp_path / "local"))
    record = await CallRecord.create(
        task_id=desk["tasks"][desk["patients"][0].id],
        patient=desk["patients"][0],
        staff=desk["agent"],
        driver="ami",
        provider_call_id=str(uuid.uuid4()),
        number_cipher="x",
        started_at=clock.now(),
    )
    await calling.apply_event(
        CallEvent(
            record.provider_call_id or "",
            CallEventKind.RECORDING,
            clock.now(),
            recording_ref="/var/spool/asterisk/monitor/fu-abc.wav",
        )
    )
    url = f"/api/v1/calls/{record.provider_call_id}/recording"
    try:
        missing = await client.get(url, headers=desk["headers"])  # not configured yet
        assert missing.status_code == 404 and "DIALER__RECORDINGS_URL" in missing.json()["detail"]
        monkeypatch.setattr(settings.dialer, "recordings_url", f"http://127.0.0.1:{server.server_port}/")
        first = await client.get(url, headers=desk["headers"])
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert first.status_code == 200 and first.content == RIFF
    again = await client.get(url, headers=desk["headers"])  # the PBX is gone: served from our copy
    assert again.status_code == 200 and again.content == RIFF


async def test_a_yeastar_webhook_reaching_another_web_process_still_updates_the_call(
    client: httpx.AsyncClient, desk: dict, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from pydantic import SecretStr

    from integrations.dialer.yeastar import YeastarDialer
    from tests.loopback.yeastar import YeastarServer, event_30011, event_30012

    async with YeastarServer(client_id="cid-123", client_secret="csecret") as pbx:
        for key, value in {
            "driver": "yeastar",
            "host": pbx.base_url,
            "port": None,
            "username": "cid-123",
            "password": SecretStr("csecret"),
            "webhook_token": SecretStr("hook-secret"),
        }.items():
            monkeypatch.setattr(settings.dialer, key, value)
        calling.set_dialer(None)
        try:
            body = (await _start(client, desk, 0)).json()
            record = await CallRecord.get(provider_call_id=body["call_id"])
            assert record.pbx_ref  # Yeastar's own id, kept for other processes
            # another web process: a driver that never placed this call receives the webhooks
            await calling.close_dialer()
            other = await calling.dialer()
            assert isinstance(other, YeastarDialer) and other.pbx_call_id(body["call_id"]) is None
            url = "/api/v1/dialer/yeastar/webhook?token=hook-secret"
            ringing = event_30011(
                record.pbx_ref, staff="8001", number="13900001231", staff_status="ANSWERED", patient_status="RING"
            )
            done = event_30012(record.pbx_ref, staff="8001", number="13900001231", status="ANSWERED", talk=42)
            assert (await client.post(url, json=ringing)).json()["applied"] >= 1
            assert (await client.post(url, json=done)).json()["applied"] >= 1
            refused = await client.post("/api/v1/dialer/yeastar/webhook?token=wrong", json=done)
            assert refused.status_code == 403
        finally:
            await calling.close_dialer()
    ended = await CallRecord.get(id=record.id)
    assert (ended.status, ended.duration_seconds) == (CallStatus.COMPLETED, 42)


async def test_many_clicks_at_once_never_dial_past_the_daily_cap(
    client: httpx.AsyncClient, desk: dict, calls: Calls, settings
) -> None:  # type: ignore[no-untyped-def]
    """50 concurrent POST /api/v1/calls for one task made 5 calls where the cap is 3."""
    cap = settings.dialer.daily_attempts_per_patient
    answers = await asyncio.gather(*(_start(client, desk, 1) for _ in range(12)))
    codes = sorted(a.status_code for a in answers)
    assert codes.count(200) == cap and all(c == 409 for c in codes[cap:]), codes
    assert await CallRecord.filter(patient_id=desk["patients"][1].id).count() == cap
    for answer in answers:  # the simulated calls run on: let them end before the test does
        if answer.status_code == 200:
            await calls.ended(answer.json()["call_id"])


async def test_a_his_landline_with_an_extension_is_dialled_as_number_and_extension(
    client: httpx.AsyncClient, desk: dict
) -> None:
    """Issue #14 item 6: 0571-87706197-8021 from the HIS was stored as 0571877061978021 and refused."""
    from backend.services import sync
    from integrations.his.base import Batch, PatientRecord

    patient = desk["patients"][0]
    await sync.store(
        "test", Batch(patients=[PatientRecord(his_id=patient.his_id, name=patient.name, phone="0571-87706197-8021")])
    )
    await Staff.filter(id=desk["agent"].id).update(dial_method=DialMethod.MANUAL)
    response = await _start(client, desk, 0)
    assert response.status_code == 200, response.text
    assert response.json()["number"] == "057187706197 转 8021"
    # a field holding only an unreadable number is refused with its reason, not dialled mangled
    await sync.store(
        "test", Batch(patients=[PatientRecord(his_id=patient.his_id, name=patient.name, phone="0571877061978021")])
    )
    refused = await _start(client, desk, 0)
    assert refused.status_code == 409 and "分机号请用 - 或 转 与号码分开" in refused.json()["detail"], refused.text


CARDIO_ANSWERS = {"sbp": 128, "dbp": 80, "chest_pain": "no", "symptoms": ["none"], "adherence": "regular"}


async def _reached(client: httpx.AsyncClient, desk: dict, index: int, **extra: object) -> httpx.Response:
    task_id = desk["tasks"][desk["patients"][index].id]
    body = {"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": CARDIO_ANSWERS, **extra}
    return await client.post(f"/api/v1/tasks/{task_id}/contacts", json=body, headers=desk["headers"])


async def test_reached_on_a_phone_task_is_refused_without_an_answered_call_or_a_stated_other_way(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    # no call at all
    refused = await _reached(client, desk, 1)
    assert refused.status_code == 422 and "已接通的电话" in refused.json()["detail"], refused.text
    # three calls, all 占线 (the patient's number ends in 4)
    busy = [(await _start(client, desk, 1)).json() for _ in range(3)]
    for call in busy:
        assert (await calls.ended(call["call_id"])).status is CallStatus.BUSY
    after_busy = await _reached(client, desk, 1, call_id=busy[-1]["id"])
    assert after_busy.status_code == 422 and "线下" in after_busy.json()["detail"]
    # 线下 without saying why is still refused; with a reason it is taken, and the audit says so
    unexplained = await _reached(client, desk, 1, reached_without_call="offline", reached_reason=" ")
    assert unexplained.status_code == 422
    stated = await _reached(client, desk, 1, reached_without_call="offline", reached_reason="患者来院复诊时当面随访")
    assert stated.status_code == 200, stated.text
    assert stated.json()["notes"].startswith("线下（当面）随访：患者来院复诊时当面随访")
    summary = await AuditEvent.filter(resource_type="followup_record", resource_id=str(stated.json()["id"])).first()
    assert summary is not None and "未经电话接通，线下（当面）随访：患者来院复诊时当面随访" in summary.summary
    assert await FollowUpRecord.filter(outcome="reached").count() == 1


async def test_reached_after_an_answered_call_of_the_task_needs_no_statement(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    call = (await _start(client, desk, 0)).json()
    assert (await calls.ended(call["call_id"])).answered_at is not None
    saved = await _reached(client, desk, 0, call_id=call["id"])
    assert saved.status_code == 200, saved.text
    assert saved.json()["notes"] == ""


async def test_statistics_count_reached_only_from_recorded_contacts(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    """A task marked 已完成/已联系 with no 已联系 contact recorded (an import, a hand edit) is not reached."""
    unrecorded = await FollowUpTask.get(id=desk["tasks"][desk["patients"][2].id])
    await FollowUpTask.filter(id=unrecorded.id).update(status="completed", outcome="reached", completed_at=clock.now())
    stated = await _reached(client, desk, 1, reached_without_call="other", reached_reason="患者家属来电告知")
    assert stated.status_code == 200, stated.text
    period = {"period_from": "2000-01-01", "period_until": "2100-01-01"}
    stats = (await client.get("/api/v1/followup/stats", params=period, headers=desk["headers"])).json()
    assert (stats["total"]["completed"], stats["total"]["reached"]) == (2, 1), stats["total"]


async def test_an_inbound_call_pops_for_the_staff_at_the_ringing_extension_only(
    client: httpx.AsyncClient, desk: dict, calls: Calls
) -> None:
    """来电弹屏: the caller's number (as the PBX writes it) matches the patient exactly by its blind
    index; the staff member whose extension rang sees the call and the patient, nobody else does."""
    before = (await client.get("/api/v1/calls/inbound", headers=desk["headers"])).json()
    assert before == {"last_id": 0, "calls": []}
    await calls.driver.ring("+86 139 0000 1231", "8001")
    mine = (await client.get("/api/v1/calls/inbound", params={"after": 0}, headers=desk["headers"])).json()
    [call] = mine["calls"]
    assert call["number"] == "139****1231" and mine["last_id"] == call["id"]
    assert call["patients"] == [{"id": desk["patients"][0].id, "name": desk["patients"][0].name}]
    theirs = (await client.get("/api/v1/calls/inbound", headers=desk["other"])).json()
    assert theirs == {"last_id": 0, "calls": []}
    # seen once: the page asks after the last id it showed
    again = await client.get("/api/v1/calls/inbound", params={"after": call["id"]}, headers=desk["headers"])
    assert again.json()["calls"] == []
    # a number nobody has: 未知来电, matched to no patient
    await calls.driver.ring("13000000000", "8001")
    unknown = (await client.get("/api/v1/calls/inbound", params={"after": call["id"]}, headers=desk["headers"])).json()
    assert [(c["number"], c["patients"]) for c in unknown["calls"]] == [("130****0000", [])]
