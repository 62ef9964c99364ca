from __future__ import annotations

import pytest

from backend.security.passwords import hash_password, policy_violation, verify_password


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("Ab1!", "至少 8 位"),
        ("abcdefgh", "三类"),
        ("abcd1234", "三类"),
        ("ABCD1234", "三类"),
        ("Zhang#2026", "登录名"),
        ("x" * 129, "不能超过"),
    ],
)
def test_policy_rejects_with_a_chinese_reason(password: str, reason: str) -> None:
    violation = policy_violation(password, "zhang")
    assert violation is not None and reason in violation


@pytest.mark.parametrize("password", ["Abcdefg1", "abcdef1!", "ABCDEF1!", "随访Abc123"])
def test_policy_accepts_three_of_four_classes(password: str) -> None:
    assert policy_violation(password, "zhang") is None


def test_hash_is_argon2id_and_verifies() -> None:
    hashed = hash_password("Abcdefg1")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "Abcdefg1")
    assert not verify_password(hashed, "Abcdefg2")
    assert not verify_password(None, "Abcdefg1")
    assert not verify_password("not-a-hash", "Abcdefg1")
