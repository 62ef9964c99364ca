"""A carrier's 106 SMS gateway over HTTP(S): the contract a hospital hands its carrier.

Many hospitals buy SMS from China Mobile/Unicom/Telecom or a local integrator instead of Aliyun.
Those gateways take finished text (no server-side templates) and differ in every detail, so we
state one small contract and the carrier (or a thin shim on its side) implements it.

Contract (all bodies UTF-8 JSON; times Asia/Shanghai "yyyy-MM-dd HH:mm:ss"):

1. Send: ``POST {send_url}`` with
   ``{"account": "...", "timestamp": 1767225600, "phone": "13800000000",
   "content": "【某某医院】张三您好，请于3月1日复诊。", "out_id": "followup-123", "sign": "..."}``.
   ``sign`` = lowercase hex HMAC-SHA256, keyed with the shared secret, of the *canonical body*:
   every field except ``sign``, serialised as JSON with keys sorted, no spaces
   (``separators=(",", ":")``) and non-ASCII characters unescaped. The gateway rejects a
   timestamp more than 300 s away from its clock.
   ``out_id`` is our idempotency key: a repeated ``out_id`` must NOT send again; the gateway
   answers with the first result (same ``msg_id``). This is what makes a retry after a timeout safe.
   Answer: HTTP 200 ``{"code": 0, "msg": "ok", "msg_id": "..."}``. Codes:
   0 accepted · 1001 bad account/signature/timestamp · 1002 account disabled or out of balance ·
   2001 invalid phone number · 2002 content refused (keyword, length) · 3001 rate limited ·
   5000 internal error, nothing sent. Any other code is treated as a refusal of this message.
2. Status: ``GET {status_url}?account=&timestamp=&out_id=&sign=`` (sign over the same canonical
   form of those three fields, every value a JSON string as in the query) answers
   ``{"code": 0, "phone": "...", "msg_id": "...", "status": "pending" | "delivered" | "failed",
   "err_code": "...", "report_time": "..."}``, or ``{"code": 4004}`` when the out_id is unknown
   (never sent).
3. Pushes to our callback URLs (a secret path; answer ``{"code": 0, "msg": "接收成功"}``):
   receipts ``[{"out_id", "msg_id", "phone", "status": "delivered" | "failed", "err_code",
   "report_time"}]`` and replies ``[{"phone", "content", "received_at", "ext", "reply_id"}]``.

The driver prepends 【sign_name】 when the text does not start with a 【...】 signature: carriers
require it at the front of every 106 message.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import httpx

from backend.clock import SHANGHAI
from integrations.sms.base import (
    DeliveryReport,
    InboundSms,
    SendResult,
    SendVerdict,
    SmsQueryError,
    SmsSend,
)

V = SendVerdict
CODE_VERDICTS: Mapping[int, SendVerdict] = {
    0: V.SUBMITTED,
    1001: V.CONFIG_ERROR,
    1002: V.CONFIG_ERROR,
    2001: V.INVALID_NUMBER,
    2002: V.REJECTED,
    3001: V.RETRY_LATER,
    5000: V.RETRY_LATER,  # the contract says nothing was sent
}
NOT_FOUND = 4004
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def canonical(fields: Mapping[str, Any]) -> bytes:
    """The bytes that are signed: every field but `sign`, sorted keys, compact, UTF-8."""
    payload = {k: v for k, v in fields.items() if k != "sign"}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def signature(fields: Mapping[str, Any], secret: str) -> str:
    return hmac.new(secret.encode(), canonical(fields), hashlib.sha256).hexdigest()


_PLACEHOLDER = re.compile(r"\$\{(\w+)\}")


def render(message: SmsSend) -> str:
    """The finished text: Aliyun-style `${var}`s filled in and the 【signature】 in front.

    Text already rendered by the service passes unchanged (a lone "$" is just a character);
    a placeholder without a value raises KeyError rather than reaching a patient as "${name}".
    """
    text = _PLACEHOLDER.sub(lambda m: message.params[m.group(1)], message.content)
    if message.sign_name and not text.startswith("【"):
        text = f"【{message.sign_name}】{text}"
    return text


class HttpGatewaySms:
    """Driver for the contract above. One httpx client per driver; close it with `aclose()`."""

    name = "http"

    def __init__(
        self,
        *,
        send_url: str,
        status_url: str,
        account: str,
        secret: str,
        connect_timeout: float = 3.0,
        read_timeout: float = 6.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._send_url = send_url
        self._status_url = status_url
        self._account = account
        self._secret = secret
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            trust_env=False,  # where SMS goes is decided by settings, not by proxy variables
            transport=transport,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> HttpGatewaySms:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def _signed(self, fields: dict[str, Any], *, as_strings: bool = False) -> dict[str, Any]:
        fields = {"account": self._account, "timestamp": int(time.time()), **fields}
        if as_strings:  # query parameters arrive as strings: sign what the gateway will see
            fields = {k: str(v) for k, v in fields.items()}
        fields["sign"] = signature(fields, self._secret)
        return fields

    async def send(self, message: SmsSend) -> SendResult:
        if not message.content:
            return SendResult(V.REJECTED, code="NoContent", message="短信模板正文为空，网关只接受完整短信内容")
        try:
            text = render(message)
        except KeyError as exc:
            return SendResult(V.REJECTED, code="TemplateParams", message=f"模板变量缺失：{exc}")
        body = self._signed({"phone": message.phone, "content": text, "out_id": message.out_id})
        try:
            response = await self._client.post(self._send_url, json=body)
        except httpx.TransportError as exc:
            # Timeouts included: the gateway may have sent; the service asks find_sent.
            return SendResult(V.UNKNOWN, code=type(exc).__name__, message=str(exc))
        if response.status_code >= 500:
            return SendResult(V.UNKNOWN, code=f"HTTP{response.status_code}", message=response.text[:200])
        try:
            data = response.json()
            code = int(data["code"])
        except (ValueError, KeyError, TypeError):
            if response.is_success:
                return SendResult(V.UNKNOWN, code="BadResponse", message=response.text[:200])
            return SendResult(V.REJECTED, code=f"HTTP{response.status_code}", message=response.text[:200])
        return SendResult(
            CODE_VERDICTS.get(code, V.REJECTED),
            biz_id=str(data.get("msg_id") or ""),
            code=str(code),
            message=str(data.get("msg") or ""),
        )

    async def find_sent(self, phone: str, out_id: str, sent_on: date) -> DeliveryReport | None:
        """Ask the gateway by out_id (its idempotency key); `sent_on` is not needed by the contract."""
        try:
            response = await self._client.get(
                self._status_url, params=self._signed({"out_id": out_id}, as_strings=True)
            )
            response.raise_for_status()
            data = response.json()
            code = int(data["code"])
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise SmsQueryError(f"短信网关状态查询失败：{exc}") from exc
        if code == NOT_FOUND:
            return None
        if code != 0:
            raise SmsQueryError(f"短信网关状态查询返回 {code}：{data.get('msg', '')}")
        delivered = {"pending": None, "delivered": True, "failed": False}.get(str(data.get("status")))
        return DeliveryReport(
            phone=str(data.get("phone") or phone),
            out_id=out_id,
            biz_id=str(data.get("msg_id") or ""),
            delivered=delivered,
            code=str(data.get("err_code") or ""),
            reported_at=_time(data.get("report_time"), "report_time"),
        )

    def parse_reports(self, body: bytes) -> list[DeliveryReport]:
        reports = []
        for n, item in enumerate(_items(body, "状态报告")):
            status = item.get("status")
            if status not in ("delivered", "failed"):
                raise ValueError(f"第 {n + 1} 条状态报告: status 应为 delivered 或 failed，收到 {status!r}")
            if not item.get("phone") or not (item.get("out_id") or item.get("msg_id")):
                raise ValueError(f"第 {n + 1} 条状态报告: 缺少 phone 或 out_id/msg_id")
            reports.append(
                DeliveryReport(
                    phone=str(item["phone"]),
                    out_id=str(item.get("out_id") or ""),
                    biz_id=str(item.get("msg_id") or ""),
                    delivered=status == "delivered",
                    code=str(item.get("err_code") or ""),
                    reported_at=_time(item.get("report_time"), f"第 {n + 1} 条状态报告 report_time"),
                )
            )
        return reports

    def parse_replies(self, body: bytes) -> list[InboundSms]:
        replies = []
        for n, item in enumerate(_items(body, "上行短信")):
            if not item.get("phone") or not isinstance(item.get("content"), str):
                raise ValueError(f"第 {n + 1} 条上行短信: 缺少 phone 或 content")
            replies.append(
                InboundSms(
                    phone=str(item["phone"]),
                    content=item["content"],
                    sent_at=_time(item.get("received_at"), f"第 {n + 1} 条上行短信 received_at"),
                    dest_code=str(item.get("ext") or ""),
                    sequence_id=str(item.get("reply_id") or ""),
                )
            )
        return replies


def _items(body: bytes, what: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{what}推送不是合法的 JSON：{exc}") from exc
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ValueError(f"{what}推送应为 JSON 对象数组")
    return data


def _time(value: object, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        return datetime.strptime(str(value), _TIME_FORMAT).replace(tzinfo=SHANGHAI)
    except ValueError as exc:
        raise ValueError(f"{where} 时间格式应为 yyyy-MM-dd HH:mm:ss，收到 {value!r}") from exc
