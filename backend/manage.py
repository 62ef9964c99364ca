"""Operator commands: ``python -m backend.manage <command>``.

upgrade            apply pending migrations to DATABASE_URL
makemigrations N   write migration N for every supported database (sqlite, postgres, mysql)
migrations-check   fail when the models differ from the last migration of any database
seed               seed the demo hospital (idempotent)
env                write a development .env with random keys (keeps an existing one)
serve              upgrade, seed in development, then serve on HOST:PORT
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
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
        [sys.executable, "-m", "backend.manage", "_generate", dialect, str(location), name],
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


def write_env(path: Path = Path(".env")) -> bool:
    """Create a development .env from .env.example with fresh random keys."""
    if path.exists():
        return False
    text = Path(".env.example").read_text(encoding="utf-8")
    for key in ("SECURITY__SECRET_KEY", "SECURITY__DATA_KEY", "SECURITY__INDEX_KEY"):
        text = text.replace(f"{key}=change-me", f"{key}={secrets.token_urlsafe(48)}")
    path.write_text(text, encoding="utf-8")
    return True


async def seed() -> None:
    from backend.services import demo

    settings = get_settings()
    ctx = await init_orm(settings)
    try:
        report = await demo.seed_demo_hospital()
    finally:
        await ctx.close_connections()
    print(demo.format_report(report))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backend.manage")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("upgrade")
    mk = sub.add_parser("makemigrations")
    mk.add_argument("name")
    gen = sub.add_parser("_generate")  # internal: one dialect, in its own process
    gen.add_argument("dialect")
    gen.add_argument("location")
    gen.add_argument("name")
    sub.add_parser("migrations-check")
    sub.add_parser("seed")
    sub.add_parser("env")
    sub.add_parser("serve")
    args = parser.parse_args(argv)

    if args.command == "env":
        print("已生成 .env（随机密钥）" if write_env() else ".env 已存在，未改动")
        return 0
    if args.command == "_generate":
        print(asyncio.run(_generate(args.dialect, Path(args.location), args.name)) or "")
        return 0
    if args.command == "upgrade":
        applied = asyncio.run(upgrade())
        print("已应用迁移：" + (", ".join(applied) if applied else "无（数据库已是最新）"))
        return 0
    if args.command == "makemigrations":
        for dialect, result in makemigrations(args.name).items():
            print(f"{dialect}: {result or '模型无变化'}")
        return 0
    if args.command == "migrations-check":
        stale = migrations_check()
        if stale:
            print(f"模型与迁移不一致：{', '.join(stale)}。请运行 make migrations NAME=<说明>", file=sys.stderr)
            return 1
        print("模型与迁移一致（sqlite, postgres, mysql）")
        return 0
    if args.command == "seed":
        asyncio.run(seed())
        return 0
    if args.command == "serve":
        from backend.server import serve

        return serve()
    return 2


if __name__ == "__main__":
    sys.exit(main())
