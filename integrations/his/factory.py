"""The HIS source the settings ask for."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from backend.settings import Settings
from integrations.his.sqlview import SqlViewSource


def make_source(settings: Settings) -> Any:
    """The pull source: the demo HIS, a hospital's HIS views by DSN and mapping, or a FHIR server.

    HL7 v2 is pushed to us instead: its MLLP listener runs with the web process (backend.app).
    """
    his = settings.his
    if his.source == "demo":
        from integrations.his.demo import DemoHis

        return DemoHis.at(his.demo_dsn).source()
    if his.source == "sql_view":
        if his.dsn is None:
            raise RuntimeError("HIS__SOURCE=sql_view 需要 HIS__DSN")
        return SqlViewSource(his.dsn.get_secret_value(), mapping=his.mapping, zone=ZoneInfo(his.timezone))
    if his.source == "fhir":
        from integrations.his.fhir import FhirSource

        if not his.fhir_base_url:
            raise RuntimeError("HIS__SOURCE=fhir 需要 HIS__FHIR_BASE_URL")
        return FhirSource(his.fhir_base_url)
    raise RuntimeError(f"HIS__SOURCE={his.source} 不是拉取式数据源")
