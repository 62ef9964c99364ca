"""AI services (AI 服务): the chat models the hospital configured, and which feature uses which.

A provider marked external (cloud DeepSeek, Doubao on Volcengine Ark) only ever receives
de-identified text; an internal one (an intranet appliance, vLLM, Ollama) receives the record
minimised to what the feature needs. The API key is stored encrypted (AES-256-GCM, as phone
numbers are) and never shown again after it is saved.
"""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import AiProviderKind


class AiProvider(TimestampedModel):
    """One configured chat model (AI 服务): its kind, address, model name and encrypted key."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True, description="名称")
    kind = fields.CharEnumField(AiProviderKind, max_length=16, description="服务类型")
    base_url = fields.CharField(max_length=255, default="", description="接口地址")
    model = fields.CharField(max_length=128, description="模型")
    api_key_cipher: str | None = fields.TextField(null=True, description="API 密钥（密文）")
    external = fields.BooleanField(default=True, description="外部服务（只发送去标识化文本）")
    enabled = fields.BooleanField(default=True, description="启用")
    timeout_seconds = fields.IntField(default=30, description="超时（秒）")

    class Meta:
        table = "ai_provider"

    def __str__(self) -> str:
        return self.name


class AiSetting(TimestampedModel):
    """The AI switch and its rules, one row (code "default"): off until an administrator turns it
    on; per feature the provider it uses and the daily quotas (per user, and for everyone)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True, default="default")
    enabled = fields.BooleanField(default=False, description="启用 AI")
    # feature code -> {"provider_id": int | None, "per_user": int, "total": int}
    features = fields.JSONField(default=dict, description="功能配置")

    class Meta:
        table = "ai_setting"

    def __str__(self) -> str:
        return "AI 服务设置"
