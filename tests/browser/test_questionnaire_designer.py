"""问卷库 → 设计问卷 in Chromium: add an item to a questionnaire that already has a follow-up
record, preview it, save; the edit is the next version and the answered one is unchanged."""

from __future__ import annotations

import uuid
from pathlib import Path

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api
from tests.live import LiveServer

QUESTIONNAIRE = "/admin/DictionaryApp/QuestionnaireAdmin"


async def test_designer_adds_an_item_and_saves_an_answered_questionnaire_as_the_next_version(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    # Answer a seeded questionnaire once (无人接听 is a record too), so editing it must version it.
    task = (await _api(tab, "GET", "/api/v1/tasks?page_size=1"))["items"][0]
    questionnaire = (await _api(tab, "GET", f"/api/v1/tasks/{task['id']}"))["questionnaire"]
    contact = {"client_uuid": str(uuid.uuid4()), "outcome": "no_answer", "answers": {}, "notes": ""}
    recorded = await _api(tab, "POST", f"/api/v1/tasks/{task['id']}/contacts", contact)
    assert recorded.get("id"), recorded

    await tab.locator(".cxd-AsideNav-itemLabel", has_text="基础字典").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="问卷库").first.click()
    row = tab.locator("tbody tr", has=tab.get_by_role("cell", name=questionnaire["title"], exact=True))  # one version
    await row.locator("button:has-text('设计问卷')").click()
    drawer = tab.locator(".cxd-Drawer")
    await expect(drawer.locator("input[name=title]")).to_have_value(questionnaire["title"])

    await drawer.locator(".cxd-Tabs-link", has_text="题目").click()
    rows = drawer.locator(".cxd-Combo-item").filter(has=tab.locator("input[name=id]"))
    await expect(rows).to_have_count(len(questionnaire["items"]))
    await drawer.locator("button:has-text('添加题目')").click()
    await expect(rows).to_have_count(len(questionnaire["items"]) + 1)
    added = rows.last
    await added.locator("input[name=id]").fill("designer_note")
    await added.locator("input[name=text]").fill("出院后还有什么想告诉我们的吗")
    # 互斥 (以上都没有) is offered on a multiple choice's options only
    exclusive = drawer.locator(".cxd-Checkbox", has_text="互斥（选它则不能选其他）")
    await expect(drawer.locator(".cxd-Checkbox", has_text="计为满意").first).to_be_attached()
    await expect(exclusive).to_have_count(0)  # this questionnaire's choices are single ones
    kind = added.locator(".cxd-Form-item", has_text="题型").locator(".cxd-Select").first
    await kind.click()
    await tab.locator(".cxd-Select-option", has_text="多选").first.click()
    await added.locator("button:has-text('添加选项')").click()
    await expect(exclusive).to_have_count(1)
    await expect(exclusive).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "questionnaire_designer_exclusive.png")
    await kind.click()
    await tab.locator(".cxd-Select-option", has_text="文本").first.click()
    await expect(exclusive).to_have_count(0)
    # 显示条件 offers the earlier items only: every seeded item, not the new one itself
    await added.locator(".cxd-Select", has_text="总是显示").click()
    options = tab.locator(".cxd-Select-menu .cxd-Select-option")
    await expect(options).to_have_count(len(questionnaire["items"]))
    await expect(options.first).to_have_text(questionnaire["items"][0]["text"])
    await tab.locator(".cxd-PopOver-overlay").click(position={"x": 2, "y": 2})
    await expect(options).to_have_count(0)

    await drawer.locator("button:has-text('预览')").click()
    preview = tab.locator(".cxd-Modal", has_text="问卷预览")
    await expect(preview.locator("textarea[name='answers.designer_note']")).to_be_visible()
    await expect(preview).to_contain_text("出院后还有什么想告诉我们的吗")
    await tab.screenshot(path=artifacts_dir / "questionnaire_designer_preview.png")
    await preview.locator(".cxd-Modal-close").click()
    await expect(preview).to_have_count(0)
    await tab.screenshot(path=artifacts_dir / "questionnaire_designer.png")

    async with tab.expect_response(lambda r: f"{QUESTIONNAIRE}/designer/{questionnaire['id']}" in r.url) as info:
        await drawer.locator("button:has-text('保存')").last.click()
    saved = await (await info.value).json()
    assert saved["msg"].startswith("已保存为第 2 版（原版本已有随访记录，保持不变）"), saved
    await expect(tab.locator(".cxd-Toast", has_text="已保存为第 2 版")).to_be_visible()
    await expect(drawer).to_have_count(0)

    versions = await _api(tab, "POST", f"{QUESTIONNAIRE}/list", {"code": questionnaire["code"]})
    by_version = {row["version"]: row["id"] for row in versions["data"]["items"]}
    assert sorted(by_version) == [1, 2] and by_version[1] == questionnaire["id"]
    new = await _api(tab, "GET", f"{QUESTIONNAIRE}/fhir/{by_version[2]}")
    old = await _api(tab, "GET", f"{QUESTIONNAIRE}/fhir/{questionnaire['id']}")
    assert [i["linkId"] for i in new["item"]] == [*(i["id"] for i in questionnaire["items"]), "designer_note"]
    assert new["item"][-1] == {
        "linkId": "designer_note",
        "text": "出院后还有什么想告诉我们的吗",
        "required": False,
        "type": "text",
    }
    assert [i["linkId"] for i in old["item"]] == [i["id"] for i in questionnaire["items"]]
    await tab.screenshot(path=artifacts_dir / "questionnaire_designer_saved.png")
