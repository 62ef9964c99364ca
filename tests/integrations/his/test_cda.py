"""CDA R2 (WS/T 500) adapter: synthetic 出院小结 and 检验报告 documents, and what is refused."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from backend.clock import SHANGHAI
from backend.models.choices import AbnormalFlag
from integrations.his import normalise
from integrations.his.cda import CdaParseError, parse_cda, split_summary_text, summary_fields

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cda"
ID_NUMBER = "110101198001010037"
PHONE = "13800000001"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def summary_text() -> str:
    return fixture("discharge_summary.xml").decode("utf-8")


# 出院小结 --------------------------------------------------------------------------------------


def test_discharge_summary_maps_sections_by_data_element() -> None:
    batch = parse_cda(fixture("discharge_summary.xml"))

    assert batch.rejected == [] and batch.labs == []
    (summary,) = batch.summaries
    assert summary.his_visit_id == "ZY-TEST-20260301"  # 住院号: WS/T 500 sends no encounter id
    assert summary.document_id == "DS-TEST-20260315-0001"
    assert summary.admission_condition.startswith("患者因“反复胸闷心悸3年，加重1周”入院")
    assert summary.treatment_course == "入院后予抗血小板、调脂稳定斑块治疗，中药益气活血方口服，配合针刺治疗。"
    assert summary.discharge_condition == "胸闷心悸明显缓解，无胸痛，生命体征平稳，准予出院。"
    # Only 出院医嘱 (DE06.00.287.00), not the decoction method in the same section.
    assert summary.discharge_orders == "低盐低脂饮食，适量活动；2周后心病科门诊复查血脂、肝功能。"
    assert summary.discharge_medication.splitlines() == [
        "阿司匹林肠溶片 100 mg 口服 每日一次",
        "阿托伐他汀钙片 20 mg 口服 每晚一次",
    ]
    # legalAuthenticator time 20260315100000+0800.
    assert summary.signed_at == datetime(2026, 3, 15, 10, tzinfo=SHANGHAI)


def test_discharge_summary_from_text_input_equals_bytes_input() -> None:
    assert parse_cda(summary_text()).summaries == parse_cda(fixture("discharge_summary.xml")).summaries


def test_encounter_id_wins_over_inpatient_number() -> None:
    xml = summary_text().replace(
        '<encompassingEncounter classCode="ENC" moodCode="EVN">',
        '<encompassingEncounter classCode="ENC" moodCode="EVN"><id root="1.2.3.4" extension="V-778899"/>',
    )
    (summary,) = parse_cda(xml).summaries
    assert summary.his_visit_id == "V-778899"


def test_sections_without_data_elements_fall_back_to_loinc_code_and_title() -> None:
    xml = """<?xml version="1.0" encoding="UTF-8"?>
    <ClinicalDocument xmlns="urn:hl7-org:v3">
      <templateId root="2.16.156.10011.2.1.1.73"/>
      <id root="2.16.156.10011.1.1" extension="DS-TEST-TITLES"/>
      <code code="C0053" codeSystem="2.16.156.10011.2.4"/>
      <title>出院小结</title>
      <recordTarget><patientRole>
        <id root="2.16.156.10011.1.12" extension="ZY-TEST-2"/>
        <id root="2.16.156.10011.1.13" extension="BA-TEST-2"/>
      </patientRole></recordTarget>
      <component><structuredBody>
        <component><section><title>入院情况</title><text><paragraph>头晕2天。</paragraph></text></section></component>
        <component><section>
          <code code="8648-8" codeSystem="2.16.840.1.113883.6.1"/>
          <title>住院经过</title>
          <text><paragraph>予平肝潜阳治疗。</paragraph><paragraph>症状渐平。</paragraph></text>
        </section></component>
        <component><section><title>出院情况</title><text>头晕消失。</text></section></component>
        <component><section><title>出院医嘱</title><text>
          <table><tbody><tr><td>1</td><td>监测血压</td></tr><tr><td>2</td><td>1周复诊</td></tr></tbody></table>
        </text></section></component>
      </structuredBody></component>
    </ClinicalDocument>"""
    (summary,) = parse_cda(xml).summaries
    assert summary.admission_condition == "头晕2天。"
    assert summary.treatment_course == "予平肝潜阳治疗。\n症状渐平。"
    assert summary.discharge_condition == "头晕消失。"
    assert summary.discharge_orders == "1 监测血压\n2 1周复诊"
    assert summary.discharge_medication == ""
    assert summary.signed_at is None


def test_summary_without_inpatient_number_is_rejected() -> None:
    xml = summary_text().replace('<id root="2.16.156.10011.1.12" extension="ZY-TEST-20260301"/>', "")
    batch = parse_cda(xml)
    assert batch.summaries == []
    (rejected,) = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("summary", "DS-TEST-20260315-0001")
    assert rejected.reason == "出院小结缺少住院号（就诊标识）"


def test_summary_without_patient_id_is_rejected_unless_the_hospital_root_is_configured() -> None:
    xml = summary_text().replace(
        '<id root="2.16.156.10011.1.13" extension="BA-TEST-000456"/>',
        '<id root="1.2.156.999.1.2" extension="PID-0042"/>',
    )
    (rejected,) = parse_cda(xml).rejected
    assert (rejected.entity, rejected.external_id) == ("summary", "ZY-TEST-20260301")
    assert rejected.reason == "出院小结缺少患者标识（2.16.156.10011.1.13）"

    batch = parse_cda(xml, patient_id_roots=["1.2.156.999.1.2"])
    assert [s.his_visit_id for s in batch.summaries] == ["ZY-TEST-20260301"]


def test_empty_summary_is_rejected() -> None:
    xml = """<ClinicalDocument xmlns="urn:hl7-org:v3"><code code="C0053"/>
      <recordTarget><patientRole><id root="2.16.156.10011.1.12" extension="ZY-9"/>
      <id root="2.16.156.10011.1.13" extension="BA-9"/></patientRole></recordTarget>
      <component><structuredBody/></component></ClinicalDocument>"""
    (rejected,) = parse_cda(xml).rejected
    assert rejected.external_id == "ZY-9"
    assert rejected.reason.startswith("出院小结没有可读取的内容")
    # Without a 文档流水号 the document is named by a digest.
    assert rejected.payload["document_id"].startswith("sha256:")


# 检验报告 --------------------------------------------------------------------------------------


def test_gbk_lab_report_maps_analytes_units_ranges_and_flags() -> None:
    batch = parse_cda(fixture("lab_report_gbk.xml"))

    assert batch.rejected == [] and batch.summaries == []
    (report,) = batch.labs
    assert (report.his_report_id, report.his_patient_id, report.his_visit_id) == (
        "JY-TEST-880001",
        "BA-TEST-000456",
        "ZY-TEST-20260301",
    )
    assert (report.name, report.specimen) == ("血常规+乙肝表面抗原", "静脉血")
    assert report.requested_at == datetime(2026, 3, 12, 7, 30, tzinfo=SHANGHAI)
    assert report.reported_at == datetime(2026, 3, 12, 16, 0, tzinfo=SHANGHAI)
    # 尿酸 was ordered but has no result yet, so it is not a result.
    rows = [(r.item_no, r.code, r.name, r.value_raw, r.unit, r.reference_raw, r.flag_raw) for r in report.results]
    assert rows == [
        (1, "WBC", "白细胞计数", "11.2", "10^9/L", "3.5~9.5", "H"),
        (2, "HGB", "血红蛋白", "138", "g/L", "130~175", "正常"),
        (3, "乙肝表面抗原", "乙肝表面抗原", "阳性", "", "", "阳性"),
    ]
    flags = [normalise.abnormal_flag(r.flag_raw, r.value_raw, r.reference_raw) for r in report.results]
    assert flags == [AbnormalFlag.HIGH, AbnormalFlag.NORMAL, AbnormalFlag.POSITIVE]


def test_outpatient_lab_report_has_no_visit() -> None:
    xml = fixture("lab_report_gbk.xml").replace(b'<id root="2.16.156.10011.1.12" extension="ZY-TEST-20260301"/>', b"")
    (report,) = parse_cda(xml).labs
    assert report.his_visit_id is None


def test_lab_report_without_patient_id_is_rejected() -> None:
    xml = fixture("lab_report_gbk.xml").replace(b'<id root="2.16.156.10011.1.13" extension="BA-TEST-000456"/>', b"")
    batch = parse_cda(xml)
    assert batch.labs == []
    (rejected,) = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("lab", "JY-TEST-880001")
    assert "检验报告缺少患者标识" in rejected.reason


# Refused documents -----------------------------------------------------------------------------


def test_unsupported_document_type_is_rejected_without_id_numbers_or_phones() -> None:
    batch = parse_cda(fixture("exam_report_unsupported.xml"))

    assert (batch.patients, batch.visits, batch.summaries, batch.labs) == ([], [], [], [])
    (rejected,) = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("document", "EX-TEST-0001")
    assert rejected.reason == "不支持的共享文档类型：C0006（检查报告）"
    assert rejected.payload["code"] == "C0006"
    payload = json.dumps(rejected.payload, ensure_ascii=False)
    assert "双肺纹理增粗" in payload  # the document itself is kept for the quarantine viewer
    assert ID_NUMBER not in payload and PHONE not in payload


def test_malformed_document_raises() -> None:
    with pytest.raises(CdaParseError, match="XML 格式错误"):
        parse_cda(fixture("malformed.xml"))


def test_xml_that_is_not_cda_raises() -> None:
    with pytest.raises(CdaParseError, match="不是 HL7 CDA 文档"):
        parse_cda(b"<?xml version='1.0'?><ClinicalDocument><title>no namespace</title></ClinicalDocument>")


def test_documents_with_a_dtd_are_refused() -> None:
    bomb = """<?xml version="1.0"?>
    <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
    <ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol2;</title></ClinicalDocument>"""
    with pytest.raises(CdaParseError, match="DOCTYPE"):
        parse_cda(bomb)


def test_unknown_declared_encoding_raises() -> None:
    with pytest.raises(CdaParseError, match="文档编码无法识别"):
        parse_cda(b'<?xml version="1.0" encoding="x-no-such-codec"?><ClinicalDocument xmlns="urn:hl7-org:v3"/>')


# Helpers shared with the FHIR adapter ----------------------------------------------------------


def test_summary_fields_reads_any_cda_discharge_summary() -> None:
    fields = summary_fields(fixture("discharge_summary.xml"))
    assert set(fields) == {
        "admission_condition",
        "treatment_course",
        "discharge_condition",
        "discharge_orders",
        "discharge_medication",
    }
    assert fields["discharge_condition"].startswith("胸闷心悸明显缓解")


def test_split_summary_text_by_headings_and_keeps_unheaded_text() -> None:
    fields = split_summary_text("出院小结\n入院情况：咳嗽3天\n诊疗经过: 抗感染\n出院医嘱：多饮水；出院带药：止咳糖浆")
    assert fields["admission_condition"] == "咳嗽3天"
    assert fields["treatment_course"] == "抗感染"
    assert fields["discharge_orders"] == "多饮水；"
    assert fields["discharge_medication"] == "止咳糖浆"
    assert split_summary_text("患者恢复良好。")["treatment_course"] == "患者恢复良好。"
