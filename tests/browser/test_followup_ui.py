"""随访中心 end to end in Chromium: a template, its tasks, one follow-up executed in the queue's
form; the result is found by the results query and the statistics move by exactly one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.live import LiveServer


async def _api(tab: Page, method: str, url: str, body: Any = None) -> Any:
    """Call our API from the page, with its session cookie, as the admin UI itself does."""
    return await tab.evaluate(
        """async ([method, url, body]) => {
            const response = await fetch(url, {method, headers: {'content-type': 'application/json'},
                                                body: body === null ? undefined : JSON.stringify(body)});
            return await response.json();
        }""",
        [method, url, body],
    )


async def _counts(tab: Page) -> tuple[int, int, int]:
    records = await _api(tab, "GET", "/api/v1/followup/records?page_size=1")
    stats = await _api(tab, "GET", "/api/v1/followup/stats?period_from=2000-01-01&period_until=2100-01-01")
    return records["total"], stats["total"]["completed"], sum(w["contacts"] for w in stats["workload"])


async def test_template_tasks_execution_results_and_statistics(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    before = await _counts(tab)

    questionnaire = await _api(
        tab, "POST", "/admin/DictionaryApp/QuestionnaireAdmin/list", {"code": "general_discharge"}
    )
    created = await _api(
        tab,
        "POST",
        "/admin/FollowUpApp/TemplateAdmin/item",
        {
            "name": "端到端测试模板",
            "program": "centre",
            "channel": "phone",
            "assignment_policy": "round_robin",
            "questionnaire_id": questionnaire["data"]["items"][0]["id"],
            "match_rules": {"departments": ["0102"]},
            "schedule": [{"offset_days": 1, "window_days": 60}],
            "is_active": True,
            "priority": 0,
        },
    )
    assert created["status"] == 0, created

    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访中心").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访模板管理").first.click()
    row = tab.locator("tbody tr", has_text="端到端测试模板")
    await row.locator("button:has-text('预览匹配')").click()
    await tab.locator(".cxd-Modal button:has-text('确认')").click()
    await expect(tab.locator(".cxd-Toast", has_text="可匹配")).to_be_visible()
    await row.locator("button:has-text('立即生成任务')").click()
    await tab.locator(".cxd-Modal button:has-text('确认')").click()
    await expect(tab.locator(".cxd-Toast", has_text="新生成随访任务")).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "followup_templates.png")

    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访任务").first.click()
    await expect(tab.locator("button:has-text('执行随访')").first).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "followup_queue.png")
    await tab.locator("button:has-text('执行随访')").first.click()
    drawer = tab.locator(".cxd-Drawer")
    await expect(drawer.locator("button:has-text('保存随访结果')")).to_be_visible()
    groups = drawer.locator(".cxd-RadiosControl")
    for index in range(await groups.count()):
        await groups.nth(index).locator("label span").nth(1).click()  # 无不适 / 否: no follow-up questions
    areas = drawer.locator("textarea")
    for index in range(await areas.count()):
        await areas.nth(index).fill("电话随访，患者恢复平稳")
    await tab.screenshot(path=artifacts_dir / "followup_execution.png")
    await drawer.locator("button:has-text('保存随访结果')").click()
    await expect(drawer).to_have_count(0)

    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访结果查询").first.click()
    await expect(tab.locator("tbody tr").first).to_contain_text("已联系")
    await tab.screenshot(path=artifacts_dir / "followup_results.png")
    after = await _counts(tab)
    assert after == (before[0] + 1, before[1] + 1, before[2] + 1), (before, after)
