"""患者随访 through the API: the queue, a contact recorded once, required items, red flags to
problems, eligibility re-checked at execution, and results and statistics that agree."""

from __future__ import annotations

import asyncio
import io
import uuid
from datetime import timedelta

import httpx
import openpyxl
import pytest

from backend.clock import now
from backend.models import (
    Admission,
    CallRecord,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Patient,
    Problem,
    Questionnaire,
)
from backend.models.choices import AssignmentPolicy, MergeRule, ProblemSeverity, TaskStatus
from backend.services import followup_tasks
from backend.services.questionnaires import seed_library
from tests import factories

# 已联系 on these phone tasks without a call: staff state how the patient was reached.
OFFLINE = {"reached_without_call": "offline", "reached_reason": "患者来院复诊时当面随访"}
CARDIO_ANSWERS = {"sbp": 186, "dbp": 96, "chest_pain": "no", "symptoms": ["none"], "adherence": "regular"}


@pytest.fixture
async def queue(client: httpx.AsyncClient) -> dict:
    await seed_library()
    cardiology = await factories.department("心血管内科", code="0101")
    stays = []
    for _ in range(3):
        patient = await factories.patient(cardiology, discharged_days_ago=8)
        stays.append(await Admission.get(patient=patient))
    agent = await factories.staff(
        "followup_agent", await factories.department("随访中心", code="9001"), username="agent"
    )
    template = await FollowUpTemplate.create(
        name="心内科出院随访",
        questionnaire=await Questionnaire.get(code="cardiology"),
        match_rules={"departments": ["0101"]},
        schedule=[{"offset_days": 7, "window_days": 7}],
        assignment_policy=AssignmentPolicy.ROUND_ROBIN,
    )
    await template.assignees.add(agent)
    await followup_tasks.generate()
    headers = await factories.login(client, "agent")
    client.cookies.clear()
    return {"headers": headers, "stays": stays, "department": cardiology, "agent": agent}


async def test_queue_lists_today_and_a_contact_is_recorded_once(client: httpx.AsyncClient, queue: dict) -> None:
    headers = queue["headers"]
    today = (await client.get("/api/v1/tasks", params={"view": "today"}, headers=headers)).json()
    assert today["total"] == 3
    task_id = today["items"][0]["id"]
    detail = (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
    assert detail["questionnaire"]["code"] == "cardiology" and "****" in detail["phone"]

    missing = await client.post(
        f"/api/v1/tasks/{task_id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": {"sbp": 120}},
    )
    assert missing.status_code == 422 and "舒张压" in missing.json()["detail"]

    body = {
        "client_uuid": str(uuid.uuid4()),
        "outcome": "reached",
        "answers": CARDIO_ANSWERS,
        "notes": "血压偏高",
        **OFFLINE,
    }
    first = await client.post(f"/api/v1/tasks/{task_id}/contacts", headers=headers, json=body)
    assert first.status_code == 200, first.text
    again = await client.post(f"/api/v1/tasks/{task_id}/contacts", headers=headers, json=body)
    assert again.json()["id"] == first.json()["id"]
    assert await FollowUpRecord.all().count() == 1
    task = await FollowUpTask.get(id=task_id)
    assert task.status is TaskStatus.COMPLETED
    problem = await Problem.get(task_id=task_id)
    assert problem.severity is ProblemSeverity.URGENT and "收缩压" in problem.description
    assert problem.department_id == queue["department"].id
    assert (await client.get("/api/v1/tasks", params={"view": "today"}, headers=headers)).json()["total"] == 2


async def test_no_answer_backs_off_and_a_completed_task_refuses_more(client: httpx.AsyncClient, queue: dict) -> None:
    headers = queue["headers"]
    task_id = (await client.get("/api/v1/tasks", headers=headers)).json()["items"][0]["id"]
    busy = await client.post(
        f"/api/v1/tasks/{task_id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "no_answer"},
    )
    assert busy.status_code == 200
    task = await FollowUpTask.get(id=task_id)
    assert task.status is TaskStatus.ASSIGNED and task.next_attempt_at is not None and task.attempts == 1
    callbacks = (await client.get("/api/v1/tasks", params={"view": "callback"}, headers=headers)).json()
    assert task_id in [t["id"] for t in callbacks["items"]]
    await client.post(
        f"/api/v1/tasks/{task_id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "refused"},
    )
    refused_again = await client.post(
        f"/api/v1/tasks/{task_id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": CARDIO_ANSWERS, **OFFLINE},
    )
    assert refused_again.status_code == 409


async def test_a_patient_who_died_since_planning_is_not_contacted(client: httpx.AsyncClient, queue: dict) -> None:
    headers = queue["headers"]
    task = await FollowUpTask.filter(status=TaskStatus.ASSIGNED).first()
    assert task is not None
    await Patient.filter(id=task.patient_id).update(deceased_at=now() - timedelta(days=1))
    response = await client.post(
        f"/api/v1/tasks/{task.id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": CARDIO_ANSWERS, **OFFLINE},
    )
    assert response.status_code == 409 and "已故" in response.json()["detail"]
    assert (await FollowUpTask.get(id=task.id)).status is TaskStatus.CANCELLED


async def test_results_query_and_statistics_agree(client: httpx.AsyncClient, queue: dict) -> None:
    headers = queue["headers"]
    tasks = (await client.get("/api/v1/tasks", headers=headers)).json()["items"]
    outcomes = ["reached", "no_answer", "refused"]
    for task, outcome in zip(tasks, outcomes, strict=True):
        answers = CARDIO_ANSWERS if outcome == "reached" else {}
        response = await client.post(
            f"/api/v1/tasks/{task['id']}/contacts",
            headers=headers,
            json={"client_uuid": str(uuid.uuid4()), "outcome": outcome, "answers": answers, **OFFLINE},
        )
        assert response.status_code == 200, response.text
    results = (await client.get("/api/v1/followup/records", headers=headers)).json()
    assert results["total"] == 3
    by_answer = (
        await client.get(
            "/api/v1/followup/records", headers=headers, params={"answer_item": "chest_pain", "answer_value": "no"}
        )
    ).json()
    assert by_answer["total"] == 1

    async def found(item: str, value: str) -> int:
        params = {"answer_item": item, "answer_value": value}
        response = await client.get("/api/v1/followup/records", headers=headers, params=params)
        assert response.status_code == 200, response.text
        return int(response.json()["total"])

    # matched in the database on every dialect: numbers as written, a multiple choice by one of its
    # options, an option by its label, and nothing for a value no one gave (quotes are only text)
    assert await found("sbp", "186") == 1 and await found("sbp", "18") == 0
    assert await found("symptoms", "none") == 1 and await found("symptoms", "以上都没有") == 1
    assert await found("symptoms", "edema") == 0 and await found("chest_pain", "yes") == 0
    assert await found("chest_pain", "x' OR '1'='1") == 0
    assert await found("chest_pain", 'say "no"') == 0  # a double quote is text too (MariaDB JSON)
    refused = await client.get(
        "/api/v1/followup/records", headers=headers, params={"answer_item": "sbp'--", "answer_value": "1"}
    )
    assert refused.status_code == 422 and "题目编号" in refused.text
    today = now().date()
    stats = (
        await client.get(
            "/api/v1/followup/stats",
            headers=headers,
            params={"period_from": str(today - timedelta(days=30)), "period_until": str(today + timedelta(days=30))},
        )
    ).json()
    assert stats["total"]["due"] == 3
    assert stats["total"]["completed"] == 2  # reached and refused close the task; no answer retries
    assert stats["total"]["reached"] == 1 and stats["total"]["reach_rate"] == round(1 / 3, 4)
    assert sum(w["contacts"] for w in stats["workload"]) == results["total"]
    # 联系成功 is found again in 随访结果查询 with the statistics' period on the due date, and nothing
    # falls due in a period before the tasks
    period = {"due_from": str(today - timedelta(days=30)), "due_until": str(today + timedelta(days=30))}
    reached = (
        await client.get("/api/v1/followup/records", headers=headers, params={**period, "outcome": "reached"})
    ).json()
    assert reached["total"] == stats["total"]["reached"] == 1
    before = {"due_from": str(today - timedelta(days=90)), "due_until": str(today - timedelta(days=60))}
    assert (await client.get("/api/v1/followup/records", headers=headers, params=before)).json()["total"] == 0
    # 详情: each question with its answer as read, and the red flag's problem
    detail = await client.get(f"/api/v1/followup/records/{reached['items'][0]['id']}", headers=headers)
    assert detail.status_code == 200, detail.text
    body = detail.json()
    answers = {a["question"]: a["answer"] for a in body["answers"]}
    assert answers["最近一次测量的收缩压（高压）"] == "186mmHg" and "以上都没有" in answers.values()
    assert body["outcome"] == "已联系" and body["calls"] == []
    assert [p["severity"] for p in body["problems"]] == ["紧急"] and body["problems"][0]["department"]
    assert (await client.get("/api/v1/followup/records/999999", headers=headers)).status_code == 404
    assert stats["problems"]["urgent"] == 1
    # the Excel export carries the same figures as the page
    exported = await client.get(
        "/api/v1/followup/stats.xlsx",
        headers=headers,
        params={"period_from": str(today - timedelta(days=30)), "period_until": str(today + timedelta(days=30))},
    )
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(exported.content))
    assert workbook.sheetnames == ["汇总", "按科室", "按模板", "工作量", "问题"]
    total_row = [c.value for c in workbook["汇总"][4]]
    assert total_row[:5] == ["合计", 3, 2, stats["total"]["completed_in_window"], 1]
    assert sum(row[1].value for row in workbook["工作量"].iter_rows(min_row=2)) == results["total"]


async def test_a_deceased_outcome_marks_the_patient_and_cancels_their_other_tasks(
    client: httpx.AsyncClient, queue: dict
) -> None:
    headers = queue["headers"]
    task = await FollowUpTask.filter(status=TaskStatus.ASSIGNED).first()
    assert task is not None
    other = await FollowUpTask.create(
        admission_id=task.admission_id,
        patient_id=task.patient_id,
        department_id=task.department_id,
        template_id=task.template_id,
        step=2,
        program=task.program,
        questionnaire_id=task.questionnaire_id,
        status=TaskStatus.ASSIGNED,
        due_start=task.due_start,
        due_end=task.due_end,
        assignee_id=task.assignee_id,
    )
    response = await client.post(
        f"/api/v1/tasks/{task.id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "deceased", "notes": "家属告知已故"},
    )
    assert response.status_code == 200, response.text
    assert (await Patient.get(id=task.patient_id)).deceased_at is not None
    assert (await FollowUpTask.get(id=other.id)).status is TaskStatus.CANCELLED


async def test_deceased_needs_its_source_and_is_refused_while_the_patient_is_in_hospital(
    client: httpx.AsyncClient, queue: dict
) -> None:
    """One tap must not mark a living inpatient dead: 已故 stops every call and the desk cannot undo it."""
    headers = queue["headers"]
    task = await FollowUpTask.filter(status=TaskStatus.ASSIGNED).first()
    assert task is not None
    url = f"/api/v1/tasks/{task.id}/contacts"
    silent = await client.post(url, headers=headers, json={"client_uuid": str(uuid.uuid4()), "outcome": "deceased"})
    assert silent.status_code == 422 and "消息来源" in silent.json()["detail"], silent.text
    # an in-hospital questionnaire (the ward pad's round): the task's own stay has no discharge yet
    await Admission.filter(id=task.admission_id).update(discharged_at=None)
    in_hospital = await client.post(
        url, headers=headers, json={"client_uuid": str(uuid.uuid4()), "outcome": "deceased", "notes": "家属告知"}
    )
    assert in_hospital.status_code == 422 and "在院" in in_hospital.json()["detail"], in_hospital.text
    assert (await Patient.get(id=task.patient_id)).deceased_at is None
    assert (await FollowUpTask.get(id=task.id)).status is TaskStatus.ASSIGNED


async def test_a_call_back_time_without_a_zone_is_beijing_time(client: httpx.AsyncClient, queue: dict) -> None:
    headers = queue["headers"]
    task = await FollowUpTask.filter(status=TaskStatus.ASSIGNED).first()
    assert task is not None
    later = (now() + timedelta(days=2)).replace(tzinfo=None, microsecond=0)
    response = await client.post(
        f"/api/v1/tasks/{task.id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "call_back_later", "call_back_at": later.isoformat()},
    )
    assert response.status_code == 200, response.text
    saved = await FollowUpTask.get(id=task.id)
    assert saved.next_attempt_at is not None and saved.next_attempt_at.astimezone(now().tzinfo).hour == later.hour


async def test_a_patient_readmitted_since_is_not_called_about_the_old_stay(
    client: httpx.AsyncClient, queue: dict
) -> None:
    headers = queue["headers"]
    task = await FollowUpTask.filter(status=TaskStatus.ASSIGNED).first()
    assert task is not None
    await Admission.create(
        his_visit_id="READMIT-1",
        patient_id=task.patient_id,
        department_id=task.department_id,
        admitted_at=now() - timedelta(hours=3),
    )
    response = await client.post(
        f"/api/v1/tasks/{task.id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": CARDIO_ANSWERS, **OFFLINE},
    )
    assert response.status_code == 409 and "再入院" in response.json()["detail"]
    assert (await FollowUpTask.get(id=task.id)).status is TaskStatus.CANCELLED


async def test_statistics_keep_same_named_departments_apart_and_scope_talk_time(
    client: httpx.AsyncClient, queue: dict
) -> None:
    headers, agent = queue["headers"], queue["agent"]
    namesake = await factories.department("心血管内科", code="0102")  # e.g. a second campus
    tasks = await FollowUpTask.all().order_by("id")
    await FollowUpTask.filter(id=tasks[0].id).update(department_id=namesake.id)
    for task, seconds in ((tasks[0], 40), (tasks[1], 100)):
        record = await client.post(
            f"/api/v1/tasks/{task.id}/contacts",
            headers=headers,
            json={"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": CARDIO_ANSWERS, **OFFLINE},
        )
        assert record.status_code == 200, record.text
        await CallRecord.create(
            task=task,
            patient_id=task.patient_id,
            staff=agent,
            driver="manual",
            number_cipher="x",
            started_at=now(),
            duration_seconds=seconds,
        )
    today = now().date()
    period = {"period_from": str(today - timedelta(days=30)), "period_until": str(today + timedelta(days=30))}
    stats = (await client.get("/api/v1/followup/stats", headers=headers, params=period)).json()
    assert stats["by_department"]["心血管内科（0101）"]["due"] == 2
    assert stats["by_department"]["心血管内科（0102）"]["due"] == 1
    assert [(w["calls"], w["talk_seconds"]) for w in stats["workload"]] == [(2, 140)]
    assert stats["department_ids"]["心血管内科（0102）"] == namesake.id  # each row links to its own list
    options = (await client.get("/api/v1/followup/stats/options/departments", headers=headers)).json()["options"]
    assert {"value": namesake.id, "label": "心血管内科"} in options
    assert (await client.get("/api/v1/followup/stats/options/patients", headers=headers)).status_code == 422

    one = (
        await client.get(
            "/api/v1/followup/stats",
            headers=headers,
            params={**period, "department_id": queue["department"].id},
        )
    ).json()
    assert one["total"]["due"] == 2
    assert [(w["contacts"], w["calls"], w["talk_seconds"]) for w in one["workload"]] == [(1, 1, 100)]


async def test_the_same_form_submitted_twice_at_once_is_recorded_once_without_an_error(
    client: httpx.AsyncClient, queue: dict
) -> None:
    """A double click: both requests race for the task lock; the loser finds the winner's record."""
    headers = queue["headers"]
    task_id = (await client.get("/api/v1/tasks", params={"view": "today"}, headers=headers)).json()["items"][0]["id"]
    body = {"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": CARDIO_ANSWERS, **OFFLINE}
    first, second = await asyncio.gather(
        client.post(f"/api/v1/tasks/{task_id}/contacts", headers=headers, json=body),
        client.post(f"/api/v1/tasks/{task_id}/contacts", headers=headers, json=body),
    )
    assert (first.status_code, second.status_code) == (200, 200), (first.text, second.text)
    assert first.json()["id"] == second.json()["id"]
    assert await FollowUpRecord.filter(task_id=task_id).count() == 1


async def test_a_merged_step_is_answered_through_the_api_and_a_missing_item_is_named_by_its_section(
    client: httpx.AsyncClient,
) -> None:
    """合并: the task detail lists the step merged into its call with its questionnaire; the contact
    takes its answers by task id, names a missing (or conditional) item with the section it is in,
    refuses a task not merged here, and records one record per task."""
    cardiology = await factories.department("心血管内科", code="0101")
    await factories.patient(cardiology, discharged_days_ago=8)
    own = [{"id": "q1", "type": "single", "text": "伤口", "required": True, "options": [{"value": "ok"}]}]
    # the same item id as the main questionnaire's: only the section tells them apart
    extra = [
        {
            "id": "q1",
            "type": "single",
            "text": "服药",
            "required": True,
            "options": [{"value": "yes"}, {"value": "no"}],
        },
        {
            "id": "why",
            "type": "text",
            "text": "未按时服药原因",
            "required": True,
            "show_if": {"item": "q1", "equals": "no"},
        },
    ]
    for name, priority, rule, items in (("专病", 10, MergeRule.DEFER, own), ("通用", 0, MergeRule.MERGE, extra)):
        await FollowUpTemplate.create(
            name=name,
            questionnaire=await Questionnaire.create(code=name, title=f"{name}问卷", items=items),
            match_rules={"departments": ["0101"]},
            schedule=[{"offset_days": 7, "window_days": 7}],
            priority=priority,
            merge_rule=rule,
        )
    await followup_tasks.generate()
    host = await FollowUpTask.get(template__name="专病")
    step = await FollowUpTask.get(template__name="通用")
    await factories.staff("followup_agent", await factories.department("随访中心", code="9001"), username="agent")
    headers = await factories.login(client, "agent")
    client.cookies.clear()

    detail = (await client.get(f"/api/v1/tasks/{host.id}", headers=headers)).json()
    assert [(m["task_id"], m["template"], m["questionnaire"]["title"]) for m in detail["merged"]] == [
        (step.id, "通用", "通用问卷")
    ]

    async def contact(merged_answers: dict) -> httpx.Response:
        body = {
            "client_uuid": str(uuid.uuid4()),
            "outcome": "reached",
            "answers": {"q1": "ok"},
            "merged_answers": merged_answers,
            **OFFLINE,
        }
        return await client.post(f"/api/v1/tasks/{host.id}/contacts", headers=headers, json=body)

    for given, named, field in (
        ({}, "服药", "q1"),
        ({str(step.id): {"q1": "no"}}, "未按时服药原因", "why"),  # shown by the answer before it
    ):
        refused = await contact(given)
        assert refused.status_code == 422, refused.text
        assert refused.json()["detail"].startswith("合并随访「通用」：还有1道必答题未回答") and named in refused.text
        assert [e["field"] for e in refused.json()["errors"]] == [f"merged_answers.{step.id}.{field}"]
    stray = await contact({str(step.id): {"q1": "yes"}, str(host.id): {"q1": "ok"}})
    assert stray.status_code == 422 and "未合并到本次随访" in stray.json()["detail"]
    assert await FollowUpRecord.all().count() == 0

    saved = await contact({str(step.id): {"q1": "no", "why": "忘记了"}})
    assert saved.status_code == 200, saved.text
    rows = await FollowUpRecord.all().order_by("id").values("task_id", "answers")
    assert rows == [
        {"task_id": host.id, "answers": {"q1": "ok"}},
        {"task_id": step.id, "answers": {"q1": "no", "why": "忘记了"}},
    ]
    assert (await client.get(f"/api/v1/tasks/{host.id}", headers=headers)).json()["merged"] == []


async def test_a_call_back_booked_ahead_is_under_scheduled_and_counted_alike_by_app_and_desk(
    client: httpx.AsyncClient, queue: dict
) -> None:
    """预约再联系 for tomorrow took the task out of 今日待办 and nowhere showed it, while the desk's
    今日待随访 still counted it: the app and the desk disagreed."""
    from datetime import timedelta

    from backend.clock import now
    from backend.services import dashboard
    from backend.services.principal import load_principal

    headers = queue["headers"]
    task_id = (await client.get("/api/v1/tasks", headers=headers)).json()["items"][0]["id"]
    later = (now() + timedelta(days=2)).isoformat()
    booked = await client.post(
        f"/api/v1/tasks/{task_id}/contacts",
        headers=headers,
        json={"client_uuid": str(uuid.uuid4()), "outcome": "call_back_later", "call_back_at": later},
    )
    assert booked.status_code == 200, booked.text
    detail = (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
    assert [(r["outcome"], r["outcome_label"]) for r in detail["records"]] == [("call_back_later", "预约再联系")]
    today = (await client.get("/api/v1/tasks", params={"view": "today"}, headers=headers)).json()
    assert today["total"] == 2 and task_id not in [t["id"] for t in today["items"]]
    scheduled = (await client.get("/api/v1/tasks", params={"view": "scheduled"}, headers=headers)).json()
    assert scheduled["total"] == 1 and [t["id"] for t in scheduled["items"]] == [task_id]
    todos = await dashboard.my_todos(await load_principal(queue["agent"]))
    assert todos.due_today == today["total"]

    # a programme filter is the server's, so its count is the filtered total, paged
    centre = await client.get(
        "/api/v1/tasks", params={"view": "today", "program": "centre", "page_size": 1}, headers=headers
    )
    assert centre.json()["total"] == 2 and len(centre.json()["items"]) == 1
    survey = await client.get("/api/v1/tasks", params={"view": "today", "program": "satisfaction"}, headers=headers)
    assert survey.json() | {"items": []} == {"total": 0, "page": 1, "page_size": 20, "items": []}
    wrong = await client.get("/api/v1/tasks", params={"program": "x"}, headers=headers)
    assert wrong.status_code == 422 and "项目" in wrong.json()["detail"]
