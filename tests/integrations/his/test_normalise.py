"""Lab values as LIS systems really write them: ranges, qualitative readings, flags."""

from __future__ import annotations

import pytest

from backend.models.choices import AbnormalFlag
from integrations.his import normalise
from integrations.his.normalise import Qualitative


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3.9-6.1", (3.9, 6.1)),
        ("3.9--6.1", (3.9, 6.1)),  # read as (3.9, -6.1) before, flagging in-range values 偏高
        ("3.9~6.1", (3.9, 6.1)),
        ("3.9～6.1", (3.9, 6.1)),
        ("3.9 ~ 6.1", (3.9, 6.1)),
        ("3.9 to 6.1", (3.9, 6.1)),
        ("3.9至6.1", (3.9, 6.1)),
        ("３．９－６．１", (3.9, 6.1)),  # full-width digits and dash
        ("3.9-6.1（成人）", (3.9, 6.1)),
        ("3.9-6.1(空腹)", (3.9, 6.1)),
        ("3.9-6.1 mmol/L", (3.9, 6.1)),
        ("4-10 ×10^9/L", (4.0, 10.0)),
        ("成人：3.9-6.1", (3.9, 6.1)),
        ("-3--3", (-3.0, 3.0)),  # base excess
        ("<5", (None, 5.0)),
        ("< 5.0 mg/L", (None, 5.0)),
        ("≤5", (None, 5.0)),
        ("<=5", (None, 5.0)),
        ("＜5", (None, 5.0)),
        (">60", (60.0, None)),
        ("≥60", (60.0, None)),
        (">=60 mL/min", (60.0, None)),
        # what cannot be read for sure gives no range (and so no flag)
        ("阴性", (None, None)),
        ("-", (None, None)),
        ("阴性(-)", (None, None)),
        ("6.1-3.9", (None, None)),  # reversed
        ("-5--1", (None, None)),  # -5 to -1, or -5 to 1?
        ("男 4.0-5.5 女 3.5-5.0", (None, None)),  # two ranges in one cell
        ("见报告", (None, None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_reference_range_reads_the_forms_lis_systems_write(raw: str | None, expected: tuple) -> None:
    assert normalise.reference_range(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("-", Qualitative.NEGATIVE),
        ("阴性", Qualitative.NEGATIVE),
        ("阴性(-)", Qualitative.NEGATIVE),
        ("NEG", Qualitative.NEGATIVE),
        ("±", Qualitative.WEAK_POSITIVE),
        ("+-", Qualitative.WEAK_POSITIVE),
        ("弱阳性", Qualitative.WEAK_POSITIVE),
        ("+", Qualitative.POSITIVE),
        ("1+", Qualitative.POSITIVE),
        ("2+", Qualitative.POSITIVE),
        ("+++", Qualitative.POSITIVE),
        ("阳性(+)", Qualitative.POSITIVE),
        ("阳性（+）", Qualitative.POSITIVE),
        ("阳性", Qualitative.POSITIVE),
        ("5.2", None),
        ("见图", None),
        ("", None),
    ],
)
def test_qualitative_reading_of_a_result(raw: str, expected: Qualitative | None) -> None:
    assert normalise.qualitative(raw) is expected


@pytest.mark.parametrize(
    ("flag", "value", "reference", "expected"),
    [
        ("", "5.0", "3.9--6.1", AbnormalFlag.NORMAL),
        ("", "6.5", "3.9--6.1", AbnormalFlag.HIGH),
        ("", "3.0", "3.9～6.1", AbnormalFlag.LOW),
        ("", "５．０", "3.9-6.1", AbnormalFlag.NORMAL),
        ("", "12", "<5", AbnormalFlag.HIGH),
        ("", "70", "≥60", AbnormalFlag.NORMAL),
        ("", "7.0", "-5--1", AbnormalFlag.NORMAL),  # ambiguous range: no flag rather than a wrong one
        ("", "7.0", "男 4.0-5.5 女 3.5-5.0", AbnormalFlag.NORMAL),
        # qualitative results with no flag from the LIS
        ("", "-", "阴性", AbnormalFlag.NORMAL),
        ("", "1+", "阴性", AbnormalFlag.POSITIVE),
        ("", "2+", "-", AbnormalFlag.POSITIVE),
        ("", "+-", "阴性", AbnormalFlag.WEAK_POSITIVE),
        ("", "±", "", AbnormalFlag.WEAK_POSITIVE),
        ("", "阳性(+)", "阴性(-)", AbnormalFlag.POSITIVE),
        ("", "弱阳性", "阴性", AbnormalFlag.WEAK_POSITIVE),
        ("", "阳性", "阳性", AbnormalFlag.NORMAL),  # the reference itself reads positive
        # the LIS's own flag wins
        ("H", "5.0", "3.9-6.1", AbnormalFlag.HIGH),
        ("↓", "", "", AbnormalFlag.LOW),
        ("危急值", "", "", AbnormalFlag.CRITICAL),
        ("HH", "", "", AbnormalFlag.CRITICAL),
        ("阳性↑", "", "", AbnormalFlag.POSITIVE),
        ("±", "", "", AbnormalFlag.WEAK_POSITIVE),
        ("-", "阴性", "", AbnormalFlag.NORMAL),
        ("N", "1+", "", AbnormalFlag.NORMAL),
    ],
)
def test_abnormal_flag_from_lis_flag_value_and_range(
    flag: str, value: str, reference: str, expected: AbnormalFlag
) -> None:
    assert normalise.abnormal_flag(flag, value, reference) is expected


def test_a_dash_result_is_kept_as_written_not_taken_for_an_empty_cell() -> None:
    assert normalise.lis_text(" - ") == "-"
    assert normalise.lis_text("３．９") == "３．９"  # the raw text is kept; only reading folds it
    assert normalise.text("-") == ""  # a placeholder elsewhere (a missing name, a missing date)


def test_number_reads_results_but_not_qualitative_readings() -> None:
    assert normalise.number("5.2") == 5.2
    assert normalise.number("<5") == 5.0
    assert normalise.number("5.2 mmol/L") == 5.2
    assert normalise.number("５．２") == 5.2
    assert normalise.number("-1.5") == -1.5
    for qualitative in ("1+", "-", "阴性", "±", "+-"):
        assert normalise.number(qualitative) is None


@pytest.mark.parametrize("raw", ["10131113", "1889-12-31", "2999-01-01T00:00:00"])
def test_a_birth_date_outside_1890_to_today_is_refused(raw: str) -> None:
    with pytest.raises(normalise.NormaliseError, match="出生日期超出合理范围"):
        normalise.birth_date(raw)


def test_a_birth_date_inside_the_range_or_a_sentinel_is_read() -> None:
    from datetime import date

    assert normalise.birth_date("19600501") == date(1960, 5, 1)
    assert normalise.birth_date("1890-01-01") == date(1890, 1, 1)
    assert normalise.birth_date("1990-01-01") is None  # a HIS sentinel for unknown
    assert normalise.birth_date("") is None
