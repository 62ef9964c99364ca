"""The ward pad (移动pad): a ward's inpatients and their open questionnaires, offline uploads.

A pad may work without network for a shift. Each answer it captures carries the pad's own
`client_uuid` and the task version it was made against (`attempts`, the contacts recorded on the
task when the pad loaded it). An upload applies each record exactly once, through the same
`execution.record_contact` the desk uses (its validation, red flags and eligibility rules); a
record made against a task that has changed since (completed or recorded at the desk) is kept as a
PadConflict beside the server's version until a person decides, never applied silently.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.clock import SHANGHAI, now
from backend.models import (
    Admission,
    Department,
    FollowUpRecord,
    FollowUpTask,
    PadConflict,
    Questionnaire,
    SyncRun,
)
from backend.models.choices import (
    AuditAction,
    DataScope,
    PadConflictStatus,
    PadResolution,
    Program,
    ReachedWithoutCall,
    SyncStatus,
    TaskOutcome,
)
from backend.services import audit, execution, questionnaires, sync
from backend.services.access import require
from backend.services.errors import Conflict, DomainError, NotFound, PermissionDenied
from backend.services.followup_tasks import OPEN
from backend.services.principal import Principal
from backend.services.scope import get_visible, visible
from backend.settings import get_settings

PAD_REASON = "病区平板当面填写"


@dataclass(frozen=True)
class UploadItem:
    """One answer captured on a pad."""

    client_uuid: uuid.UUID
    task_id: int
    task_version: int
    outcome: TaskOutcome
    answers: dict[str, Any]
    notes: str
    captured_at: datetime


@dataclass(frozen=True)
class UploadResult:
    client_uuid: uuid.UUID
    state: str  # applied | conflict | rejected
    record_id: int | None = None
    conflict_id: int | None = None
    message: str = ""


def bed_key(bed_no: str | None) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    """How beds are ordered, as a ward reads them: by number, then text ("3", "3+", "12", "加1",
    "加2"), not as text ("12" before "3"); beds without a number after those with one."""
    text = (bed_no or "").strip()
    parts = tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.findall(r"\d+|\D+", text))
    return (0 if text else 1, parts)


def _current_stays(principal: Principal) -> Any:
    require(principal, "followup:read")
    return visible(Admission, principal).filter(discharged_at__isnull=True, cancelled_at__isnull=True)


async def wards(principal: Principal) -> list[dict[str, Any]]:
    """The wards (病区; the department where the HIS names no ward) with current inpatients."""
    counts: dict[int, int] = {}
    for ward_id, department_id in await _current_stays(principal).values_list("ward_id", "department_id"):
        key = ward_id or department_id
        counts[key] = counts.get(key, 0) + 1
    departments = await Department.filter(id__in=list(counts)).order_by("sort_order", "code")
    return [{"id": d.id, "code": d.code, "name": d.name, "inpatients": counts[d.id]} for d in departments]


def _wristband(stay: Admission) -> str:
    field = get_settings().h5.wristband_field
    if field == "visit_id":
        return stay.his_visit_id
    if field == "patient_id":
        return stay.patient.his_id
    return stay.inpatient_no


def _age(stay: Admission) -> int | None:
    birth = stay.patient.birth_date
    if birth is None:
        return None
    today = now().date()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


async def sync_state(principal: Principal) -> dict[str, Any]:
    """When the inpatient data last changed: the finish of the last HIS run that went in (a
    scheduled pull, 立即同步 or a pushed message), the pull interval, and when the next scheduled
    pull starts (none for a pushing source). The pad refreshes its lists when `synced_at` moves."""
    require(principal, "followup:read")
    last = (
        await SyncRun.filter(status__in=[SyncStatus.SUCCEEDED, SyncStatus.PARTIAL], finished_at__isnull=False)
        .order_by("-started_at", "-id")
        .first()
    )
    return {
        "synced_at": last.finished_at if last else None,
        "next_sync_at": sync.next_pull_after(now()),
        "pull_interval_minutes": get_settings().his.pull_interval_minutes,
    }


async def ward_inpatients(principal: Principal, ward_id: int) -> dict[str, Any]:
    """A ward's beds with their current inpatients, each patient's open tasks, and the
    questionnaires those tasks use: everything the pad keeps for the shift to work offline."""
    ward = await Department.get_or_none(id=ward_id)
    stays = (
        await _current_stays(principal)
        .filter(Q(ward_id=ward_id) | Q(ward_id__isnull=True, department_id=ward_id))
        .select_related("patient", "department")
        .order_by("id")
    )
    stays.sort(key=lambda s: bed_key(s.bed_no))
    # Two current inpatients in one bed: mostly the HIS never discharged the bed's previous occupant.
    in_bed: dict[str, int] = {}
    for stay in stays:
        if (stay.bed_no or "").strip():
            in_bed[stay.bed_no.strip()] = in_bed.get(stay.bed_no.strip(), 0) + 1
    # A ward outside the caller's departments is seen only through its visible inpatients.
    if ward is None or not (stays or principal.data_scope is DataScope.ALL or ward_id in principal.department_ids):
        raise NotFound("病区不存在或无权查看")
    patient_ids = [s.patient_id for s in stays]
    tasks = (
        await visible(FollowUpTask, principal)
        .filter(patient_id__in=patient_ids, status__in=OPEN)
        .select_related("template")
        .order_by("due_end", "id")
        if patient_ids
        else []
    )
    by_patient: dict[int, list[dict[str, Any]]] = {}
    for task in tasks:
        by_patient.setdefault(task.patient_id, []).append(
            {
                "id": task.id,
                "version": task.attempts,
                "template": task.template.name,
                "program": task.program.value,
                "program_label": task.program.label,
                "questionnaire_id": task.questionnaire_id,
                "due_end": task.due_end,
            }
        )
    used = {task.questionnaire_id for task in tasks}
    forms = await Questionnaire.filter(id__in=list(used)) if used else []
    settings = get_settings().h5
    return {
        "ward": {"id": ward_id, "name": ward.name if ward else ""},
        "wristband_pattern": settings.wristband_pattern,
        "loaded_at": now(),
        **await sync_state(principal),
        "inpatients": [
            {
                "admission_id": s.id,
                "patient_id": s.patient_id,
                "name": s.patient.name,
                "gender": s.patient.gender.label,
                "age": _age(s),
                "bed_no": s.bed_no,
                "shared_bed": in_bed.get((s.bed_no or "").strip(), 0) > 1,
                "inpatient_no": s.inpatient_no,
                "wristband": _wristband(s),
                "department": s.department.name,
                "admitted_at": s.admitted_at,
                "diagnosis": s.main_diagnosis_name,
                "tasks": by_patient.get(s.patient_id, []),
            }
            for s in stays
        ],
        "questionnaires": [
            {"id": q.id, "code": q.code, "version": q.version, "title": q.title, "items": q.items} for q in forms
        ],
    }


async def upload(principal: Principal, items: list[UploadItem]) -> list[UploadResult]:
    """Apply a pad's captured answers, each exactly once however often the upload is replayed."""
    if not (principal.can("followup:execute") or principal.can("survey:execute")):
        raise PermissionDenied("没有权限：执行随访")
    return [await _apply(principal, item) for item in items]


async def _apply(principal: Principal, item: UploadItem) -> UploadResult:
    done = await FollowUpRecord.get_or_none(client_uuid=item.client_uuid)
    if done is not None:
        if done.task_id != item.task_id:
            return UploadResult(item.client_uuid, "rejected", message="该记录编号已用于其他随访任务")
        return UploadResult(item.client_uuid, "applied", record_id=done.id)
    held = await PadConflict.get_or_none(client_uuid=item.client_uuid)
    if held is not None:
        return UploadResult(item.client_uuid, "conflict", conflict_id=held.id, message="与系统记录冲突，待人工处理")
    try:
        task = await get_visible(FollowUpTask, principal, item.task_id)
    except DomainError as exc:
        return UploadResult(item.client_uuid, "rejected", message=exc.message)
    if task.status not in OPEN or task.attempts != item.task_version:
        return await _hold(principal, task, item)
    try:
        record = await execution.record_contact(
            principal,
            item.task_id,
            client_uuid=item.client_uuid,
            outcome=item.outcome,
            answers=item.answers,
            notes=item.notes,
            reached_without_call=ReachedWithoutCall.OFFLINE,
            reached_reason=PAD_REASON,
        )
    except Conflict:
        # The task changed between our read and the save (the desk saved at that moment).
        task = await FollowUpTask.get(id=item.task_id)
        return await _hold(principal, task, item)
    except DomainError as exc:
        return UploadResult(item.client_uuid, "rejected", message=exc.message)
    return UploadResult(item.client_uuid, "applied", record_id=record.id)


async def _hold(principal: Principal, task: FollowUpTask, item: UploadItem) -> UploadResult:
    captured = item.captured_at if item.captured_at.tzinfo else item.captured_at.replace(tzinfo=SHANGHAI)
    try:
        async with in_transaction():
            conflict = await PadConflict.create(
                client_uuid=item.client_uuid,
                task_id=task.id,
                patient_id=task.patient_id,
                staff_id=principal.staff_id,
                base_version=item.task_version,
                server_version=task.attempts,
                outcome=item.outcome,
                answers=item.answers,
                notes=item.notes[:2000],
                captured_at=captured,
            )
            await audit.record(
                AuditAction.CREATE,
                actor=principal,
                resource=conflict,
                summary=f"平板离线记录与系统记录冲突（任务 {task.id}，版本 {item.task_version}→{task.attempts}）",
            )
    except IntegrityError:
        conflict = await PadConflict.get(client_uuid=item.client_uuid)  # the same upload, at once
    return UploadResult(item.client_uuid, "conflict", conflict_id=conflict.id, message="与系统记录冲突，待人工处理")


def _record_view(record: FollowUpRecord | None) -> dict[str, Any] | None:
    if record is None:
        return None
    return {
        "id": record.id,
        "outcome": record.outcome.value,
        "outcome_label": record.outcome.label,
        "answers": record.answers,
        "notes": record.notes,
        "contacted_at": record.contacted_at,
        "staff": record.staff.name if record.staff else "患者本人",
    }


def _when(moment: datetime) -> str:
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def _conflict_reason(row: PadConflict, latest: FollowUpRecord | None) -> str:
    """Why the pad's record was held back, for a nurse: who changed the task meanwhile, and when."""
    status = row.task.status.label
    if latest is None:
        return f"平板载入该任务后，它在系统中已变为「{status}」（没有随访记录），平板的记录因此没有直接记入。"
    who = latest.staff.name if latest.staff else "患者本人"
    after = "平板填写后" if latest.contacted_at >= row.captured_at else "平板载入该任务后、上传之前"
    return (
        f"{after}，该任务已在随访台或其他设备被修改（{_when(latest.contacted_at)}，{who}记录随访："
        f"{latest.outcome.label}），现为「{status}」。请对比两份记录，决定保留哪一份。"
    )


def _differences(form: Questionnaire, pad_answers: dict, server: FollowUpRecord | None) -> list[dict[str, str]]:
    """The items the two records answer differently, each with both answers as a person reads them."""
    if server is None:
        return []
    mine = questionnaires.answer_labels(form, pad_answers)
    theirs = questionnaires.answer_labels(form, server.answers or {})
    return [
        {
            "item": item["id"],
            "text": str(item.get("text") or item["id"]),
            "pad": mine[item["id"]],
            "server": theirs[item["id"]],
        }
        for item in form.items or []
        if mine[item["id"]] != theirs[item["id"]]
    ]


async def conflicts(principal: Principal, *, status: PadConflictStatus | None = PadConflictStatus.OPEN) -> list[dict]:
    """Conflicts the caller may see, each with the pad's version and the server's."""
    require(principal, "followup:read")
    query = visible(PadConflict, principal)
    if status is not None:
        query = query.filter(status=status)
    rows = await query.select_related("task", "patient", "staff", "task__template").order_by("-id").limit(200)
    views = []
    for row in rows:
        latest = (
            await FollowUpRecord.filter(task_id=row.task_id)
            .select_related("staff")
            .order_by("-contacted_at", "-id")
            .first()
        )
        form = await Questionnaire.get(id=row.task.questionnaire_id)
        views.append(
            {
                "id": row.id,
                "client_uuid": row.client_uuid,
                "status": row.status.value,
                "status_label": row.status.label,
                "resolution": row.resolution.value if row.resolution else None,
                "resolution_label": row.resolution.label if row.resolution else "",
                "task_id": row.task_id,
                "template": row.task.template.name,
                "patient_name": row.patient.name,
                "reason": _conflict_reason(row, latest),
                "differences": _differences(form, row.answers, latest),
                "questionnaire": {"id": form.id, "title": form.title, "items": form.items},
                "pad": {
                    "version": row.base_version,
                    "outcome": row.outcome.value,
                    "outcome_label": row.outcome.label,
                    "answers": row.answers,
                    "notes": row.notes,
                    "captured_at": row.captured_at,
                    "staff": row.staff.name,
                },
                "server": {
                    "version": row.task.attempts,
                    "status": row.task.status.value,
                    "status_label": row.task.status.label,
                    "record": _record_view(latest),
                },
            }
        )
    return views


async def resolve(principal: Principal, conflict_id: int, resolution: PadResolution) -> PadConflict:
    """A person's decision on a conflict: keep the server's record, or apply the pad's.

    Applying goes through the desk's rules when the task is still open; on a closed task the pad's
    answers are added as a further record of that task (the next record version), validated and
    scored the same way, so neither side's answers are lost."""
    conflict = await get_visible(PadConflict, principal, conflict_id)
    if conflict.status is PadConflictStatus.RESOLVED:
        if conflict.resolution is resolution:
            return conflict  # the same decision sent twice
        raise Conflict("该冲突已处理")
    task = await FollowUpTask.get(id=conflict.task_id).select_related("questionnaire", "patient")
    record: FollowUpRecord | None = None
    if resolution is PadResolution.APPLY_PAD:
        require(principal, "survey:execute" if task.program is Program.SATISFACTION else "followup:execute")
        if task.status in OPEN:
            record = await execution.record_contact(
                principal,
                task.id,
                client_uuid=conflict.client_uuid,
                outcome=conflict.outcome,
                answers=conflict.answers,
                notes=conflict.notes,
                reached_without_call=ReachedWithoutCall.OFFLINE,
                reached_reason=PAD_REASON,
            )
        else:
            record = await _supplement(principal, task, conflict)
    async with in_transaction():
        updated = await PadConflict.filter(id=conflict.id, status=PadConflictStatus.OPEN).update(
            status=PadConflictStatus.RESOLVED,
            resolution=resolution,
            resolved_by_id=principal.staff_id,
            resolved_at=now(),
            record_id=record.id if record else None,
        )
        if updated:
            await audit.record(
                AuditAction.UPDATE,
                actor=principal,
                resource=conflict,
                summary=f"处理平板冲突：{resolution.label}（任务 {task.id}）",
            )
    return await PadConflict.get(id=conflict.id)


async def _supplement(principal: Principal, task: FollowUpTask, conflict: PadConflict) -> FollowUpRecord:
    existing = await FollowUpRecord.get_or_none(client_uuid=conflict.client_uuid)
    if existing is not None:
        return existing
    form = task.questionnaire
    cleaned = questionnaires.validate_answers(form, conflict.answers, complete=conflict.outcome is TaskOutcome.REACHED)
    last = await FollowUpRecord.filter(task_id=task.id).order_by("-version").first()
    async with in_transaction():
        record = await FollowUpRecord.create(
            client_uuid=conflict.client_uuid,
            task=task,
            patient_id=task.patient_id,
            staff_id=conflict.staff_id,
            questionnaire=form,
            outcome=conflict.outcome,
            answers=cleaned,
            score=questionnaires.score(form, cleaned) if cleaned else None,
            notes=f"{PAD_REASON}（冲突处理后补录）；{conflict.notes}".rstrip("；")[:2000],
            version=(last.version + 1) if last else 1,
            contacted_at=conflict.captured_at,
        )
        await audit.record(
            AuditAction.CREATE, actor=principal, resource=record, summary=f"补录平板记录：{task.patient.name}"
        )
    return record
