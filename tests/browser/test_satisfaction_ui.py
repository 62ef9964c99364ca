"""满意度管理 in Chromium on the demo hospital: the 行风办 reads the statistics and saves the
weights, the department replies to a 整改单 in its dialog, the 行风办 verifies it; the pages keep
within the Content-Security-Policy and show no raw codes."""

from __future__ import annotations

from pathlib import Path

import httpx
from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
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
    stats = (await office.get("/api/v1/satisfaction/stats")).json()
    assert stats["total"]["valid"] > 0, "the demo has worked satisfaction surveys"
    open_ones = (await office.get("/api/v1/rectifications", params={"status": "open"})).json()["items"]
    doctors = {"心血管内科": "xnk_doctor", "脑病科": "nbk_doctor"}  # the demo survey's departments
    ours = [r for r in open_ones if r["department"] in doctors]
    assert ours, f"the demo's surveys opened 整改单: {open_ones}"

    await login(tab, base, "xingfeng01")
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
    await office.aclose()
    assert violations == []
