"""Who is asking and from where, for the duration of one request or job.

Set by the request middleware (or a job) and read by the audit service, so that services do not
have to thread the client address and request id through every call.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestMeta:
    ip: str = ""
    user_agent: str = ""
    request_id: str = ""


_meta: ContextVar[RequestMeta] = ContextVar("request_meta", default=RequestMeta())  # noqa: B039 - frozen


def current_meta() -> RequestMeta:
    return _meta.get()


def set_meta(meta: RequestMeta) -> object:
    return _meta.set(meta)


def reset_meta(token: object) -> None:
    _meta.reset(token)  # type: ignore[arg-type]
