"""Who is using the admin: the same sessions and permissions as the API."""

from __future__ import annotations

from starlette.requests import Request

from backend.services import auth
from backend.services.errors import AuthenticationFailed
from backend.services.principal import Principal
from backend.web.cookies import ACCESS_COOKIE

_STATE_KEY = "admin_principal"


async def optional_principal(request: Request) -> Principal | None:
    """The logged-in staff member, or None. Cached on the request."""
    if hasattr(request.state, _STATE_KEY):
        cached: Principal | None = getattr(request.state, _STATE_KEY)
        return cached
    header = request.headers.get("authorization", "")
    token = header[7:] if header.lower().startswith("bearer ") else request.cookies.get(ACCESS_COOKIE)
    principal = None
    if token:
        try:
            principal = await auth.authenticate(token)
        except AuthenticationFailed:
            principal = None
    setattr(request.state, _STATE_KEY, principal)
    return principal


async def require_principal(request: Request) -> Principal:
    principal = await optional_principal(request)
    if principal is None:
        raise AuthenticationFailed("登录已失效，请重新登录")
    return principal


async def menu_allows(request: Request, code: str) -> bool:
    """Whether the 功能菜单 settings show page `code` to the current user (cached per request)."""
    from backend.services import menus

    principal = await optional_principal(request)
    if principal is None:
        return False
    if not hasattr(request.state, "admin_menus"):
        request.state.admin_menus = (await menus.known_codes(), await menus.visible_codes(principal))
    known, visible = request.state.admin_menus
    return code not in known or code in visible
