"""The README's run command path: migrate, seed, serve, answer, stop cleanly on SIGTERM."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx

from tests.live import LiveServer


def test_serve_brings_up_the_demo_hospital_and_stops_on_sigterm(tmp_path: Path) -> None:
    server = LiveServer(tmp_path)
    try:
        log = server.wait_ready()
        assert "kefu01" in log and "Demo@2026" in log  # logins printed on start
        base = server.base
        assert httpx.get(f"{base}/api/v1/health").json()["status"] == "ok"
        token = httpx.post(f"{base}/api/v1/auth/login", json={"username": "kefu01", "password": "Demo@2026"}).json()
        patients = httpx.get(f"{base}/api/v1/patients", headers={"Authorization": f"Bearer {token['access_token']}"})
        # The demo HIS holds 300 discharges; a few patients are quarantined (bad ID check digit).
        assert patients.json()["total"] >= 290  # the in-process pull may already have added more
        assert httpx.get(f"{base}/api/docs").status_code == 200
        assert httpx.get(f"{base}/admin/login").status_code == 200
        assert 'id="app"' in httpx.get(f"{base}/h5/pad").text  # the H5 app, its routes answered by index.html
        assert httpx.get(f"{base}/amis-static/amis@6.3.0/sdk/sdk.js").status_code == 200
    finally:
        code, log = server.stop()
    # uvicorn shuts down gracefully, then re-raises the captured SIGTERM (exit -15).
    assert code in (0, -signal.SIGTERM), log
    assert "Application shutdown complete" in log, log
