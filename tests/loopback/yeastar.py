"""A loopback Yeastar P-Series OpenAPI server (HTTP on 127.0.0.1, ephemeral port).

A Starlette app served by uvicorn on a socket we bind and listen on ourselves, so the port is
known and connections queue before uvicorn's loop accepts them (no start-up polling). It checks
the User-Agent header and the client id/secret, issues access tokens, can expire the current one
(the next request gets the token error), answers call/dial with a Yeastar-style call id, and
records every request (path, query, JSON body). ``event_30011`` / ``event_30012`` build webhook
bodies shaped like the P-Series developer guide (``msg`` as a JSON string).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

TOKEN_EXPIRED = {"errcode": 10004, "errmsg": "ACCESS TOKEN EXPIRED"}


@dataclass
class Recorded:
    path: str
    query: dict[str, str]
    body: dict[str, Any]


class YeastarServer:
    def __init__(
        self, *, client_id: str = "cid-123", client_secret: str = "csecret", token_lifetime: int = 1800
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_lifetime = token_lifetime
        self.requests: list[Recorded] = []
        self.valid_tokens: set[str] = set()
        self.dial_error: dict[str, Any] | None = None
        self._tokens = itertools.count(1)
        self._calls = itertools.count(60)
        self.port = 0
        self._sock: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def expire_tokens(self) -> None:
        self.valid_tokens.clear()

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    async def _endpoint(self, request: Request) -> JSONResponse:
        body = await request.json() if await request.body() else {}
        path = request.url.path.removeprefix("/openapi/v1.0/")
        self.requests.append(Recorded(path, dict(request.query_params), body))
        if request.headers.get("user-agent", "") != "OpenAPI":
            return JSONResponse({"errcode": 10001, "errmsg": "FAILURE"})
        if path == "get_token":
            if body.get("username") != self.client_id or body.get("password") != self.client_secret:
                return JSONResponse({"errcode": 20004, "errmsg": "INVALID USERNAME OR PASSWORD"})
            token = f"tok-{next(self._tokens)}"
            self.valid_tokens.add(token)
            return JSONResponse(
                {
                    "errcode": 0,
                    "errmsg": "SUCCESS",
                    "access_token_expire_time": self.token_lifetime,
                    "access_token": token,
                    "refresh_token_expire_time": 86400,
                    "refresh_token": f"refresh-{token}",
                }
            )
        if request.query_params.get("access_token") not in self.valid_tokens:
            return JSONResponse(TOKEN_EXPIRED)
        if path == "call/dial":
            if self.dial_error:
                return JSONResponse(self.dial_error)
            return JSONResponse({"errcode": 0, "errmsg": "SUCCESS", "call_id": f"1648627871.{next(self._calls)}"})
        if path == "call/hangup":
            return JSONResponse({"errcode": 0, "errmsg": "SUCCESS", "call_id": "1648627871.60"})
        return JSONResponse({"errcode": 10002, "errmsg": "INTERFACE NOT EXISTED"})

    async def __aenter__(self) -> YeastarServer:
        app = Starlette(routes=[Route("/openapi/v1.0/{path:path}", self._endpoint, methods=["POST", "GET"])])
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="off", http="h11", ws="none", access_log=False)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[self._sock]))
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None and self._task is not None and self._sock is not None
        self._server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._sock.close()


def _event(kind: int, msg: dict[str, Any]) -> dict[str, Any]:
    return {"type": kind, "sn": "3631A2124XXX", "msg": json.dumps(msg)}


def event_30011(
    pbx_call_id: str, *, staff: str, number: str, staff_status: str, patient_status: str | None
) -> dict[str, Any]:
    members: list[dict[str, Any]] = [
        {"extension": {"number": staff, "channel_id": f"PJSIP/{staff}-00000023", "member_status": staff_status}}
    ]
    if patient_status is not None:
        members.append(
            {
                "outbound": {
                    "from": staff,
                    "to": number,
                    "trunk_name": "trunk1",
                    "channel_id": "PJSIP/trunk1-00000024",
                    "member_status": patient_status,
                }
            }
        )
    return _event(30011, {"call_id": pbx_call_id, "members": members})


def event_30012(
    pbx_call_id: str, *, staff: str, number: str, status: str, talk: int = 0, recording: str = ""
) -> dict[str, Any]:
    return _event(
        30012,
        {
            "call_id": pbx_call_id,
            "time_start": "2026-03-01 10:00:00",
            "call_from": staff,
            "call_to": number,
            "call_duration": talk + 12,
            "talk_duration": talk,
            "src_trunk_name": " ",
            "dst_trunk_name": "trunk1",
            "pin_code": " ",
            "status": status,
            "type": "Outbound",
            "recording": recording,
            "did_number": " ",
            "agent_ring_time": 0,
        },
    )
