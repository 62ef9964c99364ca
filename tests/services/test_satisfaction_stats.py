"""满意度统计: every figure of the page recomputed here from the raw answers of the records
(the answers JSON and the item bank's scales, not the flat table or the options' flags) and
compared, on each database; the item bank's scoring (不适用, reversed items); the flat table
written with the record and backfilled idempotently."""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from datetime import datetime, time, timedelta
from typing import Any

import pytest

from backend import clock
from backend.clock import SHANGHAI, now
from backend.models import (
    Admission,
    Department,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    Questionnaire,
    Rectification,
    SatisfactionAnswer,
    SatisfactionDaily,
)
from backend.models.choices import Program, ReachedWithoutCall, RectificationStatus, TaskOutcome, TaskStatus
from backend.services import execution, rectifications, satisfaction, satisfaction_settings, satisfaction_stats
from backend.services.errors import InvalidInput, PermissionDenied
from backend.services.principal import Principal, load_principal
from backend.services.questionnaires import seed_library, validate_definition
from backend.services.satisfaction_bank import BANK_PATH, definitions, item_facts
from tests import factories

BANK = json.loads(BANK_PATH.read_text(encoding="utf-8"))
SPEC = {item["id"]: item for q in BANK["questionnaires"] for item in q["items"]}
WEIGHTS = {"医患沟通": 3.0, "总体满意度": 2.0, "饮食": 0.0}


def _expected(item_id: str, label: str) -> tuple[float, int] | None:
    """(0-100 score, satisfied) of an answer by its label, from the bank's scale alone; None for 不适用."""
    spec = SPEC[item_id]
    if label in spec.get("na", []):
        return None
    scale = BANK["scales"][spec["scale"]]
    levels = scale["levels"]
    n = len(levels)
    position = levels.index(label)
    points = n - position if spec.get("reverse") else position + 1
    return (points - 1) / (n - 1) * 100, int(points > n - scale["satisfied_top"])


def test_the_reversed_item_scores_its_never_best_and_not_applicable_counts_nowhere() -> None:
    inpatient = next(d for d in definitions() if d["code"] == "satisfaction_inpatient_cn")
    validate_definition(inpatient["items"], inpatient["red_flags"], inpatient["scoring"])
    items = {i["id"]: i for i in inpatient["items"]}
    by_label = {o["label"]: o["value"] for o in items["in_bed_wait"]["options"]}
    never = item_facts(items["in_bed_wait"], by_label["从未如此"])
    always = item_facts(items["in_bed_wait"], by_label["总是如此"])
    assert never is not None and never.score100 == 100 and never.satisfied == 1
    assert always is not None and always.score100 == 0 and always.satisfied == 0
    na = item_facts(items["in_call_bell"], "na")
    assert na is not None and na.score100 is None and na.satisfied == 0
    # a best-first scale is shown best first and still scores 总是如此 best
    toilet = items["in_toilet_help"]["options"]
    assert toilet[0]["label"] == "总是如此" and item_facts(items["in_toilet_help"], toilet[0]["value"]).score100 == 100
    # every scored item has its dimension; the closing items have none and are not flattened
    assert all(i.get("dimension") for i in inpatient["items"] if i["id"] in inpatient["scoring"]["items"])
    assert item_facts(items["complaint"], "yes") is None


def test_metadata_that_cannot_be_scored_is_refused_in_chinese() -> None:
    bad = [{"id": "q", "type": "text", "text": "意见", "dimension": "医患沟通"}]
    with pytest.raises(InvalidInput, match="须为单选题"):
        validate_definition(bad, [], {})
    na_scored = [
        {
            "id": "q",
            "type": "single",
            "text": "呼叫铃",
            "dimension": "回应性",
            "options": [
                {"value": "1", "label": "好", "score": 1},
                {"value": "na", "label": "不适用", "score": 0, "na": True},
            ],
        }
    ]
    with pytest.raises(InvalidInput, match="不适用"):
        validate_definition(na_scored, [], {})


async def _answers(questionnaire: Questionnaire, rng: random.Random, complaint: bool) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for item in questionnaire.items:
        if item.get("dimension"):
            answers[item["id"]] = rng.choice([o["value"] for o in item["options"]])
    answers["complaint"] = "yes" if complaint else "no"
    if complaint:
        answers["complaint_detail"] = "护士夜间呼叫不应答"
    return answers


async def _world(officer: Principal, doctor_of: dict[int, Principal]) -> dict[str, Any]:
    """Surveys in three departments over two months: reached (with 不适用, complaints and low
    scores), refused, not answered; some 整改单 replied and verified."""
    rng = random.Random(15)
    questionnaire = await Questionnaire.get(code="satisfaction_inpatient_cn", version=1)
    template = await FollowUpTemplate.create(
        name="住院满意度调查", program=Program.SATISFACTION, questionnaire=questionnaire, is_active=False
    )
    today = now().date()
    months = [now() - timedelta(days=40), now() - timedelta(days=5)]
    for dept_id in doctor_of:
        for n in range(7):
            patient = await factories.patient(await Department.get(id=dept_id))
            stay = await Admission.get(patient=patient)
            task = await FollowUpTask.create(
                admission=stay,
                patient=patient,
                department_id=dept_id,
                template=template,
                step=0,
                program=Program.SATISFACTION,
                questionnaire=questionnaire,
                status=TaskStatus.ASSIGNED,
                assignee_id=officer.staff_id,
                due_start=today - timedelta(days=3),
                due_end=today,
            )
            outcome = rng.choices(
                [TaskOutcome.REACHED, TaskOutcome.REFUSED, TaskOutcome.INCONVENIENT, TaskOutcome.NO_ANSWER],
                [6, 2, 1, 1],
            )[0]
            answers = (
                await _answers(questionnaire, rng, complaint=rng.random() < 0.25)
                if outcome is TaskOutcome.REACHED
                else {}
            )
            with clock.frozen_at(months[n % 2] + timedelta(minutes=n)):
                reached = outcome is TaskOutcome.REACHED  # no call in this test: stated as taken another way
                await execution.record_contact(
                    officer,
                    task.id,
                    client_uuid=uuid.UUID(int=rng.getrandbits(128)),
                    outcome=outcome,
                    answers=answers,
                    reached_without_call=ReachedWithoutCall.OTHER if reached else None,
                    reached_reason="患者在病房当面填答" if reached else "",
                )
    # the departments answer some 整改单, the 行风办 verifies some of those
    for rectification in await Rectification.all().order_by("id"):
        if rng.random() < 0.7:
            await rectifications.reply(doctor_of[rectification.department_id], rectification.id, "已组织科室学习并整改")
            if rng.random() < 0.7:
                await rectifications.verify(officer, rectification.id, accepted=True)
    return {"questionnaire": questionnaire, "period": (today - timedelta(days=60), today)}


def _tally(rows: list[tuple[float, int]]) -> dict[str, Any]:
    valid = len(rows)
    satisfied = sum(s for _, s in rows)
    return {
        "valid": valid,
        "satisfied": satisfied,
        "rate": satisfied / valid if valid else None,
        "mean": sum(p for p, _ in rows) / valid if valid else None,
    }


def _index(by_dim: dict[str, list[tuple[float, int]]]) -> float | None:
    parts = [(WEIGHTS.get(d, 1.0), sum(p for p, _ in r) / len(r)) for d, r in by_dim.items() if r]
    total = sum(w for w, _ in parts if w > 0)
    return sum(w * m for w, m in parts if w > 0) / total if total else None


def _close(actual: Any, expected: Any, places: float = 0.011) -> bool:
    if expected is None or actual is None:
        return actual is expected
    return abs(actual - expected) <= places


async def _recompute(questionnaire: Questionnaire, department_ids: list[int], period: tuple) -> dict[str, Any]:
    """The page's figures from the raw records alone."""
    low = datetime.combine(period[0], time.min, tzinfo=SHANGHAI)
    high = datetime.combine(period[1] + timedelta(days=1), time.min, tzinfo=SHANGHAI)
    labels = {i["id"]: {o["value"]: o["label"] for o in i.get("options", [])} for i in questionnaire.items}
    cells: dict[tuple[int, str, str], list[tuple[float, int]]] = defaultdict(list)
    months: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    records = await FollowUpRecord.filter(contacted_at__gte=low, contacted_at__lt=high).select_related("task")
    for record in records:
        if record.task.department_id not in department_ids or record.task.program is not Program.SATISFACTION:
            continue
        for item_id, value in record.answers.items():
            if item_id not in SPEC:
                continue
            fact = _expected(item_id, labels[item_id][value])
            if fact is None:
                continue
            cells[(record.task.department_id, SPEC[item_id]["dimension"], item_id)].append(fact)
            month = record.contacted_at.astimezone(SHANGHAI).strftime("%Y-%m")
            months[month][SPEC[item_id]["dimension"]].append(fact)
    tasks = await FollowUpTask.filter(program=Program.SATISFACTION, department_id__in=department_ids).exclude(
        status=TaskStatus.CANCELLED
    )
    tasks = [t for t in tasks if period[0] <= t.due_end <= period[1] and t.step < rectifications.CALLBACK_STEP_BASE]
    rects = await Rectification.filter(department_id__in=department_ids)
    return {"cells": cells, "months": months, "tasks": tasks, "rects": rects}


@pytest.fixture
async def people(db: str) -> dict[str, Any]:
    await seed_library()
    await factories.department("行风办", code="9002")
    officer = await factories.staff("satisfaction_officer", await Department.get(code="9002"))
    departments = [await factories.department(name) for name in ("内科", "外科", "骨伤科")]
    doctors = {d.id: await load_principal(await factories.staff("doctor", d)) for d in departments}
    principal = await load_principal(officer)
    await satisfaction_settings.update_settings(principal, weights=WEIGHTS, rectify_days=7)
    return {"officer": principal, "doctors": doctors, "departments": departments}


async def test_every_statistic_of_the_page_matches_a_recomputation_from_the_raw_answers(people: dict) -> None:
    officer, doctors = people["officer"], people["doctors"]
    world = await _world(officer, doctors)
    period = world["period"]
    all_ids = list(doctors)
    result = await satisfaction_stats.compute(officer, period_from=period[0], period_until=period[1])
    raw = await _recompute(world["questionnaire"], all_ids, period)
    cells = raw["cells"]
    assert cells, "the world must hold answers"
    assert sum(len(v) for v in cells.values()) < await SatisfactionAnswer.all().count()  # 不适用 rows exist, left out

    def check(row: dict[str, Any], facts: list[tuple[float, int]]) -> None:
        expected = _tally(facts)
        assert row["valid"] == expected["valid"] and row["satisfied"] == expected["satisfied"]
        assert _close(row["satisfaction_rate"], expected["rate"], 0.0001)
        assert _close(row["mean_score"], expected["mean"])

    everything = [f for facts in cells.values() for f in facts]
    check(result["total"], everything)
    by_dim: dict[str, list] = defaultdict(list)
    by_item: dict[str, list] = defaultdict(list)
    for (_, dim, item), facts in cells.items():
        by_dim[dim] += facts
        by_item[item] += facts
    assert _close(result["total"]["index"], _index(by_dim))
    assert {r["dimension"] for r in result["by_dimension"]} == set(by_dim)
    for row in result["by_dimension"]:
        check(row, by_dim[row["dimension"]])
        assert row["weight"] == WEIGHTS.get(row["dimension"], 1.0)
    assert {r["item_id"] for r in result["by_item"]} == set(by_item)
    for row in result["by_item"]:
        check(row, by_item[row["item_id"]])
        assert row["question"] == SPEC[row["item_id"]]["text"]

    # response and refusal rates per department and in total
    assert result["total"]["due"] == len(raw["tasks"])
    assert result["total"]["refused"] == sum(t.outcome is TaskOutcome.REFUSED for t in raw["tasks"])
    responded = sum(t.status is TaskStatus.COMPLETED and t.outcome is TaskOutcome.REACHED for t in raw["tasks"])
    assert result["total"]["responded"] == responded
    assert _close(result["total"]["response_rate"], responded / len(raw["tasks"]), 0.0001)
    inconvenient = sum(t.outcome is TaskOutcome.INCONVENIENT for t in raw["tasks"])
    assert result["total"]["inconvenient"] == inconvenient > 0  # 不便回答 is its own outcome, no refusal
    assert _close(result["total"]["inconvenient_rate"], inconvenient / len(raw["tasks"]), 0.0001)

    hospital_item_mean = {item: sum(p for p, _ in f) / len(f) for item, f in by_item.items()}
    assert len(result["by_department"]) == len(all_ids)
    for row in result["by_department"]:
        dep = row["department_id"]
        mine = {k: v for k, v in cells.items() if k[0] == dep}
        check(row, [f for facts in mine.values() for f in facts])
        dims: dict[str, list] = defaultdict(list)
        for (_, dim, _), facts in mine.items():
            dims[dim] += facts
        assert _close(row["index"], _index(dims))
        tasks = [t for t in raw["tasks"] if t.department_id == dep]
        assert row["due"] == len(tasks)
        assert row["refused"] == sum(t.outcome is TaskOutcome.REFUSED for t in tasks)
        assert _close(row["refusal_rate"], row["refused"] / len(tasks), 0.0001)
        assert row["inconvenient"] == sum(t.outcome is TaskOutcome.INCONVENIENT for t in tasks)
        gaps = sorted(
            (sum(p for p, _ in f) / len(f) - hospital_item_mean[item], item)
            for (_, _, item), f in mine.items()
            if sum(p for p, _ in f) / len(f) < hospital_item_mean[item]
        )[: satisfaction_stats.WEAK_ITEMS]
        assert [w["item_id"] for w in row["weak_items"]] == [item for _, item in gaps]
        for weak, (gap, _) in zip(row["weak_items"], gaps, strict=True):
            assert _close(weak["gap"], gap)

    assert [t["month"] for t in result["trend"]] == sorted(raw["months"])
    assert len(result["trend"]) == 2
    for row in result["trend"]:
        dims = raw["months"][row["month"]]
        check(row, [f for facts in dims.values() for f in facts])
        assert _close(row["index"], _index(dims))

    rects = raw["rects"]
    closed = [r for r in rects if r.status is RectificationStatus.VERIFIED]
    assert rects and closed and len(closed) < len(rects)
    summary = result["rectification"]
    assert summary["opened"] == len(rects) and summary["closed"] == len(closed)
    assert _close(summary["closure_rate"], len(closed) / len(rects), 0.0001)
    hours = [(r.verified_at - r.created_at).total_seconds() / 3600 for r in closed]
    assert _close(summary["mean_closure_hours"], sum(hours) / len(hours), 0.051)

    # a department sees its own figures, the same as the 行风办 filtered to it
    dep = all_ids[0]
    own = await satisfaction_stats.compute(doctors[dep], period_from=period[0], period_until=period[1])
    filtered = await satisfaction_stats.compute(
        officer, period_from=period[0], period_until=period[1], department_id=dep
    )
    assert [r["department_id"] for r in own["by_department"]] == [dep]
    assert own["total"] == filtered["total"] and own["by_item"] == filtered["by_item"]
    check(own["total"], [f for k, facts in cells.items() if k[0] == dep for f in facts])

    # the export carries the same figures
    import io
    import zipfile

    import openpyxl

    body = satisfaction_stats.to_xlsx(result)
    charts = [n for n in zipfile.ZipFile(io.BytesIO(body)).namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 2  # the dimensions' means and the monthly trend
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    assert workbook.sheetnames == ["汇总", "按科室", "按维度", "按题目", "短板题", "月度趋势", "整改"]
    summary_row = [c.value for c in workbook["汇总"][4]]
    summary = dict(zip([c.value for c in workbook["汇总"][3]], summary_row, strict=True))
    assert summary_row[0] == "合计" and summary_row[1] == result["total"]["due"]
    assert summary["有效回答"] == result["total"]["valid"] and summary["满意"] == result["total"]["satisfied"]
    assert summary["不便回答"] == result["total"]["inconvenient"]


async def test_answers_are_flat_in_the_records_transaction_and_backfill_is_idempotent(people: dict) -> None:
    officer, doctors = people["officer"], people["doctors"]
    await _world(officer, doctors)
    rows = await SatisfactionAnswer.all().count()
    reached = await FollowUpRecord.filter(outcome=TaskOutcome.REACHED).count()
    inpatient = len(BANK["questionnaires"][0]["items"])
    assert rows == reached * inpatient  # one row per dimension item of every reached survey
    flattened = {r for r in await SatisfactionAnswer.all().values_list("record_id", flat=True)}
    assert flattened == set(await FollowUpRecord.exclude(answers={}).values_list("id", flat=True))
    assert await satisfaction.backfill_answers() == 0
    # records saved before the table existed are backfilled once
    some = sorted(flattened)[:3]
    await SatisfactionAnswer.filter(record_id__in=some).delete()
    assert await satisfaction.backfill_answers() == 3
    assert await satisfaction.backfill_answers() == 0
    assert await SatisfactionAnswer.all().count() == rows
    # the daily counts are the answers' counts, however they were reached
    daily = {
        (d.department_id, d.day, d.item_id): (d.answers, d.valid, d.satisfied, round(d.points, 4))
        for d in await SatisfactionDaily.all()
    }
    recount: dict[tuple, list] = defaultdict(lambda: [0, 0, 0, 0.0])
    for answer in await SatisfactionAnswer.all():
        counts = recount[(answer.department_id, answer.contacted_at.astimezone(SHANGHAI).date(), answer.item_id)]
        counts[0] += 1
        if answer.score100 is not None:
            counts[1] += 1
            counts[2] += answer.satisfied
            counts[3] += answer.score100
    assert daily == {k: (a, v, s, round(p, 4)) for k, (a, v, s, p) in recount.items()}


async def test_weights_are_checked_and_only_the_office_sets_them(people: dict) -> None:
    doctor = next(iter(people["doctors"].values()))
    with pytest.raises(PermissionDenied):
        await satisfaction_settings.update_settings(doctor, weights={}, rectify_days=7)
    with pytest.raises(InvalidInput, match="权重"):
        await satisfaction_settings.update_settings(people["officer"], weights={"医患沟通": -1}, rectify_days=7)
    with pytest.raises(InvalidInput, match="整改期限"):
        await satisfaction_settings.update_settings(people["officer"], weights={}, rectify_days=0)
    with pytest.raises(InvalidInput, match="结束日期"):
        today = now().date()
        await satisfaction_stats.compute(people["officer"], period_from=today, period_until=today - timedelta(days=1))


async def test_the_monthly_report_reconciles_with_the_page_and_carries_its_charts(people: dict) -> None:
    import io
    import zipfile

    import openpyxl

    from backend.services import satisfaction_report

    officer = people["officer"]
    await _world(officer, people["doctors"])
    month = now().strftime("%Y-%m")
    first, last = satisfaction_report.month_bounds(month)
    name, body = await satisfaction_report.build(officer, month=month)
    assert name == f"满意度月度报告_{month}.xlsx"
    charts = [n for n in zipfile.ZipFile(io.BytesIO(body)).namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 3  # departments' index, dimensions this month and last, the 12-month trend
    book = openpyxl.load_workbook(io.BytesIO(body))
    assert book.sheetnames == ["汇总", "科室排名", "维度", "短板题", "近12月趋势", "表扬与投诉", "整改"]
    page = await satisfaction_stats.compute(officer, period_from=first, period_until=last)
    overview = {row[0].value: row[1].value for row in book["汇总"].iter_rows(min_row=4) if row[0].value}
    assert overview["应调查"] == page["total"]["due"] and overview["有效回答"] == page["total"]["valid"]
    assert overview["综合指数"] == page["total"]["index"] and overview["整改单"] == page["rectification"]["opened"]
    ranked = [row[1].value for row in book["科室排名"].iter_rows(min_row=2)]
    assert ranked == sorted(ranked, reverse=True) and len(ranked) == len(page["by_department"])
    with pytest.raises(InvalidInput, match="YYYY-MM"):
        satisfaction_report.month_bounds("2026-13")
