"""员工维护 as a system administrator would use it, and a nurse's menu, in Chromium."""

from __future__ import annotations

from pathlib import Path

import httpx
from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login, open_discharged_patient_360
from tests.live import LiveServer


async def _staff_row(base: str, username: str) -> dict:
    """What the server holds, read through the API as the system administrator."""
    async with httpx.AsyncClient(base_url=base) as api:
        login = await api.post("/api/v1/auth/login", json={"username": "sysadmin", "password": "Demo@2026"})
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        listed = (await api.get("/api/v1/staff", params={"keyword": username}, headers=headers)).json()
    return next(s for s in listed["items"] if s["username"] == username)


async def test_system_administrator_creates_finds_edits_and_locks_a_staff_member(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    base = live_server.base
    await login(tab, base, "sysadmin")
    await tab.screenshot(path=artifacts_dir / "admin_home_sysadmin.png")
    await tab.click("text=系统管理")
    await tab.click("text=员工维护")
    await expect(tab.locator("td", has_text="kefu01")).to_be_visible()

    # Create
    await tab.click("button:has-text('新增')")
    dialog = tab.locator(".cxd-Modal")
    await dialog.locator("input[name=username]").fill("zhangsan")
    await dialog.locator("input[name=name]").fill("张三")
    await dialog.locator("input[name=title]").fill("护师")
    await dialog.locator("input[name=phone_extension]").fill("8301")
    await dialog.locator("input[name=password]").fill("Nurse#2026")
    await tab.screenshot(path=artifacts_dir / "admin_staff_create.png")
    await dialog.locator("button:has-text('确认')").click()
    await expect(tab.locator(".cxd-Toast", has_text="已保存 1 条")).to_be_visible()
    await expect(tab.locator("td", has_text="zhangsan")).to_be_visible()

    # Find by filter
    await tab.click("button:has-text('筛选')")
    await tab.locator(".cxd-Form--inline input[name=name]").fill("张三")
    await tab.click("button:has-text('搜索')")
    await expect(tab.locator("tbody tr")).to_have_count(1)
    await expect(tab.locator("tbody tr").first).to_contain_text("zhangsan")
    await tab.screenshot(path=artifacts_dir / "admin_staff_filtered.png")

    # Edit
    row = tab.locator("tbody tr", has_text="zhangsan")
    await row.locator("button:has(.fa-pencil)").click()
    edit = tab.locator(".cxd-Modal")
    await edit.locator("input[name=title]").fill("主管护师")
    await edit.locator("button:has-text('确认')").click()
    await expect(tab.locator("tbody tr", has_text="zhangsan")).to_contain_text("主管护师")

    # Lock
    await tab.locator("tbody tr", has_text="zhangsan").locator("button:has-text('锁定')").click()
    await tab.locator(".cxd-Modal button:has-text('确认')").click()
    await expect(tab.locator(".cxd-Toast", has_text="已锁定")).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "admin_staff_locked.png")

    held = await _staff_row(base, "zhangsan")
    assert held["name"] == "张三" and held["title"] == "主管护师" and held["locked"] is True
    assert held["phone_extension"] == "8301"


async def test_a_nurse_sees_no_system_management(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "xnk_nurse")
    await expect(tab.locator(".cxd-AsideNav-itemLabel", has_text="患者与随访").first).to_be_visible()
    await expect(tab.locator("text=系统管理")).to_have_count(0)
    await tab.screenshot(path=artifacts_dir / "admin_home_nurse.png")
    # Straight to the staff page's data route: refused, not merely hidden.
    refused = await tab.evaluate(
        "fetch('/admin/SystemApp/StaffAdmin/list', {method: 'POST', headers: {'content-type': 'application/json'},"
        " body: '{}'}).then(r => r.status)"
    )
    assert refused == 403


async def test_login_failure_is_shown_in_chinese(page: tuple[Page, Recorder], live_server: LiveServer) -> None:
    tab, _ = page
    await tab.goto(f"{live_server.base}/admin/login")
    await tab.fill("input[name=username]", "sysadmin")
    await tab.fill("input[name=password]", "wrong-password")
    await tab.click("button:has-text('登录')")
    await expect(tab.locator("text=用户名或密码错误")).to_be_visible()


async def test_patient_360_shows_masked_basics_stays_and_flagged_labs(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="患者与随访").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="患者查询").first.click()
    await expect(tab.locator("button:has-text('360 视图')").first).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "patient_list.png")
    await open_discharged_patient_360(tab)
    drawer = tab.locator(".cxd-Drawer")
    await expect(drawer.locator("text=检验结果")).to_be_visible()
    await expect(drawer.locator("text=出院小结").first).to_be_visible()
    basics = await drawer.locator(".cxd-Property").first.inner_text()
    assert "****" in basics and "**********" in basics  # phone and ID number masked
    await tab.screenshot(path=artifacts_dir / "patient_360.png")
    # The trend of repeated items: amis renders the ECharts canvas once it scrolls into view.
    await drawer.locator(".cxd-Chart").scroll_into_view_if_needed()
    await expect(drawer.locator(".cxd-Chart canvas").first).to_be_attached()
    await tab.screenshot(path=artifacts_dir / "patient_360_labs.png")
