"""满意度管理 in Chromium on the demo hospital: the 行风办 reads the statistics and saves the
weights, the department replies to a 整改单 in its dialog, the 行风办 verifies it; the pages keep
within the Content-Security-Policy and show no raw codes."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import httpx
from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api as _page_api
from tests.browser.test_template_designer import (
    TASKS,
    TEMPLATES,
    _choose,
    _generate,
    _open_designer,
    _save,
    _stored,
    _tasks,
)
from tests.live import LiveServer

RAW = ("satisfaction", "low_score", "complaint", "replied", "undefined", "null", "NaN")


async def _api(base: str, username: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base)
    token = (await client.post("/api/v1/auth/login", json={"username": username, "password": "Demo@2026"})).json()
    client.headers["Authorization"] = f"Bearer {token['access_token']}"
    return client


async def test_the_office_reads_statistics_sets_weights_and_a_rectification_goes_round(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    violations: list[str] = []
    tab.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    base = live_server.base
    office = await _api(base, "xingfeng01")

    # 行风办 designs a survey of 30% of each department's discharges, per month, in the designer
    await login(tab, base, "xingfeng01")
    drawer = await _open_designer(tab)
    await drawer.locator("input[name=name]").fill("心脑科住院满意度抽样调查")
    await _choose(tab, drawer, "项目", "满意度调查")
    await _choose(tab, drawer, "问卷", "住院满意度")
    await _choose(tab, drawer, "科室", "心血管内科（0101）")
    await _choose(tab, drawer, "科室", "脑病科（0102）")
    steps = drawer.locator(".cxd-Combo-item").first
    await steps.locator("input[name=offset]").fill("1")
    await steps.locator("input[name=window_days]").fill("14")
    await expect(drawer.locator("text=抽样（满意度调查）")).to_be_visible()
    await drawer.locator("input[name='sampling.percent']").fill("30")
    await drawer.locator("input[name='sampling.minimum']").fill("0")
    await expect(drawer.locator("textarea[name='script.opening']")).to_have_value(re.compile("您好"))
    template_id = (await _save(tab, drawer))["data"]["id"]
    stored = await _stored(tab, template_id)
    assert stored["sampling"]["enabled"] and stored["sampling"]["percent"] == 30, stored["sampling"]
    await _generate(tab, "心脑科住院满意度抽样调查")
    await expect(tab.locator(".cxd-Toast", has_text="未抽中").first).to_be_visible()  # said in Chinese
    sampled = await _tasks(tab, template_id)
    by_department: dict[str, int] = {}
    for row in sampled:
        by_department[row["department__name"]] = by_department.get(row["department__name"], 0) + 1
    assert set(by_department) == {"心血管内科", "脑病科"}, by_department
    again = await _page_api(tab, "POST", f"{TEMPLATES}/action/generate/{template_id}", {})
    assert again["status"] == 0 and len(await _tasks(tab, template_id)) == len(sampled)  # nothing drawn twice

    # the survey drawer opens with the caller's script beside the patient
    first = sampled[0]
    await tab.goto(f"{base}/admin/#{TASKS}?template_id={template_id}&patient__name={quote(first['patient__name'])}")
    line = tab.locator(".cxd-Table-table tbody tr", has=tab.get_by_text(first["patient__name"], exact=True)).first
    await line.get_by_role("button", name="执行随访").click()
    script = tab.locator(".cxd-Drawer .survey-script")
    await expect(script).to_contain_text("开场白")
    await expect(script).to_contain_text(f"请问您是{first['patient__name']}本人吗")
    await tab.screenshot(path=artifacts_dir / "satisfaction_survey_script.png")

    # three surveys worked: a complaint, a refusal, 不便回答; each figure moves by one
    today = date.today()
    period = {
        "period_from": (today - timedelta(days=60)).isoformat(),
        "period_until": (today + timedelta(days=60)).isoformat(),
    }
    before = (await office.get("/api/v1/satisfaction/stats", params=period)).json()
    detail = (await office.get(f"/api/v1/tasks/{first['id']}")).json()
    answers: dict[str, object] = {"complaint": "yes", "complaint_detail": "夜间呼叫铃长时间无人应答"}
    for item in detail["questionnaire"]["items"]:
        if item.get("dimension"):
            answers[item["id"]] = min((o for o in item["options"] if "score" in o), key=lambda o: o["score"])["value"]
    contact = {
        "client_uuid": str(uuid.uuid4()),
        "outcome": "reached",
        "answers": answers,
        # no call in this test: the survey was taken at the bedside
        "reached_without_call": "offline",
        "reached_reason": "出院前床旁填答",
    }
    saved = await office.post(f"/api/v1/tasks/{first['id']}/contacts", json=contact)
    assert saved.status_code == 200, saved.text
    for row, outcome in zip(sampled[1:3], ("refused", "inconvenient"), strict=True):
        worked = await office.post(
            f"/api/v1/tasks/{row['id']}/contacts", json={"client_uuid": str(uuid.uuid4()), "outcome": outcome}
        )
        assert worked.status_code == 200, worked.text
    after = (await office.get("/api/v1/satisfaction/stats", params=period)).json()
    scored = sum(1 for item in detail["questionnaire"]["items"] if item.get("dimension"))
    assert after["total"]["responded"] == before["total"]["responded"] + 1
    assert after["total"]["refused"] == before["total"]["refused"] + 1
    assert after["total"]["inconvenient"] == before["total"]["inconvenient"] + 1
    assert after["total"]["valid"] == before["total"]["valid"] + scored  # the worst answer: none 不适用
    assert after["total"]["satisfied"] == before["total"]["satisfied"]
    assert after["rectification"]["opened"] == before["rectification"]["opened"] + 1
    stats = (await office.get("/api/v1/satisfaction/stats")).json()
    assert stats["total"]["valid"] > 0
    open_ones = (await office.get("/api/v1/rectifications", params={"status": "open"})).json()["items"]
    doctors = {"心血管内科": "xnk_doctor", "脑病科": "nbk_doctor"}  # the sampled departments
    ours = [r for r in open_ones if "夜间呼叫铃长时间无人应答" in r["description"]]
    assert len(ours) == 1 and ours[0]["department"] in doctors, open_ones

    await tab.goto(f"{base}/admin/")
    nav = tab.locator(".cxd-AsideNav")
    await expect(nav.locator("text=满意度管理").first).to_be_visible()
    await expect(nav.locator("text=随访结果查询")).to_have_count(0)
    await tab.click("text=满意度管理")
    await tab.click("text=满意度统计")
    await expect(tab.locator(".cxd-Property", has_text="满意率")).to_be_visible()
    total = tab.locator(".cxd-Property")
    await expect(total).to_contain_text(str(stats["total"]["valid"]))
    await expect(tab.locator("text=短板题（低于全院平均分最多的题目）")).to_be_visible()
    await expect(tab.locator(".cxd-Chart canvas")).to_have_count(2)  # 各维度平均分, 月度趋势
    await tab.screenshot(path=artifacts_dir / "satisfaction_stats.png", full_page=True)
    body = await tab.locator(".cxd-Page-body").inner_text()
    assert not [w for w in RAW if w in body], body[:500]

    # 满意度参数: a weight saved in the form counts in the index
    await tab.click("text=满意度参数")
    field = tab.locator("input[name='weights.医患沟通']")
    await expect(field).to_be_visible()
    await field.fill("3")
    await tab.click("button:has-text('提交')")
    await expect(tab.locator(".cxd-Toast", has_text="已保存")).to_be_visible()
    assert (await office.get("/api/v1/satisfaction/settings")).json()["weights"]["医患沟通"] == 3

    # the department replies to its 整改单 in the dialog
    target = ours[0]["id"]
    await tab.context.clear_cookies()
    await login(tab, base, doctors[ours[0]["department"]])
    await tab.click("text=满意度管理")
    await tab.click("text=整改管理")
    row = tab.locator("tbody tr", has=tab.locator("td", has_text=str(target))).first
    await expect(row).to_be_visible()
    body = await tab.locator(".cxd-Page-body").inner_text()
    assert "待整改" in body and not [w for w in RAW if w in body]
    await row.locator("button:has-text('反馈措施')").click()
    await tab.locator(".cxd-Modal textarea[name=measures]").fill("科室已组织夜班护士培训，呼叫铃 3 分钟内响应")
    await tab.screenshot(path=artifacts_dir / "satisfaction_rectification_reply.png")
    await tab.locator(".cxd-Modal button:has-text('确认')").click()
    await expect(tab.locator(".cxd-Toast", has_text="已反馈整改措施")).to_be_visible()

    # the office verifies it: a callback task for the patient
    await tab.context.clear_cookies()
    await login(tab, base, "xingfeng01")
    await tab.click("text=满意度管理")
    await tab.click("text=整改管理")
    row = tab.locator("tbody tr", has=tab.locator("td", has_text=str(target))).first
    await row.locator("button:has-text('核实')").click()
    await tab.locator(".cxd-Modal button:has-text('确认')").click()
    await expect(tab.locator(".cxd-Toast", has_text="已生成回访任务")).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "satisfaction_rectification_verified.png")
    done = next(r for r in (await office.get("/api/v1/rectifications")).json()["items"] if r["id"] == target)
    assert done["status"] == "verified" and done["callback_task_id"]
    closed = (await office.get("/api/v1/satisfaction/stats", params=period)).json()["rectification"]
    assert closed["closed"] == after["rectification"]["closed"] + 1
    await office.aclose()
    assert violations == []
