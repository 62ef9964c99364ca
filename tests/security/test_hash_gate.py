"""A login burst computes at most SECURITY__HASH_CONCURRENCY argon2 hashes at once.

The count comes from inside the real hashing functions (passwords.meter), around the real
argon2 call; the gate in front of them is what these tests hold, fill and time out.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from backend.security import passwords
from backend.security.passwords import HashGate
from backend.settings import Settings
from tests import factories

LOGIN = "/api/v1/auth/login"


async def _login(client: httpx.AsyncClient, username: str) -> httpx.Response:
    return await client.post(LOGIN, json={"username": username, "password": factories.PASSWORD})


async def test_a_login_burst_never_hashes_more_than_the_bound_at_once(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    dept = await factories.department()
    names = [f"burst{n}" for n in range(6)]
    for name in names:
        await factories.staff("nurse", dept, username=name)
    bound = settings.security.hash_concurrency
    assert bound < len(names)
    passwords.meter.reset()
    responses = await asyncio.gather(*(_login(client, n) for n in names))
    assert [r.status_code for r in responses] == [200] * len(names), [r.text for r in responses if r.is_error]
    assert passwords.meter.total == len(names)
    assert 1 <= passwords.meter.peak <= bound


@pytest.fixture
def small_gate(monkeypatch: pytest.MonkeyPatch) -> HashGate:
    """One hashing slot and one waiting place, so the test can fill both by hand."""
    gate = HashGate(concurrency=1, queue=1, wait_seconds=60)
    monkeypatch.setattr(passwords, "_gate", gate)
    return gate


async def test_a_login_beyond_the_queue_is_refused_with_503_and_the_queued_one_succeeds(
    client: httpx.AsyncClient, small_gate: HashGate
) -> None:
    dept = await factories.department()
    await factories.staff("nurse", dept, username="first")
    await factories.staff("nurse", dept, username="second")
    async with small_gate.slot():  # every slot busy
        queued = asyncio.create_task(_login(client, "first"))
        await small_gate.until_waiting(1)
        refused = await _login(client, "second")
        assert refused.status_code == 503
        assert refused.json()["detail"] == "当前登录人数较多，请稍后再试"
        assert int(refused.headers["retry-after"]) >= 1
        assert not queued.done()
    assert (await queued).status_code == 200
    assert small_gate.running == 0 and small_gate.waiting == 0


async def test_a_login_that_waits_too_long_is_refused(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = HashGate(concurrency=1, queue=8, wait_seconds=0.05)
    monkeypatch.setattr(passwords, "_gate", gate)
    await factories.staff("nurse", await factories.department(), username="slow")
    async with gate.slot():
        refused = await _login(client, "slow")
    assert refused.status_code == 503 and "稍后再试" in refused.json()["detail"]
    assert gate.running == 0 and gate.waiting == 0
    assert (await _login(client, "slow")).status_code == 200


async def test_a_cancelled_waiter_gives_its_place_back() -> None:
    gate = HashGate(concurrency=1, queue=4, wait_seconds=60)

    async def wait_for_slot() -> None:
        async with gate.slot():
            pass

    async with gate.slot():
        waiter = asyncio.create_task(wait_for_slot())
        await gate.until_waiting(1)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        assert gate.waiting == 0
    assert gate.running == 0
    async with gate.slot():
        assert gate.running == 1
