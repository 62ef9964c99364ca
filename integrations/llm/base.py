"""The LLM port: what the services ask of any chat model (DeepSeek, Doubao through Ark, any
OpenAI-compatible server such as an intranet appliance, vLLM or Ollama).

Adapters know nothing of our models or of patients: they take messages and return text with
token counts. Privacy (de-identification), auditing and quotas are the service's job
(`backend.services.ai`). Transport and vendor errors map to the exceptions below, which carry
the Chinese message staff see; `transient` ones were retried with back-off before they surface.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: str  # "system", "user", "assistant"
    content: str


@dataclass(frozen=True, slots=True)
class ChatRequest:
    messages: list[ChatMessage]
    # A JSON schema the answer must follow (structured output); None for free text.
    json_schema: dict[str, Any] | None = None
    schema_name: str = "answer"
    max_tokens: int = 2000
    temperature: float = 0.2


@dataclass(slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(slots=True)
class ChatResult:
    text: str
    usage: Usage = field(default_factory=Usage)
    model: str = ""
    finish_reason: str = ""


class LlmError(RuntimeError):
    """A call failed; `message` is shown to staff (Chinese)."""

    transient = False
    code = "llm_error"

    def __init__(self, message: str, *, status: int | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.detail = detail  # the provider's own words, for the audit trail (never shown raw)


class LlmUnavailable(LlmError):
    """The provider is down or answered 5xx (after retries)."""

    transient = True
    code = "unavailable"


class LlmRateLimited(LlmError):
    """The provider answered 429 (after retries)."""

    transient = True
    code = "rate_limited"


class LlmTimeout(LlmError):
    """No answer, or a stream that stopped sending, within the timeout."""

    transient = True
    code = "timeout"


class LlmRejected(LlmError):
    """A permanent refusal: wrong key, unknown model, bad request, content filter."""

    code = "rejected"


class Stream(Protocol):
    """Text deltas as they arrive; `result` holds the whole text and usage once exhausted."""

    result: ChatResult

    def __aiter__(self) -> AsyncIterator[str]: ...


class LlmClient(Protocol):
    name: str  # "openai", "deepseek", "doubao"
    model: str

    async def chat(self, request: ChatRequest) -> ChatResult:
        """One answer. Raises an LlmError subclass; 429/5xx/connection errors are retried first."""

    def stream(self, request: ChatRequest) -> Stream:
        """The answer as it is generated. Retries happen only before the first delta arrives."""

    async def aclose(self) -> None: ...


def estimate_tokens(text: str) -> int:
    """A fallback count when a server reports no usage: about one token per CJK character and one
    per four other characters (the ratio DeepSeek's and Doubao's tokenizers show on Chinese)."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk + max(0, len(text) - cjk) // 4
