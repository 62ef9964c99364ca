"""Every adapter path against loopback servers speaking the real wire: DeepSeek (json_object),
an OpenAI-compatible appliance (json_schema) and Doubao through Ark's own SDK."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from integrations.llm.base import (
    ChatMessage,
    ChatRequest,
    LlmClient,
    LlmRateLimited,
    LlmRejected,
    LlmTimeout,
    LlmUnavailable,
)
from integrations.llm.factory import ProviderConfig, build_client
from tests.loopback.llm import Answer, ChatLoopback, Fail, Stall, prompt_tokens_of

KINDS = {"deepseek": "deepseek", "openai": "openai", "doubao": "ark"}
SCHEMA = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}


@pytest.fixture(params=list(KINDS))
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server(kind: str) -> Iterator[ChatLoopback]:
    with ChatLoopback(KINDS[kind]) as loopback:  # type: ignore[arg-type]
        yield loopback


def client_for(kind: str, server: ChatLoopback, **overrides: object) -> LlmClient:
    options: dict[str, object] = {
        "kind": kind,
        "model": server.model,
        "base_url": server.base_url,
        "api_key": server.api_key,
        "timeout_seconds": 2,
        "stream_idle_seconds": 0.5,
        "max_retries": 2,
        "backoff_seconds": 0.01,
    }
    options.update(overrides)
    return build_client(ProviderConfig(**options))  # type: ignore[arg-type]


def ask(text: str = "你好", schema: dict | None = None) -> ChatRequest:
    return ChatRequest(messages=[ChatMessage("user", text)], json_schema=schema)


async def test_chat_returns_text_and_the_servers_token_counts(kind: str, server: ChatLoopback) -> None:
    server.responder = lambda body: "您好，我是随访助手"
    client = client_for(kind, server)
    result = await client.chat(ask("请自我介绍"))
    await client.aclose()
    assert result.text == "您好，我是随访助手"
    assert result.usage.prompt_tokens == prompt_tokens_of(server.requests[0])
    assert result.usage.completion_tokens == len("您好，我是随访助手")


async def test_structured_output_uses_each_servers_response_format(kind: str, server: ChatLoopback) -> None:
    server.responder = lambda body: '{"ok": true}'
    client = client_for(kind, server)
    result = await client.chat(ask("检查", SCHEMA))
    await client.aclose()
    assert json.loads(result.text) == {"ok": True}
    sent = server.requests[0]
    # DeepSeek refuses json_schema (the loopback answers 400 as DeepSeek does): it gets json_object
    assert sent["response_format"]["type"] == ("json_object" if kind == "deepseek" else "json_schema")
    assert '"required": ["ok"]' in sent["messages"][0]["content"]


async def test_streaming_yields_pieces_then_usage(kind: str, server: ChatLoopback) -> None:
    text = "出院后第七天，请询问血压、服药与复诊情况。"
    server.responder = lambda body: text
    client = client_for(kind, server)
    stream = client.stream(ask())
    pieces = [piece async for piece in stream]
    await client.aclose()
    assert len(pieces) > 2 and "".join(pieces) == text
    assert stream.result.text == text
    assert stream.result.usage.completion_tokens == len(text)
    assert server.requests[0]["stream"] is True


async def test_429_and_5xx_are_retried_with_backoff(kind: str, server: ChatLoopback) -> None:
    server.script.extend([Fail(429, retry_after="0"), Fail(500)])
    server.responder = lambda body: "第三次成功"
    client = client_for(kind, server)
    assert (await client.chat(ask())).text == "第三次成功"
    server.script.extend([Fail(503)])
    pieces = [p async for p in client.stream(ask())]
    await client.aclose()
    assert "".join(pieces) == "第三次成功"
    assert len(server.requests) == 5


async def test_persistent_429_surfaces_as_rate_limited(kind: str, server: ChatLoopback) -> None:
    server.script.extend([Fail(429)] * 3)
    client = client_for(kind, server)
    with pytest.raises(LlmRateLimited) as caught:
        await client.chat(ask())
    await client.aclose()
    assert "繁忙" in caught.value.message and len(server.requests) == 3


async def test_persistent_5xx_in_a_stream_surfaces_as_unavailable(kind: str, server: ChatLoopback) -> None:
    server.script.extend([Fail(500)] * 3)
    client = client_for(kind, server)
    with pytest.raises(LlmUnavailable):
        [p async for p in client.stream(ask())]
    await client.aclose()
    assert len(server.requests) == 3


async def test_wrong_key_is_refused_without_retry(kind: str, server: ChatLoopback) -> None:
    client = client_for(kind, server, api_key="wrong")
    with pytest.raises(LlmRejected) as caught:
        await client.chat(ask())
    await client.aclose()
    assert "密钥" in caught.value.message
    assert server.requests == []  # refused at the door, and asked once only


async def test_unknown_model_is_refused(kind: str, server: ChatLoopback) -> None:
    client = client_for(kind, server, model="no-such-model")
    with pytest.raises(LlmRejected) as caught:
        await client.chat(ask())
    await client.aclose()
    assert "模型" in caught.value.message


async def test_stalled_stream_times_out_after_the_first_piece(kind: str, server: ChatLoopback) -> None:
    server.script.append(Stall())
    server.responder = lambda body: "不会发完的一段很长的回答内容"
    client = client_for(kind, server)
    received: list[str] = []
    with pytest.raises(LlmTimeout) as caught:
        async for piece in client.stream(ask()):
            received.append(piece)
    await client.aclose()
    assert received == ["不会发完的一"]
    assert "停止等待" in caught.value.message


async def test_unanswered_request_times_out(kind: str, server: ChatLoopback) -> None:
    server.script.append(Stall())
    client = client_for(kind, server, timeout_seconds=0.3)
    with pytest.raises(LlmTimeout):
        await client.chat(ask())
    await client.aclose()
    assert len(server.requests) == 1  # a timeout is not retried: staff are waiting


async def test_unreachable_server_is_unavailable(kind: str) -> None:
    config = ProviderConfig(
        kind=kind, model="m", base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=1, backoff_seconds=0.01
    )
    client = build_client(config)
    with pytest.raises(LlmUnavailable) as caught:
        await client.chat(ask())
    await client.aclose()
    assert "无法连接" in caught.value.message


async def test_answer_sent_as_scripted_text(server: ChatLoopback, kind: str) -> None:
    server.script.append(Answer("脚本应答"))
    client = client_for(kind, server)
    assert (await client.chat(ask())).text == "脚本应答"
    await client.aclose()
