"""Doubao (豆包) through Volcengine Ark, with its own runtime SDK (`volcengine-ark-runtime`).

`AsyncArk` posts to {base_url}/chat/completions (default https://ark.cn-beijing.volces.com/api/v3)
with the API key as a Bearer token; the model is the Doubao model name or an Ark endpoint id
(ep-...). The SDK's own retries are switched off (`max_retries=0`) so Ark follows the same
back-off policy as the other adapters, and its exceptions map to ours here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
from volcenginesdkarkruntime import AsyncArk
from volcenginesdkarkruntime._exceptions import (
    ArkAPIConnectionError,
    ArkAPIStatusError,
    ArkAPITimeoutError,
    ArkError,
)

from integrations.llm.base import ChatRequest, ChatResult, LlmError, LlmTimeout, LlmUnavailable
from integrations.llm.openai_compat import error_detail, schema_instruction, usage_of
from integrations.llm.retry import RetryPolicy, error_for_status, retry_after_of, with_retries

DEFAULT_BASE_URL = "https://ark.cn-beijing.volces.com/api/v3"


def _mapped(exc: Exception) -> LlmError:
    if isinstance(exc, ArkAPITimeoutError | httpx.TimeoutException):
        return LlmTimeout("AI 服务响应超时，请稍后再试")
    if isinstance(exc, ArkAPIStatusError):
        return error_for_status(
            exc.status_code, error_detail(exc.response.content), retry_after_of(exc.response.headers.get("retry-after"))
        )
    if isinstance(exc, ArkAPIConnectionError | httpx.TransportError):
        return LlmUnavailable("无法连接 AI 服务，请稍后再试", detail=str(exc))
    return LlmUnavailable("AI 服务返回了无法识别的应答", detail=str(exc)[:500])


def _arguments(model: str, request: ChatRequest) -> dict[str, Any]:
    messages = [{"role": m.role, "content": m.content} for m in request.messages]
    arguments: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
    }
    if request.json_schema is not None:
        arguments["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": request.schema_name, "schema": request.json_schema, "strict": True},
        }
        messages.insert(0, {"role": "system", "content": schema_instruction(request)})
    return arguments


class ArkStream:
    def __init__(self, client: ArkDoubao, request: ChatRequest) -> None:
        self._client = client
        self._request = request
        self.result = ChatResult(text="", model=client.model)

    def __aiter__(self) -> AsyncIterator[str]:
        return self._deltas()

    async def _open(self) -> Any:
        try:
            return await self._client.sdk.chat.completions.create(
                **_arguments(self._client.model, self._request),
                stream=True,
                stream_options={"include_usage": True},
            )
        except (ArkError, httpx.HTTPError) as exc:
            raise _mapped(exc) from exc

    async def _deltas(self) -> AsyncIterator[str]:
        stream = await with_retries(self._client.retry, self._open)
        parts: list[str] = []
        usage: Any = None
        try:
            async for chunk in stream:
                if getattr(chunk, "usage", None) is not None:
                    usage = chunk.usage.model_dump()
                for choice in chunk.choices or []:
                    if choice.finish_reason:
                        self.result.finish_reason = str(choice.finish_reason)
                    delta = (choice.delta.content if choice.delta else None) or ""
                    if delta:
                        parts.append(delta)
                        yield delta
        except (ArkError, httpx.HTTPError) as exc:
            error = _mapped(exc)
            if isinstance(error, LlmTimeout):
                raise LlmTimeout("AI 服务长时间没有继续输出，已停止等待") from exc
            raise (getattr(error, "final", None) or error) from exc
        finally:
            await stream.close()
        text = "".join(parts)
        self.result.text = text
        self.result.usage = usage_of(usage, "".join(m.content for m in self._request.messages), text)


class ArkDoubao:
    name = "doubao"

    def __init__(
        self,
        *,
        api_key: str | None,
        model: str,
        base_url: str | None = None,
        timeout_seconds: float = 30,
        stream_idle_seconds: float = 20,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.model = model
        self.retry = retry or RetryPolicy()
        self.timeout_seconds = timeout_seconds
        timeout = httpx.Timeout(timeout_seconds, connect=min(5.0, timeout_seconds), read=stream_idle_seconds)
        # our own httpx client: no proxy settings from the environment (trust_env=False), the
        # intranet's model must not be reached through a proxy meant for the internet
        self._http = httpx.AsyncClient(timeout=timeout, trust_env=False)
        self.sdk = AsyncArk(
            api_key=api_key or "-",
            base_url=base_url or DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=0,
            http_client=self._http,
        )

    async def chat(self, request: ChatRequest) -> ChatResult:
        async def once() -> ChatResult:
            try:
                completion = await self.sdk.chat.completions.create(
                    **_arguments(self.model, request), timeout=httpx.Timeout(self.timeout_seconds)
                )
            except (ArkError, httpx.HTTPError) as exc:
                raise _mapped(exc) from exc
            choice = completion.choices[0] if completion.choices else None
            text = (choice.message.content if choice else "") or ""
            usage = completion.usage.model_dump() if completion.usage else None
            return ChatResult(
                text=text,
                usage=usage_of(usage, "".join(m.content for m in request.messages), text),
                model=completion.model or self.model,
                finish_reason=str(choice.finish_reason or "") if choice else "",
            )

        return await with_retries(self.retry, once)

    def stream(self, request: ChatRequest) -> ArkStream:
        return ArkStream(self, request)

    async def aclose(self) -> None:
        await self._http.aclose()
