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
