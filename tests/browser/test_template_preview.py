"""预览匹配人数 in Chromium: the new-template form counts the rules being typed, before saving,
and shows the same number as the API gives for those rules."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api
from tests.live import LiveServer

RULES = {"icd_prefixes": ["I"], "los_min": 3}


async def test_new_template_form_previews_the_unsaved_rules(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    expected = await _api(tab, "POST", "/api/v1/followup/templates/preview", RULES)
    everything = await _api(tab, "POST", "/api/v1/followup/templates/preview", {})
    # the rules narrow the demo discharges, so showing the unfiltered count would fail this test
    assert 0 < expected["stays"] < everything["stays"], (expected, everything)

    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访中心").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访模板管理").first.click()
    await tab.click("button:has-text('新增')")
    dialog = tab.locator(".cxd-Modal")
    shown = dialog.locator(".template-preview")
    await expect(shown).to_contain_text("点击「预览匹配人数」")
    await tab.screenshot(path=artifacts_dir / "template_preview_form.png")
    editor = dialog.locator(".cxd-Form-item", has_text="筛选条件").first
    await editor.locator(".monaco-editor .view-lines").click()
    await tab.keyboard.press("Control+A")
    await tab.keyboard.insert_text(json.dumps(RULES, ensure_ascii=False))
    async with tab.expect_response(lambda r: r.url.endswith("/api/v1/followup/templates/preview")) as info:
        await dialog.locator("button:has-text('预览匹配人数')").click()
    response = await info.value
    assert response.ok, await response.text()
    assert response.request.post_data_json == RULES
    await expect(shown).to_have_text(expected["message"])
    assert f"可匹配 {expected['stays']} 人次" in expected["message"]
    await tab.screenshot(path=artifacts_dir / "template_preview.png")

    # rules the engine does not know are refused, in Chinese, in place of the count
    await editor.locator(".monaco-editor .view-lines").click()
    await tab.keyboard.press("Control+A")
    await tab.keyboard.press("Delete")
    await tab.keyboard.insert_text('{"wards": ["0101"]}')
    await dialog.locator("button:has-text('预览匹配人数')").click()
    await expect(shown).to_have_text("无法预览：筛选条件有误（须为 JSON 对象，且只使用支持的条件）")
