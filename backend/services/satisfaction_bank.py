"""The satisfaction item bank (满意度题库) and the metadata its questionnaires carry.

The bank (`data/satisfaction_bank.json`, our own wording) groups items by the dimensions of the
national inpatient and outpatient satisfaction surveys; `definitions()` turns it into ordinary
questionnaires (see `backend.services.questionnaires` for the item format) whose items and
options carry what the satisfaction statistics read:

- item ``dimension``: the survey dimension the item is scored in (医患沟通, 环境与标识, ...);
- item ``complaint_max_score``: an answer scoring at most this opens a 整改单 (a flagged item);
- option ``score``: its points (higher is better, also for a reversed item: a negatively worded
  question such as 等候时间是否过长 scores 从未如此 best);
- option ``satisfied``: the answer counts as 满意 (the top levels of its scale);
- option ``na``: 不适用/不清楚: not scored, left out of the satisfaction rate and the means;
- option ``complaint``: choosing it marks the answer as a complaint (投诉).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from backend.models.choices import Program
from backend.services.errors import InvalidInput

BANK_PATH = Path(__file__).resolve().parent / "data" / "satisfaction_bank.json"
NA_VALUE = "na"
DIMENSION_MAX_LENGTH = 32


@cache
def bank() -> dict[str, Any]:
    with BANK_PATH.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@dataclass(frozen=True)
class AnswerFacts:
    """What an answer to a dimension-tagged item counts as."""

    value: str
    label: str
    score100: float | None  # None: 不适用
    satisfied: int
    score: float | None


def item_facts(item: dict[str, Any], value: Any) -> AnswerFacts | None:
    """The facts of `value` answered to `item`, or None when the item is not a scored satisfaction
    item or the value is not one of its options."""
    if not item.get("dimension") or not isinstance(value, str):
        return None
    options = item.get("options") or []
    scores = [float(o["score"]) for o in options if o.get("score") is not None and not o.get("na")]
    chosen = next((o for o in options if o.get("value") == value), None)
    if chosen is None or not scores:
        return None
    if chosen.get("na") or chosen.get("score") is None:
        return AnswerFacts(value=value, label=str(chosen.get("label") or value), score100=None, satisfied=0, score=None)
    low, high = min(scores), max(scores)
    score = float(chosen["score"])
    score100 = round((score - low) / (high - low) * 100, 4) if high > low else 100.0
    satisfied = 1 if chosen.get("satisfied") else 0
    return AnswerFacts(
        value=value, label=str(chosen.get("label") or value), score100=score100, satisfied=satisfied, score=score
    )


def scale_options(scale: dict[str, Any], *, reverse: bool = False, na: list[str] | None = None) -> list[dict[str, Any]]:
    """A scale's options with score, satisfied and na flags; a reversed item scores the scale's
    worst end best. Options are shown worst first, unless the scale is shown best first."""
    levels: list[str] = scale["levels"]
    top = int(scale.get("satisfied_top", 2))
    n = len(levels)
    options = []
    for position, label in enumerate(levels):
        points = n - position if reverse else position + 1
        options.append({"value": str(points), "label": label, "score": points, "satisfied": points > n - top})
    if scale.get("best_first"):
        options.reverse()
    for index, label in enumerate(na or []):
        options.append({"value": NA_VALUE if index == 0 else f"{NA_VALUE}{index + 1}", "label": label, "na": True})
    return options


def _closing_items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for spec in bank()["closing_items"]:
        item: dict[str, Any] = {"id": spec["id"], "text": spec["text"]}
        if "options" in spec:
            item.update(
                type="single",
                required=True,
                options=[
                    {
                        "value": value,
                        "label": label,
                        **({"complaint": True} if value == spec.get("complaint_option") else {}),
                    }
                    for value, label in spec["options"]
                ],
            )
        else:
            item.update(type="text", required=bool(spec.get("show_if")))
            if spec.get("show_if"):
                item["show_if"] = {"item": spec["show_if"], "equals": "yes"}
        items.append(item)
    return items


def definitions() -> list[dict[str, Any]]:
    """The bank's questionnaires (住院满意度, 门诊满意度) as questionnaire-library definitions."""
    scales = bank()["scales"]
    out = []
    for spec in bank()["questionnaires"]:
        items: list[dict[str, Any]] = []
        for entry in spec["items"]:
            item: dict[str, Any] = {
                "id": entry["id"],
                "type": "single",
                "text": entry["text"],
                "required": True,
                "dimension": entry["dimension"],
                "options": scale_options(
                    scales[entry["scale"]], reverse=bool(entry.get("reverse")), na=entry.get("na")
                ),
            }
            if "complaint_max_score" in entry:
                item["complaint_max_score"] = entry["complaint_max_score"]
            items.append(item)
        scored = [item["id"] for item in items]
        out.append(
            {
                "code": spec["code"],
                "title": spec["title"],
                "program": Program.SATISFACTION,
                "description": spec["description"],
                "items": items + _closing_items(),
                "scoring": {"method": "sum", "items": scored},
                "red_flags": [],
            }
        )
    return out


def dimensions() -> list[str]:
    """Every dimension of the bank, inpatient first, each once."""
    seen: dict[str, None] = {}
    for names in bank()["dimensions"].values():
        seen.update(dict.fromkeys(names))
    return list(seen)


# The satisfaction metadata an item and its options may carry (the designer keeps them on edit).
ITEM_METADATA = ("dimension", "complaint_max_score")
OPTION_FLAGS = ("satisfied", "na", "complaint")


def check_metadata(items: list[dict[str, Any]]) -> None:
    """Raise InvalidInput unless the satisfaction metadata of these (otherwise valid) items is usable."""
    for item in items:
        name = f"「{item.get('text') or item.get('id')}」"
        dimension = item.get("dimension")
        if dimension is not None and (
            not isinstance(dimension, str) or not dimension.strip() or len(dimension) > DIMENSION_MAX_LENGTH
        ):
            raise InvalidInput(f"题目{name}的维度须为不超过{DIMENSION_MAX_LENGTH}字的名称", field="items")
        limit = item.get("complaint_max_score")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int | float)):
            raise InvalidInput(f"题目{name}的投诉分数线须为数字", field="items")
        if dimension is not None and item.get("type") != "single":
            raise InvalidInput(f"题目{name}设置了维度，须为单选题（按选项计分）", field="items")
        for option in item.get("options") or []:
            for flag in OPTION_FLAGS:
                if flag in option and not isinstance(option[flag], bool):
                    raise InvalidInput(f"题目{name}的选项「{option.get('value')}」的 {flag} 须为是/否", field="items")
            if option.get("na") and option.get("score") is not None:
                raise InvalidInput(f"题目{name}的“不适用”选项「{option.get('label')}」不能有分值", field="items")


# The questionnaire of the callback (回访) the 行风办 makes after verifying a 整改单.
CALLBACK: dict[str, Any] = {
    "code": "satisfaction_callback",
    "title": "投诉整改回访",
    "program": Program.SATISFACTION,
    "description": "行风办核实科室整改措施后，回访投诉患者：问题是否解决、对处理是否满意。",
    "items": [
        {
            "id": "cb_resolved",
            "type": "single",
            "text": "您反映的问题，医院是否已经给您答复并处理？",
            "required": True,
            "options": [
                {"value": "yes", "label": "已处理"},
                {"value": "partly", "label": "部分处理"},
                {"value": "no", "label": "没有处理"},
            ],
        },
        {
            "id": "cb_satisfied",
            "type": "single",
            "text": "您对这次处理结果满意吗？",
            "required": True,
            "options": scale_options({**bank()["scales"]["SAT5"], "best_first": True}),
        },
        {"id": "cb_note", "type": "text", "text": "患者的其他意见（可不填）", "required": False},
    ],
    "scoring": {"method": "sum", "items": ["cb_satisfied"]},
    "red_flags": [],
}
