"""Task generation for a year of discharges, and statistics over a million tasks, on PostgreSQL.

100,000 discharges (a year of a large hospital, all within the generation look-back here) × 10
templates of one step each: the generation service (matching, exclusions, idempotency check,
bulk insert, assignment) against an INSERT ... SELECT baseline producing the same rows in one
statement. Then the statistics of those 1,000,000 tasks. Goals: generation under 60 s;
statistics under 1 s.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from common import PG, configure, recreate  # bench/ is the script's directory

ADMISSIONS = 100_000
TEMPLATES = 10
DB = "suifang_bench"

configure(f"{PG}/{DB}")

import asyncpg  # noqa: E402

from backend.db import init_orm  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.models import FollowUpTask, FollowUpTemplate, Questionnaire, Staff  # noqa: E402
from backend.models.choices import AssignmentPolicy  # noqa: E402
from backend.services import demo, followup_tasks, stats  # noqa: E402
from backend.services.principal import load_principal  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")


async def load(conn: asyncpg.Connection) -> None:
    departments = [r["id"] for r in await conn.fetch("SELECT id FROM department WHERE kind = 'clinical'")]
    now = datetime.now(TZ)
    await conn.copy_records_to_table(
        "patient",
        records=[(now, now, f"B{n:07d}", f"患者{n}", "unknown", "", False, "", "[]") for n in range(ADMISSIONS)],
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
                now,
                now,
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


async def main() -> None:
    await recreate(DB)
    await upgrade()
    ctx = await init_orm()
    await demo.seed_demo_hospital()
    await FollowUpTemplate.all().update(is_active=False)  # only the bench's templates
    conn = await asyncpg.connect(f"{PG}/{DB}")
    await load(conn)
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

    started = time.perf_counter()
    report = await followup_tasks.generate()
    generation = time.perf_counter() - started
    created = await FollowUpTask.all().count()
    print(
        f"generation: {created:,} tasks from {ADMISSIONS:,} discharges × {TEMPLATES} templates in {generation:.1f} s"
        f" ({created / generation:,.0f} tasks/s; goal under 60 s); report created {report.created:,}"
    )

    # Same indexes and constraints as the real table, so the baseline pays the same upkeep.
    await conn.execute("CREATE TABLE bench_task (LIKE followup_task INCLUDING ALL)")
    # LIKE copies no foreign keys; the real table checks six per row, so the baseline must too.
    for fk in await conn.fetch(
        "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint"
        " WHERE conrelid = 'followup_task'::regclass AND contype = 'f'"
    ):
        await conn.execute(f"ALTER TABLE bench_task ADD {fk['def']}")
    started = time.perf_counter()
    await conn.execute("""
        INSERT INTO bench_task (created_at, updated_at, admission_id, patient_id, department_id, template_id, step,
                                program, questionnaire_id, channel, status, due_start, due_end, attempts)
        SELECT now(), now(), a.id, a.patient_id, a.department_id, t.id, 1, t.program, t.questionnaire_id, t.channel,
               'assigned', (a.discharged_at AT TIME ZONE 'Asia/Shanghai')::date + 21,
               (a.discharged_at AT TIME ZONE 'Asia/Shanghai')::date + 28, 0
        FROM admission a CROSS JOIN followup_template t WHERE t.is_active""")
    baseline = time.perf_counter() - started
    print(
        f"baseline INSERT ... SELECT of the same rows: {baseline:.1f} s; ratio generation ÷ baseline: "
        f"{generation / baseline:.1f}×"
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
    asyncio.run(main())
