"""The session's cookies, for the browser pages: the admin's login and the API's alike."""

from __future__ import annotations

from fastapi import Response

from backend.clock import now
from backend.services import auth
from backend.settings import get_settings

ACCESS_COOKIE = "sf_access"
REFRESH_COOKIE = "sf_refresh"


def set_session_cookies(response: Response, tokens: auth.IssuedTokens) -> None:
    """The session's tokens as HttpOnly cookies, for the browser pages (admin and API alike)."""
    settings = get_settings()
    # Production is served over HTTPS (docs/deployment.md): its cookies never travel in the clear.
    secure = settings.security.cookie_secure or settings.env == "production"
    max_age = int((tokens.session_expires_at - now()).total_seconds())
    for name, value, path in (
        (ACCESS_COOKIE, tokens.access_token, "/"),
        (REFRESH_COOKIE, tokens.refresh_token, "/api/v1/auth"),
    ):
        response.set_cookie(name, value, max_age=max_age, httponly=True, secure=secure, samesite="strict", path=path)


def clear_session_cookies(response: Response) -> None:
    response.delete_cookie(ACCESS_COOKIE, path="/")
    response.delete_cookie(REFRESH_COOKIE, path="/api/v1/auth")
