"""Questionnaires: answer checking per item type, required and conditional items, scoring, red
flags, definition checks, versions, FHIR R4 round trips and the seeded library."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from backend.clock import now
from backend.models import Admission, AuditEvent, FollowUpRecord, FollowUpTask, FollowUpTemplate, Questionnaire
from backend.models.choices import AuditAction, Program, QuestionnaireStatus, TaskOutcome
from backend.services import questionnaires as qs
from backend.services.errors import InvalidInput
from backend.services.principal import Principal, load_principal
from backend.services.questionnaire_library import LIBRARY
from tests import factories

FHIR_FORMS = Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires"
FHIR_FORM_FILES = ("mood9_sdc_calculated.json", "mood9_grouped_valuesets.json", "weight_height_bmi.json")

YES_NO = [{"value": "yes", "label": "有"}, {"value": "no", "label": "没有"}]

ITEMS: list[dict[str, Any]] = [
    {
        "id": "mood",
        "type": "single",
        "text": "心情",
        "required": True,
        "options": [{"value": "good", "label": "好", "score": 2}, {"value": "bad", "label": "差", "score": 0}],
    },
    {
        "id": "symptoms",
        "type": "multiple",
        "text": "症状",
        "required": False,
        "options": [
            {"value": "cough", "label": "咳嗽", "score": 1},
            {"value": "fever", "label": "发热", "score": 2},
            {"value": "none", "label": "无"},
        ],
    },
    {"id": "note", "type": "text", "text": "备注", "required": False},
    {"id": "sbp", "type": "number", "text": "收缩压", "required": True, "min": 50, "max": 300, "unit": "mmHg"},
    {"id": "pain", "type": "scale", "text": "疼痛评分", "required": True, "min": 0, "max": 10},
    {"id": "recheck", "type": "date", "text": "复查日期", "required": False},
    {"id": "discomfort", "type": "single", "text": "是否有不适", "required": True, "options": YES_NO},
    {
        "id": "discomfort_detail",
        "type": "text",
        "text": "请描述不适",
        "required": True,
        "show_if": {"item": "discomfort", "equals": "yes"},
    },
    {
        "id": "detail_severity",
        "type": "scale",
        "text": "不适程度",
        "required": True,
        "min": 1,
        "max": 5,
        "show_if": {"item": "discomfort_detail", "exists": True},
    },
]
COMPLETE = {"mood": "good", "sbp": 120, "pain": 2, "discomfort": "no"}


def _questionnaire(
    items: list[dict[str, Any]] | None = None,
    *,
    scoring: dict[str, Any] | None = None,
    red_flags: list[dict[str, Any]] | None = None,
) -> Questionnaire:
    return Questionnaire(
        code="T",
        title="测试问卷",
        items=copy.deepcopy(items if items is not None else ITEMS),
        scoring=scoring or {},
        red_flags=red_flags or [],
    )


def _answers(**changes: Any) -> dict[str, Any]:
    return {**COMPLETE, **changes}


# --- answers, by item type ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item_id", "good", "stored"),
    [
        ("mood", "bad", "bad"),
        ("symptoms", ["fever", "cough", "fever"], ["fever", "cough"]),
        ("note", "夜间偶有咳嗽", "夜间偶有咳嗽"),
        ("note", "字" * 2000, "字" * 2000),
        ("sbp", 135.5, 135.5),
        ("sbp", "142", 142),
        ("sbp", 50, 50),
        ("pain", 10, 10),
        ("pain", "7", 7),
        ("recheck", "2026-03-01", "2026-03-01"),
        ("recheck", date(2026, 3, 1), "2026-03-01"),
    ],
)
def test_validate_answers_accepts_good_answers_of_each_type(item_id: str, good: Any, stored: Any) -> None:
    cleaned = qs.validate_answers(_questionnaire(), _answers(**{item_id: good}), complete=True)
    assert cleaned[item_id] == stored


@pytest.mark.parametrize(
    ("item_id", "bad", "reason"),
    [
        ("mood", "so-so", "不是有效选项"),
        ("mood", ["good"], "不是有效选项"),
        ("symptoms", "cough", "必须是选项列表"),
        ("symptoms", ["cough", "headache"], "不是有效选项"),
        ("note", "字" * 2001, "不能超过2000字"),
        ("note", 12, "必须是文字"),
        ("sbp", 301, "超出范围"),
        ("sbp", 49.9, "超出范围"),
        ("sbp", "高", "必须是数字"),
        ("sbp", True, "必须是数字"),
        ("pain", 11, "超出范围"),
        ("pain", -1, "超出范围"),
        ("pain", 3.5, "必须是整数"),
        ("recheck", "2026-02-30", "必须是日期"),
        ("recheck", "2026/03/01", "必须是日期"),
        ("recheck", "2026-03-01T08:00:00", "必须是日期"),
    ],
)
def test_validate_answers_rejects_bad_answers_naming_the_item(item_id: str, bad: Any, reason: str) -> None:
    questionnaire = _questionnaire()
    with pytest.raises(InvalidInput) as error:
        qs.validate_answers(questionnaire, _answers(**{item_id: bad}), complete=False)
    item = next(i for i in ITEMS if i["id"] == item_id)
    assert reason in error.value.message and item["text"] in error.value.message
    assert error.value.field == item_id


def test_an_exclusive_option_stands_alone() -> None:
    """以上都没有 chosen with a symptom contradicts itself (and raised an urgent problem): refused,
    naming the item by its text; alone, or the symptoms without it, are answers."""
    items = _with(1, options=[*ITEMS[1]["options"][:2], {"value": "none", "label": "以上都没有", "exclusive": True}])
    form = Questionnaire(code="t", title="测试问卷", items=items)
    with pytest.raises(InvalidInput) as error:
        qs.validate_answers(form, {"symptoms": ["cough", "none"]}, complete=False)
    assert (
        error.value.message == "题目「症状」选了「以上都没有」，就不能再选其他选项" and error.value.field == "symptoms"
    )
    assert qs.validate_answers(form, {"symptoms": ["none"]}, complete=False) == {"symptoms": ["none"]}
    assert qs.validate_answers(form, {"symptoms": ["cough", "fever"]}, complete=False) == {
        "symptoms": ["cough", "fever"]
    }
    assert qs.validate_answers(form, {"symptoms": ["none", "none"]}, complete=False) == {"symptoms": ["none"]}


def test_the_library_marks_its_none_of_these_options_exclusive() -> None:
    """Every multiple-choice 没有/以上都没有 option of the library stands alone (no other option)."""
    nones = [
        (d["code"], item["id"], option)
        for d in LIBRARY
        for item in d["items"]
        if item["type"] == "multiple"
        for option in item["options"]
        if option["value"] == "none"
    ]
    assert ("cardiology", "symptoms", {"value": "none", "label": "以上都没有", "exclusive": True}) in nones
    assert len(nones) >= 9 and all(option.get("exclusive") is True for _, _, option in nones)
    assert not [
        o
        for d in LIBRARY
        for i in d["items"]
        if i["type"] != "multiple"
        for o in i.get("options") or []
        if "exclusive" in o
    ]


def test_validate_answers_rejects_answers_to_items_the_questionnaire_does_not_have() -> None:
    with pytest.raises(InvalidInput, match="没有这些题目：weight"):
        qs.validate_answers(_questionnaire(), _answers(weight=60), complete=False)


def test_empty_answers_count_as_unanswered_and_are_not_stored() -> None:
    cleaned = qs.validate_answers(_questionnaire(), _answers(note="  ", symptoms=[], recheck=None), complete=True)
    assert cleaned == COMPLETE


# --- required and conditional items --------------------------------------------------------


def test_missing_required_items_are_listed_together_in_one_error() -> None:
    with pytest.raises(InvalidInput) as error:
        qs.validate_answers(_questionnaire(), {"mood": "good", "discomfort": "yes"}, complete=True)
    message = error.value.message
    assert "3道必答题未回答" in message
    for text in ("收缩压", "疼痛评分", "请描述不适"):
        assert text in message
    assert "不适程度" not in message  # shown only once the description exists
    assert "(sbp)" not in message  # the id is the field's, not words for the one answering
    assert error.value.field == "sbp"


def test_a_partial_save_allows_missing_required_items() -> None:
    assert qs.validate_answers(_questionnaire(), {"mood": "good"}, complete=False) == {"mood": "good"}


def test_hidden_conditional_items_are_not_required_and_their_answers_are_dropped() -> None:
    answers = _answers(discomfort="no", discomfort_detail="头晕", detail_severity=99)
    cleaned = qs.validate_answers(_questionnaire(), answers, complete=True)
    # Hidden answers are dropped unchecked: severity 99 would be out of range if it were shown.
    assert "discomfort_detail" not in cleaned and "detail_severity" not in cleaned


def test_shown_conditional_items_are_required_and_chain() -> None:
    questionnaire = _questionnaire()
    with pytest.raises(InvalidInput, match="请描述不适"):
        qs.validate_answers(questionnaire, _answers(discomfort="yes"), complete=True)
    with pytest.raises(InvalidInput, match="不适程度"):
        qs.validate_answers(questionnaire, _answers(discomfort="yes", discomfort_detail="头晕"), complete=True)
    cleaned = qs.validate_answers(
        questionnaire, _answers(discomfort="yes", discomfort_detail="头晕", detail_severity=3), complete=True
    )
    assert cleaned["discomfort_detail"] == "头晕" and cleaned["detail_severity"] == 3


def test_visible_items_follow_equals_in_and_exists_conditions() -> None:
    items = [
        {"id": "a", "type": "multiple", "text": "A", "options": [{"value": "x"}, {"value": "y"}, {"value": "z"}]},
        {"id": "b", "type": "text", "text": "B", "show_if": {"item": "a", "equals": "x"}},
        {"id": "c", "type": "text", "text": "C", "show_if": {"item": "a", "in": ["y", "z"]}},
        {"id": "d", "type": "text", "text": "D", "show_if": {"item": "b", "exists": False}},
        {"id": "e", "type": "text", "text": "E", "show_if": {"item": "c", "exists": True}},
    ]

    def ids(answers: dict[str, Any]) -> list[str]:
        return [item["id"] for item in qs.visible_items(items, answers)]

    assert ids({}) == ["a"]
    assert ids({"a": ["x"]}) == ["a", "b", "d"]
    assert ids({"a": ["x"], "b": "写了"}) == ["a", "b"]
    assert ids({"a": ["x", "z"], "c": "写了"}) == ["a", "b", "c", "d", "e"]
    # An item whose condition names a hidden item is hidden too, whatever the stale answer says.
    assert ids({"a": ["x"], "c": "旧答案"}) == ["a", "b", "d"]


# --- scoring -------------------------------------------------------------------------------


def test_sum_scoring_of_listed_items_adds_option_scores_and_numbers() -> None:
    questionnaire = _questionnaire(scoring={"method": "sum", "items": ["mood", "symptoms", "sbp"]})
    assert qs.score(questionnaire, _answers(symptoms=["cough", "fever"])) == 2 + 1 + 2 + 120


def test_sum_scoring_without_items_adds_scored_choices_and_scales_only() -> None:
    questionnaire = _questionnaire(scoring={"method": "sum"})
    assert qs.score(questionnaire, _answers(symptoms=["fever", "none"], pain=4)) == 2 + 2 + 4  # not sbp


def test_unscored_options_and_hidden_items_add_nothing() -> None:
    questionnaire = _questionnaire(scoring={"method": "sum", "items": ["symptoms", "detail_severity"]})
    assert qs.score(questionnaire, _answers(symptoms=["none"])) is None
    hidden = _answers(symptoms=["cough"], discomfort="no", detail_severity=5)
    assert qs.score(questionnaire, hidden) == 1
    shown = _answers(symptoms=["cough"], discomfort="yes", discomfort_detail="头晕", detail_severity=5)
    assert qs.score(questionnaire, shown) == 6


def test_unscored_questionnaires_and_empty_answers_have_no_score() -> None:
    assert qs.score(_questionnaire(), COMPLETE) is None
    assert qs.score(_questionnaire(scoring={"method": "sum"}), {}) is None
    assert qs.score(_questionnaire(scoring={"method": "sum"}), {"mood": "bad"}) == 0


# --- red flags -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "answers", "flagged"),
    [
        ({"item": "sbp", "op": ">=", "value": 180}, {"sbp": 180}, True),
        ({"item": "sbp", "op": ">=", "value": 180}, {"sbp": 179}, False),
        ({"item": "sbp", "op": ">", "value": 180}, {"sbp": 180}, False),
        ({"item": "sbp", "op": ">", "value": 180}, {"sbp": 180.5}, True),
        ({"item": "sbp", "op": "<=", "value": 90}, {"sbp": 90}, True),
        ({"item": "sbp", "op": "<=", "value": 90}, {"sbp": 91}, False),
        ({"item": "sbp", "op": "<", "value": 90}, {"sbp": 89}, True),
        ({"item": "sbp", "op": "<", "value": 90}, {"sbp": 90}, False),
        ({"item": "mood", "op": "==", "value": "bad"}, {"mood": "bad"}, True),
        ({"item": "mood", "op": "==", "value": "bad"}, {"mood": "good"}, False),
        ({"item": "mood", "op": "!=", "value": "good"}, {"mood": "bad"}, True),
        ({"item": "mood", "op": "!=", "value": "good"}, {"mood": "good"}, False),
        ({"item": "mood", "op": "!=", "value": "good"}, {}, False),  # unanswered never flags
        ({"item": "mood", "op": "in", "value": ["bad"]}, {"mood": "bad"}, True),
        ({"item": "mood", "op": "in", "value": ["bad"]}, {"mood": "good"}, False),
        ({"item": "symptoms", "op": "in", "value": ["fever", "cough"]}, {"symptoms": ["none", "cough"]}, True),
        ({"item": "symptoms", "op": "contains", "value": "fever"}, {"symptoms": ["cough", "fever"]}, True),
        ({"item": "symptoms", "op": "contains", "value": "fever"}, {"symptoms": ["cough"]}, False),
        ({"item": "note", "op": "contains", "value": "出血"}, {"note": "今晨牙龈出血"}, True),
        ({"item": "note", "op": "contains", "value": "出血"}, {"note": "无不适"}, False),
    ],
)
def test_each_red_flag_operator(rule: dict[str, Any], answers: dict[str, Any], flagged: bool) -> None:
    rule = {**rule, "message": "危险", "severity": "urgent"}
    questionnaire = _questionnaire(red_flags=[rule])
    qs.validate_definition(questionnaire.items, questionnaire.red_flags, {})
    expected = [qs.RedFlag(item=rule["item"], message="危险", severity="urgent")] if flagged else []
    assert qs.red_flags(questionnaire, answers) == expected


def test_red_flags_skip_hidden_items_and_default_message_and_severity() -> None:
    questionnaire = _questionnaire(
        red_flags=[
            {"item": "detail_severity", "op": ">=", "value": 4},
            {"item": "sbp", "op": ">=", "value": 180},
            {"item": "symptoms", "op": "contains", "value": "fever"},
        ]
    )
    answers = _answers(sbp=185, detail_severity=5, symptoms=["fever"])
    assert qs.red_flags(questionnaire, answers) == [
        qs.RedFlag(item="sbp", message="收缩压：185mmHg", severity="normal"),
        qs.RedFlag(item="symptoms", message="症状：发热", severity="normal"),
    ]


# --- definitions ---------------------------------------------------------------------------


def _with(index: int, **changes: Any) -> list[dict[str, Any]]:
    items = copy.deepcopy(ITEMS)
    items[index].update(changes)
    return items


@pytest.mark.parametrize(
    ("items", "red_flags", "scoring", "reason"),
    [
        (_with(1, id="mood"), [], {}, "题目编号重复：「症状」(mood)"),
        (_with(2, type="textarea"), [], {}, "「备注」(note)的类型「textarea」不受支持"),
        (_with(0, options=[]), [], {}, "选择题「心情」(mood)至少需要一个选项"),
        (_with(1, options=None), [], {}, "选择题「症状」(symptoms)至少需要一个选项"),
        (_with(0, options=[{"value": "a"}, {"value": "a"}]), [], {}, "选项取值「a」重复"),
        (_with(2, options=[{"value": "a"}]), [], {}, "不是选择题，不能设置选项"),
        (_with(2, text=""), [], {}, "缺少题干"),
        (_with(4, min=None), [], {}, "量表题「疼痛评分」(pain)必须设置最小值和最大值"),
        (_with(3, min=400), [], {}, "最小值大于最大值"),
        (_with(7, show_if={"item": "detail_severity", "equals": 1}), [], {}, "只能引用它前面的题目「detail_severity」"),
        (_with(7, show_if={"item": "nothing", "equals": "yes"}), [], {}, "引用了不存在的题目「nothing」"),
        (_with(7, show_if={"item": "discomfort", "equals": "maybe"}), [], {}, "「maybe」不是题目「是否有不适」"),
        (_with(7, show_if={"item": "discomfort"}), [], {}, "equals、in、exists 之一"),
        (ITEMS, [{"item": "sbp", "op": "=>", "value": 180}], {}, "「收缩压」(sbp)的危险信号规则运算符「=>」无效"),
        (ITEMS, [{"item": "weight", "op": ">=", "value": 1}], {}, "不存在的题目「weight」"),
        (ITEMS, [{"item": "mood", "op": ">=", "value": 1}], {}, "只能用于数值或量表题"),
        (ITEMS, [{"item": "sbp", "op": ">=", "value": "180"}], {}, "比较值须为数字"),
        (ITEMS, [{"item": "mood", "op": "contains", "value": "bad"}], {}, "只能用于多选题或文本题"),
        (ITEMS, [{"item": "mood", "op": "in", "value": "bad"}], {}, "须为非空列表"),
        (ITEMS, [{"item": "mood", "op": "==", "value": "ok"}], {}, "取值「ok」不是该题的选项"),
        (ITEMS, [{"item": "sbp", "op": ">=", "value": 1, "severity": "high"}], {}, "紧急程度"),
        (ITEMS, [], {"method": "average"}, "不支持的计分方式「average」"),
        (ITEMS, [], {"method": "sum", "items": ["note"]}, "「备注」(note)没有分值"),
        (ITEMS, [], {"method": "sum", "items": ["weight"]}, "不存在的题目「weight」"),
        (
            _with(1, options=[{"value": "none", "label": "无", "exclusive": "yes"}]),
            [],
            {},
            "「症状」(symptoms)的选项「none」的互斥设置必须是是/否",
        ),
        (
            _with(0, options=[{"value": "good", "exclusive": True}]),
            [],
            {},
            "「心情」(mood)不是多选题，选项「good」不能设为互斥",
        ),
    ],
)
def test_validate_definition_rejects_bad_definitions_naming_the_item(
    items: list[dict[str, Any]], red_flags: list[dict[str, Any]], scoring: dict[str, Any], reason: str
) -> None:
    with pytest.raises(InvalidInput) as error:
        qs.validate_definition(items, red_flags, scoring)
    assert reason in error.value.message


def test_validate_definition_accepts_a_good_definition() -> None:
    qs.validate_definition(
        ITEMS,
        [{"item": "sbp", "op": ">=", "value": 180, "message": "收缩压≥180mmHg", "severity": "urgent"}],
        {"method": "sum", "items": ["mood", "symptoms", "sbp", "pain"]},
    )


# --- FHIR R4 -------------------------------------------------------------------------------


def _form(name: str) -> dict[str, Any]:
    return json.loads((FHIR_FORMS / name).read_text(encoding="utf-8"))


def test_fhir_form_fixtures_are_all_covered() -> None:
    assert sorted(p.name for p in FHIR_FORMS.glob("*.json")) == sorted(FHIR_FORM_FILES)


@pytest.mark.parametrize("name", FHIR_FORM_FILES)
def test_fhir_form_fixtures_round_trip_through_fhir(name: str) -> None:
    first = qs.from_fhir(_form(name))
    exported = qs.to_fhir(Questionnaire(**first))
    assert exported["resourceType"] == "Questionnaire"
    second = qs.from_fhir(json.loads(json.dumps(exported)))
    assert second == first
    assert set(first) == {"code", "title", "items", "scoring", "red_flags", "description"}


def test_imported_ids_with_slashes_are_answered_through_their_form_field_names() -> None:
    """A form reads "answers./mood-1" as a path: controls use field_key, answers map back."""
    from backend.admin.widgets import questionnaire_control as _control

    kwargs = qs.from_fhir(_form("mood9_sdc_calculated.json"))
    questionnaire = Questionnaire(**kwargs)
    first = kwargs["items"][0]["id"]
    control = _control(kwargs["items"][0])
    assert control["name"] == f"answers.{qs.field_key(first)}" and "/" not in control["name"].split(".", 1)[1]
    answers = {qs.field_key(item_id): "F0" for item_id in kwargs["scoring"]["items"]}
    cleaned = qs.validate_answers(questionnaire, answers, complete=True)
    assert cleaned[first] == "F0" and qs.field_key(first) not in cleaned
    assert qs.field_key("sbp") == "sbp"  # plain ids are their own field names


def test_sdc_form_import_keeps_option_scores_and_scores_by_their_sum() -> None:
    kwargs = qs.from_fhir(_form("mood9_sdc_calculated.json"))
    assert (kwargs["code"], kwargs["title"]) == ("SF-MOOD-9", "心境自评（九项）")
    first = kwargs["items"][0]
    assert first["id"] == "/mood-1" and first["type"] == "single" and first["required"] is True
    assert [(o["value"], o["label"], o["score"]) for o in first["options"]] == [
        ("F0", "完全没有", 0),
        ("F1", "有几天", 1),
        ("F2", "一半以上的天数", 2),
        ("F3", "几乎每天", 3),
    ]
    assert len(kwargs["scoring"]["items"]) == 9
    # The SDC calculated total is kept as a number with its unit, and is not scored itself.
    total = next(i for i in kwargs["items"] if i["id"] == "/mood-total")
    assert total["type"] == "number" and total["unit"] == "{score}"
    assert "/mood-total" not in kwargs["scoring"]["items"]
    questionnaire = Questionnaire(**kwargs)
    answers = {item_id: "F3" for item_id in kwargs["scoring"]["items"]}
    answers["/mood-total"] = 27  # the form's own total is not added again
    assert qs.score(questionnaire, qs.validate_answers(questionnaire, answers, complete=True)) == 27


def test_grouped_form_flattens_groups_skips_display_items_and_reads_contained_value_sets() -> None:
    kwargs = qs.from_fhir(_form("mood9_grouped_valuesets.json"))
    assert kwargs["code"] == "mood9-grouped"
    assert [item["id"] for item in kwargs["items"]] == [f"part1.q{n}" for n in range(1, 10)] + ["part2.q1"]
    assert kwargs["items"][8]["options"][3] == {"value": "F3", "label": "几乎每天", "score": 3}
    # The second value set (compose.include) carries no scores.
    assert [o["value"] for o in kwargs["items"][9]["options"]] == ["D0", "D1", "D2", "D3"]
    assert "score" not in kwargs["items"][9]["options"][0]


def test_weight_height_numbers_keep_their_units() -> None:
    kwargs = qs.from_fhir(_form("weight_height_bmi.json"))
    units = {item["id"]: item.get("unit") for item in kwargs["items"] if item["type"] == "number"}
    assert units == {"/body-weight": "kg", "/body-height": "cm", "/bmi": "kg/m2"}  # cm has no display: its code
    assert kwargs["scoring"] == {}


def test_fhir_enable_when_becomes_show_if() -> None:
    resource = {
        "resourceType": "Questionnaire",
        "id": "ew",
        "title": "条件题",
        "item": [
            {"linkId": "smoke", "type": "boolean", "text": "吸烟吗"},
            {
                "linkId": "packs",
                "type": "integer",
                "text": "每天几包",
                "enableWhen": [{"question": "smoke", "operator": "=", "answerBoolean": True}],
            },
            {
                "linkId": "heavy",
                "type": "string",
                "text": "戒烟意愿",
                "enableWhen": [{"question": "packs", "operator": "=", "answerInteger": 2}],
            },
            {
                "linkId": "kind",
                "type": "choice",
                "text": "种类",
                "repeats": True,
                "answerOption": [{"valueCoding": {"code": "a", "display": "卷烟"}}, {"valueString": "电子烟"}],
            },
            {
                "linkId": "g",
                "type": "group",
                "enableWhen": [
                    {"question": "kind", "operator": "=", "answerCoding": {"code": "a"}},
                    {"question": "kind", "operator": "=", "answerCoding": {"code": "电子烟"}},
                ],
                "enableBehavior": "any",
                "item": [
                    {"linkId": "since", "type": "date", "text": "开始日期"},
                    {"linkId": "info", "type": "display", "text": "说明"},
                ],
            },
            {
                "linkId": "note",
                "type": "text",
                "text": "备注",
                "enableWhen": [{"question": "since", "operator": "exists", "answerBoolean": True}],
            },
        ],
    }
    kwargs = qs.from_fhir(resource)
    items = {item["id"]: item for item in kwargs["items"]}
    assert list(items) == ["smoke", "packs", "heavy", "kind", "since", "note"]
    assert items["smoke"]["options"] == [{"value": "true", "label": "是"}, {"value": "false", "label": "否"}]
    assert items["packs"]["show_if"] == {"item": "smoke", "equals": "true"}
    assert items["heavy"]["show_if"] == {"item": "packs", "equals": 2}
    assert items["kind"]["type"] == "multiple"
    assert items["since"]["show_if"] == {"item": "kind", "in": ["a", "电子烟"]}
    assert items["note"]["show_if"] == {"item": "since", "exists": True}
    assert qs.from_fhir(qs.to_fhir(Questionnaire(**kwargs))) == kwargs


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ({"linkId": "x", "type": "attachment", "text": "上传"}, "类型「attachment」不受支持"),
        ({"linkId": "x", "type": "choice", "text": "选", "answerValueSet": "http://loinc.org/vs/LL358-3"}, "外部值集"),
        ({"linkId": "x", "type": "choice", "text": "选"}, "没有选项"),
        ({"linkId": "x", "type": "string", "text": "多行", "repeats": True}, "repeats"),
        ({"linkId": "x", "type": "group", "repeats": True, "item": []}, "可重复的分组"),
        (
            {
                "linkId": "x",
                "type": "string",
                "text": "条件",
                "enableWhen": [{"question": "a", "operator": "!=", "answerCoding": {"code": "y"}}],
            },
            "运算符「!=」不受支持",
        ),
        (
            {
                "linkId": "x",
                "type": "string",
                "text": "条件",
                "enableWhen": [
                    {"question": "a", "operator": "=", "answerCoding": {"code": "y"}},
                    {"question": "a", "operator": "=", "answerCoding": {"code": "n"}},
                ],
                "enableBehavior": "all",
            },
            "需同时满足",
        ),
        (
            {
                "linkId": "x",
                "type": "string",
                "text": "条件",
                "enableWhen": [{"question": "later", "operator": "exists", "answerBoolean": True}],
            },
            "前面不存在的题目「later」",
        ),
    ],
)
def test_from_fhir_refuses_unsupported_constructs_with_a_reason(item: dict[str, Any], reason: str) -> None:
    first = {"linkId": "a", "type": "choice", "text": "A", "answerOption": [{"valueString": "y"}, {"valueString": "n"}]}
    resource = {"resourceType": "Questionnaire", "id": "bad", "item": [first, item]}
    with pytest.raises(InvalidInput) as error:
        qs.from_fhir(resource)
    assert "无法导入 FHIR 问卷" in error.value.message and reason in error.value.message


def test_an_exclusive_option_goes_through_fhir_as_the_standard_option_exclusive_extension() -> None:
    [cardiology] = [d for d in LIBRARY if d["code"] == "cardiology"]
    resource = qs.to_fhir(Questionnaire(code="cardiology", version=1, title="t", items=cardiology["items"]))
    [symptoms] = [i for i in resource["item"] if i["linkId"] == "symptoms"]
    marked = [o["valueCoding"]["code"] for o in symptoms["answerOption"] if o.get("extension")]
    assert marked == ["none"]
    assert symptoms["answerOption"][-1]["extension"] == [
        {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive", "valueBoolean": True}
    ]
    [back] = [i for i in qs.from_fhir(resource)["items"] if i["id"] == "symptoms"]
    assert [o.get("exclusive") for o in back["options"]] == [None] * 5 + [True]


def test_from_fhir_refuses_other_resources() -> None:
    with pytest.raises(InvalidInput, match="不是 FHIR Questionnaire"):
        qs.from_fhir({"resourceType": "Patient", "id": "p"})


@pytest.mark.parametrize("definition", LIBRARY, ids=[d["code"] for d in LIBRARY])
def test_library_questionnaires_export_to_fhir_without_loss(definition: dict[str, Any]) -> None:
    questionnaire = Questionnaire(
        code=definition["code"],
        version=1,
        title=definition["title"],
        status=QuestionnaireStatus.PUBLISHED,
        description=definition["description"],
        items=definition["items"],
        scoring=definition["scoring"],
        red_flags=definition["red_flags"],
    )
    resource = qs.to_fhir(questionnaire)
    assert resource["status"] == "active" and resource["id"] == f"{definition['code'].replace('_', '-')}-v1"
    kwargs = qs.from_fhir(json.loads(json.dumps(resource, ensure_ascii=False)))
    assert kwargs == {
        "code": definition["code"],
        "title": definition["title"],
        "items": definition["items"],
        "scoring": definition["scoring"],
        "red_flags": definition["red_flags"],
        "description": definition["description"],
    }


# --- versions (database) -------------------------------------------------------------------


async def _principal() -> Principal:
    staff = await factories.staff("sysadmin", await factories.department())
    return await load_principal(staff)


async def _record(questionnaire: Questionnaire) -> FollowUpRecord:
    dept = await factories.department()
    patient = await factories.patient(dept)
    stay = await Admission.get(patient=patient)
    template = await FollowUpTemplate.create(name="出院随访", questionnaire=questionnaire)
    today = now().date()
    task = await FollowUpTask.create(
        admission=stay,
        patient=patient,
        department=dept,
        template=template,
        step=1,
        program=Program.CENTRE,
        questionnaire=questionnaire,
        due_start=today,
        due_end=today,
    )
    return await FollowUpRecord.create(
        client_uuid=uuid.uuid4(),
        task=task,
        patient=patient,
        questionnaire=questionnaire,
        outcome=TaskOutcome.REACHED,
        answers=COMPLETE,
        contacted_at=now(),
    )


async def test_editing_an_answered_questionnaire_creates_the_next_version(db: str) -> None:
    principal = await _principal()
    v1 = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS, status=QuestionnaireStatus.PUBLISHED)
    record = await _record(v1)
    new_items = [*ITEMS, {"id": "sleep", "type": "text", "text": "睡眠情况"}]

    v2 = await qs.save_new_version_if_answered(principal, v1, {"items": new_items, "title": "出院随访（新）"})

    assert v2.id != v1.id and (v2.code, v2.version) == ("GEN", 2)
    assert v2.items == new_items and v2.title == "出院随访（新）" and v2.status is QuestionnaireStatus.PUBLISHED
    old = await Questionnaire.get(id=v1.id)
    assert old.items == ITEMS and old.title == "出院随访" and old.version == 1
    assert (await FollowUpRecord.get(id=record.id)).questionnaire_id == v1.id
    assert await AuditEvent.filter(action=AuditAction.CREATE, resource_id=str(v2.id)).count() == 1

    # Editing the old version again (after v2 was answered too) still appends, never collides.
    await _record(v2)
    v3 = await qs.save_new_version_if_answered(principal, old, {"title": "出院随访（第三版）"})
    assert v3.version == 3 and await Questionnaire.filter(code="GEN").count() == 3


async def test_editing_an_unanswered_questionnaire_updates_it_in_place(db: str) -> None:
    principal = await _principal()
    questionnaire = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS)
    red_flags = [{"item": "sbp", "op": ">=", "value": 180, "message": "收缩压≥180mmHg", "severity": "urgent"}]

    saved = await qs.save_new_version_if_answered(
        principal, questionnaire, {"red_flags": red_flags, "status": QuestionnaireStatus.PUBLISHED}
    )

    assert saved.id == questionnaire.id and saved.version == 1
    stored = await Questionnaire.get(id=questionnaire.id)
    assert stored.red_flags == red_flags and stored.status is QuestionnaireStatus.PUBLISHED
    assert await Questionnaire.filter(code="GEN").count() == 1
    assert await AuditEvent.filter(action=AuditAction.UPDATE, resource_id=str(questionnaire.id)).count() == 1


async def test_edits_are_validated_before_anything_is_saved(db: str) -> None:
    principal = await _principal()
    questionnaire = await Questionnaire.create(code="GEN", title="出院随访", items=ITEMS)
    await _record(questionnaire)
    with pytest.raises(InvalidInput, match="题目编号重复"):
        await qs.save_new_version_if_answered(principal, questionnaire, {"items": [*ITEMS, ITEMS[0]]})
    with pytest.raises(InvalidInput, match="不能修改问卷的这些字段：code"):
        await qs.save_new_version_if_answered(principal, questionnaire, {"code": "OTHER"})
    assert await Questionnaire.filter(code="GEN").count() == 1
    unchanged = await qs.save_new_version_if_answered(principal, questionnaire, {"title": "出院随访"})
    assert unchanged.id == questionnaire.id and await Questionnaire.all().count() == 1


# --- library (database) --------------------------------------------------------------------


async def test_seed_library_is_idempotent_and_every_questionnaire_is_valid(db: str) -> None:
    assert await qs.seed_library() == len(LIBRARY) == 14  # 9 + the TCM department library (5)
    assert await qs.seed_library() == 0
    seeded = await Questionnaire.all().order_by("id")
    assert [q.code for q in seeded] == [d["code"] for d in LIBRARY]
    for questionnaire in seeded:
        assert questionnaire.version == 1 and questionnaire.status is QuestionnaireStatus.PUBLISHED
        qs.validate_definition(questionnaire.items, questionnaire.red_flags, questionnaire.scoring)
    satisfaction = next(q for q in seeded if q.program is Program.SATISFACTION)
    assert satisfaction.scoring["method"] == "sum"
    assert await AuditEvent.filter(action=AuditAction.CREATE, resource_type="questionnaire").count() == 14


async def test_seed_library_leaves_an_existing_code_alone(db: str) -> None:
    await Questionnaire.create(code="cardiology", title="本院心内科问卷", items=ITEMS)
    assert await qs.seed_library() == 13
    assert (await Questionnaire.get(code="cardiology")).title == "本院心内科问卷"


async def test_seeded_library_red_flags_fire_on_the_agreed_thresholds(db: str) -> None:
    await qs.seed_library()
    cardiology = await Questionnaire.get(code="cardiology")
    answers = {"sbp": 182, "dbp": 112, "chest_pain": "no", "symptoms": ["none"], "adherence": "regular"}
    cleaned = qs.validate_answers(cardiology, answers, complete=True)
    assert [f.item for f in qs.red_flags(cardiology, cleaned)] == ["sbp", "dbp"]
    assert all(f.severity == "urgent" for f in qs.red_flags(cardiology, cleaned))
    assert qs.red_flags(cardiology, {**cleaned, "sbp": 179, "dbp": 109}) == []

    orthopaedics = await Questionnaire.get(code="orthopaedics")
    assert [f.item for f in qs.red_flags(orthopaedics, {"pain": 7})] == ["pain"]
    assert qs.red_flags(orthopaedics, {"pain": 6}) == []

    obstetrics = await Questionnaire.get(code="obstetrics")
    assert [f.item for f in qs.red_flags(obstetrics, {"fever": "yes", "temperature": 38.5})] == ["temperature"]
    assert qs.red_flags(obstetrics, {"fever": "no", "temperature": 39}) == []  # hidden: fever denied

    satisfaction = await Questionnaire.get(code="satisfaction_inpatient")
    answers = {item["id"]: "4" for item in satisfaction.items if item["type"] == "single"}
    answers.update(call_response="na", overall="2", gift="no", has_suggestion="no")
    cleaned = qs.validate_answers(satisfaction, answers, complete=True)
    assert qs.score(satisfaction, cleaned) == 4 * 8 + 2  # "不适用" adds nothing
    assert [f.item for f in qs.red_flags(satisfaction, cleaned)] == ["overall"]
