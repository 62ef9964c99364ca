"""The satisfaction program's answers (满意度答案明细), flattened for the statistics.

A satisfaction survey's record is flattened, in the transaction that saves it, into one
`SatisfactionAnswer` row per answered item that carries a dimension (see
`backend.services.satisfaction_bank` for the item metadata). The statistics read those rows with
GROUP BY in the database; `backfill_answers` writes them for records saved before this table
existed (idempotent: a record that has its rows is skipped, and (record, item) is unique).
"""

from __future__ import annotations

from datetime import date, timedelta

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from backend.clock import SHANGHAI
from backend.models import FollowUpRecord, FollowUpTask, Questionnaire, SatisfactionAnswer
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
    await rectifications.open_for_record(task, record, questionnaire)


async def backfill_answers() -> int:
    """Write the flat rows of satisfaction records that have none; returns how many records got
    rows. Reads by id in chunks, so a record without a dimension-tagged answer is passed once."""
    done, after = 0, 0
    while True:
        pending = (
            await FollowUpRecord.filter(task__program=Program.SATISFACTION, id__gt=after)
            .exclude(id__in=Subquery(SatisfactionAnswer.all().values("record_id")))
            .select_related("task", "questionnaire")
            .order_by("id")
            .limit(BACKFILL_CHUNK)
        )
        if not pending:
            return done
        after = pending[-1].id
        async with in_transaction():
            for record in pending:
                rows = answer_rows(record.task, record, record.questionnaire) if record.answers else []
                if rows:
                    await SatisfactionAnswer.bulk_create(rows)
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
