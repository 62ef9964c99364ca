"""短信: one message per key, the send-time rules (sending hours, daily cap, do-not-contact,
invalid numbers), receipts, replies with 退订, and campaigns matched, scheduled and run."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from backend import clock
from backend.clock import SHANGHAI
from backend.models import Patient, SmsBatch, SmsMessage, SmsReply, SmsTemplate
from backend.models.choices import SmsBatchStatus, SmsCategory, SmsStatus
from backend.security.crypto import decrypt
from backend.services import sms
from backend.services.errors import InvalidInput
from backend.services.principal import load_principal
from integrations.sms.base import DeliveryReport, InboundSms
from integrations.sms.simulator import SimulatorSms
from tests import factories

MORNING = datetime(2026, 11, 26, 9, 30, tzinfo=SHANGHAI)


@pytest.fixture
def gateway() -> Iterator[SimulatorSms]:
    simulator = SimulatorSms()
    sms.set_gateway(simulator)
    yield simulator
    sms.set_gateway(None)


@pytest.fixture
async def template(db: str) -> SmsTemplate:
    return await SmsTemplate.create(
        code="recheck",
        name="复查提醒",
        category=SmsCategory.RECHECK,
        provider_template_code="SMS_15305001",
        sign_name="示范市中医医院",
        content="${name}您好，${hospital}提醒您按时复查。回T退订",
        variables=["name", "hospital"],
    )


async def _message(template: SmsTemplate, key: str = "k1", **patient_kwargs: object) -> SmsMessage:
    dept = await factories.department("心血管内科", code=f"01{key[-2:]}")
    patient = await factories.patient(dept, **patient_kwargs)  # type: ignore[arg-type]
    return await sms.enqueue(
        dedupe_key=key, patient=patient, template=template, params=await sms.params_for(template, patient)
    )


async def test_a_key_makes_one_message_and_it_is_sent_once(template: SmsTemplate, gateway: SimulatorSms) -> None:
    with clock.frozen_at(MORNING):
        first = await _message(template, "k01")
        again = await sms.enqueue(
            dedupe_key="k01", patient=await Patient.get(id=first.patient_id), template=template, params={}
        )
        assert again.id == first.id
        assert (await sms.send_message(first.id)).status is SmsStatus.SUBMITTED
        assert (await sms.send_message(first.id)).status is SmsStatus.SUBMITTED  # a re-run job: nothing sent
    assert len(gateway.sent) == 1
    sent = gateway.sent[0]
    assert sent.out_id == "k01" and sent.template_code == "SMS_15305001"
    assert sent.params["hospital"] and sent.content.endswith("回T退订") and "${" not in sent.content
    row = await SmsMessage.get(id=first.id)
    assert row.attempts == 1 and row.biz_id and row.submitted_at == MORNING


async def test_a_template_variable_left_empty_is_refused_before_anything_is_stored(template: SmsTemplate) -> None:
    dept = await factories.department("心血管内科", code="0101")
    patient = await factories.patient(dept)
    with pytest.raises(InvalidInput, match="缺少变量：hospital"):
        await sms.enqueue(dedupe_key="x", patient=patient, template=template, params={"name": "张三"})
    assert await SmsMessage.all().count() == 0


async def test_outside_sending_hours_the_message_waits_for_the_next_window(
    template: SmsTemplate, gateway: SimulatorSms
) -> None:
    late = datetime(2026, 11, 26, 21, 30, tzinfo=SHANGHAI)
    with clock.frozen_at(late):
        message = await _message(template, "k02")
        assert (await sms.send_message(message.id)).status is SmsStatus.PENDING
    assert gateway.sent == []
    row = await SmsMessage.get(id=message.id)
    assert row.next_attempt_at == datetime(2026, 11, 27, 8, 0, tzinfo=SHANGHAI)
    with clock.frozen_at(datetime(2026, 11, 27, 8, 0, tzinfo=SHANGHAI)):
        assert (await sms.send_message(message.id)).status is SmsStatus.SUBMITTED
    assert len(gateway.sent) == 1


async def test_the_daily_cap_per_number_defers_the_next_message_to_tomorrow(
    template: SmsTemplate, gateway: SimulatorSms, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings.sms, "daily_cap_per_number", 2)
    dept = await factories.department("心血管内科", code="0101")
    patient = await factories.patient(dept, phone="13912345678")
    with clock.frozen_at(MORNING):
        ids = []
        for n in range(3):
            message = await sms.enqueue(
                dedupe_key=f"cap{n}", patient=patient, template=template, params=await sms.params_for(template, patient)
            )
            ids.append(message.id)
            await sms.send_message(message.id)
    assert len(gateway.sent) == 2
    third = await SmsMessage.get(id=ids[2])
    assert third.status is SmsStatus.PENDING and "今日已达发送上限" in third.error_message
    assert third.next_attempt_at == datetime(2026, 11, 27, 8, 0, tzinfo=SHANGHAI)


async def test_do_not_contact_and_deceased_are_skipped_at_send_time(
    template: SmsTemplate, gateway: SimulatorSms
) -> None:
    with clock.frozen_at(MORNING):
        refused = await _message(template, "k03")
        dead = await _message(template, "k04")
        # planned while eligible, changed before sending
        await Patient.filter(id=refused.patient_id).update(do_not_contact=True)
        await Patient.filter(id=dead.patient_id).update(deceased_at=MORNING)
        assert (await sms.send_message(refused.id)).status is SmsStatus.SKIPPED
        assert (await sms.send_message(dead.id)).status is SmsStatus.SKIPPED
    assert gateway.sent == []
    assert (await SmsMessage.get(id=dead.id)).error_message == "患者已故"


async def test_an_illegal_number_fails_the_message_and_marks_the_number_invalid(
    template: SmsTemplate, gateway: SimulatorSms
) -> None:
    with clock.frozen_at(MORNING):
        message = await _message(template, "k05", phone="13900000000")
        assert (await sms.send_message(message.id)).status is SmsStatus.FAILED
    row = await SmsMessage.get(id=message.id)
    assert row.error_code == "isv.MOBILE_NUMBER_ILLEGAL"
    assert (await Patient.get(id=message.patient_id)).phone_invalid_at == MORNING


async def test_receipts_settle_messages_once_and_by_out_id(template: SmsTemplate, gateway: SimulatorSms) -> None:
    with clock.frozen_at(MORNING):
        ok = await _message(template, "k06")
        bad = await _message(template, "k07")
        await sms.send_message(ok.id)
        await sms.send_message(bad.id)
        reports = [
            DeliveryReport(phone="", out_id="k06", biz_id="B1^0", delivered=True, code="DELIVERED"),
            DeliveryReport(phone="", out_id="k07", biz_id="B2^0", delivered=False, code="UNDELIV", message="空号"),
        ]
        assert await sms.apply_reports(reports) == 2
        assert await sms.apply_reports(reports) == 0  # Aliyun retries a push: nothing changes twice
    assert (await SmsMessage.get(id=ok.id)).status is SmsStatus.DELIVERED
    failed = await SmsMessage.get(id=bad.id)
    assert (failed.status, failed.error_code, failed.error_message) == (SmsStatus.FAILED, "UNDELIV", "空号")


async def test_a_reply_td_sets_do_not_contact_and_a_repeated_push_is_stored_once(db: str) -> None:
    dept = await factories.department("心血管内科", code="0101")
    patient = await factories.patient(dept, phone="13912340000")
    replies = [
        InboundSms(phone="13912340000", content=" td ", sent_at=MORNING, sequence_id="900001"),
        InboundSms(phone="13700000001", content="好的，谢谢", sent_at=MORNING, sequence_id="900002"),
    ]
    assert await sms.apply_replies(replies) == 2
    assert await sms.apply_replies(replies) == 0
    refreshed = await Patient.get(id=patient.id)
    assert refreshed.do_not_contact and refreshed.do_not_contact_reason == "短信回复退订"
    linked = await SmsReply.get(provider_id="900001")
    assert linked.patient_id == patient.id and linked.opted_out
    assert (await SmsReply.get(provider_id="900002")).patient_id is None  # an unknown number is kept, unlinked


async def test_a_campaign_matches_schedules_and_runs_once_per_run(template: SmsTemplate, gateway: SimulatorSms) -> None:
    with clock.frozen_at(MORNING):
        cardiology = await factories.department("心血管内科", code="0101")
        other = await factories.department("骨科", code="0202")
        matched = [await factories.patient(cardiology, discharged_days_ago=d) for d in (3, 10)]
        await factories.patient(cardiology, discharged_days_ago=60)  # outside the discharge window
        await factories.patient(other, discharged_days_ago=3)  # another department
        opted_out = await factories.patient(cardiology, discharged_days_ago=4)
        await Patient.filter(id=opted_out.id).update(do_not_contact=True)
        doctor = await factories.staff("doctor", cardiology, username="doc")
        principal = await load_principal(doctor)
        query = {
            "rules": {"departments": ["0101"]},
            "discharged_from": (MORNING - timedelta(days=30)).date().isoformat(),
            "discharged_until": MORNING.date().isoformat(),
        }
        assert await sms.match_patients(principal, query) == sorted(p.id for p in matched)
        batch = await SmsBatch.create(name="复查提醒", template=template, query=query, created_by=doctor)
        batch = await sms.schedule_batch(principal, batch)
        assert (batch.status, batch.total) == (SmsBatchStatus.SCHEDULED, 2)
        assert await sms.run_due_batches() == 2
        assert await sms.run_due_batches() == 0  # a re-run of the job makes no second run
        assert await sms.send_due() == 2
        summary = await sms.batch_summary(batch.id)
    assert summary["submitted"] == 2 and sum(summary.values()) == 2
    assert sorted(m.out_id for m in gateway.sent) == sorted(f"batch:{batch.id}:1:{p.id}" for p in matched)
    with clock.frozen_at(MORNING + timedelta(minutes=1)):
        await sms.run_due_batches()
    assert (await SmsBatch.get(id=batch.id)).status is SmsBatchStatus.DONE


async def test_sending_now_reports_the_run_count_and_why_it_differs_from_the_preview(
    template: SmsTemplate, gateway: SimulatorSms
) -> None:
    with clock.frozen_at(MORNING):
        cardiology = await factories.department("心血管内科", code="0101")
        for days in (3, 10):
            await factories.patient(cardiology, discharged_days_ago=days)
        doctor = await factories.staff("doctor", cardiology, username="doc")
        principal = await load_principal(doctor)
        query = {
            "rules": {"departments": ["0101"]},
            "discharged_from": (MORNING - timedelta(days=30)).date().isoformat(),
            "discharged_until": MORNING.date().isoformat(),
        }
        preview = len(await sms.match_patients(principal, query))
        later = MORNING + timedelta(hours=2)
        batch = await SmsBatch.create(
            name="复查提醒", template=template, query=query, created_by=doctor, scheduled_at=later
        )
        batch = await sms.schedule_batch(principal, batch)
        assert batch.total == preview == 2
        # a third discharge of today is synced before the campaign is sent
        await factories.patient(cardiology, discharged_days_ago=0)
    with clock.frozen_at(MORNING + timedelta(hours=1)):
        report = await sms.send_now(principal, batch)
    assert (report.previewed, report.matched, report.counts["submitted"]) == (2, 3, 3)
    assert "重新匹配为 3 人，排期预览时为 2 人" in report.message and "新出院患者" in report.message
    with clock.frozen_at(MORNING + timedelta(hours=1, minutes=1)):
        again = await SmsBatch.create(name="复查提醒二", template=template, query=query, created_by=doctor)
        again = await sms.schedule_batch(principal, again)
        same = await sms.send_now(principal, again)
    assert (same.previewed, same.matched) == (3, 3) and "与排期时一致" in same.message


async def test_a_campaign_query_with_a_bad_date_is_refused(template: SmsTemplate) -> None:
    with pytest.raises(InvalidInput, match="出院日期格式"):
        sms.validate_query({"discharged_from": "2026-13-01"})
    with pytest.raises(InvalidInput, match="未知的筛选条件"):
        sms.validate_query({"ward": "x"})


async def test_a_link_in_a_template_variable_is_refused_as_aliyun_would(template: SmsTemplate) -> None:
    dept = await factories.department("心血管内科", code="0101")
    patient = await factories.patient(dept)
    with pytest.raises(InvalidInput, match="不能含网址：hospital"):
        await sms.enqueue(
            dedupe_key="u", patient=patient, template=template, params={"name": "张三", "hospital": "http://x.cn/a"}
        )


async def test_sms_goes_to_the_patients_mobile_and_a_landline_only_patient_is_refused_clearly(
    template: SmsTemplate,
) -> None:
    """Issue #14 item 6: the HIS field `0571-87706197/138…` holds two numbers; SMS needs the mobile."""
    from backend.services import sync
    from integrations.his.base import Batch, PatientRecord

    both = await _message(template, "k31")
    landline = await _message(template, "k32")
    for message, phone in ((both, "0571-87706197/１３８００１３８０００"), (landline, "0571-87706197-8021")):
        patient = await Patient.get(id=message.patient_id)
        await sync.store("test", Batch(patients=[PatientRecord(his_id=patient.his_id, name=patient.name, phone=phone)]))
    to_mobile = await sms.enqueue(
        dedupe_key="k33",
        patient=await Patient.get(id=both.patient_id),
        template=template,
        params={"name": "甲", "hospital": "医院"},
    )
    assert to_mobile.status is SmsStatus.PENDING and decrypt(to_mobile.phone_cipher) == "13800138000"
    refused = await sms.enqueue(
        dedupe_key="k34",
        patient=await Patient.get(id=landline.patient_id),
        template=template,
        params={"name": "乙", "hospital": "医院"},
    )
    assert refused.status is SmsStatus.SKIPPED and refused.error_message == "只登记了固定电话，无法接收短信"
