"""HL7 v2 adapter over the public sample messages of the shared reference corpus."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from backend.clock import SHANGHAI
from backend.models.choices import AbnormalFlag, DiagnosisKind, Gender
from integrations.his import normalise
from integrations.his.hl7 import parse, parse_message
from tests.reference.conftest import corpus_files

SAMPLES = {p.name: p for p in corpus_files("samples/hl7v2", "*.hl7")}
SAMPLE_FILES = sorted(SAMPLES)


# These senders mark their stays P (preadmit) in PV1-2: a site like that declares P an inpatient
# class (HIS__HL7_INPATIENT_CLASSES=I,P).
PREADMIT_TOO = frozenset({"I", "P"})


def sample(name: str) -> bytes:
    return SAMPLES[name].read_bytes()


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_every_sample_parses_into_records_or_reasons(name: str) -> None:
    batch = parse_message(sample(name))
    assert batch.fetched > 0
    for rejected in batch.rejected:
        assert rejected.reason and not rejected.reason.isascii()  # a Chinese reason
        assert set(rejected.payload) >= {"segment", "message_control_id"}


def test_sample_files_are_all_covered() -> None:
    assert len(SAMPLE_FILES) == 8


def test_hapi_a03_keeps_patient_and_rejects_visit_without_admit_time() -> None:
    parsed = parse(sample("hapi__adt_a03.hl7"))
    batch = parsed.batch
    assert parsed.header.control_id == "263206" and parsed.header.label == "ADT^A03"
    [patient] = batch.patients
    assert patient.his_id == "5520255^PK"  # the first id that is not a registry number (CF/SSN)
    assert (patient.name, patient.gender, patient.birth_date) == ("ZZZ ZZZ", Gender.FEMALE, date(1983, 8, 24))
    assert patient.deceased_at is None  # PID-30 = N
    assert batch.visits == []
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("visit", "2008003369")
    assert rejected.reason == "缺少入院时间（PV1-44）"
    assert rejected.payload["message_control_id"] == "263206"
    assert rejected.payload["segment"].startswith("PV1||I|6402DH")
    assert "PR1|1||1111^Mastoplastica" in rejected.payload["segment"]


def test_msconv_a01_maps_patient_visit_diagnosis_and_death() -> None:
    batch = parse_message(sample("msconv__ADT-A01-01.hl7"), inpatient_classes=PREADMIT_TOO)
    assert batch.rejected == []
    [patient] = batch.patients
    assert patient.his_id == "PATID1234^test1"  # PID-3 typed MR, not the SS number
    assert patient.name == "EVERYMAN ADAM A"
    assert patient.birth_date == date(1988, 8, 18)  # the date as written, despite the +0215 offset
    assert patient.phone == "78788788/12121212"  # every number of PID-13 kept, the mobile (CP) first
    assert patient.id_number is None  # PID-19 holds a US SSN, not a resident ID
    assert patient.deceased_at == datetime.fromisoformat("2008-08-25T11:16:30+01:15")
    assert [(c.name, c.relation, c.phone) for c in patient.contacts] == [("Evan ADAM A", "test", "121111")]
    [visit] = batch.visits
    assert (visit.his_visit_id, visit.his_patient_id) == ("40007716", "PATID1234^test1")
    assert (visit.department_code, visit.ward_code, visit.bed_no) == ("SUR", "HUH AE OMU", "Bed 03")
    assert visit.admitted_at == datetime.fromisoformat("2015-02-08T11:34:19+01:10")
    assert visit.discharged_at is None and visit.disposition is None
    assert visit.attending_name == "Alaz Mohammed Mahi"
    [diagnosis] = visit.diagnoses
    assert (diagnosis.code, diagnosis.name, diagnosis.kind, diagnosis.is_main) == (
        "422504002",
        "Ischemic stroke(disorder)",
        DiagnosisKind.WESTERN,
        True,
    )
    assert visit.operations == (
        {
            "seq": 1,
            "code": "76164006",
            "name": "Biopsy of colon (procedure)",
            "performed_at": "2005-01-25T18:40:00+08:00",
        },
    )


def test_msconv_a03_sets_the_discharge_time() -> None:
    batch = parse_message(sample("msconv__ADT-A03-02.hl7"), inpatient_classes=PREADMIT_TOO)
    assert batch.rejected == []
    [visit] = batch.visits
    assert visit.his_visit_id == "40007716"
    assert visit.admitted_at == datetime.fromisoformat("2015-02-08T11:34:19+01:10")
    assert visit.discharged_at == datetime.fromisoformat("2015-02-09T11:34:19+01:10")
    assert visit.discharged_at.tzinfo == SHANGHAI
    assert [p.his_id for p in batch.patients] == ["PATID1234^test1"]


def test_msconv_a08_updates_patient_and_visit() -> None:
    batch = parse_message(sample("msconv__ADT-A08-01.hl7"), inpatient_classes=PREADMIT_TOO)
    assert batch.rejected == []
    assert [(p.his_id, p.name) for p in batch.patients] == [("PATID1234^test1", "EVERYMAN ADAM A")]
    [visit] = batch.visits
    assert visit.discharged_at == datetime.fromisoformat("2015-02-09T11:34:19+01:10")
    assert [d.name for d in visit.diagnoses] == ["Ischemic stroke(disorder)"]


def test_msconv_adt01_with_bom_maps_patient_contact_and_visit() -> None:
    raw = sample("msconv__ADT01-23.hl7")
    assert raw.startswith(b"\xef\xbb\xbf")
    parsed = parse(raw)
    assert parsed.header.control_id == "599102"
    batch = parsed.batch
    assert batch.rejected == []
    [patient] = batch.patients
    assert (patient.his_id, patient.name, patient.gender) == ("10006579^1", "DUCK DONALD D", Gender.MALE)
    assert patient.birth_date == date(1924, 10, 10)
    assert patient.phone == "8885551212"
    assert patient.address == "111 DUCK ST, FOWL, CA, 999990000"
    assert [(c.name, c.relation, c.phone) for c in patient.contacts] == [("DUCK HUEY", "SO", "8885552222")]
    [visit] = batch.visits
    assert (visit.his_visit_id, visit.department_code, visit.ward_code, visit.bed_no) == (
        "40007716",
        "01",
        "PREOP",
        "1",
    )
    assert visit.admitted_at == datetime.fromisoformat("2005-01-10T04:55:02+07:00")
    assert visit.attending_name == "DISNEY WALT"
    assert [(d.code, d.name, d.is_main) for d in visit.diagnoses] == [("71596", "OSTEOARTHROS NOS-L/LEG", True)]


def test_msconv_lab_oru_maps_two_reports_with_flags() -> None:
    batch = parse_message(sample("msconv__LAB-ORU-1.hl7"))
    assert batch.rejected == []
    assert [p.his_id for p in batch.patients] == ["10006579^1"]
    first, second = batch.labs
    assert (first.his_report_id, first.his_patient_id, first.specimen) == ("82503246", "10006579^1", "BLD")
    assert first.name == "Hemogram and platelet count, automated"
    assert [(r.item_no, r.code, r.name, r.value_raw, r.unit, r.flag_raw) for r in first.results] == [
        (1, "11156-7", "LEUKOCYTES", "", "", ""),  # still in process (OBX-11 = I)
        (2, "11273-0", "ERYTHROCYTES", "4.06", "tera.l-1", "N"),
        (3, "20509-6", "HEMOGLOBIN", "", "", ""),
        (4, "20570-8", "HEMATOCRIT", "40.1", "%", "N"),
        (5, "11125-2", "PLATELETS", "221", "giga.l-1", "N"),
    ]
    assert second.his_report_id == "890775544"
    assert [(r.name, r.value_raw) for r in second.results][:2] == [
        ("NEUTROPHILS/100 LEUKOCYTES", "72"),
        ("EOSINOPHILS/100 LEUKOCYTES", "2"),
    ]
    assert {normalise.abnormal_flag(r.flag_raw, r.value_raw) for r in second.results} == {AbnormalFlag.NORMAL}


def test_msconv_oru_links_visit_and_rejects_observations_outside_any_order() -> None:
    batch = parse_message(sample("msconv__ORU-R01-01.hl7"))
    [patient] = batch.patients
    assert (patient.his_id, patient.name) == ("14^IA PHIMS Stage", "Finn Huckleberry")  # PID-3 typed PI
    [report] = batch.labs
    assert (report.his_report_id, report.his_visit_id, report.specimen) == ("986", "40007716", "Serum")
    assert report.requested_at == datetime.fromisoformat("2020-10-10T17:00:00+02:15")
    assert report.reported_at == datetime.fromisoformat("2002-03-15T07:30:00+02:15")
    assert [(r.code, r.value_raw, r.unit, r.reference_raw, r.flag_raw) for r in report.results] == [
        ("625-4", "Salmonella", "beats/min", "70-80", "A"),  # CWE value: its text
        ("1063-7", "https://testurl.com", "", "", ""),  # RP: the pointer
        ("8867-4", "27; 25", "", "", ""),  # two repetitions
    ]
    assert [(r.entity, r.reason) for r in batch.rejected] == [
        ("lab_result", "检验结果不属于任何检验报告（OBX 之前没有 OBR）"),
        ("lab_result", "检验结果不属于任何检验报告（OBX 之前没有 OBR）"),
    ]
    assert batch.rejected[1].payload["segment"].startswith("OBX||ED|")


def test_pythonhl7_invalid_birth_date_is_a_rejected_patient_not_an_exception() -> None:
    raw = sample("pythonhl7__sample_hl7.hl7")
    assert b"\n" not in raw  # CR separators only
    batch = parse_message(raw)
    assert batch.patients == []
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("patient", "555-44-4444")
    assert rejected.reason == "出生日期格式无法识别：196203520"
    assert rejected.payload["location"] == "PID-7"
    assert rejected.payload["message_control_id"] == "CNTRL-3456"
    # The lab report is still delivered: intake files it if the patient is known, else quarantines it.
    [report] = batch.labs
    assert (report.his_report_id, report.his_patient_id, report.name) == ("1045813", "555-44-4444", "GLUCOSE")
    assert [(r.code, r.value_raw, r.unit, r.reference_raw, r.flag_raw) for r in report.results] == [
        ("1554-5", "182", "mg/dl", "70_105", "H"),  # SN '^182' -> '182'
        ("1553-5", "182", "mg/dl", "70_105", "H"),
    ]
    assert normalise.abnormal_flag(report.results[0].flag_raw) is AbnormalFlag.HIGH


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_cr_lf_crlf_and_bom_variants_give_identical_batches(name: str) -> None:
    text = sample(name).decode("utf-8").removeprefix("\ufeff")
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    variants = [
        "\r".join(lines) + "\r",
        "\n".join(lines) + "\n",
        "\r\n".join(lines),
        "\ufeff" + "\r".join(lines),
    ]
    batches = [parse_message(v.encode()) for v in variants] + [parse_message(variants[1])]
    assert all(b == batches[0] for b in batches[1:])
