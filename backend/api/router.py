"""All /api/v1 routes of the core, and the few an extranet edge serves."""

from __future__ import annotations

from fastapi import APIRouter

from backend.api import (
    ai,
    audit,
    auth,
    contact,
    exchange,
    exchange_relay,
    followup,
    health,
    his,
    organisation,
    pad,
    patient_links,
    patients,
    satisfaction,
    sms_push,
)

api_router = APIRouter(prefix="/api/v1")
for module in (
    health,
    auth,
    organisation,
    patients,
    followup,
    pad,
    patient_links,
    contact,
    sms_push,
    audit,
    his,
    exchange,
    satisfaction,
    ai,
):
    api_router.include_router(module.router)


def edge_router(*, relay: bool) -> APIRouter:
    """An edge (内外网互通) serves its health, the SMS provider's pushes, the patient's
    questionnaire links (the H5 page's data and answers, from the edge's own copy; the page itself
    and the old pages' answer posts come with backend.admin.site.mount_patient_pages and the H5
    app) and, in relay mode, the core's relay calls and the doctors' allow-listed operations
    forwarded to the core. Nothing that reads HIS data is mounted."""
    router = APIRouter()
    own = APIRouter(prefix="/api/v1")
    for module in (health, sms_push, patient_links):
        own.include_router(module.router)
    router.include_router(own)
    if relay:
        router.include_router(exchange_relay.router)  # last: its /api/v1/{path} catches the rest
    return router
