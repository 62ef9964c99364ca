"""内外网互通 throughput: records per second from the core to a real edge through each transport.

The core runs in this process on a fresh PostgreSQL database; the edge is a real process
(`python -m backend.manage serve`, NODE__ROLE=edge, its own SQLite database) started per
transport under its own node name, so each transport starts from sequence 1. The core queues
`BENCH_EXCHANGE_RECORDS` questionnaire-link publications (what it sends the edge for every H5
link it texts), then runs exchange rounds until the edge has applied and acknowledged every batch:
sealed, signed, encrypted, carried, checked, applied in order and acknowledged.

Baseline in the same run: the same records' JSON written to one file (a line each, one fsync).
Printed per transport: records per second and the ratio to the baseline.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from common import PG, configure, db_name, fresh_databases  # bench/ is the script's directory

RECORDS = int(os.environ.get("BENCH_EXCHANGE_RECORDS", "5000"))
DB = db_name("suifang_bench_exchange")
TIME_LIMIT = 600  # seconds per transport
KEYS = {"EXCHANGE__SIGNING_KEY": secrets.token_urlsafe(40), "EXCHANGE__ENCRYPTION_KEY": secrets.token_urlsafe(40)}

configure(f"{PG}/{DB}")
os.environ.update({"NODE__ROLE": "core", **KEYS})

from backend.clock import now  # noqa: E402
from backend.db import init_orm  # noqa: E402
from backend.manage import upgrade  # noqa: E402
from backend.models import ExchangePeer  # noqa: E402
from backend.models.choices import ExchangeKind  # noqa: E402
from backend.services import exchange, exchange_runner  # noqa: E402
from backend.settings import ExchangeSettings, get_settings  # noqa: E402
from tests.live import LiveServer, free_port  # noqa: E402


def _record(n: int) -> dict[str, object]:
    return {
        "digest": f"{n:064x}",
        "task_id": n + 1,
        "questionnaire_id": 1,
        "expires_at": (now() + timedelta(days=7)).isoformat(),
    }


def _baseline(folder: Path) -> float:
    started = time.perf_counter()
    with open(folder / "baseline.jsonl", "w", encoding="utf-8") as out:
        for n in range(RECORDS):
            out.write(json.dumps({"kind": "h5_link", "data": _record(n)}, ensure_ascii=False) + "\n")
        out.flush()
        os.fsync(out.fileno())
    return RECORDS / (time.perf_counter() - started)


async def _through(transport_name: str, folder: Path) -> float:
    peer = f"edge_{transport_name}"
    port = free_port()
    common = {
        "EXCHANGE__TRANSPORT": transport_name,
        "EXCHANGE__INTERVAL_SECONDS": "0.05",
        "EXCHANGE__POLL_SECONDS": "2",
        "EXCHANGE__DATABASE_URL": f"sqlite://{folder / f'front_{peer}.sqlite3'}",
        **KEYS,
    }
    to_edge, to_core = folder / f"to_{peer}", folder / f"from_{peer}"
    edge = LiveServer(
        folder,
        {
            **common,
            "NODE__ROLE": "edge",
            "NODE__NAME": peer,
            "EXCHANGE__PEER": "core",
            "SEED_DEMO": "false",
            "DATABASE_URL": f"sqlite://{folder / f'{peer}.sqlite3'}",
            "EXCHANGE__OUTBOX_DIR": str(to_core),
            "EXCHANGE__INBOX_DIR": str(to_edge),
        },
        port=port,
    )
    settings = get_settings()
    try:
        edge.wait_ready()
        settings.exchange = ExchangeSettings(
            transport=transport_name,  # type: ignore[arg-type]
            peer=peer,
            edge_url=f"http://127.0.0.1:{port}",
            outbox_dir=str(to_edge),
            inbox_dir=str(to_core),
            database_url=common["EXCHANGE__DATABASE_URL"],
            poll_seconds=2,
            signing_key=KEYS["EXCHANGE__SIGNING_KEY"],  # type: ignore[arg-type]
            encryption_key=KEYS["EXCHANGE__ENCRYPTION_KEY"],  # type: ignore[arg-type]
        )
        transport = exchange_runner.transport_from_settings()
        assert transport is not None
        for n in range(RECORDS):
            await exchange.enqueue(ExchangeKind.H5_LINK, _record(n), peer=peer)
        started = time.perf_counter()
        try:
            while True:
                report = await exchange.run_round(transport, peer=peer)
                state = await ExchangePeer.get(name=peer)
                if state.next_sequence > 1 and state.acked_through == state.next_sequence - 1:
                    break
                if time.perf_counter() - started > TIME_LIMIT:
                    raise SystemExit(f"{transport_name}: not acknowledged within {TIME_LIMIT} s")
                if not (report.sent or report.received):
                    await asyncio.sleep(0.02)
            elapsed = time.perf_counter() - started
        finally:
            await transport.close()
        batches = state.next_sequence - 1
        print(f"{transport_name}: {RECORDS:,} records in {batches} batches, acknowledged in {elapsed:.2f} s")
        return RECORDS / elapsed
    finally:
        edge.stop()


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp)
        async with fresh_databases(DB):
            await upgrade()
            orm = await init_orm()
            try:
                rates = {name: await _through(name, folder) for name in ("file", "database", "relay")}
            finally:
                await orm.close_connections()
        baseline = _baseline(folder)
    print(f"baseline (same records as JSON lines to one file, one fsync): {baseline:,.0f} records/s")
    for name, rate in rates.items():
        print(f"{name:>8}: {rate:,.0f} records/s  ratio to the file baseline {rate / baseline:.4f}")


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
