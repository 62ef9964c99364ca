"""The audit log, read-only."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict

from backend.api.deps import CurrentPrincipal
from backend.models.choices import AuditAction
from backend.services import audit
from backend.web.schemas import OptionalIdQuery, PageNo, PageOut

router = APIRouter(tags=["审计"])


class AuditEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: AuditAction
    success: bool
    resource_type: str
    resource_id: str
    summary: str
    before: Any
    after: Any
    ip: str
    user_agent: str
    request_id: str


@router.get("/audit-events", response_model=PageOut[AuditEventOut], summary="日志查询")
async def audit_events_list(
    principal: CurrentPrincipal,
    actor_id: OptionalIdQuery = None,
    action: AuditAction | None = None,
    resource_type: Annotated[str | None, Query(max_length=32)] = None,
    resource_id: Annotated[str | None, Query(max_length=64)] = None,
    start: datetime | None = None,
    end: datetime | None = None,
    page: PageNo = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> PageOut[AuditEventOut]:
    result = await audit.search(
        principal,
        actor_id=actor_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        start=start,
        end=end,
        page=page,
        page_size=page_size,
    )
    return PageOut(
        total=result.total,
        page=result.page,
        page_size=result.page_size,
        items=[AuditEventOut.model_validate(e) for e in result.items],
    )
