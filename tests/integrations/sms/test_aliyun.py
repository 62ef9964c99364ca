"""Aliyun SMS driver against a loopback endpoint that checks signatures like Aliyun's gateway."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import socket
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from aliyunsdkcore.retry import retry_policy

from backend.clock import SHANGHAI
from integrations.sms.aliyun import AliyunSms
from integrations.sms.base import SendVerdict, SmsQueryError, SmsSend
from tests.loopback.aliyun import AliyunLoopback, sign

AK, SECRET = "LTAI5tTestKeyId", "test-secret-do-not-use"
T0 = datetime(2026, 3, 1, 10, 0, tzinfo=SHANGHAI)  # the loopback's clock (SendDate, ReceiveDate)
_numbers = itertools.count(13800000001)


def phone() -> str:
    """A fresh number per test, so tests can share one endpoint."""
    return str(next(_numbers))


def message(number: str, **overrides: object) -> SmsSend:
    fields: dict[str, object] = {
        "phone": number,
        "sign_name": "某某市中医医院",
        "template_code": "SMS_154950909",
        "params": {"name": "张三", "date": "3月8日", "dept": "脾胃病科"},
        "out_id": f"followup-{uuid.uuid4().hex[:12]}",
    }
    fields.update(overrides)
    return SmsSend(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
async def server() -> AsyncIterator[AliyunLoopback]:
    async with AliyunLoopback(AK, SECRET, clock=lambda: T0) as loopback:
        yield loopback


def driver(server: AliyunLoopback, **overrides: object) -> AliyunSms:
    options: dict[str, object] = {
        "access_key_id": AK,
        "access_key_secret": SECRET,
        "endpoint": server.endpoint,
        "protocol": "http",
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
    }
    options.update(overrides)
    return AliyunSms(**options)  # type: ignore[arg-type]


@pytest.fixture
async def sms(server: AliyunLoopback) -> AsyncIterator[AliyunSms]:
    async with driver(server) as client:
        yield client


def requests_for(server: AliyunLoopback, out_id: str) -> list[dict[str, str]]:
    return [r for r in server.requests if r.get("OutId") == out_id]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---------------------------------------------------------------------------- sending


async def test_send_signed_request_arrives_with_exact_parameters(server: AliyunLoopback, sms: AliyunSms) -> None:
    sent = message(phone(), up_extend_code="1234")

    result = await sms.send(sent)

    assert result.verdict is SendVerdict.SUBMITTED
    assert result.code == "OK"
    (request,) = requests_for(server, sent.out_id)
    assert request["Action"] == "SendSms"
    assert request["Version"] == "2017-05-25"
    assert request["SignatureMethod"] == "HMAC-SHA1"
    assert request["PhoneNumbers"] == sent.phone
    assert request["SignName"] == "某某市中医医院"
    assert request["TemplateCode"] == "SMS_154950909"
    assert request["SmsUpExtendCode"] == "1234"
    # Chinese travels as UTF-8, not \\u escapes (Aliyun counts variable lengths in characters).
    assert "张三" in request["TemplateParam"]
    assert json.loads(request["TemplateParam"]) == {"name": "张三", "date": "3月8日", "dept": "脾胃病科"}
    (stored,) = [m for m in server.messages if m.out_id == sent.out_id]
    assert result.biz_id == stored.biz_id
    assert server.received[sent.out_id] == 1


async def test_send_without_extend_code_omits_sms_up_extend_code(server: AliyunLoopback, sms: AliyunSms) -> None:
    sent = message(phone())

    await sms.send(sent)

    (request,) = requests_for(server, sent.out_id)
    assert "SmsUpExtendCode" not in request


async def test_send_with_wrong_secret_is_config_error_and_nothing_is_sent(
    server: AliyunLoopback, caplog: pytest.LogCaptureFixture
) -> None:
    sent = message(phone())

    with caplog.at_level(logging.DEBUG):
        async with driver(server, access_key_secret="not-the-secret") as wrong:
            result = await wrong.send(sent)

    assert result.verdict is SendVerdict.CONFIG_ERROR
    assert result.code == "SignatureDoesNotMatch"
    # Aliyun echoes the string-to-sign; the phone and the patient's name must not reach logs or the admin.
    assert sent.phone not in result.message
    assert all(sent.phone not in r.getMessage() for r in caplog.records)
    assert [r.code for r in server.rejections if r.params.get("OutId") == sent.out_id] == ["SignatureDoesNotMatch"]
    assert server.received[sent.out_id] == 0


async def test_send_with_unknown_access_key_is_config_error(server: AliyunLoopback) -> None:
    sent = message(phone())

    async with driver(server, access_key_id="LTAI-someone-else") as wrong:
        result = await wrong.send(sent)

    assert result.verdict is SendVerdict.CONFIG_ERROR
    assert result.code == "InvalidAccessKeyId.NotFound"
    assert server.received[sent.out_id] == 0


# Every code of the reference (shared/reference/api/aliyun_sms.md §4) and what the service must do.
REFERENCE_CODES = [
    ("isp.RAM_PERMISSION_DENY", SendVerdict.CONFIG_ERROR),
    ("isv.OUT_OF_SERVICE", SendVerdict.CONFIG_ERROR),
    ("isv.PRODUCT_UN_SUBSCRIPT", SendVerdict.CONFIG_ERROR),
    ("isv.PRODUCT_UNSUBSCRIBE", SendVerdict.CONFIG_ERROR),
    ("isv.ACCOUNT_NOT_EXISTS", SendVerdict.CONFIG_ERROR),
    ("isv.ACCOUNT_ABNORMAL", SendVerdict.CONFIG_ERROR),
    ("isv.SMS_TEMPLATE_ILLEGAL", SendVerdict.REJECTED),
    ("isv.SMS_SIGNATURE_ILLEGAL", SendVerdict.CONFIG_ERROR),
    ("isv.SMS_SIGNATURE_SCENE_ILLEGAL", SendVerdict.CONFIG_ERROR),
    ("isv.INVALID_PARAMETERS", SendVerdict.REJECTED),
    ("isv.INVALID_JSON_PARAM", SendVerdict.REJECTED),
    ("isv.TEMPLATE_MISSING_PARAMETERS", SendVerdict.REJECTED),
    ("isv.PARAM_LENGTH_LIMIT", SendVerdict.REJECTED),
    ("isv.PARAM_NOT_SUPPORT_URL", SendVerdict.REJECTED),
    ("isv.MOBILE_NUMBER_ILLEGAL", SendVerdict.INVALID_NUMBER),
    ("isv.MOBILE_COUNT_OVER_LIMIT", SendVerdict.REJECTED),
    ("isv.BUSINESS_LIMIT_CONTROL", SendVerdict.RETRY_LATER),
    ("isv.BLACK_KEY_CONTROL_LIMIT", SendVerdict.REJECTED),
    ("isv.AMOUNT_NOT_ENOUGH", SendVerdict.CONFIG_ERROR),
    ("isv.EXTEND_CODE_ERROR", SendVerdict.CONFIG_ERROR),
    ("isv.DOMESTIC_NUMBER_NOT_SUPPORTED", SendVerdict.CONFIG_ERROR),
    ("isv.DENY_IP_RANGE", SendVerdict.CONFIG_ERROR),
    ("isp.SYSTEM_ERROR", SendVerdict.RETRY_LATER),
    ("isv.SOMETHING_NEW_2027", SendVerdict.REJECTED),  # an unknown code: refused, code kept
]


@pytest.mark.parametrize(("code", "verdict"), REFERENCE_CODES, ids=[c for c, _ in REFERENCE_CODES])
async def test_send_maps_provider_code_to_verdict(
    server: AliyunLoopback, sms: AliyunSms, code: str, verdict: SendVerdict
) -> None:
    number = phone()
    server.fail(number, code, f"{code} 的说明")

    result = await sms.send(message(number))

    assert result.verdict is verdict
    assert result.code == code
    assert result.message == f"{code} 的说明"
    assert result.biz_id == ""


async def test_send_flow_controlled_number_keeps_aliyun_message(server: AliyunLoopback, sms: AliyunSms) -> None:
    number = phone()
    server.fail(number, "isv.BUSINESS_LIMIT_CONTROL", "触发小时级流控Permits:5")

    result = await sms.send(message(number))

    assert (result.verdict, result.message) == (SendVerdict.RETRY_LATER, "触发小时级流控Permits:5")


async def test_send_gateway_500_is_unknown(server: AliyunLoopback, sms: AliyunSms) -> None:
    number = phone()
    server.fail(number, "InternalError", "The request processing has failed due to some unknown error.", status=500)

    result = await sms.send(message(number))

    assert result.verdict is SendVerdict.UNKNOWN
    assert result.code == "InternalError"


async def test_send_stalled_past_timeout_is_unknown_then_find_sent_finds_it(
    server: AliyunLoopback, sms: AliyunSms
) -> None:
    number = phone()
    server.stall(number)
    sent = message(number)

    result = await sms.send(sent)

    assert result.verdict is SendVerdict.UNKNOWN
    assert result.code == "SDK.HttpError"
    # Exactly one attempt reached Aliyun: the SDK did not retry a non-idempotent call.
    assert len(requests_for(server, sent.out_id)) == 1
    assert server.received[sent.out_id] == 1
    found = await sms.find_sent(number, sent.out_id, T0.date())
    assert found is not None
    assert (found.phone, found.out_id, found.delivered) == (number, sent.out_id, None)


async def test_driver_switches_off_sdk_auto_retry(sms: AliyunSms) -> None:
    """SDK 2.16.1 only retries ECS APIs, so the stall test alone cannot see a retry; check the switch."""
    client = sms._client
    assert client.is_auto_retry() is False
    assert client._retry_policy is retry_policy.NO_RETRY_POLICY


async def test_send_to_unreachable_endpoint_is_unknown() -> None:
    async with AliyunSms(
        access_key_id=AK, access_key_secret=SECRET, endpoint=f"127.0.0.1:{closed_port()}", protocol="http"
    ) as sms:
        result = await sms.send(message(phone()))

    assert result.verdict is SendVerdict.UNKNOWN
    assert result.code == "SDK.HttpError"


async def test_concurrent_sends_overlap_and_each_arrives_once() -> None:
    """The bench's premise: the worker pool keeps several slow calls in flight at once."""
    async with AliyunLoopback(AK, SECRET, latency=0.2) as slow, driver(slow, max_workers=16) as sms:
        messages = [message(phone()) for _ in range(32)]
        started = time.monotonic()
        results = await asyncio.gather(*(sms.send(m) for m in messages))
        elapsed = time.monotonic() - started

    assert {r.verdict for r in results} == {SendVerdict.SUBMITTED}
    assert slow.total == 32
    assert slow.max_per_out_id == 1
    assert elapsed < 32 * 0.2 / 4  # sequential calls would take 6.4 s


async def test_send_batch_sends_one_call_with_one_out_id(server: AliyunLoopback, sms: AliyunSms) -> None:
    numbers = [phone() for _ in range(3)]
    batch = [message(n, params={"name": name}) for n, name in zip(numbers, ["张三", "李四", "王五"], strict=True)]

    result = await sms.send_batch(batch, out_id="campaign-7-chunk-1")

    assert result.verdict is SendVerdict.SUBMITTED
    (request,) = requests_for(server, "campaign-7-chunk-1")
    assert request["Action"] == "SendBatchSms"
    assert json.loads(request["PhoneNumberJson"]) == numbers
    assert json.loads(request["SignNameJson"]) == ["某某市中医医院"] * 3
    assert json.loads(request["TemplateParamJson"]) == [{"name": "张三"}, {"name": "李四"}, {"name": "王五"}]
    assert server.received["campaign-7-chunk-1"] == 3


async def test_send_batch_maps_codes_like_send(server: AliyunLoopback, sms: AliyunSms) -> None:
    numbers = [phone(), phone()]
    server.fail(numbers[1], "isv.MOBILE_NUMBER_ILLEGAL", "非法手机号")

    result = await sms.send_batch([message(n) for n in numbers], out_id="campaign-8-chunk-1")

    assert result.verdict is SendVerdict.INVALID_NUMBER
    assert server.received["campaign-8-chunk-1"] == 0


async def test_send_batch_refuses_more_than_100_numbers_or_mixed_templates(sms: AliyunSms) -> None:
    with pytest.raises(ValueError, match="at most 100"):
        await sms.send_batch([message(phone()) for _ in range(101)], out_id="x")
    with pytest.raises(ValueError, match="one template"):
        await sms.send_batch([message(phone()), message(phone(), template_code="SMS_2")], out_id="y")


# ---------------------------------------------------------------------------- QuerySendDetails


async def test_find_sent_pages_beyond_fifty_and_reports_receipt(server: AliyunLoopback, sms: AliyunSms) -> None:
    number = phone()
    sent = [message(number) for _ in range(53)]
    for m in sent:
        assert (await sms.send(m)).verdict is SendVerdict.SUBMITTED
    target = sent[51]
    server.deliver(target.out_id, success=False, err_code="UNDELIV")

    found = await sms.find_sent(number, target.out_id, T0.date())

    assert found is not None
    assert (found.out_id, found.delivered, found.code) == (target.out_id, False, "UNDELIV")
    assert found.reported_at == T0
    pages = [
        r["CurrentPage"] for r in server.requests if r["Action"] == "QuerySendDetails" and r["PhoneNumber"] == number
    ]
    assert pages == ["1", "2"]
    assert {r["PageSize"] for r in server.requests if r.get("PhoneNumber") == number} == {"50"}


async def test_find_sent_reports_delivered_message(server: AliyunLoopback, sms: AliyunSms) -> None:
    sent = message(phone())
    await sms.send(sent)
    server.deliver(sent.out_id)

    found = await sms.find_sent(sent.phone, sent.out_id, T0.date())

    assert found is not None
    assert (found.delivered, found.code) == (True, "DELIVERED")


async def test_find_sent_returns_none_for_unsent_out_id_or_other_day(server: AliyunLoopback, sms: AliyunSms) -> None:
    sent = message(phone())
    await sms.send(sent)

    assert await sms.find_sent(sent.phone, "never-sent", T0.date()) is None
    assert await sms.find_sent(sent.phone, sent.out_id, T0.date() - timedelta(days=1)) is None
    query = [r for r in server.requests if r["Action"] == "QuerySendDetails" and r["PhoneNumber"] == sent.phone]
    assert {r["SendDate"] for r in query} == {"20260301", "20260228"}


async def test_find_sent_raises_when_provider_unreachable() -> None:
    async with AliyunSms(
        access_key_id=AK, access_key_secret=SECRET, endpoint=f"127.0.0.1:{closed_port()}", protocol="http"
    ) as sms:
        with pytest.raises(SmsQueryError):
            await sms.find_sent("13800000000", "k", T0.date())


async def test_find_sent_raises_on_rejected_credentials(server: AliyunLoopback) -> None:
    async with driver(server, access_key_secret="wrong") as wrong:
        with pytest.raises(SmsQueryError, match="SignatureDoesNotMatch"):
            await wrong.find_sent("13800000000", "k", T0.date())


# ---------------------------------------------------------------------------- the loopback's own checks


def test_loopback_signature_matches_aliyun_documented_examples() -> None:
    """The two worked examples from Aliyun's signature docs (ECS DescribeRegions, SMS SendSms)."""
    regions = {
        "AccessKeyId": "testid",
        "Action": "DescribeRegions",
        "Format": "XML",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        "SignatureVersion": "1.0",
        "Timestamp": "2016-02-23T12:46:24Z",
        "Version": "2014-05-26",
    }
    send_sms = {
        "AccessKeyId": "testId",
        "Action": "SendSms",
        "Format": "XML",
        "OutId": "123",
        "PhoneNumbers": "15300000001",
        "RegionId": "cn-hangzhou",
        "SignName": "阿里云短信测试专用",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
        "SignatureVersion": "1.0",
        "TemplateCode": "SMS_71390007",
        "TemplateParam": '{"customer":"test"}',
        "Timestamp": "2017-07-12T02:42:19Z",
        "Version": "2017-05-25",
    }
    assert sign("GET", regions, "testsecret") == "OLeaidS1JvxuMvnyHOwuJ+uX5qY="
    assert sign("GET", send_sms, "testSecret") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="


def _signed_params(**business: str) -> dict[str, str]:
    params = {
        "AccessKeyId": AK,
        "Action": "SendSms",
        "Format": "JSON",
        "RegionId": "cn-hangzhou",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": uuid.uuid4().hex,
        "SignatureVersion": "1.0",
        "Timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Version": "2017-05-25",
        **business,
    }
    params["Signature"] = sign("POST", params, SECRET)
    return params


async def test_loopback_rejects_tampered_parameter_and_reused_nonce(server: AliyunLoopback) -> None:
    business = {"PhoneNumbers": phone(), "SignName": "某某市中医医院", "TemplateCode": "SMS_1", "OutId": "raw-1"}
    async with httpx.AsyncClient(base_url=server.url, trust_env=False) as client:
        good = _signed_params(**business)
        accepted = await client.post("/", data=good)
        replayed = await client.post("/", data=good)
        tampered = _signed_params(**business) | {"PhoneNumbers": phone()}
        refused = await client.post("/", data=tampered)

    assert accepted.status_code == 200
    assert accepted.json()["Code"] == "OK"
    assert (replayed.status_code, replayed.json()["Code"]) == (400, "SignatureNonceUsed")
    assert refused.status_code == 400
    body = refused.json()
    assert body["Code"] == "SignatureDoesNotMatch"
    assert body["Message"].startswith(
        "Specified signature does not match our calculation. server string to sign is:POST&%2F&"
    )
    assert body["RequestId"]
    assert server.received["raw-1"] == 1


# ---------------------------------------------------------------------------- pushes (SmsReport, SmsUp)

REPORT_PUSH = [
    {
        "phone_number": "13811111111",
        "send_time": "2026-03-01 10:00:00",
        "report_time": "2026-03-01 10:00:08",
        "success": True,
        "err_code": "DELIVERED",
        "err_msg": "用户接收成功",
        "sms_size": "1",
        "biz_id": "932702304080415357^0",
        "out_id": "followup-12345",
    },
    {
        "phone_number": "13822222222",
        "send_time": "2026-03-01 10:00:00",
        "report_time": "2026-03-01 10:01:30",
        "success": False,
        "err_code": "UNDELIV",
        "err_msg": "失败",
        "sms_size": "2",
        "biz_id": "932702304080415358^0",
    },
]


def _push(items: object) -> bytes:
    return json.dumps(items, ensure_ascii=False).encode()


def test_parse_reports_reads_mixed_batch_with_missing_out_id(sms: AliyunSms) -> None:
    delivered, failed = sms.parse_reports(_push(REPORT_PUSH))

    assert (delivered.phone, delivered.out_id, delivered.biz_id) == (
        "13811111111",
        "followup-12345",
        "932702304080415357^0",
    )
    assert (delivered.delivered, delivered.code, delivered.message) == (True, "DELIVERED", "用户接收成功")
    assert delivered.reported_at == datetime(2026, 3, 1, 10, 0, 8, tzinfo=SHANGHAI)
    assert delivered.reported_at is not None and delivered.reported_at.utcoffset() == timedelta(hours=8)
    assert (failed.out_id, failed.delivered, failed.code) == ("", False, "UNDELIV")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "JSON"),
        (b'{"phone_number": "138"}', "数组"),
        (_push(["x"]), "对象"),
        (_push([{**REPORT_PUSH[0], "success": 1}]), "success"),
        (_push([{k: v for k, v in REPORT_PUSH[0].items() if k != "biz_id"}]), "biz_id"),
        (_push([{k: v for k, v in REPORT_PUSH[0].items() if k != "phone_number"}]), "phone_number"),
        (_push([{**REPORT_PUSH[0], "report_time": "2026/03/01 10:00"}]), "report_time"),
        ('[{"a": "\xff"}]'.encode("latin-1"), "JSON"),
    ],
    ids=[
        "not-json",
        "not-array",
        "item-not-object",
        "success-not-bool",
        "no-biz-id",
        "no-phone",
        "bad-time",
        "not-utf8",
    ],
)
def test_parse_reports_rejects_malformed_body_with_reason(sms: AliyunSms, body: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        sms.parse_reports(body)


def test_parse_reports_accepts_empty_batch(sms: AliyunSms) -> None:
    assert sms.parse_reports(b"[]") == []


REPLY_NEW = {
    "phone_number": "13811111111",
    "content": "1",
    "send_time": "2026-03-01 10:05:00",
    "dest_code": "1234",
    "sequence_id": "1234567890",
}


def test_parse_replies_accepts_sequence_id_as_string_or_number(sms: AliyunSms) -> None:
    older = {**REPLY_NEW, "sequence_id": 1234567890, "sign_name": "某某市中医医院"}

    newer_reply, older_reply = sms.parse_replies(_push([REPLY_NEW, older]))

    assert newer_reply.sequence_id == older_reply.sequence_id == "1234567890"
    assert (newer_reply.phone, newer_reply.content, newer_reply.dest_code) == ("13811111111", "1", "1234")
    assert newer_reply.sent_at == datetime(2026, 3, 1, 10, 5, tzinfo=SHANGHAI)
    assert newer_reply.extra == {}
    assert older_reply.extra == {"sign_name": "某某市中医医院"}


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ({k: v for k, v in REPLY_NEW.items() if k != "sequence_id"}, "sequence_id"),
        ({**REPLY_NEW, "sequence_id": True}, "sequence_id"),
        ({**REPLY_NEW, "sequence_id": 12.5}, "sequence_id"),
        ({k: v for k, v in REPLY_NEW.items() if k != "content"}, "content"),
        ({**REPLY_NEW, "phone_number": ""}, "phone_number"),
        ({**REPLY_NEW, "send_time": "yesterday"}, "send_time"),
    ],
    ids=["no-sequence-id", "bool-sequence-id", "float-sequence-id", "no-content", "empty-phone", "bad-time"],
)
def test_parse_replies_rejects_malformed_item_with_reason(sms: AliyunSms, item: dict[str, object], reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        sms.parse_replies(_push([item]))


def test_parse_replies_rejects_non_array_body(sms: AliyunSms) -> None:
    with pytest.raises(ValueError, match="数组"):
        sms.parse_replies(_push(REPLY_NEW))
