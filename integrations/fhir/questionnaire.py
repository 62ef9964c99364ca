"""FHIR R4 Questionnaire <-> our questionnaire definition (the JSON `services.questionnaires` reads:
items, scoring, red flags; see its docstring for the shape).

A format adapter: it converts, and refuses with a Chinese reason (`UnsupportedQuestionnaire`) what
FHIR can say but a definition cannot hold (attachments, external value sets, repeating groups,
conditions other than = and exists ...). Whether a definition keeps our rules (known item types,
options, ranges, red flags) is the service's check, made on every import.

FHIR terms used here: *linkId* is an item's id; *answerOption* / a contained *ValueSet* are a
choice item's options; *enableWhen* (+ *enableBehavior*) is our ``show_if``; the *ordinalValue*
extension (R5: *itemWeight*) is an option's score; *group* items hold other items and *display*
items are text without an answer.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from backend.models.choices import ItemType, QuestionnaireStatus

if TYPE_CHECKING:
    from backend.models import Questionnaire

Item = dict[str, Any]
CHOICE_TYPES = frozenset({ItemType.SINGLE.value, ItemType.MULTIPLE.value})
NUMERIC_TYPES = frozenset({ItemType.NUMBER.value, ItemType.SCALE.value})


class UnsupportedQuestionnaire(ValueError):
    """A FHIR Questionnaire (or one of its items) that a definition cannot represent."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


FHIR_EXT = "http://hl7.org/fhir/StructureDefinition/"
EXT_ORDINAL = FHIR_EXT + "ordinalValue"
EXT_ITEM_WEIGHT = FHIR_EXT + "itemWeight"  # the R5 name of ordinalValue, also seen in R4 forms
EXT_UNIT = FHIR_EXT + "questionnaire-unit"
EXT_MIN = FHIR_EXT + "minValue"
EXT_MAX = FHIR_EXT + "maxValue"
EXT_ITEM_CONTROL = FHIR_EXT + "questionnaire-itemControl"
# an answerOption that may not be chosen with any other (以上都没有): our option's `exclusive`
EXT_OPTION_EXCLUSIVE = FHIR_EXT + "questionnaire-optionExclusive"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
# Our own rules have no FHIR equivalent; they travel as JSON in extensions so an export imports
# back without loss. Other systems ignore extensions they do not know.
EXT_SCORING = "urn:suifang:fhir:questionnaire-scoring"
EXT_RED_FLAGS = "urn:suifang:fhir:questionnaire-red-flags"
# The satisfaction metadata of an item (dimension, complaint score line) or an option (satisfied,
# 不适用, complaint), as JSON.
EXT_SATISFACTION = "urn:suifang:fhir:satisfaction"
ITEM_META = ("dimension", "complaint_max_score")
# An item only staff answer (仅随访人员填写): never shown to a patient filling in alone.
EXT_STAFF_ONLY = "urn:suifang:fhir:staff-only"
OPTION_META = ("satisfied", "na", "complaint")


def _meta_to_fhir(source: dict[str, Any], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    meta = {key: source[key] for key in keys if key in source}
    return [{"url": EXT_SATISFACTION, "valueString": json.dumps(meta, ensure_ascii=False)}] if meta else []


def _meta_from_fhir(element: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    ext = _extension(element, EXT_SATISFACTION)
    if ext is None:
        return {}
    try:
        meta = json.loads(ext.get("valueString") or "{}")
    except ValueError:
        raise UnsupportedQuestionnaire("满意度扩展（satisfaction）不是有效的 JSON", field="items") from None
    return {key: meta[key] for key in keys if isinstance(meta, dict) and key in meta}


CODE_SYSTEM = "urn:suifang:questionnaire-code"

_STATUS_TO_FHIR = {
    QuestionnaireStatus.DRAFT: "draft",
    QuestionnaireStatus.PUBLISHED: "active",
    QuestionnaireStatus.RETIRED: "retired",
}
_BOOLEAN_OPTIONS = [{"value": "true", "label": "是"}, {"value": "false", "label": "否"}]


def _extension(element: dict[str, Any], url: str) -> dict[str, Any] | None:
    for ext in element.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == url:
            return ext
    return None


def _ext_number(element: dict[str, Any], *urls: str) -> int | float | None:
    for url in urls:
        ext = _extension(element, url)
        if ext is not None:
            for key in ("valueDecimal", "valueInteger"):
                if _is_number(ext.get(key)):
                    return ext[key]
    return None


def _enable_when_answer(target: Item, value: Any) -> dict[str, Any]:
    if target["type"] in CHOICE_TYPES:
        return {"answerCoding": {"code": str(value)}}
    if target["type"] in NUMERIC_TYPES and _is_number(value):
        return {"answerInteger": value} if isinstance(value, int) else {"answerDecimal": value}
    if target["type"] == ItemType.DATE:
        return {"answerDate": str(value)}
    return {"answerString": str(value)}


def _item_to_fhir(item: Item, by_id: dict[str, Item]) -> dict[str, Any]:
    kind = item["type"]
    out: dict[str, Any] = {"linkId": item["id"], "text": item.get("text", ""), "required": bool(item.get("required"))}
    extensions: list[dict[str, Any]] = []
    if kind in CHOICE_TYPES:
        out["type"] = "choice"
        if kind == ItemType.MULTIPLE:
            out["repeats"] = True
        options = []
        for option in item.get("options") or []:
            answer: dict[str, Any] = {
                "valueCoding": {"code": option["value"], "display": option.get("label") or option["value"]}
            }
            option_extensions = _meta_to_fhir(option, OPTION_META)
            if option.get("score") is not None:
                option_extensions.insert(0, {"url": EXT_ORDINAL, "valueDecimal": option["score"]})
            if option.get("exclusive") is True:
                option_extensions.append({"url": EXT_OPTION_EXCLUSIVE, "valueBoolean": True})
            if option_extensions:
                answer["extension"] = option_extensions
            options.append(answer)
        out["answerOption"] = options
    elif kind == ItemType.TEXT:
        out["type"] = "text"
    elif kind == ItemType.DATE:
        out["type"] = "date"
    else:
        scale = kind == ItemType.SCALE
        out["type"] = "integer" if scale else "decimal"
        value_key = "valueInteger" if scale else "valueDecimal"
        if scale:
            extensions.append(
                {
                    "url": EXT_ITEM_CONTROL,
                    "valueCodeableConcept": {"coding": [{"system": ITEM_CONTROL_SYSTEM, "code": "slider"}]},
                }
            )
        for key, url in (("min", EXT_MIN), ("max", EXT_MAX)):
            if item.get(key) is not None:
                extensions.append({"url": url, value_key: item[key]})
        if item.get("unit"):
            extensions.append({"url": EXT_UNIT, "valueCoding": {"code": item["unit"], "display": item["unit"]}})
    condition = item.get("show_if")
    if condition:
        target = by_id[condition["item"]]
        if "exists" in condition:
            out["enableWhen"] = [
                {"question": target["id"], "operator": "exists", "answerBoolean": bool(condition["exists"])}
            ]
        else:
            values = [condition["equals"]] if "equals" in condition else condition["in"]
            out["enableWhen"] = [
                {"question": target["id"], "operator": "=", **_enable_when_answer(target, v)} for v in values
            ]
            if len(values) > 1:
                out["enableBehavior"] = "any"
    extensions.extend(_meta_to_fhir(item, ITEM_META))
    if item.get("staff_only"):
        extensions.append({"url": EXT_STAFF_ONLY, "valueBoolean": True})
    if extensions:
        out["extension"] = extensions
    return out


def to_fhir(questionnaire: Questionnaire) -> dict[str, Any]:
    """The questionnaire as a FHIR R4 Questionnaire resource (JSON)."""
    items: list[Item] = questionnaire.items or []
    by_id = {item["id"]: item for item in items}
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": re.sub(r"[^A-Za-z0-9.-]", "-", f"{questionnaire.code}-v{questionnaire.version}")[:64],
        "identifier": [{"system": CODE_SYSTEM, "value": questionnaire.code}],
        "version": str(questionnaire.version),
        "title": questionnaire.title,
        "status": _STATUS_TO_FHIR.get(QuestionnaireStatus(questionnaire.status), "draft"),
        "subjectType": ["Patient"],
    }
    if questionnaire.description:
        resource["description"] = questionnaire.description
    extensions = []
    if questionnaire.scoring:
        extensions.append({"url": EXT_SCORING, "valueString": json.dumps(questionnaire.scoring, ensure_ascii=False)})
    if questionnaire.red_flags:
        extensions.append(
            {"url": EXT_RED_FLAGS, "valueString": json.dumps(questionnaire.red_flags, ensure_ascii=False)}
        )
    if extensions:
        resource["extension"] = extensions
    resource["item"] = [_item_to_fhir(item, by_id) for item in items]
    return resource


def _unsupported(reason: str, link_id: str | None = None) -> UnsupportedQuestionnaire:
    where = f"题目「{link_id}」" if link_id else "问卷"
    return UnsupportedQuestionnaire(f"无法导入 FHIR 问卷：{where}{reason}", field="item" if link_id else "resource")


def _options_from_fhir(element: dict[str, Any], contained: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    link_id = element.get("linkId")
    if "answerValueSet" in element:
        reference = element["answerValueSet"]
        # Contained value sets are keyed by "#id" and by their canonical url.
        value_set = contained.get(reference) if isinstance(reference, str) else None
        if value_set is None:
            raise _unsupported(f"引用了外部值集「{reference}」，只支持内嵌（contained）值集", link_id)
        concepts = list((value_set.get("expansion") or {}).get("contains") or [])
        for include in (value_set.get("compose") or {}).get("include") or []:
            concepts.extend(include.get("concept") or [])
        codings = [(c, c) for c in concepts]
    else:
        codings = []
        for answer in element.get("answerOption") or []:
            if "valueCoding" in answer:
                codings.append((answer["valueCoding"], answer))
            elif "valueString" in answer:
                codings.append(({"code": answer["valueString"], "display": answer["valueString"]}, answer))
            elif "valueInteger" in answer:
                text = str(answer["valueInteger"])
                codings.append(({"code": text, "display": text}, answer))
            else:
                raise _unsupported("的选项类型不受支持（只支持 Coding、字符串和整数）", link_id)
    options = []
    for coding, holder in codings:
        code = coding.get("code")
        if not isinstance(code, str) or not code:
            raise _unsupported("有选项缺少编码（code）", link_id)
        option: dict[str, Any] = {"value": code, "label": coding.get("display") or code}
        weight = _ext_number(holder, EXT_ORDINAL, EXT_ITEM_WEIGHT)
        if weight is None:
            weight = _ext_number(coding, EXT_ORDINAL, EXT_ITEM_WEIGHT)
        if weight is not None:
            option["score"] = weight
        option.update(_meta_from_fhir(holder, OPTION_META))
        if (_extension(holder, EXT_OPTION_EXCLUSIVE) or {}).get("valueBoolean") is True:
            option["exclusive"] = True
        options.append(option)
    if not options:
        raise _unsupported("是选择题但没有选项", link_id)
    return options


def _show_if_from_fhir(element: dict[str, Any], by_id: dict[str, Item]) -> dict[str, Any] | None:
    conditions = element.get("enableWhen") or []
    if not conditions:
        return None
    link_id = element.get("linkId")
    questions = {c.get("question") for c in conditions}
    if len(questions) != 1:
        raise _unsupported("的显示条件引用了多道题目，暂不支持", link_id)
    question = questions.pop()
    target = by_id.get(question)
    if target is None:
        raise _unsupported(f"的显示条件引用了前面不存在的题目「{question}」", link_id)
    if len(conditions) > 1 and element.get("enableBehavior") != "any":
        raise _unsupported("有多个需同时满足（all）的显示条件，暂不支持", link_id)
    values: list[Any] = []
    for condition in conditions:
        operator = condition.get("operator")
        if operator == "exists":
            if len(conditions) != 1 or not isinstance(condition.get("answerBoolean"), bool):
                raise _unsupported("的 exists 显示条件须单独使用并给出是/否", link_id)
            return {"item": question, "exists": condition["answerBoolean"]}
        if operator != "=":
            raise _unsupported(f"的显示条件运算符「{operator}」不受支持，只支持 = 和 exists", link_id)
        if "answerCoding" in condition:
            value: Any = (condition["answerCoding"] or {}).get("code")
        elif "answerBoolean" in condition:
            value = "true" if condition["answerBoolean"] else "false"
        else:
            keys = ("answerInteger", "answerDecimal", "answerString", "answerDate")
            key = next((k for k in keys if k in condition), None)
            if key is None:
                raise _unsupported("的显示条件答案类型不受支持", link_id)
            value = condition[key]
        values.append(str(value) if target["type"] in CHOICE_TYPES else value)
    return {"item": question, "equals": values[0]} if len(values) == 1 else {"item": question, "in": values}


def _item_from_fhir(element: dict[str, Any], contained: dict[str, dict[str, Any]], by_id: dict[str, Item]) -> Item:
    link_id = element.get("linkId")
    fhir_type = element.get("type")
    repeats = bool(element.get("repeats"))
    item: Item = {"id": link_id, "text": element.get("text") or link_id, "required": bool(element.get("required"))}
    if fhir_type in ("choice", "open-choice"):
        item["type"] = ItemType.MULTIPLE.value if repeats else ItemType.SINGLE.value
        item["options"] = _options_from_fhir(element, contained)
    elif repeats:
        raise _unsupported("允许多次作答（repeats），只有选择题支持", link_id)
    elif fhir_type == "boolean":
        item["type"] = ItemType.SINGLE.value
        item["options"] = [dict(option) for option in _BOOLEAN_OPTIONS]
    elif fhir_type in ("string", "text"):
        item["type"] = ItemType.TEXT.value
    elif fhir_type in ("date", "dateTime"):
        item["type"] = ItemType.DATE.value
    elif fhir_type in ("integer", "decimal", "quantity"):
        low, high = _ext_number(element, EXT_MIN), _ext_number(element, EXT_MAX)
        control = _extension(element, EXT_ITEM_CONTROL)
        codes = {c.get("code") for c in ((control or {}).get("valueCodeableConcept") or {}).get("coding") or []}
        slider = fhir_type == "integer" and "slider" in codes
        item["type"] = ItemType.SCALE.value if slider and low is not None and high is not None else "number"
        if low is not None:
            item["min"] = low
        if high is not None:
            item["max"] = high
        unit = _extension(element, EXT_UNIT)
        if unit is not None:
            coding = unit.get("valueCoding") or {}
            text = coding.get("display") or coding.get("code")
            if text:
                item["unit"] = text
    else:
        raise _unsupported(f"的类型「{fhir_type}」不受支持", link_id)
    show_if = _show_if_from_fhir(element, by_id)
    if show_if is not None:
        item["show_if"] = show_if
    item.update(_meta_from_fhir(element, ITEM_META))
    if (_extension(element, EXT_STAFF_ONLY) or {}).get("valueBoolean") is True:
        item["staff_only"] = True
    return item


def _flatten(
    elements: Iterable[Any],
    contained: dict[str, dict[str, Any]],
    by_id: dict[str, Item],
    inherited: dict[str, Any] | None = None,
) -> None:
    """Items in display order; groups are replaced by their children, display texts skipped.

    A group's enableWhen (with its enableBehavior) passes down to the children it holds.
    """
    for element in elements:
        if not isinstance(element, dict) or not isinstance(element.get("linkId"), str):
            raise _unsupported("有题目缺少 linkId")
        link_id = element["linkId"]
        if inherited:
            if element.get("enableWhen"):
                raise _unsupported("和它所在的分组都设置了显示条件，暂不支持", link_id)
            element = {**element, **inherited}
        if element.get("type") == "group":
            if element.get("repeats"):
                raise _unsupported("是可重复的分组，暂不支持", link_id)
            condition = (
                {"enableWhen": element["enableWhen"], "enableBehavior": element.get("enableBehavior")}
                if element.get("enableWhen")
                else None
            )
            _flatten(element.get("item") or [], contained, by_id, condition)
            continue
        if element.get("type") != "display":
            if link_id in by_id:
                raise _unsupported("的 linkId 重复", link_id)
            by_id[link_id] = _item_from_fhir(element, contained, by_id)
        # Questions may carry sub-questions; they follow their parent in the flat list.
        _flatten(element.get("item") or [], contained, by_id, inherited)


def _code_from_fhir(resource: dict[str, Any]) -> str:
    identifiers = [i for i in resource.get("identifier") or [] if isinstance(i, dict) and i.get("value")]
    ours = [i["value"] for i in identifiers if i.get("system") == CODE_SYSTEM]
    candidates = [*ours, *(i["value"] for i in identifiers), resource.get("id"), resource.get("name")]
    code = next((c for c in candidates if isinstance(c, str) and c.strip()), None)
    if code is None:
        raise _unsupported("缺少编码（identifier、id 或 name）")
    if len(code) > 64:
        raise _unsupported(f"的编码「{code}」超过64个字符")
    return code.strip()


def from_fhir(resource: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for a Questionnaire from a FHIR R4 Questionnaire resource.

    Returns ``code``, ``title``, ``items``, ``scoring``, ``red_flags`` and ``description``.
    Groups are flattened into their children and display items are skipped; option scores come
    from the ordinalValue (or itemWeight) extension, and a questionnaire with scored options is
    scored by their sum. Constructs we cannot represent raise UnsupportedQuestionnaire with the
    reason; whether the definition keeps our rules is checked by services.questionnaires.
    """
    if not isinstance(resource, dict) or resource.get("resourceType") != "Questionnaire":
        raise _unsupported("不是 FHIR Questionnaire 资源")
    contained: dict[str, dict[str, Any]] = {}
    for value_set in resource.get("contained") or []:
        if isinstance(value_set, dict) and value_set.get("resourceType") == "ValueSet":
            for key in (f"#{value_set.get('id')}" if value_set.get("id") else None, value_set.get("url")):
                if key:
                    contained[key] = value_set
    by_id: dict[str, Item] = {}
    _flatten(resource.get("item") or [], contained, by_id)
    items = list(by_id.values())
    if not items:
        raise _unsupported("没有可导入的题目")
    code = _code_from_fhir(resource)
    title = resource.get("title") or resource.get("name") or code
    if len(title) > 128:
        raise _unsupported("的名称超过128个字符")
    try:
        scoring_ext, flags_ext = _extension(resource, EXT_SCORING), _extension(resource, EXT_RED_FLAGS)
        scoring = json.loads(scoring_ext["valueString"]) if scoring_ext else None
        flags = json.loads(flags_ext["valueString"]) if flags_ext else []
    except (KeyError, TypeError, ValueError) as exc:
        raise _unsupported("的计分或危险信号扩展不是有效的 JSON") from exc
    if scoring is None:
        # FHIR has no scoring rule: options that carry an ordinal value mean "sum them".
        scored = [
            item["id"]
            for item in items
            if item["type"] in CHOICE_TYPES and any(o.get("score") is not None for o in item["options"])
        ]
        scoring = {"method": "sum", "items": scored} if scored else {}
    return {
        "code": code,
        "title": title,
        "items": items,
        "scoring": scoring,
        "red_flags": flags,
        "description": resource.get("description") or "",
    }
