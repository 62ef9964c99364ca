from __future__ import annotations

from backend.models import Admission, Department, Patient, Role, Staff
from backend.models.choices import DepartmentKind
from backend.services import demo


async def test_demo_seed_is_complete_and_idempotent(db: str) -> None:
    first = await demo.seed_demo_hospital(patient_count=30)
    counts = (
        await Department.all().count(),
        await Staff.all().count(),
        await Patient.all().count(),
        await Admission.all().count(),
    )
    second = await demo.seed_demo_hospital(patient_count=30)
    assert (
        await Department.all().count(),
        await Staff.all().count(),
        await Patient.all().count(),
        await Admission.all().count(),
    ) == counts
    assert first.patients == 30 and second.patients == 0

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
