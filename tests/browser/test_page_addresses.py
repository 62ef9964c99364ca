"""Every admin page is reachable by its address, with the menu: a menu link opened in a new tab, a
menu group's address, and an address that names no page (our own 404, in Chinese)."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.live import LiveServer


async def _library_marks_absent(tab: Page) -> None:
    await expect(tab.locator(".fa-github")).to_have_count(0)
    assert "Copyright" not in await tab.content()


async def test_a_menu_link_opened_in_a_new_tab_shows_the_page_with_its_menu(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访中心").first.click()
    link = tab.locator(".cxd-AsideNav a", has_text="通话记录")
    href = await link.get_attribute("href")
    assert href == "/admin/FollowUpApp/CallRecordAdmin", href
    # 在新标签页中打开链接 (the browser's context menu): a new tab at the link's address
    new_tab = await tab.context.new_page()
    await new_tab.goto(f"{live_server.base}{href}")
    await expect(new_tab.locator(".cxd-AsideNav-itemLabel", has_text="随访结果查询")).to_be_visible()
    await expect(new_tab.locator(".cxd-Layout-body th", has_text="挂断原因")).to_be_visible()
    assert "#/admin/FollowUpApp/CallRecordAdmin" in new_tab.url
    await _library_marks_absent(new_tab)
    await new_tab.screenshot(path=artifacts_dir / "page_address_new_tab.png")


async def test_a_menu_group_address_opens_its_first_page_with_the_menu(
    page: tuple[Page, Recorder], live_server: LiveServer
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    for address in ("/admin/FollowUpApp/", "/admin/#/admin/FollowUpApp/"):
        await tab.goto(f"{live_server.base}{address}")
        await expect(tab.locator(".cxd-Layout-body th", has_text="模板名称")).to_be_visible()  # 随访模板管理
        await expect(tab.locator(".cxd-AsideNav-itemLabel", has_text="通话记录")).to_be_visible()
        await _library_marks_absent(tab)


async def test_an_address_that_names_no_page_answers_with_our_chinese_404(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    for address in ("/admin/FollowUpApp/NoSuchPage", "/nowhere"):
        response = await tab.goto(f"{live_server.base}{address}")
        assert response is not None and response.status == 404
        await expect(tab.locator("h1")).to_have_text("404 页面不存在")
        await _library_marks_absent(tab)
        await tab.locator("a", has_text="返回系统首页").click()
        await expect(tab.locator(".cxd-AsideNav-itemLabel", has_text="随访中心").first).to_be_visible()
    await tab.goto(f"{live_server.base}/admin/FollowUpApp/NoSuchPage")
    await tab.screenshot(path=artifacts_dir / "page_address_404.png")
