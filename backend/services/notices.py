"""系统通知: notices the system raises for administrators (HIS sync failures, lag, reconciliation
differences, unknown wards, SMS configuration errors).

Any service may raise one and this module imports no other service, so raising a notice ties no
two services together (sms raises notices; sync raises them and also texts some by SMS).
"""

from __future__ import annotations

from backend.clock import now
from backend.models import Notice


async def raise_notice(kind: str, title: str, body: str, *, key: str, level: str = "warning") -> Notice:
    """Raise an administrator notice once per key (repeats update it instead of piling up)."""
    notice, created = await Notice.get_or_create(
        dedupe_key=key[:128], defaults={"kind": kind, "title": title[:128], "body": body, "level": level}
    )
    if not created:
        notice.title, notice.body, notice.acknowledged_at, notice.resolved_at = title[:128], body, None, None
        await notice.save(update_fields=["title", "body", "acknowledged_at", "resolved_at", "updated_at"])
    return notice


async def raise_once(kind: str, title: str, body: str, *, key: str, level: str = "warning") -> Notice | None:
    """Raise a notice only if none was ever raised under this key (one per unknown code, say):
    a repeat neither reopens what an administrator acknowledged nor updates it. None if it existed."""
    notice, created = await Notice.get_or_create(
        dedupe_key=key[:128], defaults={"kind": kind, "title": title[:128], "body": body, "level": level}
    )
    if not created and notice.resolved_at is not None:  # it came back after recovering: raise it again
        return await raise_notice(kind, title, body, key=key, level=level)
    return notice if created else None


async def resolve(*, key_prefix: str) -> int:
    """The condition behind these open notices has ended: close them, keeping them as history."""
    return await Notice.filter(
        dedupe_key__startswith=key_prefix[:128], resolved_at__isnull=True, acknowledged_at__isnull=True
    ).update(resolved_at=now())
