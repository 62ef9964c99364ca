from __future__ import annotations

import pytest

from backend.security.masking import mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13812341234", "138****1234"),
        ("07715551234", "077****1234"),
        ("5551234", "***1234"),
        ("123", "***"),
        (None, None),
        ("", ""),
    ],
)
def test_mask_phone(value: str | None, masked: str | None) -> None:
    assert mask_phone(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("450421196003081234", "**************1234"),
        ("45042119600308123X", "**************123X"),
        ("450104600308123", "***********8123"),
        ("1234", "****"),
    ],
)
def test_mask_id_number(value: str, masked: str) -> None:
    assert mask_id_number(value) == masked
