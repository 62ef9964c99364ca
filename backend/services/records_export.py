"""随访结果导出: follow-up records as a sheet a hospital can read.

One row per record: the contact (time, patient, phone, department, template, step, outcome,
staff, score, problems found, notes), then one column per questionnaire item holding the
answer as text (`questionnaires.answer_labels`).

Item columns: when every exported record answered one questionnaire (one code), the columns are
its items in display order, headed by the item text (题干). When the records span several
questionnaires or several versions of one, the columns are the union of their items, keyed by
(questionnaire code, item id) so an item kept across versions stays one column: codes in the
order they were first created, and within a code the newest version's items in order followed
by items found only in older versions (newest first). Then each header reads "问卷名·题干"
(the newest version's title and text). A record leaves the columns of other questionnaires
empty.

The phone is masked (138****5678) unless the caller holds `patient:unmask`; an export in full
is written to the audit log as one unmask entry. Rows are read by id keyset in batches, so
memory stays flat however many records match.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from backend.clock import local_text
from backend.models import FollowUpRecord, Problem, Questionnaire
from backend.models.choices import AuditAction, TaskOutcome
from backend.security.crypto import decrypt
from backend.security.masking import mask_phone
from backend.services import audit
from backend.services.access import require
from backend.services.principal import Principal
from backend.services.questionnaires import answer_labels

BATCH = 1000
CONTACT_COLUMNS = [
    "随访时间",
    "患者",
    "手机号",
    "科室",
    "随访模板",
    "第几次",
    "随访结果",
    "随访人员",
    "得分",
    "发现问题数",
    "备注",
]
_PATHS = (
    "id",
    "contacted_at",
    "patient__name",
    "patient__phone_cipher",
    "task__department__name",
    "task__template__name",
    "task__step",
    "outcome",
    "staff__name",
    "score",
    "notes",
    "answers",
    "questionnaire_id",
)


@dataclass(frozen=True)
class ResultsTable:
    headers: list[str]
    rows: AsyncIterator[list[list[Any]]]


@dataclass(frozen=True)
class _Columns:
    headers: list[str]
    # questionnaire id -> (the questionnaire, its item id -> column index after the contact columns)
    by_questionnaire: dict[int, tuple[Questionnaire, dict[str, int]]]


async def _item_columns(query: QuerySet[FollowUpRecord]) -> _Columns:
    ids = await query.distinct().values_list("questionnaire_id", flat=True)
    questionnaires = await Questionnaire.filter(id__in=set(ids)).order_by("id")
    by_code: dict[str, list[Questionnaire]] = {}
    for q in questionnaires:
        by_code.setdefault(q.code, []).append(q)
    several = len(questionnaires) > 1
    headers: list[str] = []
    index: dict[tuple[str, str], int] = {}
    for code, versions in by_code.items():
        newest_first = sorted(versions, key=lambda q: q.version, reverse=True)
        title = newest_first[0].title
        for q in newest_first:
            for item in q.items or []:
                key = (code, item["id"])
                if key in index:
                    continue
                index[key] = len(headers)
                text = str(item.get("text") or item["id"])
                headers.append(f"{title}·{text}" if several else text)
    by_questionnaire = {
        q.id: (q, {item["id"]: index[(q.code, item["id"])] for item in q.items or []}) for q in questionnaires
    }
    return _Columns(headers, by_questionnaire)


async def _problem_counts(record_ids: list[int]) -> dict[int, int]:
    rows = (
        await Problem.filter(record_id__in=record_ids)
        .annotate(n=Count("id"))
        .group_by("record_id")
        .values("record_id", "n")
    )
    return {r["record_id"]: r["n"] for r in rows}


def _row(record: dict[str, Any], columns: _Columns, problems: int, unmask: bool) -> list[Any]:
    phone = decrypt(record["patient__phone_cipher"])
    contacted: datetime | None = record["contacted_at"]
    outcome = record["outcome"]
    cells: list[Any] = [
        local_text(contacted, seconds=False),
        record["patient__name"] or "",
        (phone if unmask else mask_phone(phone)) or "",
        record["task__department__name"] or "",
        record["task__template__name"] or "",
        record["task__step"],
        TaskOutcome(outcome).label if outcome else "",
        record["staff__name"] or "",
        record["score"] if record["score"] is not None else "",
        problems,
        record["notes"] or "",
    ]
    answers: list[Any] = [""] * len(columns.headers)
    known = columns.by_questionnaire.get(record["questionnaire_id"])
    if known is not None:
        questionnaire, positions = known
        for item_id, text in answer_labels(questionnaire, record["answers"] or {}).items():
            answers[positions[item_id]] = text
    return cells + answers


async def _batches(query: QuerySet[FollowUpRecord], columns: _Columns, unmask: bool) -> AsyncIterator[list[list[Any]]]:
    last: int | None = None
    while True:
        page = query.order_by("id")
        if last is not None:
            page = page.filter(id__gt=last)
        records = await page.limit(BATCH).values(*_PATHS)
        if not records:
            return
        last = records[-1]["id"]
        problems = await _problem_counts([r["id"] for r in records])
        yield [_row(r, columns, problems.get(r["id"], 0), unmask) for r in records]


async def results_table(principal: Principal, *, query: QuerySet[FollowUpRecord], title: str) -> ResultsTable:
    """The export of 随访结果查询 for the records of `query`.

    `query` must start from `scope.visible(FollowUpRecord, principal)` (the admin's queryset
    hook) with the list's filters applied, so the sheet holds exactly what the list shows.
    """
    require(principal, "followup:read")
    columns = await _item_columns(query)
    unmask = principal.can("patient:unmask")
    if unmask:
        total = await query.count()
        await audit.record(
            AuditAction.UNMASK,
            actor=principal,
            resource_type=FollowUpRecord._meta.db_table,
            summary=f"导出{title}（{total} 条）含完整手机号",
            after={"fields": ["phone"], "records": total},
        )
    return ResultsTable(CONTACT_COLUMNS + columns.headers, _batches(query, columns, unmask))
