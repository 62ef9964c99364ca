"""匹配预览 in Chromium: the template designer counts the rules as they are chosen, before saving,
with the same number as the API gives for those rules, and says in Chinese why it cannot count."""

from __future__ import annotations

from pathlib import Path

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api
from tests.browser.test_template_designer import _choose, _open_designer
from tests.live import LiveServer


async def test_designer_previews_the_unsaved_rules_and_explains_a_refusal(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    rules = {"departments": ["0201"], "los_min": 3}
    expected = await _api(tab, "POST", "/api/v1/followup/templates/preview", rules)
    everything = await _api(tab, "POST", "/api/v1/followup/templates/preview", {})
    # the rules narrow the demo discharges, so showing the unfiltered count would fail this test
    assert 0 < expected["stays"] < everything["stays"], (expected, everything)

    drawer = await _open_designer(tab)
    shown = drawer.locator(".template-preview")
    await expect(shown).to_contain_text(everything["message"])  # nothing chosen yet: every discharge
    await _choose(tab, drawer, "科室", "骨伤科（0201）")
    await drawer.locator("input[name='match_rules.los_min']").fill("3")
    await drawer.locator("input[name='match_rules.los_min']").press("Tab")
    await expect(shown).to_contain_text(expected["message"])
    assert f"可匹配 {expected['stays']} 人次" in expected["message"]
    await tab.screenshot(path=artifacts_dir / "template_preview.png")

    # rules the engine cannot use are explained, in Chinese, in place of the count
    await drawer.locator("input[name='match_rules.los_max']").fill("2")
    await drawer.locator("input[name='match_rules.los_max']").press("Tab")
    await expect(shown).to_have_text("无法预览：最短住院天数不能大于最长住院天数")
