"""SQL-view adapter: reads our view contract (接口规范, docs/his-interface-spec.md) from a HIS
database, either as real views the HIS vendor created (V_FU_*) or through per-vendor mapping SQL
that selects the same columns from the vendor's own tables (卫宁, 东华, 中联 examples ship in
`mappings/`).

Incremental by an update-time watermark: each pull reads rows with update_time in
[since, until); the caller moves `since` back by a look-back window so late-committed rows are not
missed (replays are harmless: intake is idempotent).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from sqlalchemy import text as sql
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from backend.clock import SHANGHAI
from backend.models.choices import DiagnosisKind
from integrations.his import normalise
from integrations.his.base import (
    Batch,
    ContactRecord,
    DiagnosisRecord,
    DischargeSummaryRecord,
    ExamReportRecord,
    FrontPageRecord,
    LabReportRecord,
    LabResultRecord,
    PatientRecord,
    Rejected,
    Skipped,
    VisitRecord,
)
from integrations.his.normalise import NormaliseError

log = logging.getLogger(__name__)
MAPPINGS = Path(__file__).resolve().parent / "mappings"
ENTITIES = ("patient", "visit", "diagnosis", "lab_report", "lab_result", "discharge_summary", "front_page", "exam")
# Views a mapping may leave out (the 检查报告 view came later: older mappings have none).
OPTIONAL = frozenset({"exam"})
QUERIES = (*ENTITIES, "discharge_counts")

# diag_type codes of the contract (WS 445 style): western, TCM disease, TCM syndrome.
DIAG_KINDS = {
    "western": DiagnosisKind.WESTERN,
    "tcm_disease": DiagnosisKind.TCM_DISEASE,
    "tcm_syndrome": DiagnosisKind.TCM_SYNDROME,
}


# quarantine entity -> the contract entity whose row it holds
_ROW_ENTITY = {"lab": "lab_report", "summary": "discharge_summary"}


def entity_of(quarantined: str) -> str:
    return _ROW_ENTITY.get(quarantined, quarantined)


class SqlViewError(RuntimeError):
    """The HIS database could not be read (connection, permission, SQL); transient for the job."""


# FreeTDS from Debian (tdsodbc) unless the DSN names another ODBC driver (e.g. ODBC Driver 18 for SQL Server);
# UTF-8 so that NVARCHAR names with rare characters arrive whole.
MSSQL_DEFAULTS = {"driver": "FreeTDS", "ClientCharset": "UTF-8"}
CONNECT_TIMEOUT = 10  # seconds to log in before a pull counts as failed


def async_url(dsn: str) -> str:
    """SQLAlchemy async URL for a HIS DSN: postgres://, mysql://, sqlite:///, mssql:// (SQL Server through
    unixODBC, aioodbc), oracle:// (python-oracledb thin mode: no Oracle client needed), or a full
    SQLAlchemy URL given as it is."""
    for plain, driver in (
        ("postgres://", "postgresql+asyncpg://"),
        ("postgresql://", "postgresql+asyncpg://"),
        ("mysql://", "mysql+asyncmy://"),
        ("sqlite:///", "sqlite+aiosqlite:///"),
        ("mssql://", "mssql+aioodbc://"),
        ("sqlserver://", "mssql+aioodbc://"),
        ("oracle://", "oracle+oracledb://"),
    ):
        if dsn.startswith(plain):
            url = driver + dsn[len(plain) :]
            if driver.startswith("mssql"):
                given = {k.lower() for k in parse_qs(urlsplit(url).query)}
                extra = {k: v for k, v in MSSQL_DEFAULTS.items() if k.lower() not in given}
                if extra:
                    url += ("&" if "?" in url else "?") + urlencode(extra)
            return url
    return dsn


def _engine(url: str) -> AsyncEngine:
    """An engine whose connection attempt gives up after CONNECT_TIMEOUT, whatever the driver."""
    timeout: dict[str, dict[str, Any]] = {  # by the drivers async_url chooses; other URLs as they are
        "mssql+aioodbc": {"timeout": CONNECT_TIMEOUT},  # pyodbc: the ODBC login timeout
        "oracle+oracledb": {"tcp_connect_timeout": CONNECT_TIMEOUT},
        "postgresql+asyncpg": {"timeout": CONNECT_TIMEOUT},
        "mysql+asyncmy": {"connect_timeout": CONNECT_TIMEOUT},
    }
    return create_async_engine(url, pool_pre_ping=True, connect_args=timeout.get(url.split(":")[0], {}))


@dataclass(frozen=True)
class Mapping:
    """One SELECT per contract entity, each taking :since and :until (and returning contract columns)."""

    name: str
    queries: dict[str, str]
    text_times: bool = False  # the schema stores times as local text, so parameters are text too

    @classmethod
    def load(cls, name: str) -> Mapping:
        """Read `mappings/<name>.sql`: sections start with a line `-- entity: <entity>`."""
        text = (MAPPINGS / f"{name}.sql").read_text(encoding="utf-8")
        queries: dict[str, str] = {}
        current = None
        lines: list[str] = []
        for line in text.splitlines():
            match = re.match(r"--\s*entity:\s*(\w+)", line)
            if match:
                if current:
                    queries[current] = "\n".join(lines).strip().rstrip(";")
                current, lines = match.group(1), []
            elif current:
                lines.append(line)
        if current:
            queries[current] = "\n".join(lines).strip().rstrip(";")
        text_times = bool(re.search(r"--\s*params:\s*text", text))
        missing = [e for e in QUERIES if e not in queries and e not in OPTIONAL]
        if missing:
            raise ValueError(f"映射 {name} 缺少：{', '.join(missing)}")
        return cls(name, queries, text_times)


class SqlViewSource:
    """A HisSource over a HIS database given by DSN and a mapping."""

    def __init__(
        self,
        dsn: str,
        mapping: str = "contract",
        *,
        name: str = "sql_view",
        engine: AsyncEngine | None = None,
        zone: tzinfo = SHANGHAI,
    ) -> None:
        self.name = name
        self.mapping = Mapping.load(mapping)
        self.engine = engine or _engine(async_url(dsn))
        # The HIS database's own time zone (HIS__TIMEZONE): its columns hold wall-clock times in it.
        self.zone = zone

    async def close(self) -> None:
        await self.engine.dispose()

    async def _read(
        self, entities: tuple[str, ...], since: datetime, until: datetime
    ) -> dict[str, list[dict[str, Any]]]:
        """All entities in one read-only transaction, so a visit and its diagnoses come from the
        same moment (REPEATABLE READ where the database has it)."""
        params = {"since": self._param(since), "until": self._param(until)}
        rows: dict[str, list[dict[str, Any]]] = {}
        entity = entities[0]
        try:
            async with self.engine.connect() as conn:
                if self.engine.dialect.name in ("postgresql", "mysql"):
                    conn = await conn.execution_options(isolation_level="REPEATABLE READ")
                async with conn.begin():
                    if self.engine.dialect.name == "oracle":  # every query sees the transaction's start
                        await conn.execute(sql("SET TRANSACTION READ ONLY"))
                    for entity in entities:
                        result = await conn.execute(sql(self.mapping.queries[entity]), params)
                        names = [k.lower() for k in result.keys()]  # noqa: SIM118 - once per query, not per row
                        rows[entity] = [dict(zip(names, row, strict=True)) for row in result]
        except Exception as exc:  # any driver error: the pull fails and is retried later
            raise SqlViewError(f"读取 HIS 视图失败（{entity}）：{type(exc).__name__}: {str(exc)[:200]}") from exc
        return rows

    async def discharge_counts(self, since: datetime, until: datetime) -> dict[str, int]:
        """Discharges per department code in [since, until), for the daily reconciliation."""
        rows = (await self._read(("discharge_counts",), since, until))["discharge_counts"]
        return {normalise.text(r["dept_code"]): int(r["discharges"]) for r in rows}

    @property
    def can_reconcile(self) -> bool:
        """Whether the mapping has a real discharge-count query (the worked examples may not)."""
        return "1 = 0" not in self.mapping.queries["discharge_counts"]

    async def fetch(self, since: datetime, until: datetime) -> Batch:
        rows = await self._read(tuple(e for e in ENTITIES if e not in OPTIONAL), since, until)
        for entity in OPTIONAL & set(self.mapping.queries):
            try:  # a view added to the contract later: a HIS built to the earlier spec has none
                rows |= await self._read((entity,), since, until)
            except SqlViewError as exc:
                log.warning("optional HIS view not read (%s): %s", entity, exc)
        return map_rows(rows, self.zone)

    async def newest_after(self, moment: datetime) -> datetime | None:
        """The newest update time later than `moment` (None if none): a pull reads up to now, so
        rows stamped in the future (a HIS clock or time zone ahead of ours) are otherwise unseen."""
        entities = ("patient", "visit", "lab_report")
        rows = await self._read(entities, moment, moment + timedelta(days=366))
        stamps = [normalise.moment(r.get("update_time"), zone=self.zone) for e in entities for r in rows[e]]
        return max((s for s in stamps if s is not None), default=None)

    def remap(self, entity: str, payload: dict[str, Any]) -> Batch:
        """Map one quarantined raw row again (after the mapping or the dictionaries were fixed),
        with the child rows (diagnoses, lab results) it was quarantined with."""
        if "row" not in payload:
            return Batch()
        return map_rows({entity_of(entity): [payload["row"]], **payload.get("children", {})}, self.zone)

    def _param(self, value: datetime) -> Any:
        local = value.astimezone(self.zone).replace(tzinfo=None)
        if self.mapping.text_times:
            # Full precision: "12:00:00" < "12:00:00.5", so a row written this second is read.
            return local.isoformat(sep=" ", timespec="microseconds")
        # HIS times are wall-clock times of the HIS's zone in columns without one (the interface spec).
        return local


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A JSON-safe copy of a raw row for the quarantine."""
    return {
        k: (v.isoformat() if hasattr(v, "isoformat") else float(v) if isinstance(v, Decimal) else v)
        for k, v in row.items()
    }


def _watermark(batch: Batch, value: Any, zone: tzinfo) -> None:
    stamp = normalise.moment(value, zone=zone)
    if stamp and (batch.watermark is None or stamp > batch.watermark):
        batch.watermark = stamp


# The HIS keys of a contract row, to name a repeated one by.
_ROW_KEYS = {
    "patient": ("patient_id",),
    "visit": ("visit_id",),
    "diagnosis": ("visit_id", "diag_type", "diag_seq"),
    "lab_report": ("report_id",),
    "lab_result": ("report_id", "item_seq"),
    "discharge_summary": ("visit_id",),
    "front_page": ("visit_id", "field_code"),
    "exam": ("report_id",),
}


def _without_repeats(rows: dict[str, list[dict[str, Any]]], batch: Batch) -> dict[str, list[dict[str, Any]]]:
    """The rows once each: a view joined once too often (contacts, a second ward) repeats whole
    rows. A repeat is counted as skipped with its HIS keys, so the run accounts for every row read;
    two different rows under one key are not repeats and go on to intake (which keeps one or
    quarantines both, by entity)."""
    kept: dict[str, list[dict[str, Any]]] = {}
    for entity, entity_rows in rows.items():
        seen: set[tuple[tuple[str, str], ...]] = set()
        kept[entity] = []
        for row in entity_rows:
            fingerprint = tuple(sorted((k, repr(v)) for k, v in row.items()))
            if fingerprint in seen:
                key = "/".join(normalise.text(row.get(k)) for k in _ROW_KEYS.get(entity, ()))
                batch.skipped.append(Skipped(entity, key, "视图返回了完全相同的重复行（只取一行）"))
                continue
            seen.add(fingerprint)
            kept[entity].append(row)
    return kept


def map_rows(rows: dict[str, list[dict[str, Any]]], zone: tzinfo = SHANGHAI) -> Batch:
    """Contract rows to canonical records; each row that cannot be read becomes a Rejected.
    Times without a zone are read in `zone`, the HIS database's."""
    batch = Batch()
    moment = partial(normalise.moment, zone=zone)
    rows = _without_repeats(rows, batch)
    diagnoses: dict[str, list[DiagnosisRecord]] = defaultdict(list)
    for row in rows.get("diagnosis", []):
        try:
            kind = DIAG_KINDS.get(normalise.text(row["diag_type"]))
            if kind is None:
                continue  # admission or outpatient diagnoses are not follow-up data
            name = normalise.text(row["diag_name"])
            if not name:
                raise NormaliseError("诊断名称为空")
            seq = int(row["diag_seq"] or 1)
            diagnoses[normalise.compound_id(row["visit_id"])].append(
                DiagnosisRecord(
                    kind=kind, seq=seq, code=normalise.text(row.get("icd10_code")), name=name, is_main=seq == 1
                )
            )
        except (NormaliseError, ValueError, KeyError) as exc:
            batch.rejected.append(Rejected("diagnosis", str(row.get("visit_id")), str(exc), {"row": _plain(row)}))
    for row in rows.get("patient", []):
        try:
            his_id = normalise.compound_id(row["patient_id"])
            name = normalise.text(row["name"])
            if not name:
                raise NormaliseError("姓名为空")
            contact_phone = normalise.phone(row.get("contact_phone"))
            batch.patients.append(
                PatientRecord(
                    his_id=his_id,
                    name=name,
                    gender=normalise.gender(row.get("sex_code")),
                    birth_date=normalise.birth_date(row.get("birth_date")),
                    id_number=normalise.id_number(row.get("id_card_no")),
                    phone=normalise.phone(row.get("mobile_phone")),
                    contacts=(
                        ContactRecord(
                            normalise.text(row.get("contact_name")),
                            normalise.text(row.get("contact_relation")),
                            contact_phone,
                        ),
                    )
                    if contact_phone
                    else (),
                    address=normalise.text(row.get("current_address")),
                    deceased_at=moment(row.get("death_time"), field="死亡时间"),
                    updated_at=moment(row.get("update_time")),
                )
            )
            _watermark(batch, row.get("update_time"), zone)
        except (NormaliseError, KeyError) as exc:
            batch.rejected.append(Rejected("patient", str(row.get("patient_id")), str(exc), {"row": _plain(row)}))
    for row in rows.get("visit", []):
        try:
            visit_id = normalise.compound_id(row["visit_id"])
            admitted = moment(row["admit_time"], field="入院时间")
            if admitted is None:
                raise NormaliseError("入院时间为空")
            department = normalise.text(row["dept_code"])
            if not department:
                raise NormaliseError("科室编码为空")
            batch.visits.append(
                VisitRecord(
                    his_visit_id=visit_id,
                    his_patient_id=normalise.compound_id(row["patient_id"]),
                    department_code=department,
                    ward_code=normalise.optional_text(row.get("ward_code")),
                    admitted_at=admitted,
                    discharged_at=moment(row.get("discharge_time"), field="出院时间"),
                    inpatient_no=normalise.text(row.get("inpatient_no")),
                    admission_times=int(row.get("admission_times") or 1),
                    bed_no=normalise.text(row.get("bed_no")),
                    attending_name=normalise.text(row.get("attending_doctor")),
                    disposition=normalise.disposition(row.get("discharge_mode")),
                    diagnoses=tuple(diagnoses.get(visit_id, ())),
                    updated_at=moment(row.get("update_time")),
                )
            )
            _watermark(batch, row.get("update_time"), zone)
        except (NormaliseError, KeyError, ValueError) as exc:
            children = {
                "diagnosis": [
                    _plain(d)
                    for d in rows.get("diagnosis", [])
                    if str(d.get("visit_id")).strip() == str(row.get("visit_id")).strip()
                ]
            }
            batch.rejected.append(
                Rejected("visit", str(row.get("visit_id")), str(exc), {"row": _plain(row), "children": children})
            )
    results: dict[str, list[LabResultRecord]] = defaultdict(list)
    for row in rows.get("lab_result", []):
        try:
            name = normalise.text(row.get("item_name"))
            if not name:
                raise NormaliseError("检验项目名称为空")
            results[normalise.compound_id(row["report_id"])].append(
                LabResultRecord(
                    item_no=int(normalise.text(row.get("item_seq")) or 0),
                    name=name,
                    value_raw=normalise.lis_text(row.get("result_text")),
                    code=normalise.text(row.get("item_code")),
                    unit=normalise.text(row.get("unit")),
                    reference_raw=normalise.lis_text(row.get("ref_range_text")),
                    flag_raw=normalise.text(row.get("abnormal_flag")),
                )
            )
        except (NormaliseError, KeyError, ValueError) as exc:
            reason = str(exc) if isinstance(exc, NormaliseError) else f"检验结果序号或报告号无效：{exc}"
            batch.rejected.append(
                Rejected("lab_result", f"{row.get('report_id')}/{row.get('item_seq')}", reason, {"row": _plain(row)})
            )
    for row in rows.get("lab_report", []):
        try:
            report_id = normalise.compound_id(row["report_id"])
            batch.labs.append(
                LabReportRecord(
                    his_report_id=report_id,
                    his_patient_id=normalise.compound_id(row["patient_id"]),
                    his_visit_id=normalise.optional_text(row.get("visit_id")),
                    name=normalise.text(row.get("subject")) or "检验",
                    specimen=normalise.text(row.get("specimen_type")),
                    requested_at=moment(row.get("request_time")),
                    reported_at=moment(row.get("report_time")),
                    results=tuple(results.get(report_id, ())),
                )
            )
            _watermark(batch, row.get("update_time"), zone)
        except (NormaliseError, KeyError) as exc:
            children = {
                "lab_result": [
                    _plain(r)
                    for r in rows.get("lab_result", [])
                    if str(r.get("report_id")).strip() == str(row.get("report_id")).strip()
                ]
            }
            batch.rejected.append(
                Rejected("lab", str(row.get("report_id")), str(exc), {"row": _plain(row), "children": children})
            )
    for row in rows.get("discharge_summary", []):
        try:
            batch.summaries.append(
                DischargeSummaryRecord(
                    his_visit_id=normalise.compound_id(row["visit_id"]),
                    document_id=normalise.optional_text(row.get("document_id")),
                    admission_condition=normalise.text(row.get("admission_condition")),
                    treatment_course=normalise.text(row.get("treatment_course")),
                    discharge_condition=normalise.text(row.get("discharge_condition")),
                    discharge_orders=normalise.text(row.get("discharge_orders")),
                    discharge_medication=normalise.text(row.get("discharge_medication")),
                    signed_at=moment(row.get("signed_time")),
                )
            )
            _watermark(batch, row.get("update_time"), zone)
        except (NormaliseError, KeyError) as exc:
            batch.rejected.append(Rejected("summary", str(row.get("visit_id")), str(exc), {"row": _plain(row)}))
    for row in rows.get("exam", []):
        try:
            batch.exams.append(
                ExamReportRecord(
                    his_report_id=normalise.compound_id(row["report_id"]),
                    his_patient_id=normalise.compound_id(row["patient_id"]),
                    his_visit_id=normalise.optional_text(row.get("visit_id")),
                    exam_type=normalise.text(row.get("exam_type")),
                    item_name=normalise.text(row.get("item_name")) or "检查",
                    body_part=normalise.text(row.get("body_part")),
                    findings=normalise.text(row.get("findings")),
                    conclusion=normalise.text(row.get("conclusion")),
                    reported_at=moment(row.get("report_time"), field="报告时间"),
                    reporting_doctor=normalise.text(row.get("reporting_doctor")),
                )
            )
            _watermark(batch, row.get("update_time"), zone)
        except (NormaliseError, KeyError) as exc:
            batch.rejected.append(Rejected("exam", str(row.get("report_id")), str(exc), {"row": _plain(row)}))
    pages: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in rows.get("front_page", []):
        value = normalise.text(row.get("field_value"))
        if value:
            pages[str(row["visit_id"])][normalise.text(row["field_code"])] = value
    batch.front_pages += [FrontPageRecord(his_visit_id=v, fields=f) for v, f in pages.items()]
    return batch
