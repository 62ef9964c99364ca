"""What the H5 app shows a department doctor of the department's work: its patients in hospital
and discharged (GET /api/v1/admissions?in_hospital=), and its problems to reply to
(GET /api/v1/problems, POST /api/v1/problems/{id}/reply): its own department's only."""

from __future__ import annotations

import httpx

from backend.models import Problem
from backend.models.choices import ProblemStatus
from tests import factories


async def test_a_doctor_lists_and_replies_to_the_departments_open_problems(client: httpx.AsyncClient) -> None:
    cardiology = await factories.department("心血管内科", code="0101")
    orthopaedics = await factories.department("骨伤科", code="0202")
    ours = await Problem.create(
        patient=await factories.patient(cardiology), department=cardiology, description="血压控制不佳"
    )
    theirs = await Problem.create(
        patient=await factories.patient(orthopaedics), department=orthopaedics, description="伤口渗液"
    )
    await factories.staff("doctor", cardiology, username="doc")
    headers = await factories.login(client, "doc")

    listed = await client.get("/api/v1/problems", headers=headers)
    assert listed.status_code == 200, listed.text
    assert [(p["id"], p["status_label"]) for p in listed.json()["items"]] == [(ours.id, "待处理")]
    assert "伤口渗液" not in listed.text

    empty = await client.post(f"/api/v1/problems/{ours.id}/reply", headers=headers, json={"reply": " "})
    assert empty.status_code == 422 and empty.json()["errors"][0]["field"] == "body.reply"
    # the message names the field as the doctor knows it, not by its path
    assert empty.json()["detail"] == "输入有误：科室回复：长度不能少于 1 个字符", empty.text
    replied = await client.post(
        f"/api/v1/problems/{ours.id}/reply", headers=headers, json={"reply": "已电话指导调整用药"}
    )
    assert replied.status_code == 200, replied.text
    assert replied.json()["status"] == "replied"
    assert (await Problem.get(id=ours.id)).reply == "已电话指导调整用药"
    assert (await client.get("/api/v1/problems", headers=headers)).json()["total"] == 0  # nothing left to reply
    done = await client.get("/api/v1/problems", headers=headers, params={"status": "replied"})
    assert [p["id"] for p in done.json()["items"]] == [ours.id]

    other = await client.post(f"/api/v1/problems/{theirs.id}/reply", headers=headers, json={"reply": "越权回复"})
    assert other.status_code in (403, 404)
    assert (await Problem.get(id=theirs.id)).status is ProblemStatus.OPEN


async def test_the_departments_patients_in_hospital_and_discharged(client: httpx.AsyncClient) -> None:
    cardiology = await factories.department("心血管内科", code="0101")
    ward = await factories.department("心内一病区", code="0101W1")
    orthopaedics = await factories.department("骨伤科", code="0202")
    staying = await factories.inpatient(cardiology, ward, bed_no="3", name="在院患者")
    await factories.patient(cardiology, name="出院患者")
    await factories.patient(orthopaedics, name="他科患者")
    await factories.staff("doctor", cardiology, username="doc")
    headers = await factories.login(client, "doc")

    inside = (await client.get("/api/v1/admissions", headers=headers, params={"in_hospital": "true"})).json()
    assert [(a["id"], a["patient_name"], a["discharged_at"]) for a in inside["items"]] == [
        (staying.id, "在院患者", None)
    ]
    out = (await client.get("/api/v1/admissions", headers=headers, params={"in_hospital": "false"})).json()
    assert [a["patient_name"] for a in out["items"]] == ["出院患者"]
    everyone = (await client.get("/api/v1/admissions", headers=headers)).json()
    assert everyone["total"] == 2 and "他科患者" not in str(everyone)


async def test_discharged_patients_latest_discharge_first_and_found_by_name_bed_or_inpatient_no(
    client: httpx.AsyncClient,
) -> None:
    """科室患者 已出院 was in admission order, unsearchable and cut at 100."""
    from datetime import timedelta

    from backend.models import Admission

    cardiology = await factories.department("心血管内科", code="0101")
    long_stay = await factories.patient(cardiology, name="长住患者", discharged_days_ago=1)
    short_stay = await factories.patient(cardiology, name="短住患者", discharged_days_ago=3)
    stay = await Admission.get(patient=long_stay)
    # admitted first, discharged last: by admission it came second
    await Admission.filter(id=stay.id).update(admitted_at=stay.admitted_at - timedelta(days=30), bed_no="12")
    other = await Admission.get(patient=short_stay)
    await Admission.filter(id=other.id).update(inpatient_no="ZY778899")
    await factories.staff("doctor", cardiology, username="doc")
    headers = await factories.login(client, "doc")

    def names(response: httpx.Response) -> list[str]:
        assert response.status_code == 200, response.text
        return [a["patient_name"] for a in response.json()["items"]]

    out = {"in_hospital": "false"}
    assert names(await client.get("/api/v1/admissions", headers=headers, params=out)) == ["长住患者", "短住患者"]
    for keyword, found in (("短住", ["短住患者"]), ("12", ["长住患者"]), ("ZY778899", ["短住患者"]), ("无此人", [])):
        listed = await client.get("/api/v1/admissions", headers=headers, params={**out, "keyword": keyword})
        assert names(listed) == found, keyword
    wildcard = await client.get("/api/v1/admissions", headers=headers, params={**out, "keyword": "%"})
    assert wildcard.status_code == 422
