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

ACCESS_COOKIE = "sf_access"
REFRESH_COOKIE = "sf_refresh"

_bearer = HTTPBearer(auto_error=False, description="登录接口返回的 access_token")


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller, from a Bearer token (H5, API clients) or the httpOnly cookie (browsers)."""
    token = credentials.credentials if credentials else request.cookies.get(ACCESS_COOKIE)
    if not token:
        raise AuthenticationFailed("请先登录")
    principal = await auth.authenticate(token)
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def requires(permission: str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that admits only callers holding `permission`."""

    async def guard(principal: CurrentPrincipal) -> Principal:
        require(principal, permission)
        return principal

    return guard
