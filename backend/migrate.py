"""aerich migrations: apply the pending ones, write new ones for every database kind, check that
the models match them. `manage` (the operator commands), `server` (`make run`), the tests and the
benches all migrate through here.

Internal: ``python -m backend.migrate <dialect> <location> <name>`` writes one dialect's migration
in a process of its own (see `_generate_in_subprocess`).
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from aerich import Command
from aerich.migrate import Migrate
from tortoise import Tortoise
from tortoise.context import TortoiseContext, _current_context

from backend.db import MIGRATIONS_ROOT, init_orm, migrations_location, tortoise_config
from backend.settings import Settings, get_settings

APP = "models"
# Offline generation never connects: these URLs only choose each dialect's SQL generator.
DIALECT_URLS = {
    "sqlite": "sqlite://:memory:",
    "postgres": "postgres://offline@127.0.0.1:1/offline",
    "mysql": "mysql://offline@127.0.0.1:1/offline",
}
# aerich asks MySQL's version to pick its column-rename syntax; MariaDB 10.5+ behaves like 8.
MYSQL_VERSION_FOR_OFFLINE = "8.0"


def _offline_settings(dialect: str) -> Settings:
    return get_settings().model_copy(update={"database_url": DIALECT_URLS[dialect]})


async def _in_fresh_context(coro_factory):  # type: ignore[no-untyped-def]
    """Run aerich in a context of its own: it initialises Tortoise globally."""
    ctx = TortoiseContext()
    token = _current_context.set(ctx)
    try:
        return await coro_factory()
    finally:
        await ctx.close_connections()
        _current_context.reset(token)


async def upgrade(settings: Settings | None = None) -> list[str]:
    """Apply every pending migration of the configured database; returns the files applied."""
    settings = settings or get_settings()

    async def run() -> list[str]:
        location = migrations_location(settings)
        if settings.dialect == "sqlite":
            await init_orm(settings)  # creates the SQLite file's folder
        async with Command(tortoise_config(settings), app=APP, location=str(location)) as cmd:
            applied = await cmd.upgrade(run_in_transaction=True)
        return applied

    return await _in_fresh_context(run)


async def _generate(dialect: str, location: Path, name: str) -> str:
    """Write the next migration for `dialect` into `location`; '' when nothing changed."""

    async def run() -> str:
        config = tortoise_config(_offline_settings(dialect))
        cmd = Command(config, app=APP, location=str(location))
        app_dir = location / APP
        if not app_dir.exists() or not any(app_dir.glob("*.py")):
            await cmd.init_migrations(safe=True)
            return "init"
        await Tortoise.init(config=config)
        await Migrate.init(config, APP, str(location), offline=True)
        Migrate._db_version = MYSQL_VERSION_FOR_OFFLINE
        return await Migrate.migrate(name, empty=False, no_input=True, offline=True)

    result: str = await _in_fresh_context(run)
    return result


def _generate_in_subprocess(dialect: str, location: Path, name: str) -> str:
    """Generate in a fresh interpreter: Tortoise binds models to the first database kind a
    process opens, so one process cannot write correct DDL for a second dialect."""
    result = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "backend.migrate", dialect, str(location), name],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"生成 {dialect} 迁移失败：{result.stderr}")
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def makemigrations(name: str) -> dict[str, str]:
    return {d: _generate_in_subprocess(d, MIGRATIONS_ROOT / d, name) for d in DIALECT_URLS}


def migrations_check() -> list[str]:
    """Dialects whose migrations do not match the models (empty list: all match)."""
    stale = []
    for dialect in DIALECT_URLS:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / dialect
            source = MIGRATIONS_ROOT / dialect
            if source.exists():
                shutil.copytree(source, copy)
            if _generate_in_subprocess(dialect, copy, "check"):
                stale.append(dialect)
    return stale


if __name__ == "__main__":
    dialect, location, name = sys.argv[1:4]
    print(asyncio.run(_generate(dialect, Path(location), name)) or "")
