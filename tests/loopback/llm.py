"""Loopback chat-completion servers speaking the wire of DeepSeek / OpenAI-compatible servers and of
Volcengine Ark (Doubao), for the LLM adapters' and the AI features' tests.

- OpenAI-compatible: POST /v1/chat/completions (DeepSeek: also /chat/completions), Bearer key;
  non-streamed answers as a `chat.completion` object; `stream: true` as server-sent events,
  `data: {chat.completion.chunk}` lines, a last chunk with `usage` when `stream_options.include_usage`,
  then `data: [DONE]`. The "deepseek" flavour refuses `response_format: json_schema` with a 400 as
  DeepSeek does (it only takes json_object).
- Ark: POST /api/v3/chat/completions, the same shapes plus Ark's error codes
  (`{"error": {"code": "RateLimitExceeded.EndpointRPMExceeded", "type": "TooManyRequests", ...}}`)
  and its `x-request-id` header.

Each request pops the next scripted behaviour (`answer`, `fail(status)`, `stall`), or else answers
with `responder(body)`. Every request body is kept in `requests`, so a test can assert on exactly
what reached the provider (the privacy leak test does).

    with ChatLoopback("deepseek") as server:
        server.responder = lambda body: '{"ok": true}'
        server.script.append(Fail(429))
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.loopback.aliyun import UvicornThread

Flavour = Literal["openai", "deepseek", "ark"]


@dataclass(frozen=True)
class Fail:
    status: int
    retry_after: str | None = None


@dataclass(frozen=True)
class Stall:
    """Non-streamed: never answer. Streamed: send the first piece, then nothing more."""


@dataclass(frozen=True)
class Answer:
    text: str


Behaviour = Fail | Stall | Answer

ARK_ERRORS = {
    401: ("AuthenticationError", "Unauthorized", "The API key or AK/SK in the request is missing or invalid."),
    404: ("InvalidEndpointOrModel.NotFound", "NotFound", "The model or endpoint does not exist."),
    429: ("RateLimitExceeded.EndpointRPMExceeded", "TooManyRequests", "Your account has exceeded the RPM limit."),
    500: ("InternalServiceError", "InternalServiceError", "The service encountered an unexpected internal error."),
    503: ("ServiceUnavailable", "ServiceUnavailable", "The service is temporarily unavailable."),
}
OPENAI_ERRORS = {
    401: ("invalid_api_key", "authentication_error", "Authentication Fails, Your api key is invalid"),
    404: ("model_not_found", "invalid_request_error", "Model Not Exist"),
    429: ("rate_limit_exceeded", "rate_limit_reached", "Rate limit reached for requests"),
    500: ("server_error", "server_error", "The server had an error while processing your request."),
    503: ("server_overloaded", "server_error", "The server is overloaded, please try again later."),
}


def prompt_tokens_of(body: dict[str, Any]) -> int:
    """A stable count the tests can predict: one token per character of every message."""
    return sum(len(m.get("content") or "") for m in body.get("messages") or [])


class ChatLoopback:
    def __init__(self, flavour: Flavour = "openai", *, api_key: str = "test-key", model: str = "test-model") -> None:
        self.flavour = flavour
        self.api_key = api_key
        self.model = model
        self.script: deque[Behaviour] = deque()
        self.responder: Callable[[dict[str, Any]], str] = lambda body: "好的"
        self.requests: list[dict[str, Any]] = []
        self.chunk_size = 6
        routes = [Route("/v1/chat/completions", self._chat, methods=["POST"])]
        if flavour == "deepseek":
            routes.append(Route("/chat/completions", self._chat, methods=["POST"]))
        if flavour == "ark":
            routes = [Route("/api/v3/chat/completions", self._chat, methods=["POST"])]
        self._thread = UvicornThread(Starlette(routes=routes))

    @property
    def base_url(self) -> str:
        return f"{self._thread.url}/api/v3" if self.flavour == "ark" else f"{self._thread.url}/v1"

    def __enter__(self) -> ChatLoopback:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._thread.stop()

    def received_text(self) -> str:
        """Every message content the provider was sent, joined (for leak assertions)."""
        return "\n".join(m.get("content") or "" for body in self.requests for m in body.get("messages") or [])

    # ------------------------------------------------------------------ the wire

    def _error(self, status: int, retry_after: str | None = None, message: str | None = None) -> Response:
        table = ARK_ERRORS if self.flavour == "ark" else OPENAI_ERRORS
        code, kind, text = table.get(status, ("invalid_request", "BadRequest", "bad request"))
        error: dict[str, Any] = {"code": code, "message": message or text, "param": "", "type": kind}
        if self.flavour != "ark":
            error["param"] = None
        headers = {"retry-after": retry_after} if retry_after else {}
        if self.flavour == "ark":
            headers["x-request-id"] = uuid.uuid4().hex
        return JSONResponse({"error": error}, status_code=status, headers=headers)

    async def _chat(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return self._error(401)
        try:
            body = await request.json()
        except ValueError:
            return self._error(400, message="invalid JSON body")
        if not isinstance(body.get("messages"), list) or not body.get("model"):
            return self._error(400, message="messages and model are required")
        if body["model"] != self.model:
            return self._error(404)
        response_format = (body.get("response_format") or {}).get("type")
        if self.flavour == "deepseek" and response_format == "json_schema":
            return self._error(400, message="This response_format type is unavailable now")
        self.requests.append(body)
        behaviour = self.script.popleft() if self.script else Answer(self.responder(body))
        if isinstance(behaviour, Fail):
            return self._error(behaviour.status, behaviour.retry_after)
        streamed = bool(body.get("stream"))
        if isinstance(behaviour, Stall) and not streamed:
            await self._thread.released()
            return self._error(503)
        text = behaviour.text if isinstance(behaviour, Answer) else self.responder(body)
        completion_id = ("" if self.flavour == "ark" else "chatcmpl-") + uuid.uuid4().hex
        usage = {
            "prompt_tokens": prompt_tokens_of(body),
            "completion_tokens": len(text),
            "total_tokens": prompt_tokens_of(body) + len(text),
        }
        headers = {"x-request-id": completion_id} if self.flavour == "ark" else {}
        if not streamed:
            return JSONResponse(
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop",
                            "logprobs": None,
                        }
                    ],
                    "usage": usage,
                },
                headers=headers,
            )
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        stall = isinstance(behaviour, Stall)
        return StreamingResponse(
            self._events(completion_id, body["model"], text, usage if include_usage else None, stall),
            media_type="text/event-stream",
            headers={"cache-control": "no-cache", **headers},
        )

    async def _events(
        self, completion_id: str, model: str, text: str, usage: dict[str, int] | None, stall: bool
    ) -> AsyncIterator[bytes]:
        def chunk(delta: dict[str, Any], finish: str | None, extra: dict[str, Any] | None = None) -> bytes:
            payload = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
                **(extra or {}),
            }
            return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()

        yield chunk({"role": "assistant", "content": ""}, None)
        pieces = [text[i : i + self.chunk_size] for i in range(0, len(text), self.chunk_size)]
        for number, piece in enumerate(pieces):
            yield chunk({"content": piece}, None)
            if stall and number == 0:
                await self._thread.released()
                return
            await asyncio.sleep(0)
        yield chunk({}, "stop")
        if usage is not None:
            yield (
                "data: "
                + json.dumps(
                    {
                        "id": completion_id,
                        "object": "chat.completion.chunk",
                        "model": model,
                        "choices": [],
                        "usage": usage,
                    }
                )
                + "\n\n"
            ).encode()
        yield b"data: [DONE]\n\n"
