"""Two web processes and two arq workers on one PostgreSQL database and one Redis behave as one.

The topology is started for real (`python -m backend.manage serve` twice, `arq
backend.jobs.worker.WorkerSettings` twice) on a fresh PostgreSQL database, the demo HIS and a
loopback Aliyun SMS endpoint. The workers' cron cannot be moved to another time, so the test does
what two workers' cron does at each period: both enqueue every cron job under the period's id
(`cron:<job>:<period ms>`), at the same moment. Then it counts: one job per period, one HIS pull
(and three new demo discharges) per job, every task generated once, every SMS sent once.

The Redis database (TEST_REDIS_DB, default 11) is emptied before and after.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from arq import create_pool
from arq.connections import ArqRedis, RedisSettings
from arq.jobs import Job
from arq.utils import to_unix_ms

from backend.clock import SHANGHAI
from backend.jobs.worker import WorkerSettings
from backend.services import demo
from integrations.his.demo import DemoHis
from tests import databases
from tests.live import ROOT, LiveServer
from tests.loopback.aliyun import AliyunLoopback

REDIS_DB = int(os.environ.get("TEST_REDIS_DB", "11"))
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"
PERIODS = 2
# populate_demo_his: 300 discharges and the ward round's inpatients
DEMO_DISCHARGES = 300 + sum(demo.WARD_ROUND_PATIENTS.values())
GROWTH_PER_PULL = 3  # the his_pull job's demo discharges (sync.pull_configured)
DEADLINE = 45.0


def _env(database_url: str, tmp_path: Path, sms_endpoint: str) -> dict[str, str]:
    """One configuration for all four processes (one set of keys: they share the data)."""
    return {
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "SECURITY__SECRET_KEY": secrets.token_urlsafe(40),
        "SECURITY__DATA_KEY": secrets.token_urlsafe(40),
        "SECURITY__INDEX_KEY": secrets.token_urlsafe(40),
        "HIS__SOURCE": "demo",
        "HIS__DEMO_DSN": f"sqlite:///{tmp_path / 'demo_his.sqlite3'}",
        "SMS__PROVIDER": "aliyun",
        "SMS__ENDPOINT": sms_endpoint,
        "SMS__ACCESS_KEY_ID": "scale-test",
        "SMS__ACCESS_KEY_SECRET": "scale-test-secret",
        "SMS__SENDING_HOURS": "00:00-23:59:59.999999",
        "SMS__DAILY_CAP_PER_NUMBER": "100",
    }


def _start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), "ENV": "development", **env}
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(Path(sys.executable).parent / "arq"), "backend.jobs.worker.WorkerSettings"],
            cwd=ROOT,
            env=full,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _stop(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait(timeout=10)


async def _until(condition: Callable[[], Any], what: str, within: float = DEADLINE) -> None:
    """Poll `condition` (a coroutine function) until it is true; fail after `within` seconds."""
    deadline = time.monotonic() + within
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def _idle(pool: ArqRedis) -> bool:
    """No job due or running: a job stays in the queue until it finishes (the workers' own cron
    keeps its next runs there too, deferred to the future)."""
    return await pool.zcount("arq:queue", "-inf", to_unix_ms(datetime.now(SHANGHAI))) == 0


async def _cron_period(pools: list[ArqRedis], moment: datetime, names: set[str] | None = None) -> list[Job]:
    """What each worker's cron does at `moment`: enqueue every cron job (or those `names`) under
    the period's id; the workers do it at the same time. Returns the jobs that were enqueued."""
    enqueues = [
        pool.enqueue_job(cron_job.name, _job_id=f"{cron_job.name}:{to_unix_ms(moment)}")
        for cron_job in WorkerSettings.cron_jobs
        if names is None or cron_job.name in names
        for pool in pools
    ]
    return [job for job in await asyncio.gather(*enqueues) if job is not None]


async def _pull_runs(pool: ArqRedis) -> set[int]:
    """The sync runs the his_pull jobs answered with (kept results of every period)."""
    return {r.result for r in await pool.all_job_results() if r.function == "cron:his_pull"}


async def _login(http: httpx.AsyncClient, base: str, username: str) -> dict[str, str]:
    answer = await http.post(f"{base}/api/v1/auth/login", json={"username": username, "password": "Demo@2026"})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


async def test_two_web_processes_and_two_workers_do_every_job_once_per_period(tmp_path: Path) -> None:
    database_url = await databases.fresh_postgres("suifang_scale")
    redis_settings = RedisSettings.from_dsn(REDIS_URL)
    pools = [await create_pool(redis_settings), await create_pool(redis_settings)]
    await pools[0].flushdb()
    sms = AliyunLoopback("scale-test", "scale-test-secret").start()
    env = _env(database_url, tmp_path, f"http://{sms.endpoint}")
    servers = [LiveServer(tmp_path, env), LiveServer(tmp_path, env)]  # both start (and migrate) at once
    workers: list[subprocess.Popen[bytes]] = []
    db = None
    http = httpx.AsyncClient(timeout=30)
    try:
        # the workers start beside them: they wait for jobs, which come once the servers are up
        workers = [_start_worker(env, tmp_path / f"worker{n}.log") for n in (1, 2)]
        for server in servers:
            server.wait_ready()
        db = await asyncpg.connect(database_url)
        tasks_at_start = await db.fetchval("SELECT count(*) FROM followup_task")
        assert tasks_at_start > 0

        # A one-off SMS campaign, made through the second web process.
        a, b = servers
        template_id = await db.fetchval("SELECT id FROM sms_template WHERE code = 'followup_notice'")
        made = await http.post(
            f"{b.base}/api/v1/sms/batches",
            headers=await _login(http, b.base, "kefu01"),
            json={"name": "扩容测试", "template_id": template_id},
        )
        assert made.status_code == 201, made.text
        batch_id, matched = made.json()["id"], made.json()["total"]
        assert matched > 0

        # The cron periods, each enqueued by both workers at once.
        start = datetime.now(SHANGHAI).replace(second=0, microsecond=0) - timedelta(days=1)
        moments = [start + timedelta(minutes=10 * n) for n in range(PERIODS)]
        for moment in moments:
            jobs = await _cron_period(pools, moment)
            assert sorted(j.job_id.rsplit(":", 1)[0] for j in jobs) == sorted(c.name for c in WorkerSettings.cron_jobs)
            for job in jobs:
                await job.result(timeout=DEADLINE, poll_delay=0.05)  # raises if the job failed
        # A worker that reaches a period late, after its job finished, finds the id still taken.
        assert await _cron_period(pools, moments[0]) == []

        await _until(lambda: _no_pending_sms(db, batch_id), "the campaign's messages to leave")
        await _until(lambda: _idle(pools[0]), "the workers to finish")

        # HIS: one run per pull job (the driven ones and any the workers' own cron started),
        # and three demo discharges per run, not six.
        pulls = await _pull_runs(pools[0])
        runs = await db.fetch("SELECT id, status FROM sync_run WHERE source = 'demo_his' ORDER BY id")
        # Both servers migrated and seeded one database once: one start-up pull, the rest by jobs.
        assert len({r["id"] for r in runs} - pulls) == 1 and pulls <= {r["id"] for r in runs}
        assert len(runs) >= 1 + PERIODS and all(r["status"] in ("succeeded", "partial") for r in runs)
        his = DemoHis.at(env["HIS__DEMO_DSN"])
        try:
            discharges = await his.count("ZY_BRSYK")
        finally:
            await his.close()
        assert discharges == DEMO_DISCHARGES + GROWTH_PER_PULL * (len(runs) - 1)

        # Tasks: after the workers' generation of one more period, a generation through the first
        # web process finds nothing left to make. (Should a worker's own cron pull new discharges
        # in between, the pair is repeated.)
        for attempt in range(1, 4):
            pulled = await _pull_runs(pools[0])
            moment = moments[-1] + timedelta(minutes=attempt)
            for job in await _cron_period(pools, moment, {"cron:followup_generate"}):
                await job.result(timeout=DEADLINE, poll_delay=0.05)
            again = await http.post(f"{a.base}/api/v1/followup/generate", headers=await _login(http, a.base, "kefu01"))
            assert again.status_code == 200, again.text
            if await _pull_runs(pools[0]) == pulled:
                break
        assert again.json()["created"] == 0
        assert await db.fetchval("SELECT count(*) FROM followup_task") >= tasks_at_start

        # SMS: one campaign run, one message per patient it matched when it ran (the pulls may have
        # added some since it was made), each sent once on the wire with one attempt.
        batch = await db.fetchrow("SELECT runs, total FROM sms_batch WHERE id = $1", batch_id)
        assert batch["runs"] == 1 and batch["total"] >= matched
        messages = await db.fetch("SELECT dedupe_key, status, attempts FROM sms_message WHERE batch_id = $1", batch_id)
        assert len(messages) == batch["total"]
        assert all(m["status"] == "submitted" and m["attempts"] == 1 for m in messages), messages
        assert sms.total == len(messages) and sms.max_per_out_id == 1
        assert set(sms.received) == {m["dedupe_key"] for m in messages}

        # Reconciliation: one notice per day at most, however many workers compared.
        days = await db.fetch("SELECT dedupe_key FROM notice WHERE kind = 'reconcile'")
        assert len(days) == len({d["dedupe_key"] for d in days}) <= 1
    finally:
        codes = [_stop(w) for w in workers]
        logs = [server.stop()[1] for server in servers]
        sms.stop()
        await http.aclose()
        if db is not None:
            await db.close()
        await pools[0].flushdb()
        for pool in pools:
            await pool.aclose()
        await databases.drop_postgres(database_url)
    # Both workers and both servers shut down cleanly on SIGTERM.
    assert all(code == 0 for code in codes), [(tmp_path / f"worker{n}.log").read_text() for n in (1, 2)]
    assert all("Application shutdown complete" in log for log in logs), logs


async def _no_pending_sms(db: asyncpg.Connection, batch_id: int) -> bool:
    pending = await db.fetchval("SELECT count(*) FROM sms_message WHERE batch_id = $1 AND status = 'pending'", batch_id)
    return bool(pending == 0 and await db.fetchval("SELECT count(*) FROM sms_message WHERE batch_id = $1", batch_id))
