"""Every admin page of every demo role, in Chromium, shows staff Chinese: no raw codes, enum values,
English field names or internal identifiers. One walk, on one demo server, with a real simulated
call placed first so that 通话记录 has a row to show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, Page, expect

from backend.services.demo import STAFF
from tests.browser.conftest import login
from tests.chinese import foreign_words
from tests.live import LiveServer

# The first demo login of each role, so each role's menu is walked once.
ROLES: dict[str, str] = {}
for _username, _, _role, *_ in STAFF:
    ROLES.setdefault(_role, _username)


async def _api(tab: Page, method: str, url: str, body: Any = None) -> Any:
    return await tab.evaluate(
        """async ([method, url, body]) => {
            const response = await fetch(url, {method, headers: {'content-type': 'application/json'},
                                                body: body === null ? undefined : JSON.stringify(body)});
            return await response.json();
        }""",
        [method, url, body],
    )


async def _place_a_call(tab: Page) -> None:
    """One simulated call on a task of the agent, awaited to its end (its events must not leak)."""
    task = (await _api(tab, "GET", "/api/v1/tasks?page_size=1"))["items"][0]
    started = await _api(tab, "POST", "/api/v1/calls", {"task_id": task["id"]})
    assert started.get("call_id"), started
    await tab.wait_for_function(
        """async (id) => (await (await fetch(`/api/v1/calls/${id}`)).json()).ended_at !== null""",
        arg=started["call_id"],
        polling=250,
        timeout=20_000,
    )


async def _open(tab: Page, base: str, path: str) -> None:
    """Open a page in the shell and wait until its schema and its data have arrived."""
    if "/page/" in path:  # a bespoke page: its own requests
        await tab.goto(f"{base}/admin/#{path}")
        await tab.wait_for_load_state("networkidle")
    else:  # a list page: its rows
        async with tab.expect_response(lambda r: r.url.split("?")[0] == f"{base}{path}/list"):
            await tab.goto(f"{base}/admin/#{path}")
    await _settled(tab)


async def _settled(tab: Page) -> None:
    await tab.wait_for_selector(".cxd-Layout-body .cxd-Page, .cxd-Layout-body .cxd-Grid")
    await tab.wait_for_function("() => document.querySelectorAll('.cxd-Spinner').length === 0")


@pytest.mark.parametrize("username", ROLES.values())
async def test_every_admin_page_of_a_role_shows_chinese_only(
    browser: Browser, live_server: LiveServer, artifacts_dir: Path, username: str
) -> None:
    """The role's menu, then each page it opens (list rows loaded), and the 随访结果 detail drawer."""
    base = live_server.base
    problems: dict[str, set[str]] = {}
    context = await browser.new_context(viewport={"width": 1600, "height": 900}, locale="zh-CN")
    tab = await context.new_page()
    try:
        await login(tab, base, username)
        if username == "kefu01":
            await _place_a_call(tab)
        links = await tab.eval_on_selector_all(
            ".cxd-AsideNav a[href]", "links => links.map(a => a.getAttribute('href'))"
        )
        pages = sorted({link for link in links if link.startswith("/admin/") and not link.endswith("/")})
        assert len(pages) >= 2, pages
        problems["菜单"] = foreign_words(await tab.inner_text(".cxd-Layout-aside"))
        for path in pages:
            await _open(tab, base, path)
            text = await tab.inner_text(".cxd-Layout-body")
            name = path.rsplit("/", 1)[-1]
            if (username, name) in SCREENSHOTS:
                await expect(tab.locator("tbody tr").first).not_to_contain_text("暂无数据")
                await tab.screenshot(path=artifacts_dir / SCREENSHOTS[username, name])
            if name == "RecordAdmin" and await tab.locator("button:has-text('详情')").count():
                await tab.locator("button:has-text('详情')").first.click()
                drawer = tab.locator(".cxd-Drawer")
                await expect(drawer.locator("text=答案").first).to_be_visible()
                await _settled(tab)
                text += await drawer.inner_text()
            problems[path] = foreign_words(text)
            # a badge whose colour the theme lacks is white text on nothing: unreadable
            blank = await tab.eval_on_selector_all(
                ".cxd-Layout-body .label",
                "els => els.filter(e => getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)')"
                ".map(e => e.textContent)",
            )
            problems[f"{path} 无底色标签"] = set(blank)
    finally:
        await context.close()
    assert {where: words for where, words in problems.items() if words} == {}


SCREENSHOTS = {
    ("kefu01", "RecordAdmin"): "results_list.png",
    ("kefu01", "CallRecordAdmin"): "call_records.png",
    ("auditor", "AuditEventAdmin"): "audit_events.png",
}


def test_the_check_finds_raw_codes_and_passes_identifiers() -> None:
    assert foreign_words("拨号方式 simulator 挂断原因 16 录音 sim://call") == {"simulator", "sim", "call"}
    assert foreign_words("对象类型 followup_record 成功 success") == {"followup", "record", "success"}
    assert foreign_words("ZY00000142-L1 kefu01 xnk_nurse ${name}您好 https://a.example.cn/h5 HIS 就诊ID") == set()
