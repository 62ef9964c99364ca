"""Aliyun SMS (dysmsapi 2017-05-25) through aliyun-python-sdk-core.

Why it is built the way it is:

- The SDK is synchronous (vendored `requests`), so every call runs in this driver's own thread
  pool; the event loop never blocks and the pool size bounds concurrent HTTP connections.
- SendSms is not idempotent: a retried call may deliver twice. The SDK's auto-retry is therefore
  switched off, and a timeout or transport error is reported as `SendVerdict.UNKNOWN`. The service
  then asks `find_sent` (QuerySendDetails by OutId) before it ever sends the same key again.
- The domain and protocol are configurable so the same code talks to a loopback server in tests.
- Aliyun's HTTP pushes (SmsReport, SmsUp) carry Asia/Shanghai wall-clock times without an offset;
  they are returned as tz-aware datetimes.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any

from aliyunsdkcore.acs_exception.exceptions import ClientException, ServerException
from aliyunsdkcore.client import AcsClient
from aliyunsdkcore.request import CommonRequest

from backend.clock import SHANGHAI
from integrations.sms.base import (
    DeliveryReport,
    InboundSms,
    SendResult,
    SendVerdict,
    SmsQueryError,
    SmsSend,
)

logger = logging.getLogger(__name__)

_STRING_TO_SIGN = "string to sign is:"


def _no_string_to_sign(record: logging.LogRecord) -> bool:
    return _STRING_TO_SIGN not in record.getMessage()


# On a refused signature Aliyun echoes the whole string-to-sign (phone numbers, patient names in
# TemplateParam) and the SDK logs it at ERROR level: keep patient data out of the logs.
logging.getLogger("aliyunsdkcore.client").addFilter(_no_string_to_sign)

API_VERSION = "2017-05-25"
DEFAULT_ENDPOINT = "dysmsapi.aliyuncs.com"
BATCH_LIMIT = 100  # SendBatchSms accepts at most 100 numbers per call
QUERY_PAGE_SIZE = 50  # QuerySendDetails allows 1..50
_PUSH_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

V = SendVerdict

#: Every `Code` Aliyun documents for the SMS API, plus the POP gateway's own codes, mapped to what
#: the service should do. A code missing here is REJECTED with the code kept for the admin: an
#: unknown refusal must neither be retried blindly nor be mistaken for success.
CODE_VERDICTS: Mapping[str, SendVerdict] = {
    "OK": V.SUBMITTED,
    # transient: back off and try again
    "isv.BUSINESS_LIMIT_CONTROL": V.RETRY_LATER,  # per-number flow control (minute/hour/day)
    "isp.SYSTEM_ERROR": V.RETRY_LATER,
    "Throttling.User": V.RETRY_LATER,  # POP gateway flow control: refused before sending
    "SignatureNonceUsed": V.RETRY_LATER,  # a fresh nonce is drawn on the next call
    # this number will never work
    "isv.MOBILE_NUMBER_ILLEGAL": V.INVALID_NUMBER,
    # this message (template, variables, content) is wrong: fix it, do not retry as is
    "isv.SMS_TEMPLATE_ILLEGAL": V.REJECTED,
    "isv.INVALID_PARAMETERS": V.REJECTED,
    "isv.INVALID_JSON_PARAM": V.REJECTED,
    "isv.TEMPLATE_MISSING_PARAMETERS": V.REJECTED,
    "isv.PARAM_LENGTH_LIMIT": V.REJECTED,
    "isv.PARAM_NOT_SUPPORT_URL": V.REJECTED,
    "isv.BLACK_KEY_CONTROL_LIMIT": V.REJECTED,
    "isv.MOBILE_COUNT_OVER_LIMIT": V.REJECTED,
    # the account or its set-up is wrong: every message would fail, alert the admin
    "isp.RAM_PERMISSION_DENY": V.CONFIG_ERROR,
    "isv.OUT_OF_SERVICE": V.CONFIG_ERROR,
    "isv.PRODUCT_UN_SUBSCRIPT": V.CONFIG_ERROR,
    "isv.PRODUCT_UNSUBSCRIBE": V.CONFIG_ERROR,
    "isv.ACCOUNT_NOT_EXISTS": V.CONFIG_ERROR,
    "isv.ACCOUNT_ABNORMAL": V.CONFIG_ERROR,
    "isv.SMS_SIGNATURE_ILLEGAL": V.CONFIG_ERROR,
    "isv.SMS_SIGNATURE_SCENE_ILLEGAL": V.CONFIG_ERROR,
    "isv.AMOUNT_NOT_ENOUGH": V.CONFIG_ERROR,
    "isv.EXTEND_CODE_ERROR": V.CONFIG_ERROR,
    "isv.DOMESTIC_NUMBER_NOT_SUPPORTED": V.CONFIG_ERROR,
    "isv.DENY_IP_RANGE": V.CONFIG_ERROR,
    "SignatureDoesNotMatch": V.CONFIG_ERROR,
    "InvalidAccessKeySecret": V.CONFIG_ERROR,  # the SDK's name for a signature made with a wrong secret
    "InvalidAccessKeyId.NotFound": V.CONFIG_ERROR,
    "InvalidAccessKeyId.Inactive": V.CONFIG_ERROR,
    "InvalidTimeStamp.Expired": V.CONFIG_ERROR,  # the server clock is off by more than 15 minutes
    "Forbidden.RAM": V.CONFIG_ERROR,
}

#: SDK client-side codes meaning the request may have reached Aliyun (timeout, reset, refused).
_TRANSPORT_CODES = frozenset({"SDK.HttpError", "SDK.ServerUnreachable"})


def verdict_for(code: str) -> SendVerdict:
    return CODE_VERDICTS.get(code, SendVerdict.REJECTED)


class AliyunSms:
    """The Aliyun SMS driver (see the module docstring for why it retries nothing itself)."""

    name = "aliyun"

    def __init__(
        self,
        *,
        access_key_id: str,
        access_key_secret: str,
        endpoint: str = DEFAULT_ENDPOINT,
        protocol: str = "https",
        region_id: str = "cn-hangzhou",
        connect_timeout: float = 3.0,
        read_timeout: float = 6.0,
        max_workers: int = 16,
        proxy: str | None = None,
    ) -> None:
        """`endpoint` is a host with an optional port ("127.0.0.1:8080" for a loopback server).

        `read_timeout` should stay >= 1 s (Aliyun's advice); every timeout is reported as UNKNOWN.
        `proxy` is an explicit HTTP(S) proxy URL; environment proxy variables are ignored so that
        what the driver talks to is decided by settings alone.
        """
        if protocol not in ("http", "https"):
            raise ValueError(f"protocol must be http or https, not {protocol!r}")
        self._endpoint = endpoint
        self._protocol = protocol
        self._client = AcsClient(
            access_key_id,
            access_key_secret,
            region_id,
            auto_retry=False,  # SendSms is not idempotent: never resend behind the caller's back
            max_retry_time=0,
            connect_timeout=connect_timeout,
            timeout=read_timeout,
            pool_size=max_workers,
            proxy={"http": proxy, "https": proxy},
        )
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="aliyun-sms")

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Wait for calls in flight, then close the HTTP connection pool."""
        await asyncio.to_thread(self._executor.shutdown, True)
        self._client.session.close()

    async def __aenter__(self) -> AliyunSms:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ sending

    async def send(self, message: SmsSend) -> SendResult:
        params = {
            "PhoneNumbers": message.phone,
            "SignName": message.sign_name,
            "TemplateCode": message.template_code,
            "TemplateParam": _json(message.params),
            "OutId": message.out_id,
        }
        if message.up_extend_code:
            params["SmsUpExtendCode"] = message.up_extend_code
        return await self._submit("SendSms", params)

    async def send_batch(self, messages: Sequence[SmsSend], *, out_id: str) -> SendResult:
        """Send one template to up to 100 numbers in one SendBatchSms call.

        Aliyun keeps one OutId and one BizId per call, so the whole batch has one result and one
        dedupe key (`out_id`); the per-message `out_id`s are not sent. All messages must share the
        template code. Meant for campaigns, where one patient's bad number failing the whole call
        is handled by falling back to single sends.
        """
        if not messages:
            raise ValueError("send_batch needs at least one message")
        if len(messages) > BATCH_LIMIT:
            raise ValueError(f"SendBatchSms takes at most {BATCH_LIMIT} numbers, got {len(messages)}")
        template_codes = {m.template_code for m in messages}
        if len(template_codes) != 1:
            raise ValueError(f"SendBatchSms takes one template code, got {sorted(template_codes)}")
        params = {
            "PhoneNumberJson": _json([m.phone for m in messages]),
            "SignNameJson": _json([m.sign_name for m in messages]),
            "TemplateCode": messages[0].template_code,
            "TemplateParamJson": _json([m.params for m in messages]),
            "OutId": out_id,
        }
        if any(m.up_extend_code for m in messages):
            params["SmsUpExtendCodeJson"] = _json([m.up_extend_code for m in messages])
        return await self._submit("SendBatchSms", params)

    async def _submit(self, action: str, params: dict[str, str]) -> SendResult:
        try:
            body = await self._call(action, params)
        except ServerException as exc:
            code, message = str(exc.get_error_code()), _redact(str(exc.get_error_msg()))
            status = exc.get_http_status() or 0
            if status >= 500:
                # The gateway failed somewhere between us and the carrier: it may have sent.
                return SendResult(SendVerdict.UNKNOWN, code=code, message=message)
            return SendResult(verdict_for(code), code=code, message=message)
        except ClientException as exc:
            code, message = str(exc.get_error_code()), str(exc.get_error_msg())
            if code in _TRANSPORT_CODES:
                return SendResult(SendVerdict.UNKNOWN, code=code, message=message)
            # Raised before anything went on the wire (bad region, missing credential).
            return SendResult(SendVerdict.CONFIG_ERROR, code=code, message=message)
        except ValueError as exc:
            # A 2xx answer that is not JSON: something in between answered; the send may have happened.
            return SendResult(SendVerdict.UNKNOWN, code="BadResponse", message=str(exc))
        code = str(body.get("Code", ""))
        return SendResult(
            verdict_for(code),
            biz_id=str(body.get("BizId") or ""),
            code=code,
            message=str(body.get("Message") or ""),
        )

    # ------------------------------------------------------------------ querying

    async def find_sent(self, phone: str, out_id: str, sent_on: date) -> DeliveryReport | None:
        """Look the out_id up in QuerySendDetails for that phone and day (paging 50 at a time)."""
        page = 1
        seen = 0
        while True:
            params = {
                "PhoneNumber": phone,
                "SendDate": sent_on.strftime("%Y%m%d"),
                "PageSize": str(QUERY_PAGE_SIZE),
                "CurrentPage": str(page),
            }
            try:
                body = await self._call("QuerySendDetails", params)
            except (ServerException, ClientException, ValueError) as exc:
                raise SmsQueryError(f"QuerySendDetails failed: {_redact(str(exc))}") from exc
            code = str(body.get("Code", ""))
            if code != "OK":
                raise SmsQueryError(f"QuerySendDetails answered {code}: {body.get('Message', '')}")
            rows = _detail_rows(body)
            for row in rows:
                if str(row.get("OutId") or "") == out_id:
                    return _detail_report(row, phone, out_id)
            seen += len(rows)
            total = int(body.get("TotalCount") or 0)
            if not rows or seen >= total:
                return None
            page += 1

    async def _call(self, action: str, params: Mapping[str, str]) -> dict[str, Any]:
        request = CommonRequest(domain=self._endpoint, version=API_VERSION, action_name=action)
        request.set_method("POST")
        request.set_protocol_type(self._protocol)
        request.set_accept_format("json")
        for key, value in params.items():
            # In the form body: TemplateParamJson for 100 numbers is too long for a URL.
            request.add_body_params(key, value)
        do: Callable[[CommonRequest], bytes] = self._client.do_action_with_exception
        loop = asyncio.get_running_loop()
        raw = await loop.run_in_executor(self._executor, do, request)
        parsed = json.loads(raw)
        if not isinstance(parsed, dict):
            raise ValueError(f"{action} answered {type(parsed).__name__}, not an object")
        return parsed

    # ------------------------------------------------------------------ pushes (Aliyun's JSON, see below)

    def parse_reports(self, body: bytes) -> list[DeliveryReport]:
        return parse_report_push(body)

    def parse_replies(self, body: bytes) -> list[InboundSms]:
        return parse_reply_push(body)


def parse_report_push(body: bytes) -> list[DeliveryReport]:
    """Parse an SmsReport push: a JSON array of receipts (out_id may be missing)."""
    reports = []
    for n, item in enumerate(_push_items(body, "状态报告")):
        where = f"第 {n + 1} 条状态报告"
        reports.append(
            DeliveryReport(
                phone=_required_str(item, "phone_number", where),
                out_id=_optional_str(item, "out_id", where),
                biz_id=_required_str(item, "biz_id", where),
                delivered=_bool(item, "success", where),
                code=_optional_str(item, "err_code", where),
                message=_optional_str(item, "err_msg", where),
                reported_at=_push_time(item, "report_time", where),
            )
        )
    return reports


def parse_reply_push(body: bytes) -> list[InboundSms]:
    """Parse an SmsUp push; sequence_id is a string in the newer doc and a number in the older."""
    replies = []
    known = {"phone_number", "content", "send_time", "dest_code", "sequence_id"}
    for n, item in enumerate(_push_items(body, "上行短信")):
        where = f"第 {n + 1} 条上行短信"
        sequence = item.get("sequence_id")
        if isinstance(sequence, bool) or not isinstance(sequence, str | int) or str(sequence) == "":
            raise ValueError(f"{where}: sequence_id 缺失或不是字符串/数字")
        extra = {key: str(value) for key, value in item.items() if key not in known and value is not None}
        replies.append(
            InboundSms(
                phone=_required_str(item, "phone_number", where),
                content=_optional_str(item, "content", where, required=True),
                sent_at=_push_time(item, "send_time", where),
                dest_code=_optional_str(item, "dest_code", where),
                sequence_id=str(sequence),
                extra=extra,
            )
        )
    return replies


# ---------------------------------------------------------------------- helpers


def _redact(message: str) -> str:
    """Drop the echoed string-to-sign: it carries the phone number and template variables."""
    head, found, _ = message.partition(_STRING_TO_SIGN)
    return f"{head}{found}<已隐去>" if found else message


def _json(value: object) -> str:
    # Chinese stays readable (and short: Aliyun limits variable lengths in characters).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _detail_rows(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    container = body.get("SmsSendDetailDTOs") or {}
    rows = container.get("SmsSendDetailDTO") if isinstance(container, dict) else None
    if rows is None:
        return []
    if isinstance(rows, dict):  # an XML-to-JSON quirk: a single row may come unwrapped
        return [rows]
    if not isinstance(rows, list):
        raise SmsQueryError("QuerySendDetails: SmsSendDetailDTO is not a list")
    return [row for row in rows if isinstance(row, dict)]


_SEND_STATUS: Mapping[int, bool | None] = {1: None, 2: False, 3: True}


def _detail_report(row: Mapping[str, Any], phone: str, out_id: str) -> DeliveryReport:
    try:
        delivered = _SEND_STATUS[int(row.get("SendStatus", 1))]
    except (KeyError, ValueError) as exc:
        raise SmsQueryError(f"QuerySendDetails: unknown SendStatus {row.get('SendStatus')!r}") from exc
    received = row.get("ReceiveDate")
    reported_at = None
    if received:
        try:
            reported_at = datetime.strptime(str(received), _PUSH_TIME_FORMAT).replace(tzinfo=SHANGHAI)
        except ValueError:
            logger.warning("QuerySendDetails: unreadable ReceiveDate %r", received)
    return DeliveryReport(
        phone=str(row.get("PhoneNum") or phone),
        out_id=out_id,
        biz_id=str(row.get("BizId") or ""),
        delivered=delivered,
        code=str(row.get("ErrCode") or ""),
        reported_at=reported_at,
    )


def _push_items(body: bytes, what: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{what}推送不是合法的 JSON：{exc}") from exc
    if not isinstance(data, list):
        raise ValueError(f"{what}推送应为 JSON 数组，收到 {type(data).__name__}")
    for n, item in enumerate(data):
        if not isinstance(item, dict):
            raise ValueError(f"{what}推送第 {n + 1} 项不是 JSON 对象")
    return data


def _required_str(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{where}: 缺少 {key}")
    return value


def _optional_str(item: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = item.get(key)
    if value is None:
        if required:
            raise ValueError(f"{where}: 缺少 {key}")
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"{where}: {key} 应为字符串")
    return str(value)


def _bool(item: Mapping[str, Any], key: str, where: str) -> bool:
    value = item.get(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise ValueError(f"{where}: {key} 应为布尔值，收到 {value!r}")


def _push_time(item: Mapping[str, Any], key: str, where: str) -> datetime | None:
    value = item.get(key)
    if value in (None, ""):
        return None
    try:
        return datetime.strptime(str(value), _PUSH_TIME_FORMAT).replace(tzinfo=SHANGHAI)
    except ValueError as exc:
        raise ValueError(f"{where}: {key} 时间格式应为 yyyy-MM-dd HH:mm:ss，收到 {value!r}") from exc
