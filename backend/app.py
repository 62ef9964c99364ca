"""The application factory."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from backend.api.router import api_router, edge_router
from backend.db import init_orm
from backend.middleware import (
    BodySizeLimitMiddleware,
    CrossSiteRequestMiddleware,
    InputGuardMiddleware,
    RequestContextMiddleware,
    RouteLimit,
    content_security_policy,
)
from backend.settings import Settings, get_settings
from backend.web import errors
from backend.web.schemas import BODY_LIMIT


def _operation_id(route: APIRoute) -> str:
    # Stable ids for the generated H5 client: the handler's name, unique across the API.
    return route.name


def _body_limits(app: FastAPI) -> tuple[RouteLimit, ...]:
    """The routes that declare their own body limit (BODY_LIMIT in their OpenAPI extras)."""
    return tuple(
        (frozenset(route.methods), route.path_regex, int(route.openapi_extra[BODY_LIMIT]))
        for route in app.routes
        if isinstance(route, APIRoute) and route.openapi_extra and BODY_LIMIT in route.openapi_extra
    )


def create_app(
    settings: Settings | None = None, *, manage_orm: bool = True, run_jobs: bool = False, with_admin: bool = True
) -> FastAPI:
    """Build the ASGI app.

    `manage_orm`: open and close the ORM with the app (tests open it themselves).
    `run_jobs`: without Redis, run the scheduled jobs in this process.
    """
    settings = settings or get_settings()
    # An extranet edge (内外网互通) serves the patient pages, provider pushes and the relay only.
    edge = settings.node.role == "edge"

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        ctx = await init_orm(settings) if manage_orm else None
        scheduler = None
        listener = None
        if run_jobs and settings.his.source == "hl7":
            # HL7 v2 is pushed: the hospital's interface engine connects to our MLLP port.
            from backend.services import sync
            from integrations.his.hl7 import MllpServer

            async def on_batch(batch: Any) -> Any:
                # records refused while storing (an unknown visit, department ...) answer AE
                return await sync.receive_pushed("hl7", batch)

            listener = MllpServer(
                on_batch,
                host=settings.host,
                port=settings.his.mllp_port,
                inpatient_classes=settings.his.inpatient_classes,
                reuse_port=True,
            )
            await listener.start()
        if run_jobs and not settings.redis_url and not edge:
            from backend.jobs.inprocess import InProcessScheduler

            scheduler = InProcessScheduler()
            scheduler.start()
        exchange_stop = asyncio.Event()
        exchange_task = None
        if run_jobs and settings.exchange.transport != "off":
            from backend.services import exchange_runner

            exchange_task = asyncio.create_task(exchange_runner.run_until_stopped(app, exchange_stop))
        try:
            yield
        finally:
            from backend.services.calling import close_dialer

            await close_dialer()  # a PBX connection opened on the first call
            if exchange_task is not None:
                exchange_stop.set()
                await exchange_task
            if scheduler is not None:
                await scheduler.stop()
            if listener is not None:
                await listener.stop()
            if ctx is not None:
                await ctx.close_connections()

    docs = settings.env != "production"
    app = FastAPI(
        title=f"{settings.hospital_name} 随访系统 API",
        version="1.0",
        lifespan=lifespan,
        docs_url=None,  # our own page from our own assets (backend.admin.site), not FastAPI's CDN one
        redoc_url=None,
        openapi_url="/api/openapi.json" if docs else None,
        generate_unique_id_function=_operation_id,
    )
    errors.install(app)
    errors.document(app)
    if edge:
        from backend.admin.site import mount_patient_pages

        app.include_router(edge_router(relay=settings.exchange.transport == "relay"))
        mount_patient_pages(app)
    else:
        app.include_router(api_router)
    if with_admin and not edge:
        from backend.admin.site import mount

        mount(app, settings)
    # The H5 app (doctor app, ward pad, the patient's questionnaire /h5/q/{token}) on core and edge.
    from backend.web.h5_app import build_router as h5_router

    app.include_router(h5_router())
    # Added last runs first: context, then cross-site refusal, then the size limit, then bad input.
    app.add_middleware(InputGuardMiddleware)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.security.max_body_bytes, routes=_body_limits(app))
    app.add_middleware(CrossSiteRequestMiddleware)
    agents = (settings.dialer.runpu_agent_url, settings.dialer.simbox_agent_url, settings.dialer.softphone_ws_url or "")
    app.add_middleware(RequestContextMiddleware, policy=content_security_policy(agents))
    return app
