"""Health of the service and what it depends on."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel

from backend.services import health
from backend.settings import get_settings

router = APIRouter(tags=["系统"])


class ComponentOut(BaseModel):
    ok: bool
    detail: str


class HealthOut(BaseModel):
    status: str
    database: ComponentOut
    redis: ComponentOut


@router.get("/health", response_model=HealthOut, summary="健康检查")
async def health_get(response: Response) -> HealthOut:
    db = await health.database()
    redis = await health.redis(get_settings().redis_url)
    redis_out = (
        ComponentOut(ok=True, detail="未配置 Redis，任务在进程内运行")
        if redis is None
        else ComponentOut(ok=redis.ok, detail=redis.detail)
    )
    ok = db.ok and redis_out.ok
    if not ok:
        response.status_code = 503
    return HealthOut(
        status="ok" if ok else "degraded", database=ComponentOut(ok=db.ok, detail=db.detail), redis=redis_out
    )
