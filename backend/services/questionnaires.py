"""Questionnaires (问卷): definitions, answers, scoring, red flags, versions and FHIR R4 exchange
(the FHIR format itself is converted in integrations.fhir.questionnaire).

A questionnaire stores its questions as JSON so that the designer can edit them; this module is
their one reader. ``items`` is a list, in display order, of::

    {"id": "q1",                       # unique within the questionnaire
     "type": "single|multiple|text|number|scale|date",
     "text": "题干", "required": true,
     "options": [{"value": "a", "label": "选项", "score": 1}],   # single / multiple only
     "min": 0, "max": 10, "unit": "mmHg",                         # number / scale (scale needs both)
     "show_if": {"item": "q0", "equals": "yes"}}                  # or {"item": "q0", "in": ["a", "b"]}
                                                                  # or {"item": "q0", "exists": true}

``show_if`` may only name an earlier item; an item is shown when that item is shown and its
answer equals the value (for a multiple-choice answer: contains it), is one of the listed values,
or (``exists``) is answered or not. Hidden items are never required and their answers are dropped.

Answers are ``{item id: value}``: an option value (single), a list of option values (multiple),
a string of at most 2000 characters (text), a number (number), an integer (scale) or an ISO date
``YYYY-MM-DD`` (date). ``None``, ``""`` and ``[]`` mean "not answered".

Red-flag rules (``red_flags``) raise a problem when an answer crosses a line::

    {"item": "sbp", "op": ">=", "value": 180, "message": "收缩压≥180mmHg", "severity": "urgent"}

with ``op`` one of ``>= > <= <`` (numbers), ``== !=``, ``in`` (the answer, or any selected
option, is in the list) and ``contains`` (a multiple-choice answer includes the value, or a text
answer contains it); ``severity`` is ``urgent`` or ``normal``. Unanswered or hidden items never
raise a flag.

Scoring (``scoring``): ``{"method": "sum", "items": ["q1", "q2"]}`` sums the option scores of
choice answers and the values of number and scale answers of the listed items; without
``items`` it sums every scored item (choice items with option scores, and scale items). Options
without a score (such as "不适用") add nothing. ``{}`` means the questionnaire is not scored.
``{"method": "constitution", "types": [{"code": "qixu", "label": "气虚质", "items": [...]}]}``
judges the nine TCM constitutions (中医体质辨识): each type's transformed score from its items'
option scores, and the verdict of `tcm_library.judge` (`interpretation`); it has no total.

A version that has follow-up records is never edited again: `save_new_version_if_answered`
saves the edit as the next version of the same code, and old records keep the version they
answered. The designer (`update_definition`) and FHIR import (`import_fhir`) save through it;
when an edit becomes a new version, the templates that used the edited version move to the new
one (tasks generated from then on ask the new questions), while tasks already generated and
their records keep the version they were given.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.models import FollowUpRecord, FollowUpTemplate, Questionnaire
from backend.models.choices import AuditAction, ItemType, ProblemSeverity, Program, QuestionnaireStatus
from backend.services import access, audit, records, satisfaction_bank, tcm_library
from backend.services.errors import InvalidInput, NotFound
from backend.services.principal import Principal
from backend.services.questionnaire_library import LIBRARY
from integrations.fhir import questionnaire as fhir_questionnaire

Item = dict[str, Any]

TEXT_MAX_LENGTH = 2000
ITEM_TYPES = frozenset(t.value for t in ItemType)
CHOICE_TYPES = frozenset({ItemType.SINGLE.value, ItemType.MULTIPLE.value})
NUMERIC_TYPES = frozenset({ItemType.NUMBER.value, ItemType.SCALE.value})
NUMERIC_OPS = frozenset({">=", ">", "<=", "<"})
RED_FLAG_OPS = (">=", ">", "<=", "<", "==", "!=", "in", "contains")
SEVERITIES = frozenset(s.value for s in ProblemSeverity)
SCORING_METHODS = frozenset({"sum", "constitution"})
# The fields of a questionnaire that an edit may change; code and version identify it.
EDITABLE_FIELDS = frozenset({"title", "description", "program", "status", "items", "scoring", "red_flags"})


@dataclass(frozen=True)
class RedFlag:
    """A danger sign found in the answers (危险信号), to be raised as a problem for the department."""

    item: str
    message: str
    severity: str


# ---------------------------------------------------------------------------------------------
# Definitions


def _name(item: Item) -> str:
    """How a message names an item: its text and id, e.g. 「收缩压」(sbp)."""
    text = item.get("text")
    item_id = item.get("id")
    if isinstance(text, str) and text.strip():
        return f"「{text.strip()}」({item_id})"
    return f"「{item_id}」"


def _asked(item: Item) -> str:
    """How a message to whoever answers names an item: its text only (「收缩压」); the id is for
    the questionnaire's designer, and reaches a client as the error's field."""
    text = item.get("text")
    return f"「{text.strip()}」" if isinstance(text, str) and text.strip() else f"「{item.get('id')}」"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _option_values(item: Item) -> list[str]:
    return [option["value"] for option in item.get("options") or []]


def _check_options(item: Item) -> None:
    name = _name(item)
    options = item.get("options")
    if item["type"] not in CHOICE_TYPES:
        if options:
            raise InvalidInput(f"题目{name}不是选择题，不能设置选项", field="items")
        return
    if not isinstance(options, list) or not options:
        raise InvalidInput(f"选择题{name}至少需要一个选项", field="items")
    seen: set[str] = set()
    for option in options:
        if not isinstance(option, dict):
            raise InvalidInput(f"题目{name}的选项格式错误", field="items")
        value = option.get("value")
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput(f"题目{name}有选项缺少取值（value）", field="items")
        if value in seen:
            raise InvalidInput(f"题目{name}的选项取值「{value}」重复", field="items")
        seen.add(value)
        if not isinstance(option.get("label", ""), str):
            raise InvalidInput(f"题目{name}的选项「{value}」名称格式错误", field="items")
        if "score" in option and option["score"] is not None and not _is_number(option["score"]):
            raise InvalidInput(f"题目{name}的选项「{value}」分值必须是数字", field="items")
        if "exclusive" in option:
            if not isinstance(option["exclusive"], bool):
                raise InvalidInput(f"题目{name}的选项「{value}」的互斥设置必须是是/否", field="items")
            if option["exclusive"] and item["type"] != ItemType.MULTIPLE:
                raise InvalidInput(f"题目{name}不是多选题，选项「{value}」不能设为互斥", field="items")


def _check_range(item: Item) -> None:
    name = _name(item)
    kind = item["type"]
    bounds: dict[str, Any] = {key: item[key] for key in ("min", "max") if item.get(key) is not None}
    if kind not in NUMERIC_TYPES:
        if bounds or item.get("unit"):
            raise InvalidInput(f"题目{name}不是数值或量表题，不能设置范围或单位", field="items")
        return
    for key, value in bounds.items():
        if not _is_number(value) or (kind == ItemType.SCALE and not isinstance(value, int)):
            raise InvalidInput(f"题目{name}的{'最小值' if key == 'min' else '最大值'}必须是数字", field="items")
    if kind == ItemType.SCALE and len(bounds) != 2:
        raise InvalidInput(f"量表题{name}必须设置最小值和最大值", field="items")
    if len(bounds) == 2 and bounds["min"] > bounds["max"]:
        raise InvalidInput(f"题目{name}的最小值大于最大值", field="items")
    if not isinstance(item.get("unit", ""), str):
        raise InvalidInput(f"题目{name}的单位格式错误", field="items")


def _check_show_if(item: Item, earlier: dict[str, Item], all_ids: set[str]) -> None:
    condition = item.get("show_if")
    if condition is None:
        return
    name = _name(item)
    if not isinstance(condition, dict) or not isinstance(condition.get("item"), str):
        raise InvalidInput(f"题目{name}的显示条件格式错误", field="items")
    target_id = condition["item"]
    if target_id not in earlier:
        reason = "只能引用它前面的题目" if target_id in all_ids else "引用了不存在的题目"
        raise InvalidInput(f"题目{name}的显示条件{reason}「{target_id}」", field="items")
    kinds = [key for key in ("equals", "in", "exists") if key in condition]
    if len(kinds) != 1:
        raise InvalidInput(f"题目{name}的显示条件须且只能设置 equals、in、exists 之一", field="items")
    target = earlier[target_id]
    if kinds[0] == "exists":
        if not isinstance(condition["exists"], bool):
            raise InvalidInput(f"题目{name}的显示条件 exists 必须是是/否", field="items")
        return
    values = [condition["equals"]] if kinds[0] == "equals" else condition["in"]
    if not isinstance(values, list) or not values:
        raise InvalidInput(f"题目{name}的显示条件 in 必须是非空列表", field="items")
    if target["type"] in CHOICE_TYPES:
        allowed = _option_values(target)
        for value in values:
            if value not in allowed:
                raise InvalidInput(f"题目{name}的显示条件取值「{value}」不是题目{_name(target)}的选项", field="items")


def _check_red_flag(rule: Any, index: int, by_id: dict[str, Item]) -> None:
    if not isinstance(rule, dict):
        raise InvalidInput(f"第{index}条危险信号规则格式错误", field="red_flags")
    item = by_id.get(rule.get("item"))  # type: ignore[arg-type]
    if item is None:
        raise InvalidInput(f"第{index}条危险信号规则引用了不存在的题目「{rule.get('item')}」", field="red_flags")
    name = _name(item)
    op, value = rule.get("op"), rule.get("value")
    if op not in RED_FLAG_OPS:
        raise InvalidInput(
            f"题目{name}的危险信号规则运算符「{op}」无效，应为 {' '.join(RED_FLAG_OPS)} 之一", field="red_flags"
        )
    if op in NUMERIC_OPS:
        if item["type"] not in NUMERIC_TYPES or not _is_number(value):
            raise InvalidInput(
                f"题目{name}的危险信号规则「{op}」只能用于数值或量表题，且比较值须为数字", field="red_flags"
            )
    elif op == "in":
        if not isinstance(value, list) or not value:
            raise InvalidInput(f"题目{name}的危险信号规则「in」的比较值须为非空列表", field="red_flags")
    elif op == "contains":
        if item["type"] not in (ItemType.MULTIPLE, ItemType.TEXT) or not isinstance(value, str):
            raise InvalidInput(f"题目{name}的危险信号规则「contains」只能用于多选题或文本题", field="red_flags")
    elif value is None or isinstance(value, list | dict):
        raise InvalidInput(f"题目{name}的危险信号规则「{op}」须给出单个比较值", field="red_flags")
    if item["type"] in CHOICE_TYPES:
        allowed = _option_values(item)
        for candidate in value if isinstance(value, list) else [value]:
            if candidate not in allowed:
                raise InvalidInput(f"题目{name}的危险信号规则取值「{candidate}」不是该题的选项", field="red_flags")
    if not isinstance(rule.get("message", ""), str):
        raise InvalidInput(f"题目{name}的危险信号提示语格式错误", field="red_flags")
    if rule.get("severity", ProblemSeverity.NORMAL.value) not in SEVERITIES:
        raise InvalidInput(f"题目{name}的危险信号紧急程度须为 urgent 或 normal", field="red_flags")


def _check_scoring(scoring: Any, by_id: dict[str, Item]) -> None:
    if not isinstance(scoring, dict):
        raise InvalidInput("计分规则格式错误", field="scoring")
    if not scoring:
        return
    if scoring.get("method") not in SCORING_METHODS:
        raise InvalidInput(
            f"不支持的计分方式「{scoring.get('method')}」，只支持求和（sum）和体质辨识（constitution）", field="scoring"
        )
    if scoring["method"] == "constitution":
        _check_constitution(scoring, by_id)
        return
    listed = scoring.get("items")
    if listed is None:
        return
    if not isinstance(listed, list):
        raise InvalidInput("计分题目须为题目编号列表", field="scoring")
    for item_id in listed:
        item = by_id.get(item_id)
        if item is None:
            raise InvalidInput(f"计分规则引用了不存在的题目「{item_id}」", field="scoring")
        if item["type"] not in NUMERIC_TYPES and not any(o.get("score") is not None for o in item.get("options") or []):
            raise InvalidInput(f"题目{_name(item)}没有分值，不能参与计分", field="scoring")


def _check_constitution(scoring: dict, by_id: dict[str, Item]) -> None:
    types = scoring.get("types")
    if not isinstance(types, list) or not types:
        raise InvalidInput("体质辨识计分须列出各体质（types）", field="scoring")
    seen: set[str] = set()
    for kind in types:
        if (
            not isinstance(kind, dict)
            or not isinstance(kind.get("code"), str)
            or not isinstance(kind.get("label"), str)
        ):
            raise InvalidInput("每种体质须有编码（code）和名称（label）", field="scoring")
        if kind["code"] in seen:
            raise InvalidInput(f"体质编码「{kind['code']}」重复", field="scoring")
        seen.add(kind["code"])
        listed = kind.get("items")
        if not isinstance(listed, list) or not listed:
            raise InvalidInput(f"{kind['label']}须列出它的题目", field="scoring")
        for item_id in listed:
            item = by_id.get(item_id)
            if item is None or not any(o.get("score") is not None for o in item.get("options") or []):
                raise InvalidInput(f"{kind['label']}的题目「{item_id}」不存在或没有分值", field="scoring")


def validate_definition(items: list, red_flags: list, scoring: dict) -> None:
    """Raise InvalidInput (naming the item, in Chinese) unless the definition is usable."""
    if not isinstance(items, list):
        raise InvalidInput("题目列表格式错误", field="items")
    all_ids: set[str] = {item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)}
    by_id: dict[str, Item] = {}
    for index, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise InvalidInput(f"第{index}题格式错误", field="items")
        item_id = item.get("id")
        if not isinstance(item_id, str) or not item_id.strip():
            raise InvalidInput(f"第{index}题缺少题目编号（id）", field="items")
        name = _name(item)
        if item_id in by_id:
            raise InvalidInput(f"题目编号重复：{name}", field="items")
        if item.get("type") not in ITEM_TYPES:
            raise InvalidInput(
                f"题目{name}的类型「{item.get('type')}」不受支持，应为单选、多选、文本、数值、量表或日期", field="items"
            )
        if not isinstance(item.get("text"), str) or not item["text"].strip():
            raise InvalidInput(f"题目{name}缺少题干", field="items")
        if not isinstance(item.get("required", False), bool):
            raise InvalidInput(f"题目{name}的「必答」须为是/否", field="items")
        if not isinstance(item.get("staff_only", False), bool):
            raise InvalidInput(f"题目{name}的「仅随访人员填写」须为是/否", field="items")
        _check_options(item)
        _check_range(item)
        _check_show_if(item, by_id, all_ids)
        by_id[item_id] = item
    satisfaction_bank.check_metadata(items)
    if not isinstance(red_flags, list):
        raise InvalidInput("危险信号规则格式错误", field="red_flags")
    for index, rule in enumerate(red_flags, 1):
        _check_red_flag(rule, index, by_id)
    _check_scoring(scoring, by_id)


# ---------------------------------------------------------------------------------------------
# Answers


def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


def _same(a: Any, b: Any) -> bool:
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    return str(a) == str(b)


def _holds(condition: dict[str, Any], answer: Any) -> bool:
    """Whether a show_if condition holds for the answer of the item it names."""
    if "exists" in condition:
        return _answered(answer) is bool(condition["exists"])
    if not _answered(answer):
        return False
    targets = [condition["equals"]] if "equals" in condition else list(condition.get("in") or [])
    given = answer if isinstance(answer, list) else [answer]
    return any(_same(a, t) for a in given for t in targets)


def _shown(item: Item, shown_ids: set[str], answers: dict[str, Any]) -> bool:
    condition = item.get("show_if")
    if not condition:
        return True
    return condition["item"] in shown_ids and _holds(condition, answers.get(condition["item"]))


def for_patient(questionnaire: Questionnaire) -> Questionnaire:
    """What a patient answering alone (SMS link, bedside code) sees and may answer: the items
    without those marked 仅随访人员填写 (`staff_only`, e.g. 是否已交代健康指导). Unsaved; items shown only
    after a staff-only item's answer are left out with it."""
    shown = Questionnaire(
        title=questionnaire.title,
        items=[item for item in questionnaire.items or [] if not item.get("staff_only")],
    )
    if questionnaire.id is not None:  # (an edge's copy has none)
        shown.id = questionnaire.id
    return shown


def visible_items(items: list, answers: dict) -> list[dict]:
    """The items shown for these answers: those without show_if, or whose show_if holds."""
    shown_ids: set[str] = set()
    visible: list[dict] = []
    for item in items:
        if _shown(item, shown_ids, answers):
            shown_ids.add(item["id"])
            visible.append(item)
    return visible


def _parse_number(item: Item, raw: Any) -> int | float:
    if _is_number(raw):
        return raw
    if isinstance(raw, str):
        try:
            parsed = float(raw.strip())
        except ValueError:
            parsed = math.nan
        if math.isfinite(parsed):
            return int(parsed) if parsed.is_integer() and "." not in raw else parsed
    raise InvalidInput(f"题目{_asked(item)}的答案必须是数字", field=item["id"])


def _check_bounds(item: Item, value: float) -> None:
    low, high, unit = item.get("min"), item.get("max"), item.get("unit") or ""
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            span = f"{low}～{high}{unit}之间"
        elif low is not None:
            span = f"不小于{low}{unit}"
        else:
            span = f"不大于{high}{unit}"
        raise InvalidInput(f"题目{_asked(item)}的答案{value}{unit}超出范围，应在{span}", field=item["id"])


def _clean(item: Item, raw: Any) -> Any:
    """The stored form of one answer, or None when it is not answered; InvalidInput when wrong."""
    if not _answered(raw):
        return None
    kind, name, field = item["type"], _asked(item), item["id"]
    if kind == ItemType.SINGLE:
        value = str(raw) if isinstance(raw, int) and not isinstance(raw, bool) else raw
        if not isinstance(value, str) or value not in _option_values(item):
            raise InvalidInput(f"题目{name}的答案「{raw}」不是有效选项", field=field)
        return value
    if kind == ItemType.MULTIPLE:
        if not isinstance(raw, list | tuple):
            raise InvalidInput(f"多选题{name}的答案必须是选项列表", field=field)
        allowed = _option_values(item)
        chosen: list[str] = []
        for value in raw:
            if not isinstance(value, str) or value not in allowed:
                raise InvalidInput(f"题目{name}的答案「{value}」不是有效选项", field=field)
            if value not in chosen:
                chosen.append(value)
        # 以上都没有 and the like stand alone: chosen with a symptom they contradict the answer.
        alone = [o for o in item.get("options") or [] if o.get("exclusive") and o["value"] in chosen]
        if alone and len(chosen) > 1:
            label = alone[0].get("label") or alone[0]["value"]
            raise InvalidInput(f"题目{name}选了「{label}」，就不能再选其他选项", field=field)
        return chosen
    if kind == ItemType.TEXT:
        if not isinstance(raw, str):
            raise InvalidInput(f"题目{name}的答案必须是文字", field=field)
        if not raw.strip():
            return None
        if len(raw) > TEXT_MAX_LENGTH:
            raise InvalidInput(f"题目{name}的答案不能超过{TEXT_MAX_LENGTH}字", field=field)
        return raw
    if kind == ItemType.NUMBER:
        number = _parse_number(item, raw)
        _check_bounds(item, number)
        return number
    if kind == ItemType.SCALE:
        number = _parse_number(item, raw)
        if not float(number).is_integer():
            raise InvalidInput(f"量表题{name}的答案必须是整数", field=field)
        _check_bounds(item, number)
        return int(number)
    # ItemType.DATE
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw.strip()):
        try:
            return date.fromisoformat(raw.strip()).isoformat()
        except ValueError:
            pass
    raise InvalidInput(f"题目{name}的答案必须是日期（如 2026-03-01）", field=field)


def field_key(item_id: str) -> str:
    """An item id as a form field name: ids imported from FHIR may hold '.' or '/' ("g1.q1",
    "/44250-9"), which a form would read as a path. Plain ids stay as they are."""
    return re.sub(r"[^0-9A-Za-z_]", lambda m: f"_{ord(m.group()):x}_", item_id)


def validate_answers(questionnaire: Questionnaire, answers: dict, *, complete: bool) -> dict:
    """Check and clean the answers of one contact.

    Each answer is checked against its item's type; answers of hidden items are dropped (a
    changed earlier answer may hide them). With ``complete=True`` every shown required item
    must be answered, and one InvalidInput lists all that are missing. Answers may be keyed by
    item id or by its form field name (`field_key`).
    """
    if not isinstance(answers, dict):
        raise InvalidInput("答案格式错误", field="answers")
    items: list[Item] = questionnaire.items or []
    by_field = {field_key(item["id"]): item["id"] for item in items if field_key(item["id"]) != item["id"]}
    answers = {by_field.get(key, key): value for key, value in answers.items()}
    known = {item["id"] for item in items}
    unknown = [str(key) for key in answers if key not in known]
    if unknown:
        raise InvalidInput(f"问卷「{questionnaire.title}」中没有这些题目：{'、'.join(unknown)}", field="answers")
    cleaned: dict[str, Any] = {}
    missing: list[Item] = []
    shown_ids: set[str] = set()
    for item in items:
        # Visibility is decided on the cleaned answers of earlier items, which show_if names.
        if not _shown(item, shown_ids, cleaned):
            continue
        shown_ids.add(item["id"])
        value = _clean(item, answers.get(item["id"]))
        if value is None:
            if item.get("required"):
                missing.append(item)
            continue
        cleaned[item["id"]] = value
    if complete and missing:
        names = "、".join(_asked(item) for item in missing)
        raise InvalidInput(f"还有{len(missing)}道必答题未回答：{names}", field=missing[0]["id"])
    return cleaned


# ---------------------------------------------------------------------------------------------
# Scoring and red flags


def _scored_by_default(item: Item) -> bool:
    return item["type"] == ItemType.SCALE or any(o.get("score") is not None for o in item.get("options") or [])


def _item_score(item: Item, answer: Any) -> float | None:
    if item["type"] in CHOICE_TYPES:
        chosen = answer if isinstance(answer, list) else [answer]
        scores = [
            float(o["score"]) for o in item.get("options") or [] if o["value"] in chosen and o.get("score") is not None
        ]
        return sum(scores) if scores else None
    if item["type"] in NUMERIC_TYPES:
        try:
            return float(_parse_number(item, answer))
        except InvalidInput:
            return None
    return None


def score(questionnaire: Questionnaire, answers: dict) -> float | None:
    """The total score of these answers, or None when the questionnaire is not scored or no
    scored item was answered (an unanswered questionnaire has no score, not zero)."""
    scoring = questionnaire.scoring or {}
    if scoring.get("method") != "sum":
        return None
    listed = scoring.get("items")
    total, counted = 0.0, False
    for item in visible_items(questionnaire.items or [], answers):
        counts = item["id"] in listed if listed is not None else _scored_by_default(item)
        if not counts:
            continue
        answer = answers.get(item["id"])
        if not _answered(answer):
            continue
        value = _item_score(item, answer)
        if value is not None:
            total += value
            counted = True
    return total if counted else None


def constitution_scores(questionnaire: Questionnaire, answers: dict) -> dict[str, float]:
    """Each constitution's transformed score (0-100), for the types whose items are all answered."""
    scoring = questionnaire.scoring or {}
    if scoring.get("method") != "constitution":
        return {}
    by_id = {item["id"]: item for item in questionnaire.items or []}
    scores: dict[str, float] = {}
    for kind in scoring.get("types") or []:
        values = [
            _item_score(by_id[i], answers.get(i)) if i in by_id and _answered(answers.get(i)) else None
            for i in kind["items"]
        ]
        if values and all(v is not None for v in values):
            scores[kind["code"]] = tcm_library.transformed(sum(v for v in values if v is not None), len(values))
    return scores


def interpretation(questionnaire: Questionnaire, answers: dict) -> str:
    """What the answers mean beyond a total, in words staff read: the constitutions found
    (体质辨识), e.g. 气虚质：是（50.0 分）；阳虚质：倾向是（31.3 分）. Empty when not applicable."""
    scores = constitution_scores(questionnaire, answers)
    if not scores:
        return ""
    labels = {kind["code"]: kind["label"] for kind in (questionnaire.scoring or {}).get("types") or []}
    found = tcm_library.judge(scores, labels)
    if not found:
        return "未达到任一体质的判定标准（平和质不足 60 分，且无偏颇体质达到 30 分）"
    return "；".join(f"{name}：{verdict}（{value} 分）" for name, verdict, value in found)


def _as_number(value: Any) -> float | None:
    if _is_number(value):
        return float(value)
    if isinstance(value, str):
        try:
            parsed = float(value)
        except ValueError:
            return None
        return parsed if math.isfinite(parsed) else None
    return None


def _rule_holds(op: str, answer: Any, value: Any) -> bool:
    if op in NUMERIC_OPS:
        a, b = _as_number(answer), _as_number(value)
        if a is None or b is None:
            return False
        return {">=": a >= b, ">": a > b, "<=": a <= b, "<": a < b}[op]
    if op in ("==", "!="):
        if isinstance(answer, list):
            expected = value if isinstance(value, list) else [value]
            equal = {str(v) for v in answer} == {str(v) for v in expected}
        else:
            equal = _same(answer, value)
        return equal if op == "==" else not equal
    if op == "in":
        given = answer if isinstance(answer, list) else [answer]
        return any(_same(a, v) for a in given for v in value or [])
    if op == "contains":
        if isinstance(answer, list):
            return any(_same(a, value) for a in answer)
        return isinstance(answer, str) and str(value) in answer
    return False


def _display(item: Item, answer: Any) -> str:
    labels = {o["value"]: o.get("label") or o["value"] for o in item.get("options") or []}
    given = answer if isinstance(answer, list) else [answer]
    return "、".join(str(labels.get(a, a)) for a in given) + (item.get("unit") or "")


def red_flags(questionnaire: Questionnaire, answers: dict) -> list[RedFlag]:
    """The red-flag rules that these answers meet, in rule order; hidden or unanswered items never flag."""
    shown = {item["id"]: item for item in visible_items(questionnaire.items or [], answers)}
    flags: list[RedFlag] = []
    for rule in questionnaire.red_flags or []:
        item = shown.get(rule.get("item"))
        if item is None:
            continue
        answer = answers.get(item["id"])
        if not _answered(answer) or not _rule_holds(rule.get("op", ""), answer, rule.get("value")):
            continue
        message = rule.get("message") or f"{item.get('text')}：{_display(item, answer)}"
        flags.append(RedFlag(item=item["id"], message=message, severity=rule.get("severity") or "normal"))
    return flags


# ---------------------------------------------------------------------------------------------
# Versions


async def save_new_version_if_answered(
    principal: Principal, questionnaire: Questionnaire, changes: dict
) -> Questionnaire:
    """Save an edit of a questionnaire, as a new version when the current one has records.

    A version that follow-up records answered is kept as it was, so those records still show
    the questions they answered; the edit becomes version max+1 of the same code. A version
    without records is updated in place. The definition is validated before anything is saved.
    """
    unknown = sorted(set(changes) - EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"不能修改问卷的这些字段：{'、'.join(unknown)}", field=unknown[0])
    effective = {key: value for key, value in changes.items() if getattr(questionnaire, key) != value}
    if not effective:
        return questionnaire
    validate_definition(
        effective.get("items", questionnaire.items),
        effective.get("red_flags", questionnaire.red_flags),
        effective.get("scoring", questionnaire.scoring),
    )
    if not await FollowUpRecord.exists(questionnaire_id=questionnaire.id):
        return await records.update(principal, questionnaire, effective, summary=f"修改问卷 {questionnaire}")
    latest = await Questionnaire.filter(code=questionnaire.code).order_by("-version").first()
    version = (latest.version if latest else questionnaire.version) + 1
    data = {
        "code": questionnaire.code,
        "version": version,
        "title": questionnaire.title,
        "program": questionnaire.program,
        "status": questionnaire.status,
        "description": questionnaire.description,
        "items": questionnaire.items,
        "scoring": questionnaire.scoring,
        "red_flags": questionnaire.red_flags,
        **effective,
    }
    return await records.create(
        principal,
        Questionnaire,
        data,
        summary=f"问卷「{questionnaire.title}」v{questionnaire.version} 已有随访记录，修改另存为 v{version}",
    )


@dataclass(frozen=True)
class Saved:
    """The outcome of saving a questionnaire definition (from the designer or a FHIR import)."""

    questionnaire: Questionnaire
    # "created": a new questionnaire or a new version; "updated": edited in place; "unchanged"
    how: str
    moved_templates: int = 0

    @property
    def message(self) -> str:
        q = self.questionnaire
        if self.how == "unchanged":
            return "没有修改，未保存"
        if self.how == "updated":
            return "已保存"
        if q.version == 1:
            return f"已新建问卷「{q.title}」（第 1 版）"
        moved = f"，{self.moved_templates} 个随访模板已改用新版本" if self.moved_templates else ""
        return f"已保存为第 {q.version} 版（原版本已有随访记录，保持不变）{moved}"


async def _save_definition(principal: Principal, questionnaire: Questionnaire, changes: dict) -> Saved:
    """Save through `save_new_version_if_answered`; a new version takes over the templates.

    Templates (随访模板) that pointed at the edited version now point at the new one, so tasks
    generated from now on ask the edited questions; tasks already generated and their records
    keep the version they were given (a task's questionnaire is its own column).
    """
    if all(getattr(questionnaire, key) == value for key, value in changes.items()):
        return Saved(questionnaire, "unchanged")
    async with in_transaction():
        saved = await save_new_version_if_answered(principal, questionnaire, changes)
        if saved.id == questionnaire.id:
            return Saved(saved, "updated")
        moved = 0
        for template in await FollowUpTemplate.filter(questionnaire_id=questionnaire.id):
            await records.update(
                principal,
                template,
                {"questionnaire_id": saved.id},
                summary=f"随访模板「{template.name}」改用问卷 {saved}",
            )
            moved += 1
        return Saved(saved, "created", moved)


async def update_definition(
    principal: Principal,
    questionnaire_id: int,
    *,
    title: str,
    description: str,
    items: list,
    red_flags: list,
    scoring: dict,
) -> Saved:
    """Save the designer's edit of a questionnaire (问卷设计).

    The definition is validated first (InvalidInput names the item). A version that follow-up
    records answered is never edited in place: the edit becomes the next version and the
    templates move to it (see `_save_definition`).
    """
    access.require(principal, "followup:template")
    questionnaire = await Questionnaire.get_or_none(id=questionnaire_id)
    if questionnaire is None:
        raise NotFound("问卷不存在")
    title = (title or "").strip()
    if not title:
        raise InvalidInput("问卷名称不能为空", field="title")
    if len(title) > 128:
        raise InvalidInput("问卷名称不能超过128个字符", field="title")
    validate_definition(items, red_flags, scoring)
    changes = {
        "title": title,
        "description": description or "",
        "items": items,
        "red_flags": red_flags,
        "scoring": scoring,
    }
    return await _save_definition(principal, questionnaire, changes)


async def import_fhir(principal: Principal, resource: dict) -> Saved:
    """Import a FHIR R4 Questionnaire: a new questionnaire (draft, version 1), or, when its code
    exists, an edit of the latest version of that code (a new version if that one was answered)."""
    access.require(principal, "followup:template")
    kwargs = from_fhir(resource)
    code = kwargs.pop("code")
    latest = await Questionnaire.filter(code=code).order_by("-version").first()
    if latest is not None:
        return await _save_definition(principal, latest, kwargs)
    created = await records.create(
        principal,
        Questionnaire,
        {"code": code, "version": 1, "status": QuestionnaireStatus.DRAFT, **kwargs},
        summary=f"导入 FHIR 问卷「{kwargs['title']}」（{code}）",
    )
    return Saved(created, "created")


# ---------------------------------------------------------------------------------------------
# FHIR R4 (the format itself is integrations.fhir.questionnaire)


def to_fhir(questionnaire: Questionnaire) -> dict:
    """The questionnaire as a FHIR R4 Questionnaire resource (JSON)."""
    return fhir_questionnaire.to_fhir(questionnaire)


def from_fhir(resource: dict) -> dict:
    """Keyword arguments for a Questionnaire from a FHIR R4 Questionnaire resource, checked like
    a definition from the designer.

    Returns ``code``, ``title``, ``items``, ``scoring``, ``red_flags`` and ``description``. What
    FHIR can say but we cannot represent, and definitions that break our rules, raise
    InvalidInput with the reason.
    """
    try:
        kwargs = fhir_questionnaire.from_fhir(resource)
    except fhir_questionnaire.UnsupportedQuestionnaire as exc:
        raise InvalidInput(exc.message, field=exc.field) from exc
    validate_definition(kwargs["items"], kwargs["red_flags"], kwargs["scoring"])
    return kwargs


# ---------------------------------------------------------------------------------------------
# Library


async def seed_library() -> int:
    """Create the built-in questionnaire library (version 1, published) where missing.

    Idempotent by code: a questionnaire whose code already has a version 1 is left alone, so an
    edited library questionnaire is never overwritten. Returns how many were created.
    """
    created = 0
    for definition in LIBRARY:
        if await Questionnaire.exists(code=definition["code"], version=1):
            continue
        validate_definition(definition["items"], definition.get("red_flags", []), definition.get("scoring", {}))
        try:
            async with in_transaction():
                questionnaire = await Questionnaire.create(
                    code=definition["code"],
                    version=1,
                    title=definition["title"],
                    program=Program(definition.get("program", Program.CENTRE)),
                    status=QuestionnaireStatus.PUBLISHED,
                    description=definition.get("description", ""),
                    items=copy.deepcopy(definition["items"]),
                    scoring=copy.deepcopy(definition.get("scoring", {})),
                    red_flags=copy.deepcopy(definition.get("red_flags", [])),
                )
                await audit.record(
                    AuditAction.CREATE,
                    actor_name="系统",
                    resource=questionnaire,
                    summary=f"初始化问卷库：{questionnaire}",
                    after=audit.snapshot(questionnaire),
                )
        except IntegrityError:
            # Another process seeded the same code first; theirs is as good as ours.
            continue
        created += 1
    return created


# ---------------------------------------------------------------------------------------------
# Answers as text


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _answer_text(item: Item, answer: Any) -> str:
    kind = item.get("type")
    if kind in CHOICE_TYPES:
        labels = {o["value"]: o.get("label") or o["value"] for o in item.get("options") or []}
        given = answer if isinstance(answer, list) else [answer]
        # A value no longer among the options (an edited draft) still shows as itself.
        return "、".join(str(labels.get(a, a)) for a in given)
    if kind in NUMERIC_TYPES:
        return _number_text(answer) + (item.get("unit") or "")
    if kind == ItemType.DATE:
        return answer.isoformat() if isinstance(answer, date) else str(answer)[:10]
    return str(answer)


def answers_text(questionnaire: Questionnaire, answers: dict) -> str:
    """The answered items in one line as a list shows them: ``题目：答案；题目：答案``."""
    labels = answer_labels(questionnaire, answers)
    lines = []
    for item in questionnaire.items or []:
        if labels.get(item["id"]):
            question = str(item.get("text") or item["id"])
            lines.append(f"{question}{'' if question.endswith(('？', '?', '：', ':')) else '：'}{labels[item['id']]}")
    return "；".join(lines)


def answer_labels(questionnaire: Questionnaire, answers: dict) -> dict[str, str]:
    """Each item's answer as a person reads it, by item id: option labels (several joined with
    "、"), numbers with their unit, dates as YYYY-MM-DD, text as is; unanswered items are ""."""
    answers = answers if isinstance(answers, dict) else {}
    out: dict[str, str] = {}
    for item in questionnaire.items or []:
        value = answers.get(item["id"], answers.get(field_key(item["id"])))
        out[item["id"]] = _answer_text(item, value) if _answered(value) else ""
    return out
