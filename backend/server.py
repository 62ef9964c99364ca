"""`make run`: migrate, prepare reference data (and the demo in development), then serve."""

from __future__ import annotations

import asyncio
import logging

import uvicorn

from backend.admin.site import build_site, menu_entries
from backend.app import create_app
from backend.db import init_orm
from backend.migrate import upgrade
from backend.services import demo, followup_tasks, menus, sync
from backend.services.access import sync_reference_data
from backend.settings import get_settings
from integrations.his.factory import make_source


async def prepare() -> str:
    settings = get_settings()
    applied = await upgrade(settings)
    ctx = await init_orm(settings)
    try:
        if settings.seed_demo:
            seeded = await demo.seed_demo_hospital()
            if settings.his.source == "demo":
                await demo.populate_demo_his(settings.his.demo_dsn)
                run = await sync.pull(make_source(settings))
                seeded.his_stored, seeded.his_quarantined = run.inserted, run.rejected
                await followup_tasks.generate()
                seeded.contacts = await demo.seed_followup_history()
            report = demo.format_report(seeded)
        else:
            await sync_reference_data()
            report = ""
        if settings.env == "production" and (exposed := await demo.accounts_with_demo_password()):
            raise SystemExit(
                f"拒绝启动：账号 {'、'.join(exposed)} 仍使用公开的演示密码 {demo.DEMO_PASSWORD}；"
                "请先修改这些账号的密码或停用它们"
            )
        await menus.sync(menu_entries(build_site(settings)))
    finally:
        await ctx.close_connections()
    return f"数据库迁移：{', '.join(applied) or '已是最新'}\n{report}"


def serve() -> int:
    settings = get_settings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    print(asyncio.run(prepare()), flush=True)
    base = f"http://{settings.host}:{settings.port}"
    print(f"随访系统已启动：{base}/admin/  （API 文档 {base}/api/docs，健康检查 {base}/api/v1/health）", flush=True)
    uvicorn.run(
        create_app(settings, run_jobs=True),
        host=settings.host,
        port=settings.port,
        log_level="info",
        proxy_headers=False,
        # uvicorn's access log prints query strings, which may carry a phone number; ours does not.
        access_log=False,
    )
    return 0
