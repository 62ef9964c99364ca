"""Who is using the admin: the same sessions and permissions as the API."""

from __future__ import annotations

from starlette.requests import Request

from backend.services import auth
from backend.services.errors import AuthenticationFailed
from backend.services.principal import Principal
from backend.web.cookies import ACCESS_COOKIE

_STATE_KEY = "admin_principal"
# What a user whose password someone else set may open in the admin: the page that changes it,
# and logging out. Everything else (pages, lists, exports, actions) is refused by the same gate
# as the API's (auth.authenticate); the site sends such a user's pages to /admin/password.
PASSWORD_PAGE = "/admin/password"  # noqa: S105 - a page address, not a password
PASSWORD_CHANGE_PATHS = frozenset({PASSWORD_PAGE, "/admin/logout"})


async def optional_principal(request: Request) -> Principal | None:
    """The logged-in staff member, or None. Cached on the request.

    Raises PasswordChangeRequired (never None) for a user who must change their password first.
    """
    if hasattr(request.state, _STATE_KEY):
        cached: Principal | None = getattr(request.state, _STATE_KEY)
        return cached
    header = request.headers.get("authorization", "")
    token = header[7:] if header.lower().startswith("bearer ") else request.cookies.get(ACCESS_COOKIE)
    principal = None
    if token:
        try:
            principal = await auth.authenticate(token, changing_password=request.url.path in PASSWORD_CHANGE_PATHS)
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
