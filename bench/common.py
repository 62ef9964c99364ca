"""What the benches share: a throwaway configuration set before the backend is imported, a
fresh PostgreSQL database, and percentiles."""

from __future__ import annotations

import os
import secrets
import statistics
import sys
from pathlib import Path

PG = os.environ.get("BENCH_POSTGRES_DSN", "postgres://postgres@127.0.0.1:5432")


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


async def recreate(name: str) -> None:
    """Drop and create one PostgreSQL database."""
    import asyncpg

    admin = await asyncpg.connect(f"{PG}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()


def p(values: list[float], q: int) -> float:
    """The q-th percentile."""
    return statistics.quantiles(values, n=100)[q - 1]
