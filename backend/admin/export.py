"""Excel and CSV export of an admin list: every matching row, streamed in batches.

Rows are read by primary-key keyset in batches, so memory stays flat however many rows match.
CSV streams straight to the client; XLSX is written by xlsxwriter in constant-memory mode to a
temporary file (the format is a zip, finished only at the end) and then streamed from it.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import quote

import xlsxwriter
from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response, StreamingResponse
from tortoise.queryset import QuerySet

from backend.clock import now

BATCH = 2000


async def batches(
    query: QuerySet[Any], pk: str, paths: list[str], formatter: Callable[[dict[str, Any]], dict[str, Any]]
) -> AsyncIterator[list[dict[str, Any]]]:
    last = None
    while True:
        page = query.order_by(pk)
        if last is not None:
            page = page.filter(**{f"{pk}__gt": last})
        rows = await page.limit(BATCH).values(*paths)
        if not rows:
            return
        last = rows[-1][pk]
        yield [formatter(r) for r in rows]


def _filename(title: str, extension: str) -> str:
    name = f"{title}_{now():%Y%m%d_%H%M%S}.{extension}"
    return f"attachment; filename*=UTF-8''{quote(name)}"


async def cells(
    rows: AsyncIterator[list[dict[str, Any]]], paths: list[str], display: Callable[[str, Any], Any]
) -> AsyncIterator[list[list[Any]]]:
    """Batches of row dicts as batches of displayed cell values, in `paths` order."""
    async for batch in rows:
        yield [[display(p, row.get(p)) for p in paths] for row in batch]


async def table_response(title: str, headers: list[str], lines: AsyncIterator[list[list[Any]]], fmt: str) -> Response:
    """An xlsx or csv download of a header row and batches of cell rows (formula-safe cells)."""
    if fmt == "csv":
        return StreamingResponse(
            _csv(headers, lines),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": _filename(title, "csv")},
        )
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    # Text that looks like a formula stays text: a patient name or a HIS note is never executed.
    workbook = xlsxwriter.Workbook(
        path, {"constant_memory": True, "remove_timezone": True, "strings_to_formulas": False}
    )
    sheet = workbook.add_worksheet(title[:31])
    bold = workbook.add_format({"bold": True})
    sheet.write_row(0, 0, headers, bold)
    line = 1
    async for batch in lines:
        for values in batch:
            sheet.write_row(line, 0, [_cell(v) for v in values])
            line += 1
    workbook.close()
    return FileResponse(
        path,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"content-disposition": _filename(title, "xlsx")},
        background=BackgroundTask(os.unlink, path),
    )


def _cell(value: Any) -> Any:
    if isinstance(value, int | float) or value is None:
        return value
    text = str(value)
    # Spreadsheets run cells starting with = + - @ as formulas (CSV injection), and skip a leading
    # tab or carriage return before looking: quote them all.
    return "'" + text if text[:1] in FORMULA_STARTS else text


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


async def _csv(headers: list[str], lines: AsyncIterator[list[list[Any]]]) -> AsyncIterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    # A byte-order mark so that Excel opens the Chinese text as UTF-8.
    yield ("\ufeff" + buffer.getvalue()).encode("utf-8")
    async for batch in lines:
        buffer.seek(0)
        buffer.truncate()
        for values in batch:
            writer.writerow([_cell(v) for v in values])
        yield buffer.getvalue().encode("utf-8")
