"""The ward pad's API: a ward's inpatients for the shift, offline uploads applied exactly once
however often replayed, and a record made against a stale task version kept as a conflict until a
person decides (never a silent overwrite)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import httpx
import pytest

from backend.clock import SHANGHAI, now
from backend.models import Department, FollowUpRecord, FollowUpTask, PadConflict, Problem, Questionnaire, SyncRun
from backend.models.choices import DepartmentKind, PadConflictStatus, SyncStatus, TaskStatus
from backend.services.questionnaires import seed_library
from backend.settings import Settings
from tests import factories

# cardiology questionnaire: every required item answered; sbp 186 raises an urgent red flag
ANSWERS = {"sbp": 128, "dbp": 80, "chest_pain": "no", "symptoms": ["none"], "adherence": "regular"}
OFFLINE = {"reached_without_call": "offline", "reached_reason": "护士站当面随访"}


@pytest.fixture
async def ward(client: httpx.AsyncClient) -> dict:
    await seed_library()
    cardiology = await factories.department("心血管内科", code="0101")
    ward = await Department.create(code="W01", name="心内一病区", kind=DepartmentKind.WARD)
    nurse = await factories.staff("nurse", cardiology, username="nurse")
    form = await Questionnaire.get(code="cardiology")
    stays = [await factories.inpatient(cardiology, ward, bed_no=f"{n:02d}") for n in range(1, 4)]
    tasks = [await factories.open_task(stay, form, nurse) for stay in stays]
    # someone discharged yesterday is no longer on the ward
    await factories.patient(cardiology, discharged_days_ago=1)
    headers = await factories.login(client, "nurse")
    client.cookies.clear()
    return {"headers": headers, "ward": ward, "stays": stays, "tasks": tasks, "nurse": nurse}


def _item(task: FollowUpTask, version: int = 0, answers: dict | None = None) -> dict:
    return {
        "client_uuid": str(uuid.uuid4()),
        "task_id": task.id,
        "task_version": version,
        "answers": ANSWERS if answers is None else answers,
        "notes": "",
        "captured_at": (now() - timedelta(minutes=5)).isoformat(),
    }


async def test_ward_lists_its_current_inpatients_with_open_questionnaires(
    client: httpx.AsyncClient, ward: dict
) -> None:
    headers = ward["headers"]
    wards = (await client.get("/api/v1/pad/wards", headers=headers)).json()
    assert wards == [{"id": ward["ward"].id, "code": "W01", "name": "心内一病区", "inpatients": 3}]
    body = (await client.get(f"/api/v1/pad/wards/{ward['ward'].id}/inpatients", headers=headers)).json()
    assert [p["bed_no"] for p in body["inpatients"]] == ["01", "02", "03"]
    first = body["inpatients"][0]
    assert first["wristband"] == ward["stays"][0].inpatient_no
    assert first["tasks"][0]["id"] == ward["tasks"][0].id and first["tasks"][0]["version"] == 0
    assert [q["code"] for q in body["questionnaires"]] == ["cardiology"]
    assert body["wristband_pattern"]


async def test_beds_are_ordered_by_number_and_a_bed_with_two_current_inpatients_is_flagged(
    client: httpx.AsyncClient, ward: dict
) -> None:
    """A ward reads beds by number ("4" before "12", "3+" and 加床 after their number), whatever the
    database's text order; two current inpatients in one bed (a HIS that never discharged the
    previous occupant) are both flagged, the others not."""
    cardiology = await Department.get(code="0101")
    for bed in ["12", "4", "加1", "3+", "44", "13", "加12", "加2", "13", "3"]:
        await factories.inpatient(cardiology, ward["ward"], bed_no=bed)
    body = (await client.get(f"/api/v1/pad/wards/{ward['ward'].id}/inpatients", headers=ward["headers"])).json()
    beds = [p["bed_no"] for p in body["inpatients"]]
    assert beds == ["01", "02", "03", "3", "3+", "4", "12", "13", "13", "44", "加1", "加2", "加12"]
    shared = {(p["bed_no"], p["shared_bed"]) for p in body["inpatients"]}
    assert {bed for bed, flagged in shared if flagged} == {"13"}
    assert ("12", False) in shared


async def test_the_ward_says_when_the_his_data_last_changed_and_when_the_next_pull_is_due(
    client: httpx.AsyncClient, ward: dict, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pad refreshes its lists when a HIS run has gone in, so the ward answer carries the
    finish of the last run that stored something, the pull interval and the next scheduled pull;
    `/pad/sync` answers the same cheaply for the pad to poll."""
    monkeypatch.setattr(settings.his, "source", "sql_view")
    headers, url = ward["headers"], f"/api/v1/pad/wards/{ward['ward'].id}/inpatients"
    interval = settings.his.pull_interval_minutes
    first = (await client.get(url, headers=headers)).json()
    assert first["synced_at"] is None and first["pull_interval_minutes"] == interval
    due = datetime.fromisoformat(first["next_sync_at"])
    assert now() < due <= now() + timedelta(minutes=interval)
    assert due.astimezone(SHANGHAI).minute % interval == 0 and due.second == 0

    started = (now() - timedelta(minutes=30)).replace(microsecond=0)
    await SyncRun.create(source="his", status=SyncStatus.SUCCEEDED, started_at=started, finished_at=started)
    done = await SyncRun.create(
        source="his",
        status=SyncStatus.PARTIAL,  # what it could store went in
        started_at=started + timedelta(minutes=10),
        finished_at=started + timedelta(minutes=10, seconds=42),
    )
    # neither a later pull that failed nor one still under way changed the data
    await SyncRun.create(
        source="his", status=SyncStatus.FAILED, started_at=started + timedelta(minutes=20), finished_at=now()
    )
    await SyncRun.create(source="his", status=SyncStatus.RUNNING, started_at=now())
    body = (await client.get(url, headers=headers)).json()
    assert datetime.fromisoformat(body["synced_at"]) == done.finished_at
    polled = await client.get("/api/v1/pad/sync", headers=headers)
    assert polled.status_code == 200
    assert polled.json() == {key: body[key] for key in ("synced_at", "next_sync_at", "pull_interval_minutes")}

    # a pushing source (HL7) has no pull schedule: the pad only polls
    monkeypatch.setattr(settings.his, "source", "hl7")
    pushed = (await client.get("/api/v1/pad/sync", headers=headers)).json()
    assert pushed["next_sync_at"] is None and pushed["synced_at"] == body["synced_at"]
    assert (await client.get("/api/v1/pad/sync")).status_code == 401


async def test_an_upload_replayed_three_times_records_each_answer_once(client: httpx.AsyncClient, ward: dict) -> None:
    items = [_item(task) for task in ward["tasks"]]
    for _ in range(3):
        response = await client.post("/api/v1/pad/uploads", headers=ward["headers"], json={"items": items})
        assert response.status_code == 200, response.text
        assert [r["state"] for r in response.json()["results"]] == ["applied"] * 3
    assert await FollowUpRecord.all().count() == 3
    assert {r.client_uuid for r in await FollowUpRecord.all()} == {uuid.UUID(i["client_uuid"]) for i in items}
    assert await FollowUpTask.filter(status=TaskStatus.COMPLETED).count() == 3
    assert await PadConflict.all().count() == 0


async def test_answers_the_desk_rules_refuse_are_rejected_and_kept_nowhere(
    client: httpx.AsyncClient, ward: dict
) -> None:
    missing = _item(ward["tasks"][0], answers={"sbp": 120})
    result = (await client.post("/api/v1/pad/uploads", headers=ward["headers"], json={"items": [missing]})).json()
    assert result["results"][0]["state"] == "rejected" and "必答题" in result["results"][0]["message"]
    assert await FollowUpRecord.all().count() == 0 and await PadConflict.all().count() == 0
    flagged = _item(ward["tasks"][1], answers={**ANSWERS, "sbp": 186})
    result = (await client.post("/api/v1/pad/uploads", headers=ward["headers"], json={"items": [flagged]})).json()
    assert result["results"][0]["state"] == "applied"
    assert await Problem.filter(task_id=ward["tasks"][1].id).count() == 1  # the red flag, as at the desk


async def test_a_stale_version_becomes_one_conflict_and_a_person_keeps_the_server_record(
    client: httpx.AsyncClient, ward: dict
) -> None:
    headers = ward["headers"]
    task = ward["tasks"][0]
    desk = {"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": {**ANSWERS, "sbp": 140}, **OFFLINE}
    assert (await client.post(f"/api/v1/tasks/{task.id}/contacts", headers=headers, json=desk)).status_code == 200
    stale = _item(task, version=0)
    for _ in range(3):
        result = (await client.post("/api/v1/pad/uploads", headers=headers, json={"items": [stale]})).json()
        assert result["results"][0]["state"] == "conflict"
    assert await PadConflict.all().count() == 1
    assert await FollowUpRecord.all().count() == 1  # the desk's, untouched

    [conflict] = (await client.get("/api/v1/pad/conflicts", headers=headers)).json()
    assert conflict["pad"]["answers"]["sbp"] == 128 and conflict["pad"]["version"] == 0
    assert conflict["server"]["record"]["answers"]["sbp"] == 140 and conflict["server"]["version"] == 1
    assert conflict["server"]["status"] == "completed"
    # the reason in a nurse's words: who changed the task at the desk and when, no version numbers
    desk_record = await FollowUpRecord.get(task_id=task.id).select_related("staff")
    when = desk_record.contacted_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    assert conflict["reason"] == (
        f"平板填写后，该任务已在随访台或其他设备被修改（{when}，{ward['nurse'].name}记录随访：已联系），"
        "现为「已完成」。请对比两份记录，决定保留哪一份。"
    ), conflict["reason"]
    assert "版本" not in conflict["reason"]
    assert conflict["differences"] == [
        {"item": "sbp", "text": "最近一次测量的收缩压（高压）", "pad": "128mmHg", "server": "140mmHg"}
    ]
    kept = await client.post(
        f"/api/v1/pad/conflicts/{conflict['id']}/resolve", headers=headers, json={"resolution": "keep_server"}
    )
    assert kept.status_code == 200 and kept.json()["record_id"] is None
    assert (await PadConflict.get(id=conflict["id"])).status is PadConflictStatus.RESOLVED
    assert await FollowUpRecord.all().count() == 1
    assert (await client.get("/api/v1/pad/conflicts", headers=headers)).json() == []
    # a replay after the decision still finds the conflict, and applies nothing
    result = (await client.post("/api/v1/pad/uploads", headers=headers, json={"items": [stale]})).json()
    assert result["results"][0]["state"] == "conflict" and await FollowUpRecord.all().count() == 1


async def test_applying_the_pad_version_of_a_completed_task_adds_the_next_record(
    client: httpx.AsyncClient, ward: dict
) -> None:
    headers = ward["headers"]
    task = ward["tasks"][0]
    desk = {"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": ANSWERS, **OFFLINE}
    await client.post(f"/api/v1/tasks/{task.id}/contacts", headers=headers, json=desk)
    stale = _item(task, answers={**ANSWERS, "sbp": 150})
    result = (await client.post("/api/v1/pad/uploads", headers=headers, json={"items": [stale]})).json()
    conflict_id = result["results"][0]["conflict_id"]
    for _ in range(2):  # the same decision twice is one decision
        applied = await client.post(
            f"/api/v1/pad/conflicts/{conflict_id}/resolve", headers=headers, json={"resolution": "apply_pad"}
        )
        assert applied.status_code == 200, applied.text
    records = await FollowUpRecord.filter(task_id=task.id).order_by("version")
    assert [(r.version, r.answers["sbp"]) for r in records] == [(1, 128), (2, 150)]
    assert str(records[1].client_uuid) == stale["client_uuid"]
    refused = await client.post(
        f"/api/v1/pad/conflicts/{conflict_id}/resolve", headers=headers, json={"resolution": "keep_server"}
    )
    assert refused.status_code == 409
    # the upload replayed once more finds the applied record
    result = (await client.post("/api/v1/pad/uploads", headers=headers, json={"items": [stale]})).json()
    assert result["results"][0] == {**result["results"][0], "state": "applied", "record_id": records[1].id}


async def test_another_departments_nurse_sees_neither_the_ward_nor_its_tasks(
    client: httpx.AsyncClient, ward: dict
) -> None:
    await factories.staff("nurse", await factories.department("骨科", code="0201"), username="ortho")
    headers = await factories.login(client, "ortho")
    client.cookies.clear()
    assert (await client.get("/api/v1/pad/wards", headers=headers)).json() == []
    listing = await client.get(f"/api/v1/pad/wards/{ward['ward'].id}/inpatients", headers=headers)
    assert listing.status_code == 404
    result = (
        await client.post("/api/v1/pad/uploads", headers=headers, json={"items": [_item(ward["tasks"][0])]})
    ).json()
    assert result["results"][0]["state"] == "rejected"
    assert await FollowUpRecord.all().count() == 0 and await PadConflict.all().count() == 0


async def test_the_engine_leaves_a_ward_round_open_but_cancels_a_call_planned_for_a_stay_back_in_hospital(
    ward: dict,
) -> None:
    from backend.models import FollowUpTemplate
    from backend.services import followup_tasks

    stay = ward["stays"][0]
    # a post-discharge plan's call for this stay (its discharge was withdrawn): cancelled
    plan = await FollowUpTemplate.create(
        name="出院随访", questionnaire_id=ward["tasks"][0].questionnaire_id, schedule=[{"offset_days": 7}]
    )
    call = await FollowUpTask.create(
        admission=stay,
        patient_id=stay.patient_id,
        department_id=stay.department_id,
        template=plan,
        step=1,
        program=plan.program,
        questionnaire_id=plan.questionnaire_id,
        status=TaskStatus.ASSIGNED,
        due_start=now().date(),
        due_end=now().date() + timedelta(days=7),
    )
    # the half-hourly generation's clean-up: the round (a template with no post-discharge step) stays
    assert await followup_tasks.cancel_ineligible() == 1
    assert (await FollowUpTask.get(id=call.id)).status is TaskStatus.CANCELLED
    assert {t.status for t in await FollowUpTask.filter(id__in=[t.id for t in ward["tasks"]])} == {TaskStatus.ASSIGNED}


async def test_the_h5_department_statistics_count_the_follow_ups_due_as_of_today(
    client: httpx.AsyncClient, ward: dict
) -> None:
    """A ward's questionnaires are all in their window (today to three days on): the statistics
    by window end read 应随访 0 and left out one completed early today. As of today
    (`open_windows`, the H5 page) they count, recomputed here from the raw tasks: not cancelled,
    window ending in the period or opened by its end; not those whose window opens later."""
    cardiology = await Department.get(code="0101")
    doctor = await factories.staff("doctor", cardiology, username="doctor")
    headers = await factories.login(client, "doctor")
    client.cookies.clear()
    tasks = ward["tasks"]
    done = _item(tasks[0])
    assert (
        await client.post("/api/v1/pad/uploads", headers=ward["headers"], json={"items": [done]})
    ).status_code == 200
    today = now().date()
    later = await factories.open_task(
        await factories.inpatient(cardiology, ward["ward"], bed_no="9"), tasks[0].questionnaire, doctor
    )
    await FollowUpTask.filter(id=later.id).update(
        due_start=today + timedelta(days=4), due_end=today + timedelta(days=9)
    )
    past = await factories.open_task(
        await factories.inpatient(cardiology, ward["ward"], bed_no="8"), tasks[0].questionnaire, doctor
    )
    await FollowUpTask.filter(id=past.id).update(due_start=today - timedelta(days=9), due_end=today - timedelta(days=2))
    gone = await factories.open_task(
        await factories.inpatient(cardiology, ward["ward"], bed_no="7"), tasks[0].questionnaire, doctor
    )
    await FollowUpTask.filter(id=gone.id).update(status=TaskStatus.CANCELLED)

    start = today - timedelta(days=30)
    raw = [t for t in await FollowUpTask.all() if t.status is not TaskStatus.CANCELLED and t.due_end >= start]
    due_now = [t for t in raw if t.due_start <= today]
    assert len(due_now) == 4  # the ward's three (one completed) and the one past its window

    stats = (await client.get("/api/v1/followup/stats", headers=headers, params={"open_windows": "true"})).json()
    assert stats["period"] == {"from": str(start), "until": str(today), "open_windows": True}
    assert stats["total"]["due"] == len(due_now)
    assert stats["total"]["completed"] == sum(t.status is TaskStatus.COMPLETED for t in due_now) == 1
    assert stats["total"]["reached"] == 1
    # by window end (the desk's monthly figures): only the task whose window has closed
    by_end = (await client.get("/api/v1/followup/stats", headers=headers)).json()
    assert by_end["total"]["due"] == len([t for t in raw if t.due_end <= today]) == 1
    assert by_end["total"]["completed"] == 0
