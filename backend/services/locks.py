"""Named locks shared by every process on one database, so that two workers (or a worker and a
web process's 立即同步) never run the same job at the same time.

PostgreSQL takes a session advisory lock and MySQL/MariaDB `GET_LOCK`, each on one pooled
connection held for the lock's duration: a process that dies drops its connection and the
server releases the lock with it, so the lease is the connection itself and no timer can expire
under a slow but live holder. SQLite serves one process by design (several processes need
PostgreSQL or MySQL and Redis), so an asyncio lock per name is enough there.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from tortoise import connections
from tortoise.models import Model
from tortoise.transactions import in_transaction

_local: dict[str, asyncio.Lock] = {}


def _pg_key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_lock (Python's hash() differs per process)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


def _mysql_name(name: str) -> str:
    # GET_LOCK names are server-wide and at most 64 characters: prefix ours, hash long ones.
    full = f"suifang:{name}"
    return full if len(full) <= 64 else "suifang:" + hashlib.sha256(name.encode()).hexdigest()[:48]


def across_processes() -> bool:
    """Whether these locks hold across processes (PostgreSQL, MySQL) or in this one only (SQLite)."""
    client: Any = connections.get("default")
    return bool(client.capabilities.dialect != "sqlite")


@asynccontextmanager
async def exclusive(name: str, *, wait_seconds: float = 0) -> AsyncIterator[bool]:
    """Hold the lock `name` for the block; yields False (without waiting longer than
    `wait_seconds`) when another process or task holds it, and the caller skips its work."""
    client: Any = connections.get("default")
    dialect = client.capabilities.dialect
    if dialect == "postgres":
        async with _postgres(client, name, wait_seconds) as held:
            yield held
    elif dialect == "mysql":
        async with _mysql(client, name, wait_seconds) as held:
            yield held
    else:
        async with _in_process(name, wait_seconds) as held:
            yield held


@asynccontextmanager
async def _postgres(client: Any, name: str, wait_seconds: float) -> AsyncIterator[bool]:
    key = _pg_key(name)
    async with client.acquire_connection() as conn:
        if wait_seconds > 0:
            # lock_timeout bounds the wait of pg_advisory_lock; the pool resets it on release
            await conn.execute(f"SET lock_timeout = {int(wait_seconds * 1000)}")
            try:
                await conn.execute("SELECT pg_advisory_lock($1)", key)
                held = True
            except Exception as exc:  # asyncpg LockNotAvailableError: the wait ran out
                if type(exc).__name__ != "LockNotAvailableError":
                    raise
                held = False
        else:
            held = bool(await conn.fetchval("SELECT pg_try_advisory_lock($1)", key))
        try:
            yield held
        finally:
            if held:
                await conn.execute("SELECT pg_advisory_unlock($1)", key)


@asynccontextmanager
async def _mysql(client: Any, name: str, wait_seconds: float) -> AsyncIterator[bool]:
    lock = _mysql_name(name)
    async with client.acquire_connection() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT GET_LOCK(%s, %s)", (lock, wait_seconds))
            row = await cur.fetchone()
        held = bool(row and row[0] == 1)
        try:
            yield held
        finally:
            if held:
                async with conn.cursor() as cur:
                    await cur.execute("SELECT RELEASE_LOCK(%s)", (lock,))


@asynccontextmanager
async def _in_process(name: str, wait_seconds: float) -> AsyncIterator[bool]:
    lock = _local.setdefault(name, asyncio.Lock())
    if lock.locked() and wait_seconds <= 0:
        yield False
        return
    try:
        await asyncio.wait_for(lock.acquire(), wait_seconds if wait_seconds > 0 else None)
    except TimeoutError:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


@asynccontextmanager
async def row(model: type[Model], pk: int, *, wait_seconds: float = 30) -> AsyncIterator[bool]:
    """Serialise work on one row (a patient's dials, a user's exact searches) across processes.

    A row lock (SELECT ... FOR UPDATE) in a transaction that the block runs in, where the
    database has one; yields True. SQLite (one process by design) takes an in-process lock
    instead, because its transactions share one connection and a waiting block would hold it;
    it yields False when that lock was not had within `wait_seconds`.
    """
    if connections.get("default").capabilities.dialect == "sqlite":
        async with _in_process(f"row:{model._meta.db_table}:{pk}", wait_seconds) as held:
            yield held
        return
    async with in_transaction():
        await model.filter(pk=pk).select_for_update().first()
        yield True
