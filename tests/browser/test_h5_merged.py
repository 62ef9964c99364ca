"""A merged step (合并) worked in the H5 app on a phone, during a PBX call.

A lower-priority template whose D+7 call falls in the window of the demo plans' D+7 calls, with
the merge rule 合并, is planned by the real generator; its step is asked in that call. The
doctor (here the follow-up centre's 王丽, as in test_h5) calls through the PBX, sees the merged questionnaire only once she chooses 已联系, is told
which merged item is missing, answers both and saves while still talking: the call panel stays with
its 挂断 until she hangs up, and each task gets its own record with its own answers."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, expect

from tests.browser.conftest import Recorder
from tests.browser.test_h5 import PASSWORD, PHONE, _fill, _login, _open, contexts  # noqa: F401 (a fixture)
from tests.live import ROOT, LiveServer

TEMPLATE = "用药随访"
QUESTIONNAIRE = "用药情况问卷"
ITEMS = [
    {
        "id": "med_on_time",
        "type": "single",
        "text": "是否按时服药",
        "required": True,
        "options": [{"value": "yes", "label": "按时"}, {"value": "no", "label": "未按时"}],
    },
    {
        "id": "med_why",
        "type": "text",
        "text": "未按时服药的原因",
        "required": True,
        "show_if": {"item": "med_on_time", "equals": "no"},
    },
]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The demo hospital; its simulated PBX rings the patient for 2.5 s (the page asks every
    second) and keeps an answered call up until someone hangs up."""
    server = LiveServer(
        tmp_path_factory.mktemp("merged"),
        {"DIALER__SIMULATOR_DELAY_SECONDS": "2.5", "DIALER__SIMULATOR_TALK_SECONDS": "600"},
    )
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def _plan_merging_template(server: LiveServer) -> None:
    """What an administrator does in 随访模板管理 and 生成任务, through the real services in the
    server's environment: a template for every department below the demo's plans (priority -1),
    their D+7 window, merge rule 合并, then the generator plans it."""
    code = f"""
import asyncio
from backend.db import init_orm
from backend.models import FollowUpTemplate, Questionnaire
from backend.models.choices import MergeRule
from backend.services import followup_tasks

async def main():
    orm = await init_orm()
    try:
        questionnaire = await Questionnaire.create(code="h5_merged_meds", title={QUESTIONNAIRE!r}, items={ITEMS!r})
        template = await FollowUpTemplate.create(
            name={TEMPLATE!r},
            questionnaire=questionnaire,
            match_rules={{}},
            schedule=[{{"offset_days": 7, "window_days": 7}}],
            priority=-1,
            merge_rule=MergeRule.MERGE,
        )
        report = await followup_tasks.generate(template_ids=[template.id])
        print(report.merged)
    finally:
        await orm.close_connections()

asyncio.run(main())
"""
    env = {**server.env, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip().splitlines()[-1]) > 0, "the generator merged no step"


async def _task_with_a_merged_step(base: str, database: Path) -> dict:
    """An open phone task with the step merged into it and a number the PBX simulator answers,
    given to kefu01 (转派)."""
    async with httpx.AsyncClient(base_url=base) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "kefu01", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
        with sqlite3.connect(database) as db:
            candidates = [
                row[0]
                for row in db.execute(
                    "SELECT t.id FROM followup_task t JOIN patient p ON p.id = t.patient_id"
                    " WHERE t.channel = 'phone'"
                    " AND t.status IN ('pending', 'assigned', 'in_progress')"
                    " AND p.deceased_at IS NULL AND NOT p.do_not_contact AND p.phone_invalid_at IS NULL"
                    " ORDER BY t.id"
                )
            ]
        for task_id in candidates:
            detail = (await client.get(f"/api/v1/tasks/{task_id}", headers=auth)).json()
            # the simulator's last digit: busy 4, no answer 7, failed 0
            answers = re.fullmatch(r"1\d{2}\*{4}\d{3}[1235689]", detail.get("phone") or "")
            if answers and [m["template"] for m in detail.get("merged") or []] == [TEMPLATE]:
                assert detail["server_dial"] is True
                with sqlite3.connect(database) as db:
                    db.execute(
                        "UPDATE followup_task SET assignee_id = (SELECT id FROM staff WHERE username = 'kefu01')"
                        " WHERE id = ?",
                        [task_id],
                    )
                return dict(detail)
    raise AssertionError("no open task with the merged step and a number the simulator answers")


async def test_a_doctor_answers_the_merged_questionnaire_in_the_same_call_and_hangs_up_after_saving(
    browser: Browser,
    contexts: tuple[list[BrowserContext], Recorder],  # noqa: F811
    live_server: LiveServer,
    artifacts_dir: Path,
) -> None:
    base = live_server.base
    _plan_merging_template(live_server)
    task = await _task_with_a_merged_step(base, live_server.database)
    merged_id = task["merged"][0]["task_id"]

    tab = await _open(browser, contexts, PHONE)
    await _login(tab, base, "kefu01")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text("我的随访任务")
    await tab.goto(f"{base}/h5/tasks/{task['id']}")
    await expect(tab.locator(".van-nav-bar__title")).to_have_text(task["patient_name"])

    # the call first, through the PBX: it is still up when the record is saved
    state = tab.locator(".call-state")
    async with tab.expect_response(lambda r: r.url.endswith("/api/v1/calls")) as started:
        await tab.click("button:has-text('通过座机/分机拨打')")
    call = await (await started.value).json()
    await expect(state).to_contain_text(re.compile(r"通话中 \d\d:\d\d"))

    # the merged questionnaire is asked only of a patient reached
    section = tab.locator(f"[data-merged-task='{merged_id}']")
    await expect(tab.locator(".questionnaire")).to_have_count(0)
    await tab.locator(".van-radio", has_text="无人接听").click()
    await expect(section).to_have_count(0)
    await tab.locator(".van-radio", has_text="已联系").click()
    await expect(section.locator(".q-heading")).to_have_text(f"合并随访：{TEMPLATE} · {QUESTIONNAIRE}")
    await expect(tab.locator(".questionnaire")).to_have_count(2)  # the task's own, then the merged one
    await expect(section.locator(".q-item")).to_have_count(1)
    await _fill(tab.locator(".questionnaire").first)

    # 未按时 shows its follow-up question; left empty, the server names it with its section
    save = tab.locator("button:has-text('保存随访记录')")
    await section.locator(".van-radio", has_text="未按时").click()
    await expect(section.locator(".q-item")).to_have_count(2)
    async with tab.expect_response(lambda r: r.url.endswith("/contacts")) as refused:
        await save.click()
    assert (await refused.value).status == 422
    alert = tab.get_by_role("alert")
    await expect(alert).to_contain_text(f"合并随访「{TEMPLATE}」")
    await expect(alert).to_contain_text("未按时服药的原因")
    await expect(section.locator("[data-item=med_why] .q-error")).to_have_text("请回答此题")
    await expect(tab.locator(".q-error")).to_have_count(1)  # not under the task's own questionnaire
    await tab.screenshot(path=artifacts_dir / "h5_merged_missing_item.png", full_page=True)

    await section.locator("[data-item=med_why] textarea").fill("外出忘带药")
    async with tab.expect_response(lambda r: r.url.endswith("/contacts")) as saved:
        await save.click()
    assert (await saved.value).ok, await (await saved.value).text()
    sent = json.loads((await saved.value).request.post_data or "{}")
    assert sent["merged_answers"] == {str(merged_id): {"med_on_time": "no", "med_why": "外出忘带药"}}
    assert sent["call_id"] == call["id"]
    await expect(tab.locator(".van-cell", has_text="随访结果")).to_contain_text("已联系")

    # saved while talking: the call goes on, and 挂断 stays with it (no new call from a saved task)
    await expect(tab.locator(".call-still-up")).to_be_visible()
    await expect(state).to_contain_text("通话中")
    hang_up = tab.locator("button:has-text('挂断')")
    await expect(hang_up).to_be_visible()
    await tab.screenshot(path=artifacts_dir / "h5_merged_saved_call_still_up.png", full_page=True)
    await hang_up.click()
    await expect(state).to_contain_text(re.compile(r"已挂断，通话时长 \d\d:\d\d"))
    await expect(hang_up).to_have_count(0)
    await expect(tab.locator("button:has-text('通过座机/分机拨打')")).to_have_count(0)
    await expect(tab.locator(".call-still-up")).to_have_count(0)
    await tab.screenshot(path=artifacts_dir / "h5_merged_hung_up.png", full_page=True)

    with sqlite3.connect(live_server.database) as db:
        rows = db.execute(
            "SELECT task_id, answers, call_id FROM followup_record WHERE task_id IN (?, ?) ORDER BY id",
            [task["id"], merged_id],
        ).fetchall()
        assert [row[0] for row in rows] == [task["id"], merged_id]
        assert json.loads(rows[1][1]) == {"med_on_time": "no", "med_why": "外出忘带药"}
        own = json.loads(rows[0][1])
        assert own and not set(own) & {"med_on_time", "med_why"}
        assert rows[0][2] == call["id"]
        status, answered, cause = db.execute(
            "SELECT status, answered_at IS NOT NULL, hangup_cause FROM call_record WHERE id = ?", [call["id"]]
        ).fetchone()
        assert (status, answered, cause) == ("completed", 1, "ORIGINATOR_CANCEL")
    async with httpx.AsyncClient(base_url=base) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "kefu01", "password": PASSWORD})
        auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
        done = (await client.get(f"/api/v1/tasks/{task['id']}", headers=auth)).json()
    assert (done["status"], done["merged"]) == ("completed", [])
