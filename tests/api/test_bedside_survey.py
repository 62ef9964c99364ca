"""床旁扫码评价: a ward's printable QR sheet (one code per occupied bed, drawn locally), the
patient's page behind a code, an answer recorded once, and no phone survey after discharge for a
stay answered at the bedside."""

from __future__ import annotations

import html
import re
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest

from backend.clock import now
from backend.models import Admission, Department, FollowUpTask, FollowUpTemplate, Questionnaire, SatisfactionAnswer
from backend.models.choices import DepartmentKind, Program, TaskStatus
from backend.services import bedside_survey, followup_tasks
from backend.services.followup_tasks import BEDSIDE_STEP
from backend.services.questionnaires import seed_library
from tests import factories

BASE = "/admin/SatisfactionApp/page/bedside-qr"


def _best(questionnaire: Questionnaire) -> dict[str, Any]:
    answers: dict[str, Any] = {"complaint": "no"}
    for item in questionnaire.items:
        if item.get("dimension"):
            scored = [o for o in item["options"] if o.get("score") is not None]
            answers[item["id"]] = max(scored, key=lambda o: o["score"])["value"]
    return answers


async def _inpatient(department: Department, ward: Department, bed: str, name: str) -> Admission:
    patient = await factories.patient(department, name=name)
    stay = await Admission.get(patient=patient)
    stay.discharged_at, stay.ward_id, stay.bed_no = None, ward.id, bed
    await stay.save()
    return stay


@pytest.fixture
async def ward(client: httpx.AsyncClient, frozen: None, settings, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings.h5, "public_base_url", "https://sf.example.cn")
    await seed_library()
    internal = await factories.department("内科", code="0201")
    ward = await Department.create(code="W0201", name="内科一病区", kind=DepartmentKind.WARD, parent=internal)
    other_ward = await Department.create(code="W0202", name="内科二病区", kind=DepartmentKind.WARD, parent=internal)
    ten = await _inpatient(internal, ward, "10", "张大山")
    two = await _inpatient(internal, ward, "2", "李小河")
    await _inpatient(internal, other_ward, "1", "王五")
    await factories.patient(internal, name="赵已出院")  # discharged: on no sheet
    office = await factories.department("行风办", code="9002")
    await factories.staff("satisfaction_officer", office, username="officer")
    await factories.staff("doctor", internal, username="doc_in")
    questionnaire = await Questionnaire.get(code="satisfaction_inpatient_cn", version=1)
    template = await FollowUpTemplate.create(
        name="住院满意度调查",
        program=Program.SATISFACTION,
        questionnaire=questionnaire,
        match_rules={"departments": ["0201"]},
        schedule=[{"offset_days": 1, "window_days": 14}],
    )
    headers = {name: await factories.login(client, name) for name in ("officer", "doc_in")}
    client.cookies.clear()
    return {"ward": ward, "stays": (two, ten), "template": template, "headers": headers, "q": questionnaire}


async def test_the_ward_sheet_has_one_locally_drawn_code_per_occupied_bed_and_names_masked(
    client: httpx.AsyncClient, ward: dict, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    h, template = ward["headers"], ward["template"]
    wards = (await client.get(f"{BASE}/wards", headers=h["officer"])).json()["data"]["options"]
    assert {w["label"] for w in wards} == {"内科一病区", "内科二病区"}
    templates = (await client.get(f"{BASE}/templates", headers=h["officer"])).json()["data"]["options"]
    assert templates == [{"label": "住院满意度调查", "value": template.id}]
    params = {"ward_id": ward["ward"].id, "template_id": template.id}
    sheet = await client.get(f"{BASE}/sheet", headers=h["officer"], params=params)
    assert sheet.status_code == 200 and sheet.headers["content-type"].startswith("text/html")
    page = sheet.text
    # bed 2 before bed 10; names masked; the codes are the links of the two stays, drawn here
    assert page.index("2 床") < page.index("10 床") and "李**" in page and "张**" in page
    assert "李小河" not in page and "王五" not in page and "赵已出院" not in page
    codes = re.findall(r'src="(data:image/svg\+xml[^"]+)"', page)
    expected = [bedside_survey.qr_data_uri(bedside_survey.link(template.id, stay.id) or "") for stay in ward["stays"]]
    assert [html.unescape(c) for c in codes] == expected and "<script" not in page
    # a department doctor cannot print the 行风办's sheets
    assert (await client.get(f"{BASE}/sheet", headers=h["doc_in"], params=params)).status_code == 403
    # without a public H5 address no code is printed, and the page says why
    monkeypatch.setattr(settings.h5, "public_base_url", None)
    unset = await client.get(f"{BASE}/sheet", headers=h["officer"], params=params)
    assert "H5__PUBLIC_BASE_URL" in unset.text and "data:image" not in unset.text


async def test_a_bedside_answer_is_recorded_once_and_the_stay_is_not_called_after_discharge(
    client: httpx.AsyncClient, ward: dict
) -> None:
    template, q = ward["template"], ward["q"]
    two, ten = ward["stays"]
    url = bedside_survey.link(template.id, two.id)
    assert url is not None and url.startswith("https://sf.example.cn/h5/q/bed/")
    page = url.removeprefix("https://sf.example.cn")
    assert (await client.get(page)).headers["referrer-policy"] == "no-referrer"  # the H5 app's page
    path = "/api/v1" + page  # the data it loads and the answers it sends, with the code's token
    opened = await client.get(path)
    assert opened.status_code == 200 and opened.json()["title"] == "住院满意度评价" and "李小河" not in opened.text

    answer = {"client_uuid": str(uuid.uuid4()), "answers": _best(q)}
    first = await client.post(path, json=answer)
    assert first.status_code == 200, first.text
    again = await client.post(page, json=answer)  # the same submission retried (from a page as first served)
    assert again.json()["data"]["id"] == first.json()["id"]
    second = await client.post(path, json={**answer, "client_uuid": str(uuid.uuid4())})
    assert second.status_code == 409 and "已提交过" in second.text
    assert "已提交过评价" in (await client.get(path)).json()["detail"]
    task = await FollowUpTask.get(admission_id=two.id, template=template)
    assert (task.step, task.status, task.program) == (BEDSIDE_STEP, TaskStatus.COMPLETED, Program.SATISFACTION)
    assert await SatisfactionAnswer.filter(task_id=task.id).count() > 0  # in the statistics like any survey

    # a forged code, or a real one under another template, opens nothing
    assert "链接无效" in (await client.get(path.rsplit("/", 1)[0] + "/1.2.3")).json()["detail"]
    other = path.replace(f"/bed/{template.id}/", f"/bed/{template.id + 1}/")
    assert "链接无效" in (await client.get(other)).json()["detail"]

    # both are discharged: generation calls the one who did not answer at the bedside
    await Admission.filter(id__in=[two.id, ten.id]).update(discharged_at=now() - timedelta(hours=1))
    report = await followup_tasks.generate(template_ids=[template.id])
    planned = set(
        await FollowUpTask.filter(template=template, admission_id__in=[two.id, ten.id])
        .exclude(step=BEDSIDE_STEP)
        .values_list("admission_id", flat=True)
    )
    assert planned == {ten.id} and report.skipped["bedside"] == 1
    # the code stops working three days after discharge
    await Admission.filter(id=ten.id).update(discharged_at=now() - timedelta(days=4))
    late = bedside_survey.link(template.id, ten.id)
    assert late is not None
    refused = await client.get("/api/v1" + late.removeprefix("https://sf.example.cn"))
    assert refused.status_code == 409 and "已出院" in refused.json()["detail"]
