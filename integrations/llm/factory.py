"""Building an LLM client from a provider's configuration (系统管理 → AI 服务), in one place."""

from __future__ import annotations

from dataclasses import dataclass

from integrations.llm.base import LlmClient
from integrations.llm.retry import RetryPolicy

DEEPSEEK_BASE_URL = "https://api.deepseek.com"


@dataclass(frozen=True, slots=True)
class ProviderConfig:
    kind: str  # "deepseek", "openai" (any OpenAI-compatible server), "doubao" (Ark)
    model: str
    base_url: str = ""
    api_key: str | None = None
    timeout_seconds: float = 30
    stream_idle_seconds: float = 20
    max_retries: int = 2
    backoff_seconds: float = 0.5


def build_client(config: ProviderConfig) -> LlmClient:
    retry = RetryPolicy(max_retries=config.max_retries, backoff_seconds=config.backoff_seconds)
    if config.kind == "doubao":
        from integrations.llm.ark import ArkDoubao

        return ArkDoubao(
            api_key=config.api_key,
            model=config.model,
            base_url=config.base_url or None,
            timeout_seconds=config.timeout_seconds,
            stream_idle_seconds=config.stream_idle_seconds,
            retry=retry,
        )
    if config.kind in ("deepseek", "openai"):
        from integrations.llm.openai_compat import OpenAICompatible

        if config.kind == "openai" and not config.base_url:
            raise ValueError("OpenAI 兼容服务须填写接口地址")
        return OpenAICompatible(
            base_url=config.base_url or DEEPSEEK_BASE_URL,
            model=config.model,
            api_key=config.api_key,
            name=config.kind,
            # DeepSeek's API takes json_object only; OpenAI, vLLM and Ollama take json_schema
            json_mode="json_object" if config.kind == "deepseek" else "json_schema",
            timeout_seconds=config.timeout_seconds,
            stream_idle_seconds=config.stream_idle_seconds,
            retry=retry,
        )
    raise ValueError(f"未知的 AI 服务类型：{config.kind}")
