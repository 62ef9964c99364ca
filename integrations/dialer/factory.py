"""The configured server-side dialer (DIALER__DRIVER), built from settings in one place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from integrations.dialer.base import Dialer

if TYPE_CHECKING:
    from backend.settings import DialerSettings


def _secret(settings: DialerSettings) -> str:
    if settings.password is None:
        raise ValueError(f"DIALER__PASSWORD 未配置（{settings.driver} 驱动需要）")
    return settings.password.get_secret_value()


def build_dialer(settings: DialerSettings, *, clock: Callable[[], datetime]) -> Dialer:
    """`clock` stamps events that carry no time of their own (the platform's frozen-able now)."""
    if settings.driver == "simulator":
        from integrations.dialer.simulator import SimulatorDialer

        return SimulatorDialer(
            clock=clock, delay_seconds=settings.simulator_delay_seconds, talk_seconds=settings.simulator_talk_seconds
        )
    if settings.driver == "ami":
        from integrations.dialer.ami import AmiDialer

        return AmiDialer(
            host=settings.host,
            port=settings.port or 5038,
            username=settings.username or "",
            secret=_secret(settings),
            channel_template="PJSIP/{extension}",
            context=settings.context,
            caller_id=settings.caller_id or "",
            clock=clock,
        )
    if settings.driver == "esl":
        from integrations.dialer.esl import EslDialer

        return EslDialer(
            host=settings.host,
            port=settings.port or 8021,
            password=_secret(settings),
            gateway=settings.trunk,
            caller_id=settings.caller_id or "",
            clock=clock,
        )
    if settings.driver == "yeastar":
        from integrations.dialer.yeastar import YeastarDialer

        port = f":{settings.port}" if settings.port else ""
        # DIALER__HOST may carry the scheme (http://… for a PBX without TLS); https by default
        base = settings.host if "://" in settings.host else f"https://{settings.host}"
        return YeastarDialer(
            base_url=f"{base}{port}",
            client_id=settings.username or "",
            client_secret=_secret(settings),
            clock=clock,
        )
    raise ValueError(f"未知的拨号驱动：{settings.driver}")
