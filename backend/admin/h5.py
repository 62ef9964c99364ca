"""The answer posts of the patient's questionnaire pages as they were first served (amis pages).

The page itself is now the H5 app's (`/h5/q/{token}`, `/h5/q/bed/{template_id}/{token}`, served
by backend/web/h5_app.py; it loads and submits through backend/api/patient_links.py). A phone
that still has the old page open posts its answers here: the same services record them, once per
client UUID. Mounted on the core and on an extranet edge (backend/admin/site.mount_patient_pages).
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from pydantic import Field

from backend.services import bedside_survey, followup_sms
from backend.web.schemas import Schema

router = APIRouter(include_in_schema=False)


class AnswersIn(Schema):
    client_uuid: uuid.UUID
    answers: dict[str, Any] = Field(default_factory=dict)


@router.post("/h5/q/bed/{template_id}/{token}")
async def bedside_submit(template_id: int, token: str, body: AnswersIn) -> dict[str, Any]:
    record = await bedside_survey.submit(template_id, token, client_uuid=body.client_uuid, answers=body.answers)
    return {"status": 0, "msg": "提交成功，感谢您的评价！", "data": {"id": record.id}}


@router.post("/h5/q/{token}")
async def questionnaire_submit(token: str, body: AnswersIn) -> dict[str, Any]:
    record_id = await followup_sms.h5_submit(token, client_uuid=body.client_uuid, answers=body.answers)
    return {"status": 0, "msg": "提交成功，感谢您的配合！", "data": {"id": record_id}}
