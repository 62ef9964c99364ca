"""Patient 360 (患者信息查看): everything staff look at before a call, within their scope."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from backend.models import (
    Admission,
    Diagnosis,
    DischargeSummary,
    ExamReport,
    FollowUpRecord,
    LabReport,
    LabResult,
    MedicalRecordFrontPage,
)
from backend.models.choices import AbnormalFlag, DischargeDisposition
from backend.services import patients
from backend.services.principal import Principal
from backend.services.scope import visible

# The front-page fields (三级公立中医医院病案首页 codes) worth showing before a call.
FRONT_PAGE_LABELS = {
    "BAH": "病案号",
    "RYSJ": "入院时间",
    "CYSJ": "出院时间",
    "SJZY": "实际住院(天)",
    "ZYZD_JBBM": "出院主要诊断编码(西医)",
    "LYFS": "离院方式",
}

# Coded front-page fields, shown by their value domain's label (离院方式 1 → 医嘱离院); a code the
# domain does not know is shown as sent.
FRONT_PAGE_DOMAINS = {"LYFS": DischargeDisposition.labels()}


def front_page_value(code: str, value: Any) -> str:
    shown = "" if value is None else str(value).strip()
    return FRONT_PAGE_DOMAINS.get(code, {}).get(shown, shown)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


async def overview(principal: Principal, patient_id: int) -> dict[str, Any]:
    patient = await patients.get(principal, patient_id)
    pii = patients.masked_pii(patient)
    stays = (
        await visible(Admission, principal)
        .filter(patient_id=patient.id)
        .order_by("-admitted_at")
        .select_related("department", "ward")
    )
    stay_ids = [s.id for s in stays]
    diagnoses: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for d in await Diagnosis.filter(admission_id__in=stay_ids).order_by("kind", "seq"):
        diagnoses[d.admission_id].append(
            {"kind": d.kind.value, "kind_label": d.kind.label, "code": d.code, "name": d.name}
        )
    summaries = {s.admission_id: s for s in await DischargeSummary.filter(admission_id__in=stay_ids)}
    pages = {p.admission_id: p for p in await MedicalRecordFrontPage.filter(admission_id__in=stay_ids)}
    reports = await visible(LabReport, principal).filter(patient_id=patient.id).order_by("-reported_at")
    results: dict[int, list[LabResult]] = defaultdict(list)
    for r in await LabResult.filter(report_id__in=[r.id for r in reports]).order_by("item_no"):
        results[r.report_id].append(r)
    trends: dict[str, dict[str, Any]] = {}
    for report in sorted(reports, key=lambda r: r.reported_at or r.created_at):
        for r in results[report.id]:
            if r.value_numeric is None:
                continue
            key = r.code or r.name
            trend = trends.setdefault(key, {"code": r.code, "name": r.name, "unit": r.unit, "points": []})
            trend["points"].append({"at": _iso(report.reported_at), "value": r.value_numeric, "flag": r.flag.value})
    exams = await visible(ExamReport, principal).filter(patient_id=patient.id).order_by("-reported_at")
    records = await visible(FollowUpRecord, principal).filter(patient_id=patient.id).order_by("-contacted_at").limit(20)
    return {
        "patient": {
            "id": patient.id,
            "his_id": patient.his_id,
            "name": patient.name,
            "gender": patient.gender.label,
            **{k: _iso(v) if k == "birth_date" else v for k, v in patients.birth_or_age(principal, patient).items()},
            "phone": pii["phone"],
            "id_number": pii["id_number"],
            "contacts": pii["contacts"],
            "address": patient.address,
            "deceased_at": _iso(patient.deceased_at),
            "do_not_contact": patient.do_not_contact,
            "tags": patient.tags,
        },
        "admissions": [
            {
                "id": s.id,
                "his_visit_id": s.his_visit_id,
                "department": s.department.name,
                "ward": s.ward.name if s.ward else "",
                "bed_no": s.bed_no,
                "attending": s.attending_name,
                "admitted_at": _iso(s.admitted_at),
                "discharged_at": _iso(s.discharged_at),
                "cancelled_at": _iso(s.cancelled_at),  # withdrawn by the HIS (A11): shown, never counted
                "state": "cancelled" if s.cancelled_at else ("discharged" if s.discharged_at else "inpatient"),
                "los_days": s.los_days,
                "disposition": s.disposition.label if s.disposition else "",
                "main_diagnosis": f"{s.main_diagnosis_code} {s.main_diagnosis_name}".strip(),
                "tcm": f"{s.tcm_disease_name} · {s.tcm_syndrome_name}".strip(" ·"),
                "diagnoses": diagnoses[s.id],
                "summary": {
                    "admission_condition": summaries[s.id].admission_condition,
                    "treatment_course": summaries[s.id].treatment_course,
                    "discharge_condition": summaries[s.id].discharge_condition,
                    "discharge_orders": summaries[s.id].discharge_orders,
                    "discharge_medication": summaries[s.id].discharge_medication,
                }
                if s.id in summaries
                else None,
                "discharged_day": s.discharged_at.date().isoformat() if s.discharged_at else "在院",
                "front_page": [
                    {"label": label, "content": front_page_value(code, pages[s.id].fields_data.get(code))}
                    for code, label in FRONT_PAGE_LABELS.items()
                ]
                if s.id in pages
                else [],
            }
            for s in stays
        ],
        "labs": [
            {
                "id": r.id,
                "name": r.name,
                "specimen": r.specimen,
                "reported_at": _iso(r.reported_at),
                "has_critical": r.has_critical,
                "abnormal": sum(1 for x in results[r.id] if x.flag is not AbnormalFlag.NORMAL),
                "results": [
                    {
                        "code": x.code,
                        "name": x.name,
                        "value": x.value_raw,
                        "unit": x.unit,
                        "reference": x.reference_raw,
                        "flag": x.flag.value,
                        "flag_label": x.flag.label,
                        "abnormal": x.flag is not AbnormalFlag.NORMAL,
                        "critical": x.flag is AbnormalFlag.CRITICAL,
                    }
                    for x in results[r.id]
                ],
            }
            for r in reports
        ],
        "exams": [
            {
                "id": e.id,
                "exam_type": e.exam_type,
                "item_name": e.item_name,
                "body_part": e.body_part,
                "findings": e.findings,
                "conclusion": e.conclusion,
                "reported_at": _iso(e.reported_at),
                "reporting_doctor": e.reporting_doctor,
            }
            for e in exams
        ],
        "trends": [t for t in trends.values() if len(t["points"]) > 1],
        "followups": [
            {
                "id": r.id,
                "contacted_at": _iso(r.contacted_at),
                "outcome": r.outcome.label,
                "notes": r.notes,
                "score": r.score,
            }
            for r in records
        ],
    }
