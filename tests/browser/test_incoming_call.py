"""来电弹屏 in Chromium: the simulator rings an agent's extension with a patient's number; that
agent's page shows the patient's 360 view, another agent's page shows nothing; a number that
matches no patient pops as 未知来电 with the number masked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from playwright.async_api import Browser, Page, expect

from tests.browser.conftest import login
from tests.live import LiveServer

INBOUND = "/api/v1/calls/inbound"


async def _token(api: httpx.AsyncClient, username: str) -> dict[str, str]:
    login_ = await api.post("/api/v1/auth/login", json={"username": username, "password": "Demo@2026"})
    return {"Authorization": f"Bearer {login_.json()['access_token']}"}


async def _agent_page(browser: Browser, base: str, username: str) -> Page:
    """A signed-in agent's page whose incoming-call poller has answered once (it is listening)."""
    context = await browser.new_context(viewport={"width": 1600, "height": 900}, locale="zh-CN")
    tab = await context.new_page()
    async with tab.expect_response(lambda r: INBOUND in r.url and r.ok):
        await login(tab, base, username)
    return tab


async def _polled_since(tab: Page) -> None:
    """Wait for the page's next answered poll (so it has seen whatever rang before)."""
    async with tab.expect_response(lambda r: INBOUND + "?after=" in r.url and r.ok, timeout=10_000):
        pass


async def test_the_ringing_agent_gets_the_callers_patient_drawer_and_no_one_else_does(
    browser: Browser, live_server: LiveServer, artifacts_dir: Path
) -> None:
    base = live_server.base
    async with httpx.AsyncClient(base_url=base) as api:
        admin = await _token(api, "sysadmin")
        staff: dict[str, Any] = {
            s["username"]: s for s in (await api.get("/api/v1/staff?page_size=100", headers=admin)).json()["items"]
        }
        agent = await _token(api, "kefu01")
        patient = (await api.get("/api/v1/patients?page_size=1", headers=agent)).json()["items"][0]
        unmasked = await api.post(
            f"/api/v1/patients/{patient['id']}/unmask",
            json={"fields": ["phone"], "reason": "来电弹屏测试"},
            headers=agent,
        )
        phone = unmasked.json()["phone"]
        ringing, other = await _agent_page(browser, base, "kefu01"), await _agent_page(browser, base, "kefu02")
        try:
            rang = await api.post(
                "/api/v1/dialer/simulator/ring",
                json={"caller": phone, "extension": staff["kefu01"]["phone_extension"]},
                headers=agent,
            )
            assert rang.status_code == 200, rang.text
            pop = ringing.locator("#incoming-call")
            await expect(pop).to_contain_text(f"来电 {phone[:3]}****{phone[-4:]} · {patient['name']}", timeout=10_000)
            await expect(pop.get_by_text("基本信息").first).to_be_visible()
            await expect(pop.locator(".cxd-Property").first).to_contain_text(patient["name"])
            await ringing.screenshot(path=artifacts_dir / "incoming_call_patient.png")
            await _polled_since(other)
            await _polled_since(other)
            await expect(other.locator("#incoming-call")).to_have_count(0)

            # a number registered to no patient: 未知来电, the number masked
            await pop.locator("button:has-text('关闭')").click()
            await expect(pop).to_have_count(0)
            unknown = await api.post(
                "/api/v1/dialer/simulator/ring",
                json={"caller": "13000000000", "extension": staff["kefu01"]["phone_extension"]},
                headers=agent,
            )
            assert unknown.status_code == 200, unknown.text
            await expect(ringing.locator("#incoming-call")).to_contain_text("未知来电 130****0000", timeout=10_000)
            await ringing.screenshot(path=artifacts_dir / "incoming_call_unknown.png")
        finally:
            await ringing.context.close()
            await other.context.close()
