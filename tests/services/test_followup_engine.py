"""Follow-up engine core: match rules, schedules across month ends, idempotent generation,
exclusions, assignment policies and the task state machine."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

import asyncpg
import pytest

from backend import clock
from backend.clock import SHANGHAI, now
from backend.models import Admission, Diagnosis, FollowUpTask, FollowUpTemplate, Patient, Questionnaire, Staff
from backend.models.choices import (
    AssignmentPolicy,
    CancelReason,
    DiagnosisKind,
    DischargeDisposition,
    TaskOutcome,
    TaskStatus,
)
from backend.services import followup_tasks
from backend.services.errors import Conflict, InvalidInput
from backend.services.followup_rules import add_months, matching_admissions, parse_schedule, python_checks
from tests import databases, factories


def test_steps_are_ordered_and_month_offsets_clamp_at_month_ends() -> None:
    steps = parse_schedule([{"offset_days": 30}, {"offset_days": 7, "window_days": 3}, {"offset_months": 1}])
    assert [s.label for s in steps] == ["出院7天", "出院30天", "出院1个月"]
    assert steps[0].due(date(2026, 1, 29)) == (date(2026, 2, 5), date(2026, 2, 8))
    assert steps[2].due(date(2026, 1, 31))[0] == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)  # leap year
    assert add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert parse_schedule([{"offset_days": 30}])[0].due(date(2026, 12, 15))[0] == date(2027, 1, 14)  # year end


def test_recurring_steps_expand_and_bad_schedules_are_refused() -> None:
    steps = parse_schedule([{"every_days": 90, "times": 4, "window_days": 7, "label": "慢病随访"}])
    assert [s.offset_days for s in steps] == [90, 180, 270, 360] and steps[3].label == "慢病随访第4次"
    for bad in ([], [{"offset_days": -1}], [{"offset_days": "7"}], [{"every_days": 0}], ["D+7"]):
        with pytest.raises(InvalidInput):
            parse_schedule(bad)  # type: ignore[arg-type]


async def _stay(
    code: str,
    *,
    days_ago: int = 3,
    icd: str = "I10.x00",
    tcm: str = "眩晕病",
    los: int = 7,
    birth: date = date(1960, 5, 1),
    disposition: str = "1",
    operations: list | None = None,
    tags: list | None = None,
) -> Admission:
    from backend.models import Department

    dept = await Department.get_or_none(code=code) or await factories.department(code=code, name=f"科室{code}")
    patient = await factories.patient(dept, discharged_days_ago=days_ago)
    patient.birth_date = birth
    await patient.save()
    stay = await Admission.get(patient=patient)
    stay.main_diagnosis_code, stay.tcm_disease_name, stay.los_days = icd, tcm, los
    stay.disposition, stay.operations, stay.tags = DischargeDisposition(disposition), operations or [], tags or []
    await stay.save()
    await Diagnosis.create(admission=stay, kind=DiagnosisKind.WESTERN, seq=2, code="E11.900", name="2型糖尿病")
    return stay


async def _matches(rules: dict) -> set[int]:
    today = now().date()
    stays = await matching_admissions(
        rules, discharged_from=today - timedelta(days=30), discharged_until=today
    ).select_related("patient")
    return {s.id for s in stays if python_checks(rules, s, s.patient.birth_date)}


async def test_each_filter_condition(db: str) -> None:
    cardio = await _stay("0101")
    brain = await _stay(
        "0102", icd="I63.900", tcm="中风病", los=20, birth=date(2000, 1, 1), operations=[{"name": "取栓"}]
    )
    ortho = await _stay("0201", icd="S72.001", tcm="骨折病", disposition="2", tags=["慢病"])
    old = await _stay("0101", days_ago=45)
    assert await _matches({"departments": ["0101"]}) == {cardio.id}  # the 45-day-old stay is outside 30 days
    assert await _matches({"icd_prefixes": ["I"]}) == {cardio.id, brain.id}
    assert await _matches({"icd_prefixes": ["e11"]}) == {cardio.id, brain.id, ortho.id}  # other diagnoses count
    assert await _matches({"tcm_diseases": ["中风病"]}) == {brain.id}
    assert await _matches({"age_min": 60}) == {cardio.id, ortho.id}
    assert await _matches({"age_max": 30}) == {brain.id}
    assert await _matches({"los_min": 10}) == {brain.id}
    assert await _matches({"los_max": 7}) == {cardio.id, ortho.id}
    assert await _matches({"dispositions": ["2"]}) == {ortho.id}
    assert await _matches({"had_operation": True}) == {brain.id}
    assert await _matches({"had_operation": False}) == {cardio.id, ortho.id}
    assert await _matches({"tags": ["慢病"]}) == {ortho.id}
    assert old.id not in await _matches({})


async def _template(**kwargs) -> FollowUpTemplate:  # type: ignore[no-untyped-def]
    questionnaire = await Questionnaire.get_or_none(code="GEN") or await Questionnaire.create(
        code="GEN", title="出院随访"
    )
    defaults = {
        "name": "心内科随访",
        "questionnaire": questionnaire,
        "match_rules": {"departments": ["0101"]},
        "schedule": [{"offset_days": 7, "window_days": 7}, {"offset_days": 30, "window_days": 7}],
        "assignment_policy": AssignmentPolicy.MANUAL,
    }
    return await FollowUpTemplate.create(**{**defaults, **kwargs})


async def test_generation_run_twice_gives_the_same_tasks(db: str) -> None:
    for _ in range(3):
        await _stay("0101", days_ago=2)
    template = await _template()
    first = await followup_tasks.generate()
    second = await followup_tasks.generate()
    tasks = await FollowUpTask.filter(template=template).order_by("admission_id", "step")
    assert first.created == 6 and second.created == 0 and len(tasks) == 6
    stay = await Admission.get(id=tasks[0].admission_id)
    assert stay.discharged_at is not None
    assert tasks[0].due_start == stay.discharged_at.date() + timedelta(days=7)
    assert tasks[1].due_end == stay.discharged_at.date() + timedelta(days=37)


async def test_deceased_do_not_contact_and_readmitted_are_skipped_then_rechecked(db: str) -> None:
    alive = await _stay("0101")
    dead = await _stay("0101")
    refused = await _stay("0101")
    readmitted = await _stay("0101", days_ago=10)
    await Patient.filter(id=dead.patient_id).update(deceased_at=now())
    await Patient.filter(id=refused.patient_id).update(do_not_contact=True)
    await Admission.create(
        his_visit_id="BACK-1",
        patient_id=readmitted.patient_id,
        department_id=readmitted.department_id,
        admitted_at=now() - timedelta(days=5),
        discharged_at=None,
    )
    template = await _template(schedule=[{"offset_days": 7, "window_days": 7}])
    report = await followup_tasks.generate()
    assert set(await FollowUpTask.filter(template=template).values_list("admission_id", flat=True)) == {alive.id}
    assert (
        report.skipped["deceased"] == 1 and report.skipped["do_not_contact"] == 1 and report.skipped["readmitted"] == 1
    )
    # Death reported after the task was made: the next run cancels it.
    await Patient.filter(id=alive.patient_id).update(deceased_at=now())
    await followup_tasks.generate()
    task = await FollowUpTask.get(admission_id=alive.id)
    assert task.status is TaskStatus.CANCELLED and task.cancel_reason is CancelReason.DECEASED


async def _team(n: int, department_code: str = "9001") -> list[Staff]:
    from backend.models import Department

    dept = await Department.get_or_none(code=department_code) or await factories.department(code=department_code)
    return [await factories.staff("followup_agent", dept) for _ in range(n)]


async def test_round_robin_least_loaded_by_department_and_manual(db: str) -> None:
    for _ in range(4):
        await _stay("0101", days_ago=1)
    team = await _team(2)
    robin = await _template(name="轮流", assignment_policy=AssignmentPolicy.ROUND_ROBIN, schedule=[{"offset_days": 7}])
    await robin.assignees.add(*team)
    await followup_tasks.generate(template_ids=[robin.id])
    counts = [await FollowUpTask.filter(assignee_id=m.id).count() for m in team]
    assert counts == [2, 2]

    least = await _template(name="最少", assignment_policy=AssignmentPolicy.LEAST_LOADED, schedule=[{"offset_days": 8}])
    newcomer = (await _team(1))[0]
    await least.assignees.add(*team, newcomer)
    await followup_tasks.generate(template_ids=[least.id])
    assert await FollowUpTask.filter(template=least, assignee_id=newcomer.id).count() == 2  # 0 open tasks first

    nurse_dept_staff = await factories.staff("nurse", await (await Admission.first()).department)  # type: ignore[union-attr]
    by_dept = await _template(
        name="科室", assignment_policy=AssignmentPolicy.BY_DEPARTMENT, schedule=[{"offset_days": 9}]
    )
    await followup_tasks.generate(template_ids=[by_dept.id])
    assert set(await FollowUpTask.filter(template=by_dept).values_list("assignee_id", flat=True)) == {
        nurse_dept_staff.id
    }

    manual = await _template(name="手工", schedule=[{"offset_days": 10}])
    await followup_tasks.generate(template_ids=[manual.id])
    assert set(await FollowUpTask.filter(template=manual).values_list("status", flat=True)) == {TaskStatus.PENDING}
    from backend.services.principal import load_principal

    supervisor = await load_principal(team[1])
    ids = list(await FollowUpTask.filter(template=manual).values_list("id", flat=True))
    moved = await followup_tasks.reassign(supervisor, ids, team[0].id)
    assert moved == 4 and await FollowUpTask.filter(template=manual, assignee_id=team[0].id).count() == 4


async def test_locked_or_disabled_staff_get_no_tasks(db: str) -> None:
    await _stay("0101", days_ago=1)
    team = await _team(2)
    team[1].locked = True
    await team[1].save()
    template = await _template(assignment_policy=AssignmentPolicy.ROUND_ROBIN, schedule=[{"offset_days": 7}])
    await template.assignees.add(*team)
    await followup_tasks.generate()
    assert set(await FollowUpTask.filter(template=template).values_list("assignee_id", flat=True)) == {team[0].id}


def _task(status: TaskStatus, attempts: int = 0) -> FollowUpTask:
    return FollowUpTask(status=status, attempts=attempts, due_start=date(2026, 1, 1), due_end=date(2026, 1, 8))


def test_outcome_state_machine_rejects_illegal_transitions() -> None:
    with clock.frozen_at(datetime(2026, 3, 1, 10, 0, tzinfo=SHANGHAI)):
        done = _task(TaskStatus.IN_PROGRESS)
        followup_tasks.apply_outcome(done, TaskOutcome.REACHED)
        assert done.status is TaskStatus.COMPLETED and done.completed_at is not None
        with pytest.raises(Conflict):
            followup_tasks.apply_outcome(done, TaskOutcome.NO_ANSWER)
        with pytest.raises(Conflict):
            followup_tasks.move(done, TaskStatus.ASSIGNED)
        with pytest.raises(Conflict):
            followup_tasks.move(_task(TaskStatus.PENDING), TaskStatus.COMPLETED)

        retry = _task(TaskStatus.IN_PROGRESS)
        followup_tasks.apply_outcome(retry, TaskOutcome.NO_ANSWER)
        assert retry.status is TaskStatus.ASSIGNED and retry.next_attempt_at == clock.now() + timedelta(hours=2)
        retry.status = TaskStatus.IN_PROGRESS
        followup_tasks.apply_outcome(retry, TaskOutcome.BUSY)
        assert retry.next_attempt_at == clock.now() + timedelta(days=1)
        retry.status = TaskStatus.IN_PROGRESS
        followup_tasks.apply_outcome(retry, TaskOutcome.NO_ANSWER)
        assert retry.status is TaskStatus.COMPLETED and retry.attempts == 3  # the cap

        later = _task(TaskStatus.IN_PROGRESS)
        with pytest.raises(InvalidInput):
            followup_tasks.apply_outcome(
                later, TaskOutcome.CALL_BACK_LATER, call_back_at=clock.now() - timedelta(hours=1)
            )
        followup_tasks.apply_outcome(
            _task(TaskStatus.IN_PROGRESS), TaskOutcome.CALL_BACK_LATER, call_back_at=clock.now() + timedelta(days=1)
        )
        gone = _task(TaskStatus.ASSIGNED)
        followup_tasks.apply_outcome(gone, TaskOutcome.DECEASED)
        assert gone.status is TaskStatus.CANCELLED and gone.cancel_reason is CancelReason.DECEASED


async def test_without_a_team_only_hospital_wide_staff_get_tasks(db: str) -> None:
    stay = await _stay("0101", days_ago=1)
    agent = (await _team(1))[0]
    await factories.staff("nurse", await factories.department(code="0201"))  # department-scoped: not a candidate
    await factories.staff("satisfaction_officer", await factories.department(code="9002"))  # other program
    template = await _template(assignment_policy=AssignmentPolicy.ROUND_ROBIN, schedule=[{"offset_days": 7}])
    await followup_tasks.generate()
    task = await FollowUpTask.get(template=template, admission_id=stay.id)
    assert task.assignee_id == agent.id


def test_rules_with_wrong_value_types_are_refused() -> None:
    from backend.services.followup_rules import validate_rules

    for bad in (
        {"icd_prefixes": "I10"},
        {"departments": [101]},
        {"exclude_templates": ["x"]},
        {"had_operation": "yes"},
        {"age_min": -1},
        {"unknown": 1},
    ):
        with pytest.raises(InvalidInput):
            validate_rules(bad)
    assert validate_rules({"icd_prefixes": ["I10"], "exclude_templates": [3], "had_operation": False})


async def test_an_excluded_template_is_planned_first_whatever_the_order(db: str) -> None:
    stay = await _stay("0101", days_ago=1)
    later = await _template(name="专病", schedule=[{"offset_days": 7}])
    first = await _template(name="通用", schedule=[{"offset_days": 7}])
    later.match_rules = {"departments": ["0101"], "exclude_templates": [first.id]}
    await later.save()
    await followup_tasks.generate()
    assert await FollowUpTask.filter(admission_id=stay.id, template=first).exists()
    assert not await FollowUpTask.filter(admission_id=stay.id, template=later).exists()


async def test_templates_planned_while_earlier_inserts_run_see_those_tasks(db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Every batch takes the background COPY path on PostgreSQL (inline elsewhere), and another session holds
    # the task table so that the first template's insert is still waiting while the next ones are planned:
    # the least-loaded template must count that template's tasks, and the excluding one must see them.
    from backend.services import bulk

    monkeypatch.setattr(bulk, "COPY_FROM", 1)
    for _ in range(4):
        await _stay("0101", days_ago=1)
    a, b, newcomer = await _team(3)
    robin = await _template(name="轮流", assignment_policy=AssignmentPolicy.ROUND_ROBIN, schedule=[{"offset_days": 7}])
    await robin.assignees.add(a, b)
    least = await _template(name="最少", assignment_policy=AssignmentPolicy.LEAST_LOADED, schedule=[{"offset_days": 8}])
    await least.assignees.add(a, b, newcomer)
    other = await _template(name="其他", schedule=[{"offset_days": 9}])
    excluding = await _template(
        name="排除",
        schedule=[{"offset_days": 7}],
        match_rules={"departments": ["0101"], "exclude_templates": [other.id]},
    )
    if db == "postgres":
        blocker = await asyncpg.connect(databases.current_url)
        await blocker.execute("BEGIN; LOCK TABLE followup_task IN SHARE MODE")  # reads pass, inserts wait
        run = asyncio.create_task(followup_tasks.generate())
        waiting = "SELECT count(*) FROM pg_locks WHERE relation = 'followup_task'::regclass AND NOT granted"
        seen: list[int] = []
        while len(seen) < 3 or not seen[-1] or len(set(seen[-3:])) > 1:  # until inserts wait and no more come
            assert not run.done(), run
            seen.append(await blocker.fetchval(waiting))
            await asyncio.sleep(0.02)
        await blocker.execute("COMMIT")
        await blocker.close()
        report = await run
    else:
        report = await followup_tasks.generate()
    assert report.created == 12
    # a and b hold two open tasks each when the least-loaded template is planned: the newcomer takes two first
    assert await FollowUpTask.filter(template=least, assignee_id=newcomer.id).count() == 2
    assert not await FollowUpTask.filter(template=excluding).exists()


# Incremental runs: a run reads only the stays touched since the last one (plus a safety overlap),
# and a new or edited template in full. `overlap=timedelta(0)` makes "since the last run" exact,
# so that what a run reads can be counted.
EXACT = timedelta(0)


async def test_a_second_run_with_nothing_changed_plans_no_stay(db: str) -> None:
    for _ in range(3):
        await _stay("0101", days_ago=2)
    await _template()
    first = await followup_tasks.generate(overlap=EXACT)
    second = await followup_tasks.generate(overlap=EXACT)
    assert (first.full, first.candidates, first.created) == (1, 3, 6)
    assert (second.templates, second.full, second.candidates, second.created) == (1, 0, 0, 0)
    # With the usual overlap, stays changed just before the last run are read again, and change nothing.
    third = await followup_tasks.generate()
    assert (third.full, third.candidates, third.created) == (0, 3, 0)
    assert await FollowUpTask.all().count() == 6


async def test_stays_touched_after_the_last_run_are_planned(db: str) -> None:
    from backend.models import GenerationMark

    template = await _template(
        match_rules={"departments": ["0101"], "icd_prefixes": ["I10", "J45"]},
        schedule=[{"offset_days": 7, "window_days": 7}],
    )
    quiet = await _stay("0101", days_ago=3)
    opted_out = await _stay("0101", days_ago=3)
    await Patient.filter(id=opted_out.patient_id).update(do_not_contact=True)
    asthma = await _stay("0101", days_ago=3, icd="J30.000")  # matches on neither diagnosis yet
    came_back = await _stay("0101", days_ago=10)
    back = await Admission.create(
        his_visit_id="BACK-2",
        patient_id=came_back.patient_id,
        department_id=came_back.department_id,
        admitted_at=now() - timedelta(days=5),
        discharged_at=None,
    )
    first = await followup_tasks.generate(overlap=EXACT)
    assert set(await FollowUpTask.filter(template=template).values_list("admission_id", flat=True)) == {quiet.id}
    assert first.skipped["do_not_contact"] == 1 and first.skipped["readmitted"] == 1

    # After the run: the patient withdraws the refusal, a diagnosis arrives, the HIS withdraws the
    # readmission (A11), and a new discharge comes in. Each is written as intake writes it.
    patient = await Patient.get(id=opted_out.patient_id)
    patient.do_not_contact = False
    await patient.save(update_fields=["do_not_contact", "updated_at"])
    await Diagnosis.create(admission=asthma, kind=DiagnosisKind.WESTERN, seq=3, code="J45.900", name="哮喘")
    back.cancelled_at = now()
    await back.save(update_fields=["cancelled_at", "updated_at"])
    fresh = await _stay("0101", days_ago=1)
    mark = await GenerationMark.get(template=template)
    assert (await Admission.get(id=quiet.id)).updated_at < mark.planned_through  # the one stay not touched

    # More touched stays than a page holds: they are searched for by the conditions, page by page.
    second = await followup_tasks.generate(overlap=EXACT, chunk_size=3)
    assert second.full == 0 and second.candidates == 4  # the four touched stays, not the quiet one
    assert second.created == 4
    planned = set(await FollowUpTask.filter(template=template).values_list("admission_id", flat=True))
    assert planned == {quiet.id, opted_out.id, asthma.id, came_back.id, fresh.id}


async def test_a_stay_stamped_just_before_the_last_run_is_read_again_within_the_overlap(db: str) -> None:
    # An intake transaction stamps its rows, the run starts and reads, and only then the intake commits:
    # the stay carries a time before the run. The next run rereads that far back and plans it.
    from backend.models import GenerationMark

    template = await _template(schedule=[{"offset_days": 7, "window_days": 7}])
    assert (await followup_tasks.generate()).created == 0
    mark = await GenerationMark.get(template=template)
    late = await _stay("0101", days_ago=2)
    stamped = mark.planned_through - timedelta(minutes=10)
    await Admission.filter(id=late.id).update(updated_at=stamped)
    await Patient.filter(id=late.patient_id).update(updated_at=stamped)
    await Diagnosis.filter(admission_id=late.id).update(updated_at=stamped)
    assert (await followup_tasks.generate(overlap=EXACT)).created == 0  # without the overlap it is missed
    await GenerationMark.filter(template=template).update(planned_through=mark.planned_through)
    report = await followup_tasks.generate()
    assert (report.candidates, report.created) == (1, 1)
    assert await FollowUpTask.filter(template=template, admission_id=late.id).exists()


async def test_an_edited_or_reactivated_template_is_planned_in_full_and_the_others_are_not(db: str) -> None:
    stays = [await _stay("0101", days_ago=2) for _ in range(3)]
    edited = await _template(name="编辑", schedule=[{"offset_days": 7, "window_days": 7}])
    paused = await _template(name="暂停", schedule=[{"offset_days": 8, "window_days": 7}])
    untouched = await _template(name="不变", schedule=[{"offset_days": 9, "window_days": 7}])
    assert (await followup_tasks.generate(overlap=EXACT)).created == 9
    paused.is_active = False
    await paused.save()
    assert (await followup_tasks.generate(overlap=EXACT)).templates == 2

    edited.schedule = [*edited.schedule, {"offset_days": 30, "window_days": 7}]
    await edited.save()
    paused.is_active = True
    await paused.save()
    await FollowUpTask.filter(template=paused, admission_id=stays[0].id).delete()  # lost while it was off
    report = await followup_tasks.generate(overlap=EXACT)
    assert (report.templates, report.full, report.candidates) == (3, 2, 6)  # the unchanged template read nothing
    assert report.created == 4  # the new step of each stay, and the lost task
    assert await FollowUpTask.filter(template=edited, step=2).count() == 3
    assert await FollowUpTask.filter(template=paused).count() == 3
    assert await FollowUpTask.filter(template=untouched).count() == 3
    # `full` plans everything again, finding nothing missing.
    again = await followup_tasks.generate(full=True, overlap=EXACT)
    assert (again.full, again.candidates, again.created) == (3, 9, 0)


async def _planned() -> list[tuple]:
    return list(
        await FollowUpTask.all()
        .order_by("template_id", "admission_id", "step")
        .values_list("template_id", "admission_id", "step", "status", "assignee_id", "due_start", "due_end")
    )


async def test_small_chunks_create_exactly_the_tasks_of_one_chunk(db: str) -> None:
    from backend.models import GenerationMark

    stays = [await _stay("0101", days_ago=1 + n % 5, icd="I10.x00" if n % 3 else "I25.100") for n in range(7)]
    await Patient.filter(id=stays[1].patient_id).update(deceased_at=now())
    await Admission.create(
        his_visit_id="BACK-3",
        patient_id=stays[2].patient_id,
        department_id=stays[2].department_id,
        admitted_at=now() - timedelta(hours=6),
        discharged_at=None,
    )
    team = await _team(2)
    robin = await _template(name="轮流", assignment_policy=AssignmentPolicy.ROUND_ROBIN)
    await robin.assignees.add(*team)
    special = await _template(
        name="冠心病", match_rules={"departments": ["0101"], "icd_prefixes": ["I25"]}, schedule=[{"offset_days": 7}]
    )
    least = await _template(
        name="排除",
        assignment_policy=AssignmentPolicy.LEAST_LOADED,
        match_rules={"departments": ["0101"], "exclude_templates": [special.id]},
        schedule=[{"offset_days": 10}],
    )
    await least.assignees.add(*team)

    results = []
    for size in (2, 1000):
        report = await followup_tasks.generate(chunk_size=size)
        results.append((report.candidates, report.created, dict(report.skipped), await _planned()))
        await FollowUpTask.all().delete()
        await GenerationMark.all().delete()
    small, whole = results
    assert small == whole
    candidates, created, skipped, tasks = whole
    # 轮流: 5 stays (one died, one came back) × 2 steps; 冠心病: 3 stays; 排除: the 2 of the other 4 that remain
    assert (candidates, created, len(tasks)) == (7 + 3 + 4, 15, 15)
    assert skipped == {"deceased": 2, "readmitted": 3}
    assert {assignee for _, _, _, _, assignee, _, _ in tasks} == {team[0].id, team[1].id, None}
