"""The HisSource port: what any hospital system adapter hands to our intake, in our terms.

Adapters (SQL views, HL7 v2, CDA, FHIR, the demo HIS) map vendor fields to these records at the
edge; vendor names never reach our models. A record that cannot be mapped is not dropped: it
becomes a `Rejected` with the reason and the raw payload, and lands in quarantine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, Protocol

from backend.models.choices import DiagnosisKind, DischargeDisposition, Gender


@dataclass(frozen=True)
class ContactRecord:
    name: str
    relation: str
    phone: str


@dataclass(frozen=True)
class PatientRecord:
    his_id: str
    name: str
    gender: Gender = Gender.UNKNOWN
    birth_date: date | None = None
    id_number: str | None = None
    phone: str | None = None
    contacts: tuple[ContactRecord, ...] = ()
    address: str = ""
    deceased_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class DiagnosisRecord:
    kind: DiagnosisKind
    seq: int
    name: str
    code: str = ""
    is_main: bool = False


@dataclass(frozen=True)
class VisitRecord:
    """One inpatient stay; `discharged_at` None means still in hospital."""

    his_visit_id: str
    his_patient_id: str
    department_code: str
    admitted_at: datetime
    discharged_at: datetime | None = None
    ward_code: str | None = None
    inpatient_no: str = ""
    admission_times: int = 1
    bed_no: str = ""
    attending_name: str = ""
    disposition: DischargeDisposition | None = None
    los_days: int | None = None
    diagnoses: tuple[DiagnosisRecord, ...] = ()
    operations: tuple[dict[str, Any], ...] = ()
    updated_at: datetime | None = None


@dataclass(frozen=True)
class DischargeSummaryRecord:
    his_visit_id: str
    document_id: str | None = None
    admission_condition: str = ""
    treatment_course: str = ""
    discharge_condition: str = ""
    discharge_orders: str = ""
    discharge_medication: str = ""
    signed_at: datetime | None = None


@dataclass(frozen=True)
class FrontPageRecord:
    his_visit_id: str
    fields: dict[str, Any]
    standard: str = "tcm_2019"
    total_cost: Decimal | None = None


@dataclass(frozen=True)
class LabResultRecord:
    """One analyte, as the LIS wrote it (text value, text range, text flag): normalised at intake."""

    item_no: int
    name: str
    value_raw: str
    code: str = ""
    unit: str = ""
    reference_raw: str = ""
    flag_raw: str = ""


@dataclass(frozen=True)
class LabReportRecord:
    his_report_id: str
    his_patient_id: str
    name: str
    results: tuple[LabResultRecord, ...]
    his_visit_id: str | None = None
    specimen: str = ""
    requested_at: datetime | None = None
    reported_at: datetime | None = None


@dataclass(frozen=True)
class ExamReportRecord:
    """An examination report (检查: imaging, ultrasound, ECG, endoscopy) as the HIS gave it."""

    his_report_id: str
    his_patient_id: str
    item_name: str
    his_visit_id: str | None = None
    exam_type: str = ""
    body_part: str = ""
    findings: str = ""
    conclusion: str = ""
    reported_at: datetime | None = None
    reporting_doctor: str = ""


CancelledEvent = Literal["discharge", "admission"]
RejectCause = Literal["invalid", "unknown_code", "unknown_key", "duplicate_key"]


@dataclass(frozen=True)
class VisitCancellation:
    """The HIS withdrew an event it had sent about a stay (an interface engine's correction).

    `event` "discharge": the discharge was sent in error, the patient is in fact still in hospital.
    "admission": the whole stay was registered in error and never happened. `his_patient_id` is the
    patient the sender believes the stay belongs to (checked before anything is withdrawn);
    `updated_at` orders the correction against the other messages of the stay.
    """

    his_visit_id: str
    his_patient_id: str
    event: CancelledEvent
    updated_at: datetime | None = None

    @property
    def entity(self) -> str:
        """Its name in the quarantine and in acknowledgements: `cancel_discharge`, `cancel_admission`."""
        return f"cancel_{self.event}"


@dataclass(frozen=True)
class Rejected:
    """A record the adapter could not map, kept with the reason (never silently dropped)."""

    entity: str
    external_id: str
    reason: str
    payload: dict[str, Any]
    # what kind of refusal, for senders that want a code (HL7 ERR-3): a value that cannot be read,
    # a code our dictionaries do not hold (科室编码), a record it refers to that we do not have,
    # or two records under one key
    cause: RejectCause = "invalid"


@dataclass(frozen=True)
class Skipped:
    """A record the source sent that is not ours to keep (an outpatient or emergency visit): not an
    error, so not quarantined, but counted with its reason so nothing disappears silently."""

    entity: str
    external_id: str
    reason: str


@dataclass
class Batch:
    """Everything one fetch produced. `watermark` is the newest source update time seen."""

    patients: list[PatientRecord] = field(default_factory=list)
    visits: list[VisitRecord] = field(default_factory=list)
    summaries: list[DischargeSummaryRecord] = field(default_factory=list)
    front_pages: list[FrontPageRecord] = field(default_factory=list)
    labs: list[LabReportRecord] = field(default_factory=list)
    exams: list[ExamReportRecord] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    watermark: datetime | None = None
    # Applied after every other record of the batch (and ordered against them by `updated_at`).
    cancellations: list[VisitCancellation] = field(default_factory=list)

    @property
    def fetched(self) -> int:
        return (
            len(self.patients)
            + len(self.visits)
            + len(self.summaries)
            + len(self.front_pages)
            + len(self.labs)
            + len(self.exams)
            + len(self.cancellations)
            + len(self.rejected)
            + len(self.skipped)
        )

    def extend(self, other: Batch) -> None:
        self.patients += other.patients
        self.visits += other.visits
        self.summaries += other.summaries
        self.front_pages += other.front_pages
        self.labs += other.labs
        self.exams += other.exams
        self.cancellations += other.cancellations
        self.rejected += other.rejected
        self.skipped += other.skipped
        if other.watermark and (self.watermark is None or other.watermark > self.watermark):
            self.watermark = other.watermark


class HisSource(Protocol):
    """A pull source: everything changed in [since, until)."""

    name: str

    async def fetch(self, since: datetime, until: datetime) -> Batch: ...


_ENTITY_TYPES: dict[str, tuple[type, str]] = {
    "patient": (PatientRecord, "patients"),
    "visit": (VisitRecord, "visits"),
    "summary": (DischargeSummaryRecord, "summaries"),
    "front_page": (FrontPageRecord, "front_pages"),
    "lab": (LabReportRecord, "labs"),
    "exam": (ExamReportRecord, "exams"),
    "cancel_discharge": (VisitCancellation, "cancellations"),
    "cancel_admission": (VisitCancellation, "cancellations"),
}


def _revive(kind: Any, value: Any) -> Any:
    """Turn a JSON value back into the annotated type (dates, enums, nested records, tuples)."""
    import dataclasses
    import types
    import typing
    from enum import Enum

    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _revive(options[0], value) if options else value
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        return tuple(_revive(inner, v) for v in value)
    if origin is dict or kind is Any:
        return value
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{k: _revive(hints[k], v) for k, v in value.items() if k in hints})
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is Decimal:
        return Decimal(str(value))
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    return value


def batch_from_payload(entity: str, payload: dict[str, Any]) -> Batch:
    """A batch holding the one canonical record a quarantine kept (its PII was not kept)."""
    if entity not in _ENTITY_TYPES:
        return Batch()
    kind, attribute = _ENTITY_TYPES[entity]
    batch = Batch()
    getattr(batch, attribute).append(_revive(kind, payload))
    return batch
