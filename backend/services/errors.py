"""Domain exceptions. They are mapped to HTTP in one place (`backend.web.errors`)."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain was broken; `message` is shown to the user (Chinese)."""

    status_code = 400
    code = "domain_error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class AuthenticationFailed(DomainError):
    status_code = 401
    code = "authentication_failed"


class AccountLocked(DomainError):
    status_code = 423
    code = "account_locked"


class PermissionDenied(DomainError):
    status_code = 403
    code = "permission_denied"


class PasswordChangeRequired(PermissionDenied):
    """The password was set by someone else (a reset, a new account): nothing but changing it."""

    code = "password_change_required"


class NotFound(DomainError):
    status_code = 404
    code = "not_found"


class Conflict(DomainError):
    status_code = 409
    code = "conflict"


class InvalidInput(DomainError):
    status_code = 422
    code = "invalid_input"


class RateLimited(DomainError):
    """The caller did this too often within the window; `retry_after` seconds until a slot frees."""

    status_code = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int = 60) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServiceBusy(DomainError):
    """Too much work queued right now (e.g. a login burst); the client should retry shortly."""

    status_code = 503
    code = "service_busy"

    def __init__(self, message: str, *, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after
