"""ASGI middleware: request context and security headers, cross-site request refusal, body size limit."""

from __future__ import annotations

import html
import json
import logging
import re
import time
import uuid
from urllib.parse import parse_qsl, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.services.context import RequestMeta, reset_meta, set_meta

REQUEST_ID_HEADER = b"x-request-id"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
log = logging.getLogger("backend.access")


def content_security_policy(agent_urls: tuple[str, ...] = ()) -> str:
    """The Content-Security-Policy of every response. Why each exception is there (README, 安全):

    - script-src 'unsafe-eval': amis compiles its expressions, adaptors and custom actions with
      `new Function`; without it no amis page renders. Inline scripts stay forbidden: the admin
      shell starts from /admin-assets/js/amis-*.js and reads its schema from a JSON data block.
    - style-src 'unsafe-inline': amis and React set inline styles (widths, positions, colours).
    - img-src/font-src data: blob:: amis' icons and fonts are data: URLs; charts export blobs.
    - connect-src: the desk recording-box and SIM-box agents on the staff PC (ws://127.0.0.1:...),
      and the PBX's SIP-over-WebSocket address for the browser softphone (DIALER__SOFTPHONE_WS_URL).
    """
    origins = sorted({_origin(url) for url in agent_urls if _origin(url)})
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            "worker-src 'self' blob:",
            " ".join(["connect-src 'self'", *origins]),
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


async def _reply(send: Send, status: int, detail: str, code: str) -> None:
    body = json.dumps(
        {"detail": detail, "msg": detail, "status": status, "code": code, "errors": []}, ensure_ascii=False
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RequestContextMiddleware:
    """Binds client address, user agent and a request id to the request for audit rows, writes an
    access log line without the query string (which may carry a phone number), and adds the
    security headers (Content-Security-Policy among them) to every response."""

    def __init__(self, app: ASGIApp, policy: str | None = None) -> None:
        self.app = app
        self.policy = (policy or content_security_policy()).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(REQUEST_ID_HEADER, b"").decode("latin-1")[:64]
        request_id = incoming if incoming and incoming.replace("-", "").isalnum() else uuid.uuid4().hex
        client = scope.get("client")
        meta = RequestMeta(
            ip=client[0] if client else "",
            user_agent=headers.get(b"user-agent", b"").decode("utf-8", "replace")[:255],
            request_id=request_id,
        )
        scope.setdefault("state", {})["request_id"] = request_id
        token = set_meta(meta)
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                extra = [
                    (REQUEST_ID_HEADER, request_id.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"SAMEORIGIN"),
                    (b"referrer-policy", b"same-origin"),
                    (b"content-security-policy", self.policy),
                ]
                headers = list(message.get("headers", []))
                # A page that sets its own (the patient's H5 page: no referrer at all) keeps it:
                # two values of one policy header leave the browser to pick one.
                present = {name.lower() for name, _ in headers}
                message["headers"] = headers + [(name, value) for name, value in extra if name not in present]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            log.info(
                "%s %s %s %.0fms %s",
                scope["method"],
                loggable_path(scope["path"]),
                status,
                (time.perf_counter() - started) * 1000,
                request_id,
            )
            reset_meta(token)


# Paths that carry a credential: a patient's questionnaire link is valid for days, so the log
# keeps the route, not the token.
# (also a bedside code's /h5/q/bed/<template>/<token>, and the page's data under /api/v1/h5/q/)
_SECRET_PATHS = re.compile(r"^(/(?:api/v1/)?h5/q/).+")


def loggable_path(path: str) -> str:
    return _SECRET_PATHS.sub(r"\1***", path)


class CrossSiteRequestMiddleware:
    """Refuses state-changing requests sent by a page of another origin.

    Browsers attach our session cookie to any request to our host; SameSite=Strict stops other
    sites, but not other web apps on the same hospital host under a different port. A browser
    always says where a request comes from (Origin, Sec-Fetch-Site), so a mismatch is refused.
    Non-browser clients (H5 app, integrations) send neither header and use Bearer tokens.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        fetch_site = headers.get(b"sec-fetch-site", b"").decode("latin-1")
        origin = headers.get(b"origin", b"").decode("latin-1")
        host = headers.get(b"host", b"").decode("latin-1")
        cross = fetch_site not in ("", "same-origin", "none")
        if origin and origin != "null":
            cross = cross or urlsplit(origin).netloc != host
        elif origin == "null":
            cross = True
        if cross:
            await _reply(send, 403, "拒绝跨站请求", "cross_site")
            return
        await self.app(scope, receive, send)


# (methods, path pattern, largest body) of a route that allows more than the global limit
RouteLimit = tuple[frozenset[str], re.Pattern[str], int]


class BodySizeLimitMiddleware:
    """Refuses request bodies over the limit with 413, before the application parses them: the
    route's own limit where it declares one (a desk agent's 50 MB recording), else `max_bytes`."""

    def __init__(self, app: ASGIApp, max_bytes: int, routes: tuple[RouteLimit, ...] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.routes = routes

    def _limit(self, scope: Scope) -> int:
        for methods, pattern, limit in self.routes:
            if scope["method"] in methods and pattern.match(scope["path"]):
                return limit
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit():
            if int(declared) > limit:
                await self._reject(send, limit)
                return
            await self.app(scope, receive, send)
            return
        # No declared length (chunked): read up to the limit first, then replay it.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self._reject(send, limit)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _reject(send: Send, limit: int) -> None:
        size = f"{limit // 1024 // 1024} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
        await _reply(send, 413, f"请求体过大（上限 {size}）", "http_413")


# C0 controls and DEL, except tab, line feed and carriage return (a pasted note keeps its lines).
# PostgreSQL refuses NUL in text, and no name, note or answer has a reason to carry the others.
_CONTROL = frozenset(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
MAX_JSON_DEPTH = 32
_PATIENT_PAGES = ("/h5/q/", "/api/v1/h5/q/")  # the page and the data it loads
# Far beyond any id or count we store (64-bit), short of what a database column cannot hold.
MAX_JSON_INT = 2**63 - 1


def _has_control(text: str) -> bool:
    return not _CONTROL.isdisjoint(text)


def _json_problem(value: object, field: str = "body") -> tuple[str, str] | None:
    """The first (field, message) wrong with a parsed JSON body, walked without recursion."""
    stack: list[tuple[object, str, int]] = [(value, field, 1)]
    while stack:
        item, where, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return where, f"嵌套层级不能超过 {MAX_JSON_DEPTH} 层"
        if isinstance(item, str):
            if _has_control(item):
                return where, "不能包含控制字符"
        elif isinstance(item, bool) or item is None or isinstance(item, float):
            continue
        elif isinstance(item, int):
            if abs(item) > MAX_JSON_INT:
                return where, "数值超出范围"
        elif isinstance(item, dict):
            for key, child in item.items():
                if _has_control(key):
                    return where, "字段名不能包含控制字符"
                stack.append((child, f"{where}.{key}", depth + 1))
        elif isinstance(item, list):
            stack.extend((child, f"{where}.{index}", depth + 1) for index, child in enumerate(item))
    return None


class InputGuardMiddleware:
    """Refuses, with a 422 naming the field, text the application must never see: NUL and other
    control characters in the path, the query or a JSON body, JSON nested deeper than
    MAX_JSON_DEPTH and integers beyond 64 bits. One place for every route, the admin's and the
    providers' pushes included, so no handler, parser or database meets them (a NUL is a 500 on
    PostgreSQL, deep nesting a RecursionError in json and pydantic).
    Runs inside the size limit, so the body it reads is already bounded.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._url_problem(scope)
        if problem is not None:
            await _refuse(send, *problem)
            return
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if scope["method"] in SAFE_METHODS or not (content_type == b"" or content_type.endswith(b"json")):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        problem = self._body_problem(body)
        if problem is not None:
            await _refuse(send, *problem)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    def _url_problem(scope: Scope) -> tuple[str, str] | None:
        # The patient's questionnaire link answers any broken link with a friendly message (链接无效),
        # not a field error; its token is checked against its signature before anything reads it.
        friendly = scope["method"] == "GET" and scope["path"].startswith(_PATIENT_PAGES)
        if _has_control(scope["path"]) and not friendly:
            return "path", "不能包含控制字符"
        query = scope.get("query_string", b"").decode("latin-1")
        for name, value in parse_qsl(query, keep_blank_values=True, encoding="utf-8", errors="replace"):
            if _has_control(name) or _has_control(value):
                return f"query.{name if not _has_control(name) else '?'}", "不能包含控制字符"
        return None

    @staticmethod
    def _body_problem(body: bytes) -> tuple[str, str] | None:
        if not body.strip():
            return None
        try:
            parsed = json.loads(body)
        except RecursionError:
            return "body", f"嵌套层级不能超过 {MAX_JSON_DEPTH} 层"
        except json.JSONDecodeError:
            return None  # not JSON: the route's own parser answers (a 422 JSON 格式错误 on the API)
        except ValueError:
            return "body", "数值超出范围"  # an integer of more than 4300 digits
        return _json_problem(parsed)


async def _refuse(send: Send, field: str, message: str) -> None:
    detail = f"输入有误：{field}：{message}"
    body = json.dumps(
        {
            "detail": detail,
            "msg": html.escape(detail, quote=False),  # a query parameter's name is the caller's text
            "status": 422,
            "code": "invalid_input",
            "errors": [{"field": field, "message": message}],
        },
        ensure_ascii=False,
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 422,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
