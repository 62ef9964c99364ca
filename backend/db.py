"""Tortoise configuration derived once from Settings and shared by app, aerich and worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.context import TortoiseContext

from backend.settings import Settings, get_settings

MODEL_MODULES = ["backend.models", "aerich.models"]
MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


def _sqlite_file(url: str) -> Path | None:
    path = url.removeprefix("sqlite://")
    return None if path in (":memory:", "") else Path(path.split("?", 1)[0])


def tortoise_config(settings: Settings | None = None) -> dict[str, Any]:
    """The Tortoise ORM config dict for `settings` (default: the process settings)."""
    settings = settings or get_settings()
    url = settings.database_url
    if settings.dialect == "mysql" and "charset=" not in url:
        url += ("&" if "?" in url else "?") + "charset=utf8mb4"
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": settings.timezone,
    }


def migrations_location(settings: Settings | None = None) -> Path:
    """aerich migrations are SQL per dialect, so each database kind has its own folder."""
    settings = settings or get_settings()
    return MIGRATIONS_ROOT / settings.dialect


async def init_orm(settings: Settings | None = None) -> TortoiseContext:
    """Open the ORM for this process and return the context to close on shutdown.

    Tortoise 1.x keeps its state in a context; `Tortoise.close_connections()` from another task
    is a no-op, so callers keep and close the returned context.
    """
    settings = settings or get_settings()
    path = _sqlite_file(settings.database_url) if settings.dialect == "sqlite" else None
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)


def resolve_model_relations() -> None:
    """Link the models' relations without a database, for code that reads model metadata
    before the ORM is opened (the admin builds its pages when the app is created)."""
    from backend.models import Admission

    if getattr(Admission._meta.fields_map.get("patient"), "related_model", None) is not None:
        return
    with TortoiseContext():
        Tortoise.init_models(MODEL_MODULES, "models")
