"""The desk form shows an item exactly when the server takes its answer: each show_if becomes an
amis expression (`questionnaire_control`'s visibleOn), evaluated here by amis' own formula engine
(the vendored amis-formula, under Node) against the same answers the server's rule reads."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from backend.admin.widgets import questionnaire_control
from backend.services.questionnaires import visible_items

ROOT = Path(__file__).resolve().parents[2]
FORMULA = ROOT / "frontend-assets" / "node_modules" / "amis-formula" / "lib" / "index.js"
EVALUATE = (
    "const f = require(process.argv[1]);"
    "const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
    "process.stdout.write(JSON.stringify(cases.map(([e, d]) => !!f.evaluate(e, d, {evalMode: true}))));"
)

PREP = {
    "id": "prep",
    "type": "multiple",
    "text": "用的是哪种剂型",
    "options": [{"value": "decoction", "label": "汤剂"}, {"value": "granule", "label": "颗粒"}],
}
FEVER = {"id": "fever", "type": "single", "text": "发热", "options": [{"value": "yes"}, {"value": "no"}]}
ITEMS = [
    PREP,
    FEVER,
    {"id": "boil", "type": "text", "text": "煎煮方法", "show_if": {"item": "prep", "equals": "decoction"}},
    {"id": "taken", "type": "text", "text": "服法", "show_if": {"item": "prep", "in": ["decoction", "granule"]}},
    {"id": "temp", "type": "text", "text": "体温", "show_if": {"item": "fever", "equals": "yes"}},
    {"id": "why", "type": "text", "text": "原因", "show_if": {"item": "fever", "in": ["yes", "no"]}},
    {"id": "more", "type": "text", "text": "补充", "show_if": {"item": "fever", "exists": True}},
]


def _amis(cases: list[tuple[str, dict[str, Any]]]) -> list[bool]:
    assert FORMULA.exists(), "make assets fetches amis-formula"
    done = subprocess.run(
        ["node", "-e", EVALUATE, str(FORMULA)], input=json.dumps(cases), capture_output=True, text=True, check=True
    )
    return list(json.loads(done.stdout))


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {"prep": ["decoction"]},
        {"prep": ["granule"]},
        {"prep": ["granule", "decoction"], "fever": "yes"},
        {"prep": [], "fever": "no"},
    ],
    ids=["nothing", "decoction", "granule", "both-fever", "none-no-fever"],
)
def test_the_desk_shows_an_item_when_the_server_takes_it(answers: dict[str, Any]) -> None:
    conditional = [item for item in ITEMS if item.get("show_if")]
    expressions = [questionnaire_control(item)["visibleOn"][2:-1] for item in conditional]
    shown_at_desk = _amis([(e, {"answers": answers}) for e in expressions])
    shown_by_server = {item["id"] for item in visible_items(ITEMS, answers)}
    assert dict(zip([i["id"] for i in conditional], shown_at_desk, strict=True)) == {
        item["id"]: item["id"] in shown_by_server for item in conditional
    }
