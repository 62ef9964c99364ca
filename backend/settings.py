"""The one typed settings object, fed by environment variables and `.env`.

Every configurable value of the platform lives here; nothing else reads the environment.
Nested groups use a double underscore: ``SECURITY__SECRET_KEY``, ``SMS__ACCESS_KEY_ID``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_MARKERS = ("change-me", "changeme", "placeholder", "example", "secret")
MIN_SECRET_LENGTH = 32


class SecuritySettings(BaseModel):
    """Keys and session policy. Every key is required; `make env` generates random ones."""

    # An error about one key must not print the others (pydantic shows the input it refused).
    model_config = ConfigDict(hide_input_in_errors=True)

    secret_key: SecretStr = Field(description="Signs JWT access tokens (HS256).")
    data_key: SecretStr = Field(description="AES-256-GCM key for phone and ID numbers at rest.")
    index_key: SecretStr = Field(description="HMAC key of the blind index used for exact lookup.")
    access_token_minutes: int = Field(default=15, ge=1, le=60)
    idle_timeout_minutes: int = Field(default=30, ge=1)
    absolute_timeout_hours: int = Field(default=12, ge=1)
    # Wrong passwords (checked, not merely attempted): from one address past max_failed_logins
    # that address waits login_delay_seconds, doubling with each further failure up to
    # lockout_minutes; the account itself locks for lockout_minutes at account_lock_failures in a
    # row from any addresses (等保: 登录失败处理). Neither ends a session already open.
    max_failed_logins: int = Field(default=5, ge=1, description="Wrong passwords from one address before it waits.")
    login_delay_seconds: int = Field(default=60, ge=1, description="First wait of an address; doubles each failure.")
    account_lock_failures: int = Field(default=20, ge=2, description="Wrong passwords in a row that lock the account.")
    lockout_minutes: int = Field(default=15, ge=1, description="Account lock, and the longest wait of an address.")
    cookie_secure: bool = Field(default=False, description="Set the session cookie Secure (HTTPS).")
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    # Each argon2 hash holds 64 MiB while it runs: these bound a login burst's memory.
    hash_concurrency: int = Field(default=2, ge=1, le=64, description="argon2 hashes at once per process.")
    hash_queue: int = Field(default=64, ge=0, description="Logins that may wait for a hashing slot.")
    hash_wait_seconds: float = Field(default=10, gt=0, description="Longest wait for a slot before a 503.")
    # Exact search by a full phone or ID number confirms a guess; each is audited like an unmask
    # and bounded per user, so a masked number cannot be completed by trying candidates.
    exact_search_limit: int = Field(default=20, ge=1, description="Exact phone/ID searches per user per window.")
    exact_search_window_minutes: int = Field(default=10, ge=1, description="The window of exact_search_limit.")
    one_time_password_hours: int = Field(default=24, ge=1, le=72, description="Validity of a reset password.")

    @model_validator(mode="after")
    def _hard_lock_after_the_address_limit(self) -> SecuritySettings:
        if self.account_lock_failures <= self.max_failed_logins:
            raise ValueError(
                "SECURITY__ACCOUNT_LOCK_FAILURES 必须大于 SECURITY__MAX_FAILED_LOGINS"
                "（先限制出错的来源地址，账户锁定在更高的次数）"
            )
        return self


class HisSettings(BaseModel):
    """Where and how often clinical data is pulled from the hospital information system."""

    source: Literal["demo", "sql_view", "hl7", "fhir"] = "demo"
    dsn: SecretStr | None = None
    mapping: str = Field(default="contract", description="SQL mapping in integrations/his/mappings")
    demo_dsn: str = "sqlite:///var/demo_his.sqlite3"
    fhir_base_url: str | None = None
    mllp_port: int = Field(default=2575, ge=1, le=65535)
    lag_alert_minutes: int = Field(default=60, ge=1)
    admin_phone: str | None = None
    pull_interval_minutes: int = Field(default=10, ge=1)
    lookback_minutes: int = Field(default=120, ge=0)
    timezone: str = Field(
        default="Asia/Shanghai",
        description="Time zone of the HIS database's times without a zone (UTC if it writes NOW() in UTC).",
    )
    hl7_inpatient_classes: str = Field(
        default="I",
        pattern=r"^[A-Za-z](,[A-Za-z])*$",
        description="PV1-2 patient classes that are inpatient stays, comma-separated (I; some sites add P, B).",
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"未知时区：{value}（如 Asia/Shanghai、UTC）") from exc
        return value

    @property
    def inpatient_classes(self) -> frozenset[str]:
        return frozenset(c.strip().upper() for c in self.hl7_inpatient_classes.split(","))


class SmsSettings(BaseModel):
    """Aliyun SMS (default) or a carrier's HTTP gateway; `simulator` for demos."""

    provider: Literal["simulator", "aliyun", "http"] = "simulator"
    endpoint: str = "dysmsapi.aliyuncs.com"
    access_key_id: str | None = None
    access_key_secret: SecretStr | None = None
    sign_name: str | None = None
    daily_cap_per_number: int = Field(default=10, ge=1)
    sending_hours: str = Field(default="08:00-21:00", description="Messages leave only within these hours.")
    timeout_seconds: float = Field(default=5, gt=0)
    push_token: SecretStr | None = Field(
        default=None, description="Secret in the receipt/reply push URLs (Aliyun pushes carry no signature)."
    )
    notice_template: str = Field(default="followup_notice", description="SMS template code sent before a call.")
    h5_template: str = Field(default="followup_h5", description="SMS template code carrying the H5 link.")
    h5_link_days: int = Field(default=7, ge=1, le=60, description="How long a questionnaire link stays valid.")
    alert_template: str = Field(default="system_alert", description="SMS template code of administrator alerts.")
    # direct: this node calls the provider; edge: an intranet core that cannot reach the provider
    # queues each message through the exchange and its extranet edge sends it (内外网互通)
    send_via: Literal["direct", "edge"] = "direct"


class DialerSettings(BaseModel):
    """Click-to-call driver and calling hours (checked again at dial time)."""

    driver: Literal["simulator", "ami", "esl", "yeastar"] = "simulator"
    host: str = "127.0.0.1"
    port: int | None = None
    username: str | None = None
    password: SecretStr | None = None
    trunk: str = Field(default="trunk", description="Outbound trunk or gateway name on the PBX.")
    context: str = Field(default="followup-out", description="Asterisk dialplan context for the patient leg.")
    caller_id: str | None = Field(default=None, description="Number shown to patients.")
    local_area_code: str | None = Field(default=None, description="Area code of the hospital, e.g. 0571.")
    calling_hours: str = "09:00-12:00,14:00-20:30"
    daily_attempts_per_patient: int = Field(default=3, ge=1)
    simulator_delay_seconds: float = Field(
        default=1, ge=0, le=60, description="The simulator's steps (ringing, answered) come this far apart."
    )
    simulator_talk_seconds: float = Field(
        default=3, ge=0, le=3600, description="The simulator's answered calls end by themselves after this long."
    )
    recordings_dir: str = "var/recordings"
    recordings_url: str | None = Field(
        default=None, description="Where the PBX publishes its recordings over HTTP, e.g. http://pbx/monitor/."
    )
    runpu_agent_url: str = Field(default="ws://127.0.0.1:12686", description="润普 ccgate agent on the staff PC.")
    simbox_agent_url: str = Field(default="ws://127.0.0.1:8800/", description="SIM-box agent on the staff PC.")
    webhook_token: SecretStr | None = Field(default=None, description="Secret in the PBX event webhook URL.")
    softphone_ws_url: str | None = Field(
        default=None,
        pattern=r"^wss?://[^\s/]+(/[^\s]*)?$",
        description="The PBX's SIP-over-WebSocket address for the browser softphone (网络电话), e.g. wss://pbx:8089/ws.",
    )
    softphone_domain: str | None = Field(
        default=None, description="SIP domain the softphone registers in (the PBX's host name or realm)."
    )
    softphone_ring_seconds: int = Field(default=60, ge=1, le=300, description="Softphone gives up ringing after.")
    softphone_recording_name: str = Field(
        default="{call_id}.wav",
        description="File name the PBX gives a softphone call's recording ({call_id}: the X-Followup-Call-Id header).",
    )

    @field_validator("softphone_recording_name")
    @classmethod
    def _recording_name(cls, value: str) -> str:
        try:
            name = value.format(call_id="x")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError("only {call_id} may be used in the recording name") from exc
        if "{call_id}" not in value or "/" in name:
            raise ValueError("the recording name needs {call_id} and no folder")
        return value


class LlmSettings(BaseModel):
    """Chat models (DeepSeek, Doubao through Ark, any OpenAI-compatible server). Providers are
    configured in 系统管理 → AI 服务; a provider named here is added there once, as a start.
    AI stays off until an administrator turns it on."""

    provider: Literal["none", "deepseek", "doubao", "openai"] = "none"
    base_url: str | None = None
    api_key: SecretStr | None = None
    model: str | None = None
    external: bool = Field(default=True, description="The provider is outside the hospital: de-identify.")
    timeout_seconds: float = Field(default=30, gt=0)
    stream_idle_seconds: float = Field(default=20, gt=0, description="A stream silent this long is stopped.")
    max_retries: int = Field(default=2, ge=0, le=5, description="Retries on 429 / 5xx / connection errors.")
    backoff_seconds: float = Field(default=0.5, ge=0, description="First retry wait; doubles each retry.")


class H5Settings(BaseModel):
    """The mobile pages patients and doctors open from outside the hospital."""

    public_base_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^\s/]+(/[^\s]*)?$",
        description="Address a patient's phone opens H5 links at (https://...); without it no link is sent.",
    )

    wristband_field: Literal["inpatient_no", "visit_id", "patient_id"] = Field(
        default="inpatient_no", description="What a ward pad's wristband code carries: 住院号, 就诊ID or HIS 患者ID."
    )
    wristband_pattern: str = Field(
        default=r"^\s*(\S+)\s*$",
        max_length=200,
        description="Regular expression over the scanned text; its first group is the code (JavaScript syntax too).",
    )

    @field_validator("wristband_pattern")
    @classmethod
    def _one_group(cls, value: str) -> str:
        try:
            groups = re.compile(value).groups
        except re.error as exc:
            raise ValueError(f"腕带编码规则不是有效的正则表达式：{exc}") from exc
        if groups < 1 or "(?P" in value:
            raise ValueError("腕带编码规则需要一个捕获组（不用命名组，平板浏览器与服务器共用此规则）")
        return value

    @property
    def link_base(self) -> str | None:
        return self.public_base_url.rstrip("/") if self.public_base_url else None


class NodeSettings(BaseModel):
    """This installation's place in the intranet/extranet pair (内外网互通).

    `core` runs on the intranet beside the HIS and holds everything; `edge` runs on the extranet,
    serves the patient H5 pages and the provider pushes, and holds only what is waiting to cross.
    """

    role: Literal["core", "edge"] = "core"
    name: str | None = Field(default=None, max_length=32, pattern=r"^[a-z0-9_]+$", description="Defaults to the role.")

    @property
    def node_name(self) -> str:
        return self.name or self.role


class ExchangeSettings(BaseModel):
    """Signed, encrypted, sequence-numbered batches between the core and its edge."""

    model_config = ConfigDict(hide_input_in_errors=True)

    # off | relay (the core connects out to the edge) | file (网闸 copying folders) | database (前置库)
    transport: Literal["off", "relay", "file", "database"] = "off"
    peer: str | None = Field(
        default=None, max_length=32, pattern=r"^[a-z0-9_]+$", description="Defaults to the other role."
    )
    edge_url: str | None = Field(
        default=None, pattern=r"^https?://[^\s]+$", description="relay: the core connects here"
    )
    signing_key: SecretStr | None = None
    encryption_key: SecretStr | None = None
    outbox_dir: str | None = None
    inbox_dir: str | None = None
    database_url: str | None = Field(default=None, description="database: the 前置库 both sides' 网闸 mirrors")
    interval_seconds: float = Field(default=2, gt=0, le=3600)
    poll_seconds: float = Field(default=20, gt=0, le=120)
    resend_seconds: float = Field(default=60, gt=0)
    batch_size: int = Field(default=200, ge=1, le=5000)
    retention_days: int = Field(default=7, ge=1)
    lag_alert_minutes: int = Field(default=30, ge=1)
    forward_timeout_seconds: float = Field(default=30, gt=0, le=120)

    @model_validator(mode="after")
    def _complete(self) -> ExchangeSettings:
        if self.transport == "off":
            return self
        for name in ("signing_key", "encryption_key"):
            value = getattr(self, name)
            if value is None or len(value.get_secret_value()) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"EXCHANGE__{name.upper()} 未配置或太短（至少 {MIN_SECRET_LENGTH} 个字符），两端必须相同"
                )
        if self.transport == "file" and not (self.outbox_dir and self.inbox_dir):
            raise ValueError("文件交换需要 EXCHANGE__OUTBOX_DIR 和 EXCHANGE__INBOX_DIR")
        if self.transport == "database" and not self.database_url:
            raise ValueError("前置库交换需要 EXCHANGE__DATABASE_URL")
        return self


class Settings(BaseSettings):
    """All configuration. Fails fast at start-up on a missing or placeholder secret."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_nested_delimiter="__",
        extra="ignore",
        env_parse_none_str="",
        hide_input_in_errors=True,  # a refused key or DSN is not printed, nor the keys beside it
    )

    # Production unless told otherwise: a missing ENV must not relax the secret checks.
    env: Literal["development", "test", "production"] = "production"
    hospital_name: str = "示范市中医医院"
    hospital_logo: str | None = Field(default=None, description="医院标志图片文件（PNG/SVG），显示在管理端")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    listen_fd: int | None = Field(
        default=None,
        ge=0,
        description="Serve on this inherited, already listening socket instead of HOST:PORT "
        "(systemd socket activation; the tests' servers, so no other process takes their port between "
        "choosing and binding it).",
    )
    database_url: str = "sqlite://var/suifang.sqlite3"
    redis_url: str | None = None
    timezone: str = "Asia/Shanghai"
    seed_demo: bool = Field(default=False, description="Seed the demo hospital on start.")
    security: SecuritySettings
    his: HisSettings = HisSettings()
    sms: SmsSettings = SmsSettings()
    dialer: DialerSettings = DialerSettings()
    llm: LlmSettings = LlmSettings()
    node: NodeSettings = NodeSettings()
    exchange: ExchangeSettings = ExchangeSettings()
    h5: H5Settings = H5Settings()

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        scheme = urlsplit(value).scheme
        if scheme not in ("sqlite", "postgres", "asyncpg", "psycopg", "mysql"):
            raise ValueError(f"DATABASE_URL 必须是 sqlite://、postgres:// 或 mysql:// 开头，而不是 {scheme}://")
        return value

    @field_validator("redis_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _no_demo_data_in_production(self) -> Settings:
        # The demo hospital brings accounts whose password is printed on every start.
        if self.env == "production" and self.seed_demo:
            raise ValueError("生产环境不能载入演示医院（SEED_DEMO=true 只用于开发和演示）")
        return self

    @model_validator(mode="after")
    def _h5_links_a_phone_can_open(self) -> Settings:
        base = self.h5.public_base_url or ""
        host = urlsplit(base).hostname or ""
        if self.env == "production" and (host in ("localhost", "::1") or host.startswith("127.")):
            raise ValueError(f"H5__PUBLIC_BASE_URL 是本机地址（{base}），患者手机无法打开；请填写医院对外的 https 地址")
        return self

    @model_validator(mode="after")
    def _reject_placeholder_secrets(self) -> Settings:
        if self.env == "development":
            return self
        for name in ("secret_key", "data_key", "index_key"):
            value = getattr(self.security, name).get_secret_value()
            lowered = value.lower()
            if len(value) < MIN_SECRET_LENGTH or any(m in lowered for m in PLACEHOLDER_MARKERS):
                raise ValueError(
                    f"SECURITY__{name.upper()} 是占位值或太短（至少 {MIN_SECRET_LENGTH} 个字符）；"
                    "生产环境必须使用随机密钥（make env 可生成）"
                )
        return self

    @model_validator(mode="after")
    def _relay_has_an_edge(self) -> Settings:
        if self.exchange.transport == "relay" and self.node.role == "core" and not self.exchange.edge_url:
            raise ValueError("中继方式下内网节点需要 EXCHANGE__EDGE_URL（外网节点地址）")
        return self

    @model_validator(mode="after")
    def _edge_sending_needs_the_exchange(self) -> Settings:
        if self.sms.send_via == "edge" and self.node.role == "core" and self.exchange.transport == "off":
            raise ValueError("SMS__SEND_VIA=edge（经外网节点发短信）需要启用内外网交换 EXCHANGE__TRANSPORT")
        return self

    @property
    def exchange_peer(self) -> str:
        """The node at the other end of the exchange."""
        return self.exchange.peer or ("edge" if self.node.role == "core" else "core")

    @property
    def dialect(self) -> str:
        """`sqlite`, `postgres` or `mysql`: selects the migration set and SQL flavour."""
        scheme = urlsplit(self.database_url).scheme
        return {"asyncpg": "postgres", "psycopg": "postgres"}.get(scheme, scheme)

    @property
    def is_development(self) -> bool:
        return self.env == "development"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()  # type: ignore[call-arg]  # pydantic-settings fills required fields
