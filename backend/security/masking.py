"""Masking of phone and ID numbers for lists, exports and logs."""

from __future__ import annotations


def mask_phone(value: str | None) -> str | None:
    """138****1234; short landlines keep their last 4 digits only."""
    if not value:
        return value
    if len(value) >= 11:
        return value[:3] + "*" * (len(value) - 7) + value[-4:]
    if len(value) > 4:
        return "*" * (len(value) - 4) + value[-4:]
    return "*" * len(value)


def mask_id_number(value: str | None) -> str | None:
    """4504**********1234: the first 4 and last 4 characters stay."""
    if not value:
        return value
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]
