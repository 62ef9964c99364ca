"""/api/docs works on an intranet: Swagger UI from our own server, under the same
Content-Security-Policy as every page (the `page` fixture fails on any request off the machine)."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder
from tests.live import LiveServer


async def test_api_docs_render_from_local_assets_under_the_policy(
    page: tuple[Page, Recorder], live_server: LiveServer
) -> None:
    tab, recorder = page
    response = await tab.goto(f"{live_server.base}/api/docs")
    assert response is not None and response.ok
    assert "script-src 'self'" in (await response.all_headers())["content-security-policy"]
    await expect(tab.locator(".opblock-summary-path", has_text="/api/v1/auth/login").first).to_be_visible()
    assert any("/amis-static/swagger-ui-dist@" in url for url in recorder.urls)
