"""HL7 v2 over a real MLLP socket and FHIR R4 bundles, through intake into our databases: every
message and bundle of our fixtures (tests/fixtures) is stored or quarantined with a reason, and the HIS's
corrections (A13 cancel discharge, A11 cancel admit) withdraw the stay and its follow-up."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from pathlib import Path

import httpx

from backend import clock
from backend.clock import now
from backend.models import Admission, FollowUpTask, LabResult, Patient, QuarantinedRecord, SyncRun
from backend.models.choices import AbnormalFlag, CancelReason, DischargeDisposition, SyncStatus, TaskOutcome, TaskStatus
from backend.services import demo, execution, followup_tasks, sync
from integrations.his.hl7 import MllpServer
from tests import factories

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VT, FS, CR = b"\x0b", b"\x1c", b"\x0d"


async def _send(port: int, message: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(VT + message + FS + CR)
    await writer.drain()
    reply = await reader.readuntil(FS + CR)
    writer.close()
    await writer.wait_closed()
    return reply


async def test_every_hl7_fixture_is_stored_or_quarantined_with_the_right_ack(hl7_listener: MllpServer) -> None:
    port = hl7_listener.port
    acks = {}
    for path in sorted((FIXTURES / "hl7v2").glob("*.hl7")):
        reply = await _send(port, path.read_bytes())
        acks[path.name] = reply.split(b"MSA|", 1)[1][:2].decode()
    assert set(acks.values()) <= {"AA", "AE"}, acks
    # Invalid birth date: the patient is quarantined, and so is the lab report that needs them.
    assert acks["oru_r01_bad_birth_date.hl7"] == "AE"
    assert acks["adt_a01_admit.hl7"] == acks["oru_r01_lab.hl7"] == "AA"
    runs = await SyncRun.filter(source="hl7").count()
    assert runs == len(acks) == 8
    assert await Patient.exists(his_id="M0001001", name="刘建国")
    # The A08 after the discharge reported the death.
    assert (await Patient.get(his_id="M0001001")).deceased_at is not None
    stay = await Admission.get(his_visit_id="ZY26000101")
    assert stay.discharged_at is not None and stay.disposition is DischargeDisposition.ORDERED
    quarantined = {(q.entity, q.external_id): q.reason for q in await QuarantinedRecord.filter(source="hl7")}
    assert "出生日期" in quarantined[("patient", "M0009001")]
    assert "不存在" in quarantined[("lab", "L26000301")]
    assert quarantined[("visit", "ZY26000309")] == "缺少入院时间（PV1-44）"
    # Results of the ORU messages land with their flags normalised (N -> normal).
    results = await LabResult.all()
    assert len(results) == 11 and all(r.flag is AbnormalFlag.NORMAL for r in results if r.flag_raw == "N")
    assert {r.flag for r in results if r.flag_raw == "A"} == {AbnormalFlag.ABNORMAL}


async def test_replaying_hl7_messages_creates_no_duplicates(hl7_listener: MllpServer) -> None:
    message = (FIXTURES / "hl7v2" / "adt_a01_admit.hl7").read_bytes()
    for _ in range(3):
        await _send(hl7_listener.port, message)
    assert await Patient.filter(his_id="M0001001").count() == 1
    assert await Admission.filter(his_visit_id="ZY26000101").count() == 1


async def test_every_fhir_fixture_imports_and_the_deceased_are_marked(client: httpx.AsyncClient) -> None:
    await demo.seed_demo_hospital()
    await factories.staff("sysadmin", None, username="his_admin")
    headers = await factories.login(client, "his_admin")
    client.cookies.clear()
    for path in sorted((FIXTURES / "fhir-r4").glob("*.json")):
        response = await client.post("/api/v1/his/fhir-bundle", headers=headers, json=json.loads(path.read_text()))
        assert response.status_code == 200, (path.name, response.text)
        assert response.json()["status"] in (SyncStatus.SUCCEEDED.value, SyncStatus.PARTIAL.value)
    assert await Patient.all().count() == 4
    deceased = await Patient.filter(deceased_at__isnull=False).values_list("name", flat=True)
    assert deceased == ["李桂英"]
    assert await LabResult.all().count() == 18  # 8 + 5 + 3 + 2 results
    # Stays in our departments are stored; the one at another hospital is quarantined with the reason.
    stays = await Admission.all().prefetch_related("department")
    assert sorted(s.department.code for s in stays) == ["0101", "0102", "0102", "0201"]
    reasons = set(await QuarantinedRecord.filter(source="fhir_bundle", entity="visit").values_list("reason", flat=True))
    assert {r.split("（")[0] for r in reasons} == {"科室编码 X9001 未在科室维护中登记"}
    not_a_bundle = await client.post("/api/v1/his/fhir-bundle", headers=headers, json={"resourceType": "Patient"})
    assert not_a_bundle.status_code == 422


async def test_imports_need_the_sync_permission(client: httpx.AsyncClient) -> None:
    await factories.staff("nurse", await factories.department(), username="nurse")
    headers = await factories.login(client, "nurse")
    assert (
        await client.post("/api/v1/his/fhir-bundle", headers=headers, json={"resourceType": "Bundle"})
    ).status_code == 403
    assert (await client.post("/api/v1/his/pull", headers=headers)).status_code == 403


# --- corrections: A13 cancel discharge, A11 cancel admit ---------------------------------------------


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y%m%d%H%M%S")


def _adt(
    control_id: str,
    event: str,
    recorded: datetime,
    *,
    visit: str = "V-HL7-1",
    patient: str = "P-HL7-1",
    discharged: datetime | None = None,
    admitted: datetime | None = None,
) -> bytes:
    """A synthetic ADT message with the segments of the reference samples (MSH, EVN, PID, PV1).

    The PV1 of an A11/A13 still describes the stay being corrected, discharge time included."""
    structure = {"A01": "ADT_A01", "A03": "ADT_A03", "A11": "ADT_A09", "A13": "ADT_A01"}[event]
    pv1 = [""] * 45
    pv1[0:3] = ["1", "I", "0101W1^12^05"]
    pv1[6], pv1[9], pv1[18] = "D001^张^伟", "0101", visit
    pv1[35], pv1[43] = "1", _ts(admitted or now() - timedelta(days=12))
    pv1[44] = _ts(discharged) if discharged else ""
    segments = [
        f"MSH|^~\\&|HIS|中医医院|SUIFANG|FU|{_ts(recorded)}||ADT^{event}^{structure}|{control_id}|P|2.5"
        "||||||UNICODE UTF-8",
        f"EVN|{event}|{_ts(recorded)}",
        f"PID|1||{patient}^^^HIS^PI||王^五||19600501|M|||和平里1号^^北京市^^^CHN^^^东城区||13800138000^PRN^CP",
        "PV1|" + "|".join(pv1),
    ]
    return ("\r".join(segments) + "\r").encode()


def _msa(reply: bytes) -> list[str]:
    lines = reply.strip(VT + FS + CR).decode().split("\r")
    return next(line for line in lines if line.startswith("MSA|")).split("|")


async def _tasks(visit: str = "V-HL7-1") -> dict[int, FollowUpTask]:
    return {t.id: t for t in await FollowUpTask.filter(admission__his_visit_id=visit)}


DISCHARGED = now() - timedelta(days=2)


async def _discharged_with_tasks(port: int) -> dict[int, FollowUpTask]:
    """A03, then task generation: the demo hospital's general plan (D+7) and cardiology plan (D+7, D+30)."""
    assert _msa(await _send(port, _adt("A03-1", "A03", DISCHARGED, discharged=DISCHARGED)))[1] == "AA"
    await followup_tasks.generate()
    tasks = await _tasks()
    assert len(tasks) == 3 and all(t.status is TaskStatus.ASSIGNED for t in tasks.values())
    return tasks


async def test_a13_withdraws_the_discharge_and_cancels_open_tasks_but_not_completed_ones(
    hl7_listener: MllpServer,
) -> None:
    tasks = await _discharged_with_tasks(hl7_listener.port)
    done = min(tasks)
    await FollowUpTask.filter(id=done).update(
        status=TaskStatus.COMPLETED, outcome=TaskOutcome.REACHED, completed_at=now()
    )
    a13 = _adt("A13-1", "A13", DISCHARGED + timedelta(days=1), discharged=DISCHARGED)
    assert _msa(await _send(hl7_listener.port, a13))[1:3] == ["AA", "A13-1"]
    stay = await Admission.get(his_visit_id="V-HL7-1")
    assert (stay.discharged_at, stay.disposition, stay.los_days) == (None, None, None)
    after = await _tasks()
    assert after[done].status is TaskStatus.COMPLETED and after[done].cancel_reason is None  # history
    cancelled = [t for i, t in after.items() if i != done]
    assert {(t.status, t.cancel_reason) for t in cancelled} == {(TaskStatus.CANCELLED, CancelReason.NOT_DISCHARGED)}
    # The same A13 again (an engine resending): nothing changes, and the run says so.
    assert _msa(await _send(hl7_listener.port, a13))[1] == "AA"
    again = await SyncRun.filter(source="hl7").order_by("-id").first()
    assert again is not None and (again.status, again.updated) == (SyncStatus.SUCCEEDED, 0)
    assert (await Admission.get(id=stay.id)).updated_at == stay.updated_at
    assert {i: (t.status, t.updated_at) for i, t in (await _tasks()).items()} == {
        i: (t.status, t.updated_at) for i, t in after.items()
    }
    # A stay in hospital is not planned again.
    await followup_tasks.generate()
    assert {t.status for i, t in (await _tasks()).items() if i != done} == {TaskStatus.CANCELLED}


async def test_a13_for_an_unknown_stay_or_another_patient_is_answered_ae_and_quarantined(
    hl7_listener: MllpServer,
) -> None:
    moment = now() - timedelta(hours=1)
    reply = await _send(hl7_listener.port, _adt("A13-X", "A13", moment, visit="V-NONE", discharged=moment))
    assert _msa(reply)[1:4] == ["AE", "A13-X", "已接收 1 条，拒收 1 条"]
    assert "撤销出院 V-NONE：住院记录 V-NONE 不存在，无法撤销出院" in reply.decode()
    held = await QuarantinedRecord.get(source="hl7", entity="cancel_discharge", external_id="V-NONE")
    assert held.reason == "住院记录 V-NONE 不存在，无法撤销出院" and held.resolved_at is None
    # A stay that exists but belongs to someone else is not withdrawn either.
    await _discharged_with_tasks(hl7_listener.port)
    other = _adt("A13-Y", "A13", now(), patient="P-OTHER", discharged=DISCHARGED)
    assert _msa(await _send(hl7_listener.port, other))[1] == "AE"
    reason = (await QuarantinedRecord.get(entity="cancel_discharge", external_id="V-HL7-1")).reason
    assert reason == "住院记录 V-HL7-1 属于患者 P-HL7-1，不是消息中的患者 P-OTHER^HIS，未撤销出院"
    assert (await Admission.get(his_visit_id="V-HL7-1")).discharged_at is not None
    assert {t.status for t in (await _tasks()).values()} == {TaskStatus.ASSIGNED}


async def test_a13_quarantined_before_its_discharge_applies_on_retry(hl7_listener: MllpServer) -> None:
    # The engine sent the correction before the discharge it corrects (a queue replayed out of order).
    a13 = _adt("A13-E", "A13", DISCHARGED + timedelta(hours=2), discharged=DISCHARGED)
    assert _msa(await _send(hl7_listener.port, a13))[1] == "AE"
    await _discharged_with_tasks(hl7_listener.port)
    held = await QuarantinedRecord.get(source="hl7", entity="cancel_discharge", external_id="V-HL7-1")
    assert await sync.retry_quarantined(held.id, source=None)  # type: ignore[arg-type]
    assert (await Admission.get(his_visit_id="V-HL7-1")).discharged_at is None
    assert {t.cancel_reason for t in (await _tasks()).values()} == {CancelReason.NOT_DISCHARGED}


async def test_a03_a13_a03_plans_the_follow_up_again_from_the_new_discharge(hl7_listener: MllpServer) -> None:
    first = await _discharged_with_tasks(hl7_listener.port)
    done = min(first)
    await FollowUpTask.filter(id=done).update(
        status=TaskStatus.COMPLETED, outcome=TaskOutcome.REACHED, completed_at=now()
    )
    a13 = _adt("A13-2", "A13", DISCHARGED + timedelta(hours=3), discharged=DISCHARGED)
    assert _msa(await _send(hl7_listener.port, a13))[1] == "AA"
    # The patient really leaves a day later.
    later = DISCHARGED + timedelta(days=1)
    assert _msa(await _send(hl7_listener.port, _adt("A03-2", "A03", later, discharged=later)))[1] == "AA"
    stay = await Admission.get(his_visit_id="V-HL7-1")
    assert stay.discharged_at == later.replace(microsecond=0)
    assert stay.disposition is DischargeDisposition.ORDERED
    report = await followup_tasks.generate()
    assert report.replanned == 2
    tasks = await _tasks()
    assert set(tasks) == set(first)  # planned in place: the unique key holds one task per step
    assert tasks[done].status is TaskStatus.COMPLETED and tasks[done].due_start == first[done].due_start
    moved = {}
    for task_id, task in tasks.items():
        if task_id != done:
            assert (task.status, task.cancel_reason, task.attempts) == (TaskStatus.ASSIGNED, None, 0)
            moved[task_id] = (task.due_start - first[task_id].due_start).days
    # The cardiology D+30 step moves with the new discharge. The general plan's D+7 step was deferred
    # past the cardiology D+7 call (one call per patient per window); that call was made, so the
    # step stays after its window.
    assert sorted(moved.values()) == [0, 1], moved
    assert (await followup_tasks.generate()).replanned == 0  # and only once
    # The old A13 replayed after the new discharge is older than it: the stay stays discharged.
    assert _msa(await _send(hl7_listener.port, a13))[1] == "AA"
    assert (await Admission.get(his_visit_id="V-HL7-1")).discharged_at is not None
    assert {t.status for t in (await _tasks()).values()} == {TaskStatus.ASSIGNED, TaskStatus.COMPLETED}


async def test_a11_cancels_the_stay_and_its_open_tasks(hl7_listener: MllpServer) -> None:
    tasks = await _discharged_with_tasks(hl7_listener.port)
    a11 = _adt("A11-1", "A11", DISCHARGED + timedelta(hours=5))
    assert _msa(await _send(hl7_listener.port, a11))[1:3] == ["AA", "A11-1"]
    stay = await Admission.get(his_visit_id="V-HL7-1")
    assert (stay.discharged_at, stay.disposition) == (None, None) and stay.cancelled_at is not None
    after = await _tasks()
    assert set(after) == set(tasks)
    assert {(t.status, t.cancel_reason) for t in after.values()} == {
        (TaskStatus.CANCELLED, CancelReason.VISIT_CANCELLED)
    }
    assert _msa(await _send(hl7_listener.port, a11))[1] == "AA"
    assert {i: t.updated_at for i, t in (await _tasks()).items()} == {i: t.updated_at for i, t in after.items()}
    run = await SyncRun.filter(source="hl7").order_by("-id").first()
    assert run is not None and run.updated == 0


async def test_a_task_planned_while_the_discharge_was_withdrawn_is_cancelled_by_the_next_run(
    hl7_listener: MllpServer,
) -> None:
    tasks = await _discharged_with_tasks(hl7_listener.port)
    # A generation run that read the stay before the A13 committed inserts its tasks after it.
    await Admission.filter(his_visit_id="V-HL7-1").update(discharged_at=None)
    assert await followup_tasks.cancel_ineligible() == len(tasks)
    assert {t.cancel_reason for t in (await _tasks()).values()} == {CancelReason.NOT_DISCHARGED}


async def test_a_stay_withdrawn_by_a11_is_no_readmission(hl7_listener: MllpServer) -> None:
    """Admitted again after the discharge (so the follow-up no longer fits), until the HIS says that
    admission never happened: then the first stay's follow-up is eligible again."""
    tasks = await _discharged_with_tasks(hl7_listener.port)
    task = await FollowUpTask.get(id=min(tasks)).prefetch_related("patient")
    again = _adt("A01-2", "A01", now() - timedelta(hours=2), visit="V-HL7-2", admitted=now() - timedelta(hours=3))
    assert _msa(await _send(hl7_listener.port, again))[1] == "AA"
    assert await execution._ineligible(task) is CancelReason.READMITTED
    withdrawn = _adt("A11-2", "A11", now() - timedelta(hours=1), visit="V-HL7-2")
    assert _msa(await _send(hl7_listener.port, withdrawn))[1] == "AA"
    assert (await Admission.get(his_visit_id="V-HL7-2")).cancelled_at is not None
    assert await execution._ineligible(task) is None


async def test_a_push_whose_process_died_is_closed_as_interrupted_by_the_scheduled_sweep(
    client: httpx.AsyncClient, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    await demo.seed_demo_hospital()
    await factories.staff("sysadmin", None, username="his_admin")
    headers = await factories.login(client, "his_admin")
    client.cookies.clear()
    bundle = json.loads((FIXTURES / "fhir-r4" / "zhang_wei.json").read_text())
    done = (await client.post("/api/v1/his/fhir-bundle", headers=headers, json=bundle)).json()
    assert done["inserted"] > 0, done
    # What a push killed after its intake committed leaves behind: its counts, still "running".
    await SyncRun.filter(id=done["id"]).update(status=SyncStatus.RUNNING, finished_at=None)
    monkeypatch.setattr(settings.his, "source", "hl7")  # a pushing site: no pull ever takes it over
    assert await sync.pull_configured() is None
    assert (await SyncRun.get(id=done["id"])).status is SyncStatus.RUNNING  # young: may be live
    with clock.frozen_at(now() + sync.STUCK_AFTER + timedelta(seconds=1)):
        assert await sync.pull_configured() is None
    run = await SyncRun.get(id=done["id"])
    assert run.status is SyncStatus.INTERRUPTED and run.inserted == done["inserted"]
    assert f"新增 {done['inserted']} 条" in run.error
