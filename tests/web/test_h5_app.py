"""Serving the built H5 app under /h5/: built files as they are, any app route as index.html
(history fallback), a missing asset as 404, nothing outside the build, and a clear page when the
app was never built."""

from __future__ import annotations

from pathlib import Path

import httpx
from fastapi import FastAPI

from backend.web.h5_app import build_router


def _client(dist: Path) -> httpx.AsyncClient:
    app = FastAPI()
    app.include_router(build_router(dist))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


async def test_app_routes_fall_back_to_index_and_built_files_are_served(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><div id=app></div>", encoding="utf-8")
    (dist / "assets" / "index-abc123.js").write_text("console.log(1)", encoding="utf-8")
    (dist / "sw.js").write_text("self.addEventListener('fetch', () => {})", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the build", encoding="utf-8")
    async with _client(dist) as client:
        for path in ("/h5", "/h5/", "/h5/tasks/12", "/h5/pad/ward/3"):
            page = await client.get(path)
            assert page.status_code == 200 and "id=app" in page.text, path
            assert page.headers["cache-control"] == "no-cache"
        asset = await client.get("/h5/assets/index-abc123.js")
        assert asset.text == "console.log(1)" and "immutable" in asset.headers["cache-control"]
        worker = await client.get("/h5/sw.js")
        assert worker.headers["cache-control"] == "no-cache" and worker.headers["service-worker-allowed"] == "/h5/"
        assert (await client.get("/h5/assets/gone-000.js")).status_code == 404
        assert "outside the build" not in (await client.get("/h5/..%2Fsecret.txt")).text
        assert "outside the build" not in (await client.get("/h5/%2E%2E/secret.txt")).text


async def test_an_unbuilt_app_says_how_to_build_it(tmp_path: Path) -> None:
    async with _client(tmp_path / "dist") as client:
        page = await client.get("/h5/tasks")
    assert page.status_code == 503 and "make assets" in page.text
