"""满意度统计 over 1,000,000 survey answers on PostgreSQL, against a plain GROUP BY.

A year of surveys of a large hospital: 58,480 survey tasks in 30 departments, one in ten
refused, the other 52,632 answered with 19 answers each (the item bank's 住院满意度):
1,000,008 answers. The statistics service computes every figure of the 满意度统计 page (rates,
means, 短板题, composite index, trend, response rates, 整改) for the 行风办 (all departments) and
for one department, from the daily counts the save path keeps (made here by one INSERT ...
SELECT); the baseline is one plain ``GROUP BY department_id, dimension, item_id`` over the
answers themselves, measured in the same run. Goal: the whole page under 1 s for the 行风办.
The database is dropped at the end.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from datetime import timedelta

from common import PG, configure, db_name, fresh_databases  # bench/ is the script's directory

SURVEYS = 58_480  # 90 % answered × 19 items = 1,000,008 answers
DEPARTMENTS = 30
ROUNDS = 5
GOAL_SECONDS = 1.0
DB = db_name("suifang_bench_satisfaction")  # BENCH_DB_SUFFIX: beside another checkout

configure(f"{PG}/{DB}")

import asyncpg  # noqa: E402

from backend.clock import now  # noqa: E402
from backend.db import init_orm  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.models import Department, FollowUpTemplate, Questionnaire, SatisfactionAnswer  # noqa: E402
from backend.models.choices import DepartmentKind, Program  # noqa: E402
from backend.services import satisfaction_stats  # noqa: E402
from backend.services.access import sync_reference_data  # noqa: E402
from backend.services.principal import Principal, load_principal  # noqa: E402
from backend.services.questionnaires import seed_library  # noqa: E402
from backend.services.satisfaction_bank import item_facts  # noqa: E402
from tests import factories  # noqa: E402

BASELINE = """
SELECT department_id, dimension, item_id, count(*), count(score100), sum(satisfied), sum(score100)
FROM satisfaction_answer WHERE contacted_at >= $1 AND contacted_at < $2
GROUP BY department_id, dimension, item_id
"""


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


async def load(
    conn: asyncpg.Connection, questionnaire: Questionnaire, template_id: int, departments: list[int]
) -> None:
    """Patients, stays, survey tasks and records, then their answers, all by INSERT ... SELECT."""
    array = "ARRAY[" + ",".join(map(str, departments)) + "]"
    await conn.execute(
        "INSERT INTO patient (created_at, updated_at, his_id, name, gender, address, do_not_contact,"
        " do_not_contact_reason, tags) SELECT now(), now(), 'S' || g, '患者' || g, 'unknown', '', false, '', '[]'"
        f" FROM generate_series(1, {SURVEYS}) g"
    )
    await conn.execute(
        "INSERT INTO admission (created_at, updated_at, his_visit_id, inpatient_no, admission_times, bed_no,"
        " attending_name, admitted_at, discharged_at, main_diagnosis_code, main_diagnosis_name, tcm_disease_code,"
        " tcm_disease_name, tcm_syndrome_code, tcm_syndrome_name, operations, tags, department_id, patient_id)"
        " SELECT now(), now(), 'SV' || p.id, '', 1, '', '', now() - (p.id % 365 + 10) * interval '1 day',"
        " now() - (p.id % 365 + 3) * interval '1 day', 'I10.x00', '原发性高血压', '', '', '', '', '[]', '[]',"
        f" ({array})[p.id % {DEPARTMENTS} + 1], p.id FROM patient p"
    )
    await conn.execute(
        "INSERT INTO followup_task (created_at, updated_at, step, program, channel, status, outcome, due_start,"
        " due_end, attempts, admission_id, department_id, patient_id, questionnaire_id, template_id)"
        " SELECT now(), now(), 0, 'satisfaction', 'phone', 'completed',"
        " CASE WHEN a.id % 10 = 0 THEN 'refused' ELSE 'reached' END,"
        " (now() - (a.id % 365) * interval '1 day')::date, (now() - (a.id % 365) * interval '1 day')::date, 1,"
        f" a.id, a.department_id, a.patient_id, {questionnaire.id}, {template_id} FROM admission a"
    )
    await conn.execute(
        "INSERT INTO followup_record (created_at, updated_at, client_uuid, version, outcome, answers, notes,"
        " recording_ref, contacted_at, patient_id, questionnaire_id, task_id)"
        " SELECT now(), now(), gen_random_uuid(), 1, 'reached', '{}', '', '',"
        " now() - (t.id / 30 % 365) * interval '1 day' - (t.id % 600) * interval '1 minute', t.patient_id,"
        " t.questionnaire_id, t.id FROM followup_task t WHERE t.outcome = 'reached'"
    )
    options = []
    for index, item in enumerate(i for i in questionnaire.items if i.get("dimension")):
        choices = item["options"]
        for k, option in enumerate(choices):
            facts = item_facts(item, option["value"])
            assert facts is not None
            row = [index, len(choices), k, item["id"], item["text"], item["dimension"], option["value"]]
            row += [facts.label, facts.score100, facts.satisfied]
            options.append("(" + ",".join(_literal(v) for v in row) + ")")
    # every answered survey answers every item, its option picked by a spread of the record id
    await conn.execute(
        "WITH opts(idx, n, k, item_id, question, dimension, value, label, score100, satisfied) AS (VALUES "
        + ",".join(options)
        + ") INSERT INTO satisfaction_answer (created_at, updated_at, item_id, question, dimension, value, label,"
        " score100, satisfied, contacted_at, month, department_id, questionnaire_id, record_id, task_id)"
        " SELECT r.contacted_at, r.contacted_at, o.item_id, o.question, o.dimension, o.value, o.label,"
        " o.score100::float8, o.satisfied, r.contacted_at,"
        " to_char(r.contacted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), t.department_id, r.questionnaire_id,"
        " r.id, r.task_id FROM followup_record r JOIN followup_task t ON t.id = r.task_id"
        " JOIN opts o ON o.k = (r.id * 7 + o.idx * 13 + r.id / 5) % o.n"
    )
    # the daily counts the save path keeps, made here in one statement
    await conn.execute(
        "INSERT INTO satisfaction_daily (department_id, day, month, dimension, item_id, answers, valid, satisfied,"
        " points) SELECT department_id, (contacted_at AT TIME ZONE 'Asia/Shanghai')::date, month, dimension, item_id,"
        " count(*), count(score100), sum(satisfied), coalesce(sum(score100), 0) FROM satisfaction_answer"
        " GROUP BY 1, 2, 3, 4, 5"
    )
    await conn.execute("ANALYZE")


async def timed(label: str, run) -> float:  # type: ignore[no-untyped-def]
    seconds = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await run()
        seconds.append(time.perf_counter() - started)
    median = statistics.median(seconds)
    print(f"{label}: median {median:.3f} s of {ROUNDS} (min {min(seconds):.3f} s)", flush=True)
    return median


async def main() -> int:
    async with fresh_databases(DB):
        await upgrade()
        ctx = await init_orm()
        try:
            await sync_reference_data()
            await seed_library()
            departments = [
                await Department.create(code=f"S{n:02d}", name=f"科室{n:02d}", kind=DepartmentKind.CLINICAL)
                for n in range(DEPARTMENTS)
            ]
            questionnaire = await Questionnaire.get(code="satisfaction_inpatient_cn", version=1)
            template = await FollowUpTemplate.create(
                name="住院满意度", program=Program.SATISFACTION, questionnaire=questionnaire, is_active=False
            )
            conn = await asyncpg.connect(f"{PG}/{DB}")
            try:
                started = time.perf_counter()
                await load(conn, questionnaire, template.id, [d.id for d in departments])
                answers = await SatisfactionAnswer.all().count()
                print(f"loaded {answers:,} answers in {time.perf_counter() - started:.1f} s", flush=True)
                office = await load_principal(await factories.staff("satisfaction_officer", departments[0]))
                doctor = await load_principal(await factories.staff("doctor", departments[1]))
                until = now().date()
                start = until - timedelta(days=366)
                low, high = satisfaction_stats._period(start, until)

                async def baseline() -> None:
                    await conn.fetch(BASELINE, low, high)

                def page(principal: Principal):  # type: ignore[no-untyped-def]
                    async def run() -> None:
                        await satisfaction_stats.compute(principal, period_from=start, period_until=until)

                    return run

                # the page counts what the plain GROUP BY counts
                plain = await conn.fetch(BASELINE, low, high)
                figures = await satisfaction_stats.compute(office, period_from=start, period_until=until)
                assert figures["total"]["valid"] == sum(r[4] for r in plain)
                assert figures["total"]["satisfied"] == sum(r[5] for r in plain)
                days = await conn.fetchval("SELECT count(*) FROM satisfaction_daily")
                print(f"daily counts: {days:,} rows", flush=True)
                base = await timed("baseline: one plain GROUP BY", baseline)
                whole = await timed("满意度统计, 行风办 (all departments)", page(office))
                own = await timed("满意度统计, one department", page(doctor))
            finally:
                await conn.close()
        finally:
            await ctx.close_connections()
    print(f"ratio to the baseline: 行风办 {whole / base:.2f}×, department {own / base:.2f}×")
    if whole > GOAL_SECONDS:
        print(f"FAIL: the 行风办's page took {whole:.2f} s, goal under {GOAL_SECONDS:.0f} s")
        return 1
    print(f"OK: under {GOAL_SECONDS:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
