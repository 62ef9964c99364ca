"""Working follow-up tasks (患者随访): the queue, recording a contact, red flags to problems.

Every contact is recorded once: the client generates `client_uuid`, so a retried upload (a
flaky network, an offline pad syncing) returns the record it already made. The patient's
eligibility is checked again here, at execution time, not only when the task was planned.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import quote

from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.clock import SHANGHAI, local_text, now
from backend.models import Admission, CallRecord, FollowUpRecord, FollowUpTask, Patient, Problem, Questionnaire
from backend.models.choices import (
    AuditAction,
    CallStatus,
    CancelReason,
    Channel,
    ProblemSeverity,
    Program,
    ReachedWithoutCall,
    TaskOutcome,
    TaskStatus,
)
from backend.services import audit, questionnaires, satisfaction
from backend.services.access import require
from backend.services.errors import Conflict, InvalidInput, PermissionDenied
from backend.services.followup_tasks import OPEN, apply_outcome, cancel_ineligible, move
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal
from backend.services.scope import get_visible, visible

REPLY_WITHIN = {ProblemSeverity.URGENT: timedelta(hours=24), ProblemSeverity.NORMAL: timedelta(hours=72)}
QUEUES = ("today", "overdue", "callback", "all", "done")
# Tasks worked by telephone: 已联系 on them needs an answered call on the task, or a stated other way.
PHONE_CHANNELS = frozenset({Channel.PHONE, Channel.SMS_THEN_PHONE})
REACHED_NEEDS_CALL = (
    "随访结果为「已联系」需要本任务有已接通的电话；未通过电话联系到患者的，"
    "请在「联系方式」中选择线下（当面）随访或其他方式，并填写说明"
)


def _execute_permission(task: FollowUpTask) -> str:
    return "survey:execute" if task.program is Program.SATISFACTION else "followup:execute"


async def queue(
    principal: Principal, view: str = "today", *, page: int = 1, page_size: int = 20, program: str | None = None
) -> Page[FollowUpTask]:
    """The caller's own open tasks: due today, overdue, to call back (due in the next day), or
    waiting for a call-back time still ahead (scheduled: out of 今日待办 until then); or done.
    `program` narrows any view to one programme (随访中心/满意度/科室随访), counted by the server."""
    if not (principal.can("followup:execute") or principal.can("survey:execute")):
        raise PermissionDenied("没有权限：执行随访")
    today = now().date()
    mine = visible(FollowUpTask, principal).filter(assignee_id=principal.staff_id)
    if program:
        mine = mine.filter(program=program)
    if view == "done":  # what the caller finished, most recent first (the H5 app's 已完成)
        done = mine.filter(status=TaskStatus.COMPLETED).select_related("patient", "department", "template")
        return await paginate(done.order_by("-completed_at", "-id"), page, page_size)
    query = mine.filter(status__in=OPEN)
    if view == "today":
        query = query.filter(due_start__lte=today, due_end__gte=today).filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now())
        )
    elif view == "overdue":
        query = query.filter(due_end__lt=today)
    elif view == "callback":
        query = query.filter(next_attempt_at__isnull=False, next_attempt_at__lte=now() + timedelta(days=1))
    elif view == "scheduled":
        query = query.filter(next_attempt_at__gt=now()).select_related("patient", "department", "template")
        return await paginate(query.order_by("next_attempt_at", "id"), page, page_size)
    query = query.select_related("patient", "department", "template").order_by("due_end", "id")
    return await paginate(query, page, page_size)


async def get_task(principal: Principal, task_id: int) -> FollowUpTask:
    require(principal, "followup:read")
    task = await get_visible(FollowUpTask, principal, task_id)
    await task.fetch_related("questionnaire", "patient", "department", "template")
    return task


async def _ineligible(task: FollowUpTask) -> CancelReason | None:
    patient = task.patient
    if patient.deceased_at is not None:
        return CancelReason.DECEASED
    if patient.do_not_contact:
        return CancelReason.DO_NOT_CONTACT
    stay = await Admission.get(id=task.admission_id)
    if (
        stay.discharged_at is not None
        and await Admission.filter(
            patient_id=patient.id, admitted_at__gt=stay.discharged_at, admitted_at__lte=now(), cancelled_at__isnull=True
        ).exists()
    ):
        return CancelReason.READMITTED  # back in hospital since: this post-discharge call no longer fits
    return None


async def merged_tasks(task: FollowUpTask) -> list[FollowUpTask]:
    """Lower-priority steps merged into this task's call (合并): the patient's tasks cancelled as
    MERGED whose window starts within this one's and that nobody has answered yet. Their
    questionnaires are asked in the same call, after this task's own."""
    merged = (
        await FollowUpTask.filter(
            patient_id=task.patient_id,
            status=TaskStatus.CANCELLED,
            cancel_reason=CancelReason.MERGED,
            due_start__gte=task.due_start,
            due_start__lte=task.due_end,
        )
        .exclude(id=task.id)
        .prefetch_related("questionnaire", "template")
        .order_by("id")
    )
    answered = set(await FollowUpRecord.filter(task_id__in=[m.id for m in merged]).values_list("task_id", flat=True))
    return [m for m in merged if m.id not in answered]


async def record_contact(
    principal: Principal,
    task_id: int,
    *,
    client_uuid: uuid.UUID,
    outcome: TaskOutcome,
    answers: dict[str, Any] | None = None,
    notes: str = "",
    call_back_at: datetime | None = None,
    call_id: int | None = None,
    reached_without_call: ReachedWithoutCall | None = None,
    reached_reason: str = "",
    merged_answers: dict[str, dict[str, Any]] | None = None,
) -> FollowUpRecord:
    """Record one contact of a task: answers, outcome, problems raised. Idempotent by client_uuid.

    已联系 on a phone task is taken only with an answered call of the task (or the call named by
    `call_id`), or with `reached_without_call` (线下 / 其他方式) and a reason, which the audit keeps:
    an unanswered or missing call must not count as a contact in 联系成功率.

    `merged_answers` (by task id) answers the questionnaires of the steps merged into this call
    (`merged_tasks`); a reached contact records each as its own record of its own task."""
    existing = await FollowUpRecord.get_or_none(client_uuid=client_uuid)
    if existing is not None:
        if existing.task_id != task_id:
            raise Conflict("该记录编号已用于其他随访任务")
        return existing
    task = await get_task(principal, task_id)
    require(principal, _execute_permission(task))
    if task.assignee_id not in (None, principal.staff_id) and not principal.can("followup:assign"):
        raise PermissionDenied("该任务已分配给其他人员")
    reason = await _ineligible(task)
    if reason is not None:
        if task.status in OPEN:
            move(task, TaskStatus.CANCELLED)
            task.cancel_reason = reason
            await task.save(update_fields=["status", "cancel_reason", "updated_at"])
        raise Conflict(f"患者{reason.label}，任务已取消，请勿联系")
    if call_id is not None and not await CallRecord.exists(id=call_id, patient_id=task.patient_id):
        raise InvalidInput("通话记录不属于该患者", field="call_id")
    if outcome is TaskOutcome.DECEASED:
        await _check_deceased(task, notes)
    cleaned = questionnaires.validate_answers(
        task.questionnaire, answers or {}, complete=outcome is TaskOutcome.REACHED
    )
    also = await _merged_answers(task, merged_answers or {}) if outcome is TaskOutcome.REACHED else []
    stated = ""
    if outcome is TaskOutcome.REACHED and task.channel in PHONE_CHANNELS:
        stated = await _reached_how(task, call_id, reached_without_call, reached_reason)
    if call_back_at is not None and call_back_at.tzinfo is None:
        call_back_at = call_back_at.replace(tzinfo=SHANGHAI)  # a time without a zone is Beijing time
    return await _save(
        task,
        staff_id=principal.staff_id,
        actor=principal,
        client_uuid=client_uuid,
        outcome=outcome,
        cleaned=cleaned,
        notes=f"{stated}；{notes}" if stated and notes else (stated or notes),
        call_back_at=call_back_at,
        call_id=call_id,
        stated=stated,
        merged=also,
    )


async def _check_deceased(task: FollowUpTask, notes: str) -> None:
    """已故 stops every call to the patient and cannot be undone from the desk: it needs where the
    news came from, and is refused while the HIS has the patient in hospital (a death in hospital
    comes from the HIS, as a discharge whose 离院方式 is 死亡)."""
    if not notes.strip():
        raise InvalidInput("登记为已故须在备注中写明消息来源（如：家属电话告知，某月某日去世）", field="notes")
    in_hospital = await Admission.filter(
        patient_id=task.patient_id, discharged_at__isnull=True, cancelled_at__isnull=True
    ).exists()
    if in_hospital:
        raise InvalidInput(
            "患者目前在院（HIS 尚无出院记录），不能登记为已故；院内死亡以 HIS 出院记录（离院方式：死亡）为准",
            field="outcome",
        )


def outcome_options() -> list[dict[str, str]]:
    """The outcomes staff may record, labelled as the server labels them: one list for the desk's
    execution form and the H5 app, so both always offer the same choices."""
    return [{"value": o.value, "label": o.label} for o in TaskOutcome]


async def _merged_answers(
    task: FollowUpTask, given: dict[str, dict[str, Any]]
) -> list[tuple[FollowUpTask, dict[str, Any]]]:
    """Each merged step with its validated answers; answers for a task not merged here are refused."""
    merged = await merged_tasks(task)
    known = {str(m.id) for m in merged}
    stray = sorted(set(given) - known)
    if stray:
        raise InvalidInput(f"任务 {'、'.join(stray)} 未合并到本次随访，不能一并记录", field="merged_answers")
    checked = []
    for m in merged:
        try:
            checked.append(
                (m, questionnaires.validate_answers(m.questionnaire, given.get(str(m.id)) or {}, complete=True))
            )
        except InvalidInput as refused:
            # Named by its section, as the forms show it (its item ids may repeat the main
            # questionnaire's): merged_answers.<task id>.<item id>, or the step's whole answers.
            item = refused.field if refused.field not in (None, "answers") else None
            raise InvalidInput(
                f"合并随访「{m.template.name}」：{refused.message}",
                field=f"merged_answers.{m.id}" + (f".{item}" if item else ""),
            ) from refused
    return checked


async def _reached_how(
    task: FollowUpTask, call_id: int | None, without_call: ReachedWithoutCall | None, reason: str
) -> str:
    """'' when an answered call of this task (or the call named) shows the contact; else the
    staff's statement (线下 / 其他方式 and why), refused when missing."""
    calls = CallRecord.filter(patient_id=task.patient_id).filter(
        Q(task_id=task.id) | Q(id=call_id) if call_id is not None else Q(task_id=task.id)
    )
    answered = Q(answered_at__isnull=False) | Q(status__in=(CallStatus.ANSWERED, CallStatus.COMPLETED))
    if await calls.filter(answered).exists():
        return ""
    reason = reason.strip()
    if without_call is None or len(reason) < 2:
        raise InvalidInput(REACHED_NEEDS_CALL, field="reached_reason" if without_call else "reached_without_call")
    return f"{without_call.label}：{reason[:200]}"


async def record_self_report(task: FollowUpTask, *, client_uuid: uuid.UUID, answers: dict[str, Any]) -> FollowUpRecord:
    """The patient answered the questionnaire themselves (H5 link): the task is done, reached.

    The caller has verified the signed link; eligibility is checked here as for staff.
    """
    existing = await FollowUpRecord.get_or_none(client_uuid=client_uuid)
    if existing is not None:
        if existing.task_id != task.id:
            raise Conflict("该记录编号已用于其他随访任务")
        return existing
    await task.fetch_related("questionnaire", "patient")
    if task.status not in OPEN:
        raise Conflict("该随访已完成或已取消，感谢您的配合")
    if await _ineligible(task) is not None:
        raise Conflict("该随访已取消，感谢您的配合")
    cleaned = questionnaires.validate_answers(questionnaires.for_patient(task.questionnaire), answers, complete=True)
    return await _save(
        task,
        staff_id=None,
        actor=None,
        client_uuid=client_uuid,
        outcome=TaskOutcome.REACHED,
        cleaned=cleaned,
        notes="患者通过 H5 问卷链接自行填写",
        call_back_at=None,
        call_id=None,
    )


async def next_task(principal: Principal, *, after: int) -> FollowUpTask | None:
    """The caller's next task to work after task `after` (保存并下一个): today's queue first, then
    the overdue ones, each in queue order."""
    for view in ("today", "overdue"):
        page = await queue(principal, view, page=1, page_size=2)
        following = [task for task in page.items if task.id != after]
        if following:
            return following[0]
    return None


async def _save(
    task: FollowUpTask,
    *,
    staff_id: int | None,
    actor: Principal | None,
    client_uuid: uuid.UUID,
    outcome: TaskOutcome,
    cleaned: dict[str, Any],
    notes: str,
    call_back_at: datetime | None,
    call_id: int | None,
    stated: str = "",
    merged: list[tuple[FollowUpTask, dict[str, Any]]] | None = None,
) -> FollowUpRecord:
    task_id = task.id
    async with in_transaction():
        # Lock the task and read it again: two contacts saved at once must not both apply.
        locked = await FollowUpTask.filter(id=task.id).select_for_update().first()
        if locked is None or locked.status != task.status or locked.attempts != task.attempts:
            # The same form submitted twice at once: the first holder of the lock saved it.
            done = await FollowUpRecord.get_or_none(client_uuid=client_uuid)
            if done is not None and done.task_id == task_id:
                return done
            raise Conflict("该任务刚被他人更新，请刷新后重试")
        if task.status is TaskStatus.PENDING:
            move(task, TaskStatus.ASSIGNED)
            task.assignee_id = staff_id
        if task.status is TaskStatus.ASSIGNED:
            move(task, TaskStatus.IN_PROGRESS)
            task.started_at = task.started_at or now()
        apply_outcome(task, outcome, call_back_at=call_back_at)
        await task.save()
        if outcome is TaskOutcome.DECEASED:
            # The family told us: the patient is marked and no other task of theirs will call.
            await Patient.filter(id=task.patient_id, deceased_at__isnull=True).update(deceased_at=now())
            await cancel_ineligible()
        filed = partial(_file_record, staff_id=staff_id, outcome=outcome, call_id=call_id)
        record, flags = await filed(task, client_uuid=client_uuid, cleaned=cleaned, notes=notes)
        for step, answered in merged or []:
            # its own record, under an id derived from this contact's (a retry files it once)
            _, more = await filed(
                step,
                client_uuid=uuid.uuid5(client_uuid, f"merged-{step.id}"),
                cleaned=answered,
                notes=f"合并到「{task.template.name}」第{task.step}次随访一并完成",
            )
            flags += more
        await audit.record(
            AuditAction.CREATE,
            actor=actor,
            actor_name="" if actor else "患者（H5问卷）",
            resource=record,
            summary=f"随访 {task.patient.name}：{outcome.label}"
            + (f"（未经电话接通，{stated}）" if stated else "")
            + (f"，危险信号 {len(flags)} 条" if flags else ""),
        )
    return record


async def _file_record(
    task: FollowUpTask,
    *,
    client_uuid: uuid.UUID,
    staff_id: int | None,
    outcome: TaskOutcome,
    cleaned: dict[str, Any],
    notes: str,
    call_id: int | None,
) -> tuple[FollowUpRecord, list[questionnaires.RedFlag]]:
    """One record of `task` with its satisfaction rows and the problems its red flags raise."""
    questionnaire = task.questionnaire
    record = await FollowUpRecord.create(
        client_uuid=client_uuid,
        task=task,
        patient_id=task.patient_id,
        staff_id=staff_id,
        questionnaire=questionnaire,
        outcome=outcome,
        answers=cleaned,
        score=questionnaires.score(questionnaire, cleaned) if cleaned else None,
        notes=notes[:2000],
        call_id=call_id,
        contacted_at=now(),
    )
    # A satisfaction survey's answers as flat rows (and its 整改单), in this same transaction.
    await satisfaction.on_record_saved(task, record, questionnaire)
    flags = questionnaires.red_flags(questionnaire, cleaned) if cleaned else []
    for flag in flags:
        severity = ProblemSeverity.URGENT if flag.severity == "urgent" else ProblemSeverity.NORMAL
        await Problem.create(
            patient_id=task.patient_id,
            task=task,
            record=record,
            department_id=task.department_id,
            severity=severity,
            description=f"随访发现：{flag.message}",
            reply_due_at=now() + REPLY_WITHIN[severity],
        )
    return record, flags


async def search_records(
    principal: Principal,
    *,
    department_id: int | None = None,
    template_id: int | None = None,
    outcome: TaskOutcome | None = None,
    staff_id: int | None = None,
    patient: str | None = None,
    contacted_from: datetime | None = None,
    contacted_until: datetime | None = None,
    due_from: date | None = None,
    due_until: date | None = None,
    answer_item: str | None = None,
    answer_value: str | None = None,
    page: int = 1,
    page_size: int = 20,
) -> Page[FollowUpRecord]:
    """随访结果查询: records the caller may see, by department, template, period, outcome, staff,
    patient name or HIS id, and an answer value.

    Two periods: when the contact was made (`contacted_*`, the workload statistics' period) and
    when the task fell due (`due_*` on the task's due_end, inclusive days: the plan statistics'
    period), so that every figure of 统计分析 can be found again here."""
    require(principal, "followup:read")
    query = visible(FollowUpRecord, principal)
    if department_id is not None:
        query = query.filter(task__department_id=department_id)
    if template_id is not None:
        query = query.filter(task__template_id=template_id)
    if outcome is not None:
        query = query.filter(outcome=outcome)
    if staff_id is not None:
        query = query.filter(staff_id=staff_id)
    if patient:
        query = query.filter(Q(patient__name__icontains=patient) | Q(patient__his_id=patient))
    if contacted_from is not None:
        query = query.filter(contacted_at__gte=contacted_from)
    if contacted_until is not None:
        query = query.filter(contacted_at__lt=contacted_until)
    if due_from is not None:
        query = query.filter(task__due_end__gte=due_from)
    if due_until is not None:
        query = query.filter(task__due_end__lte=due_until)
    query = await with_answer(query, answer_item, answer_value)
    records = query.select_related("patient", "task", "staff").order_by("-contacted_at", "-id")
    return await paginate(records, page, page_size)


ANSWER_ITEM = re.compile(r"^[A-Za-z0-9_./\-]{1,64}$")


async def answer_items() -> list[dict[str, str]]:
    """Every question of the questionnaire library, for picking the item of an answer search:
    one option per item id, labelled with the questionnaire and the question."""
    seen: dict[str, str] = {}
    for title, items in await Questionnaire.all().order_by("code", "-version").values_list("title", "items"):
        for item in items or []:
            # ids the search cannot take (FHIR linkIds may hold any character) are not offered
            if isinstance(item, dict) and ANSWER_ITEM.match(str(item.get("id") or "")) and str(item["id"]) not in seen:
                seen[str(item["id"])] = f"{title} · {item.get('text') or item['id']}"
    return [{"value": key, "label": label} for key, label in seen.items()]


async def with_answer(query: QuerySet[FollowUpRecord], item: str | None, value: str | None) -> QuerySet[FollowUpRecord]:
    """Records whose answer to `item` is `value`, or includes it (multiple choice), matched in the
    database (JSON functions of each dialect), so the search covers every record, however many.
    Neither given: `query` as it is; only one of them: refused, never silently ignored.

    `value` may be an option's code or its label as the questionnaires show it.
    """
    item, value = (item or "").strip(), (value or "").strip()
    if not item and not value:
        return query
    if not item or not value:
        raise InvalidInput("按答案查找需同时选择题目并填写答案", field="answer_value" if item else "answer_item")
    if not ANSWER_ITEM.match(item):
        raise InvalidInput("题目编号只能包含字母、数字和 _ . / -", field="answer_item")
    if len(value) > 200 or "\\" in value or any(ord(c) < 32 for c in value):
        raise InvalidInput("答案不能超过 200 字，且不能包含反斜杠或控制字符", field="answer_value")
    codes = {value}
    for items in await Questionnaire.all().values_list("items", flat=True):
        for question in items or []:
            if isinstance(question, dict) and str(question.get("id")) == item:
                codes |= {str(o["value"]) for o in question.get("options") or [] if o.get("label") == value}
    dialect = FollowUpRecord._choose_db().capabilities.dialect
    column = f"{FollowUpRecord._meta.db_table}.answers"
    matches = " OR ".join(_answer_sql(dialect, column, item, code) for code in sorted(codes))
    return query.annotate(answer_hit=RawSQL(f"CASE WHEN ({matches}) THEN 1 ELSE 0 END")).filter(answer_hit=1)


def _literal(text: str) -> str:
    """A SQL string literal; the value was checked to hold no backslash (MySQL escapes with it)."""
    return "'" + text.replace("'", "''") + "'"


def _answer_sql(dialect: str, column: str, item: str, value: str) -> str:
    """The answer to `item` equals `value` (as text: 5, 5.0 and "5" are compared as written), or is
    a list holding it. `item` is a checked id: safe inside a JSON path and a literal."""
    text, listed = _literal(value), _literal(json.dumps([value], ensure_ascii=False))
    if dialect == "postgres":
        return f"({column} ->> '{item}') = {text} OR ({column} -> '{item}') @> {listed}::jsonb"
    if dialect == "mysql":
        path = f"'$.\"{item}\"'"
        return (
            f"JSON_UNQUOTE(JSON_EXTRACT({column}, {path})) = {text}"
            f" OR JSON_CONTAINS(JSON_EXTRACT({column}, {path}), JSON_QUOTE({text}))"
        )
    path = f"'$.\"{item}\"'"
    listed_sql = f"EXISTS (SELECT 1 FROM json_each({column}, {path}) AS e WHERE e.value = {text})"  # noqa: S608
    return f"CAST(json_extract({column}, {path}) AS TEXT) = {text} OR {listed_sql}"


async def answer_summaries(answers_by_record: dict[int, Any]) -> dict[int, str]:
    """Each record's answers as one line of 题目：答案 (the lists of 随访结果查询), by record id."""
    questionnaire_of = dict(
        await FollowUpRecord.filter(id__in=list(answers_by_record)).values_list("id", "questionnaire_id")
    )
    by_id = {q.id: q for q in await Questionnaire.filter(id__in=set(questionnaire_of.values()))}
    texts = {}
    for record_id, answers in answers_by_record.items():
        questionnaire = by_id.get(questionnaire_of.get(record_id, 0))
        texts[record_id] = questionnaires.answers_text(questionnaire, answers) if questionnaire else ""
    return texts


async def record_detail(principal: Principal, record_id: int) -> dict[str, Any]:
    """One result as staff read it (随访结果详情): the contact, each question with its answer as
    labels, the calls made on its task (with recordings) and the problems it raised."""
    require(principal, "followup:read")
    record = await get_visible(FollowUpRecord, principal, record_id)
    await record.fetch_related("patient", "staff", "questionnaire", "task__template", "task__department")
    task = record.task
    labels = questionnaires.answer_labels(record.questionnaire, record.answers)
    calls = await CallRecord.filter(task_id=task.id).select_related("staff").order_by("started_at", "id")
    problems = await Problem.filter(record_id=record.id).select_related("department").order_by("id")
    local = partial(local_text, seconds=False)
    return {
        "id": record.id,
        "patient": record.patient.name,
        "patient_id": record.patient_id,
        "department": task.department.name,
        "template": task.template.name,
        "step": task.step,
        "due": f"{task.due_start} ~ {task.due_end}",
        "outcome": record.outcome.label,
        "score": record.score,
        "interpretation": questionnaires.interpretation(record.questionnaire, record.answers),
        "staff": record.staff.name if record.staff else "患者本人（H5问卷）",
        "contacted_at": local(record.contacted_at),
        "notes": record.notes,
        "questionnaire": str(record.questionnaire),
        "answers": [
            {"question": item.get("text") or item["id"], "answer": labels.get(item["id"], "")}
            for item in record.questionnaire.items or []
        ],
        "calls": [
            {
                "id": call.id,
                "started_at": local(call.started_at),
                "staff": call.staff.name if call.staff else "",
                "status": call.status.label,
                "duration_seconds": call.duration_seconds,
                "this_contact": call.id == record.call_id,
                "recording": f"/api/v1/calls/{quote(call.provider_call_id, safe='')}/recording"
                if call.recording_ref and call.provider_call_id
                else "",
            }
            for call in calls
        ],
        "problems": [
            {
                "id": problem.id,
                "severity": problem.severity.label,
                "status": problem.status.label,
                "department": problem.department.name,
                "description": problem.description,
                "reply": problem.reply,
            }
            for problem in problems
        ],
    }
