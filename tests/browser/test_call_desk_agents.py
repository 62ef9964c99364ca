"""Desk telephony from the real execution drawer: a staff member whose dial method is a desk device
clicks 拨打电话; the page loads desk-phone.js and call-panel.js, starts the call on the server,
connects to the loopback agent on the staff PC and dials. The test plays the call on the agent and
follows the CallRecord on the server, then the agent uploads its recording with the signed URL.

The server is told the agents' URLs at start (DIALER__SIMBOX_AGENT_URL / DIALER__RUNPU_AGENT_URL), so
the ports are chosen first and each agent listens on its port only while its test runs.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api, open_task_for_call
from tests.live import LiveServer, free_port
from tests.loopback.desk_agents import DeskAgent, RunpuAgent, SimboxAgent, make_wav

PORTS = {"simbox": free_port(), "runpu": free_port()}
TALK_SECONDS = 12
WAIT = 10.0


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(
        tmp_path_factory.mktemp("live-desk"),
        env={
            "DIALER__SIMBOX_AGENT_URL": f"ws://127.0.0.1:{PORTS['simbox']}/",
            "DIALER__RUNPU_AGENT_URL": f"ws://127.0.0.1:{PORTS['runpu']}",
        },
    )
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


async def _set_dial_method(tab: Page, base: str, username: str, method: str) -> None:
    """As the system administrator, through 员工维护's update API, as its edit dialog does."""
    await login(tab, base, "sysadmin")
    staff = await _api(tab, "POST", "/admin/SystemApp/StaffAdmin/list?perPage=100", {"username": username})
    [row] = [s for s in staff["data"]["items"] if s["username"] == username]
    updated = await _api(tab, "PUT", f"/admin/SystemApp/StaffAdmin/item/{row['id']}", {"dial_method": method})
    assert updated["status"] == 0, updated
    await tab.context.clear_cookies()


async def _call_when(tab: Page, call_id: str, status_text: str | re.Pattern[str]) -> dict[str, Any]:
    """The call as GET /api/v1/calls/{id} returns it, once the drawer (which polls that route every
    second) shows `status_text`."""
    await expect(tab.locator(".cxd-Drawer .call-status")).to_have_text(status_text, timeout=WAIT * 1000)
    return await _api(tab, "GET", f"/api/v1/calls/{call_id}")


def _expected_commands(vendor: str, started: dict[str, Any], upload_url: str) -> list[dict[str, Any]]:
    if vendor == "simbox":  # the page's acknowledgement of the box's USB event is checked apart
        return [
            {"cmd": "LINK"},
            {"cmd": "autorecord", "value": "1"},
            {
                "cmd": "setCallrecord",
                "pid": "",
                "userWid": "",
                "callrecordUrl": upload_url,
                "recordFileUrl": upload_url,
                "heartbeatUrl": "",
            },
            {"cmd": "ATD", "number": started["number"], "callid": started["call_id"]},
        ]
    return [
        {"cmd": "cmdAddCookie", "request": {"param": {"value": f"suifang_call_id={started['call_id']}"}, "uri": ""}},
        {"cmd": "cmdStartDial", "request": {"param": {"phoneNo": started["number"], "prefix": ""}, "uri": ""}},
    ]


@pytest.mark.parametrize("vendor", ["simbox", "runpu"])
async def test_desk_agent_call_from_the_execution_drawer_is_followed_to_completed_with_its_recording(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path, vendor: str
) -> None:
    tab, _ = page
    await _set_dial_method(tab, live_server.base, "kefu02", vendor)
    await login(tab, live_server.base, "kefu02")
    task = await open_task_for_call(tab, "李娜")
    drawer = tab.locator(".cxd-Drawer")
    start = datetime.now(UTC).replace(microsecond=0)
    await tab.clock.set_fixed_time(start)  # the page times the call (SIM box events carry no talk time)

    agent: DeskAgent = SimboxAgent(port=PORTS[vendor]) if vendor == "simbox" else RunpuAgent(port=PORTS[vendor])
    async with agent:
        async with tab.expect_response(
            lambda r: r.url.endswith("/api/v1/calls") and r.request.method == "POST"
        ) as info:
            await drawer.locator("button:has-text('拨打电话')").click()
        started = await (await info.value).json()
        assert started["method"] == vendor and started["driver"] == vendor and started["task_id"] == task["id"]
        assert started["agent_url"].startswith(f"ws://127.0.0.1:{PORTS[vendor]}")
        masked = task["masked_phone"]
        assert started["number"][:3] == masked[:3] and started["number"][-4:] == masked[-4:], (started, masked)
        upload_url = live_server.base + started["upload_url"]

        await asyncio.wait_for(agent.dialled.wait(), WAIT)
        if vendor == "simbox":
            usb = await agent.wait_for_command("USB")
            assert usb == {"cmd": "USB", "connected": "true", "success": "true", "message": "成功"}
        # the page's own commands; its acknowledgements of the box's events (which carry
        # "success") may or may not have arrived yet and are checked with the events
        received = [dict(m) for m in agent.received if m["cmd"] != "USB" and "success" not in m]
        if vendor == "runpu":  # the page passes the call id and upload URL in the request's uri
            for message in received:
                assert f"callId={started['call_id']}" in message["request"].pop("uri")
                message["request"]["uri"] = ""
            assert agent.call is not None and agent.call.upload_url == upload_url
        assert received == _expected_commands(vendor, started, upload_url)
        assert (await _call_when(tab, started["call_id"], "发起…"))["status"] == "initiated"

        await agent.advance("ringing")
        assert (await _call_when(tab, started["call_id"], "振铃…"))["status"] == "ringing"
        await agent.advance("answered")
        answered = await _call_when(tab, started["call_id"], "通话中…")
        assert answered["status"] == "answered" and answered["answered_at"] is not None

        agent.pass_time(TALK_SECONDS)
        await tab.clock.set_fixed_time(start + timedelta(seconds=TALK_SECONDS))
        if vendor == "simbox":
            await drawer.locator("button:has-text('挂断')").click()  # the page asks the box to hang up
            assert (await agent.wait_for_command("ATH"))["cmd"] == "ATH"
        else:
            await agent.advance("hangup")  # the patient hangs up
        # the upload races the page's last poll: （已录音） may or may not be shown yet
        completed = await _call_when(tab, started["call_id"], re.compile(f"^通话已结束，通话时长 {TALK_SECONDS} 秒"))
        assert completed["status"] == "completed" and completed["duration_seconds"] == TALK_SECONDS
        assert completed["ended_at"] is not None
        await asyncio.wait_for(agent.upload_finished.wait(), WAIT)

    assert [a.status for a in agent.uploads] == [200]
    assert agent.uploads[0].url == upload_url
    call = await _api(tab, "GET", f"/api/v1/calls/{started['call_id']}")
    assert call["has_recording"] is True and call["status"] == "completed"
    recording = await tab.request.get(f"{live_server.base}/api/v1/calls/{started['call_id']}/recording")
    assert recording.ok and recording.headers["content-type"] == "audio/wav"
    assert await recording.body() == make_wav()
    await tab.screenshot(path=artifacts_dir / f"followup_call_{vendor}.png")
