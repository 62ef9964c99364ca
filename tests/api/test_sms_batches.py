"""The SMS campaign list the H5 app's 短信管理 shows (GET /api/v1/sms/batches): the caller's
department's campaigns only for a department role, with the results per status, and nothing for a
role without the SMS permission."""

from __future__ import annotations

import httpx

from backend.models import SmsBatch, SmsTemplate
from backend.models.choices import SmsCategory
from backend.services import sms
from tests import factories


async def test_a_doctor_lists_the_departments_campaigns_with_their_results(client: httpx.AsyncClient) -> None:
    template = await SmsTemplate.create(
        code="review",
        name="复查提醒",
        category=SmsCategory.FOLLOWUP,
        provider_template_code="SMS_1",
        sign_name="示范市中医医院",
        content="${name}您好，请按时来院复查。回T退订",
    )
    made = {}
    for code, name in (("0101", "心血管内科"), ("0202", "骨伤科")):
        dept = await factories.department(name, code=code)
        await factories.patient(dept)
        await factories.staff("doctor", dept, username=f"doc{code}")
        headers = await factories.login(client, f"doc{code}")
        preview = await client.post("/api/v1/sms/match", headers=headers, json={})
        assert preview.json()["count"] == 1, preview.text  # the department's own patient only
        batch = await client.post(
            "/api/v1/sms/batches", headers=headers, json={"name": f"{name}复查", "template_id": template.id}
        )
        assert batch.status_code == 201, batch.text
        made[code] = (headers, batch.json()["id"])

    headers, batch_id = made["0101"]
    listed = await client.get("/api/v1/sms/batches", headers=headers)
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert body["total"] == 1 and [b["id"] for b in body["items"]] == [batch_id]  # not the other department's
    row = body["items"][0]
    assert (row["name"], row["template"], row["total"], row["status_label"]) == (
        "心血管内科复查",
        "复查提醒",
        1,
        "已排期",
    )
    assert set(row["counts"]) >= {"pending", "submitted", "delivered", "failed", "skipped"}

    await factories.staff("nurse", await factories.department("肾病科", code="0303"), username="nurse1")
    refused = await client.get("/api/v1/sms/batches", headers=await factories.login(client, "nurse1"))
    assert refused.status_code == 403


async def _templates() -> dict[str, SmsTemplate]:
    made = {}
    for code, category, name, content in (
        (
            "system_alert",
            SmsCategory.SYSTEM,
            "系统告警（管理员）",
            "${hospital}随访系统告警：${title}，请登录系统查看。",
        ),
        ("old_alert", SmsCategory.FOLLOWUP, "旧告警", "${hospital}告警：${title}"),  # an older seed's category
        (
            "free_clinic",
            SmsCategory.FREE_CLINIC,
            "义诊通知",
            "${name}您好，${hospital}将于${date}在${place}举办义诊。回T退订",
        ),
    ):
        made[code] = await SmsTemplate.create(
            code=code,
            name=name,
            category=category,
            provider_template_code=f"SMS_{code}",
            sign_name="示范",
            content=content,
        )
    return made


async def test_a_campaign_is_offered_and_may_use_only_templates_meant_for_patients(
    client: httpx.AsyncClient, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The administrator alert came first in the doctor's list, pre-selected: a patient campaign
    could go out as 「随访系统告警」."""
    monkeypatch.setattr(settings.sms, "h5_template", "old_alert")  # a system-sent code is never offered
    templates = await _templates()
    dept = await factories.department("心血管内科", code="0101")
    await factories.patient(dept)
    await factories.staff("doctor", dept, username="doc")
    headers = await factories.login(client, "doc")

    offered = (await client.get("/api/v1/sms/templates", headers=headers)).json()["options"]
    assert [o["value"] for o in offered] == [templates["free_clinic"].id]
    clinic = offered[0]
    assert clinic["name"] == "义诊通知" and "${" not in clinic["label"] + clinic["preview"]
    assert clinic["preview"].startswith("张三您好，") and "〔日期〕在〔地点〕" in clinic["preview"]
    assert clinic["variables"] == [{"name": "date", "label": "日期"}, {"name": "place", "label": "地点"}]

    for code in ("system_alert", "old_alert"):
        refused = await client.post(
            "/api/v1/sms/batches",
            headers=headers,
            json={"name": "告警", "template_id": templates[code].id, "params": {"title": "x"}},
        )
        assert refused.status_code == 422, refused.text
        assert "不是发给患者的通知，不能用于患者群发" in refused.json()["detail"]
    assert await SmsBatch.all().count() == 0

    missing = await client.post(
        "/api/v1/sms/batches",
        headers=headers,
        json={"name": "义诊", "template_id": templates["free_clinic"].id, "params": {"date": "12月5日", "place": " "}},
    )
    assert missing.status_code == 422 and missing.json()["detail"] == "请填写模板变量：地点", missing.text
    made = await client.post(
        "/api/v1/sms/batches",
        headers=headers,
        json={
            "name": "义诊",
            "template_id": templates["free_clinic"].id,
            "params": {"date": "12月5日", "place": "门诊大厅"},
            "scheduled_at": "2099-01-01T10:00:00+08:00",
        },
    )
    assert made.status_code == 201, made.text
    row = (await client.get("/api/v1/sms/batches", headers=headers)).json()["items"][0]
    assert row["preview"].startswith("张三您好，") and "将于12月5日在门诊大厅举办义诊" in row["preview"]


async def test_sending_now_outside_the_sending_hours_says_why_nothing_left(
    client: httpx.AsyncClient, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """At 02:50 立即发送 reported 「已发送：提交 0 条…待发送 2 条」 and nothing said why."""
    from datetime import datetime, time

    from backend import clock
    from backend.clock import SHANGHAI

    monkeypatch.setattr(settings.sms, "sending_hours", "08:00-21:00")
    templates = await _templates()
    dept = await factories.department("心血管内科", code="0101")
    for _ in range(2):
        await factories.patient(dept)
    await factories.staff("doctor", dept, username="doc")
    headers = await factories.login(client, "doc")
    today = clock.now().astimezone(SHANGHAI).date()  # the patients were discharged recently
    with clock.frozen_at(datetime.combine(today, time(2, 50), tzinfo=SHANGHAI)):
        made = await client.post(
            "/api/v1/sms/batches",
            headers=headers,
            json={
                "name": "义诊",
                "template_id": templates["free_clinic"].id,
                "params": {"date": "5日", "place": "大厅"},
            },
        )
        assert made.status_code == 201, made.text
        assert made.json()["msg"] == "已排期：匹配患者 2 人；当前不在短信发送时段（08:00–21:00），2 条将于 08:00 起发送"
        run = await client.post(f"/api/v1/sms/batches/{made.json()['id']}/run", headers=headers)
    assert run.status_code == 200, run.text
    assert run.json()["counts"]["pending"] == 2
    assert run.json()["msg"].startswith("当前不在短信发送时段（08:00–21:00），2 条将于 08:00 起发送。"), run.text
    late = datetime.combine(today, time(22, 0), tzinfo=SHANGHAI)
    assert sms.sending_hours_note(2, late) == "当前不在短信发送时段（08:00–21:00），2 条将于 明日 08:00 起发送"
    assert sms.sending_hours_note(2, datetime.combine(today, time(9, 0), tzinfo=SHANGHAI)) == ""
