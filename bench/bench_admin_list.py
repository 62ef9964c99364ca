"""First page of an admin list over 100,000 rows with two filters, on PostgreSQL.

住院记录 (AdmissionAdmin) as a follow-up agent would open it: filtered by department and a
discharge-date range, newest first, with patient and department names joined. Measured through
the whole stack in-process (ASGI, auth, scope, filters, Tortoise) against a raw asyncpg baseline
of the same two queries (count + page) in the same run. Goal: p95 < 200 ms.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from common import PG, configure, p, recreate  # bench/ is the script's directory

ROWS = 100_000
ROUNDS = 200
DB = "suifang_bench"

configure(f"{PG}/{DB}")

import asyncpg  # noqa: E402
import httpx  # noqa: E402

from backend.app import create_app  # noqa: E402
from backend.db import init_orm  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.services import demo  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")


async def fill() -> None:
    await recreate(DB)
    await upgrade()


async def load_rows() -> tuple[int, datetime]:
    conn = await asyncpg.connect(f"{PG}/{DB}")
    departments = [r["id"] for r in await conn.fetch("SELECT id FROM department WHERE kind = 'clinical' ORDER BY id")]
    now = datetime.now(TZ)
    patients = [(now, now, f"B{n:07d}", f"患者{n}", "unknown", "", False, "", "[]") for n in range(ROWS)]
    await conn.copy_records_to_table(
        "patient",
        records=patients,
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
    ids = [r["id"] for r in await conn.fetch("SELECT id FROM patient WHERE his_id LIKE 'B%' ORDER BY id")]
    stays = []
    for n, pid in enumerate(ids):
        discharged = now - timedelta(days=n % 365, hours=n % 24)
        stays.append(
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
        records=stays,
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
    await conn.close()
    return departments[0], now


async def main() -> None:
    await fill()
    ctx = await init_orm()
    await demo.seed_demo_hospital()
    department_id, now = await load_rows()
    start, end = (now - timedelta(days=90)).date(), now.date()

    conn = await asyncpg.connect(f"{PG}/{DB}")
    where = "a.department_id = $1 AND a.discharged_at >= $2 AND a.discharged_at <= $3"
    low = datetime.combine(start, datetime.min.time(), TZ)
    high = datetime.combine(end, datetime.min.time(), TZ)
    baseline = []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        await conn.fetchval(f"SELECT count(*) FROM admission a WHERE {where}", department_id, low, high)
        await conn.fetch(
            "SELECT a.id, a.his_visit_id, p.name, d.name, a.bed_no, a.attending_name, a.admitted_at, a.discharged_at,"
            " a.los_days, a.disposition, a.main_diagnosis_name, a.tcm_disease_name, a.tcm_syndrome_name"
            " FROM admission a JOIN patient p ON p.id = a.patient_id JOIN department d ON d.id = a.department_id"
            f" WHERE {where} ORDER BY a.discharged_at DESC, a.id DESC LIMIT 20",
            department_id,
            low,
            high,
        )
        baseline.append((time.perf_counter() - t) * 1000)
    await conn.close()

    app = create_app(manage_orm=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        login = await client.post("/admin/login", json={"username": "kefu01", "password": demo.DEMO_PASSWORD})
        assert login.json()["status"] == 0, login.text
        filters = {"department_id": str(department_id), "discharged_at": f"[-]{start},{end}"}
        url = "/admin/PatientDataApp/AdmissionAdmin/list?page=1&perPage=20"
        first = (await client.post(url, json=filters)).json()["data"]
        assert first["total"] > 0 and len(first["items"]) == 20, first
        stack = []
        for _ in range(ROUNDS):
            t = time.perf_counter()
            response = await client.post(url, json=filters)
            stack.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200
    await ctx.close_connections()
    print(f"rows: {ROWS} admissions; matching the two filters: {first['total']}")
    print(f"raw SQL baseline : p50 {p(baseline, 50):6.2f} ms  p95 {p(baseline, 95):6.2f} ms")
    print(f"admin list (full): p50 {p(stack, 50):6.2f} ms  p95 {p(stack, 95):6.2f} ms  (goal p95 < 200 ms)")
    print(f"ratio p95 admin ÷ raw SQL: {p(stack, 95) / p(baseline, 95):.2f}")


if __name__ == "__main__":
    asyncio.run(main())
