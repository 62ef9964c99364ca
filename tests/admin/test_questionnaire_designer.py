"""问卷库 → 设计问卷, 导出 FHIR and 导入 FHIR through the admin's own routes."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import httpx
import pytest

from backend.admin.questionnaire import definition_from_form, designer_data
from backend.models import Questionnaire
from backend.models.choices import QuestionnaireStatus
from backend.services import questionnaires as qs
from backend.services.questionnaire_library import LIBRARY
from tests import factories
from tests.admin.conftest import admin_login
from tests.services.test_questionnaires import FHIR_FORMS, ITEMS, _record

QUESTIONNAIRE = "/admin/DictionaryApp/QuestionnaireAdmin"
SLEEP_ROW = {
    "id": "sleep",
    "text": "睡眠是否好",
    "type": "single",
    "required": True,
    "options": [{"value": "good", "label": "好", "score": 1}, {"value": "bad", "label": "不好", "score": ""}],
    "min": None,
    "max": None,
    "unit": "",
    "show_if_item": "discomfort",
    "show_if_op": "equals",
    "show_if_value": "yes",
}


async def _login(client: httpx.AsyncClient, role: str = "followup_agent") -> None:
    await factories.staff(role, await factories.department(), username=role)
    await admin_login(client, role)


async def _questionnaire(**changes: Any) -> Questionnaire:
    return await Questionnaire.create(
        code="GEN",
        title="出院随访",
        items=copy.deepcopy(ITEMS),
        red_flags=[{"item": "sbp", "op": ">=", "value": 180, "message": "血压高", "severity": "urgent"}],
        scoring={"method": "sum", "items": ["mood", "pain"]},
        status=QuestionnaireStatus.PUBLISHED,
        **changes,
    )


def test_the_designer_form_round_trips_a_stored_definition_unchanged() -> None:
    questionnaire = Questionnaire(
        code="GEN",
        title="出院随访",
        description="说明",
        items=ITEMS,
        red_flags=[
            {"item": "sbp", "op": ">=", "value": 180, "message": "血压高", "severity": "urgent"},
            {"item": "symptoms", "op": "in", "value": ["cough", "fever"], "message": "", "severity": "normal"},
        ],
        scoring={"method": "sum", "items": ["mood", "pain"]},
    )
    # what amis posts back is JSON: numbers stay numbers, the comma-joined values are text
    form = json.loads(json.dumps(designer_data(questionnaire)))

    assert definition_from_form(form) == {
        "title": "出院随访",
        "description": "说明",
        "items": ITEMS,
        "red_flags": questionnaire.red_flags,
        "scoring": questionnaire.scoring,
    }


async def test_designer_form_loads_the_definition(client: httpx.AsyncClient) -> None:
    await _login(client)
    questionnaire = await _questionnaire()

    response = await client.get(f"{QUESTIONNAIRE}/designer/{questionnaire.id}")

    form = response.json()["data"]
    assert form["type"] == "form" and form["api"] == f"post:{QUESTIONNAIRE}/designer/{questionnaire.id}"
    assert [row["id"] for row in form["data"]["items"]] == [item["id"] for item in ITEMS]
    assert form["data"]["items"][7]["show_if_item"] == "discomfort" and form["data"]["scoring_method"] == "sum"


async def test_saving_the_designer_form_adds_a_version_only_when_answered(client: httpx.AsyncClient) -> None:
    await _login(client)
    questionnaire = await _questionnaire()
    form = designer_data(questionnaire)
    form["items"].append(SLEEP_ROW)

    in_place = await client.post(f"{QUESTIONNAIRE}/designer/{questionnaire.id}", json=form)

    assert in_place.json()["msg"] == "已保存", in_place.text
    stored = await Questionnaire.get(id=questionnaire.id)
    assert stored.items[-1] == {
        "id": "sleep",
        "type": "single",
        "text": "睡眠是否好",
        "required": True,
        "options": [{"value": "good", "label": "好", "score": 1}, {"value": "bad", "label": "不好"}],
        "show_if": {"item": "discomfort", "equals": "yes"},
    }

    await _record(stored)
    form["title"] = "出院随访（第二版）"
    versioned = await client.post(f"{QUESTIONNAIRE}/designer/{questionnaire.id}", json=form)

    assert versioned.json()["msg"].startswith("已保存为第 2 版（原版本已有随访记录，保持不变）"), versioned.text
    assert versioned.json()["data"]["version"] == 2
    v2 = await Questionnaire.get(code="GEN", version=2)
    assert v2.title == "出院随访（第二版）" and v2.items[-1]["id"] == "sleep"
    assert (await Questionnaire.get(id=questionnaire.id)).title == "出院随访"


async def test_saving_a_bad_definition_answers_422_naming_the_item(client: httpx.AsyncClient) -> None:
    await _login(client)
    questionnaire = await _questionnaire()
    form = designer_data(questionnaire)
    form["items"][0].update(show_if_item="discomfort", show_if_op="equals", show_if_value="yes")

    response = await client.post(f"{QUESTIONNAIRE}/designer/{questionnaire.id}", json=form)

    assert response.status_code == 422
    assert response.json()["msg"] == "题目「心情」(mood)的显示条件只能引用它前面的题目「discomfort」"
    assert (await Questionnaire.get(id=questionnaire.id)).items == ITEMS


async def test_designer_routes_need_the_template_permission(client: httpx.AsyncClient) -> None:
    await _login(client, "doctor")
    questionnaire = await _questionnaire()
    form = designer_data(questionnaire)

    assert (await client.get(f"{QUESTIONNAIRE}/designer/{questionnaire.id}")).status_code == 403
    assert (await client.post(f"{QUESTIONNAIRE}/designer/{questionnaire.id}", json=form)).status_code == 403
    assert (await client.post(f"{QUESTIONNAIRE}/fhir/import", json={"json": "{}"})).status_code == 403
    # reading (导出) is allowed with followup:read
    assert (await client.get(f"{QUESTIONNAIRE}/fhir/{questionnaire.id}")).status_code == 200


async def test_preview_renders_the_items_as_the_execution_form_does(client: httpx.AsyncClient) -> None:
    await _login(client)
    rows = designer_data(Questionnaire(code="GEN", title="x", items=ITEMS))["items"]
    rows.append({"id": "", "type": "text", "text": "还没写题号"})

    response = await client.post(f"{QUESTIONNAIRE}/designer/preview", json={"items": rows})

    body = response.json()["data"]["body"]
    assert [control["name"] for control in body] == [f"answers.{item['id']}" for item in ITEMS]
    assert body[0]["type"] == "radios" and body[4]["type"] == "input-range"
    assert body[7]["visibleOn"] == '${(answers.discomfort == "yes" || ARRAYINCLUDES(answers.discomfort, "yes"))}'


async def test_export_fhir_downloads_the_questionnaire_resource(client: httpx.AsyncClient) -> None:
    await _login(client)
    questionnaire = await _questionnaire()

    response = await client.get(f"{QUESTIONNAIRE}/fhir/{questionnaire.id}")

    assert response.status_code == 200 and response.headers["content-type"].startswith("application/fhir+json")
    assert response.headers["content-disposition"] == 'attachment; filename="GEN-v1.json"'
    resource = response.json()
    # as stored: PostgreSQL's jsonb orders object keys its own way
    assert resource == qs.to_fhir(await Questionnaire.get(id=questionnaire.id))
    assert qs.from_fhir(resource)["items"] == ITEMS
    assert (await client.get(f"{QUESTIONNAIRE}/fhir/{questionnaire.id + 99}")).status_code == 404


async def test_import_fhir_from_an_uploaded_file_or_pasted_json(client: httpx.AsyncClient) -> None:
    await _login(client)
    text = (FHIR_FORMS / "mood9_sdc_calculated.json").read_text(encoding="utf-8")
    upload = "data:application/json;base64," + base64.b64encode(text.encode()).decode()

    uploaded = await client.post(f"{QUESTIONNAIRE}/fhir/import", json={"file": upload})

    assert uploaded.json()["status"] == 0, uploaded.text
    created = await Questionnaire.get(id=uploaded.json()["data"]["id"])
    assert uploaded.json()["msg"] == f"已新建问卷「{created.title}」（第 1 版）"
    assert created.items == qs.from_fhir(json.loads(text))["items"] and created.status is QuestionnaireStatus.DRAFT

    resource = json.loads(text)
    resource["title"] = "心境自评（九项）修订"
    pasted = await client.post(f"{QUESTIONNAIRE}/fhir/import", json={"json": json.dumps(resource)})
    assert pasted.json()["msg"] == "已保存" and (await Questionnaire.get(id=created.id)).title == "心境自评（九项）修订"

    broken = await client.post(f"{QUESTIONNAIRE}/fhir/import", json={"json": "{not json"})
    assert broken.status_code == 422 and broken.json()["msg"].startswith("JSON 格式错误")
    patient = await client.post(f"{QUESTIONNAIRE}/fhir/import", json={"json": '{"resourceType": "Patient"}'})
    assert patient.status_code == 422 and "不是 FHIR Questionnaire 资源" in patient.json()["msg"]
    assert await Questionnaire.all().count() == 1


@pytest.mark.parametrize("definition", LIBRARY, ids=lambda d: d["code"])
def test_the_designer_form_round_trips_every_library_questionnaire(definition: dict[str, Any]) -> None:
    """Whatever an item carries (仅随访人员填写, satisfaction dimensions, scores) survives an edit."""
    questionnaire = Questionnaire(
        code=definition["code"],
        title=definition["title"],
        description=definition.get("description", ""),
        items=copy.deepcopy(definition["items"]),
        red_flags=definition.get("red_flags", []),
        scoring=definition.get("scoring", {}),
    )
    form = json.loads(json.dumps(designer_data(questionnaire)))

    def meaning(items: list[dict[str, Any]]) -> list[dict[str, Any]]:  # an unset flag reads as false
        return [
            {**item, "options": [{k: v for k, v in o.items() if v is not False} for o in item.get("options") or []]}
            for item in json.loads(json.dumps(items))
        ]

    assert meaning(definition_from_form(form)["items"]) == meaning(definition["items"])
