"""An Excel workbook of tables and charts, as the statistics exports write them (xlsxwriter).

Cells that a spreadsheet would run as formulas stay text (`strings_to_formulas` off); a column
whose key ends in ``_rate`` is a percentage; a chart draws data rows of a sheet, categories in
its first column.
"""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

Columns = list[tuple[str, str]]


class Workbook:
    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {"in_memory": True, "strings_to_formulas": False})
        self.bold = self.book.add_format({"bold": True})
        self.title = self.book.add_format({"bold": True, "font_size": 14})
        self.percent = self.book.add_format({"num_format": "0.0%"})

    def cell(self, page: Any, row: int, col: int, key: str, value: Any) -> None:
        """One value; a `*_rate` key is written as a percentage, nothing as a blank."""
        if value is None:
            page.write_blank(row, col, None)
        elif isinstance(value, int | float):
            page.write_number(row, col, value, self.percent if key.endswith("_rate") else None)
        else:
            page.write_string(row, col, str(value))

    def sheet(self, title: str, columns: Columns, rows: list[dict[str, Any]]) -> Any:
        """A sheet of one header row and a row per dict (keys of `columns`)."""
        page = self.book.add_worksheet(title)
        page.write_row(0, 0, [label for _, label in columns], self.bold)
        for line, row in enumerate(rows, start=1):
            for col, (key, _) in enumerate(columns):
                self.cell(page, line, col, key, row.get(key))
        page.set_column(0, 0, 28)
        page.set_column(1, len(columns), 12)
        return page

    def chart(self, page: Any, kind: str, title: str, series: list[tuple[int, str]], rows: int) -> None:
        """A chart of the first `rows` data rows of `page`: a series per (column, name), beside them
        (nothing for an empty sheet)."""
        if not rows:
            return
        drawn = self.book.add_chart({"type": kind})
        for column, name in series:
            drawn.add_series(
                {
                    "name": name,
                    "categories": [page.name, 1, 0, rows, 0],
                    "values": [page.name, 1, column, rows, column],
                    "marker": {"type": "circle"} if kind == "line" else {"type": "none"},
                }
            )
        drawn.set_title({"name": title})
        drawn.set_y_axis({"min": 0, "max": 100})
        page.insert_chart(1, 8, drawn, {"x_scale": 1.4, "y_scale": 1.3})

    def close(self) -> bytes:
        self.book.close()
        return self.buffer.getvalue()
