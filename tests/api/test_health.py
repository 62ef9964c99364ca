from __future__ import annotations

import httpx

from backend.services import health


async def test_health_reports_the_database_and_in_process_jobs(client: httpx.AsyncClient, db: str) -> None:
    response = await client.get("/api/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == {"ok": True, "detail": db}
    assert "进程内" in body["redis"]["detail"]


async def test_redis_health_against_the_real_server_and_a_dead_port(db: str) -> None:
    alive = await health.redis("redis://127.0.0.1:6379/0")
    assert alive is not None and alive.ok
    dead = await health.redis("redis://127.0.0.1:1/0")
    assert dead is not None and not dead.ok and "Redis 不可用" in dead.detail
    assert await health.redis(None) is None
