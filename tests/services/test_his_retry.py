"""重试 in 隔离数据 works whatever the configured source: push sources (HL7) as well as pulls."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from backend.clock import now
from backend.models import Admission, Department, QuarantinedRecord
from backend.services import demo, sync
from integrations.his.base import Batch, PatientRecord, VisitRecord
from tests import factories
from tests.admin.conftest import admin_login

QUARANTINE = "/admin/SystemApp/QuarantineAdmin"


async def test_retry_under_an_hl7_source_stores_the_record_once_its_department_exists(
    client: httpx.AsyncClient, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Before, make_source raised 'not a pull source' for HIS__SOURCE=hl7 and 重试 answered 500."""
    monkeypatch.setattr(settings.his, "source", "hl7")
    await demo.seed_demo_hospital()
    admitted = now() - timedelta(days=5)
    batch = Batch(
        patients=[PatientRecord(his_id="P-R1", name="重试患者")],
        visits=[VisitRecord("V-R1", "P-R1", department_code="7777", admitted_at=admitted, discharged_at=now())],
    )
    await sync.store_pushed("hl7", batch)
    held = await QuarantinedRecord.get(source="hl7", entity="visit", external_id="V-R1")
    assert "7777" in held.reason

    await factories.staff("sysadmin", await factories.department("信息科", code="9903"), username="sys")
    await admin_login(client, "sys")
    still = await client.post(f"{QUARANTINE}/action/retry/{held.id}", json={})
    assert still.status_code == 200 and "仍无法导入" in still.text, still.text
    await Department.create(code="7777", name="新开科室")
    done = await client.post(f"{QUARANTINE}/action/retry/{held.id}", json={})
    assert done.status_code == 200 and "已重新导入" in done.text, done.text
    assert await Admission.exists(his_visit_id="V-R1")
    await held.refresh_from_db()
    assert held.resolved_at is not None
