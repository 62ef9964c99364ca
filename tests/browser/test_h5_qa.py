"""What a QA walk of the H5 app on a phone found, checked in Chromium against the demo hospital:
a refused save is seen wherever the doctor is on a long task page (a notice, the page scrolled to the
item, the server's own message under it); 短信管理 offers only patient notices, none chosen for the
doctor, with readable text and one field per variable, asks before anything goes out, and says why
nothing left outside the sending hours; a role without SMS rights sees only 没有权限; 修改密码 has
a way back and the login page says why it is shown again; the app has an icon."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, expect

from backend.clock import SHANGHAI
from tests.browser.conftest import Recorder
from tests.browser.test_h5 import PASSWORD, PHONE, _fill, _login, _open, contexts  # noqa: F401 (a fixture)
from tests.live import LiveServer


def _closed_hours() -> str:
    """A sending window that is not now (Beijing time), so 立即发送 finds the hours closed."""
    hour = datetime.now(SHANGHAI).hour
    return "20:00-21:00" if hour < 12 else "03:00-04:00"


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("qa"), {"SMS__SENDING_HOURS": _closed_hours()})
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


async def _number_task(base: str) -> tuple[str, int, str, dict]:
    """An open task of an agent whose questionnaire has a number item with a range (静息心率 20–250,
    the cardiology plan's)."""
    async with httpx.AsyncClient(base_url=base) as client:
        for username in ("kefu01", "kefu02"):
            login = await client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
            auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
            for view in ("all",):
                listed = await client.get("/api/v1/tasks", params={"view": view, "page_size": 100}, headers=auth)
                for task in listed.json()["items"]:
                    detail = (await client.get(f"/api/v1/tasks/{task['id']}", headers=auth)).json()
                    for item in detail["questionnaire"]["items"]:
                        if item["type"] == "number" and item.get("max") is not None and not item.get("show_if"):
                            return username, task["id"], detail["patient_name"], item
    raise AssertionError("no task with a number item in the demo")


async def test_a_refused_save_is_seen_where_the_doctor_is_and_under_the_item(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
    artifacts_dir: Path,
) -> None:
    username, task_id, patient, item = await _number_task(live_server.base)
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, live_server.base, username)
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    await tab.goto(f"{live_server.base}/h5/tasks/{task_id}")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text(patient)
    # 应随访 keeps its dates whole on a phone (it wrapped as 2026-12- / 10)
    due = tab.locator(".van-cell", has_text="应随访").locator(".van-cell__value")
    assert (await due.bounding_box() or {}).get("height", 99) < 30, "应随访 wraps"

    await tab.locator(".van-radio", has_text="已联系").click()
    await _fill(tab.locator(".questionnaire"))
    field = tab.locator(f".q-item[data-item='{item['id']}'] input")
    await field.fill(str(int(item["max"]) + 1000))
    await tab.locator("button:has-text('保存随访记录')").click()
    notice = tab.locator(".van-notify")
    await expect(notice).to_be_visible()
    problem = tab.locator(f".q-item[data-item='{item['id']}']")
    await expect(problem.locator(".q-error")).to_be_visible()
    said = (await problem.locator(".q-error").inner_text()).strip()
    assert said != "请回答此题" and str(item["max"]) in said, said  # the server's range message
    await expect(notice).to_contain_text(str(item["max"]))
    await expect(problem.locator(".q-error")).to_be_in_viewport(ratio=1)  # scrolled to, on a long page
    await tab.screenshot(path=artifacts_dir / "h5_save_out_of_range.png")
    await notice.screenshot(path=artifacts_dir / "h5_save_out_of_range_notice.png")

    # an error about no item (how the patient was reached) scrolls to where it is answered
    await field.fill(str(int(item["max"])))
    await tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    await tab.locator("button:has-text('保存随访记录')").click()
    await expect(tab.locator(".van-notify")).to_contain_text("已接通的电话")
    await expect(tab.locator("[data-field=reached]")).to_be_in_viewport(ratio=1)
    await expect(problem.locator(".q-error")).to_have_count(0)
    await tab.screenshot(path=artifacts_dir / "h5_save_reached_how.png")


async def test_sms_offers_patient_notices_asks_before_sending_and_says_why_nothing_left(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
    artifacts_dir: Path,
) -> None:
    window = _closed_hours().replace("-", "–")
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, live_server.base, "xnk_doctor")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    await tab.goto(f"{live_server.base}/h5/sms")
    templates = tab.locator(".template")
    await expect(templates.first).to_be_visible()
    listed = await templates.all_inner_texts()
    assert not any("系统告警" in t for t in listed), listed  # never the administrator alert
    assert not any("${" in t for t in listed), listed
    await expect(tab.locator(".template .van-radio__icon--checked")).to_have_count(0)  # nothing chosen
    await expect(tab.get_by_text("请先在上方选择短信模板")).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "h5_sms_templates.png", full_page=True)

    await templates.filter(has_text="义诊通知").click()
    await expect(tab.locator(".van-field", has_text="日期")).to_be_visible()
    await expect(tab.locator(".van-field", has_text="地点")).to_be_visible()
    await tab.fill("input[name=param_date]", "12月20日上午")
    await tab.fill("input[name=param_place]", "门诊大厅")
    await expect(tab.get_by_test_id("sms-preview")).to_contain_text("将于12月20日上午在门诊大厅举办义诊")
    await tab.fill("input[name=batch_name]", "义诊通知（QA）")
    await tab.screenshot(path=artifacts_dir / "h5_sms_compose.png", full_page=True)
    await tab.click("button:has-text('排期发送')")
    dialog = tab.locator(".van-dialog")
    await expect(dialog).to_contain_text(re.compile(r"将向 \d+ 位患者发送以下短信"))
    await expect(dialog).to_contain_text("张三您好")
    await dialog.screenshot(path=artifacts_dir / "h5_sms_confirm.png")
    await dialog.locator("button", has_text="取消").click()
    await expect(tab.locator(".batch")).to_have_count(0)  # cancelled: nothing scheduled
    await tab.click("button:has-text('排期发送')")
    await dialog.locator("button", has_text="确认发送").click()
    await expect(tab.locator(".van-toast")).to_contain_text(f"当前不在短信发送时段（{window}）")

    batch = tab.locator(".batch", has_text="义诊通知（QA）")
    await expect(batch).to_contain_text("已排期")
    await batch.locator("button", has_text="立即发送").click()
    await expect(dialog).to_contain_text(re.compile(r"将向 \d+ 位患者立即发送以下短信"))
    await expect(dialog).to_contain_text("将于12月20日上午在门诊大厅举办义诊")
    await dialog.locator("button", has_text="确认发送").click()
    toast = tab.locator(".van-toast", has_text="当前不在短信发送时段")
    await expect(toast).to_contain_text(
        re.compile(rf"当前不在短信发送时段（{window}），\d+ 条将于 (明日 )?\d\d:00 起发送")
    )
    await toast.screenshot(path=artifacts_dir / "h5_sms_run_outside_hours.png")
    await tab.screenshot(path=artifacts_dir / "h5_sms_results.png")
    await expect(batch.locator(".counts")).not_to_contain_text("queued")


async def test_without_sms_rights_only_no_permission_is_shown(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
) -> None:
    tab = await _open(browser, contexts, PHONE)
    asked: list[str] = []
    tab.on("request", lambda r: asked.append(r.url) if "/api/v1/sms/" in r.url else None)
    await _login(tab, live_server.base, "xnk_nurse")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    await tab.goto(f"{live_server.base}/h5/sms")
    await expect(tab.get_by_text("没有权限")).to_be_visible()
    await expect(tab.locator("button:has-text('排期发送')")).to_have_count(0)
    await expect(tab.locator(".van-tabs")).to_have_count(0)
    assert asked == []


async def test_password_page_has_a_way_back_and_login_says_why_after_a_change(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
    artifacts_dir: Path,
) -> None:
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, live_server.base, "gsk_doctor")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    await tab.goto(f"{live_server.base}/h5/me")
    await tab.locator(".van-cell", has_text="修改密码").click()
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("修改密码")
    await tab.locator(".van-nav-bar__left", has_text="返回").click()
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的")
    await tab.locator(".van-cell", has_text="修改密码").click()
    await tab.fill("input[name=old]", PASSWORD)
    await tab.fill("input[name=new]", "Changed@2026x")
    await tab.fill("input[name=again]", "Changed@2026x")
    await tab.click("button:has-text('保存新密码')")
    await expect(tab.get_by_role("status")).to_have_text("密码已修改，请用新密码重新登录")
    await expect(tab.get_by_role("button", name="登录", exact=True)).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "h5_after_password_change.png")

    icon = await tab.locator("link[rel=icon]").get_attribute("href")
    assert icon
    async with httpx.AsyncClient(base_url=live_server.base) as client:
        served = await client.get(icon)
    assert served.status_code == 200 and "svg" in served.headers["content-type"]


async def test_my_tasks_page_through_the_server_and_count_what_is_filtered(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
    artifacts_dir: Path,
) -> None:
    """The list loaded 100 tasks and filtered them in the browser: an agent with more missed some,
    and a chip showed 暂无任务 above 共 10 条. A call-back booked for later was in no list."""
    import sqlite3
    import uuid
    from datetime import date, timedelta

    base = live_server.base
    today = date.today()
    with sqlite3.connect(live_server.database) as db:  # every open centre task is 王丽's, due today
        db.execute(
            "UPDATE followup_task SET assignee_id = (SELECT id FROM staff WHERE username = 'kefu01'),"
            " due_start = ?, due_end = ?, next_attempt_at = NULL"
            " WHERE status IN ('assigned', 'in_progress') AND program = 'centre'",
            [str(today - timedelta(days=1)), str(today + timedelta(days=3))],
        )
    async with httpx.AsyncClient(base_url=base) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "kefu01", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
        listed = (await client.get("/api/v1/tasks", params={"view": "today", "page_size": 1}, headers=auth)).json()
        first = listed["items"][0]
        booked = await client.post(
            f"/api/v1/tasks/{first['id']}/contacts",
            headers=auth,
            json={
                "client_uuid": str(uuid.uuid4()),
                "outcome": "call_back_later",
                "call_back_at": f"{today + timedelta(days=2)}T10:00:00+08:00",
            },
        )
        assert booked.status_code == 200, booked.text
        total = (await client.get("/api/v1/tasks", params={"view": "today"}, headers=auth)).json()["total"]
    assert total > 30, total  # more than one page of the app's list

    tab = await _open(browser, contexts, PHONE)
    await _login(tab, base, "kefu01")
    await expect(tab.get_by_test_id("task-total")).to_have_text(f"共 {total} 条")
    rows = tab.locator(".task-row")
    await expect(rows).to_have_count(30)
    await rows.last.scroll_into_view_if_needed()
    await expect(rows).to_have_count(total)  # the next page came as the list scrolled

    await tab.locator(".van-tag", has_text="满意度").click()
    await expect(tab.get_by_test_id("task-total")).to_have_text("共 0 条")
    await expect(tab.get_by_text("暂无任务")).to_be_visible()
    await tab.locator(".van-tag", has_text="全部").click()
    await tab.locator(".van-tab", has_text="预约回访").click()
    await expect(tab.get_by_test_id("task-total")).to_have_text("共 1 条")
    booked_row = tab.locator(".task-row")
    await expect(booked_row).to_have_count(1)
    await expect(booked_row).to_contain_text(first["patient_name"])
    await expect(booked_row).to_contain_text(f"回访 {today + timedelta(days=2)} 10:00")
    await tab.screenshot(path=artifacts_dir / "h5_tasks_scheduled.png")


async def test_a_completed_task_shows_what_was_recorded(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
    artifacts_dir: Path,
) -> None:
    """An 已完成 task opened to its header and the 360 only: the outcome and answers were nowhere."""
    async with httpx.AsyncClient(base_url=live_server.base) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "kefu02", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
        done = (await client.get("/api/v1/tasks", params={"view": "done", "page_size": 50}, headers=auth)).json()
        task = None
        for row in done["items"]:
            if (await client.get(f"/api/v1/tasks/{row['id']}", headers=auth)).json()["records"]:
                task = row
                break
        assert task is not None, "no completed task with a record in the demo"
        detail = (await client.get(f"/api/v1/tasks/{task['id']}", headers=auth)).json()
    record = detail["records"][0]
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, live_server.base, "kefu02")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    await tab.goto(f"{live_server.base}/h5/tasks/{task['id']}")
    shown = tab.locator(".record").first
    await expect(shown.locator(".van-cell", has_text="随访结果")).to_contain_text(record["outcome_label"])
    if record["answers"]:
        await expect(shown.locator(".q-item").first).to_be_visible()
        await expect(shown.locator("input:not([disabled]):not([readonly]), textarea:not([readonly])")).to_have_count(0)
    await expect(tab.locator("button:has-text('保存随访记录')")).to_have_count(0)
    await tab.screenshot(path=artifacts_dir / "h5_done_task.png", full_page=True)


async def test_discharged_patients_are_searched_and_paged_from_the_server(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
    artifacts_dir: Path,
) -> None:
    async with httpx.AsyncClient(base_url=live_server.base) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "xnk_doctor", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
        out = (
            await client.get("/api/v1/admissions", params={"in_hospital": "false", "page_size": 200}, headers=auth)
        ).json()
    assert out["items"], "no discharged patient in the demo department"
    discharged = [a["discharged_at"] for a in out["items"]]
    assert discharged == sorted(discharged, reverse=True)  # the latest discharge first
    someone = out["items"][-1]
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, live_server.base, "xnk_doctor", "/h5/patients?view=out")
    await expect(tab.get_by_test_id("patient-total")).to_have_text(f"共 {out['total']} 人次")
    await expect(tab.locator(".patient-row").first).to_contain_text(out["items"][0]["patient_name"])
    search = tab.locator("input[type=search]")
    await search.fill(someone["patient_name"])
    await search.press("Enter")
    await expect(tab.locator(".patient-row").first).to_contain_text(someone["patient_name"])
    await tab.screenshot(path=artifacts_dir / "h5_patients_search.png")
    await search.fill("无此患者")
    await search.press("Enter")
    await expect(tab.get_by_text("没有找到符合条件的患者")).to_be_visible()
    await expect(tab.get_by_test_id("patient-total")).to_have_text("共 0 人次")
