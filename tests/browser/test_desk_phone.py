"""desk-phone.js in Chromium against the loopback 润普 and SIM-box agents.

The page is a bare HTML file that loads desk-phone.js from disk, served with an event receiver and
an upload receiver by one loopback HTTP site, so the drivers are tested without the application.
`open_desk_phone`, `dial`, `hang_up`, `page_events` and `settle_reports` drive any page that has
loaded desk-phone.js and can be reused on the real call page.
"""

from __future__ import annotations

import asyncio
import io
import json
import socket
import wave
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
import uvicorn
from playwright.async_api import Browser, Error, Page
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from tests.loopback.desk_agents import RunpuAgent, SimboxAgent

DESK_PHONE_JS = Path(__file__).resolve().parents[2] / "backend" / "admin" / "assets" / "js" / "desk-phone.js"
REPORT_TEMPLATE = "/api/v1/calls/{callId}/events"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WAIT = 10.0


# -- reusable page helpers ---------------------------------------------------------------------


async def open_desk_phone(page: Page, *, vendor: str, url: str, report_template: str | None = None) -> None:
    """Connect the page (which has loaded desk-phone.js) to a desk agent; events collect in the page."""
    await page.evaluate(
        """async ({vendor, url, report}) => {
            const phone = await DeskPhone.connect({vendor, url});
            const state = {phone, events: [], reporter: null};
            phone.on(event => state.events.push(event));
            if (report) state.reporter = DeskPhone.reportTo(phone, report);
            window.deskPhoneUnderTest = state;
        }""",
        {"vendor": vendor, "url": url, "report": report_template},
    )


async def dial(page: Page, **options: str) -> dict[str, Any]:
    return await page.evaluate("options => window.deskPhoneUnderTest.phone.dial(options)", options)


async def hang_up(page: Page) -> None:
    await page.evaluate("() => window.deskPhoneUnderTest.phone.hangup()")


async def page_events(page: Page, count: int) -> list[dict[str, Any]]:
    """The normalised events once at least `count` have arrived."""
    await page.wait_for_function("n => window.deskPhoneUnderTest.events.length >= n", arg=count)
    return await page.evaluate("() => window.deskPhoneUnderTest.events")


async def settle_reports(page: Page) -> None:
    """Returns once every event report queued so far has been answered by the server."""
    await page.evaluate("() => window.deskPhoneUnderTest.reporter.settled()")


# -- the loopback site -------------------------------------------------------------------------


@dataclass
class ReceivedUpload:
    call_id: str
    fields: dict[str, str]
    filename: str
    content_type: str
    content: bytes
    cookie: str | None


@dataclass
class LoopbackSite:
    """Serves the test page and desk-phone.js, and receives event reports and agent uploads."""

    base: str = ""
    reports: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    uploads: list[ReceivedUpload] = field(default_factory=list)
    upload_statuses: list[int] = field(default_factory=list)  # scripted answers, then 200

    def upload_url(self, call_id: str) -> str:
        return f"{self.base}/uploads/{call_id}?token=t0k3n"

    def app(self) -> Starlette:
        async def page(request: Request) -> Response:
            return HTMLResponse(
                '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>desk phone</title>'
                '<script src="/desk-phone.js"></script></html>'
            )

        async def script(request: Request) -> Response:
            return FileResponse(DESK_PHONE_JS, media_type="text/javascript")

        async def report(request: Request) -> Response:
            content_type = request.headers.get("content-type", "")
            self.reports.append((request.path_params["call_id"], content_type, await request.json()))
            return JSONResponse({}, status_code=202)

        async def upload(request: Request) -> Response:
            form = await request.form()
            audio = form["file"]
            assert not isinstance(audio, str)
            self.uploads.append(
                ReceivedUpload(
                    call_id=request.path_params["call_id"],
                    fields={k: v for k, v in form.items() if isinstance(v, str)},
                    filename=audio.filename or "",
                    content_type=audio.content_type or "",
                    content=await audio.read(),
                    cookie=request.headers.get("cookie"),
                )
            )
            status = self.upload_statuses.pop(0) if self.upload_statuses else 200
            return JSONResponse({"success": status == 200, "msg": "" if status == 200 else "稍后重试"}, status)

        return Starlette(
            routes=[
                Route("/desk-phone.html", page),
                Route("/desk-phone.js", script),
                Route("/api/v1/calls/{call_id}/events", report, methods=["POST"]),
                Route("/uploads/{call_id}", upload, methods=["POST"]),
            ]
        )


@pytest.fixture
async def site() -> AsyncIterator[LoopbackSite]:
    state = LoopbackSite()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()  # connections queue in the backlog until uvicorn accepts, so no readiness wait
    state.base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    config = uvicorn.Config(state.app(), lifespan="off", log_level="warning", access_log=False, ws="none")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        yield state
    finally:
        server.should_exit = True
        await task
        sock.close()


@pytest.fixture
async def tab(browser: Browser, site: LoopbackSite) -> AsyncIterator[Page]:
    context = await browser.new_context(locale="zh-CN")
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = await context.new_page()
    try:
        await page.goto(f"{site.base}/desk-phone.html")
        await page.clock.set_fixed_time(T0)
        yield page
    finally:
        await context.close()
    assert [u for u in requested if urlsplit(u).hostname != "127.0.0.1"] == []


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def assert_valid_wav(content: bytes) -> None:
    assert content[:4] == b"RIFF" and content[8:12] == b"WAVE"
    with wave.open(io.BytesIO(content)) as recording:
        assert recording.getnchannels() == 1
        assert recording.getsampwidth() == 2
        assert recording.getframerate() == 8000
        assert recording.getnframes() == 2400  # 300 ms
        assert any(recording.readframes(2400))


# -- tests -------------------------------------------------------------------------------------


async def test_runpu_driver_dials_normalises_reports_and_agent_uploads_with_retry(
    tab: Page, site: LoopbackSite
) -> None:
    site.upload_statuses = [503]
    upload_url = site.upload_url("call-1001")
    async with RunpuAgent(dialect="wstest") as agent:
        await open_desk_phone(tab, vendor="runpu", url=agent.url, report_template=REPORT_TEMPLATE)
        dialled = await dial(tab, callId="call-1001", number="13800138000", uploadUrl=upload_url)
        assert dialled == {"callId": "call-1001", "agentCallId": "runpu-000001"}

        await agent.advance("ringing")
        await agent.advance("answered")
        await page_events(tab, 2)  # the page has stamped the answer before its clock moves on
        agent.pass_time(12)
        await tab.clock.set_fixed_time(T0 + timedelta(seconds=12))
        await agent.advance("hangup")

        events = await page_events(tab, 3)
        await settle_reports(tab)
        await asyncio.wait_for(agent.upload_finished.wait(), WAIT)

    uri = "callId=call-1001&uploadUrl=" + quote(upload_url, safe="-_.!~*'()")  # as encodeURIComponent
    assert agent.received == [
        {"cmd": "cmdAddCookie", "request": {"param": {"value": "suifang_call_id=call-1001"}, "uri": uri}},
        {"cmd": "cmdStartDial", "request": {"param": {"phoneNo": "13800138000", "prefix": ""}, "uri": uri}},
    ]
    hung_up_at = iso(T0 + timedelta(seconds=12))
    assert events == [
        {"kind": "ringing", "callId": "call-1001", "at": iso(T0)},
        {"kind": "answered", "callId": "call-1001", "at": iso(T0)},
        {"kind": "hangup", "callId": "call-1001", "at": hung_up_at, "durationSeconds": 12, "cause": None},
    ]
    assert site.reports == [
        ("call-1001", "application/json", {"kind": "ringing", "at": iso(T0), "duration_seconds": None, "cause": None}),
        ("call-1001", "application/json", {"kind": "answered", "at": iso(T0), "duration_seconds": None, "cause": None}),
        ("call-1001", "application/json", {"kind": "hangup", "at": hung_up_at, "duration_seconds": 12, "cause": None}),
    ]
    # The first upload got 503; the agent tried again, as ccgate does, and the second was accepted.
    assert [a.status for a in agent.uploads] == [503, 200]
    assert len(site.uploads) == 2
    received = site.uploads[-1]
    assert received.call_id == "call-1001"
    assert received.cookie == "suifang_call_id=call-1001"
    assert received.filename == "runpu-000001.wav" and received.content_type == "audio/wav"
    assert received.fields["call_id"] == "call-1001" and received.fields["vendor"] == "runpu"
    assert received.fields["duration_seconds"] == "12"
    record = json.loads(received.fields["record"])
    assert record["callUuid"] == "runpu-000001" and record["toPhone"] == "13800138000"
    assert record["durationSeconds"] == 12 and record["callResult"] == 4
    assert_valid_wav(received.content)


async def test_runpu_page_hangup_uses_stop_dial_and_the_agents_talk_time_from_ccgate_039(
    tab: Page, site: LoopbackSite
) -> None:
    async with RunpuAgent(dialect="ccgate-0.39") as agent:
        await open_desk_phone(tab, vendor="runpu", url=agent.url, report_template=REPORT_TEMPLATE)
        await dial(tab, callId="call-1002", number="13900139000", uploadUrl=site.upload_url("call-1002"))
        await agent.advance("ringing")
        await agent.advance("ringing")  # every ring repeats the event; the page reports it once
        await agent.advance("answered")
        agent.pass_time(7)  # the page clock stays put: the duration can only come from the agent
        await hang_up(tab)

        events = await page_events(tab, 3)
        await settle_reports(tab)
        await asyncio.wait_for(agent.upload_finished.wait(), WAIT)

    assert agent.commands == ["cmdAddCookie", "cmdStartDial", "cmdStopDial", "cmdDoHook"]
    assert agent.received[2]["request"]["param"] == {"phoneNo": "13900139000"}
    assert agent.received[3]["request"]["param"] == {"value": False}
    assert [(e["kind"], e.get("durationSeconds")) for e in events] == [
        ("ringing", None),
        ("answered", None),
        ("hangup", 7),
    ]
    assert [body["kind"] for _, _, body in site.reports] == ["ringing", "answered", "hangup"]
    assert site.reports[-1][2]["duration_seconds"] == 7
    assert [a.status for a in agent.uploads] == [200]
    assert_valid_wav(site.uploads[0].content)


async def test_runpu_dial_rejects_with_the_agents_message_when_state_is_not_zero(tab: Page) -> None:
    async with RunpuAgent() as agent:
        agent.fail_next("cmdStartDial", "录音盒子未连接")
        await open_desk_phone(tab, vendor="runpu", url=agent.url)
        with pytest.raises(Error, match="录音盒子未连接"):
            await dial(tab, callId="call-1003", number="13800138000", uploadUrl="")
        # The failed call is cleared: the desk can dial again.
        assert await dial(tab, callId="call-1004", number="13800138000", uploadUrl="") == {
            "callId": "call-1004",
            "agentCallId": "runpu-000001",
        }


async def test_simbox_driver_links_configures_upload_acknowledges_events_and_hangs_up(
    tab: Page, site: LoopbackSite
) -> None:
    upload_url = site.upload_url("call-2001")
    async with SimboxAgent() as agent:
        await open_desk_phone(tab, vendor="simbox", url=agent.url, report_template=REPORT_TEMPLATE)
        await agent.wait_for_command("USB")  # the box announces the device; the page acknowledges
        await dial(tab, callId="call-2001", number="15000150000", uploadUrl=upload_url)
        await agent.advance("ringing")
        await agent.advance("answered")
        await page_events(tab, 2)  # the page has stamped the answer before its clock moves on
        agent.pass_time(30)
        await tab.clock.set_fixed_time(T0 + timedelta(seconds=30))
        await hang_up(tab)

        events = await page_events(tab, 3)
        await settle_reports(tab)
        await asyncio.wait_for(agent.upload_finished.wait(), WAIT)

    ok = {"success": "true", "message": "成功"}
    assert agent.received == [
        {"cmd": "LINK"},
        {"cmd": "USB", "connected": "true", **ok},
        {"cmd": "autorecord", "value": "1"},
        {
            "cmd": "setCallrecord",
            "pid": "",
            "userWid": "",
            "callrecordUrl": upload_url,
            "recordFileUrl": upload_url,
            "heartbeatUrl": "",
        },
        {"cmd": "ATD", "number": "15000150000", "callid": "call-2001"},
        {"cmd": "CORG", "number": "15000150000", **ok},
        {"cmd": "ALERT", **ok},
        {"cmd": "CBEGIN", **ok},
        {"cmd": "ATH"},
        {"cmd": "CEND", **ok},
    ]
    hung_up_at = iso(T0 + timedelta(seconds=30))
    assert events == [
        {"kind": "ringing", "callId": "call-2001", "at": iso(T0)},
        {"kind": "answered", "callId": "call-2001", "at": iso(T0)},
        {"kind": "hangup", "callId": "call-2001", "at": hung_up_at, "durationSeconds": 30, "cause": None},
    ]
    assert [(call_id, body) for call_id, _, body in site.reports] == [
        ("call-2001", {"kind": "ringing", "at": iso(T0), "duration_seconds": None, "cause": None}),
        ("call-2001", {"kind": "answered", "at": iso(T0), "duration_seconds": None, "cause": None}),
        ("call-2001", {"kind": "hangup", "at": hung_up_at, "duration_seconds": 30, "cause": None}),
    ]
    assert [a.status for a in agent.uploads] == [200]
    [received] = site.uploads
    assert received.call_id == "call-2001" and received.fields["vendor"] == "simbox"
    assert received.fields["duration_seconds"] == "30"
    assert json.loads(received.fields["record"])["callid"] == "call-2001"
    assert_valid_wav(received.content)


async def test_unanswered_simbox_call_reports_no_answer_with_zero_talk_time(tab: Page, site: LoopbackSite) -> None:
    async with SimboxAgent() as agent:
        await open_desk_phone(tab, vendor="simbox", url=agent.url)
        await dial(tab, callId="call-2002", number="15000150000", uploadUrl=site.upload_url("call-2002"))
        await agent.advance("ringing")
        await agent.advance("hangup")
        events = await page_events(tab, 2)
    assert events[-1] == {
        "kind": "hangup",
        "callId": "call-2002",
        "at": iso(T0),
        "durationSeconds": 0,
        "cause": "no_answer",
    }


async def test_connect_rejects_in_chinese_naming_the_likely_causes_when_no_agent_listens(tab: Page) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    message = await tab.evaluate(
        "url => DeskPhone.connect({vendor: 'runpu', url}).then(() => 'connected', e => e.message)",
        f"ws://127.0.0.1:{closed_port}",
    )
    assert message.startswith("无法连接本机润普录音盒服务")
    assert "未启动" in message and "LocalNetworkAccessAllowedForUrls" in message
