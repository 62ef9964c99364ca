"""ASGI middleware: request context and security headers, cross-site request refusal, body size limit."""

from __future__ import annotations

import json
import logging
import time
import uuid
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.services.context import RequestMeta, reset_meta, set_meta

REQUEST_ID_HEADER = b"x-request-id"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
log = logging.getLogger("backend.access")
# Swagger UI (development only) is an inline script loading its bundle from a CDN: no policy there.
_NO_POLICY_PATHS = ("/api/docs",)


def content_security_policy(agent_urls: tuple[str, ...] = ()) -> str:
    """The Content-Security-Policy of every response. Why each exception is there (README, 安全):

    - script-src 'unsafe-eval': amis compiles its expressions, adaptors and custom actions with
      `new Function`; without it no amis page renders. Inline scripts stay forbidden: the admin
      shell starts from /admin-assets/js/amis-*.js and reads its schema from a JSON data block.
    - style-src 'unsafe-inline': amis and React set inline styles (widths, positions, colours).
    - img-src/font-src data: blob:: amis' icons and fonts are data: URLs; charts export blobs.
    - connect-src: the desk recording-box and SIM-box agents on the staff PC (ws://127.0.0.1:...).
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
                ]
                if not scope["path"].startswith(_NO_POLICY_PATHS):
                    extra.append((b"content-security-policy", self.policy))
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            log.info(
                "%s %s %s %.0fms %s",
                scope["method"],
                scope["path"],
                status,
                (time.perf_counter() - started) * 1000,
                request_id,
            )
            reset_meta(token)


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


class BodySizeLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, before the application parses them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit():
            if int(declared) > self.max_bytes:
                await self._reject(send)
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
            if size > self.max_bytes:
                await self._reject(send)
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

    async def _reject(self, send: Send) -> None:
        await _reply(send, 413, f"请求体过大（上限 {self.max_bytes // 1024} KB）", "http_413")

