"""SMS provider pushes (delivery reports, patient replies). On the core they are applied at once;
on an extranet edge they are queued for the core (内外网互通), which applies them."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from backend.security import signing
from backend.services import exchange_kinds
from backend.services.errors import PermissionDenied
from backend.settings import get_settings

router = APIRouter(tags=["电话与短信"])

_ACK = {"code": 0, "msg": "接收成功"}


async def _sms_push(request: Request, token: str, kind: Literal["report", "reply"]) -> JSONResponse:
    # Provider pushes carry no signature; the URL we register with them carries a secret instead.
    expected = get_settings().sms.push_token
    if expected is None or not signing.same(token, expected.get_secret_value()):
        raise PermissionDenied("推送地址令牌无效")
    try:
        await exchange_kinds.receive_provider_push(kind, await request.body())
    except ValueError as exc:
        # a malformed push is answered as not received, so the provider retries it
        return JSONResponse({"code": 1, "msg": f"格式错误：{exc}"}, status_code=400)
    return JSONResponse(_ACK)


@router.post("/sms/push/report", summary="短信状态报告推送（阿里云 SmsReport）")
async def sms_push_report(request: Request, token: Annotated[str, Query(max_length=200)] = "") -> JSONResponse:
    return await _sms_push(request, token, "report")


@router.post("/sms/push/reply", summary="上行短信推送（阿里云 SmsUp）")
async def sms_push_reply(request: Request, token: Annotated[str, Query(max_length=200)] = "") -> JSONResponse:
    return await _sms_push(request, token, "reply")
