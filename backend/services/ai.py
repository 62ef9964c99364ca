"""AI 服务: the providers, the switch, and the one door every AI feature calls through.

`call` and `stream` are that door. For each call they check that AI is on and the feature has a
provider, count the caller's and the feature's calls today against the quotas, de-identify the
prompt when the provider is external (`integrations.llm.deid`), call the model, re-identify the
answer locally, validate it against the feature's schema, and write one audit row (who, feature,
provider, a digest of the prompt as sent, tokens, latency, outcome) whatever happened. A feature
never talks to an adapter itself.

Quotas are counted from those audit rows (per user and feature, and per feature for everyone,
since midnight Shanghai time). Two calls racing for the last unit may both pass: a quota here
bounds cost, it is not a security limit.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import AiProvider, AiSetting, AuditEvent
from backend.models.choices import AiFeature, AiOutcome, AiProviderKind, AuditAction
from backend.security.crypto import decrypt, encrypt
from backend.services import audit
from backend.services.access import require
from backend.services.admissions import start_of_day
from backend.services.errors import DomainError, InvalidInput, NotFound, RateLimited
from backend.services.principal import Principal
from backend.settings import LlmSettings, get_settings
from integrations.llm.base import (
    ChatMessage,
    ChatRequest,
    ChatResult,
    LlmClient,
    LlmError,
    LlmRateLimited,
    LlmRejected,
    LlmTimeout,
)
from integrations.llm.deid import Deidentifier
from integrations.llm.factory import ProviderConfig, build_client

M = TypeVar("M", bound=BaseModel)

DEFAULT_PER_USER = 50
DEFAULT_TOTAL = 2000
QUOTA_MAX = 100_000
# Who may use each feature: the permission its page already asks for.
FEATURE_PERMISSIONS: dict[AiFeature, tuple[str, ...]] = {
    AiFeature.BRIEF: ("followup:execute", "survey:execute"),
    AiFeature.DRAFT_ANSWERS: ("followup:execute", "survey:execute"),
    AiFeature.TRIAGE: ("problem:reply", "problem:verify"),
    AiFeature.COMMENTS: ("survey:read",),
    AiFeature.STATS_QUESTION: ("stats:read",),
    AiFeature.QUESTIONNAIRE: ("followup:template",),
    AiFeature.NARRATIVE: ("stats:read",),
}
USER_FEATURES = tuple(FEATURE_PERMISSIONS)


class AiDisabled(DomainError):
    status_code = 409
    code = "ai_disabled"


class AiUnavailable(DomainError):
    """The provider is down, slow, throttling or refused: the page goes on without AI."""

    status_code = 503
    code = "ai_unavailable"


class AiTimeout(AiUnavailable):
    status_code = 504
    code = "ai_timeout"


class AiInvalidOutput(DomainError):
    """The model's answer was malformed or out of schema: refused, nothing saved."""

    status_code = 422
    code = "ai_invalid_output"


# ---------------------------------------------------------------------- configuration


async def get_setting() -> AiSetting:
    setting, created = await AiSetting.get_or_create(code="default")
    if created:
        await provider_from_env(get_settings().llm)
    return setting


async def provider_from_env(llm: LlmSettings) -> AiProvider | None:
    """A provider named in .env (LLM__*) is added to 系统管理 → AI 服务 once, as a start (AI stays
    off until an administrator turns it on there)."""
    if llm.provider == "none" or not llm.model or await AiProvider.exists():
        return None
    return await AiProvider.create(
        name="默认（.env 配置）",
        kind=AiProviderKind(llm.provider),
        base_url=llm.base_url or "",
        model=llm.model,
        api_key_cipher=encrypt(llm.api_key.get_secret_value()) if llm.api_key else None,
        external=llm.external,
        timeout_seconds=int(llm.timeout_seconds),
    )


def feature_config(setting: AiSetting, feature: AiFeature) -> dict[str, Any]:
    stored = (setting.features or {}).get(feature.value) or {}
    return {
        "provider_id": stored.get("provider_id"),
        "per_user": int(stored.get("per_user", DEFAULT_PER_USER)),
        "total": int(stored.get("total", DEFAULT_TOTAL)),
    }


async def available_features(principal: Principal) -> set[AiFeature]:
    """The features this user sees an AI control for: AI on, a live provider, the permission."""
    setting = await get_setting()
    if not setting.enabled:
        return set()
    live = set(await AiProvider.filter(enabled=True).values_list("id", flat=True))
    return {
        feature
        for feature in USER_FEATURES
        if feature_config(setting, feature)["provider_id"] in live
        and any(principal.can(p) for p in FEATURE_PERMISSIONS[feature])
    }


async def status(principal: Principal) -> dict[str, Any]:
    features = await available_features(principal)
    return {"enabled": bool(features), "features": sorted(f.value for f in features)}


def provider_out(provider: AiProvider) -> dict[str, Any]:
    return {
        "id": provider.id,
        "name": provider.name,
        "kind": provider.kind.value,
        "kind_label": provider.kind.label,
        "base_url": provider.base_url,
        "model": provider.model,
        "external": provider.external,
        "enabled": provider.enabled,
        "timeout_seconds": provider.timeout_seconds,
        "has_key": bool(provider.api_key_cipher),
    }


async def settings_out(principal: Principal) -> dict[str, Any]:
    require(principal, "system:config")
    setting = await get_setting()
    providers = await AiProvider.all().order_by("id")
    return {
        "enabled": setting.enabled,
        "features": [
            {"feature": feature.value, "label": feature.label, **feature_config(setting, feature)}
            for feature in USER_FEATURES
        ],
        "providers": [provider_out(p) for p in providers],
        "provider_options": [
            {"label": f"{p.name}（{'外部' if p.external else '院内'}）", "value": p.id} for p in providers
        ],
    }


async def update_settings(principal: Principal, *, enabled: bool, features: list[dict[str, Any]]) -> dict[str, Any]:
    """Turn AI on or off and give each feature its provider and daily quotas."""
    require(principal, "system:config")
    setting = await get_setting()
    providers = set(await AiProvider.all().values_list("id", flat=True))
    cleaned: dict[str, Any] = dict(setting.features or {})
    for row in features:
        try:
            feature = AiFeature(str(row.get("feature")))
        except ValueError:
            raise InvalidInput("未知的 AI 功能", field="features") from None
        provider_id = row.get("provider_id")
        if provider_id in ("", None):
            provider_id = None
        elif provider_id not in providers:
            raise InvalidInput(f"「{feature.label}」选择的 AI 服务不存在", field="features")
        quotas = {}
        for key, label in (("per_user", "每人每天"), ("total", "全院每天")):
            value = row.get(key, DEFAULT_PER_USER if key == "per_user" else DEFAULT_TOTAL)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= QUOTA_MAX:
                raise InvalidInput(f"「{feature.label}」{label}次数须为 0 到 {QUOTA_MAX} 的整数", field="features")
            quotas[key] = value
        cleaned[feature.value] = {"provider_id": provider_id, **quotas}
    if enabled and not any(v.get("provider_id") for v in cleaned.values()):
        raise InvalidInput("启用 AI 前请至少为一个功能选择 AI 服务", field="enabled")
    before = audit.snapshot(setting)
    async with in_transaction():
        setting.enabled, setting.features = enabled, cleaned
        await setting.save(update_fields=["enabled", "features", "updated_at"])
        old, new = audit.changed(before, audit.snapshot(setting))
        await audit.record(
            AuditAction.UPDATE, actor=principal, resource=setting, summary="修改 AI 服务设置", before=old, after=new
        )
    return await settings_out(principal)


_URL = re.compile(r"^https?://[^\s/]+(/[^\s]*)?$")


async def save_provider(principal: Principal, provider_id: int | None, data: dict[str, Any]) -> dict[str, Any]:
    """Add or change a provider. The key is encrypted; an empty key on an edit keeps the old one."""
    require(principal, "system:config")
    name = str(data.get("name") or "").strip()
    model = str(data.get("model") or "").strip()
    base_url = str(data.get("base_url") or "").strip()
    if not name or len(name) > 64:
        raise InvalidInput("请填写名称（64 字以内）", field="name")
    if not model or len(model) > 128:
        raise InvalidInput("请填写模型名称（豆包可填推理接入点 ID）", field="model")
    try:
        kind = AiProviderKind(str(data.get("kind")))
    except ValueError:
        raise InvalidInput("请选择服务类型", field="kind") from None
    if base_url and (not _URL.match(base_url) or len(base_url) > 255):
        raise InvalidInput("接口地址须以 http:// 或 https:// 开头", field="base_url")
    if kind is AiProviderKind.OPENAI and not base_url:
        raise InvalidInput("OpenAI 兼容服务须填写接口地址（如 http://10.0.0.8:8000/v1）", field="base_url")
    timeout = data.get("timeout_seconds", 30)
    if isinstance(timeout, bool) or not isinstance(timeout, int) or not 1 <= timeout <= 300:
        raise InvalidInput("超时须为 1 到 300 秒", field="timeout_seconds")
    api_key = str(data.get("api_key") or "").strip()
    values: dict[str, Any] = {
        "name": name,
        "kind": kind,
        "base_url": base_url,
        "model": model,
        "external": bool(data.get("external", True)),
        "enabled": bool(data.get("enabled", True)),
        "timeout_seconds": timeout,
    }
    if await AiProvider.filter(name=name).exclude(id=provider_id or 0).exists():
        raise InvalidInput("已有同名的 AI 服务", field="name")
    async with in_transaction():
        if provider_id is None:
            provider = await AiProvider.create(**values, api_key_cipher=encrypt(api_key) if api_key else None)
            await audit.record(AuditAction.CREATE, actor=principal, resource=provider, summary=f"新增 AI 服务 {name}")
        else:
            found = await AiProvider.get_or_none(id=provider_id)
            if found is None:
                raise NotFound("AI 服务不存在")
            provider = found
            before = audit.snapshot(provider)
            provider.update_from_dict(values)
            if api_key:
                provider.api_key_cipher = encrypt(api_key)
            await provider.save()
            old, new = audit.changed(before, audit.snapshot(provider))
            # the key's ciphertext says nothing, but the audit says that it changed
            for side in (old, new):
                if "api_key_cipher" in side:
                    side["api_key_cipher"] = "（已更换）"
            await audit.record(
                AuditAction.UPDATE,
                actor=principal,
                resource=provider,
                summary=f"修改 AI 服务 {name}",
                before=old,
                after=new,
            )
    return provider_out(provider)


async def delete_provider(principal: Principal, provider_id: int) -> None:
    require(principal, "system:config")
    provider = await AiProvider.get_or_none(id=provider_id)
    if provider is None:
        raise NotFound("AI 服务不存在")
    setting = await get_setting()
    if any((v or {}).get("provider_id") == provider_id for v in (setting.features or {}).values()):
        raise InvalidInput("该 AI 服务仍被功能使用，请先在功能配置中改选", field="id")
    async with in_transaction():
        await audit.record(
            AuditAction.DELETE, actor=principal, resource=provider, summary=f"删除 AI 服务 {provider.name}"
        )
        await provider.delete()


def client_of(provider: AiProvider) -> LlmClient:
    llm = get_settings().llm
    return build_client(
        ProviderConfig(
            kind=provider.kind.value,
            model=provider.model,
            base_url=provider.base_url,
            api_key=decrypt(provider.api_key_cipher),
            timeout_seconds=float(provider.timeout_seconds),
            stream_idle_seconds=llm.stream_idle_seconds,
            max_retries=llm.max_retries,
            backoff_seconds=llm.backoff_seconds,
        )
    )


async def test_connection(principal: Principal, provider_id: int) -> dict[str, Any]:
    """测试连接: one short question to the provider; the answer time and tokens, or why it failed."""
    require(principal, "system:config")
    provider = await AiProvider.get_or_none(id=provider_id)
    if provider is None:
        raise NotFound("AI 服务不存在")
    prompt = Prompt(system="你是连接测试。", user="请只回复：连接正常")
    result = await _call_provider(principal, AiFeature.CONNECTION_TEST, provider, prompt, None)
    return {
        "ok": True,
        "message": f"连接正常：{provider.model} 用时 {result.latency_ms} 毫秒，消耗 {result.total_tokens} 个词元",
        "reply": result.text[:200],
    }


# ---------------------------------------------------------------------- the door


@dataclass
class Prompt:
    """What a feature asks. `identifiers` fills the de-identifier for an external provider."""

    system: str
    user: str
    schema: type[BaseModel] | None = None
    identify: Callable[[Deidentifier], None] | None = None
    shift_dates: bool = True
    max_tokens: int = 2000
    # turns a validated structured answer into what the page shows (e.g. flags bad citations)
    finish: Callable[[Any], dict[str, Any]] | None = None


@dataclass
class Answer:
    text: str  # re-identified
    latency_ms: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    provider: str = ""
    external: bool = True
    sent: list[str] = field(default_factory=list)  # the messages as the provider received them

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


async def _feature_provider(principal: Principal, feature: AiFeature) -> tuple[AiProvider, dict[str, Any]]:
    if not any(principal.can(p) for p in FEATURE_PERMISSIONS[feature]):
        require(principal, FEATURE_PERMISSIONS[feature][0])
    setting = await get_setting()
    config = feature_config(setting, feature)
    provider = await AiProvider.get_or_none(id=config["provider_id"]) if config["provider_id"] else None
    if not setting.enabled or provider is None or not provider.enabled:
        raise AiDisabled(f"AI 功能「{feature.label}」未启用，请照常手工操作")
    return provider, config


async def _check_quota(principal: Principal, feature: AiFeature, config: dict[str, Any], provider: AiProvider) -> None:
    today = start_of_day(now().date())
    calls = AuditEvent.filter(
        action=AuditAction.AI_CALL, resource_type="ai_feature", resource_id=feature.value, at__gte=today
    )
    mine = await calls.filter(actor_id=principal.staff_id).count()
    everyone = await calls.count()
    message = ""
    if mine >= config["per_user"]:
        message = (
            f"今天「{feature.label}」的 AI 次数已用完（每人每天 {config['per_user']} 次），请明天再试或照常手工操作"
        )
    elif everyone >= config["total"]:
        message = f"今天全院「{feature.label}」的 AI 次数已用完（每天 {config['total']} 次），请明天再试或照常手工操作"
    if message:
        await audit.record(
            AuditAction.AI_CALL,
            actor=principal,
            resource_type="ai_quota",
            resource_id=feature.value,
            summary=f"{feature.label} · 超出配额，未调用 {provider.name}",
            after={"feature": feature.value, "provider_id": provider.id, "outcome": AiOutcome.OVER_QUOTA.value},
            success=False,
        )
        raise RateLimited(message, retry_after=3600)


def _messages(prompt: Prompt, deid: Deidentifier | None) -> list[ChatMessage]:
    system, user = prompt.system, prompt.user
    if deid is not None:
        system, user = deid.scrub(system), deid.scrub(user)
    return [ChatMessage("system", system), ChatMessage("user", user)]


def _deidentifier(provider: AiProvider, prompt: Prompt) -> Deidentifier | None:
    if not provider.external:
        return None  # internal: the feature already minimised the record
    deid = Deidentifier(date_shift_days=None if prompt.shift_dates else 0)
    if prompt.identify is not None:
        prompt.identify(deid)
    return deid


def _outcome_of(exc: BaseException) -> AiOutcome:
    if isinstance(exc, LlmTimeout):
        return AiOutcome.TIMEOUT
    if isinstance(exc, LlmRateLimited):
        return AiOutcome.RATE_LIMITED
    if isinstance(exc, LlmRejected):
        return AiOutcome.REJECTED
    if isinstance(exc, AiInvalidOutput):
        return AiOutcome.INVALID_OUTPUT
    if isinstance(exc, asyncio.CancelledError | GeneratorExit):
        return AiOutcome.STOPPED
    return AiOutcome.UNAVAILABLE


async def _audit_call(
    principal: Principal,
    feature: AiFeature,
    provider: AiProvider,
    messages: list[ChatMessage],
    *,
    outcome: AiOutcome,
    started: float,
    result: ChatResult | None,
    error: str = "",
) -> int:
    latency_ms = int((time.monotonic() - started) * 1000)
    digest = hashlib.sha256("\n".join(m.content for m in messages).encode()).hexdigest()
    usage = result.usage if result is not None else None
    where = "外部服务，已去标识化" if provider.external else "院内服务"
    await audit.record(
        AuditAction.AI_CALL,
        actor=principal,
        resource_type="ai_feature",
        resource_id=feature.value,
        summary=f"{feature.label} · {provider.name}（{where}）· {outcome.label}",
        after={
            "feature": feature.value,
            "provider_id": provider.id,
            "provider": provider.name,
            "model": provider.model,
            "external": provider.external,
            "prompt_sha256": digest,
            "prompt_tokens": usage.prompt_tokens if usage else 0,
            "completion_tokens": usage.completion_tokens if usage else 0,
            "latency_ms": latency_ms,
            "outcome": outcome.value,
            "error": error[:300],
        },
        success=outcome is AiOutcome.OK,
    )
    return latency_ms


def _raise_for(exc: LlmError) -> None:
    if isinstance(exc, LlmTimeout):
        raise AiTimeout(exc.message + "（可不用 AI 继续操作）") from exc
    if isinstance(exc, LlmRateLimited):
        raise AiUnavailable(exc.message + "（可不用 AI 继续操作）") from exc
    raise AiUnavailable(exc.message + "（可不用 AI 继续操作）") from exc


async def _call_provider(
    principal: Principal,
    feature: AiFeature,
    provider: AiProvider,
    prompt: Prompt,
    deid: Deidentifier | None,
    *,
    restore: bool = True,
) -> Answer:
    messages = _messages(prompt, deid)
    request = ChatRequest(
        messages=messages,
        json_schema=prompt.schema.model_json_schema() if prompt.schema else None,
        schema_name=feature.value,
        max_tokens=prompt.max_tokens,
    )
    client = client_of(provider)
    started = time.monotonic()
    try:
        result = await client.chat(request)
    except LlmError as exc:
        await _audit_call(
            principal,
            feature,
            provider,
            messages,
            outcome=_outcome_of(exc),
            started=started,
            result=None,
            error=f"{exc.message} {exc.detail}",
        )
        _raise_for(exc)
        raise
    finally:
        await client.aclose()
    latency = await _audit_call(
        principal, feature, provider, messages, outcome=AiOutcome.OK, started=started, result=result
    )
    return Answer(
        text=deid.restore(result.text) if deid and restore else result.text,
        latency_ms=latency,
        prompt_tokens=result.usage.prompt_tokens,
        completion_tokens=result.usage.completion_tokens,
        provider=provider.name,
        external=provider.external,
        sent=[m.content for m in messages],
    )


def parse_structured(text: str, schema: type[M], deid: Deidentifier | None) -> M:
    """The model's JSON answer, re-identified and validated; anything else is refused."""
    cleaned = text.strip()
    if cleaned.startswith("```"):
        cleaned = re.sub(r"^```(?:json)?\s*|\s*```$", "", cleaned)
    try:
        raw = json.loads(cleaned)
    except ValueError:
        raise AiInvalidOutput("AI 的回答不是有效的结构化数据，已拒收，未保存任何内容") from None
    if deid is not None:
        raw = deid.restore_obj(raw)
    try:
        return schema.model_validate(raw)
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"]) if exc.errors() else ""
        raise AiInvalidOutput(f"AI 的回答不符合要求（{where}），已拒收，未保存任何内容") from None


async def call(principal: Principal, feature: AiFeature, prompt: Prompt) -> Answer:
    """One answer as text (re-identified), audited and counted against the quotas."""
    provider, config = await _feature_provider(principal, feature)
    await _check_quota(principal, feature, config, provider)
    return await _call_provider(principal, feature, provider, prompt, _deidentifier(provider, prompt))


async def call_structured(
    principal: Principal, feature: AiFeature, prompt: Prompt, schema: type[M]
) -> tuple[M, Answer]:
    """One validated structured answer. A malformed or out-of-schema answer raises AiInvalidOutput
    (and its audit row says so); the feature saves nothing then."""
    provider, config = await _feature_provider(principal, feature)
    await _check_quota(principal, feature, config, provider)
    prompt.schema = schema
    deid = _deidentifier(provider, prompt)
    # restored after parsing: an original value with a quote in it must not break the JSON
    answer = await _call_provider(principal, feature, provider, prompt, deid, restore=False)
    try:
        return parse_structured(answer.text, schema, deid), answer
    except AiInvalidOutput:
        await audit.record(
            AuditAction.AI_CALL,
            actor=principal,
            resource_type="ai_invalid",
            resource_id=feature.value,
            summary=f"{feature.label} · {provider.name} · 应答不合格已拒收",
            after={"feature": feature.value, "provider_id": provider.id, "outcome": AiOutcome.INVALID_OUTPUT.value},
            success=False,
        )
        raise


# ---------------------------------------------------------------------- streaming


def _stable_prefix(text: str) -> str:
    """The part of a growing answer that can be shown now: not inside a placeholder or a date."""
    match = re.search(r"(【[^】]*|[\d年月日/.\-]+)$", text)
    return text[: match.start()] if match else text


async def stream(principal: Principal, feature: AiFeature, prompt: Prompt) -> AsyncIterator[dict[str, Any]]:
    """Server-sent events for a page: {"delta": text} as the answer grows (re-identified), then
    {"result": ...} (validated when the prompt has a schema) or {"error": message}. Closing the
    iterator (the stop button) stops the provider call; the audit row then says 用户停止."""
    try:
        provider, config = await _feature_provider(principal, feature)
        await _check_quota(principal, feature, config, provider)
    except DomainError as exc:
        yield {"error": exc.message}
        return
    deid = _deidentifier(provider, prompt)
    messages = _messages(prompt, deid)
    request = ChatRequest(
        messages=messages,
        json_schema=prompt.schema.model_json_schema() if prompt.schema else None,
        schema_name=feature.value,
        max_tokens=prompt.max_tokens,
    )
    client = client_of(provider)
    started = time.monotonic()
    provider_stream = client.stream(request)
    raw = ""
    shown = ""
    outcome: AiOutcome | None = None
    error = ""
    try:
        async for piece in provider_stream:
            raw += piece
            visible = _stable_prefix(deid.restore(raw) if deid else raw)
            if len(visible) > len(shown) and visible.startswith(shown):
                yield {"delta": visible[len(shown) :]}
                shown = visible
        outcome = AiOutcome.OK
    except LlmError as exc:
        outcome, error = _outcome_of(exc), f"{exc.message} {exc.detail}"
        await _audit_call(
            principal, feature, provider, messages, outcome=outcome, started=started, result=None, error=error
        )
        yield {"error": exc.message + "（可不用 AI 继续操作）"}
        return
    except (asyncio.CancelledError, GeneratorExit):
        outcome = AiOutcome.STOPPED
        await asyncio.shield(
            _audit_call(principal, feature, provider, messages, outcome=outcome, started=started, result=None)
        )
        raise
    finally:
        await client.aclose()
    await _audit_call(
        principal, feature, provider, messages, outcome=outcome, started=started, result=provider_stream.result
    )
    if prompt.schema is None:
        yield {"result": {"text": deid.restore(raw) if deid else raw}}
        return
    try:
        parsed = parse_structured(raw, prompt.schema, deid)
    except AiInvalidOutput as exc:
        yield {"error": exc.message}
        return
    yield {"result": prompt.finish(parsed) if prompt.finish else parsed.model_dump(mode="json")}
