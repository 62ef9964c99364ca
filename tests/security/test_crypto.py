from __future__ import annotations

import pytest

from backend.security.crypto import DecryptionError, blind_index, decrypt, encrypt, normalise_phone


def test_encrypt_round_trips_and_never_repeats_a_ciphertext() -> None:
    first, second = encrypt("13812345678"), encrypt("13812345678")
    assert first != second and first is not None and first.startswith("v1:")
    assert "13812345678" not in first
    assert decrypt(first) == decrypt(second) == "13812345678"


def test_none_and_empty_stay_empty() -> None:
    assert encrypt(None) is None and encrypt("") is None and decrypt(None) is None


def test_tampered_ciphertext_is_refused() -> None:
    sealed = encrypt("450104196003081230")
    assert sealed is not None
    tampered = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(DecryptionError):
        decrypt(tampered)
    with pytest.raises(DecryptionError):
        decrypt("plaintext")


def test_blind_index_normalises_and_separates_kinds() -> None:
    assert blind_index("phone", "+86 138-1234-5678") == blind_index("phone", "13812345678")
    assert blind_index("id_number", "45010419600308123x") == blind_index("id_number", "45010419600308123X")
    assert blind_index("phone", "13812345678") != blind_index("id_number", "13812345678")
    assert blind_index("phone", None) is None


@pytest.mark.parametrize(("raw", "expected"), [("008613812345678", "13812345678"), ("0771-5551234", "07715551234")])
def test_normalise_phone(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected
