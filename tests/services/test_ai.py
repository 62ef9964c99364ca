"""The AI door (switch, quotas, audit, validation, streaming) and features 1, 2, 3 and 5 against a
loopback DeepSeek server."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest

from backend.clock import now
from backend.models import (
    AiProvider,
    AuditEvent,
    DischargeSummary,
    FollowUpRecord,
    LabReport,
    LabResult,
    Problem,
    Questionnaire,
)
from backend.models.choices import AbnormalFlag, AuditAction
from backend.security.crypto import decrypt
from backend.services import ai, ai_features, stats
from backend.services.ai import AiDisabled, AiInvalidOutput, AiTimeout, AiUnavailable
from backend.services.errors import InvalidInput, NotFound, RateLimited
from backend.services.principal import Principal, load_principal
from backend.services.questionnaires import seed_library
from tests import factories
from tests.ai_support import configure, open_task, responder
from tests.loopback.llm import Answer, ChatLoopback, Fail, Stall


@pytest.fixture
def server() -> Iterator[ChatLoopback]:
    with ChatLoopback("deepseek") as loopback:
        loopback.responder = responder()
        yield loopback


@pytest.fixture
async def world(db: str) -> AsyncIterator[dict]:
    await seed_library()
    cardiology = await factories.department("心血管内科")
    patient = await factories.patient(cardiology, name="欧阳春花")
    agent = await factories.staff("followup_agent", cardiology, username="agent")
    stay = await patient.admissions.all().first()
    assert stay is not None
    await DischargeSummary.create(
        admission=stay,
        admission_condition="因胸闷3天入院。",
        discharge_orders="低盐低脂饮食，按时服药，2周后复诊。",
        discharge_medication="阿司匹林肠溶片 100mg 每日一次。",
    )
    report = await LabReport.create(his_report_id=f"L{stay.id}", patient=patient, admission=stay, name="生化")
    await LabResult.create(
        report=report,
        item_no=1,
        name="钾",
        value_raw="5.9",
        unit="mmol/L",
        reference_raw="3.5-5.5",
        flag=AbnormalFlag.HIGH,
    )
    questionnaire = await Questionnaire.get(code="general_discharge", version=1)
    task = await open_task(patient, cardiology, questionnaire, assignee=agent)
    problem = await Problem.create(
        patient=patient, department=cardiology, task=task, description="药吃完了想问还要不要继续吃"
    )
    yield {
        "principal": await load_principal(agent),
        "task": task,
        "problem": problem,
        "patient": patient,
        "department": cardiology,
    }


async def ai_calls() -> list[AuditEvent]:
    return await AuditEvent.filter(action=AuditAction.AI_CALL).order_by("id")


async def test_ai_is_off_by_default_and_features_refuse_without_calling(world: dict, server: ChatLoopback) -> None:
    principal: Principal = world["principal"]
    assert await ai.status(principal) == {"enabled": False, "features": []}
    with pytest.raises(AiDisabled) as caught:
        await ai_features.brief(principal, world["task"].id)
    assert "未启用" in caught.value.message and "手工" in caught.value.message
    assert server.requests == []


async def test_brief_cites_sections_and_flags_a_citation_to_a_missing_section(
    world: dict, server: ChatLoopback
) -> None:
    await configure(server)
    principal: Principal = world["principal"]
    assert "brief" in (await ai.status(principal))["features"]
    brief = await ai_features.brief(principal, world["task"].id)
    sent = server.requests[0]["messages"][-1]["content"]
    assert "【出院小结·出院医嘱】低盐低脂饮食" in sent and "【检验·钾】5.9mmol/L" in sent
    assert "欧阳春花" not in server.received_text()
    assert brief["summary"].startswith("欧阳春花")  # re-identified locally
    found, missing = brief["points"]
    assert found["source_found"] and found["source"].startswith("出院小结")
    assert not missing["source_found"] and "不存在" in missing["flag"]
    assert brief["flagged"] == 1


async def test_every_call_is_audited_with_who_feature_provider_digest_tokens_and_latency(
    world: dict, server: ChatLoopback
) -> None:
    provider = await configure(server)
    await ai_features.brief(world["principal"], world["task"].id)
    (event,) = await ai_calls()
    body = server.requests[0]
    assert event.actor_id == world["principal"].staff_id and event.success
    assert event.resource_type == "ai_feature" and event.resource_id == "brief"
    after = event.after or {}
    assert after["provider_id"] == provider.id and after["external"] is True and after["outcome"] == "ok"
    assert after["prompt_tokens"] == sum(len(m["content"]) for m in body["messages"])
    assert after["completion_tokens"] > 0 and after["latency_ms"] >= 0
    assert len(after["prompt_sha256"]) == 64
    assert "欧阳春花" not in json.dumps(event.after, ensure_ascii=False) + event.summary


@pytest.mark.parametrize(
    "reply",
    [
        "这不是 JSON",
        '{"summary": "缺少 points"}',
        '{"summary": "x", "points": [{"kind": "闲聊", "text": "x", "source": "x"}]}',
    ],
)
async def test_malformed_or_out_of_schema_answer_is_refused(world: dict, server: ChatLoopback, reply: str) -> None:
    await configure(server)
    server.script.append(Answer(reply))
    with pytest.raises(AiInvalidOutput) as caught:
        await ai_features.brief(world["principal"], world["task"].id)
    assert "已拒收" in caught.value.message
    assert [e.after["outcome"] for e in await ai_calls()] == ["ok", "invalid_output"]  # type: ignore[index]


async def test_draft_answers_saves_nothing_and_refuses_invalid_items(world: dict, server: ChatLoopback) -> None:
    await configure(server)
    notes = "患者说比出院时好多了，没有不舒服，欧阳春花的女儿在旁边。"
    draft = await ai_features.draft_answers(world["principal"], world["task"].id, notes)
    assert draft["saved"] is False and await FollowUpRecord.all().count() == 0
    (recovery,) = draft["answers"]
    assert recovery["item_id"] == "recovery" and recovery["value"] == "better" and recovery["answer"] == "明显好转"
    assert recovery["evidence_found"] and recovery["confidence"] == 0.9
    reasons = {r["item_id"]: r["reason"] for r in draft["refused"]}
    assert set(reasons) == {"discomfort", "no_such_item"} and "没有这道题" in reasons["no_such_item"]
    assert "欧阳春花" not in server.received_text()


async def test_draft_answers_needs_notes_and_the_task_in_scope(world: dict, server: ChatLoopback) -> None:
    await configure(server)
    with pytest.raises(InvalidInput):
        await ai_features.draft_answers(world["principal"], world["task"].id, "  ")
    other = await factories.staff("doctor", await factories.department("骨伤科"))
    with pytest.raises(NotFound):
        await ai_features.draft_answers(await load_principal(other), world["task"].id, "好多了")
    assert server.requests == []


async def test_triage_stores_category_and_urgency_as_a_suggestion(world: dict, server: ChatLoopback) -> None:
    await configure(server)
    result = await ai_features.triage(world["principal"], world["problem"].id)
    problem = await Problem.get(id=world["problem"].id)
    assert problem.ai_triage is not None and problem.ai_triage["category"] == "用药问题"
    assert problem.ai_triage["urgency"] == "soon" and result["urgency_label"].startswith("尽快")
    assert problem.severity.value == "normal"  # a suggestion: severity is a person's call
    assert result["reason"].startswith("欧阳春花")
    assert "用药问题" in ai_features.triage_text(problem.ai_triage)


async def test_new_problems_are_triaged_by_the_job_as_the_staff_member_whose_call_raised_them(
    world: dict, server: ChatLoopback
) -> None:
    import uuid

    from backend.jobs import tasks

    record = await FollowUpRecord.create(
        client_uuid=uuid.uuid4(),
        task=world["task"],
        patient=world["patient"],
        staff_id=world["principal"].staff_id,
        questionnaire_id=world["task"].questionnaire_id,
        outcome="reached",
        contacted_at=now(),
    )
    await Problem.filter(id=world["problem"].id).update(record_id=record.id)
    # a patient's own H5 answers (no staff member) wait for the button
    self_reported = await Problem.create(
        patient=world["patient"], department=world["department"], description="自己填写：头晕"
    )
    assert await tasks.ai_triage({}) == 0 and server.requests == []  # AI off: nothing asked
    await configure(server)
    assert await tasks.ai_triage({}) == 1
    assert (await Problem.get(id=world["problem"].id)).ai_triage is not None
    assert (await Problem.get(id=self_reported.id)).ai_triage is None
    [call] = await ai_calls()
    assert call.actor_id == world["principal"].staff_id
    assert await tasks.ai_triage({}) == 0 and len(server.requests) == 1  # asked once


async def test_stats_question_maps_onto_the_filters_and_answers_with_the_same_figures(
    world: dict, server: ChatLoopback
) -> None:
    await configure(server)
    principal: Principal = world["principal"]
    task = world["task"]
    start, until = task.due_end - timedelta(days=10), task.due_end + timedelta(days=10)
    server.responder = lambda body: json.dumps(
        {
            "understood": True,
            "period_from": str(start),
            "period_until": str(until),
            "department": "心血管内科",
            "metric": "due",
        },
        ensure_ascii=False,
    )
    answer = await ai_features.ask_stats(principal, "这段时间心血管内科应随访多少人？")
    figures = await stats.compute(
        principal, period_from=start, period_until=until, department_id=world["department"].id
    )
    assert answer["value"] == figures.total.due == 1
    assert answer["filters"]["department_id"] == world["department"].id
    assert f"应随访 {figures.total.due}" in answer["answer"]
    assert f"今天是 {now().date()}" in server.requests[0]["messages"][-1]["content"]  # no date shift here


async def test_stats_question_refuses_a_department_outside_the_callers_scope(world: dict, server: ChatLoopback) -> None:
    doctor = await factories.staff("doctor", world["department"])
    await factories.department("骨伤科")
    await configure(server)
    server.responder = lambda body: json.dumps(
        {"understood": True, "period_from": "2026-01-01", "period_until": "2026-01-31", "department": "骨伤科"},
        ensure_ascii=False,
    )
    with pytest.raises(AiInvalidOutput) as caught:
        await ai_features.ask_stats(await load_principal(doctor), "骨伤科一月的随访率")
    assert "不在您可查看的科室中" in caught.value.message


async def test_quota_per_user_per_day_refuses_with_a_message_and_audits(world: dict, server: ChatLoopback) -> None:
    await configure(server, per_user=1)
    await ai_features.triage(world["principal"], world["problem"].id)
    with pytest.raises(RateLimited) as caught:
        await ai_features.triage(world["principal"], world["problem"].id)
    assert "次数已用完" in caught.value.message and "每人每天 1 次" in caught.value.message
    assert len(server.requests) == 1
    refused = await AuditEvent.get(action=AuditAction.AI_CALL, resource_type="ai_quota")
    assert refused.success is False
    # another user still has their own quota
    other = await load_principal(await factories.staff("followup_agent", world["department"]))
    await ai_features.triage(other, world["problem"].id)
    assert len(server.requests) == 2


async def test_quota_for_everyone_per_feature(world: dict, server: ChatLoopback) -> None:
    await configure(server, total=1)
    await ai_features.triage(world["principal"], world["problem"].id)
    other = await load_principal(await factories.staff("followup_agent", world["department"]))
    with pytest.raises(RateLimited) as caught:
        await ai_features.triage(other, world["problem"].id)
    assert "全院" in caught.value.message


async def test_provider_down_or_slow_gives_a_clear_chinese_message(world: dict, server: ChatLoopback) -> None:
    provider = await configure(server)
    server.script.extend([Fail(503)] * 3)
    with pytest.raises(AiUnavailable) as down:
        await ai_features.triage(world["principal"], world["problem"].id)
    assert "暂时不可用" in down.value.message and "不用 AI" in down.value.message
    provider.timeout_seconds = 1
    await provider.save()
    server.script.append(Stall())
    with pytest.raises(AiTimeout) as slow:
        await ai_features.triage(world["principal"], world["problem"].id)
    assert "超时" in slow.value.message
    assert [e.after["outcome"] for e in await ai_calls()] == ["unavailable", "timeout"]  # type: ignore[index]
    assert (await Problem.get(id=world["problem"].id)).ai_triage is None


async def test_streamed_brief_sends_pieces_then_the_validated_result(world: dict, server: ChatLoopback) -> None:
    await configure(server)
    principal = world["principal"]
    prompt = await ai_features.brief_prompt(principal, world["task"].id)
    events = [e async for e in ai_features.brief_stream(principal, prompt)]
    deltas = "".join(e["delta"] for e in events if "delta" in e)
    assert len(events) > 3 and "欧阳春花" in deltas and "【患者】" not in deltas
    result = events[-1]["result"]
    assert result["flagged"] == 1 and result["summary"].startswith("欧阳春花")


async def test_stopping_a_stream_stops_the_call_and_is_audited(world: dict, server: ChatLoopback) -> None:
    await configure(server)
    principal = world["principal"]
    prompt = await ai_features.brief_prompt(principal, world["task"].id)
    stream = ai_features.brief_stream(principal, prompt)
    first = await stream.__anext__()
    assert "delta" in first
    await stream.aclose()  # 停止
    (event,) = await ai_calls()
    assert event.after["outcome"] == "stopped" and not event.success  # type: ignore[index]


async def test_stalled_stream_ends_with_a_message(world: dict, server: ChatLoopback) -> None:
    await configure(server)
    server.script.append(Stall())
    principal = world["principal"]
    prompt = await ai_features.brief_prompt(principal, world["task"].id)
    events = [e async for e in ai_features.brief_stream(principal, prompt)]
    assert "停止等待" in events[-1]["error"]
    assert (await ai_calls())[-1].after["outcome"] == "timeout"  # type: ignore[index]


async def test_provider_key_is_stored_encrypted_and_the_connection_test_reports(
    world: dict, server: ChatLoopback
) -> None:
    admin = await load_principal(await factories.staff("sysadmin"))
    out = await ai.save_provider(
        admin,
        None,
        {
            "name": "院内一体机",
            "kind": "deepseek",
            "base_url": server.base_url,
            "model": server.model,
            "api_key": server.api_key,
            "external": False,
        },
    )
    stored = await AiProvider.get(id=out["id"])
    assert stored.api_key_cipher and server.api_key not in stored.api_key_cipher
    assert decrypt(stored.api_key_cipher) == server.api_key and out["has_key"] and "api_key" not in out
    server.responder = lambda body: "连接正常"
    result = await ai.test_connection(admin, stored.id)
    assert result["ok"] and "连接正常" in result["message"]
    # an edit without a key keeps the key
    await ai.save_provider(admin, stored.id, {**out, "api_key": "", "kind": "deepseek"})
    assert decrypt((await AiProvider.get(id=stored.id)).api_key_cipher) == server.api_key
    server.api_key = "rotated"
    with pytest.raises(AiUnavailable) as caught:
        await ai.test_connection(admin, stored.id)
    assert "密钥" in caught.value.message


async def test_settings_need_a_provider_before_ai_is_turned_on(world: dict) -> None:
    admin = await load_principal(await factories.staff("sysadmin"))
    with pytest.raises(InvalidInput):
        await ai.update_settings(admin, enabled=True, features=[])
    from backend.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        await ai.update_settings(world["principal"], enabled=False, features=[])


async def test_internal_provider_gets_the_minimised_record_without_identifiers(
    world: dict, server: ChatLoopback
) -> None:
    await configure(server, external=False)
    patient = world["patient"]
    await ai_features.draft_answers(world["principal"], world["task"].id, "欧阳春花说比出院时好多了")
    sent = server.received_text()
    assert "欧阳春花说比出院时好多了" in sent  # the agent's own notes, as written
    assert decrypt(patient.id_number_cipher) not in sent and decrypt(patient.phone_cipher) not in sent
    assert patient.his_id not in sent


async def test_a_provider_named_in_env_is_added_once_and_ai_stays_off(db: str) -> None:
    from pydantic import SecretStr

    from backend.settings import LlmSettings

    llm = LlmSettings(provider="doubao", model="ep-20260101", api_key=SecretStr("ark-key"), external=True)
    provider = await ai.provider_from_env(llm)
    assert provider is not None and provider.kind.value == "doubao" and provider.external
    assert provider.api_key_cipher and decrypt(provider.api_key_cipher) == "ark-key"
    assert await ai.provider_from_env(llm) is None  # once only
    assert await ai.provider_from_env(LlmSettings()) is None
    assert not (await ai.get_setting()).enabled
