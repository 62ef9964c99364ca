"""投诉与整改 (整改单): a complaint or a low score on a flagged item opens a 整改单 for the
department, with a deadline; the department replies with its measures; the 行风办 verifies them,
which creates a callback task (回访) to the patient; an overdue 整改单 escalates to the
department head (科主任) and shows on the 行风办's home page.

open --reply--> replied --verify(accepted)--> verified (closed; callback task created)
                replied --verify(rejected)--> open again, with the reason

Why not a Problem: a Problem is a clinical issue the follow-up centre routes by a red-flag rule,
replied in free text and closed by a check; a 整改单 has a deadline that escalates, structured
sources (complaint vs low score, the items concerned), measures rather than a reply, a callback
task that is part of its closure, and statistics of its own (closure rate and time) that must not
mix with the centre's problems. Sharing the table would give each a column set the other ignores
and make every Problem query filter on the kind; the workflow pattern (scope, state table,
audit in the same transaction) is the same and follows problems.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import (
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Questionnaire,
    Rectification,
    Role,
    Staff,
)
from backend.models.choices import (
    AuditAction,
    Channel,
    Program,
    RectificationSource,
    RectificationStatus,
    TaskStatus,
)
from backend.services import audit
from backend.services.access import require
from backend.services.errors import Conflict, InvalidInput, PermissionDenied
from backend.services.principal import Principal
from backend.services.satisfaction_bank import CALLBACK, item_facts
from backend.services.satisfaction_settings import get_settings
from backend.services.scope import get_visible, visible

CALLBACK_TEMPLATE = "投诉整改回访"
CALLBACK_WINDOW_DAYS = 3
# A callback task's step: far above any template step, and unique per 整改单 (the task table
# is unique by stay, template and step).
CALLBACK_STEP_BASE = 1_000_000
HEAD_ROLE = "dept_head"
OPEN_STATES = (RectificationStatus.OPEN, RectificationStatus.REPLIED)


def _reasons(questionnaire: Questionnaire, answers: dict) -> tuple[RectificationSource | None, list[str], list[str]]:
    """Why these answers open a 整改单: a complaint option chosen, or a flagged item scored low."""
    source: RectificationSource | None = None
    items: list[str] = []
    lines: list[str] = []
    for item in questionnaire.items or []:
        value = answers.get(item.get("id"))
        if value is None:
            continue
        chosen = next((o for o in item.get("options") or [] if o.get("value") == value), None)
        if chosen is not None and chosen.get("complaint"):
            source = RectificationSource.COMPLAINT
            items.append(item["id"])
            lines.append(f"患者投诉：{item.get('text')}")
            continue
        limit = item.get("complaint_max_score")
        facts = item_facts(item, value)
        if limit is not None and facts is not None and facts.score is not None and facts.score <= limit:
            source = source or RectificationSource.LOW_SCORE
            items.append(item["id"])
            lines.append(f"低分：{item.get('text')}（{chosen.get('label') if chosen else value}）")
    for item in questionnaire.items or []:  # the complaint's own words, when the survey asked for them
        text = answers.get(item.get("id"))
        if item.get("type") == "text" and isinstance(text, str) and text.strip() and source is not None:
            lines.append(f"{item.get('text')}：{text.strip()[:1000]}")
    return source, items, lines


async def open_for_record(
    task: FollowUpTask, record: FollowUpRecord, questionnaire: Questionnaire
) -> Rectification | None:
    """Open the 整改单 of a survey record when it holds a complaint or a flagged low score; runs in
    the record's transaction. One per record (the record is unique on the 整改单)."""
    source, items, lines = _reasons(questionnaire, record.answers or {})
    if source is None:
        return None
    setting = await get_settings()
    rectification = await Rectification.create(
        record_id=record.id,
        task_id=task.id,
        patient_id=task.patient_id,
        department_id=task.department_id,
        source=source,
        items=items,
        description="\n".join(lines)[:4000],
        deadline=now() + timedelta(days=setting.rectify_days),
    )
    await audit.record(
        AuditAction.CREATE, actor_name="系统", resource=rectification, summary=f"满意度调查生成整改单（{source.label}）"
    )
    return rectification


def _may_see(principal: Principal) -> None:
    if not (principal.can("survey:read") or principal.can("problem:reply")):
        raise PermissionDenied("没有权限：查看整改单")


async def search(
    principal: Principal,
    *,
    status: RectificationStatus | None = None,
    department_id: int | None = None,
    overdue: bool = False,
) -> list[Rectification]:
    _may_see(principal)
    query = visible(Rectification, principal)
    if status is not None:
        query = query.filter(status=status)
    if department_id is not None:
        query = query.filter(department_id=department_id)
    if overdue:
        query = query.filter(status=RectificationStatus.OPEN, deadline__lt=now())
    return await query.select_related("department", "patient").order_by("-id").limit(500)


async def reply(principal: Principal, rectification_id: int, measures: str) -> Rectification:
    """The department states what it has done (整改措施)."""
    require(principal, "problem:reply")
    measures = (measures or "").strip()
    if len(measures) < 2:
        raise InvalidInput("请填写整改措施", field="measures")
    rectification = await get_visible(Rectification, principal, rectification_id)
    if rectification.status not in OPEN_STATES:
        raise Conflict(f"整改单{rectification.status.label}，不能再反馈")
    async with in_transaction():
        rectification.measures, rectification.status = measures[:4000], RectificationStatus.REPLIED
        rectification.replied_by_id, rectification.replied_at = principal.staff_id, now()
        await rectification.save(update_fields=["measures", "status", "replied_by_id", "replied_at", "updated_at"])
        await audit.record(
            AuditAction.UPDATE,
            actor=principal,
            resource=rectification,
            summary="科室反馈整改措施",
            after={"status": "replied"},
        )
    return rectification


async def verify(principal: Principal, rectification_id: int, *, accepted: bool, note: str = "") -> Rectification:
    """The 行风办 checks the measures: accepted closes the 整改单 and creates the callback task to
    the patient (assigned to the verifier); rejected sends it back to the department."""
    require(principal, "survey:manage")
    rectification = await get_visible(Rectification, principal, rectification_id)
    if rectification.status is not RectificationStatus.REPLIED:
        raise Conflict("只有已反馈措施的整改单可以核实")
    note = (note or "").strip()[:1000]
    if not accepted and len(note) < 2:
        raise InvalidInput("退回时请说明原因", field="note")
    async with in_transaction():
        locked = await Rectification.filter(id=rectification.id).select_for_update().first()
        if locked is None or locked.status is not RectificationStatus.REPLIED:
            raise Conflict("整改单刚被他人处理，请刷新")
        if accepted:
            rectification.status = RectificationStatus.VERIFIED
            rectification.verified_by_id, rectification.verified_at = principal.staff_id, now()
            rectification.verify_note = note
            callback = await create_callback_task(rectification, assignee_id=principal.staff_id)
            rectification.callback_task_id = callback.id
        else:
            rectification.status = RectificationStatus.OPEN
            rectification.verify_note = note
            # a new deadline: the department gets the usual time again
            rectification.deadline = now() + timedelta(days=(await get_settings()).rectify_days)
            rectification.escalated_at = None
        await rectification.save()
        await audit.record(
            AuditAction.UPDATE,
            actor=principal,
            resource=rectification,
            summary="核实整改措施，已生成回访任务" if accepted else f"整改措施退回科室：{note[:100]}",
            after={"status": rectification.status.value},
        )
    return rectification


async def _callback_template() -> FollowUpTemplate:
    """The inactive satisfaction template callback tasks belong to (never planned by generation)."""
    template = await FollowUpTemplate.filter(name=CALLBACK_TEMPLATE, program=Program.SATISFACTION).first()
    if template is not None:
        return template
    questionnaire = await Questionnaire.filter(code=CALLBACK["code"]).order_by("-version").first()
    if questionnaire is None:
        from backend.services.questionnaires import seed_library

        await seed_library()
        questionnaire = await Questionnaire.get(code=CALLBACK["code"], version=1)
    return await FollowUpTemplate.create(
        name=CALLBACK_TEMPLATE,
        program=Program.SATISFACTION,
        questionnaire=questionnaire,
        match_rules={},
        schedule=[],
        is_active=False,
    )


async def create_callback_task(rectification: Rectification, *, assignee_id: int | None) -> FollowUpTask:
    """One ad-hoc task: call the patient back about the 整改单, due within three days, on the stay
    of the survey it came from, assigned to the 行风办 member who verified it."""
    if rectification.task_id is None:
        raise Conflict("整改单没有来源调查任务，无法生成回访")
    source = await FollowUpTask.get(id=rectification.task_id)
    template = await _callback_template()
    today = now().date()
    return await FollowUpTask.create(
        admission_id=source.admission_id,
        patient_id=source.patient_id,
        department_id=source.department_id,
        template=template,
        step=CALLBACK_STEP_BASE + rectification.id,
        program=Program.SATISFACTION,
        questionnaire_id=template.questionnaire_id,
        channel=Channel.PHONE,
        status=TaskStatus.ASSIGNED if assignee_id else TaskStatus.PENDING,
        assignee_id=assignee_id,
        assigned_at=now() if assignee_id else None,
        due_start=today,
        due_end=today + timedelta(days=CALLBACK_WINDOW_DAYS),
    )


@dataclass(frozen=True)
class Escalation:
    rectification_id: int
    department_id: int
    heads: list[int]


async def escalate_overdue() -> list[Escalation]:
    """Escalate each 整改单 past its deadline without measures to its department's head (科主任,
    the staff of the department holding the dept_head role), once: it is marked escalated and
    audited; the head and the 行风办 see it on their home pages. Idempotent."""
    due = await Rectification.filter(status=RectificationStatus.OPEN, deadline__lt=now(), escalated_at__isnull=True)
    if not due:
        return []
    role = await Role.get_or_none(code=HEAD_ROLE)
    out = []
    for rectification in due:
        heads = (
            [s.id for s in await Staff.filter(department_id=rectification.department_id, roles=role, is_active=True)]
            if role
            else []
        )
        async with in_transaction():
            updated = await Rectification.filter(id=rectification.id, escalated_at__isnull=True).update(
                escalated_at=now()
            )
            if not updated:
                continue
            await audit.record(
                AuditAction.UPDATE,
                actor_name="系统",
                resource=rectification,
                summary=f"整改单逾期未反馈，升级至科主任（{len(heads)} 人）",
            )
        out.append(Escalation(rectification.id, rectification.department_id, heads))
    return out


async def overdue_count(principal: Principal) -> int:
    """Open 整改单 past their deadline that the principal sees (home page)."""
    return await visible(Rectification, principal).filter(status=RectificationStatus.OPEN, deadline__lt=now()).count()
