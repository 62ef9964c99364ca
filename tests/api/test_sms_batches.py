"""The SMS campaign list the H5 app's 短信管理 shows (GET /api/v1/sms/batches): the caller's
department's campaigns only for a department role, with the results per status, and nothing for a
role without the SMS permission."""

from __future__ import annotations

import httpx

from backend.models import SmsTemplate
from backend.models.choices import SmsCategory
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
