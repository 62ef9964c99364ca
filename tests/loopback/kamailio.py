"""Debian's kamailio as a SIP-over-WebSocket registrar and proxy on loopback (网络电话 tests).

`SipServer(workdir, users)` writes `kamailio.cfg` (beside this file) with its port and the digest
credentials, starts kamailio in the foreground and waits until its WebSocket port accepts
connections. `stop()` ends it; `start()` again brings it back on the same port (the tests drop
every browser's WebSocket by stopping it mid-call).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path

from tests.live import free_port

CONFIG = Path(__file__).with_name("kamailio.cfg")
# Debian's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, ...)
MODULES = next(
    (str(p) + "/" for p in sorted(Path("/usr/lib").glob("*/kamailio/modules"))), "/usr/lib/kamailio/modules/"
)
KAMAILIO = shutil.which("kamailio") or "/usr/sbin/kamailio"
DOMAIN = "127.0.0.1"


class SipServer:
    def __init__(self, workdir: Path, users: Mapping[str, str] | None = None) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.ws_url = f"ws://127.0.0.1:{self.port}"
        self.domain = DOMAIN
        self.users: dict[str, str] = dict(users or {})  # SIP user -> digest password, read by start()
        self.config = workdir / "kamailio.cfg"
        self.log = workdir / "kamailio.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20) -> None:
        lines = "\n".join(f'\t$sht(users=>{user}) = "{password}";' for user, password in self.users.items())
        text = CONFIG.read_text().replace("@PORT@", str(self.port)).replace("@MODULES@", MODULES)
        self.config.write_text(text.replace("@USERS@", lines))
        check = subprocess.run([KAMAILIO, "-c", "-f", str(self.config)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        with self.log.open("ab") as log:
            # -DD: stay in the foreground (children still forked), -E: log to stderr, no pid file in /run
            self.proc = subprocess.Popen(
                [KAMAILIO, "-DD", "-E", "-f", str(self.config), "-m", "32", "-M", "8", "-Y", str(self.workdir)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"kamailio exited {self.proc.returncode}:\n{self.log.read_text()[-4000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)  # polling a port that is not open yet; returns as soon as it is
        self.stop()
        raise AssertionError("kamailio did not open its WebSocket port:\n" + self.log.read_text()[-4000:])

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None
