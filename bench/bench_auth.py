"""Cost of authentication on every request: GET /auth/me (token + session + roles checked)
against GET /health (one SELECT 1), both in-process on the same SQLite file, same run.

Prints the p50/p95 of each and the ratio; no pass/fail (the machine is noisy).
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from pathlib import Path

from common import configure, p  # bench/ is the script's directory

ROUNDS = 300

tmp = Path(tempfile.mkdtemp())
configure(f"sqlite://{tmp}/bench.sqlite3")

import httpx  # noqa: E402

from backend.app import create_app  # noqa: E402
from backend.db import init_orm  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.services import demo  # noqa: E402


async def _measure(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> list[float]:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        response = await client.get(path, headers=headers)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.text
    return times


async def main() -> None:
    try:
        await upgrade()
        ctx = await init_orm()
        try:
            await demo.seed_demo_hospital()
            transport = httpx.ASGITransport(app=create_app(manage_orm=False))
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                token = (
                    await client.post("/api/v1/auth/login", json={"username": "kefu01", "password": demo.DEMO_PASSWORD})
                ).json()
                headers = {"Authorization": f"Bearer {token['access_token']}"}
                client.cookies.clear()
                await _measure(client, "/api/v1/health", {})  # warm-up
                baseline = await _measure(client, "/api/v1/health", {})
                authed = await _measure(client, "/api/v1/auth/me", headers)
        finally:
            # aiosqlite runs each connection in a thread the interpreter waits for at exit: one
            # left open (a failed bench) would keep the process alive for ever
            await ctx.close_connections()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"health (baseline): p50 {p(baseline, 50):.2f} ms  p95 {p(baseline, 95):.2f} ms")
    print(f"auth/me          : p50 {p(authed, 50):.2f} ms  p95 {p(authed, 95):.2f} ms")
    print(f"ratio p50 auth/me ÷ health: {p(authed, 50) / p(baseline, 50):.2f}")


if __name__ == "__main__":
    asyncio.run(main())
