"""Phone and ID numbers: encrypted at rest, masked in responses, unmasked only with audit."""

from __future__ import annotations

from pathlib import Path

import httpx
from sqlalchemy import text as sql
from tortoise import Tortoise, connections

from backend.models import AuditEvent, QuarantinedRecord
from backend.models.choices import AuditAction
from tests import factories

PHONE = "13812345678"
ID_NUMBER = factories.valid_id_number(factories.at(1960, 3, 8).date(), 123)


async def _agent(client: httpx.AsyncClient) -> dict[str, str]:
    await factories.staff("followup_agent", await factories.department("随访中心"), username="agent")
    return await factories.login(client, "agent")


async def test_lists_and_details_are_masked_even_for_roles_that_may_unmask(client: httpx.AsyncClient) -> None:
    patient = await factories.patient(await factories.department(), phone=PHONE, id_number=ID_NUMBER)
    headers = await _agent(client)
    listed = (await client.get("/api/v1/patients", headers=headers)).json()["items"][0]
    assert listed["phone"] == "138****5678"
    assert listed["id_number"] == "*" * 14 + ID_NUMBER[-4:]
    detail = await client.get(f"/api/v1/patients/{patient.id}", headers=headers)
    assert PHONE not in detail.text and ID_NUMBER not in detail.text
    assert detail.json()["contacts"][0]["phone"].count("*") == 4


async def test_unmask_returns_plaintext_and_audits_each_call(client: httpx.AsyncClient) -> None:
    patient = await factories.patient(await factories.department(), phone=PHONE, id_number=ID_NUMBER)
    headers = await _agent(client)
    for _ in range(2):
        response = await client.post(
            f"/api/v1/patients/{patient.id}/unmask",
            headers=headers,
            json={"fields": ["phone", "id_number"], "reason": "电话随访核对身份"},
        )
        assert response.status_code == 200
        assert response.json()["phone"] == PHONE and response.json()["id_number"] == ID_NUMBER
    events = await AuditEvent.filter(action=AuditAction.UNMASK).order_by("id")
    assert len(events) == 2
    assert events[0].resource_type == "patient" and events[0].resource_id == str(patient.id)
    assert "电话随访核对身份" in events[0].summary
    assert PHONE not in str(events[0].after) and PHONE not in events[0].summary


async def test_unmask_without_permission_is_refused_and_not_audited_as_unmask(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    patient = await factories.patient(dept, phone=PHONE)
    await factories.staff("doctor", dept, username="doc")
    headers = await factories.login(client, "doc")
    response = await client.post(
        f"/api/v1/patients/{patient.id}/unmask", headers=headers, json={"fields": ["phone"], "reason": "想看"}
    )
    assert response.status_code == 403
    assert PHONE not in response.text
    assert await AuditEvent.filter(action=AuditAction.UNMASK).count() == 0


async def test_unmask_rejects_unknown_fields(client: httpx.AsyncClient) -> None:
    patient = await factories.patient(await factories.department())
    headers = await _agent(client)
    response = await client.post(
        f"/api/v1/patients/{patient.id}/unmask", headers=headers, json={"fields": ["password_hash"], "reason": "测试"}
    )
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "fields"


async def test_exact_search_by_phone_and_id_number_uses_the_blind_index(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    wanted = await factories.patient(dept, phone=PHONE, id_number=ID_NUMBER)
    await factories.patient(dept)
    headers = await _agent(client)
    by_phone = (await client.get("/api/v1/patients", params={"phone": "+86 138-1234-5678"}, headers=headers)).json()
    assert [p["id"] for p in by_phone["items"]] == [wanted.id]
    by_id = (await client.get("/api/v1/patients", params={"id_number": ID_NUMBER.lower()}, headers=headers)).json()
    assert [p["id"] for p in by_id["items"]] == [wanted.id]


async def test_no_plaintext_phone_or_id_number_in_any_table(db: str, tmp_path: Path) -> None:
    """After the demo HIS is pulled (some records quarantined), no stored row of any table holds
    a patient phone or ID number in clear."""
    from backend.services import demo, sync
    from integrations.his.demo import DemoHis
    from tests import databases

    await demo.seed_demo_hospital()
    his = DemoHis.at(await databases.fresh_his_database(db, tmp_path))
    await his.create()
    await his.add_discharges(80, start=1)  # includes a bad ID number (71): quarantined
    await sync.pull(his.source())
    async with his.engine.connect() as conn:
        raw = (await conn.execute(sql("SELECT SFZH, LXDH, LXRDH FROM ZY_BRXXK"))).all()
    await his.close()
    secrets = [value for row in raw for value in row if value and value != "NA"]
    assert len(secrets) > 200
    assert await QuarantinedRecord.filter(entity="patient").exists()
    conn = connections.get("default")
    dumped = []
    for model in Tortoise.apps.get_models_iterable():  # type: ignore[union-attr]
        table = model._meta.db_table
        quote = "`" if db == "mysql" else '"'
        _, rows = await conn.execute_query(f"SELECT * FROM {quote}{table}{quote}")
        dumped.append(repr([dict(r) for r in rows]))
    everything = "\n".join(dumped)
    assert "W0000001" in everything  # the dump really holds the patients
    leaked = [s for s in secrets if s in everything]
    assert leaked == []
