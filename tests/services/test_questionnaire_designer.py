"""Saving a questionnaire from the designer and importing FHIR R4: validated, versioned when
answered (templates follow, tasks and records keep theirs), audited."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from backend.models import AuditEvent, FollowUpRecord, FollowUpTask, FollowUpTemplate, Questionnaire
from backend.models.choices import AuditAction, QuestionnaireStatus
from backend.services import questionnaires as qs
from backend.services.errors import InvalidInput, NotFound, PermissionDenied
from backend.services.principal import Principal, load_principal
from tests import factories
from tests.services.test_questionnaires import FHIR_FORM_FILES, FHIR_FORMS, ITEMS, _record

SLEEP = {"id": "sleep", "type": "text", "text": "睡眠情况", "required": False}


async def _designer() -> Principal:
    return await load_principal(await factories.staff("followup_agent", await factories.department()))


def _definition(**changes: Any) -> dict[str, Any]:
    return {
        "title": "出院随访",
        "description": "",
        "items": copy.deepcopy(ITEMS),
        "red_flags": [],
        "scoring": {},
        **changes,
    }


async def test_update_definition_edits_an_unanswered_questionnaire_in_place(db: str) -> None:
    principal = await _designer()
    questionnaire = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS)
    flags = [{"item": "sbp", "op": ">=", "value": 180, "message": "收缩压≥180mmHg", "severity": "urgent"}]

    saved = await qs.update_definition(
        principal, questionnaire.id, **_definition(items=[*ITEMS, SLEEP], red_flags=flags, scoring={"method": "sum"})
    )

    assert (saved.how, saved.message) == ("updated", "已保存")
    stored = await Questionnaire.get(id=questionnaire.id)
    assert stored.version == 1 and stored.items[-1] == SLEEP and stored.red_flags == flags
    assert stored.scoring == {"method": "sum"}
    assert await Questionnaire.filter(code="GEN").count() == 1
    assert await AuditEvent.filter(action=AuditAction.UPDATE, resource_id=str(questionnaire.id)).count() == 1


async def test_update_definition_saves_an_answered_questionnaire_as_the_next_version(db: str) -> None:
    principal = await _designer()
    v1 = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS, status=QuestionnaireStatus.PUBLISHED)
    record = await _record(v1)  # with its own template and task, both on v1
    other = await FollowUpTemplate.create(
        name="其他模板", questionnaire=await Questionnaire.create(code="X", title="X")
    )

    saved = await qs.update_definition(principal, v1.id, **_definition(items=[*ITEMS, SLEEP], title="出院随访（新）"))

    v2 = saved.questionnaire
    assert (v2.code, v2.version, v2.title, v2.items[-1]) == ("GEN", 2, "出院随访（新）", SLEEP)
    assert saved.message == "已保存为第 2 版（原版本已有随访记录，保持不变），1 个随访模板已改用新版本"
    old = await Questionnaire.get(id=v1.id)
    assert (old.version, old.title, old.items) == (1, "出院随访", ITEMS)
    assert (await FollowUpRecord.get(id=record.id)).questionnaire_id == v1.id
    assert (await FollowUpTask.get(id=record.task_id)).questionnaire_id == v1.id  # tasks keep theirs
    template = await FollowUpTemplate.get(tasks__id=record.task_id)
    assert template.questionnaire_id == v2.id  # new tasks ask the edited questions
    assert (await FollowUpTemplate.get(id=other.id)).questionnaire_id != v2.id
    assert await AuditEvent.filter(action=AuditAction.CREATE, resource_id=str(v2.id)).count() == 1
    assert await AuditEvent.filter(action=AuditAction.UPDATE, resource_id=str(template.id)).count() == 1


async def test_update_definition_without_changes_saves_nothing(db: str) -> None:
    principal = await _designer()
    questionnaire = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS)
    await _record(questionnaire)

    saved = await qs.update_definition(principal, questionnaire.id, **_definition())

    assert saved.how == "unchanged" and saved.questionnaire.id == questionnaire.id
    assert await Questionnaire.filter(code="GEN").count() == 1
    assert not await AuditEvent.filter(resource_type="questionnaire").exists()


def _later_condition() -> list[dict[str, Any]]:
    items = copy.deepcopy(ITEMS)
    items[0]["show_if"] = {"item": "discomfort", "equals": "yes"}
    return items


def _scale_without_max() -> list[dict[str, Any]]:
    items = copy.deepcopy(ITEMS)
    del items[4]["max"]
    return items


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (_later_condition(), "题目「心情」(mood)的显示条件只能引用它前面的题目「discomfort」"),
        (_scale_without_max(), "量表题「疼痛评分」(pain)必须设置最小值和最大值"),
        ([*ITEMS, {**SLEEP, "id": "mood"}], "题目编号重复：「睡眠情况」(mood)"),
    ],
    ids=["show_if_names_a_later_item", "scale_without_max", "duplicate_ids"],
)
async def test_update_definition_refuses_a_bad_definition_naming_the_item(
    db: str, items: list[dict[str, Any]], message: str
) -> None:
    principal = await _designer()
    questionnaire = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS)
    await _record(questionnaire)

    with pytest.raises(InvalidInput) as raised:
        await qs.update_definition(principal, questionnaire.id, **_definition(items=items))

    assert raised.value.message == message and raised.value.status_code == 422
    assert await Questionnaire.filter(code="GEN").count() == 1
    assert (await Questionnaire.get(id=questionnaire.id)).items == ITEMS


async def test_update_definition_needs_the_template_permission_and_a_title(db: str) -> None:
    doctor = await load_principal(await factories.staff("doctor", await factories.department()))
    questionnaire = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS)
    with pytest.raises(PermissionDenied):
        await qs.update_definition(doctor, questionnaire.id, **_definition())
    principal = await _designer()
    with pytest.raises(InvalidInput, match="问卷名称不能为空"):
        await qs.update_definition(principal, questionnaire.id, **_definition(title="  "))
    with pytest.raises(NotFound):
        await qs.update_definition(principal, questionnaire.id + 1000, **_definition())


@pytest.mark.parametrize("name", FHIR_FORM_FILES)
async def test_import_fhir_creates_a_draft_and_reimporting_changes_nothing(db: str, name: str) -> None:
    principal = await _designer()
    resource = json.loads((FHIR_FORMS / name).read_text(encoding="utf-8"))

    first = await qs.import_fhir(principal, resource)

    created = first.questionnaire
    assert first.how == "created" and created.version == 1 and created.status is QuestionnaireStatus.DRAFT
    assert created.items == qs.from_fhir(resource)["items"] and created.items
    assert await AuditEvent.filter(action=AuditAction.CREATE, resource_id=str(created.id)).count() == 1
    again = await qs.import_fhir(principal, resource)
    assert again.how == "unchanged" and await Questionnaire.filter(code=created.code).count() == 1


async def test_import_fhir_of_an_answered_code_adds_a_version(db: str) -> None:
    principal = await _designer()
    v1 = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS, status=QuestionnaireStatus.PUBLISHED)
    await _record(v1)
    resource = qs.to_fhir(Questionnaire(code="GEN", version=1, title="出院随访（外院版）", items=[*ITEMS, SLEEP]))

    saved = await qs.import_fhir(principal, json.loads(json.dumps(resource)))

    assert saved.questionnaire.version == 2 and saved.questionnaire.items[-1] == SLEEP
    assert saved.message.startswith("已保存为第 2 版")
    assert (await Questionnaire.get(id=v1.id)).items == ITEMS
