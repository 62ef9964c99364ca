"""The demo's SMS simulator: deterministic outcomes, idempotent out_ids, receipts on demand."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from backend.clock import SHANGHAI, frozen_at
from integrations.sms.base import SendVerdict, SmsSend
from integrations.sms.simulator import SimulatorSms

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=SHANGHAI)


def message(phone: str, out_id: str) -> SmsSend:
    return SmsSend(
        phone=phone, sign_name="某某市中医医院", template_code="SMS_1", params={"name": "张三"}, out_id=out_id
    )


async def test_send_refuses_numbers_ending_0000_as_invalid() -> None:
    sim = SimulatorSms()

    result = await sim.send(message("13800000000", "k1"))

    assert (result.verdict, result.code) == (SendVerdict.INVALID_NUMBER, "isv.MOBILE_NUMBER_ILLEGAL")
    assert sim.pending_reports() == []


async def test_send_repeated_out_id_returns_first_result_without_sending_again() -> None:
    sim = SimulatorSms()

    first = await sim.send(message("13800001111", "k1"))
    again = await sim.send(message("13800001111", "k1"))

    assert first == again
    assert first.verdict is SendVerdict.SUBMITTED
    assert len(sim.sent) == 1
    assert len(sim.pending_reports()) == 1


async def test_biz_ids_are_deterministic_across_instances() -> None:
    a, b = SimulatorSms(), SimulatorSms()

    ids_a = [(await a.send(message(f"1380000{i:04d}1", f"k{i}"))).biz_id for i in range(3)]
    ids_b = [(await b.send(message(f"1380000{i:04d}1", f"k{i}"))).biz_id for i in range(3)]

    assert ids_a == ids_b
    assert len(set(ids_a)) == 3


async def test_pending_reports_deliver_once_and_fail_numbers_ending_9999() -> None:
    sim = SimulatorSms()
    with frozen_at(T0):
        await sim.send(message("13800001111", "ok"))
        await sim.send(message("13800009999", "bad"))
        reports = {r.out_id: r for r in sim.pending_reports()}

    assert (reports["ok"].delivered, reports["ok"].code) == (True, "DELIVERED")
    assert (reports["bad"].delivered, reports["bad"].code) == (False, "UNDELIV")
    assert reports["ok"].reported_at == T0
    assert sim.pending_reports() == []


async def test_find_sent_answers_from_memory_by_phone_out_id_and_day() -> None:
    sim = SimulatorSms()
    with frozen_at(T0):
        await sim.send(message("13800001111", "k1"))
        await sim.send(message("13800000000", "k2"))

    waiting = await sim.find_sent("13800001111", "k1", T0.date())
    sim.pending_reports()
    delivered = await sim.find_sent("13800001111", "k1", T0.date())

    assert waiting is not None and waiting.delivered is None
    assert delivered is not None and delivered.delivered is True
    assert await sim.find_sent("13800001111", "k1", T0.date() + timedelta(days=1)) is None
    assert await sim.find_sent("13900001111", "k1", T0.date()) is None
    assert await sim.find_sent("13800000000", "k2", T0.date()) is None  # refused, never sent


def test_parse_pushes_use_aliyun_shapes() -> None:
    sim = SimulatorSms()
    report = [
        {
            "phone_number": "138",
            "success": True,
            "biz_id": "SIM1^0",
            "out_id": "k1",
            "report_time": "2026-03-01 10:00:00",
        }
    ]
    reply = [{"phone_number": "138", "content": "1", "sequence_id": 7, "send_time": "2026-03-01 10:05:00"}]

    (parsed_report,) = sim.parse_reports(json.dumps(report).encode())
    (parsed_reply,) = sim.parse_replies(json.dumps(reply).encode())

    assert (parsed_report.out_id, parsed_report.delivered) == ("k1", True)
    assert parsed_reply.sequence_id == "7"
