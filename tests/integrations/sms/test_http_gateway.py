"""The generic 106-gateway driver against a loopback that implements the documented contract."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from backend.clock import SHANGHAI
from integrations.sms.base import SendVerdict, SmsQueryError, SmsSend
from integrations.sms.http_gateway import HttpGatewaySms
from tests.loopback.aliyun import UvicornThread

ACCOUNT, SECRET = "hospital-01", "gateway-secret"
_numbers = itertools.count(13900000001)


def contract_sign(fields: dict[str, Any], secret: str) -> str:
    """The contract's signature, written from the module docstring (not imported from the driver)."""
    payload = json.dumps(
        {k: v for k, v in fields.items() if k != "sign"}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


@dataclass
class Gateway:
    """A carrier gateway that keeps the contract: verifies signatures, dedupes by out_id."""

    runner: UvicornThread | None = None
    sent: dict[str, dict[str, Any]] = field(default_factory=dict)  # out_id -> first accepted request
    posts: list[dict[str, Any]] = field(default_factory=list)
    codes: dict[str, int] = field(default_factory=dict)  # phone -> scripted refusal code
    stalled: set[str] = field(default_factory=set)
    delivered: dict[str, str] = field(default_factory=dict)  # out_id -> "delivered" | "failed"

    def _verify(self, fields: dict[str, Any]) -> bool:
        fresh = abs(time.time() - int(fields.get("timestamp", 0))) <= 300
        good = hmac.compare_digest(contract_sign(fields, SECRET), str(fields.get("sign", "")))
        return fields.get("account") == ACCOUNT and fresh and good

    async def send(self, request: Request) -> JSONResponse:
        fields = await request.json()
        self.posts.append(fields)
        if not self._verify(fields):
            return JSONResponse({"code": 1001, "msg": "签名错误"})
        if fields["out_id"] in self.sent:
            return JSONResponse({"code": 0, "msg": "ok", "msg_id": self.sent[fields["out_id"]]["msg_id"]})
        if fields["phone"] in self.codes:
            return JSONResponse({"code": self.codes[fields["phone"]], "msg": "拒绝"})
        self.sent[fields["out_id"]] = {**fields, "msg_id": f"M{len(self.sent) + 1:06d}"}
        if fields["phone"] in self.stalled:
            assert self.runner is not None
            await self.runner.released()
        return JSONResponse({"code": 0, "msg": "ok", "msg_id": self.sent[fields["out_id"]]["msg_id"]})

    async def status(self, request: Request) -> JSONResponse:
        fields = dict(request.query_params)
        if not self._verify(fields):
            return JSONResponse({"code": 1001, "msg": "签名错误"})
        sent = self.sent.get(fields["out_id"])
        if sent is None:
            return JSONResponse({"code": 4004, "msg": "not found"})
        status = self.delivered.get(fields["out_id"], "pending")
        return JSONResponse(
            {
                "code": 0,
                "phone": sent["phone"],
                "msg_id": sent["msg_id"],
                "status": status,
                "err_code": "DELIVRD" if status == "delivered" else "",
                "report_time": "2026-03-01 10:00:09" if status != "pending" else "",
            }
        )


@pytest.fixture(scope="module")
async def gateway() -> AsyncIterator[Gateway]:
    gw = Gateway()
    gw.runner = UvicornThread(
        Starlette(routes=[Route("/sms/send", gw.send, methods=["POST"]), Route("/sms/status", gw.status)])
    )
    gw.runner.start()
    try:
        yield gw
    finally:
        gw.runner.stop()


def driver(gateway: Gateway, **overrides: Any) -> HttpGatewaySms:
    assert gateway.runner is not None
    options: dict[str, Any] = {
        "send_url": f"{gateway.runner.url}/sms/send",
        "status_url": f"{gateway.runner.url}/sms/status",
        "account": ACCOUNT,
        "secret": SECRET,
        "connect_timeout": 1.0,
        "read_timeout": 0.5,
    }
    options.update(overrides)
    return HttpGatewaySms(**options)


@pytest.fixture
async def sms(gateway: Gateway) -> AsyncIterator[HttpGatewaySms]:
    async with driver(gateway) as client:
        yield client


def message(**overrides: Any) -> SmsSend:
    fields: dict[str, Any] = {
        "phone": str(next(_numbers)),
        "sign_name": "某某市中医医院",
        "template_code": "FOLLOWUP_D7",
        "params": {"name": "张三", "date": "3月8日"},
        "out_id": f"followup-{uuid.uuid4().hex[:12]}",
        "content": "${name}您好，请于${date}到脾胃病科复诊。",
    }
    fields.update(overrides)
    return SmsSend(**fields)


async def test_send_posts_signed_rendered_text_and_is_submitted(gateway: Gateway, sms: HttpGatewaySms) -> None:
    sent = message()

    result = await sms.send(sent)

    assert result.verdict is SendVerdict.SUBMITTED
    stored = gateway.sent[sent.out_id]
    assert result.biz_id == stored["msg_id"]
    assert stored["content"] == "【某某市中医医院】张三您好，请于3月8日到脾胃病科复诊。"
    assert (stored["account"], stored["phone"]) == (ACCOUNT, sent.phone)


async def test_send_keeps_signature_already_in_template(gateway: Gateway, sms: HttpGatewaySms) -> None:
    sent = message(content="【某某医院】${name}您好")

    await sms.send(sent)

    assert gateway.sent[sent.out_id]["content"] == "【某某医院】张三您好"


async def test_send_passes_already_rendered_text_with_dollar_sign_unchanged(
    gateway: Gateway, sms: HttpGatewaySms
) -> None:
    sent = message(content="【某某医院】挂号费$20，请于3月8日复诊。")

    result = await sms.send(sent)

    assert result.verdict is SendVerdict.SUBMITTED
    assert gateway.sent[sent.out_id]["content"] == "【某某医院】挂号费$20，请于3月8日复诊。"


async def test_send_with_wrong_secret_is_config_error(gateway: Gateway) -> None:
    sent = message()

    async with driver(gateway, secret="wrong") as wrong:
        result = await wrong.send(sent)

    assert (result.verdict, result.code) == (SendVerdict.CONFIG_ERROR, "1001")
    assert sent.out_id not in gateway.sent


@pytest.mark.parametrize(
    ("code", "verdict"),
    [
        (1002, SendVerdict.CONFIG_ERROR),
        (2001, SendVerdict.INVALID_NUMBER),
        (2002, SendVerdict.REJECTED),
        (3001, SendVerdict.RETRY_LATER),
        (5000, SendVerdict.RETRY_LATER),
        (7777, SendVerdict.REJECTED),
    ],
)
async def test_send_maps_gateway_code_to_verdict(
    gateway: Gateway, sms: HttpGatewaySms, code: int, verdict: SendVerdict
) -> None:
    sent = message()
    gateway.codes[sent.phone] = code

    result = await sms.send(sent)

    assert (result.verdict, result.code) == (verdict, str(code))


async def test_send_repeated_out_id_is_answered_with_first_message(gateway: Gateway, sms: HttpGatewaySms) -> None:
    sent = message()

    first = await sms.send(sent)
    second = await sms.send(sent)

    assert first.biz_id == second.biz_id != ""
    assert list(gateway.sent).count(sent.out_id) == 1
    assert sum(1 for p in gateway.posts if p["out_id"] == sent.out_id) == 2


async def test_send_with_missing_template_variable_is_rejected_before_posting(
    gateway: Gateway, sms: HttpGatewaySms
) -> None:
    sent = message(params={"name": "张三"})

    result = await sms.send(sent)

    assert (result.verdict, result.code) == (SendVerdict.REJECTED, "TemplateParams")
    assert all(p["out_id"] != sent.out_id for p in gateway.posts)


async def test_send_without_template_text_is_rejected(sms: HttpGatewaySms) -> None:
    result = await sms.send(message(content=""))

    assert (result.verdict, result.code) == (SendVerdict.REJECTED, "NoContent")


async def test_send_timeout_is_unknown_then_find_sent_finds_pending(gateway: Gateway, sms: HttpGatewaySms) -> None:
    sent = message()
    gateway.stalled.add(sent.phone)

    result = await sms.send(sent)

    assert (result.verdict, result.code) == (SendVerdict.UNKNOWN, "ReadTimeout")
    found = await sms.find_sent(sent.phone, sent.out_id, date(2026, 3, 1))
    assert found is not None
    assert (found.out_id, found.delivered, found.biz_id) == (sent.out_id, None, gateway.sent[sent.out_id]["msg_id"])


async def test_find_sent_reports_delivery_and_none_for_unknown(gateway: Gateway, sms: HttpGatewaySms) -> None:
    sent = message()
    await sms.send(sent)
    gateway.delivered[sent.out_id] = "delivered"

    found = await sms.find_sent(sent.phone, sent.out_id, date(2026, 3, 1))

    assert found is not None
    assert (found.delivered, found.code) == (True, "DELIVRD")
    assert found.reported_at == datetime(2026, 3, 1, 10, 0, 9, tzinfo=SHANGHAI)
    assert await sms.find_sent(sent.phone, "never-sent", date(2026, 3, 1)) is None


async def test_find_sent_raises_when_credentials_are_refused(gateway: Gateway) -> None:
    async with driver(gateway, secret="wrong") as wrong:
        with pytest.raises(SmsQueryError, match="1001"):
            await wrong.find_sent("13900000000", "k", date(2026, 3, 1))


def test_parse_reports_and_replies_read_the_contract_shapes(sms: HttpGatewaySms) -> None:
    reports = sms.parse_reports(
        json.dumps(
            [
                {
                    "out_id": "a",
                    "msg_id": "M1",
                    "phone": "139",
                    "status": "delivered",
                    "report_time": "2026-03-01 10:00:00",
                },
                {"msg_id": "M2", "phone": "138", "status": "failed", "err_code": "UNDELIV"},
            ]
        ).encode()
    )
    replies = sms.parse_replies(
        json.dumps(
            [{"phone": "139", "content": "1", "received_at": "2026-03-01 10:05:00", "ext": "12", "reply_id": 9}]
        ).encode()
    )

    assert [(r.out_id, r.biz_id, r.delivered, r.code) for r in reports] == [
        ("a", "M1", True, ""),
        ("", "M2", False, "UNDELIV"),
    ]
    assert reports[0].reported_at == datetime(2026, 3, 1, 10, tzinfo=SHANGHAI)
    assert [(r.phone, r.content, r.dest_code, r.sequence_id) for r in replies] == [("139", "1", "12", "9")]


@pytest.mark.parametrize(
    "body",
    [
        b"nope",
        b"{}",
        json.dumps([{"phone": "139", "status": "sent", "out_id": "a"}]).encode(),
        json.dumps([{"status": "delivered"}]).encode(),
    ],
    ids=["not-json", "not-array", "unknown-status", "no-phone"],
)
def test_parse_reports_rejects_malformed_body(sms: HttpGatewaySms, body: bytes) -> None:
    with pytest.raises(ValueError):
        sms.parse_reports(body)


def test_parse_replies_rejects_item_without_content(sms: HttpGatewaySms) -> None:
    with pytest.raises(ValueError, match="content"):
        sms.parse_replies(json.dumps([{"phone": "139"}]).encode())
