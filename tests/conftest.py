"""Test harness: the same suite on real SQLite, PostgreSQL and MariaDB.

The schema of each test database is built by our aerich migrations (not generate_schemas), so
every run also proves the migrations. Each test starts from empty tables (reference data such
as permissions and built-in roles is re-synced).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

# Settings are read once per process: fix them before anything imports backend.
os.environ.update(
    {
        "ENV": "test",
        "SEED_DEMO": "false",
        "REDIS_URL": "",
        "SECURITY__SECRET_KEY": secrets.token_urlsafe(48),
        "SECURITY__DATA_KEY": secrets.token_urlsafe(48),
        "SECURITY__INDEX_KEY": secrets.token_urlsafe(48),
    }
)

import httpx
import pytest
from tortoise import connections
from tortoise.backends.base.executor import EXECUTOR_CACHE

from backend.app import create_app
from backend.db import init_orm
from backend.manage import upgrade
from backend.services.access import sync_reference_data
from backend.settings import Settings, get_settings
from integrations.his.hl7 import MllpServer
from tests import databases

KEEP_TABLES = {"aerich"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database" in metafunc.fixturenames:
        metafunc.parametrize("database", databases.selected(), indirect=True, scope="session")


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    path = Path(__file__).resolve().parent.parent / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
async def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    """A freshly migrated database of one kind, open for the whole session of that kind."""
    kind: str = request.param
    # Tortoise caches prepared INSERTs per connection *name*, not per dialect; one process
    # switching from SQLite to PostgreSQL under the name "default" must forget them.
    EXECUTOR_CACHE.clear()
    url = await databases.fresh_database(kind, tmp_path_factory.mktemp(kind))
    settings = get_settings().model_copy(update={"database_url": url})
    databases.current_url = url
    await upgrade(settings)
    ctx = await init_orm(settings)
    await sync_reference_data()
    try:
        yield kind
    finally:
        await ctx.close_connections()


def _tables() -> list[str]:
    from tortoise import Tortoise

    names = {m._meta.db_table for m in Tortoise.apps.get_models_iterable()}  # type: ignore[union-attr]
    for model in Tortoise.apps.get_models_iterable():  # type: ignore[union-attr]
        for field in model._meta.m2m_fields:
            names.add(model._meta.fields_map[field].through)  # type: ignore[attr-defined]
    return sorted(names - KEEP_TABLES)


async def _empty_tables(kind: str) -> None:
    """Empty what the last test wrote. Emptying every table costs more than most tests (PostgreSQL's
    TRUNCATE takes about 10 ms a table even when empty): one query finds the few written to."""
    conn = connections.get("default")
    quote = "`" if kind == "mysql" else '"'
    probe = " UNION ALL ".join(f"SELECT '{t}' AS t WHERE EXISTS (SELECT 1 FROM {quote}{t}{quote})" for t in _tables())
    dirty = [row["t"] for row in await conn.execute_query_dict(probe)]
    if not dirty:
        return
    if kind == "postgres":
        await conn.execute_script("TRUNCATE " + ", ".join(f'"{t}"' for t in dirty) + " RESTART IDENTITY CASCADE")
    elif kind == "mysql":
        await conn.execute_script(
            "SET FOREIGN_KEY_CHECKS=0;" + "".join(f"DELETE FROM `{t}`;" for t in dirty) + "SET FOREIGN_KEY_CHECKS=1;"
        )
    else:
        await conn.execute_script(
            "PRAGMA foreign_keys=OFF;" + "".join(f'DELETE FROM "{t}";' for t in dirty) + "PRAGMA foreign_keys=ON;"
        )


@pytest.fixture
async def db(database: str) -> AsyncIterator[str]:
    """Empty tables (but reference data) for one test."""
    await _empty_tables(database)
    await sync_reference_data()
    yield database


@pytest.fixture(scope="session")
def settings() -> Settings:
    return get_settings()


@pytest.fixture(scope="session")
def app():  # type: ignore[no-untyped-def]
    return create_app(manage_orm=False)


@pytest.fixture
async def client(db: str, app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def frozen() -> Iterator[None]:
    """Freeze backend.clock.now() at the real current time; tests move it with clock.advance."""
    from backend import clock

    with clock.frozen_at(clock.now()):
        yield


# The shared reference corpus is an extra acceptance suite (tests/reference), run only when
# REFERENCE_CORPUS names its folder (.ci/run always does). Without it the folder is not collected
# at all, so a fresh clone reports no skips, and one line says the corpus was not run.
REFERENCE_SUITE = Path(__file__).resolve().parent / "reference"


def _reference_corpus_set() -> bool:
    return bool(os.environ.get("REFERENCE_CORPUS", "").strip())


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path == REFERENCE_SUITE and not _reference_corpus_set():
        return True
    return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _reference_corpus_set():
        terminalreporter.write_line(
            "reference corpus not run: REFERENCE_CORPUS is unset (tests/reference left out; .ci/run sets it)"
        )


@pytest.fixture
async def hl7_listener(db: str) -> AsyncIterator[MllpServer]:
    """The demo hospital, and an MLLP listener on a free loopback port storing what it receives."""
    from backend.services import demo, sync

    await demo.seed_demo_hospital()

    async def on_batch(batch):  # type: ignore[no-untyped-def]
        return await sync.receive_pushed("hl7", batch)

    server = MllpServer(on_batch, host="127.0.0.1", port=0)
    await server.start()
    yield server
    await server.stop()
