"""`make run`: migrate, prepare reference data (and the demo in development), then serve."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn
from tortoise import Tortoise
from tortoise.context import TortoiseContext, _current_context

from backend.admin.site import build_site, menu_entries
from backend.app import create_app
from backend.db import init_orm, tortoise_config
from backend.migrate import upgrade
from backend.models import SyncRun
from backend.services import demo, diagnosis_codes, followup_tasks, locks, menus, satisfaction, sync
from backend.services.access import sync_reference_data
from backend.settings import Settings, get_settings
from integrations.his.factory import make_source

# Several web processes start together (systemd, N units): the first migrates and seeds while
# the others wait for it, then find nothing left to do.
PREPARE_WAIT_SECONDS = 900


async def prepare() -> str:
    settings = get_settings()
    async with _startup_lock(settings):
        applied = await upgrade(settings)
        ctx = await init_orm(settings)
        try:
            report = await _reference_and_demo(settings)
        finally:
            await ctx.close_connections()
    return f"数据库迁移：{', '.join(applied) or '已是最新'}\n{report}"


@asynccontextmanager
async def _startup_lock(settings: Settings) -> AsyncIterator[None]:
    """Hold the start-up lock on a connection of its own, outside the ORM context that migrating
    and seeding open and close. SQLite serves one process: nothing to wait for."""
    if settings.dialect == "sqlite":
        yield
        return
    ctx = TortoiseContext()
    token = _current_context.set(ctx)
    left = False
    try:
        await Tortoise.init(config=tortoise_config(settings))
        async with locks.exclusive("prepare", wait_seconds=PREPARE_WAIT_SECONDS) as held:
            if not held:
                raise RuntimeError(f"另一个进程的数据库迁移/初始化超过 {PREPARE_WAIT_SECONDS} 秒仍未结束")
            # the lock keeps its connection; what runs under it opens its own ORM context
            _current_context.reset(token)
            left = True
            yield
    finally:
        if not left:
            _current_context.reset(token)
        await ctx.close_connections()


async def _reference_and_demo(settings: Settings) -> str:
    if settings.node.role == "edge":
        if settings.seed_demo:
            raise SystemExit("外网节点（NODE__ROLE=edge）不载入演示医院：它只暂存待交换的数据")
        return "外网节点：只提供患者问卷页面、短信推送与交换中继"
    if settings.seed_demo:
        seeded = await demo.seed_demo_hospital()
        # The demo HIS's first pull, tasks and contacts happen once; later starts (or the second
        # of two processes) leave the new discharges to the scheduled pull.
        if settings.his.source == "demo" and not await SyncRun.exists():
            await demo.populate_demo_his(settings.his.demo_dsn)
            run = await sync.pull(make_source(settings))
            seeded.his_stored, seeded.his_quarantined = run.inserted, run.rejected
            await followup_tasks.generate()
            seeded.contacts = await demo.seed_followup_history()
            await demo.seed_ward_round()
        report = demo.format_report(seeded)
    else:
        await sync_reference_data()
        report = ""
    if settings.env == "production" and (exposed := await demo.accounts_with_demo_password()):
        raise SystemExit(
            f"拒绝启动：账号 {'、'.join(exposed)} 仍使用公开的演示密码 {demo.DEMO_PASSWORD}；"
            "请先修改这些账号的密码或停用它们"
        )
    await diagnosis_codes.seed_library()
    await menus.sync(menu_entries(build_site(settings)))
    # Satisfaction records saved before their answers were kept flat (idempotent).
    await satisfaction.backfill_answers()
    return report


def serve() -> int:
    settings = get_settings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    print(asyncio.run(prepare()), flush=True)
    base = f"http://{settings.host}:{settings.port}"
    if settings.node.role == "edge":
        print(f"随访系统外网节点已启动：{base}  （健康检查 {base}/api/v1/health）", flush=True)
    else:
        print(f"随访系统已启动：{base}/admin/  （API 文档 {base}/api/docs，健康检查 {base}/api/v1/health）", flush=True)
    where: dict[str, Any] = (
        {"fd": settings.listen_fd} if settings.listen_fd is not None else {"host": settings.host, "port": settings.port}
    )
    uvicorn.run(
        create_app(settings, run_jobs=True),
        **where,
        log_level="info",
        # Behind nginx on the same host (docs/deployment.md) the client's address and scheme come
        # from X-Forwarded-For/-Proto, trusted from the loopback proxy only, so audit rows name
        # the user's workstation rather than 127.0.0.1; any other sender's headers are ignored.
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        # uvicorn's access log prints query strings, which may carry a phone number; ours does not.
        access_log=False,
    )
    return 0
