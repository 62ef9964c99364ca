"""Retrying transient failures (429, 5xx, connection errors) with exponential back-off.

A 429 says the provider is shedding load: hammering it again at once only extends the throttle,
so every retry waits, doubling each time, and a Retry-After header is honoured (capped, so a
staff member is never left waiting minutes for one answer). Permanent errors are not retried.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from integrations.llm.base import LlmError, LlmRateLimited, LlmRejected, LlmUnavailable

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 2
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 8.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `attempt` (1-based), with a little jitter."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_backoff_seconds)
        base = self.backoff_seconds * (2 ** (attempt - 1))
        return min(base * (1 + random.random() / 4), self.max_backoff_seconds)


class RetryableStatus(LlmError):
    """Internal: a transient answer that may be retried; `final` is what to raise after the last try."""

    def __init__(self, final: LlmError, retry_after: float | None = None) -> None:
        super().__init__(final.message, status=final.status, detail=final.detail)
        self.final = final
        self.retry_after = retry_after


def error_for_status(status: int, detail: str, retry_after: float | None = None) -> LlmError:
    """Our exception for an HTTP error status from a chat API (OpenAI, DeepSeek and Ark agree)."""
    if status == 429:
        return RetryableStatus(
            LlmRateLimited("AI 服务繁忙（调用频率或额度超限），请稍后再试", status=status, detail=detail), retry_after
        )
    if status >= 500:
        return RetryableStatus(LlmUnavailable("AI 服务暂时不可用，请稍后再试", status=status, detail=detail))
    if status in (401, 403):
        return LlmRejected("AI 服务拒绝了密钥（请管理员检查 AI 服务配置）", status=status, detail=detail)
    if status == 404:
        return LlmRejected("AI 服务找不到该模型或地址（请管理员检查 AI 服务配置）", status=status, detail=detail)
    return LlmRejected("AI 服务拒绝了请求", status=status, detail=detail)


def retry_after_of(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


async def with_retries(policy: RetryPolicy, call: Callable[[], Awaitable[T]]) -> T:
    """Run `call`; retry it while it raises a transient error and retries are left."""
    attempt = 0
    while True:
        try:
            return await call()
        except RetryableStatus as exc:
            attempt += 1
            if attempt > policy.max_retries:
                raise exc.final from None
            await asyncio.sleep(policy.delay(attempt, exc.retry_after))
        except LlmUnavailable:
            attempt += 1
            if attempt > policy.max_retries:
                raise
            await asyncio.sleep(policy.delay(attempt))
