"""FHIR R4 adapter: the SMART/Synthea sample bundles, a synthetic Chinese bundle, and a loopback server."""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from backend.clock import SHANGHAI
from backend.models.choices import AbnormalFlag, DiagnosisKind, DischargeDisposition, Gender
from integrations.his import normalise
from integrations.his.base import Batch
from integrations.his.fhir import FhirSource, FhirSourceError, bundle_to_batch

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared/reference/samples/fhir-r4"
CDA_FIXTURES = Path(__file__).resolve().parent / "cda"


def load(prefix: str) -> dict[str, Any]:
    (path,) = SAMPLES.glob(f"{prefix}*.json")
    return json.loads(path.read_text())


# --------------------------------------------------------------------------------------------
# The sample bundles (Synthea transaction bundles, urn:uuid references)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    patient_id: str
    name: str
    gender: Gender
    inpatient_stays: int
    lab_reports: int
    deceased_at: datetime | None = None


EXPECTED = {
    "Abdul_Koepp": Expected("018f428e-34f6-4707-8009-5ad742f901e7", "Abdul Koepp", Gender.MALE, 1, 5),
    "Brady_Kuhlman": Expected("3e383d93-552a-46ae-a96a-1989586244c9", "Brady Kuhlman", Gender.MALE, 1, 4),
    "Chauncey_Johnston": Expected("2a3d4d46-512f-480f-8eb9-5a11ef3b2176", "Chauncey Johnston", Gender.MALE, 0, 3),
    "Chet_Thompson": Expected(
        "9e2f7a3b-94df-4b3d-bee2-360881649fa5",
        "Chet Thompson",
        Gender.MALE,
        0,
        3,
        datetime(1968, 10, 11, 10, 10, 39, tzinfo=UTC),
    ),
    "Eboni_Brekke": Expected("bb7fb8e1-1a76-4328-92ea-3852f34846e6", "Eboni Brekke", Gender.FEMALE, 0, 2),
    # 5 reports plus 4 eGFR results that Synthea sends without a report.
    "Jacob_Larson": Expected("d34e9e2d-a81a-407d-9527-82d1fdb06421", "Jacob Larson", Gender.MALE, 1, 9),
    "Laurie_McCullough": Expected("ca95b2c5-d306-44d4-a7fa-756de736e68e", "Laurie McCullough", Gender.FEMALE, 0, 2),
    "Lemuel_Hodkiewicz": Expected("563460b4-b997-4772-a548-a9f877eb4c12", "Lemuel Hodkiewicz", Gender.MALE, 1, 7),
    # The official name wins over the maiden name.
    "Liz_Conn": Expected("ee9f8dd8-72d2-4769-8020-89e504b1504b", "Liz Conn", Gender.FEMALE, 1, 5),
    "Tony_Beer": Expected(
        "34a17aef-dd20-4eda-bf6c-f121e454616d",
        "Tony Beer",
        Gender.MALE,
        1,
        6,
        datetime(1989, 1, 8, 0, 41, 27, tzinfo=UTC),
    ),
    "Trenton_Turner": Expected("a6fb5437-10d5-4f70-81a0-4f43bfbd9fb0", "Trenton Turner", Gender.MALE, 5, 4),
}


def test_every_sample_bundle_is_covered() -> None:
    names = {p.name.rsplit("_", 1)[0] for p in SAMPLES.glob("*_*.json")}
    assert names == set(EXPECTED)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_sample_bundle_maps_patient_stays_and_labs(prefix: str) -> None:
    expected = EXPECTED[prefix]
    batch = bundle_to_batch(load(prefix))

    assert batch.rejected == []
    (patient,) = batch.patients
    assert (patient.his_id, patient.name, patient.gender) == (expected.patient_id, expected.name, expected.gender)
    assert patient.birth_date is not None
    assert patient.phone and patient.phone.isdigit()
    assert patient.address.endswith("US")
    assert patient.deceased_at == expected.deceased_at
    assert len(batch.visits) == expected.inpatient_stays
    assert all(v.his_patient_id == expected.patient_id and v.department_code for v in batch.visits)
    assert all(v.admitted_at.tzinfo is not None and v.discharged_at for v in batch.visits)
    assert len(batch.labs) == expected.lab_reports
    assert all(r.his_patient_id == expected.patient_id and r.results for r in batch.labs)
    # Synthea writes no interpretation and no reference range: none may be invented.
    results = [item for report in batch.labs for item in report.results]
    assert all(item.flag_raw == "" and item.reference_raw == "" and item.value_raw for item in results)
    # The samples carry no meta.lastUpdated.
    assert batch.watermark is None


def test_deceased_sample_patients_are_exactly_the_two_with_a_death_time() -> None:
    deceased = {p: e.deceased_at for p, e in EXPECTED.items() if e.deceased_at}
    assert set(deceased) == {"Chet_Thompson", "Tony_Beer"}
    for prefix, moment in deceased.items():
        (patient,) = bundle_to_batch(load(prefix)).patients
        assert patient.deceased_at == moment
        assert patient.deceased_at.tzinfo == SHANGHAI


def test_sample_stay_carries_its_diagnosis_and_discharge_disposition() -> None:
    (stay,) = bundle_to_batch(load("Brady_Kuhlman")).visits
    assert stay.his_visit_id == "224a9d89-f8c5-4ff5-9aef-26446a741cc2"
    # NUBC 01 "Discharged to home" is 医嘱离院.
    assert stay.disposition is DischargeDisposition.ORDERED
    (diagnosis,) = stay.diagnoses
    assert (diagnosis.code, diagnosis.name, diagnosis.is_main) == ("428251008", "History of appendectomy", True)
    assert diagnosis.kind is DiagnosisKind.WESTERN
    # The department is the serviceProvider Organization's identifier.
    assert stay.department_code == "956ccb85-bea0-30f9-af48-52f5dd95ff72"


def test_sample_lab_report_keeps_values_units_and_codes() -> None:
    labs = {r.his_report_id: r for r in bundle_to_batch(load("Trenton_Turner")).labs}
    report = labs["82a0564b-d0c3-4180-809a-a31eddc1c7e0"]
    assert report.name.startswith("Complete blood count")
    assert len(report.results) == 11
    first = report.results[0]
    assert (first.item_no, first.code, first.unit) == (1, "6690-2", "10*3/uL")
    assert first.value_raw.startswith("4.80")
    assert report.reported_at == datetime(2013, 4, 14, 5, 34, 14, 301000, tzinfo=UTC)


def test_hospital_information_bundle_yields_no_patients_and_no_error() -> None:
    batch = bundle_to_batch(load("hospitalInformation"))
    assert batch.fetched == 0
    assert batch.rejected == []


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
    assert patient.phone == "13800000001"  # the mobile, not the home line
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
# A loopback FHIR server
# --------------------------------------------------------------------------------------------

T0 = datetime(2026, 1, 1, 8, tzinfo=SHANGHAI)
PAGE_SIZE = 5
ORDER = [*sorted(EXPECTED), "hospitalInformation"]
# Trenton's migraine Condition is edited long after everything else; its stay has a second,
# older diagnosis on the server only, which a pull must send along with it.
LATE_CONDITION = "59589a9e-32be-49fe-bd86-d896d9ec23e3"
LATE_STAY = "e80515d5-f4f6-4732-a9b5-ee64e5c1cd02"
LATE_AT = T0 + timedelta(hours=20)


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def server_resources() -> dict[str, list[dict[str, Any]]]:
    """The sample bundles as a server stores them: relative references, one change time per file."""
    store: dict[str, list[dict[str, Any]]] = {}
    for hour, prefix in enumerate(ORDER):
        bundle = load(prefix)
        urls = {e["fullUrl"]: f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]}
        text = json.dumps([e["resource"] for e in bundle["entry"]])
        for url, relative in urls.items():
            text = text.replace(f'"{url}"', f'"{relative}"')
        for resource in json.loads(text):
            changed = LATE_AT if resource["id"] == LATE_CONDITION else T0 + timedelta(hours=hour)
            resource["meta"] = {**resource.get("meta", {}), "lastUpdated": _instant(changed)}
            store.setdefault(resource["resourceType"], []).append(resource)
    store["Condition"].append(
        {
            "resourceType": "Condition",
            "id": "synthetic-second-diagnosis",
            "meta": {"lastUpdated": _instant(T0 - timedelta(days=30))},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "G43.0", "display": "偏头痛"}]},
            "subject": {"reference": "Patient/a6fb5437-10d5-4f70-81a0-4f43bfbd9fb0"},
            "encounter": {"reference": f"Encounter/{LATE_STAY}"},
            "recordedDate": "1999-06-08",
        }
    )
    return store


@dataclass
class ServerState:
    resources: dict[str, list[dict[str, Any]]]
    requests: list[tuple[str, str]] = field(default_factory=list)


def _matches(resource: dict[str, Any], name: str, value: str) -> bool:
    if name == "_lastUpdated":
        changed = datetime.fromisoformat(resource["meta"]["lastUpdated"].replace("Z", "+00:00"))
        bound = datetime.fromisoformat(value[2:])
        return changed >= bound if value.startswith("ge") else changed < bound
    wanted = set(value.split(","))
    if name == "_id":
        return resource["id"] in wanted
    if name == "encounter":
        return (resource.get("encounter") or {}).get("reference") in wanted
    if name == "result":
        return any(ref.get("reference") in wanted for ref in resource.get("result") or [])
    raise AssertionError(f"unexpected search parameter {name}")


def fhir_app(state: ServerState) -> Starlette:
    async def search(request: Request) -> JSONResponse:
        resource_type = request.path_params["resource_type"]
        state.requests.append((resource_type, str(request.url.query)))
        items = state.resources.get(resource_type, [])
        for name, value in request.query_params.multi_items():
            if name not in ("_count", "_offset"):
                items = [r for r in items if _matches(r, name, value)]
        items = sorted(items, key=lambda r: (r["meta"]["lastUpdated"], r["id"]))
        count = min(int(request.query_params.get("_count", PAGE_SIZE)), PAGE_SIZE)
        offset = int(request.query_params.get("_offset", 0))
        links = [{"relation": "self", "url": str(request.url)}]
        if offset + count < len(items):
            links.append({"relation": "next", "url": str(request.url.include_query_params(_offset=offset + count))})
        base = str(request.base_url).rstrip("/")
        bundle = {
            "resourceType": "Bundle",
            "type": "searchset",
            "total": len(items),
            "link": links,
            "entry": [
                {"fullUrl": f"{base}/fhir/{resource_type}/{r['id']}", "resource": r, "search": {"mode": "match"}}
                for r in items[offset : offset + count]
            ],
        }
        return JSONResponse(bundle, media_type="application/fhir+json")

    async def broken(request: Request) -> JSONResponse:
        outcome = {
            "resourceType": "OperationOutcome",
            "issue": [{"severity": "fatal", "code": "exception", "diagnostics": "database unavailable"}],
        }
        return JSONResponse(outcome, status_code=500, media_type="application/fhir+json")

    return Starlette(
        routes=[Route("/fhir/{resource_type}", search), Route("/broken/{resource_type}", broken)],
    )


class LoopbackServer(uvicorn.Server):
    """uvicorn in the test's event loop; `ready` is set once it listens."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


@dataclass
class Loopback:
    base: str
    state: ServerState


@pytest.fixture(scope="module")
async def fhir_server() -> AsyncIterator[Loopback]:
    state = ServerState(server_resources())
    config = uvicorn.Config(
        fhir_app(state), host="127.0.0.1", port=0, lifespan="off", ws="none", http="h11", log_level="warning"
    )
    server = LoopbackServer(config)
    serving = asyncio.create_task(server.serve())
    ready = asyncio.create_task(server.ready.wait())
    await asyncio.wait({serving, ready}, return_when=asyncio.FIRST_COMPLETED)
    if not server.ready.is_set():
        ready.cancel()
        await serving
        raise RuntimeError("loopback FHIR server did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield Loopback(f"http://127.0.0.1:{port}", state)
    finally:
        server.should_exit = True
        await serving


def _ids(batch: Batch) -> tuple[set[str], set[str], set[str]]:
    return (
        {p.his_id for p in batch.patients},
        {v.his_visit_id for v in batch.visits},
        {r.his_report_id for r in batch.labs},
    )


async def test_fetch_returns_exactly_the_window_across_pages(fhir_server: Loopback) -> None:
    fhir_server.state.requests.clear()
    window = ORDER[7:10]  # Lemuel, Liz and Tony changed at T0+7h, +8h and +9h
    source = FhirSource(f"{fhir_server.base}/fhir", page_size=PAGE_SIZE)

    batch = await source.fetch(T0 + timedelta(hours=7), T0 + timedelta(hours=10))

    expected = Batch()
    for prefix in window:
        expected.extend(bundle_to_batch(load(prefix)))
    assert _ids(batch) == _ids(expected)
    assert (len(batch.patients), len(batch.visits), len(batch.labs)) == (3, 3, 18)
    assert batch.rejected == []
    assert {p.his_id: p.deceased_at for p in batch.patients}[EXPECTED["Tony_Beer"].patient_id] == EXPECTED[
        "Tony_Beer"
    ].deceased_at
    # The same diagnoses and results as the export, now with the server's change time.
    assert {v.his_visit_id: v.diagnoses for v in batch.visits} == {v.his_visit_id: v.diagnoses for v in expected.visits}
    assert {r.his_report_id: r.results for r in batch.labs} == {r.his_report_id: r.results for r in expected.labs}
    assert all(p.updated_at is not None for p in batch.patients)
    assert batch.watermark == T0 + timedelta(hours=9)
    # Paging really happened: the window holds 160 Observations, 5 to a page.
    observation_pages = [q for t, q in fhir_server.state.requests if t == "Observation" and "_lastUpdated" in q]
    assert len(observation_pages) == 32
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
    assert [(d.seq, d.code, d.is_main) for d in stay.diagnoses] == [(1, "124171000119105", True), (2, "G43.0", False)]
    # The department comes from the Organization the pull read for context.
    assert stay.department_code == "9a7149fa-49fc-3c87-b935-d29c55808717"
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
        assert {p.his_id for p in batch.patients} == {EXPECTED["Abdul_Koepp"].patient_id}
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


def test_sample_data_is_not_modified_by_mapping() -> None:
    bundle = load("Jacob_Larson")
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
