"""A peak day from the demo HIS into PostgreSQL: 1,000 discharges with about 20 lab results each.

Measures the whole pull (SQL-view adapter reading a 卫宁-style HIS on PostgreSQL, mapping,
normalising, encrypting PII, bulk intake with its duplicate checks) against a baseline in the
same run: bulk-inserting the same rows with COPY into empty copies of our tables. Goals: the day
in under 60 s, and at least 30% of the baseline's rows per second.
"""

from __future__ import annotations

import asyncio
import time

from common import PG, configure, recreate  # bench/ is the script's directory

DISCHARGES = 1000
DB, HIS_DB = "suifang_bench", "suifang_bench_his"

configure(f"{PG}/{DB}")

import asyncpg  # noqa: E402

from backend.db import init_orm  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.models import Admission, LabResult, Patient  # noqa: E402
from backend.services import demo, sync  # noqa: E402
from integrations.his.demo import DemoHis  # noqa: E402

TABLES = ("patient", "admission", "diagnosis", "discharge_summary", "front_page", "lab_report", "lab_result")


async def baseline(rows: dict[str, list[tuple]], columns: dict[str, list[str]], *, copy: bool) -> float:
    """Bulk-insert the rows the pull stored into empty copies of the same tables: COPY, or
    batched multi-row INSERT statements (what an ORM bulk insert does at best)."""
    conn = await asyncpg.connect(f"{PG}/{DB}")
    suffix = "copy" if copy else "insert"
    for table in TABLES:
        await conn.execute(f'CREATE TABLE "bench_{suffix}_{table}" (LIKE "{table}" INCLUDING DEFAULTS)')
    started = time.perf_counter()
    for table in TABLES:
        target = f"bench_{suffix}_{table}"
        if copy:
            await conn.copy_records_to_table(target, records=rows[table], columns=columns[table])
            continue
        names = ", ".join(f'"{c}"' for c in columns[table])
        width = len(columns[table])
        for start in range(0, len(rows[table]), 500):
            chunk = rows[table][start : start + 500]
            values = ", ".join(
                "(" + ", ".join(f"${n * width + i + 1}" for i in range(width)) + ")" for n in range(len(chunk))
            )
            await conn.execute(f'INSERT INTO "{target}" ({names}) VALUES {values}', *[v for row in chunk for v in row])
    elapsed = time.perf_counter() - started
    await conn.close()
    return elapsed


async def main() -> None:
    await recreate(DB)
    await recreate(HIS_DB)
    await upgrade()
    ctx = await init_orm()
    await demo.seed_demo_hospital()
    his = DemoHis.at(f"{PG}/{HIS_DB}")
    await his.create()
    await his.add_discharges(DISCHARGES, start=1, items_per_report=20, reports_per_visit=1)
    lab_rows = await his.count("JY_JGMX")

    started = time.perf_counter()
    run = await sync.pull(his.source())
    elapsed = time.perf_counter() - started
    stored = run.inserted
    print(
        f"HIS: {DISCHARGES} discharges, {lab_rows} lab results; pull status {run.status.value}, "
        f"{stored} rows stored, {run.rejected} quarantined"
    )
    print(f"pull: {elapsed:.2f} s  ({stored / elapsed:,.0f} rows/s; goal: under 60 s)")
    assert await Admission.all().count() > 0 and await LabResult.all().count() > 0 and await Patient.all().count() > 0

    conn = await asyncpg.connect(f"{PG}/{DB}")
    rows, columns = {}, {}
    for table in TABLES:
        records = await conn.fetch(f'SELECT * FROM "{table}"')
        columns[table] = list(records[0].keys()) if records else []
        rows[table] = [tuple(r.values()) for r in records]
    await conn.close()
    copied = sum(len(v) for v in rows.values())
    inserts = await baseline(rows, columns, copy=False)
    copy = await baseline(rows, columns, copy=True)
    print(f"baseline multi-row INSERT of the same {copied} rows: {inserts:.2f} s  ({copied / inserts:,.0f} rows/s)")
    print(f"baseline COPY of the same rows: {copy:.2f} s  ({copied / copy:,.0f} rows/s)")
    print(f"ratio pull ÷ INSERT baseline (rows/s): {(stored / elapsed) / (copied / inserts):.1%}  (goal ≥ 30%)")
    print(f"ratio pull ÷ COPY baseline (rows/s): {(stored / elapsed) / (copied / copy):.1%}")
    await his.close()
    await ctx.close_connections()


if __name__ == "__main__":
    asyncio.run(main())
