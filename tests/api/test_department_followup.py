"""科室随访: department templates reach their own department only, department tasks go to the
stay's attending doctor or the department's nurses (never to the follow-up centre by default),
the TCM library scores the nine constitutions, and the department pages show the department's
own patients and figures."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from backend.models import Admission, Department, FollowUpTask, FollowUpTemplate, Problem, Questionnaire
from backend.models.choices import AssignmentPolicy, Program, TaskStatus
from backend.services import followup_tasks, questionnaires, stats, tcm_library
from backend.services.principal import load_principal
from backend.services.questionnaires import seed_library
from backend.services.scope import visible
from tests import factories
from tests.admin.conftest import admin_login

TEMPLATES = "/admin/FollowUpApp/TemplateAdmin"
PATIENTS = "/admin/DepartmentApp/DepartmentPatientAdmin"
DEPARTMENT_DESIGNERS = ["dept_head", "head_nurse"]


@pytest.fixture
async def hospital(db: str) -> dict[str, Any]:
    cardiology = await factories.department("心血管内科", code="0101")
    ward = await factories.department("心血管内科一病区", code="0101W1", parent=cardiology)
    orthopaedics = await factories.department("骨伤科", code="0201")
    questionnaire = await Questionnaire.create(code="dept_q", title="科室问卷", status="published")
    return {"cardiology": cardiology, "ward": ward, "orthopaedics": orthopaedics, "questionnaire": questionnaire}


def _designer_body(hospital: dict[str, Any], **changes: Any) -> dict[str, Any]:
    body = {
        "name": "心内科专病随访",
        "program": "department",
        "owner_department_id": hospital["cardiology"].id,
        "questionnaire_id": hospital["questionnaire"].id,
        "channel": "phone",
        "assignment_policy": "attending",
        "is_active": True,
        "match_rules": {"departments": ["0101"], "icd_prefixes": ["I10"]},
        "steps": [{"offset": 7, "unit": "days", "window_days": 7}],
    }
    return {**body, **changes}


@pytest.mark.parametrize("role", DEPARTMENT_DESIGNERS)
async def test_a_department_role_cannot_make_a_template_reach_another_department(
    client: httpx.AsyncClient, hospital: dict[str, Any], role: str
) -> None:
    await factories.staff(role, hospital["cardiology"], username="head")
    await admin_login(client, "head")
    refusals = {
        "another department in the rules": _designer_body(hospital, match_rules={"departments": ["0101", "0201"]}),
        "owned by another department": _designer_body(
            hospital, owner_department_id=hospital["orthopaedics"].id, match_rules={"departments": ["0201"]}
        ),
        "a follow-up centre template": _designer_body(hospital, program="centre", match_rules={}),
        "no owner": _designer_body(hospital, owner_department_id=None),
    }
    for why, body in refusals.items():
        response = await client.post(f"{TEMPLATES}/designer", json=body)
        assert response.status_code == 422, (why, response.text)
    assert (
        "「骨伤科」不属于本科室"
        in (await client.post(f"{TEMPLATES}/designer", json=refusals["another department in the rules"])).json()["msg"]
    )
    # the generic form is held to the same rule
    generic = await client.post(
        f"{TEMPLATES}/item",
        json={
            "name": "越权模板",
            "program": "department",
            "owner_department_id": hospital["cardiology"].id,
            "questionnaire_id": hospital["questionnaire"].id,
            "match_rules": {"departments": ["0201"]},
            "schedule": [{"offset_days": 7}],
        },
    )
    assert generic.status_code == 422 and "不属于本科室" in generic.json()["msg"]
    assert not await FollowUpTemplate.exists()
    # its own department, and a ward under it, are accepted; no department rule means its own
    ward_only = _designer_body(hospital, name="病区随访", match_rules={"departments": ["0101W1"]})
    assert (await client.post(f"{TEMPLATES}/designer", json=ward_only)).status_code == 200
    own = await client.post(
        f"{TEMPLATES}/designer", json=_designer_body(hospital, match_rules={"tcm_diseases": ["眩晕病"]})
    )
    assert own.status_code == 200, own.text
    saved = await FollowUpTemplate.get(id=own.json()["data"]["id"])
    assert saved.match_rules == {"tcm_diseases": ["眩晕病"], "departments": ["0101"]}
    assert saved.program is Program.DEPARTMENT and saved.owner_department_id == hospital["cardiology"].id


@pytest.mark.parametrize("role", [*DEPARTMENT_DESIGNERS, "doctor", "nurse"])
async def test_a_department_role_neither_sees_nor_changes_another_department_s_template(
    client: httpx.AsyncClient, hospital: dict[str, Any], role: str
) -> None:
    theirs = await FollowUpTemplate.create(
        name="骨伤科术后随访",
        program=Program.DEPARTMENT,
        owner_department=hospital["orthopaedics"],
        questionnaire=hospital["questionnaire"],
        match_rules={"departments": ["0201"]},
        schedule=[{"offset_days": 7}],
    )
    hospital_wide = await FollowUpTemplate.create(
        name="出院7天通用随访", questionnaire=hospital["questionnaire"], schedule=[{"offset_days": 7}]
    )
    await factories.staff(role, hospital["cardiology"], username="member")
    await admin_login(client, "member")
    listed = await client.post(f"{TEMPLATES}/list", json={})
    assert listed.status_code == 200 and "骨伤科术后随访" not in listed.text
    assert "出院7天通用随访" in listed.text  # hospital-wide templates are shown, read-only
    assert (await client.get(f"{TEMPLATES}/item/{theirs.id}")).status_code == 404
    for path in (f"/designer/{theirs.id}", f"/designer/{hospital_wide.id}"):
        changed = await client.post(f"{TEMPLATES}{path}", json=_designer_body(hospital, name="改名"))
        assert changed.status_code in (403, 404), (path, changed.text)
    generate = await client.post(f"{TEMPLATES}/action/generate/{hospital_wide.id}", json={})
    assert generate.status_code == 403
    assert await FollowUpTemplate.filter(name="改名").count() == 0


async def _stay(department: Department, **values: Any) -> Admission:
    patient = await factories.patient(department, discharged_days_ago=2)
    stay = await Admission.get(patient=patient)
    if values:
        await Admission.filter(id=stay.id).update(**values)
    return stay


async def _department_template(department: Department, policy: AssignmentPolicy, **extra: Any) -> FollowUpTemplate:
    questionnaire = await Questionnaire.get_or_none(code="dept_q") or await Questionnaire.create(
        code="dept_q", title="科室问卷"
    )
    values = {"name": f"科室模板{policy.value}", **extra}
    return await FollowUpTemplate.create(
        **values,
        program=Program.DEPARTMENT,
        owner_department=department,
        questionnaire=questionnaire,
        match_rules={"departments": [department.code]},
        schedule=[{"offset_days": 1, "window_days": 7}],
        assignment_policy=policy,
    )


async def test_department_tasks_go_to_the_attending_doctor_and_wait_when_he_is_unknown(
    hospital: dict[str, Any],
) -> None:
    cardiology = hospital["cardiology"]
    linked = await factories.staff("doctor", cardiology, username="linked")
    by_name = await factories.staff("doctor", cardiology, username="named")
    other = await factories.staff("doctor", hospital["orthopaedics"], username="elsewhere")
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    first = await _stay(cardiology, attending_id=linked.id, attending_name="随便")
    second = await _stay(cardiology, attending_name=by_name.name)
    third = await _stay(cardiology, attending_name=other.name)  # not of this department: nobody
    await _department_template(cardiology, AssignmentPolicy.ATTENDING)
    report = await followup_tasks.generate()
    assert report.created == 3
    tasks = {t.admission_id: t for t in await FollowUpTask.all()}
    assert tasks[first.id].assignee_id == linked.id and tasks[first.id].status is TaskStatus.ASSIGNED
    assert tasks[second.id].assignee_id == by_name.id
    assert tasks[third.id].assignee_id is None and tasks[third.id].status is TaskStatus.PENDING
    # the HIS names the attending later: the next run hands the waiting task to him
    helper = await factories.staff("doctor", cardiology, username="helper")
    await Admission.filter(id=third.id).update(attending_id=helper.id)
    await followup_tasks.generate()
    assert (await FollowUpTask.get(admission_id=third.id)).assignee_id == helper.id


async def test_department_tasks_rotate_among_the_department_s_nurses_only(hospital: dict[str, Any]) -> None:
    cardiology = hospital["cardiology"]
    nurses = [
        await factories.staff("nurse", cardiology, username="n1"),
        await factories.staff("head_nurse", cardiology, username="n2"),
    ]
    await factories.staff("doctor", cardiology, username="doc")
    await factories.staff("nurse", hospital["orthopaedics"], username="n3")
    for _ in range(4):
        await _stay(cardiology)
    await _department_template(cardiology, AssignmentPolicy.NURSE_TEAM)
    await followup_tasks.generate()
    counts: dict[int | None, int] = {}
    for task in await FollowUpTask.all():
        counts[task.assignee_id] = counts.get(task.assignee_id, 0) + 1
    assert counts == {nurses[0].id: 2, nurses[1].id: 2}


async def test_a_department_s_tasks_reach_the_centre_only_when_its_template_names_the_centre(
    hospital: dict[str, Any],
) -> None:
    cardiology = hospital["cardiology"]
    agent = await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    nurse = await factories.staff("nurse", cardiology, username="nurse")
    await _stay(cardiology)
    kept = await _department_template(cardiology, AssignmentPolicy.ROUND_ROBIN)
    await followup_tasks.generate()
    assert (await FollowUpTask.get(template=kept)).assignee_id == nurse.id
    shared = await _department_template(cardiology, AssignmentPolicy.LEAST_LOADED, name="交随访中心")
    await shared.assignees.add(agent)
    await followup_tasks.generate()
    assert (await FollowUpTask.get(template=shared)).assignee_id == agent.id


async def test_a_department_head_cannot_hand_a_task_to_someone_who_cannot_see_it(
    client: httpx.AsyncClient, hospital: dict[str, Any]
) -> None:
    cardiology = hospital["cardiology"]
    await factories.staff("dept_head", cardiology, username="head")
    outsider = await factories.staff("doctor", hospital["orthopaedics"], username="outsider")
    colleague = await factories.staff("doctor", cardiology, username="colleague")
    await _stay(cardiology)
    await _department_template(cardiology, AssignmentPolicy.MANUAL)
    await followup_tasks.generate()
    task = await FollowUpTask.get()
    headers = await factories.login(client, "head")
    refused = await client.post(
        "/api/v1/tasks/reassign", headers=headers, json={"task_ids": [task.id], "staff_id": outsider.id}
    )
    assert refused.status_code == 422 and "看不到" in refused.text
    moved = await client.post(
        "/api/v1/tasks/reassign", headers=headers, json={"task_ids": [task.id], "staff_id": colleague.id}
    )
    assert moved.status_code == 200 and (await FollowUpTask.get(id=task.id)).assignee_id == colleague.id


async def test_a_doctor_of_two_departments_sees_the_tasks_and_patients_of_both(hospital: dict[str, Any]) -> None:
    doctor = await factories.staff("doctor", hospital["cardiology"], username="both")
    await doctor.extra_departments.add(hospital["orthopaedics"])
    third = await factories.department("脾胃病科")
    for department in (hospital["cardiology"], hospital["orthopaedics"], third):
        await _stay(department)
        await _department_template(department, AssignmentPolicy.MANUAL, name=f"模板{department.code}")
    await followup_tasks.generate()
    principal = await load_principal(doctor)
    seen = set(await visible(FollowUpTask, principal).values_list("department_id", flat=True))
    assert seen == {hospital["cardiology"].id, hospital["orthopaedics"].id}
    stays = set(await visible(Admission, principal).values_list("department_id", flat=True))
    assert stays == {hospital["cardiology"].id, hospital["orthopaedics"].id}


async def test_the_tcm_library_is_seeded_once_and_judges_the_nine_constitutions(db: str) -> None:
    await seed_library()
    codes = {d["code"] for d in tcm_library.LIBRARY}
    assert await Questionnaire.filter(code__in=codes).count() == len(codes)
    assert await seed_library() == 0  # idempotent
    constitution = await Questionnaire.get(code="tcm_constitution")
    assert len(constitution.items) == 36
    # 平和 answered best, 气虚 often, everything else never
    answers = {}
    for item in constitution.items:
        kind = item["id"].rsplit("_", 1)[0]
        best = max(item["options"], key=lambda o: o["score"])
        never = min(item["options"], key=lambda o: o["score"])
        often = next(o for o in item["options"] if o["score"] == 4)
        answers[item["id"]] = (
            best["value"] if kind == "pinghe" else often["value"] if kind == "qixu" else never["value"]
        )
    assert questionnaires.validate_answers(constitution, answers, complete=True)
    scores = questionnaires.constitution_scores(constitution, answers)
    assert scores["pinghe"] == 100.0 and scores["qixu"] == 75.0 and scores["yangxu"] == 0.0
    assert questionnaires.interpretation(constitution, answers) == "气虚质：是（75.0 分）"
    balanced = {k: v if k.startswith("pinghe") else "1" for k, v in answers.items()}
    assert questionnaires.interpretation(constitution, balanced) == "平和质：是（100.0 分）"
    leaning = {**balanced, "yangxu_1": "4", "yangxu_2": "4", "yangxu_3": "2"}  # 阳虚 (3+3+1)/16 = 43.8
    assert questionnaires.interpretation(constitution, leaning) == "阳虚质：是（43.8 分）"
    # exported as FHIR and read back, it keeps its judgement
    assert questionnaires.from_fhir(questionnaires.to_fhir(constitution))["scoring"] == constitution.scoring
    # the herbal questionnaire flags aconite-type numbness as urgent
    herbal = await Questionnaire.get(code="tcm_decoction_adr")
    flags = questionnaires.red_flags(herbal, {"form": ["decoction"], "adverse": ["numbness"]})
    assert [f.severity for f in flags] == ["urgent"] and "乌头" in flags[0].message


async def test_the_department_patient_page_lists_its_own_stays_by_ward_state_and_diagnosis(
    client: httpx.AsyncClient, hospital: dict[str, Any]
) -> None:
    cardiology, ward = hospital["cardiology"], hospital["ward"]
    await factories.staff("nurse", cardiology, username="nurse")
    mine = await _stay(cardiology, ward_id=ward.id, tcm_disease_name="眩晕病", attending_name="张伟")
    inpatient = await _stay(cardiology, discharged_at=None, main_diagnosis_code="I25.1", main_diagnosis_name="冠心病")
    theirs = await _stay(hospital["orthopaedics"])
    await admin_login(client, "nurse")

    async def ids(**filters: Any) -> set[int]:
        response = await client.post(f"{PATIENTS}/list", json=filters)
        assert response.status_code == 200, response.text
        return {row["id"] for row in response.json()["data"]["items"]}

    assert await ids() == {mine.id, inpatient.id}
    assert await ids(state="inpatient") == {inpatient.id}
    assert await ids(state="discharged") == {mine.id}
    assert await ids(diagnosis="眩晕") == {mine.id}
    assert await ids(diagnosis="I25") == {inpatient.id}
    assert await ids(ward_id=str(ward.id)) == {mine.id}
    assert await ids(attending_name="张伟") == {mine.id}
    assert await ids(department_id=str(hospital["orthopaedics"].id)) == set()
    overview = await client.get(f"{PATIENTS}/overview/{mine.id}")
    assert overview.status_code == 200 and overview.json()["data"]["patient"]["name"]
    assert (await client.get(f"{PATIENTS}/overview/{theirs.id}")).status_code == 404


async def test_department_statistics_count_its_own_program_and_how_problems_were_handled(
    hospital: dict[str, Any],
) -> None:
    cardiology = hospital["cardiology"]
    head = await factories.staff("dept_head", cardiology, username="head")
    doctor = await factories.staff("doctor", cardiology, username="doc")
    stay = await _stay(cardiology, attending_id=doctor.id)
    await _department_template(cardiology, AssignmentPolicy.ATTENDING)
    centre = await FollowUpTemplate.create(
        name="中心随访", questionnaire=hospital["questionnaire"], schedule=[{"offset_days": 1, "window_days": 7}]
    )
    await followup_tasks.generate()
    assert await FollowUpTask.filter(template=centre).count() == 1
    task = await FollowUpTask.get(program=Program.DEPARTMENT)
    await Problem.create(
        patient_id=stay.patient_id, department=cardiology, task=task, description="头晕", status="replied"
    )
    principal = await load_principal(head)
    # (the centre's call falls in the same window: it is deferred past the department's)
    period = {"period_from": task.due_start, "period_until": task.due_end + timedelta(days=30)}
    figures = await stats.compute(principal, **period, program=Program.DEPARTMENT)
    assert figures.total.due == 1 and figures.problems["replied"] == 1 and figures.problems["open"] == 0
    everything = await stats.compute(principal, **period)
    assert everything.total.due == 2


async def test_a_new_built_in_role_gets_its_menu_on_an_existing_hospital_and_narrowed_menus_stay(
    client: httpx.AsyncClient,
    app,  # type: ignore[no-untyped-def]
) -> None:
    from backend.admin.site import menu_entries
    from backend.models import Menu, Role
    from backend.services import menus

    await menus.sync(menu_entries(app.state.admin_site))
    head_nurse, head = await Role.get(code="head_nurse"), await Role.get(code="dept_head")
    # as on a hospital whose menus were made before 护士长 existed, and whose administrator took
    # 随访结果查询 away from the 科室主任
    for menu in await Menu.filter(roles__id=head_nurse.id):
        await menu.roles.remove(head_nurse)
    results = await Menu.get(code="RecordAdmin")
    await results.roles.remove(head)
    await menus.sync(menu_entries(app.state.admin_site))
    templates = await Menu.get(code="TemplateAdmin")
    assert head_nurse.id in set(await templates.roles.all().values_list("id", flat=True))
    assert head.id not in set(await results.roles.all().values_list("id", flat=True))
    await factories.staff("head_nurse", await factories.department(), username="hn")
    await admin_login(client, "hn")
    nav = str((await client.post("/admin/", json={})).json()["data"])
    assert "随访模板管理" in nav and "科室患者信息查询" in nav and "科室随访统计" in nav and "系统管理" not in nav
