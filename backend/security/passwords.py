"""Password hashing (argon2id) and the password policy.

Each argon2 computation holds 64 MiB for its ~100 ms, so a burst of logins would take the web
process's memory up by 64 MiB per login at once. The async entry points therefore pass a gate
that lets SECURITY__HASH_CONCURRENCY computations run at a time; the others queue, and a
login that would queue behind too many, or too long, is refused with a 503 in Chinese. The
hash parameters themselves stay as they are.
"""

from __future__ import annotations

import asyncio
import collections
import re
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TypeVar

import anyio
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from backend.services.errors import ServiceBusy
from backend.settings import get_settings

T = TypeVar("T")

MIN_LENGTH = 8
MAX_LENGTH = 128
_hasher = PasswordHasher()

# A fixed hash to verify against when the user does not exist, so that a missing account
# costs the same time as a wrong password and usernames cannot be probed by timing.
_DUMMY_HASH = _hasher.hash("dummy-password-for-timing")


class HashMeter:
    """How many argon2 computations run in this process right now, and the most at once.

    Counted inside the hashing functions themselves (any thread), so tests and the login-burst
    bench observe the real hashing path rather than the gate's own bookkeeping.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.running = 0
        self.peak = 0
        self.total = 0

    def reset(self) -> None:
        with self._lock:
            self.peak = self.running
            self.total = 0

    def __enter__(self) -> None:
        with self._lock:
            self.running += 1
            self.total += 1
            self.peak = max(self.peak, self.running)

    def __exit__(self, *_: object) -> None:
        with self._lock:
            self.running -= 1


meter = HashMeter()


def hash_password(password: str) -> str:
    with meter:
        return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    with meter:
        try:
            return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
        except (VerificationError, InvalidHashError):
            return False


BUSY_MESSAGE = "当前登录人数较多，请稍后再试"


class HashGate:
    """At most `concurrency` hashes at once in this process; at most `queue` callers waiting
    (first come, first served), each for at most `wait_seconds`.

    A finishing hash hands its slot straight to the first waiter. The gate belongs to one event
    loop and starts afresh when first used from another (a test run opens several; a web
    process has one).
    """

    def __init__(self, concurrency: int, queue: int, wait_seconds: float) -> None:
        self.concurrency = concurrency
        self.queue = queue
        self.wait_seconds = wait_seconds
        self.running = 0
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def _bind(self) -> asyncio.AbstractEventLoop:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._loop, self.running = loop, 0
            self._waiters.clear()
            self._changed = asyncio.Event()
        return loop

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    def _release(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the slot passes on; `running` stays the same
                self._notify()
                return
        self.running -= 1

    async def until_waiting(self, count: int) -> None:
        """Return once `count` callers are queued (a test hook: no polling, no sleeping)."""
        self._bind()
        while self.waiting < count:
            assert self._changed is not None
            await self._changed.wait()

    def _busy(self) -> ServiceBusy:
        return ServiceBusy(BUSY_MESSAGE, retry_after=max(1, round(self.wait_seconds)))

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one hashing slot; raises ServiceBusy when the queue is full or the wait too long."""
        loop = self._bind()
        if self.running < self.concurrency and not self._waiters:
            self.running += 1
        else:
            if self.waiting >= self.queue:
                raise self._busy()
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            self._notify()
            try:
                async with asyncio.timeout(self.wait_seconds):
                    await waiter
            except BaseException as exc:  # timed out or cancelled
                if waiter.done() and not waiter.cancelled():
                    self._release()  # handed a slot just as we gave up: pass it on
                else:
                    waiter.cancel()
                    if waiter in self._waiters:
                        self._waiters.remove(waiter)
                self._notify()
                if isinstance(exc, TimeoutError):
                    raise self._busy() from None
                raise
        try:
            yield
        finally:
            self._release()

    async def run(self, func: Callable[..., T], *args: object) -> T:
        """`func(*args)` in a worker thread once a slot is free (argon2 takes ~100 ms of CPU)."""
        async with self.slot():
            # Not abandoned on cancellation: the slot stays held until the hash really ends.
            return await anyio.to_thread.run_sync(func, *args)


_gate: HashGate | None = None


def gate() -> HashGate:
    global _gate
    if _gate is None:
        security = get_settings().security
        _gate = HashGate(security.hash_concurrency, security.hash_queue, security.hash_wait_seconds)
    return _gate


async def hash_password_async(password: str) -> str:
    """hash_password off the event loop, within the process's hashing bound."""
    return await gate().run(hash_password, password)


async def verify_password_async(password_hash: str | None, password: str) -> bool:
    """verify_password off the event loop, within the process's hashing bound."""
    return await gate().run(verify_password, password_hash, password)


def policy_violation(password: str, username: str = "") -> str | None:
    """The Chinese reason a password is not acceptable, or None when it is."""
    if len(password) < MIN_LENGTH:
        return f"密码至少 {MIN_LENGTH} 位"
    if len(password) > MAX_LENGTH:
        return f"密码不能超过 {MAX_LENGTH} 位"
    classes = sum(bool(re.search(pattern, password)) for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^a-zA-Z0-9]"))
    if classes < 3:
        return "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类"
    if username and username.lower() in password.lower():
        return "密码不能包含登录名"
    return None
