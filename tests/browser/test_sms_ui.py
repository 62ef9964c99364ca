"""短信管理 in Chromium: compose a campaign, preview its patients, schedule it, send it at once from
群发任务 and read the results drawer. The SMS provider is the simulator, which refuses numbers
ending in 0000 as invalid and accepts the rest."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.async_api import Locator, Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api
from tests.live import LiveServer

DEPARTMENTS = ("心血管内科", "脑病科")
DEPARTMENT_CODES = ["0101", "0102"]


def _item(tab: Page, label: str) -> Locator:
    return tab.locator(".cxd-Form-item", has=tab.locator("label", has_text=label))


async def _pick(tab: Page, label: str, *options: str) -> None:
    """Open the amis select of the form item labelled `label` and click options (a multi-select
    stays open, so it is closed by clicking its label)."""
    select = _item(tab, label).locator(".cxd-Select")
    await select.click()
    for option in options:
        await tab.locator(".cxd-Select-option", has_text=option).first.click()
    if len(options) > 1:
        await tab.locator(".cxd-PopOver-overlay").dispatch_event("click")
    await expect(tab.locator(".cxd-Select-popover")).to_have_count(0)


async def test_composer_preview_matches_api_and_sending_now_submits_every_matched_patient(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")  # 随访专员 hold sms:send
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="短信管理").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="短信群发").first.click()
    await expect(tab.get_by_text("新建短信群发")).to_be_visible()

    discharged_from = await _item(tab, "出院日期自").locator("input").input_value()
    discharged_until = await _item(tab, "出院日期至").locator("input").input_value()
    expected = await _api(
        tab,
        "POST",
        "/api/v1/sms/match",
        {
            "departments": DEPARTMENT_CODES,
            "discharged_from": discharged_from,
            "discharged_until": discharged_until,
        },
    )
    assert expected["count"] > 0, expected

    await tab.locator("input[name=name]").fill("心脑科复查提醒（端到端）")
    await _pick(tab, "短信模板", "定期复查提醒")
    await _pick(tab, "出院科室", *DEPARTMENTS)
    for name in DEPARTMENTS:
        await expect(_item(tab, "出院科室")).to_contain_text(name)
    await tab.locator("button:has-text('预览人数')").click()
    await expect(tab.locator(".matched-count")).to_have_text(f"符合条件的患者：{expected['count']} 人")
    # the button sits in a row of its own, in line with the fields, clear of the next section's title
    button = await tab.locator("button:has-text('预览人数')").bounding_box()
    field = await _item(tab, "标签").locator("input").first.bounding_box()
    title = await tab.locator("legend", has_text="发送安排").bounding_box()
    count = await tab.locator(".matched-count").bounding_box()
    assert button and field and title and count
    assert abs(button["x"] - field["x"]) <= 16, (button, field)
    assert button["y"] + button["height"] + 8 <= title["y"], (button, title)
    assert count["x"] >= button["x"] + button["width"] + 4, (button, count)
    await tab.screenshot(path=artifacts_dir / "sms_composer_preview.png", full_page=True)

    async with tab.expect_response(lambda r: r.url.endswith("/api/v1/sms/batches")) as created_info:
        await tab.locator("button:has-text('保存并排期')").click()
    created = await (await created_info.value).json()
    assert created["status"] == "scheduled" and created["total"] == expected["count"], created
    await expect(
        tab.locator(".cxd-Toast--success", has_text=f"已排期：匹配患者 {expected['count']} 人")
    ).to_be_visible()

    await tab.locator(".cxd-AsideNav-itemLabel", has_text="群发任务").first.click()
    row = tab.locator("tbody tr", has_text="心脑科复查提醒（端到端）")
    async with tab.expect_response(lambda r: r.url.endswith(f"/api/v1/sms/batches/{created['id']}/run")) as run_info:
        await row.locator("button:has-text('立即发送')").click()
        await tab.locator(".cxd-Modal button:has-text('确认')").click()
    ran = await (await run_info.value).json()
    await expect(tab.locator(".cxd-Toast--success", has_text="已发送：提交")).to_be_visible()
    # the run matched the same query again; the toast says it found the previewed count
    assert (ran["previewed"], ran["matched"]) == (expected["count"], expected["count"]), ran
    await expect(tab.locator(".cxd-Toast--success", has_text="已发送：提交")).to_contain_text(
        f"本期匹配 {expected['count']} 人，与排期时一致"
    )

    messages = await _api(tab, "GET", f"/api/v1/sms/batches/{created['id']}/messages?page_size=200")
    assert messages["total"] == expected["count"]
    # the simulator refuses numbers ending in 0000; every other number is submitted
    invalid = sum(m["phone"].endswith("0000") for m in messages["items"])
    assert ran["counts"] == {
        "pending": 0,
        "queued": 0,  # handed to an extranet edge (SMS__SEND_VIA=edge): none when sending directly
        "submitted": expected["count"] - invalid,
        "delivered": 0,
        "failed": invalid,
        "skipped": 0,
    }, ran
    assert all(m["attempts"] == 1 for m in messages["items"]), messages

    await row.locator("button:has-text('发送结果')").click()
    drawer = tab.locator(".cxd-Drawer")
    properties = drawer.locator(".cxd-Property")
    await expect(properties).to_contain_text(f"已提交{expected['count'] - invalid}")
    await expect(properties).to_contain_text(f"发送失败{invalid}")
    await expect(properties).to_contain_text("待发送0")
    table_rows = drawer.locator(".cxd-Crud tbody tr")
    await expect(table_rows).to_have_count(min(expected["count"], 10))
    for index in range(await table_rows.count()):
        item = messages["items"][index]
        expected_status = "发送失败" if item["phone"].endswith("0000") else "已提交"
        await expect(table_rows.nth(index)).to_contain_text(re.compile(f"{item['patient']}.*{expected_status}"))
    await tab.screenshot(path=artifacts_dir / "sms_batch_results.png")
