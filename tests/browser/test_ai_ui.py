"""AI in Chromium: the system administrator adds a DeepSeek-compatible provider in 系统管理 → AI 服务
(a loopback server speaking DeepSeek's wire), tries 测试连接, turns AI on for the pre-call brief, and
a follow-up agent streams the brief into the execution drawer (the provider never sees the name) and has
answers drafted from the notes: the ticked one is filled into the form, nothing is saved."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Page, expect

from tests.ai_support import responder
from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import choose, open_task_for_call
from tests.live import LiveServer
from tests.loopback.llm import ChatLoopback


async def test_provider_added_tested_turned_on_and_the_brief_streams_into_the_drawer(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    with ChatLoopback("deepseek") as server:
        server.responder = responder()
        await login(tab, live_server.base, "sysadmin")
        await tab.locator(".cxd-AsideNav-itemLabel", has_text="系统管理").first.click()
        await tab.locator(".cxd-AsideNav-itemLabel", has_text="AI 服务").first.click()
        await tab.locator("button:has-text('新增 AI 服务')").click()
        dialog = tab.locator(".cxd-Modal")
        await dialog.locator("input[name=name]").fill("浏览器测试")
        await choose(dialog, "服务类型", "DeepSeek")
        await dialog.locator("input[name=base_url]").fill(server.base_url)
        await dialog.locator("input[name=model]").fill(server.model)
        await dialog.locator("input[name=api_key]").fill(server.api_key)
        await dialog.locator("button:has-text('确认')").click()
        row = tab.locator("tbody tr", has_text="浏览器测试")
        await expect(row).to_contain_text("已保存（加密）")
        await row.locator("button:has-text('测试连接')").click()
        await expect(tab.locator(".cxd-Toast")).to_contain_text("连接正常")

        settings = tab.locator(".cxd-Panel", has_text="启用 AI")
        await settings.locator(".cxd-Form-item", has_text="启用 AI").locator(".cxd-Switch").click()
        for row_number in (0, 1):  # 通话前摘要, 问卷答案草拟
            combo_row = settings.locator(".cxd-Combo-item").nth(row_number)
            await combo_row.locator(".cxd-Select").first.click()
            await tab.locator(".cxd-Select-option", has_text="浏览器测试").first.click()
        await settings.locator("button:has-text('提交')").click()
        await expect(tab.locator(".cxd-Toast").last).not_to_contain_text("请")
        await tab.screenshot(path=str(artifacts_dir / "ai_services.png"), full_page=True)

        await tab.context.clear_cookies()
        await login(tab, live_server.base, "kefu01")
        task = await open_task_for_call(tab, "王丽")
        drawer = tab.locator(".cxd-Drawer")
        await drawer.locator("button:has-text('AI 通话前摘要')").click()
        await expect(drawer.locator("td", has_text="出院小结·").first).to_be_visible(timeout=20_000)
        await expect(drawer).to_contain_text("引用的章节不存在")
        await expect(drawer).to_contain_text(task["patient__name"])  # re-identified on our side
        await tab.screenshot(path=str(artifacts_dir / "ai_brief.png"), full_page=True)
        assert server.requests and task["patient__name"] not in server.received_text()

        # answer drafting: ticked drafts go into the form, nothing is saved
        await drawer.locator("textarea[name=notes]").fill("患者说比出院时好多了，没有不舒服。")
        await drawer.locator("button:has-text('AI 按备注草拟答案')").click()
        dialog = tab.locator(".cxd-Modal")
        await expect(dialog).to_contain_text("明显好转")
        await dialog.locator(".cxd-Checkbox", has_text="明显好转").click()
        await dialog.locator("button:has-text('填入随访表单')").click()
        await expect(tab.locator(".cxd-Toast").last).to_contain_text("已填入 1 项")
        await choose(drawer, "随访结果", "已联系")
        recovery = drawer.locator(".cxd-Form-item", has_text="与出院时相比").first
        await expect(recovery.locator("label", has_text="明显好转").locator("input[type=radio]")).to_be_checked()
        await expect(recovery.locator("label", has_text="比出院时差").locator("input[type=radio]")).not_to_be_checked()
        await tab.screenshot(path=str(artifacts_dir / "ai_draft.png"), full_page=True)
