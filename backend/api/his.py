"""HIS intake on demand: pull now, import a FHIR bundle or a CDA document."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel

from backend.api.deps import CurrentPrincipal
from backend.services import sync
from backend.services.access import require
from backend.services.errors import InvalidInput

router = APIRouter(prefix="/his", tags=["HIS 接口"])


class SyncRunOut(BaseModel):
    id: int
    source: str
    status: str
    fetched: int
    inserted: int
    updated: int
    rejected: int
    error: str
    started_at: datetime
    finished_at: datetime | None


def _out(run: Any) -> SyncRunOut:
    return SyncRunOut(
        id=run.id,
        source=run.source,
        status=run.status.value,
        fetched=run.fetched,
        inserted=run.inserted,
        updated=run.updated,
        rejected=run.rejected,
        error=run.error,
        started_at=run.started_at,
        finished_at=run.finished_at,
    )


@router.post("/pull", response_model=SyncRunOut, summary="立即同步")
async def his_pull_now(principal: CurrentPrincipal) -> SyncRunOut:
    require(principal, "sync:manage")
    run = await sync.pull_configured()
    if run is None:
        raise InvalidInput("当前 HIS 数据源为推送方式（HL7），无需拉取")
    return _out(run)


@router.post("/fhir-bundle", response_model=SyncRunOut, summary="导入 FHIR R4 Bundle")
async def his_import_fhir_bundle(principal: CurrentPrincipal, bundle: Annotated[dict[str, Any], Body()]) -> SyncRunOut:
    from integrations.his.fhir import bundle_to_batch

    require(principal, "sync:manage")
    if bundle.get("resourceType") != "Bundle":
        raise InvalidInput("不是 FHIR Bundle（resourceType 应为 Bundle）", field="resourceType")
    return _out(await sync.store_pushed("fhir_bundle", bundle_to_batch(bundle)))


@router.post("/cda", response_model=SyncRunOut, summary="导入 CDA 共享文档（出院小结、检验报告）")
async def his_import_cda(principal: CurrentPrincipal, request: Request) -> SyncRunOut:
    from integrations.his.cda import CdaParseError, parse_cda

    require(principal, "sync:manage")
    try:
        batch = parse_cda(await request.body())
    except CdaParseError as exc:
        raise InvalidInput(f"CDA 文档无法解析：{exc}") from exc
    return _out(await sync.store_pushed("cda", batch))
