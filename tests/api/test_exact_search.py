"""Masked numbers are no oracle: masks reveal less, exact search takes only complete numbers,
and every exact search is audited and bounded per user (issue #13 item 1)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date, timedelta

import httpx
import pytest
from redis.asyncio import Redis

from backend import clock
from backend.models import AuditEvent, Notice
from backend.models.choices import AuditAction
from backend.settings import Settings
from tests import factories

BORN = date(1961, 4, 23)
PHONE = "18112348231"
ID_NUMBER = factories.valid_id_number(BORN, 245)
LIMIT = 3


@pytest.fixture
def small_limit(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(settings.security, "exact_search_limit", LIMIT)
    monkeypatch.setattr(settings.security, "exact_search_window_minutes", 10)
    yield


async def _doctor(client: httpx.AsyncClient) -> tuple[dict[str, str], int]:
    dept = await factories.department()
    patient = await factories.patient(dept, phone=PHONE, id_number=ID_NUMBER)
    patient.birth_date = BORN
    await patient.save(update_fields=["birth_date"])
    await factories.staff("doctor", dept, username="doc")
    return await factories.login(client, "doc"), patient.id


async def test_a_doctor_without_unmask_sees_the_last_4_of_the_id_number_and_the_age_not_the_birth_date(
    client: httpx.AsyncClient,
) -> None:
    headers, patient_id = await _doctor(client)
    listed = (await client.get("/api/v1/patients", headers=headers)).json()["items"][0]
    assert listed["id_number"] == "*" * 14 + ID_NUMBER[-4:]
    assert listed["birth_date"] is None and listed["age"] == clock.age_on(BORN, clock.now().date())
    detail = (await client.get(f"/api/v1/patients/{patient_id}", headers=headers)).json()
    assert detail["birth_date"] is None and detail["id_number"] == listed["id_number"]
    overview = (await client.get(f"/api/v1/patients/{patient_id}/overview", headers=headers)).json()["patient"]
    assert overview["birth_date"] is None and overview["age"] == listed["age"]
    assert "1961" not in str(overview) and ID_NUMBER[:6] not in str(overview)


async def test_a_role_that_may_unmask_still_gets_the_birth_date(client: httpx.AsyncClient) -> None:
    dept = await factories.department()
    patient = await factories.patient(dept)
    await factories.staff("followup_agent", dept, username="agent")
    headers = await factories.login(client, "agent")
    listed = (await client.get("/api/v1/patients", headers=headers)).json()["items"][0]
    assert listed["birth_date"] == patient.birth_date.isoformat() and listed["age"] is not None


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"phone": "181****8231"}, "phone"),
        ({"phone": "1811234"}, "phone"),
        ({"phone": "181%"}, "phone"),
        ({"id_number": "2305**********0245"}, "id_number"),
        ({"id_number": ID_NUMBER[:14]}, "id_number"),
        ({"id_number": ID_NUMBER[:17] + ("1" if ID_NUMBER[17] != "1" else "2")}, "id_number"),
        ({"keyword": "患者%"}, "keyword"),
    ],
)
async def test_a_search_that_could_only_be_a_guess_is_refused(
    client: httpx.AsyncClient, params: dict[str, str], field: str
) -> None:
    headers, _ = await _doctor(client)
    response = await client.get("/api/v1/patients", params=params, headers=headers)
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["field"] == field
    assert await AuditEvent.filter(action=AuditAction.EXACT_SEARCH).count() == 0


async def test_an_exact_search_is_audited_with_the_masked_number_and_what_it_found(client: httpx.AsyncClient) -> None:
    headers, patient_id = await _doctor(client)
    found = await client.get("/api/v1/patients", params={"id_number": ID_NUMBER}, headers=headers)
    assert [p["id"] for p in found.json()["items"]] == [patient_id]
    missed = await client.get("/api/v1/patients", params={"phone": "18100000000"}, headers=headers)
    assert missed.json()["total"] == 0
    events = await AuditEvent.filter(action=AuditAction.EXACT_SEARCH).order_by("id")
    assert [e.success for e in events] == [True, True]
    assert events[0].resource_id == str(patient_id) and "找到 1 人" in events[0].summary
    assert "身份证号" in events[0].summary and ID_NUMBER[-4:] in events[0].summary
    assert "找到 0 人" in events[1].summary
    stored = " ".join(f"{e.summary} {e.after}" for e in events)
    assert ID_NUMBER not in stored and "18100000000" not in stored


async def test_exact_searches_over_the_limit_are_refused_and_the_security_administrator_is_told(
    client: httpx.AsyncClient, small_limit: None, frozen: None
) -> None:
    headers, _ = await _doctor(client)
    for n in range(LIMIT):
        ok = await client.get("/api/v1/patients", params={"phone": f"1810000000{n}"}, headers=headers)
        assert ok.status_code == 200
    refused = await client.get("/api/v1/patients", params={"phone": PHONE}, headers=headers)
    assert refused.status_code == 429 and "已通知安全管理员" in refused.json()["detail"]
    assert int(refused.headers["retry-after"]) > 0
    assert PHONE not in refused.text
    # Names and ordinary lists still work; only exact searches are bounded.
    assert (await client.get("/api/v1/patients", headers=headers)).status_code == 200
    notice = await Notice.get(kind="security")
    assert "doc" in notice.title and notice.level == "danger"
    denied = await AuditEvent.get(action=AuditAction.EXACT_SEARCH, success=False)
    assert "已拒绝" in denied.summary and PHONE not in denied.summary
    clock.advance(timedelta(minutes=10, seconds=1))
    again = await client.get("/api/v1/patients", params={"phone": PHONE}, headers=headers)
    assert again.status_code == 200 and again.json()["total"] == 1


async def test_the_limit_holds_for_concurrent_searches(client: httpx.AsyncClient, small_limit: None) -> None:
    headers, _ = await _doctor(client)
    responses = await asyncio.gather(
        *(client.get("/api/v1/patients", params={"phone": f"181000000{n:02d}"}, headers=headers) for n in range(12))
    )
    assert sorted(r.status_code for r in responses) == [200] * LIMIT + [429] * (12 - LIMIT)
    assert await AuditEvent.filter(action=AuditAction.EXACT_SEARCH, success=True).count() == LIMIT


async def test_with_redis_the_limit_is_kept_in_redis(
    client: httpx.AsyncClient, settings: Settings, small_limit: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "redis://127.0.0.1:6379/13"
    redis = Redis.from_url(url)
    await redis.flushdb()
    monkeypatch.setattr(settings, "redis_url", url)
    try:
        headers, _ = await _doctor(client)
        responses = await asyncio.gather(
            *(client.get("/api/v1/patients", params={"id_number": ID_NUMBER}, headers=headers) for _ in range(8))
        )
        assert sorted(r.status_code for r in responses) == [200] * LIMIT + [429] * (8 - LIMIT)
        keys = await redis.keys("suifang:exact-search:*")
        assert len(keys) == 1 and await redis.zcard(keys[0]) == LIMIT
    finally:
        await redis.flushdb()
        await redis.aclose()
