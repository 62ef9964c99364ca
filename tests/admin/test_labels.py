"""Every column, filter and form field of every admin page has a Chinese label, and every value a
column maps has a Chinese label too (the browser walk sees only what the demo data shows)."""

from __future__ import annotations

from typing import Any

from fastapi_amis_admin.admin.admin import AdminApp
from fastapi_amis_admin.utils.pydantic import model_fields

from backend.admin.model_admin import TortoiseModelAdmin
from tests.chinese import foreign_words


def _model_admins(app: AdminApp) -> list[TortoiseModelAdmin]:
    app._create_admin_instance_all()
    found: list[TortoiseModelAdmin] = []
    for admin in app._registered.values():
        if isinstance(admin, AdminApp):
            found += _model_admins(admin)
        elif isinstance(admin, TortoiseModelAdmin):
            found.append(admin)
    return found


def test_every_admin_label_and_mapped_value_is_chinese(app: Any) -> None:
    admins = _model_admins(app.state.admin_site)
    assert len(admins) >= 20
    problems = {}
    for admin in admins:
        schemas = (admin.schema_list, admin.schema_filter, admin.schema_create, admin.schema_update, admin.schema_read)
        for schema in schemas:
            for name, field in model_fields(schema).items():
                words = foreign_words(str(field.field_info.title or name))
                if words:
                    problems[f"{type(admin).__name__}.{name}"] = words
        for path, enum in getattr(admin, "value_labels", {}).items():
            words = set().union(*(foreign_words(member.label) for member in enum))
            if words:
                problems[f"{type(admin).__name__}.{path} 取值"] = words
    assert problems == {}
