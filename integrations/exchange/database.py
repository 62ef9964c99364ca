"""Database transport for a 网闸 that mirrors tables (前置库): each node inserts its envelopes into
the `exchange_wire` table of the front database and reads the rows addressed to it.

The table belongs to the front database, not to our schema, so it is created here when missing
(its DDL is in the README for the gateway's operators). A resent envelope has the same name and is
not inserted twice; a row is deleted by its receiver once stored or refused.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from integrations.exchange.base import ExchangeUnavailable, Incoming, Outgoing

DDL = (
    "CREATE TABLE IF NOT EXISTS exchange_wire ("
    " name VARCHAR(96) PRIMARY KEY, sender VARCHAR(32) NOT NULL, receiver VARCHAR(32) NOT NULL,"
    " body TEXT NOT NULL, created_at VARCHAR(40) NOT NULL)"
)


class DatabaseTransport:
    def __init__(self, url: str, *, node: str, limit: int = 500) -> None:
        self.url = url
        self.node = node
        self.limit = limit
        self.scheme = urlsplit(url).scheme
        self._pool: Any = None
        self._sqlite: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()

    # --- SQLite (a front database on a file share, and the tests) --------------------------

    def _sqlite_conn(self) -> sqlite3.Connection:
        if self._sqlite is None:
            path = self.url.removeprefix("sqlite://").split("?", 1)[0]
            conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(DDL)
            self._sqlite = conn
        return self._sqlite

    def _sqlite_round(self, outgoing: list[Outgoing], now: str) -> list[tuple[str, str]]:
        conn = self._sqlite_conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT INTO exchange_wire (name, sender, receiver, body, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (name) DO NOTHING",
                [(o.name, self.node, _receiver(o.name), o.data.decode("ascii"), now) for o in outgoing],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        rows = conn.execute(
            "SELECT name, body FROM exchange_wire WHERE receiver = ? ORDER BY name LIMIT ?", (self.node, self.limit)
        ).fetchall()
        return [(str(name), str(body)) for name, body in rows]

    def _sqlite_delete(self, name: str) -> None:
        self._sqlite_conn().execute("DELETE FROM exchange_wire WHERE name = ?", (name,))

    # --- PostgreSQL ----------------------------------------------------------------------

    async def _pg(self) -> Any:
        if self._pool is None:
            import asyncpg

            dsn = self.url.replace("asyncpg://", "postgresql://", 1).replace("postgres://", "postgresql://", 1)
            self._pool = await asyncpg.create_pool(dsn, min_size=1, max_size=2)
            async with self._pool.acquire() as conn:
                await conn.execute(DDL)
        return self._pool

    async def round(self, outgoing: list[Outgoing]) -> list[Incoming]:
        from datetime import UTC, datetime

        now = datetime.now(UTC).isoformat()
        try:
            if self.scheme == "sqlite":
                async with self._lock:
                    rows = await asyncio.to_thread(self._sqlite_round, outgoing, now)
            else:
                pool = await self._pg()
                async with pool.acquire() as conn, conn.transaction():
                    await conn.executemany(
                        "INSERT INTO exchange_wire (name, sender, receiver, body, created_at)"
                        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING",
                        [(o.name, self.node, _receiver(o.name), o.data.decode("ascii"), now) for o in outgoing],
                    )
                    found = await conn.fetch(
                        "SELECT name, body FROM exchange_wire WHERE receiver = $1 ORDER BY name LIMIT $2",
                        self.node,
                        self.limit,
                    )
                rows = [(r["name"], r["body"]) for r in found]
        except (OSError, sqlite3.Error) as exc:
            raise ExchangeUnavailable(f"前置库不可用：{exc}") from exc
        return [Incoming(name, body.encode("ascii"), self._deleter(name)) for name, body in rows]

    def _deleter(self, name: str) -> Callable[[], Awaitable[None]]:
        async def done() -> None:
            if self.scheme == "sqlite":
                async with self._lock:
                    await asyncio.to_thread(self._sqlite_delete, name)
            else:
                pool = await self._pg()
                await pool.execute("DELETE FROM exchange_wire WHERE name = $1", name)

        return done

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None


def _receiver(name: str) -> str:
    # envelope names are "<sender>-<receiver>-<what>"
    return name.split("-")[1]
