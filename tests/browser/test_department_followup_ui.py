"""科室随访 in Chromium, as the 科室主任 of 心血管内科 (黄志强) on the demo hospital: he designs a
department template (the designer starts it as his department's, assigned to each stay's
attending doctor), generates it, and the tasks land with the attending doctors the HIS names; the
doctor 张伟 works one from his queue; the head's 科室随访统计 counts it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api, choose
from tests.live import LiveServer

TEMPLATES = "/admin/FollowUpApp/TemplateAdmin"
TASKS = "/admin/FollowUpApp/TaskAdmin"
NAME = "心内科中药服用随访"
EARLIER = str(date.today() - timedelta(days=30))  # the statistics page's default start
LATER = str(date.today() + timedelta(days=150))  # every task of the template falls due before it


async def _department_figures(tab: Page) -> dict[str, Any]:
    stats = await _api(
        tab, "GET", f"/api/v1/followup/stats?program=department&period_from={EARLIER}&period_until={LATER}"
    )
    return stats["total"]


async def test_a_department_head_designs_generates_and_sees_his_doctors_work_counted(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "xnk_head")
    before = await _department_figures(tab)

    # 新增 in 随访模板管理: a 科室随访 template of 心血管内科, by default for the attending doctor
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访中心").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访模板管理").first.click()
    await tab.click("button:has-text('新增')")
    drawer = tab.locator(".cxd-Drawer")
    await expect(drawer.locator(".template-sentence")).to_contain_text("出院后第", timeout=15_000)
    await expect(drawer.locator(".cxd-Form-item", has_text="项目")).to_contain_text("科室随访")
    await expect(drawer.locator(".cxd-Form-item", has_text="所属科室")).to_contain_text("心血管内科")
    await expect(drawer.locator(".cxd-Form-item", has_text="分配方式")).to_contain_text("分配给主管医生")
    await drawer.locator("input[name=name]").fill(NAME)
    await choose(drawer, "问卷", "中药汤剂/颗粒剂服用与不良反应随访")
    # the rules can name only his own department and its ward
    await (
        drawer.locator(".cxd-Form-item", has_text="科室")
        .filter(has_text="不选则只匹配本科室")
        .locator(".cxd-Select")
        .click()
    )
    offered = [t.strip() for t in await tab.locator(".cxd-Select-menu .cxd-Select-option").all_inner_texts()]
    assert offered == ["心血管内科（0101）", "心血管内科一病区（0101W1）"], offered
    await tab.locator(".cxd-PopOver-overlay").first.click(position={"x": 2, "y": 2})
    row = drawer.locator(".cxd-Combo-item").first
    await row.locator("input[name=offset]").fill("1")
    await row.locator("input[name=window_days]").fill("130")
    await expect(drawer.locator(".template-sentence")).to_contain_text("出院后第 1 天起 130 天内电话随访")
    await expect(drawer.locator(".template-preview")).to_contain_text("可匹配")
    await tab.screenshot(path=artifacts_dir / "department_template.png")
    async with tab.expect_response(lambda r: r.url.endswith(f"{TEMPLATES}/designer")) as info:
        await drawer.locator("button:has-text('保存模板')").click()
    saved = await (await info.value).json()
    assert saved["status"] == 0, saved
    template_id = saved["data"]["id"]
    stored = await _api(tab, "GET", f"{TEMPLATES}/item/{template_id}")
    assert stored["data"]["match_rules"] == {"departments": ["0101"]}  # his department, filled in

    # 立即生成任务: the tasks go to the doctors the HIS names as attending
    line = tab.locator(".cxd-Table-table tbody tr", has=tab.get_by_text(NAME, exact=True))
    await line.get_by_role("button", name="立即生成任务").click()
    await tab.locator(".cxd-Modal button:has-text('确认')").click()
    await expect(tab.locator(".cxd-Toast", has_text="新生成随访任务").first).to_be_visible()
    tasks = (await _api(tab, "POST", f"{TASKS}/list?perPage=500", {"template_id": template_id}))["data"]["items"]
    assignees = {t["assignee__name"] for t in tasks}
    assert tasks and "张伟" in assignees and assignees <= {"张伟", "黄志强", None}, assignees
    assert all(t["department__name"] == "心血管内科" for t in tasks)
    assert not {"王丽", "李娜"} & assignees  # never the follow-up centre's queue

    # 张伟 works one of his from the task list
    await tab.context.clear_cookies()
    await login(tab, live_server.base, "xnk_doctor")
    mine = await _api(tab, "GET", "/api/v1/tasks?view=all&page_size=200")
    task = next(t for t in mine["items"] if t["template"] == NAME)
    await tab.goto(f"{live_server.base}/admin/#{TASKS}?template_id={template_id}&assignee_id={task['assignee_id']}")
    row = tab.locator("tbody tr", has_text=task["patient_name"]).first
    await row.locator("button:has-text('执行随访')").click()
    drawer = tab.locator(".cxd-Drawer")
    await expect(drawer.locator("button:has-text('保存随访结果')")).to_be_visible()
    await choose(drawer, "随访结果", "已联系")
    await choose(drawer, "联系方式", "其他方式联系")
    await drawer.locator("input[name=reached_reason]").fill("患者来门诊复查时面谈")
    # 已不再服用中药 stands alone: ticked with 汤剂 the form says so and sends nothing
    sent: list[str] = []
    tab.on("request", lambda r: sent.append(r.url) if f"/api/v1/tasks/{task['id']}/contacts" in r.url else None)
    await drawer.locator(".cxd-Checkbox", has_text="汤剂").click()
    # the items about 汤剂 now show (a multiple-choice answer meets their condition) and are answered
    await expect(drawer.get_by_text("煎煮", exact=False).first).to_be_visible()
    groups = drawer.locator(".cxd-RadiosControl")
    for index in range(await groups.count()):
        await groups.nth(index).locator("label").first.click()
    await drawer.locator(".cxd-Checkbox", has_text="没有不适").click()
    await drawer.locator(".cxd-Checkbox", has_text="已不再服用中药").click()
    await drawer.locator("button:has-text('保存随访结果')").click()
    clash = "题目「出院后服用的中药剂型」选了「已不再服用中药」，就不能再选其他选项"
    await expect(drawer.get_by_text(clash).first).to_be_visible()
    await expect(tab.locator(".cxd-Toast", has_text=clash)).to_be_visible()
    await expect(tab.locator(".cxd-Toast", has_text=clash)).not_to_contain_text("请填写以下必填项")
    await tab.screenshot(path=artifacts_dir / "desk_exclusive_option_refused.png")
    assert sent == []
    await drawer.locator(".cxd-Checkbox", has_text="汤剂").click()
    async with tab.expect_response(lambda r: f"/api/v1/tasks/{task['id']}/contacts" in r.url) as info:
        await drawer.locator("button:has-text('保存随访结果')").click()
    assert (await info.value).status == 200, await (await info.value).text()
    await expect(drawer).to_have_count(0)

    # the head's 科室随访统计 counts it
    await tab.context.clear_cookies()
    await login(tab, live_server.base, "xnk_head")
    after = await _department_figures(tab)
    assert (after["completed"], after["reached"]) == (before["completed"] + 1, before["reached"] + 1), (before, after)
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="科室随访").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="科室随访统计").first.click()
    until = tab.locator(".cxd-DatePicker input").nth(1)
    await until.click()
    await until.fill(LATER)
    await until.press("Enter")
    await tab.locator(".cxd-DatePicker-popover .rdtActive").first.click()  # confirms the typed day
    async with tab.expect_response(lambda r: "/api/v1/followup/stats?" in r.url and LATER in r.url):
        await tab.locator("button:has-text('统计')").first.click()
    completed = tab.locator("xpath=//th[normalize-space()='已完成']/following-sibling::td[1]")
    await expect(completed.first).to_have_text(str(after["completed"]))
    await expect(tab.locator("body")).to_contain_text("本科室满意度（行风办调查，只读）")
    await expect(tab.locator("body")).to_contain_text("张伟")  # 工作量
    await tab.screenshot(path=artifacts_dir / "department_statistics.png")
