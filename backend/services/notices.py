"""系统通知: notices the system raises for administrators (HIS sync failures, lag, reconciliation
differences, unknown wards, SMS configuration errors).

Any service may raise one and this module imports no other service, so raising a notice ties no
two services together (sms raises notices; sync raises them and also texts some by SMS).
"""

from __future__ import annotations

from backend.models import Notice


async def raise_notice(kind: str, title: str, body: str, *, key: str, level: str = "warning") -> Notice:
    """Raise an administrator notice once per key (repeats update it instead of piling up)."""
    notice, created = await Notice.get_or_create(
        dedupe_key=key[:128], defaults={"kind": kind, "title": title[:128], "body": body, "level": level}
    )
    if not created:
        notice.title, notice.body, notice.acknowledged_at = title[:128], body, None
        await notice.save(update_fields=["title", "body", "acknowledged_at", "updated_at"])
    return notice
