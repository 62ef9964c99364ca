"""The real databases the suite runs on, and how to make a fresh one of each."""

from __future__ import annotations

import os
from pathlib import Path

import asyncmy
import asyncpg

# TEST_DB_SUFFIX lets two checkouts run the suite side by side on one machine without
# dropping each other's databases (e.g. TEST_DB_SUFFIX=_b).
_SUFFIX = os.environ.get("TEST_DB_SUFFIX", "")
if not _SUFFIX.replace("_", "").isalnum() and _SUFFIX:
    raise ValueError("TEST_DB_SUFFIX may hold only letters, digits and underscores")
TEST_DB_NAME = f"suifang_test{_SUFFIX}"
HIS_TEST_DB_NAME = f"suifang_his_test{_SUFFIX}"
PG_DSN = os.environ.get("TEST_POSTGRES_DSN", "postgres://postgres@127.0.0.1:5432")
MYSQL_HOST = os.environ.get("TEST_MYSQL_HOST", "127.0.0.1")
MYSQL_PORT = int(os.environ.get("TEST_MYSQL_PORT", "3306"))
ALL = ("sqlite", "postgres", "mysql")
current_url = ""  # the Tortoise URL of the database under test (set by the `database` fixture)


def selected() -> list[str]:
    """TEST_DATABASES=sqlite,postgres narrows a local run; CI always runs all three."""
    if os.environ.get("CI") == "true":
        return list(ALL)
    chosen = os.environ.get("TEST_DATABASES", ",".join(ALL))
    return [d for d in chosen.split(",") if d in ALL]


async def fresh_database(kind: str, tmp_dir: Path) -> str:
    """Drop and create the test database of `kind`; return its Tortoise URL.

    A server that is not running fails here, loudly: tests never skip a missing service.
    """
    if kind == "sqlite":
        path = tmp_dir / f"{TEST_DB_NAME}.sqlite3"
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite://{path}"
    if kind == "postgres":
        conn = await asyncpg.connect(f"{PG_DSN}/postgres")
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{TEST_DB_NAME}" WITH (FORCE)')
            await conn.execute(f"CREATE DATABASE \"{TEST_DB_NAME}\" ENCODING 'UTF8' TEMPLATE template0")
        finally:
            await conn.close()
        return f"{PG_DSN}/{TEST_DB_NAME}"
    if kind == "mysql":
        conn = await asyncmy.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="")
        try:
            async with conn.cursor() as cur:
                await cur.execute(f"DROP DATABASE IF EXISTS `{TEST_DB_NAME}`")
                await cur.execute(f"CREATE DATABASE `{TEST_DB_NAME}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        finally:
            conn.close()
        return f"mysql://root:@{MYSQL_HOST}:{MYSQL_PORT}/{TEST_DB_NAME}"
    raise ValueError(kind)


async def fresh_his_database(kind: str, tmp_dir: Path) -> str:
    """A second, empty database of `kind` playing the hospital's HIS; returns its DSN."""
    name = HIS_TEST_DB_NAME
    if kind == "sqlite":
        path = tmp_dir / f"{name}.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    if kind == "postgres":
        conn = await asyncpg.connect(f"{PG_DSN}/postgres")
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        return f"{PG_DSN}/{name}"
    conn = await asyncmy.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="")
    try:
        async with conn.cursor() as cur:
            await cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
            await cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    finally:
        conn.close()
    return f"mysql://root:@{MYSQL_HOST}:{MYSQL_PORT}/{name}"


async def fresh_postgres(name: str) -> str:
    """A fresh PostgreSQL database called `name` + TEST_DB_SUFFIX (beside the suite's own, for
    tests that start processes of their own on it); returns its Tortoise URL."""
    full = f"{name}{_SUFFIX}"
    conn = await asyncpg.connect(f"{PG_DSN}/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{full}" WITH (FORCE)')
        await conn.execute(f"CREATE DATABASE \"{full}\" ENCODING 'UTF8' TEMPLATE template0")
    finally:
        await conn.close()
    return f"{PG_DSN}/{full}"


async def drop_postgres(url: str) -> None:
    """Drop a database made by `fresh_postgres` (its URL), closing whatever is still connected."""
    name = url.rsplit("/", 1)[1]
    conn = await asyncpg.connect(f"{PG_DSN}/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
