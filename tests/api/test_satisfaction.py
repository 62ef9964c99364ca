"""满意度管理 through the API: who sees which satisfaction data (the role matrix), and a
complaint's 整改单 from the survey to the department's measures, the 行风办's verification, the
callback task and escalation of an overdue one, with the statistics moving by what happened."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest

from backend.clock import now
from backend.jobs import tasks
from backend.models import (
    Admission,
    Department,
    FollowUpTask,
    FollowUpTemplate,
    Permission,
    Questionnaire,
    Rectification,
    Role,
    SatisfactionAnswer,
    Staff,
)
from backend.models.choices import Program, RectificationStatus, TaskStatus
from backend.services import rectifications
from backend.services.questionnaires import seed_library
from tests import factories


def _answers(questionnaire: Questionnaire, *, best: bool, complaint: bool = False) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for item in questionnaire.items:
        if item.get("dimension"):
            scored = [o for o in item["options"] if o.get("score") is not None]
            pick = max(scored, key=lambda o: o["score"]) if best else min(scored, key=lambda o: o["score"])
            answers[item["id"]] = pick["value"]
    answers["complaint"] = "yes" if complaint else "no"
    if complaint:
        answers["complaint_detail"] = "夜间呼叫铃无人应答"
    return answers


async def _survey_task(department: Department, template: FollowUpTemplate, officer_id: int) -> FollowUpTask:
    patient = await factories.patient(department)
    today = now().date()
    return await FollowUpTask.create(
        admission=await Admission.get(patient=patient),
        patient=patient,
        department=department,
        template=template,
        step=0,
        program=Program.SATISFACTION,
        questionnaire_id=template.questionnaire_id,
        status=TaskStatus.ASSIGNED,
        assignee_id=officer_id,
        due_start=today,
        due_end=today,
    )


@pytest.fixture
async def hospital(client: httpx.AsyncClient) -> dict[str, Any]:
    await seed_library()
    internal = await factories.department("内科", code="0201")
    surgery = await factories.department("外科", code="0301")
    office = await factories.department("行风办", code="9002")
    officer = await factories.staff("satisfaction_officer", office, username="officer")
    await factories.staff("doctor", internal, username="doc_in")
    await factories.staff("doctor", surgery, username="doc_su")
    await factories.staff("nurse", internal, username="nurse_in")
    await factories.staff("dept_head", internal, username="head_in")
    await factories.staff("followup_agent", await factories.department("随访中心", code="9001"), username="agent")
    questionnaire = await Questionnaire.get(code="satisfaction_inpatient_cn", version=1)
    template = await FollowUpTemplate.create(
        name="住院满意度调查", program=Program.SATISFACTION, questionnaire=questionnaire, is_active=False
    )
    centre = await FollowUpTemplate.create(
        name="出院随访", questionnaire=await Questionnaire.get(code="general_discharge")
    )
    headers = {
        name: await factories.login(client, name)
        for name in ("officer", "doc_in", "doc_su", "nurse_in", "agent", "head_in")
    }
    client.cookies.clear()
    return {
        "internal": internal,
        "surgery": surgery,
        "officer": officer,
        "template": template,
        "centre": centre,
        "questionnaire": questionnaire,
        "headers": headers,
    }


async def _record(client: httpx.AsyncClient, hospital: dict, department: Department, answers: dict) -> dict:
    task = await _survey_task(department, hospital["template"], hospital["officer"].id)
    response = await client.post(
        f"/api/v1/tasks/{task.id}/contacts",
        headers=hospital["headers"]["officer"],
        json={
            "client_uuid": str(uuid.uuid4()),
            "outcome": "reached",
            "answers": answers,
            # no call of the task in this test: the survey is stated as taken another way
            "reached_without_call": "other",
            "reached_reason": "患者在病房当面填答",
        },
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_office_sees_every_department_a_department_its_own_and_the_centre_only_when_granted(
    client: httpx.AsyncClient, hospital: dict
) -> None:
    q = hospital["questionnaire"]
    await _record(client, hospital, hospital["internal"], _answers(q, best=True))
    await _record(client, hospital, hospital["surgery"], _answers(q, best=False))
    h = hospital["headers"]

    async def seen(who: str) -> tuple[int, set[str]]:
        stats = await client.get("/api/v1/satisfaction/stats", headers=h[who])
        if stats.status_code != 200:
            return stats.status_code, set()
        answers = await client.get("/api/v1/satisfaction/answers", headers=h[who], params={"page_size": 200})
        assert answers.status_code == 200
        departments = {r["department"] for r in stats.json()["by_department"]}
        assert departments == {r["department"] for r in answers.json()["items"]}
        return 200, departments

    assert await seen("officer") == (200, {"内科", "外科"})
    # every figure drills down to the answers that make it (the API and the admin list agree)
    stats = (await client.get("/api/v1/satisfaction/stats", headers=h["officer"])).json()
    surgery = next(r for r in stats["by_department"] if r["department"] == "外科")
    for params, expected in (
        ({"valid": True}, stats["total"]["valid"]),
        ({"satisfied": True}, stats["total"]["satisfied"]),
    ):
        listed = await client.get("/api/v1/satisfaction/answers", headers=h["officer"], params=params)
        assert listed.json()["total"] == expected > 0
    admin_list = await client.post(
        "/admin/SatisfactionApp/SatisfactionAnswerAdmin/list",
        headers=h["officer"],
        json={"score100": "0,100", "department_id": hospital["surgery"].id},
    )
    assert admin_list.json()["data"]["total"] == surgery["valid"] > 0
    assert surgery["satisfied"] == 0 and surgery["satisfaction_rate"] == 0  # the worst answer everywhere
    assert await seen("doc_in") == (200, {"内科"})
    assert await seen("doc_su") == (200, {"外科"})
    assert await seen("head_in") == (200, {"内科"})
    assert (await seen("nurse_in"))[0] == 403
    assert (await seen("agent"))[0] == 403
    # the follow-up centre's results hold no satisfaction survey...
    records = await client.get("/api/v1/followup/records", headers=h["agent"], params={"page_size": 200})
    assert records.status_code == 200 and records.json()["total"] == 0
    nurse = await client.get("/api/v1/followup/records", headers=h["nurse_in"], params={"page_size": 200})
    assert nurse.status_code == 200 and nurse.json()["total"] == 0
    # ...until its role is granted 查看满意度结果
    role = await Role.get(code="followup_agent")
    granted = await Role.create(code="centre_survey", name="随访中心（满意度）", data_scope="all")
    await granted.permissions.add(*await Permission.filter(code__in=["survey:read"]))
    agent = await role.staff.filter(username="agent").first()
    assert agent is not None
    await agent.roles.add(granted)
    from backend.services.principal import bump_staff

    await bump_staff(agent.id)
    assert await seen("agent") == (200, {"内科", "外科"})
    records = await client.get("/api/v1/followup/records", headers=h["agent"], params={"page_size": 200})
    assert records.json()["total"] == 2
    # a department cannot read another department's answers by filtering for it
    other = await client.get(
        "/api/v1/satisfaction/answers", headers=h["doc_in"], params={"department_id": hospital["surgery"].id}
    )
    assert other.status_code == 200 and other.json()["total"] == 0


async def test_a_complaint_opens_a_rectification_the_department_replies_the_office_verifies_and_calls_back(
    client: httpx.AsyncClient, hospital: dict
) -> None:
    h, q = hospital["headers"], hospital["questionnaire"]
    await _record(client, hospital, hospital["internal"], _answers(q, best=True))
    before = (await client.get("/api/v1/satisfaction/stats", headers=h["officer"])).json()
    assert before["rectification"]["opened"] == 0
    record = await _record(client, hospital, hospital["internal"], _answers(q, best=True, complaint=True))
    low = await _record(client, hospital, hospital["surgery"], _answers(q, best=False))

    listed = (await client.get("/api/v1/rectifications", headers=h["officer"])).json()["items"]
    assert [(r["department"], r["source"]) for r in listed] == [("外科", "low_score"), ("内科", "complaint")]
    complaint = next(r for r in listed if r["source"] == "complaint")
    assert "夜间呼叫铃无人应答" in complaint["description"] and complaint["status_label"] == "待整改"
    low_one = next(r for r in listed if r["source"] == "low_score")
    assert "总的来说，您对这次住院满意吗" in low_one["description"]  # a flagged item scored low
    assert await Rectification.filter(record_id=record["id"]).count() == 1
    assert low["id"] != record["id"]

    # the other department neither sees nor answers it; the office does not reply for the department
    assert [
        r["department"] for r in (await client.get("/api/v1/rectifications", headers=h["doc_su"])).json()["items"]
    ] == ["外科"]
    path = f"/api/v1/rectifications/{complaint['id']}"
    assert (
        await client.post(f"{path}/reply", headers=h["doc_su"], json={"measures": "不属于本科室"})
    ).status_code == 404
    assert (
        await client.post(f"{path}/reply", headers=h["officer"], json={"measures": "代科室回复"})
    ).status_code == 403
    empty = await client.post(f"{path}/reply", headers=h["doc_in"], json={"measures": " "})
    assert empty.status_code == 422
    # verifying before the department replied is refused
    assert (await client.post(f"{path}/verify", headers=h["officer"], json={"accepted": True})).status_code == 409

    replied = await client.post(f"{path}/reply", headers=h["doc_in"], json={"measures": "夜班增加一名护士巡视"})
    assert replied.status_code == 200 and replied.json()["status"] == "replied"
    assert (await client.post(f"{path}/verify", headers=h["doc_in"], json={"accepted": True})).status_code == 403
    rejected = await client.post(
        f"{path}/verify", headers=h["officer"], json={"accepted": False, "note": "措施未落实到人"}
    )
    assert rejected.status_code == 200 and rejected.json()["status"] == "open"
    await client.post(f"{path}/reply", headers=h["doc_in"], json={"measures": "夜班护士长每晚巡查呼叫铃响应"})
    verified = await client.post(f"{path}/verify", headers=h["officer"], json={"accepted": True, "note": "已落实"})
    assert verified.status_code == 200 and verified.json()["status"] == "verified"

    callback = await FollowUpTask.get(id=verified.json()["callback_task_id"]).prefetch_related(
        "template", "questionnaire"
    )
    assert callback.program is Program.SATISFACTION and callback.assignee_id == hospital["officer"].id
    assert callback.status is TaskStatus.ASSIGNED and callback.questionnaire.code == "satisfaction_callback"
    assert callback.template.is_active is False  # never planned by task generation
    # the callback is worked like any task; its answers are no survey answers
    rows = await SatisfactionAnswer.all().count()
    called = await client.post(
        f"/api/v1/tasks/{callback.id}/contacts",
        headers=h["officer"],
        json={
            "client_uuid": str(uuid.uuid4()),
            "outcome": "reached",
            "answers": {"cb_resolved": "yes", "cb_satisfied": "4"},
            "reached_without_call": "other",
            "reached_reason": "患者来院时当面回访",
        },
    )
    assert called.status_code == 200, called.text
    assert await SatisfactionAnswer.all().count() == rows and await Rectification.all().count() == 2

    after = (await client.get("/api/v1/satisfaction/stats", headers=h["officer"])).json()
    assert after["rectification"]["opened"] == 2 and after["rectification"]["closed"] == 1
    assert after["rectification"]["closure_rate"] == 0.5
    assert after["total"]["due"] == before["total"]["due"] + 2  # the callback is not a survey
    assert after["total"]["responded"] == before["total"]["responded"] + 2


async def test_an_overdue_rectification_escalates_once_to_the_department_head_and_shows_on_the_home_page(
    client: httpx.AsyncClient, hospital: dict
) -> None:
    h, q = hospital["headers"], hospital["questionnaire"]
    await _record(client, hospital, hospital["internal"], _answers(q, best=True, complaint=True))
    assert await rectifications.escalate_overdue() == []
    # the deadline passes (the session tokens would not survive moving the clock a week on)
    await Rectification.all().update(deadline=now() - timedelta(hours=1))
    escalated = await rectifications.escalate_overdue()
    assert len(escalated) == 1 and escalated[0].department_id == hospital["internal"].id
    head = await Role.get(code="dept_head")
    assert escalated[0].heads == [s.id for s in await head.staff.all()]
    assert await rectifications.escalate_overdue() == []  # once
    assert await tasks.rectification_escalate({}) == 0  # the half-hourly job: nothing left to escalate
    overdue = (await client.get("/api/v1/rectifications", headers=h["officer"], params={"overdue": True})).json()
    assert overdue["total"] == 1 and overdue["items"][0]["escalated"] is True
    for who, count in (("officer", 1), ("head_in", 1), ("doc_su", 0)):
        home = await client.post("/admin/page/home", headers=h[who], json={})
        assert home.status_code == 200
        cards = {c["body"]["title"]: c["body"]["body"] for c in home.json()["data"]["body"][0]["columns"]}
        assert cards["逾期整改单"].endswith(f"</i>{count}</div>"), (who, cards)
    assert (await Rectification.get()).status is RectificationStatus.OPEN


async def test_the_office_has_its_own_menu_without_the_follow_up_centre_pages(
    client: httpx.AsyncClient, app, hospital: dict
) -> None:  # type: ignore[no-untyped-def]
    from backend.admin.site import menu_entries
    from backend.services import menus

    await menus.sync(menu_entries(app.state.admin_site))
    h = hospital["headers"]
    office = str((await client.post("/admin/", headers=h["officer"], json={})).json()["data"])
    for label in ("满意度管理", "满意度统计", "整改管理", "满意度结果查询", "满意度参数", "随访任务"):
        assert label in office, label
    for label in ("随访结果查询", "统计分析", "通话记录"):
        assert label not in office, label
    centre = str((await client.post("/admin/", headers=h["agent"], json={})).json()["data"])
    assert "随访结果查询" in centre and "满意度统计" not in centre and "整改管理" not in centre
    department = str((await client.post("/admin/", headers=h["doc_in"], json={})).json()["data"])
    assert "满意度统计" in department and "整改管理" in department and "满意度参数" not in department
    # every page of the menu opens for the office, in Chinese
    for path in (
        "/admin/SatisfactionApp/page/satisfaction-stats",
        "/admin/SatisfactionApp/page/satisfaction-settings",
        "/admin/SatisfactionApp/RectificationAdmin",
        "/admin/SatisfactionApp/SatisfactionAnswerAdmin",
    ):
        response = await client.post(path, headers=h["officer"], json={})
        assert response.status_code == 200 and response.json()["status"] == 0, (path, response.text[:300])


async def test_the_survey_drawer_opens_with_the_template_s_script_and_refusals_and_inconvenient_count_apart(
    client: httpx.AsyncClient, hospital: dict
) -> None:
    h, template = hospital["headers"], hospital["template"]
    template.script = {"opening": "您好，我是{医院}行风办的{随访人员}，请问是{患者}吗？"}
    template.sampling = {"enabled": True, "mode": "count", "count": 20, "minimum": 0, "period": "week"}
    await template.save()
    listed = await client.post("/admin/FollowUpApp/TemplateAdmin/list", headers=h["officer"], json={})
    said = {row["name"]: row["sampling"] for row in listed.json()["data"]["items"]}
    assert said == {"住院满意度调查": "每周每科室抽取出院患者的 20 人", "出院随访": "-"}
    task = await _survey_task(hospital["internal"], template, hospital["officer"].id)
    await task.fetch_related("patient")
    drawer = await client.get(f"/admin/FollowUpApp/TaskAdmin/form/{task.id}", headers=h["officer"])
    assert drawer.status_code == 200
    shown = str(drawer.json()["data"])
    assert "调查话术" in shown and f"行风办的{hospital['officer'].name}，请问是{task.patient.name}吗" in shown
    assert "{医院}" not in shown and "结束语" in shown and "感谢您对我院工作的支持" in shown  # the default closing
    assert "不便回答" in shown  # an outcome of its own in the drawer

    before = (await client.get("/api/v1/satisfaction/stats", headers=h["officer"])).json()["total"]
    for outcome in ("refused", "inconvenient", "inconvenient"):
        other = await _survey_task(hospital["surgery"], template, hospital["officer"].id)
        saved = await client.post(
            f"/api/v1/tasks/{other.id}/contacts",
            headers=h["officer"],
            json={"client_uuid": str(uuid.uuid4()), "outcome": outcome},
        )
        assert saved.status_code == 200, saved.text
        assert (await FollowUpTask.get(id=other.id)).status is TaskStatus.COMPLETED
    after = (await client.get("/api/v1/satisfaction/stats", headers=h["officer"])).json()["total"]
    assert after["due"] == before["due"] + 3 and after["responded"] == before["responded"]
    assert after["refused"] == before["refused"] + 1 and after["inconvenient"] == before["inconvenient"] + 2
    assert after["inconvenient_rate"] == round(after["inconvenient"] / after["due"], 4)

    # a follow-up centre task has no survey script
    centre_task = await FollowUpTask.create(
        admission=await Admission.get(patient=task.patient),
        patient=task.patient,
        department=hospital["internal"],
        template=hospital["centre"],
        step=1,
        program=Program.CENTRE,
        questionnaire_id=hospital["centre"].questionnaire_id,
        status=TaskStatus.ASSIGNED,
        due_start=now().date(),
        due_end=now().date(),
    )
    centre = await client.get(f"/admin/FollowUpApp/TaskAdmin/form/{centre_task.id}", headers=h["agent"])
    assert centre.status_code == 200 and "调查话术" not in str(centre.json()["data"])


async def test_comments_name_the_staff_praised_and_complained_about_within_the_viewer_s_scope(
    client: httpx.AsyncClient, hospital: dict
) -> None:
    h, q = hospital["headers"], hospital["questionnaire"]
    nurse = await Staff.get(username="nurse_in")
    doctor = await Staff.get(username="doc_su")
    complaint = {**_answers(q, best=True, complaint=True), "complaint_detail": f"护士{nurse.name}态度差，呼叫不应"}
    await _record(client, hospital, hospital["internal"], complaint)
    praise = {**_answers(q, best=True), "suggestion": f"感谢{doctor.name}医生耐心细致，病房环境干净"}
    await _record(client, hospital, hospital["surgery"], praise)

    office = await client.get("/api/v1/satisfaction/comments", headers=h["officer"])
    assert office.status_code == 200
    body = office.json()
    assert body["comments"] == 2
    assert body["complaints"] == [{"staff": nurse.name, "text": complaint["complaint_detail"]}]
    assert body["praise"] == [{"staff": doctor.name, "text": praise["suggestion"]}]
    assert {"word": "病房", "count": 1} in body["themes"]
    # a department sees its own department's comments only; the follow-up centre none
    own = (await client.get("/api/v1/satisfaction/comments", headers=h["doc_su"])).json()
    assert own["comments"] == 1 and own["complaints"] == [] and own["praise"][0]["staff"] == doctor.name
    assert (await client.get("/api/v1/satisfaction/comments", headers=h["agent"])).status_code == 403
    page = await client.post("/admin/SatisfactionApp/page/satisfaction-stats", headers=h["officer"], json={})
    assert "/api/v1/satisfaction/comments" in page.text and "意见建议分析" in page.text


async def test_a_patient_s_history_shows_every_program_in_one_timeline_within_the_viewer_s_scope(
    client: httpx.AsyncClient, hospital: dict
) -> None:
    h, q = hospital["headers"], hospital["questionnaire"]
    survey = await _record(client, hospital, hospital["internal"], _answers(q, best=True, complaint=True))
    patient_id = (await FollowUpTask.get(id=survey["task_id"])).patient_id
    agent = await Staff.get(username="agent")
    centre_task = await FollowUpTask.create(
        admission=await Admission.get(patient_id=patient_id),
        patient_id=patient_id,
        department=hospital["internal"],
        template=hospital["centre"],
        step=1,
        program=Program.CENTRE,
        questionnaire_id=hospital["centre"].questionnaire_id,
        status=TaskStatus.ASSIGNED,
        assignee=agent,
        due_start=now().date(),
        due_end=now().date(),
    )
    called = await client.post(
        f"/api/v1/tasks/{centre_task.id}/contacts",
        headers=h["agent"],
        json={"client_uuid": str(uuid.uuid4()), "outcome": "no_answer"},
    )
    assert called.status_code == 200, called.text

    async def history(who: str) -> tuple[int, list[tuple[str, str]]]:
        response = await client.get(f"/api/v1/patients/{patient_id}/followup-history", headers=h[who])
        if response.status_code != 200:
            return response.status_code, []
        return 200, [(e["program"], e["kind"]) for e in response.json()["items"]]

    status, office = await history("officer")
    assert status == 200 and set(office) == {
        ("随访中心", "随访记录"),
        ("满意度调查（行风办）", "随访记录"),
        ("满意度调查（行风办）", "整改单"),
    }
    body = (await client.get(f"/api/v1/patients/{patient_id}/followup-history", headers=h["officer"])).json()
    survey_row = next(e for e in body["items"] if e["kind"] == "随访记录" and e["program"].startswith("满意度"))
    assert survey_row["detail"].startswith("满意 ") and survey_row["department"] == "内科"
    assert (await history("doc_in"))[1] == office  # the patient's own department: all of it
    assert (await history("doc_su"))[0] == 404  # another department's patient
    assert (await history("agent"))[1] == [("随访中心", "随访记录")]  # no satisfaction data unless granted
    page = await client.post("/admin/SatisfactionApp/page/patient-history", headers=h["officer"], json={})
    assert page.status_code == 200 and "followup-history" in page.text
