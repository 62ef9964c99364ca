"""FHIR R4 adapter over the SMART/Synthea sample bundles of the shared reference corpus, mapped
directly and pulled from a loopback server."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from backend import phones
from backend.clock import SHANGHAI
from backend.models.choices import DiagnosisKind, DischargeDisposition, Gender
from integrations.his.base import Batch
from integrations.his.fhir import FhirSource, FhirSourceError, bundle_to_batch
from tests.loopback.fhir import PAGE_SIZE, Resource, ServerState, instant, serve, server_resources
from tests.reference.conftest import corpus_files

SAMPLES = corpus_files("samples/fhir-r4", "*.json")


def load(prefix: str) -> dict[str, Any]:
    (path,) = [p for p in SAMPLES if p.name.startswith(prefix)]
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
    names = {p.name.rsplit("_", 1)[0] for p in SAMPLES if "_" in p.name}
    assert names == set(EXPECTED)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_sample_bundle_maps_patient_stays_and_labs(prefix: str) -> None:
    expected = EXPECTED[prefix]
    batch = bundle_to_batch(load(prefix))

    assert batch.rejected == []
    (patient,) = batch.patients
    assert (patient.his_id, patient.name, patient.gender) == (expected.patient_id, expected.name, expected.gender)
    assert patient.birth_date is not None
    # a US number is kept as written, marked unreadable for our dialer and SMS (never mangled)
    [number] = phones.parse_all(patient.phone)
    assert number.raw == patient.phone and re.fullmatch(r"555-\d{3}-\d{4}", number.raw) and not number.valid
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
# A loopback FHIR server
# --------------------------------------------------------------------------------------------

T0 = datetime(2026, 1, 1, 8, tzinfo=SHANGHAI)
ORDER = [*sorted(EXPECTED), "hospitalInformation"]
# Trenton's migraine Condition is edited long after everything else; its stay has a second,
# older diagnosis on the server only, which a pull must send along with it.
LATE_CONDITION = "59589a9e-32be-49fe-bd86-d896d9ec23e3"
LATE_STAY = "e80515d5-f4f6-4732-a9b5-ee64e5c1cd02"
LATE_AT = T0 + timedelta(hours=20)


def sample_server_resources() -> dict[str, list[Resource]]:
    """The sample bundles as a server stores them: one change time per file, the late Condition later."""
    bundles = [(load(prefix), T0 + timedelta(hours=hour)) for hour, prefix in enumerate(ORDER)]
    store = server_resources(bundles, lambda r, moment: LATE_AT if r["id"] == LATE_CONDITION else moment)
    store["Condition"].append(
        {
            "resourceType": "Condition",
            "id": "synthetic-second-diagnosis",
            "meta": {"lastUpdated": instant(T0 - timedelta(days=30))},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "G43.0", "display": "偏头痛"}]},
            "subject": {"reference": "Patient/a6fb5437-10d5-4f70-81a0-4f43bfbd9fb0"},
            "encounter": {"reference": f"Encounter/{LATE_STAY}"},
            "recordedDate": "1999-06-08",
        }
    )
    return store


@dataclass
class Loopback:
    base: str
    state: ServerState


@pytest.fixture(scope="module")
async def fhir_server() -> AsyncIterator[Loopback]:
    state = ServerState(sample_server_resources())
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


def test_sample_data_is_not_modified_by_mapping() -> None:
    bundle = load("Jacob_Larson")
    before = copy.deepcopy(bundle)
    bundle_to_batch(bundle)
    assert bundle == before
