"""The HIS source the settings ask for."""

from __future__ import annotations

from backend.settings import Settings
from integrations.his.sqlview import SqlViewSource


def make_source(settings: Settings) -> SqlViewSource:
    """The pull source: the demo HIS, or a hospital's HIS views by DSN and mapping.

    HL7 v2 (a listener) and FHIR (pull) sources are started separately; see backend.jobs.
    """
    his = settings.his
    if his.source == "demo":
        from integrations.his.demo import DemoHis

        return DemoHis.at(his.demo_dsn).source()
    if his.source == "sql_view":
        if his.dsn is None:
            raise RuntimeError("HIS__SOURCE=sql_view 需要 HIS__DSN")
        return SqlViewSource(his.dsn.get_secret_value(), mapping=his.mapping)
    raise RuntimeError(f"HIS__SOURCE={his.source} 不是拉取式数据源")
