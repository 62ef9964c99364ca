"""All /api/v1 routes."""

from __future__ import annotations

from fastapi import APIRouter

from backend.api import ai, audit, auth, contact, followup, health, his, organisation, patients, satisfaction

api_router = APIRouter(prefix="/api/v1")
for module in (health, auth, organisation, patients, followup, contact, audit, his, satisfaction, ai):
    api_router.include_router(module.router)
