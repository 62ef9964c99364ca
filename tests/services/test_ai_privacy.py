"""The leak test: over every patient of a demo hospital and every AI feature that reads patient
data, nothing that identifies the patient reaches a provider marked external. The assertion is on
what the loopback server received, not on what our code meant to send.

Identifiers are also planted where real records carry them (the discharge summary's free text, the
agent's notes, the problem's description), so de-identification is tested on free text too.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from backend.clock import now
from backend.models import (
    Admission,
    DischargeSummary,
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    MedicalRecordFrontPage,
    Patient,
    Problem,
    Questionnaire,
    Staff,
)
from backend.models.choices import TaskStatus
from backend.security.crypto import decrypt
from backend.services import ai_features, demo, patients, sync
from backend.services.principal import load_principal
from integrations.his.demo import DemoHis
from tests.ai_support import configure, responder
from tests.loopback.llm import ChatLoopback

DEMO_PATIENTS = 40


def identifiers(patient: Patient, stays: list[Admission], pages: list[MedicalRecordFrontPage]) -> dict[str, str]:
    found = {"姓名": patient.name, "患者ID": patient.his_id}
    found["身份证号"] = decrypt(patient.id_number_cipher) or ""
    for n, number in enumerate(patients.phone_numbers(patient)):
        found[f"电话{n}"] = number.raw
        found[f"电话号码{n}"] = number.number
    found["住址"] = patient.address
    raw = decrypt(patient.contacts_cipher)
    for n, contact in enumerate(json.loads(raw) if raw else []):
        found[f"家属{n}"] = contact.get("name") or ""
        found[f"家属电话{n}"] = contact.get("phone") or ""
    for stay in stays:
        found[f"住院号{stay.id}"] = stay.inpatient_no
        found[f"就诊号{stay.id}"] = stay.his_visit_id
        if stay.discharged_at:
            found[f"出院日期{stay.id}"] = stay.discharged_at.date().isoformat()
    for page in pages:
        found[f"病案号{page.id}"] = str((page.fields_data or {}).get("BAH") or "")
    return {k: v for k, v in found.items() if v and len(v) >= 2 and v != "NA"}


async def test_no_identifier_of_any_demo_patient_reaches_an_external_provider(db: str, tmp_path: Path) -> None:
    await demo.seed_demo_hospital()
    dsn = f"sqlite:///{tmp_path}/his/demo_his.sqlite3"
    await demo.populate_demo_his(dsn, count=DEMO_PATIENTS, days=20)
    his = DemoHis.at(dsn)
    await sync.pull(his.source())
    await his.close()
    agent = await Staff.get(username="kefu01")
    principal = await load_principal(agent)
    template = await FollowUpTemplate.get(name="出院7天通用随访").prefetch_related("questionnaire")
    all_patients = await Patient.all().order_by("id")
    assert len(all_patients) >= DEMO_PATIENTS - 5  # the demo quarantines a few on purpose
    with ChatLoopback("deepseek") as server:
        server.responder = responder()
        await configure(server, external=True)
        checked = 0
        for patient in all_patients:
            stays = await Admission.filter(patient_id=patient.id).order_by("-admitted_at").select_related("department")
            if not stays:
                continue
            stay = stays[0]
            pages = await MedicalRecordFrontPage.filter(admission_id__in=[s.id for s in stays])
            ids = identifiers(patient, stays, pages)
            phone = decrypt(patient.phone_cipher) or ""
            id_number = ids.get("身份证号", "")
            planted = (
                f"{patient.name}，住院号{stay.inpatient_no}，身份证{id_number}，电话{phone}，住{patient.address}。"
                f"{patient.name[0]}先生于{stay.discharged_at or stay.admitted_at:%Y年%m月%d日}入出院。"
            )
            summary = await DischargeSummary.get_or_none(admission_id=stay.id)
            if summary is not None:
                summary.treatment_course = planted + summary.treatment_course
                await summary.save()
            task = await FollowUpTask.create(
                admission=stay,
                patient=patient,
                department=stay.department,
                template=template,
                step=9,
                program="centre",
                questionnaire=template.questionnaire,
                status=TaskStatus.ASSIGNED,
                assignee=agent,
                due_start=now().date(),
                due_end=now().date(),
            )
            problem = await Problem.create(
                patient=patient, department=stay.department, task=task, description=f"{planted}问药还吃不吃"
            )
            before = len(server.requests)
            brief = await ai_features.brief(principal, task.id)
            draft = await ai_features.draft_answers(principal, task.id, f"比出院时好多了。{planted}")
            await ai_features.triage(principal, problem.id)
            sent = "\n".join(m["content"] for body in server.requests[before:] for m in body["messages"])
            leaked = {kind: value for kind, value in ids.items() if value in sent}
            digits = re.sub(r"\D", "", phone)
            if digits:
                assert digits not in re.sub(r"\D", "", sent.replace(ids.get("身份证号", "#"), ""))
            assert leaked == {}, f"patient {patient.id} leaked {leaked}"
            # the answer staff read is re-identified
            assert brief["summary"].startswith(patient.name)
            assert draft["answers"][0]["evidence_found"]
            checked += 1
        assert checked == len([p for p in all_patients if await Admission.filter(patient_id=p.id).exists()])
        assert len(server.requests) == 3 * checked

        # the features without a patient of their own: comments carry names and numbers, the rest
        # carry figures, department and template names only
        before = len(server.requests)
        officer = await load_principal(await Staff.get(username="xingfeng01"))
        survey = await Questionnaire.create(
            code="leak_comment",
            title="满意度",
            program="satisfaction",
            items=[{"id": "c", "type": "text", "text": "意见"}],
        )
        everyone: dict[str, str] = {}
        for patient in all_patients:
            stays = await Admission.filter(patient_id=patient.id).select_related("department")
            if not stays:
                continue
            pages = await MedicalRecordFrontPage.filter(admission_id__in=[s.id for s in stays])
            ids = identifiers(patient, stays, pages)
            everyone.update({f"{patient.id}:{k}": v for k, v in ids.items() if not k.startswith("出院日期")})
            task = await FollowUpTask.create(
                admission=stays[0],
                patient=patient,
                department=stays[0].department,
                template=template,
                step=8,
                program="satisfaction",
                questionnaire=survey,
                status=TaskStatus.COMPLETED,
                due_start=now().date(),
                due_end=now().date(),
            )
            comment = f"我是{patient.name}，电话{decrypt(patient.phone_cipher)}，住{patient.address}，护士很好。"
            await FollowUpRecord.create(
                client_uuid=uuid.uuid4(),
                task=task,
                patient=patient,
                questionnaire=survey,
                outcome="reached",
                contacted_at=now(),
                answers={"c": comment},
            )
        analysis = await ai_features.analyse_comments(
            officer, department_id=None, period_from=now().date(), period_until=now().date()
        )
        assert analysis["count"] == checked
        await ai_features.ask_stats(principal, "今年的随访率是多少")
        await ai_features.draft_questionnaire(principal, "出院一周的通用随访")
        await ai_features.monthly_narrative(principal, now().strftime("%Y-%m"))
        assert len(server.requests) == before + 4
        sent = "\n".join(m["content"] for body in server.requests[before:] for m in body["messages"])
        leaked = {kind: value for kind, value in everyone.items() if value in sent}
        assert leaked == {}, f"leaked {leaked}"
