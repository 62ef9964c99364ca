"""Headless Chromium (Debian's, driven by Playwright) against a live demo server.

Every request the pages make is recorded; a request to anything but the loopback server
fails the test (hospital intranets have no internet, so the UI must need none).
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect

from tests.live import LiveServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("live"))
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


# `make test` runs this suite beside the database suites on two cores: a page may take several
# seconds to answer. Waiting longer costs nothing when a test passes and only delays a real failure.
expect.set_options(timeout=15_000)
ACTION_TIMEOUT_MS = 60_000


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        instance = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        opened = instance.new_context

        async def new_context(*args: Any, **kwargs: Any) -> BrowserContext:
            context = await opened(*args, **kwargs)
            context.set_default_timeout(ACTION_TIMEOUT_MS)
            return context

        instance.new_context = new_context  # type: ignore[method-assign]
        try:
            yield instance
        finally:
            await instance.close()


class Recorder:
    def __init__(self) -> None:
        self.urls: list[str] = []

    def external(self) -> list[str]:
        return [
            u
            for u in self.urls
            if urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urlsplit(u).hostname not in ("127.0.0.1", "localhost")
        ]


@pytest.fixture
async def page(browser: Browser, live_server: LiveServer, artifacts_dir: Path) -> AsyncIterator[tuple[Page, Recorder]]:
    context = await browser.new_context(viewport={"width": 1600, "height": 900}, locale="zh-CN")
    recorder = Recorder()
    context.on("request", lambda request: recorder.urls.append(request.url))
    tab = await context.new_page()
    try:
        yield tab, recorder
    finally:
        await context.close()
    assert recorder.external() == [], recorder.external()


async def login(page: Page, base: str, username: str, password: str = "Demo@2026") -> None:
    await page.goto(f"{base}/admin/")
    await page.fill("input[name=username]", username)
    await page.fill("input[name=password]", password)
    await page.click("button:has-text('登录')")
    await page.wait_for_selector("text=首页")


async def open_discharged_patient_360(tab: Page) -> str:
    """Open 患者查询's 360 view of a patient with a discharge summary (the newest patients of the
    demo are the ward's inpatients, who have none yet); returns their HIS id."""
    his_id = await tab.evaluate(
        """async () => {
            const listed = await (await fetch('/api/v1/patients?page_size=100')).json();
            for (const p of listed.items) {
                const view = await (await fetch(`/api/v1/patients/${p.id}/overview`)).json();
                if ((view.admissions || []).some(a => a.summary)) return p.his_id;
            }
            return null;
        }"""
    )
    assert his_id, "no patient with a discharge summary among the first 100"
    # The list shows 10 a page: filter it to that patient rather than hope they are on page one.
    await tab.click("button:has-text('筛选')")
    await tab.locator(".cxd-Form--inline input[name=his_id]").fill(str(his_id))
    await tab.click("button:has-text('搜索')")
    await expect(tab.locator("tbody tr")).to_have_count(1)
    row = tab.locator("tbody tr", has=tab.get_by_role("cell", name=his_id, exact=True))
    await row.locator("button:has-text('360 视图')").click()
    return str(his_id)
