"""HL7 v2 adapter: our fixture messages, Chinese messages built here, batches, ACKs and MLLP over real TCP."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from backend.clock import SHANGHAI
from backend.models.choices import AbnormalFlag, DiagnosisKind, DischargeDisposition, Gender
from integrations.his import normalise
from integrations.his.base import Batch, Rejected
from integrations.his.hl7 import (
    AckError,
    Hl7ParseError,
    MllpServer,
    UnsupportedMessageError,
    build_ack,
    parse,
    parse_message,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "hl7v2"
FIXTURE_FILES = sorted(p.name for p in FIXTURES.glob("*.hl7"))
VT, FS, CR = b"\x0b", b"\x1c", b"\r"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


def segment(name: str, fields: dict[int, str]) -> str:
    """A segment with the given fields at their standard positions (MSH/BHS/FHS-1 and -2 written for you)."""
    if name in ("MSH", "BHS", "FHS"):
        values = ["" for _ in range(max(fields) - 1)]
        for n, value in fields.items():
            values[n - 2] = value
        values[0] = "^~\\&"
        return f"{name}|" + "|".join(values)
    values = ["" for _ in range(max(fields, default=0))]
    for n, value in fields.items():
        values[n - 1] = value
    return "|".join([name, *values])


def message(*segments: str, separator: str = "\r") -> bytes:
    return (separator.join(segments) + separator).encode()


def msh(control_id: str, message_type: str, charset: str = "UNICODE UTF-8") -> str:
    return segment(
        "MSH",
        {3: "HIS", 4: "中医医院", 5: "SUIFANG", 6: "FU", 7: "20260105103000", 9: message_type, 10: control_id}
        | {11: "P", 12: "2.5", 18: charset},
    )


# A synthetic discharge from a Chinese TCM hospital (no real person).
ID_NUMBER = "110101199003070011"
CN_PID = segment(
    "PID",
    {
        1: "1",
        3: f"P0001^^^HIS^PI~{ID_NUMBER}^^^^NI",
        5: "张^三",
        7: "19900307",
        8: "1",
        11: "和平里1号^^北京市^^^CHN^^^东城区",
        13: "010-64000000^PRN^PH~13800138000^PRN^CP",
    },
)
CN_NK1 = segment("NK1", {1: "1", 2: "李^四", 3: "SPO^配偶", 5: "13900139000^PRN^CP"})
CN_PV1 = segment(
    "PV1",
    {
        1: "1",
        2: "I",
        3: "0301^12^05",
        7: "D001^王^医生",
        10: "0300",
        19: "V20260001",
        36: "1",
        44: "20251228090000",
        45: "20260105100000",
    },
)
CN_DG1 = [
    segment("DG1", {1: "1", 3: "I63.900^脑梗死^ICD10", 6: "F", 15: "1"}),
    segment("DG1", {1: "2", 3: "BNG080^中风病^TCM", 6: "F", 15: "2"}),
    segment("DG1", {1: "3", 3: "ZBMV^风痰阻络证^TCMS", 6: "F", 15: "3"}),
    segment("DG1", {1: "4", 3: "I10.x00^高血压^ICD10", 6: "A"}),
]


def chinese_a03(control_id: str = "CN-1", pid: str = CN_PID, pv1: str = CN_PV1) -> bytes:
    return message(
        msh(control_id, "ADT^A03^ADT_A03"), segment("EVN", {1: "A03", 2: "20260105103000"}), pid, CN_NK1, pv1, *CN_DG1
    )


def chinese_oru(control_id: str = "LIS-1") -> bytes:
    return message(
        msh(control_id, "ORU^R01^ORU_R01"),
        segment("PID", {1: "1", 3: "P0001^^^HIS^PI", 5: "张^三", 7: "19900307", 8: "M"}),
        segment("PV1", {1: "1", 2: "I", 19: "V20260001"}),
        segment("ORC", {1: "RE"}),
        segment(
            "OBR", {1: "1", 2: "REQ-9", 3: "R2026-0001", 4: "GLU^空腹血糖", 6: "20260103070000", 22: "20260103093000"}
        ),
        segment("OBX", {1: "1", 2: "NM", 3: "GLU^葡萄糖", 5: "7.8", 6: "mmol/L", 7: "3.9-6.1", 8: "H", 11: "F"}),
        segment("OBX", {1: "2", 2: "SN", 3: "K^钾", 5: "<^2.5", 6: "mmol/L", 7: "3.5-5.3", 8: "LL", 11: "F"}),
        segment("OBX", {1: "3", 2: "ST", 3: "HBSAG^乙肝表面抗原", 5: "阴性(-)", 8: "N", 11: "F"}),
        segment("SPM", {1: "1", 4: "SER^血清"}),
    )


# --- our fixture messages (tests/fixtures/hl7v2) -------------------------------------------------


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_every_fixture_parses_into_records_or_reasons(name: str) -> None:
    batch = parse_message(fixture(name))
    assert batch.fetched > 0
    for rejected in batch.rejected:
        assert rejected.reason and not rejected.reason.isascii()  # a Chinese reason
        assert set(rejected.payload) >= {"segment", "message_control_id"}


def test_fixture_files_are_all_covered() -> None:
    assert len(FIXTURE_FILES) == 8


@pytest.mark.parametrize(
    ("name", "separator"),
    [
        ("adt_a01_admit.hl7", b"\r"),
        ("adt_a01_bom_v23.hl7", b"\r"),
        ("adt_a03_discharge.hl7", b"\n"),
        ("adt_a03_no_admit_time.hl7", b"\r"),
        ("adt_a08_update.hl7", b"\r\n"),
        ("oru_r01_bad_birth_date.hl7", b"\r"),
        ("oru_r01_lab.hl7", b"\r"),
        ("oru_r01_unattached_obx.hl7", b"\n"),
    ],
)
def test_each_fixture_uses_one_segment_separator(name: str, separator: bytes) -> None:
    """The fixtures cover CR, LF and CRLF senders; the parse tests above rely on which is which."""
    raw = fixture(name)
    assert raw.endswith(separator) and raw.count(separator) >= 3
    rest = raw.replace(separator, b"")
    assert b"\r" not in rest and b"\n" not in rest
    assert raw.startswith(b"\xef\xbb\xbf") == ("bom" in name or name == "oru_r01_lab.hl7")


def test_a03_without_admit_time_keeps_patient_and_rejects_visit() -> None:
    parsed = parse(fixture("adt_a03_no_admit_time.hl7"))
    batch = parsed.batch
    assert parsed.header.control_id == "FX-A03-2" and parsed.header.label == "ADT^A03"
    [patient] = batch.patients
    assert patient.his_id == "Z9000123^HIS"  # the first id that is not a registry number (passport)
    assert (patient.name, patient.gender, patient.birth_date) == ("孙丽", Gender.FEMALE, date(1983, 8, 24))
    assert patient.deceased_at is None  # PID-30 = N
    assert batch.visits == []
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("visit", "ZY26000309")
    assert rejected.reason == "缺少入院时间（PV1-44）"
    assert rejected.payload["message_control_id"] == "FX-A03-2"
    assert rejected.payload["segment"].startswith("PV1||I|0201W1")
    assert "PR1|1||79.15^股骨骨折闭合复位内固定术" in rejected.payload["segment"]


def test_a01_maps_patient_contact_visit_diagnosis_and_operation() -> None:
    batch = parse_message(fixture("adt_a01_admit.hl7"))
    assert batch.rejected == []
    [patient] = batch.patients
    assert patient.his_id == "M0001001^HIS"  # PID-3 typed MR, not the resident ID beside it
    assert (patient.name, patient.gender, patient.birth_date) == ("刘建国", Gender.MALE, date(1958, 3, 12))
    assert patient.id_number == "330102195803120012"  # typed NI
    assert patient.phone == "13800000111/0571-88000001"  # both kept, the mobile (CP) first though listed second
    assert patient.address == "示例省示例市示例区幸福路8号"
    assert patient.deceased_at is None
    assert [(c.name, c.relation, c.phone) for c in patient.contacts] == [("刘芳", "女儿", "13800000112")]
    [visit] = batch.visits
    assert (visit.his_visit_id, visit.his_patient_id) == ("ZY26000101", "M0001001^HIS")
    assert (visit.department_code, visit.ward_code, visit.bed_no) == ("0101", "0101W1", "12")
    assert visit.admitted_at == local(2026, 1, 10, 8, 15)
    assert visit.discharged_at is None and visit.disposition is None
    assert visit.attending_name == "赵明"
    [diagnosis] = visit.diagnoses
    assert (diagnosis.code, diagnosis.name, diagnosis.kind, diagnosis.is_main) == (
        "I20.000",
        "不稳定型心绞痛",
        DiagnosisKind.WESTERN,
        True,
    )
    assert visit.operations == (
        {"seq": 1, "code": "00.66", "name": "经皮冠状动脉腔内成形术", "performed_at": "2026-01-11T10:30:00+08:00"},
    )


def test_a03_sets_the_discharge_time_and_final_diagnoses() -> None:
    batch = parse_message(fixture("adt_a03_discharge.hl7"))
    assert batch.rejected == []
    [visit] = batch.visits
    assert visit.his_visit_id == "ZY26000101"
    assert visit.admitted_at == local(2026, 1, 10, 8, 15)
    assert visit.discharged_at == datetime.fromisoformat("2026-01-20T01:30:00+00:00")  # sent in UTC
    assert visit.discharged_at.tzinfo == SHANGHAI and visit.discharged_at.hour == 9
    assert visit.disposition is DischargeDisposition.ORDERED
    assert [p.his_id for p in batch.patients] == ["M0001001^HIS"]
    # Final diagnoses supersede the admitting one; priority 1 is the principal.
    assert [(d.seq, d.kind, d.code, d.name, d.is_main) for d in visit.diagnoses] == [
        (1, DiagnosisKind.WESTERN, "I20.000", "不稳定型心绞痛", True),
        (2, DiagnosisKind.TCM_DISEASE, "BNX020", "胸痹心痛病", False),
        (3, DiagnosisKind.TCM_SYNDROME, "ZBX010", "气虚血瘀证", False),
        (4, DiagnosisKind.WESTERN, "I10.x00", "高血压", False),
    ]


def test_a08_updates_patient_and_visit_and_records_the_death() -> None:
    batch = parse_message(fixture("adt_a08_update.hl7"))
    assert batch.rejected == []
    [patient] = batch.patients
    assert (patient.his_id, patient.name) == ("M0001001^HIS", "刘建国")
    assert patient.birth_date == date(1958, 3, 12)  # the date as written, despite the +0900 offset
    assert patient.id_number is None  # PID-19 holds a number that is not a resident ID
    assert patient.deceased_at == local(2026, 2, 5, 7, 10)  # PID-29 sent in UTC
    [visit] = batch.visits
    assert (visit.bed_no, visit.discharged_at) == ("15", local(2026, 1, 20, 9, 30))
    assert [d.name for d in visit.diagnoses] == ["不稳定型心绞痛"]


def test_v23_a01_with_bom_maps_patient_contact_and_visit() -> None:
    raw = fixture("adt_a01_bom_v23.hl7")
    assert raw.startswith(b"\xef\xbb\xbf")
    parsed = parse(raw)
    assert (parsed.header.control_id, parsed.header.version) == ("FX-A01-2", "2.3")
    batch = parsed.batch
    assert batch.rejected == []
    [patient] = batch.patients
    assert (patient.his_id, patient.name, patient.gender) == ("M0002001^HIS", "周敏", Gender.FEMALE)
    assert patient.birth_date == date(1970, 6, 5)
    assert patient.id_number == "320502197006050022"  # PID-19 with the resident ID's shape
    assert patient.phone == "13800000511"
    assert patient.address == "示例省示例市人民路12号"
    assert [(c.name, c.relation, c.phone) for c in patient.contacts] == [("周杰", "儿子", "13800000512")]
    [visit] = batch.visits
    assert (visit.his_visit_id, visit.department_code, visit.ward_code, visit.bed_no) == (
        "ZY26000205",
        "0201",
        "0201W1",
        "03",
    )
    assert visit.admitted_at == datetime.fromisoformat("2026-02-12T04:55:02+07:00")
    assert visit.attending_name == "钱伟"
    assert [(d.code, d.name, d.is_main) for d in visit.diagnoses] == [("S72.000", "股骨颈骨折", True)]


def test_lab_oru_maps_two_reports_with_flags() -> None:
    batch = parse_message(fixture("oru_r01_lab.hl7"))
    assert batch.rejected == []
    assert [p.his_id for p in batch.patients] == ["M0002001^HIS"]
    first, second = batch.labs
    assert (first.his_report_id, first.his_patient_id, first.specimen) == ("L26000101", "M0002001^HIS", "全血")
    assert (first.name, first.requested_at, first.reported_at) == (
        "血常规",
        local(2026, 2, 13, 6),
        local(2026, 2, 13, 9, 29),
    )
    assert [(r.item_no, r.code, r.name, r.value_raw, r.unit, r.flag_raw) for r in first.results] == [
        (1, "WBC", "白细胞计数", "", "", ""),  # still in process (OBX-11 = I)
        (2, "RBC", "红细胞计数", "4.06", "10^12/L", "N"),  # \S\ is an escaped ^
        (3, "HGB", "血红蛋白", "", "", ""),
        (4, "HCT", "红细胞压积", "40.1", "%", "N"),
        (5, "PLT", "血小板计数", "221", "10^9/L", "N"),
    ]
    assert second.his_report_id == "L26000102"
    assert [(r.name, r.value_raw) for r in second.results][:2] == [
        ("中性粒细胞百分比", "62"),
        ("嗜酸性粒细胞百分比", "2"),
    ]
    assert {normalise.abnormal_flag(r.flag_raw, r.value_raw) for r in second.results} == {AbnormalFlag.NORMAL}


def test_oru_links_visit_and_rejects_observations_outside_any_order() -> None:
    raw = fixture("oru_r01_unattached_obx.hl7")
    batch = parse_message(raw)
    [patient] = batch.patients
    assert (patient.his_id, patient.name) == ("M0001001^HIS", "刘建国")  # PID-3 typed PI
    [report] = batch.labs
    assert (report.his_report_id, report.his_visit_id, report.specimen) == ("L26000201", "ZY26000101", "血清")
    assert report.requested_at == datetime.fromisoformat("2026-01-12T17:00:00+02:00")
    assert report.reported_at == datetime.fromisoformat("2026-01-13T07:30:00+02:00")
    assert [(r.code, r.value_raw, r.unit, r.reference_raw, r.flag_raw) for r in report.results] == [
        ("HBSAG", "阳性", "", "阴性", "A"),  # CWE value: its text
        ("ECG", "http://pacs.example/ecg/1", "", "", ""),  # RP: the pointer
        ("HRV", "76; 74", "", "", ""),  # two repetitions
    ]
    assert [(r.entity, r.reason) for r in batch.rejected] == [
        ("lab_result", "检验结果不属于任何检验报告（OBX 之前没有 OBR）"),
        ("lab_result", "检验结果不属于任何检验报告（OBX 之前没有 OBR）"),
    ]
    assert batch.rejected[1].payload["segment"].startswith("OBX||ED|")


def test_invalid_birth_date_is_a_rejected_patient_not_an_exception() -> None:
    raw = fixture("oru_r01_bad_birth_date.hl7")
    assert b"\n" not in raw  # CR separators only
    batch = parse_message(raw)
    assert batch.patients == []
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("patient", "M0009001")
    assert rejected.reason == "出生日期格式无法识别：195203350"
    assert rejected.payload["location"] == "PID-7"
    assert rejected.payload["message_control_id"] == "FX-ORU-3"
    assert "13800000911" not in rejected.payload["segment"]  # the phone is masked in the quarantine
    # The lab report is still delivered: intake files it if the patient is known, else quarantines it.
    [report] = batch.labs
    assert (report.his_report_id, report.his_patient_id, report.name) == ("L26000301", "M0009001", "空腹血糖")
    assert [(r.code, r.value_raw, r.unit, r.reference_raw, r.flag_raw) for r in report.results] == [
        ("GLU", "6.9", "mmol/L", "3.9_6.1", "H"),  # SN '^6.9' -> '6.9'
        ("GLU2", "7.1", "mmol/L", "3.9_6.1", "H"),
    ]
    assert normalise.abnormal_flag(report.results[0].flag_raw) is AbnormalFlag.HIGH


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_cr_lf_crlf_and_bom_variants_give_identical_batches(name: str) -> None:
    text = fixture(name).decode("utf-8").removeprefix("\ufeff")
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    variants = [
        "\r".join(lines) + "\r",
        "\n".join(lines) + "\n",
        "\r\n".join(lines),
        "\ufeff" + "\r".join(lines),
    ]
    batches = [parse_message(v.encode()) for v in variants] + [parse_message(variants[1])]
    assert all(b == batches[0] for b in batches[1:])


# --- Chinese messages ----------------------------------------------------------------------------


def test_chinese_discharge_maps_every_field() -> None:
    batch = parse_message(chinese_a03())
    assert batch.rejected == []
    [patient] = batch.patients
    assert (patient.his_id, patient.name, patient.gender) == ("P0001^HIS", "张三", Gender.MALE)
    assert patient.id_number == ID_NUMBER
    assert patient.phone == "13800138000/010-64000000"  # both kept, the mobile first though listed second
    assert patient.address == "北京市东城区和平里1号"
    assert [(c.name, c.relation, c.phone) for c in patient.contacts] == [("李四", "配偶", "13900139000")]
    [visit] = batch.visits
    assert (visit.his_visit_id, visit.department_code, visit.ward_code, visit.bed_no) == (
        "V20260001",
        "0300",
        "0301",
        "05",
    )
    assert (visit.admitted_at, visit.discharged_at) == (local(2025, 12, 28, 9), local(2026, 1, 5, 10))
    assert visit.disposition is DischargeDisposition.ORDERED
    assert visit.attending_name == "王医生"
    # Final diagnoses supersede the admitting one; kinds follow the coding system.
    assert [(d.seq, d.kind, d.code, d.name, d.is_main) for d in visit.diagnoses] == [
        (1, DiagnosisKind.WESTERN, "I63.900", "脑梗死", True),
        (2, DiagnosisKind.TCM_DISEASE, "BNG080", "中风病", False),
        (3, DiagnosisKind.TCM_SYNDROME, "ZBMV", "风痰阻络证", False),
    ]


def test_gb18030_message_is_decoded() -> None:
    raw = chinese_a03().decode().replace("UNICODE UTF-8", "GB 18030-2000").encode("gb18030")
    parsed = parse(raw)
    assert parsed.header.encoding == "gb18030"
    assert parsed.batch.patients[0].name == "张三"
    undeclared = chinese_a03().decode().replace("UNICODE UTF-8", "").encode("gbk")
    assert parse_message(undeclared).patients[0].name == "张三"


def test_escape_sequences_are_decoded() -> None:
    pid = CN_PID.replace("张^三", "O\\T\\BRIEN^JOHN")
    assert parse_message(chinese_a03(pid=pid)).patients[0].name == "O&BRIEN JOHN"


def test_wrong_id_check_digit_rejects_patient_and_masks_the_payload() -> None:
    pid = CN_PID.replace(ID_NUMBER, ID_NUMBER[:-1] + "9")
    batch = parse_message(chinese_a03(pid=pid))
    assert batch.patients == []
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id, rejected.reason) == ("patient", "P0001^HIS", "身份证号校验位错误")
    segment_text = rejected.payload["segment"]
    assert ID_NUMBER[:-1] not in segment_text and "13800138000" not in segment_text
    assert segment_text.startswith("PID|1||P0001^^^HIS^PI~***^^^^NI||张^三")
    assert [v.his_visit_id for v in batch.visits] == ["V20260001"]  # intake decides if the patient exists


def test_missing_patient_id_rejects_patient_and_visit() -> None:
    pid = CN_PID.replace(f"P0001^^^HIS^PI~{ID_NUMBER}^^^^NI", "")
    batch = parse_message(chinese_a03(control_id="CN-2", pid=pid))
    assert batch.patients == [] and batch.visits == []
    assert [(r.entity, r.external_id, r.reason) for r in batch.rejected] == [
        ("patient", "CN-2/PID", "缺少患者标识（PID-3）"),
        ("visit", "V20260001", "缺少患者标识（PID-3），就诊无法关联患者"),
    ]


def test_missing_visit_number_rejects_visit() -> None:
    batch = parse_message(chinese_a03(control_id="CN-3", pv1=CN_PV1.replace("V20260001", "")))
    assert [p.his_id for p in batch.patients] == ["P0001^HIS"]
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id, rejected.reason) == ("visit", "CN-3/PV1", "缺少就诊号（PV1-19）")


def test_a03_without_discharge_time_uses_the_event_time() -> None:
    pv1 = CN_PV1.replace("|20260105100000", "|")
    [visit] = parse_message(chinese_a03(pv1=pv1)).visits
    assert visit.discharged_at == local(2026, 1, 5, 10, 30)  # EVN-2


def test_death_indicator_without_time_uses_the_event_time() -> None:
    pid = segment("PID", {3: "P0001^^^HIS^PI", 5: "张^三", 30: "Y"})
    [patient] = parse_message(chinese_a03(pid=pid)).patients
    assert patient.deceased_at == local(2026, 1, 5, 10, 30)


def test_chinese_lab_report_maps_values_ranges_and_flags() -> None:
    batch = parse_message(chinese_oru())
    assert batch.rejected == []
    [report] = batch.labs
    assert (report.his_report_id, report.his_patient_id, report.his_visit_id) == (
        "R2026-0001",
        "P0001^HIS",
        "V20260001",
    )
    assert (report.name, report.specimen) == ("空腹血糖", "血清")
    assert (report.requested_at, report.reported_at) == (local(2026, 1, 3, 7), local(2026, 1, 3, 9, 30))
    assert [(r.name, r.value_raw, r.reference_raw, r.flag_raw) for r in report.results] == [
        ("葡萄糖", "7.8", "3.9-6.1", "H"),
        ("钾", "<2.5", "3.5-5.3", "LL"),
        ("乙肝表面抗原", "阴性(-)", "", "N"),
    ]
    flags = [normalise.abnormal_flag(r.flag_raw, r.value_raw, r.reference_raw) for r in report.results]
    assert flags == [AbnormalFlag.HIGH, AbnormalFlag.CRITICAL, AbnormalFlag.NORMAL]


def test_patientless_obr_is_rejected() -> None:
    raw = chinese_oru().decode().split("\r")
    without_pid = "\r".join(line for line in raw if not line.startswith("PID")).encode()
    batch = parse_message(without_pid)
    assert batch.labs == []
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("lab", "R2026-0001")
    assert rejected.reason == "检验报告缺少患者（之前没有带 PID-3 的 PID 段）"
    assert rejected.payload["segment"].count("OBX|") == 3  # the results go to quarantine with it


# --- unreadable and unsupported messages ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "消息为空"),
        (b"\r\n\r\n", "消息为空"),
        (b"hello, this is not HL7", "不是 HL7 v2 消息：第一段应为 MSH（或批次头 FHS/BHS）"),
        (b"MSH|^~|HIS|X", "MSH-2 编码字符无效：^~"),
        (b"\xff\xfe\x00M\x00S\x00H", "消息编码无法识别（尝试了 utf-8、gb18030）"),
    ],
)
def test_unreadable_message_raises_with_a_chinese_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(Hl7ParseError) as caught:
        parse_message(raw)
    assert caught.value.reason == reason


def test_adt_without_pid_is_unreadable() -> None:
    with pytest.raises(Hl7ParseError, match="缺少 PID 段") as caught:
        parse_message(message(msh("X-1", "ADT^A01"), segment("PV1", {19: "V1"})))
    assert caught.value.header is not None and caught.value.header.control_id == "X-1"


def test_unsupported_message_type_raises() -> None:
    with pytest.raises(UnsupportedMessageError) as caught:
        parse_message(message(msh("X-2", "ORM^O01"), segment("PID", {3: "P1", 5: "A"})))
    assert caught.value.reason.startswith("不支持的消息类型：ORM^O01")
    assert caught.value.error_code == "200"


# --- cancellations (A11 cancel admit, A13 cancel discharge) --------------------------------------


def cancel(control_id: str, event: str, pv1: str = CN_PV1, evn_time: str = "20260106080000") -> bytes:
    """An A11/A13 as interface engines send it: the PV1 of the stay, still holding what is withdrawn."""
    structure = {"A11": "ADT_A09", "A13": "ADT_A01"}[event]
    return message(msh(control_id, f"ADT^{event}^{structure}"), segment("EVN", {1: event, 2: evn_time}), CN_PID, pv1)


def test_a13_is_a_discharge_cancellation_not_a_discharge() -> None:
    batch = parse_message(cancel("CN-13", "A13"))
    assert batch.rejected == [] and batch.visits == []  # PV1-45 (the withdrawn discharge) is not read
    assert [p.his_id for p in batch.patients] == ["P0001^HIS"]
    [cancellation] = batch.cancellations
    assert (cancellation.his_visit_id, cancellation.his_patient_id, cancellation.event) == (
        "V20260001",
        "P0001^HIS",
        "discharge",
    )
    assert cancellation.updated_at == local(2026, 1, 6, 8) and cancellation.entity == "cancel_discharge"
    assert batch.fetched == 2


def test_a11_cancels_the_admission_and_v22_senders_name_it_in_evn() -> None:
    [cancellation] = parse_message(cancel("CN-11", "A11")).cancellations
    assert cancellation.event == "admission" and cancellation.entity == "cancel_admission"
    # v2.2: MSH-9 is only "ADT", the event is in EVN-1.
    v22 = cancel("CN-11b", "A11").replace(b"ADT^A11^ADT_A09", b"ADT")
    assert parse_message(v22).cancellations == [cancellation]


def test_cancellation_without_a_visit_number_is_rejected_with_its_location() -> None:
    pv1 = CN_PV1.replace("|V20260001|", "||")
    batch = parse_message(cancel("CN-13x", "A13", pv1=pv1))
    assert batch.cancellations == [] and [p.his_id for p in batch.patients] == ["P0001^HIS"]
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.reason) == ("cancel_discharge", "撤销出院消息缺少就诊号（PV1-19）")
    assert rejected.payload["location"] == "PV1-19" and rejected.payload["error_code"] == "101"
    without_pv1 = message(msh("CN-13y", "ADT^A13^ADT_A01"), segment("EVN", {1: "A13"}), CN_PID)
    [rejected] = parse_message(without_pv1).rejected
    assert (rejected.external_id, rejected.payload["location"]) == ("CN-13y/PV1", "PV1")


# --- batches -------------------------------------------------------------------------------------


def batch_of(*messages: bytes, count: int | None = None) -> bytes:
    header = segment("BHS", {3: "HIS", 5: "SUIFANG", 11: "B-1"})
    body = b"".join(m if m.endswith((b"\r", b"\n")) else m + b"\r" for m in messages)
    total = len(messages) if count is None else count
    return header.encode() + b"\r" + body + segment("BTS", {1: str(total)}).encode() + b"\r"


def test_bhs_batch_of_two_messages_yields_both() -> None:
    parsed = parse(batch_of(chinese_a03(), fixture("oru_r01_lab.hl7").removeprefix(b"\xef\xbb\xbf")))
    assert parsed.header.control_id == "B-1" and parsed.messages == 2
    assert parsed.batch.rejected == []
    assert [p.his_id for p in parsed.batch.patients] == ["P0001^HIS", "M0002001^HIS"]
    assert [v.his_visit_id for v in parsed.batch.visits] == ["V20260001"]
    assert [r.his_report_id for r in parsed.batch.labs] == ["L26000101", "L26000102"]


def test_fhs_file_with_a_batch_is_read() -> None:
    fhs = segment("FHS", {3: "HIS", 5: "SUIFANG", 7: "20260105", 11: "F-1"})
    inner = batch_of(chinese_a03("CN-1"), chinese_a03("CN-2"))
    raw = fhs.encode() + b"\n" + inner.replace(b"\r", b"\n") + b"FTS|1\n"
    batch = parse_message(raw)
    assert batch.rejected == [] and len(batch.patients) == 2


def test_batch_keeps_good_messages_and_rejects_the_bad_one() -> None:
    unsupported = message(msh("X-9", "SIU^S12"), segment("PID", {3: "P1", 5: "A"}))
    batch = parse_message(batch_of(chinese_a03(), unsupported))
    assert [p.his_id for p in batch.patients] == ["P0001^HIS"]
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("message", "X-9")
    assert rejected.reason.startswith("不支持的消息类型：SIU^S12")


def test_batch_with_fewer_messages_than_declared_is_flagged() -> None:
    batch = parse_message(batch_of(chinese_a03(), count=3))
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.reason) == ("batch", "BTS 声明批次消息数 3，实际 1，可能有消息丢失")


# --- acknowledgements ----------------------------------------------------------------------------


def ack_segments(ack: bytes) -> dict[str, list[list[str]]]:
    result: dict[str, list[list[str]]] = {}
    for line in ack.decode().strip("\r").split("\r"):
        fields = line.split("|")
        result.setdefault(fields[0], []).append(fields)
    return result


def test_ack_swaps_applications_and_echoes_the_control_id() -> None:
    header = parse(chinese_a03()).header
    ack = ack_segments(build_ack(header.control_id, "AA", "已接收", original=header))
    msh_fields = ack["MSH"][0]
    assert msh_fields[1] == "^~\\&"
    assert msh_fields[2:6] == ["SUIFANG", "FU", "HIS", "中医医院"]  # MSH-3..6
    assert msh_fields[8] == "ACK^A03^ACK" and msh_fields[11] == "2.5"
    assert ack["MSA"] == [["MSA", "AA", "CN-1", "已接收"]]
    assert "ERR" not in ack


def test_ack_error_lists_reasons_with_locations_and_escapes_text() -> None:
    errors = [AckError("出生日期格式无法识别：1962|03", "PID-7", "102"), "其他原因"]
    ack = ack_segments(build_ack("C-1", "AE", "部分记录被拒收 a^b", errors=errors))
    assert ack["MSA"] == [["MSA", "AE", "C-1", "部分记录被拒收 a\\S\\b"]]
    assert ack["ERR"][0][2:5] == ["PID^1^7", "102^Data type error^HL70357", "E"]
    assert ack["ERR"][0][8] == "出生日期格式无法识别：1962\\F\\03"
    assert ack["ERR"][1][8] == "其他原因"


def test_ar_without_errors_still_has_an_err_segment() -> None:
    ack = ack_segments(build_ack("", "AR", "不是 HL7 v2 消息"))
    assert ack["MSA"][0][1] == "AR" and ack["ERR"][0][8] == "不是 HL7 v2 消息"


# --- MLLP over a real socket ---------------------------------------------------------------------


async def read_ack(reader: asyncio.StreamReader) -> dict[str, list[list[str]]]:
    async with asyncio.timeout(10):
        frame = await reader.readuntil(FS + CR)
    assert frame.startswith(VT)
    return ack_segments(frame[1:-2])


async def test_mllp_answers_aa_ae_ar_on_one_connection_across_partial_reads() -> None:
    received: list[Batch] = []

    async def on_batch(batch: Batch) -> None:
        received.append(batch)

    good = chinese_a03("GOOD-1")
    pid = CN_PID.replace("|19900307|", "|19901399|")  # month 13: a rejected patient
    partly_bad = chinese_a03("BAD-2", pid=pid)
    garbage = b"this is not an HL7 message at all"
    stream = b"".join(VT + m + FS + CR for m in (good, partly_bad, garbage))
    async with MllpServer(on_batch, port=0) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        try:
            # Small pieces, and every FS sent apart from its CR: frames arrive split at any byte.
            cuts = sorted(
                {*range(0, len(stream), 7), *(i + 1 for i, b in enumerate(stream) if b == FS[0]), len(stream)}
            )
            for start, end in itertools.pairwise(cuts):
                writer.write(stream[start:end])
                await writer.drain()
            first, second, third = [await read_ack(reader) for _ in range(3)]
        finally:
            writer.close()
            await writer.wait_closed()
    assert first["MSA"][0][1:3] == ["AA", "GOOD-1"]
    assert second["MSA"][0][1:3] == ["AE", "BAD-2"]
    assert second["ERR"][0][2] == "PID^1^7"
    assert second["ERR"][0][8] == "患者 P0001\\S\\HIS：出生日期格式无法识别：19901399"
    assert third["MSA"][0][1] == "AR"
    assert third["ERR"][0][8] == "不是 HL7 v2 消息：第一段应为 MSH（或批次头 FHS/BHS）"
    # Both readable messages were handed on (the second with its rejection, for the quarantine).
    assert received == [parse_message(good), parse_message(partly_bad)]
    assert received[0].rejected == [] and [r.entity for r in received[1].rejected] == ["patient"]


async def test_mllp_answers_ae_when_the_handler_fails_and_ar_as_soon_as_a_message_is_too_big() -> None:
    async def failing(batch: Batch) -> None:
        raise RuntimeError("database down")

    server = MllpServer(failing, max_message_bytes=4096)
    host, port = await server.start("127.0.0.1", 0)
    try:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(VT + chinese_a03("FAIL-1") + FS + CR)
        await writer.drain()
        failed = await read_ack(reader)
        huge = chinese_a03("HUGE-1") + segment("NTE", {3: "x" * 10_000}).encode() + b"\r"
        writer.write(VT + huge[:6000])  # the AR comes before the sender has finished
        await writer.drain()
        too_big = await read_ack(reader)
        writer.write(huge[6000:] + FS + CR + b"\n" + VT + chinese_a03("AFTER-1") + FS + CR)
        await writer.drain()
        after = await read_ack(reader)  # the rest of the big message was skipped, the next one read
        writer.close()
        await writer.wait_closed()
    finally:
        await server.stop()
    assert failed["MSA"][0][1:4] == ["AE", "FAIL-1", "接收方处理失败，请稍后重发"]
    assert failed["ERR"][0][3].startswith("207^")
    assert too_big["MSA"][0][1:4] == ["AR", "HUGE-1", "消息超过 4096 字节上限"]
    assert after["MSA"][0][1:3] == ["AE", "AFTER-1"]


async def test_mllp_answers_ae_with_the_records_the_handler_refused() -> None:
    async def on_batch(batch: Batch) -> list[Rejected]:
        # As intake does: what the mapping rejected, plus what the database refused.
        return [*batch.rejected, Rejected("cancel_discharge", "V404", "住院记录 V404 不存在，无法撤销出院", {})]

    async with MllpServer(on_batch, port=0) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        try:
            writer.write(VT + cancel("C-404", "A13") + FS + CR)
            await writer.drain()
            ack = await read_ack(reader)
        finally:
            writer.close()
            await writer.wait_closed()
    assert ack["MSA"][0][1:4] == ["AE", "C-404", "已接收 1 条，拒收 1 条"]
    [err] = ack["ERR"]
    assert err[8] == "撤销出院 V404：住院记录 V404 不存在，无法撤销出院"


async def test_mllp_stop_closes_open_connections() -> None:
    async def on_batch(batch: Batch) -> None:
        return None

    server = MllpServer(on_batch, port=0)
    await server.start()
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(VT + chinese_a03("OPEN-1") + FS + CR)
    await writer.drain()
    assert (await read_ack(reader))["MSA"][0][1] == "AA"
    await server.stop()
    async with asyncio.timeout(10):
        assert await reader.read() == b""  # the server closed its side
    writer.close()
    await writer.wait_closed()


def test_record_equality_is_by_value() -> None:
    # The variant test above relies on dataclass equality of whole batches.
    batch = parse_message(chinese_a03())
    assert batch == parse_message(chinese_a03())
    assert replace(batch.patients[0], name="x") != batch.patients[0]


def test_an_hl7_birth_date_of_year_1013_is_a_rejected_patient_at_pid_7() -> None:
    raw = (
        "MSH|^~\\&|HIS|中医医院|SUIFANG|FU|20260101083000||ADT^A01^ADT_A01|BD-1|P|2.5\r"
        "PID|1||P-BD^^^HIS^PI||赵^六||10131113|F\r"
    ).encode()
    batch = parse_message(raw)
    assert batch.patients == []
    [rejected] = batch.rejected
    assert (rejected.entity, rejected.external_id) == ("patient", "P-BD^HIS")
    assert rejected.reason == "出生日期超出合理范围（1890 年至今天）：1013-11-13"
    assert rejected.payload["location"] == "PID-7"


def test_an_oru_without_obr_6_and_22_is_dated_by_obr_7_or_its_results() -> None:
    def oru(obr7: str, obx14: str, obx19: str) -> bytes:
        return (
            "MSH|^~\\&|LIS|中医医院|SUIFANG|FU|20261101090000||ORU^R01^ORU_R01|LAB-1|P|2.5\r"
            "PID|1||P-LAB^^^HIS^PI||孙^八||19700101|M\r"
            f"OBR|1||R-1|GLU^葡萄糖|||{obr7}\r"
            f"OBX|1|NM|GLU^葡萄糖||5.2|mmol/L|3.9-6.1||||F|||{obx14}|||||{obx19}\r"
            f"OBX|2|NM|TG^甘油三酯||1.1|mmol/L|0.5-1.7||||F|||{obx14 and '20261101071500'}|||||bad\r"
        ).encode()

    [report] = parse_message(oru("20261101063000", "", "")).labs
    assert report.requested_at is not None and report.requested_at.strftime("%H:%M") == "06:30"
    [report] = parse_message(oru("", "20261101070000", "20261101100500")).labs
    assert report.requested_at is not None and report.requested_at.strftime("%H:%M") == "07:00"
    assert report.reported_at is not None and report.reported_at.strftime("%H:%M") == "10:05"
    assert len(report.results) == 2  # an unreadable OBX-19 costs neither the report nor a result


def test_an_examination_oru_is_filed_as_a_report_with_findings_and_impression() -> None:
    """OBR-24 names the service section: RAD/US/EC... are 检查 reports, not lab results."""
    raw = message(
        msh("RIS-1", "ORU^R01^ORU_R01"),
        CN_PID,
        segment("PV1", {1: "1", 2: "I", 19: "V20260001"}),
        segment(
            "OBR",
            {1: "1", 2: "A26001", 3: "R26001", 4: "CT-HEAD^头颅CT平扫", 15: "^^^HEAD&头颅"}
            | {22: "20260103153000", 24: "CT", 32: "D017&赵&磊"},
        ),
        segment("OBX", {1: "1", 2: "TX", 3: "18782-3&GDT^影像所见^LN", 5: "左侧基底节区见斑片状低密度影", 11: "F"}),
        segment("OBX", {1: "2", 2: "TX", 3: "19005-8&IMP^诊断意见^LN", 5: "左侧基底节区腔隙性脑梗死", 11: "F"}),
        segment("OBR", {1: "2", 3: "E26002", 4: "ECG^常规心电图", 22: "20260104090000", 24: "EC"}),
        segment("OBX", {1: "1", 2: "ST", 3: "CONC^心电图结论", 5: "窦性心律~正常心电图", 11: "F"}),
        segment("OBR", {1: "3", 3: "L26003", 4: "GLU^血糖", 24: "CH"}),
        segment("OBX", {1: "1", 2: "NM", 3: "GLU^葡萄糖", 5: "5.6", 6: "mmol/L", 11: "F"}),
        segment("OBR", {1: "4", 4: "US^腹部超声", 24: "US"}),  # no report id: refused, the rest kept
    )
    batch = parse_message(raw)
    ct, ecg = batch.exams
    assert (ct.his_report_id, ct.his_patient_id, ct.his_visit_id) == ("R26001", "P0001^HIS", "V20260001")
    assert (ct.item_name, ct.exam_type, ct.body_part, ct.reporting_doctor) == ("头颅CT平扫", "CT", "头颅", "赵磊")
    assert (ct.findings, ct.conclusion) == ("左侧基底节区见斑片状低密度影", "左侧基底节区腔隙性脑梗死")
    assert ct.reported_at == local(2026, 1, 3, 15, 30)
    assert (ecg.exam_type, ecg.findings, ecg.conclusion) == ("心电图", "", "窦性心律; 正常心电图")
    [lab] = batch.labs
    assert lab.his_report_id == "L26003" and [r.value_raw for r in lab.results] == ["5.6"]
    [refused] = batch.rejected
    assert (refused.entity, refused.reason) == ("exam", "缺少报告单号（OBR-3/OBR-2）")
