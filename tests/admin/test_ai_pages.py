"""AI on the pages: with AI off (the default) no page shows an AI control; with it on, the execution
drawer, 问题回复 and 统计分析 offer theirs; 系统管理 → AI 服务 configures it; the routes answer in
Chinese when AI is off, over quota or the provider is down, and stream server-sent events."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from backend.models import AiProvider, Problem, Questionnaire
from backend.services.questionnaires import seed_library
from tests import factories
from tests.admin.conftest import PROBLEM, admin_login
from tests.ai_support import configure, open_task, responder
from tests.loopback.llm import ChatLoopback, Fail

TASKS = "/admin/FollowUpApp/TaskAdmin"
STATS_PAGE = "/admin/FollowUpApp/page/statistics"
AI_PAGE = "/admin/SystemApp/page/ai-services"


@pytest.fixture
def server() -> Iterator[ChatLoopback]:
    with ChatLoopback("openai") as loopback:
        loopback.responder = responder()
        yield loopback


@pytest.fixture
async def work(db: str) -> dict:
    await seed_library()
    cardiology = await factories.department("心血管内科")
    agent = await factories.staff("followup_agent", cardiology, username="agent")
    patient = await factories.patient(cardiology, name="司马青")
    questionnaire = await Questionnaire.get(code="general_discharge", version=1)
    task = await open_task(patient, cardiology, questionnaire, assignee=agent)
    problem = await Problem.create(patient=patient, department=cardiology, task=task, description="头晕")
    return {"task": task, "problem": problem, "department": cardiology}


async def _pages(client: httpx.AsyncClient, work: dict) -> str:
    """The schemas and rows of every page that may carry an AI control, as one text."""
    parts = [
        (await client.get(f"{TASKS}/form/{work['task'].id}")).text,
        (await client.post(STATS_PAGE)).text,
        (await client.post(PROBLEM)).text,
        (await client.post(f"{PROBLEM}/list", json={})).text,
    ]
    for part in parts:
        assert '"status":0' in part.replace(" ", ""), part[:300]
    return "\n".join(parts)


async def test_with_ai_off_every_page_works_and_shows_no_ai_control(client: httpx.AsyncClient, work: dict) -> None:
    await admin_login(client, "agent")
    text = await _pages(client, work)
    assert "/api/v1/ai" not in text and "AI" not in text
    assert "司马青" in text  # the pages are the ordinary ones
    status = (await client.get("/api/v1/ai/status")).json()
    assert status == {"enabled": False, "features": []}
    refused = await client.post(f"/api/v1/ai/tasks/{work['task'].id}/brief")
    assert refused.status_code == 409 and "未启用" in refused.json()["detail"]


async def test_with_ai_on_the_pages_offer_their_ai_controls(
    client: httpx.AsyncClient, work: dict, server: ChatLoopback
) -> None:
    await configure(server)
    await admin_login(client, "agent")
    text = await _pages(client, work)
    task_id, problem_id = work["task"].id, work["problem"].id
    assert f"/api/v1/ai/tasks/{task_id}/brief/stream" in text and "停止" in text
    assert f"/api/v1/ai/tasks/{task_id}/draft-answers" in text
    assert "/api/v1/ai/stats/question" in text and "/api/v1/ai/reports/monthly" in text
    assert "/api/v1/ai/problems/${id}/triage" in text
    triaged = await client.post(f"/api/v1/ai/problems/{problem_id}/triage")
    assert triaged.status_code == 200 and triaged.json()["category"] == "用药问题"
    rows = (await client.post(f"{PROBLEM}/list", json={})).json()["data"]["items"]
    assert rows[0]["ai_triage_text"].startswith("用药问题")


async def test_streamed_brief_route_sends_server_sent_events(
    client: httpx.AsyncClient, work: dict, server: ChatLoopback
) -> None:
    await configure(server)
    headers = await factories.login(client, "agent")
    response = await client.post(f"/api/v1/ai/tasks/{work['task'].id}/brief/stream", headers=headers)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = [json.loads(line[5:]) for line in response.text.splitlines() if line.startswith("data:")]
    assert any("delta" in e for e in events) and events[-1]["result"]["flagged"] == 1
    assert "司马青" not in server.received_text()


async def test_routes_say_in_chinese_when_the_provider_is_down_or_over_quota(
    client: httpx.AsyncClient, work: dict, server: ChatLoopback
) -> None:
    await configure(server, per_user=1)
    headers = await factories.login(client, "agent")
    server.script.extend([Fail(500)] * 3)
    down = await client.post(f"/api/v1/ai/problems/{work['problem'].id}/triage", headers=headers)
    assert down.status_code == 503 and "暂时不可用" in down.json()["detail"]
    over = await client.post(f"/api/v1/ai/problems/{work['problem'].id}/triage", headers=headers)
    assert over.status_code == 429 and "次数已用完" in over.json()["detail"]
    streamed = await client.post(f"/api/v1/ai/tasks/{work['task'].id}/brief/stream", headers=headers)
    assert streamed.status_code == 200  # the brief has its own quota
    assert (await Problem.get(id=work["problem"].id)).ai_triage is None


async def test_ai_service_page_configures_providers_and_features(
    client: httpx.AsyncClient, work: dict, server: ChatLoopback
) -> None:
    await factories.staff("sysadmin", work["department"], username="sys")
    await admin_login(client, "sys")
    page = (await client.post(AI_PAGE)).text
    assert "测试连接" in page and "启用 AI" in page and "外部服务" in page
    created = await client.post(
        "/api/v1/ai/providers",
        json={
            "name": "院内 DeepSeek 一体机",
            "kind": "openai",
            "base_url": server.base_url,
            "model": server.model,
            "api_key": server.api_key,
            "external": False,
        },
    )
    assert created.status_code == 200 and created.json()["has_key"], created.text
    provider_id = created.json()["id"]
    listed = (await client.get("/api/v1/ai/providers")).json()
    assert listed["total"] == 1 and server.api_key not in json.dumps(listed)
    tested = await client.post(f"/api/v1/ai/providers/{provider_id}/test")
    assert tested.status_code == 200 and "连接正常" in tested.json()["message"]
    saved = await client.put(
        "/api/v1/ai/settings",
        json={
            "enabled": True,
            "features": [{"feature": "brief", "provider_id": provider_id, "per_user": 5, "total": 9}],
        },
    )
    assert saved.status_code == 200 and saved.json()["enabled"]
    brief = next(f for f in saved.json()["features"] if f["feature"] == "brief")
    assert brief == {"feature": "brief", "label": "通话前摘要", "provider_id": provider_id, "per_user": 5, "total": 9}
    in_use = await client.delete(f"/api/v1/ai/providers/{provider_id}")
    assert in_use.status_code == 422 and "仍被功能使用" in in_use.json()["detail"]
    bad = await client.post("/api/v1/ai/providers", json={"name": "x", "kind": "openai", "model": "m"})
    assert bad.status_code == 422 and "接口地址" in bad.json()["detail"]
    assert await AiProvider.all().count() == 1
    await admin_login(client, "agent")
    assert (await client.get("/api/v1/ai/status")).json() == {"enabled": True, "features": ["brief"]}
    assert (await client.get("/api/v1/ai/settings")).status_code == 403
    assert "测试连接" not in (await client.post(AI_PAGE)).text
