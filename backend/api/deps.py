"""Typed dependencies: the current principal and permission guards."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from backend.clock import now
from backend.services import auth
from backend.services.access import require
from backend.services.errors import AuthenticationFailed, PermissionDenied
from backend.services.principal import Principal
from backend.settings import get_settings

ACCESS_COOKIE = "sf_access"
# What a user whose password was reset may still do: see who they are, change it, leave.
PASSWORD_CHANGE_PATHS = frozenset({"/api/v1/auth/me", "/api/v1/auth/password", "/api/v1/auth/logout"})
REFRESH_COOKIE = "sf_refresh"


def set_session_cookies(response: Response, tokens: auth.IssuedTokens) -> None:
    """The session's tokens as HttpOnly cookies, for the browser pages (admin and API alike)."""
    secure = get_settings().security.cookie_secure
    max_age = int((tokens.session_expires_at - now()).total_seconds())
    for name, value, path in (
        (ACCESS_COOKIE, tokens.access_token, "/"),
        (REFRESH_COOKIE, tokens.refresh_token, "/api/v1/auth"),
    ):
        response.set_cookie(name, value, max_age=max_age, httponly=True, secure=secure, samesite="strict", path=path)


def clear_session_cookies(response: Response) -> None:
    response.delete_cookie(ACCESS_COOKIE, path="/")
    response.delete_cookie(REFRESH_COOKIE, path="/api/v1/auth")


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
    principal = await auth.authenticate(token)
    if principal.must_change_password and request.url.path not in PASSWORD_CHANGE_PATHS:
        raise PermissionDenied("密码已被重置，请先修改密码")
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def requires(permission: str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that admits only callers holding `permission`."""

    async def guard(principal: CurrentPrincipal) -> Principal:
        require(principal, permission)
        return principal

    return guard
