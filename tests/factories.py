"""Builders of valid synthetic records (never real data)."""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime, timedelta

import httpx

from backend.clock import SHANGHAI, now
from backend.models import Admission, Department, FollowUpTask, FollowUpTemplate, Patient, Questionnaire, Role, Staff
from backend.models.choices import DepartmentKind, DischargeDisposition, Gender, Program, TaskStatus
from backend.security.passwords import hash_password
from backend.services.patients import Contact, set_pii

PASSWORD = "Test@12345"
_PASSWORD_HASH = hash_password(PASSWORD)
_seq = itertools.count(1)


def _n() -> int:
    return next(_seq)


async def department(
    name: str | None = None, *, code: str | None = None, parent: Department | None = None
) -> Department:
    n = _n()
    return await Department.create(
        code=code or f"D{n:04d}", name=name or f"测试科室{n}", kind=DepartmentKind.CLINICAL, parent=parent
    )


async def staff(role_code: str, dept: Department | None = None, *, username: str | None = None) -> Staff:
    n = _n()
    member = await Staff.create(
        username=username or f"user{n}", name=f"员工{n}", password_hash=_PASSWORD_HASH, department=dept
    )
    await member.roles.add(await Role.get(code=role_code))
    return member


def valid_id_number(birth: date, serial: int) -> str:
    """An 18-digit resident ID with a correct GB 11643 check digit."""
    body = f"450104{birth:%Y%m%d}{serial % 1000:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]
    return body + check


async def patient(
    dept: Department,
    *,
    name: str | None = None,
    phone: str | None = None,
    id_number: str | None = None,
    discharged_days_ago: int = 5,
) -> Patient:
    """A patient with one discharged stay in `dept`."""
    n = _n()
    birth = date(1950 + n % 50, 1 + n % 12, 1 + n % 28)
    p = Patient(
        his_id=f"P{n:06d}",
        name=name or f"患者{n}",
        gender=random.choice([Gender.MALE, Gender.FEMALE]),
        birth_date=birth,
    )
    set_pii(
        p,
        phone=phone or f"139{n:08d}",
        id_number=id_number or valid_id_number(birth, n),
        contacts=[Contact(name=f"家属{n}", relation="配偶", phone=f"137{n:08d}")],
    )
    await p.save()
    discharged: datetime = now() - timedelta(days=discharged_days_ago)
    await Admission.create(
        his_visit_id=f"V{n:06d}",
        patient=p,
        department=dept,
        admitted_at=discharged - timedelta(days=7),
        discharged_at=discharged,
        disposition=DischargeDisposition.ORDERED,
        los_days=7,
        main_diagnosis_code="I10.x00",
        main_diagnosis_name="原发性高血压",
    )
    return p


async def inpatient(dept: Department, ward: Department, *, bed_no: str, name: str | None = None) -> Admission:
    """A patient now in hospital: a stay in `dept`, nursed on `ward`, without discharge."""
    n = _n()
    p = Patient(his_id=f"P{n:06d}", name=name or f"患者{n}", gender=Gender.FEMALE, birth_date=date(1960, 3, 1))
    set_pii(p, phone=f"139{n:08d}", id_number=valid_id_number(date(1960, 3, 1), n), contacts=[])
    await p.save()
    return await Admission.create(
        his_visit_id=f"V{n:06d}",
        inpatient_no=f"ZY{n:06d}",
        patient=p,
        department=dept,
        ward=ward,
        bed_no=bed_no,
        admitted_at=now() - timedelta(days=3),
        main_diagnosis_code="I10.x00",
        main_diagnosis_name="原发性高血压",
    )


async def open_task(stay: Admission, questionnaire: Questionnaire, assignee: Staff) -> FollowUpTask:
    """An open task of the stay's department, assigned to `assignee` (an in-hospital questionnaire)."""
    template, _ = await FollowUpTemplate.get_or_create(
        name=f"住院期间问卷（{questionnaire.title}）",
        defaults={"questionnaire": questionnaire, "program": Program.DEPARTMENT},
    )
    today = now().date()
    return await FollowUpTask.create(
        admission=stay,
        patient_id=stay.patient_id,
        department_id=stay.department_id,
        template=template,
        step=1,
        program=Program.DEPARTMENT,
        questionnaire=questionnaire,
        status=TaskStatus.ASSIGNED,
        assignee=assignee,
        assigned_at=now(),
        due_start=today,
        due_end=today + timedelta(days=3),
    )


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


async def login(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> dict[str, str]:
    """Log in and return the Authorization header."""
    response = await client.post("/api/v1/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
