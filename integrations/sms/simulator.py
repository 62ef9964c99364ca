"""A deterministic SMS gateway for the demo hospital and for service tests.

Rules (so a demo shows every path without a network):
- a number ending in "0000" is refused as invalid (isv.MOBILE_NUMBER_ILLEGAL);
- a number ending in "9999" is accepted but its delivery receipt fails (UNDELIV);
- everything else is accepted and delivered.

A second send with the same out_id is a no-op that returns the first result, like a provider that
honours idempotency keys. Receipts wait in `pending_reports()` until the demo turns them into
SmsReport-style updates. Pushes use Aliyun's JSON shapes, so the demo can post them to the real
callback routes.

State lives in this process only: it is for a single-process demo, never for production.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from backend.clock import now
from integrations.sms.aliyun import parse_reply_push, parse_report_push
from integrations.sms.base import DeliveryReport, InboundSms, SendResult, SendVerdict, SmsSend

INVALID_SUFFIX = "0000"
UNDELIVERED_SUFFIX = "9999"


@dataclass(frozen=True, slots=True)
class _Sent:
    message: SmsSend
    result: SendResult
    sent_at: datetime


class SimulatorSms:
    name = "simulator"

    def __init__(self) -> None:
        self._sent: dict[str, _Sent] = {}
        self._reports: dict[str, DeliveryReport] = {}  # out_id -> receipt once reported
        self._pending: list[str] = []  # out_ids accepted but not yet reported
        self._counter = 0

    @property
    def sent(self) -> list[SmsSend]:
        """Messages accepted or refused, first attempt per out_id, in order."""
        return [s.message for s in self._sent.values()]

    async def send(self, message: SmsSend) -> SendResult:
        first = self._sent.get(message.out_id)
        if first is not None:
            return first.result
        if message.phone.endswith(INVALID_SUFFIX):
            result = SendResult(SendVerdict.INVALID_NUMBER, code="isv.MOBILE_NUMBER_ILLEGAL", message="非法手机号")
        else:
            self._counter += 1
            result = SendResult(SendVerdict.SUBMITTED, biz_id=f"SIM{self._counter:012d}^0", code="OK", message="OK")
            self._pending.append(message.out_id)
        self._sent[message.out_id] = _Sent(message, result, now())
        return result

    async def find_sent(self, phone: str, out_id: str, sent_on: date) -> DeliveryReport | None:
        sent = self._sent.get(out_id)
        if (
            sent is None
            or sent.result.verdict is not SendVerdict.SUBMITTED
            or sent.message.phone != phone
            or sent.sent_at.date() != sent_on
        ):
            return None
        reported = self._reports.get(out_id)
        if reported is not None:
            return reported
        return DeliveryReport(phone=phone, out_id=out_id, biz_id=sent.result.biz_id, delivered=None)

    def pending_reports(self) -> list[DeliveryReport]:
        """Receipts for every accepted message not reported yet (each is returned once)."""
        reports = []
        for out_id in self._pending:
            sent = self._sent[out_id]
            ok = not sent.message.phone.endswith(UNDELIVERED_SUFFIX)
            report = DeliveryReport(
                phone=sent.message.phone,
                out_id=out_id,
                biz_id=sent.result.biz_id,
                delivered=ok,
                code="DELIVERED" if ok else "UNDELIV",
                message="用户接收成功" if ok else "用户无法接收",
                reported_at=now(),
            )
            self._reports[out_id] = report
            reports.append(report)
        self._pending.clear()
        return reports

    def parse_reports(self, body: bytes) -> list[DeliveryReport]:
        return parse_report_push(body)

    def parse_replies(self, body: bytes) -> list[InboundSms]:
        return parse_reply_push(body)
