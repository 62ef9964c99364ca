"""The home page: the signed-in staff member's own to-dos."""

from __future__ import annotations

from typing import Any

from fastapi_amis_admin.admin.admin import PageAdmin
from fastapi_amis_admin.amis.components import Page, PageSchema
from starlette.requests import Request

from backend.admin.auth import optional_principal
from backend.admin.shell import OpensInShell
from backend.admin.text import text
from backend.services import dashboard


class HomeAdmin(OpensInShell, PageAdmin):
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
        if todos.overdue_rectifications is not None:
            cards.append(("逾期整改单", todos.overdue_rectifications, "fa fa-wrench", "danger"))
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
