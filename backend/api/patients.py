"""Patients and their stays. Every route here bears patient data and is department-scoped."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from backend.api.deps import CurrentPrincipal
from backend.models import Admission, Patient
from backend.services import admissions, followup_history, patient360, patients
from backend.services.principal import Principal
from backend.web.schemas import DepartmentRef, Id, OptionalIdQuery, PageNo, PageOut, Schema

PATIENT_DATA = {"x-patient-data": True}
router = APIRouter(tags=["患者"])


class ContactOut(BaseModel):
    name: str
    relation: str
    phone: str | None


class PatientOut(BaseModel):
    id: int
    his_id: str
    name: str
    gender: str
    gender_label: str
    birth_date: date | None = Field(description="出生日期（仅有“查看完整手机号/身份证号”权限的角色可见，否则为空）")
    age: int | None = Field(description="年龄（周岁）")
    phone: str | None = Field(description="脱敏手机号")
    id_number: str | None = Field(description="脱敏身份证号")
    deceased: bool
    do_not_contact: bool
    tags: list[str]


class AdmissionOut(BaseModel):
    id: int
    his_visit_id: str
    patient_id: int
    inpatient_no: str
    department: DepartmentRef
    bed_no: str
    attending_name: str
    admitted_at: datetime
    discharged_at: datetime | None
    disposition: str | None
    disposition_label: str | None
    los_days: int | None
    main_diagnosis_code: str
    main_diagnosis_name: str
    tcm_disease_name: str
    tcm_syndrome_name: str
    patient_name: str = Field(default="", description="患者姓名（住院记录查询中给出）")


class PatientDetailOut(PatientOut):
    address: str
    contacts: list[ContactOut]
    deceased_at: datetime | None
    admissions: list[AdmissionOut]


class UnmaskIn(Schema):
    fields: list[str] = Field(min_length=1, max_length=3, description="phone / id_number / contacts")
    reason: str = Field(min_length=2, max_length=100, description="查看原因（写入审计日志）")


class UnmaskOut(BaseModel):
    phone: str | None = None
    id_number: str | None = None
    contacts: list[ContactOut] | None = None


def _patient(principal: Principal, p: Patient, pii: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": p.id,
        "his_id": p.his_id,
        "name": p.name,
        "gender": p.gender.value,
        "gender_label": p.gender.label,
        **patients.birth_or_age(principal, p),
        "phone": pii["phone"],
        "id_number": pii["id_number"],
        "deceased": p.deceased_at is not None,
        "do_not_contact": p.do_not_contact,
        "tags": p.tags,
    }


def _admission(a: Admission, patient_name: str = "") -> AdmissionOut:
    return AdmissionOut(
        patient_name=patient_name,
        id=a.id,
        his_visit_id=a.his_visit_id,
        patient_id=a.patient_id,
        inpatient_no=a.inpatient_no,
        department=DepartmentRef.model_validate(a.department),
        bed_no=a.bed_no,
        attending_name=a.attending_name,
        admitted_at=a.admitted_at,
        discharged_at=a.discharged_at,
        disposition=a.disposition.value if a.disposition else None,
        disposition_label=a.disposition.label if a.disposition else None,
        los_days=a.los_days,
        main_diagnosis_code=a.main_diagnosis_code,
        main_diagnosis_name=a.main_diagnosis_name,
        tcm_disease_name=a.tcm_disease_name,
        tcm_syndrome_name=a.tcm_syndrome_name,
    )


@router.get("/patients", response_model=PageOut[PatientOut], summary="患者查询", openapi_extra=PATIENT_DATA)
async def patients_list(
    principal: CurrentPrincipal,
    keyword: Annotated[str | None, Query(max_length=64, description="姓名或 HIS 患者ID（不支持通配符）")] = None,
    phone: Annotated[
        str | None,
        Query(max_length=20, description="完整手机号（精确；每次查询留痕，每人每时段限次，不支持部分号码或通配符）"),
    ] = None,
    id_number: Annotated[
        str | None,
        Query(max_length=18, description="完整 18 位身份证号（精确；每次查询留痕，每人每时段限次）"),
    ] = None,
    department_id: OptionalIdQuery = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PageOut[PatientOut]:
    result = await patients.search(
        principal,
        keyword=keyword,
        phone=phone,
        id_number=id_number,
        department_id=department_id,
        page=page,
        page_size=page_size,
    )
    items = [PatientOut(**_patient(principal, p, patients.masked_pii(p))) for p in result.items]
    return PageOut(total=result.total, page=result.page, page_size=result.page_size, items=items)


@router.get("/patients/{patient_id}", response_model=PatientDetailOut, summary="患者详情", openapi_extra=PATIENT_DATA)
async def patients_get(patient_id: Id, principal: CurrentPrincipal) -> PatientDetailOut:
    patient = await patients.get(principal, patient_id)
    pii = patients.masked_pii(patient)
    admissions = await patients.admissions_of(principal, patient)
    return PatientDetailOut(
        **_patient(principal, patient, pii),
        address=patient.address,
        contacts=pii["contacts"],
        deceased_at=patient.deceased_at,
        admissions=[_admission(a) for a in admissions],
    )


@router.get(
    "/patients/{patient_id}/followup-history", summary="患者历次随访（全部项目时间线）", openapi_extra=PATIENT_DATA
)
async def patient_followup_history(patient_id: Id, principal: CurrentPrincipal) -> dict[str, Any]:
    return await followup_history.timeline(principal, patient_id)


@router.get("/patients/{patient_id}/overview", summary="患者 360 视图", openapi_extra=PATIENT_DATA)
async def patients_overview(patient_id: Id, principal: CurrentPrincipal) -> dict[str, Any]:
    """Basics (masked), stays with diagnoses, 出院小结, 病案首页, labs with abnormal and critical
    values and the trend of repeated items, 检查 reports, previous follow-ups: department-scoped."""
    return await patient360.overview(principal, patient_id)


@router.post(
    "/patients/{patient_id}/unmask",
    response_model=UnmaskOut,
    summary="查看完整手机号/身份证号（留痕）",
    openapi_extra=PATIENT_DATA,
)
async def patients_unmask(patient_id: Id, body: UnmaskIn, principal: CurrentPrincipal) -> UnmaskOut:
    return UnmaskOut(**await patients.unmask(principal, patient_id, body.fields, body.reason))


@router.get("/admissions", response_model=PageOut[AdmissionOut], summary="住院记录查询", openapi_extra=PATIENT_DATA)
async def admissions_list(
    principal: CurrentPrincipal,
    department_id: OptionalIdQuery = None,
    patient_id: OptionalIdQuery = None,
    discharged_from: Annotated[date | None, Query(description="出院日期起")] = None,
    discharged_until: Annotated[date | None, Query(description="出院日期止（含）")] = None,
    in_hospital: Annotated[bool | None, Query(description="true：在院（未出院）；false：已出院")] = None,
    keyword: Annotated[str | None, Query(max_length=32, title="搜索内容", description="患者姓名、床号或住院号")] = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 20,
) -> PageOut[AdmissionOut]:
    result = await admissions.search(
        principal,
        department_id=department_id,
        patient_id=patient_id,
        discharged_from=discharged_from,
        discharged_until=discharged_until,
        in_hospital=in_hospital,
        keyword=keyword.strip() if keyword else None,
        page=page,
        page_size=page_size,
    )
    items = [_admission(a, a.patient.name) for a in result.items]
    return PageOut(total=result.total, page=result.page, page_size=result.page_size, items=items)


@router.get(
    "/admissions/{admission_id}", response_model=AdmissionOut, summary="住院记录详情", openapi_extra=PATIENT_DATA
)
async def admissions_get(admission_id: Id, principal: CurrentPrincipal) -> AdmissionOut:
    return _admission(await admissions.get(principal, admission_id))
