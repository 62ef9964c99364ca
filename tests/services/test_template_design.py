"""Template design rules: one call per patient per window (priority and merge rule), per-step
channels, the schedule sentence, who may be named to work a template, and the designer's form
translated to the stored shape and back."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest

from backend.admin.template_designer import designer_data, template_from_form
from backend.models import (
    Admission,
    Department,
    DiagnosisCode,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Questionnaire,
)
from backend.models.choices import (
    CancelReason,
    Channel,
    DiagnosisKind,
    MergeRule,
    Program,
    ReachedWithoutCall,
    TaskOutcome,
    TaskStatus,
)
from backend.services import execution, followup_tasks, template_designer
from backend.services.errors import InvalidInput
from backend.services.followup_rules import describe_schedule
from backend.services.principal import load_principal
from tests import factories


async def _stay(code: str = "0101") -> Admission:
    dept = await Department.get_or_none(code=code) or await factories.department(code=code, name=f"科室{code}")
    patient = await factories.patient(dept, discharged_days_ago=1)
    return await Admission.get(patient=patient)


async def _template(name: str, **kwargs) -> FollowUpTemplate:  # type: ignore[no-untyped-def]
    questionnaire = await Questionnaire.get_or_none(code=name) or await Questionnaire.create(code=name, title=name)
    defaults = {
        "name": name,
        "questionnaire": questionnaire,
        "match_rules": {"departments": ["0101"]},
        "schedule": [{"offset_days": 7, "window_days": 7}],
    }
    return await FollowUpTemplate.create(**{**defaults, **kwargs})


async def test_a_lower_priority_step_in_the_same_window_is_merged_or_deferred(db: str) -> None:
    stay = await _stay()
    await _template("专病", priority=10)
    merging = await _template("通用", priority=0, merge_rule=MergeRule.MERGE)
    deferring = await _template("康复", priority=0, merge_rule=MergeRule.DEFER, schedule=[{"offset_days": 10}])
    report = await followup_tasks.generate()
    assert report.merged == 1 and report.deferred == 1
    first = await FollowUpTask.get(template__name="专病")
    merged = await FollowUpTask.get(template=merging)
    assert (merged.status, merged.cancel_reason, merged.assignee_id) == (
        TaskStatus.CANCELLED,
        CancelReason.MERGED,
        None,
    )
    assert (merged.due_start, merged.due_end) == (first.due_start, first.due_end)
    # 康复 (D+10, window 3) meets both 专病 (D+7..D+14) and, being planned after 通用 at equal
    # priority, nothing else: it starts the day after 专病's window ends, keeping its length.
    moved = await FollowUpTask.get(template=deferring)
    assert moved.status is not TaskStatus.CANCELLED
    assert moved.due_start == first.due_end + timedelta(days=1) and moved.due_end - moved.due_start == timedelta(3)
    assert stay.discharged_at is not None and moved.due_start > stay.discharged_at.date() + timedelta(days=10)
    # planning again changes nothing
    again = await followup_tasks.generate(full=True)
    assert again.created == 0 and await FollowUpTask.filter(patient_id=stay.patient_id).count() == 3


async def test_a_step_outside_the_other_windows_a_link_and_a_higher_priority_template_are_left_alone(
    db: str,
) -> None:
    await _stay()
    await _template("通用", priority=0, merge_rule=MergeRule.MERGE, schedule=[{"offset_days": 30, "window_days": 3}])
    first = await _template("专病", priority=10, merge_rule=MergeRule.MERGE)
    # an H5 link in the same window is no second call
    await _template("问卷链接", priority=0, merge_rule=MergeRule.MERGE, channel=Channel.H5)
    report = await followup_tasks.generate()
    assert report.merged == 0 and report.deferred == 0
    assert await FollowUpTask.filter(status=TaskStatus.CANCELLED).count() == 0
    assert await FollowUpTask.filter(template=first).count() == 1


async def test_a_step_may_use_its_own_channel(db: str) -> None:
    await _stay()
    template = await _template(
        "短信", channel=Channel.PHONE, schedule=[{"offset_days": 7}, {"offset_months": 1, "channel": "sms"}]
    )
    await followup_tasks.generate()
    channels = await FollowUpTask.filter(template=template).order_by("step").values_list("channel", flat=True)
    assert channels == [Channel.PHONE, Channel.SMS]
    with pytest.raises(InvalidInput, match="随访方式"):
        describe_schedule([{"offset_days": 7, "channel": "fax"}])


def test_the_schedule_reads_as_one_sentence() -> None:
    schedule = [
        {"offset_months": 1, "window_days": 7, "channel": "sms"},
        {"offset_days": 7, "window_days": 7, "label": "出院7天"},
        {"every_days": 90, "times": 4, "window_days": 0},
    ]
    assert describe_schedule(schedule, "phone") == (
        "出院后第 7 天起 7 天内电话随访（出院7天）；出院后第 1 个月起 7 天内短信随访；"
        "出院后第 90 天起每 90 天一次、共 4 次，每次当天电话随访。"
    )


async def test_only_staff_who_may_work_the_program_and_see_its_departments_are_eligible(db: str) -> None:
    cardio = await Department.get_or_none(code="0101") or await factories.department(code="0101")
    other = await factories.department(code="0102")
    centre = await factories.department(code="9001")
    agent = await factories.staff("followup_agent", centre)
    nurse = await factories.staff("nurse", cardio)
    outsider = await factories.staff("nurse", other)
    officer = await factories.staff("satisfaction_officer", centre)
    admin = await factories.staff("sysadmin", centre)
    names = {m.id for m in await followup_tasks.eligible_assignees(Program.CENTRE, ["0101"])}
    assert agent.id in names and nurse.id in names
    assert not names & {outsider.id, officer.id, admin.id}
    hospital_wide = {m.id for m in await followup_tasks.eligible_assignees(Program.CENTRE, [])}
    assert agent.id in hospital_wide and nurse.id not in hospital_wide
    survey = {m.id for m in await followup_tasks.eligible_assignees(Program.SATISFACTION, ["0101"])}
    assert survey == {officer.id}
    with pytest.raises(InvalidInput, match=admin.name):
        await followup_tasks.check_assignees(Program.CENTRE, ["0101"], [agent.id, admin.id])


async def test_a_department_nurse_in_a_team_gets_only_her_department_s_tasks(db: str) -> None:
    cardio_stay = await _stay("0101")
    await _stay("0102")
    nurse = await factories.staff("nurse", await Department.get(code="0101"))
    template = await _template("两科", match_rules={"departments": ["0101", "0102"]})
    await template.assignees.add(nurse)
    await followup_tasks.generate()
    tasks = await FollowUpTask.filter(template=template).order_by("admission_id")
    assert [(t.admission_id, t.assignee_id) for t in tasks] == [
        (cardio_stay.id, nurse.id),
        (tasks[1].admission_id, None),
    ]


async def test_the_designer_form_translates_to_the_stored_shape_and_back(db: str) -> None:
    questionnaire = await Questionnaire.create(code="Q", title="问卷")
    form = {
        "name": " 高血压随访 ",
        "program": "centre",
        "questionnaire_id": questionnaire.id,
        "channel": "phone",
        "assignment_policy": "round_robin",
        "merge_rule": "merge",
        "is_active": True,
        "priority": "5",
        "assignees": [],
        "match_rules": {"departments": ["0101"], "icd_prefixes": ["i10"], "age_min": 18, "los_max": "", "tags": []},
        "had_operation": "",
        "steps": [
            {"offset": 7, "unit": "days", "window_days": 7, "channel": "", "label": "出院7天", "repeat": False},
            {"offset": 1, "unit": "months", "window_days": 7, "channel": "sms", "label": "", "repeat": False},
            {"offset": 90, "unit": "days", "window_days": 7, "repeat": True, "every_days": 90, "times": 4},
        ],
    }
    values, team = template_from_form(form)
    assert values["name"] == "高血压随访" and values["priority"] == 5 and team == []
    assert values["match_rules"] == {"departments": ["0101"], "icd_prefixes": ["I10"], "age_min": 18}
    assert values["schedule"] == [
        {"offset_days": 7, "window_days": 7, "label": "出院7天"},
        {"offset_months": 1, "window_days": 7, "channel": "sms"},
        {"offset_days": 90, "every_days": 90, "times": 4, "window_days": 7},
    ]
    template = await FollowUpTemplate.create(**values)
    data = await designer_data(template)
    again, _ = template_from_form(data)
    assert again == {**values, "owner_department_id": None}
    with pytest.raises(InvalidInput, match="第 2 个随访时间点的随访窗口天数"):
        template_from_form({**form, "steps": [form["steps"][0], {"offset": 1, "unit": "days", "window_days": ""}]})


async def test_the_diagnosis_picker_offers_a_typed_code_as_a_prefix_but_not_pinyin_initials(db: str) -> None:
    await DiagnosisCode.create(kind=DiagnosisKind.WESTERN, code="S72", name="股骨骨折", pinyin="GGGZ")
    await DiagnosisCode.create(kind=DiagnosisKind.WESTERN, code="M51", name="其他椎间盘疾患", pinyin="QTZJPJH")

    async def labels(term: str, chosen: list[str] | None = None) -> list[str]:
        return [o["label"] for o in await template_designer.diagnosis_options("icd", term=term, chosen=chosen)]

    assert await labels("GGGZ") == ["S72 股骨骨折"]  # initials find the name; no 以 GGGZ 开头
    assert await labels("QTZJ", chosen=["S72"]) == ["S72 股骨骨折", "M51 其他椎间盘疾患"]
    assert await labels("I2") == ["以 I2 开头的全部诊断"]  # a category the library lacks
    assert await labels("m5") == ["以 M5 开头的全部诊断", "M51 其他椎间盘疾患"]
    assert await labels("S72") == ["S72 股骨骨折"]  # a code the library has, by its name


async def test_a_merged_step_s_questionnaire_is_asked_and_recorded_in_the_same_call(db: str) -> None:
    stay = await _stay()
    first_items = [{"id": "q1", "type": "single", "text": "伤口", "required": True, "options": [{"value": "ok"}]}]
    merged_items = [
        {"id": "m1", "type": "single", "text": "服药", "required": True, "options": [{"value": "yes"}, {"value": "no"}]}
    ]
    main = await Questionnaire.create(code="专病问卷", title="专病问卷", items=first_items)
    extra = await Questionnaire.create(code="通用问卷", title="通用问卷", items=merged_items)
    await _template("专病", priority=10, questionnaire=main)
    await _template("通用", priority=0, merge_rule=MergeRule.MERGE, questionnaire=extra)
    await followup_tasks.generate()
    host = await FollowUpTask.get(template__name="专病")
    merged = await FollowUpTask.get(template__name="通用")
    agent = await load_principal(await factories.staff("followup_agent"))
    assert [m.id for m in await execution.merged_tasks(host)] == [merged.id]

    async def contact(uid: int, merged_answers: dict[str, Any]) -> Any:
        return await execution.record_contact(
            agent,
            host.id,
            client_uuid=uuid.UUID(int=uid),
            outcome=TaskOutcome.REACHED,
            answers={"q1": "ok"},
            reached_without_call=ReachedWithoutCall.OFFLINE,
            reached_reason="门诊复诊时当面随访",
            merged_answers=merged_answers,
        )

    # the merged questionnaire's required item is required in the call too; a stray task is refused
    with pytest.raises(InvalidInput):
        await contact(1, {})
    with pytest.raises(InvalidInput, match="未合并到本次随访"):
        await contact(2, {str(merged.id): {"m1": "yes"}, "999999": {}})
    record = await contact(3, {str(merged.id): {"m1": "no"}})
    again = await contact(3, {str(merged.id): {"m1": "no"}})  # a retry files nothing more
    assert again.id == record.id
    rows = await FollowUpRecord.filter(patient_id=stay.patient_id).order_by("id").values("task_id", "answers")
    assert rows == [{"task_id": host.id, "answers": {"q1": "ok"}}, {"task_id": merged.id, "answers": {"m1": "no"}}]
    # once answered, the step is no longer offered in a later call
    assert await execution.merged_tasks(host) == []


async def test_a_higher_priority_call_planned_later_takes_the_window_of_untouched_lower_ones(db: str) -> None:
    stay = await _stay()

    def step(offset: int, window: int) -> list[dict[str, int]]:
        return [{"offset_days": offset, "window_days": window}]

    # three calls that do not meet one another
    merging = await _template("通用", merge_rule=MergeRule.MERGE, schedule=step(7, 3))
    deferring = await _template("康复", merge_rule=MergeRule.DEFER, schedule=step(12, 3))
    worked = await _template("用药", merge_rule=MergeRule.MERGE, schedule=step(17, 3))
    first_run = await followup_tasks.generate()
    assert (first_run.created, first_run.merged, first_run.deferred) == (3, 0, 0)
    # an agent already tried the 用药 call: it is left as it is
    await FollowUpTask.filter(template=worked).update(attempts=1)
    # a 专病 plan is added later, above them all, its window over all three
    await _template("专病", priority=10, schedule=step(7, 30))
    report = await followup_tasks.generate()
    assert (report.created, report.yielded) == (1, 2)
    first = await FollowUpTask.get(template__name="专病")
    merged = await FollowUpTask.get(template=merging)
    assert (merged.status, merged.cancel_reason, merged.assignee_id) == (
        TaskStatus.CANCELLED,
        CancelReason.MERGED,
        None,
    )
    moved = await FollowUpTask.get(template=deferring)
    assert moved.status is not TaskStatus.CANCELLED
    assert (moved.due_start, moved.due_end - moved.due_start) == (first.due_end + timedelta(days=1), timedelta(3))
    assert (await FollowUpTask.get(template=worked)).status is not TaskStatus.CANCELLED
    assert [m.id for m in await execution.merged_tasks(first)] == [merged.id]
    # nothing more on the next run
    assert (await followup_tasks.generate(full=True)).yielded == 0
    assert await FollowUpTask.filter(patient_id=stay.patient_id).count() == 4


async def test_a_satisfaction_template_keeps_its_sampling_and_script_and_others_keep_none(db: str) -> None:
    from backend.services import survey_script, template_designer
    from backend.services.principal import load_principal

    questionnaire = await Questionnaire.create(code="S", title="满意度", program=Program.SATISFACTION)
    officer = await load_principal(await factories.staff("satisfaction_officer", await factories.department()))
    form = {
        "name": "住院满意度",
        "program": "satisfaction",
        "questionnaire_id": questionnaire.id,
        "channel": "phone",
        "assignment_policy": "round_robin",
        "is_active": True,
        "match_rules": {},
        "steps": [{"offset": 3, "unit": "days", "window_days": 7}],
        "sampling": {
            "enabled": True,
            "mode": "percent",
            "percent": "30",
            "minimum": 2,
            "period": "month",
            "recent_days": 60,
            "exclude_minors": True,
        },
        "script": {"opening": " 您好，这里是{医院}行风办 ", "identity": "", "consent": None},
    }
    values, team = template_from_form(form)
    template = await template_designer.save(officer, None, values, team)
    await template.refresh_from_db()
    assert template.sampling == {
        "enabled": True,
        "mode": "percent",
        "period": "month",
        "percent": 30.0,
        "minimum": 2,
        "recent_days": 60,
        "exclude_minors": True,
        "exclude_deceased": False,
        "exclude_readmitted": False,
        "exclude_open_complaint": False,
    }
    assert template.script == {"opening": "您好，这里是{医院}行风办"}
    data = await designer_data(template)
    assert data["sampling"] == template.sampling
    assert data["script"]["opening"] == "您好，这里是{医院}行风办"
    assert data["script"]["closing"] == survey_script.DEFAULTS["closing"]  # empty parts show the default
    parts = dict(
        survey_script.render(template.script, hospital="示范医院", department="内科", patient="张三", caller="陈静")
    )
    assert parts["开场白"] == "您好，这里是示范医院行风办" and "张三" in parts["身份核实"]
    bad, _ = template_from_form({**form, "sampling": {**form["sampling"], "percent": 0}})
    with pytest.raises(InvalidInput, match="抽样比例"):
        await template_designer.save(officer, None, bad, [])
    # the same form as a follow-up centre template keeps neither
    centre, _ = template_from_form({**form, "program": "centre", "name": "随访中心"})
    saved = await template_designer.save(officer, None, centre, [])
    await saved.refresh_from_db()
    assert saved.sampling is None and saved.script is None
