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
import sys
from pathlib import Path

from backend.db import init_orm
from backend.migrate import makemigrations, migrations_check, upgrade
from backend.settings import get_settings


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
    sub.add_parser("migrations-check")
    sub.add_parser("seed")
    sub.add_parser("env")
    sub.add_parser("serve")
    args = parser.parse_args(argv)

    if args.command == "env":
        print("已生成 .env（随机密钥）" if write_env() else ".env 已存在，未改动")
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
