"""Time windows such as calling hours (``09:00-12:00,14:00-20:30``), in Asia/Shanghai."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from backend.clock import SHANGHAI


def parse(spec: str) -> list[tuple[time, time]]:
    """Parse ``HH:MM-HH:MM[,HH:MM-HH:MM...]``; raise ValueError (Chinese) on a bad spec."""
    windows: list[tuple[time, time]] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        try:
            start_text, end_text = part.split("-")
            start, end = time.fromisoformat(start_text.strip()), time.fromisoformat(end_text.strip())
        except ValueError as exc:
            raise ValueError(f"时间段格式错误：{part}（应为 09:00-12:00）") from exc
        if start >= end:
            raise ValueError(f"时间段开始须早于结束：{part}")
        windows.append((start, end))
    if not windows:
        raise ValueError("至少需要一个时间段")
    return sorted(windows)


def within(spec: str, at: datetime) -> bool:
    moment = at.astimezone(SHANGHAI).time()
    return any(start <= moment < end for start, end in parse(spec))


def next_open(spec: str, at: datetime) -> datetime:
    """`at` itself when inside a window, else the start of the next window (maybe tomorrow)."""
    local = at.astimezone(SHANGHAI)
    if within(spec, local):
        return at
    windows = parse(spec)
    for day in range(2):
        date = local.date() + timedelta(days=day)
        for start, _ in windows:
            candidate = datetime.combine(date, start, tzinfo=SHANGHAI)
            if candidate > local:
                return candidate
    raise AssertionError("unreachable: a window always opens within two days")
