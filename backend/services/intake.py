"""Intake: canonical records from any HIS adapter into our tables, idempotently.

Every record is inserted, updated or quarantined with a reason; replaying the same batch changes
nothing. Work is done in bulk (one query per kind of record to find what exists, bulk inserts and
updates), because a peak day brings a thousand discharges with twenty lab results each.

A death (离院方式 死亡, or a death time on the patient) marks the patient deceased and cancels
their open follow-up tasks. A cancellation from the HIS (HL7 A13 cancel discharge, A11 cancel
admit) makes the stay not discharged again and cancels its open tasks; completed ones stay as history.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from tortoise import fields as tfields
from tortoise import timezone as tortoise_time
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.expressions import F
from tortoise.models import Model
from tortoise.transactions import in_transaction

from backend import phones
from backend.clock import now
from backend.models import (
    Admission,
    Department,
    DepartmentAlias,
    Diagnosis,
    DischargeSummary,
    ExamReport,
    FollowUpTask,
    LabReport,
    LabResult,
    MedicalRecordFrontPage,
    Patient,
    QuarantinedRecord,
    SyncRun,
)
from backend.models.choices import AbnormalFlag, CancelReason, DischargeDisposition, TaskStatus
from backend.security.crypto import blind_index, decrypt, encrypt
from backend.services import bulk
from integrations.his import normalise
from integrations.his.base import (
    Batch,
    ExamReportRecord,
    LabReportRecord,
    PatientRecord,
    RejectCause,
    Rejected,
    VisitCancellation,
    VisitRecord,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=Model)
# What a database says when it refuses a record: a constraint, or a value it cannot hold.
DATABASE_REFUSALS = (IntegrityError, OperationalError)
OPEN_TASKS = (TaskStatus.PENDING, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS)


@dataclass
class IntakeResult:
    inserted: int = 0
    updated: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    # patient id -> when they died: the HIS's death time, else the discharge of a stay ended by death
    deceased_patients: dict[int, datetime] = field(default_factory=dict)
    cancelled_tasks: int = 0
    # codes of wards the HIS named that we do not know: the stay is kept, the gap is reported
    unknown_wards: set[str] = field(default_factory=set)
    # HIS patient ids whose identity is in doubt this batch: their records wait for a person
    held_patients: set[str] = field(default_factory=set)
    # of `rejected`, how many the quarantine did not already hold open (set by `sync.store`): a
    # row re-read by the look-back and refused again is the same backlog, not a new failure
    newly_quarantined: int = 0

    def add(self, inserted: int, updated: int) -> None:
        self.inserted += inserted
        self.updated += updated

    def merge(self, other: IntakeResult) -> None:
        """Add what another part of the same batch did (its rejects came with it)."""
        self.add(other.inserted, other.updated)
        self.rejected += other.rejected
        self.deceased_patients = other.deceased_patients | self.deceased_patients
        self.cancelled_tasks += other.cancelled_tasks
        self.unknown_wards |= other.unknown_wards
        self.held_patients |= other.held_patients


def _changed(obj: Model, values: dict[str, Any]) -> list[str]:
    """Set `values` on `obj`; the names of the fields that really changed."""
    changed = []
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _columns(model: type[Model]) -> list[str]:
    """Every stored column of `model` but its generated key (field names are column names here)."""
    pk = model._meta.pk_attr
    return [name for name in model._meta.fields_db_projection if not (name == pk and model._meta.pk.generated)]


async def _insert_new(model: type[Model], rows: list[dict[str, Any]]) -> int:
    """Insert new rows given as column values, the missing ones from the model's defaults.

    Tortoise's bulk_create builds a model object per row and converts every value through its
    field; at a peak day's twenty thousand lab results that cost more than the database's own
    work. The rows keep what that path checked (a text longer than its column is the same
    ValidationError) and go in as multi-row INSERT statements (COPY when many, services.bulk).
    """
    if not rows:
        return 0
    fields_map = model._meta.fields_map
    columns = _columns(model)
    stamp = tortoise_time.localtime()  # what Tortoise stamps auto_now fields with (not the freezable clock)
    defaults: dict[str, Any] = {}
    for name in columns:
        field = fields_map[name]
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            defaults[name] = stamp
        elif not callable(field.default):
            defaults[name] = field.default
    factories = {n: fields_map[n].default for n in columns if n not in defaults}  # e.g. list for JSON
    texts = [
        (i, field)
        for i, field in enumerate(fields_map[n] for n in columns)
        if isinstance(field, tfields.CharField) and not isinstance(field, tfields.data.CharEnumFieldInstance)
    ]
    values: list[list[Any]] = []
    for row in rows:
        ordered = [row[n] if n in row else (factories[n]() if n in factories else defaults[n]) for n in columns]
        for i, field in texts:
            value = ordered[i]
            if value is not None and (type(value) is not str or len(value) > field.max_length):
                # Tortoise's own conversion: str() of a non-text value, its ValidationError if too long
                ordered[i] = field.to_db_value(value, model)
        values.append(ordered)
    return await bulk.insert_rows(model, columns, values)


async def _save_all(model: type[M], new: list[dict[str, Any]], updates: list[tuple[M, list[str]]]) -> tuple[int, int]:
    """Insert the new rows (column values), update the changed objects; (inserted, updated)."""
    await _insert_new(model, new)
    by_fields: dict[tuple[str, ...], list[M]] = {}
    for obj, changed in updates:
        by_fields.setdefault(tuple(sorted(changed)), []).append(obj)
    stamp = now()
    for names, objs in by_fields.items():
        if "updated_at" in model._meta.fields_map:
            for obj in objs:  # bulk_update does not apply auto_now
                obj.updated_at = stamp
        await model.bulk_update(
            objs,
            fields=[*names, "updated_at"] if "updated_at" in model._meta.fields_map else list(names),
            batch_size=500,
        )
    return len(new), sum(len(v) for v in by_fields.values())


def _stale(stored: datetime | None, incoming: datetime | None) -> bool:
    """An update older than what we hold (a replayed or out-of-order message) changes nothing."""
    return stored is not None and incoming is not None and incoming < stored


def _known(values: dict[str, Any], keep: Iterable[str]) -> dict[str, Any]:
    """Drop the fields a record did not carry: a partial message (an HL7 transfer without the
    discharge time, a patient without a phone) never clears what we already know."""
    return {k: v for k, v in values.items() if not (k in keep and v in (None, "", [], ()))}


def _phones_json(raw: str | None) -> str | None:
    """Every number of a phone field, read by the one parser (unreadable ones kept with the reason)."""
    numbers = phones.parse_all(raw)
    return json.dumps([n.as_dict() for n in numbers], ensure_ascii=False) if numbers else None


def _phone_columns(phones_json: str | None) -> dict[str, Any]:
    """The patient's phone columns: all numbers encrypted, the first usable one as `phone` (what
    lists show and search finds) in its canonical form (0571-87706197-8021)."""
    numbers = [phones.PhoneNumber.from_dict(n) for n in json.loads(phones_json or "[]")]
    primary = phones.first(numbers)
    text = primary.text if primary else None
    return {
        "phone_cipher": encrypt(text),
        "phone_index": blind_index("phone", text),
        "phones_cipher": encrypt(phones_json),
    }


def _contacts_json(record: PatientRecord) -> str | None:
    """Family contacts, one entry per number (a field with two numbers gives two entries)."""
    entries = [
        {"name": c.name, "relation": c.relation, "phone": n.text, "valid": n.valid, "reason": n.reason}
        for c in record.contacts
        for n in phones.parse_all(c.phone)
    ]
    return json.dumps(entries, ensure_ascii=False) if entries else None


def _id_changed(patient: Patient, record: PatientRecord) -> bool:
    return record.id_number is not None and decrypt(patient.id_number_cipher) != record.id_number


def _another_person(known_name: str, known_birth: Any, record: PatientRecord) -> bool:
    """Same id, different name and different birth date: two people, not one person's update.

    A corrected name, or a birth date filled in later, is an update; both differing at once is
    what a shared or recycled id looks like (two feeds numbering patients independently).
    """
    return (
        bool(known_name and record.name)
        and known_name != record.name
        and known_birth is not None
        and record.birth_date is not None
        and known_birth != record.birth_date
    )


def _hold(record: PatientRecord, result: IntakeResult, reason: str) -> None:
    result.held_patients.add(record.his_id)
    result.rejected.append(Rejected("patient", record.his_id, reason, _payload(record), "duplicate_key"))


async def _patients(records: Sequence[PatientRecord], result: IntakeResult) -> dict[str, Patient]:
    latest: dict[str, PatientRecord] = {}
    for record in records:
        earlier = latest.get(record.his_id)
        if earlier is not None and _another_person(earlier.name, earlier.birth_date, record):
            _hold(record, result, f"同一批数据中患者 ID {record.his_id} 对应两个人（姓名和出生日期均不同），请人工核对")
        latest[record.his_id] = record  # a later record of the same patient wins
    for his_id in result.held_patients:
        latest.pop(his_id, None)
    existing, new_ids = await _resolve(latest, latest)
    for his_id, record in list(latest.items()):
        patient = existing.get(his_id)
        if patient is not None and _another_person(patient.name, patient.birth_date, record):
            _hold(
                record,
                result,
                f"患者 ID {his_id} 已属于另一位患者（姓名和出生日期均不同），未合并；"
                "请人工核对是否两个数据源共用了一个 ID",
            )
            del latest[his_id]
            del existing[his_id]
    new: list[dict[str, Any]] = []
    updates: list[tuple[Patient, list[str]]] = []
    for his_id, record in latest.items():
        values = {
            "name": record.name,
            "gender": record.gender,
            "birth_date": record.birth_date,
            "address": record.address[:255],
            "his_updated_at": record.updated_at,
        }
        contacts = _contacts_json(record)
        phones_json = _phones_json(record.phone)
        patient = existing.get(his_id)
        if patient is None:
            new.append(
                {
                    "his_id": new_ids[his_id],
                    "his_authority": split_key(his_id)[1],
                    **values,
                    "deceased_at": record.deceased_at,
                    **_phone_columns(phones_json),
                    "id_number_cipher": encrypt(record.id_number),
                    "id_number_index": blind_index("id_number", record.id_number),
                    "contacts_cipher": encrypt(contacts),
                }
            )
            continue
        if _stale(patient.his_updated_at, record.updated_at):
            continue
        names = _changed(patient, _known(values, ("birth_date", "address", "his_updated_at")))
        if not patient.his_authority and split_key(his_id)[1]:
            patient.his_authority = split_key(his_id)[1]  # a patient stored before authorities: claimed
            names.append("his_authority")
        if record.deceased_at and patient.deceased_at is None:
            patient.deceased_at = record.deceased_at
            names.append("deceased_at")
        if phones_json is not None and decrypt(patient.phones_cipher) != phones_json:
            names += _changed(patient, _phone_columns(phones_json))
        if _id_changed(patient, record):
            patient.id_number_cipher = encrypt(record.id_number)
            patient.id_number_index = blind_index("id_number", record.id_number)
            names += ["id_number_cipher", "id_number_index"]
        if contacts is not None and decrypt(patient.contacts_cipher) != contacts:
            patient.contacts_cipher = encrypt(contacts)
            names.append("contacts_cipher")
        if names:
            updates.append((patient, names))
    result.add(*await _save_all(Patient, new, updates))
    if new:  # the ids the database gave them
        stored_as = {new_ids[k]: k for k in latest if k not in existing}
        for patient in await Patient.filter(his_id__in=list(stored_as)):
            existing[stored_as[patient.his_id]] = patient
    for key, patient in existing.items():
        if patient.deceased_at is not None and key in latest and latest[key].deceased_at:
            result.deceased_patients[patient.id] = patient.deceased_at
    return existing


def split_key(key: str) -> tuple[str, str]:
    """A HIS patient key as the adapters give it: (id, assigning authority); HL7 writes `id^authority`
    (PID-3.1 and 3.4: `^` cannot occur inside an HL7 id), the other sources the bare id."""
    his_id, _, authority = key.partition("^")
    return his_id, authority


async def _resolve(
    keys: Iterable[str], records: dict[str, PatientRecord] | None = None
) -> tuple[dict[str, Patient], dict[str, str]]:
    """The stored patient of each key, and for keys without one the `his_id` a new patient gets.

    A patient is matched on (assigning authority, id). A patient is stored under the bare id, with
    its authority beside it (`his_authority`); a second authority's same id then becomes another
    patient, stored as `id^authority`. A patient stored before authorities were kept (or by a source
    that names none) is claimed by the first authority to send that id, unless the record shows
    another person (name and birth date both different): an existing feed keeps matching its
    patients, and two feeds' patients under one number are never merged.
    """
    wanted = sorted(set(keys))
    bare_ids = {split_key(k)[0] for k in wanted}
    rows = {p.his_id: p for p in await Patient.filter(his_id__in=list(set(wanted) | bare_ids))}
    found: dict[str, Patient] = {}
    new_ids: dict[str, str] = {}
    claimed: dict[str, str] = {}
    for key in wanted:
        if key in rows:
            found[key] = rows[key]
            continue
        bare, authority = split_key(key)
        row = rows.get(bare)
        record = records.get(key) if records else None
        if row is not None:
            owner = row.his_authority or claimed.get(bare, "")
            another = record is not None and _another_person(row.name, row.birth_date, record)
            if owner == authority or (not owner and not another):
                found[key] = row
                claimed[bare] = authority  # a second authority in the same batch does not claim it too
                continue
        taken = row is not None or bare in new_ids.values()
        new_ids[key] = key if taken else bare
    return found, new_ids


async def _lookup_patients(his_ids: Iterable[str], known: dict[str, Patient]) -> dict[str, Patient]:
    missing = [h for h in set(his_ids) if h not in known]
    if missing:
        found, _ = await _resolve(missing)
        known.update(found)
    return known


def _first(record: VisitRecord, kind: str) -> Any:
    """The main diagnosis of a kind: the lowest sequence number (1 = 主诊断), whatever the row order."""
    of_kind = [d for d in record.diagnoses if d.kind.value == kind]
    return min(of_kind, key=lambda d: d.seq) if of_kind else None


async def _visits(
    records: Sequence[VisitRecord], patients: dict[str, Patient], result: IntakeResult
) -> dict[str, Admission]:
    latest = {r.his_visit_id: r for r in records}
    await _lookup_patients((r.his_patient_id for r in latest.values()), patients)
    departments = await department_codes()
    existing = {a.his_visit_id: a for a in await Admission.filter(his_visit_id__in=list(latest))}
    new: list[dict[str, Any]] = []
    updates: list[tuple[Admission, list[str]]] = []
    accepted: dict[str, VisitRecord] = {}
    for visit_id, record in latest.items():
        patient = patients.get(record.his_patient_id)
        department = departments.get(record.department_code)
        problem: str | None = None
        cause: RejectCause = "invalid"
        if record.his_patient_id in result.held_patients:
            problem, cause = f"患者 {record.his_patient_id} 的身份待人工核对（见该患者的隔离记录）", "unknown_key"
        elif patient is None:
            problem = f"患者 {record.his_patient_id} 不存在（住院记录先于患者信息到达或患者被拒收）"
            cause = "unknown_key"
        elif department is None:
            problem = (
                f"科室编码 {record.department_code} 未在科室维护中登记"
                "（在科室维护中新增，或在科室编码对照中指向已有科室后重试）"
            )
            cause = "unknown_code"
        elif record.discharged_at is not None and record.discharged_at < record.admitted_at:
            problem = "出院时间早于入院时间"
        if problem:
            result.rejected.append(Rejected("visit", visit_id, problem, _payload(record), cause))
            continue
        assert patient is not None and department is not None
        ward = departments.get(record.ward_code) if record.ward_code else None
        if record.ward_code and ward is None:
            result.unknown_wards.add(record.ward_code)
        los = record.los_days
        if los is None and record.discharged_at is not None:
            los = max((record.discharged_at.date() - record.admitted_at.date()).days, 1)
        main = _first(record, "western")
        tcm = _first(record, "tcm_disease")
        syndrome = _first(record, "tcm_syndrome")
        values = {
            "patient_id": patient.id,
            "department_id": department.id,
            "ward_id": ward.id if ward else None,
            "inpatient_no": record.inpatient_no,
            "admission_times": record.admission_times,
            "bed_no": record.bed_no,
            "attending_name": record.attending_name,
            "admitted_at": record.admitted_at,
            "discharged_at": record.discharged_at,
            "disposition": record.disposition,
            "los_days": los,
            "main_diagnosis_code": main.code if main else "",
            "main_diagnosis_name": (main.name if main else "")[:128],
            "tcm_disease_code": tcm.code if tcm else "",
            "tcm_disease_name": (tcm.name if tcm else "")[:64],
            "tcm_syndrome_code": syndrome.code if syndrome else "",
            "tcm_syndrome_name": (syndrome.name if syndrome else "")[:64],
            "operations": list(record.operations),
            "his_updated_at": record.updated_at,
            "cancelled_at": None,  # a newer message of a withdrawn stay brings it back
        }
        accepted[visit_id] = record
        admission = existing.get(visit_id)
        if admission is None:
            new.append({"his_visit_id": visit_id, **values})
            continue
        if _stale(admission.his_updated_at, record.updated_at):
            del accepted[visit_id]  # an older message of this stay: nothing of it applies
            continue
        partial: tuple[str, ...] = (
            "discharged_at",
            "disposition",
            "los_days",
            "bed_no",
            "attending_name",
            "inpatient_no",
            "ward_id",
            "operations",
            "his_updated_at",
        )
        if not record.diagnoses:  # a message without diagnoses does not erase them
            partial += (
                "main_diagnosis_code",
                "main_diagnosis_name",
                "tcm_disease_code",
                "tcm_disease_name",
                "tcm_syndrome_code",
                "tcm_syndrome_name",
            )
        names = _changed(admission, _known(values, partial))
        if names:
            updates.append((admission, names))
    result.add(*await _save_all(Admission, new, updates))
    stored = {a.his_visit_id: a for a in await Admission.filter(his_visit_id__in=list(accepted))}
    await _link_waiting_labs([stored[a["his_visit_id"]] for a in new])
    await _diagnoses(accepted, stored, result)
    for visit_id, record in accepted.items():
        if record.disposition is DischargeDisposition.DEATH:
            # 离院方式 死亡 without a death time: the patient died by the discharge, not at our import
            died = record.discharged_at or now()
            result.deceased_patients.setdefault(stored[visit_id].patient_id, died)
    return stored


async def _link_waiting_labs(stays: list[Admission]) -> None:
    """Lab and exam reports that named a stay before it was here (the stay was quarantined, or came
    later) join it now, so department scope sees them as the stay's and not as outpatient ones."""
    by_visit = {s.his_visit_id: s for s in stays}
    if not by_visit:
        return
    for model in (LabReport, ExamReport):
        waiting = await model.filter(his_visit_id__in=list(by_visit), admission_id__isnull=True)
        for report in waiting:
            stay = by_visit[report.his_visit_id]
            if report.patient_id == stay.patient_id:  # never attach one patient's reports to another's stay
                report.admission_id = stay.id
        await _save_all(model, [], [(r, ["admission_id"]) for r in waiting if r.admission_id is not None])


async def department_codes() -> dict[str, Department]:
    """Every code a HIS may name a department by: its own code, then its aliases (科室编码对照);
    a department's own code wins over another's alias."""
    codes = {a.code: a.department for a in await DepartmentAlias.all().select_related("department")}
    codes.update({d.code: d for d in await Department.all()})
    return codes


async def _diagnoses(records: dict[str, VisitRecord], stays: dict[str, Admission], result: IntakeResult) -> None:
    """A stay's diagnoses are replaced as a whole when the HIS list changed."""
    ids = [stays[v].id for v in records]
    current: dict[int, set[tuple[str, int, str, str, bool]]] = {}
    for d in await Diagnosis.filter(admission_id__in=ids):
        current.setdefault(d.admission_id, set()).add((d.kind.value, d.seq, d.code, d.name, d.is_main))
    replace: list[int] = []
    new: list[dict[str, Any]] = []
    for visit_id, record in records.items():
        stay = stays[visit_id]
        wanted = {(d.kind.value, d.seq, d.code, d.name[:128], d.is_main) for d in record.diagnoses}
        if not wanted or wanted == current.get(stay.id, set()):
            continue  # no diagnoses in this record: keep the ones we have
        replace.append(stay.id)
        new += [
            {
                "admission_id": stay.id,
                "kind": d.kind,
                "seq": d.seq,
                "code": d.code,
                "name": d.name[:128],
                "is_main": d.is_main,
            }
            for d in {(d.kind, d.seq): d for d in record.diagnoses}.values()
        ]
    if replace:
        await Diagnosis.filter(admission_id__in=replace).delete()
    await _insert_new(Diagnosis, new)


async def _summaries(batch: Batch, stays: dict[str, Admission], result: IntakeResult) -> None:
    wanted = {s.his_visit_id: s for s in batch.summaries}
    missing = [v for v in wanted if v not in stays]
    for admission in await Admission.filter(his_visit_id__in=missing):
        stays[admission.his_visit_id] = admission
    existing = {
        s.admission_id: s
        for s in await DischargeSummary.filter(admission_id__in=[stays[v].id for v in wanted if v in stays])
    }
    new: list[dict[str, Any]] = []
    updates: list[tuple[DischargeSummary, list[str]]] = []
    for visit_id, record in wanted.items():
        stay = stays.get(visit_id)
        if stay is None:
            result.rejected.append(
                Rejected(
                    "summary", visit_id, f"出院小结对应的住院记录 {visit_id} 不存在", _payload(record), "unknown_key"
                )
            )
            continue
        values = {
            "his_document_id": record.document_id,
            "admission_condition": record.admission_condition,
            "treatment_course": record.treatment_course,
            "discharge_condition": record.discharge_condition,
            "discharge_orders": record.discharge_orders,
            "discharge_medication": record.discharge_medication,
            "signed_at": record.signed_at,
        }
        summary = existing.get(stay.id)
        if summary is None:
            new.append({"admission_id": stay.id, **values})
        elif names := _changed(summary, values):
            updates.append((summary, names))
    result.add(*await _save_all(DischargeSummary, new, updates))


async def _front_pages(batch: Batch, stays: dict[str, Admission], result: IntakeResult) -> None:
    wanted = {f.his_visit_id: f for f in batch.front_pages}
    for admission in await Admission.filter(his_visit_id__in=[v for v in wanted if v not in stays]):
        stays[admission.his_visit_id] = admission
    existing = {
        p.admission_id: p
        for p in await MedicalRecordFrontPage.filter(admission_id__in=[stays[v].id for v in wanted if v in stays])
    }
    new: list[dict[str, Any]] = []
    updates: list[tuple[MedicalRecordFrontPage, list[str]]] = []
    for visit_id, record in wanted.items():
        stay = stays.get(visit_id)
        if stay is None:
            result.rejected.append(
                Rejected(
                    "front_page", visit_id, f"病案首页对应的住院记录 {visit_id} 不存在", _payload(record), "unknown_key"
                )
            )
            continue
        values = {"standard": record.standard, "fields_data": record.fields, "total_cost": record.total_cost}
        page = existing.get(stay.id)
        if page is None:
            new.append({"admission_id": stay.id, **values})
        elif names := _changed(page, values):
            updates.append((page, names))
    result.add(*await _save_all(MedicalRecordFrontPage, new, updates))


def _result_values(record: Any) -> dict[str, Any]:
    low, high = normalise.reference_range(record.reference_raw)
    return {
        "code": record.code[:32],
        "name": record.name[:64],
        "value_raw": record.value_raw[:128],
        "value_numeric": normalise.number(record.value_raw),
        "unit": record.unit[:32],
        "reference_raw": record.reference_raw[:128],
        "reference_low": low,
        "reference_high": high,
        "flag": normalise.abnormal_flag(record.flag_raw, record.value_raw, record.reference_raw),
        "flag_raw": record.flag_raw[:16],
    }


async def _labs(
    records: Sequence[LabReportRecord], patients: dict[str, Patient], stays: dict[str, Admission], result: IntakeResult
) -> None:
    latest = {r.his_report_id: r for r in records}
    await _lookup_patients((r.his_patient_id for r in latest.values()), patients)
    visit_ids = [r.his_visit_id for r in latest.values() if r.his_visit_id and r.his_visit_id not in stays]
    for admission in await Admission.filter(his_visit_id__in=visit_ids):
        stays[admission.his_visit_id] = admission
    existing = {r.his_report_id: r for r in await LabReport.filter(his_report_id__in=list(latest))}
    new: list[dict[str, Any]] = []
    updates: list[tuple[LabReport, list[str]]] = []
    accepted: dict[str, LabReportRecord] = {}
    item_values: dict[str, list[dict[str, Any]]] = {}
    for report_id, record in latest.items():
        patient = patients.get(record.his_patient_id)
        if record.his_patient_id in result.held_patients:
            reason = f"患者 {record.his_patient_id} 的身份待人工核对（见该患者的隔离记录）"
            result.rejected.append(Rejected("lab", report_id, reason, _payload(record), "unknown_key"))
            continue
        if patient is None:
            result.rejected.append(
                Rejected(
                    "lab", report_id, f"检验报告的患者 {record.his_patient_id} 不存在", _payload(record), "unknown_key"
                )
            )
            continue
        item_values[report_id] = [_result_values(item) for item in record.results]  # normalised once
        if clash := _clashing_items(record, item_values[report_id]):
            result.rejected.append(Rejected("lab", report_id, clash, _payload(record), "duplicate_key"))
            continue
        stay = stays.get(record.his_visit_id) if record.his_visit_id else None
        values = {
            "patient_id": patient.id,
            "admission_id": stay.id if stay else None,
            "his_visit_id": (record.his_visit_id or "")[:64],
            "name": record.name[:64],
            "specimen": record.specimen[:32],
            "requested_at": record.requested_at,
            "reported_at": record.reported_at,
            # critical among the results the LIS flagged
            "has_critical": any(
                v["flag"] is AbnormalFlag.CRITICAL
                for r, v in zip(record.results, item_values[report_id], strict=True)
                if r.flag_raw
            ),
        }
        accepted[report_id] = record
        report = existing.get(report_id)
        if report is None:
            new.append({"his_report_id": report_id, **values})
        elif names := _changed(report, values):
            updates.append((report, names))
    result.add(*await _save_all(LabReport, new, updates))
    reports = {r.his_report_id: r for r in await LabReport.filter(his_report_id__in=list(accepted))}
    current: dict[tuple[int, int], LabResult] = {
        (r.report_id, r.item_no): r for r in await LabResult.filter(report_id__in=[r.id for r in reports.values()])
    }
    new_results: list[dict[str, Any]] = []
    result_updates: list[tuple[LabResult, list[str]]] = []
    for report_id, record in accepted.items():
        report = reports[report_id]
        normalised = zip(record.results, item_values[report_id], strict=True)
        for item, values in {item.item_no: (item, values) for item, values in normalised}.values():  # repeats once
            row = current.get((report.id, item.item_no))
            if row is None:
                new_results.append({"report_id": report.id, "item_no": item.item_no, **values})
            elif names := _changed(row, values):
                result_updates.append((row, names))
    result.add(*await _save_all(LabResult, new_results, result_updates))


async def _exams(
    records: Sequence[ExamReportRecord],
    patients: dict[str, Patient],
    stays: dict[str, Admission],
    result: IntakeResult,
) -> None:
    """检查报告: stored like a lab report's header (a patient, perhaps a stay), replaced when re-sent."""
    latest = {r.his_report_id: r for r in records}
    await _lookup_patients((r.his_patient_id for r in latest.values()), patients)
    visit_ids = [r.his_visit_id for r in latest.values() if r.his_visit_id and r.his_visit_id not in stays]
    for admission in await Admission.filter(his_visit_id__in=visit_ids):
        stays[admission.his_visit_id] = admission
    existing = {r.his_report_id: r for r in await ExamReport.filter(his_report_id__in=list(latest))}
    new: list[dict[str, Any]] = []
    updates: list[tuple[ExamReport, list[str]]] = []
    for report_id, record in latest.items():
        patient = patients.get(record.his_patient_id)
        if record.his_patient_id in result.held_patients:
            reason = f"患者 {record.his_patient_id} 的身份待人工核对（见该患者的隔离记录）"
            result.rejected.append(Rejected("exam", report_id, reason, _payload(record), "unknown_key"))
            continue
        if patient is None:
            reason = f"检查报告的患者 {record.his_patient_id} 不存在"
            result.rejected.append(Rejected("exam", report_id, reason, _payload(record), "unknown_key"))
            continue
        stay = stays.get(record.his_visit_id) if record.his_visit_id else None
        values = {
            "patient_id": patient.id,
            "admission_id": stay.id if stay else None,
            "his_visit_id": (record.his_visit_id or "")[:64],
            "exam_type": record.exam_type[:32],
            "item_name": record.item_name[:128],
            "body_part": record.body_part[:64],
            "findings": record.findings,
            "conclusion": record.conclusion,
            "reported_at": record.reported_at,
            "reporting_doctor": record.reporting_doctor[:32],
        }
        report = existing.get(report_id)
        if report is None:
            new.append({"his_report_id": report_id, **values})
        elif names := _changed(report, values):
            updates.append((report, names))
    result.add(*await _save_all(ExamReport, new, updates))


def _clashing_items(record: LabReportRecord, normalised: list[dict[str, Any]]) -> str | None:
    """Why a report cannot be stored as sent: two different results under one item number.

    The same row twice (a view joined once too often) is harmless and kept once; two different
    results under one number cannot both be right, and picking one would be a guess.
    """
    seen: dict[int, dict[str, Any]] = {}
    for item, values in zip(record.results, normalised, strict=True):  # `_result_values` of each
        first = seen.setdefault(item.item_no, values)
        if first != values:
            shown = f"{first['name']}={first['value_raw']} 与 {values['name']}={values['value_raw']}"
            return (
                f"检验报告 {record.his_report_id} 的项目序号 {item.item_no} 重复且结果不同（{shown}），"
                "整份报告未入库：请 HIS 修正后重试"
            )
    return None


def _payload(record: Any) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if hasattr(value, "__dataclass_fields__"):
            return {k: plain(getattr(value, k)) for k in value.__dataclass_fields__}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if hasattr(value, "isoformat"):
            return value.isoformat()
        if hasattr(value, "value"):
            return value.value
        return value if isinstance(value, str | int | float | bool) or value is None else str(value)

    data = plain(record)
    # Quarantine keeps what is needed to retry, but not a phone or ID number in clear.
    for secret in ("phone", "id_number", "contacts"):
        data.pop(secret, None)
    return data


# Why a stay's open tasks end when the HIS withdraws an event of it.
CANCELLED_BY = {"discharge": CancelReason.NOT_DISCHARGED, "admission": CancelReason.VISIT_CANCELLED}


async def _cancellations(records: Sequence[VisitCancellation], result: IntakeResult) -> None:
    """Withdraw discharges (A13) and whole stays (A11).

    Either way the stay is no longer discharged (time, disposition and length of stay cleared, so
    it leaves the discharge statistics and task generation) and its open tasks are cancelled. A
    correction older than what we hold of the stay (a replay after the HIS discharged it again) is
    ignored; a stay we do not have, or of another patient, is refused for the quarantine.
    """
    stays = {
        a.his_visit_id: a
        for a in await Admission.filter(his_visit_id__in=[r.his_visit_id for r in records]).select_related("patient")
    }
    moment = now()
    for record in records:  # in message order: rare, and an A13 then A11 of one stay must both apply
        stay = stays.get(record.his_visit_id)
        what = "撤销入院" if record.event == "admission" else "撤销出院"
        problem: str | None = None
        cause: RejectCause = "invalid"
        if stay is None:
            problem, cause = f"住院记录 {record.his_visit_id} 不存在，无法{what}", "unknown_key"
        elif stay.patient.his_id not in (record.his_patient_id, split_key(record.his_patient_id)[0]):
            visit, owner, sender = record.his_visit_id, stay.patient.his_id, record.his_patient_id
            problem = f"住院记录 {visit} 属于患者 {owner}，不是消息中的患者 {sender}，未{what}"
        if problem:
            result.rejected.append(Rejected(record.entity, record.his_visit_id, problem, _payload(record), cause))
            continue
        assert stay is not None
        if _stale(stay.his_updated_at, record.updated_at):
            continue  # the HIS changed the stay after this correction: it no longer applies
        values: dict[str, Any] = {"discharged_at": None, "disposition": None, "los_days": None}
        if record.event == "admission":
            values["cancelled_at"] = stay.cancelled_at or record.updated_at or moment
        if record.updated_at is not None:
            values["his_updated_at"] = record.updated_at  # so a replayed older discharge stays withdrawn
        if names := _changed(stay, values):
            result.add(*await _save_all(Admission, [], [(stay, names)]))
        result.cancelled_tasks += await FollowUpTask.filter(admission_id=stay.id, status__in=OPEN_TASKS).update(
            status=TaskStatus.CANCELLED, cancel_reason=CANCELLED_BY[record.event], updated_at=moment
        )


async def cancel_open_tasks(patient_ids: Iterable[int]) -> int:
    return await FollowUpTask.filter(patient_id__in=list(patient_ids), status__in=OPEN_TASKS).update(
        status=TaskStatus.CANCELLED, cancel_reason=CancelReason.DECEASED, updated_at=now()
    )


async def ingest(batch: Batch, run_id: int | None = None) -> IntakeResult:
    """Store a batch; records that cannot be stored come back as rejected, the rest are stored.

    The batch goes in as one transaction. Should the database refuse it (a constraint the adapter
    could not foresee), one bad record must not cost the others (interface spec §7): the batch is
    stored again patient by patient, and a patient's records that still fail one by one, so only
    the records the database refuses are quarantined, each named by its HIS keys.

    `run_id`: the SyncRun counts what each transaction stored in that same transaction, so a
    process killed half-way leaves a run whose counts are the rows really committed.
    """
    try:
        return await _ingest_whole(batch, run_id)
    except DATABASE_REFUSALS as exc:
        log.warning("HIS batch refused by the database (%s); storing it record by record", type(exc).__name__)
        groups = _by_patient(batch)
        result = IntakeResult(rejected=list(batch.rejected))
        for group in groups:
            # a batch of one patient has just failed whole: straight to its records one by one
            stored = await _ingest_or_none(group, run_id) if len(groups) > 1 else None
            result.merge(stored or await _ingest_pieces(group, run_id))
        return result


async def _ingest_or_none(batch: Batch, run_id: int | None) -> IntakeResult | None:
    try:
        return await _ingest_whole(batch, run_id)
    except DATABASE_REFUSALS:
        return None


async def _ingest_whole(batch: Batch, run_id: int | None = None) -> IntakeResult:
    result = IntakeResult(rejected=list(batch.rejected))
    async with in_transaction():
        await _store_batch(batch, result)
        if run_id is not None and (result.inserted or result.updated):
            await SyncRun.filter(id=run_id).update(
                inserted=F("inserted") + result.inserted, updated=F("updated") + result.updated
            )
    return result


async def _store_batch(batch: Batch, result: IntakeResult) -> None:
    patients = await _patients(batch.patients, result)
    stays = await _visits(batch.visits, patients, result)
    await _summaries(batch, stays, result)
    await _front_pages(batch, stays, result)
    await _labs(batch.labs, patients, stays, result)
    if batch.exams:
        await _exams(batch.exams, patients, stays, result)
    if batch.cancellations:
        await _cancellations(batch.cancellations, result)
    if result.deceased_patients:
        for patient_id, died in result.deceased_patients.items():
            await Patient.filter(id=patient_id, deceased_at__isnull=True).update(deceased_at=died)
        result.cancelled_tasks = await cancel_open_tasks(result.deceased_patients)


def _by_patient(batch: Batch) -> list[Batch]:
    """The batch cut into one batch per patient (its stays, documents and labs with it), in order;
    the adapter's own rejects are not in any of them."""
    owner = {v.his_visit_id: v.his_patient_id for v in batch.visits}
    groups: dict[str, Batch] = {}

    def of(patient_id: str) -> Batch:
        return groups.setdefault(patient_id, Batch(watermark=batch.watermark))

    for patient in batch.patients:
        of(patient.his_id).patients.append(patient)
    for visit in batch.visits:
        of(visit.his_patient_id).visits.append(visit)
    for summary in batch.summaries:
        of(owner.get(summary.his_visit_id, f"visit:{summary.his_visit_id}")).summaries.append(summary)
    for page in batch.front_pages:
        of(owner.get(page.his_visit_id, f"visit:{page.his_visit_id}")).front_pages.append(page)
    for lab in batch.labs:
        of(lab.his_patient_id).labs.append(lab)
    for exam in batch.exams:
        of(exam.his_patient_id).exams.append(exam)
    for cancellation in batch.cancellations:
        of(cancellation.his_patient_id).cancellations.append(cancellation)
    return list(groups.values())  # the adapter's own rejects stay with the caller


_PIECES: tuple[tuple[str, str, str], ...] = (
    # (Batch attribute, quarantine entity, the record's HIS key), in the order records depend on
    ("patients", "patient", "his_id"),
    ("visits", "visit", "his_visit_id"),
    ("summaries", "summary", "his_visit_id"),
    ("front_pages", "front_page", "his_visit_id"),
    ("labs", "lab", "his_report_id"),
    ("exams", "exam", "his_report_id"),
    ("cancellations", "", "his_visit_id"),
)


async def _ingest_pieces(batch: Batch, run_id: int | None) -> IntakeResult:
    """Each record of a batch on its own; a record the database still refuses is quarantined."""
    result = IntakeResult()
    for attribute, entity, key in _PIECES:
        for record in getattr(batch, attribute):
            piece = Batch(watermark=batch.watermark)
            getattr(piece, attribute).append(record)
            try:
                result.merge(await _ingest_whole(piece, run_id))
            except DATABASE_REFUSALS as exc:
                name = entity or record.entity
                reason = f"数据库拒收{ENTITY_NAMES.get(name, name)} {getattr(record, key)}：{_first_line(exc)}"
                result.rejected.append(Rejected(name, getattr(record, key), reason, _payload(record)))
    return result


ENTITY_NAMES = {
    "patient": "患者",
    "visit": "住院记录",
    "summary": "出院小结",
    "front_page": "病案首页",
    "lab": "检验报告",
    "exam": "检查报告",
}


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]


def seal(payload: dict[str, Any]) -> dict[str, Any]:
    """Whatever came from outside may hold names, phones and ID numbers (a raw row, an HL7
    segment, a FHIR resource): the quarantine keeps it encrypted, readable only for a retry."""
    return {"sealed": encrypt(json.dumps(payload, ensure_ascii=False, default=str))}


def unseal(payload: dict[str, Any]) -> dict[str, Any]:
    if "sealed" not in payload:
        return payload
    opened: dict[str, Any] = json.loads(decrypt(payload["sealed"]) or "{}")
    return opened


async def quarantine(source: str, rejected: Sequence[Rejected], run: SyncRun | None) -> int:
    """Keep each rejected record once per (source, entity, id), with its latest reason; how many
    were not already waiting open in the quarantine (new, or back after they had been resolved).

    In bulk: a day whose mapping misses a department rejects hundreds of records, and a round
    trip or four for each was a third of the pull. Should a concurrent intake quarantine one of
    them first, the records are kept one by one instead.
    """
    latest: dict[tuple[str, str], tuple[Rejected, int]] = {}  # the last of each, and how often
    for item in rejected:
        key = (item.entity, item.external_id[:128])
        latest[key] = (item, latest[key][1] + 1 if key in latest else 1)
    if not latest:
        return 0
    fresh = 0
    try:
        async with in_transaction():
            kept = await QuarantinedRecord.filter(source=source, external_id__in={k[1] for k in latest})
            existing = {(r.entity, r.external_id): r for r in kept}
            new: list[dict[str, Any]] = []
            updates: list[tuple[QuarantinedRecord, list[str]]] = []
            for key, (item, times) in latest.items():
                payload = seal(item.payload)
                record = existing.get(key)
                if record is None:
                    new.append(
                        {
                            "source": source,
                            "entity": key[0],
                            "external_id": key[1],
                            "payload": payload,
                            "reason": item.reason,
                            "sync_run_id": run.id if run else None,
                            "attempts": times,
                        }
                    )
                    fresh += 1
                    continue
                fresh += record.resolved_at is not None
                record.payload, record.reason, record.sync_run_id = payload, item.reason, run.id if run else None
                record.attempts += times
                record.resolved_at = None
                updates.append((record, ["payload", "reason", "sync_run_id", "attempts", "resolved_at"]))
            await _save_all(QuarantinedRecord, new, updates)
    except IntegrityError:
        fresh = 0
        for item in rejected:
            fresh += await _quarantine_one(source, item, run)
    return fresh


async def _quarantine_one(source: str, item: Rejected, run: SyncRun | None) -> bool:
    payload = seal(item.payload)
    record, created = await QuarantinedRecord.get_or_create(
        source=source,
        entity=item.entity,
        external_id=item.external_id[:128],
        defaults={"payload": payload, "reason": item.reason, "sync_run": run},
    )
    if created:
        return True
    reopened = record.resolved_at is not None
    record.payload, record.reason, record.sync_run = payload, item.reason, run
    record.attempts += 1
    record.resolved_at = None
    await record.save(update_fields=["payload", "reason", "sync_run_id", "attempts", "resolved_at", "updated_at"])
    return reopened


async def resolve_quarantined(source: str, stored: Batch) -> int:
    """Mark quarantined records that now went in as resolved."""
    keys = [("patient", p.his_id) for p in stored.patients] + [("visit", v.his_visit_id) for v in stored.visits]
    keys += [("diagnosis", v.his_visit_id) for v in stored.visits]
    keys += (
        [("lab", r.his_report_id) for r in stored.labs]
        + [("exam", r.his_report_id) for r in stored.exams]
        + [("summary", s.his_visit_id) for s in stored.summaries]
    )
    keys += [("front_page", f.his_visit_id) for f in stored.front_pages]
    keys += [(c.entity, c.his_visit_id) for c in stored.cancellations]
    resolved = 0
    for entity in {k[0] for k in keys}:
        ids = [k[1] for k in keys if k[0] == entity]
        resolved += await QuarantinedRecord.filter(
            source=source, entity=entity, external_id__in=ids, resolved_at__isnull=True
        ).update(resolved_at=now())
    return resolved
