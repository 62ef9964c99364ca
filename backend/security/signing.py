"""Signed, expiring tokens for links that work without a login.

Used for the recording upload URL handed to a desk agent and for the H5 questionnaire link sent
to a patient. A token names its purpose and one subject id, so a recording token can never open a
questionnaire. It carries no personal data: the subject is an opaque id.

Format: ``<subject>.<expires unix>.<base64url HMAC-SHA256>``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime

from backend.settings import get_settings


class BadToken(ValueError):
    """The token is malformed, forged, for another purpose, or expired (message in Chinese)."""


def same(given: str, expected: str) -> bool:
    """Constant-time equality of a token from a URL with the expected one.

    `hmac.compare_digest` raises TypeError on non-ASCII text, so a forged token with one Chinese
    character would be a server error instead of a refusal: compare the UTF-8 bytes.
    """
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


def _mac(purpose: str, subject: str, expires: int) -> str:
    key = get_settings().security.secret_key.get_secret_value().encode()
    digest = hmac.new(key, f"{purpose}\n{subject}\n{expires}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sign(purpose: str, subject: str, expires_at: datetime) -> str:
    if "." in subject:
        raise ValueError("subject may not contain '.'")
    expires = int(expires_at.timestamp())
    return f"{subject}.{expires}.{_mac(purpose, subject, expires)}"


def verify(purpose: str, token: str, *, at: datetime) -> str:
    """Return the subject of a valid token; raise BadToken otherwise."""
    parts = token.split(".")
    # isdigit() alone admits '²' and other Unicode digits that int() refuses.
    if len(parts) != 3 or not (parts[1].isascii() and parts[1].isdigit()):
        raise BadToken("链接无效")
    subject, expires_text, mac = parts
    if not same(mac, _mac(purpose, subject, int(expires_text))):
        raise BadToken("链接无效")
    if int(expires_text) < at.timestamp():
        raise BadToken("链接已过期")
    return subject


# Short form for links inside an SMS: Aliyun limits a template variable to 35 characters, so the
# subject (an integer id) and the expiry are base36 and the MAC is cut to 96 bits, which is plenty
# for a link that expires within days and is checked on every use.
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _b36(number: int) -> str:
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = _B36[digit] + text
        if not number:
            return text


def sign_short(purpose: str, subject: int, expires_at: datetime) -> str:
    expires = int(expires_at.timestamp())
    head = f"{_b36(subject)}.{_b36(expires)}"
    return f"{head}.{_mac(purpose, head, expires)[:16]}"


def verify_short(purpose: str, token: str, *, at: datetime) -> int:
    """Return the integer subject of a valid short token; raise BadToken otherwise."""
    parts = token.split(".")
    if len(parts) != 3 or not (parts[0] + parts[1]).isascii():
        raise BadToken("链接无效")  # int() would read Arabic-Indic and other Unicode digits
    try:
        subject, expires = int(parts[0], 36), int(parts[1], 36)
    except ValueError as exc:
        raise BadToken("链接无效") from exc
    if not same(parts[2], _mac(purpose, f"{parts[0]}.{parts[1]}", expires)[:16]):
        raise BadToken("链接无效")
    if expires < at.timestamp():
        raise BadToken("链接已过期")
    return subject
