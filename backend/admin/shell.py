"""The amis documents we serve: where amis and our assets are, the hospital's logo, and amis pages
outside the admin shell (the login page, the patient's H5 questionnaire). The site and the H5
pages both use it, so neither imports the other."""

from __future__ import annotations

from typing import Any

from fastapi_amis_admin.amis.components import Page

from backend.settings import Settings

AMIS_PKG = "amis@6.3.0"
ASSETS_URL = "/admin-assets"
AMIS_URL = "/amis-static"
LOGO_URL = "/hospital-logo"


def logo_url(settings: Settings) -> str:
    """The hospital's own logo when configured, else the built-in one."""
    return LOGO_URL if settings.hospital_logo else f"{ASSETS_URL}/logo.svg"


def standalone_page(settings: Settings, title: str, body: Any) -> str:
    """An amis page outside the admin shell (login, the patient's questionnaire), from our assets."""
    page = Page(title="", body=body)
    return str(
        page.amis_html(
            template_path="",
            locale="zh-CN",
            cdn=AMIS_URL,
            pkg=AMIS_PKG,
            theme="cxd",
            site_title=title,
            site_icon=logo_url(settings),
        )
    )
