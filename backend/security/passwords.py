"""Password hashing (argon2id) and the password policy."""

from __future__ import annotations

import re

import anyio
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
MAX_LENGTH = 128
_hasher = PasswordHasher()

# A fixed hash to verify against when the user does not exist, so that a missing account
# costs the same time as a wrong password and usernames cannot be probed by timing.
_DUMMY_HASH = _hasher.hash("dummy-password-for-timing")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


async def hash_password_async(password: str) -> str:
    """hash_password off the event loop: argon2 takes ~100 ms of CPU by design."""
    return await anyio.to_thread.run_sync(hash_password, password)


async def verify_password_async(password_hash: str | None, password: str) -> bool:
    """verify_password off the event loop, so a burst of logins does not stall other requests."""
    return await anyio.to_thread.run_sync(verify_password, password_hash, password)


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
