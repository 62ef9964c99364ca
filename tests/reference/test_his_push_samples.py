"""HIS intake over the shared reference corpus: every sample HL7 message over a real MLLP socket and
every Synthea bundle through the API is stored or quarantined with a reason."""

from __future__ import annotations

import asyncio
import json

import httpx

from backend.models import LabResult, Patient, QuarantinedRecord, SyncRun
from backend.models.choices import AbnormalFlag, SyncStatus
from backend.services import demo
from integrations.his.hl7 import MllpServer
from tests import factories
from tests.reference.conftest import corpus_files

HL7_SAMPLES = corpus_files("samples/hl7v2", "*.hl7")
FHIR_SAMPLES = corpus_files("samples/fhir-r4", "*.json")
VT, FS, CR = b"\x0b", b"\x1c", b"\x0d"


async def _send(port: int, message: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(VT + message + FS + CR)
    await writer.drain()
    reply = await reader.readuntil(FS + CR)
    writer.close()
    await writer.wait_closed()
    return reply


async def test_every_hl7_sample_is_stored_or_quarantined_with_the_right_ack(hl7_listener: MllpServer) -> None:
    acks = {}
    for path in HL7_SAMPLES:
        reply = await _send(hl7_listener.port, path.read_bytes())
        acks[path.name] = reply.split(b"MSA|", 1)[1][:2].decode()
    assert set(acks.values()) <= {"AA", "AE"}, acks
    # Invalid birth date: the patient is quarantined, and so is the lab report that needs them.
    assert acks["pythonhl7__sample_hl7.hl7"] == "AE"
    assert await SyncRun.filter(source="hl7").count() == len(acks)
    assert await Patient.exists(his_id="PATID1234")
    quarantined = {(q.entity, q.external_id): q.reason for q in await QuarantinedRecord.filter(source="hl7")}
    assert "出生日期" in quarantined[("patient", "555-44-4444")]
    assert "不存在" in quarantined[("lab", "1045813")]
    # Results of the ORU messages land with their flags normalised (N -> normal).
    results = await LabResult.all()
    assert len(results) >= 13 and all(r.flag is AbnormalFlag.NORMAL for r in results if r.flag_raw == "N")


async def test_replaying_hl7_samples_creates_no_duplicates(hl7_listener: MllpServer) -> None:
    (message,) = [p.read_bytes() for p in HL7_SAMPLES if p.name == "msconv__ADT-A01-01.hl7"]
    for _ in range(3):
        await _send(hl7_listener.port, message)
    assert await Patient.filter(his_id="PATID1234").count() == 1


async def test_every_synthea_bundle_imports_and_the_deceased_are_marked(client: httpx.AsyncClient) -> None:
    await demo.seed_demo_hospital()
    await factories.staff("sysadmin", None, username="his_admin")
    headers = await factories.login(client, "his_admin")
    client.cookies.clear()
    for path in FHIR_SAMPLES:
        response = await client.post("/api/v1/his/fhir-bundle", headers=headers, json=json.loads(path.read_text()))
        assert response.status_code == 200, (path.name, response.text)
        assert response.json()["status"] in (SyncStatus.SUCCEEDED.value, SyncStatus.PARTIAL.value)
    assert await Patient.all().count() == 11
    deceased = await Patient.filter(deceased_at__isnull=False).values_list("name", flat=True)
    assert len(deceased) == 2
    assert await LabResult.all().count() > 100
    # Synthea hospitals are not departments of ours: their stays are quarantined with the reason.
    reasons = set(await QuarantinedRecord.filter(source="fhir_bundle", entity="visit").values_list("reason", flat=True))
    assert reasons and all("科室编码" in r for r in reasons)
