"""随访中心 end to end in Chromium: a template, its tasks, one follow-up executed in the queue's
form; the result is found by the results query and the statistics move by exactly one."""

from __future__ import annotations

import io
import re
import wave
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from playwright.async_api import Locator, Page, expect

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


async def choose(scope: Locator, label: str, option: str) -> None:
    """Pick `option` in the amis select labelled `label`."""
    await scope.locator(".cxd-Form-item", has_text=label).locator(".cxd-Select").first.click()
    await scope.page.locator(".cxd-Select-option", has_text=option).first.click()


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
    await choose(drawer, "随访结果", "已联系")
    await expect(drawer.locator(".cxd-RadiosControl").first).to_be_visible()
    groups = drawer.locator(".cxd-RadiosControl")
    for index in range(await groups.count()):
        await groups.nth(index).locator("label span").nth(1).click()  # 无不适 / 否: no follow-up questions
    # no call was made: 已联系 on this phone task says how the patient was reached
    await choose(drawer, "联系方式", "其他方式联系")
    await drawer.locator("input[name=reached_reason]").fill("患者来电反馈")
    areas = drawer.locator("textarea")
    for index in range(await areas.count()):
        await areas.nth(index).fill("电话随访，患者恢复平稳。" * 40)  # long answers, as real notes are
    await tab.screenshot(path=artifacts_dir / "followup_execution.png")
    await drawer.locator("button:has-text('保存随访结果')").click()
    await expect(drawer).to_have_count(0)

    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访结果查询").first.click()
    await expect(tab.locator("tbody tr").first).to_contain_text("已联系")
    # a long answer is cut in the list (whole on hover), so a row stays a row
    row = await tab.locator("tbody tr").first.bounding_box()
    assert row is not None and row["height"] < 200, row
    await tab.screenshot(path=artifacts_dir / "followup_results.png")
    after = await _counts(tab)
    assert after == (before[0] + 1, before[1] + 1, before[2] + 1), (before, after)

    # 统计分析: each plan figure opens 随访任务 filtered by the same period, listing exactly that many tasks
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="统计分析").first.click()
    until = tab.locator(".cxd-DatePicker input").nth(1)
    later = str(date.today() + timedelta(days=365))  # every task of the run falls due before it
    await until.click()
    await until.fill(later)
    await until.press("Enter")
    await tab.locator(".cxd-DatePicker-popover .rdtActive").first.click()  # confirms the typed day
    await tab.locator("button:has-text('统计')").click()
    figures = tab.locator(".cxd-Property a")
    await expect(figures.nth(0)).to_have_attribute("href", re.compile(later))
    due, completed = int(await figures.nth(0).inner_text()), int(await figures.nth(1).inner_text())
    assert completed >= 1 and due >= completed
    await tab.screenshot(path=artifacts_dir / "followup_statistics.png")
    await figures.nth(1).click()  # 已完成
    await expect(tab.locator(".cxd-Crud")).to_contain_text(f"显示{completed}条结果")
    await expect(tab.locator("tbody tr").first).to_contain_text("已完成")


# The simulator dialer picks the outcome by the number's last digit (0 failed, 4 busy, 7 no answer).
SIMULATOR_UNANSWERED = "047"


async def open_task_for_call(tab: Page, assignee: str, *, avoid_last_digits: str = "") -> dict[str, Any]:
    """Open 随访任务 and the 执行随访 drawer of an open task of `assignee` shown on the first page,
    whose patient's number does not end in one of `avoid_last_digits`; returns the task row."""
    listed = await _api(tab, "POST", "/admin/FollowUpApp/TaskAdmin/list?page=1&perPage=20", {})
    mine = {t["id"]: t for t in (await _api(tab, "GET", "/api/v1/tasks?page_size=200"))["items"]}
    for row in listed["data"]["items"]:
        if row["assignee__name"] != assignee or row["status"] != "assigned" or row["id"] not in mine:
            continue
        patient = await _api(tab, "GET", f"/api/v1/patients/{mine[row['id']]['patient_id']}")
        if patient["phone"] and patient["phone"][-1] not in avoid_last_digits:
            break
    else:
        raise AssertionError(f"no open task of {assignee} to call on the first page")
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访中心").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访任务").first.click()
    line = tab.locator("tbody tr", has=tab.get_by_role("cell", name=str(row["id"]), exact=True)).filter(
        has_text=row["patient__name"]
    )
    await line.locator("button:has-text('执行随访')").click()
    await expect(tab.locator(".cxd-Drawer button:has-text('保存随访结果')")).to_be_visible()
    return {**row, "patient_id": mine[row["id"]]["patient_id"], "masked_phone": patient["phone"]}


async def test_dialling_from_the_execution_drawer_links_the_completed_simulated_call_to_the_saved_contact(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")  # dial method PBX; the server's driver is the simulator
    task = await open_task_for_call(tab, "王丽", avoid_last_digits=SIMULATOR_UNANSWERED)
    drawer = tab.locator(".cxd-Drawer")
    status = drawer.locator(".call-status")
    await expect(status).to_have_text("尚未拨打")
    hang_up = drawer.locator(".cxd-Button", has_text="挂断")
    await expect(hang_up).to_have_class(re.compile("is-disabled"))  # no call to hang up

    async with tab.expect_response(lambda r: r.url.endswith("/api/v1/calls") and r.request.method == "POST") as info:
        await drawer.locator("button:has-text('拨打电话')").click()
    started = await (await info.value).json()
    assert started["method"] == "pbx" and started["driver"] == "simulator" and started["task_id"] == task["id"]
    assert started["number"] is None  # the server dials: the number never reaches the page
    # the page polls the call: it rings, is answered a second later and talks for 3 s (the simulator's
    # clock is honest: it said 65 s after 3 s and played a 1.5 s tone)
    await expect(status).to_have_text(re.compile(r"^通话已结束，通话时长 \d+ 秒（已录音）$"), timeout=15_000)
    shown = await status.inner_text()
    await tab.screenshot(path=artifacts_dir / "followup_call_completed.png")
    await expect(hang_up).to_have_class(re.compile("is-disabled"))
    await expect(drawer.locator(".cxd-Button", has_text="拨打电话")).not_to_have_class(re.compile("is-disabled"))

    # the drawer closed by mistake and opened again: it still knows the call, and links it
    await drawer.locator(".cxd-Drawer-close").click()
    await expect(drawer).to_have_count(0)
    line = tab.locator("tbody tr", has=tab.get_by_role("cell", name=str(task["id"]), exact=True))
    await line.locator("button:has-text('执行随访')").click()
    await expect(status).to_have_text(re.compile(r"^上次拨打：.* 已结束，通话 \d+ 秒$"))

    await choose(drawer, "随访结果", "已联系")  # the answered call shows the contact: no statement
    await expect(drawer.locator(".cxd-RadiosControl").first).to_be_visible()
    groups = drawer.locator(".cxd-RadiosControl")
    for index in range(await groups.count()):
        await groups.nth(index).locator("label span").nth(1).click()
    async with tab.expect_response(lambda r: r.url.endswith(f"/api/v1/tasks/{task['id']}/contacts")) as saved_info:
        await drawer.locator("button:has-text('保存随访结果')").click()
    saved = await saved_info.value
    assert saved.ok, await saved.text()
    assert saved.request.post_data_json["call_id"] == started["id"]
    await expect(drawer).to_have_count(0)

    call = await _api(tab, "GET", f"/api/v1/calls/{started['call_id']}")
    assert (call["id"], call["task_id"], call["status"]) == (started["id"], task["id"], "completed"), call
    assert call["answered_at"] and call["ended_at"] and call["has_recording"]
    talked = (datetime.fromisoformat(call["ended_at"]) - datetime.fromisoformat(call["answered_at"])).total_seconds()
    assert call["duration_seconds"] == round(talked) == 3, call
    assert f"通话时长 {call['duration_seconds']} 秒" in shown  # what the drawer said is what happened
    recording = await tab.request.get(f"{live_server.base}/api/v1/calls/{started['call_id']}/recording")
    assert recording.ok
    with wave.open(io.BytesIO(await recording.body())) as played:
        assert round(played.getnframes() / played.getframerate()) == call["duration_seconds"]
    # the saved contact (as the server stored it) names the call
    assert (await saved.json())["call_id"] == started["id"]
