"""Shared helpers: a sink that queues events, and waits bounded by a timeout (never sleeps)."""

from __future__ import annotations

import asyncio

import pytest

from integrations.dialer.base import CallEvent, CallEventKind

WAIT = 5.0


class Collector:
    """An EventSink that queues what a driver delivers."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[CallEvent] = asyncio.Queue()

    async def __call__(self, event: CallEvent) -> None:
        await self.queue.put(event)

    async def next(self) -> CallEvent:
        return await asyncio.wait_for(self.queue.get(), WAIT)

    async def until(self, kind: CallEventKind, call_id: str | None = None) -> list[CallEvent]:
        """Events up to and including the first of `kind` (for `call_id` when given)."""
        events: list[CallEvent] = []
        while True:
            event = await self.next()
            events.append(event)
            if event.kind is kind and (call_id is None or event.call_id == call_id):
                return events


@pytest.fixture
def sink() -> Collector:
    return Collector()
