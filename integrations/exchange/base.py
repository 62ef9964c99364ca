"""The exchange transport port: carry opaque sealed envelopes between the core and the edge.

A transport knows nothing of sequences, keys or records (the exchange service seals, checks and
applies them). `round` hands over this node's outgoing envelopes and returns what has arrived;
each arrival is removed from the inbox only when the service calls `done`, after it has stored
or refused it, so a node killed in between reads it again (and refuses it as a replay).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Outgoing:
    name: str  # unique and stable for the same envelope: a resend overwrites, never duplicates
    data: bytes


@dataclass(frozen=True, slots=True)
class Incoming:
    name: str
    data: bytes
    done: Callable[[], Awaitable[None]]


class ExchangeUnavailable(Exception):
    """The other side or the gateway cannot be reached now (transient: the next round retries)."""


class Transport(Protocol):
    async def round(self, outgoing: list[Outgoing]) -> list[Incoming]: ...

    async def close(self) -> None: ...
