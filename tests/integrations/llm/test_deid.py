"""De-identification: known identifiers and number shapes out, dates shifted by one offset, and
the answer restored on our side."""

from __future__ import annotations

from datetime import date

from integrations.llm.deid import Deidentifier


def known() -> Deidentifier:
    deid = Deidentifier(date_shift_days=40)
    deid.add_patient("欧阳春花")
    deid.add("id_number", "110101195003071234")
    deid.add("phone", "139-0000-1111")
    deid.add("address", "北京市东城区 和平里东街15号")
    deid.add("inpatient_no", "00001234")
    deid.add_person("relative", "欧阳明")
    return deid


def test_known_identifiers_become_placeholders_and_come_back() -> None:
    deid = known()
    text = "欧阳春花（住院号00001234）的儿子欧阳明来电，电话13900001111，住北京市东城区 和平里东街15号。春花说好多了。"
    scrubbed = deid.scrub(text)
    for value in ("欧阳春花", "00001234", "欧阳明", "13900001111", "和平里东街15号", "春花"):
        assert value not in scrubbed
    assert "【患者】" in scrubbed and "【家属1】" in scrubbed and "【电话1】" in scrubbed
    # the given name alone comes back as the full name, a phone as the record writes it
    expected = text.replace("。春花说", "。欧阳春花说").replace("13900001111", "139-0000-1111")
    assert deid.restore(scrubbed) == expected


def test_unknown_numbers_are_found_by_their_shape() -> None:
    deid = Deidentifier(date_shift_days=0)
    scrubbed = deid.scrub("身份证 44030119800101002X，手机 138 1234 5678，座机 0755-86001234，病案号：BA778899。")
    assert "44030119800101002X" not in scrubbed and "138 1234 5678" not in scrubbed
    assert "0755-86001234" not in scrubbed and "BA778899" not in scrubbed
    assert "病案号：【病案号1】" in scrubbed
    assert deid.restore(scrubbed).endswith("病案号：BA778899。")


def test_dates_shift_by_one_offset_and_shift_back() -> None:
    deid = known()
    scrubbed = deid.scrub("2026-01-05 入院，2026年1月12日出院，2026/02/01 复诊。")
    assert scrubbed == "2026-02-14 入院，2026年2月21日出院，2026/03/13 复诊。"
    assert deid.restore("建议 2026-03-13 复诊") == "建议 2026-02-01 复诊"
    assert deid.shift_date(date(2026, 1, 5)) == date(2026, 2, 14)


def test_surname_with_an_honorific_is_the_patient() -> None:
    deid = known()
    assert deid.scrub("欧阳先生和欧阳女士，欧先生是另一位") == "【患者】先生和【患者】女士，欧先生是另一位"


def test_structures_are_scrubbed_and_restored_value_by_value() -> None:
    deid = known()
    sent = deid.scrub_obj({"a": ["欧阳春花", 3], "b": {"c": "电话13900001111"}})
    assert sent == {"a": ["【患者】", 3], "b": {"c": "电话【电话1】"}}
    assert deid.restore_obj(sent) == {"a": ["欧阳春花", 3], "b": {"c": "电话139-0000-1111"}}


def test_a_random_shift_is_at_least_a_month() -> None:
    assert all(abs(Deidentifier().shift) >= 30 for _ in range(50))
