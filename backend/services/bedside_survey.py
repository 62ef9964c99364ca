"""床旁扫码评价: a satisfaction survey answered at the bedside, before discharge, from a QR code.

The 行风办 prints a sheet per ward: one QR code per occupied bed, each a signed link naming the
stay and the satisfaction template (`/h5/q/bed/<template>/<token>`), opening the same H5
questionnaire page as an SMS link. No task exists until the patient answers: the answer creates
the stay's bedside task (one per stay and template: the task's unique key) and records it as a
self-report, so a second submission, a re-printed sheet or a double tap records nothing twice,
and unanswered codes count in no response rate. A stay answered at the bedside is not called
again after discharge by the same template (`followup_tasks` skips it).

QR images are drawn here, in pure Python (segno), never by an outside service.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import segno
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from backend.clock import now
from backend.models import Admission, Department, FollowUpRecord, FollowUpTask, FollowUpTemplate
from backend.models.choices import Channel, Program, TaskStatus
from backend.security import signing
from backend.services import execution, pad, questionnaires
from backend.services.access import require
from backend.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from backend.services.followup_tasks import BEDSIDE_STEP
from backend.services.principal import Principal
from backend.services.scope import visible
from backend.settings import get_settings

PURPOSE = "h5-bedside"
LINK_DAYS = 30  # a printed sheet stays on the ward for weeks; a stay past discharge is refused anyway
AFTER_DISCHARGE = timedelta(days=3)  # answering on the way home still counts as bedside


def _purpose(template_id: int) -> str:
    return f"{PURPOSE}:{template_id}"  # the signature binds the stay to this template


def link(template_id: int, admission_id: int) -> str | None:
    """The link a bed's QR code opens, or None when no public H5 address is configured."""
    base = get_settings().h5.link_base
    if base is None:
        return None
    token = signing.sign_short(_purpose(template_id), admission_id, now() + timedelta(days=LINK_DAYS))
    return f"{base}/h5/q/bed/{template_id}/{token}"


def qr_data_uri(text: str) -> str:
    """The QR code of `text` as an SVG data URI (error correction M, readable from a bed rail)."""
    return str(segno.make_qr(text, error="m").svg_data_uri(scale=4, border=2))


async def templates() -> list[dict[str, Any]]:
    rows = await FollowUpTemplate.filter(program=Program.SATISFACTION).order_by("id").values_list("id", "name")
    return [{"label": name, "value": template_id} for template_id, name in rows]


def _in_ward(ward_id: int) -> Q:
    """Stays lying in a ward: its own ward, or the department when the HIS sends no ward."""
    return Q(ward_id=ward_id) | Q(ward_id__isnull=True, department_id=ward_id)


def _current() -> Q:
    return Q(discharged_at__isnull=True, cancelled_at__isnull=True)


async def wards(principal: Principal) -> list[dict[str, Any]]:
    """The wards (or departments) with inpatients now, within the caller's scope."""
    require(principal, "survey:manage")
    stays = visible(Admission, principal).filter(_current())
    ids = {w for w, _ in await stays.values_list("ward_id", "department_id") if w} | {
        d for w, d in await stays.values_list("ward_id", "department_id") if not w
    }
    rows = await Department.filter(id__in=ids).order_by("code", "id").values_list("id", "name")
    return [{"label": name, "value": department_id} for department_id, name in rows]


@dataclass
class Bed:
    bed_no: str
    patient: str  # surname and a mask: the sheet hangs where visitors see it
    link: str
    qr: str


@dataclass
class Sheet:
    ward: str
    template: str
    beds: list[Bed]
    missing_base: bool


def _masked(name: str) -> str:
    return (name[:1] + "*" * max(1, len(name) - 1)) if name else ""


async def sheet(principal: Principal, *, ward_id: int, template_id: int) -> Sheet:
    """The printable QR sheet of a ward: one code per current inpatient, in bed order."""
    require(principal, "survey:manage")
    ward = await Department.get_or_none(id=ward_id)
    if ward is None:
        raise NotFound("病区不存在")
    template = await FollowUpTemplate.get_or_none(id=template_id, program=Program.SATISFACTION)
    if template is None:
        raise InvalidInput("请选择满意度调查模板", field="template_id")
    stays = (
        await visible(Admission, principal)
        .filter(_current())
        .filter(_in_ward(ward_id))
        .select_related("patient")
        .order_by("bed_no", "id")
    )
    beds = []
    for stay in stays:
        url = link(template.id, stay.id)
        if url is None:
            return Sheet(ward=ward.name, template=template.name, beds=[], missing_base=True)
        beds.append(Bed(bed_no=stay.bed_no or "-", patient=_masked(stay.patient.name), link=url, qr=qr_data_uri(url)))
    beds.sort(key=lambda b: pad.bed_key(b.bed_no))  # 2 before 10, 3 before 3+ before 加1
    return Sheet(ward=ward.name, template=template.name, beds=beds, missing_base=False)


async def open_stay(template_id: int, token: str) -> tuple[Admission, FollowUpTemplate]:
    """The stay and template a bedside code names, while it can still be answered."""
    try:
        admission_id = signing.verify_short(_purpose(template_id), token, at=now())
    except signing.BadToken as exc:
        raise PermissionDenied(f"二维码{exc}") from exc
    stay = await Admission.get_or_none(id=admission_id, cancelled_at__isnull=True).select_related("patient")
    template = await FollowUpTemplate.get_or_none(id=template_id, program=Program.SATISFACTION)
    if stay is None or template is None:
        raise NotFound("二维码对应的住院记录不存在")
    if stay.discharged_at is not None and stay.discharged_at + AFTER_DISCHARGE < now():
        raise Conflict("您已出院，本二维码已停用，感谢您的配合")
    if stay.patient.deceased_at is not None:
        raise Conflict("本二维码已停用")
    done = await FollowUpTask.get_or_none(admission_id=stay.id, template_id=template_id, step=BEDSIDE_STEP)
    if done is not None and done.status is TaskStatus.COMPLETED:
        raise Conflict("您已提交过评价，感谢您的配合")
    await template.fetch_related("questionnaire")
    return stay, template


async def submit(template_id: int, token: str, *, client_uuid: uuid.UUID, answers: dict[str, Any]) -> FollowUpRecord:
    """Record a bedside answer once: the stay's bedside task is made (or found) and the answer
    saved on it as the patient's self-report (idempotent by `client_uuid`)."""
    earlier = await FollowUpRecord.get_or_none(client_uuid=client_uuid)
    if earlier is not None:  # a retried submission: the record it already made
        return earlier
    stay, template = await open_stay(template_id, token)
    # checked before the task exists: a refused answer leaves no half-made task behind
    questionnaires.validate_answers(questionnaires.for_patient(template.questionnaire), answers, complete=True)
    today = now().date()
    values = {
        "patient_id": stay.patient_id,
        "department_id": stay.department_id,
        "program": Program.SATISFACTION,
        "questionnaire_id": template.questionnaire_id,
        "channel": Channel.H5,
        "status": TaskStatus.PENDING,
        "due_start": today,
        "due_end": today,
    }
    try:
        task, _ = await FollowUpTask.get_or_create(
            defaults=values, admission_id=stay.id, template_id=template.id, step=BEDSIDE_STEP
        )
    except IntegrityError:  # made by a submission at the same moment
        task = await FollowUpTask.get(admission_id=stay.id, template_id=template.id, step=BEDSIDE_STEP)
    return await execution.record_self_report(task, client_uuid=client_uuid, answers=answers)
