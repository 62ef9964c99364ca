"""What real HIS data looks like, turned into clean values (the raw text is kept by callers).

Sex as 1/2, M/F or 男/女; sentinel dates (1990-01-01, 3000-01-01 = not discharged); 'NA'
fillers; compound Caché ids (29508||9); free-text reference ranges (3.3 ~ 6.1, 阴性(-), <5) and
Chinese abnormal flags (高, 低, 阳性, 危急).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, tzinfo
from enum import Enum
from functools import lru_cache
from typing import Any

from backend.clock import SHANGHAI, now
from backend.models.choices import AbnormalFlag, DischargeDisposition, Gender

FILLERS = frozenset({"", "NA", "N/A", "NULL", "NONE", "-", "--", "无", "不详"})
_LONGEST_FILLER = max(map(len, FILLERS))
SENTINEL_DATES = frozenset(
    {date(1900, 1, 1), date(1990, 1, 1), date(2999, 12, 31), date(3000, 1, 1), date(9999, 12, 31)}
)


class NormaliseError(ValueError):
    """A value that cannot be read; the message is the Chinese reason for the quarantine."""


def text(value: Any) -> str:
    """Trimmed text, '' for fillers such as 'NA'."""
    if value is None:
        return ""
    result = (value if type(value) is str else str(value)).strip()
    # every filler is short: most values skip the upper-casing (called for every HIS column)
    return "" if len(result) <= _LONGEST_FILLER and result.upper() in FILLERS else result


def optional_text(value: Any) -> str | None:
    return text(value) or None


def gender(value: Any) -> Gender:
    raw = text(value).upper()
    if raw in ("1", "M", "MALE", "男"):
        return Gender.MALE
    if raw in ("2", "F", "FEMALE", "女"):
        return Gender.FEMALE
    return Gender.UNKNOWN


def moment(value: Any, *, field: str = "时间", zone: tzinfo = SHANGHAI) -> datetime | None:
    """A tz-aware datetime in our zone; None for empty or sentinel. A naive HIS time is a wall-clock
    time in `zone`, the HIS's time zone (Asia/Shanghai unless HIS__TIMEZONE says the HIS keeps UTC)."""
    result = as_written(value, field, zone)
    # in our zone: a MySQL DATETIME keeps the wall clock of what it is given, whatever its offset
    return result.astimezone(SHANGHAI) if result else None


def as_written(value: Any, field: str = "时间", zone: tzinfo = SHANGHAI) -> datetime | None:
    """The datetime in the zone it was written in (a naive one in `zone`)."""
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
                result = datetime.strptime(raw, formats[len(raw)]).replace(tzinfo=zone)
            else:
                result = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise NormaliseError(f"{field}格式无法识别：{raw}") from exc
    if result.date() in SENTINEL_DATES:
        return None
    return result if result.tzinfo else result.replace(tzinfo=zone)


def day(value: Any, *, field: str = "日期") -> date | None:
    """The date as written (a birth date written with a time and an offset keeps its own day)."""
    result = as_written(value, field, SHANGHAI)
    return result.date() if result else None


OLDEST_BIRTH = date(1890, 1, 1)


def birth_date(value: Any) -> date | None:
    """出生日期, refused outside 1890-01-01..today: '10131113' is a typo, not a patient born in 1013."""
    born = day(value, field="出生日期")
    return check_birth_date(born)


def check_birth_date(born: date | None) -> date | None:
    if born is not None and not OLDEST_BIRTH <= born <= now().date():
        raise NormaliseError(f"出生日期超出合理范围（{OLDEST_BIRTH.year} 年至今天）：{born.isoformat()}")
    return born


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
    """A phone field as written (only trimmed; fillers give None): intake reads every number in it
    with `backend.phones`, which keeps an extension apart and an unreadable number as it was."""
    return text(value) or None


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
_UNSIGNED = r"\d+(?:\.\d+)?"


def lis_text(value: Any) -> str:
    """A LIS value as written, only trimmed: kept raw whatever it says.

    Unlike `text`, a lone '-' or 'NA' is kept: in a result column '-' is the reading 阴性, not an
    empty cell.
    """
    return "" if value is None else str(value).strip()


def _folded(value: Any) -> str:
    """For reading only: full-width digits, ～, （）, ＜ and － folded to their ASCII forms."""
    return unicodedata.normalize("NFKC", lis_text(value))


def number(value: Any) -> float | None:
    """The numeric reading of a result ('5.2', '<5', '5.2 mmol/L'); None for '1+', '阴性', '-'."""
    raw = _folded(value)
    match = re.search(_NUMBER, raw)
    if match and re.fullmatch(rf"\s*[<>≤≥]?\s*{_NUMBER}\s*[A-Za-z%/μµ^0-9]*\s*", raw):
        return float(match.group(0))
    return None


def reference_range(value: Any) -> tuple[float | None, float | None]:
    """(low, high) from the forms LIS systems write; (None, None) when it cannot be read for sure.

    '3.9-6.1', '3.9--6.1', '3.9~6.1', '3.9～6.1', '3.9 to 6.1', '3.9至6.1', '<5', '≤5', '>=60',
    each with units ('3.9-6.1 mmol/L', '4-10 ×10^9/L') or a note ('3.9-6.1（成人）') after it and
    full-width digits. A qualitative range (阴性, -) has no numbers. A reading that is ambiguous
    ('-5--1': -5 to -1, or -5 to 1?), reversed or holds two ranges ('男 4-5.5 女 3.5-5') gives
    none: no flag is better than a wrong one.
    """
    return _reference_range(_folded(value))


_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # (成人), [参考]: a note beside the range
_UNIT = r"(?:[×xX*]?\s*10\^?[-+]?\d+\s*)?[A-Za-zμµ%/·^\d]*"
_LABEL = r"(?:[^\d<>≤≥+\-~.]*[:：]\s*)?"  # 成人: 3.9-6.1
_SEPARATORS = ("--", "-", "~", "至", "TO", "to", "To", "—", "–")


@lru_cache(maxsize=4096)  # a LIS prints the same few hundred ranges over and over
def _reference_range(raw: str) -> tuple[float | None, float | None]:
    raw = _NOTE.sub(" ", raw).strip()
    match = re.fullmatch(rf"{_LABEL}(<=|<|≤|小于|不超过)\s*({_UNSIGNED})\s*{_UNIT}\s*", raw)
    if match:
        return None, float(match.group(2))
    match = re.fullmatch(rf"{_LABEL}(>=|>|≥|大于|不低于)\s*({_UNSIGNED})\s*{_UNIT}\s*", raw)
    if match:
        return float(match.group(2)), None
    readings = set()
    for separator in _SEPARATORS:
        sep = re.escape(separator)
        match = re.fullmatch(rf"{_LABEL}({_NUMBER})\s*{sep}\s*({_NUMBER})\s*{_UNIT}\s*", raw)
        if match:
            low, high = float(match.group(1)), float(match.group(2))
            if low < high:
                readings.add((low, high))
    if len(readings) == 1:
        return readings.pop()
    return None, None


class Qualitative(Enum):
    """A qualitative reading (尿常规, 隐血, 乙肝表面抗原...) as the LIS writes it."""

    NEGATIVE = "阴性"
    WEAK_POSITIVE = "弱阳性"
    POSITIVE = "阳性"


_NEGATIVE = frozenset({"-", "--", "(-)", "阴性", "阴", "阴性(-)", "NEG", "NEGATIVE", "未检出", "无"})
_WEAK = frozenset({"±", "+-", "+/-", "(±)", "弱阳性", "弱阳", "弱阳性(±)", "弱阳性(+-)", "可疑", "TRACE", "微量"})
_POSITIVE_WORDS = frozenset({"阳性", "阳", "POS", "POSITIVE", "检出", "强阳性"})


def qualitative(value: Any) -> Qualitative | None:
    """阴性 / 弱阳性 / 阳性 from a result ('-', '±', '+-', '1+', '++', '阳性(+)', '弱阳性'); else None."""
    raw = _folded(value).replace(" ", "")
    if not raw:
        return None
    key = raw.upper()
    if key in _NEGATIVE:
        return Qualitative.NEGATIVE
    if key in _WEAK:
        return Qualitative.WEAK_POSITIVE
    if re.fullmatch(r"\(?(\+{1,4}|[1-4]\+)\)?", key):
        return Qualitative.POSITIVE
    bare = re.sub(r"\((\+{1,4}|[1-4]\+|-|±|\+-)\)$", "", key)  # 阳性(+), 阴性(-), 弱阳性(±)
    if bare != key:
        return qualitative(bare)
    if bare in _POSITIVE_WORDS:
        return Qualitative.POSITIVE
    return None


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
    "HH": AbnormalFlag.CRITICAL,
    "LL": AbnormalFlag.CRITICAL,
    "AA": AbnormalFlag.CRITICAL,
    "危急": AbnormalFlag.CRITICAL,
    "危急值": AbnormalFlag.CRITICAL,
    "C": AbnormalFlag.CRITICAL,
    "N": AbnormalFlag.NORMAL,
    "正常": AbnormalFlag.NORMAL,
}
_QUALITATIVE_FLAGS = {
    Qualitative.NEGATIVE: AbnormalFlag.NORMAL,
    Qualitative.WEAK_POSITIVE: AbnormalFlag.WEAK_POSITIVE,
    Qualitative.POSITIVE: AbnormalFlag.POSITIVE,
}


def abnormal_flag(flag: Any, value: Any = None, reference: Any = None) -> AbnormalFlag:
    """The flag the LIS gave, else one derived from the value against the reference range.

    A qualitative result is read from its text ('1+' is 阳性, '±' 弱阳性, '-' 阴性) and is abnormal
    unless the reference itself reads positive. A number whose range cannot be read is not flagged.
    """
    raw = _folded(flag)
    raw = raw.upper() if raw.isascii() else raw
    if raw:
        if raw in _FLAGS:
            return _FLAGS[raw]
        if "危急" in raw:
            return AbnormalFlag.CRITICAL
        if (reading := qualitative(raw)) is not None:
            return _QUALITATIVE_FLAGS[reading]
        if "弱阳" in raw:
            return AbnormalFlag.WEAK_POSITIVE
        if "阳" in raw and "阴" not in raw:
            return AbnormalFlag.POSITIVE
    numeric = number(value)
    if numeric is not None:
        low, high = reference_range(reference)
        if high is not None and numeric > high:
            return AbnormalFlag.HIGH
        if low is not None and numeric < low:
            return AbnormalFlag.LOW
        return AbnormalFlag.NORMAL
    reading = qualitative(value)
    if reading is None or reading is Qualitative.NEGATIVE:
        return AbnormalFlag.NORMAL
    expected = qualitative(reference)
    if expected is not None and expected is not Qualitative.NEGATIVE:
        return AbnormalFlag.NORMAL  # the reference itself reads positive (rare, but the LIS said so)
    return _QUALITATIVE_FLAGS[reading]
