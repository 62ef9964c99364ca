"""The satisfaction program's answers (满意度答案明细), flattened for the statistics.

A satisfaction survey's record is flattened, in the transaction that saves it, into one
`SatisfactionAnswer` row per answered item that carries a dimension (see
`backend.services.satisfaction_bank` for the item metadata), and counted into `SatisfactionDaily`
(per department, day and item), which the statistics add up with GROUP BY in the database; the
answer rows serve the drill-down. `backfill_answers` writes the rows of records saved before these
tables existed and counts their days again (idempotent: a record that has its rows is skipped,
(record, item) is unique, and a day is recounted from the answer rows, not added to).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from backend.clock import SHANGHAI
from backend.models import FollowUpRecord, FollowUpTask, Questionnaire, SatisfactionAnswer, SatisfactionDaily
from backend.models.choices import Program
from backend.services import rectifications, satisfaction_bank
from backend.services.access import require
from backend.services.admissions import start_of_day
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal
from backend.services.scope import visible

BACKFILL_CHUNK = 500


def answer_rows(task: FollowUpTask, record: FollowUpRecord, questionnaire: Questionnaire) -> list[SatisfactionAnswer]:
    """The flat rows of one survey record (unsaved)."""
    answers = record.answers or {}
    contacted = record.contacted_at.astimezone(SHANGHAI)
    rows = []
    for item in questionnaire.items or []:
        facts = satisfaction_bank.item_facts(item, answers.get(item.get("id")))
        if facts is None:
            continue
        rows.append(
            SatisfactionAnswer(
                record_id=record.id,
                task_id=task.id,
                department_id=task.department_id,
                questionnaire_id=questionnaire.id,
                item_id=str(item["id"])[:64],
                question=str(item.get("text") or item["id"])[:200],
                dimension=str(item["dimension"])[:32],
                value=facts.value[:64],
                label=facts.label[:64],
                score100=facts.score100,
                satisfied=facts.satisfied,
                contacted_at=record.contacted_at,
                month=contacted.strftime("%Y-%m"),
            )
        )
    return rows


async def on_record_saved(task: FollowUpTask, record: FollowUpRecord, questionnaire: Questionnaire) -> None:
    """Called by the one save path of follow-up records, inside its transaction: a satisfaction
    survey's answers become flat rows, and a complaint or a flagged low score opens a 整改单."""
    if task.program is not Program.SATISFACTION or not record.answers:
        return
    rows = answer_rows(task, record, questionnaire)
    if rows:
        await SatisfactionAnswer.bulk_create(rows)
        await add_to_daily(rows)
    await rectifications.open_for_record(task, record, questionnaire)


DAILY_KEY = ("department_id", "day", "item_id", "dimension")
DAILY_SUMS = ("answers", "valid", "satisfied", "points")


def _daily_key(row: SatisfactionAnswer) -> tuple[int, date, str, str]:
    return (row.department_id, row.contacted_at.astimezone(SHANGHAI).date(), row.item_id, row.dimension)


def _upsert(dialect: str) -> str:
    """Add one day's counts to its row, creating it when missing (one statement: two records saved
    at once on the same day both count)."""
    table = SatisfactionDaily._meta.db_table
    columns = ["department_id", "day", "month", "dimension", "item_id", *DAILY_SUMS]
    if dialect == "mysql":
        names = ", ".join(f"`{c}`" for c in columns)
        marks = ", ".join(["%s"] * len(columns))
        adds = ", ".join(f"`{c}` = `{c}` + VALUES(`{c}`)" for c in DAILY_SUMS)
        return f"INSERT INTO `{table}` ({names}) VALUES ({marks}) ON DUPLICATE KEY UPDATE {adds}"  # noqa: S608
    names = ", ".join(f'"{c}"' for c in columns)
    marks = (
        ", ".join(f"${n}" for n in range(1, len(columns) + 1))
        if dialect == "postgres"
        else ", ".join("?" * len(columns))
    )
    adds = ", ".join(f'"{c}" = "{table}"."{c}" + excluded."{c}"' for c in DAILY_SUMS)
    key = ", ".join(f'"{c}"' for c in DAILY_KEY)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT ({key}) DO UPDATE SET {adds}'  # noqa: S608


async def add_to_daily(rows: list[SatisfactionAnswer]) -> None:
    """Count these answers into the daily table, in the caller's transaction."""
    sums: dict[tuple[int, date, str, str], list[float]] = {}
    for row in rows:
        counts = sums.setdefault(_daily_key(row), [0, 0, 0, 0.0])
        counts[0] += 1
        if row.score100 is not None:
            counts[1] += 1
            counts[2] += row.satisfied
            counts[3] += row.score100
    db = SatisfactionDaily._choose_db(for_write=True)
    dialect = db.capabilities.dialect
    statement = _upsert(dialect)
    for (department_id, day, item_id, dimension), (answers, valid, satisfied, points) in sums.items():
        day_value: Any = day.isoformat() if dialect == "sqlite" else day
        month = day.strftime("%Y-%m")
        values = [department_id, day_value, month, dimension, item_id, int(answers), int(valid), int(satisfied), points]
        await db.execute_query(statement, values)


async def rebuild_daily(days: set[date]) -> None:
    """Count the daily table of these days again from the answer table (idempotent)."""
    for day in sorted(days):
        low, high = start_of_day(day), start_of_day(day + timedelta(days=1))
        async with in_transaction():
            await SatisfactionDaily.filter(day=day).delete()
            answers = await SatisfactionAnswer.filter(contacted_at__gte=low, contacted_at__lt=high)
            await add_to_daily(answers)


async def backfill_answers() -> int:
    """Write the flat rows of satisfaction records that have none; returns how many records got
    rows. Reads by id in chunks, so a record without a dimension-tagged answer is passed once."""
    done, after = 0, 0
    days: set[date] = set()
    while True:
        pending = (
            await FollowUpRecord.filter(task__program=Program.SATISFACTION, id__gt=after)
            .exclude(id__in=Subquery(SatisfactionAnswer.all().values("record_id")))
            .select_related("task", "questionnaire")
            .order_by("id")
            .limit(BACKFILL_CHUNK)
        )
        if not pending:
            await rebuild_daily(days)
            return done
        after = pending[-1].id
        async with in_transaction():
            for record in pending:
                rows = answer_rows(record.task, record, record.questionnaire) if record.answers else []
                if rows:
                    await SatisfactionAnswer.bulk_create(rows)
                    days.update(_daily_key(row)[1] for row in rows)
                    done += 1


async def search_answers(
    principal: Principal,
    *,
    period_from: date | None = None,
    period_until: date | None = None,
    department_id: int | None = None,
    dimension: str | None = None,
    item_id: str | None = None,
    value: str | None = None,
    satisfied: bool | None = None,
    valid: bool | None = None,
    page: int = 1,
    page_size: int = 20,
) -> Page[SatisfactionAnswer]:
    """满意度结果查询 and the statistics' drill-down: the answers behind a figure, by period
    (调查时间, inclusive days), department, dimension, item, answer, satisfied, valid (not 不适用)."""
    require(principal, "survey:read")
    query = visible(SatisfactionAnswer, principal)
    if period_from is not None:
        query = query.filter(contacted_at__gte=start_of_day(period_from))
    if period_until is not None:
        query = query.filter(contacted_at__lt=start_of_day(period_until + timedelta(days=1)))
    if department_id is not None:
        query = query.filter(department_id=department_id)
    if dimension:
        query = query.filter(dimension=dimension)
    if item_id:
        query = query.filter(item_id=item_id)
    if value:
        query = query.filter(value=value)
    if satisfied is not None:
        query = query.filter(satisfied=1 if satisfied else 0, score100__isnull=False)
    if valid is not None:
        query = query.filter(score100__isnull=not valid)
    query = query.select_related("department", "record__patient").order_by("-contacted_at", "-id")
    return await paginate(query, page, page_size)
