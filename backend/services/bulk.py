"""Inserting many rows without building a model object per row.

Tortoise's bulk_create builds and validates a Model instance for every row and sends one
INSERT per row, which dominates a generation that creates a million tasks. This sends multi-row
INSERT statements through the same connection (inside the caller's transaction), each value
converted by its field exactly as Tortoise would, with the database's own "skip duplicates"
form so that replays stay harmless.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from types import TracebackType
from typing import Any

import asyncpg
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.models import Model

# Bound parameters one statement may carry (PostgreSQL 32767, SQLite 999 on old builds).
MAX_PARAMETERS = {"postgres": 30000, "mysql": 30000, "sqlite": 999}
# From this many rows PostgreSQL gets COPY into a temporary table and one INSERT ... SELECT: each
# multi-row INSERT is planned afresh, which cost more than the rows themselves at a million.
COPY_FROM = 5000


def _statement(model: type[Model], columns: Sequence[str], rows: int, dialect: str, ignore_conflicts: bool) -> str:
    """The INSERT of `rows` rows; table and column names come from the model, values are bound."""
    table = model._meta.db_table
    width = len(columns)
    if dialect == "postgres":
        names = ", ".join(f'"{c}"' for c in columns)
        values = ", ".join("(" + ", ".join(f"${r * width + c + 1}" for c in range(width)) + ")" for r in range(rows))
        tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
        return f'INSERT INTO "{table}" ({names}) VALUES {values}{tail}'  # noqa: S608
    mark = "%s" if dialect == "mysql" else "?"
    values = ", ".join(["(" + ", ".join([mark] * width) + ")"] * rows)
    if dialect == "mysql":
        names = ", ".join(f"`{c}`" for c in columns)
        verb = "INSERT IGNORE" if ignore_conflicts else "INSERT"
        return f"{verb} INTO `{table}` ({names}) VALUES {values}"
    names = ", ".join(f'"{c}"' for c in columns)
    verb = "INSERT OR IGNORE" if ignore_conflicts else "INSERT"
    return f'{verb} INTO "{table}" ({names}) VALUES {values}'


def _converter(model: type[Model], field: Any, dialect: str) -> Any:
    """How one column's Python value goes to the database: what Tortoise would do, minus its
    per-value overhead where the driver needs nothing (asyncpg takes dates and aware datetimes)."""
    from tortoise import fields as tfields

    if isinstance(field, tfields.data.CharEnumFieldInstance):
        return lambda value: value.value if value is not None else None
    if isinstance(field, tfields.JSONField | tfields.DecimalField):  # asyncpg takes JSON only as text
        return lambda value: field.to_db_value(value, model)
    if dialect == "postgres" or isinstance(field, tfields.IntField | tfields.CharField | tfields.BooleanField):
        return lambda value: value
    return lambda value: field.to_db_value(value, model)


async def insert_rows(
    model: type[Model], columns: Sequence[str], rows: Sequence[Sequence[Any]], *, ignore_conflicts: bool = False
) -> int:
    """Insert `rows` (values in `columns` order, Python values); returns how many were sent."""
    if not rows:
        return 0
    db = model._choose_db(for_write=True)
    dialect = db.capabilities.dialect
    convert = [_converter(model, model._meta.fields_map[c], dialect) for c in columns]
    if dialect == "postgres" and len(rows) >= COPY_FROM:
        try:
            await _copy_insert(db, model, columns, rows, convert, ignore_conflicts)
        except (asyncpg.SyntaxOrAccessError, asyncpg.exceptions.DataError) as error:  # as the other path says it
            raise OperationalError(error) from error
        return len(rows)
    per_statement = max(1, MAX_PARAMETERS.get(dialect, 999) // len(columns))
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        values = [to_db(value) for row in chunk for to_db, value in zip(convert, row, strict=True)]
        await db.execute_query(_statement(model, columns, len(chunk), dialect, ignore_conflicts), values)
    return len(rows)


async def _copy_insert(
    db: Any,
    model: type[Model],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    convert: list[Any],
    ignore_conflicts: bool,
    staged: asyncio.Event | None = None,
) -> None:
    """COPY the rows into a staging table, then one INSERT ... SELECT; `staged` is set between the
    two, when the client's part of the work is done and the rest happens on the server."""
    table = model._meta.db_table
    names = ", ".join(f'"{c}"' for c in columns)
    # On PostgreSQL every converter is the identity but the enum, JSON and decimal ones, and our
    # enums are str subclasses that asyncpg encodes as they are: such rows go to COPY as they are.
    records = (
        rows
        if all(_is_str_enum_or_plain(model, c) for c in columns)
        else [tuple(to_db(value) for to_db, value in zip(convert, row, strict=True)) for row in rows]
    )
    async with db.acquire_connection() as conn, conn.transaction():
        # the staging table lives as long as this transaction (inside the caller's, if any)
        # only the inserted columns, with their types and no defaults (no sequence numbers used)
        await conn.execute(
            f'CREATE TEMP TABLE "_bulk_{table}" ON COMMIT DROP AS SELECT {names} FROM "{table}" WITH NO DATA'  # noqa: S608
        )
        await conn.copy_records_to_table(f"_bulk_{table}", records=records, columns=list(columns))
        if staged is not None:
            staged.set()
        tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
        try:
            await conn.execute(
                f'INSERT INTO "{table}" ({names}) SELECT {names} FROM "_bulk_{table}"{tail}'  # noqa: S608
            )
        except asyncpg.IntegrityConstraintViolationError as error:  # as Tortoise reports it elsewhere
            raise IntegrityError(error) from error
        # inside a caller's transaction ON COMMIT comes later, and a second COPY into the table needs the name
        await conn.execute(f'DROP TABLE "_bulk_{table}"')


class BackgroundInserts:
    """Bulk inserts that finish on the database while the caller prepares the next batch.

    A large batch on PostgreSQL is copied into a staging table before `add` returns (the client's
    share of the work); its INSERT ... SELECT, where the server checks every row's foreign keys and
    unique key, then runs on its own pooled connection while the caller goes on. At most
    `in_flight` batches are pending at once. `wait()` returns when every batch is in: call it before
    reading what they insert. Small batches, and databases without COPY, are inserted before `add`
    returns. Leaving the `async with` block waits for the pending batches, or cancels them when the
    block failed (each batch is its own transaction: a cancelled one leaves nothing behind).
    """

    def __init__(
        self, model: type[Model], columns: Sequence[str], *, ignore_conflicts: bool = False, in_flight: int = 1
    ) -> None:
        self.model, self.columns, self.ignore_conflicts, self.in_flight = model, columns, ignore_conflicts, in_flight
        self.pending: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> BackgroundInserts:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if error is None:
            await self.wait()
            return
        await self._cancel_pending()

    async def _cancel_pending(self) -> None:
        for task in self.pending:
            task.cancel()
        await asyncio.gather(*self.pending, return_exceptions=True)
        self.pending.clear()

    async def add(self, rows: Sequence[Sequence[Any]]) -> int:
        """Insert `rows` (as for `insert_rows`), in the background where that pays."""
        db = self.model._choose_db(for_write=True)
        # inside a transaction there is one connection, and the batch belongs to that transaction
        if db.capabilities.dialect != "postgres" or len(rows) < COPY_FROM or isinstance(db, TransactionalDBClient):
            return await insert_rows(self.model, self.columns, rows, ignore_conflicts=self.ignore_conflicts)
        await self.wait(leave=self.in_flight - 1)
        convert = [_converter(self.model, self.model._meta.fields_map[c], "postgres") for c in self.columns]
        staged = asyncio.Event()
        task = asyncio.create_task(
            _copy_insert(db, self.model, self.columns, rows, convert, self.ignore_conflicts, staged)
        )
        self.pending.append(task)
        waiting = asyncio.create_task(staged.wait())
        try:
            await asyncio.wait({task, waiting}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiting.cancel()
        if task.done():
            self.pending.remove(task)
            task.result()  # a failed COPY fails here, not later
        return len(rows)

    async def wait(self, *, leave: int = 0) -> None:
        """Until at most `leave` batches are pending (oldest first); a failure cancels the others
        and is raised."""
        try:
            while len(self.pending) > leave:
                await self.pending[0]
                self.pending.pop(0)
        except BaseException:
            await self._cancel_pending()
            raise


def _is_str_enum_or_plain(model: type[Model], column: str) -> bool:
    from tortoise import fields as tfields

    field = model._meta.fields_map[column]
    if isinstance(field, tfields.data.CharEnumFieldInstance):
        return issubclass(field.enum_type, str)
    return not isinstance(field, tfields.JSONField | tfields.DecimalField)
