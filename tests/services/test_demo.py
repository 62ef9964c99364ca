from __future__ import annotations

from pathlib import Path

from backend.models import Admission, Department, FollowUpRecord, Patient, Role, Staff
from backend.models.choices import DepartmentKind, TaskOutcome, TaskStatus
from backend.services import demo, followup_tasks, sync
from integrations.his.demo import DemoHis


async def test_demo_seed_is_complete_and_idempotent(db: str, tmp_path: Path) -> None:
    await demo.seed_demo_hospital()
    dsn = f"sqlite:///{tmp_path}/his/demo_his.sqlite3"
    assert await demo.populate_demo_his(dsn, count=30, days=10) == 30
    assert await demo.populate_demo_his(dsn, count=30, days=10) == 0  # once only
    his = DemoHis.at(dsn)
    await sync.pull(his.source())
    counts = (
        await Department.all().count(),
        await Staff.all().count(),
        await Patient.all().count(),
        await Admission.all().count(),
    )
    second = await demo.seed_demo_hospital()
    await sync.pull(his.source())
    await his.close()
    assert (
        await Department.all().count(),
        await Staff.all().count(),
        await Patient.all().count(),
        await Admission.all().count(),
    ) == counts
    inpatients = sum(demo.WARD_ROUND_PATIENTS.values())
    assert counts[3] == 30 + inpatients  # the discharges and the demo wards' inpatients
    # the ward pad's round: one open in-hospital questionnaire per inpatient of the demo wards, once
    assert await demo.seed_ward_round() == inpatients
    assert await demo.seed_ward_round() == 0

    clinical = await Department.filter(kind=DepartmentKind.CLINICAL).values_list("name", flat=True)
    assert len(clinical) >= 15
    assert {
        "心血管内科",
        "脑病科",
        "骨伤科",
        "针灸推拿科",
        "妇产科",
        "肿瘤科",
        "脾胃病科",
        "肺病科",
        "肾病科",
        "治未病中心",
    } <= set(clinical)
    for role in await Role.filter(builtin=True):
        assert await role.staff.all().count() >= 1, role.name
    text = demo.format_report(second)
    assert demo.DEMO_PASSWORD in text and "kefu01" in text


async def test_demo_followup_history_works_due_tasks_once(db: str, tmp_path: Path) -> None:
    await demo.seed_demo_hospital()
    dsn = f"sqlite:///{tmp_path}/his/demo_his.sqlite3"
    await demo.populate_demo_his(dsn, count=60, days=30)
    his = DemoHis.at(dsn)
    await sync.pull(his.source())
    await his.close()
    await followup_tasks.generate()
    recorded = await demo.seed_followup_history()
    # every contact went through the real execution service: answers valid, tasks moved on
    assert recorded == await FollowUpRecord.all().count() > 0
    reached = await FollowUpRecord.filter(outcome=TaskOutcome.REACHED).select_related("task")
    assert reached and all(r.answers and r.task.status is TaskStatus.COMPLETED for r in reached)
    assert await demo.seed_followup_history() == 0  # once only


def test_the_demo_his_discharges_only_from_departments_the_demo_seeds() -> None:
    # The simulator owns its diagnoses (integrations never import services), keyed by the codes
    # the demo hospital seeds: a code only one side knows would quarantine every stay from it.
    from integrations.his.demo import DIAGNOSES

    assert DIAGNOSES and set(DIAGNOSES) <= {code for code, *_ in demo.DEPARTMENTS}


async def test_demo_accounts_still_on_the_demo_password_are_found_until_changed_or_disabled(db: str) -> None:
    from backend.security.passwords import hash_password

    await demo.seed_demo_hospital()
    exposed = await demo.accounts_with_demo_password()
    assert {"sysadmin", "secadmin", "auditor", "kefu01"} <= set(exposed)
    await Staff.filter(username="sysadmin").update(password_hash=hash_password("Another@2026x"))
    await Staff.filter(username="secadmin").update(is_active=False)
    left = await demo.accounts_with_demo_password()
    assert "sysadmin" not in left and "secadmin" not in left and "auditor" in left
