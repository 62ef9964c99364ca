"""The home page: the signed-in staff member's own to-dos."""

from __future__ import annotations

from typing import Any

from fastapi_amis_admin.admin.admin import PageAdmin
from fastapi_amis_admin.amis.components import Page, PageSchema
from starlette.requests import Request

from backend.admin.auth import optional_principal
from backend.admin.text import text
from backend.services import dashboard


def data_table(title: str, source: str, columns: list[Any], **extra: Any) -> dict[str, Any]:
    """A read-only amis table of the rows in `${source}`; a column is ("name", "label") or a full
    amis column (a dict). `extra`: more table properties (placeholder, rowClassNameExpr, ...)."""
    return {
        "type": "table",
        "title": title,
        "source": f"${{{source}}}",
        "columns": [c if isinstance(c, dict) else {"name": c[0], "label": c[1]} for c in columns],
        **extra,
    }


class PermissionPage(PageAdmin):
    """A bespoke amis page shown to those holding `permission` (the routes it calls check again)."""

    permission: str = ""

    async def has_page_permission(self, request: Request, obj: Any = None, action: str | None = None) -> bool:
        principal = await optional_principal(request)
        return principal is not None and principal.can(self.permission)


class HomeAdmin(PageAdmin):
    page_schema = PageSchema(label="首页", icon="fa fa-home", url="/home", isDefaultPage=True, sort=100)
    page_path = "/home"

    async def has_page_permission(self, request: Request, obj: Any = None, action: str | None = None) -> bool:
        return await optional_principal(request) is not None

    async def get_page(self, request: Request) -> Page:
        page = await super().get_page(request)
        principal = await optional_principal(request)
        if principal is None:
            return page
        todos = await dashboard.my_todos(principal)
        cards = [
            ("今日待随访", todos.due_today, "fa fa-phone", "primary"),
            ("已逾期", todos.overdue, "fa fa-exclamation-triangle", "danger"),
            ("预约回访", todos.call_back, "fa fa-clock-o", "warning"),
            ("待回复问题", todos.open_problems, "fa fa-comments", "info"),
        ]
        page.title = f"您好，{text(principal.name)}"
        page.body = [
            {
                "type": "grid",
                "columns": [
                    {
                        "md": 3,
                        "body": {
                            "type": "panel",
                            "className": f"Panel--{level}",
                            "title": label,
                            "body": f"<div class='text-2x font-bold'><i class='{icon} m-r'></i>{count}</div>",
                        },
                    }
                    for label, count, icon, level in cards
                ],
            }
        ]
        return page
