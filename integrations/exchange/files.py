"""File transport for a 网闸 that copies folders: batches written atomically to an outbox folder,
the other node's read from an inbox folder.

A file appears under its final name only when complete (written to a hidden temporary name,
fsynced, renamed, the folder fsynced), so a gateway copying mid-write never carries half a batch.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

from integrations.exchange.base import Incoming, Outgoing

SUFFIX = ".xchg"


def write_atomic(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, final)
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return final


class FileTransport:
    def __init__(self, outbox: Path, inbox: Path, *, limit: int = 500) -> None:
        self.outbox = outbox
        self.inbox = inbox
        self.limit = limit

    def _write(self, outgoing: list[Outgoing]) -> None:
        for item in outgoing:
            write_atomic(self.outbox, item.name + SUFFIX, item.data)

    def _read(self) -> list[tuple[Path, bytes]]:
        if not self.inbox.is_dir():
            return []
        names = sorted(p for p in self.inbox.iterdir() if p.suffix == SUFFIX and not p.name.startswith("."))
        found = []
        for path in names[: self.limit]:
            try:
                found.append((path, path.read_bytes()))
            except FileNotFoundError:
                continue  # taken by another process of this node
        return found

    async def round(self, outgoing: list[Outgoing]) -> list[Incoming]:
        await asyncio.to_thread(self._write, outgoing)
        found = await asyncio.to_thread(self._read)
        return [Incoming(path.stem, data, _remover(path)) for path, data in found]

    async def close(self) -> None:
        return None


def _remover(path: Path) -> Callable[[], Awaitable[None]]:
    async def done() -> None:
        await asyncio.to_thread(path.unlink, missing_ok=True)

    return done
