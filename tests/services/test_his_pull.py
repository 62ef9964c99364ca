"""Pulling from a vendor-style HIS (the demo HIS schema) on SQLite, PostgreSQL and MariaDB HIS
databases: everything is stored or quarantined with a reason, replays change nothing, late rows
are caught, deaths cancel tasks, a killed pull loses nothing."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from backend import clock
from backend.clock import now
from backend.models import (
    Admission,
    Department,
    Diagnosis,
    DischargeSummary,
    FollowUpTask,
    FollowUpTemplate,
    LabReport,
    LabResult,
    MedicalRecordFrontPage,
    Notice,
    Patient,
    QuarantinedRecord,
    Questionnaire,
    SyncRun,
)
from backend.models.choices import AbnormalFlag, CancelReason, DischargeDisposition, Gender, SyncStatus, TaskStatus
from backend.security.crypto import decrypt
from backend.services import demo, sync
from integrations.his.demo import DemoHis
from integrations.his.sqlview import SqlViewSource, async_url
from tests import databases

ROOT = Path(__file__).resolve().parents[2]
# The tables whose new rows a run counts as inserted.
STORED_BY_INTAKE = (Patient, Admission, DischargeSummary, MedicalRecordFrontPage, LabReport, LabResult)


@pytest.fixture
async def his(db: str, tmp_path: Path) -> AsyncIterator[DemoHis]:
    """A fresh HIS database of the same kind as ours, laid out like a 卫宁-style HIS."""
    await demo.seed_demo_hospital()
    instance = DemoHis.at(await databases.fresh_his_database(db, tmp_path))
    await instance.create()
    try:
        yield instance
    finally:
        await instance.close()


async def _source_rows(his: DemoHis, query: str) -> list[dict]:
    async with his.engine.connect() as conn:
        return [{k.upper(): v for k, v in r._mapping.items()} for r in await conn.execute(sql(query))]


async def test_pull_stores_or_quarantines_every_record_with_the_gotchas_read_right(his: DemoHis) -> None:
    # Numbers 60..109 include: 71 bad ID check digit, 74 still in hospital, 87 sentinel birth date,
    # 97 unknown department, 106 died; every 10th visit id is a compound id like '70||1'.
    visit_ids = await his.add_discharges(50, start=60, items_per_report=20)
    run = await sync.pull(his.source())
    assert run.status is SyncStatus.PARTIAL

    assert await Patient.all().count() == 49
    assert not await Patient.exists(his_id="W0000071")
    assert await Admission.all().count() == 48
    quarantined = {(q.entity, q.external_id): q.reason for q in await QuarantinedRecord.all()}
    assert quarantined[("patient", "W0000071")] == "身份证号校验位错误"
    assert quarantined[("visit", "ZY00000097")].startswith("科室编码 9999 未在科室维护中登记")
    assert "不存在" in quarantined[("visit", "ZY00000071")]
    assert run.rejected == len(quarantined) and run.inserted > 0

    assert (await Patient.get(his_id="W0000087")).birth_date is None  # 1990-01-01 sentinel
    assert (await Admission.get(his_visit_id="ZY00000074")).discharged_at is None  # 3000-01-01
    assert await Admission.exists(his_visit_id="70||1")  # compound id kept whole
    died = await Admission.get(his_visit_id="ZY00000106").prefetch_related("patient")
    assert died.disposition is DischargeDisposition.DEATH and died.patient.deceased_at is not None

    his_patients = {r["PATID"]: r for r in await _source_rows(his, "SELECT PATID, BRXB, LXRDH, SFZH FROM ZY_BRXXK")}
    for patient in await Patient.all():
        raw = his_patients[patient.his_id]
        assert patient.gender is (Gender.MALE if raw["BRXB"] in ("1", "男") else Gender.FEMALE)
        assert decrypt(patient.id_number_cipher) == raw["SFZH"]
        assert (patient.contacts_cipher is None) == (raw["LXRDH"] == "NA")

    stored_visits = set(await Admission.all().values_list("his_visit_id", flat=True))
    assert stored_visits == set(visit_ids) - {"ZY00000071", "ZY00000097"}
    assert await Diagnosis.all().count() == 3 * len(stored_visits)  # 入院诊断 (ZDLB 1) is not ours
    assert await DischargeSummary.all().count() == len(stored_visits) - 1  # 74 has no 小结 yet
    assert await MedicalRecordFrontPage.all().count() == len(stored_visits) - 1

    his_results = await _source_rows(
        his, "SELECT r.YCBZ, b.PATID FROM JY_JGMX r JOIN JY_BGD b ON b.BGDH = r.BGDH WHERE b.PATID <> 'W0000071'"
    )
    assert await LabResult.all().count() == len(his_results)
    critical = sum(1 for r in his_results if r["YCBZ"] in ("危急", "HH"))
    assert await LabResult.filter(flag=AbnormalFlag.CRITICAL).count() == critical
    assert await LabReport.filter(has_critical=True).count() > 0
    ranged = await LabResult.filter(code="GLU").first()
    assert ranged is not None and (ranged.reference_low, ranged.reference_high) == (3.9, 6.1)
    assert ranged.reference_raw == "3.9 ~ 6.1"


async def test_the_same_window_pulled_three_times_leaves_no_duplicates(his: DemoHis) -> None:
    await his.add_discharges(20, start=1)
    counts = []
    for _ in range(3):
        run = await sync.pull(his.source())
        counts.append(
            (
                await Patient.all().count(),
                await Admission.all().count(),
                await LabResult.all().count(),
                await Diagnosis.all().count(),
                await QuarantinedRecord.all().count(),
            )
        )
        assert run.status in (SyncStatus.SUCCEEDED, SyncStatus.PARTIAL)
    assert counts[0] == counts[1] == counts[2]
    last = await SyncRun.all().order_by("-id").first()
    assert last is not None and last.inserted == 0 and last.updated == 0 and last.fetched > 0


async def test_a_run_counts_only_what_it_quarantined_and_shows_the_backlog_apart(his: DemoHis) -> None:
    """Issue #12 item 9: every pull re-read the look-back's refused rows and showed 部分失败 forever."""
    await his.add_discharges(20, start=60)  # 71: a wrong ID check digit, refused
    first = await sync.pull(his.source())
    held = await QuarantinedRecord.filter(resolved_at__isnull=True).count()
    assert held > 0 and (first.status, first.rejected, first.backlog) == (SyncStatus.PARTIAL, held, held)
    again = await sync.pull(his.source())  # the same refused rows, read again by the look-back
    assert again.fetched > 0 and (again.status, again.rejected, again.backlog) == (SyncStatus.SUCCEEDED, 0, held)
    # one retried and put right leaves the backlog; one refused anew counts again
    record = await QuarantinedRecord.filter(resolved_at__isnull=True).first()
    assert record is not None
    await QuarantinedRecord.filter(id=record.id).update(resolved_at=now())
    third = await sync.pull(his.source())
    assert (third.status, third.rejected, third.backlog) == (SyncStatus.PARTIAL, 1, held)


async def test_a_row_committed_late_is_caught_by_the_look_back(his: DemoHis) -> None:
    await his.add_discharges(5, start=1)
    await sync.pull(his.source())
    # A visit whose update time lies 30 minutes back (committed late) appears after the pull.
    await his.add_discharges(1, start=501)
    async with his.engine.begin() as conn:
        stamp = (now() - timedelta(minutes=30)).strftime("%Y-%m-%d %H:%M:%S")
        for table in ("ZY_BRXXK", "ZY_BRSYK"):
            await conn.execute(
                sql(f"UPDATE {table} SET XGSJ = :t WHERE {'PATID' if table == 'ZY_BRXXK' else 'SYXH'} = :k"),
                {"t": stamp, "k": "W0000501" if table == "ZY_BRXXK" else "ZY00000501"},
            )
    await sync.pull(his.source())
    assert await Admission.exists(his_visit_id="ZY00000501")


async def test_a_death_reported_later_marks_the_patient_and_cancels_open_tasks(his: DemoHis) -> None:
    await his.add_discharges(3, start=1, gotchas=False)
    await sync.pull(his.source())
    stay = await Admission.get(his_visit_id="ZY00000002")
    questionnaire = await Questionnaire.create(code="GEN", title="出院随访")
    template = await FollowUpTemplate.create(name="常规随访", questionnaire=questionnaire)
    task = await FollowUpTask.create(
        admission=stay,
        patient_id=stay.patient_id,
        department_id=stay.department_id,
        template=template,
        step=1,
        program="centre",
        questionnaire=questionnaire,
        status=TaskStatus.ASSIGNED,
        due_start=now().date(),
        due_end=now().date(),
    )
    await his.touch_visit("ZY00000002", CYFS="5")
    await sync.pull(his.source())
    patient = await Patient.get(id=stay.patient_id)
    assert patient.deceased_at is not None
    task = await FollowUpTask.get(id=task.id)
    assert task.status is TaskStatus.CANCELLED and task.cancel_reason is CancelReason.DECEASED


async def test_a_quarantined_visit_goes_in_once_its_department_exists(his: DemoHis) -> None:
    await his.add_discharges(1, start=97)  # department 9999 is unknown
    await sync.pull(his.source())
    record = await QuarantinedRecord.get(entity="visit", external_id="ZY00000097")
    await Department.create(code="9999", name="新开科室")
    assert await sync.retry_quarantined(record.id, his.source()) is True
    await record.refresh_from_db()
    assert record.resolved_at is not None
    assert await Admission.exists(his_visit_id="ZY00000097")


async def test_a_failing_source_is_a_recorded_failure_with_a_notice(his: DemoHis) -> None:
    async with his.engine.begin() as conn:
        await conn.execute(sql("DROP TABLE JY_JGMX"))
    run = await sync.pull(his.source())
    assert run.status is SyncStatus.FAILED and "lab_result" in run.error
    assert gc.isenabled()  # the garbage collector paused for the pull runs again after a failure
    notice = await Notice.get(kind="sync_failed")
    assert "失败" in notice.title


async def test_reconciliation_reports_departments_whose_counts_differ(his: DemoHis) -> None:
    yesterday = now().date() - timedelta(days=1)
    await his.add_discharges(6, start=1, day=yesterday, gotchas=False)
    await sync.pull(his.source())
    assert await sync.reconcile(his.source(), yesterday) == []
    await his.add_discharges(1, start=7, day=yesterday, gotchas=False)  # in the HIS, not pulled yet
    diverged = await sync.reconcile(his.source(), yesterday)
    assert len(diverged) == 1 and diverged[0].his == diverged[0].ours + 1
    assert await Notice.filter(kind="reconcile").count() == 1


PULL_SCRIPT = """
import asyncio, os, sys
from backend.db import init_orm
from backend.services import sync
from integrations.his.demo import DemoHis
from integrations.his.sqlview import SqlViewSource

class Announcing(SqlViewSource):
    async def fetch(self, since, until):
        batch = await super().fetch(since, until)
        print("FETCHED", flush=True)  # the parent kills us now, in the middle of the intake
        return batch

async def main():
    ctx = await init_orm()
    his = DemoHis.at(sys.argv[1])
    await sync.pull(Announcing("", mapping="winning", name="demo_his", engine=his.engine))
    await ctx.close_connections()

asyncio.run(main())
"""


async def test_a_pull_killed_in_the_middle_is_closed_as_interrupted_with_what_it_committed(
    his: DemoHis, tmp_path: Path
) -> None:
    """A worker killed (SIGKILL) while a pull stores its batch patient by patient: the sweep closes
    its run as 中断 with the counts of the rows really committed (it said 已回滚 with zeros after
    six minutes, though rows from it were in), and the next pull loses and duplicates nothing."""
    dsn = str(his.engine.url).replace("+aiosqlite", "").replace("+asyncpg", "").replace("+asyncmy", "")
    dsn = dsn.replace("postgresql://", "postgres://").replace("***", "")
    visit_ids = await his.add_discharges(300, start=1, items_per_report=20)
    # Two stays' 出院小结 share a document id: the database refuses the batch as one transaction,
    # and it goes in patient by patient, a commit each.
    async with his.engine.begin() as conn:
        await conn.execute(
            sql("UPDATE EMR_CYXJ SET WDID = 'DOC-SAME' WHERE SYXH IN (:a, :b)"), {"a": visit_ids[0], "b": visit_ids[-1]}
        )
    script = tmp_path / "pull.py"
    script.write_text(PULL_SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": databases.current_url, "ENV": "test"}
    proc = subprocess.Popen([sys.executable, str(script), dsn], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "FETCHED"
        # Kill it once some patients are committed (their counts commit with them), not before.
        deadline = time.monotonic() + 60
        while not await SyncRun.filter(status=SyncStatus.RUNNING, inserted__gt=0).exists():
            assert proc.poll() is None, "the pull ended before it was killed"
            assert time.monotonic() < deadline, "no committed rows were counted on the running pull"
            await asyncio.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    committed = {model.__name__: await model.all().count() for model in STORED_BY_INTAKE}
    assert 0 < committed["Admission"] < 300

    assert await sync.close_interrupted() == 0  # a run a few seconds old may be a live pull elsewhere
    with clock.frozen_at(now() + sync.STUCK_AFTER + timedelta(seconds=1)):
        assert await sync.close_interrupted() == 1
    killed = await SyncRun.get()
    assert killed.status is SyncStatus.INTERRUPTED and killed.finished_at is not None
    assert killed.inserted == sum(committed.values()) and killed.updated == 0
    assert f"新增 {killed.inserted} 条" in killed.error and "已回滚" not in killed.error

    rerun = await sync.pull(his.source())
    assert rerun.status is SyncStatus.PARTIAL
    assert rerun.inserted == sum([await model.all().count() for model in STORED_BY_INTAKE]) - killed.inserted
    source_visits = await his.count("ZY_BRSYK")
    quarantined_visits = await QuarantinedRecord.filter(entity="visit").count()
    assert await Admission.all().count() == source_visits - quarantined_visits
    assert await LabResult.all().count() == await his.count(
        "JY_JGMX r JOIN JY_BGD b ON b.BGDH = r.BGDH",
        "WHERE b.PATID IN (SELECT PATID FROM ZY_BRXXK) AND b.PATID NOT IN "
        "('W0000071', 'W0000142', 'W0000213', 'W0000284')",
    )


def _contract_views(dialect: str) -> list[str]:
    """V_FU_* views over the demo HIS, as a HIS vendor following docs/his-interface-spec.md would
    create them (times as timestamps, codes as in the contract)."""
    ts = {
        "postgresql": "CAST(NULLIF({c}, 'NA') AS TIMESTAMP)",
        "mysql": "CAST(NULLIF({c}, 'NA') AS DATETIME)",
        "sqlite": "NULLIF({c}, 'NA')",
    }[dialect]

    def t(column: str) -> str:
        return ts.format(c=column)

    return [
        f"""CREATE VIEW V_FU_PATIENT AS SELECT PATID AS patient_id, HZXM AS name, BRXB AS sex_code,
            {t("CSRQ")} AS birth_date, SFZH AS id_card_no, LXDH AS mobile_phone, LXR AS contact_name,
            LXGX AS contact_relation, LXRDH AS contact_phone, DZ AS current_address, {t("SWRQ")} AS death_time,
            {t("XGSJ")} AS update_time FROM ZY_BRXXK""",
        f"""CREATE VIEW V_FU_INPATIENT_VISIT AS SELECT SYXH AS visit_id, PATID AS patient_id, ZYHM AS inpatient_no,
            ZYCS AS admission_times, {t("RYRQ")} AS admit_time, {t("CYRQ")} AS discharge_time, KSDM AS dept_code,
            BQDM AS ward_code, CWDM AS bed_no, ZZYS AS attending_doctor, CYFS AS discharge_mode,
            {t("XGSJ")} AS update_time FROM ZY_BRSYK""",
        """CREATE VIEW V_FU_DIAGNOSIS AS SELECT SYXH AS visit_id,
            CASE ZDLB WHEN '2' THEN 'western' WHEN '4' THEN 'tcm_disease' WHEN '8' THEN 'tcm_syndrome' ELSE ZDLB END
            AS diag_type, ZDXH AS diag_seq, ZDDM AS icd10_code, ZDMC AS diag_name FROM ZY_BRZDQK""",
        f"""CREATE VIEW V_FU_LAB_REPORT AS SELECT BGDH AS report_id, PATID AS patient_id, SYXH AS visit_id,
            XMMC AS subject, BBLX AS specimen_type, {t("SQRQ")} AS request_time, {t("BGRQ")} AS report_time,
            {t("XGSJ")} AS update_time FROM JY_BGD""",
        """CREATE VIEW V_FU_LAB_RESULT AS SELECT BGDH AS report_id, XH AS item_seq, XMDM AS item_code,
            XMMC AS item_name, JG AS result_text, DW AS unit, CKFW AS ref_range_text, YCBZ AS abnormal_flag
            FROM JY_JGMX""",
        f"""CREATE VIEW V_FU_DISCHARGE_SUMMARY AS SELECT SYXH AS visit_id, WDID AS document_id,
            RYQK AS admission_condition, ZLJG AS treatment_course, CYQK AS discharge_condition,
            CYYZ AS discharge_orders, CYDY AS discharge_medication, {t("QMSJ")} AS signed_time,
            {t("XGSJ")} AS update_time FROM EMR_CYXJ""",
        """CREATE VIEW V_FU_FRONT_PAGE AS SELECT SYXH AS visit_id, XMDM AS field_code, XMZ AS field_value
            FROM BA_SYXM""",
    ]


async def test_the_contract_views_read_the_same_as_the_vendor_mapping(his: DemoHis) -> None:
    from integrations.his.sqlview import SqlViewSource

    await his.add_discharges(40, start=60)
    async with his.engine.begin() as conn:
        for view in _contract_views(his.engine.dialect.name):
            await conn.execute(sql(view))
    source = SqlViewSource("", mapping="contract", name="his_views", engine=his.engine)
    until = now() + timedelta(minutes=1)
    start = now() - timedelta(days=1)
    vendor, contract = await his.source().fetch(start, until), await source.fetch(start, until)
    assert len(contract.patients) == len(vendor.patients) == 39  # 71: bad ID check digit, rejected
    assert sorted(v.his_visit_id for v in contract.visits) == sorted(v.his_visit_id for v in vendor.visits)
    assert sum(len(r.results) for r in contract.labs) == sum(len(r.results) for r in vendor.labs) > 0
    assert {(r.entity, r.external_id) for r in contract.rejected} == {
        (r.entity, r.external_id) for r in vendor.rejected
    }
    in_hospital = next(v for v in contract.visits if v.his_visit_id == "ZY00000074")
    assert in_hospital.discharged_at is None  # 3000-01-01 read through a timestamp column too
    run = await sync.pull(source)
    assert run.status is SyncStatus.PARTIAL and await Admission.all().count() == 38


async def test_an_unknown_ward_keeps_the_stay_and_raises_a_notice(his: DemoHis) -> None:
    await his.add_discharges(1, start=1, gotchas=False)
    await his.touch_visit("ZY00000001", BQDM="W99")
    await sync.pull(his.source())
    stay = await Admission.get(his_visit_id="ZY00000001")
    assert stay.ward_id is None
    notice = await Notice.get(kind="unknown_ward")
    assert "W99" in notice.title


async def test_a_failing_source_also_texts_the_administrator_when_sms_is_configured(
    his: DemoHis, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from backend.models import SmsMessage, SmsTemplate
    from backend.models.choices import SmsCategory
    from backend.services import sms
    from integrations.sms.simulator import SimulatorSms

    monkeypatch.setattr(settings.sms, "provider", "aliyun")
    monkeypatch.setattr(settings.sms, "sending_hours", "00:00-23:59:59")
    monkeypatch.setattr(settings.his, "admin_phone", "13811112222")
    await SmsTemplate.get_or_create(  # the demo hospital seeds it; a bare database needs it made
        code=settings.sms.alert_template,
        defaults={
            "name": "系统告警",
            "category": SmsCategory.FOLLOWUP,
            "provider_template_code": "SMS_9",
            "sign_name": "示范市中医医院",
            "content": "${hospital}随访系统告警：${title}，请登录系统查看。",
        },
    )
    async with his.engine.begin() as conn:
        await conn.execute(sql("DROP TABLE JY_JGMX"))
    await sync.pull(his.source())
    await sync.pull(his.source())  # the failure repeats: still one alert for the day's notice
    alert = await SmsMessage.get(dedupe_key__startswith="alert:sync_failed")
    assert await SmsMessage.all().count() == 1 and alert.patient_id is None
    gateway = SimulatorSms()
    sms.set_gateway(gateway)
    try:
        await sms.send_message(alert.id)
    finally:
        sms.set_gateway(None)
    assert [m.phone for m in gateway.sent] == ["13811112222"]
    assert "同步失败" in gateway.sent[0].params["title"]


def test_his_dsns_become_async_driver_urls() -> None:
    assert async_url("mssql://his:pw@10.0.0.5:1433/THIS4") == (
        "mssql+aioodbc://his:pw@10.0.0.5:1433/THIS4?driver=FreeTDS&ClientCharset=UTF-8"
    )
    named = async_url("sqlserver://his:pw@h/THIS4?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes")
    assert named.startswith("mssql+aioodbc://") and named.count("driver=") == 1 and "ClientCharset=UTF-8" in named
    assert async_url("oracle://zlhis:pw@10.0.0.6:1521/?service_name=ORCL") == (
        "oracle+oracledb://zlhis:pw@10.0.0.6:1521/?service_name=ORCL"
    )
    assert async_url("postgresql+asyncpg://u@h/db") == "postgresql+asyncpg://u@h/db"  # a full URL stays


@pytest.mark.parametrize(
    ("dsn", "driver_says"),
    [
        ("mssql://his:pw@127.0.0.1:1/THIS4", "FreeTDS"),  # unixODBC + FreeTDS loaded, the TDS connect refused
        ("oracle://zlhis:pw@127.0.0.1:1/?service_name=ORCL", "DPY-6005"),  # python-oracledb thin mode
    ],
)
async def test_sql_server_and_oracle_sources_reach_their_drivers_and_fail_as_a_recorded_run(
    db: str, dsn: str, driver_says: str
) -> None:
    await demo.seed_demo_hospital()
    source = SqlViewSource(dsn, "contract", name="his_views")
    try:
        run = await sync.pull(source)
    finally:
        await source.close()
    assert run.status is SyncStatus.FAILED and "读取 HIS 视图失败" in run.error and driver_says in run.error


async def test_two_different_results_under_one_item_number_quarantine_that_report_only(db: str) -> None:
    """A view joined once too often repeats rows; two different results under one key cannot both be right."""
    from integrations.his.base import Batch, LabReportRecord, LabResultRecord, PatientRecord

    await demo.seed_demo_hospital()

    def item(no: int, value: str) -> LabResultRecord:
        return LabResultRecord(item_no=no, name=f"项目{no}", value_raw=value, unit="mmol/L", reference_raw="3.9--6.1")

    batch = Batch(
        patients=[PatientRecord(his_id="P1", name="甲"), PatientRecord(his_id="P2", name="乙")],
        labs=[
            LabReportRecord("R-clash", "P1", "生化", (item(1, "5.0"), item(2, "4.1"), item(2, "7.7"))),
            LabReportRecord("R-twice", "P1", "生化", (item(1, "5.0"), item(1, "5.0"), item(2, "6.5"))),
            LabReportRecord("R-fine", "P2", "血常规", (item(1, "4.4"),)),
        ],
    )
    result = await sync.store("test", batch)

    assert [(r.entity, r.external_id) for r in result.rejected] == [("lab", "R-clash")]
    reason = (await QuarantinedRecord.get(entity="lab", external_id="R-clash")).reason
    assert "R-clash" in reason and "项目序号 2" in reason and "4.1" in reason and "7.7" in reason
    assert await Patient.all().count() == 2
    assert {r.his_report_id for r in await LabReport.all()} == {"R-twice", "R-fine"}
    twice = await LabResult.filter(report__his_report_id="R-twice").order_by("item_no")
    assert [(r.item_no, r.value_raw, r.flag) for r in twice] == [
        (1, "5.0", AbnormalFlag.NORMAL),
        (2, "6.5", AbnormalFlag.HIGH),
    ]


async def test_a_record_the_database_refuses_is_quarantined_by_its_his_key_and_the_rest_is_stored(
    his: DemoHis,
) -> None:
    """The HIS reuses one document id for two stays' 出院小结 (our column is unique): before, the
    IntegrityError rolled the whole pull back and the notice named an internal id."""
    visit_ids = await his.add_discharges(6, start=1, gotchas=False)
    async with his.engine.begin() as conn:
        await conn.execute(
            sql("UPDATE EMR_CYXJ SET WDID = 'DOC-SAME' WHERE SYXH IN (:a, :b)"), {"a": visit_ids[1], "b": visit_ids[4]}
        )

    run = await sync.pull(his.source())

    assert run.status is SyncStatus.PARTIAL and run.rejected == 1
    assert await Admission.all().count() == 6 and await Patient.all().count() == 6
    assert await DischargeSummary.all().count() == 5
    refused = await QuarantinedRecord.get(entity="summary")
    assert refused.external_id in (visit_ids[1], visit_ids[4])
    assert refused.reason.startswith(f"数据库拒收出院小结 {refused.external_id}")
    assert await LabReport.all().count() == await his.count("JY_BGD")
    again = await sync.pull(his.source())  # replayed: nothing new, the same record refused again
    assert again.inserted == 0 and await QuarantinedRecord.all().count() == 1


async def test_a_stay_ended_by_death_without_a_death_time_dates_the_death_at_the_discharge(db: str) -> None:
    from integrations.his.base import Batch, PatientRecord, VisitRecord

    await demo.seed_demo_hospital()
    department = await Department.filter(kind="clinical").first()
    assert department is not None
    discharged = (now() - timedelta(days=3)).replace(microsecond=0)
    batch = Batch(
        patients=[PatientRecord(his_id="P-D1", name="逝者")],
        visits=[
            VisitRecord(
                "V-D1",
                "P-D1",
                department_code=department.code,
                admitted_at=discharged - timedelta(days=9),
                discharged_at=discharged,
                disposition=DischargeDisposition.DEATH,
            )
        ],
    )
    await sync.store("test", batch)
    assert (await Patient.get(his_id="P-D1")).deceased_at == discharged  # not the moment we imported it


async def test_one_retry_on_a_stay_brings_in_its_children_and_links_its_labs(his: DemoHis) -> None:
    await his.add_discharges(1, start=97)  # department 9999 is unknown: the stay is quarantined
    await sync.pull(his.source())
    visit = await QuarantinedRecord.get(entity="visit", external_id="ZY00000097")
    children = await QuarantinedRecord.filter(external_id="ZY00000097").exclude(id=visit.id)
    assert {c.entity for c in children} >= {"summary", "front_page"}
    waiting = await LabReport.filter(his_visit_id="ZY00000097")
    assert waiting and all(r.admission_id is None for r in waiting)  # seen as outpatient labs so far

    await Department.create(code="9999", name="新开科室")
    assert await sync.retry_quarantined(visit.id, his.source()) is True  # one click, on the stay

    stay = await Admission.get(his_visit_id="ZY00000097")
    assert not await QuarantinedRecord.filter(external_id="ZY00000097", resolved_at__isnull=True).exists()
    assert await DischargeSummary.exists(admission_id=stay.id)
    assert await MedicalRecordFrontPage.exists(admission_id=stay.id)
    assert {r.admission_id for r in await LabReport.filter(his_visit_id="ZY00000097")} == {stay.id}


async def test_a_his_code_aliased_to_a_department_stores_the_stay_there_and_reconciles(his: DemoHis) -> None:
    """Several HIS codes (a FHIR Organization id is 36 characters) can point to one department
    (科室编码对照) without renaming it; before, a quarantined stay could not be remedied."""
    from backend.models import DepartmentAlias

    await his.add_discharges(1, start=97)  # the HIS names department 9999
    await sync.pull(his.source())
    held = await QuarantinedRecord.get(entity="visit", external_id="ZY00000097")
    assert "科室编码对照" in held.reason
    cardiology = await Department.get(code="0101")
    await DepartmentAlias.create(code="9999", department=cardiology, note="HIS 旧编码")
    await DepartmentAlias.create(code="a3c1e5f0-8d2b-4c7e-9f61-0b7d2e4a9c13", department=cardiology, note="FHIR")
    assert await sync.retry_quarantined(held.id, his.source()) is True
    stay = await Admission.get(his_visit_id="ZY00000097")
    assert stay.department_id == cardiology.id and cardiology.code == "0101"  # the department keeps its code
    day = stay.discharged_at.astimezone(clock.SHANGHAI).date()
    assert await sync.reconcile(his.source(), day) == []  # HIS 9999 counts for 0101


async def test_failure_and_difference_notices_close_themselves_when_the_next_run_is_clean(his: DemoHis) -> None:
    """Before, 同步失败 and 对账不一致 stayed active after recovery until someone acknowledged them."""
    yesterday = now().date() - timedelta(days=1)
    await his.add_discharges(2, start=1, day=yesterday, gotchas=False)
    async with his.engine.begin() as conn:
        await conn.execute(sql("ALTER TABLE JY_JGMX RENAME TO JY_JGMX_OFF"))
    assert (await sync.pull(his.source())).status is SyncStatus.FAILED
    failed = await Notice.get(kind="sync_failed")
    assert failed.resolved_at is None
    assert await sync.reconcile(his.source(), yesterday)  # the failed pull stored nothing
    differs = await Notice.get(kind="reconcile")

    async with his.engine.begin() as conn:
        await conn.execute(sql("ALTER TABLE JY_JGMX_OFF RENAME TO JY_JGMX"))
    assert (await sync.pull(his.source())).status is SyncStatus.SUCCEEDED
    assert await sync.reconcile(his.source(), yesterday) == []
    for notice in (failed, differs):
        await notice.refresh_from_db()
        assert notice.resolved_at is not None and notice.acknowledged_at is None  # kept, as history
    assert await Notice.filter(resolved_at__isnull=True).count() == 0


async def test_an_unknown_department_raises_one_notice_at_once_that_closes_when_the_code_is_known(
    his: DemoHis,
) -> None:
    await his.add_discharges(1, start=97)  # department 9999 is unknown
    await sync.pull(his.source())
    notice = await Notice.get(kind="unknown_department")  # at once, not at the next day's reconciliation
    assert "9999" in notice.title and notice.level == "danger"
    await notice.update_from_dict({"acknowledged_at": now()}).save()
    await his.touch_visit("ZY00000097", ZZYS="孙医生")
    await sync.pull(his.source(), until=now() + timedelta(minutes=1))
    assert await Notice.filter(kind="unknown_department").count() == 1  # once per code
    await notice.refresh_from_db()
    assert notice.acknowledged_at is not None  # a repeat does not reopen what was acknowledged

    await Notice.filter(id=notice.id).update(acknowledged_at=None)
    await Department.create(code="9999", name="新开科室")
    held = await QuarantinedRecord.get(entity="visit", external_id="ZY00000097")
    assert await sync.retry_quarantined(held.id, his.source())
    await notice.refresh_from_db()
    assert notice.resolved_at is not None


async def test_two_people_under_one_patient_id_are_held_for_a_person_never_merged(db: str) -> None:
    """Before, a second feed's patient with the same PID-3 silently became the first patient, and
    its stays and labs were filed under the wrong person."""
    from datetime import date

    from integrations.his.base import Batch, LabReportRecord, LabResultRecord, PatientRecord, VisitRecord

    await demo.seed_demo_hospital()
    department = await Department.filter(kind="clinical").first()
    assert department is not None
    await sync.store("test", Batch(patients=[PatientRecord(his_id="P1", name="张三", birth_date=date(1960, 5, 1))]))
    admitted = now() - timedelta(days=9)
    other = Batch(
        patients=[
            PatientRecord(his_id="P1", name="李四", birth_date=date(1975, 2, 2)),  # someone else
            PatientRecord(his_id="P2", name="王五", birth_date=date(1980, 1, 1)),
            PatientRecord(his_id="P2", name="赵六", birth_date=date(1990, 3, 3)),  # two people in one batch
            PatientRecord(his_id="P3", name="孙七", birth_date=date(1970, 1, 1)),
        ],
        visits=[
            VisitRecord("V-P1", "P1", department.code, admitted),
            VisitRecord("V-P3", "P3", department.code, admitted),
        ],
        labs=[LabReportRecord("L-P1", "P1", "血常规", (LabResultRecord(item_no=1, name="白细胞", value_raw="5.1"),))],
    )
    result = await sync.store("test", other)

    held = {(r.entity, r.external_id): r.reason for r in result.rejected}
    assert set(held) == {("patient", "P1"), ("patient", "P2"), ("visit", "V-P1"), ("lab", "L-P1")}
    assert "未合并" in held[("patient", "P1")] and "同一批数据" in held[("patient", "P2")]
    assert "身份待人工核对" in held[("visit", "V-P1")]
    first = await Patient.get(his_id="P1")
    assert (first.name, first.birth_date) == ("张三", date(1960, 5, 1))  # untouched
    assert not await Patient.exists(his_id="P2") and await Admission.exists(his_visit_id="V-P3")
    assert not await Admission.exists(his_visit_id="V-P1") and not await LabReport.exists(his_report_id="L-P1")
    # a corrected name alone (same birth date) is one person's update, not another person
    await sync.store("test", Batch(patients=[PatientRecord(his_id="P1", name="张叁", birth_date=date(1960, 5, 1))]))
    assert (await Patient.get(his_id="P1")).name == "张叁"
