"""The edge's relay endpoints (called by the core only, signed with the exchange key) and the
doctors' API operations it forwards to the core over the relay."""

from __future__ import annotations

import base64
import json
from typing import Any

from fastapi import APIRouter, Request, Response

from backend.services import exchange_relay
from backend.services.errors import InvalidInput

router = APIRouter(include_in_schema=False)


async def _signed_json(request: Request) -> dict[str, Any]:
    body = await request.body()
    exchange_relay.verify_call(request.url.path, {k.lower(): v for k, v in request.headers.items()}, body)
    try:
        payload = json.loads(body)
    except ValueError:
        raise InvalidInput("中继请求格式错误") from None
    if not isinstance(payload, dict):
        raise InvalidInput("中继请求格式错误")
    return payload


@router.post("/exchange/relay")
async def relay_poll(request: Request) -> dict[str, Any]:
    payload = await _signed_json(request)
    return await exchange_relay.poll(list(payload.get("envelopes") or []))


@router.post("/exchange/relay/answers")
async def relay_answers(request: Request) -> dict[str, Any]:
    payload = await _signed_json(request)
    return {"taken": exchange_relay.take_answers(list(payload.get("answers") or []))}


@router.api_route("/api/v1/{path:path}", methods=["GET", "POST"])
async def forwarded(path: str, request: Request) -> Response:
    answer = await exchange_relay.forward(
        request.method,
        "/" + path,
        request.url.query,
        {k.lower(): v for k, v in request.headers.items()},
        await request.body(),
        client=request.client.host if request.client else "",
    )
    return Response(
        base64.b64decode(answer.get("body") or ""),
        status_code=int(answer.get("status", 502)),
        media_type=str(answer.get("content_type") or "application/json"),
        headers={"Cache-Control": "no-store"},
    )
