"""A loopback Aliyun SMS endpoint (dysmsapi 2017-05-25, RPC style) for tests and benches.

It checks requests the way Aliyun's POP gateway does (HMAC-SHA1 signature over the percent-encoded,
sorted parameters from the query *and* the form body; key = secret + "&"; access key id; nonce
reuse; timestamp skew) and answers SendSms, SendBatchSms and QuerySendDetails with the real
response shapes. Numbers can be scripted to fail with a given code, or to be accepted and then
stall past the client's timeout (the message counts as sent: that is the case the service must
resolve with QuerySendDetails instead of sending twice). QuerySendDetails can be scripted to
fail or stall per number too, and a test can wait for a send to arrive (`wait_for_send`) to act
while the sender is still waiting for the answer (e.g. SIGKILL it).

uvicorn runs in its own thread and event loop, so a synchronous client (the SDK, a bench script)
and a blocked test loop cannot starve it. The listening socket is bound and listening before the
thread starts, so clients may connect at once (the kernel queues them): no start-up wait needed.

    async with AliyunLoopback("testid", "testsecret", latency=0.2) as server:
        sms = AliyunSms(access_key_id="testid", access_key_secret="testsecret",
                        endpoint=server.endpoint, protocol="http")
        ...
        assert server.total == 10_000 and server.max_per_out_id == 1
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import socket
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, quote

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from backend.clock import SHANGHAI

API_VERSION = "2017-05-25"
TIMESTAMP_SKEW = timedelta(minutes=15)
REQUIRED_COMMON = (
    "AccessKeyId",
    "Action",
    "Version",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
)


# ---------------------------------------------------------------------- the POP signature


def percent_encode(value: str) -> str:
    """POP percent-encoding: UTF-8, only A-Z a-z 0-9 - _ . ~ left as is (space -> %20, * -> %2A)."""
    return quote(value, safe="~")


def string_to_sign(method: str, params: dict[str, str]) -> str:
    canonical = "&".join(
        f"{percent_encode(k)}={percent_encode(v)}"
        for k, v in sorted(params.items(), key=lambda kv: percent_encode(kv[0]))
    )
    return f"{method.upper()}&{percent_encode('/')}&{percent_encode(canonical)}"


def sign(method: str, params: dict[str, str], secret: str) -> str:
    """The Signature of `params` (without Signature itself) under `secret`."""
    digest = hmac.new(f"{secret}&".encode(), string_to_sign(method, params).encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


# ---------------------------------------------------------------------- a uvicorn in a thread


class UvicornThread:
    """Serves an ASGI app on 127.0.0.1:<ephemeral> from its own thread and event loop.

    The socket listens before the thread starts, so the server is usable as soon as `start()`
    returns. Handlers that must hold a request open (to outlast a client timeout) await
    `released()`, which `stop()` sets before shutting uvicorn down, so shutdown never waits on them.
    """

    def __init__(self, app: Any) -> None:
        self._app = app
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._server: uvicorn.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._release: asyncio.Event | None = None
        self._loop_ready = threading.Event()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(1024)
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app, lifespan="off", log_level="warning", access_log=False, timeout_graceful_shutdown=5
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name=f"loopback-{self.port}", daemon=True)
        self._thread.start()
        self._loop_ready.wait()

    async def released(self) -> None:
        assert self._release is not None
        await self._release.wait()

    def stop(self) -> None:
        if self._thread is None or self._server is None:
            return
        if self._loop is not None and self._release is not None:
            self._loop.call_soon_threadsafe(self._release.set)
        self._server.should_exit = True
        self._thread.join()
        self._thread = None
        if self._socket is not None:
            self._socket.close()

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._release = asyncio.Event()
            self._loop_ready.set()
            assert self._server is not None and self._socket is not None
            await self._server.serve(sockets=[self._socket])

        asyncio.run(main())


# ---------------------------------------------------------------------- what the server remembers


@dataclass
class SentSms:
    """One message the endpoint accepted (one per number for SendBatchSms)."""

    action: str
    phone: str
    sign_name: str
    template_code: str
    template_param: str
    out_id: str
    up_extend_code: str
    biz_id: str
    sent_at: datetime
    send_status: int = 1  # 1 waiting for receipt, 2 failed, 3 delivered
    err_code: str = ""
    received_at: datetime | None = None


@dataclass
class Rejection:
    """A request refused by the gateway checks (signature, key, nonce, time)."""

    code: str
    status: int
    params: dict[str, str]


@dataclass
class Script:
    code: str
    message: str
    status: int = 200


@dataclass
class _State:
    requests: list[dict[str, str]] = field(default_factory=list)  # every verified request's parameters
    messages: list[SentSms] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    nonces: set[str] = field(default_factory=set)


class AliyunLoopback:
    """The endpoint. Use as an async (or sync) context manager; see the module docstring."""

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        *,
        latency: float = 0.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.latency = latency  # seconds the server takes to answer each request
        self._clock = clock or (lambda: datetime.now(SHANGHAI))
        self._state = _State()
        self._scripts: dict[str, Script] = {}
        self._stalled: set[str] = set()
        self._query_scripts: dict[str, Script] = {}
        self._query_stalled: set[str] = set()
        self._lock = threading.Lock()  # the test thread reads while the server thread writes
        self._accepted = threading.Condition(self._lock)  # notified on every accepted message
        self._runner = UvicornThread(Starlette(routes=[Route("/", self._handle, methods=["GET", "POST"])]))

    # ------------------------------------------------------------------ scripting

    def fail(self, phone: str, code: str, message: str = "", *, status: int = 200) -> None:
        """Refuse every send to `phone` with `code` (HTTP 200 like Aliyun's isv.* codes, or `status`)."""
        self._scripts[phone] = Script(code, message or code, status)

    def stall(self, phone: str) -> None:
        """Accept sends to `phone` (they are recorded as sent) and answer only at shutdown."""
        self._stalled.add(phone)

    def fail_queries(self, phone: str, code: str, message: str = "", *, status: int = 200) -> None:
        """Answer every QuerySendDetails for `phone` with `code` (HTTP 200 or `status`)."""
        self._query_scripts[phone] = Script(code, message or code, status)

    def stall_queries(self, phone: str) -> None:
        """Hold every QuerySendDetails for `phone` until shutdown (the client times out)."""
        self._query_stalled.add(phone)

    def clear(self, phone: str) -> None:
        """Forget every script for `phone` (sends and queries); requests held already stay held."""
        self._scripts.pop(phone, None)
        self._stalled.discard(phone)
        self._query_scripts.pop(phone, None)
        self._query_stalled.discard(phone)

    def wait_for_send(self, out_id: str, *, count: int = 1, timeout: float) -> bool:
        """Block until `count` messages with `out_id` were accepted; False after `timeout` seconds.

        The message is recorded before the answer goes out, so with `stall` the sender is still
        waiting for its answer when this returns. Blocking: call it through `asyncio.to_thread`
        from an async test.
        """
        with self._accepted:
            return self._accepted.wait_for(
                lambda: sum(m.out_id == out_id for m in self._state.messages) >= count, timeout
            )

    def deliver(self, out_id: str, *, success: bool = True, err_code: str = "") -> int:
        """Record a carrier receipt for the messages with `out_id`; returns how many."""
        with self._lock:
            hits = [m for m in self._state.messages if m.out_id == out_id]
            for m in hits:
                m.send_status = 3 if success else 2
                m.err_code = err_code or ("DELIVERED" if success else "UNDELIV")
                m.received_at = self._clock()
        return len(hits)

    # ------------------------------------------------------------------ what arrived

    @property
    def port(self) -> int:
        return self._runner.port

    @property
    def url(self) -> str:
        return self._runner.url

    @property
    def endpoint(self) -> str:
        """host:port, what `CommonRequest.set_domain` takes."""
        return f"127.0.0.1:{self.port}"

    @property
    def messages(self) -> list[SentSms]:
        with self._lock:
            return list(self._state.messages)

    @property
    def requests(self) -> list[dict[str, str]]:
        with self._lock:
            return list(self._state.requests)

    @property
    def rejections(self) -> list[Rejection]:
        with self._lock:
            return list(self._state.rejections)

    @property
    def total(self) -> int:
        """Messages accepted, one per number."""
        with self._lock:
            return len(self._state.messages)

    @property
    def received(self) -> Counter[str]:
        """Messages accepted per OutId."""
        with self._lock:
            return Counter(m.out_id for m in self._state.messages)

    @property
    def max_per_out_id(self) -> int:
        return max(self.received.values(), default=0)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> AliyunLoopback:
        self._runner.start()
        return self

    def stop(self) -> None:
        self._runner.stop()

    async def __aenter__(self) -> AliyunLoopback:
        return self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await asyncio.to_thread(self.stop)

    def __enter__(self) -> AliyunLoopback:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ the HTTP side

    async def _handle(self, request: Request) -> JSONResponse:
        request_id = str(uuid.uuid4()).upper()
        params = dict(parse_qsl(request.url.query, keep_blank_values=True))
        if request.method == "POST" and request.headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            body = (await request.body()).decode()
            params.update(parse_qsl(body, keep_blank_values=True))
        if self.latency:
            await asyncio.sleep(self.latency)  # the server taking its time, not test synchronisation
        refused = self._check_gateway(request.method, params)
        if refused is not None:
            code, status, message = refused
            with self._lock:
                self._state.rejections.append(Rejection(code, status, params))
            return _error(status, code, message, request_id)
        with self._lock:
            self._state.requests.append(params)
        action = params["Action"]
        if params["Version"] != API_VERSION:
            return _error(400, "InvalidVersion", "Specified parameter Version is not valid.", request_id)
        handler = {
            "SendSms": self._send_sms,
            "SendBatchSms": self._send_batch_sms,
            "QuerySendDetails": self._query_send_details,
        }.get(action)
        if handler is None:
            return _error(
                404,
                "InvalidAction.NotFound",
                "Specified api is not found, please check your url and method.",
                request_id,
            )
        return await handler(params, request_id)

    def _check_gateway(self, method: str, params: dict[str, str]) -> tuple[str, int, str] | None:
        missing = [name for name in (*REQUIRED_COMMON, "Signature") if not params.get(name)]
        if missing:
            return (
                "MissingParameter",
                400,
                f'The input parameter "{missing[0]}" that is mandatory for processing this request is not supplied.',
            )
        if params["SignatureMethod"] != "HMAC-SHA1" or params["SignatureVersion"] != "1.0":
            return "InvalidSignatureMethod", 400, "Specified signature method is not supported."
        if params["AccessKeyId"] != self.access_key_id:
            return "InvalidAccessKeyId.NotFound", 404, "Specified access key is not found."
        signed = {k: v for k, v in params.items() if k != "Signature"}
        expected = sign(method, signed, self.access_key_secret)
        if not hmac.compare_digest(expected, params["Signature"]):
            return (
                "SignatureDoesNotMatch",
                400,
                "Specified signature does not match our calculation. server string to sign is:"
                + string_to_sign(method, signed),
            )
        try:
            stamp = datetime.strptime(params["Timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return "InvalidTimeStamp.Format", 400, "Specified time stamp or date value is not well formatted."
        if abs(datetime.now(UTC) - stamp) > TIMESTAMP_SKEW:
            return "InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired."
        with self._lock:
            if params["SignatureNonce"] in self._state.nonces:
                return "SignatureNonceUsed", 400, "Specified signature nonce was used already."
            self._state.nonces.add(params["SignatureNonce"])
        return None

    async def _send_sms(self, params: dict[str, str], request_id: str) -> JSONResponse:
        for name in ("PhoneNumbers", "SignName", "TemplateCode"):
            if not params.get(name):
                return _missing(name, request_id)
        phones = params["PhoneNumbers"].split(",")
        if len(phones) > 1000:
            return _ok_shape("isv.MOBILE_COUNT_OVER_LIMIT", "号码数量超过限制", request_id)
        if params.get("TemplateParam"):
            try:
                json.loads(params["TemplateParam"])
            except json.JSONDecodeError:
                return _ok_shape("isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值", request_id)
        rows = [
            (phone, params["SignName"], params.get("TemplateParam", ""), params.get("SmsUpExtendCode", ""))
            for phone in phones
        ]
        return await self._accept("SendSms", rows, params, request_id)

    async def _send_batch_sms(self, params: dict[str, str], request_id: str) -> JSONResponse:
        for name in ("PhoneNumberJson", "SignNameJson", "TemplateCode"):
            if not params.get(name):
                return _missing(name, request_id)
        try:
            phones = json.loads(params["PhoneNumberJson"])
            signs = json.loads(params["SignNameJson"])
            values = json.loads(params.get("TemplateParamJson") or "null") or [None] * len(phones)
            codes = json.loads(params.get("SmsUpExtendCodeJson") or "null") or [""] * len(phones)
        except json.JSONDecodeError:
            return _ok_shape("isv.INVALID_JSON_PARAM", "JSON参数不合法", request_id)
        if len(phones) > 100:
            return _ok_shape("isv.MOBILE_COUNT_OVER_LIMIT", "号码数量超过限制", request_id)
        if not (len(phones) == len(signs) == len(values) == len(codes)):
            return _ok_shape("isv.INVALID_PARAMETERS", "参数异常: 签名、模板参数与号码数量不一致", request_id)
        rows = [
            (str(p), str(s), json.dumps(v, ensure_ascii=False) if v is not None else "", str(c or ""))
            for p, s, v, c in zip(phones, signs, values, codes, strict=True)
        ]
        return await self._accept("SendBatchSms", rows, params, request_id)

    async def _accept(
        self, action: str, rows: list[tuple[str, str, str, str]], params: dict[str, str], request_id: str
    ) -> JSONResponse:
        for phone, *_ in rows:
            script = self._scripts.get(phone)
            if script is not None:
                body = {"Code": script.code, "Message": script.message, "RequestId": request_id}
                return JSONResponse(body, status_code=script.status)
        biz_id = f"{uuid.uuid4().int % 10**18:018d}^0"
        now = self._clock()
        with self._lock:
            for phone, sign_name, template_param, up_code in rows:
                self._state.messages.append(
                    SentSms(
                        action=action,
                        phone=phone,
                        sign_name=sign_name,
                        template_code=params["TemplateCode"],
                        template_param=template_param,
                        out_id=params.get("OutId", ""),
                        up_extend_code=up_code,
                        biz_id=biz_id,
                        sent_at=now,
                    )
                )
            self._accepted.notify_all()
        if any(phone in self._stalled for phone, *_ in rows):
            await self._runner.released()  # accepted, but the answer never comes back in time
        return JSONResponse({"Code": "OK", "Message": "OK", "BizId": biz_id, "RequestId": request_id})

    async def _query_send_details(self, params: dict[str, str], request_id: str) -> JSONResponse:
        for name in ("PhoneNumber", "SendDate", "PageSize", "CurrentPage"):
            if not params.get(name):
                return _missing(name, request_id)
        try:
            day = datetime.strptime(params["SendDate"], "%Y%m%d").date()
            size, page = int(params["PageSize"]), int(params["CurrentPage"])
        except ValueError:
            return _ok_shape("isv.INVALID_PARAMETERS", "参数格式错误", request_id)
        if not 1 <= size <= 50 or page < 1:
            return _ok_shape("isv.INVALID_PARAMETERS", "PageSize 须在 1-50 之间", request_id)
        script = self._query_scripts.get(params["PhoneNumber"])
        if script is not None:
            body = {"Code": script.code, "Message": script.message, "RequestId": request_id}
            return JSONResponse(body, status_code=script.status)
        if params["PhoneNumber"] in self._query_stalled:
            await self._runner.released()  # the query never answers in time
        with self._lock:
            hits = [
                m
                for m in self._state.messages
                if m.phone == params["PhoneNumber"]
                and m.sent_at.astimezone(SHANGHAI).date() == day
                and (not params.get("BizId") or m.biz_id == params["BizId"])
            ]
        chunk = hits[(page - 1) * size : page * size]
        return JSONResponse(
            {
                "Code": "OK",
                "Message": "OK",
                "RequestId": request_id,
                "TotalCount": len(hits),
                "SmsSendDetailDTOs": {"SmsSendDetailDTO": [_detail(m) for m in chunk]},
            }
        )


def _detail(m: SentSms) -> dict[str, Any]:
    fmt = "%Y-%m-%d %H:%M:%S"
    return {
        "PhoneNum": m.phone,
        "SendStatus": m.send_status,
        "ErrCode": m.err_code,
        "TemplateCode": m.template_code,
        "Content": f"【{m.sign_name}】{m.template_param}",
        "SendDate": m.sent_at.astimezone(SHANGHAI).strftime(fmt),
        "ReceiveDate": m.received_at.astimezone(SHANGHAI).strftime(fmt) if m.received_at else "",
        "OutId": m.out_id,
    }


def _error(status: int, code: str, message: str, request_id: str) -> JSONResponse:
    return JSONResponse(
        {"RequestId": request_id, "HostId": "dysmsapi.aliyuncs.com", "Code": code, "Message": message},
        status_code=status,
    )


def _missing(name: str, request_id: str) -> JSONResponse:
    return _error(
        400,
        "MissingParameter",
        f'The input parameter "{name}" that is mandatory for processing this request is not supplied.',
        request_id,
    )


def _ok_shape(code: str, message: str, request_id: str) -> JSONResponse:
    """Business refusals come back as HTTP 200 with the code in the body, as Aliyun does."""
    return JSONResponse({"Code": code, "Message": message, "RequestId": request_id})
