"""A real server process (`python -m backend.manage serve`) on a free loopback port."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """Starts the demo hospital on SQLite in `workdir`; `stop()` sends SIGTERM and returns the log."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "ENV": "development",
            "SEED_DEMO": "true",
            "REDIS_URL": "",
            "DATABASE_URL": f"sqlite://{workdir}/demo.sqlite3",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "SECURITY__SECRET_KEY": secrets.token_urlsafe(40),
            "SECURITY__DATA_KEY": secrets.token_urlsafe(40),
            "SECURITY__INDEX_KEY": secrets.token_urlsafe(40),
        }
        # The admin serves amis from the repository's vendored assets.
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "backend.manage", "serve"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.output: list[str] = []

    def wait_ready(self, timeout: float = 120) -> str:
        """Read the server's output until uvicorn says it is up (no sleeping)."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.output.append(line)
            if "Application startup complete" in line:
                return "".join(self.output)
        raise AssertionError("server did not start:\n" + "".join(self.output))

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError("server did not stop on SIGTERM") from None
        self.output.append(self.proc.stdout.read() if self.proc.stdout else "")
        return code, "".join(self.output)
