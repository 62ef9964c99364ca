"""AI features 4, 6 and 7 against a loopback Ark (Doubao) server: satisfaction comment analysis,
questionnaire drafting and the monthly narrative, each refusing answers it cannot vouch for."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from backend.clock import now
from backend.models import FollowUpRecord, Questionnaire
from backend.models.choices import TaskStatus
from backend.services import ai_features, stats
from backend.services.ai import AiInvalidOutput
from backend.services.principal import load_principal
from tests import factories
from tests.admin.conftest import admin_login
from tests.ai_support import configure, open_task, user_text
from tests.loopback.llm import ChatLoopback


@pytest.fixture
def server() -> Iterator[ChatLoopback]:
    with ChatLoopback("ark") as loopback:
        yield loopback


async def test_questionnaire_draft_is_validated_and_fills_the_designer(
    db: str, server: ChatLoopback, client: httpx.AsyncClient
) -> None:
    await configure(server)
    designer = await factories.staff("followup_agent", await factories.department(), username="designer")
    principal = await load_principal(designer)
    draft = {
        "title": "冠心病介入术后随访",
        "items": [
            {
                "id": "chest_pain",
                "type": "single",
                "text": "最近有胸痛吗？",
                "required": True,
                "options": [{"value": "yes", "label": "有"}, {"value": "no", "label": "没有"}],
            },
            {"id": "pain_score", "type": "scale", "text": "疼痛几分？", "min": 0, "max": 10},
        ],
    }
    server.responder = lambda body: json.dumps(draft, ensure_ascii=False)
    result = await ai_features.draft_questionnaire(principal, "冠心病介入术后1个月随访，问胸痛")
    assert [i["id"] for i in result["items"]] == ["chest_pain", "pain_score"]
    assert result["items"][1] == {
        "id": "pain_score",
        "type": "scale",
        "text": "疼痛几分？",
        "required": False,
        "min": 0,
        "max": 10,
    }
    # the designer's own rows, from the admin route
    await admin_login(client, "designer")
    rows = (
        await client.post("/admin/DictionaryApp/QuestionnaireAdmin/designer/ai-draft", json={"description": "胸痛随访"})
    ).json()
    assert rows["status"] == 0 and rows["data"]["items"][0]["options"][0] == {
        "value": "yes",
        "label": "有",
        "score": None,
        "satisfied": False,
        "na": False,
        "complaint": False,
        "exclusive": False,
    }
    # a scale without its range fails the questionnaire validation: refused
    draft["items"][1].pop("max")
    with pytest.raises(AiInvalidOutput) as caught:
        await ai_features.draft_questionnaire(principal, "再来一份")
    assert "未通过校验" in caught.value.message


async def _month_with_work() -> tuple[str, object]:
    await factories.staff("followup_agent", await factories.department("心血管内科"), username="reporter")
    from backend.models import Staff

    return now().strftime("%Y-%m"), await load_principal(await Staff.get(username="reporter"))


async def test_monthly_narrative_quotes_only_the_figures_of_the_statistics(db: str, server: ChatLoopback) -> None:
    await configure(server)
    month, principal = await _month_with_work()

    def faithful(body: dict) -> str:
        total = user_text(body).splitlines()[1]  # 全院：应随访 N，……
        numbers = re.findall(r"\d+(?:\.\d+)?%?", total)
        return json.dumps({"narrative": f"本月全院应随访 {numbers[0]} 人次，随访率 {numbers[4]}。"}, ensure_ascii=False)

    server.responder = faithful
    result = await ai_features.monthly_narrative(principal, month)  # type: ignore[arg-type]
    start = now().date().replace(day=1)
    until = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    figures = await stats.compute(principal, period_from=start, period_until=until)  # type: ignore[arg-type]
    assert f"应随访 {figures.total.due} 人次" in result["narrative"]
    server.responder = lambda body: json.dumps(
        {"narrative": "本月随访率高达 97.3%，较上月提升 12 个百分点。"}, ensure_ascii=False
    )
    with pytest.raises(AiInvalidOutput) as caught:
        await ai_features.monthly_narrative(principal, month)  # type: ignore[arg-type]
    assert "97.3%" in caught.value.message and "已拒收" in caught.value.message


async def test_comment_analysis_names_staff_without_sending_any_name(db: str, server: ChatLoopback) -> None:
    department = await factories.department("脑病科")
    nurse = await factories.staff("nurse", department)
    nurse.name = "李秀梅"
    await nurse.save()
    officer = await factories.staff("satisfaction_officer", await factories.department("行风办"))
    patient = await factories.patient(department, name="上官云")
    questionnaire = await Questionnaire.create(
        code="sat_comment",
        title="满意度",
        program="satisfaction",
        items=[{"id": "comment", "type": "text", "text": "意见"}],
    )
    task = await open_task(patient, department, questionnaire, program="satisfaction", status=TaskStatus.COMPLETED)
    await FollowUpRecord.create(
        client_uuid=uuid.uuid4(),
        task=task,
        patient=patient,
        questionnaire=questionnaire,
        outcome="reached",
        contacted_at=now(),
        answers={"comment": "我是上官云，护士李秀梅很耐心，电话13912345678；夜里病房太吵。"},
    )

    def analysis(body: dict) -> str:
        text = user_text(body)
        staff = re.search(r"【医护\d+】", text)
        assert staff is not None
        return json.dumps(
            {
                "summary": "表扬护理，抱怨夜间噪音",
                "positive": 1,
                "neutral": 0,
                "negative": 1,
                "themes": [{"theme": "夜间噪音", "count": 1, "sentiment": "负面"}],
                "mentions": [
                    {"kind": "表扬", "staff": staff.group(0), "text": "很耐心"},
                    {"kind": "投诉", "staff": "张三丰", "text": "编造的人"},
                ],
            },
            ensure_ascii=False,
        )

    # with no model for the feature, the offline analysis answers (jieba, names from 员工维护)
    offline = await ai_features.analyse_comments(
        await load_principal(officer), department_id=department.id, period_from=now().date(), period_until=now().date()
    )
    assert offline["source"] == "offline" and offline["praise"][0]["staff"] == "李秀梅", offline
    assert server.received_text() == ""

    await configure(server)
    server.responder = analysis
    result = await ai_features.analyse_comments(
        await load_principal(officer), department_id=department.id, period_from=now().date(), period_until=now().date()
    )
    sent = server.received_text()
    assert "李秀梅" not in sent and "上官云" not in sent and "13912345678" not in sent
    assert "夜里病房太吵" in sent
    praised, invented = result["mentions"]
    assert praised["staff"] == "李秀梅" and praised["known"]
    assert not invented["known"] and "未在人员名单中" in invented["flag"]
    assert result["themes"][0]["theme"] == "夜间噪音" and result["count"] == 1


async def test_monthly_narrative_adds_the_satisfaction_figures_for_who_may_read_them(
    db: str, server: ChatLoopback
) -> None:
    from backend.models import Role

    await configure(server)
    both = await factories.staff("followup_agent", await factories.department())
    await both.roles.add(await Role.get(code="satisfaction_officer"))
    server.responder = lambda body: json.dumps({"narrative": "本月满意度平稳。"}, ensure_ascii=False)
    result = await ai_features.monthly_narrative(await load_principal(both), now().strftime("%Y-%m"))
    assert any(line.startswith("满意度：有效回答 0") for line in result["figures"])
    assert "满意度：有效回答" in user_text(server.requests[-1])
