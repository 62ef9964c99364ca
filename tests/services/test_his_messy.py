"""A messy HIS of our own making (tests/fixtures/his-views/messy_his.json) pulled through the
contract views on each database: every source row ends stored, updated, skipped with a reason or
quarantined under its HIS key, and the four add up to the rows the HIS holds (issue #14). Its
clock is UTC: read in the wrong zone, the pull says so instead of silently missing rows."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text as sql
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from backend.clock import SHANGHAI, now
from backend.models import Admission, Diagnosis, ExamReport, LabReport, LabResult, Notice, Patient, QuarantinedRecord
from backend.models.choices import SyncStatus
from backend.services import demo, patients, sync
from integrations.his.base import Batch, PatientRecord
from integrations.his.sqlview import SqlViewSource, async_url
from tests import databases

FIXTURE = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "his-views" / "messy_his.json").read_text())
ENTITY = {  # view -> (contract entity, the columns that key a row)
    "V_FU_PATIENT": ("patient", ("patient_id",)),
    "V_FU_INPATIENT_VISIT": ("visit", ("visit_id",)),
    "V_FU_DIAGNOSIS": ("diagnosis", ("visit_id", "diag_type", "diag_seq")),
    "V_FU_LAB_REPORT": ("lab_report", ("report_id",)),
    "V_FU_LAB_RESULT": ("lab_result", ("report_id", "item_seq")),
    "V_FU_EXAM": ("exam", ("report_id",)),
}


def _columns(view: dict[str, Any]) -> list[str]:
    return view.get("columns") or [k for k in view["rows"][0] if not k.startswith("_")]


def _sql_type(dialect: str, view: dict[str, Any], column: str) -> str:
    if column in view["time_columns"]:
        return "DATETIME(6)" if dialect == "mysql" else "TIMESTAMP"
    if any(isinstance(r.get(column), int) for r in view["rows"]):
        return "INTEGER"
    return "VARCHAR(200)"


def _his_value(view: dict[str, Any], column: str, value: Any, utc_now: datetime) -> Any:
    """Times as the UTC HIS holds them: wall-clock UTC without a zone; an int is minutes from its now."""
    if column not in view["time_columns"] or value is None:
        return value
    if isinstance(value, int):
        return (utc_now + timedelta(minutes=value)).replace(tzinfo=None)
    return datetime.fromisoformat(value)


async def _load(engine: AsyncEngine, utc_now: datetime) -> None:
    async with engine.begin() as conn:
        for name, view in FIXTURE["views"].items():
            columns = _columns(view)
            types = ", ".join(f"{c} {_sql_type(engine.dialect.name, view, c)}" for c in columns)
            await conn.execute(sql(f"CREATE TABLE {name} ({types})"))
            for row in view["rows"]:
                values = {c: _his_value(view, c, row.get(c), utc_now) for c in columns}
                await conn.execute(
                    sql(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"),
                    values,
                )


@pytest.fixture
async def messy(db: str, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """The messy HIS on a database of the same kind as ours, and our own patients known before."""
    await demo.seed_demo_hospital()
    engine = create_async_engine(async_url(await databases.fresh_his_database(db, tmp_path)))
    await _load(engine, datetime.now(UTC))
    before = [
        PatientRecord(p["his_id"], p["name"], birth_date=date.fromisoformat(p["birth_date"]), phone=p["phone"])
        for p in FIXTURE["ours_before"]
    ]
    await sync.store("before", Batch(patients=before))
    try:
        yield engine
    finally:
        await engine.dispose()


def _key(view: str, row: dict[str, Any]) -> str:
    return "/".join(str(row[c]).strip() for c in ENTITY[view][1])


async def _fate(view: str, row: dict[str, Any]) -> str:
    """What became of one source row, read from our tables and the quarantine."""
    entity = ENTITY[view][0]
    key = _key(view, row)
    known_before = {p["his_id"] for p in FIXTURE["ours_before"]}
    held = QuarantinedRecord.filter(resolved_at__isnull=True)
    if entity == "patient":
        if await held.filter(entity="patient", external_id=key).exists():
            return "quarantined"
        patient = await Patient.get_or_none(his_id=key, name=row["name"])
        return "none" if patient is None else "updated" if key in known_before else "stored"
    if entity in ("visit", "diagnosis"):
        visit = str(row["visit_id"]).strip()
        if await held.filter(entity="visit", external_id=visit).exists():
            return "quarantined"
        if entity == "visit":
            return "stored" if await Admission.exists(his_visit_id=visit) else "none"
        stored = await Diagnosis.exists(admission__his_visit_id=visit, kind=row["diag_type"], seq=row["diag_seq"])
        return "stored" if stored else "none"
    report = str(row["report_id"]).strip()
    if entity == "exam":
        if await held.filter(entity="exam", external_id=report).exists():
            return "quarantined"
        return "stored" if await ExamReport.exists(his_report_id=report, conclusion=row["conclusion"]) else "none"
    if await held.filter(entity="lab", external_id=report).exists():
        return "quarantined"
    if entity == "lab_report":
        return "stored" if await LabReport.exists(his_report_id=report) else "none"
    return "stored" if await LabResult.exists(report__his_report_id=report, item_no=row["item_seq"]) else "none"


async def test_every_row_of_a_messy_his_is_stored_updated_skipped_or_quarantined_and_they_add_up(
    messy: AsyncEngine,
) -> None:
    source = SqlViewSource("", mapping="contract", name="messy_his", engine=messy, zone=ZoneInfo("UTC"))
    run = await sync.pull(source)

    assert run.status is SyncStatus.PARTIAL, run.error
    fates: Counter[str] = Counter()
    source_rows = 0
    for view in ENTITY:
        seen: list[dict[str, Any]] = []
        for row in FIXTURE["views"][view]["rows"]:
            source_rows += 1
            his_row = {k: v for k, v in row.items() if not k.startswith("_")}
            fate = "skipped" if his_row in seen else await _fate(view, row)
            seen.append(his_row)
            assert fate == row["_expect"], (view, _key(view, row), row.get("_note"), fate)
            fates[fate] += 1
    assert fates["stored"] + fates["updated"] + fates["skipped"] + fates["quarantined"] == source_rows == 56
    assert fates == {"stored": 39, "updated": 1, "skipped": 5, "quarantined": 11}
    # the run counts the same skips, with their reason and HIS keys
    assert (
        run.skipped == fates["skipped"]
        and "完全相同的重复行（只取一行）：5 条" in run.skip_note
        and "R001/1" in run.skip_note
    )
    reasons = {(q.entity, q.external_id): q.reason for q in await QuarantinedRecord.filter(source="messy_his")}
    assert "科室编码 9999" in reasons[("visit", "V002")]
    assert "P009" in reasons[("patient", "P009")] and "P009" in reasons[("visit", "V003")]
    assert "R003" in reasons[("lab", "R003")] and "出生日期" in reasons[("patient", "P006")]
    assert "P009" in reasons[("exam", "E002")]
    exam = await ExamReport.get(his_report_id="E001").select_related("admission")
    assert (exam.exam_type, exam.item_name, exam.body_part, exam.reporting_doctor) == (
        "CT",
        "胸部CT平扫",
        "胸部",
        "李影像",
    )
    assert exam.admission is not None and exam.admission.his_visit_id == "V001"
    assert exam.reported_at is not None and exam.reported_at.astimezone(SHANGHAI).strftime("%H:%M") == "09:00"
    # what intake made of the values: every range and qualitative form, every phone form
    flags = {
        (r["report_id"], r["item_seq"]): r["_flag"]
        for r in FIXTURE["views"]["V_FU_LAB_RESULT"]["rows"]
        if "_flag" in r and r["_expect"] == "stored"
    }
    stored = {(r.report.his_report_id, r.item_no): r for r in await LabResult.all().select_related("report")}
    assert {k: stored[k].flag.value for k in flags} == flags
    assert stored[("R001", 14)].value_raw == "-"  # the LIS's 阴性 reading, not an empty cell
    for row in FIXTURE["views"]["V_FU_PATIENT"]["rows"]:
        if "_phones" in row and row["_expect"] != "skipped":
            numbers = patients.phone_numbers(await Patient.get(his_id=row["patient_id"].strip()))
            assert [n.text for n in numbers if n.valid] == row["_phones"], row["_note"]
    [unreadable] = patients.phone_numbers(await Patient.get(his_id="P003"))
    assert unreadable.raw == "0571877061978021" and not unreadable.valid
    # the UTC clock read as UTC: times land right and no clock notice
    stay = await Admission.get(his_visit_id="V001").select_related("department", "ward")
    assert stay.admitted_at.astimezone(SHANGHAI).strftime("%H:%M") == "08:30"
    assert (stay.department.code, stay.ward and stay.ward.code) == ("0101", "0101W1")
    assert not await Notice.filter(kind="his_clock").exists()
    # a second pull reads the look-back again: nothing new, nothing lost, the same rows held
    again = await sync.pull(source)
    assert again.inserted == 0 and again.updated == 0
    assert (again.status, again.rejected, again.backlog) == (SyncStatus.SUCCEEDED, 0, run.rejected)
    assert await QuarantinedRecord.filter(source="messy_his", resolved_at__isnull=True).count() == len(reasons)


async def test_a_his_clock_in_utc_read_as_beijing_raises_a_notice_and_hiss_timezone_setting_reads_it_right(
    messy: AsyncEngine,
) -> None:
    beijing = SqlViewSource("", mapping="contract", name="utc_his", engine=messy)
    await sync.pull(beijing, until=now())
    notice = await Notice.get(kind="his_clock", resolved_at__isnull=True)
    assert "HIS__TIMEZONE" in notice.body and "超过回看窗口" in notice.title
    # a row written now by the UTC clock lies eight hours before the next window: missed
    async with messy.begin() as conn:
        await conn.execute(
            sql(
                "INSERT INTO V_FU_PATIENT (patient_id, name, sex_code, update_time) VALUES ('P777', '新患者', '1', :t)"
            ),
            {"t": datetime.now(UTC).replace(tzinfo=None)},
        )
    await sync.pull(beijing, until=now() + timedelta(seconds=1))
    assert not await Patient.exists(his_id="P777")
    assert await Notice.filter(kind="his_clock", resolved_at__isnull=True).exists()
    # HIS__TIMEZONE=UTC: the same row is read, and the notice closes itself
    utc = SqlViewSource("", mapping="contract", name="utc_his", engine=messy, zone=ZoneInfo("UTC"))
    await sync.pull(utc, until=now() + timedelta(seconds=2))
    assert await Patient.exists(his_id="P777")
    assert not await Notice.filter(kind="his_clock", resolved_at__isnull=True).exists()


async def test_an_update_time_in_the_future_raises_a_clock_notice(messy: AsyncEngine) -> None:
    async with messy.begin() as conn:
        ahead = (datetime.now(UTC) + timedelta(hours=3)).replace(tzinfo=None)
        await conn.execute(sql("UPDATE V_FU_PATIENT SET update_time = :t WHERE patient_id = 'P004'"), {"t": ahead})
    # read in the right zone, the other rows are recent; the one stamped three hours ahead is outside
    # every window up to now, and found all the same
    await sync.pull(SqlViewSource("", mapping="contract", name="future_his", engine=messy, zone=ZoneInfo("UTC")))
    notice = await Notice.get(kind="his_clock", resolved_at__isnull=True)
    assert "未来" in notice.title and "HIS__TIMEZONE=UTC" in notice.body
