"""The agent's desk in Chromium (issue #12 items 2, 3, 5, 9): the outcome is chosen, 已联系 on a
phone task needs an answered call or a stated 线下/其他方式, a failed check names what is
missing, a save is confirmed and the list row moves at once, 保存并下一个 opens the next task in
the same drawer, and a picker in a form lists its rows whatever the form holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api, choose, open_task_for_call
from tests.live import LiveServer


def _conditional_required(items: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A required text item shown by an `equals` answer of an earlier single-choice item."""
    by_id = {item["id"]: item for item in items}
    for item in items:
        condition = item.get("show_if") or {}
        if item.get("required") and item.get("type") == "text" and "equals" in condition:
            trigger = by_id.get(condition["item"])
            if trigger and trigger.get("type") == "single":
                return trigger, item
    return None


async def test_outcome_is_chosen_a_missing_item_is_named_and_reached_needs_a_call_or_a_statement(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    task = await open_task_for_call(tab, "王丽")
    detail = await _api(tab, "GET", f"/api/v1/tasks/{task['id']}")
    found = _conditional_required(detail["questionnaire"]["items"])
    assert found is not None, detail["questionnaire"]["code"]
    trigger, conditional = found
    drawer = tab.locator(".cxd-Drawer")

    # nothing is preset: saving at once names the outcome, not amis' 依赖的部分字段没有通过验证
    outcome = drawer.locator(".cxd-Form-item", has_text="随访结果").first
    await expect(outcome).to_contain_text("请选择本次随访结果")
    await drawer.locator("button:has-text('保存随访结果')").click()
    await expect(tab.locator(".cxd-Toast")).to_contain_text("「随访结果」")
    await expect(tab.locator(".cxd-Toast")).not_to_contain_text("依赖的部分字段")
    # a second try at once is answered too (amis' own toast is throttled to one per 5 s per form)
    await drawer.locator("button:has-text('保存随访结果')").click()
    await expect(tab.locator(".cxd-Toast", has_text="「随访结果」")).to_have_count(2)

    # 已故 needs the news' source in 备注, and is asked once more before anything is sent
    await choose(drawer, "随访结果", "已故")
    await drawer.locator("button:has-text('保存随访结果')").click()
    await expect(tab.locator(".cxd-Toast", has_text="已故消息的来源")).to_be_visible()
    await drawer.locator("textarea[name=notes]").fill("家属电话告知")
    await drawer.locator("button:has-text('保存随访结果')").click()
    confirm = tab.locator(".cxd-Modal", has_text="确认将该患者登记为已故")
    await expect(confirm).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "followup_deceased_confirm.png")
    await confirm.locator("button:has-text('取消')").click()
    await expect(confirm).to_have_count(0)
    assert (await _api(tab, "GET", f"/api/v1/tasks/{task['id']}"))["status"] in ("assigned", "in_progress")
    await drawer.locator("textarea[name=notes]").fill("")
    await choose(drawer, "随访结果", "已联系")
    await expect(drawer.locator(".cxd-Form-item", has_text=trigger["text"])).to_be_visible()
    groups = drawer.locator(".cxd-RadiosControl")
    # every unconditional single-choice item on screen first (a loaded machine renders them late)
    singles = [i for i in detail["questionnaire"]["items"] if i["type"] == "single" and not i.get("show_if")]
    await expect(groups).to_have_count(len(singles))
    for index in range(await groups.count()):
        await groups.nth(index).locator("label span").nth(1).click()  # 无 / 否 ...
    shows = next(o["label"] for o in trigger["options"] if o["value"] == conditional["show_if"]["equals"])
    choices = drawer.locator(".cxd-Form-item", has_text=trigger["text"]).locator("label span")
    await choices.get_by_text(shows, exact=True).first.click()
    detail_box = drawer.locator(".cxd-Form-item", has_text=conditional["text"]).locator("textarea")
    await expect(detail_box).to_be_visible()
    # the shown required item is skipped: the message names it, and not the chosen outcome
    await drawer.locator("button:has-text('保存随访结果')").click()
    named = tab.locator(".cxd-Toast", has_text=conditional["text"])
    await expect(named).to_be_visible()
    await expect(named).not_to_contain_text("「随访结果」")
    await tab.screenshot(path=artifacts_dir / "followup_missing_item_named.png")
    await detail_box.fill("出院第三天起偶有头晕，休息后缓解")

    # 已联系 with no call on the task is refused by the server, whatever the form allows
    async with tab.expect_response(lambda r: r.url.endswith(f"/api/v1/tasks/{task['id']}/contacts")) as refused:
        await drawer.locator("button:has-text('保存随访结果')").click()
    assert (await refused.value).status == 422
    await expect(tab.locator(".cxd-Toast", has_text="已接通的电话")).to_be_visible()

    await choose(drawer, "联系方式", "线下（当面）随访")
    await drawer.locator("input[name=reached_reason]").fill("患者来院复诊时当面随访")
    async with tab.expect_response(lambda r: r.url.endswith(f"/api/v1/tasks/{task['id']}/contacts")) as saved:
        await drawer.locator("button:has-text('保存随访结果')").click()
    assert (await saved.value).ok, await (await saved.value).text()
    await expect(tab.locator(".cxd-Toast", has_text=f"已保存{task['patient__name']}的随访结果")).to_be_visible()
    await expect(drawer).to_have_count(0)
    # the row moved without reloading the page
    row = tab.locator("tbody tr", has=tab.get_by_role("cell", name=str(task["id"]), exact=True))
    await expect(row).to_contain_text("已完成")
    await tab.screenshot(path=artifacts_dir / "followup_saved_row_updated.png")

    # saving again says so in plain Chinese (it said 任务已已完成)
    again = await _api(
        tab,
        "POST",
        f"/api/v1/tasks/{task['id']}/contacts",
        {"client_uuid": "7f9d3c2e-1b6a-4c8e-9f00-000000000001", "outcome": "refused"},
    )
    assert again["detail"] == "任务已完成，不能再记录随访结果", again


async def test_save_and_next_records_the_contact_and_opens_the_next_task_in_the_same_drawer(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu02")
    task = await open_task_for_call(tab, "李娜")
    drawer = tab.locator(".cxd-Drawer")
    heading = drawer.locator("h3", has_text=" · ")
    await expect(heading).to_contain_text(task["patient__name"])
    await choose(drawer, "随访结果", "拒绝随访")
    await drawer.locator("textarea[name=notes]").fill("患者表示不需要随访")

    async with tab.expect_response(lambda r: "/api/v1/tasks/next?after=" in r.url) as asked:
        await drawer.locator("button:has-text('保存并下一个')").click()
    following = await (await asked.value).json()
    assert following["id"] and following["id"] != task["id"], following
    await expect(tab.locator(".cxd-Toast", has_text=f"已保存{task['patient__name']}的随访结果")).to_be_visible()
    # the same drawer now holds the next patient, with a fresh form
    await expect(heading).to_contain_text(following["patient_name"])
    await expect(drawer.locator(".cxd-Form-item", has_text="随访结果").first).to_contain_text("请选择本次随访结果")
    await expect(drawer.locator("textarea[name=notes]")).to_have_value("")
    await tab.screenshot(path=artifacts_dir / "followup_save_and_next.png")
    saved = await _api(tab, "GET", f"/api/v1/tasks/{task['id']}")
    assert (saved["status"], saved["outcome"]) == ("completed", "refused"), saved
    # and the list behind the drawer already shows the first task done
    row = tab.locator("tbody tr", has=tab.get_by_role("cell", name=str(task["id"]), exact=True))
    await expect(row).to_contain_text("已完成")


async def test_a_picker_in_a_form_lists_its_rows_whatever_the_form_holds(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    """员工维护 新增: with 姓名 filled, the 科室 picker still lists the departments (it sent the
    name as the department filter and listed none)."""
    tab, _ = page
    await login(tab, live_server.base, "sysadmin")
    await tab.click("text=系统管理")
    await tab.click("text=员工维护")
    await tab.click("button:has-text('新增')")
    dialog = tab.locator(".cxd-Modal").first
    await dialog.locator("input[name=name]").fill("赵敏")
    await dialog.locator("input[name=username]").fill("zhaomin")
    async with tab.expect_response(lambda r: "/DepartmentAdmin/list" in r.url) as listed:
        await dialog.locator(".cxd-Form-item", has_text="科室").locator(".cxd-Picker-btn").first.click()
    sent = (await listed.value).request.post_data_json or {}
    assert sent.get("name") in (None, "", "[~]"), sent
    picker = tab.locator(".cxd-Modal").last
    await expect(picker.locator("tbody tr", has_text="心血管内科").first).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "admin_staff_department_picker.png")
    await picker.locator("tbody tr", has_text="心血管内科").first.click()
    await picker.locator("button:has-text('确认')").click()
    await expect(dialog.locator(".cxd-Picker-value", has_text="心血管内科")).to_be_visible()
