"""First page of an admin list over 100,000 rows with two filters, on PostgreSQL, over HTTP.

住院记录 (AdmissionAdmin) as a follow-up agent would open it: filtered by department and a
discharge-date range, newest first, with patient and department names joined. Three things are
measured in the same run on the same table:

- raw SQL: the same two queries (count + page) through asyncpg, no HTTP (a floor);
- ours: the product (uvicorn, login, session check, permissions, department scope, Tortoise);
- peer: a stock fastapi-amis-admin SQLAlchemy ModelAdmin over the same table and filters
  (bench/peer_admin.py), its own uvicorn process, no authentication at all.

Ours and the peer are driven the same way: CONCURRENCY keep-alive HTTP clients sending ROUNDS
requests, alternating targets round by round. Goal: ours ≥ 1.0× the peer's throughput.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import PG, configure, p, recreate  # bench/ is the script's directory

ROWS = 100_000
ROUNDS = 200  # raw SQL baseline
REQUESTS = 150  # per target per round, over HTTP
ROUNDS_HTTP = 8  # short alternating rounds: a busy machine slows both alike
CONCURRENCY = 4
# BENCH_DB_SUFFIX lets a second checkout run this bench beside the first.
DB = "suifang_bench" + os.environ.get("BENCH_DB_SUFFIX", "")
BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent

configure(f"{PG}/{DB}")

import asyncpg  # noqa: E402
import httpx  # noqa: E402

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


def _cpu_seconds(server: subprocess.Popen[bytes]) -> float:
    """User + system CPU the server process has used (Linux /proc), load-independent."""
    fields = Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """One uvicorn process, as production runs one web worker (uvloop, httptools)."""
    command = [sys.executable, "-m", "uvicorn", "--factory", app, "--host", "127.0.0.1", "--port", str(port)]
    command += ["--no-access-log", "--log-level", "warning", "--app-dir", str(BENCH_DIR)]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})


async def _until_up(client: httpx.AsyncClient, server: subprocess.Popen[bytes], url: str) -> None:
    """Wait for a server to answer (a start-up wait for a bench, not a test's synchronisation)."""
    for _ in range(600):
        if server.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {server.returncode}")
        try:
            await client.get(url)
            return
        except httpx.TransportError:
            await asyncio.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


async def _drive(client: httpx.AsyncClient, url: str, body: dict[str, str]) -> tuple[list[float], float]:
    """REQUESTS list requests over CONCURRENCY connections; latencies (ms) and wall time (s)."""
    latencies: list[float] = []
    remaining = REQUESTS

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            t = time.perf_counter()
            response = await client.post(url, json=body)
            latencies.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200 and response.json()["status"] == 0, response.text[:300]

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return latencies, time.perf_counter() - start


async def _drop(name: str) -> None:
    admin = await asyncpg.connect(f"{PG}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def main() -> None:
    try:
        await _run()
    finally:
        await _drop(DB)


async def _run() -> None:
    await fill()
    ctx = await init_orm()
    await demo.seed_demo_hospital()
    department_id, now = await load_rows()
    await ctx.close_connections()
    start, end = (now - timedelta(days=90)).date(), now.date()

    conn = await asyncpg.connect(f"{PG}/{DB}")
    where = "a.department_id = $1 AND a.discharged_at >= $2 AND a.discharged_at < $3"
    low = datetime.combine(start, datetime.min.time(), TZ)
    high = datetime.combine(end + timedelta(days=1), datetime.min.time(), TZ)
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

    ours_port, peer_port = _free_port(), _free_port()
    servers = [
        _serve("backend.app:create_app", ours_port, {}),
        _serve(
            "peer_admin:create_peer_app",
            peer_port,
            {"PEER_DATABASE_URL": f"{PG.replace('postgres://', 'postgresql+asyncpg://')}/{DB}"},
        ),
    ]
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    try:
        async with (
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{ours_port}", limits=limits, timeout=30) as ours,
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{peer_port}", limits=limits, timeout=30) as peer,
        ):
            await _until_up(ours, servers[0], "/api/v1/health")
            await _until_up(peer, servers[1], "/admin/")
            login = await ours.post("/admin/login", json={"username": "kefu01", "password": demo.DEMO_PASSWORD})
            assert login.json()["status"] == 0, login.text
            ours_url = "/admin/PatientDataApp/AdmissionAdmin/list?page=1&perPage=20"
            peer_url = "/admin/AdmissionAdmin/list?page=1&perPage=20"
            ours_body = {"department_id": str(department_id), "discharged_at": f"[-]{start},{end}"}
            # The stock filter parses datetimes only, and its range includes its end instant; ours
            # reads an end date as the whole of that day. The same rows either way (asserted below).
            peer_body = {
                "department_id": str(department_id),
                "discharged_at": f"[-]{low.isoformat()},{high.isoformat()}",
            }
            first_ours = (await ours.post(ours_url, json=ours_body)).json()["data"]
            first_peer_response = (await peer.post(peer_url, json=peer_body)).json()
            assert first_peer_response.get("status") == 0, first_peer_response
            first_peer = first_peer_response["data"]
            assert first_ours["total"] == first_peer["total"] > 0, (first_ours["total"], first_peer["total"])
            assert [r["id"] for r in first_ours["items"]] == [r["id"] for r in first_peer["items"]]
            for client, url, body in ((ours, ours_url, ours_body), (peer, peer_url, peer_body)):
                await _drive(client, url, body)  # warm-up: connections, caches, prepared statements
            results: dict[str, tuple[list[float], float]] = {"ours": ([], 0.0), "peer": ([], 0.0)}
            cpu = {"ours": 0.0, "peer": 0.0}
            for _ in range(ROUNDS_HTTP):
                for name, server, client, url, body in (
                    ("ours", servers[0], ours, ours_url, ours_body),
                    ("peer", servers[1], peer, peer_url, peer_body),
                ):
                    used = _cpu_seconds(server)
                    latencies, seconds = await _drive(client, url, body)
                    cpu[name] += _cpu_seconds(server) - used
                    results[name] = (results[name][0] + latencies, results[name][1] + seconds)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)

    def rate(name: str) -> float:
        return len(results[name][0]) / results[name][1]

    print(f"rows: {ROWS} admissions; matching the two filters: {first_ours['total']}")
    print(f"raw SQL baseline      : p50 {p(baseline, 50):6.2f} ms  p95 {p(baseline, 95):6.2f} ms")
    for name, label in (
        ("ours", "ours (auth + scope)"),
        ("peer", "stock ModelAdmin"),
    ):
        lat = results[name][0]
        cpu_ms = cpu[name] * 1000 / len(lat)
        print(
            f"{label:22}: {rate(name):7.1f} req/s  p50 {p(lat, 50):6.2f} ms  p95 {p(lat, 95):6.2f} ms"
            f"  server CPU {cpu_ms:5.2f} ms/req"
        )
    print(f"over HTTP, {CONCURRENCY} connections, {ROUNDS_HTTP} × {REQUESTS} requests each, alternating")
    print(f"ratio throughput ours ÷ stock ModelAdmin: {rate('ours') / rate('peer'):.2f}  (goal ≥ 1.00)")
    print(f"ratio p50 stock ModelAdmin ÷ ours: {p(results['peer'][0], 50) / p(results['ours'][0], 50):.2f}")
    print(f"ratio server CPU per request stock ModelAdmin ÷ ours: {cpu['peer'] / cpu['ours']:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
