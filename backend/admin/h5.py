"""The patient's questionnaire page behind an SMS link (H5 问卷): no login, a signed expiring link.

The page shows the hospital, the questionnaire title and its questions — never the patient's
diagnosis or department — and posts the answers back to the same link. It is an amis page served
from our own assets, so it works on an intranet without a CDN and on a phone's browser.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from pydantic import Field

from backend.admin.shell import standalone_page
from backend.admin.text import text
from backend.admin.widgets import questionnaire_control
from backend.services import bedside_survey, followup_sms
from backend.services.errors import DomainError
from backend.settings import get_settings
from backend.web.schemas import Schema

router = APIRouter(include_in_schema=False)


class AnswersIn(Schema):
    client_uuid: uuid.UUID
    answers: dict[str, Any] = Field(default_factory=dict)


def _html(title: str, body: Any) -> HTMLResponse:
    settings = get_settings()
    html = standalone_page(settings, f"{title} - {settings.hospital_name}", body)
    return HTMLResponse(html, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})


def _notice(message: str) -> HTMLResponse:
    return _html("随访问卷", {"type": "alert", "level": "info", "body": text(message), "className": "m"})


def _form(title: str, api: str, greeting: str, items: list[dict[str, Any]]) -> HTMLResponse:
    hospital = text(get_settings().hospital_name)
    return _html(
        title,
        {
            "type": "form",
            "title": f"{hospital} · {title}",
            "api": api,
            "mode": "normal",
            "data": {"client_uuid": str(uuid.uuid4())},
            "body": [
                {"type": "tpl", "tpl": greeting},
                {"type": "hidden", "name": "client_uuid"},
                *[questionnaire_control(item) for item in items],
            ],
            "submitText": "提交",
            "onEvent": {
                "submitSucc": {
                    "actions": [
                        {"actionType": "toast", "args": {"msg": "提交成功，感谢您的配合！"}},
                        {"actionType": "disabled", "componentId": "h5-form"},
                    ]
                }
            },
            "id": "h5-form",
        },
    )


@router.get("/h5/q/{token}", response_class=HTMLResponse)
async def questionnaire_page(token: str) -> HTMLResponse:
    try:
        questionnaire = await followup_sms.h5_page(token)
    except DomainError as exc:
        return _notice(f"{exc.message}，如需帮助请致电医院随访中心。")
    # A neutral title: a specialty questionnaire's name ("心血管内科…") would tell whoever sees the
    # phone what the patient was treated for.
    return _form(
        "出院随访问卷",
        f"post:/h5/q/{token}",
        "您好！请根据出院后的实际情况填写以下问题，提交后医院随访人员会及时查看。",
        questionnaire.items,
    )


@router.get("/h5/q/bed/{template_id}/{token}", response_class=HTMLResponse)
async def bedside_page(template_id: int, token: str) -> HTMLResponse:
    """The questionnaire behind a bed's QR code (床旁扫码评价)."""
    try:
        _, template = await bedside_survey.open_stay(template_id, token)
    except DomainError as exc:
        return _notice(f"{exc.message}。如需帮助请联系病区护士站。")
    return _form(
        "住院满意度评价",
        f"post:/h5/q/bed/{template_id}/{token}",
        "您好！感谢您在住院期间对我们工作的支持，请根据这次住院的感受如实评价，您的意见将帮助我们改进服务。",
        template.questionnaire.items,
    )


@router.post("/h5/q/bed/{template_id}/{token}")
async def bedside_submit(template_id: int, token: str, body: AnswersIn) -> dict[str, Any]:
    record = await bedside_survey.submit(template_id, token, client_uuid=body.client_uuid, answers=body.answers)
    return {"status": 0, "msg": "提交成功，感谢您的评价！", "data": {"id": record.id}}


@router.post("/h5/q/{token}")
async def questionnaire_submit(token: str, body: AnswersIn) -> dict[str, Any]:
    record_id = await followup_sms.h5_submit(token, client_uuid=body.client_uuid, answers=body.answers)
    return {"status": 0, "msg": "提交成功，感谢您的配合！", "data": {"id": record_id}}
