"""患者信息查看: one call gives what staff need before a call, within their department scope."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from backend.clock import now
from backend.models import Admission, Department, Patient
from backend.models.choices import DischargeDisposition
from backend.services import demo, sync
from integrations.his.demo import DemoHis
from tests import databases, factories
from tests.admin.conftest import admin_login


@pytest.fixture
async def pulled(db: str, tmp_path: Path) -> AsyncIterator[None]:
    await demo.seed_demo_hospital()
    his = DemoHis.at(await databases.fresh_his_database(db, tmp_path))
    await his.create()
    await his.add_discharges(12, start=1, items_per_report=8, reports_per_visit=2, gotchas=False)
    await sync.pull(his.source())
    await his.close()
    yield


async def test_overview_holds_stays_summary_front_page_labs_and_trends(client: httpx.AsyncClient, pulled: None) -> None:
    headers = await factories.login(client, "kefu01", demo.DEMO_PASSWORD)
    patient = await Patient.get(his_id="W0000003")
    response = await client.get(f"/api/v1/patients/{patient.id}/overview", headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["patient"]["name"] == patient.name and "****" in body["patient"]["phone"]
    stay = body["admissions"][0]
    assert len(stay["diagnoses"]) == 3 and stay["summary"]["discharge_orders"].startswith("低盐低脂")
    assert {f["label"] for f in stay["front_page"]} >= {"病案号", "出院主要诊断编码(西医)"}
    assert all(f["content"] for f in stay["front_page"])  # the 2019 TCM codes are filled
    # a coded field shows its value domain's label, not the HIS code (RC019: 1 → 医嘱离院)
    shown = {f["label"]: f["content"] for f in stay["front_page"]}
    assert shown["离院方式"] in DischargeDisposition.labels().values(), shown
    assert len(body["labs"]) == 2 and all(len(lab["results"]) == 8 for lab in body["labs"])
    flagged = [r for lab in body["labs"] for r in lab["results"] if r["abnormal"]]
    assert all(r["flag"] != "normal" for r in flagged)
    assert len(body["trends"]) == 8 and all(len(t["points"]) == 2 for t in body["trends"])
    assert stay["state"] == "discharged" and stay["cancelled_at"] is None


async def test_a_stay_the_his_withdrew_shows_as_cancelled(client: httpx.AsyncClient, pulled: None) -> None:
    patient = await Patient.get(his_id="W0000003")
    await Admission.filter(patient_id=patient.id).update(cancelled_at=now())
    headers = await factories.login(client, "kefu01", demo.DEMO_PASSWORD)
    body = (await client.get(f"/api/v1/patients/{patient.id}/overview", headers=headers)).json()
    assert [s["state"] for s in body["admissions"]] == ["cancelled"] and body["admissions"][0]["cancelled_at"]


async def test_overview_is_department_scoped(client: httpx.AsyncClient, pulled: None) -> None:
    cardiology = await Department.get(code="0101")
    inside = await Admission.filter(department_id=cardiology.id).first()
    outside = await Admission.exclude(department_id=cardiology.id).first()
    assert inside is not None and outside is not None
    headers = await factories.login(client, "xnk_doctor", demo.DEMO_PASSWORD)
    assert (await client.get(f"/api/v1/patients/{inside.patient_id}/overview", headers=headers)).status_code == 200
    assert (await client.get(f"/api/v1/patients/{outside.patient_id}/overview", headers=headers)).status_code == 404


async def test_admin_patient_list_masks_and_serves_the_360_view(client: httpx.AsyncClient, pulled: None) -> None:
    await admin_login(client, "kefu01", demo.DEMO_PASSWORD)
    listed = (await client.post("/admin/PatientDataApp/PatientAdmin/list", json={"name": ""})).json()["data"]
    assert listed["total"] == 12
    first = listed["items"][0]
    assert first["phone_cipher"].count("*") == 4 and "v1:" not in first["phone_cipher"]
    view = (await client.get(f"/admin/PatientDataApp/PatientAdmin/overview/{first['id']}")).json()["data"]
    assert view["lab_rows"] and view["trend_chart"]["series"]


async def test_overview_has_a_section_for_exam_reports_within_scope(client: httpx.AsyncClient, pulled: None) -> None:
    """Issue #12: the 患者 360 had no 检查 (imaging, ultrasound, ECG) section."""
    from integrations.his.base import Batch, ExamReportRecord

    patient = await Patient.get(his_id="W0000003")
    stay = await Admission.filter(patient_id=patient.id).first()
    assert stay is not None
    exam = ExamReportRecord(
        "E-360",
        "W0000003",
        "心脏彩超",
        his_visit_id=stay.his_visit_id,
        exam_type="超声",
        body_part="心脏",
        findings="左室舒张功能减低。",
        conclusion="左室舒张功能减低",
        reported_at=now(),
        reporting_doctor="王超声",
    )
    await sync.store("his", Batch(exams=[exam]))
    headers = await factories.login(client, "kefu01", demo.DEMO_PASSWORD)
    body = (await client.get(f"/api/v1/patients/{patient.id}/overview", headers=headers)).json()
    [shown] = body["exams"]
    assert (shown["exam_type"], shown["item_name"], shown["conclusion"]) == ("超声", "心脏彩超", "左室舒张功能减低")
    assert shown["findings"] == "左室舒张功能减低。" and shown["reporting_doctor"] == "王超声"
    # a doctor of another department sees the patient's stay there, not this stay's exam
    other = await Department.exclude(id=stay.department_id).filter(kind="clinical").first()
    assert other is not None
    outsider = await factories.staff("doctor", other)
    elsewhere = await factories.patient(other)
    await Admission.filter(patient_id=elsewhere.id).update(patient_id=patient.id)
    outsider_headers = await factories.login(client, outsider.username)
    seen = (await client.get(f"/api/v1/patients/{patient.id}/overview", headers=outsider_headers)).json()
    assert seen["exams"] == []
