"""The H5 app in Chromium (issue #17): a doctor works a task on a phone from login to a saved
record, and another calls a patient through the PBX from the task page; a patient answers an SMS
link at the core and one at the extranet edge, whose answer reaches the core once; a ward pad scans wristbands by keyboard wedge, goes offline, reloads from its service
worker, captures questionnaires into its encrypted store, and uploads on reconnect: the upload
replayed three times records each answer once, and the one record made against a task completed
at the desk meanwhile is shown to the nurse with both versions and resolved by her."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, Locator, Page, async_playwright, expect

from backend.services.pad import bed_key
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, Recorder
from tests.browser.wristband_video import code128_frame, qr_frame, write_y4m
from tests.live import ROOT, LiveServer

PASSWORD = "Demo@2026"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
PAD = {"viewport": {"width": 800, "height": 1280}, "has_touch": True}


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The demo hospital as the intranet core of an exchange pair (file transport, as a 网闸
    copies folders), its edge started only by the test that needs it; its simulated PBX keeps an
    answered call up until someone hangs up, so a doctor's 挂断 is what ends it."""
    tmp = tmp_path_factory.mktemp("core")
    for folder in ("to-edge", "to-core"):
        (tmp / folder).mkdir()
    env = {
        "NODE__ROLE": "core",
        "EXCHANGE__TRANSPORT": "file",
        "EXCHANGE__SIGNING_KEY": secrets.token_urlsafe(40),
        "EXCHANGE__ENCRYPTION_KEY": secrets.token_urlsafe(40),
        "EXCHANGE__OUTBOX_DIR": str(tmp / "to-edge"),
        "EXCHANGE__INBOX_DIR": str(tmp / "to-core"),
        "EXCHANGE__INTERVAL_SECONDS": "0.2",
        "EXCHANGE__RESEND_SECONDS": "2",
        # the patient's phone rings for 2.5 s (the page asks every second), and talks until hung up
        "DIALER__SIMULATOR_DELAY_SECONDS": "2.5",
        "DIALER__SIMULATOR_TALK_SECONDS": "600",
    }
    server = LiveServer(tmp, env)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


@pytest.fixture
async def contexts() -> AsyncIterator[tuple[list[BrowserContext], Recorder]]:
    """The browser contexts a test opens (phone, pad), each recorded: nothing may leave loopback."""
    made: list[BrowserContext] = []
    recorder = Recorder()
    yield made, recorder
    for context in made:
        await context.close()
    assert recorder.external() == [], recorder.external()


async def _open(browser: Browser, contexts: tuple[list[BrowserContext], Recorder], options: dict) -> Page:
    made, recorder = contexts
    context = await browser.new_context(locale="zh-CN", **options)
    context.on("request", lambda request: recorder.urls.append(request.url))
    made.append(context)
    return await context.new_page()


async def _login(tab: Page, base: str, username: str, path: str = "/h5/") -> None:
    await tab.goto(f"{base}{path}")
    await tab.fill("input[name=username]", username)
    await tab.fill("input[name=password]", PASSWORD)
    await tab.click("button:has-text('登录')")


async def _fill(form: Locator) -> None:
    """Answer every shown item as a person would; conditional items appear as answers are given."""
    for _ in range(3):
        items = form.locator(".q-item")
        for index in range(await items.count()):
            item = items.nth(index)
            kind = await item.get_attribute("data-type")
            if kind in ("single", "scale"):
                if not await item.locator(".van-radio__icon--checked").count():
                    await item.locator(".van-radio").last.click()
            elif kind == "multiple":
                if not await item.locator(".van-checkbox__icon--checked").count():
                    await item.locator(".van-checkbox").last.click()
            elif kind == "number":
                field = item.locator("input")
                if not await field.input_value():
                    bounds = (await field.get_attribute("placeholder") or "").split("–")
                    value = (float(bounds[0]) + float(bounds[1])) / 2 if len(bounds) == 2 else 1
                    await field.fill(str(int(value)))
            elif kind == "date":
                await item.locator("input").fill(date.today().isoformat())
            elif not await item.locator("textarea").input_value():
                await item.locator("textarea").fill("无明显不适")


async def test_a_doctor_works_a_task_on_a_phone(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer
) -> None:
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, live_server.base, "kefu01")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    first = tab.locator(".task-row").first
    patient = (await first.locator(".van-cell__title span").first.inner_text()).strip()
    await first.click()
    await expect(tab.locator(".van-nav-bar__title")).to_have_text(patient)
    await expect(tab.locator(".p360")).to_contain_text("检验")

    # 手机拨打: the full number comes through the audited unmask, then goes to the phone's dialler
    # (here the tel: link is caught where the dialler would take it: headless Chromium has none)
    await tab.evaluate(
        """() => document.addEventListener('click', (event) => {
             const link = event.target.closest && event.target.closest('a[href^="tel:"]');
             if (link) { event.preventDefault(); window.dialled = link.getAttribute('href'); }
           }, true)"""
    )
    async with tab.expect_response(lambda r: "/unmask" in r.url) as unmasked:
        await tab.click("button:has-text('手机拨打')")
    assert (await unmasked.value).ok
    dialled = await tab.wait_for_function("window.dialled")
    assert re.fullmatch(r"tel:1\d{10}", await dialled.json_value())
    await expect(tab.get_by_text("通话结束后，请在下方记录随访结果")).to_be_visible()

    # the server's rules, shown as they are: required items first, then how the patient was reached
    save = tab.locator("button:has-text('保存随访记录')")
    await save.click()  # nothing is preset: the outcome is chosen
    await expect(tab.get_by_role("alert")).to_contain_text("请选择本次随访结果")
    await tab.locator(".van-radio", has_text="已联系").click()
    await save.click()
    await expect(tab.get_by_role("alert")).to_contain_text("必答题")
    await _fill(tab.locator(".questionnaire"))
    await save.click()
    await expect(tab.get_by_role("alert")).to_contain_text("已接通的电话")
    await tab.locator(".van-radio", has_text="其他方式联系").click()
    await tab.fill("input[name=reached_reason]", "医生本人手机拨打，患者接听")
    async with tab.expect_response(lambda r: r.url.endswith("/contacts")) as saved:
        await save.click()
    assert (await saved.value).ok, await (await saved.value).text()
    await expect(tab.locator(".van-cell-group__title", has_text="已保存")).to_be_visible()
    await expect(tab.locator(".van-cell", has_text="随访结果")).to_contain_text("已联系")

    await tab.click("button:has-text('返回任务列表')")
    await tab.locator(".van-tab", has_text="已完成").click()
    await expect(tab.locator(".task-row", has_text=patient).first).to_be_visible()
    await tab.locator(".van-tabbar-item").filter(has_text=re.compile(r"^\s*我的\s*$")).click()

    # 工作统计: the record just saved is the doctor's own work
    await tab.locator(".van-cell", has_text="工作统计").click()
    await expect(tab.locator(".van-cell", has_text="随访记录").locator(".van-cell__value")).to_have_text(
        re.compile(r"^[1-9]\d* 次$")
    )
    await tab.go_back()
    # 短信管理: a template, the count preview, a scheduled campaign, its line in the results
    await tab.locator(".van-cell", has_text="短信管理").click()
    await tab.locator(".van-cell", has_text="义诊通知").click()
    await tab.click("button:has-text('预览人数')")
    await expect(tab.get_by_role("status")).to_contain_text("符合条件的患者")
    await tab.fill("input[name=batch_name]", "手机端义诊通知")
    await tab.fill("input[name=scheduled_at]", "2030-01-02T09:00")
    await tab.click("button:has-text('排期发送')")
    await expect(tab.get_by_role("alert")).to_contain_text("请填写模板变量：日期、地点")  # 义诊 needs them
    await tab.fill("input[name=param_date]", "1月2日")
    await tab.fill("input[name=param_place]", "门诊大厅")
    await tab.click("button:has-text('排期发送')")
    # nothing goes to patients before the doctor has seen what and to how many
    dialog = tab.locator(".van-dialog")
    await expect(dialog).to_contain_text(re.compile(r"将向 \d+ 位患者于 2030-01-02 09:00 发送以下短信"))
    await expect(dialog).to_contain_text("将于1月2日在门诊大厅举办义诊")
    await dialog.locator("button", has_text="确认发送").click()
    batch = tab.locator(".batch", has_text="手机端义诊通知")
    await expect(batch).to_contain_text("已排期")
    await expect(batch).to_contain_text("2030-01-02 09:00")
    await tab.go_back()
    await tab.click("button:has-text('退出登录')")
    await expect(tab.get_by_role("button", name="登录", exact=True)).to_be_visible()


async def test_a_doctor_calls_through_the_pbx_hangs_up_and_records_the_answered_call(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    """通过座机/分机拨打 on the task page of a doctor with an extension: the simulated PBX rings her
    extension and the patient, the page shows 振铃 then 通话中 with the time, she hangs up, and
    已联系 is accepted with no other statement because the answered call is saved with it."""
    base = live_server.base
    async with httpx.AsyncClient(base_url=base) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "xnk_doctor", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
        with sqlite3.connect(live_server.database) as db:
            # the demo's phone tasks of the doctor's department, of patients who may be called
            candidates = [
                row[0]
                for row in db.execute(
                    "SELECT t.id FROM followup_task t JOIN patient p ON p.id = t.patient_id"
                    " WHERE t.channel = 'phone' AND t.status IN ('pending', 'assigned', 'in_progress')"
                    " AND t.department_id = (SELECT department_id FROM staff WHERE username = 'xnk_doctor')"
                    " AND p.deceased_at IS NULL AND NOT p.do_not_contact AND p.phone_invalid_at IS NULL"
                    " ORDER BY t.id DESC"  # the last: the ward pad test takes the ward's first beds
                )
            ]
        task = None
        for task_id in candidates:
            detail = (await client.get(f"/api/v1/tasks/{task_id}", headers=auth)).json()
            # a mobile number the simulator answers (its last digit picks busy 4, no answer 7, failed 0)
            if re.fullmatch(r"1\d{2}\*{4}\d{3}[1235689]", detail.get("phone") or ""):
                task = detail
                break
        assert task is not None, "no phone task of the doctor with a number the simulator answers"
        assert task["server_dial"] is True  # the demo doctor has an extension and dials through the PBX
        with sqlite3.connect(live_server.database) as db:  # the task is given to her (转派)
            db.execute(
                "UPDATE followup_task SET assignee_id = (SELECT id FROM staff WHERE username = 'xnk_doctor')"
                " WHERE id = ?",
                [task["id"]],
            )

    tab = await _open(browser, contexts, PHONE)
    await _login(tab, base, "xnk_doctor")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    await tab.goto(f"{base}/h5/tasks/{task['id']}")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text(task["patient_name"])
    # the outcomes are the server's, 不便回答 included
    labels = [o["label"] for o in task["outcome_options"]]
    await expect(tab.locator(".outcomes").first.locator(".van-radio")).to_have_text(labels)

    state = tab.locator(".call-state")
    async with tab.expect_response(lambda r: r.url.endswith("/api/v1/calls")) as started:
        await tab.click("button:has-text('通过座机/分机拨打')")
    call = await (await started.value).json()
    assert (await started.value).ok and call["method"] == "pbx" and call["number"] is None
    await expect(state).to_contain_text("振铃")
    await tab.locator("[data-testid=pbx-call]").screenshot(path=artifacts_dir / "h5_pbx_call_ringing.png")
    await expect(state).to_contain_text(re.compile(r"通话中 00:0\d"))
    await expect(tab.locator("button:has-text('通过座机/分机拨打')")).to_have_count(0)  # one call at a time
    await tab.screenshot(path=artifacts_dir / "h5_pbx_call_talking.png", full_page=True)
    await tab.click("button:has-text('挂断')")
    await expect(state).to_contain_text(re.compile(r"已挂断，通话时长 \d\d:\d\d"))
    await expect(tab.locator("button:has-text('通过座机/分机拨打')")).to_be_visible()

    await tab.locator(".van-radio", has_text="已联系").click()
    await expect(tab.locator(".call-known")).to_contain_text("系统电话已接通")
    await expect(tab.locator("input[name=reached_reason]")).to_have_count(0)
    await _fill(tab.locator(".questionnaire"))
    await tab.screenshot(path=artifacts_dir / "h5_pbx_call_ended.png", full_page=True)
    async with tab.expect_response(lambda r: r.url.endswith("/contacts")) as saved:
        await tab.click("button:has-text('保存随访记录')")
    assert (await saved.value).ok, await (await saved.value).text()
    await expect(tab.locator(".van-cell", has_text="随访结果")).to_contain_text("已联系")
    record = await (await saved.value).json()
    assert json.loads((await saved.value).request.post_data or "{}")["call_id"] == call["id"]

    with sqlite3.connect(live_server.database) as db:
        status, outcome = db.execute("SELECT status, outcome FROM followup_task WHERE id = ?", [task["id"]]).fetchone()
        assert (status, outcome) == ("completed", "reached")
        assert db.execute("SELECT call_id, notes FROM followup_record WHERE id = ?", [record["id"]]).fetchone() == (
            call["id"],
            "",  # no 线下/其他方式 statement: the answered call shows the contact
        )
        ended = db.execute(
            "SELECT status, answered_at IS NOT NULL, hangup_cause, extension FROM call_record WHERE id = ?",
            [call["id"]],
        ).fetchone()
        assert ended[:3] == ("completed", 1, "ORIGINATOR_CANCEL") and ended[3]


def _patient_link(server: LiveServer, task_id: int, days: int) -> str:
    """The SMS link of a task as the server signs it (with its keys), valid for `days` from now."""
    code = (
        "from datetime import timedelta; from backend.clock import now; from backend.security import signing;"
        " from backend.services.followup_sms import H5_PURPOSE;"
        f" print(signing.sign_short(H5_PURPOSE, {task_id}, now() + timedelta(days={days})))"
    )
    env = {**server.env, "PYTHONPATH": str(ROOT)}
    signed = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return f"{server.base}/h5/q/{signed.stdout.strip()}"


async def test_a_patient_answers_the_sms_link_on_a_phone(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer
) -> None:
    """The SMS link opens the H5 app's page with no login: a neutral title and the questions, no
    diagnosis or department; what is missing is said; the answers are recorded once; the used and
    the expired link say so in Chinese."""
    base = live_server.base
    async with httpx.AsyncClient(base_url=base) as desk:
        token = (await desk.post("/api/v1/auth/login", json={"username": "kefu01", "password": PASSWORD})).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        tasks = (await desk.get("/api/v1/tasks", params={"page_size": 5}, headers=auth)).json()["items"]
        task = tasks[-1]  # the doctor's test works the first
        link = _patient_link(live_server, task["id"], days=7)

        tab = await _open(browser, contexts, PHONE)
        await tab.goto(link)
        await expect(tab.locator("h1")).to_have_text("出院随访问卷")
        await expect(tab.locator(".q-item").first).to_be_visible()
        shown = await tab.locator("body").inner_text()
        for secret in (task["patient_name"], task["department"], task["template"]):
            assert secret not in shown, f"the page shows {secret!r}"
        assert await tab.locator("input[name=password]").count() == 0  # no login
        # a patient's phone keeps nothing of the staff app
        assert await tab.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 0

        submit = tab.locator("button:has-text('提交')")
        await submit.click()
        await expect(tab.get_by_role("alert")).to_contain_text("必答题")
        await _fill(tab.locator(".questionnaire"))
        async with tab.expect_response(lambda r: "/api/v1/h5/q/" in r.url and r.request.method == "POST") as sent:
            await submit.click()
        assert (await sent.value).ok, await (await sent.value).text()
        await expect(tab.get_by_role("status")).to_contain_text("提交成功，感谢您的配合！")
        body = json.loads((await sent.value).request.post_data or "{}")
        # the same submission again (a retry after a lost answer) is the same record
        again = await desk.post(f"/api/v1/h5/q/{link.rsplit('/', 1)[1]}", json=body)
        assert again.json()["id"] == (await (await sent.value).json())["id"]
        done = (await desk.get(f"/api/v1/tasks/{task['id']}", headers=auth)).json()
        assert done["status"] == "completed"

        await tab.reload()
        await expect(tab.get_by_role("status")).to_contain_text("已提交或已结束")
        await expect(tab.get_by_text("如需帮助请致电医院随访中心。")).to_be_visible()
        await tab.goto(_patient_link(live_server, tasks[-2]["id"], days=-1))
        await expect(tab.get_by_role("status")).to_contain_text("已过期")


def _texted_link(core: LiveServer, task_id: int) -> str:
    """What the core's SMS round does for an H5 task (followup_sms.send_step_messages): sign the
    link and publish it to the edge through the exchange; returns the link's code."""
    code = f"""
import asyncio
from datetime import timedelta
from backend.clock import now
from backend.db import init_orm
from backend.models import FollowUpTask
from backend.services import exchange_kinds, followup_sms

async def main():
    orm = await init_orm()
    try:
        task = await FollowUpTask.get(id={task_id})
        expires = now() + timedelta(days=7)
        token = followup_sms.h5_token(task, expires)
        assert await exchange_kinds.publish_link(task, token, expires)
        print(token)
    finally:
        await orm.close_connections()

asyncio.run(main())
"""
    env = {**core.env, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


async def _until(condition: Callable[[], Awaitable[bool]], what: str, within: float = 60) -> None:
    """Poll a condition the exchange will make true (batches cross every 0.2 s)."""
    deadline = time.monotonic() + within
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


async def test_a_patient_answers_the_sms_link_at_the_extranet_edge(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],
    live_server: LiveServer,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    """内外网互通: the SMS link opens on the extranet edge (NODE__ROLE=edge, its own database and
    keys, nothing of the HIS), which serves the H5 page from the copy the core published; the
    patient sees the neutral questionnaire, answers, and the answer crosses to the core through the
    exchange (file transport) as exactly one self-reported record."""
    core = live_server
    edge_env = {
        "NODE__ROLE": "edge",
        "SEED_DEMO": "false",
        "EXCHANGE__TRANSPORT": "file",
        # the folders the 网闸 copies, seen from the other side
        "EXCHANGE__OUTBOX_DIR": core.env["EXCHANGE__INBOX_DIR"],
        "EXCHANGE__INBOX_DIR": core.env["EXCHANGE__OUTBOX_DIR"],
        **{
            key: core.env[key]
            for key in (
                "EXCHANGE__SIGNING_KEY",
                "EXCHANGE__ENCRYPTION_KEY",
                "EXCHANGE__INTERVAL_SECONDS",
                "EXCHANGE__RESEND_SECONDS",
            )
        },
    }
    edge = LiveServer(tmp_path, edge_env)  # starting while the core publishes the link
    try:
        async with httpx.AsyncClient(base_url=core.base) as desk:
            token = (await desk.post("/api/v1/auth/login", json={"username": "kefu01", "password": PASSWORD})).json()
            auth = {"Authorization": f"Bearer {token['access_token']}"}
            listed = (await desk.get("/api/v1/tasks", params={"page_size": 100}, headers=auth)).json()["items"]
        task = listed[-1]  # the other tests work the first ones
        with sqlite3.connect(core.database) as db:
            db.execute("UPDATE followup_task SET channel = 'h5' WHERE id = ?", [task["id"]])
        code = _texted_link(core, task["id"])
        edge.wait_ready()

        async with httpx.AsyncClient(base_url=edge.base, timeout=30) as outside:

            async def held() -> bool:
                return (await outside.get(f"/api/v1/h5/q/{code}")).status_code == 200

            await _until(held, "the link published to the edge")

        tab = await _open(browser, contexts, PHONE)
        await tab.goto(f"{edge.base}/h5/q/{code}")
        await expect(tab.locator("h1")).to_have_text("出院随访问卷")
        await expect(tab.locator(".q-item").first).to_be_visible()
        shown = await tab.locator("body").inner_text()
        for secret in (task["patient_name"], task["department"], task["template"]):
            assert secret not in shown, f"the edge's page shows {secret!r}"
        assert await tab.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 0

        await _fill(tab.locator(".questionnaire"))
        await tab.screenshot(path=artifacts_dir / "h5_edge_questionnaire.png", full_page=True)
        async with tab.expect_response(lambda r: "/api/v1/h5/q/" in r.url and r.request.method == "POST") as sent:
            await tab.click("button:has-text('提交')")
        assert (await sent.value).ok, await (await sent.value).text()
        assert (await (await sent.value).json())["id"] is None  # recorded at the core once it arrives
        await expect(tab.get_by_role("status")).to_contain_text("提交成功，感谢您的配合！")
        await tab.screenshot(path=artifacts_dir / "h5_edge_submitted.png", full_page=True)

        def core_records() -> list[tuple[int, object]]:
            with sqlite3.connect(core.database) as db:
                return db.execute(
                    "SELECT outcome, staff_id FROM followup_record WHERE task_id = ? AND staff_id IS NULL", [task["id"]]
                ).fetchall()

        async def arrived() -> bool:
            return bool(core_records())

        await _until(arrived, "the answer at the core")
        assert core_records() == [("reached", None)]
        with sqlite3.connect(core.database) as db:
            assert db.execute("SELECT status FROM followup_task WHERE id = ?", [task["id"]]).fetchone() == (
                "completed",
            )
        # the link is used: opened again at the edge, the page says so in Chinese
        await tab.reload()
        await expect(tab.get_by_role("status")).to_contain_text("已提交")
        # the edge keeps no patient data: no patient, task or record table holds a row there
        with sqlite3.connect(edge.database) as db:
            for table in ("patient", "followup_task", "followup_record"):
                assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,), table
    finally:
        edge.stop()


async def _scan(tab: Page, code: str) -> None:
    """A PDA scanner types the code into the focused field and presses Enter."""
    await tab.locator("input[name=wristband]").press_sequentially(code)
    await tab.locator("input[name=wristband]").press("Enter")


async def test_the_ward_pad_scans_works_offline_and_a_conflict_is_resolved(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    base = live_server.base
    async with httpx.AsyncClient(base_url=base) as desk:
        token = (await desk.post("/api/v1/auth/login", json={"username": "xnk_nurse", "password": PASSWORD})).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        [ward] = [w for w in (await desk.get("/api/v1/pad/wards", headers=auth)).json() if w["code"] == "0101W1"]
        listing = (await desk.get(f"/api/v1/pad/wards/{ward['id']}/inpatients", headers=auth)).json()
        patients = [p for p in listing["inpatients"] if p["tasks"]][:5]
        assert len(patients) == 5

        tab = await _open(browser, contexts, PAD)
        uploads: list[dict] = []
        tab.on(
            "request", lambda r: uploads.append(json.loads(r.post_data or "{}")) if r.url.endswith("/uploads") else None
        )
        await _login(tab, base, "xnk_nurse", f"/h5/pad/ward/{ward['id']}")
        await expect(tab.locator(".bed")).to_have_count(len(listing["inpatients"]))
        await tab.wait_for_function("navigator.serviceWorker.controller !== null")

        # online: a wristband that is no inpatient of the ward says so; a real one opens its form
        await _scan(tab, "ZY-NOT-HERE")
        await expect(tab.get_by_role("alert")).to_contain_text("不是本病区的在院患者")
        await _scan(tab, patients[0]["wristband"])
        await _fill(tab.locator(".questionnaire"))
        async with tab.expect_response(lambda r: r.url.endswith("/api/v1/pad/uploads")) as uploaded:
            await tab.click("button:has-text('保存')")
        assert [r["state"] for r in (await (await uploaded.value).json())["results"]] == ["applied"]
        await expect(tab.get_by_test_id("sync-bar")).to_contain_text("待上传 0 条")
        await expect(tab.get_by_test_id("sync-bar")).not_to_contain_text("上次同步 —")

        # offline: the shell reloads from the service worker, the ward from the encrypted cache
        await tab.context.set_offline(True)
        await tab.reload()
        await expect(tab.get_by_text("离线：显示")).to_be_visible()
        for p in patients[1:]:
            await _scan(tab, p["wristband"])
            await _fill(tab.locator(".questionnaire"))
            await tab.click("button:has-text('保存')")
            await expect(tab.locator(".questionnaire")).to_have_count(0)
        await expect(tab.get_by_test_id("sync-bar")).to_contain_text("待上传 4 条")
        stored = await tab.evaluate(
            """() => new Promise((ok) => { const r = indexedDB.open('h5-pad'); r.onsuccess = () => {
                 const q = r.result.transaction('queue').objectStore('queue').getAll();
                 q.onsuccess = () => ok(q.result.map((row) => new TextDecoder().decode(row.data))); }; })"""
        )
        assert len(stored) == 4 and not any(p["name"] in text for p in patients for text in stored)

        # meanwhile the desk completes the last patient's task: the pad's answer to it is stale
        stale_task = patients[-1]["tasks"][0]["id"]
        completed = await desk.post(
            f"/api/v1/tasks/{stale_task}/contacts",
            headers=auth,
            json={
                "client_uuid": str(uuid.uuid4()),
                "outcome": "reached",
                "answers": {"sbp": 150, "dbp": 90, "chest_pain": "no", "symptoms": ["none"], "adherence": "regular"},
                "reached_without_call": "offline",
                "reached_reason": "护士站当面随访",
            },
        )
        assert completed.status_code == 200, completed.text

        await tab.context.set_offline(False)
        await expect(tab.get_by_test_id("sync-bar")).to_contain_text("待上传 0 条")
        await expect(tab.get_by_text("1 条与系统记录冲突")).to_be_visible()

        # the offline upload replayed three times: still one record per captured answer
        batch = [u for u in uploads if "items" in u][-1]
        assert len(batch["items"]) == 4
        for _ in range(3):
            replay = await desk.post("/api/v1/pad/uploads", headers=auth, json=batch)
            states = sorted(r["state"] for r in replay.json()["results"])
            assert states == ["applied", "applied", "applied", "conflict"]
        captured = [item["client_uuid"] for item in batch["items"]]
        with sqlite3.connect(live_server.database) as db:
            marks = ",".join("?" * len(captured))
            count = db.execute(f"SELECT COUNT(*) FROM followup_record WHERE client_uuid IN ({marks})", captured)
            assert count.fetchone()[0] == 3
            assert db.execute("SELECT COUNT(*) FROM followup_record WHERE task_id = ?", [stale_task]).fetchone()[0] == 1

        # a person sees both versions and decides
        await tab.goto(f"{base}/h5/pad/conflicts")
        conflict = tab.locator(".conflict")
        await expect(conflict).to_have_count(1)
        await expect(conflict).to_contain_text(patients[-1]["name"])
        await expect(conflict).to_contain_text("平板记录")
        await expect(conflict).to_contain_text("系统记录")
        # why, in a nurse's words (who changed the task, when), and what differs, marked on both sides
        await expect(conflict.locator(".reason")).to_contain_text("该任务已在随访台或其他设备被修改")
        await expect(conflict.locator(".reason")).not_to_contain_text("版本")
        await expect(conflict.locator(".differences li[data-item=sbp]")).to_have_text(
            re.compile(r"收缩压（高压）：平板 175mmHg，系统 150mmHg")
        )
        await expect(conflict.locator(".q-item.q-marked[data-item=sbp]")).to_have_count(2)
        await tab.screenshot(path=str(artifacts_dir / "h5-pad-conflict.png"), full_page=True)
        await conflict.locator("button:has-text('保留系统中的记录')").click()
        await expect(tab.get_by_text("没有待处理的冲突")).to_be_visible()

        # logout leaves nothing readable on the pad
        await tab.goto(f"{base}/h5/me")
        await tab.click("button:has-text('退出登录')")
        await expect(tab.get_by_role("button", name="登录", exact=True)).to_be_visible()
        left = await tab.evaluate(
            """() => new Promise((ok) => { const r = indexedDB.open('h5-pad'); r.onsuccess = () => {
                 const t = r.result.transaction(['queue', 'keys', 'cache']); const counts = [];
                 for (const s of ['queue', 'keys', 'cache']) { const c = t.objectStore(s).count();
                   c.onsuccess = () => counts.push(c.result); }
                 t.oncomplete = () => ok(counts); }; })"""
        )
        assert left == [0, 0, 0]


async def test_the_ward_pad_keeps_only_answers_the_server_would_take_and_lists_beds_by_number(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    """The pad checks a questionnaire with the server's rules before keeping it: an incomplete one
    or one out of range is not saved (the missing items named by their text, never their ids),
    nothing is queued or uploaded; a complete one is, and once uploaded its bed's 待上传 tag goes
    with the bar's count, without a reload. Beds read by number, and a bed the HIS lists two
    current inpatients in is flagged on both."""
    base = live_server.base
    ward, listing = await _nurse_ward(base)
    first, second = [p for p in listing["inpatients"] if p["tasks"]][:2]
    with sqlite3.connect(live_server.database) as db:  # the HIS left the bed's previous occupant in
        db.execute("UPDATE admission SET bed_no = ? WHERE id = ?", [first["bed_no"], second["admission_id"]])
    tab = await _open(browser, contexts, PAD)
    uploads: list[str] = []
    tab.on("request", lambda r: uploads.append(r.url) if r.url.endswith("/pad/uploads") else None)
    await _login(tab, base, "xnk_nurse", f"/h5/pad/ward/{ward['id']}")
    beds = tab.locator(".bed")
    await expect(beds).to_have_count(len(listing["inpatients"]))
    titles = [re.sub(r"\s+", " ", t).strip() for t in await beds.locator(".van-cell__title > span").all_inner_texts()]
    numbers = [bed_key(t.split(" 床")[0]) for t in titles]
    assert numbers == sorted(numbers), titles
    shared = beds.filter(has_text=f"{first['bed_no']} 床")
    await expect(shared.filter(has_text="同床 2 人")).to_have_count(2)
    await expect(tab.get_by_test_id("shared-beds")).to_contain_text(f"{first['bed_no']} 床登记了 2 位在院患者")
    await expect(tab.get_by_test_id("shared-beds")).to_contain_text("HIS 中前一位患者未办理出院")
    await tab.screenshot(path=str(artifacts_dir / "h5-pad-shared-bed.png"), full_page=True)

    await _scan(tab, first["wristband"])
    form = tab.locator(".questionnaire")
    await expect(form).to_be_visible()
    await tab.click("button:has-text('保存')")
    refused = tab.get_by_role("alert").filter(has_text="未保存")
    await expect(refused).to_contain_text("必答题未回答：「最近一次测量的收缩压（高压）」")
    assert "(sbp)" not in await refused.inner_text() and "sbp" not in await refused.inner_text()
    await expect(form.locator(".q-item[data-item=sbp] .q-error")).to_have_text("请回答此题")
    await tab.screenshot(path=str(artifacts_dir / "h5-pad-incomplete-refused.png"), full_page=True)
    # 以上都没有 stands alone: ticking it clears a symptom, ticking a symptom clears it
    symptoms = form.locator(".q-item[data-item=symptoms]")
    checked = symptoms.locator(".van-checkbox:has(.van-checkbox__icon--checked)")
    await symptoms.locator(".van-checkbox", has_text="剧烈头痛或头晕").click()
    await symptoms.locator(".van-checkbox", has_text="以上都没有").click()
    await expect(checked).to_have_text(["以上都没有"])
    await symptoms.locator(".van-checkbox", has_text="看东西模糊").click()
    await expect(checked).to_have_text(["看东西模糊"])
    await _fill(form)
    await form.locator(".q-item[data-item=sbp] input").fill("400")
    await tab.click("button:has-text('保存')")
    await expect(refused).to_contain_text("「最近一次测量的收缩压（高压）」的答案400mmHg超出范围，应在50～300mmHg之间")
    await expect(tab.get_by_test_id("sync-bar")).to_contain_text("待上传 0 条")
    assert uploads == []

    await form.locator(".q-item[data-item=sbp] input").fill("150")
    async with tab.expect_response(lambda r: r.url.endswith("/api/v1/pad/uploads")) as uploaded:
        await tab.click("button:has-text('保存')")
    assert [r["state"] for r in (await (await uploaded.value).json())["results"]] == ["applied"]
    await expect(tab.get_by_test_id("sync-bar")).to_contain_text("待上传 0 条")
    await expect(form).to_have_count(0)
    row = beds.filter(has_text=first["name"])
    await expect(row).to_be_visible()
    await expect(row.locator(".van-tag", has_text="待上传")).to_have_count(0)
    await tab.screenshot(path=str(artifacts_dir / "h5-pad-after-upload.png"), full_page=True)


async def test_the_department_statistics_count_the_follow_ups_due_as_of_today(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    """工作统计 read 应随访 0 while the cardiology ward's questionnaires were all in their window:
    it now counts, as of today, every task not cancelled whose window has opened and not ended
    before the period (recomputed here from the raw tasks)."""
    with sqlite3.connect(live_server.database) as db:
        [(due,)] = db.execute(
            "SELECT COUNT(*) FROM followup_task t JOIN department d ON d.id = t.department_id"
            " WHERE d.code = '0101' AND t.status != 'cancelled'"
            " AND t.due_start <= date('now', '+8 hours') AND t.due_end >= date('now', '+8 hours', '-30 days')"
        )
    assert due > 0
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, live_server.base, "xnk_doctor", "/h5/stats")
    dept = tab.locator(".dept")
    await expect(dept.locator(".van-cell", has_text="应随访")).to_contain_text(f"{due} 人次")
    await expect(tab.get_by_text("应随访含今天仍在随访窗口内的任务")).to_be_visible()
    await tab.screenshot(path=str(artifacts_dir / "h5-stats-department.png"), full_page=True)


async def _nurse_ward(base: str) -> tuple[dict, dict]:
    """The cardiology ward of the demo and its current listing, as the ward nurse sees them."""
    async with httpx.AsyncClient(base_url=base) as desk:
        token = (await desk.post("/api/v1/auth/login", json={"username": "xnk_nurse", "password": PASSWORD})).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        [ward] = [w for w in (await desk.get("/api/v1/pad/wards", headers=auth)).json() if w["code"] == "0101W1"]
        listing = (await desk.get(f"/api/v1/pad/wards/{ward['id']}/inpatients", headers=auth)).json()
    return ward, listing


LOADED_ZXING = "performance.getEntriesByType('resource').some((e) => e.name.includes('/assets/zxing-'))"


@asynccontextmanager
async def _camera(footage: Path) -> AsyncIterator[Browser]:
    """Chromium whose camera films `footage` (a Y4M file, looped), the permission prompt accepted."""
    fake = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
    async with async_playwright() as playwright:
        instance = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *fake, f"--use-file-for-fake-video-capture={footage}"]
        )
        try:
            yield instance
        finally:
            await instance.close()


async def test_the_ward_pad_reads_code_128_and_qr_wristbands_through_the_camera_with_zxing(
    live_server: LiveServer, tmp_path: Path, artifacts_dir: Path
) -> None:
    """Chromium on Linux has no BarcodeDetector (and it is taken away here, so the test means the
    same everywhere): the camera falls back to ZXing, loaded only on the first camera scan, and
    a decoded wristband goes the keyboard-wedge way: its inpatient opens, a stranger's code says so."""
    base = live_server.base
    ward, listing = await _nurse_ward(base)
    first, second = listing["inpatients"][:2]
    footage = [
        ("code128", write_y4m(tmp_path / "code128.y4m", code128_frame(first["wristband"])), first),
        ("qr", write_y4m(tmp_path / "qr.y4m", qr_frame(second["wristband"])), second),
        ("stranger", write_y4m(tmp_path / "stranger.y4m", qr_frame("ZY-NOT-HERE")), None),
    ]
    recorder = Recorder()
    for name, video, patient in footage:
        async with _camera(video) as camera:
            context = await camera.new_context(locale="zh-CN", permissions=["camera"], **PAD)
            context.set_default_timeout(60_000)
            context.on("request", lambda request: recorder.urls.append(request.url))
            await context.add_init_script("delete window.BarcodeDetector")
            tab = await context.new_page()
            await _login(tab, base, "xnk_nurse", f"/h5/pad/ward/{ward['id']}")
            await expect(tab.locator(".bed")).to_have_count(len(listing["inpatients"]))
            assert await tab.evaluate("'BarcodeDetector' in window") is False
            # the decoder is not part of the page until a camera scan needs it (the service worker
            # caches it for offline use, but the page has not loaded it)
            assert not await tab.evaluate(LOADED_ZXING)
            await tab.click("button[name=camera]")
            if patient is None:
                await expect(tab.get_by_role("alert")).to_contain_text("腕带「ZY-NOT-HERE」不是本病区的在院患者")
            else:
                heading = tab.locator(".van-cell-group__title", has_text=f"{patient['bed_no']} 床 · {patient['name']}")
                await expect(heading).to_be_visible()
                await expect(tab.locator(".van-cell", has_text="住院号")).to_contain_text(patient["inpatient_no"])
            assert await tab.locator(".camera-box").get_attribute("data-decoder") == "zxing"
            assert await tab.evaluate(LOADED_ZXING)
            await tab.screenshot(path=str(artifacts_dir / f"h5-pad-camera-{name}.png"))
            await context.close()
    assert recorder.external() == [], recorder.external()


def _admit_in_his(server: LiveServer) -> dict[str, str]:
    """A new cardiology inpatient written into the demo HIS (as the HIS would): name and 住院号."""
    code = (
        "import asyncio, json, sqlite3; from integrations.his.demo import DemoHis\n"
        "async def main():\n"
        f"    his = DemoHis.at({server.env['HIS__DEMO_DSN']!r})\n"
        "    [visit] = await his.add_discharges(1, department='0101', in_hospital=True, gotchas=False)\n"
        "    await his.close()\n"
        "    return visit\n"
        "visit = asyncio.run(main())\n"
        f"db = sqlite3.connect({server.env['HIS__DEMO_DSN'].removeprefix('sqlite:///')!r})\n"
        "name, number = db.execute('SELECT p.HZXM, v.ZYHM FROM ZY_BRSYK v JOIN ZY_BRXXK p ON p.PATID = v.PATID"
        " WHERE v.SYXH = ?', [visit]).fetchone()\n"
        "print(json.dumps({'name': name, 'inpatient_no': number}))"
    )
    env = {**server.env, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


async def test_the_ward_list_follows_a_new_his_pull_without_a_reload(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    """The pad shows when its data came from the HIS; a patient admitted in the HIS appears on the
    open ward page once a pull has brought them in (the page checks /pad/sync; `?poll=2` makes it
    check every 2 seconds instead of every minute), with no reload."""
    base = live_server.base
    ward, listing = await _nurse_ward(base)
    tab = await _open(browser, contexts, PAD)
    await _login(tab, base, "xnk_nurse", f"/h5/pad/ward/{ward['id']}?poll=2")
    beds = tab.locator(".bed")
    await expect(beds).to_have_count(len(listing["inpatients"]))
    shown = tab.locator(".synced")
    await expect(shown).to_have_text(re.compile(r"^ · 数据更新于 \d\d:\d\d$"))
    await tab.evaluate("window.samePage = true")

    admitted = _admit_in_his(live_server)
    assert admitted["name"] not in {p["name"] for p in listing["inpatients"]}
    async with httpx.AsyncClient(base_url=base, timeout=60) as desk:
        token = (await desk.post("/api/v1/auth/login", json={"username": "sysadmin", "password": PASSWORD})).json()
        pulled = await desk.post("/api/v1/his/pull", headers={"Authorization": f"Bearer {token['access_token']}"})
    assert pulled.status_code == 200 and pulled.json()["status"] == "succeeded", pulled.text
    assert pulled.json()["inserted"] >= 1

    await expect(tab.locator(".bed", has_text=admitted["name"])).to_be_visible(timeout=30_000)
    # (the demo server's own scheduled pull may bring in others meanwhile: the page shows the API's list)
    _, now_listing = await _nurse_ward(base)
    assert len(now_listing["inpatients"]) > len(listing["inpatients"])
    await expect(beds).to_have_count(len(now_listing["inpatients"]))
    finished = pulled.json()["finished_at"]
    clock = await tab.evaluate(
        "(at) => new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit',"
        " hour12: false}).format(new Date(at))",
        finished,
    )
    await expect(shown).to_have_text(f" · 数据更新于 {clock}")
    assert await tab.evaluate("window.samePage") is True  # refreshed in place, not reloaded
    await tab.screenshot(path=str(artifacts_dir / "h5-pad-his-refresh.png"))

    # the new inpatient's wristband is known at once
    await _scan(tab, admitted["inpatient_no"])
    await expect(tab.locator(".van-cell-group__title", has_text=admitted["name"])).to_be_visible()
    # the wards page counts them too, with the same time
    await tab.click(".van-nav-bar__left")
    cardiology = tab.locator(".van-cell", has_text=ward["name"])
    await expect(cardiology).to_contain_text(f"在院 {len(now_listing['inpatients'])} 人")
    await expect(tab.locator(".synced")).to_have_text(f"数据更新于 {clock}")


async def _department_patient_360(base: str, doctor: str) -> dict | None:
    """A discharged patient of the doctor's department with 诊断, 出院小结, 病案首页 and a
    critical lab value, as the API shows them to that doctor."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as desk:
        token = (await desk.post("/api/v1/auth/login", json={"username": doctor, "password": PASSWORD})).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        params = {"in_hospital": "false", "page_size": 100}
        stays = (await desk.get("/api/v1/admissions", params=params, headers=auth)).json()["items"]
        for stay in stays:
            view = (await desk.get(f"/api/v1/patients/{stay['patient_id']}/overview", headers=auth)).json()
            full = [a for a in view["admissions"] if a["summary"] and a["front_page"] and a["diagnoses"]]
            critical = [lab for lab in view["labs"] if lab["has_critical"]]
            if full and critical:
                return {
                    "id": stay["patient_id"],
                    "name": view["patient"]["name"],
                    "phone": view["patient"]["phone"],
                    "stay": full[0],
                    "critical": critical[0],
                    "exams": len(view["exams"]),
                    "followups": len(view["followups"]),
                }
    return None


async def test_a_doctor_opens_a_department_patients_360_on_a_phone(
    browser: Browser, contexts: tuple[list[BrowserContext], Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    """科室患者 → a row → the patient's 360 (stays with 诊断, 出院小结, 病案首页; 检验 with the
    critical values; 检查; follow-up history), masked; a doctor of another department who opens
    the same page gets the API's refusal in Chinese, and none of the patient's data."""
    base = live_server.base
    tab = await _open(browser, contexts, PHONE)
    await _login(tab, base, "xnk_doctor")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    chosen = await _department_patient_360(base, "xnk_doctor")
    assert chosen, "no discharged patient with a summary, a front page and a critical value"

    await tab.locator(".van-tabbar-item").filter(has_text=re.compile(r"^\s*我的\s*$")).click()
    await tab.locator(".van-cell", has_text="科室患者").click()
    await tab.locator(".van-tab", has_text="已出院").click()
    row = tab.locator(".patient-row", has_text=chosen["name"]).first
    await row.click()
    await expect(tab).to_have_url(re.compile(rf"/h5/patients/{chosen['id']}$"))
    await expect(tab.locator(".van-nav-bar__title")).to_have_text(chosen["name"])
    p360 = tab.locator(".p360")
    phone = p360.locator(".van-cell", has_text="电话")
    await expect(phone).to_contain_text(chosen["phone"])
    assert "*" in chosen["phone"]  # masked by the API, shown as masked

    stay = p360.locator(".stay").filter(has_text=chosen["stay"]["admitted_at"][:10])
    await stay.locator(".van-collapse-item__title").click()
    await expect(stay).to_contain_text(chosen["stay"]["diagnoses"][0]["name"])
    await expect(stay.locator(".summary")).to_contain_text("出院医嘱")
    await expect(stay.locator(".summary")).to_contain_text(chosen["stay"]["summary"]["discharge_orders"])
    await expect(stay.locator(".front-page")).to_contain_text("病案号")
    labs = p360.locator(".labs")
    await expect(labs.locator(".van-collapse-item__title")).to_contain_text("危急值")
    await labs.locator(".van-collapse-item__title").click()
    await expect(labs.locator(".lab", has_text=chosen["critical"]["name"]).first).to_contain_text("危急值")
    await expect(labs.locator(".critical").first).to_be_visible()
    await expect(p360.locator(".exams .van-collapse-item__title")).to_have_text(f"检查（{chosen['exams']}）")
    await expect(p360.locator(".history .van-collapse-item__title")).to_have_text(f"随访历史（{chosen['followups']}）")
    await tab.screenshot(path=str(artifacts_dir / "h5-patient-360.png"), full_page=True, animations="disabled")
    await tab.go_back()
    await expect(tab.locator(".van-tab--active")).to_have_text("已出院")  # back to the same list

    # an orthopaedics doctor opening the cardiology patient's page: the API's refusal, nothing else
    other = await _open(browser, contexts, PHONE)
    await _login(other, base, "gsk_doctor", f"/h5/patients/{chosen['id']}")
    await expect(other.get_by_role("alert")).to_have_text("记录不存在或无权查看")
    await expect(other.locator(".p360")).to_have_count(0)
    assert chosen["name"] not in await other.locator("body").inner_text()
    await other.screenshot(path=str(artifacts_dir / "h5-patient-360-refused.png"))
    await other.click(".van-nav-bar__left")
    await expect(other.locator(".van-nav-bar__title")).to_have_text("科室患者")
