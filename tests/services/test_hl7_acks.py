"""What the MLLP hl7_listener answers for records intake refuses: ERR-3 codes that say why."""

from __future__ import annotations

import asyncio
import logging

import pytest

from backend.models import Department
from integrations.his.hl7 import MllpServer

VT, FS, CR = b"\x0b", b"\x1c", b"\x0d"


async def _send(port: int, message: str) -> list[list[str]]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(VT + message.encode() + FS + CR)
    await writer.drain()
    reply = await reader.readuntil(FS + CR)
    writer.close()
    await writer.wait_closed()
    return [segment.split("|") for segment in reply.strip(VT + FS + CR).decode().split("\r") if segment]


def _a01(control_id: str, department: str) -> str:
    pv1 = [""] * 45
    pv1[0:3] = ["1", "I", f"{department}^12^05"]
    pv1[9], pv1[18], pv1[43] = department, f"V-{control_id}", "20261101083000"
    return "\r".join(
        [
            f"MSH|^~\\&|HIS|中医医院|SUIFANG|FU|20261101090000||ADT^A01^ADT_A01|{control_id}|P|2.5",
            "EVN|A01|20261101090000",
            f"PID|1||P-{control_id}^^^HIS^PI||钱^七||19700101|F",
            "PV1|" + "|".join(pv1),
        ]
    )


async def test_an_unknown_department_is_answered_103_table_value_not_found_with_the_reason_logged(
    hl7_listener: MllpServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="integrations.his.hl7"):
        ack = await _send(hl7_listener.port, _a01("ACK-1", "8888"))
    msa = next(s for s in ack if s[0] == "MSA")
    err = next(s for s in ack if s[0] == "ERR")
    assert msa[1] == "AE"
    assert err[3].split("^")[:2] == ["103", "Table value not found"]  # was 102 (data type error)
    assert "科室编码 8888 未在科室维护中登记" in caplog.text  # the log line says why, not only how many


@pytest.mark.parametrize(("patient_class", "kind"), [("O", "门诊"), ("E", "急诊")])
async def test_an_outpatient_or_emergency_visit_is_skipped_with_its_reason_never_a_stay(
    hl7_listener: MllpServer, patient_class: str, kind: str
) -> None:
    from backend.models import Admission, FollowUpTask, Patient, SyncRun

    department = await Department.filter(kind="clinical").first()
    assert department is not None
    message = _a01("OUT-1", department.code).replace("PV1|1|I|", f"PV1|1|{patient_class}|")
    ack = await _send(hl7_listener.port, message)
    msa = next(s for s in ack if s[0] == "MSA")
    assert msa[1] == "AA" and "非住院就诊未建立住院记录" in msa[3]
    assert not await Admission.exists(his_visit_id="V-OUT-1") and await FollowUpTask.all().count() == 0
    assert await Patient.exists(his_id="P-OUT-1")  # the person is kept: their labs may follow
    run = await SyncRun.get(source="hl7")
    assert run.skipped == 1 and f"{kind}就诊（PV1-2={patient_class}）" in run.skip_note and "V-OUT-1" in run.skip_note


async def test_a_visit_without_pv1_2_is_refused_as_a_missing_required_field(hl7_listener: MllpServer) -> None:
    department = await Department.filter(kind="clinical").first()
    assert department is not None
    ack = await _send(hl7_listener.port, _a01("NOCLASS-1", department.code).replace("PV1|1|I|", "PV1|1||"))
    err = next(s for s in ack if s[0] == "ERR")
    assert err[2] == "PV1^1^2" and err[3].split("^")[0] == "101"
