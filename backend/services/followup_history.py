"""患者历次随访: one patient's follow-ups across the three programs, in one timeline.

Every contact (随访中心, 科室随访, 满意度调查), every planned contact not yet made, and the
patient's 整改单 and problems, newest first, within the viewer's scope: the same
`scope.visible` doors as every list, so the 行风办 sees every department's surveys and history, a
department only its own stays' (and satisfaction surveys only with 查看满意度结果), the
follow-up centre no satisfaction survey unless granted.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from backend.clock import SHANGHAI
from backend.models import FollowUpRecord, FollowUpTask, Problem, Rectification, SatisfactionAnswer
from backend.models.choices import Program, TaskStatus
from backend.services import patients
from backend.services.access import require
from backend.services.principal import Principal
from backend.services.scope import visible

LIMIT = 500  # a patient followed for years has some dozens of rows; a bound all the same


def _when(moment: datetime | None) -> str:
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if moment else ""


async def timeline(principal: Principal, patient_id: int) -> dict[str, Any]:
    """The patient (as the caller may see them) and their follow-up events, newest first."""
    require(principal, "followup:read")
    patient = await patients.get(principal, patient_id)
    tasks = {
        t.id: t
        for t in await visible(FollowUpTask, principal)
        .filter(patient_id=patient.id)
        .select_related("template", "department")
        .order_by("-due_start", "-id")
        .limit(LIMIT)
    }
    records = (
        await visible(FollowUpRecord, principal)
        .filter(patient_id=patient.id, task_id__in=list(tasks))
        .select_related("staff")
        .order_by("-contacted_at", "-id")
    )
    satisfied: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    if principal.can("survey:read"):
        for record_id, score, is_satisfied in await SatisfactionAnswer.filter(
            record_id__in=[r.id for r in records]
        ).values_list("record_id", "score100", "satisfied"):
            if score is not None:
                satisfied[record_id][0] += int(is_satisfied)
                satisfied[record_id][1] += 1
    events: list[dict[str, Any]] = []
    contacted = set()
    for record in records:
        task = tasks[record.task_id]
        contacted.add(task.id)
        detail = record.notes
        if record.id in satisfied:
            yes, valid = satisfied[record.id]
            detail = f"满意 {yes}/{valid} 题" + (f"；{detail}" if detail else "")
        events.append(
            {
                "at": _when(record.contacted_at),
                "program": task.program.label,
                "kind": "随访记录",
                "title": f"{task.template.name}（第{task.step}次）"
                if task.program is not Program.SATISFACTION
                else task.template.name,
                "department": task.department.name,
                "result": record.outcome.label,
                "staff": record.staff.name if record.staff else "患者自填",
                "score": record.score,
                "detail": detail,
                "task_id": task.id,
            }
        )
    for task in tasks.values():
        if task.id in contacted:
            continue
        events.append(
            {
                "at": f"{task.due_start} 起",
                "program": task.program.label,
                "kind": "随访计划",
                "title": task.template.name,
                "department": task.department.name,
                "result": task.status.label
                + (
                    f"（{task.cancel_reason.label}）"
                    if task.status is TaskStatus.CANCELLED and task.cancel_reason
                    else ""
                ),
                "staff": "",
                "score": None,
                "detail": f"应随访 {task.due_start} 至 {task.due_end}",
                "task_id": task.id,
            }
        )
    # 整改单 are the satisfaction program's: only with 查看满意度结果, like its surveys
    rects = visible(Rectification, principal).filter(patient_id=patient.id) if principal.can("survey:read") else None
    for rect in await rects.select_related("department") if rects is not None else []:
        events.append(
            {
                "at": _when(rect.created_at),
                "program": Program.SATISFACTION.label,
                "kind": "整改单",
                "title": rect.source.label,
                "department": rect.department.name,
                "result": rect.status.label,
                "staff": "",
                "score": None,
                "detail": rect.description + (f"；整改措施：{rect.measures}" if rect.measures else ""),
                "task_id": rect.task_id,
            }
        )
    for problem in await visible(Problem, principal).filter(patient_id=patient.id).select_related("department"):
        events.append(
            {
                "at": _when(problem.created_at),
                "program": "随访发现的问题",
                "kind": "问题处理",
                "title": problem.severity.label,
                "department": problem.department.name,
                "result": problem.status.label,
                "staff": "",
                "score": None,
                "detail": problem.description + (f"；科室回复：{problem.reply}" if problem.reply else ""),
                "task_id": problem.task_id,
            }
        )
    events.sort(key=lambda e: e["at"], reverse=True)
    return {"patient": {"id": patient.id, "name": patient.name, "his_id": patient.his_id}, "items": events}
