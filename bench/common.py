"""What the benches share: a throwaway configuration set before the backend is imported, fresh
PostgreSQL databases that are dropped again at the end (also when the bench fails), and
percentiles.

Database names carry `BENCH_DB_SUFFIX` (e.g. `_b`), so two checkouts can bench side by side
without dropping each other's databases.
"""

from __future__ import annotations

import os
import secrets
import statistics
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

PG = os.environ.get("BENCH_POSTGRES_DSN", "postgres://postgres@127.0.0.1:5432")
SUFFIX = os.environ.get("BENCH_DB_SUFFIX", "")


def db_name(base: str) -> str:
    """The name of one of this run's databases."""
    return f"{base}{SUFFIX}"


def configure(database_url: str) -> None:
    """Test settings with fresh keys; call before importing anything from backend."""
    os.environ.update(
        {
            "ENV": "test",
            "DATABASE_URL": database_url,
            "REDIS_URL": "",
            "SECURITY__SECRET_KEY": secrets.token_urlsafe(40),
            "SECURITY__DATA_KEY": secrets.token_urlsafe(40),
            "SECURITY__INDEX_KEY": secrets.token_urlsafe(40),
        }
    )
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


async def _admin(statement: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(f"{PG}/postgres")
    try:
        await admin.execute(statement)
    finally:
        await admin.close()


async def recreate(name: str) -> None:
    """Drop and create one PostgreSQL database."""
    await drop(name)
    await _admin(f'CREATE DATABASE "{name}"')


async def drop(name: str) -> None:
    """Drop one PostgreSQL database; FORCE ends connections a failed bench left open."""
    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@asynccontextmanager
async def fresh_databases(*names: str) -> AsyncIterator[None]:
    """Empty databases for the block, dropped when it ends, however it ends."""
    try:
        for name in names:
            await recreate(name)
        yield
    finally:
        for name in names:
            await drop(name)


def p(values: list[float], q: int) -> float:
    """The q-th percentile."""
    return statistics.quantiles(values, n=100)[q - 1]
