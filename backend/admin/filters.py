"""amis list filters to Tortoise query arguments, with values typed by each field.

amis sends filter values as text, optionally prefixed by an operator: ``[~]abc`` (contains),
``[-]a,b`` (range), ``[*]a,b`` (one of), ``[=]``, ``[!]``, ``[>]``, ``[>=]``, ``[<]``, ``[<=]``.
Each value is converted with the field's own ``to_python_value`` (SQLite forgives a string
compared with an integer; PostgreSQL does not), and a value that does not convert is a clear
Chinese 422 naming the field, never a 500.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from tortoise import fields as tfields

from backend.admin.fields import FieldSpec
from backend.clock import SHANGHAI
from backend.services.errors import InvalidInput

_OPERATOR = re.compile(r"^\[(=|!=|!|<>|<=|<|>=|>|\*|!\*|~|!~|-)\]")
_SUFFIX = {
    "=": "",
    "!=": "not",
    "!": "not",
    "<>": "not",
    "<": "lt",
    "<=": "lte",
    ">": "gt",
    ">=": "gte",
    "*": "in",
    "!*": "not_in",
    "~": "icontains",
    "!~": "not_icontains",
    "-": "range",
}
_TRUE = {"true", "1", "yes", "on", "是"}
_FALSE = {"false", "0", "no", "off", "否"}


def _bad(spec: FieldSpec, value: object) -> InvalidInput:
    return InvalidInput(f"筛选条件「{spec.label}」的值「{value}」格式不正确", field=spec.path)


def convert(spec: FieldSpec, raw: Any) -> Any:
    """One filter value as the field's Python type."""
    if spec.python_type is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise _bad(spec, raw)
    if isinstance(raw, str):
        raw = raw.strip()
    try:
        if spec.python_type is datetime.datetime:
            return _datetime(raw)
        if spec.python_type is datetime.date:
            return _date(raw)
        if isinstance(spec.db_field, tfields.data.CharEnumFieldInstance):
            return spec.db_field.enum_type(raw)
        value = spec.db_field.to_python_value(raw)
        if isinstance(value, int) and not isinstance(value, bool):
            limit = 2**63 - 1 if isinstance(spec.db_field, tfields.BigIntField) else 2**31 - 1
            if not -limit - 1 <= value <= limit:  # PostgreSQL refuses it with a 500 otherwise
                raise _bad(spec, raw)
        return value
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise _bad(spec, raw) from exc


def _datetime(raw: Any) -> datetime.datetime:
    if isinstance(raw, int | float) or (isinstance(raw, str) and raw.isdigit()):
        return datetime.datetime.fromtimestamp(int(raw), tz=SHANGHAI)
    value = datetime.datetime.fromisoformat(str(raw))
    return value if value.tzinfo else value.replace(tzinfo=SHANGHAI)


def _date(raw: Any) -> datetime.date:
    if isinstance(raw, int | float) or (isinstance(raw, str) and raw.isdigit()):
        return datetime.datetime.fromtimestamp(int(raw), tz=SHANGHAI).date()
    return datetime.date.fromisoformat(str(raw)[:10])


def to_query(spec: FieldSpec, raw: Any) -> dict[str, Any]:
    """Tortoise filter kwargs for one filter field; {} when the value is empty."""
    if raw is None or raw == "" or raw == []:
        return {}
    operator = None
    if isinstance(raw, str):
        match = _OPERATOR.match(raw)
        if match:
            operator = match.group(1)
            raw = raw[match.end() :]
            if raw == "":
                return {}
    if isinstance(raw, list):
        raw = ",".join(str(v) for v in raw)
    if operator is None:
        operator = _default_operator(spec, raw)
    path = spec.path
    suffix = _SUFFIX[operator]
    if suffix == "range":
        parts = [p for p in str(raw).split(",")]
        if len(parts) != 2:
            raise _bad(spec, raw)
        low, high = (convert(spec, p) if p.strip() else None for p in parts)
        query: dict[str, Any] = {}
        if low is not None:
            query[f"{path}__gte"] = low
        if high is not None:
            if spec.python_type is datetime.datetime and isinstance(high, datetime.datetime) and _is_midnight(parts[1]):
                # A date picked as the end of a datetime range means the whole of that day.
                query[f"{path}__lt"] = high + datetime.timedelta(days=1)
            else:
                query[f"{path}__lte"] = high
        return query
    if suffix in ("in", "not_in"):
        values = [convert(spec, p) for p in str(raw).split(",") if p.strip()]
        return {f"{path}__{suffix}": values} if values else {}
    if suffix in ("icontains", "not_icontains"):
        return {f"{path}__{suffix}": str(raw)}
    value = convert(spec, raw)
    return {f"{path}__{suffix}" if suffix else path: value}


def _is_midnight(text: str) -> bool:
    text = text.strip()
    return len(text) == 10 or text.endswith("00:00:00")


def _default_operator(spec: FieldSpec, raw: Any) -> str:
    """Text fields match by 'contains'; ids and enums given as a list match 'one of'."""
    if spec.python_type is str and spec.enum is None and spec.related_model is None:
        return "~"
    if isinstance(raw, str) and "," in raw and spec.python_type not in (datetime.date, datetime.datetime):
        return "*"
    if spec.python_type in (datetime.date, datetime.datetime) and isinstance(raw, str) and "," in raw:
        return "-"
    return "="
