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
    """**************1234: only the last 4 characters stay.

    The first digits name the region; with them, a birth date shown beside the mask and the
    checksum, a masked 18-digit number left only a handful of candidates to try against exact
    search. The last 4 are enough to confirm a number a patient reads out.
    """
    if not value:
        return value
    if len(value) <= 8:
        return "*" * len(value)
    return "*" * (len(value) - 4) + value[-4:]
