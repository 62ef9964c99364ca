"""AI routes: the switch and providers (系统管理 → AI 服务) and each AI feature, JSON or streamed as
server-sent events. Every feature answers 409 while AI is off for it, 429 over quota, 503/504 when
the provider is down or slow, 422 for an answer refused by validation: the page goes on without AI."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from backend.api.deps import CurrentPrincipal
from backend.services import ai, ai_features
from backend.web.schemas import Id

PATIENT_DATA = {"x-patient-data": True}
router = APIRouter(tags=["AI"])
SSE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/event-stream": {}}, "description": "data: {delta} … data: {result} 或 data: {error}"}
}


class FeatureIn(BaseModel):
    feature: str = Field(max_length=32)
    provider_id: int | None = Field(default=None, ge=1, le=2_147_483_647)
    per_user: int = Field(default=ai.DEFAULT_PER_USER, ge=0, le=ai.QUOTA_MAX)
    total: int = Field(default=ai.DEFAULT_TOTAL, ge=0, le=ai.QUOTA_MAX)


class SettingsIn(BaseModel):
    enabled: bool
    features: list[FeatureIn] = Field(default_factory=list, max_length=20)


class ProviderIn(BaseModel):
    name: str = Field(max_length=64)
    kind: str = Field(max_length=16)
    base_url: str = Field(default="", max_length=255)
    model: str = Field(max_length=128)
    api_key: str = Field(default="", max_length=512, description="留空则保留原密钥")
    external: bool = True
    enabled: bool = True
    timeout_seconds: int = Field(default=30, ge=1, le=300)


class NotesIn(BaseModel):
    notes: str = Field(max_length=ai_features.NOTES_MAX)


class QuestionIn(BaseModel):
    question: str = Field(max_length=200)


class DescriptionIn(BaseModel):
    description: str = Field(max_length=1000)


class MonthIn(BaseModel):
    month: str = Field(max_length=7, description="YYYY-MM")


class CommentsIn(BaseModel):
    department_id: int | None = Field(default=None, ge=1, le=2_147_483_647)
    period_from: date
    period_until: date


@router.get("/ai/status", summary="当前用户可用的 AI 功能")
async def ai_status(principal: CurrentPrincipal) -> dict[str, Any]:
    return await ai.status(principal)


@router.get("/ai/settings", summary="AI 服务设置")
async def ai_settings_get(principal: CurrentPrincipal) -> dict[str, Any]:
    return await ai.settings_out(principal)


@router.put("/ai/settings", summary="修改 AI 服务设置（开关、功能所用模型、配额）")
async def ai_settings_put(principal: CurrentPrincipal, body: SettingsIn) -> dict[str, Any]:
    return await ai.update_settings(principal, enabled=body.enabled, features=[f.model_dump() for f in body.features])


@router.get("/ai/providers", summary="AI 服务列表")
async def ai_provider_list(principal: CurrentPrincipal) -> dict[str, Any]:
    settings = await ai.settings_out(principal)
    return {"items": settings["providers"], "total": len(settings["providers"])}


@router.post("/ai/providers", summary="新增 AI 服务")
async def ai_provider_create(principal: CurrentPrincipal, body: ProviderIn) -> dict[str, Any]:
    return await ai.save_provider(principal, None, body.model_dump())


@router.put("/ai/providers/{provider_id}", summary="修改 AI 服务")
async def ai_provider_update(principal: CurrentPrincipal, provider_id: Id, body: ProviderIn) -> dict[str, Any]:
    return await ai.save_provider(principal, provider_id, body.model_dump())


@router.delete("/ai/providers/{provider_id}", summary="删除 AI 服务")
async def ai_provider_delete(principal: CurrentPrincipal, provider_id: Id) -> dict[str, Any]:
    await ai.delete_provider(principal, provider_id)
    return {"deleted": provider_id}


@router.post("/ai/providers/{provider_id}/test", summary="测试连接")
async def ai_provider_test(principal: CurrentPrincipal, provider_id: Id) -> dict[str, Any]:
    return await ai.test_connection(principal, provider_id)


@router.post("/ai/tasks/{task_id}/brief", summary="AI 通话前摘要", openapi_extra=PATIENT_DATA)
async def ai_brief(principal: CurrentPrincipal, task_id: Id) -> dict[str, Any]:
    return await ai_features.brief(principal, task_id)


async def _events(request: Request, events: AsyncIterator[dict[str, Any]]) -> AsyncIterator[bytes]:
    try:
        async for event in events:
            yield f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode()
            if await request.is_disconnected():
                break  # 停止: the page closed the stream; closing `events` stops the provider call
    finally:
        await events.aclose()  # type: ignore[attr-defined]


@router.post(
    "/ai/tasks/{task_id}/brief/stream",
    summary="AI 通话前摘要（流式）",
    openapi_extra=PATIENT_DATA,
    response_class=StreamingResponse,
    responses=SSE_RESPONSES,
)
async def ai_brief_stream(request: Request, principal: CurrentPrincipal, task_id: Id) -> StreamingResponse:
    prompt = await ai_features.brief_prompt(principal, task_id)  # scope and permission before streaming
    return StreamingResponse(
        _events(request, ai_features.brief_stream(principal, prompt)),
        media_type="text/event-stream",
        headers={"cache-control": "no-store", "x-accel-buffering": "no"},
    )


@router.post("/ai/tasks/{task_id}/draft-answers", summary="AI 草拟问卷答案（不保存）", openapi_extra=PATIENT_DATA)
async def ai_draft_answers(principal: CurrentPrincipal, task_id: Id, body: NotesIn) -> dict[str, Any]:
    return await ai_features.draft_answers(principal, task_id, body.notes)


@router.post("/ai/problems/{problem_id}/triage", summary="AI 问题分诊", openapi_extra=PATIENT_DATA)
async def ai_triage(principal: CurrentPrincipal, problem_id: Id) -> dict[str, Any]:
    return await ai_features.triage(principal, problem_id)


@router.post("/ai/stats/question", summary="用中文提问统计", openapi_extra=PATIENT_DATA)
async def ai_stats_question(principal: CurrentPrincipal, body: QuestionIn) -> dict[str, Any]:
    return await ai_features.ask_stats(principal, body.question)


@router.post("/ai/questionnaires/draft", summary="AI 起草问卷（不保存）")
async def ai_questionnaire_draft(principal: CurrentPrincipal, body: DescriptionIn) -> dict[str, Any]:
    return await ai_features.draft_questionnaire(principal, body.description)


@router.post("/ai/reports/monthly", summary="AI 月度报告解读", openapi_extra=PATIENT_DATA)
async def ai_monthly_narrative(principal: CurrentPrincipal, body: MonthIn) -> dict[str, Any]:
    return await ai_features.monthly_narrative(principal, body.month)


@router.post("/ai/satisfaction/comments", summary="满意度意见分析", openapi_extra=PATIENT_DATA)
async def ai_satisfaction_comments(principal: CurrentPrincipal, body: CommentsIn) -> dict[str, Any]:
    return await ai_features.analyse_comments(
        principal, department_id=body.department_id, period_from=body.period_from, period_until=body.period_until
    )
