"""网络电话 in Chromium against a real SIP server: Debian's kamailio (SIP over WebSocket, digest
registration; tests/loopback/kamailio.py) on loopback. The follow-up agent dials from the task's
execution drawer with the browser softphone; the patient is a second page registered as the
patient's number, so SDP and ICE are really negotiated and audio flows between the two pages
(Chromium's fake microphone). One scenario walks every call path in a few seconds each:
registration refused, answered and hung up by the agent, busy (486), no answer (the ring timer),
hung up by the patient, the WebSocket dropped mid-call, and the microphone refused.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, Page, Response, async_playwright, expect

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, login
from tests.browser.test_followup_ui import choose, open_task_for_call
from tests.live import LiveServer
from tests.loopback.kamailio import SipServer

AGENT_PASSWORD = "Sip-kefu01-2026"
PATIENT_PASSWORD = "Sip-patient-2026"
MEDIA_ARGS = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
RING_SECONDS = 2

# The patient's phone: a SIP.js user agent in its own page, registered as the patient's number.
# `mode` says what it does with the next call: answer, busy (486) or ignore (keep ringing).
PATIENT_PHONE = """async ({wsUrl, domain, user, password}) => {
  const SIP = await import('/amis-static/sip.js@0.21.2/lib/index.js');
  const state = {mode: 'answer', calls: 0, session: null, established: false};
  window.patient = state;
  const ua = new SIP.UserAgent({
    uri: SIP.UserAgent.makeURI(`sip:${user}@${domain}`), authorizationUsername: user,
    authorizationPassword: password, transportOptions: {server: wsUrl}, logLevel: 'error',
    sessionDescriptionHandlerFactoryOptions: {peerConnectionConfiguration: {iceServers: []}, iceGatheringTimeout: 1000},
    delegate: {onInvite: invitation => {
      state.calls += 1;
      state.session = invitation;
      state.established = false;
      state.header = invitation.request.getHeader('X-Followup-Call-Id');
      invitation.stateChange.addListener(s => { state.established = s === SIP.SessionState.Established; });
      invitation.progress();
      if (state.mode === 'answer') invitation.accept({sessionDescriptionHandlerOptions: {constraints: {audio: true, video: false}}});
      if (state.mode === 'busy') invitation.reject({statusCode: 486});
    }}
  });
  await ua.start();
  const registerer = new SIP.Registerer(ua);
  await new Promise((ok, fail) => registerer.register({requestDelegate: {
    onAccept: ok, onReject: r => fail(new Error('patient phone refused: ' + r.message.statusCode))}}));
}"""

# True once the patient's page has received audio from the agent's (fake) microphone.
AUDIO_RECEIVED = """async () => {
  const pc = window.patient.session.sessionDescriptionHandler.peerConnection;
  let bytes = 0;
  (await pc.getStats()).forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'audio') bytes += s.bytesReceived; });
  return bytes > 0;
}"""


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Chromium with a fake microphone that needs no permission prompt."""
    async with async_playwright() as playwright:
        instance = await playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *MEDIA_ARGS])
        try:
            yield instance
        finally:
            await instance.close()


@pytest.fixture(scope="module")
def sip(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SipServer]:
    server = SipServer(tmp_path_factory.mktemp("kamailio"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory, sip: SipServer) -> Iterator[LiveServer]:
    server = LiveServer(
        tmp_path_factory.mktemp("live"),
        env={
            "DIALER__SOFTPHONE_WS_URL": sip.ws_url,
            "DIALER__SOFTPHONE_DOMAIN": sip.domain,
            "DIALER__SOFTPHONE_RING_SECONDS": str(RING_SECONDS),
        },
    )
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


async def _token(api: httpx.AsyncClient, username: str) -> dict[str, str]:
    response = await api.post("/api/v1/auth/login", json={"username": username, "password": "Demo@2026"})
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


class Dialled:
    """The calls the agent's page placed, and the statuses the server answered to each event the
    page reported, per call."""

    def __init__(self) -> None:
        self.placed = 0
        self.statuses: dict[str, list[str]] = {}

    async def seen(self, response: Response) -> None:
        if response.url.endswith("/api/v1/calls") and response.request.method == "POST":
            self.placed += 1
        elif "/api/v1/calls/" in response.url and response.url.endswith("/events") and response.ok:
            body = await response.json()
            self.statuses.setdefault(body["call_id"], []).append(body["status"])


async def _dial(tab: Page, drawer: Any) -> str:
    """Click 拨打电话; returns the call id the server gave the new call record."""
    async with tab.expect_response(lambda r: r.url.endswith("/api/v1/calls") and r.request.method == "POST") as made:
        await drawer.locator("button:has-text('拨打电话')").click()
    response = await made.value
    assert response.ok, await response.text()
    body = await response.json()
    assert body["method"] == "webrtc"
    return str(body["call_id"])


async def _ended(api: httpx.AsyncClient, agent: dict[str, str], call_id: str, status: Any) -> dict[str, Any]:
    await expect(status).not_to_contain_text("…", timeout=15_000)
    record = (await api.get(f"/api/v1/calls/{call_id}", headers=agent)).json()
    return dict(record)


async def test_the_softphone_places_every_kind_of_call_through_a_real_sip_server(
    browser: Browser, live_server: LiveServer, sip: SipServer, artifacts_dir: Path
) -> None:
    base = live_server.base
    async with httpx.AsyncClient(base_url=base) as api:
        admin = await _token(api, "sysadmin")
        agent = await _token(api, "kefu01")
        staff = {
            s["username"]: s for s in (await api.get("/api/v1/staff?page_size=100", headers=admin)).json()["items"]
        }
        extension = staff["kefu01"]["phone_extension"]
        context: BrowserContext = await browser.new_context(viewport={"width": 1600, "height": 900}, locale="zh-CN")
        patient_context = await browser.new_context()
        dialled = Dialled()
        try:
            # 员工维护, as the system administrator: 网络电话 and the extension's password, mistyped
            maintenance = await (await browser.new_context(viewport={"width": 1600, "height": 900})).new_page()
            await login(maintenance, base, "sysadmin")
            await maintenance.click("text=系统管理")
            await maintenance.click("text=员工维护")
            row = maintenance.locator("tbody tr", has=maintenance.get_by_role("cell", name="kefu01", exact=True))
            await row.locator("button:has(.fa-pencil)").click()
            edit = maintenance.locator(".cxd-Modal")
            await choose(edit, "拨号方式", "网络电话（浏览器）")
            await edit.locator("input[name=sip_password]").fill("wrong-password")
            await edit.locator("button:has-text('确认')").click()
            await expect(row).to_contain_text("网络电话（浏览器）")
            await expect(row).not_to_contain_text("wrong-password")
            listed = (await api.get("/api/v1/staff?page_size=100", headers=admin)).json()["items"]
            assert next(s for s in listed if s["username"] == "kefu01")["has_sip_password"]
            await maintenance.context.close()

            tab = await context.new_page()
            tab.on("response", dialled.seen)
            await login(tab, base, "kefu01")
            task = await open_task_for_call(tab, "王丽")
            unmasked = await api.post(
                f"/api/v1/patients/{task['patient_id']}/unmask",
                json={"fields": ["phone"], "reason": "网络电话测试"},
                headers=agent,
            )
            number = unmasked.json()["phone"]
            sip.users = {extension: AGENT_PASSWORD, number: PATIENT_PASSWORD}
            sip.start()
            drawer = tab.locator(".cxd-Drawer")
            status = drawer.locator(".call-status")
            notice = drawer.locator(".softphone-notice")

            # registration refused: said in Chinese, and no attempt was counted against the patient
            await drawer.locator("button:has-text('拨打电话')").click()
            await expect(notice).to_contain_text(f"网络电话注册失败：交换机拒绝了分机 {extension} 的注册")
            await tab.screenshot(path=artifacts_dir / "softphone_registration_refused.png")
            assert dialled.placed == 0

            fixed = await api.patch(
                f"/api/v1/staff/{staff['kefu01']['id']}", json={"sip_password": AGENT_PASSWORD}, headers=admin
            )
            assert fixed.status_code == 200
            patient = await patient_context.new_page()
            await patient.goto(f"{base}/api/v1/health")
            await patient.evaluate(
                PATIENT_PHONE, {"wsUrl": sip.ws_url, "domain": sip.domain, "user": number, "password": PATIENT_PASSWORD}
            )

            # answered, media flows both ways, the agent hangs up
            call_id = await _dial(tab, drawer)
            await expect(status).to_contain_text("通话中", timeout=10_000)
            await expect(notice).to_have_count(0)
            assert await patient.evaluate("() => window.patient.header") == call_id
            await patient.wait_for_function(AUDIO_RECEIVED)
            await tab.screenshot(path=artifacts_dir / "softphone_talking.png")
            await drawer.locator("button:has-text('挂断')").click()
            record = await _ended(api, agent, call_id, status)
            assert record["status"] == "completed" and record["driver"] == "webrtc", record
            assert dialled.statuses[call_id] == ["ringing", "answered", "completed"]
            assert record["has_recording"]  # the PBX's file, named after the call id

            # busy: the patient's phone answers 486
            await patient.evaluate("() => { window.patient.mode = 'busy'; }")
            call_id = await _dial(tab, drawer)
            record = await _ended(api, agent, call_id, status)
            assert record["status"] == "busy" and record["hangup_cause"] == "17", record
            await expect(status).to_contain_text("占线，请选择随访结果")

            # no answer: it rings until the softphone's ring timer gives up
            await patient.evaluate("() => { window.patient.mode = 'ignore'; }")
            call_id = await _dial(tab, drawer)
            record = await _ended(api, agent, call_id, status)
            assert record["status"] == "no_answer", record
            assert dialled.statuses[call_id] == ["ringing", "no_answer"]

            # answered, then the patient hangs up
            await patient.evaluate("() => { window.patient.mode = 'answer'; }")
            call_id = await _dial(tab, drawer)
            await expect(status).to_contain_text("通话中", timeout=10_000)
            await patient.wait_for_function("() => window.patient.established")
            await patient.evaluate("() => window.patient.session.bye()")
            record = await _ended(api, agent, call_id, status)
            assert record["status"] == "completed" and record["hangup_cause"] == "16", record

            # the WebSocket drops mid-call (the PBX goes away): said in Chinese, the call ends
            call_id = await _dial(tab, drawer)
            await expect(status).to_contain_text("通话中", timeout=10_000)
            sip.stop()
            await expect(notice).to_contain_text("通话中网络电话与电话交换机的连接已断开")
            record = await _ended(api, agent, call_id, status)
            assert record["status"] == "completed" and record["hangup_cause"] == "38", record
            await tab.screenshot(path=artifacts_dir / "softphone_dropped.png")

        finally:
            await patient_context.close()
            await context.close()


async def test_a_refused_microphone_is_said_in_chinese_before_any_call_is_placed(
    live_server: LiveServer, sip: SipServer
) -> None:
    """A person who clicked 阻止 on the microphone prompt: Chromium without the fake prompt
    (headless refuses by itself) but with the fake device, so only the permission is missing."""
    async with httpx.AsyncClient(base_url=live_server.base) as api:
        admin = await _token(api, "sysadmin")
        staff = {
            s["username"]: s for s in (await api.get("/api/v1/staff?page_size=100", headers=admin)).json()["items"]
        }
        changed = await api.patch(
            f"/api/v1/staff/{staff['kefu01']['id']}",
            json={"dial_method": "webrtc", "sip_password": AGENT_PASSWORD},
            headers=admin,
        )
        assert changed.status_code == 200, changed.text
    async with async_playwright() as playwright:
        refusing = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, "--use-fake-device-for-media-stream"]
        )
        try:
            tab = await refusing.new_page(viewport={"width": 1600, "height": 900}, locale="zh-CN")
            dialled = Dialled()
            tab.on("response", dialled.seen)
            await login(tab, live_server.base, "kefu01")
            await open_task_for_call(tab, "王丽")
            drawer = tab.locator(".cxd-Drawer")
            await drawer.locator("button:has-text('拨打电话')").click()
            await expect(drawer.locator(".softphone-notice")).to_contain_text("浏览器拒绝了麦克风权限")
            await expect(drawer.locator(".call-status")).to_contain_text("未拨号")
            assert dialled.placed == 0
        finally:
            await refusing.close()
