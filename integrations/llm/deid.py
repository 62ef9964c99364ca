"""De-identification before a call to an external model, and re-identification of its answer.

A `Deidentifier` is made per call. The service registers what it knows of the record (the
patient's and relatives' names, ID number, phones, address, 住院号, 病案号, HIS ids, staff names);
`scrub` replaces each with a numbered placeholder (【患者】, 【电话1】, 【住院号1】...), finds the
same kinds of numbers it was not told about by their shape (ID numbers, mobile and landline phones,
numbers after 住院号/病案号/门诊号), and shifts every date by one offset chosen for the call,
so intervals (admitted → discharged → follow-up) stay true while the calendar dates do not leave.
`restore` puts the originals back into the answer and shifts its dates back.

Nothing here leaves the process: the mapping lives only in this object.
"""

from __future__ import annotations

import re
import secrets
from datetime import date, timedelta
from typing import Any

ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")
LANDLINE = re.compile(r"(?<!\d)(?:\(?0\d{2,3}\)?[- ]?)\d{7,8}(?:-\d{1,5})?(?!\d)")
RECORD_NO = re.compile(r"(住院号|病案号|门诊号|病历号|就诊号|患者ID|ID号)([：:\s]*)([A-Za-z0-9|\-]{3,})")
DATE = re.compile(r"(?<!\d)(\d{4})([-/.年])(\d{1,2})([-/.月])(\d{1,2})(日?)(?!\d)")
COMPOUND_SURNAMES = frozenset(
    [
        *("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙"),
        *("令狐", "夏侯", "宇文", "司徒", "端木", "独孤", "南宫", "西门", "轩辕", "呼延"),
    ]
)
HONORIFICS = "先生|女士|阿姨|叔叔|大爷|大妈|奶奶|爷爷|老师|师傅|小姐"
PLACEHOLDER = re.compile(r"【[^【】]{1,12}】")

KIND_LABELS = {
    "name": "姓名",
    "relative": "家属",
    "staff": "医护",
    "id_number": "身份证号",
    "phone": "电话",
    "address": "地址",
    "inpatient_no": "住院号",
    "record_no": "病案号",
    "his_id": "患者编号",
}


class Deidentifier:
    def __init__(self, *, date_shift_days: int | None = None) -> None:
        # A shift of a few weeks to a year, never 0, unknown to the provider.
        self.shift = (
            date_shift_days
            if date_shift_days is not None
            else secrets.choice([d for d in range(-365, 366) if abs(d) >= 30])
        )
        self._to_placeholder: dict[str, str] = {}
        self._to_original: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    # ------------------------------------------------------------------ registering what we know

    def _placeholder(self, kind: str, value: str, fixed: str | None = None) -> str:
        if value in self._to_placeholder:
            return self._to_placeholder[value]
        if fixed is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            fixed = f"【{KIND_LABELS.get(kind, kind)}{self._counts[kind]}】"
        self._to_placeholder[value] = fixed
        self._to_original.setdefault(fixed, value)
        return fixed

    def add(self, kind: str, value: str | None) -> None:
        """A known identifier of `kind` (see KIND_LABELS); short or empty values are ignored."""
        value = (value or "").strip()
        if len(value) < 2 or value in ("NA", "无", "不详"):
            return
        if kind == "phone":
            digits = re.sub(r"\D", "", value)
            placeholder = self._placeholder(kind, value)
            if digits and digits != value:
                self._to_placeholder.setdefault(digits, placeholder)
            return
        self._placeholder(kind, value)
        if kind == "address":
            # the street part alone is as identifying as the whole address
            for part in re.split(r"[\s,，]+", value):
                if len(part) >= 6 and part != value:
                    self._to_placeholder.setdefault(part, self._to_placeholder[value])

    def add_patient(self, name: str | None) -> None:
        """The patient themself: 【患者】, also for the given name alone (春花) and for the surname
        with an honorific (欧阳女士, 王先生)."""
        name = (name or "").strip()
        if len(name) < 2:
            return
        self._placeholder("name", name, "【患者】")
        surname = name[:2] if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else name[0]
        given = name[len(surname) :]
        if len(given) >= 2:
            self._to_placeholder.setdefault(given, "【患者】")
        self._honorific_surnames = {*getattr(self, "_honorific_surnames", set()), surname}

    def add_person(self, kind: str, name: str | None) -> None:
        name = (name or "").strip()
        if len(name) >= 2:
            self._placeholder(kind, name)

    # ------------------------------------------------------------------ out and back

    def shift_date(self, value: date, back: bool = False) -> date:
        return value + timedelta(days=-self.shift if back else self.shift)

    def _shift_dates(self, text: str, back: bool) -> str:
        def repl(match: re.Match[str]) -> str:
            year, sep1, month, sep2, day, suffix = match.groups()
            try:
                moved = self.shift_date(date(int(year), int(month), int(day)), back)
            except ValueError:
                return match.group(0)
            width = 2 if len(month) == 2 or sep1 == "-" else 1
            return f"{moved.year}{sep1}{moved.month:0{width}d}{sep2}{moved.day:0{2 if len(day) == 2 else 1}d}{suffix}"

        return DATE.sub(repl, text)

    def scrub(self, text: str) -> str:
        """The text as an external provider may see it."""
        if not text:
            return text
        for value in sorted(self._to_placeholder, key=len, reverse=True):
            text = text.replace(value, self._to_placeholder[value])
        for surname in sorted(getattr(self, "_honorific_surnames", set()), key=len, reverse=True):
            text = re.sub(f"{re.escape(surname)}(?={HONORIFICS})", "【患者】", text)
        text = RECORD_NO.sub(lambda m: m.group(1) + m.group(2) + self._placeholder("record_no", m.group(3)), text)
        text = ID_NUMBER.sub(lambda m: self._placeholder("id_number", m.group(0)), text)
        text = MOBILE.sub(lambda m: self._placeholder("phone", m.group(0)), text)
        text = LANDLINE.sub(lambda m: self._placeholder("phone", m.group(0)), text)
        return self._shift_dates(text, back=False)

    def restore(self, text: str) -> str:
        """The provider's answer with the originals put back and dates shifted back."""
        if not text:
            return text
        text = self._shift_dates(text, back=True)
        return PLACEHOLDER.sub(lambda m: self._to_original.get(m.group(0), m.group(0)), text)

    def scrub_obj(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, list):
            return [self.scrub_obj(v) for v in value]
        if isinstance(value, dict):
            return {k: self.scrub_obj(v) for k, v in value.items()}
        return value

    def restore_obj(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, list):
            return [self.restore_obj(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore_obj(v) for k, v in value.items()}
        return value
