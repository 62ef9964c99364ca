"""The configured SMS sender (SMS__PROVIDER), built from settings in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from integrations.sms.base import SmsGateway

if TYPE_CHECKING:
    from backend.settings import SmsSettings


def build_gateway(settings: SmsSettings) -> SmsGateway:
    if settings.provider == "simulator":
        from integrations.sms.simulator import SimulatorSms

        return SimulatorSms()
    if settings.access_key_secret is None or not settings.access_key_id:
        raise ValueError("SMS__ACCESS_KEY_ID 与 SMS__ACCESS_KEY_SECRET 未配置")
    secret = settings.access_key_secret.get_secret_value()
    timeout = settings.timeout_seconds
    if settings.provider == "aliyun":
        from integrations.sms.aliyun import AliyunSms

        protocol, _, host = settings.endpoint.rpartition("://")
        return AliyunSms(
            access_key_id=settings.access_key_id,
            access_key_secret=secret,
            endpoint=host,
            protocol=protocol or "https",
            connect_timeout=min(3.0, timeout),
            read_timeout=timeout,
            max_workers=32,  # as many as the worker's max_jobs, so sends are not queued for a thread
        )
    if settings.provider == "http":
        from integrations.sms.http_gateway import HttpGatewaySms

        base = settings.endpoint.rstrip("/")
        return HttpGatewaySms(
            send_url=f"{base}/send",
            status_url=f"{base}/status",
            account=settings.access_key_id,
            secret=secret,
            connect_timeout=min(3.0, timeout),
            read_timeout=timeout,
        )
    raise ValueError(f"未知的短信通道：{settings.provider}")
