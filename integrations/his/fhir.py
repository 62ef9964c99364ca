"""FHIR R4 adapter: a hospital's FHIR server (or an exported Bundle) mapped to our canonical records.

FHIR terms used here:
- *Bundle*: a container of resources. A *transaction* bundle (an export or a push) carries each
  resource with a `request` and references between them as `urn:uuid:` full URLs; a *searchset*
  bundle is one page of a search result, with `link[relation=next]` to the next page.
- *Reference*: `{"reference": "Patient/123"}` (relative), an absolute URL, or `urn:uuid:...`.
- *Encounter*: a contact with the hospital; `class` IMP (inpatient) is a stay (住院), which is what
  follow-up cares about. Outpatient and emergency encounters are out of scope.
- *Condition*: a diagnosis, linked to its encounter; *DiagnosticReport* + *Observation*: a lab
  report (检验报告) and its analytes; *DocumentReference*: a clinical document such as the
  discharge summary (出院小结).
- `meta.lastUpdated`: the server's change time of a resource, used for incremental pulls.

What is mapped becomes a record; what is in scope but cannot be mapped becomes a `Rejected` with
a Chinese reason and the resource. Resource types and kinds the platform does not follow (claims,
immunisations, vital signs, outpatient encounters, ...) are skipped by design and counted in the
debug log; they are not errors.
"""

from __future__ import annotations

import base64
import binascii
import html
import logging
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from backend.clock import SHANGHAI, now
from backend.models.choices import DiagnosisKind, DischargeDisposition
from integrations.his import cda, normalise
from integrations.his.base import (
    Batch,
    ContactRecord,
    DiagnosisRecord,
    DischargeSummaryRecord,
    ExamReportRecord,
    LabReportRecord,
    LabResultRecord,
    PatientRecord,
    Rejected,
    Skipped,
    VisitRecord,
)

log = logging.getLogger(__name__)

Resource = dict[str, Any]

#: The resource types a pull searches, in the order the mapping needs them.
SEARCH_TYPES = ("Patient", "Encounter", "Condition", "DiagnosticReport", "Observation", "DocumentReference")

# v3 ActCode inpatient classes: IMP and its specialisations (acute, non-acute inpatient).
_INPATIENT_CLASSES = frozenset({"IMP", "ACUTE", "NONAC", "INPATIENT"})
# v2-0074 diagnostic service sections that are laboratory work.
_LAB_SECTIONS = frozenset({"LAB", "CH", "HM", "MB", "SP", "SR", "IMM", "BLB", "CP", "MYC", "PAR", "SER", "TX", "VR"})
_LOINC_DISCHARGE_SUMMARIES = frozenset({"18842-5", "11490-0", "28655-9", "59258-4"})
# NUBC UB-04 patient discharge status (what US-style servers, e.g. Synthea, send) -> 离院方式 (RC019).
_NUBC_DISPOSITION = {
    "01": DischargeDisposition.ORDERED,
    "06": DischargeDisposition.ORDERED,
    "02": DischargeDisposition.TRANSFERRED,
    "05": DischargeDisposition.TRANSFERRED,
    "43": DischargeDisposition.TRANSFERRED,
    "62": DischargeDisposition.TRANSFERRED,
    "65": DischargeDisposition.TRANSFERRED,
    "66": DischargeDisposition.TRANSFERRED,
    "70": DischargeDisposition.TRANSFERRED,
    # Nursing and long-term care facilities are the nearest match to 转社区/乡镇卫生院.
    "03": DischargeDisposition.COMMUNITY,
    "04": DischargeDisposition.COMMUNITY,
    "61": DischargeDisposition.COMMUNITY,
    "63": DischargeDisposition.COMMUNITY,
    "64": DischargeDisposition.COMMUNITY,
    "07": DischargeDisposition.AGAINST_ADVICE,
    "20": DischargeDisposition.DEATH,
    "40": DischargeDisposition.DEATH,
    "41": DischargeDisposition.DEATH,
    "42": DischargeDisposition.DEATH,
}
# HL7 discharge-disposition code system -> 离院方式.
_HL7_DISPOSITION = {
    "home": DischargeDisposition.ORDERED,
    "alt-home": DischargeDisposition.ORDERED,
    "other-hcf": DischargeDisposition.TRANSFERRED,
    "hosp": DischargeDisposition.TRANSFERRED,
    "psy": DischargeDisposition.TRANSFERRED,
    "rehab": DischargeDisposition.TRANSFERRED,
    "long": DischargeDisposition.COMMUNITY,
    "snf": DischargeDisposition.COMMUNITY,
    "aadvice": DischargeDisposition.AGAINST_ADVICE,
    "exp": DischargeDisposition.DEATH,
    "oth": DischargeDisposition.OTHER,
}
# Resident ID numbers: the CDA/WS 364 OID for 身份证号 and the v2-0203 national person id types.
_ID_CARD_SYSTEMS = frozenset({"urn:oid:2.16.156.10011.1.3", "2.16.156.10011.1.3"})
_ID_CARD_TYPES = frozenset({"NNCHN", "NI", "CZ"})
_CJK = re.compile(r"[\u3400-\u9fff]")


class FhirSourceError(Exception):
    """The FHIR server or bundle could not be read; the message is the Chinese reason.

    `transient` tells the sync job whether retrying later may help (5xx, timeouts) or a person
    must act (4xx, a non-FHIR reply, a paging link to another host).
    """

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


# --------------------------------------------------------------------------------------------
# Small readers for FHIR datatypes
# --------------------------------------------------------------------------------------------


def _codings(concept: Any) -> list[dict[str, Any]]:
    """The codings of a CodeableConcept (or of a bare Coding, as R4 Encounter.class is)."""
    if not isinstance(concept, dict):
        return []
    if "coding" in concept:
        return [c for c in concept.get("coding") or [] if isinstance(c, dict)]
    return [concept] if "code" in concept else []


def _concept_text(concept: Any) -> str:
    """Human text of a CodeableConcept: its text, else the first display, else the first code."""
    if not isinstance(concept, dict):
        return ""
    if text := normalise.text(concept.get("text")):
        return text
    for coding in _codings(concept):
        if display := normalise.text(coding.get("display")):
            return display
    for coding in _codings(concept):
        if code := normalise.text(coding.get("code")):
            return code
    return ""


def _first_code(concept: Any) -> str:
    for coding in _codings(concept):
        if code := normalise.text(coding.get("code")):
            return code
    return ""


def _pad_partial(value: str) -> str:
    """FHIR dates may be partial ('1985', '1985-02'); the first day stands for them."""
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{value}-01"
    return value


def _instant(value: Any, *, field: str) -> datetime | None:
    """A FHIR date/dateTime/instant as an aware datetime in Asia/Shanghai."""
    if value is None:
        return None
    result = normalise.moment(_pad_partial(str(value).strip()), field=field)
    return result.astimezone(SHANGHAI) if result else None


def _last_updated(resource: Resource) -> datetime | None:
    try:
        return _instant((resource.get("meta") or {}).get("lastUpdated"), field="更新时间")
    except normalise.NormaliseError:
        # A garbled change time must not cost us the record; it just does not move the watermark.
        return None


def _format_number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else str(value)
    return str(value)


def _parse_reference(reference: str) -> tuple[str | None, str]:
    """('Patient', '123') from 'Patient/123', an absolute URL or a versioned reference;
    (None, uuid) from 'urn:uuid:...'."""
    reference = reference.strip()
    if reference.startswith(("urn:uuid:", "urn:oid:")):
        return None, reference.rsplit(":", 1)[1]
    reference = re.sub(r"/_history/[^/]+$", "", reference.split("?", 1)[0])
    parts = [p for p in reference.split("/") if p]
    if len(parts) >= 2 and parts[-2][:1].isupper():
        return parts[-2], parts[-1]
    return None, parts[-1] if parts else ""


def _logical_id(resource: Resource, full_url: str) -> str:
    """A resource's id; resources POSTed in a transaction may only have their urn:uuid full URL."""
    if rid := normalise.text(resource.get("id")):
        return rid
    return _parse_reference(full_url)[1] if full_url else ""


def _scrub(resource: Resource) -> Resource:
    """The resource as it may be kept in quarantine: no phone numbers or ID numbers in clear."""
    kept = {k: v for k, v in resource.items() if k not in ("telecom", "contact", "text")}
    if isinstance(resource.get("identifier"), list):
        kept["identifier"] = [
            {**i, "value": "***"} if isinstance(i, dict) and _is_id_card(i) else i for i in resource["identifier"]
        ]
    return kept


def _is_id_card(identifier: dict[str, Any]) -> bool:
    if identifier.get("system") in _ID_CARD_SYSTEMS:
        return True
    return any(c.get("code") in _ID_CARD_TYPES for c in _codings(identifier.get("type")))


# --------------------------------------------------------------------------------------------
# The resources of one bundle or one pull, and how references find them
# --------------------------------------------------------------------------------------------


class _Index:
    """Resources addressable the ways FHIR references them (full URL, Type/id, urn:uuid)."""

    def __init__(self) -> None:
        self.by_key: dict[str, Resource] = {}
        self.by_url: dict[str, Resource] = {}

    @staticmethod
    def key(resource: Resource) -> str:
        return f"{resource['resourceType']}/{resource['id']}"

    def add(self, resource: Resource, full_url: str = "") -> None:
        """Add a resource (its `id` already set); a later copy of the same resource wins."""
        key = self.key(resource)
        previous = self.by_key.get(key)
        if previous is not None:
            old, new = _last_updated(previous), _last_updated(resource)
            if old and new and new < old:
                # Pages can overlap while the server changes under us; keep the newest version.
                return
        self.by_key[key] = resource
        if full_url:
            self.by_url[full_url] = resource

    def resources(self, resource_type: str) -> list[Resource]:
        return [r for r in self.by_key.values() if r["resourceType"] == resource_type]

    def resolve(self, ref: Any) -> Resource | None:
        reference = ref.get("reference") if isinstance(ref, dict) else None
        if not isinstance(reference, str) or not reference.strip():
            return None
        if found := self.by_url.get(reference.strip()):
            return found
        rtype, rid = _parse_reference(reference)
        if rtype:
            return self.by_key.get(f"{rtype}/{rid}")
        return None

    def ref_id(self, ref: Any) -> str | None:
        """The logical id a reference points to, resolvable or not (None if there is none)."""
        if found := self.resolve(ref):
            return str(found["id"])
        reference = ref.get("reference") if isinstance(ref, dict) else None
        if isinstance(reference, str) and reference.strip() and not reference.startswith("#"):
            return _parse_reference(reference)[1] or None
        return None

    def ref_key(self, ref: Any, default_type: str) -> str | None:
        if found := self.resolve(ref):
            return self.key(found)
        rid = self.ref_id(ref)
        if rid is None:
            return None
        rtype = _parse_reference(ref["reference"])[0] or default_type
        return f"{rtype}/{rid}"


def _read_bundle(bundle: Any, index: _Index, rejected: list[Rejected]) -> list[Resource]:
    """Put a bundle's entries into `index`; returns the resources read (deletions are rejected)."""
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise FhirSourceError("数据不是 FHIR Bundle，无法导入", transient=False)
    read: list[Resource] = []
    for position, entry in enumerate(bundle.get("entry") or []):
        if not isinstance(entry, dict):
            continue
        request = entry.get("request") or {}
        full_url = normalise.text(entry.get("fullUrl"))
        resource = entry.get("resource")
        # A conditional URL (Patient?identifier=...) may carry an ID number: keep only its path.
        where = (normalise.text(request.get("url")) or full_url or f"entry[{position}]").split("?", 1)[0]
        if normalise.text(request.get("method")).upper() == "DELETE":
            # A deletion in the HIS (e.g. an admission withdrawn) needs a person to decide.
            rejected.append(Rejected("resource", where, "源系统删除了该资源，需人工确认是否撤销相关记录", entry))
            continue
        if not isinstance(resource, dict) or not normalise.text(resource.get("resourceType")):
            rejected.append(Rejected("resource", where, "条目中没有可识别的 FHIR 资源", entry))
            continue
        if resource["resourceType"] == "OperationOutcome":
            # Search warnings from the server, not data.
            log.info("FHIR server outcome: %s", _outcome_text(resource))
            continue
        rid = _logical_id(resource, full_url)
        if not rid:
            rejected.append(Rejected("resource", where, f"{resource['resourceType']} 资源缺少 id", resource))
            continue
        resource = {**resource, "id": rid}
        index.add(resource, full_url)
        read.append(resource)
    return read


def _outcome_text(outcome: Resource) -> str:
    issues = outcome.get("issue") or []
    texts = [normalise.text(i.get("diagnostics")) or _concept_text(i.get("details")) for i in issues]
    return "；".join(t for t in texts if t)[:300]


# --------------------------------------------------------------------------------------------
# Mapping
# --------------------------------------------------------------------------------------------


def bundle_to_batch(bundle: dict[str, Any]) -> Batch:
    """Map a transaction or searchset Bundle to a Batch; the watermark is the newest
    `meta.lastUpdated` seen (None when the bundle carries none)."""
    index = _Index()
    rejected: list[Rejected] = []
    read = _read_bundle(bundle, index, rejected)
    batch = _Mapper(index).run()
    batch.rejected[:0] = rejected
    batch.watermark = max((t for r in read if (t := _last_updated(r))), default=None)
    return batch


class _Mapper:
    """Turns the resources of one index into records; one instance per bundle or pull."""

    def __init__(self, index: _Index) -> None:
        self.index = index
        self.batch = Batch()
        self.skipped: Counter[str] = Counter()

    def run(self) -> Batch:
        for patient in self.index.resources("Patient"):
            self._patient(patient)
        self._visits()
        self._labs()
        for document in self.index.resources("DocumentReference"):
            self._document(document)
        known = {*SEARCH_TYPES, "Organization", "Location", "Specimen"}
        for key in self.index.by_key:
            rtype = key.split("/", 1)[0]
            if rtype not in known:
                self.skipped[rtype] += 1
        if self.skipped:
            log.debug("FHIR resources skipped as out of scope: %s", dict(self.skipped))
        return self.batch

    def reject(self, entity: str, external_id: str, reason: str, resource: Resource) -> None:
        self.batch.rejected.append(Rejected(entity, external_id, reason, _scrub(resource)))

    # Patients ---------------------------------------------------------------------------------

    def _patient(self, patient: Resource) -> None:
        pid = patient["id"]
        for link in patient.get("link") or []:
            if link.get("type") == "replaced-by":
                # A merged record (患者合并): our patient must be merged by a person, not overwritten.
                other = self.index.ref_id(link.get("other")) or "?"
                self.reject("patient", pid, f"该患者已在源系统合并到 {other}，需人工合并", patient)
                return
        name = _human_name(patient.get("name"))
        if not name:
            self.reject("patient", pid, "患者姓名缺失", patient)
            return
        try:
            deceased_at = _instant(patient.get("deceasedDateTime"), field="死亡时间")
            if deceased_at is None and patient.get("deceasedBoolean") is True:
                # Death without a time: the record's change time is the best bound we have, and a
                # deceased patient must never be called, so the flag cannot wait for a time.
                deceased_at = _last_updated(patient) or now()
            record = PatientRecord(
                his_id=pid,
                name=name,
                gender=normalise.gender(patient.get("gender")),
                birth_date=normalise.birth_date(_pad_partial(normalise.text(patient.get("birthDate"))) or None),
                id_number=normalise.id_number(_id_card(patient.get("identifier"))),
                phone=_phone(patient.get("telecom")),
                contacts=_contacts(patient.get("contact")),
                address=_address(patient.get("address")),
                deceased_at=deceased_at,
                updated_at=_last_updated(patient),
            )
        except normalise.NormaliseError as exc:
            self.reject("patient", pid, str(exc), patient)
            return
        self.batch.patients.append(record)

    # Visits -------------------------------------------------------------------------------------

    def _visits(self) -> None:
        conditions: dict[str, list[Resource]] = {}
        for condition in self.index.resources("Condition"):
            if _coded(condition.get("verificationStatus")) & {"refuted", "entered-in-error"}:
                # Ruled-out diagnoses are not diagnoses of the stay.
                continue
            if "problem-list-item" in _coded_all(condition.get("category")):
                self.skipped["Condition(problem-list)"] += 1
                continue
            enc_key = self.index.ref_key(condition.get("encounter"), "Encounter")
            if enc_key is None:
                self.reject("diagnosis", condition["id"], "诊断未关联就诊（encounter），无法归入住院记录", condition)
                continue
            encounter = self.index.by_key.get(enc_key)
            if encounter is None:
                self.reject("diagnosis", condition["id"], f"诊断所属的就诊 {enc_key} 不在本批数据中", condition)
                continue
            if not _is_inpatient(encounter):
                self.skipped["Condition(outpatient)"] += 1
                continue
            conditions.setdefault(enc_key, []).append(condition)
        for encounter in self.index.resources("Encounter"):
            own = conditions.get(_Index.key(encounter), [])
            if not _is_inpatient(encounter):
                self.skipped["Encounter(outpatient)"] += 1
                kind = "、".join(sorted(_encounter_classes(encounter))) or "未填写"
                reason = f"非住院就诊（Encounter.class={kind}）不是住院，未建立住院记录"
                self.batch.skipped.append(Skipped("visit", str(encounter.get("id", "")), reason))
                continue
            problem = self._visit(encounter, own)
            if problem:
                self.reject("visit", encounter["id"], problem, encounter)
                for condition in own:
                    self.reject("diagnosis", condition["id"], f"所属住院记录被拒收：{problem}", condition)

    def _visit(self, encounter: Resource, conditions: list[Resource]) -> str | None:
        """Append the VisitRecord; returns the Chinese reason when the stay cannot be mapped."""
        status = normalise.text(encounter.get("status"))
        if status in ("entered-in-error", "cancelled"):
            return f"住院就诊在源系统已作废（{status}），需人工确认"
        if status == "planned":
            # A planned admission is not a stay yet; it comes again once the patient is admitted.
            self.skipped["Encounter(planned)"] += 1
            return None
        patient_id = self.index.ref_id(encounter.get("subject"))
        if not patient_id:
            return "住院就诊缺少患者（subject）"
        period = encounter.get("period") or {}
        try:
            admitted_at = _instant(period.get("start"), field="入院时间")
            discharged_at = _instant(period.get("end"), field="出院时间") if status != "in-progress" else None
        except normalise.NormaliseError as exc:
            return str(exc)
        if admitted_at is None:
            return "住院就诊缺少入院时间（period.start）"
        if status == "finished" and discharged_at is None:
            return "住院就诊已结束但缺少出院时间（period.end）"
        department, ward, bed = self._places(encounter)
        if not department:
            return "住院就诊缺少科室（serviceProvider/location）"
        try:
            diagnoses = self._diagnoses(encounter, conditions)
        except ValueError as exc:
            return str(exc)
        hospitalization = encounter.get("hospitalization") or {}
        self.batch.visits.append(
            VisitRecord(
                his_visit_id=encounter["id"],
                his_patient_id=patient_id,
                department_code=department,
                admitted_at=admitted_at,
                discharged_at=discharged_at,
                ward_code=ward,
                inpatient_no=_identifier_value(encounter.get("identifier")),
                bed_no=bed,
                attending_name=_attending(encounter),
                disposition=_disposition(hospitalization.get("dischargeDisposition")) if discharged_at else None,
                diagnoses=diagnoses,
                updated_at=_last_updated(encounter),
            )
        )
        return None

    def _places(self, encounter: Resource) -> tuple[str, str | None, str]:
        """(department code, ward code, bed no) from the encounter's organisation and locations.

        The department is the serviceProvider when it is a department (type `dept`), else the
        first location that is not a ward, room or bed, else the serviceProvider, else the ward.
        """
        ward: str | None = None
        bed = ""
        others: list[str] = []
        for item in encounter.get("location") or []:
            ref = item.get("location") if isinstance(item, dict) else None
            location = self.index.resolve(ref)
            code = _place_code(location, ref, self.index)
            if not code:
                continue
            kind = _first_code((location or {}).get("physicalType"))
            if kind == "bd":
                bed = code
            elif kind in ("wa", "ro"):
                ward = ward or code
            else:
                others.append(code)
        provider_ref = encounter.get("serviceProvider")
        provider = self.index.resolve(provider_ref)
        provider_code = _place_code(provider, provider_ref, self.index)
        is_department = "dept" in _coded_all((provider or {}).get("type"))
        if provider_code and is_department:
            return provider_code, ward, bed
        return (others[0] if others else provider_code or ward or ""), ward, bed

    def _diagnoses(self, encounter: Resource, conditions: list[Resource]) -> tuple[DiagnosisRecord, ...]:
        """All diagnoses of the stay, ordered by the encounter's rank, then recorded time."""
        ranks: dict[str, int] = {}
        for item in encounter.get("diagnosis") or []:
            key = self.index.ref_key(item.get("condition"), "Condition")
            if key and isinstance(item.get("rank"), int):
                ranks[key] = item["rank"]

        def order(c: Resource) -> tuple[int, str, str]:
            recorded = normalise.text(c.get("recordedDate")) or normalise.text(c.get("onsetDateTime"))
            return ranks.get(_Index.key(c), 1_000_000), recorded, c["id"]

        records: list[DiagnosisRecord] = []
        for seq, condition in enumerate(sorted(conditions, key=order), start=1):
            code, name, kind = _diagnosis_code(condition.get("code"))
            if not (code or name):
                raise ValueError(f"诊断 {condition['id']} 缺少名称和编码")
            records.append(DiagnosisRecord(kind=kind, seq=seq, name=name or code, code=code, is_main=seq == 1))
        return tuple(records)

    # Labs ---------------------------------------------------------------------------------------

    def _labs(self) -> None:
        # A panel's members (hasMember) are filed with the panel, never again as results of their own.
        claimed: set[str] = _panel_members(self.index)
        for report in self.index.resources("DiagnosticReport"):
            if _is_summary_type(report.get("code")):
                self._summary(report, report.get("encounter"), report.get("presentedForm") or [], "issued")
                continue
            self._report(report, claimed)
        for observation in self.index.resources("Observation"):
            key = _Index.key(observation)
            if key in claimed:
                continue
            if not _is_lab(observation.get("category")):
                self.skipped["Observation(non-lab)"] += 1
                continue
            # A lab result sent without a report (common for calculated values such as eGFR)
            # becomes a report of its own, so it is not lost.
            self._lab_record(observation, [observation], f"Observation/{observation['id']}", observation)

    def _report(self, report: Resource, claimed: set[str]) -> None:
        status = normalise.text(report.get("status"))
        categories = report.get("category") or []
        if categories and not any(_is_lab(c) for c in categories):
            if any(_is_exam(c) for c in categories) and status not in ("registered", "entered-in-error", "cancelled"):
                self._exam(report)
                return
            self.skipped["DiagnosticReport(non-lab)"] += 1
            return
        if status == "registered":
            # Ordered, no results yet; the report comes again when results are entered.
            self.skipped["DiagnosticReport(registered)"] += 1
            return
        if status in ("entered-in-error", "cancelled"):
            self.reject("lab", report["id"], f"检验报告在源系统已作废（{status}），需人工确认", report)
            return
        observations: list[Resource] = []
        for ref in report.get("result") or []:
            observation = self.index.resolve(ref)
            if observation is None:
                missing = self.index.ref_id(ref) or "?"
                self.reject("lab", report["id"], f"检验报告引用的结果 Observation/{missing} 不在本批数据中", report)
                return
            observations.append(observation)
        claimed.update(_Index.key(o) for o in observations)
        if not observations:
            self.reject("lab", report["id"], "检验报告没有结构化结果（result）", report)
            return
        self._lab_record(report, observations, report["id"], report)

    def _exam(self, report: Resource) -> None:
        """An imaging, ultrasound or ECG report (检查报告): what was seen and the conclusion, as text."""
        patient_id = self.index.ref_id(report.get("subject"))
        if not patient_id:
            self.reject("exam", report["id"], "检查报告缺少患者（subject）", report)
            return
        try:
            reported_at = _instant(report.get("issued"), field="报告时间") or _instant(
                report.get("effectiveDateTime"), field="检查时间"
            )
        except normalise.NormaliseError as exc:
            self.reject("exam", report["id"], str(exc), report)
            return
        encounter = self.index.resolve(report.get("encounter"))
        visit_id = self.index.ref_id(report.get("encounter"))
        if encounter is not None and not _is_inpatient(encounter):
            visit_id = None
        findings = [_plain_text(form) for form in report.get("presentedForm") or [] if isinstance(form, dict)]
        conclusion = normalise.text(report.get("conclusion")) or "；".join(
            t for c in report.get("conclusionCode") or [] if (t := _concept_text(c))
        )
        doctors = [*(report.get("resultsInterpreter") or []), *(report.get("performer") or [])]
        category = next((c for c in report.get("category") or [] if _is_exam(c)), None)
        self.batch.exams.append(
            ExamReportRecord(
                his_report_id=report["id"],
                his_patient_id=patient_id,
                his_visit_id=visit_id,
                exam_type=_concept_text(category),
                item_name=_concept_text(report.get("code")) or "检查",
                findings="\n".join(f for f in findings if f),
                conclusion=conclusion,
                reported_at=reported_at,
                reporting_doctor=next(
                    (normalise.text(d.get("display")) for d in doctors if isinstance(d, dict) and d.get("display")),
                    "",
                ),
            )
        )

    def _lab_record(self, source: Resource, observations: list[Resource], report_id: str, raw: Resource) -> None:
        patient_id = self.index.ref_id(source.get("subject"))
        if not patient_id:
            self.reject("lab", report_id, "检验报告缺少患者（subject）", raw)
            return
        try:
            results = tuple(
                LabResultRecord(
                    item_no=n, name=name, value_raw=value, code=code, unit=unit, reference_raw=ref, flag_raw=flag
                )
                for n, (name, value, code, unit, ref, flag) in enumerate(self._analytes(observations), start=1)
            )
            requested_at = _instant(source.get("effectiveDateTime"), field="采样时间") or _instant(
                (source.get("effectivePeriod") or {}).get("start"), field="采样时间"
            )
            reported_at = _instant(source.get("issued"), field="报告时间")
        except normalise.NormaliseError as exc:
            self.reject("lab", report_id, str(exc), raw)
            return
        encounter = self.index.resolve(source.get("encounter"))
        visit_id = self.index.ref_id(source.get("encounter"))
        if encounter is not None and not _is_inpatient(encounter):
            # An outpatient lab is still the patient's lab, but it belongs to no stay of ours.
            visit_id = None
        self.batch.labs.append(
            LabReportRecord(
                his_report_id=report_id,
                his_patient_id=patient_id,
                name=_concept_text(source.get("code")) or "检验报告",
                results=results,
                his_visit_id=visit_id,
                specimen=self._specimen(source, observations),
                requested_at=requested_at,
                reported_at=reported_at,
            )
        )

    def _analytes(
        self, observations: Iterable[Resource], depth: int = 0
    ) -> Iterable[tuple[str, str, str, str, str, str]]:
        """(name, value, code, unit, reference, flag) per analyte; panels are flattened."""
        for observation in observations:
            members = [m for ref in observation.get("hasMember") or [] if (m := self.index.resolve(ref))]
            if members and depth < 3:
                yield from self._analytes(members, depth + 1)
                continue
            parts = [observation]
            if not _has_value(observation) and observation.get("component"):
                parts = [c for c in observation["component"] if isinstance(c, dict)]
            for part in parts:
                value, unit = _value(part)
                yield (
                    _concept_text(part.get("code")) or "未命名项目",
                    value,
                    _first_code(part.get("code")),
                    unit,
                    _reference_range(part.get("referenceRange")),
                    _interpretation(part.get("interpretation")),
                )

    def _specimen(self, source: Resource, observations: list[Resource]) -> str:
        refs = [source.get("specimen")] + [o.get("specimen") for o in observations]
        for ref in refs:
            for item in ref if isinstance(ref, list) else [ref]:
                if not isinstance(item, dict):
                    continue
                specimen = self.index.resolve(item)
                if text := _concept_text((specimen or {}).get("type")) or normalise.text(item.get("display")):
                    return text
        return ""

    # Discharge summaries ------------------------------------------------------------------------

    def _document(self, document: Resource) -> None:
        if not _is_summary_type(document.get("type")):
            self.skipped["DocumentReference(other)"] += 1
            return
        status = normalise.text(document.get("status"))
        if status == "superseded":
            # A newer version of the summary replaces it and is sent on its own.
            self.skipped["DocumentReference(superseded)"] += 1
            return
        if status == "entered-in-error":
            self.reject("summary", document["id"], "出院小结在源系统已作废（entered-in-error），需人工确认", document)
            return
        encounters = (document.get("context") or {}).get("encounter") or []
        encounter_ref = encounters[0] if isinstance(encounters, list) and encounters else encounters
        attachments = [c.get("attachment") for c in document.get("content") or [] if isinstance(c, dict)]
        self._summary(document, encounter_ref, attachments, "date")

    def _summary(self, resource: Resource, encounter_ref: Any, attachments: Sequence[Any], time_field: str) -> None:
        rid = resource["id"]
        visit_id = self.index.ref_id(encounter_ref)
        if not visit_id:
            self.reject("summary", rid, "出院小结未关联住院就诊（encounter），无法归档", resource)
            return
        inline = [a for a in attachments if isinstance(a, dict) and a.get("data")]
        if not inline:
            reason = "出院小结正文未内联提供（只有链接或为空），无法读取"
            self.reject("summary", visit_id, reason, resource)
            return
        try:
            fields = _attachment_fields(inline[0])
            signed_at = _instant(resource.get(time_field), field="签署时间")
        except (ValueError, cda.CdaParseError) as exc:
            self.reject("summary", visit_id, str(exc), resource)
            return
        if not any(fields.values()):
            self.reject("summary", visit_id, "出院小结正文为空", resource)
            return
        self.batch.summaries.append(
            DischargeSummaryRecord(his_visit_id=visit_id, document_id=rid, signed_at=signed_at, **fields)
        )


# --------------------------------------------------------------------------------------------
# Helpers of the mapper
# --------------------------------------------------------------------------------------------


def _coded(concept: Any) -> set[str]:
    return {normalise.text(c.get("code")) for c in _codings(concept)}


def _coded_all(concepts: Any) -> set[str]:
    items = concepts if isinstance(concepts, list) else [concepts]
    return set().union(*(_coded(c) for c in items)) if items else set()


def _encounter_classes(encounter: Resource) -> set[str]:
    classes = encounter.get("class")
    items = classes if isinstance(classes, list) else [classes]  # R5 makes class a list
    return {code for item in items for c in _codings(item) if (code := normalise.text(c.get("code")))}


def _is_inpatient(encounter: Resource) -> bool:
    classes = encounter.get("class")
    items = classes if isinstance(classes, list) else [classes]  # R5 makes class a list
    for item in items:
        for coding in _codings(item):
            if normalise.text(coding.get("code")).upper() in _INPATIENT_CLASSES:
                return True
            if "inpatient" in normalise.text(coding.get("display")).lower():
                return True
    return False


def _is_lab(category: Any) -> bool:
    items = category if isinstance(category, list) else [category]
    for item in items:
        for coding in _codings(item):
            code = normalise.text(coding.get("code"))
            if code.upper() in _LAB_SECTIONS or code.lower() == "laboratory":
                return True
        if "检验" in _concept_text(item):
            return True
    return False


# Diagnostic service sections (HL7 table 0074) and FHIR's imaging category: a 检查, not a 检验.
_EXAM_SECTIONS = frozenset({"RAD", "IMG", "CT", "MR", "NMR", "NMS", "US", "CUS", "OUS", "RUS", "VUS", "EC", "CG", "EN"})


def _is_exam(category: Any) -> bool:
    for coding in _codings(category):
        code = normalise.text(coding.get("code"))
        if code.upper() in _EXAM_SECTIONS or code.lower() == "imaging" or code == "LP29684-5":
            return True
    text = _concept_text(category)
    return any(word in text for word in ("检查", "影像", "超声", "心电", "放射", "内镜"))


def _plain_text(attachment: dict[str, Any]) -> str:
    """The text of an inline plain-text attachment (a report's 检查所见); '' for anything else."""
    if "text" not in normalise.text(attachment.get("contentType")).lower() or not attachment.get("data"):
        return ""
    try:
        return base64.b64decode(attachment["data"]).decode("utf-8").strip()
    except (binascii.Error, ValueError):
        return ""


def _is_summary_type(concept: Any) -> bool:
    if _coded(concept) & (_LOINC_DISCHARGE_SUMMARIES | {"C0053"}):
        return True
    text = _concept_text(concept).lower()
    return "出院小结" in text or "出院记录" in text or "discharge summary" in text


def _human_name(names: Any) -> str:
    """The official (else usual, else first) name; Chinese names are joined without spaces."""
    if not isinstance(names, list) or not names:
        return ""
    valid = [n for n in names if isinstance(n, dict) and n.get("use") not in ("old", "maiden")]
    preferred = sorted(valid, key=lambda n: {"official": 0, "usual": 1}.get(n.get("use", ""), 2))
    for name in preferred:
        if text := normalise.text(name.get("text")):
            return text
        given = [normalise.text(g) for g in name.get("given") or []]
        family = normalise.text(name.get("family"))
        if _CJK.search(family + "".join(given)):
            joined = family + "".join(given)
        else:
            joined = " ".join(p for p in [*given, family] if p)
        if joined:
            return joined
    return ""


def _panel_members(index: _Index) -> set[str]:
    """Every Observation some other Observation holds as a panel member (hasMember)."""
    return {
        key
        for observation in index.resources("Observation")
        for ref in observation.get("hasMember") or []
        if (key := index.ref_key(ref, "Observation"))
    }


def _id_card(identifiers: Any) -> str | None:
    for identifier in identifiers or []:
        if isinstance(identifier, dict) and _is_id_card(identifier):
            return normalise.text(identifier.get("value")) or None
    return None


def _identifier_value(identifiers: Any) -> str:
    """The official identifier (else the first), e.g. an encounter's 住院号."""
    items = [i for i in identifiers or [] if isinstance(i, dict) and normalise.text(i.get("value"))]
    items.sort(key=lambda i: i.get("use") != "official")
    return normalise.text(items[0]["value"]) if items else ""


def _phone(telecoms: Any) -> str | None:
    phones = [
        t
        for t in telecoms or []
        if isinstance(t, dict) and t.get("system") in ("phone", "sms") and t.get("use") != "old" and t.get("value")
    ]
    # Follow-up calls and SMS go to a mobile first.
    phones.sort(key=lambda t: {"mobile": 0, "home": 1}.get(t.get("use", ""), 2))
    # every number is kept: intake reads the field's numbers one by one (backend.phones)
    return "/".join(dict.fromkeys(v for t in phones if (v := normalise.phone(t["value"])))) or None


def _contacts(contacts: Any) -> tuple[ContactRecord, ...]:
    result = []
    for contact in contacts or []:
        if not isinstance(contact, dict):
            continue
        phone = _phone(contact.get("telecom"))
        name = _human_name([contact["name"]]) if isinstance(contact.get("name"), dict) else ""
        if phone and name:
            relations = contact.get("relationship") or []
            relation = _concept_text(relations[0]) if relations else ""
            result.append(ContactRecord(name=name, relation=relation, phone=phone))
    return tuple(result)


def _address(addresses: Any) -> str:
    items = [a for a in addresses or [] if isinstance(a, dict) and a.get("use") != "old"]
    items.sort(key=lambda a: a.get("use") != "home")
    if not items:
        return ""
    address = items[0]
    if text := normalise.text(address.get("text")):
        return text
    lines = [normalise.text(x) for x in address.get("line") or []]
    parts = [normalise.text(address.get(k)) for k in ("state", "city", "district")]
    if _CJK.search("".join(lines + parts)):
        # Chinese addresses run from province down to the house, without separators.
        return "".join(p for p in [*parts, *lines] if p)
    tail = " ".join(p for p in (normalise.text(address.get("state")), normalise.text(address.get("postalCode"))) if p)
    western = [*lines, normalise.text(address.get("city")), tail, normalise.text(address.get("country"))]
    return ", ".join(p for p in western if p)


def _place_code(resource: Resource | None, ref: Any, index: _Index) -> str:
    """A department/ward code: the resource's identifier, else its name, else the reference."""
    if resource is not None:
        return _identifier_value(resource.get("identifier")) or normalise.text(resource.get("name"))
    if isinstance(ref, dict):
        return index.ref_id(ref) or normalise.text(ref.get("display"))
    return ""


def _attending(encounter: Resource) -> str:
    for participant in encounter.get("participant") or []:
        if not isinstance(participant, dict):
            continue
        types = _coded_all(participant.get("type"))
        if types & {"ATND", "PPRF"}:
            return normalise.text((participant.get("individual") or {}).get("display"))
    return ""


def _disposition(concept: Any) -> DischargeDisposition | None:
    """离院方式 from NUBC or HL7 discharge-disposition codes, RC019 codes or Chinese text."""
    for coding in _codings(concept):
        code = normalise.text(coding.get("code"))
        system = normalise.text(coding.get("system"))
        if "nubc" in system and code in _NUBC_DISPOSITION:
            return _NUBC_DISPOSITION[code]
        if code.lower() in _HL7_DISPOSITION and "nubc" not in system:
            return _HL7_DISPOSITION[code.lower()]
        if code in {m.value for m in DischargeDisposition}:
            return normalise.disposition(code)
    text = _concept_text(concept)
    if not text:
        return None
    if _CJK.search(text):
        return normalise.disposition(text)
    return DischargeDisposition.OTHER


def _diagnosis_code(concept: Any) -> tuple[str, str, DiagnosisKind]:
    """(code, name, kind): ICD-10 first, then TCM (GB/T 15657), then SNOMED CT, then anything."""

    def rank(coding: dict[str, Any]) -> int:
        system = normalise.text(coding.get("system")).lower()
        if "icd-10" in system or "icd10" in system or "2.16.156.10011.2.3.3.11" in system:
            return 0
        if "15657" in system or "2.16.156.10011.2.3.3.14" in system or "tcm" in system:
            return 1
        if "snomed" in system:
            return 2
        return 3

    codings = sorted(_codings(concept), key=rank)
    text = normalise.text((concept or {}).get("text")) if isinstance(concept, dict) else ""
    if not codings:
        return "", text, DiagnosisKind.WESTERN
    best = codings[0]
    code = normalise.text(best.get("code"))
    name = normalise.text(best.get("display")) or text
    kind = DiagnosisKind.WESTERN
    if rank(best) == 1:
        kind = _tcm_kind(code, name)
    return code, name, kind


def _tcm_kind(code: str, name: str) -> DiagnosisKind:
    """GB/T 15657: syndromes (证候) are Z-codes in the 1995 edition and B-codes with dots in 2021;
    their names end with 证."""
    upper = code.upper()
    if upper.startswith("Z") or (upper.startswith("B") and "." in upper) or name.endswith("证"):
        return DiagnosisKind.TCM_SYNDROME
    return DiagnosisKind.TCM_DISEASE


def _has_value(observation: Resource) -> bool:
    return any(k.startswith("value") for k in observation)


def _value(part: Resource) -> tuple[str, str]:
    """(value as the LIS would print it, unit) of an Observation or one of its components."""
    if isinstance(quantity := part.get("valueQuantity"), dict):
        comparator = normalise.text(quantity.get("comparator"))
        value = quantity.get("value")
        unit = normalise.text(quantity.get("unit")) or normalise.text(quantity.get("code"))
        return (comparator + _format_number(value) if value is not None else ""), unit
    if "valueString" in part:
        return normalise.text(part["valueString"]), ""
    if "valueCodeableConcept" in part:
        return _concept_text(part["valueCodeableConcept"]), ""
    if "valueBoolean" in part:
        return ("阳性" if part["valueBoolean"] else "阴性"), ""
    if "valueInteger" in part:
        return str(part["valueInteger"]), ""
    if isinstance(value_range := part.get("valueRange"), dict):
        low = (value_range.get("low") or {}).get("value")
        high = (value_range.get("high") or {}).get("value")
        return (
            f"{_format_number(low) if low is not None else ''}~{_format_number(high) if high is not None else ''}",
            "",
        )
    if isinstance(ratio := part.get("valueRatio"), dict):
        num = (ratio.get("numerator") or {}).get("value")
        den = (ratio.get("denominator") or {}).get("value")
        return f"{_format_number(num)}:{_format_number(den)}", ""
    if reason := _concept_text(part.get("dataAbsentReason")):
        return reason, ""
    return "", ""


def _reference_range(ranges: Any) -> str:
    """The first reference range as text ('3.5~5.5', '≤5', '≥60' or the server's own text)."""
    if not isinstance(ranges, list) or not ranges or not isinstance(ranges[0], dict):
        return ""
    first = ranges[0]
    if text := normalise.text(first.get("text")):
        return text
    low = (first.get("low") or {}).get("value")
    high = (first.get("high") or {}).get("value")
    if low is not None and high is not None:
        return f"{_format_number(low)}~{_format_number(high)}"
    if high is not None:
        return f"≤{_format_number(high)}"
    if low is not None:
        return f"≥{_format_number(low)}"
    return ""


def _interpretation(concepts: Any) -> str:
    """The first interpretation code (H, L, HH, LL, A, POS, ...), else its text."""
    for concept in concepts if isinstance(concepts, list) else []:
        if code := _first_code(concept):
            return code
        if text := _concept_text(concept):
            return text
    return ""


def _attachment_fields(attachment: dict[str, Any]) -> dict[str, str]:
    """The five discharge summary fields from an inline attachment (CDA XML, plain text or HTML)."""
    try:
        raw = base64.b64decode(attachment["data"], validate=False)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("出院小结附件不是有效的 base64 数据") from exc
    content_type = normalise.text(attachment.get("contentType")).lower()
    if "xml" in content_type or raw.lstrip().startswith(b"<?xml") or b"<ClinicalDocument" in raw[:2000]:
        return cda.summary_fields(raw)
    charset = re.search(r"charset=([\w-]+)", content_type)
    encoding = charset.group(1) if charset else "utf-8"
    try:
        text = raw.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        # Chinese systems often send GBK without saying so.
        text = raw.decode("gb18030", errors="replace")
    if "html" in content_type:
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    return cda.split_summary_text(text)


# --------------------------------------------------------------------------------------------
# The pull source
# --------------------------------------------------------------------------------------------


class FhirSource:
    """Pulls changed resources from a FHIR R4 server (`_lastUpdated` window, paged searches).

    Besides the window, a pull reads what is needed to send whole aggregates, because intake
    replaces a stay's diagnoses and a report's results as a whole: the encounter of a changed
    Condition and all Conditions of each stay; the report of a changed lab Observation and all
    Observations of each report; the Organizations/Locations that name a stay's department.
    The watermark comes only from resources inside the window, so it never runs ahead of `until`.
    """

    name = "fhir"
    #: How many ids go into one `_id=`/reference search, to keep URLs short for proxies.
    ID_CHUNK = 50
    #: A guard against servers whose next links never end.
    MAX_PAGES = 10_000

    def __init__(
        self,
        base_url: str,
        client: httpx.AsyncClient | None = None,
        page_size: int = 100,
        *,
        timeout: float = 30.0,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError("FHIR base_url must be an http(s) URL")
        self.base_url = base_url.rstrip("/") + "/"
        self.page_size = page_size
        self._client = client
        self._timeout = timeout
        self._origin = urlsplit(self.base_url)[:2]

    async def fetch(self, since: datetime, until: datetime) -> Batch:
        if since.tzinfo is None or until.tzinfo is None:
            raise ValueError("since/until must be timezone-aware")
        if since >= until:
            raise ValueError("since must be before until")
        index = _Index()
        rejected: list[Rejected] = []
        in_window: list[Resource] = []
        window = [("_lastUpdated", f"ge{_fhir_instant(since)}"), ("_lastUpdated", f"lt{_fhir_instant(until)}")]
        async with self._session() as client:
            for resource_type in SEARCH_TYPES:
                in_window += await self._search(client, resource_type, window, index, rejected)
            await self._complete(client, index, rejected)
        batch = _Mapper(index).run()
        batch.rejected[:0] = rejected
        batch.watermark = max((t for r in in_window if (t := _last_updated(r))), default=None)
        return batch

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[httpx.AsyncClient]:
        if self._client is not None:
            yield self._client
            return
        async with httpx.AsyncClient(timeout=self._timeout) as client:
            yield client

    async def _complete(self, client: httpx.AsyncClient, index: _Index, rejected: list[Rejected]) -> None:
        """Read the context that makes each stay and each report whole (see the class docstring)."""
        missing_encounters = {
            rid
            for c in index.resources("Condition")
            if (key := index.ref_key(c.get("encounter"), "Encounter"))
            and key not in index.by_key
            and (rid := key.split("/", 1)[1])
        }
        await self._by_ids(client, "Encounter", "_id", missing_encounters, index, rejected)
        stays = [e["id"] for e in index.resources("Encounter") if _is_inpatient(e)]
        await self._by_ids(client, "Condition", "encounter", {f"Encounter/{s}" for s in stays}, index, rejected)
        claimed = _panel_members(index) | {
            index.ref_key(ref, "Observation")
            for report in index.resources("DiagnosticReport")
            for ref in report.get("result") or []
        }
        orphans = {
            f"Observation/{o['id']}"
            for o in index.resources("Observation")
            if _is_lab(o.get("category")) and _Index.key(o) not in claimed
        }
        await self._by_ids(client, "DiagnosticReport", "result", orphans, index, rejected)
        for _ in range(3):  # reports -> results -> panel members
            wanted = {
                key.split("/", 1)[1]
                for r in [*index.resources("DiagnosticReport"), *index.resources("Observation")]
                for ref in [*(r.get("result") or []), *(r.get("hasMember") or [])]
                if (key := index.ref_key(ref, "Observation")) and key not in index.by_key
            }
            if not wanted:
                break
            await self._by_ids(client, "Observation", "_id", wanted, index, rejected)
        places: dict[str, set[str]] = {"Organization": set(), "Location": set()}
        for encounter in index.resources("Encounter"):
            if not _is_inpatient(encounter):
                continue
            refs = [(encounter.get("serviceProvider"), "Organization")]
            refs += [((item or {}).get("location"), "Location") for item in encounter.get("location") or []]
            for ref, default in refs:
                key = index.ref_key(ref, default)
                if key and key not in index.by_key and key.split("/", 1)[0] in places:
                    rtype, rid = key.split("/", 1)
                    places[rtype].add(rid)
        for rtype, ids in places.items():
            await self._by_ids(client, rtype, "_id", ids, index, rejected)

    async def _by_ids(
        self,
        client: httpx.AsyncClient,
        resource_type: str,
        parameter: str,
        values: set[str],
        index: _Index,
        rejected: list[Rejected],
    ) -> None:
        ordered = sorted(values)
        for start in range(0, len(ordered), self.ID_CHUNK):
            chunk = ",".join(ordered[start : start + self.ID_CHUNK])
            await self._search(client, resource_type, [(parameter, chunk)], index, rejected)

    async def _search(
        self,
        client: httpx.AsyncClient,
        resource_type: str,
        params: list[tuple[str, str]],
        index: _Index,
        rejected: list[Rejected],
    ) -> list[Resource]:
        """All pages of one search; returns the resources of the searched type (not includes)."""
        url: str | None = urljoin(self.base_url, resource_type)
        query: httpx.QueryParams | None = httpx.QueryParams(tuple(params)).add("_count", self.page_size)
        seen: set[str] = set()
        found: list[Resource] = []
        pages = 0
        while url is not None:
            pages += 1
            if pages > self.MAX_PAGES:
                raise FhirSourceError(
                    f"FHIR 服务器分页超过 {self.MAX_PAGES} 页，已中止：{resource_type}", transient=False
                )
            bundle = await self._get(client, url, query)
            for resource in _read_bundle(bundle, index, rejected):
                if resource["resourceType"] == resource_type:
                    found.append(resource)
            seen.add(url if query is None else f"{url}?{query}")
            url, query = self._next_link(bundle, url, seen), None
        return found

    def _next_link(self, bundle: dict[str, Any], current: str, seen: set[str]) -> str | None:
        for link in bundle.get("link") or []:
            if isinstance(link, dict) and link.get("relation") == "next" and link.get("url"):
                target = urljoin(current, str(link["url"]))
                if urlsplit(target)[:2] != self._origin:
                    # Proxies often leak the server's internal address into next links; following
                    # it would also let a server point us anywhere.
                    raise FhirSourceError(
                        f"FHIR 分页链接指向其他地址（{urlsplit(target).netloc}），请检查服务器的对外地址配置",
                        transient=False,
                    )
                if target in seen:
                    raise FhirSourceError("FHIR 服务器返回的分页链接出现循环", transient=False)
                return target
        return None

    async def _get(self, client: httpx.AsyncClient, url: str, query: httpx.QueryParams | None) -> dict[str, Any]:
        try:
            response = await client.get(url, params=query, headers={"Accept": "application/fhir+json"})
        except httpx.TimeoutException as exc:
            raise FhirSourceError(f"FHIR 服务器响应超时：{url}", transient=True) from exc
        except httpx.TransportError as exc:
            raise FhirSourceError(f"无法连接 FHIR 服务器：{url}（{type(exc).__name__}）", transient=True) from exc
        if response.status_code >= 400:
            detail = ""
            try:
                body = response.json()
                if isinstance(body, dict) and body.get("resourceType") == "OperationOutcome":
                    detail = "：" + _outcome_text(body)
            except ValueError:
                pass
            transient = response.status_code >= 500 or response.status_code in (408, 429)
            raise FhirSourceError(
                f"FHIR 服务器返回错误 {response.status_code}（{response.url.path}）{detail}", transient=transient
            )
        try:
            body = response.json()
        except ValueError as exc:
            raise FhirSourceError(f"FHIR 服务器返回的不是 JSON：{response.url.path}", transient=False) from exc
        if not isinstance(body, dict) or body.get("resourceType") != "Bundle":
            raise FhirSourceError(f"FHIR 服务器返回的不是 Bundle：{response.url.path}", transient=False)
        return body


def _fhir_instant(moment: datetime) -> str:
    """An instant for a search parameter; milliseconds, which every server accepts.

    Both ends are truncated the same way, so consecutive windows still meet without a gap.
    """
    return moment.astimezone(SHANGHAI).isoformat(timespec="milliseconds")
