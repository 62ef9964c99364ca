"""The amis documents we serve: where amis and our assets are, the hospital's logo, and amis pages
outside the admin shell (the login page, the patient's H5 questionnaire). The site and the H5
pages both use it, so neither imports the other."""

from __future__ import annotations

import html
from pathlib import Path
from string import Template
from typing import Any

from fastapi_amis_admin.amis.components import Page
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from backend.admin.text import script_json
from backend.settings import Settings

AMIS_PKG = "amis@6.3.0"
SWAGGER_PKG = "swagger-ui-dist@5.36.0"
ASSETS_URL = "/admin-assets"
AMIS_URL = "/amis-static"
LOGO_URL = "/hospital-logo"
SITE_PATH = "/admin"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def amis_document(template: str, schema: Any, *, title: str, icon: str) -> str:
    """An HTML page that starts amis on `schema` (an amis node or a dict) from our own assets.

    Our templates, not the library's: its templates start amis from an inline script with the
    schema pasted into it, which a Content-Security-Policy without 'unsafe-inline' blocks, and a
    `</script>` in any value of the schema would end that script early.
    """
    data = schema.amis_dict() if hasattr(schema, "amis_dict") else schema
    page = Template((TEMPLATES_DIR / template).read_text(encoding="utf-8"))
    return page.substitute(
        schema=script_json(data),
        site_title=html.escape(title),
        site_icon=html.escape(icon),
        cdn=AMIS_URL,
        pkg=AMIS_PKG,
        assets=ASSETS_URL,
        locale="zh-CN",
        theme="cxd",
    )


class OpensInShell:
    """A page's own address, opened by a browser (a menu link in a new tab, a bookmark, a link
    pasted in a message), shows the admin shell with its menu opened at that page.

    The library would answer with the page alone, from its own template: without the menu, and
    blank under our Content-Security-Policy (its template starts amis from an inline script). The
    shell routes by the address after `#`, so the page's address moves there. amis still fetches
    the page's schema from the same address by POST.
    """

    async def page_parser(self, request: Request, page: Any) -> Response:
        if request.method == "GET":
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(f"{SITE_PATH}/#{request.url.path}{query}", status_code=303)
        return await super().page_parser(request, page)  # type: ignore[misc]


def logo_url(settings: Settings) -> str:
    """The hospital's own logo when configured, else the built-in one."""
    return LOGO_URL if settings.hospital_logo else f"{ASSETS_URL}/logo.svg"


def standalone_page(settings: Settings, title: str, body: Any) -> str:
    """An amis page outside the admin shell (login, the patient's questionnaire), from our assets."""
    return amis_document("page.html", Page(title="", body=body), title=title, icon=logo_url(settings))
