"""Named locks across processes (advisory locks on PostgreSQL, GET_LOCK on MariaDB, an asyncio
lock on SQLite), and the HIS pull that relies on them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from backend.models import SyncRun
from backend.services import demo, locks, sync
from integrations.his.demo import DemoHis
from tests import databases


async def test_a_held_lock_refuses_a_second_holder_until_it_is_released(db: str) -> None:
    async with (
        locks.exclusive("test:one") as first,
        locks.exclusive("test:one") as second,
        locks.exclusive("test:other") as other,
    ):
        assert (first, second, other) == (True, False, True)
    async with locks.exclusive("test:one") as again:
        assert again


async def test_a_waiting_holder_gets_the_lock_once_the_first_releases_it(db: str) -> None:
    order: list[str] = []
    first_in = asyncio.Event()

    async def first() -> None:
        async with locks.exclusive("test:wait") as held:
            assert held
            first_in.set()
            order.append("first")
            await asyncio.sleep(0)  # let the waiter start waiting while this one holds the lock
            order.append("first done")

    async def second() -> None:
        await first_in.wait()
        async with locks.exclusive("test:wait", wait_seconds=30) as held:
            assert held
            order.append("second")

    await asyncio.gather(first(), second())
    assert order == ["first", "first done", "second"]


@pytest.fixture
async def his(db: str, tmp_path: Path) -> AsyncIterator[DemoHis]:
    await demo.seed_demo_hospital()
    instance = DemoHis.at(await databases.fresh_his_database(db, tmp_path))
    await instance.create()
    try:
        yield instance
    finally:
        await instance.close()


async def test_two_pulls_at_once_make_one_run(his: DemoHis) -> None:
    await his.add_discharges(20, start=1)
    first, second = await asyncio.gather(sync.pull(his.source()), sync.pull(his.source()))
    # the second found the first's lock and answers with the first's run instead of its own
    assert await SyncRun.all().count() == 1
    assert first.id == second.id
