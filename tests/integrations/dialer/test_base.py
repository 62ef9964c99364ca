"""classify_hangup: what a clearing cause means for the follow-up outcome."""

from __future__ import annotations

import pytest

from integrations.dialer.base import HangupKind, classify_hangup


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        ("17", HangupKind.BUSY),
        (17, HangupKind.BUSY),
        ("USER_BUSY", HangupKind.BUSY),
        ("CALL_REJECTED", HangupKind.BUSY),
        ("21", HangupKind.BUSY),
        ("18", HangupKind.NO_ANSWER),
        ("19", HangupKind.NO_ANSWER),
        ("NO_ANSWER", HangupKind.NO_ANSWER),
        ("no_user_response", HangupKind.NO_ANSWER),
        ("SUBSCRIBER_ABSENT", HangupKind.NO_ANSWER),
        ("ORIGINATOR_CANCEL", HangupKind.NO_ANSWER),
        ("16", HangupKind.NO_ANSWER),  # normal clearing without an answer: the caller gave up
        ("NORMAL_CLEARING", HangupKind.NO_ANSWER),
        ("1", HangupKind.FAILED),  # unallocated number
        ("UNALLOCATED_NUMBER", HangupKind.FAILED),
        ("34", HangupKind.FAILED),
        ("0", HangupKind.FAILED),
        ("", HangupKind.FAILED),
        ("GATEWAY_DOWN", HangupKind.FAILED),
    ],
)
def test_classify_hangup_of_unanswered_call_maps_cause(cause: str | int, expected: HangupKind) -> None:
    assert classify_hangup(cause, answered=False) is expected


@pytest.mark.parametrize("cause", ["16", "17", "NORMAL_CLEARING", "USER_BUSY", "1", ""])
def test_classify_hangup_of_answered_call_is_completed_whatever_the_cause(cause: str) -> None:
    assert classify_hangup(cause, answered=True) is HangupKind.COMPLETED
