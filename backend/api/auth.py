"""Login, refresh, logout, the current user and password change."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from backend.api.deps import CurrentPrincipal, current_principal
from backend.clock import now
from backend.services import auth
from backend.services.errors import AuthenticationFailed, DomainError
from backend.services.principal import Principal
from backend.web.cookies import REFRESH_COOKIE, clear_session_cookies, set_session_cookies
from backend.web.schemas import Message, Schema

router = APIRouter(prefix="/auth", tags=["认证"])


class LoginIn(Schema):
    username: str = Field(min_length=1, max_length=32, description="登录名")
    password: str = Field(min_length=1, max_length=128, description="密码")


class RefreshIn(Schema):
    refresh_token: str | None = Field(default=None, max_length=128, description="省略时读取 Cookie")


class PasswordIn(Schema):
    old_password: str = Field(min_length=1, max_length=128)
    new_password: str = Field(min_length=1, max_length=128)


class MeOut(BaseModel):
    id: int
    username: str
    name: str
    roles: list[str]
    permissions: list[str]
    data_scope: str
    department_ids: list[int]


class TokenOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int = Field(description="access_token 剩余秒数")
    session_expires_at: datetime
    user: MeOut
    notice: str = Field(default="", description="登录提示：账户曾被人用重置后的一次性密码登录时，告知本人")


def _me(principal: Principal) -> MeOut:
    return MeOut(
        id=principal.staff_id,
        username=principal.username,
        name=principal.name,
        roles=sorted(principal.role_codes),
        permissions=sorted(principal.permissions),
        data_scope=principal.data_scope.value,
        department_ids=sorted(principal.department_ids),
    )


def _set_cookies(response: Response, tokens: auth.IssuedTokens) -> TokenOut:
    set_session_cookies(response, tokens)
    return TokenOut(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=int((tokens.access_expires_at - now()).total_seconds()),
        session_expires_at=tokens.session_expires_at,
        user=_me(tokens.principal),
        notice=tokens.notice,
    )


@router.post("/login", response_model=TokenOut, summary="登录")
async def auth_login(body: LoginIn, response: Response) -> TokenOut:
    return _set_cookies(response, await auth.login(body.username, body.password))


@router.post("/refresh", response_model=TokenOut, summary="刷新令牌")
async def auth_refresh(request: Request, response: Response, body: RefreshIn | None = None) -> TokenOut:
    token = (body.refresh_token if body else None) or request.cookies.get(REFRESH_COOKIE)
    if not token:
        raise AuthenticationFailed("缺少刷新凭证，请重新登录")
    return _set_cookies(response, await auth.refresh(token))


@router.post("/logout", response_model=Message, summary="退出登录")
async def auth_logout(request: Request, response: Response, body: RefreshIn | None = None) -> Message:
    """Ends the session even when the access token has expired (through the refresh token)."""
    try:
        await auth.logout(await current_principal(request, None))
    except DomainError:
        token = (body.refresh_token if body else None) or request.cookies.get(REFRESH_COOKIE)
        if token:
            await auth.logout_refresh_token(token)
    clear_session_cookies(response)
    return Message(detail="已退出登录")


@router.get("/me", response_model=MeOut, summary="当前用户")
async def auth_me(principal: CurrentPrincipal) -> MeOut:
    return _me(principal)


@router.post("/password", response_model=Message, summary="修改密码")
async def auth_change_password(body: PasswordIn, principal: CurrentPrincipal, response: Response) -> Message:
    await auth.change_password(principal, body.old_password, body.new_password)
    clear_session_cookies(response)
    return Message(detail="密码已修改，请用新密码重新登录")
