"""The admin site: amis pages served from our own server, our login, menus by role."""

from __future__ import annotations

import html
from pathlib import Path
from string import Template
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi_amis_admin.admin.admin import AdminApp, BaseAdminSite
from fastapi_amis_admin.admin.settings import Settings as AmisSettings
from fastapi_amis_admin.amis.components import App, PageSchema, Tpl
from fastapi_amis_admin.crud.schema import BaseApiOut
from fastapi_amis_admin.utils.translation import i18n
from pydantic import BaseModel, Field
from starlette.staticfiles import StaticFiles

from backend.admin.auth import PASSWORD_PAGE, optional_principal, require_principal
from backend.admin.shell import (
    AMIS_PKG,
    AMIS_URL,
    ASSETS_URL,
    LOGO_URL,
    SITE_PATH,
    SWAGGER_PKG,
    TEMPLATES_DIR,
    amis_document,
    logo_url,
    standalone_page,
)
from backend.admin.text import text
from backend.db import resolve_model_relations
from backend.services import auth
from backend.services.errors import PasswordChangeRequired
from backend.services.menus import MenuEntry
from backend.settings import Settings
from backend.web import errors
from backend.web.cookies import clear_session_cookies, set_session_cookies

# fastapi-amis-admin picks its UI language from LANGUAGE/LANG at import; we always want Chinese.
i18n.set_language("zh_CN")

ADMIN_DIR = Path(__file__).resolve().parent
STATIC_DIR = ADMIN_DIR / "static"


LOGOUT_BUTTON = {
    "type": "button",
    "label": "退出登录",
    "level": "link",
    "actionType": "ajax",
    "api": "post:/admin/logout",
    "redirect": "/admin/login",
}


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=128)


class HospitalAdminSite(BaseAdminSite):
    """BaseAdminSite without the demo pages, version banners and third-party links."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            AmisSettings(
                site_title=f"{settings.hospital_name} 随访系统",
                site_icon=logo_url(settings),
                site_path=SITE_PATH,
                amis_cdn=AMIS_URL,
                amis_pkg=AMIS_PKG,
                language="zh_CN",
                debug=False,
                # The library always builds an SQLAlchemy engine; ours hold no tables.
                database_url_async="sqlite+aiosqlite://",
            )
        )
        self.hospital_settings = settings

    async def has_page_permission(self, request: Request, obj: Any = None, action: str | None = None) -> bool:
        # The shell itself needs a login; without one, PageAdmin redirects to our login page.
        return await optional_principal(request) is not None

    async def _get_page_as_app(self, request: Request) -> App:
        app = await super()._get_page_as_app(request)
        for group in app.pages[0]["children"] if app.pages else []:
            _open_first_page(group)
        principal = await optional_principal(request)
        who = f"{principal.name}（{principal.username}）" if principal else ""
        # Told at login, kept in sight for the session: someone used a reset password here.
        notice = await auth.session_notice(principal.session_id) if principal and principal.session_id else ""
        warning = [{"type": "tpl", "tpl": f"<span class='text-danger m-r login-notice'>{text(notice)}</span>"}]
        app.header = {
            "type": "flex",
            "className": "w-full",
            "justify": "flex-end",
            "items": [
                *(warning if notice else []),
                {"type": "tpl", "tpl": f"<span class='m-r'>{text(who)}</span>"},
                LOGOUT_BUTTON,
            ],
        }
        hospital = text(self.hospital_settings.hospital_name)
        app.footer = Tpl(tpl=f"<div class='p-2 text-center text-muted'>{hospital}</div>")
        return app

    async def page_parser(self, request: Request, page: Any) -> Response:
        if request.method != "GET":
            return await super().page_parser(request, page)
        return HTMLResponse(
            amis_document("app.html", page, title=self.settings.site_title, icon=self.settings.site_icon or "")
        )


def _open_first_page(entry: PageSchema) -> None:
    """A menu group's own address opens its first page (the library leaves it a blank page)."""
    children = entry.children or []
    for child in children:
        _open_first_page(child)
    if children and entry.url and not entry.schema_:
        entry.redirect = children[0].redirect or children[0].url


def _centred_panel(settings: Settings, page_title: str, title: str, width: int, body: Any) -> str:
    """A page of its own (outside the admin shell) with one panel in the middle."""
    return standalone_page(
        settings,
        f"{page_title} - {settings.hospital_name} 随访系统",
        {
            "type": "wrapper",
            "className": "flex justify-center items-center",
            "style": {"minHeight": "90vh"},
            "body": {"type": "panel", "title": title, "style": {"width": f"{width}px"}, "body": body},
        },
    )


def _login_page(settings: Settings) -> str:
    return _centred_panel(
        settings,
        "登录",
        f"{text(settings.hospital_name)} 随访系统",
        380,
        {
            "type": "form",
            "name": "login",
            "api": "post:/admin/login",
            "redirect": "/admin/",
            "submitText": "登录",
            "wrapWithPanel": False,
            "body": [
                {"type": "input-text", "name": "username", "label": "登录名", "required": True},
                {"type": "input-password", "name": "password", "label": "密码", "required": True},
                {"type": "submit", "label": "登录", "level": "primary", "className": "w-full m-t"},
            ],
        },
    )


class PasswordIn(BaseModel):
    old_password: str = Field(min_length=1, max_length=128)
    new_password: str = Field(min_length=1, max_length=128)


def _password_page(settings: Settings) -> str:
    """The only page a user whose password someone else set can open, until they change it."""
    password = {"type": "input-password", "required": True}
    return _centred_panel(
        settings,
        "修改密码",
        "请先修改密码",
        420,
        [
            {
                "type": "alert",
                "level": "warning",
                "body": "您的密码由管理员设置（新账户或密码重置），修改为只有您自己知道的密码后才能使用系统。",
            },
            {
                "type": "form",
                "name": "password",
                "api": f"post:{PASSWORD_PAGE}",
                "redirect": "/admin/login",
                "wrapWithPanel": False,
                "body": [
                    {**password, "name": "old_password", "label": "当前密码"},
                    {**password, "name": "new_password", "label": "新密码"},
                    {
                        **password,
                        "name": "confirm_password",
                        "label": "确认新密码",
                        "validations": {"equalsField": "new_password"},
                        "validationErrors": {"equalsField": "两次输入的新密码不一致"},
                    },
                    {"type": "submit", "label": "修改密码", "level": "primary", "className": "w-full m-t"},
                ],
            },
            LOGOUT_BUTTON,
        ],
    )


async def _to_password_page(request: Request, exc: PasswordChangeRequired) -> Response:
    """A page is sent to the password page; anything else (lists, exports, actions) refused."""
    if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
        return RedirectResponse(PASSWORD_PAGE, status_code=303)
    return await errors.on_domain(request, exc)


def build_site(settings: Settings) -> HospitalAdminSite:
    resolve_model_relations()
    from backend.admin import menu

    site = HospitalAdminSite(settings)
    site.register_admin(*menu.TOP)
    router = site.fastapi.router

    @router.get("/login", name="login", response_class=HTMLResponse, include_in_schema=False)
    async def login_page() -> HTMLResponse:
        return HTMLResponse(_login_page(settings))

    @router.post("/login", include_in_schema=False)
    async def login(body: LoginIn, response: Response) -> BaseApiOut[Any]:
        tokens = await auth.login(body.username, body.password)
        set_session_cookies(response, tokens)
        return BaseApiOut(msg=text(tokens.notice) or "登录成功", data={"name": tokens.principal.name})

    @router.get("/password", response_class=HTMLResponse, include_in_schema=False)
    async def password_page(request: Request) -> Response:
        if await optional_principal(request) is None:
            return RedirectResponse("/admin/login", status_code=303)
        return HTMLResponse(_password_page(settings))

    @router.post("/password", include_in_schema=False)
    async def change_password(request: Request, body: PasswordIn, response: Response) -> BaseApiOut[Any]:
        await auth.change_password(await require_principal(request), body.old_password, body.new_password)
        clear_session_cookies(response)
        return BaseApiOut(msg="密码已修改，请用新密码重新登录")

    @router.post("/logout", include_in_schema=False)
    async def logout(request: Request, response: Response) -> BaseApiOut[Any]:
        principal = await optional_principal(request)
        if principal is not None:
            await auth.logout(principal)
        clear_session_cookies(response)
        return BaseApiOut(msg="已退出登录")

    return site


def mount_patient_pages(app: FastAPI) -> None:
    """The answer posts of the patient's questionnaire pages as first served (a phone may still
    have one open; the page itself is now the H5 app's, its data under /api/v1/h5/q on core and
    edge alike) and the admin's static files (the core mounts them beside the admin; an extranet
    edge mounts only these)."""
    from backend.admin import h5

    app.include_router(h5.router)
    if not (STATIC_DIR / AMIS_PKG / "sdk" / "sdk.js").exists():
        raise RuntimeError("amis 前端资源缺失：请先运行 make assets（从 npm 获取，不使用 CDN）")
    app.mount(AMIS_URL, StaticFiles(directory=STATIC_DIR), name="amis-static")
    app.mount(ASSETS_URL, StaticFiles(directory=ADMIN_DIR / "assets"), name="admin-assets")


def mount(app: FastAPI, settings: Settings) -> HospitalAdminSite:
    """Serve the admin under /admin, amis from /amis-static, our images from /admin-assets."""
    mount_patient_pages(app)
    site = build_site(settings)
    app.state.admin_site = site
    # Our handlers, not the library's: it answers every error with HTTP 200 and {"status": 500}
    # (a bad body looked like success to anything but amis). amis reads our bodies' status and msg.
    errors.install(site.fastapi)
    site.fastapi.add_exception_handler(PasswordChangeRequired, _to_password_page)
    site.mount_app(app, enable_db_middleware=False, enable_exception_handlers=False)
    if settings.hospital_logo:
        logo = Path(settings.hospital_logo)
        if not logo.is_file():
            raise RuntimeError(f"HOSPITAL_LOGO 指向的文件不存在：{logo}")

        @app.get(LOGO_URL, include_in_schema=False)
        async def hospital_logo() -> FileResponse:
            return FileResponse(logo)

    openapi_url = app.openapi_url
    if openapi_url:  # development only: the API's own documentation, from our assets

        @app.get("/api/docs", include_in_schema=False)
        async def api_docs() -> HTMLResponse:
            page = Template((TEMPLATES_DIR / "swagger.html").read_text(encoding="utf-8"))
            return HTMLResponse(
                page.substitute(
                    title=html.escape(app.title),
                    cdn=AMIS_URL,
                    swagger=SWAGGER_PKG,
                    assets=ASSETS_URL,
                    openapi=html.escape(openapi_url),
                )
            )

    @app.get("/", include_in_schema=False)
    async def root() -> RedirectResponse:
        return RedirectResponse("/admin/")

    return site


__all__ = ["AdminApp", "HospitalAdminSite", "build_site", "mount"]


def menu_entries(site: HospitalAdminSite) -> list[MenuEntry]:
    """One 功能菜单 entry per page the admin declares, with the permissions that open it."""
    from backend.admin.model_admin import TortoiseModelAdmin

    entries: list[MenuEntry] = []

    def walk(app: AdminApp, parent: str | None) -> None:
        app._create_admin_instance_all()
        for admin in app._registered.values():
            if admin is None or not getattr(admin, "page_schema", None):
                continue
            code = type(admin).__name__
            if isinstance(admin, AdminApp):
                entries.append(
                    MenuEntry(
                        code,
                        admin.page_schema.label,
                        admin.page_schema.icon or "",
                        "",
                        parent,
                        admin.page_schema.sort or 0,
                        (),
                    )
                )
                walk(admin, code)
            elif isinstance(admin, TortoiseModelAdmin):
                perm = admin.permission
                entries.append(
                    MenuEntry(
                        code,
                        admin.page_schema.label,
                        admin.page_schema.icon or "",
                        f"{admin.router_path}{admin.page_path}",
                        parent,
                        admin.page_schema.sort or 0,
                        (perm,) if isinstance(perm, str) else tuple(perm),
                    )
                )

    walk(site, None)
    return entries
