"""The one source of the current time, so that tests can freeze it.

Every datetime in the platform is timezone-aware and shown in Asia/Shanghai.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

_frozen: datetime | None = None


def now() -> datetime:
    """The current time in Asia/Shanghai (or the frozen time inside `frozen_at`)."""
    if _frozen is not None:
        return _frozen
    return datetime.now(SHANGHAI)


def local_text(moment: datetime | None, *, seconds: bool = True) -> str:
    """A moment as staff read it: Shanghai local time, "YYYY-MM-DD HH:MM[:SS]"; "" for none."""
    if moment is None:
        return ""
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def age_on(birth: date, day: date) -> int:
    """Full years from `birth` to `day` (a birthday on `day` counts)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@contextmanager
def frozen_at(moment: datetime) -> Iterator[None]:
    """Freeze `now()` at `moment` (tz-aware) for the duration of the block; tests only."""
    global _frozen
    if moment.tzinfo is None:
        raise ValueError("frozen_at needs a timezone-aware datetime")
    previous, _frozen = _frozen, moment
    try:
        yield
    finally:
        _frozen = previous


def advance(delta: timedelta) -> None:
    """Move a frozen clock forward; tests only."""
    global _frozen
    if _frozen is None:
        raise RuntimeError("advance() needs a frozen clock")
    _frozen = _frozen + delta
