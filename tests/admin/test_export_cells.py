"""Exports never hand a spreadsheet a formula: text from outside stays text."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from typing import Any

import pytest

from backend.admin.export import table_response


async def _lines(rows: list[list[Any]]) -> AsyncIterator[list[list[Any]]]:
    yield rows


@pytest.mark.parametrize(
    "hostile",
    ['=HYPERLINK("http://x")', "+1+1", "-1+1", "@SUM(A1)", '\t=HYPERLINK("http://x")', "\r=1+1"],
)
async def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_quoted_in_csv(hostile: str) -> None:
    """A tab or carriage return before '=' was let through (spreadsheets skip it and run the rest)."""
    response = await table_response("导出", ["姓名", "数"], _lines([[hostile, 3]]), "csv")
    body = b"".join([chunk async for chunk in response.body_iterator]).decode("utf-8-sig")  # type: ignore[union-attr]
    [_, row] = list(csv.reader(io.StringIO(body)))
    assert row == ["'" + hostile, "3"]
