"""The README's run command path: migrate, seed, serve, answer, stop cleanly on SIGTERM."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_brings_up_the_demo_hospital_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "ENV": "development",
        "SEED_DEMO": "true",
        "REDIS_URL": "",
        "DATABASE_URL": f"sqlite://{tmp_path}/demo.sqlite3",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SECURITY__SECRET_KEY": secrets.token_urlsafe(40),
        "SECURITY__DATA_KEY": secrets.token_urlsafe(40),
        "SECURITY__INDEX_KEY": secrets.token_urlsafe(40),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "backend.manage", "serve"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            output.append(line)
            if "Application startup complete" in line:
                break
        log = "".join(output)
        assert "Application startup complete" in log, log
        assert "kefu01" in log and "Demo@2026" in log  # logins printed on start

        base = f"http://127.0.0.1:{port}"
        assert httpx.get(f"{base}/api/v1/health").json()["status"] == "ok"
        token = httpx.post(f"{base}/api/v1/auth/login", json={"username": "kefu01", "password": "Demo@2026"}).json()
        patients = httpx.get(f"{base}/api/v1/patients", headers={"Authorization": f"Bearer {token['access_token']}"})
        assert patients.json()["total"] == 300
        assert httpx.get(f"{base}/api/docs").status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError("server did not stop on SIGTERM") from None
    output.append(proc.stdout.read() if proc.stdout else "")
    log = "".join(output)
    # uvicorn shuts down gracefully, then re-raises the captured SIGTERM (exit -15).
    assert code in (0, -signal.SIGTERM), log
    assert "Application shutdown complete" in log, log
