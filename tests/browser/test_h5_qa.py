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
