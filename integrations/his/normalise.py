"""What real HIS data looks like, turned into clean values (the raw text is kept by callers).

Sex as 1/2, M/F or 男/女; sentinel dates (1990-01-01, 3000-01-01 = not discharged); 'NA'
fillers; compound Caché ids (29508||9); free-text reference ranges (3.3 ~ 6.1, 阴性(-), <5) and
Chinese abnormal flags (高, 低, 阳性, 危急).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from backend.clock import SHANGHAI
from backend.models.choices import AbnormalFlag, DischargeDisposition, Gender

FILLERS = frozenset({"", "NA", "N/A", "NULL", "NONE", "-", "--", "无", "不详"})
SENTINEL_DATES = frozenset(
    {date(1900, 1, 1), date(1990, 1, 1), date(2999, 12, 31), date(3000, 1, 1), date(9999, 12, 31)}
)


class NormaliseError(ValueError):
    """A value that cannot be read; the message is the Chinese reason for the quarantine."""


def text(value: Any) -> str:
    """Trimmed text, '' for fillers such as 'NA'."""
    if value is None:
        return ""
    result = str(value).strip()
    return "" if result.upper() in FILLERS else result


def optional_text(value: Any) -> str | None:
    return text(value) or None


def gender(value: Any) -> Gender:
    raw = text(value).upper()
    if raw in ("1", "M", "MALE", "男"):
        return Gender.MALE
    if raw in ("2", "F", "FEMALE", "女"):
        return Gender.FEMALE
    return Gender.UNKNOWN


def moment(value: Any, *, field: str = "时间") -> datetime | None:
    """A tz-aware datetime (naive HIS times are Asia/Shanghai); None for empty or sentinel."""
    if value is None:
        return None
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime.combine(value, time.min)
    else:
        raw = text(value)
        if not raw:
            return None
        raw = raw.replace("/", "-").replace("T", " ")
        try:
            formats = {14: "%Y%m%d%H%M%S", 12: "%Y%m%d%H%M", 8: "%Y%m%d"}  # HL7-style 20260101083000
            if raw.isdigit() and len(raw) in formats:
                # HIS times without a zone are local (Asia/Shanghai).
                result = datetime.strptime(raw, formats[len(raw)]).replace(tzinfo=SHANGHAI)
            else:
                result = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise NormaliseError(f"{field}格式无法识别：{raw}") from exc
    if result.date() in SENTINEL_DATES:
        return None
    return result if result.tzinfo else result.replace(tzinfo=SHANGHAI)


def day(value: Any, *, field: str = "日期") -> date | None:
    result = moment(value, field=field)
    return result.date() if result else None


def compound_id(*parts: Any) -> str:
    """One stable id from a composite key or a Caché RowID ('29508||9' stays as is)."""
    cleaned = [text(p) for p in parts]
    if not all(cleaned):
        raise NormaliseError("主键不完整")
    return "||".join(cleaned)


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(value: Any) -> str | None:
    """A resident ID number with a correct GB 11643 check digit, upper-case X; None if absent."""
    raw = text(value).upper()
    if not raw:
        return None
    if not re.fullmatch(r"\d{17}[\dX]", raw):
        raise NormaliseError(f"身份证号格式错误：{raw[:4]}****")
    check = "10X98765432"[sum(int(d) * w for d, w in zip(raw[:17], _ID_WEIGHTS, strict=True)) % 11]
    if raw[17] != check:
        raise NormaliseError("身份证号校验位错误")
    return raw


def phone(value: Any) -> str | None:
    raw = re.sub(r"[\s\-()]", "", text(value))
    return raw or None


def disposition(value: Any) -> DischargeDisposition | None:
    """离院方式 (RC019) from its code or its Chinese name."""
    raw = text(value)
    if not raw:
        return None
    for member in DischargeDisposition:
        if raw == member.value or raw == member.label or (len(raw) > 1 and raw in member.label):
            return member
    if raw in ("死亡", "死亡出院"):
        return DischargeDisposition.DEATH
    return DischargeDisposition.OTHER


_NUMBER = r"[-+]?\d+(?:\.\d+)?"


def number(value: Any) -> float | None:
    match = re.search(_NUMBER, text(value))
    if match and re.fullmatch(rf"\s*[<>≤≥]?\s*{_NUMBER}\s*[A-Za-z%/μ^0-9]*\s*", text(value)):
        return float(match.group(0))
    return None


def reference_range(value: Any) -> tuple[float | None, float | None]:
    """(low, high) from '3.3 ~ 6.1', '3.3-6.1', '<5', '>=60'; (None, None) for text like 阴性(-)."""
    return _reference_range(text(value))


@lru_cache(maxsize=4096)  # a LIS prints the same few hundred ranges over and over
def _reference_range(raw: str) -> tuple[float | None, float | None]:
    raw = raw.replace("～", "~").replace("—", "-").replace("－", "-")
    match = re.fullmatch(rf"\s*({_NUMBER})\s*(?:~|-|–|至)\s*({_NUMBER})\s*", raw)
    if match:
        return float(match.group(1)), float(match.group(2))
    match = re.fullmatch(rf"\s*(<=|<|≤)\s*({_NUMBER})\s*", raw)
    if match:
        return None, float(match.group(2))
    match = re.fullmatch(rf"\s*(>=|>|≥)\s*({_NUMBER})\s*", raw)
    if match:
        return float(match.group(2)), None
    return None, None


_FLAGS = {
    "H": AbnormalFlag.HIGH,
    "↑": AbnormalFlag.HIGH,
    "高": AbnormalFlag.HIGH,
    "偏高": AbnormalFlag.HIGH,
    "L": AbnormalFlag.LOW,
    "↓": AbnormalFlag.LOW,
    "低": AbnormalFlag.LOW,
    "偏低": AbnormalFlag.LOW,
    "A": AbnormalFlag.ABNORMAL,
    "异常": AbnormalFlag.ABNORMAL,
    "POS": AbnormalFlag.POSITIVE,
    "+": AbnormalFlag.POSITIVE,
    "阳性": AbnormalFlag.POSITIVE,
    "阳": AbnormalFlag.POSITIVE,
    "HH": AbnormalFlag.CRITICAL,
    "LL": AbnormalFlag.CRITICAL,
    "AA": AbnormalFlag.CRITICAL,
    "危急": AbnormalFlag.CRITICAL,
    "危急值": AbnormalFlag.CRITICAL,
    "C": AbnormalFlag.CRITICAL,
    "N": AbnormalFlag.NORMAL,
    "正常": AbnormalFlag.NORMAL,
    "阴性": AbnormalFlag.NORMAL,
    "-": AbnormalFlag.NORMAL,
}


def abnormal_flag(flag: Any, value: Any = None, reference: Any = None) -> AbnormalFlag:
    """The flag the LIS gave, else one derived from the value against the reference range."""
    raw = text(flag).upper() if text(flag).isascii() else text(flag)
    if raw:
        for key in (raw, raw.rstrip("(+)").rstrip("（+）")):
            if key in _FLAGS:
                return _FLAGS[key]
        if "危急" in raw:
            return AbnormalFlag.CRITICAL
        if "阳" in raw:
            return AbnormalFlag.POSITIVE
    numeric = number(value)
    low, high = reference_range(reference)
    if numeric is not None:
        if high is not None and numeric > high:
            return AbnormalFlag.HIGH
        if low is not None and numeric < low:
            return AbnormalFlag.LOW
    result_text = text(value)
    if "阳性" in result_text or result_text in ("+", "++", "+++"):
        return AbnormalFlag.POSITIVE
    return AbnormalFlag.NORMAL
