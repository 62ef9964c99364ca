"""短信 faults: one SMS per key at the endpoint, whatever happens between the send and our save.

Each test drives `services.sms.send_message` against the loopback Aliyun endpoint (signatures
checked, messages counted per OutId) and ends by asserting that the endpoint received exactly one
message for the key: a worker SIGKILLed while its SendSms is in flight, a send that times out, a
QuerySendDetails that fails on the retry, and two workers racing for the same message.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from backend import clock
from backend.clock import SHANGHAI
from backend.models import Notice, SmsMessage, SmsTemplate
from backend.models.choices import SmsCategory, SmsStatus
from backend.services import sms
from backend.settings import Settings
from integrations.sms.aliyun import AliyunSms, parse_report_push
from tests import databases, factories
from tests.loopback.aliyun import AliyunLoopback

ROOT = Path(__file__).resolve().parent.parent.parent
AK, SECRET = "LTAI5tFaultKeyId", "fault-secret-for-the-loopback"
MORNING = datetime(2026, 11, 26, 9, 30, tzinfo=SHANGHAI)
ALL_DAY = "00:00-23:59:59.999999"  # the subprocess runs on the real clock, at any hour
KEY = "fault:1"
MAX_FAILED_QUERIES = sms.MAX_ATTEMPTS + 1  # more than a message's attempts: queries must not use them up

# A worker process: open the ORM, send one message, print the outcome. Configured by env only.
WORKER = """
import asyncio, sys
from backend.db import init_orm
from backend.services import sms

async def main() -> None:
    orm = await init_orm()
    try:
        print("outcome", await sms.send_message(int(sys.argv[1])), flush=True)
    finally:
        await orm.close_connections()

asyncio.run(main())
"""


@pytest.fixture
async def server() -> AsyncIterator[AliyunLoopback]:
    # SendDate/ReceiveDate follow backend.clock, so a frozen test and the endpoint agree on the day
    async with AliyunLoopback(AK, SECRET, clock=clock.now) as loopback:
        yield loopback


@pytest.fixture
async def gateway(server: AliyunLoopback) -> AsyncIterator[AliyunSms]:
    """The in-process driver; a 1 s read timeout (Aliyun's advised minimum) makes stalls short."""
    async with AliyunSms(
        access_key_id=AK,
        access_key_secret=SECRET,
        endpoint=server.endpoint,
        protocol="http",
        connect_timeout=1.0,
        read_timeout=1.0,
    ) as driver:
        sms.set_gateway(driver)
        yield driver
        sms.set_gateway(None)


@pytest.fixture
async def template(db: str) -> SmsTemplate:
    return await SmsTemplate.create(
        code="recheck",
        name="复查提醒",
        category=SmsCategory.RECHECK,
        provider_template_code="SMS_15305001",
        sign_name="示范市中医医院",
        content="${name}您好，${hospital}提醒您按时复查。回T退订",
        variables=["name", "hospital"],
    )


@pytest.fixture
def morning() -> Iterator[None]:
    with clock.frozen_at(MORNING):
        yield


async def _message(template: SmsTemplate, phone: str) -> SmsMessage:
    patient = await factories.patient(await factories.department(), phone=phone)
    return await sms.enqueue(
        dedupe_key=KEY, patient=patient, template=template, params=await sms.params_for(template, patient)
    )


def _sends(server: AliyunLoopback, out_id: str) -> int:
    """SendSms requests that reached the endpoint for `out_id` (accepted or not)."""
    return sum(1 for r in server.requests if r["Action"] == "SendSms" and r.get("OutId") == out_id)


def _queries(server: AliyunLoopback, phone: str) -> int:
    return sum(1 for r in server.requests if r["Action"] == "QuerySendDetails" and r["PhoneNumber"] == phone)


# ---------------------------------------------------------------------- a worker killed mid-send


def _worker_env(server: AliyunLoopback) -> dict[str, str]:
    # os.environ carries the SECURITY__* keys conftest set, so the worker decrypts the number
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": databases.current_url,
        "SMS__PROVIDER": "aliyun",
        "SMS__ENDPOINT": server.url,
        "SMS__ACCESS_KEY_ID": AK,
        "SMS__ACCESS_KEY_SECRET": SECRET,
        "SMS__SENDING_HOURS": ALL_DAY,
        # far longer than the test needs: the worker must die waiting, not time out
        "SMS__TIMEOUT_SECONDS": "120",
    }


async def _wait_for_send_or_exit(server: AliyunLoopback, worker: subprocess.Popen[str], out_id: str) -> None:
    """Until the endpoint has the message; fail with the worker's output if it exits first."""
    for _ in range(240):  # 0.5 s slices: 2 minutes for a cold interpreter to import and send
        if await asyncio.to_thread(server.wait_for_send, out_id, timeout=0.5):
            return
        if worker.poll() is not None:
            output = worker.stdout.read() if worker.stdout else ""
            raise AssertionError(f"the worker exited ({worker.returncode}) before sending:\n{output}")
    raise AssertionError("the worker's SendSms never arrived")


async def test_a_worker_killed_between_send_and_save_is_resolved_by_query_not_resent(
    template: SmsTemplate,
    server: AliyunLoopback,
    gateway: AliyunSms,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    phone = "13912340001"
    message = await _message(template, phone)
    server.stall(phone)  # the endpoint records the message and holds its answer back
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(message.id)],
        cwd=ROOT,
        env=_worker_env(server),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        await _wait_for_send_or_exit(server, worker, KEY)
        worker.send_signal(signal.SIGKILL)  # the answer is still held: the worker never saw it
    finally:
        if worker.poll() is None:
            worker.kill()
        worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL

    # What the crash left: attempt counted and lease held before the call, no result saved.
    row = await SmsMessage.get(id=message.id)
    assert row.status is SmsStatus.PENDING and row.attempts == 1 and row.biz_id is None
    assert row.lease_until is not None and row.last_attempt_at is not None
    sent_at = row.last_attempt_at

    monkeypatch.setattr(settings.sms, "sending_hours", ALL_DAY)
    with clock.frozen_at(row.lease_until - timedelta(seconds=1)):
        # a retry while the dead worker's lease runs does nothing, not even a query
        assert await sms.send_message(message.id) == sms.Outcome(SmsStatus.PENDING)
    assert _queries(server, phone) == 0
    with clock.frozen_at(row.lease_until + timedelta(seconds=1)):
        outcome = await sms.send_message(message.id)

    assert outcome == sms.Outcome(SmsStatus.SUBMITTED, sent_now=False)
    assert _queries(server, phone) == 1 and _sends(server, KEY) == 1
    assert server.received[KEY] == 1
    row = await SmsMessage.get(id=message.id)
    assert row.status is SmsStatus.SUBMITTED and row.submitted_at == sent_at and row.lease_until is None
    # Aliyun's QuerySendDetails rows carry no BizId; the carrier's receipt push brings it.
    assert row.biz_id is None
    (accepted,) = server.messages
    push = [
        {
            "phone_number": phone,
            "send_time": accepted.sent_at.strftime("%Y-%m-%d %H:%M:%S"),
            "report_time": accepted.sent_at.strftime("%Y-%m-%d %H:%M:%S"),
            "success": True,
            "err_code": "DELIVERED",
            "err_msg": "用户接收成功",
            "sms_size": "1",
            "biz_id": accepted.biz_id,
            "out_id": KEY,
        }
    ]
    assert await sms.apply_reports(parse_report_push(json.dumps(push).encode())) == 1
    row = await SmsMessage.get(id=message.id)
    assert row.biz_id == accepted.biz_id and row.status is SmsStatus.DELIVERED
    assert server.received[KEY] == 1


# ---------------------------------------------------------------------- a send that times out


async def test_a_timed_out_send_stays_pending_then_is_found_by_out_id_and_not_resent(
    template: SmsTemplate, server: AliyunLoopback, gateway: AliyunSms, morning: None
) -> None:
    phone = "13912340002"
    message = await _message(template, phone)
    server.stall(phone)  # accepted, answered only after the client has given up

    outcome = await sms.send_message(message.id)

    assert outcome == sms.Outcome(SmsStatus.PENDING, sent_now=True)
    row = await SmsMessage.get(id=message.id)
    assert row.status is SmsStatus.PENDING and row.error_code == "SDK.HttpError" and row.lease_until is None
    assert row.attempts == 1 and row.next_attempt_at == MORNING + timedelta(minutes=1)
    assert server.received[KEY] == 1

    assert await sms.send_message(message.id) == sms.Outcome(SmsStatus.PENDING)  # not yet due
    assert _sends(server, KEY) == 1 and _queries(server, phone) == 0
    clock.advance(timedelta(minutes=1))
    outcome = await sms.send_message(message.id)

    assert outcome == sms.Outcome(SmsStatus.SUBMITTED, sent_now=False)
    row = await SmsMessage.get(id=message.id)
    assert row.status is SmsStatus.SUBMITTED and row.submitted_at == MORNING and row.error_code == ""
    assert _queries(server, phone) == 1 and _sends(server, KEY) == 1
    assert server.received[KEY] == 1


# ---------------------------------------------------------------------- the query fails on the retry


@pytest.mark.parametrize("fault", ["http_500", "system_error", "stall"])
async def test_a_failing_query_keeps_the_message_pending_and_never_resends(
    template: SmsTemplate, server: AliyunLoopback, gateway: AliyunSms, morning: None, fault: str
) -> None:
    phone = "13912340003"
    message = await _message(template, phone)
    server.stall(phone)
    assert await sms.send_message(message.id) == sms.Outcome(SmsStatus.PENDING, sent_now=True)
    assert server.received[KEY] == 1
    if fault == "http_500":
        server.fail_queries(phone, "InternalError", "The request processing has failed.", status=500)
    elif fault == "system_error":
        server.fail_queries(phone, "isp.SYSTEM_ERROR", "系统错误")
    else:
        server.stall_queries(phone)

    rounds = 2 if fault == "stall" else MAX_FAILED_QUERIES  # a stalled query costs the 1 s timeout
    for n in range(1, rounds + 1):
        clock.advance(timedelta(minutes=1))
        assert await sms.send_message(message.id) == sms.Outcome(SmsStatus.PENDING)
        row = await SmsMessage.get(id=message.id)
        assert row.status is SmsStatus.PENDING and row.error_message.startswith("查询发送记录失败")
        # a query is not a send: the attempt is given back and the day to ask about is kept
        assert row.attempts == 1 and row.last_attempt_at == MORNING and row.lease_until is None
        assert row.next_attempt_at == clock.now() + timedelta(minutes=1)
        assert _queries(server, phone) == n and _sends(server, KEY) == 1

    server.clear(phone)
    clock.advance(timedelta(minutes=1))
    assert await sms.send_message(message.id) == sms.Outcome(SmsStatus.SUBMITTED)
    row = await SmsMessage.get(id=message.id)
    assert row.status is SmsStatus.SUBMITTED and row.submitted_at == MORNING and row.error_message == ""
    assert _sends(server, KEY) == 1 and server.received[KEY] == 1


# ---------------------------------------------------------------------- two workers at once


async def test_two_concurrent_sends_of_one_message_reach_the_provider_once(
    template: SmsTemplate, morning: None
) -> None:
    async with (
        AliyunLoopback(AK, SECRET, latency=0.2, clock=clock.now) as slow,
        AliyunSms(access_key_id=AK, access_key_secret=SECRET, endpoint=slow.endpoint, protocol="http") as driver,
    ):
        message = await _message(template, "13912340004")
        outcomes = await asyncio.gather(
            sms.send_message(message.id, gateway=driver), sms.send_message(message.id, gateway=driver)
        )

    assert sorted(outcomes, key=lambda o: o.sent_now) == [
        sms.Outcome(SmsStatus.PENDING),  # the loser found the row leased and left it
        sms.Outcome(SmsStatus.SUBMITTED, sent_now=True),
    ]
    row = await SmsMessage.get(id=message.id)
    assert row.status is SmsStatus.SUBMITTED and row.attempts == 1 and row.biz_id
    assert slow.received[KEY] == 1 and slow.total == 1


# ---------------------------------------------------------------------- a provider misconfigured


async def test_a_configuration_error_fails_the_message_and_raises_one_notice_per_day(
    template: SmsTemplate, server: AliyunLoopback, gateway: AliyunSms, morning: None
) -> None:
    phone = "13912340009"
    server.fail(phone, "isv.OUT_OF_SERVICE", "业务停机")
    message = await _message(template, phone)
    assert (await sms.send_message(message.id)).status is SmsStatus.FAILED
    again = await sms.enqueue(
        dedupe_key="fault:2", patient=None, template=template, params={"name": "张三", "hospital": "示范"}, phone=phone
    )
    assert (await sms.send_message(again.id)).status is SmsStatus.FAILED
    raised = await Notice.filter(kind="sms_config").values_list("level", "dedupe_key", "acknowledged_at")
    assert raised == [("danger", f"sms_config:isv.OUT_OF_SERVICE:{MORNING.date().isoformat()}", None)]
    assert _sends(server, KEY) == 1 and _sends(server, "fault:2") == 1
