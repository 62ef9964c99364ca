"""Typed dependencies: the current principal and permission guards."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from backend.services import auth
from backend.services.access import require
from backend.services.errors import AuthenticationFailed
from backend.services.principal import Principal
from backend.web.cookies import ACCESS_COOKIE

# What a user whose password was reset may still do: see who they are, change it, leave.
PASSWORD_CHANGE_PATHS = frozenset({"/api/v1/auth/me", "/api/v1/auth/password", "/api/v1/auth/logout"})

_bearer = HTTPBearer(auto_error=False, description="登录接口返回的 access_token")


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller, from a Bearer token (H5, API clients) or the httpOnly cookie (browsers)."""
    header = request.headers.get("authorization", "")
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    token = (credentials.credentials if credentials else bearer) or request.cookies.get(ACCESS_COOKIE)
    if not token:
        raise AuthenticationFailed("请先登录")
    principal = await auth.authenticate(token, changing_password=request.url.path in PASSWORD_CHANGE_PATHS)
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def requires(permission: str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that admits only callers holding `permission`."""

    async def guard(principal: CurrentPrincipal) -> Principal:
        require(principal, permission)
        return principal

    return guard
