"""Serves the built H5 app (h5/dist, `make assets`) under /h5/ with a history fallback.

The app's routes are client-side (/h5/tasks/12, /h5/pad/ward/3): any path that is not a built
file answers index.html. Hashed files under assets/ never change, so they are cached for a year;
index.html and the service worker must be re-read so a new build reaches the phones and pads.
The patient's questionnaire page (q/<token>, the address the SMS texts carry) is not stored at all
and sends no Referer: its address is the credential.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, Response

DIST = Path(__file__).resolve().parents[2] / "h5" / "dist"
NOT_BUILT = (
    "<!doctype html><meta charset=utf-8><title>移动端未构建</title>"
    "<p>移动端（H5）尚未构建：请在服务器上运行 <code>make assets</code> 后刷新。</p>"
)


def _file(dist: Path, path: str) -> Path | None:
    candidate = (dist / path).resolve()
    if path and candidate.is_file() and candidate.is_relative_to(dist.resolve()):
        return candidate
    return None


def build_router(dist: Path = DIST) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/h5", response_class=HTMLResponse)
    @router.get("/h5/{path:path}", response_class=HTMLResponse)
    async def h5_app(path: str = "") -> Response:
        index = dist / "index.html"
        if not index.is_file():
            return HTMLResponse(NOT_BUILT, status_code=503)
        found = _file(dist, path)
        if found is not None:
            immutable = path.startswith("assets/")
            cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
            headers = {"Cache-Control": cache}
            if path == "sw.js":
                headers["Service-Worker-Allowed"] = "/h5/"
            return FileResponse(found, headers=headers)
        if path.startswith("q/"):  # a link's token has dots in it: not a file name
            return FileResponse(index, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})
        if path.startswith("assets/") or "." in path.rsplit("/", 1)[-1]:
            return HTMLResponse("<!doctype html><meta charset=utf-8><p>文件不存在</p>", status_code=404)
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    return router
