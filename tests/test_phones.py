"""The one phone parser (backend.phones): what real HIS phone fields hold, read into structured
numbers that the dialer and SMS both use, and never mangled when they cannot be read."""

from __future__ import annotations

import pytest

from backend import phones
from backend.security.crypto import blind_index


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # (area code, number, extension, mobile)
        ("0571-87706197-8021", [("0571", "87706197", "8021", False)]),
        ("0571-87706197转8021", [("0571", "87706197", "8021", False)]),
        ("(0571)87706197 分机 8021", [("0571", "87706197", "8021", False)]),
        ("0571 8770 6197 ext.8021", [("0571", "87706197", "8021", False)]),
        ("０５７１－８７７０６１９７", [("0571", "87706197", "", False)]),
        ("１３８００１３８０００", [("", "13800138000", "", True)]),
        ("+86 571 8770 6197", [("0571", "87706197", "", False)]),
        ("0086-138-0013-8000", [("", "13800138000", "", True)]),
        ("010-62345678", [("010", "62345678", "", False)]),
        ("87706197", [("", "87706197", "", False)]),
        ("13800138000（本人）", [("", "13800138000", "", True)]),
        ("13800138000/0774-5551234", [("", "13800138000", "", True), ("0774", "5551234", "", False)]),
        ("13800138000，13900139000", [("", "13800138000", "", True), ("", "13900139000", "", True)]),
        ("13800138000 13900139000", [("", "13800138000", "", True), ("", "13900139000", "", True)]),
        ("无", []),
        ("", []),
    ],
)
def test_every_number_of_a_field_is_read_with_its_extension(raw: str, expected: list[tuple]) -> None:
    numbers = phones.parse_all(raw)
    assert [(n.area_code, n.number, n.extension, n.mobile) for n in numbers] == expected
    assert all(n.valid and n.country == "86" for n in numbers)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("0571877061978021", "分机号请用 - 或 转 与号码分开"),  # an extension run into the number
        ("1380013800", "手机号位数不符"),
        ("+1 415 555 1234", "境外号码"),
        ("家里电话", "无法识别的字符"),
    ],
)
def test_a_number_that_cannot_be_read_is_kept_as_written_with_the_reason(raw: str, reason: str) -> None:
    [number] = phones.parse_all(raw)
    assert not number.valid and reason in number.reason
    assert number.raw == raw and number.text == raw  # never mangled into something dialable
    assert phones.first([number]) is None


def test_canonical_text_reads_back_to_the_same_number_and_indexes_alike() -> None:
    for raw in ("0571-87706197-8021", "+86 138 0013 8000", "(0571)87706197"):
        number = phones.parse(raw)
        assert phones.parse(number.text) == phones.parse(number.text) and phones.parse(number.text).text == number.text
        assert blind_index("phone", raw) == blind_index("phone", number.text)
    assert phones.parse("0571-87706197-8021").dial() == "057187706197"
    assert phones.parse("87706197").dial("0571") == "057187706197"
