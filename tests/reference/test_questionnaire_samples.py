"""Questionnaire FHIR import over the LHC-Forms R4 questionnaires of the shared reference corpus."""

from __future__ import annotations

import json
from typing import Any

import pytest

from backend.models import Questionnaire
from backend.services import questionnaires as qs
from tests.reference.conftest import corpus_files

LHCFORMS = {p.name: p for p in corpus_files("questionnaires/lhcforms_r4", "*.json")}
LHCFORMS_FILES = ("phq9.json", "argonaut-phq9-ish.json", "weightHeightQuestionnaire.json")


def _lhcforms(name: str) -> dict[str, Any]:
    return json.loads(LHCFORMS[name].read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", LHCFORMS_FILES)
def test_lhcforms_questionnaires_round_trip_through_fhir(name: str) -> None:
    first = qs.from_fhir(_lhcforms(name))
    exported = qs.to_fhir(Questionnaire(**first))
    assert exported["resourceType"] == "Questionnaire"
    second = qs.from_fhir(json.loads(json.dumps(exported)))
    assert second == first
    assert set(first) == {"code", "title", "items", "scoring", "red_flags", "description"}


def test_imported_ids_with_slashes_are_answered_through_their_form_field_names() -> None:
    """A form reads "answers./44250-9" as a path: controls use field_key, answers map back."""
    from backend.admin.widgets import questionnaire_control as _control

    kwargs = qs.from_fhir(_lhcforms("phq9.json"))
    questionnaire = Questionnaire(**kwargs)
    first = kwargs["items"][0]["id"]
    control = _control(kwargs["items"][0])
    assert control["name"] == f"answers.{qs.field_key(first)}" and "/" not in control["name"].split(".", 1)[1]
    answers = {qs.field_key(item_id): "LA6568-5" for item_id in kwargs["scoring"]["items"]}
    cleaned = qs.validate_answers(questionnaire, answers, complete=True)
    assert cleaned[first] == "LA6568-5" and qs.field_key(first) not in cleaned
    assert qs.field_key("sbp") == "sbp"  # plain ids are their own field names


def test_phq9_import_keeps_option_scores_and_scores_by_their_sum() -> None:
    kwargs = qs.from_fhir(_lhcforms("phq9.json"))
    assert kwargs["code"] == "44249-1"
    first = kwargs["items"][0]
    assert first["id"] == "/44250-9" and first["type"] == "single" and first["required"] is True
    assert [(o["value"], o["score"]) for o in first["options"]] == [
        ("LA6568-5", 0),
        ("LA6569-3", 1),
        ("LA6570-1", 2),
        ("LA6571-9", 3),
    ]
    assert len(kwargs["scoring"]["items"]) == 9
    total = next(i for i in kwargs["items"] if i["id"] == "/44261-6")
    assert total["type"] == "number" and total["unit"] == "{score}"
    questionnaire = Questionnaire(**kwargs)
    answers = {item_id: "LA6571-9" for item_id in kwargs["scoring"]["items"]}
    answers["/44261-6"] = 27  # the form's own total is not added again
    assert qs.score(questionnaire, qs.validate_answers(questionnaire, answers, complete=True)) == 27


def test_argonaut_phq9_flattens_groups_skips_display_items_and_reads_contained_value_sets() -> None:
    kwargs = qs.from_fhir(_lhcforms("argonaut-phq9-ish.json"))
    assert kwargs["code"] == "phq9"
    assert [item["id"] for item in kwargs["items"]] == [f"g1.q{n}" for n in range(1, 10)] + ["g2.q1"]
    assert kwargs["items"][8]["options"][3] == {"value": "LA6571-9", "label": "Nearly every day", "score": 3}
    assert "score" not in kwargs["items"][9]["options"][0]


def test_weight_height_numbers_keep_their_units() -> None:
    kwargs = qs.from_fhir(_lhcforms("weightHeightQuestionnaire.json"))
    units = {item["id"]: item.get("unit") for item in kwargs["items"] if item["type"] == "number"}
    assert units == {"/29463-7": "kg", "/8302-2": "[in_i]", "/39156-5": "kg/m2"}
    assert kwargs["scoring"] == {}
