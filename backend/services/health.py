"""Liveness of the database and Redis, for /api/v1/health and monitoring."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from redis.asyncio import Redis
from tortoise import connections

TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True)
class ComponentHealth:
    ok: bool
    detail: str


async def database() -> ComponentHealth:
    connection = connections.get("default")
    try:
        await asyncio.wait_for(connection.execute_query("SELECT 1"), TIMEOUT_SECONDS)
    except Exception as exc:  # any failure means unhealthy; the reason is reported
        return ComponentHealth(False, f"数据库不可用：{type(exc).__name__}")
    return ComponentHealth(True, connection.capabilities.dialect)


async def redis(url: str | None) -> ComponentHealth | None:
    """None when no Redis is configured (jobs then run in-process)."""
    if not url:
        return None
    client = Redis.from_url(url, socket_connect_timeout=TIMEOUT_SECONDS, socket_timeout=TIMEOUT_SECONDS)
    try:
        await client.ping()
    except Exception as exc:
        return ComponentHealth(False, f"Redis 不可用：{type(exc).__name__}")
    finally:
        await client.aclose()
    return ComponentHealth(True, "ok")
