"""Outbound SMS through the extranet edge (SMS__SEND_VIA=edge): a core that cannot reach the
provider queues each message for the edge, which sends it through its own gateway (here the
Aliyun loopback, speaking the real wire protocol) exactly once and returns the verdict. Core and
edge are two named nodes in one process, as in test_exchange.py."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from backend import clock
from backend.clock import SHANGHAI
from backend.models import EdgeItem, ExchangeMessage, ExchangeRecord, Patient, SmsMessage, SmsTemplate
from backend.models.choices import ExchangeKind, SmsCategory, SmsStatus
from backend.security.crypto import decrypt
from backend.services import exchange, exchange_kinds, exchange_monitor, sms
from integrations.exchange.database import DDL
from integrations.sms.aliyun import AliyunSms
from tests import factories
from tests.loopback.aliyun import AliyunLoopback
from tests.services.test_exchange import Nodes

AK, SECRET = "LTAI5tEdgeKeyId", "edge-secret-do-not-use"
MORNING = datetime.now(SHANGHAI).replace(hour=9, minute=30, second=0, microsecond=0)


@pytest.fixture(params=["file", "database"])
async def nodes(request, settings, monkeypatch, tmp_path) -> AsyncIterator[Nodes]:  # type: ignore[no-untyped-def]
    # the core does not reach the provider: its messages leave through the edge
    monkeypatch.setattr(settings, "sms", settings.sms.model_copy(update={"send_via": "edge"}))
    found = Nodes(settings, monkeypatch, tmp_path, request.param)
    yield found
    await found.close()


@pytest.fixture
async def provider() -> AsyncIterator[tuple[AliyunLoopback, AliyunSms]]:
    """The provider, reachable from the edge only: its gateway is the configured one there."""
    async with AliyunLoopback(AK, SECRET) as server:
        driver = AliyunSms(
            access_key_id=AK,
            access_key_secret=SECRET,
            endpoint=server.endpoint,
            protocol="http",
            connect_timeout=1.0,
            read_timeout=1.0,
        )
        sms.set_gateway(driver)
        try:
            yield server, driver
        finally:
            sms.set_gateway(None)
            await driver.aclose()


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


async def _messages(template: SmsTemplate, phones: list[str]) -> list[SmsMessage]:
    dept = await factories.department("心血管内科", code="0101")
    found = []
    for n, phone in enumerate(phones):
        patient = await factories.patient(dept, phone=phone)
        params = await sms.params_for(template, patient)
        found.append(await sms.enqueue(dedupe_key=f"recheck:{n}", patient=patient, template=template, params=params))
    return found


def _replay_at_edge(nodes: Nodes, tmp: Path, name: str, data: bytes) -> None:
    """Put the core's envelope in the edge's inbox again, as a 网闸 copying twice would."""
    edge = nodes.config["edge"]
    if edge.transport == "file":
        assert edge.inbox_dir
        (Path(edge.inbox_dir) / f"{name}.xchg").write_bytes(data)
        return
    with sqlite3.connect(tmp / "front.sqlite3") as conn:
        conn.execute(DDL)
        conn.execute(
            "INSERT INTO exchange_wire (name, sender, receiver, body, created_at) VALUES (?, 'core', 'edge', ?, '')",
            (f"{name}-{time.time_ns()}", data.decode("ascii")),
        )


async def test_sms_queued_at_the_core_leave_the_edge_once_and_their_verdicts_come_back(  # type: ignore[no-untyped-def]
    nodes: Nodes, template: SmsTemplate, provider, tmp_path
) -> None:
    server, _ = provider
    phones = ["13900000001", "13900000002", "13900000003", "13900000004", "13900000005"]
    server.fail(phones[3], "isv.MOBILE_NUMBER_ILLEGAL", "非法手机号")
    server.fail(phones[4], "isv.BLACK_KEY_CONTROL_LIMIT", "模板变量中存在黑名单关键字")
    with nodes.at("core"), clock.frozen_at(MORNING):
        messages = await _messages(template, phones)
        assert await sms.send_due() == 5
        assert await sms.send_due() == 0  # handed over: not due again
        # the core called no provider: each message waits for the edge, its attempt counted
        rows = await SmsMessage.filter(id__in=[m.id for m in messages])
        assert all(m.status is SmsStatus.QUEUED and m.attempts == 1 for m in rows)
        assert server.requests == []
        kinds = {k.kind: k for k in await exchange_monitor.kinds()}
        assert kinds[ExchangeKind.SMS_SEND].waiting == 5 and kinds[ExchangeKind.SMS_SEND].pending == 5
        await exchange.seal_pending(peer="edge")
        envelopes, _, _ = await exchange.outgoing(peer="edge")
    (batch,) = [o for o in envelopes if "-b" in o.name]
    await nodes.round("core")
    await nodes.round("edge")
    # held at the edge, encrypted: no number, no name in what is stored
    held = await EdgeItem.filter(kind=ExchangeKind.SMS_SEND)
    assert len(held) == 5 and not any(p in item.data or "复查" in item.data for item in held for p in phones)
    with nodes.at("edge"):
        assert (await exchange_monitor.kinds())[0].kind  # the monitor answers on the edge too
        pending = {k.kind: k.pending for k in await exchange_monitor.kinds()}
        assert pending[ExchangeKind.SMS_SEND] == 5
        assert await exchange_kinds.send_held_sms() == 5
        # a replayed batch and a restarted edge's next passes send nothing again
        _replay_at_edge(nodes, tmp_path, batch.name, batch.data)
        nodes.transports.pop("edge")
        report = await nodes.round("edge")
        assert report.duplicates == 1 and report.applied == 0
        assert await exchange_kinds.send_held_sms() == 0
        pending = {k.kind: k.pending for k in await exchange_monitor.kinds()}
        assert pending[ExchangeKind.SMS_SEND] == 0 and pending[ExchangeKind.SMS_RESULT] == 5
    assert server.total == 3 and server.max_per_out_id == 1
    sends = [r for r in server.requests if r["Action"] == "SendSms"]
    assert sorted(r["OutId"] for r in sends) == [m.dedupe_key for m in messages]
    assert json.loads(sends[0]["TemplateParam"])["hospital"]
    # sent: number and text wiped at once, the key alone waits for the core's acknowledgement
    assert all(decrypt(i.data) == '{"sent": true}' for i in await EdgeItem.filter(kind=ExchangeKind.SMS_SEND))
    await nodes.settle()
    with nodes.at("core"):
        by_key = {m.dedupe_key: m for m in await SmsMessage.filter(id__in=[m.id for m in messages])}
        accepted = {m.out_id: m.biz_id for m in server.messages}
        for n in range(3):
            row = by_key[f"recheck:{n}"]
            assert row.status is SmsStatus.SUBMITTED and row.biz_id == accepted[row.dedupe_key]
        refused = by_key["recheck:3"]
        assert refused.status is SmsStatus.FAILED and refused.error_code == "isv.MOBILE_NUMBER_ILLEGAL"
        assert (await Patient.get(id=refused.patient_id)).phone_invalid_at is not None
        rejected = by_key["recheck:4"]
        assert rejected.status is SmsStatus.FAILED and "黑名单" in rejected.error_message
        assert (await exchange_monitor.kinds())[0].kind and not await SmsMessage.filter(status=SmsStatus.QUEUED)
    # acknowledged: nothing of the messages stays on the edge, no body in any batch
    assert not await EdgeItem.filter(kind=ExchangeKind.SMS_SEND).exists()
    assert not await ExchangeRecord.all().exists()
    assert all(m.body == "" for m in await ExchangeMessage.all())
    # the provider's later receipt, pushed to the edge, settles the core's row
    out_id = "recheck:0"
    server.deliver(out_id)
    receipt = {
        "phone_number": phones[0],
        "send_time": "2026-12-01 09:30:00",
        "report_time": "2026-12-01 09:30:05",
        "success": True,
        "err_code": "DELIVERED",
        "err_msg": "用户接收成功",
        "sms_size": "1",
        "biz_id": accepted[out_id],
        "out_id": out_id,
    }
    with nodes.at("edge"):
        await exchange_kinds.receive_provider_push("report", json.dumps([receipt]).encode())
    await nodes.settle()
    assert (await SmsMessage.get(dedupe_key=out_id)).status is SmsStatus.DELIVERED


@pytest.fixture
async def files(settings, monkeypatch, tmp_path) -> AsyncIterator[Nodes]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings, "sms", settings.sms.model_copy(update={"send_via": "edge"}))
    found = Nodes(settings, monkeypatch, tmp_path, "file")
    yield found
    await found.close()


async def test_a_timeout_at_the_edge_is_looked_up_never_sent_twice_and_flow_control_returns(  # type: ignore[no-untyped-def]
    files: Nodes, template: SmsTemplate, provider
) -> None:
    server, _ = provider
    phones = ["13900000011", "13900000012"]
    server.stall(phones[0])  # accepted, but the answer comes after the edge's timeout
    server.fail(phones[1], "isv.BUSINESS_LIMIT_CONTROL", "触发号码天级流控")
    with files.at("core"), clock.frozen_at(MORNING):
        messages = await _messages(template, phones)
        assert await sms.send_due() == 2
    await files.settle()
    with files.at("edge"):
        assert await exchange_kinds.send_held_sms() == 1  # the flow-controlled one has its verdict
        assert await exchange_kinds.send_held_sms() == 0  # the timed-out one waits (leased)
        server.clear(phones[0])
        later: Any = clock.now() + timedelta(minutes=3)
        with clock.frozen_at(later):
            assert await exchange_kinds.send_held_sms() == 1  # found at the provider: not sent again
    assert server.received[messages[0].dedupe_key] == 1
    assert [r["Action"] for r in server.requests].count("QuerySendDetails") == 1
    await files.settle()
    first = await SmsMessage.get(id=messages[0].id)
    # as after a direct send found by QuerySendDetails (its rows carry no BizId; receipts match by OutId)
    assert first.status is SmsStatus.SUBMITTED and first.submitted_at is not None
    # flow control: back at the core as a pending message with a back-off, as after a direct send
    second = await SmsMessage.get(id=messages[1].id)
    assert second.status is SmsStatus.PENDING and second.error_code == "isv.BUSINESS_LIMIT_CONTROL"
    assert second.next_attempt_at is not None and second.attempts == 1
    with files.at("core"), clock.frozen_at(MORNING + timedelta(days=1)):  # after the back-off, in hours
        server.clear(phones[1])
        assert (await sms.send_message(second.id)).status is SmsStatus.QUEUED  # the next attempt
    await files.settle()
    with files.at("edge"):
        assert await exchange_kinds.send_held_sms() == 1
    await files.settle()
    assert (await SmsMessage.get(id=second.id)).status is SmsStatus.SUBMITTED
    assert server.received[messages[1].dedupe_key] == 1
    assert not await EdgeItem.filter(kind=ExchangeKind.SMS_SEND).exists()
