"""Intake, round two (issue #14): phone fields kept whole and structured, patients matched on
(assigning authority, id)."""

from __future__ import annotations

import json

from backend.models import ExamReport, Patient
from backend.security.crypto import decrypt
from backend.services import demo, patients, sync
from integrations.his import hl7
from integrations.his.base import Batch, ContactRecord, PatientRecord
from tests import factories


async def test_every_phone_of_a_field_is_kept_structured_and_an_unreadable_one_is_kept_with_its_reason(
    db: str,
) -> None:
    batch = Batch(
        patients=[
            PatientRecord(
                his_id="P-TEL1",
                name="甲",
                phone="0571-87706197-8021/１３８００１３８０００",
                contacts=(ContactRecord("乙", "女儿", "13900139000，0774-5551234"),),
            ),
            PatientRecord(his_id="P-TEL2", name="丙", phone="0571877061978021"),
        ]
    )
    await sync.store("test", batch)

    first = await Patient.get(his_id="P-TEL1")
    numbers = patients.phone_numbers(first)
    assert [(n.area_code, n.number, n.extension, n.mobile) for n in numbers] == [
        ("0571", "87706197", "8021", False),
        ("", "13800138000", "", True),
    ]
    assert decrypt(first.phone_cipher) == "0571-87706197-8021"  # the first usable number, not 0571877061978021
    contacts = json.loads(decrypt(first.contacts_cipher) or "[]")
    assert [c["phone"] for c in contacts] == ["13900139000", "0774-5551234"]
    unreadable = await Patient.get(his_id="P-TEL2")
    [kept] = patients.phone_numbers(unreadable)
    assert (kept.raw, kept.valid) == ("0571877061978021", False) and "分机号" in kept.reason
    assert unreadable.phone_cipher is None and unreadable.phones_cipher and "0571" not in unreadable.phones_cipher
    # replayed: nothing changes
    again = await sync.store("test", batch)
    assert again.updated == 0


async def test_the_same_pid3_from_two_authorities_is_two_patients_and_an_existing_feed_keeps_matching(
    db: str,
) -> None:
    await demo.seed_demo_hospital()
    # A patient stored before authorities were kept (his_authority unset), as every existing row is.
    await sync.store("hl7", Batch(patients=[PatientRecord(his_id="M1", name="张三")]))
    await Patient.filter(his_id="M1").update(his_authority=None)

    def adt(control: str, authority: str, name: str, birth: str) -> str:
        return "\r".join(
            [
                f"MSH|^~\\&|HIS|H|FU|H|20260101080000||ADT^A08|{control}|P|2.4",
                "EVN|A08|20260101080000",
                f"PID|1||M1^^^{authority}^PI||{name}||{birth}|M",
                "PV1|1|I|0101^^^^^^^^心内科",
            ]
        )

    home = hl7.parse_message(adt("C1", "HIS", "张三", "19600101"))
    other = hl7.parse_message(adt("C2", "LAB2", "李四", "19900202"))
    both = Batch()
    both.extend(home)
    both.extend(other)
    result = await sync.store("hl7", both)

    assert [r for r in result.rejected if r.entity == "patient"] == []
    stored = {p.his_id: (p.name, p.his_authority) for p in await Patient.all()}
    # the existing feed (authority HIS) claimed its patient; the other feed's M1 is another person
    assert stored == {"M1": ("张三", "HIS"), "M1^LAB2": ("李四", "LAB2")}
    # the same id from a third authority, same name and birth date as nobody: a third patient
    third = hl7.parse_message(adt("C3", "CLINIC", "王五", "19700303"))
    await sync.store("hl7", third)
    assert await Patient.filter(his_id__startswith="M1").count() == 3
    # a replay of the other feed matches its own patient and changes nothing
    assert (await sync.store("hl7", hl7.parse_message(adt("C4", "LAB2", "李四", "19900202")))).inserted == 0


async def test_an_examination_report_from_hl7_is_stored_once_with_the_stay(db: str) -> None:
    def message(control: str) -> str:
        return "\r".join(
            [
                f"MSH|^~\\&|RIS|H|FU|H|20260105080000||ORU^R01|{control}|P|2.5",
                "PID|1||E1^^^HIS^PI||赵六||19580101|M",
                "PV1|1|I|0101||||||||||||||||ZY9001",
                "OBR|1||US9001|US-ABD^腹部超声||||||||||||||||||20260104100000||US",
                "OBX|1|TX|FIND^超声所见||肝脏形态大小正常||||||F",
                "OBX|2|TX|IMP^超声提示||肝胆胰脾未见明显异常||||||F",
            ]
        )

    await factories.department(code="0101", name="心内科")
    admit = [
        "MSH|^~\\&|HIS|H|FU|H|20260101080000||ADT^A01|X0|P|2.5",
        "EVN|A01|20260101080000",
        "PID|1||E1^^^HIS^PI||赵六||19580101|M",
        "PV1|1|I|0101^^^^^^^^心内科||||||||||||||||ZY9001" + "|" * 25 + "20260101080000",
    ]
    assert (await sync.store("hl7", hl7.parse_message("\r".join(admit)))).rejected == []
    first = await sync.store("hl7", hl7.parse_message(message("X1")))
    again = await sync.store("hl7", hl7.parse_message(message("X2")))  # the RIS sends it again
    assert first.rejected == [] and again.inserted == 0
    [exam] = await ExamReport.filter(his_report_id="US9001").select_related("admission")
    assert (exam.item_name, exam.exam_type, exam.findings, exam.conclusion) == (
        "腹部超声",
        "超声",
        "肝脏形态大小正常",
        "肝胆胰脾未见明显异常",
    )
    assert exam.admission is not None and exam.admission.his_visit_id == "ZY9001"
