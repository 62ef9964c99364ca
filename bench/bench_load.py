"""Open-loop load on the scale-out topology: two web processes and two arq workers on one
PostgreSQL database and one Redis, seeded with the demo hospital (LOAD_DISCHARGES discharges).

LOAD_RATE requests per second (default 100) for LOAD_SECONDS (default 300), sent on schedule
whether or not earlier ones have answered (open loop: a slow server meets more load, not less),
spread over both web processes like nginx would. The mix is what staff do all day: the work
queue, a patient's 360 view, submitting a contact result, admin lists (the amis 住院记录 page and
the patient list), statistics. The same-run baseline is GET /api/v1/health (one database and one
Redis round trip) interleaved in the same stream. A latency counts from the moment the request
was due, so a queue in front of the server shows up in the figures.

Prints p50/p95/p99 and errors per kind and overall, and the ratio of the mix's p95 to the
baseline's. Goal: p95 < 300 ms and 0 errors. Loopback only; every process and the database are
removed at the end (the database is suifang_bench_load + BENCH_DB_SUFFIX; the Redis database
BENCH_REDIS_DB, default 11, is emptied).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import PG, configure, db_name, drop, p, recreate  # bench/ is the script's directory

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("LOAD_SECONDS", "300"))
RATE = float(os.environ.get("LOAD_RATE", "100"))
DISCHARGES = int(os.environ.get("LOAD_DISCHARGES", "1000"))
DB = db_name("suifang_bench_load")
REDIS_URL = f"redis://127.0.0.1:6379/{int(os.environ.get('BENCH_REDIS_DB', '11'))}"
MAX_IN_FLIGHT = 2000  # beyond this the server is lost anyway: further requests count as errors
REQUEST_TIMEOUT = 10.0
START_TIMEOUT = 300.0
GOAL_P95_MS = 300.0
# Weights per 100 requests; "health" is the baseline.
MIX = {"queue": 30, "patient360": 15, "submit": 10, "admin_list": 15, "patients": 10, "stats": 10, "health": 10}
PASSWORD = "Demo@2026"

configure(f"{PG}/{DB}")

import httpx  # noqa: E402
from arq.connections import RedisSettings, create_pool  # noqa: E402

from backend.services import demo  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Process:
    """One of the topology's processes; its output goes to a log file in `workdir`."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], workdir: Path) -> None:
        self.name = name
        self.log = workdir / f"{name}.log"
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def wait_for(self, text: str, timeout: float) -> None:
        """Read the log until `text` appears (the process says it is up); fail if it exits."""
        deadline = time.monotonic() + timeout
        with self.log.open("rb") as log:
            seen = b""
            while time.monotonic() < deadline:
                chunk = log.read()
                seen += chunk
                if text.encode() in seen:
                    return
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited:\n{seen.decode(errors='replace')[-3000:]}")
                if not chunk:
                    time.sleep(0.2)  # a log file gives no readiness signal; polled with a deadline
        raise RuntimeError(f"{self.name} not up after {timeout:.0f} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, ms: float, error: str | None) -> None:
        if error is None:
            self.latencies[kind].append(ms)
        else:
            self.errors[kind].append(error)


@dataclass
class Session:
    """What the load needs from the seeded hospital: tokens, an admin cookie, tasks, patients."""

    bases: list[str]
    bearer: dict[str, str]
    admin: dict[str, str]
    tasks: list[int]
    patients: list[int]
    submitted: int = 0
    contacted: set[int] = field(default_factory=set)
    busy: set[int] = field(default_factory=set)


async def _prepare_session(client: httpx.AsyncClient, bases: list[str]) -> Session:
    login = await client.post(f"{bases[0]}/api/v1/auth/login", json={"username": "kefu01", "password": PASSWORD})
    login.raise_for_status()
    bearer = {"Authorization": f"Bearer {login.json()['access_token']}"}
    admin = await client.post(f"{bases[1]}/admin/login", json={"username": "kefu01", "password": PASSWORD})
    assert admin.json().get("status") == 0, admin.text
    tasks: list[int] = []
    patients: set[int] = set()
    for page in itertools.count(1):
        answer = await client.get(
            f"{bases[0]}/api/v1/tasks", params={"view": "all", "page": page, "page_size": 200}, headers=bearer
        )
        answer.raise_for_status()
        items = answer.json()["items"]
        tasks += [t["id"] for t in items if t["status"] in ("pending", "assigned", "in_progress")]
        patients |= {t["patient_id"] for t in items}
        if not items or page * 200 >= answer.json()["total"] or page >= 25:
            break
    if not tasks or not patients:
        raise RuntimeError("the seeded hospital has no open tasks for kefu01")
    random.Random(7).shuffle(tasks)
    cookie = {"Cookie": "; ".join(f"{name}={value}" for name, value in admin.cookies.items())}
    return Session(bases, bearer, cookie, tasks, sorted(patients))


def _requests(session: Session) -> dict[str, Callable[[httpx.AsyncClient, str, int], Awaitable[httpx.Response]]]:
    today = date.today()
    admin_filters = {"discharged_at": f"[-]{today - timedelta(days=30)},{today}"}

    async def queue(c: httpx.AsyncClient, base: str, n: int) -> httpx.Response:
        view = ("today", "overdue", "all")[n % 3]
        return await c.get(f"{base}/api/v1/tasks", params={"view": view}, headers=session.bearer)

    async def patient360(c: httpx.AsyncClient, base: str, n: int) -> httpx.Response:
        patient = session.patients[n % len(session.patients)]
        return await c.get(f"{base}/api/v1/patients/{patient}/overview", headers=session.bearer)

    async def submit(c: httpx.AsyncClient, base: str, n: int) -> httpx.Response:
        # Most of a follow-up centre's contacts: no answer, or the patient asks to be called back.
        # A task gets one "no answer" (three would close it: followup_tasks.MAX_ATTEMPTS), then
        # call-backs, which have no cap, so a long run never meets a closed task. One contact per
        # task at a time, as one agent works a task (two at once are refused with 409, rightly).
        for _ in range(len(session.tasks)):
            task = session.tasks[session.submitted % len(session.tasks)]
            session.submitted += 1
            if task not in session.busy:
                break
        first = task not in session.contacted
        session.contacted.add(task)
        body: dict[str, str] = {"client_uuid": str(uuid.uuid4()), "notes": "压测"}
        if first:
            body["outcome"] = "no_answer"
        else:
            body["outcome"] = "call_back_later"
            body["call_back_at"] = (datetime.now(UTC) + timedelta(days=1)).isoformat()
        session.busy.add(task)
        try:
            return await c.post(f"{base}/api/v1/tasks/{task}/contacts", json=body, headers=session.bearer)
        finally:
            session.busy.discard(task)

    async def admin_list(c: httpx.AsyncClient, base: str, n: int) -> httpx.Response:
        url = f"{base}/admin/PatientDataApp/AdmissionAdmin/list?page={1 + n % 3}&perPage=20"
        return await c.post(url, json=admin_filters, headers=session.admin)

    async def patients(c: httpx.AsyncClient, base: str, n: int) -> httpx.Response:
        return await c.get(f"{base}/api/v1/patients", params={"page": 1 + n % 5}, headers=session.bearer)

    async def stats(c: httpx.AsyncClient, base: str, n: int) -> httpx.Response:
        return await c.get(f"{base}/api/v1/followup/stats", headers=session.bearer)

    async def health(c: httpx.AsyncClient, base: str, n: int) -> httpx.Response:
        return await c.get(f"{base}/api/v1/health")

    return {
        "queue": queue,
        "patient360": patient360,
        "submit": submit,
        "admin_list": admin_list,
        "patients": patients,
        "stats": stats,
        "health": health,
    }


async def _load(session: Session, results: Results) -> float:
    """Send RATE requests a second for SECONDS on schedule; returns the seconds the sending took
    (more than SECONDS when this process itself could not keep the pace)."""
    requests = _requests(session)
    kinds = [kind for kind, weight in MIX.items() for _ in range(weight)]
    random.Random(2026).shuffle(kinds)
    total = int(SECONDS * RATE)
    limits = httpx.Limits(max_connections=400, max_keepalive_connections=400)
    in_flight: set[asyncio.Task[None]] = set()
    loop = asyncio.get_running_loop()
    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT, limits=limits) as client:

        async def one(kind: str, n: int, due: float) -> None:
            base = session.bases[n % len(session.bases)]
            try:
                answer = await requests[kind](client, base, n)
                error = None if answer.status_code < 400 else f"HTTP {answer.status_code}: {answer.text[:200]}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            results.add(kind, (loop.time() - due) * 1000, error)

        start = loop.time()
        for n in range(total):
            due = start + n / RATE
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)  # pacing the open loop, not waiting for an answer
            kind = kinds[n % len(kinds)]
            if len(in_flight) >= MAX_IN_FLIGHT:
                results.add(kind, 0, "not sent: too many requests in flight")
                continue
            task = asyncio.create_task(one(kind, n, due))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
        sent = loop.time() - start
        if in_flight:
            await asyncio.wait(in_flight, timeout=REQUEST_TIMEOUT + 5)
        return sent


def _line(name: str, values: list[float], errors: int) -> str:
    if len(values) >= 2:
        figures = f"p50 {p(values, 50):7.1f} ms  p95 {p(values, 95):7.1f} ms  p99 {p(values, 99):7.1f} ms"
    else:
        figures = "(too few answers for percentiles)"
    return f"{name:<11} n={len(values) + errors:6d}  errors={errors:4d}  {figures}"


def _report(results: Results, took: float) -> None:
    every = [v for kind, values in results.latencies.items() if kind != "health" for v in values]
    errors = sum(len(e) for kind, e in results.errors.items() if kind != "health")
    sent = len(every) + errors
    print(f"open loop: {RATE:.0f} req/s planned for {SECONDS:.0f} s over 2 web + 2 workers; sent in {took:.1f} s")
    for kind in MIX:
        print(_line(kind, results.latencies.get(kind, []), len(results.errors.get(kind, []))))
    print(_line("all (mix)", every, errors))
    # errors by cause (HTTP status, client timeout while the servers queue, not sent), one sample each
    causes: dict[str, list[str]] = defaultdict(list)
    for messages in results.errors.values():
        for message in messages:
            causes[message.split(":", 1)[0]].append(message)
    for cause, messages in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print(f"  errors {cause}: {len(messages)}, e.g. {messages[0][:160]}")
    health = results.latencies.get("health", [])
    if len(every) >= 2 and len(health) >= 2:
        p95, base = p(every, 95), p(health, 95)
        print(f"baseline GET /api/v1/health under the same load: p95 {base:.1f} ms")
        print(f"ratio p95 mix ÷ p95 health: {p95 / base:.2f}")
        verdict = "met" if p95 < GOAL_P95_MS and errors == 0 else "NOT met"
        print(f"goal p95 < {GOAL_P95_MS:.0f} ms and 0 errors: {verdict} (p95 {p95:.1f} ms, {errors} errors of {sent})")


def _env(workdir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "ENV": "development",
        "SEED_DEMO": "true",
        "DATABASE_URL": f"{PG}/{DB}?maxsize=10",
        "REDIS_URL": REDIS_URL,
        "HOST": "127.0.0.1",
        "SECURITY__SECRET_KEY": secrets.token_urlsafe(40),
        "SECURITY__DATA_KEY": secrets.token_urlsafe(40),
        "SECURITY__INDEX_KEY": secrets.token_urlsafe(40),
        "HIS__SOURCE": "demo",
        "HIS__DEMO_DSN": f"sqlite:///{workdir / 'demo_his.sqlite3'}",
        "SMS__PROVIDER": "simulator",
        "DIALER__DRIVER": "simulator",
        "DIALER__RECORDINGS_DIR": str(workdir / "recordings"),
    }


async def _flush_redis() -> None:
    pool = await create_pool(RedisSettings.from_dsn(REDIS_URL))
    try:
        await pool.flushdb()
    finally:
        await pool.aclose()


async def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench_load_"))
    processes: list[Process] = []
    keep_logs = False
    try:
        await recreate(DB)
        await _flush_redis()
        env = _env(workdir)
        # A bigger demo HIS than the default 300, so the queue and the submissions have work.
        await demo.populate_demo_his(env["HIS__DEMO_DSN"], count=DISCHARGES, days=120)
        ports = [_free_port(), _free_port()]
        python = sys.executable
        for n, port in enumerate(ports, start=1):
            serve = [python, "-m", "backend.manage", "serve"]
            processes.append(Process(f"web{n}", serve, {**env, "PORT": str(port)}, workdir))
        for n in (1, 2):
            arq = [str(Path(python).parent / "arq"), "backend.jobs.worker.WorkerSettings"]
            processes.append(Process(f"worker{n}", arq, env, workdir))
        started = time.monotonic()
        for process in processes:
            ready = "Application startup complete" if process.name.startswith("web") else "Starting worker"
            await asyncio.to_thread(process.wait_for, ready, START_TIMEOUT)
        print(f"topology up in {time.monotonic() - started:.1f} s ({DISCHARGES} demo discharges)")
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        async with httpx.AsyncClient(timeout=60) as client:
            session = await _prepare_session(client, bases)
        print(f"open tasks for the submissions: {len(session.tasks)}; patients for 360: {len(session.patients)}")
        results = Results()
        took = await _load(session, results)
        _report(results, took)
        keep_logs = bool(results.errors)
    except BaseException:
        keep_logs = True
        raise
    finally:
        for process in processes:
            await asyncio.to_thread(process.stop)
        await drop(DB)
        await _flush_redis()
        if keep_logs:
            # the processes' logs say why requests failed; the demo HIS file goes with the rest
            (workdir / "demo_his.sqlite3").unlink(missing_ok=True)
            print(f"process logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
