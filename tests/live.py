"""A real server process (`python -m backend.manage serve`) on a free loopback port."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """Starts the demo hospital on SQLite in `workdir`; `stop()` sends SIGTERM and returns the log.

    The simulators stand in for the PBX and the SMS provider, and calls and messages are allowed at
    any hour (the suite runs on the real clock); `env` adds or overrides settings, e.g. the desk
    agents' URLs.
    """

    def __init__(self, workdir: Path, env: Mapping[str, str] | None = None, *, port: int | None = None) -> None:
        # The server inherits a socket already listening (LISTEN_FD): a port chosen here and bound
        # by the server later could meanwhile be taken by another process (a parallel suite's server).
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port or 0))
        listener.listen(128)
        self.port = int(listener.getsockname()[1])
        self.database = workdir / "demo.sqlite3"
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "ENV": "development",
            "SEED_DEMO": "true",
            "REDIS_URL": "",
            "DATABASE_URL": f"sqlite://{self.database}",
            # its own demo HIS: the default (var/ of the checkout) is shared by every server started
            # there, and was made by whichever code ran first
            "HIS__DEMO_DSN": f"sqlite:///{workdir / 'demo_his.sqlite3'}",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "LISTEN_FD": str(listener.fileno()),
            "SECURITY__SECRET_KEY": secrets.token_urlsafe(40),
            "SECURITY__DATA_KEY": secrets.token_urlsafe(40),
            "SECURITY__INDEX_KEY": secrets.token_urlsafe(40),
            "DIALER__DRIVER": "simulator",
            "DIALER__CALLING_HOURS": "00:00-23:59:59.999999",
            "DIALER__DAILY_ATTEMPTS_PER_PATIENT": "100",
            "DIALER__RECORDINGS_DIR": str(workdir / "recordings"),
            "SMS__PROVIDER": "simulator",
            "SMS__SENDING_HOURS": "00:00-23:59:59.999999",
            **(env or {}),
        }
        self.env = env  # its keys: a test signs what the server would (a patient's link)
        # The admin serves amis from the repository's vendored assets.
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "backend.manage", "serve"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            pass_fds=(listener.fileno(),),
        )
        listener.close()  # the server holds it now
        self.output: list[str] = []
        self._drain: threading.Thread | None = None

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
                # keep reading, or the server blocks on a full pipe once its log outgrows the buffer
                self._drain = threading.Thread(target=self._read_rest, daemon=True)
                self._drain.start()
                return "".join(self.output)
        raise AssertionError("server did not start:\n" + "".join(self.output))

    def _read_rest(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)

    def kill(self) -> str:
        """SIGKILL: the process dies mid-work, as on a power cut; returns the log so far."""
        self.proc.kill()
        self.proc.wait(timeout=30)
        if self._drain is not None:
            self._drain.join(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        return "".join(self.output)

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError("server did not stop on SIGTERM") from None
        if self._drain is not None:
            self._drain.join(timeout=10)
        elif self.proc.stdout is not None:
            self.output.append(self.proc.stdout.read())
        return code, "".join(self.output)
