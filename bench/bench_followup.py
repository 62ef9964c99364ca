"""Task generation for a year of discharges, and statistics over a million tasks, on PostgreSQL.

100,000 discharges (a year of a large hospital, all within the generation look-back here) × 10
templates of one step each: the generation service (matching, exclusions, idempotency check,
bulk insert, assignment) against an INSERT ... SELECT baseline producing the same rows in one
statement. Each generation run and the baseline run in a process of their own, so that each
peak RSS is that step's own. Then what the half-hourly job does next: a run with nothing changed
(idle), the same run as a full pass (what every run did before runs were incremental), and a run
after 1,000 stays changed. Then the statistics of those 1,000,000 tasks. Goals: generation
under 60 s and no slower than before (ratio to the baseline); its peak RSS under 200 MB; an idle
run under 1 s; statistics under 1 s. The database is dropped at the end.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import PG, configure, db_name, recreate  # bench/ is the script's directory

ADMISSIONS = 100_000
TEMPLATES = 10
DB = db_name("suifang_bench")  # BENCH_DB_SUFFIX: beside another checkout

configure(f"{PG}/{DB}")

import asyncpg  # noqa: E402

from backend.db import init_orm  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.models import Admission, FollowUpTask, FollowUpTemplate, Patient, Questionnaire, Staff  # noqa: E402
from backend.models.choices import AssignmentPolicy  # noqa: E402
from backend.services import demo, followup_tasks, stats  # noqa: E402
from backend.services.principal import load_principal  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
CHANGED = 1_000  # stays changed between two runs (a busy half hour)


async def load(conn: asyncpg.Connection) -> None:
    departments = [r["id"] for r in await conn.fetch("SELECT id FROM department WHERE kind = 'clinical'")]
    now = datetime.now(TZ)
    # Rows carry the times intake would have written: a patient when first seen, a stay at discharge
    # (at least a day ago), so a run finds them changed only if the bench changes them.
    first_seen = now - timedelta(days=400)
    await conn.copy_records_to_table(
        "patient",
        records=[
            (first_seen, first_seen, f"B{n:07d}", f"患者{n}", "unknown", "", False, "", "[]") for n in range(ADMISSIONS)
        ],
        columns=[
            "created_at",
            "updated_at",
            "his_id",
            "name",
            "gender",
            "address",
            "do_not_contact",
            "do_not_contact_reason",
            "tags",
        ],
    )
    ids = [r["id"] for r in await conn.fetch("SELECT id FROM patient ORDER BY id")]
    rows = []
    for n, pid in enumerate(ids):
        discharged = now - timedelta(days=n % 20 + 1, minutes=n % 600)
        rows.append(
            (
                discharged - timedelta(days=7),
                discharged + timedelta(minutes=5),
                f"BV{n:07d}",
                pid,
                departments[n % len(departments)],
                discharged - timedelta(days=7),
                discharged,
                7,
                "",
                1,
                "",
                "",
                "I10.x00",
                "原发性高血压",
                "",
                "",
                "",
                "",
                "[]",
                "[]",
            )
        )
    await conn.copy_records_to_table(
        "admission",
        records=rows,
        columns=[
            "created_at",
            "updated_at",
            "his_visit_id",
            "patient_id",
            "department_id",
            "admitted_at",
            "discharged_at",
            "los_days",
            "inpatient_no",
            "admission_times",
            "bed_no",
            "attending_name",
            "main_diagnosis_code",
            "main_diagnosis_name",
            "tcm_disease_code",
            "tcm_disease_name",
            "tcm_syndrome_code",
            "tcm_syndrome_name",
            "operations",
            "tags",
        ],
    )
    await conn.execute("ANALYZE")


async def setup() -> None:
    await recreate(DB)
    await upgrade()
    ctx = await init_orm()
    await demo.seed_demo_hospital()
    await FollowUpTemplate.all().update(is_active=False)  # only the bench's templates
    conn = await asyncpg.connect(f"{PG}/{DB}")
    await load(conn)
    await conn.close()
    questionnaire = await Questionnaire.get(code="general_discharge", version=1)
    agents = await Staff.filter(username__in=["kefu01", "kefu02"])
    for n in range(TEMPLATES):
        template = await FollowUpTemplate.create(
            name=f"压测模板{n}",
            questionnaire=questionnaire,
            match_rules={},
            schedule=[{"offset_days": 21 + n, "window_days": 7}],
            assignment_policy=AssignmentPolicy.ROUND_ROBIN,
        )
        await template.assignees.add(*agents)
    await ctx.close_connections()


async def drop(name: str) -> None:
    admin = await asyncpg.connect(f"{PG}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


def _status_mb(key: str) -> float:
    """VmRSS (resident now) or VmHWM (peak resident) of this process, from Linux's /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"{key} not in /proc/self/status")


def _start_peak() -> float:
    """Restart the peak-RSS count from what is resident now (writing 5 to clear_refs), so that the
    peak read after a step is the step's own, not the imports' before it; returns the RSS now."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_mb("VmRSS")


async def child(what: str) -> dict[str, float]:
    """One measured step in this process: its time, its RSS before and its peak RSS during the step."""
    ctx = await init_orm()
    before = _start_peak()
    started = time.perf_counter()
    figures: dict[str, float] = {}
    if what == "baseline":
        conn = await asyncpg.connect(f"{PG}/{DB}")
        await conn.execute("""
            INSERT INTO bench_task (created_at, updated_at, admission_id, patient_id, department_id, template_id, step,
                                    program, questionnaire_id, channel, status, due_start, due_end, attempts)
            SELECT now(), now(), a.id, a.patient_id, a.department_id, t.id, 1, t.program, t.questionnaire_id,
                   t.channel, 'assigned', (a.discharged_at AT TIME ZONE 'Asia/Shanghai')::date + 21,
                   (a.discharged_at AT TIME ZONE 'Asia/Shanghai')::date + 28, 0
            FROM admission a CROSS JOIN followup_template t WHERE t.is_active""")
        await conn.close()
    else:
        report = await followup_tasks.generate(full=what == "full")
        figures = {"created": report.created, "candidates": report.candidates, "full": report.full}
    figures.update(seconds=time.perf_counter() - started, before_mb=before, peak_mb=_status_mb("VmHWM"))
    await ctx.close_connections()
    return figures


def measure(what: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", what], check=True, capture_output=True, text=True, timeout=1800
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def rss(figures: dict[str, float]) -> str:
    grown = figures["peak_mb"] - figures["before_mb"]
    return f"peak RSS {figures['peak_mb']:.0f} MB ({figures['before_mb']:.0f} MB before, {grown:+.0f} MB in the step)"


async def main() -> None:
    try:
        await run()
    finally:
        await drop(DB)  # also when a step failed: no bench database is left behind


async def run() -> None:
    await setup()
    first = measure("incremental")  # the first run of new templates is a full pass
    ctx = await init_orm()
    created = await FollowUpTask.all().count()
    generation = first["seconds"]
    print(
        f"generation: {created:,} tasks from {ADMISSIONS:,} discharges × {TEMPLATES} templates in {generation:.1f} s"
        f" ({created / generation:,.0f} tasks/s; goal under 60 s); report created {first['created']:,.0f}"
    )

    conn = await asyncpg.connect(f"{PG}/{DB}")
    # Same indexes and constraints as the real table, so the baseline pays the same upkeep.
    await conn.execute("CREATE TABLE bench_task (LIKE followup_task INCLUDING ALL)")
    # LIKE copies no foreign keys; the real table checks six per row, so the baseline must too.
    for fk in await conn.fetch(
        "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint"
        " WHERE conrelid = 'followup_task'::regclass AND contype = 'f'"
    ):
        await conn.execute(f"ALTER TABLE bench_task ADD {fk['def']}")
    baseline = measure("baseline")
    print(
        f"baseline INSERT ... SELECT of the same rows: {baseline['seconds']:.1f} s; ratio generation ÷ baseline: "
        f"{generation / baseline['seconds']:.1f}×"
    )
    print(
        f"memory: generation {rss(first)}; baseline process {rss(baseline)}; generation ÷ baseline peak: "
        f"{first['peak_mb'] / baseline['peak_mb']:.2f}× (goal: generation peak under 200 MB)"
    )
    await conn.execute("DROP TABLE bench_task")

    idle = measure("incremental")
    full = measure("full")
    print(
        f"idle run (nothing changed): {idle['seconds']:.2f} s, {idle['candidates']:,.0f} stays read, "
        f"{idle['created']:,.0f} created, {rss(idle)} (goal under 1 s); the same run as a full pass: "
        f"{full['seconds']:.1f} s, {full['candidates']:,.0f} stays read, {rss(full)}; ratio "
        f"{idle['seconds'] / full['seconds']:.3f}×"
    )
    changed = list(await Admission.all().order_by("id").limit(CHANGED).values_list("id", "patient_id"))
    moment = datetime.now(TZ)
    await Admission.filter(id__in=[a for a, _ in changed]).update(updated_at=moment)
    await Patient.filter(id__in=[p for _, p in changed[::2]]).update(updated_at=moment)
    busy = measure("incremental")
    print(
        f"run after {CHANGED:,} stays changed: {busy['seconds']:.2f} s, {busy['candidates']:,.0f} stays read "
        f"({busy['candidates'] / TEMPLATES:,.0f} per template), {busy['created']:,.0f} created, {rss(busy)}"
    )

    principal = await load_principal(await Staff.get(username="kefu01"))
    today = datetime.now(TZ).date()
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        result = await stats.compute(principal, period_from=today, period_until=today + timedelta(days=60))
        timings.append(time.perf_counter() - started)
    print(
        f"statistics over {result.total.due:,} tasks: best {min(timings):.2f} s, worst {max(timings):.2f} s"
        f" (goal under 1 s)"
    )
    await conn.close()
    await ctx.close_connections()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(asyncio.run(child(sys.argv[2]))))
    else:
        asyncio.run(main())
