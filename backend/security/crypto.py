"""Field encryption for phone and ID numbers: AES-256-GCM at rest plus an HMAC blind index.

Ciphertext format: ``v1:`` + urlsafe base64 of (12-byte nonce || ciphertext+tag). The blind
index is HMAC-SHA256 over a normalised value with a per-kind prefix, so equal phone numbers
find each other without the database ever seeing them, and a phone index never matches an ID.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from backend import phones
from backend.settings import get_settings

PREFIX = "v1:"
NONCE_BYTES = 12


class DecryptionError(ValueError):
    """A ciphertext was tampered with or encrypted under another key."""


@lru_cache
def _keys(data_key: str, index_key: str) -> tuple[AESGCM, bytes]:
    # Keys in settings are free-form random strings: derive fixed-length keys from them.
    aes = AESGCM(hashlib.sha256(b"suifang-data:" + data_key.encode()).digest())
    mac = hashlib.sha256(b"suifang-index:" + index_key.encode()).digest()
    return aes, mac


def _current_keys() -> tuple[AESGCM, bytes]:
    security = get_settings().security
    return _keys(security.data_key.get_secret_value(), security.index_key.get_secret_value())


def encrypt(plaintext: str | None) -> str | None:
    """Encrypt a value for storage; None stays None."""
    if plaintext is None or plaintext == "":
        return None
    aes, _ = _current_keys()
    nonce = os.urandom(NONCE_BYTES)
    sealed = aes.encrypt(nonce, plaintext.encode("utf-8"), None)
    return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def decrypt(ciphertext: str | None) -> str | None:
    """Decrypt a stored value; None stays None."""
    if ciphertext is None:
        return None
    if not ciphertext.startswith(PREFIX):
        raise DecryptionError("不是本系统加密的数据")
    aes, _ = _current_keys()
    raw = base64.urlsafe_b64decode(ciphertext[len(PREFIX) :])
    try:
        return aes.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], None).decode("utf-8")
    except InvalidTag as exc:
        raise DecryptionError("密文校验失败（密钥不符或数据被篡改）") from exc


def normalise_phone(value: str) -> str:
    """Digits only, without +86 / 0086: the form phone numbers are indexed in (`backend.phones`)."""
    return phones.index_key(value)


def normalise_id_number(value: str) -> str:
    return value.strip().upper()


def blind_index(kind: str, value: str | None) -> str | None:
    """HMAC of the normalised value; `kind` is ``phone`` or ``id_number``."""
    if not value:
        return None
    normalised = normalise_phone(value) if kind == "phone" else normalise_id_number(value)
    _, mac = _current_keys()
    return hmac.new(mac, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()
