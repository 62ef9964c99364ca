"""FHIR R4 adapter: our fixture bundles, a synthetic Chinese bundle built here, and a loopback server."""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from backend import phones
from backend.clock import SHANGHAI
from backend.models.choices import AbnormalFlag, DiagnosisKind, DischargeDisposition, Gender
from integrations.his import normalise
from integrations.his.base import Batch
from integrations.his.fhir import FhirSource, FhirSourceError, bundle_to_batch
from tests.loopback.fhir import PAGE_SIZE, Resource, ServerState, instant, serve, server_resources

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
BUNDLES = FIXTURES / "fhir-r4"
CDA_FIXTURES = FIXTURES / "cda"


def load(name: str) -> dict[str, Any]:
    return json.loads((BUNDLES / f"{name}.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# The fixture bundles (tests/fixtures/fhir-r4: transaction exports with urn:uuid references, like
# a HIS's FHIR export; hospital_directory.json holds the departments, wards and beds they name)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    patient_id: str
    name: str
    gender: Gender
    birth_date: date
    id_number: str
    phone: str
    inpatient_stays: int
    lab_reports: int
    deceased_at: datetime | None = None


def _patient_id(n: int) -> str:
    return f"5a0e7b1c-{n}000-4000-8000-000000000001"


EXPECTED = {
    "zhang_wei": Expected(
        _patient_id(1), "张伟", Gender.MALE, date(1958, 3, 12), "110105195803120037", "13800000101", 1, 3
    ),
    "li_guiying": Expected(
        _patient_id(2),
        "李桂英",
        Gender.FEMALE,
        date(1941, 11, 2),
        "31010419411102004X",
        "13800000201",
        2,
        2,
        datetime(2026, 2, 20, 22, 15, tzinfo=UTC),
    ),
    # The official name wins over the old one; the phone is written with blanks.
    "wang_fang": Expected(
        _patient_id(3), "王芳", Gender.FEMALE, date(1985, 7, 19), "44030419850719006X", "13800000301", 1, 1
    ),
    # A birth month without a day ("1990-05") reads as the first of the month.
    "zhao_qiang": Expected(
        _patient_id(4), "赵强", Gender.MALE, date(1990, 5, 1), "410102199005010079", "13800000401", 1, 1
    ),
}
DIRECTORY = "hospital_directory"


def test_every_fixture_bundle_is_covered() -> None:
    assert {p.stem for p in BUNDLES.glob("*.json")} == {*EXPECTED, DIRECTORY}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_bundle_maps_patient_stays_and_labs(name: str) -> None:
    expected = EXPECTED[name]
    batch = bundle_to_batch(load(name))

    assert batch.rejected == []
    (patient,) = batch.patients
    assert (patient.his_id, patient.name, patient.gender) == (expected.patient_id, expected.name, expected.gender)
    assert (patient.birth_date, patient.id_number, phones.parse_all(patient.phone)[0].text) == (
        expected.birth_date,
        expected.id_number,
        expected.phone,
    )
    assert patient.address.startswith("示例省")
    assert patient.deceased_at == expected.deceased_at
    assert len(batch.visits) == expected.inpatient_stays
    assert all(v.his_patient_id == expected.patient_id and v.department_code for v in batch.visits)
    assert all(v.admitted_at.tzinfo is not None and v.discharged_at for v in batch.visits)
    assert len(batch.labs) == expected.lab_reports
    assert all(r.his_patient_id == expected.patient_id and r.results for r in batch.labs)
    assert all(item.value_raw for report in batch.labs for item in report.results)
    # Exports carry no meta.lastUpdated.
    assert batch.watermark is None


def test_deceased_fixture_patient_is_exactly_the_one_with_a_death_time() -> None:
    deceased = {p: e.deceased_at for p, e in EXPECTED.items() if e.deceased_at}
    assert set(deceased) == {"li_guiying"}
    batch = bundle_to_batch(load("li_guiying"))
    (patient,) = batch.patients
    assert patient.deceased_at == deceased["li_guiying"]
    assert patient.deceased_at.tzinfo == SHANGHAI
    assert (patient.deceased_at.day, patient.deceased_at.hour) == (21, 6)  # 22:15 UTC is 06:15 next day here
    # The stay she died in ends with NUBC 20 (expired): 离院方式 死亡.
    assert [v.disposition for v in batch.visits] == [DischargeDisposition.ORDERED, DischargeDisposition.DEATH]


def test_fixture_stay_carries_ranked_diagnoses_department_ward_bed_and_disposition() -> None:
    batch = bundle_to_batch(load("zhang_wei"))
    (stay,) = batch.visits  # the outpatient review is not a stay, nor is its diagnosis one of it
    assert (stay.his_visit_id, stay.inpatient_no) == ("5a0e7b1c-1000-4000-8000-000000000011", "ZY2026000101")
    # The department is the serviceProvider Organization's identifier; ward and bed are Locations.
    assert (stay.department_code, stay.ward_code, stay.bed_no) == ("0101", "0101W1", "12")
    assert stay.attending_name == "赵明"
    # NUBC 01 "Discharged to home" is 医嘱离院.
    assert stay.disposition is DischargeDisposition.ORDERED
    # ICD-10 is preferred over SNOMED CT; GB/T 15657 codes are TCM diseases or syndromes.
    assert [(d.seq, d.code, d.name, d.kind, d.is_main) for d in stay.diagnoses] == [
        (1, "I25.1", "动脉硬化性心脏病", DiagnosisKind.WESTERN, True),
        (2, "A04.01.01", "胸痹心痛病", DiagnosisKind.TCM_DISEASE, False),
        (3, "B02.01.03.01", "气虚血瘀证", DiagnosisKind.TCM_SYNDROME, False),
    ]


def test_fixture_lab_report_keeps_values_units_codes_ranges_and_flags() -> None:
    labs = {r.his_report_id: r for r in bundle_to_batch(load("zhang_wei")).labs}
    report = labs["5a0e7b1c-1000-4000-8000-000000000030"]
    assert (report.name, report.specimen) == ("血常规", "静脉血")
    assert report.his_visit_id == "5a0e7b1c-1000-4000-8000-000000000011"
    assert report.reported_at == datetime(2026, 1, 6, 10, 12, tzinfo=SHANGHAI)
    assert [(r.item_no, r.code, r.name, r.value_raw, r.unit, r.reference_raw, r.flag_raw) for r in report.results] == [
        (1, "6690-2", "白细胞计数", "11.2", "10*9/L", "3.5~9.5", "H"),
        (2, "718-7", "血红蛋白", "128", "g/L", "130~175", "L"),
        (3, "777-3", "血小板计数", "210", "10*9/L", "125~350", "N"),
        (4, "770-8", "中性粒细胞百分比", "78.5", "%", "40~75", "H"),
    ]
    liver_kidney = labs["5a0e7b1c-1000-4000-8000-000000000039"]
    assert [(r.name, r.reference_raw) for r in liver_kidney.results] == [
        ("丙氨酸氨基转移酶", "≤40"),
        ("肌酐", "57~111"),
        ("尿素", "3.1~8"),
    ]
    # An eGFR sent without a report becomes a report of its own; the blood pressure is no lab.
    egfr = labs["Observation/5a0e7b1c-1000-4000-8000-000000000050"]
    assert [(r.name, r.value_raw, r.reference_raw) for r in egfr.results] == [("估算肾小球滤过率", "72", "≥90")]
    assert len(labs) == 3


def test_fixture_critical_and_qualitative_results_normalise() -> None:
    batch = bundle_to_batch(load("li_guiying"))
    flags = {
        r.name: normalise.abnormal_flag(r.flag_raw, r.value_raw, r.reference_raw)
        for report in batch.labs
        for r in report.results
    }
    assert flags == {
        "血钾": AbnormalFlag.CRITICAL,
        "血糖": AbnormalFlag.CRITICAL,
        "血钠": AbnormalFlag.NORMAL,
        "尿蛋白": AbnormalFlag.ABNORMAL,
        "尿糖": AbnormalFlag.NORMAL,
    }
    assert {r.his_visit_id for r in batch.labs} == {"5a0e7b1c-2000-4000-8000-000000000012"}


def test_stay_elsewhere_keeps_that_hospital_code_and_an_outpatient_lab_has_no_stay() -> None:
    batch = bundle_to_batch(load("zhao_qiang"))
    (stay,) = batch.visits
    # Not a department (type prov): its code is kept, and intake quarantines the stay.
    assert (stay.department_code, stay.ward_code, stay.attending_name) == ("X9001", None, "")
    (lab,) = batch.labs
    assert (lab.name, lab.his_visit_id) == ("血脂四项", None)


def test_transfer_out_maps_to_its_disposition() -> None:
    (stay,) = bundle_to_batch(load("wang_fang")).visits
    assert stay.disposition is DischargeDisposition.TRANSFERRED  # NUBC 02
    assert (stay.department_code, stay.ward_code, stay.bed_no) == ("0201", "0201W1", "03")


def test_hospital_directory_yields_no_records_and_holds_every_place_the_bundles_name() -> None:
    directory = load(DIRECTORY)
    batch = bundle_to_batch(directory)
    assert batch.fetched == 0
    assert batch.rejected == []
    places = {e["fullUrl"]: e["resource"] for e in directory["entry"]}
    assert {r["resourceType"] for r in places.values()} == {"Organization", "Location"}
    for name in EXPECTED:
        entries = load(name)["entry"]
        for entry in entries:
            resource = entry["resource"]
            if resource["resourceType"] in ("Organization", "Location"):
                assert places[entry["fullUrl"]] == resource, (name, entry["fullUrl"])
            if resource["resourceType"] == "Encounter":
                refs = [resource["serviceProvider"], *(loc["location"] for loc in resource.get("location", []))]
                assert all(ref["reference"] in places for ref in refs), (name, resource["id"])


# --------------------------------------------------------------------------------------------
# A synthetic Chinese bundle: names, ID numbers, departments, flags, documents and rejections
# --------------------------------------------------------------------------------------------

ID_NUMBER = "110101198001010037"  # synthetic, valid GB 11643 check digit


def _entry(resource: dict[str, Any], *, method: str = "PUT") -> dict[str, Any]:
    return {
        "fullUrl": f"urn:uuid:{resource['id']}",
        "resource": resource,
        "request": {"method": method, "url": f"{resource['resourceType']}/{resource['id']}"},
    }


def _ref(rid: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{rid}"}


def _observation(oid: str, name: str, **value: Any) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": oid,
        "status": "final",
        "category": [{"coding": [{"code": "laboratory"}]}],
        "code": {"coding": [{"system": "urn:local:lis", "code": oid.upper(), "display": name}]},
        "subject": _ref("p-1"),
        **value,
    }


def _interpretation(code: str) -> list[dict[str, Any]]:
    return [
        {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": code}]}
    ]


def chinese_bundle() -> dict[str, Any]:
    updated = {"lastUpdated": "2026-03-15T02:00:00Z"}
    summary_text = "入院情况：胸闷心悸1周。\n诊疗经过：予益气活血治疗。\n出院情况：症状缓解。\n出院医嘱：低盐饮食，2周复查。\n出院带药：阿司匹林 100mg qd"
    resources = [
        {
            "resourceType": "Patient",
            "id": "p-1",
            "meta": updated,
            "identifier": [
                {"type": {"coding": [{"code": "NNCHN"}]}, "system": "urn:oid:2.16.156.10011.1.3", "value": ID_NUMBER}
            ],
            "name": [{"use": "official", "family": "测", "given": ["试甲"]}],
            "gender": "female",
            "birthDate": "1980-01",
            "telecom": [
                {"system": "phone", "value": "010-6000 0000", "use": "home"},
                {"system": "phone", "value": "138-0000-0001", "use": "mobile"},
            ],
            "address": [
                {"use": "home", "state": "示例省", "city": "示例市", "district": "示例区", "line": ["测试路1号"]}
            ],
            "contact": [
                {
                    "relationship": [{"text": "女儿"}],
                    "name": {"text": "测试乙"},
                    "telecom": [{"system": "phone", "value": "13800000002"}],
                }
            ],
            "deceasedBoolean": False,
        },
        {"resourceType": "Patient", "id": "p-nameless", "meta": {"lastUpdated": "2026-03-15T03:00:00Z"}},
        {
            "resourceType": "Organization",
            "id": "org-xb",
            "identifier": [{"value": "0301"}],
            "type": [{"coding": [{"code": "dept"}]}],
            "name": "心病科",
        },
        {
            "resourceType": "Location",
            "id": "loc-ward",
            "name": "心病科一病区",
            "physicalType": {"coding": [{"code": "wa"}]},
        },
        {"resourceType": "Location", "id": "loc-bed", "name": "12床", "physicalType": {"coding": [{"code": "bd"}]}},
        {
            "resourceType": "Encounter",
            "id": "e-1",
            "meta": updated,
            "status": "finished",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
            "identifier": [{"use": "official", "value": "ZY20260301"}],
            "subject": _ref("p-1"),
            "period": {"start": "2026-03-01T08:30:00+08:00", "end": "2026-03-15T10:00:00+08:00"},
            "serviceProvider": _ref("org-xb"),
            "location": [{"location": _ref("loc-ward")}, {"location": _ref("loc-bed")}],
            "participant": [
                {"type": [{"coding": [{"code": "ATND"}]}], "individual": {"reference": "#dr", "display": "测试医师丙"}}
            ],
            "diagnosis": [
                {"condition": _ref("c-syndrome"), "rank": 2},
                {"condition": _ref("c-main"), "rank": 1},
            ],
            "hospitalization": {
                "dischargeDisposition": {
                    "coding": [
                        {"system": "http://terminology.hl7.org/CodeSystem/discharge-disposition", "code": "home"}
                    ]
                }
            },
        },
        {
            "resourceType": "Encounter",
            "id": "e-nostart",
            "status": "in-progress",
            "class": {"code": "IMP"},
            "subject": _ref("p-1"),
            "serviceProvider": _ref("org-xb"),
        },
        {
            "resourceType": "Condition",
            "id": "c-main",
            "code": {
                "coding": [
                    {"system": "http://snomed.info/sct", "code": "4557003", "display": "Preinfarction syndrome"},
                    {"system": "http://hl7.org/fhir/sid/icd-10", "code": "I20.0", "display": "不稳定型心绞痛"},
                ]
            },
            "subject": _ref("p-1"),
            "encounter": _ref("e-1"),
        },
        {
            "resourceType": "Condition",
            "id": "c-syndrome",
            "code": {
                "coding": [
                    {"system": "urn:oid:2.16.156.10011.2.3.3.14", "code": "B02.01.03.01", "display": "气虚血瘀证"}
                ]
            },
            "subject": _ref("p-1"),
            "encounter": _ref("e-1"),
        },
        {
            "resourceType": "Condition",
            "id": "c-refuted",
            "verificationStatus": {"coding": [{"code": "refuted"}]},
            "code": {"text": "急性心肌梗死"},
            "subject": _ref("p-1"),
            "encounter": _ref("e-1"),
        },
        {
            "resourceType": "Condition",
            "id": "c-orphan",
            "code": {"text": "高血压"},
            "subject": _ref("p-1"),
            "encounter": {"reference": "Encounter/not-here"},
        },
        {
            "resourceType": "DiagnosticReport",
            "id": "r-1",
            "meta": {"lastUpdated": "2026-03-15T04:00:00Z"},
            "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "LAB"}]}],
            "code": {"text": "血常规+生化"},
            "subject": _ref("p-1"),
            "encounter": _ref("e-1"),
            "effectiveDateTime": "2026-03-02T07:30:00+08:00",
            "issued": "2026-03-02T11:00:00+08:00",
            "specimen": [{"display": "静脉血"}],
            "result": [_ref(f"o-{n}") for n in range(1, 8)],
        },
        _observation(
            "o-1",
            "白细胞计数",
            valueQuantity={"value": 11.2, "unit": "10^9/L"},
            referenceRange=[{"low": {"value": 3.5}, "high": {"value": 9.5}}],
            interpretation=_interpretation("H"),
        ),
        _observation(
            "o-2",
            "血红蛋白",
            valueQuantity={"value": 98, "unit": "g/L"},
            referenceRange=[{"low": {"value": 130}, "high": {"value": 175}}],
            interpretation=_interpretation("L"),
        ),
        _observation(
            "o-3", "血钾", valueQuantity={"value": 6.8, "unit": "mmol/L"}, interpretation=_interpretation("HH")
        ),
        _observation(
            "o-4", "血糖", valueQuantity={"value": 1.9, "unit": "mmol/L"}, interpretation=_interpretation("LL")
        ),
        _observation("o-5", "尿蛋白", valueString="++", interpretation=_interpretation("A")),
        _observation(
            "o-6",
            "乙肝表面抗原",
            valueString="阳性",
            referenceRange=[{"text": "阴性"}],
            interpretation=_interpretation("POS"),
        ),
        _observation(
            "o-7", "肌酐", valueQuantity={"value": 80, "unit": "μmol/L"}, referenceRange=[{"high": {"value": 97}}]
        ),
        {
            "resourceType": "DiagnosticReport",
            "id": "r-broken",
            "status": "final",
            "code": {"text": "凝血四项"},
            "subject": _ref("p-1"),
            "result": [{"reference": "Observation/missing"}],
        },
        {
            "resourceType": "DocumentReference",
            "id": "doc-text",
            "status": "current",
            "type": {"coding": [{"system": "http://loinc.org", "code": "18842-5"}], "text": "出院小结"},
            "date": "2026-03-15T10:00:00+08:00",
            "context": {"encounter": [_ref("e-1")]},
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain; charset=utf-8",
                        "data": base64.b64encode(summary_text.encode()).decode(),
                    }
                }
            ],
        },
        {
            "resourceType": "DocumentReference",
            "id": "doc-link-only",
            "status": "current",
            "type": {"text": "出院小结"},
            "context": {"encounter": [{"reference": "Encounter/e-2"}]},
            "content": [{"attachment": {"contentType": "application/pdf", "url": "http://emr.example/doc/1"}}],
        },
        {"resourceType": "Claim", "id": "claim-1"},
    ]
    entries = [_entry(r) for r in resources]
    entries.append({"request": {"method": "DELETE", "url": "Encounter/e-withdrawn"}})
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


def test_chinese_bundle_maps_patient_with_id_number_phone_contact_and_address() -> None:
    batch = bundle_to_batch(chinese_bundle())
    (patient,) = batch.patients
    assert patient.his_id == "p-1"
    assert patient.name == "测试甲"
    assert patient.gender is Gender.FEMALE
    assert patient.birth_date is not None and patient.birth_date.isoformat() == "1980-01-01"
    assert patient.id_number == ID_NUMBER
    # every number is kept, the mobile first (as written: intake reads them with backend.phones)
    assert patient.phone == "138-0000-0001/010-6000 0000"
    assert [n.text for n in phones.parse_all(patient.phone)] == ["13800000001", "010-60000000"]
    assert patient.address == "示例省示例市示例区测试路1号"
    (contact,) = patient.contacts
    assert (contact.name, contact.relation, contact.phone) == ("测试乙", "女儿", "13800000002")
    assert patient.deceased_at is None
    assert batch.watermark == datetime(2026, 3, 15, 4, tzinfo=UTC)


def test_chinese_bundle_maps_stay_with_department_ward_bed_and_ranked_diagnoses() -> None:
    (stay,) = bundle_to_batch(chinese_bundle()).visits
    assert (stay.his_visit_id, stay.his_patient_id, stay.inpatient_no) == ("e-1", "p-1", "ZY20260301")
    assert (stay.department_code, stay.ward_code, stay.bed_no) == ("0301", "心病科一病区", "12床")
    assert stay.admitted_at == datetime(2026, 3, 1, 8, 30, tzinfo=SHANGHAI)
    assert stay.discharged_at == datetime(2026, 3, 15, 10, tzinfo=SHANGHAI)
    assert stay.attending_name == "测试医师丙"
    assert stay.disposition is DischargeDisposition.ORDERED
    main, syndrome = stay.diagnoses
    # ICD-10 is preferred over SNOMED CT; the refuted diagnosis is not a diagnosis of the stay.
    assert (main.seq, main.code, main.name, main.kind, main.is_main) == (
        1,
        "I20.0",
        "不稳定型心绞痛",
        DiagnosisKind.WESTERN,
        True,
    )
    assert (syndrome.seq, syndrome.code, syndrome.kind, syndrome.is_main) == (
        2,
        "B02.01.03.01",
        DiagnosisKind.TCM_SYNDROME,
        False,
    )


def test_chinese_bundle_lab_flags_normalise_to_what_the_lis_said() -> None:
    labs = {r.his_report_id: r for r in bundle_to_batch(chinese_bundle()).labs}
    report = labs["r-1"]
    assert (report.his_visit_id, report.specimen, report.name) == ("e-1", "静脉血", "血常规+生化")
    flags = {r.name: normalise.abnormal_flag(r.flag_raw, r.value_raw, r.reference_raw) for r in report.results}
    assert flags == {
        "白细胞计数": AbnormalFlag.HIGH,
        "血红蛋白": AbnormalFlag.LOW,
        "血钾": AbnormalFlag.CRITICAL,
        "血糖": AbnormalFlag.CRITICAL,
        "尿蛋白": AbnormalFlag.ABNORMAL,
        "乙肝表面抗原": AbnormalFlag.POSITIVE,
        "肌酐": AbnormalFlag.NORMAL,
    }
    by_name = {r.name: r for r in report.results}
    assert (by_name["白细胞计数"].value_raw, by_name["白细胞计数"].reference_raw) == ("11.2", "3.5~9.5")
    assert by_name["肌酐"].reference_raw == "≤97"
    assert by_name["乙肝表面抗原"].reference_raw == "阴性"
    assert "r-broken" not in labs


def test_chinese_bundle_splits_plain_text_discharge_summary() -> None:
    (summary,) = bundle_to_batch(chinese_bundle()).summaries
    assert (summary.his_visit_id, summary.document_id) == ("e-1", "doc-text")
    assert summary.admission_condition == "胸闷心悸1周。"
    assert summary.treatment_course == "予益气活血治疗。"
    assert summary.discharge_condition == "症状缓解。"
    assert summary.discharge_orders == "低盐饮食，2周复查。"
    assert summary.discharge_medication == "阿司匹林 100mg qd"
    assert summary.signed_at == datetime(2026, 3, 15, 10, tzinfo=SHANGHAI)


def test_chinese_bundle_rejects_what_it_cannot_map_with_chinese_reasons() -> None:
    rejected = {(r.entity, r.external_id): r for r in bundle_to_batch(chinese_bundle()).rejected}
    assert {key: r.reason for key, r in rejected.items()} == {
        ("resource", "Encounter/e-withdrawn"): "源系统删除了该资源，需人工确认是否撤销相关记录",
        ("patient", "p-nameless"): "患者姓名缺失",
        ("visit", "e-nostart"): "住院就诊缺少入院时间（period.start）",
        ("diagnosis", "c-orphan"): "诊断所属的就诊 Encounter/not-here 不在本批数据中",
        ("lab", "r-broken"): "检验报告引用的结果 Observation/missing 不在本批数据中",
        ("summary", "e-2"): "出院小结正文未内联提供（只有链接或为空），无法读取",
    }
    # Quarantine must not hold ID numbers or phones in clear.
    assert ID_NUMBER not in json.dumps([r.payload for r in rejected.values()])


def test_bad_id_number_rejects_the_patient() -> None:
    bundle = chinese_bundle()
    bundle["entry"][0]["resource"]["identifier"][0]["value"] = ID_NUMBER[:-1] + "1"
    rejected = {(r.entity, r.external_id): r.reason for r in bundle_to_batch(bundle).rejected}
    assert rejected[("patient", "p-1")] == "身份证号校验位错误"


def test_searchset_with_relative_references_and_cda_summary() -> None:
    """Servers answer with searchset pages and 'Type/id' references; a summary may be CDA XML."""
    cda = (CDA_FIXTURES / "discharge_summary.xml").read_bytes()
    resources = [
        {"resourceType": "Patient", "id": "123", "name": [{"text": "测试丁"}], "gender": "male"},
        {
            "resourceType": "Encounter",
            "id": "456",
            "status": "in-progress",
            "class": {"code": "IMP"},
            "subject": {"reference": "Patient/123"},
            "period": {"start": "2026-03-01T08:30:00+08:00", "end": "2026-03-20T08:30:00+08:00"},
            "location": [{"location": {"reference": "Location/ward-9", "display": "九病区"}}],
        },
        {
            "resourceType": "DocumentReference",
            "id": "789",
            "status": "current",
            "type": {"coding": [{"system": "http://loinc.org", "code": "18842-5"}]},
            "context": {"encounter": [{"reference": "Encounter/456"}]},
            "content": [{"attachment": {"contentType": "text/xml", "data": base64.b64encode(cda).decode()}}],
        },
    ]
    bundle = {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [{"fullUrl": f"http://fhir.example/{r['resourceType']}/{r['id']}", "resource": r} for r in resources],
    }
    batch = bundle_to_batch(bundle)
    assert batch.rejected == []
    (stay,) = batch.visits
    # In hospital: the planned end of an in-progress stay is not a discharge.
    assert (stay.his_patient_id, stay.department_code, stay.discharged_at) == ("123", "ward-9", None)
    (summary,) = batch.summaries
    assert summary.his_visit_id == "456"
    assert summary.discharge_orders.startswith("低盐低脂饮食")
    assert summary.discharge_medication.splitlines()[0] == "阿司匹林肠溶片 100 mg 口服 每日一次"


def test_not_a_bundle_raises() -> None:
    with pytest.raises(FhirSourceError, match="不是 FHIR Bundle"):
        bundle_to_batch({"resourceType": "Patient", "id": "1"})


# --------------------------------------------------------------------------------------------
# A loopback FHIR server holding the fixture bundles
# --------------------------------------------------------------------------------------------

T0 = datetime(2026, 1, 1, 8, tzinfo=SHANGHAI)
ORDER = [*sorted(EXPECTED), DIRECTORY]  # each bundle changed an hour after the previous one
# 王芳's fracture diagnosis is edited long after everything else; her stay has a second, older
# diagnosis on the server only, which a pull must send along with it.
LATE_CONDITION = "5a0e7b1c-3000-4000-8000-000000000021"
LATE_STAY = "5a0e7b1c-3000-4000-8000-000000000011"
LATE_AT = T0 + timedelta(hours=20)


def fixture_server_resources() -> dict[str, list[Resource]]:
    bundles = [(load(name), T0 + timedelta(hours=hour)) for hour, name in enumerate(ORDER)]
    store = server_resources(bundles, lambda r, moment: LATE_AT if r["id"] == LATE_CONDITION else moment)
    store["Condition"].append(
        {
            "resourceType": "Condition",
            "id": "synthetic-second-diagnosis",
            "meta": {"lastUpdated": instant(T0 - timedelta(days=30))},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "M81.0", "display": "骨质疏松"}]},
            "subject": {"reference": f"Patient/{EXPECTED['wang_fang'].patient_id}"},
            "encounter": {"reference": f"Encounter/{LATE_STAY}"},
            "recordedDate": "2026-03-02",
        }
    )
    return store


@dataclass
class Loopback:
    base: str
    state: ServerState


@pytest.fixture(scope="module")
async def fhir_server() -> AsyncIterator[Loopback]:
    state = ServerState(fixture_server_resources())
    async with serve(state) as base:
        yield Loopback(base, state)


def _ids(batch: Batch) -> tuple[set[str], set[str], set[str]]:
    return (
        {p.his_id for p in batch.patients},
        {v.his_visit_id for v in batch.visits},
        {r.his_report_id for r in batch.labs},
    )


async def test_fetch_returns_exactly_the_window_across_pages(fhir_server: Loopback) -> None:
    fhir_server.state.requests.clear()
    window = ORDER[2:4]  # 张伟 and 赵强 changed at T0+2h and +3h
    assert window == ["zhang_wei", "zhao_qiang"]
    source = FhirSource(f"{fhir_server.base}/fhir", page_size=PAGE_SIZE)

    batch = await source.fetch(T0 + timedelta(hours=2), T0 + timedelta(hours=4))

    expected = Batch()
    for name in window:
        expected.extend(bundle_to_batch(load(name)))
    assert _ids(batch) == _ids(expected)
    assert (len(batch.patients), len(batch.visits), len(batch.labs)) == (2, 2, 4)
    assert batch.rejected == []
    # The same diagnoses and results as the export, now with the server's change time.
    assert {v.his_visit_id: v.diagnoses for v in batch.visits} == {v.his_visit_id: v.diagnoses for v in expected.visits}
    assert {r.his_report_id: r.results for r in batch.labs} == {r.his_report_id: r.results for r in expected.labs}
    # Departments, wards and beds read from the Organizations and Locations fetched for context.
    assert {v.his_visit_id: v.department_code for v in batch.visits} == {
        v.his_visit_id: v.department_code for v in expected.visits
    }
    assert all(p.updated_at is not None for p in batch.patients)
    assert batch.watermark == T0 + timedelta(hours=3)
    # Paging really happened: every Observation of the window (lab or not) came 5 to a page.
    observations = sum(e["resource"]["resourceType"] == "Observation" for name in window for e in load(name)["entry"])
    observation_pages = [q for t, q in fhir_server.state.requests if t == "Observation" and "_lastUpdated" in q]
    assert observations == 11 and len(observation_pages) == -(-observations // PAGE_SIZE) == 3
    assert all("_count=5" in q for t, q in fhir_server.state.requests if "_offset" not in q)


async def test_fetch_of_an_empty_window_returns_nothing(fhir_server: Loopback) -> None:
    source = FhirSource(f"{fhir_server.base}/fhir", page_size=PAGE_SIZE)
    batch = await source.fetch(T0 - timedelta(days=1), T0 - timedelta(hours=1))
    assert batch.fetched == 0
    assert batch.watermark is None


async def test_changed_condition_brings_its_stay_with_all_diagnoses(fhir_server: Loopback) -> None:
    source = FhirSource(f"{fhir_server.base}/fhir", page_size=PAGE_SIZE)
    batch = await source.fetch(LATE_AT, LATE_AT + timedelta(minutes=1))

    assert batch.patients == [] and batch.labs == [] and batch.rejected == []
    (stay,) = batch.visits
    assert stay.his_visit_id == LATE_STAY
    assert [(d.seq, d.code, d.is_main) for d in stay.diagnoses] == [(1, "S72.0", True), (2, "M81.0", False)]
    # The department, ward and bed come from the Organization and Locations the pull read for context.
    assert (stay.department_code, stay.ward_code, stay.bed_no) == ("0201", "0201W1", "03")
    assert batch.watermark == LATE_AT


async def test_server_error_raises_transient_fhir_source_error(fhir_server: Loopback) -> None:
    source = FhirSource(f"{fhir_server.base}/broken", page_size=PAGE_SIZE)
    with pytest.raises(FhirSourceError, match=r"FHIR 服务器返回错误 500.*database unavailable") as caught:
        await source.fetch(T0, T0 + timedelta(hours=1))
    assert caught.value.transient is True


async def test_injected_client_is_used_and_left_open(fhir_server: Loopback) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        source = FhirSource(f"{fhir_server.base}/fhir", client=client, page_size=PAGE_SIZE)
        batch = await source.fetch(T0, T0 + timedelta(hours=1))
        (patient,) = batch.patients
        assert patient.his_id == EXPECTED["li_guiying"].patient_id
        assert patient.deceased_at == EXPECTED["li_guiying"].deceased_at
        assert not client.is_closed


async def _fetch_with(handler: Any) -> Batch:
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        source = FhirSource("http://fhir.example/fhir", client=client, page_size=PAGE_SIZE)
        return await source.fetch(T0, T0 + timedelta(hours=1))


async def test_timeout_raises_transient_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(FhirSourceError, match="响应超时") as caught:
        await _fetch_with(handler)
    assert caught.value.transient is True


async def test_client_error_is_permanent() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401, json={"resourceType": "OperationOutcome", "issue": [{"diagnostics": "token expired"}]}
        )

    with pytest.raises(FhirSourceError, match=r"401.*token expired") as caught:
        await _fetch_with(handler)
    assert caught.value.transient is False


async def test_next_link_to_another_host_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        bundle = {
            "resourceType": "Bundle",
            "type": "searchset",
            "link": [{"relation": "next", "url": "http://10.0.0.9:8080/fhir?_getpages=abc"}],
            "entry": [],
        }
        return httpx.Response(200, json=bundle)

    with pytest.raises(FhirSourceError, match="分页链接指向其他地址") as caught:
        await _fetch_with(handler)
    assert caught.value.transient is False


async def test_window_is_sent_as_last_updated_bounds() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset", "entry": []})

    await _fetch_with(handler)
    assert [u.path.rsplit("/", 1)[1] for u in seen] == [
        "Patient",
        "Encounter",
        "Condition",
        "DiagnosticReport",
        "Observation",
        "DocumentReference",
    ]
    assert seen[0].params.get_list("_lastUpdated") == [
        "ge2026-01-01T08:00:00.000+08:00",
        "lt2026-01-01T09:00:00.000+08:00",
    ]
    assert seen[0].params["_count"] == "5"


def test_fixture_data_is_not_modified_by_mapping() -> None:
    bundle = load("zhang_wei")
    before = copy.deepcopy(bundle)
    bundle_to_batch(bundle)
    assert bundle == before


def test_deceased_without_time_uses_the_change_time_and_merged_patient_is_rejected() -> None:
    bundle = chinese_bundle()
    patient = bundle["entry"][0]["resource"]
    patient["deceasedBoolean"] = True
    merged = {
        "resourceType": "Patient",
        "id": "p-old",
        "name": [{"text": "测试戊"}],
        "link": [{"other": {"reference": "Patient/p-1"}, "type": "replaced-by"}],
    }
    bundle["entry"].append(_entry(merged))
    batch = bundle_to_batch(bundle)
    (mapped,) = batch.patients
    # Never call a deceased patient: the flag cannot wait for a death time.
    assert mapped.deceased_at == datetime(2026, 3, 15, 2, tzinfo=UTC)
    reasons = {(r.entity, r.external_id): r.reason for r in batch.rejected}
    assert reasons[("patient", "p-old")] == "该患者已在源系统合并到 p-1，需人工合并"


def test_a_fhir_ambulatory_encounter_is_skipped_with_its_reason() -> None:
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "pat-1", "name": [{"text": "周九"}]}},
            {
                "resource": {
                    "resourceType": "Encounter",
                    "id": "enc-amb-1",
                    "status": "finished",
                    "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                    "subject": {"reference": "Patient/pat-1"},
                    "period": {"start": "2026-11-01T08:00:00+08:00", "end": "2026-11-01T09:00:00+08:00"},
                }
            },
        ],
    }
    batch = bundle_to_batch(bundle)
    assert batch.visits == [] and batch.rejected == []
    [skipped] = batch.skipped
    assert (skipped.entity, skipped.external_id) == ("visit", "enc-amb-1")
    assert skipped.reason == "非住院就诊（Encounter.class=AMB）不是住院，未建立住院记录"


def test_a_panels_members_are_filed_once_with_the_panel_not_again_on_their_own() -> None:
    """hasMember: the members of a panel (血常规 -> WBC, HGB) were filed twice, once in the
    panel's report and once each as a report of their own."""
    patient = {"resourceType": "Patient", "id": "p-1", "name": [{"text": "测试甲"}], "gender": "female"}
    members = [
        _observation("wbc", "白细胞", valueQuantity={"value": 6.1, "unit": "10^9/L"}),
        _observation("hgb", "血红蛋白", valueQuantity={"value": 128, "unit": "g/L"}),
        _observation("plt", "血小板", valueQuantity={"value": 210, "unit": "10^9/L"}),
        _observation("glu", "血糖", valueQuantity={"value": 5.2, "unit": "mmol/L"}),
    ]
    panel = _observation("cbc", "血常规", hasMember=[_ref("wbc"), _ref("hgb")])
    loose_panel = _observation("lft", "小panel", hasMember=[_ref("plt")])  # a panel sent without a report
    report = {
        "resourceType": "DiagnosticReport",
        "id": "r-1",
        "status": "final",
        "category": [{"coding": [{"code": "LAB"}]}],
        "code": {"text": "血常规"},
        "subject": _ref("p-1"),
        "issued": "2026-03-02T10:00:00+08:00",
        "result": [_ref("cbc")],
    }
    bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [_entry(r) for r in (patient, *members, panel, loose_panel, report)],
    }

    batch = bundle_to_batch(bundle)

    filed = {lab.his_report_id: sorted(r.name for r in lab.results) for lab in batch.labs}
    assert filed == {
        "r-1": ["白细胞", "血红蛋白"],
        "Observation/lft": ["血小板"],
        "Observation/glu": ["血糖"],  # a result without a report or a panel is still its own
    }


def test_an_imaging_diagnostic_report_becomes_an_exam_report_not_a_skipped_one() -> None:
    patient = {"resourceType": "Patient", "id": "p-1", "name": [{"text": "测试甲"}], "gender": "female"}
    report = {
        "resourceType": "DiagnosticReport",
        "id": "ct-1",
        "status": "final",
        "category": [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "CT"}], "text": "CT"}
        ],
        "code": {"text": "胸部CT平扫"},
        "subject": _ref("p-1"),
        "issued": "2026-03-02T10:00:00+08:00",
        "resultsInterpreter": [{"display": "李影像"}],
        "conclusion": "胸部CT平扫未见明显异常",
        "presentedForm": [{"contentType": "text/plain", "data": base64.b64encode("双肺纹理清晰。".encode()).decode()}],
    }
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [_entry(patient), _entry(report)]}

    batch = bundle_to_batch(bundle)

    assert batch.labs == [] and batch.rejected == []
    [exam] = batch.exams
    assert (exam.his_report_id, exam.his_patient_id, exam.exam_type, exam.item_name) == (
        "ct-1",
        "p-1",
        "CT",
        "胸部CT平扫",
    )
    assert (exam.findings, exam.conclusion, exam.reporting_doctor) == (
        "双肺纹理清晰。",
        "胸部CT平扫未见明显异常",
        "李影像",
    )
    assert exam.reported_at == datetime(2026, 3, 2, 10, tzinfo=SHANGHAI)
