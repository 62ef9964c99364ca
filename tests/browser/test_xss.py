"""Stored XSS: names and texts from outside or from staff are shown as text on every page, in Chromium.

Every text a payload can reach is set to an `<img>` whose load hits a loopback probe path and whose
onerror sets `window.__xss`: patient names (as a FHIR import or HIS would bring them), staff names
(set by one administrator, shown in another's session), department and questionnaire texts,
follow-up answers and notes, an SMS reply. Each page must show the payload as text (so it really
reached the page), run nothing, and fetch nothing from the probe path. The Content-Security-Policy
header is checked on the admin shell, the login page and the H5 questionnaire page.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login, open_discharged_patient_360
from tests.browser.test_followup_ui import choose
from tests.live import ROOT, LiveServer

PROBE = "/xp/"


def payload(tag: str) -> str:
    # 31 characters: fits the shortest column it is written to (staff name, 32).
    return f"<img src={PROBE}{tag} onerror=__xss=1>"


PATIENT, STAFF, DEPARTMENT, ANSWER, NOTE, REPLY, HIS_TEXT = (payload(t) for t in "psdanrh")
QUESTIONNAIRE = payload("q")
PUSH_TOKEN = secrets.token_urlsafe(24)
# Known keys, so the test can sign the patient's H5 questionnaire link as the server would.
KEYS = {f"SECURITY__{name}_KEY": secrets.token_urlsafe(40) for name in ("SECRET", "DATA", "INDEX")}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("xss"), env={"SMS__PUSH_TOKEN": PUSH_TOKEN, **KEYS})
    try:
        server.wait_ready()
        _plant(server)
        yield server
    finally:
        server.stop()


def _plant(server: LiveServer) -> None:
    """Payloads through the routes outsiders and staff use, and into rows imported from HIS."""
    base = server.base
    with httpx.Client(base_url=base) as api:
        token = api.post("/api/v1/auth/login", json={"username": "sysadmin", "password": "Demo@2026"}).json()
        admin = {"Authorization": f"Bearer {token['access_token']}"}
        for username in ("kefu01", "auditor"):
            staff = api.get("/api/v1/staff", params={"keyword": username}, headers=admin).json()["items"]
            staff_id = next(s["id"] for s in staff if s["username"] == username)
            renamed = api.patch(f"/api/v1/staff/{staff_id}", json={"name": STAFF}, headers=admin)
            assert renamed.status_code == 200, renamed.text
        reply = api.post(
            f"/api/v1/sms/push/reply?token={PUSH_TOKEN}",
            json=[
                {
                    "phone_number": "13800000000",
                    "content": REPLY,
                    "send_time": "2026-01-05 10:00:00",
                    "dest_code": "",
                    "sequence_id": "xss-1",
                }
            ],
        )
        assert reply.status_code == 200, reply.text
        kefu = api.post("/api/v1/auth/login", json={"username": "kefu01", "password": "Demo@2026"}).json()
        agent = {"Authorization": f"Bearer {kefu['access_token']}"}
        tasks = api.get("/api/v1/tasks", params={"page_size": 5}, headers=agent).json()["items"]
        assert tasks, "kefu01 has no tasks in the demo"
        call = api.post("/api/v1/calls", json={"task_id": tasks[0]["id"]}, headers=agent)
        assert call.status_code == 200, call.text
        server.h5_task_id = tasks[-1]["id"]  # type: ignore[attr-defined]
    # What HIS imports and staff write, straight into the rows the pages read.
    with sqlite3.connect(server.database) as db:
        db.execute("UPDATE patient SET name = ?", (PATIENT,))
        db.execute("UPDATE department SET name = ?", (DEPARTMENT,))
        db.execute("UPDATE questionnaire SET title = ?", (QUESTIONNAIRE,))
        for row_id, items in db.execute("SELECT id, items FROM questionnaire").fetchall():
            labelled = [{**item, "text": QUESTIONNAIRE} for item in json.loads(items)]
            db.execute("UPDATE questionnaire SET items = ? WHERE id = ?", (json.dumps(labelled), row_id))
        db.execute("UPDATE discharge_summary SET discharge_orders = ?", (HIS_TEXT,))
        for row_id, fields in db.execute("SELECT id, fields_data FROM front_page").fetchall():
            texts = {k: HIS_TEXT if isinstance(v, str) else v for k, v in json.loads(fields).items()}
            db.execute("UPDATE front_page SET fields_data = ? WHERE id = ?", (json.dumps(texts), row_id))
        for row_id, answers in db.execute("SELECT id, answers FROM followup_record").fetchall():
            texts = {k: ANSWER if isinstance(v, str) else v for k, v in json.loads(answers).items()}
            db.execute(
                "UPDATE followup_record SET answers = ?, notes = ? WHERE id = ?", (json.dumps(texts), NOTE, row_id)
            )


def _h5_link(server: LiveServer) -> str:
    """The patient's questionnaire link of an open task, signed with the server's key."""
    code = (
        "from datetime import timedelta; from backend.clock import now; from backend.security import signing;"
        " from backend.services.followup_sms import H5_PURPOSE;"
        f" print(signing.sign_short(H5_PURPOSE, {server.h5_task_id}, now() + timedelta(days=1)))"  # type: ignore[attr-defined]
    )
    env = {**os.environ, **KEYS, "PYTHONPATH": str(ROOT), "ENV": "development"}
    signed = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return f"{server.base}/h5/q/{signed.stdout.strip()}"


@pytest.fixture
def blocked(page: tuple[Page, Recorder]) -> Iterator[list[str]]:
    """What the Content-Security-Policy blocked: nothing, or amis lost a feature to it."""
    tab, _ = page
    reports: list[str] = []
    tab.on(
        "console", lambda message: reports.append(message.text) if "Content Security Policy" in message.text else None
    )
    yield reports
    assert reports == [], reports


async def _assert_inert(tab: Page, recorder: Recorder, shown: str, where: str) -> None:
    """`shown` is on the page as text; no payload ran, none was loaded, no payload element exists."""
    await expect(tab.get_by_text(shown).first).to_be_attached()
    assert await tab.evaluate("() => window.__xss") is None, f"a payload ran on {where}"
    elements = await tab.locator(f"img[src^='{PROBE}']").evaluate_all(
        "imgs => imgs.map(i => i.getAttribute('src') + ' in ' + i.parentElement.outerHTML.slice(0, 300))"
    )
    assert elements == [], f"a payload became an element on {where}"
    probed = [u for u in recorder.urls if PROBE in u]
    assert probed == [], f"a payload fetched {probed} on {where}"


async def _open(tab: Page, item: str) -> None:
    """Open a page from the side menu, whether or not its group is expanded (a DOM click on the link)."""
    label = tab.locator(".cxd-AsideNav-itemLabel", has_text=item).first
    href = await label.evaluate("label => { const a = label.closest('a'); a.click(); return a.getAttribute('href'); }")
    # a list page adds its filters to the address (?page=1...) once loaded
    await expect(tab).to_have_url(re.compile(re.escape(href) + r"(\?|$)"))


def test_every_page_answers_with_a_content_security_policy(hostile_server: LiveServer) -> None:
    with httpx.Client(base_url=hostile_server.base) as api:
        for path in ("/admin/login", "/h5/q/not-a-token", "/api/v1/health"):
            policy = api.get(path).headers.get("content-security-policy", "")
            assert "default-src 'self'" in policy, (path, policy)
            assert (
                "script-src 'self' 'unsafe-eval'" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]
            ), (path, policy)
            assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy, (path, policy)


async def test_a_follow_up_agent_sees_hostile_names_and_texts_as_text(
    page: tuple[Page, Recorder], hostile_server: LiveServer, blocked: list[str]
) -> None:
    tab, recorder = page
    await login(tab, hostile_server.base, "kefu01")
    await _assert_inert(tab, recorder, STAFF, "首页 (own name in the header and title)")

    await _open(tab, "随访任务")
    await expect(tab.locator("button:has-text('执行随访')").first).to_be_visible()
    await _assert_inert(tab, recorder, PATIENT, "随访任务")
    # the filter's department options come from the rows' departments
    await tab.click("button:has-text('筛选')")
    department = tab.locator(".cxd-Form-item", has=tab.locator(".cxd-Form-label", has_text="科室"))
    await department.locator(".cxd-Select").first.click()
    await _assert_inert(tab, recorder, DEPARTMENT, "随访任务 筛选 (科室 options)")
    await tab.locator(".cxd-PopOver-overlay").click()
    await tab.locator("button:has-text('执行随访')").first.click()
    drawer = tab.locator(".cxd-Drawer")
    await expect(drawer.locator("button:has-text('保存随访结果')")).to_be_visible()
    await choose(drawer, "随访结果", "已联系")  # the questionnaire shows once the outcome is 已联系
    await expect(drawer.get_by_text(DEPARTMENT).first).to_be_attached()
    await expect(drawer.get_by_text(QUESTIONNAIRE).first).to_be_attached()
    await _assert_inert(tab, recorder, PATIENT, "执行随访 drawer")
    await _assert_inert(tab, recorder, HIS_TEXT, "执行随访 drawer (患者信息)")
    await drawer.locator(".cxd-Drawer-close").click()

    await _open(tab, "随访结果查询")
    await expect(tab.locator("button:has-text('详情')").first).to_be_visible()
    await _assert_inert(tab, recorder, NOTE, "随访结果查询")
    await tab.locator("button:has-text('详情')").first.click()
    await _assert_inert(tab, recorder, ANSWER, "随访结果 详情")
    await _assert_inert(tab, recorder, PATIENT, "随访结果 详情")
    await tab.keyboard.press("Escape")

    await _open(tab, "通话记录")
    await _assert_inert(tab, recorder, PATIENT, "通话记录")

    await _open(tab, "患者回复")
    await _assert_inert(tab, recorder, REPLY, "患者回复")

    await _open(tab, "患者查询")
    await expect(tab.locator("button:has-text('360 视图')").first).to_be_visible()
    await _assert_inert(tab, recorder, PATIENT, "患者查询")
    await open_discharged_patient_360(tab)
    await expect(tab.locator(".cxd-Drawer, .cxd-Modal").get_by_text("基本信息").first).to_be_visible()
    await _assert_inert(tab, recorder, PATIENT, "患者 360 视图")
    await _assert_inert(tab, recorder, HIS_TEXT, "患者 360 视图 (出院小结, 病案首页)")


async def test_administrators_see_hostile_staff_names_as_text(
    page: tuple[Page, Recorder], hostile_server: LiveServer, blocked: list[str]
) -> None:
    tab, recorder = page
    await login(tab, hostile_server.base, "sysadmin")
    await _open(tab, "员工维护")
    await expect(tab.locator("td", has_text="kefu01")).to_be_visible()
    await _assert_inert(tab, recorder, STAFF, "员工维护")

    # the auditor's own name was set by the system administrator; kefu01's logins are in the log
    await tab.context.clear_cookies()
    await login(tab, hostile_server.base, "auditor")
    await _assert_inert(tab, recorder, STAFF, "首页 of the auditor")
    await _open(tab, "日志查询")
    await expect(tab.locator("tbody tr").first).to_be_visible()
    await _assert_inert(tab, recorder, STAFF, "日志查询")


async def test_a_patient_sees_hostile_questionnaire_texts_as_text(
    page: tuple[Page, Recorder], hostile_server: LiveServer, blocked: list[str]
) -> None:
    tab, recorder = page
    response = await tab.goto(_h5_link(hostile_server))
    assert response is not None and "default-src 'self'" in (await response.all_headers())["content-security-policy"]
    await expect(tab.locator("button:has-text('提交')")).to_be_visible()
    await _assert_inert(tab, recorder, QUESTIONNAIRE, "H5 随访问卷")
