"""The SMS port: what the engine asks of any SMS sender (Aliyun, a carrier's 106 gateway, ...).

Drivers know nothing of our models. The service layer (`backend/services/sms.py`) owns the
dedupe key: it stores one SmsMessage row per key *before* sending and passes the key as
`out_id`, so a retry after a crash or a timeout can ask the provider whether the key was already
sent (`find_sent`) instead of sending twice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol


class SendVerdict(enum.StrEnum):
    """What the service should do with a send result."""

    SUBMITTED = "submitted"  # accepted; a delivery report will follow
    RETRY_LATER = "retry_later"  # flow control, system error: try again after a back-off
    INVALID_NUMBER = "invalid_number"  # mark the number invalid, never retry this message
    REJECTED = "rejected"  # content/template/parameter problem: fix and resend, no auto-retry
    CONFIG_ERROR = "config_error"  # account, signature, permission, balance: alert the admin
    UNKNOWN = "unknown"  # timeout or transport error: the message MAY have been sent


@dataclass(frozen=True, slots=True)
class SmsSend:
    phone: str  # normalised mainland mobile, 11 digits
    sign_name: str
    template_code: str
    params: dict[str, str]
    out_id: str  # our dedupe key; echoed back in receipts
    up_extend_code: str = ""  # routes replies back (SmsUpExtendCode)
    # The approved template text with `${name}` placeholders. Aliyun renders templates itself and
    # ignores it; a carrier's 106 gateway only takes finished text, so the service passes it too.
    content: str = ""


@dataclass(frozen=True, slots=True)
class SendResult:
    verdict: SendVerdict
    biz_id: str = ""
    code: str = ""  # the provider's code, e.g. "OK", "isv.BUSINESS_LIMIT_CONTROL"
    message: str = ""  # the provider's message (kept for the admin)


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """A delivery receipt (SmsReport push or a QuerySendDetails row)."""

    phone: str
    out_id: str
    biz_id: str
    delivered: bool | None  # None = still waiting for the carrier
    code: str = ""  # e.g. "DELIVERED", "UNDELIV"
    message: str = ""
    reported_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class InboundSms:
    """A patient's reply (SmsUp push)."""

    phone: str
    content: str
    sent_at: datetime | None
    dest_code: str = ""  # the SmsUpExtendCode we sent with
    sequence_id: str = ""  # provider's id; replies are deduplicated by it
    extra: dict[str, str] = field(default_factory=dict)


class SmsQueryError(RuntimeError):
    """`find_sent` got no answer (timeout, provider error).

    Distinct from "not found" (None): a caller that cannot tell whether a timed-out message went
    out must wait and ask again, never resend on this error.
    """


class SmsGateway(Protocol):
    name: str  # "aliyun", "http", "simulator"

    async def send(self, message: SmsSend) -> SendResult:
        """Send one message. Never raises for provider or transport errors: returns a verdict."""

    async def find_sent(self, phone: str, out_id: str, sent_on: date) -> DeliveryReport | None:
        """Whether a message with this out_id was accepted for this phone on that day (for timeouts).

        Raises SmsQueryError when the provider cannot be asked; None means "not sent".
        """

    def parse_reports(self, body: bytes) -> list[DeliveryReport]:
        """Parse a delivery report push (raises ValueError with a reason on a malformed body)."""

    def parse_replies(self, body: bytes) -> list[InboundSms]:
        """Parse an upstream SMS push (raises ValueError with a reason on a malformed body)."""
