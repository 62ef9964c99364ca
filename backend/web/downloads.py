"""Files the API routes hand out: an Excel workbook as an attachment with its Chinese name."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import Response

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The OpenAPI description of a route answering with a workbook.
XLSX_RESPONSES: dict[int | str, dict[str, Any]] = {200: {"content": {XLSX: {}}, "description": "Excel 文件"}}


def xlsx_response(filename: str, body: bytes) -> Response:
    """The workbook as a download; the name is sent UTF-8 encoded (RFC 5987), as browsers read it."""
    return Response(
        body, media_type=XLSX, headers={"content-disposition": f"attachment; filename*=UTF-8''{quote(filename)}"}
    )
