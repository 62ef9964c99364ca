"""The demo hospital: departments of a municipal TCM hospital, staff for every role and
synthetic patients. Idempotent: re-running creates nothing twice. Never real data.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from backend.clock import now
from backend.models import Department, Role, Staff
from backend.models.choices import DepartmentKind
from backend.security.passwords import hash_password, verify_password_async
from backend.services.access import sync_reference_data

DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - printed on start; demo data only
DEMO_PATIENT_PREFIX = "DEMO"

# code, name, kind, parent code
DEPARTMENTS: tuple[tuple[str, str, DepartmentKind, str | None], ...] = (
    ("0101", "心血管内科", DepartmentKind.CLINICAL, None),
    ("0102", "脑病科", DepartmentKind.CLINICAL, None),
    ("0103", "脾胃病科", DepartmentKind.CLINICAL, None),
    ("0104", "肺病科", DepartmentKind.CLINICAL, None),
    ("0105", "肾病科", DepartmentKind.CLINICAL, None),
    ("0106", "内分泌科", DepartmentKind.CLINICAL, None),
    ("0107", "肿瘤科", DepartmentKind.CLINICAL, None),
    ("0201", "骨伤科", DepartmentKind.CLINICAL, None),
    ("0202", "针灸推拿科", DepartmentKind.CLINICAL, None),
    ("0203", "康复科", DepartmentKind.CLINICAL, None),
    ("0204", "普外科", DepartmentKind.CLINICAL, None),
    ("0301", "妇产科", DepartmentKind.CLINICAL, None),
    ("0302", "儿科", DepartmentKind.CLINICAL, None),
    ("0303", "皮肤科", DepartmentKind.CLINICAL, None),
    ("0401", "治未病中心", DepartmentKind.CLINICAL, None),
    ("0402", "重症医学科", DepartmentKind.CLINICAL, None),
    ("0101W1", "心血管内科一病区", DepartmentKind.WARD, "0101"),
    ("0201W1", "骨伤科一病区", DepartmentKind.WARD, "0201"),
    ("0901", "检验科", DepartmentKind.MEDTECH, None),
    ("9001", "随访中心", DepartmentKind.FOLLOWUP, None),
    ("9002", "行风办", DepartmentKind.ADMINISTRATIVE, None),
    ("9003", "信息科", DepartmentKind.ADMINISTRATIVE, None),
)

# username, name, role code, department code, title
STAFF: tuple[tuple[str, str, str, str, str], ...] = (
    ("sysadmin", "周建国", "sysadmin", "9003", "系统管理员"),
    ("secadmin", "吴秀兰", "secadmin", "9003", "安全管理员"),
    ("auditor", "郑海燕", "auditadmin", "9003", "审计管理员"),
    ("kefu01", "王丽", "followup_agent", "9001", "随访专员"),
    ("kefu02", "李娜", "followup_agent", "9001", "随访专员"),
    ("xingfeng01", "陈静", "satisfaction_officer", "9002", "行风办专员"),
    ("xnk_doctor", "张伟", "doctor", "0101", "主治医师"),
    ("nbk_doctor", "刘洋", "doctor", "0102", "副主任医师"),
    ("gsk_doctor", "赵磊", "doctor", "0201", "主治医师"),
    ("xnk_nurse", "孙敏", "nurse", "0101", "主管护师"),
    ("gsk_nurse", "周婷", "nurse", "0201", "护师"),
    ("xnk_head", "黄志强", "dept_head", "0101", "科主任"),
    ("xnk_headnurse", "林芳", "head_nurse", "0101", "护士长"),
)


@dataclass
class SeedReport:
    departments: int = 0
    staff: list[tuple[str, str, str]] = field(default_factory=list)
    his_stored: int = 0
    his_quarantined: int = 0
    contacts: int = 0  # demo follow-ups already worked


async def _departments() -> dict[str, Department]:
    by_code = {d.code: d for d in await Department.all()}
    for order, (code, name, kind, parent) in enumerate(DEPARTMENTS):
        if code not in by_code:
            by_code[code] = await Department.create(
                code=code, name=name, kind=kind, parent=by_code.get(parent) if parent else None, sort_order=order
            )
    return by_code


async def _staff(departments: dict[str, Department]) -> list[tuple[str, str, str]]:
    roles = {r.code: r for r in await Role.all()}
    password_hash = hash_password(DEMO_PASSWORD)
    logins: list[tuple[str, str, str]] = []
    for username, name, role_code, dept_code, title in STAFF:
        staff = await Staff.get_or_none(username=username)
        if staff is None:
            staff = await Staff.create(
                username=username,
                name=name,
                password_hash=password_hash,
                password_changed_at=now(),
                department=departments[dept_code],
                title=title,
                phone_extension=f"8{len(logins) + 100}",
            )
            await staff.roles.add(roles[role_code])
        logins.append((username, roles[role_code].name, departments[dept_code].name))
    return logins


async def accounts_with_demo_password() -> list[str]:
    """Active demo accounts that still open with the public demo password (printed on every demo
    start): a production server refuses to start while there is one."""
    found = []
    for staff in await Staff.filter(username__in=[s[0] for s in STAFF], is_active=True).order_by("username"):
        if await verify_password_async(staff.password_hash, DEMO_PASSWORD):
            found.append(staff.username)
    return found


async def populate_demo_his(dsn: str, *, count: int = 300, days: int = 120) -> int:
    """Create the demo HIS (once) with `count` discharges spread over the last `days` days."""
    from integrations.his.demo import DemoHis

    if dsn.startswith("sqlite:///"):
        Path(dsn.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    his = DemoHis.at(dsn)
    try:
        await his.create()
        if await his.count("ZY_BRSYK"):
            return 0
        today = now().date()
        added = 0
        for offset in range(days):
            share = count // days + (1 if offset < count % days else 0)
            if share:
                await his.add_discharges(share, day=today - timedelta(days=offset + 1), start=added + 1)
                added += share
        # patients on the two demo wards now, for the ward pad (移动pad) and its round
        start = added + 1
        for department, inpatients in WARD_ROUND_PATIENTS.items():
            await his.add_discharges(inpatients, start=start, gotchas=False, department=department, in_hospital=True)
            start += inpatients
        return added  # the discharges; the inpatients come on top
    finally:
        await his.close()


# clinical department -> patients in hospital on its ward in the demo HIS
WARD_ROUND_PATIENTS = {"0101": 10, "0201": 6}
# ward -> (nurse who does its round on the pad, questionnaire asked in hospital)
WARD_ROUNDS = {"0101W1": ("xnk_nurse", "cardiology"), "0201W1": ("gsk_nurse", "general_discharge")}


async def seed_ward_round() -> int:
    """One open in-hospital questionnaire per current inpatient of the demo wards, assigned to the
    ward's nurse, so the ward pad has a round to work on a first start. Only once; returns the
    number of tasks made."""
    from backend.models import Admission, FollowUpTask, FollowUpTemplate, Questionnaire
    from backend.models.choices import Program, TaskStatus

    if await FollowUpTemplate.exists(name__startswith="病区平板："):
        return 0
    made = 0
    today = now().date()
    for ward_code, (nurse_name, questionnaire_code) in WARD_ROUNDS.items():
        ward = await Department.get_or_none(code=ward_code)
        nurse = await Staff.get_or_none(username=nurse_name)
        if ward is None or nurse is None:
            continue
        await ward.fetch_related("parent")
        form = await Questionnaire.filter(code=questionnaire_code).order_by("-version").first()
        if form is None:
            continue
        # no schedule: the generator never plans from it; the tasks below are the round's
        template = await FollowUpTemplate.create(
            name=f"病区平板：{ward.name}住院期间评估",
            program=Program.DEPARTMENT,
            owner_department=ward.parent,
            questionnaire=form,
            match_rules={},
            schedule=[],
            is_active=False,
        )
        stays = await Admission.filter(ward=ward, discharged_at__isnull=True, cancelled_at__isnull=True)
        for stay in stays:
            await FollowUpTask.create(
                admission=stay,
                patient_id=stay.patient_id,
                department_id=stay.department_id,
                template=template,
                step=1,
                program=Program.DEPARTMENT,
                questionnaire=form,
                status=TaskStatus.ASSIGNED,
                assignee=nurse,
                assigned_at=now(),
                due_start=today,
                due_end=today + timedelta(days=3),
            )
            made += 1
    return made


async def _templates() -> None:
    """Two follow-up plans so the demo queue has work: general D+7 for everyone, and a cardiology
    plan (D+7, D+30) with its own questionnaire."""
    from backend.models import FollowUpTemplate, Questionnaire
    from backend.models.choices import AssignmentPolicy, Program
    from backend.services.questionnaires import seed_library

    await seed_library()
    if await FollowUpTemplate.exists():
        return
    agents = await Staff.filter(username__in=["kefu01", "kefu02"])
    general = await FollowUpTemplate.create(
        name="出院7天通用随访",
        questionnaire=await Questionnaire.get(code="general_discharge", version=1),
        match_rules={},
        schedule=[{"offset_days": 7, "window_days": 7, "label": "出院7天"}],
        assignment_policy=AssignmentPolicy.ROUND_ROBIN,
    )
    cardio = await FollowUpTemplate.create(
        name="心血管内科专病随访",
        questionnaire=await Questionnaire.get(code="cardiology", version=1),
        match_rules={"departments": ["0101"]},
        schedule=[{"offset_days": 7, "window_days": 7}, {"offset_days": 30, "window_days": 7}],
        assignment_policy=AssignmentPolicy.LEAST_LOADED,
        priority=10,
    )
    for template in (general, cardio):
        await template.assignees.add(*agents)
    # the 行风办's inpatient survey, for the encephalopathy department (脑病科) of the demo
    survey = await FollowUpTemplate.create(
        name="住院满意度调查（脑病科）",
        program=Program.SATISFACTION,
        questionnaire=await Questionnaire.get(code="satisfaction_inpatient_cn", version=1),
        match_rules={"departments": ["0102"]},
        schedule=[{"offset_days": 3, "window_days": 7, "label": "出院3天"}],
        assignment_policy=AssignmentPolicy.ROUND_ROBIN,
    )
    await survey.assignees.add(*await Staff.filter(username="xingfeng01"))


# code, category, name, content: notification templates as a hospital gets them approved by
# Aliyun (a sign, no marketing, fixed links in the text, 退订 instructions).
SMS_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    (
        "followup_notice",
        "followup",
        "随访来电预告",
        "${name}您好，${hospital}随访中心近日将致电了解您出院后的恢复情况，请留意接听。回T退订",
    ),
    (
        "recheck",
        "recheck",
        "定期复查提醒",
        "${name}您好，${hospital}提醒您按医嘱按时到院复查，如有不适请及时就诊。回T退订",
    ),
    (
        "medication",
        "medication",
        "用药提醒",
        "${name}您好，${hospital}提醒您遵医嘱按时服药，不要自行停药或加减药量。回T退订",
    ),
    (
        "free_clinic",
        "free_clinic",
        "义诊通知",
        "${name}您好，${hospital}将于${date}在${place}举办义诊，欢迎参加。回T退订",
    ),
    (
        "lecture",
        "lecture",
        "科普讲座通知",
        "${name}您好，${hospital}将于${date}在${place}举办健康讲座：${topic}，欢迎参加。回T退订",
    ),
)


async def _sms_templates() -> None:
    from backend.models import SmsTemplate
    from backend.models.choices import SmsCategory
    from backend.services.sms import template_variables
    from backend.settings import get_settings

    # The link's address is fixed text in the approved template (Aliyun refuses URLs in variables):
    # the hospital's public address, never this server's own (no patient's phone can open that).
    base = get_settings().h5.link_base or "https://suifang.example-hospital.cn"
    h5 = (
        "followup_h5",
        "followup",
        "随访问卷链接",
        f"${{name}}您好，请点击 {base}/h5/q/${{code}} 填写出院随访问卷，7天内有效。回T退订",
    )
    alert = ("system_alert", "system", "系统告警（管理员）", "${hospital}随访系统告警：${title}，请登录系统查看。")
    for n, (code, category, name, content) in enumerate((*SMS_TEMPLATES, h5, alert), start=1):
        await SmsTemplate.get_or_create(
            code=code,
            defaults={
                "name": name,
                "category": SmsCategory(category),
                "provider_template_code": f"SMS_4870{n:05d}",
                "sign_name": "示范市中医医院",
                "content": content,
                "variables": template_variables(content),
            },
        )


async def seed_demo_hospital() -> SeedReport:
    """Departments, staff for every role, reference data, the questionnaire library and two
    follow-up templates; patients come from the demo HIS."""
    await sync_reference_data()
    departments = await _departments()
    report = SeedReport(departments=len(departments))
    report.staff = await _staff(departments)
    await _templates()
    await _sms_templates()
    return report


def format_report(report: SeedReport) -> str:
    lines = [
        f"示范医院：{report.departments} 个科室/病区",
        f"示范 HIS 首次同步：写入 {report.his_stored} 条记录，隔离 {report.his_quarantined} 条（见 同步数据监控）",
        f"示范随访记录：{report.contacts} 条（见 随访结果查询、统计分析）",
        f"演示账号（密码均为 {DEMO_PASSWORD}）：",
    ]
    lines += [f"  {username:<12} {role:<8} {dept}" for username, role, dept in report.staff]
    return "\n".join(lines)


async def seed_followup_history(share: float = 0.6) -> int:
    """Work some of the demo's due tasks as their staff would (reached with answers, no answer,
    refused), so that 随访结果查询 and 统计分析 show something on a first start. Only on a demo
    without any follow-up yet; returns how many contacts it recorded."""
    from backend.models import FollowUpRecord, FollowUpTask
    from backend.models.choices import ReachedWithoutCall, TaskOutcome, TaskStatus
    from backend.services import execution
    from backend.services.errors import DomainError
    from backend.services.principal import Principal, load_principal

    if await FollowUpRecord.exists():
        return 0
    rng = random.Random(2026)  # the same demo every time
    today = now().date()
    due = (
        await FollowUpTask.filter(status=TaskStatus.ASSIGNED, due_start__lte=today, assignee_id__isnull=False)
        .select_related("questionnaire", "assignee")
        .order_by("id")
    )
    principals: dict[int, Principal] = {}
    recorded = 0
    for task in due:
        if rng.random() > share:
            continue
        staff = task.assignee
        if staff is None:
            continue
        if staff.id not in principals:
            principals[staff.id] = await load_principal(staff)
        outcome = rng.choices([TaskOutcome.REACHED, TaskOutcome.NO_ANSWER, TaskOutcome.REFUSED], weights=[7, 2, 1])[0]
        answers = _demo_answers(task.questionnaire.items or [], rng) if outcome is TaskOutcome.REACHED else {}
        try:
            await execution.record_contact(
                principals[staff.id],
                task.id,
                client_uuid=uuid.UUID(int=rng.getrandbits(128)),
                outcome=outcome,
                answers=answers,
                notes="示范数据：电话随访" if answers else "",
                # the demo places no calls: its contacts say so, as staff must without an answered call
                reached_without_call=ReachedWithoutCall.OTHER,
                reached_reason="示范数据，未实际拨打电话",
            )
        except DomainError:
            continue  # e.g. a questionnaire the simple answers below do not satisfy: left for staff
        recorded += 1
    return recorded


def _demo_answers(items: list[dict], rng: random.Random) -> dict[str, object]:
    """Plausible answers to a questionnaire, item by item as the form shows them."""
    from backend.services.questionnaires import visible_items

    answers: dict[str, object] = {}
    for item in items:
        if item not in visible_items(items, answers):
            continue
        kind, options = item.get("type"), [o["value"] for o in item.get("options") or []]
        low = item.get("min", 0)
        high = item.get("max", low + 10)
        if kind == "single" and options:
            answers[item["id"]] = rng.choice(options)
        elif kind == "multiple" and options:
            answers[item["id"]] = ["none"] if "none" in options and rng.random() < 0.7 else [rng.choice(options)]
        elif kind in ("number", "scale"):
            answers[item["id"]] = round(low + (high - low) * rng.uniform(0.25, 0.45))
        elif kind == "date":
            answers[item["id"]] = str(now().date() + timedelta(days=rng.randint(7, 30)))
        else:
            answers[item["id"]] = "恢复良好，按时服药"
    return answers
