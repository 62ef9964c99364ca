"""Telephone numbers as Chinese HIS tables hold them, read once into a structured number.

One parser for every use: intake stores what it reads (`PhoneNumber.as_dict`, encrypted), the
dialer dials `dial` and keys in `extension`, SMS sends to `mobile` numbers only. A HIS field may
hold several numbers (`138…/0774-…`, `138…，0571…`); each is kept. A number that cannot be read
is kept as written with the reason, never mangled into something that looks dialable
(`0571-87706197-8021` is number 87706197 with extension 8021, not 0571877061978021).

Forms read: mobiles with or without +86/0086/86 and separators; landlines with area code
(`0571-87706197`, `(0571)87706197`, `0571 8770 6197`, `+86 571 8770 6197`); an extension after
转/分机/ext/x/# or as the last group after a full landline (`0571-87706197-8021`); a local landline
without area code (dialled with the hospital's own); full-width digits and punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

COUNTRY = "86"
_MOBILE = re.compile(r"1[3-9]\d{9}")
_SUBSCRIBER = re.compile(r"[2-9]\d{6,7}")  # a landline's own number: 7 or 8 digits
# Several numbers in one field: split on these (a space only when every piece is a number).
_BETWEEN = re.compile(r"[/／,，;；、|｜]|或")
_EXTENSION_MARK = re.compile(r"(?:转|分机号?|ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
# A note beside a number: 13800138000（本人）, 0571-87706197(办公室)
_NOTE = re.compile(r"[(（\[【]([^()（）\[\]【】]*[^\d\s()（）\-][^()（）\[\]【】]*)[)）\]】]")
_FILLERS = frozenset({"", "-", "--", "NA", "N/A", "NULL", "NONE", "无", "不详", "未知", "0"})


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """One telephone number: country, area code, subscriber number, extension, or why it is unusable.

    `raw` is the number as the source wrote it (kept for a person to read when it is invalid).
    A landline without `area_code` is local to the hospital (dialled with its area code).
    """

    raw: str
    country: str = COUNTRY
    area_code: str = ""
    number: str = ""
    extension: str = ""
    mobile: bool = False
    valid: bool = True
    reason: str = ""

    @property
    def dial_digits(self) -> str:
        """What a telephone system dials within China (without the extension)."""
        return self.number if self.mobile else f"{self.area_code}{self.number}"

    def dial(self, local_area_code: str = "") -> str:
        return self.number if self.mobile else f"{self.area_code or local_area_code}{self.number}"

    @property
    def text(self) -> str:
        """The canonical form stored and shown: 13800138000, 0571-87706197, 0571-87706197-8021;
        an invalid number as it was written."""
        if not self.valid:
            return self.raw
        if self.mobile:
            return self.number
        main = f"{self.area_code}-{self.number}" if self.area_code else self.number
        return f"{main}-{self.extension}" if self.extension else main

    @property
    def kind(self) -> str:
        return "mobile" if self.mobile else "landline" if self.valid else "invalid"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PhoneNumber:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


def _invalid(raw: str, reason: str) -> PhoneNumber:
    return PhoneNumber(raw=raw, number="", valid=False, reason=reason)


def _area_length(digits: str) -> int:
    """China's area codes: 010 and 02X are three digits with the trunk 0, all others four."""
    return 3 if digits[:2] in ("01", "02") else 4


def parse(raw: str) -> PhoneNumber:
    """One number (see the module docstring); an unreadable one comes back with `valid` False."""
    written = raw.strip()
    value = unicodedata.normalize("NFKC", written).strip()  # full-width digits, （）, －
    value = _NOTE.sub(" ", value).strip()
    extension = ""
    if match := _EXTENSION_MARK.search(value):
        extension, value = match.group(1), value[: match.start()].strip()
    if re.search(r"[^\d\s\-+().]", value):
        return _invalid(written, "含有无法识别的字符")
    country_given = value.startswith("+") or re.sub(r"\D", "", value).startswith("0086")
    groups = re.findall(r"\d+", value)
    digits = "".join(groups)
    if value.startswith("+") and not digits.startswith("86"):
        return _invalid(written, "境外号码，暂不支持拨打")
    if digits.startswith("0086"):
        digits, groups = digits[4:], _drop(groups, 4)
    elif digits.startswith("86") and (country_given or _MOBILE.fullmatch(digits[2:]) or (groups and groups[0] == "86")):
        digits, groups = digits[2:], _drop(groups, 2)
    if _MOBILE.fullmatch(digits) and not extension:
        return PhoneNumber(raw=written, number=digits, mobile=True)
    if country_given and digits and not digits.startswith("0"):
        digits, groups = "0" + digits, ["0" + groups[0], *groups[1:]] if groups else groups
    if digits.startswith("0"):
        area = digits[: _area_length(digits)]
        rest = digits[len(area) :]
        if not _SUBSCRIBER.fullmatch(rest) and not extension and len(groups) > 1:
            # 0571-87706197-8021: a last group after a whole landline is its extension
            head = rest[: len(rest) - len(groups[-1])]
            if _SUBSCRIBER.fullmatch(head) and len(groups[-1]) <= 6:
                rest, extension = head, groups[-1]
        if _SUBSCRIBER.fullmatch(rest):
            return PhoneNumber(raw=written, area_code=area, number=rest, extension=extension)
        if len(rest) > 8:
            return _invalid(written, f"固定电话位数不符（{len(digits)} 位），分机号请用 - 或 转 与号码分开")
        return _invalid(written, f"固定电话位数不符（{len(digits)} 位）")
    if _SUBSCRIBER.fullmatch(digits):
        return PhoneNumber(raw=written, number=digits, extension=extension)
    if digits.startswith("1"):
        return _invalid(written, f"手机号位数不符（{len(digits)} 位，应为 11 位）")
    return _invalid(written, f"号码位数不符（{len(digits)} 位）" if digits else "没有号码")


def _drop(groups: list[str], count: int) -> list[str]:
    """The digit groups without the first `count` digits (a country code written before them)."""
    rest = "".join(groups)[count:]
    out, taken = [], 0
    for group in groups:
        start = max(count - taken, 0)
        taken += len(group)
        if start < len(group):
            out.append(group[start:])
    return out if "".join(out) == rest else [rest]


def parse_all(raw: Any) -> list[PhoneNumber]:
    """Every number of a field, in the order written; [] for an empty field or a filler (无, NA)."""
    if raw is None:
        return []
    value = str(raw).strip()
    if value.upper() in _FILLERS:
        return []
    found: list[PhoneNumber] = []
    for part in _BETWEEN.split(unicodedata.normalize("NFKC", value)):
        part = part.strip()
        if not part or part.upper() in _FILLERS:
            continue
        number = parse(part)
        if not number.valid and len(pieces := part.split()) > 1:
            # 13800138000 13900139000: two numbers a space apart (not one number spaced in groups)
            each = [parse(p) for p in pieces]
            if all(n.valid for n in each):
                found += each
                continue
        found.append(number)
    return found


def first(numbers: list[PhoneNumber], *, mobile: bool = False) -> PhoneNumber | None:
    """The first usable number (a mobile when `mobile`), else None."""
    return next((n for n in numbers if n.valid and (n.mobile or not mobile)), None)


def index_key(raw: str) -> str:
    """The digits a number is indexed (blind index) and searched by: 13812345678, 07715551234."""
    number = parse(raw)
    if number.valid:
        return number.dial_digits + number.extension
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", raw))
