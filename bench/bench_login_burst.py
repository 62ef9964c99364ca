"""Memory of a burst of 16 simultaneous logins: argon2 takes 64 MiB per hash while it runs.

Each configuration runs in its own process (peak RSS is per process): the product's default
bound (SECURITY__HASH_CONCURRENCY=2) against the same burst with hashing unbounded (64), the
behaviour before the bound, in the same run. Prints the peak RSS of each, the burst's time,
and the ratios. Goal: the bounded peak under 512 MB; hash parameters unchanged.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BURST = 16
GOAL_MB = 512


def _rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(field)


def _reset_peak() -> None:
    """Make VmHWM start again from the current RSS (Linux clear_refs 5)."""
    Path("/proc/self/clear_refs").write_text("5")


async def _burst(folder: Path) -> dict[str, float]:
    from common import configure  # bench/ is the script's directory

    configure(f"sqlite://{folder}/bench.sqlite3")
    import httpx

    from backend.app import create_app
    from backend.db import init_orm
    from backend.manage import upgrade
    from backend.models import Role, Staff
    from backend.security import passwords
    from backend.services.access import sync_reference_data

    await upgrade()
    ctx = await init_orm()
    try:
        await sync_reference_data()
        nurse = await Role.get(code="nurse")
        password = "Burst#2026"
        digest = passwords.hash_password(password)
        for n in range(BURST):
            member = await Staff.create(username=f"burst{n:02d}", name=f"员工{n}", password_hash=digest)
            await member.roles.add(nurse)
        app = create_app(manage_orm=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
            # Everything but the burst is loaded and warm before the peak is reset.
            await client.get("/api/v1/health")
            before = _rss_mb("VmRSS")
            _reset_peak()
            passwords.meter.reset()
            start = time.perf_counter()
            responses = await asyncio.gather(
                *(
                    client.post("/api/v1/auth/login", json={"username": f"burst{n:02d}", "password": password})
                    for n in range(BURST)
                )
            )
            seconds = time.perf_counter() - start
        assert all(r.status_code == 200 for r in responses), [r.text for r in responses if r.is_error]
        return {
            "before_mb": before,
            "peak_mb": _rss_mb("VmHWM"),
            "seconds": seconds,
            "hashes_at_once": passwords.meter.peak,
        }
    finally:
        await ctx.close_connections()


def _child(concurrency: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="bench_login_burst_"))
    try:
        env = {**os.environ, "SECURITY__HASH_CONCURRENCY": str(concurrency), "SECURITY__HASH_QUEUE": str(BURST)}
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(folder)], env=env, check=True, capture_output=True, text=True
        ).stdout
        return json.loads(out.strip().splitlines()[-1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    unbounded = _child(64)
    bounded = _child(2)
    for label, r in (("unbounded (before)", unbounded), ("bounded, default 2", bounded)):
        print(
            f"{label:19}: RSS before {r['before_mb']:6.1f} MB  peak {r['peak_mb']:6.1f} MB"
            f"  burst {r['seconds']:.2f} s  hashes at once {int(r['hashes_at_once'])}"
        )
    print(f"ratio peak RSS bounded ÷ unbounded: {bounded['peak_mb'] / unbounded['peak_mb']:.2f}")
    print(f"ratio burst time bounded ÷ unbounded: {bounded['seconds'] / unbounded['seconds']:.2f}")
    verdict = "met" if bounded["peak_mb"] < GOAL_MB else "MISSED"
    print(f"goal bounded peak < {GOAL_MB} MB: {verdict}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        print(json.dumps(asyncio.run(_burst(Path(sys.argv[2])))))
    else:
        main()
