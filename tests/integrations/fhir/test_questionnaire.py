"""The FHIR R4 Questionnaire adapter on its own: it converts and refuses what a definition cannot
hold, and leaves our definition rules to services.questionnaires (the round trips through the
service, on real forms, are in tests/services/test_questionnaires.py)."""

from __future__ import annotations

from typing import Any

import pytest

from backend.models import Questionnaire
from backend.models.choices import QuestionnaireStatus
from backend.services import questionnaires as service
from backend.services.errors import InvalidInput
from integrations.fhir import questionnaire as fhir

CHOICE = {
    "linkId": "pain",
    "type": "choice",
    "text": "疼痛程度",
    "required": True,
    "answerOption": [
        {"valueCoding": {"code": "0", "display": "无"}, "extension": [{"url": fhir.EXT_ORDINAL, "valueDecimal": 0}]},
        {"valueCoding": {"code": "2", "display": "重"}, "extension": [{"url": fhir.EXT_ORDINAL, "valueDecimal": 2}]},
    ],
}


def _resource(*items: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"resourceType": "Questionnaire", "id": "pain-check", "title": "疼痛随访", "item": list(items), **extra}


def test_options_with_ordinal_values_make_a_summed_score_and_export_back() -> None:
    kwargs = fhir.from_fhir(_resource(CHOICE))
    assert kwargs["code"] == "pain-check" and kwargs["scoring"] == {"method": "sum", "items": ["pain"]}
    assert kwargs["items"][0]["options"] == [
        {"value": "0", "label": "无", "score": 0},
        {"value": "2", "label": "重", "score": 2},
    ]
    exported = fhir.to_fhir(Questionnaire(version=1, status=QuestionnaireStatus.PUBLISHED, **kwargs))
    assert exported["status"] == "active" and exported["identifier"][0]["value"] == "pain-check"
    assert fhir.from_fhir(exported) == kwargs


def test_what_a_definition_cannot_hold_is_refused_with_the_adapters_own_error() -> None:
    upload = {"linkId": "photo", "type": "attachment", "text": "伤口照片"}
    with pytest.raises(fhir.UnsupportedQuestionnaire) as error:
        fhir.from_fhir(_resource(CHOICE, upload))
    assert "类型「attachment」不受支持" in error.value.message and error.value.field == "item"
    assert not isinstance(error.value, InvalidInput)  # the adapter knows no service errors


def test_our_rules_are_the_services_check_not_the_adapters() -> None:
    # A red flag on an item the form does not have is well-formed FHIR, so the adapter carries it;
    # the service refuses it as it would from the designer.
    flags = '[{"item": "fever", "op": ">=", "value": 38.5, "message": "发热", "severity": "urgent"}]'
    resource = _resource(CHOICE, extension=[{"url": fhir.EXT_RED_FLAGS, "valueString": flags}])
    assert fhir.from_fhir(resource)["red_flags"][0]["item"] == "fever"
    with pytest.raises(InvalidInput) as error:
        service.from_fhir(resource)
    assert "fever" in error.value.message
