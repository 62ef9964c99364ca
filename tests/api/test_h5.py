"""A follow-up step's SMS: the notice before a call and the H5 questionnaire link — one message per
task and kind, a signed expiring link that shows no diagnosis, and answers recorded once."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

import httpx
import pytest

from backend import clock
from backend.clock import SHANGHAI
from backend.models import FollowUpRecord, FollowUpTask, FollowUpTemplate, Questionnaire, SmsMessage, SmsTemplate
from backend.models.choices import AssignmentPolicy, Channel, SmsCategory, TaskOutcome, TaskStatus
from backend.services import followup_sms, followup_tasks
from backend.services.questionnaires import seed_library
from tests import factories

CARDIO_ANSWERS = {"sbp": 186, "dbp": 96, "chest_pain": "no", "symptoms": ["none"], "adherence": "regular"}
MORNING = datetime(2026, 11, 26, 9, 30, tzinfo=SHANGHAI)


@pytest.fixture
def morning() -> Iterator[None]:
    with clock.frozen_at(MORNING):
        yield


@pytest.fixture
async def h5_tasks(
    client: httpx.AsyncClient, morning: None, settings, monkeypatch: pytest.MonkeyPatch
) -> dict[Channel, FollowUpTask]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings.h5, "public_base_url", "https://sf.example.cn")
    await seed_library()
    for code, content in (
        ("followup_h5", "${name}您好，请点击 https://sf.example.cn/h5/q/${code} 填写随访问卷。回T退订"),
        ("followup_notice", "${name}您好，${hospital}随访中心近日将致电回访，请留意接听。回T退订"),
    ):
        await SmsTemplate.create(
            code=code,
            name=code,
            category=SmsCategory.FOLLOWUP,
            provider_template_code="SMS_1",
            sign_name="示范市中医医院",
            content=content,
        )
    cardiology = await factories.department("心血管内科", code="0101")
    agent = await factories.staff("followup_agent", await factories.department("随访中心", code="9001"))
    tasks: dict[Channel, FollowUpTask] = {}
    for channel in (Channel.H5, Channel.SMS_THEN_PHONE):
        patient = await factories.patient(cardiology, discharged_days_ago=8)
        template = await FollowUpTemplate.create(
            name=f"心内科 {channel.label}",
            questionnaire=await Questionnaire.get(code="cardiology"),
            match_rules={"departments": ["0101"]},
            schedule=[{"offset_days": 7, "window_days": 7}],
            channel=channel,
            assignment_policy=AssignmentPolicy.ROUND_ROBIN,
        )
        await template.assignees.add(agent)
        await followup_tasks.generate()
        tasks[channel] = await FollowUpTask.get(template=template, admission__patient_id=patient.id)
    return tasks


async def test_each_task_gets_one_step_message_of_its_kind(h5_tasks: dict[Channel, FollowUpTask]) -> None:
    await followup_sms.send_step_messages()
    await followup_sms.send_step_messages()  # the job runs every minute: nothing twice
    h5 = await SmsMessage.get(task_id=h5_tasks[Channel.H5].id)
    notice = await SmsMessage.get(task_id=h5_tasks[Channel.SMS_THEN_PHONE].id)
    assert h5.dedupe_key == f"task:{h5.task_id}:h5" and len(h5.params["code"]) <= 35
    assert notice.dedupe_key == f"task:{notice.task_id}:notice" and set(notice.params) == {"name", "hospital"}
    # every open task of these channels has exactly one message (both templates match both patients)
    tasks = await FollowUpTask.filter(channel__in=[Channel.H5, Channel.SMS_THEN_PHONE]).count()
    assert tasks == 4 and await SmsMessage.all().count() == tasks


async def test_without_a_public_address_no_link_is_texted_and_a_notice_says_why(
    h5_tasks: dict[Channel, FollowUpTask], settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Before, the seeded template linked to http://127.0.0.1:8000, which no patient's phone can open."""
    from backend.models import Notice

    monkeypatch.setattr(settings.h5, "public_base_url", None)
    await followup_sms.send_step_messages()
    await followup_sms.send_step_messages()
    assert not await SmsMessage.filter(dedupe_key__endswith=":h5").exists()
    assert await SmsMessage.filter(dedupe_key__endswith=":notice").count() == 2  # the notices still go
    notice = await Notice.get(kind="h5_not_configured")
    assert "H5__PUBLIC_BASE_URL" in notice.body and await Notice.all().count() == 1

    monkeypatch.setattr(settings.h5, "public_base_url", "https://sf.example.cn")
    await followup_sms.send_step_messages()
    assert await SmsMessage.filter(dedupe_key__endswith=":h5").count() == 2


async def test_the_link_opens_the_questionnaire_without_any_diagnosis(
    client: httpx.AsyncClient, h5_tasks: dict[Channel, FollowUpTask]
) -> None:
    token = followup_sms.h5_token(h5_tasks[Channel.H5])
    # The address the SMS carries is the H5 app's page (no store, no Referer: it holds the token) ...
    page = await client.get(f"/h5/q/{token}")
    assert page.status_code == 200 and '<div id="app">' in page.text, page.text[:300]
    assert page.headers.get_list("referrer-policy") == ["no-referrer"]
    assert page.headers["cache-control"] == "no-store"
    # ... which loads the questionnaire with the link's token, without a login.
    data = await client.get(f"/api/v1/h5/q/{token}")
    assert data.status_code == 200, data.text
    body = data.json()
    assert body["title"] == "出院随访问卷" and "收缩压" in data.text  # the questions are there
    assert body["help"] == "如需帮助请致电医院随访中心。"
    for secret in ("原发性高血压", "I10", "心血管内科", "心血管"):
        assert secret not in data.text


async def test_answers_through_the_link_complete_the_task_once(
    client: httpx.AsyncClient, h5_tasks: dict[Channel, FollowUpTask]
) -> None:
    task = h5_tasks[Channel.H5]
    token = followup_sms.h5_token(task)
    body = {"client_uuid": str(uuid.uuid4()), "answers": CARDIO_ANSWERS}
    first = await client.post(f"/api/v1/h5/q/{token}", json=body)
    again = await client.post(f"/api/v1/h5/q/{token}", json=body)  # a double tap on 提交
    # a phone that still shows the page as first served (amis) posts to the page's address
    legacy = await client.post(f"/h5/q/{token}", json=body)
    assert first.status_code == 200 and first.json()["message"] == "提交成功，感谢您的配合！", first.text
    assert again.json()["id"] == first.json()["id"] == legacy.json()["data"]["id"]
    record = await FollowUpRecord.get(id=first.json()["id"])
    assert (record.staff_id, record.outcome, record.task_id) == (None, TaskOutcome.REACHED, task.id)
    assert (await FollowUpTask.get(id=task.id)).status is TaskStatus.COMPLETED
    assert await FollowUpRecord.filter(task_id=task.id).count() == 1
    late = await client.post(f"/api/v1/h5/q/{token}", json={**body, "client_uuid": str(uuid.uuid4())})
    assert late.status_code == 409
    closed = await client.get(f"/api/v1/h5/q/{token}")
    assert closed.status_code == 409 and "已提交或已结束" in closed.json()["detail"]


async def test_a_staff_only_item_is_neither_shown_to_nor_taken_from_the_patient(
    client: httpx.AsyncClient, h5_tasks: dict[Channel, FollowUpTask]
) -> None:
    """仅随访人员填写 (e.g. 是否已交代健康指导): left out of the link's page and of its required
    items; a patient's answer to it is refused, not stored."""
    task = h5_tasks[Channel.H5]
    general = await Questionnaire.get(code="general_discharge")
    staff_only = [i["id"] for i in general.items if i.get("staff_only")]
    assert staff_only == ["guidance_given"]
    task.questionnaire = general
    await task.save(update_fields=["questionnaire_id"])
    token = followup_sms.h5_token(task)
    page = (await client.get(f"/api/v1/h5/q/{token}")).json()
    asked = [item["id"] for item in page["items"]]
    assert "guidance_given" not in asked and "recovery" in asked
    answers = {
        "recovery": "better",
        "discomfort": "no",
        "revisit_hospital": "no",
        "medication": "regular",
        "recheck_known": "yes",
    }
    refused = await client.post(
        f"/api/v1/h5/q/{token}",
        json={"client_uuid": str(uuid.uuid4()), "answers": {**answers, "guidance_given": "yes"}},
    )
    assert refused.status_code == 422 and "guidance_given" in refused.text
    taken = await client.post(f"/api/v1/h5/q/{token}", json={"client_uuid": str(uuid.uuid4()), "answers": answers})
    assert taken.status_code == 200, taken.text
    record = await FollowUpRecord.get(id=taken.json()["id"])
    assert record.answers == answers


async def test_missing_required_answers_are_refused(
    client: httpx.AsyncClient, h5_tasks: dict[Channel, FollowUpTask]
) -> None:
    token = followup_sms.h5_token(h5_tasks[Channel.H5])
    response = await client.post(f"/api/v1/h5/q/{token}", json={"client_uuid": str(uuid.uuid4()), "answers": {}})
    assert response.status_code == 422
    assert await FollowUpRecord.all().count() == 0


async def test_a_forged_or_expired_link_is_refused(
    client: httpx.AsyncClient, h5_tasks: dict[Channel, FollowUpTask], settings
) -> None:  # type: ignore[no-untyped-def]
    task = h5_tasks[Channel.H5]
    token = followup_sms.h5_token(task)
    other = h5_tasks[Channel.SMS_THEN_PHONE]
    # another task's id and expiry with this task's MAC
    forged = followup_sms.h5_token(other).rsplit(".", 1)[0] + "." + token.rsplit(".", 1)[1]
    body = {"client_uuid": str(uuid.uuid4()), "answers": CARDIO_ANSWERS}
    assert (await client.post(f"/api/v1/h5/q/{forged}", json=body)).status_code == 403
    assert (await client.get(f"/api/v1/h5/q/{forged}")).status_code == 403
    assert (await client.post(f"/h5/q/{forged}", json=body)).status_code == 403
    with clock.frozen_at(MORNING + timedelta(days=settings.sms.h5_link_days, seconds=1)):
        expired = await client.post(f"/api/v1/h5/q/{token}", json=body)
        page = await client.get(f"/api/v1/h5/q/{token}")
    assert expired.status_code == 403 and "已过期" in expired.json()["detail"]
    assert page.status_code == 403 and "已过期" in page.json()["detail"]
    assert await FollowUpRecord.all().count() == 0


async def test_the_access_log_keeps_the_route_of_a_link_but_not_its_token(
    client: httpx.AsyncClient, h5_tasks: dict[Channel, FollowUpTask], caplog: pytest.LogCaptureFixture
) -> None:
    """A questionnaire link is valid for days: before, the full token was written to the access log."""
    import logging

    token = followup_sms.h5_token(h5_tasks[Channel.H5])
    with caplog.at_level(logging.INFO, logger="backend.access"):
        await client.get(f"/h5/q/{token}")
        await client.get(f"/api/v1/h5/q/{token}")
    lines = [r.getMessage() for r in caplog.records if r.name == "backend.access"]
    assert any("/h5/q/***" in line for line in lines)
    assert any("/api/v1/h5/q/***" in line for line in lines)
    assert not any(token in line for line in lines)
