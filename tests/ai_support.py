"""Helpers for the AI tests: a provider configured against a loopback chat server, AI switched on
for every feature, and scripted answers per feature (chosen by the system prompt)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from backend.clock import now
from backend.models import (
    Admission,
    AiProvider,
    AiSetting,
    Department,
    FollowUpTask,
    FollowUpTemplate,
    Patient,
    Questionnaire,
    Staff,
)
from backend.models.choices import AiFeature, AiProviderKind, TaskStatus
from backend.security.crypto import encrypt
from backend.services.ai import USER_FEATURES
from tests.loopback.llm import ChatLoopback

KIND_OF_FLAVOUR = {"deepseek": AiProviderKind.DEEPSEEK, "openai": AiProviderKind.OPENAI, "ark": AiProviderKind.DOUBAO}


async def configure(
    server: ChatLoopback, *, external: bool = True, per_user: int = 1000, total: int = 100_000
) -> AiProvider:
    provider = await AiProvider.create(
        name=f"测试{server.flavour}",
        kind=KIND_OF_FLAVOUR[server.flavour],
        base_url=server.base_url,
        model=server.model,
        api_key_cipher=encrypt(server.api_key),
        external=external,
        timeout_seconds=5,
    )
    setting, _ = await AiSetting.get_or_create(code="default")
    setting.enabled = True
    setting.features = {
        f.value: {"provider_id": provider.id, "per_user": per_user, "total": total} for f in USER_FEATURES
    }
    await setting.save()
    return provider


async def open_task(
    patient: Patient,
    department: Department,
    questionnaire: Questionnaire,
    *,
    assignee: Staff | None = None,
    program: str = "centre",
    status: TaskStatus = TaskStatus.ASSIGNED,
) -> FollowUpTask:
    """A task due now on the patient's latest stay, on a template of its own."""
    template = await FollowUpTemplate.create(
        name=f"{questionnaire.title}（{program}）", questionnaire=questionnaire, program=program
    )
    stay = await Admission.filter(patient_id=patient.id).order_by("-admitted_at").first()
    return await FollowUpTask.create(
        admission=stay,
        patient=patient,
        department=department,
        template=template,
        step=1,
        program=program,
        questionnaire=questionnaire,
        status=status,
        assignee=assignee,
        due_start=now().date() - timedelta(days=1),
        due_end=now().date() + timedelta(days=6),
    )


def user_text(body: dict[str, Any]) -> str:
    return next(m["content"] for m in body["messages"] if m["role"] == "user")


def system_text(body: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in body["messages"] if m["role"] == "system")


def feature_of(body: dict[str, Any]) -> AiFeature:
    system = system_text(body)
    for marker, feature in (
        ("连接测试", AiFeature.CONNECTION_TEST),
        ("通话前摘要", AiFeature.BRIEF),
        ("随访记录助手", AiFeature.DRAFT_ANSWERS),
        ("分诊", AiFeature.TRIAGE),
        ("统计页面的筛选条件", AiFeature.STATS_QUESTION),
        ("问卷设计", AiFeature.QUESTIONNAIRE),
        ("月度", AiFeature.NARRATIVE),
        ("满意度意见", AiFeature.COMMENTS),
    ):
        if marker in system:
            return feature
    raise AssertionError("unknown feature prompt: " + system[:80])


def first_source(body: dict[str, Any]) -> str:
    """The first 【source】 the brief prompt offers."""
    text = user_text(body)
    start = text.index("【", text.index("\n"))
    return text[start + 1 : text.index("】", start)]


def sensible(body: dict[str, Any]) -> str:
    """A valid answer for whichever feature asks; it echoes 【患者】 so re-identification shows."""
    feature = feature_of(body)
    if feature is AiFeature.CONNECTION_TEST:
        return "连接正常"
    if feature is AiFeature.BRIEF:
        return json.dumps(
            {
                "summary": "【患者】出院后恢复中，请核实服药。",
                "points": [
                    {"kind": "询问要点", "text": "询问是否按医嘱服药", "source": first_source(body)},
                    {"kind": "危险信号", "text": "胸痛请立即就医", "source": "出院小结·不存在的章节"},
                ],
            },
            ensure_ascii=False,
        )
    if feature is AiFeature.DRAFT_ANSWERS:
        return json.dumps(
            {
                "answers": [
                    {"item_id": "recovery", "value": "better", "evidence": "比出院时好多了", "confidence": 0.9},
                    {"item_id": "discomfort", "value": "maybe", "evidence": "没有不舒服", "confidence": 0.8},
                    {"item_id": "no_such_item", "value": "x", "evidence": "", "confidence": 0.5},
                ]
            },
            ensure_ascii=False,
        )
    if feature is AiFeature.TRIAGE:
        return json.dumps({"category": "用药问题", "urgency": "soon", "reason": "【患者】询问药量"}, ensure_ascii=False)
    if feature is AiFeature.STATS_QUESTION:
        return json.dumps({"understood": True, "period_from": "2026-01-01", "period_until": "2026-12-31"})
    if feature is AiFeature.QUESTIONNAIRE:
        item = {"id": "q1", "type": "text", "text": "最近身体怎么样？"}
        return json.dumps({"title": "通用随访", "items": [item]}, ensure_ascii=False)
    if feature is AiFeature.NARRATIVE:
        return json.dumps({"narrative": "本月随访工作平稳，请继续关注待处理问题。"}, ensure_ascii=False)
    if feature is AiFeature.COMMENTS:
        return json.dumps(
            {"summary": "总体满意", "positive": 1, "neutral": 0, "negative": 0, "themes": [], "mentions": []},
            ensure_ascii=False,
        )
    raise AssertionError(f"no scripted answer for {feature}")


def responder(
    overrides: dict[AiFeature, Callable[[dict[str, Any]], str]] | None = None,
) -> Callable[[dict[str, Any]], str]:
    def answer(body: dict[str, Any]) -> str:
        feature = feature_of(body)
        if overrides and feature in overrides:
            return overrides[feature](body)
        return sensible(body)

    return answer
