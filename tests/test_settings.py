from __future__ import annotations

import pytest
from pydantic import ValidationError

from backend.settings import Settings

STRONG = {"secret_key": "k" * 40, "data_key": "d" * 40, "index_key": "i" * 40}


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_placeholder_secrets_are_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="SECURITY__SECRET_KEY"):
        _settings(env="production", security={**STRONG, "secret_key": "change-me"})
    with pytest.raises(ValidationError, match="SECURITY__DATA_KEY"):
        _settings(env="production", security={**STRONG, "data_key": "short"})


def test_placeholder_secrets_are_allowed_in_development_only() -> None:
    dev = _settings(env="development", security={k: "change-me" for k in STRONG})
    assert dev.is_development
    prod = _settings(env="production", security=STRONG)
    assert prod.security.secret_key.get_secret_value() == "k" * 40


def test_secrets_have_no_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("SECURITY__SECRET_KEY", "SECURITY__DATA_KEY", "SECURITY__INDEX_KEY"):
        monkeypatch.delenv(key, raising=False)
    with pytest.raises(ValidationError, match="security"):
        _settings()


@pytest.mark.parametrize(
    ("url", "dialect"),
    [
        ("sqlite://var/x.sqlite3", "sqlite"),
        ("postgres://u@h/db", "postgres"),
        ("mysql://u@h/db", "mysql"),
        ("asyncpg://u@h/db", "postgres"),
    ],
)
def test_database_url_selects_the_dialect(url: str, dialect: str) -> None:
    assert _settings(database_url=url, security=STRONG).dialect == dialect


def test_unknown_database_scheme_is_refused_in_chinese() -> None:
    with pytest.raises(ValidationError, match="DATABASE_URL"):
        _settings(database_url="oracle://x", security=STRONG)


def test_nested_groups_come_from_double_underscore_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIALER__CALLING_HOURS", "08:00-11:30")
    monkeypatch.setenv("SMS__PROVIDER", "aliyun")
    monkeypatch.setenv("DIALER__PORT", "")
    settings = _settings(security=STRONG)
    assert settings.dialer.calling_hours == "08:00-11:30"
    assert settings.sms.provider == "aliyun"
    assert settings.dialer.port is None


def test_env_example_lists_every_setting() -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / ".env.example"
    keys = {
        line.split("=", 1)[0]
        for line in example.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    expected = set()
    for name, field in Settings.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
            expected |= {f"{name.upper()}__{sub.upper()}" for sub in annotation.model_fields}
        else:
            expected.add(name.upper())
    assert expected == keys


def test_production_refuses_to_seed_the_demo_hospital() -> None:
    """Before, ENV=production with SEED_DEMO=true seeded 11 accounts on a public password."""
    with pytest.raises(ValidationError, match="生产环境不能载入演示医院"):
        _settings(env="production", seed_demo=True, security=STRONG)
    assert _settings(env="development", seed_demo=True, security=STRONG).seed_demo


def test_a_loopback_h5_address_is_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="H5__PUBLIC_BASE_URL"):
        _settings(env="production", security=STRONG, h5={"public_base_url": "http://127.0.0.1:8000"})
    with pytest.raises(ValidationError, match="public_base_url"):
        _settings(env="development", security=STRONG, h5={"public_base_url": "sf.example.cn/h5"})
    ok = _settings(env="production", security=STRONG, h5={"public_base_url": "https://sf.example.cn/"})
    assert ok.h5.link_base == "https://sf.example.cn"


def test_a_refused_key_prints_no_other_key() -> None:
    good = {
        "secret_key": "change-me",
        "data_key": "D4t4-" + "x" * 30 + "TAIL1",
        "index_key": "Ind3x-" + "y" * 30 + "TAIL2",
    }
    with pytest.raises(ValidationError, match="SECURITY__SECRET_KEY") as refused:
        _settings(env="production", security=good)
    printed = str(refused.value)
    assert "TAIL1" not in printed and "TAIL2" not in printed and "change-me" not in printed


def test_the_address_limit_comes_before_the_account_lock() -> None:
    with pytest.raises(ValidationError, match="SECURITY__ACCOUNT_LOCK_FAILURES"):
        _settings(security={**STRONG, "max_failed_logins": 5, "account_lock_failures": 5})


def test_sms_through_the_edge_needs_the_exchange() -> None:
    with pytest.raises(ValidationError, match="SMS__SEND_VIA=edge"):
        _settings(sms={"send_via": "edge"})
    keys = {"signing_key": "s" * 40, "encryption_key": "e" * 40}
    on = _settings(
        sms={"send_via": "edge"}, exchange={"transport": "file", "outbox_dir": "a", "inbox_dir": "b", **keys}
    )
    assert on.sms.send_via == "edge" and _settings().sms.send_via == "direct"
