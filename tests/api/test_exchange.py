"""交换监控 and the relay's own door: per peer and direction, lag past the threshold raises a notice
that closes when the exchange catches up; the page is the administrators'; a relay call without
the exchange key's signature, or replayed, is refused."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from backend import clock
from backend.models import ExchangeMessage, Notice
from backend.models.choices import ExchangeDirection, ExchangeStatus
from backend.services import exchange, exchange_monitor, exchange_relay
from backend.settings import ExchangeSettings
from tests import factories
from tests.admin.conftest import admin_login

KEYS = {"signing_key": "s" * 40, "encryption_key": "e" * 40}


@pytest.fixture
def exchanging(settings, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings, "exchange", ExchangeSettings(transport="file", outbox_dir="o", inbox_dir="i", **KEYS))


async def test_lag_past_the_threshold_is_noticed_and_shown_until_caught_up(
    client: httpx.AsyncClient, exchanging: None, frozen: None
) -> None:
    await exchange.enqueue(exchange.ExchangeKind.SMS_PUSH, {"kind": "report", "body": ""})
    await exchange.seal_pending(peer="edge")
    assert await exchange_monitor.check_lag() == 0
    clock.advance(timedelta(minutes=31))
    assert await exchange_monitor.check_lag() == 1
    notice = await Notice.get(dedupe_key="exchange:lag:edge:outbound")
    assert notice.kind == "exchange_lag" and notice.resolved_at is None

    it = await factories.department("信息科", code="9003")
    await factories.staff("sysadmin", it, username="sys")
    headers = await factories.login(client, "sys")
    status = (await client.get("/api/v1/exchange/status", headers=headers)).json()
    outbound = next(r for r in status["items"] if r["direction"] == "outbound")
    assert outbound["peer"] == "edge" and outbound["pending"] == 1 and outbound["lagging"] is True
    assert outbound["last_sequence"] == 1 and outbound["confirmed"] == 0
    # per kind: the outbound SMS through the edge are always listed (none handed over here)
    kinds = {k["kind"]: k for k in status["kinds"]}
    assert kinds["sms_send"]["kind_label"] == "短信外发请求" and kinds["sms_send"]["pending"] == 0
    assert kinds["sms_result"]["kind_label"] == "短信发送结果"

    # the peer acknowledges: the direction has caught up and the notice closes itself
    control = exchange.seal("control", "edge", "core", 0, {"ack": 1, "resend_from": None})
    assert await exchange.receive(control, peer="edge") == "control"
    assert await exchange_monitor.check_lag() == 0
    assert (await Notice.get(id=notice.id)).resolved_at is not None
    message = await ExchangeMessage.get(direction=ExchangeDirection.OUTBOUND, peer="edge", sequence=1)
    assert message.status == ExchangeStatus.ACKED and message.body == ""

    # the page is for administrators; a department doctor gets neither the page nor the data
    await admin_login(client, "sys")
    page = await client.post("/admin/SystemApp/page/exchange-monitor", json={})
    assert page.status_code == 200 and page.json()["status"] == 0
    assert "/api/v1/exchange/status" in page.text and "拒收" in page.text and "按类别待处理" in page.text
    ward = await factories.department("心血管内科", code="0101")
    await factories.staff("doctor", ward, username="doc")
    doctor = await factories.login(client, "doc")
    assert (await client.get("/api/v1/exchange/status", headers=doctor)).status_code == 403
    await admin_login(client, "doc")
    assert "交换监控" not in str((await client.post("/admin/", json={})).json()["data"])


def test_relay_calls_must_be_signed_fresh_and_unseen(exchanging: None) -> None:
    body = json.dumps({"envelopes": []}).encode()
    headers = exchange_relay.sign_call("/exchange/relay", body)
    exchange_relay.verify_call("/exchange/relay", headers, body)
    with pytest.raises(exchange_relay.PermissionDenied, match="重复"):
        exchange_relay.verify_call("/exchange/relay", headers, body)  # replayed
    fresh = exchange_relay.sign_call("/exchange/relay", body)
    with pytest.raises(exchange_relay.PermissionDenied, match="签名"):
        exchange_relay.verify_call("/exchange/relay", fresh, body + b" ")  # tampered
    stale = {**fresh, "x-exchange-time": str(int(fresh["x-exchange-time"]) - 3600)}
    with pytest.raises(exchange_relay.PermissionDenied, match="签名"):
        exchange_relay.verify_call("/exchange/relay", stale, body)
    assert exchange_relay.allowed("POST", "/tasks/12/contacts") and not exchange_relay.allowed("GET", "/patients")
