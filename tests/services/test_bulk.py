"""Bulk inserts: many rows in few statements (COPY on PostgreSQL past a threshold), replays skipped."""

from __future__ import annotations

from datetime import datetime

import pytest
from tortoise.exceptions import IntegrityError

from backend.clock import SHANGHAI
from backend.models import DiagnosisCode, Patient
from backend.models.choices import DiagnosisKind, Gender
from backend.services import bulk

COLUMNS = ("created_at", "updated_at", "code", "name", "kind", "pinyin", "is_active")
STAMP = datetime(2026, 11, 1, 8, 0, tzinfo=SHANGHAI)


def _rows(n: int, offset: int = 0) -> list[tuple[object, ...]]:
    return [(STAMP, STAMP, f"X{i:06d}", f"编码{i}", DiagnosisKind.WESTERN, "", True) for i in range(offset, offset + n)]


async def test_a_large_insert_lands_every_row_once_and_a_replay_adds_nothing(db: str) -> None:
    count = bulk.COPY_FROM + 123  # past the COPY threshold on PostgreSQL, many statements elsewhere
    assert await bulk.insert_rows(DiagnosisCode, COLUMNS, _rows(count), ignore_conflicts=True) == count
    # a replay overlapping half of it, plus new rows: only the new ones land
    await bulk.insert_rows(DiagnosisCode, COLUMNS, _rows(count, offset=count // 2), ignore_conflicts=True)
    assert await DiagnosisCode.all().count() == count + count // 2
    row = await DiagnosisCode.get(code="X000007")
    assert (row.name, row.kind, row.is_active, row.created_at) == ("编码7", DiagnosisKind.WESTERN, True, STAMP)


async def test_a_small_insert_works_the_same(db: str) -> None:
    assert await bulk.insert_rows(DiagnosisCode, COLUMNS, _rows(3), ignore_conflicts=True) == 3
    assert await bulk.insert_rows(DiagnosisCode, COLUMNS, _rows(3), ignore_conflicts=True) == 3
    assert await DiagnosisCode.all().count() == 3


async def test_background_inserts_land_every_batch_and_a_failed_batch_fails_the_block(db: str) -> None:
    size = bulk.COPY_FROM + 7  # past the threshold: staged, then applied on the server in the background
    async with bulk.BackgroundInserts(DiagnosisCode, COLUMNS, ignore_conflicts=True, in_flight=2) as inserts:
        for batch in range(3):
            assert await inserts.add(_rows(size, offset=batch * size)) == size
    assert await DiagnosisCode.all().count() == 3 * size

    # without ignore_conflicts a replayed batch violates the unique code: the error surfaces, nothing is lost silently
    with pytest.raises(IntegrityError):
        async with bulk.BackgroundInserts(DiagnosisCode, COLUMNS, in_flight=2) as inserts:
            await inserts.add(_rows(size))  # all already there
            await inserts.add(_rows(size, offset=3 * size))  # new rows, in flight beside the failing batch
    assert not inserts.pending  # nothing left running after the block: finished or cancelled
    # the failing batch is its own transaction: none of its rows doubled; the batch before it landed or not as a whole
    assert await DiagnosisCode.all().count() in (3 * size, 4 * size)
    assert await DiagnosisCode.filter(code="X000007").count() == 1


@pytest.mark.parametrize("count", [3, bulk.COPY_FROM + 1])  # multi-row INSERT, and COPY on PostgreSQL
async def test_json_columns_go_in_as_json_on_every_path(db: str, count: int) -> None:
    columns = ("created_at", "updated_at", "his_id", "name", "gender", "address", "do_not_contact_reason", "tags")
    columns += ("do_not_contact",)
    rows = [
        (STAMP, STAMP, f"P{i:06d}", f"患者{i}", Gender.FEMALE, "", "", ["复查", f"批次{i}"], False)
        for i in range(count)
    ]
    assert await bulk.insert_rows(Patient, columns, rows) == count
    patient = await Patient.get(his_id="P000002")
    assert (patient.tags, patient.gender) == (["复查", "批次2"], Gender.FEMALE)
