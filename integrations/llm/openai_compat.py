"""DeepSeek and any OpenAI-compatible chat server (an intranet DeepSeek appliance, vLLM, Ollama),
spoken with plain httpx: POST {base_url}/chat/completions, Bearer key, `stream: true` answers as
server-sent events (`data: {...}` lines, closed by `data: [DONE]`).

Structured output: servers that take `response_format: {"type": "json_schema"}` (OpenAI, vLLM,
Ollama) get the schema there; DeepSeek only takes `{"type": "json_object"}`, so the schema goes
into the system message instead. Either way the service validates what comes back.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any, Literal

import httpx

from integrations.llm.base import (
    ChatRequest,
    ChatResult,
    LlmError,
    LlmTimeout,
    LlmUnavailable,
    Usage,
    estimate_tokens,
)
from integrations.llm.retry import RetryPolicy, error_for_status, retry_after_of, with_retries

JsonMode = Literal["json_schema", "json_object"]


def schema_instruction(request: ChatRequest) -> str:
    return "只输出一个 JSON 对象，不要输出其他文字，不要使用代码块。它必须符合以下 JSON Schema：\n" + json.dumps(
        request.json_schema, ensure_ascii=False
    )


def request_body(model: str, request: ChatRequest, json_mode: JsonMode, *, stream: bool) -> dict[str, Any]:
    messages = [{"role": m.role, "content": m.content} for m in request.messages]
    body: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
        "stream": stream,
    }
    if stream:
        body["stream_options"] = {"include_usage": True}
    if request.json_schema is not None:
        if json_mode == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": request.schema_name, "schema": request.json_schema, "strict": True},
            }
        else:
            body["response_format"] = {"type": "json_object"}
        # the instruction goes in either way: a server may ignore response_format, the schema stays stated
        messages.insert(0, {"role": "system", "content": schema_instruction(request)})
    return body


def parse_completion(payload: dict[str, Any], prompt_text: str) -> ChatResult:
    try:
        choice = payload["choices"][0]
        text = choice["message"].get("content") or ""
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise LlmUnavailable("AI 服务返回了无法识别的应答", detail=json.dumps(payload)[:500]) from exc
    return ChatResult(
        text=text,
        usage=usage_of(payload.get("usage"), prompt_text, text),
        model=str(payload.get("model") or ""),
        finish_reason=str(choice.get("finish_reason") or ""),
    )


def usage_of(raw: Any, prompt_text: str, text: str) -> Usage:
    if isinstance(raw, dict) and "prompt_tokens" in raw:
        return Usage(int(raw.get("prompt_tokens") or 0), int(raw.get("completion_tokens") or 0))
    return Usage(estimate_tokens(prompt_text), estimate_tokens(text))


def error_detail(body: bytes) -> str:
    """The vendor's error message ({"error": {"message": ...}} for OpenAI, DeepSeek and Ark)."""
    try:
        error = json.loads(body).get("error") or {}
        return f"{error.get('code') or error.get('type') or ''} {error.get('message') or ''}".strip()[:500]
    except (ValueError, AttributeError):
        return body[:500].decode("utf-8", "replace")


class SseStream:
    """An OpenAI-style streamed answer; iterate for the text deltas, then read `result`."""

    def __init__(self, client: OpenAICompatible, request: ChatRequest) -> None:
        self._client = client
        self._request = request
        self.result = ChatResult(text="", model=client.model)

    def __aiter__(self) -> AsyncIterator[str]:
        return self._deltas()

    async def _open(self) -> tuple[httpx.Response, Any]:
        body = request_body(self._client.model, self._request, self._client.json_mode, stream=True)
        context = self._client.http.stream("POST", self._client.url, json=body, headers=self._client.headers)
        try:
            response = await context.__aenter__()
        except httpx.TimeoutException as exc:
            raise LlmTimeout("AI 服务响应超时，请稍后再试") from exc
        except httpx.TransportError as exc:
            raise LlmUnavailable("无法连接 AI 服务，请稍后再试", detail=str(exc)) from exc
        if response.status_code != 200:
            raw = await response.aread()
            await context.__aexit__(None, None, None)
            raise error_for_status(
                response.status_code, error_detail(raw), retry_after_of(response.headers.get("retry-after"))
            )
        return response, context

    async def _deltas(self) -> AsyncIterator[str]:
        response, context = await with_retries(self._client.retry, self._open)
        parts: list[str] = []
        usage: Any = None
        try:
            async for line in response.aiter_lines():
                if not line.startswith("data:"):
                    continue  # blank separators, ": keep-alive" comments, "event:" lines
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                except ValueError as exc:
                    raise LlmUnavailable("AI 服务返回了无法识别的数据流", detail=data[:200]) from exc
                if isinstance(chunk.get("error"), dict):
                    raise LlmUnavailable("AI 服务在生成中途出错", detail=error_detail(data.encode()))
                usage = chunk.get("usage") or usage
                for choice in chunk.get("choices") or []:
                    delta = (choice.get("delta") or {}).get("content") or ""
                    if choice.get("finish_reason"):
                        self.result.finish_reason = choice["finish_reason"]
                    if delta:
                        parts.append(delta)
                        yield delta
            else:
                raise LlmUnavailable("AI 服务的数据流意外中断")
        except httpx.TimeoutException as exc:
            raise LlmTimeout("AI 服务长时间没有继续输出，已停止等待") from exc
        except httpx.TransportError as exc:
            raise LlmUnavailable("与 AI 服务的连接中断", detail=str(exc)) from exc
        finally:
            await context.__aexit__(None, None, None)
        text = "".join(parts)
        prompt = "".join(m.content for m in self._request.messages)
        self.result.text = text
        self.result.usage = usage_of(usage, prompt, text)


class OpenAICompatible:
    """DeepSeek (json_mode "json_object") or another OpenAI-compatible server ("json_schema")."""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None,
        name: str = "openai",
        json_mode: JsonMode = "json_schema",
        timeout_seconds: float = 30,
        stream_idle_seconds: float = 20,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.name = name
        self.model = model
        self.json_mode: JsonMode = json_mode
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.retry = retry or RetryPolicy()
        self.timeout_seconds = timeout_seconds
        # read: the longest silence between two pieces of a stream (a stalled stream ends there)
        timeout = httpx.Timeout(timeout_seconds, connect=min(5.0, timeout_seconds), read=stream_idle_seconds)
        self.http = httpx.AsyncClient(timeout=timeout, transport=transport, trust_env=False)

    async def chat(self, request: ChatRequest) -> ChatResult:
        body = request_body(self.model, request, self.json_mode, stream=False)

        async def once() -> ChatResult:
            try:
                response = await self.http.post(
                    self.url, json=body, headers=self.headers, timeout=httpx.Timeout(self.timeout_seconds)
                )
            except httpx.TimeoutException as exc:
                raise LlmTimeout("AI 服务响应超时，请稍后再试") from exc
            except httpx.TransportError as exc:
                raise LlmUnavailable("无法连接 AI 服务，请稍后再试", detail=str(exc)) from exc
            if response.status_code != 200:
                raise error_for_status(
                    response.status_code,
                    error_detail(response.content),
                    retry_after_of(response.headers.get("retry-after")),
                )
            try:
                payload = response.json()
            except ValueError as exc:
                raise LlmUnavailable("AI 服务返回了无法识别的应答", detail=response.text[:500]) from exc
            return parse_completion(payload, "".join(m.content for m in request.messages))

        return await with_retries(self.retry, once)

    def stream(self, request: ChatRequest) -> SseStream:
        return SseStream(self, request)

    async def aclose(self) -> None:
        await self.http.aclose()


__all__ = ["LlmError", "OpenAICompatible", "SseStream"]
