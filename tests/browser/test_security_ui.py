"""The password gate and exact patient search on the real admin pages, in Chromium
(issue #13 items 1-3, issue #12 item 6)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.live import LiveServer


@asynccontextmanager
async def _api(base: str, username: str) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    async with httpx.AsyncClient(base_url=base) as api:
        response = await api.post("/api/v1/auth/login", json={"username": username, "password": "Demo@2026"})
        assert response.status_code == 200, response.text
        api.cookies.clear()
        yield api, {"Authorization": f"Bearer {response.json()['access_token']}"}


async def test_a_reset_password_opens_only_the_password_page_until_it_is_changed(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    base = live_server.base
    await login(tab, base, "sysadmin")
    await tab.click("text=系统管理")
    await tab.click("text=员工维护")
    row = tab.locator("tbody tr", has_text="kefu02")
    await row.locator("button:has-text('重置密码')").click()
    await tab.locator(".cxd-Modal button:has-text('确认')").click()
    shown = tab.locator(".cxd-Modal", has_text="一次性密码（只显示这一次）")
    await expect(shown).to_be_visible()
    one_time = (await shown.locator(".one-time-password").inner_text()).strip()
    assert len(one_time) >= 12
    await tab.screenshot(path=artifacts_dir / "admin_one_time_password.png")
    await shown.locator("button:has-text('我已记下')").click()
    await tab.context.clear_cookies()

    await tab.goto(f"{base}/admin/login")
    await tab.fill("input[name=username]", "kefu02")
    await tab.fill("input[name=password]", one_time)
    await tab.click("button:has-text('登录')")
    await expect(tab.locator("text=请先修改密码")).to_be_visible()
    assert tab.url.endswith("/admin/password")
    await tab.screenshot(path=artifacts_dir / "admin_password_gate.png")
    await tab.goto(f"{base}/admin/PatientDataApp/PatientAdmin")
    assert tab.url.endswith("/admin/password")
    await expect(tab.locator("text=患者查询")).to_have_count(0)
    exported = await tab.evaluate(
        "fetch('/admin/PatientDataApp/PatientAdmin/export?format=csv', {method: 'POST',"
        " headers: {'content-type': 'application/json'}, body: '{}'}).then(r => r.status)"
    )
    assert exported == 403

    await tab.fill("input[name=old_password]", one_time)
    await tab.fill("input[name=new_password]", "Mine#2026x")
    await tab.fill("input[name=confirm_password]", "Mine#2026x")
    await tab.click("button:has-text('修改密码')")
    await tab.wait_for_url(f"{base}/admin/login")
    await login(tab, base, "kefu02", "Mine#2026x")
    # The owner is told that someone logged in with the reset password.
    await expect(tab.locator(".login-notice")).to_contain_text("一次性密码登录过")
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="患者与随访").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="患者查询").first.click()
    await expect(tab.locator("button:has-text('360 视图')").first).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "admin_after_password_change.png")


async def test_patient_search_finds_a_caller_by_the_full_phone_number(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    base = live_server.base
    async with _api(base, "kefu01") as (api, headers):
        wanted = (await api.get("/api/v1/patients", params={"page_size": 1, "page": 3}, headers=headers)).json()
        patient = wanted["items"][0]
        unmasked = await api.post(
            f"/api/v1/patients/{patient['id']}/unmask",
            headers=headers,
            json={"fields": ["phone"], "reason": "测试来电查询"},
        )
        phone = unmasked.json()["phone"]
    await login(tab, base, "kefu01")
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="患者与随访").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="患者查询").first.click()
    await expect(tab.locator("button:has-text('360 视图')").first).to_be_visible()
    await tab.click("button:has-text('筛选')")
    search = tab.locator(".cxd-Form--inline")
    await search.locator("input[name=phone]").fill(phone)
    await tab.click("button:has-text('搜索')")
    await expect(tab.locator("tbody tr")).to_have_count(1)
    await expect(tab.locator("tbody tr").first).to_contain_text(patient["name"])
    await expect(tab.locator("tbody tr").first).to_contain_text(phone[-4:])
    await expect(tab.locator("tbody tr").first).not_to_contain_text(phone)
    await tab.screenshot(path=artifacts_dir / "patient_search_by_phone.png")

    await search.locator("input[name=phone]").fill(phone[:3] + "****" + phone[-4:])
    await tab.click("button:has-text('搜索')")
    await expect(tab.locator(".cxd-Toast", has_text="不支持模糊查询")).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "patient_search_partial_refused.png")

    async with _api(base, "auditor") as (api, headers):
        events = (await api.get("/api/v1/audit-events", params={"action": "exact_search"}, headers=headers)).json()[
            "items"
        ]
    assert len(events) == 1 and events[0]["actor_name"].startswith("王丽")
    assert phone not in str(events) and phone[-4:] in events[0]["summary"]
