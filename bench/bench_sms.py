"""A 10,000-message SMS campaign through arq into a loopback Aliyun endpoint answering in 200 ms.

The campaign: 10,000 patients on PostgreSQL (a fresh database), one SmsMessage per patient made by
`sms.enqueue`, handed to arq by the real `sms_dispatch` job (ctx with an ArqRedis pool, on a Redis
database of its own) and sent by a real in-process `arq.worker.Worker` running the WorkerSettings
functions. `sms_dispatch` hands out at most 5,000 due messages per run (the cron runs it every
minute); here it is called again whenever the queue runs low. The endpoint checks every signature
and counts messages per OutId.

Measured: sustained sends per second until all 10,000 rows are SUBMITTED (whole run, and between
10% and 90% of the rows), against a baseline in the same run: the same number of raw
`AliyunSms.send` calls with the same concurrency into a second endpoint with the same latency (no
database, no arq). Checked: exactly 10,000 messages received, at most one per OutId, 10,000 rows
SUBMITTED. Goal: at least 20 sends/s.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from datetime import date

from common import PG, configure, db_name, fresh_databases  # bench/ is the script's directory

MESSAGES = int(os.environ.get("BENCH_SMS_MESSAGES", "10000"))  # smaller for a quick look
LATENCY = 0.2  # seconds the endpoint takes per request
# One arq job holds one driver thread for a whole HTTP call: jobs beyond the driver's threads
# would only queue inside it (holding their leases), so both are sized together.
CONCURRENCY = 32
GOAL = 20.0  # sends per second
# A Redis database nobody else uses: it is flushed at the start and at the end.
REDIS_DB = int(os.environ.get("BENCH_REDIS_DB", "9"))
DB = db_name("suifang_bench_sms")
AK, SECRET = "LTAI5tBenchKeyId", "bench-secret-for-the-loopback"
TIME_LIMIT = 900  # seconds; a stuck campaign fails instead of hanging

configure(f"{PG}/{DB}")
os.environ["SMS__SENDING_HOURS"] = "00:00-23:59:59.999999"  # the bench runs at any hour

from arq import create_pool  # noqa: E402
from arq.connections import ArqRedis, RedisSettings  # noqa: E402
from arq.worker import Worker  # noqa: E402

from backend.db import init_orm  # noqa: E402
from backend.jobs import tasks  # noqa: E402
from backend.jobs.worker import WorkerSettings  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.models import Patient, SmsMessage, SmsTemplate  # noqa: E402
from backend.models.choices import Gender, SmsCategory, SmsStatus  # noqa: E402
from backend.services import sms  # noqa: E402
from backend.services.patients import set_pii  # noqa: E402
from integrations.sms.aliyun import AliyunSms  # noqa: E402
from integrations.sms.base import SendVerdict, SmsSend  # noqa: E402
from tests.loopback.aliyun import AliyunLoopback  # noqa: E402

REDIS = RedisSettings(host="127.0.0.1", port=6379, database=REDIS_DB)


def _driver(endpoint: AliyunLoopback) -> AliyunSms:
    return AliyunSms(
        access_key_id=AK, access_key_secret=SECRET, endpoint=endpoint.endpoint, protocol="http", max_workers=CONCURRENCY
    )


async def _campaign_rows() -> list[int]:
    """10,000 synthetic patients and one pending message each (through sms.enqueue)."""
    template = await SmsTemplate.create(
        code="recheck",
        name="复查提醒",
        category=SmsCategory.RECHECK,
        provider_template_code="SMS_15305001",
        sign_name="示范市中医医院",
        content="${name}您好，${hospital}提醒您按时复查。回T退订",
        variables=["name", "hospital"],
    )
    patients = []
    for n in range(MESSAGES):
        patient = Patient(his_id=f"B{n:06d}", name=f"患者{n}", gender=Gender.FEMALE, birth_date=date(1960, 1, 1))
        set_pii(patient, phone=f"139{n:08d}", id_number=None)
        patients.append(patient)
    await Patient.bulk_create(patients, batch_size=1000)
    semaphore = asyncio.Semaphore(32)

    async def one(patient: Patient) -> int:
        async with semaphore:
            params = await sms.params_for(template, patient)
            message = await sms.enqueue(
                dedupe_key=f"bench:{patient.his_id}", patient=patient, template=template, params=params
            )
            return message.id

    return list(await asyncio.gather(*(one(p) for p in await Patient.all())))


async def _run_campaign(pool: ArqRedis) -> tuple[float, int]:
    """Dispatch and send until every message is SUBMITTED; returns (seconds, dispatch runs)."""
    worker = Worker(
        functions=WorkerSettings.functions,
        redis_pool=await create_pool(REDIS),  # its own connections, as a worker process has (closes them)
        max_jobs=CONCURRENCY,
        job_timeout=WorkerSettings.job_timeout,
        max_tries=WorkerSettings.max_tries,
        poll_delay=0.05,
        handle_signals=False,
    )
    ctx = {"redis": pool}
    started = time.perf_counter()
    runs = 0
    worker_task = asyncio.create_task(worker.async_run())
    try:
        while True:
            submitted = await SmsMessage.filter(status=SmsStatus.SUBMITTED).count()
            if submitted == MESSAGES:
                return time.perf_counter() - started, runs
            if worker_task.done():
                worker_task.result()
                raise AssertionError("the arq worker stopped")
            if time.perf_counter() - started > TIME_LIMIT:
                raise AssertionError(f"only {submitted} of {MESSAGES} submitted after {TIME_LIMIT} s")
            queued = await pool.zcard(pool.default_queue_name)
            # what the every-minute cron does, sooner: when the queue runs low and not all is queued
            if queued < CONCURRENCY * 20 and MESSAGES - submitted > queued + CONCURRENCY:
                await tasks.sms_dispatch(ctx)
                runs += 1
            await asyncio.sleep(0.25)  # polling progress, not synchronisation
    finally:
        await worker.close()
        worker_task.cancel()
        await asyncio.gather(worker_task, return_exceptions=True)


async def _steady_rate() -> float:
    """Rows per second between the 10% and the 90% submitted (the run without ramp-up and tail)."""
    stamps = sorted(await SmsMessage.filter(status=SmsStatus.SUBMITTED).values_list("submitted_at", flat=True))
    low, high = stamps[MESSAGES // 10], stamps[MESSAGES * 9 // 10]
    return (MESSAGES * 9 // 10 - MESSAGES // 10) / (high - low).total_seconds()


async def _baseline() -> tuple[float, int, int]:
    """The same number of raw sends with the same concurrency and latency; no database, no arq."""
    async with AliyunLoopback(AK, SECRET, latency=LATENCY) as endpoint, _driver(endpoint) as driver:
        semaphore = asyncio.Semaphore(CONCURRENCY)
        numbers = itertools.count(13700000000)

        async def one(n: int) -> SendVerdict:
            async with semaphore:
                result = await driver.send(
                    SmsSend(
                        phone=str(next(numbers)),
                        sign_name="示范市中医医院",
                        template_code="SMS_15305001",
                        params={"name": f"患者{n}", "hospital": "示范市中医医院"},
                        out_id=f"baseline:{n}",
                    )
                )
                return result.verdict

        started = time.perf_counter()
        verdicts = await asyncio.gather(*(one(n) for n in range(MESSAGES)))
        elapsed = time.perf_counter() - started
        assert set(verdicts) == {SendVerdict.SUBMITTED}, set(verdicts)
        return elapsed, endpoint.total, endpoint.max_per_out_id


async def main() -> None:
    async with fresh_databases(DB):
        await upgrade()
        orm = await init_orm()
        pool = await create_pool(REDIS)
        try:
            await pool.flushdb()  # job ids (sms_send:<id>) from an earlier run would refuse the new jobs
            prepared = time.perf_counter()
            ids = await _campaign_rows()
            assert len(set(ids)) == MESSAGES
            print(f"prepared {MESSAGES:,} patients and messages in {time.perf_counter() - prepared:.1f} s")

            async with AliyunLoopback(AK, SECRET, latency=LATENCY) as endpoint, _driver(endpoint) as driver:
                sms.set_gateway(driver)
                try:
                    cpu = time.process_time()  # all threads: event loop, driver threads, endpoint
                    elapsed, runs = await _run_campaign(pool)
                    cpu = time.process_time() - cpu
                    received, max_per_key = endpoint.total, endpoint.max_per_out_id
                finally:
                    sms.set_gateway(None)
            submitted = await SmsMessage.filter(status=SmsStatus.SUBMITTED).count()
            steady = await _steady_rate()
            base_cpu = time.process_time()
            base_elapsed, base_received, base_max = await _baseline()
            base_cpu = time.process_time() - base_cpu
        finally:
            await pool.flushdb()  # no arq jobs, results or queue left behind
            await pool.aclose()
            await orm.close_connections()

    rate, base_rate = MESSAGES / elapsed, MESSAGES / base_elapsed
    print(f"arq worker: max_jobs {CONCURRENCY}, driver threads {CONCURRENCY}, endpoint latency {LATENCY * 1000:.0f} ms")
    print(
        f"campaign : {MESSAGES:,} in {elapsed:.1f} s = {rate:.1f} sends/s (10%-90%: {steady:.1f}/s), "
        f"{runs} sms_dispatch runs, CPU {cpu / elapsed:.0%} of one core"
    )
    print(f"endpoint : {received:,} received, max per OutId {max_per_key}; rows SUBMITTED {submitted:,}")
    print(
        f"baseline : {MESSAGES:,} raw AliyunSms.send in {base_elapsed:.1f} s = {base_rate:.1f} sends/s, "
        f"CPU {base_cpu / base_elapsed:.0%} of one core"
    )
    print(f"ratio campaign ÷ baseline: {rate / base_rate:.2f}   goal: ≥ {GOAL:.0f} sends/s")
    assert received == MESSAGES and max_per_key == 1 and submitted == MESSAGES
    assert base_received == MESSAGES and base_max == 1
    assert rate >= GOAL, f"{rate:.1f} sends/s is below the goal of {GOAL:.0f}"


if __name__ == "__main__":
    asyncio.run(main())
