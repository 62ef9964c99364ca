"""HIS synchronisation: periodic pulls, the quarantine and its retry, daily reconciliation, alerts
(同步数据监控).

A pull reads [since, until) where `since` is the end of the last successful window moved back by
the look-back, so rows committed late in the HIS are read on the next pull (intake is
idempotent, so reading a row twice changes nothing). Every pull leaves a SyncRun.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from backend.clock import SHANGHAI, now
from backend.models import Admission, Department, Notice, QuarantinedRecord, SyncRun
from backend.models.choices import HisSourceName, SyncStatus
from backend.services import intake, locks, notices, sms
from backend.services.errors import Conflict, InvalidInput, NotFound
from backend.settings import get_settings
from integrations.his.base import Batch, HisSource, Rejected, batch_from_payload

log = logging.getLogger(__name__)
EPOCH = datetime(2000, 1, 1, tzinfo=SHANGHAI)
# A pull takes seconds; one that has "run" this long was killed with its process.
STUCK_AFTER = timedelta(minutes=5)


class Remappable(Protocol):
    def remap(self, entity: str, payload: dict[str, Any]) -> Batch: ...


async def _window_start(source: str) -> datetime:
    last = (
        await SyncRun.filter(source=source, status__in=[SyncStatus.SUCCEEDED, SyncStatus.PARTIAL])
        .order_by("-window_end")
        .first()
    )
    if last is None or last.window_end is None:
        return EPOCH
    return last.window_end - timedelta(minutes=get_settings().his.lookback_minutes)


async def store(source_name: str, batch: Batch, run: SyncRun | None = None) -> intake.IntakeResult:
    """Ingest a batch from any adapter (pull, HL7 listener, FHIR import) and quarantine its rejects."""
    result = await intake.ingest(batch, run.id if run else None)
    result.newly_quarantined = await intake.quarantine(source_name, result.rejected, run)
    if result.unknown_wards:
        codes = "、".join(sorted(result.unknown_wards))
        await notify(
            "unknown_ward",
            f"HIS 病区编码未登记：{codes}",
            f"这些病区的住院记录已导入但未关联病区，病区护士暂时看不到。"
            f"请在科室维护中登记病区编码 {codes}（来源 {source_name}）。",
            key=f"unknown_ward:{source_name}:{codes}"[:128],
        )
    await _notice_unknown_departments(source_name, result.rejected)
    rejected_ids = {(r.entity, r.external_id) for r in result.rejected}
    stored = Batch(
        patients=[p for p in batch.patients if ("patient", p.his_id) not in rejected_ids],
        visits=[v for v in batch.visits if ("visit", v.his_visit_id) not in rejected_ids],
        labs=[r for r in batch.labs if ("lab", r.his_report_id) not in rejected_ids],
        exams=[r for r in batch.exams if ("exam", r.his_report_id) not in rejected_ids],
        summaries=[s for s in batch.summaries if ("summary", s.his_visit_id) not in rejected_ids],
        front_pages=[f for f in batch.front_pages if ("front_page", f.his_visit_id) not in rejected_ids],
        cancellations=[c for c in batch.cancellations if (c.entity, c.his_visit_id) not in rejected_ids],
    )
    await intake.resolve_quarantined(source_name, stored)
    return result


async def _notice_unknown_departments(source_name: str, rejected: Sequence[Rejected]) -> None:
    """A stay naming an unknown 科室编码 raises a notice at once, once per code (not a day later at
    the reconciliation); it closes itself once the code is known and a stay of it went in."""
    codes = {str(r.payload.get("department_code")) for r in rejected if r.cause == "unknown_code"}
    for code in sorted(codes - {"None", ""}):
        await notices.raise_once(
            "unknown_department",
            f"HIS 科室编码未登记：{code}",
            f"来自{HisSourceName.label_of(source_name)}的住院记录使用了科室编码 {code}，本系统没有这个科室，"
            "这些住院记录已隔离、不会生成随访任务。请在科室维护中新增该科室，或在科室编码对照中把它指向已有科室，然后在隔离数据中重试。",
            key=f"unknown_department:{source_name}:{code}",
            level="danger",
        )
    open_codes = await Notice.filter(
        kind="unknown_department", resolved_at__isnull=True, acknowledged_at__isnull=True
    ).values_list("dedupe_key", flat=True)
    if open_codes:
        known = await intake.department_codes()
        for key in open_codes:
            if str(key).rsplit(":", 1)[-1] in known:
                await notices.resolve(key_prefix=str(key))


def skip_note(batch: Batch, examples: int = 5) -> str:
    """What a run skipped, by reason: how many, and the first few HIS keys to look them up by."""
    by_reason: dict[str, list[str]] = {}
    for item in batch.skipped:
        by_reason.setdefault(item.reason, []).append(item.external_id)
    return "；".join(f"{reason}：{len(ids)} 条（如 {'、'.join(ids[:examples])}）" for reason, ids in by_reason.items())[
        :2000
    ]


async def store_pushed(source_name: str, batch: Batch) -> SyncRun:
    """Record what a pushing source (HL7 listener, an uploaded bundle or document) delivered."""
    run, _ = await _store_pushed(source_name, batch)
    return run


async def receive_pushed(source_name: str, batch: Batch) -> list[Rejected]:
    """`store_pushed` for a listener that acknowledges each message (the HL7 MLLP `on_batch`): what
    was refused, by the adapter or by intake (an A13 for a stay we do not have), so the ACK is AE."""
    _, result = await _store_pushed(source_name, batch)
    return result.rejected


async def _store_pushed(source_name: str, batch: Batch) -> tuple[SyncRun, intake.IntakeResult]:
    moment = now()
    run = await SyncRun.create(
        source=source_name,
        status=SyncStatus.RUNNING,
        started_at=moment,
        window_start=moment,
        window_end=moment,
        fetched=batch.fetched,
    )
    try:
        result = await store(source_name, batch, run)
    except Exception as exc:
        await run.refresh_from_db(fields=["inserted", "updated"])  # what went in before the failure
        run.status, run.error = SyncStatus.FAILED, f"{type(exc).__name__}: {exc}"[:2000]
        run.finished_at = now()
        await run.save()
        await _alert_on(run)
        raise
    run.fetched, run.inserted, run.updated = batch.fetched, result.inserted, result.updated
    await _count_quarantine(run, result)
    run.skipped, run.skip_note = len(batch.skipped), skip_note(batch)
    run.watermark = batch.watermark
    run.finished_at = now()
    await run.save()
    return run, result


async def _count_quarantine(run: SyncRun, result: intake.IntakeResult) -> None:
    """What this run quarantined, and the source's open quarantine apart (待处理隔离).

    A record the look-back reads again and that is refused again is still the one waiting in the
    quarantine: counted once, by the run that put it there. A run is 部分失败 only when it
    quarantined something; the backlog stays visible beside it until someone retries it.
    """
    run.rejected = result.newly_quarantined
    run.backlog = await QuarantinedRecord.filter(source=run.source, resolved_at__isnull=True).count()
    run.status = SyncStatus.PARTIAL if run.rejected else SyncStatus.SUCCEEDED


def _pull_lock(source_name: str) -> str:
    return f"his_pull:{source_name}"


async def _run_of_the_holder(source_name: str) -> SyncRun:
    """What a pull that found the lock taken answers: it waits for the pull under way to end
    (without pulling again itself) and returns that pull's run."""
    async with locks.exclusive(_pull_lock(source_name), wait_seconds=STUCK_AFTER.total_seconds()):
        run = await SyncRun.filter(source=source_name).order_by("-started_at", "-id").first()
    if run is None:
        raise Conflict("HIS 同步正在进行，请稍后刷新查看")  # the holder died before writing its run
    return run


async def pull(source: HisSource, *, until: datetime | None = None) -> SyncRun:
    """One incremental pull; never raises for a source failure (the run records it).

    Only one pull of a source runs at a time across every process (a database lock): two
    workers, or a worker and 立即同步, would otherwise read the same window and each leave a run;
    the second caller gets the first one's run.
    """
    async with locks.exclusive(_pull_lock(source.name)) as held:
        if not held:
            return await _run_of_the_holder(source.name)
        return await _pull_locked(source, until=until)


async def _pull_locked(source: HisSource, *, until: datetime | None = None) -> SyncRun:
    until = until or now()
    running = SyncRun.filter(source=source.name, status=SyncStatus.RUNNING)
    if not locks.across_processes():
        busy = await running.filter(started_at__gte=now() - STUCK_AFTER).first()
        if busy is not None:
            return busy  # a pull on a database without shared locks (SQLite in another process)
    # Holding the source's lock, a run of it still "running" belongs to a process that died.
    await _close_interrupted(running)
    since = await _window_start(source.name)
    run = await SyncRun.create(
        source=source.name, status=SyncStatus.RUNNING, window_start=since, window_end=until, started_at=now()
    )
    try:
        with _collector_paused():
            batch = await source.fetch(since, until)
            run.fetched = batch.fetched
            await run.save(update_fields=["fetched", "updated_at"])
            result = await store(source.name, batch, run)
        run.fetched = batch.fetched
        run.inserted, run.updated = result.inserted, result.updated
        await _count_quarantine(run, result)
        run.skipped, run.skip_note = len(batch.skipped), skip_note(batch)
        run.watermark = batch.watermark
        last_seen = batch.watermark or await _last_watermark(source.name)
        run.lag_seconds = int((until - last_seen).total_seconds()) if last_seen else None
        ahead = await source.newest_after(until + CLOCK_TOLERANCE) if hasattr(source, "newest_after") else None
        zone = str(getattr(source, "zone", get_settings().his.timezone))
        await _check_his_clock(source.name, zone, until, ahead or batch.watermark, last_seen)
    except Exception as exc:  # a HIS that is down is a recorded, alerted failure, not a crash
        log.exception("HIS pull failed")
        await run.refresh_from_db(fields=["inserted", "updated"])  # what went in before the failure
        run.status = SyncStatus.FAILED
        run.error = f"{type(exc).__name__}: {exc}"[:2000]
    run.finished_at = now()
    await run.save()
    await _alert_on(run)
    return run


async def close_interrupted() -> int:
    """Close as 中断 the runs whose process died mid-way (killed, restarted), with what they
    committed; how many. A pull of the source under way elsewhere holds its lock: its run stays."""
    stale = SyncRun.filter(status=SyncStatus.RUNNING, started_at__lt=now() - STUCK_AFTER)
    closed = 0
    for source in sorted(set(await stale.values_list("source", flat=True))):
        async with locks.exclusive(_pull_lock(str(source))) as held:
            if held:
                closed += await _close_interrupted(stale.filter(source=source))
    return closed


async def _close_interrupted(runs: Any) -> int:
    closed = 0
    for run in await runs:
        # intake counts inserts and updates in the transactions that made them; the quarantine
        # keeps its rows with the run
        kept = await QuarantinedRecord.filter(sync_run_id=run.id).count()
        closed += await SyncRun.filter(id=run.id, status=SyncStatus.RUNNING).update(
            status=SyncStatus.INTERRUPTED,
            rejected=kept,
            finished_at=now(),
            error=(
                f"同步进程中断（进程被终止或重启）。中断前已提交：新增 {run.inserted} 条、更新 {run.updated} 条、"
                f"隔离 {kept} 条；其余未写入：拉取的数据由下次同步重新读取，推送的数据需由发送方重新推送。"
            ),
        )
    return closed


_pauses = 0  # pulls under way in this process that paused the cyclic garbage collector


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is read and stored.

    A peak day allocates hundreds of thousands of rows, records and values, and the collector
    rescanned the whole heap again and again meanwhile: a third of the pull's CPU (bench_his_pull).
    Reference counting still frees everything a pull drops; cycles wait until the last pull under
    way ends. A collector someone else turned off stays off.
    """
    global _pauses
    if _pauses == 0 and not gc.isenabled():
        yield
        return
    _pauses += 1
    gc.disable()
    try:
        yield
    finally:
        _pauses -= 1
        if _pauses == 0:
            gc.enable()


async def _last_watermark(source: str) -> datetime | None:
    last = await SyncRun.filter(source=source, watermark__isnull=False).order_by("-watermark").first()
    return last.watermark if last else None


# How far a HIS clock may run ahead of ours before its times are taken for another time zone.
CLOCK_TOLERANCE = timedelta(minutes=5)


async def _check_his_clock(
    source: str, zone: str, until: datetime, watermark: datetime | None, last_seen: datetime | None
) -> None:
    """A HIS whose update times are not in the time zone we read them in loses rows silently.

    A database in UTC writing NOW() into update_time stamps each row eight hours before our window,
    so it is never read. Two signs of it: an update time in the future (the HIS is ahead of the zone
    we read it in), or the newest update time falling behind by more than the look-back (rows written
    now carry times our window has already passed). Either raises a notice naming HIS__TIMEZONE; a
    pull whose times are plausible closes it.
    """
    settings = get_settings().his
    lookback = timedelta(minutes=settings.lookback_minutes)
    key = f"his_clock:{source}:"
    if watermark is not None and watermark > until + CLOCK_TOLERANCE:
        ahead = int((watermark - until).total_seconds() // 60)
        await notices.raise_notice(
            "his_clock",
            f"HIS 数据更新时间在未来（{source}）",
            f"HIS 最新一行的更新时间 {watermark.astimezone(SHANGHAI):%Y-%m-%d %H:%M} 比本系统当前时间晚 {ahead} 分钟。"
            f"HIS 时间按 HIS__TIMEZONE={zone} 读取：若 HIS 数据库使用其他时区，请改正该设置；"
            "否则请检查 HIS 数据库服务器的时钟。时间错位时，新写入的数据会被漏读或延后读取。",
            key=key + "future",
            level="danger",
        )
        return
    if last_seen is not None and until - last_seen > lookback + CLOCK_TOLERANCE:
        behind = int((until - last_seen).total_seconds() // 60)
        await notices.raise_notice(
            "his_clock",
            f"HIS 数据更新时间落后 {behind} 分钟，超过回看窗口（{source}）",
            f"HIS 最新一行的更新时间为 {last_seen.astimezone(SHANGHAI):%Y-%m-%d %H:%M}，"
            f"比本系统当前时间早 {behind} 分钟，"
            f"超过回看窗口 {settings.lookback_minutes} 分钟。若 HIS 仍在写入数据，说明 HIS 数据库的时区与设置不符"
            f"（HIS__TIMEZONE={zone}；HIS 数据库使用 UTC 时应设为 UTC），这期间写入的行不会被读到。",
            key=key + "stale",
            level="danger",
        )
        return
    await notices.resolve(key_prefix=key)


# These also reach the administrator's phone (services.sms: only with a real provider configured).
SMS_ALERT_KINDS = frozenset({"sync_failed", "sync_lag", "reconcile"})


async def notify(kind: str, title: str, body: str, *, key: str, level: str = "warning") -> Notice:
    """Raise a 系统通知 once per key; failures, lag and reconciliation differences are also texted."""
    notice = await notices.raise_notice(kind, title, body, key=key, level=level)
    if kind in SMS_ALERT_KINDS:
        await sms.alert_admin(notice.dedupe_key, title)  # no-op unless SMS and HIS__ADMIN_PHONE are set
    return notice


async def _alert_on(run: SyncRun) -> None:
    """Raise what went wrong; a run that went right closes the failure and lag notices of its source."""
    settings = get_settings().his
    day = now().date().isoformat()
    if run.status is not SyncStatus.FAILED:
        await notices.resolve(key_prefix=f"sync_failed:{run.source}:")
        if run.lag_seconds is None or run.lag_seconds <= settings.lag_alert_minutes * 60:
            await notices.resolve(key_prefix=f"sync_lag:{run.source}:")
    if run.status is SyncStatus.FAILED:
        await notify(
            "sync_failed",
            f"HIS 同步失败（{run.source}）",
            run.error,
            key=f"sync_failed:{run.source}:{day}",
            level="danger",
        )
    elif run.lag_seconds is not None and run.lag_seconds > settings.lag_alert_minutes * 60:
        await notify(
            "sync_lag",
            f"HIS 数据延迟 {run.lag_seconds // 60} 分钟（{run.source}）",
            f"最新一条 HIS 数据的更新时间为 {run.watermark}，超过阈值 {settings.lag_alert_minutes} 分钟。",
            key=f"sync_lag:{run.source}:{day}",
        )


async def retry_configured(record_id: int) -> bool:
    """重试 in 隔离数据, whatever source the settings name, push (HL7, FHIR, CDA) or pull.

    Only a HIS view row needs the HIS's mapping to be read again; every other record is revived
    from what the quarantine kept, so no source is opened for it.
    """
    from integrations.his.factory import make_source

    record = await _open_quarantined(record_id)
    if "row" not in intake.unseal(record.payload):
        return await retry_quarantined(record_id, None)
    settings = get_settings()
    if settings.his.source not in ("demo", "sql_view"):
        raise InvalidInput(
            f"该记录来自 HIS 视图，当前数据源为 {settings.his.source}，无法重新映射；请在 HIS 修正后重新推送"
        )
    source = make_source(settings)
    try:
        return await retry_quarantined(record_id, source)
    finally:
        await source.close()


async def _open_quarantined(record_id: int) -> QuarantinedRecord:
    record = await QuarantinedRecord.get_or_none(id=record_id)
    if record is None:
        raise NotFound("隔离记录不存在")
    if record.resolved_at is not None:
        raise InvalidInput("该记录已处理")
    return record


async def retry_quarantined(record_id: int, source: Remappable | None) -> bool:
    """Map a quarantined record again (after a mapping or dictionary fix); True when it went in.

    Records held back because of it follow in order (a patient's stays and labs; a stay's diagnoses,
    出院小结, 病案首页 and labs), so one 重试 on the stay brings in its children too.
    """
    stored = await _retry_one(record_id, source)
    if stored:
        for dependant in await _dependants(await QuarantinedRecord.get(id=record_id)):
            with contextlib.suppress(InvalidInput):  # still not storable, or stored on the way
                await retry_quarantined(dependant.id, source)
    return stored


# What waits for a record of each kind, in the order they must go in.
_DEPENDANT_ORDER = {"visit": 0, "diagnosis": 1, "summary": 2, "front_page": 2, "lab": 3, "exam": 3}
_OWNER_KEYS = {"patient": ("his_patient_id", "patient_id"), "visit": ("his_visit_id", "visit_id")}


async def _dependants(record: QuarantinedRecord) -> list[QuarantinedRecord]:
    keys = _OWNER_KEYS.get(record.entity)
    if keys is None:
        return []
    waiting = await QuarantinedRecord.filter(
        source=record.source, entity__in=list(_DEPENDANT_ORDER), resolved_at__isnull=True
    ).exclude(id=record.id)
    found = []
    for candidate in waiting:
        if (
            record.entity == "visit"
            and candidate.entity not in ("lab", "exam")
            and candidate.external_id == record.external_id
        ):
            found.append(candidate)  # a stay's diagnoses, summary and front page go by its visit id
            continue
        payload = intake.unseal(candidate.payload)
        row: dict[str, Any] = payload["row"] if isinstance(payload.get("row"), dict) else {}
        owner = next((str(v) for k in keys if (v := payload.get(k) or row.get(k))), "")
        if owner == record.external_id:
            found.append(candidate)
    return sorted(found, key=lambda c: (_DEPENDANT_ORDER[c.entity], c.id))


async def _retry_one(record_id: int, source: Remappable | None) -> bool:
    record = await _open_quarantined(record_id)
    # A row the adapter could not read is mapped again; a record intake refused is revived as is.
    payload = intake.unseal(record.payload)
    if "row" in payload:
        if source is None:
            raise InvalidInput("该记录需要 HIS 视图重新映射，但未提供数据源")
        batch = source.remap(record.entity, payload)
    else:
        try:
            batch = batch_from_payload(record.entity, payload)
        except (TypeError, ValueError, KeyError):
            batch = Batch()  # a raw message or resource of a push source: wait for the source to resend
    if not batch.fetched:
        raise InvalidInput("该记录无法重新映射（原始数据不完整），请在 HIS 修正后等待下次同步")
    result = await store(record.source, batch, None)
    await record.refresh_from_db()
    return not result.rejected and record.resolved_at is not None


@dataclass(frozen=True)
class Divergence:
    department: str
    his: int
    ours: int


async def reconcile(source: Any, day: date) -> list[Divergence]:
    """Compare discharges of `day` per department between the HIS and us; alert on a difference."""
    start = datetime.combine(day, time.min, SHANGHAI)
    end = start + timedelta(days=1)
    if not getattr(source, "can_reconcile", True):
        return []  # the mapping has no discharge-count query: no comparison, no false alarm
    known = await intake.department_codes()
    his_counts: dict[str, int] = {}
    for his_code, count in (await source.discharge_counts(start, end)).items():
        code = known[his_code].code if his_code in known else his_code  # an alias counts for its department
        his_counts[code] = his_counts.get(code, 0) + count
    ours: dict[str, int] = {}
    rows = await Admission.filter(discharged_at__gte=start, discharged_at__lt=end).values_list(
        "department__code", flat=True
    )
    for code in rows:
        ours[str(code)] = ours.get(str(code), 0) + 1
    names = dict(await Department.all().values_list("code", "name"))
    diverged = [
        Divergence(names.get(code, code), his_counts.get(code, 0), ours.get(code, 0))
        for code in sorted(set(his_counts) | set(ours))
        if his_counts.get(code, 0) != ours.get(code, 0)
    ]
    if not diverged:  # a clean day closes that day's difference notice (it stays as history)
        await notices.resolve(key_prefix=f"reconcile:{getattr(source, 'name', 'his')}:{day}")
    if diverged:
        lines = "；".join(f"{d.department}：HIS {d.his}，本系统 {d.ours}" for d in diverged)
        await notify(
            "reconcile",
            f"{day} 出院人数对账不一致（{len(diverged)} 个科室）",
            lines,
            key=f"reconcile:{getattr(source, 'name', 'his')}:{day}",
        )
    return diverged


async def daily_summary(days: int) -> list[dict[str, Any]]:
    """Per day of the last `days`: records inserted, updated, quarantined, and failed runs."""
    start = datetime.combine(now().date() - timedelta(days=days - 1), time.min, SHANGHAI)
    buckets = {
        (start.date() + timedelta(days=n)).isoformat(): {"inserted": 0, "updated": 0, "rejected": 0, "failed": 0}
        for n in range(days)
    }
    for run in await SyncRun.filter(started_at__gte=start):
        bucket = buckets.get(run.started_at.astimezone(SHANGHAI).date().isoformat())
        if bucket is None:
            continue
        bucket["inserted"] += run.inserted
        bucket["updated"] += run.updated
        bucket["rejected"] += run.rejected
        bucket["failed"] += run.status is SyncStatus.FAILED
    return [{"day": day, **values} for day, values in buckets.items()]


# The sources pulled on the schedule (and by 立即同步); the others (HL7, CDA) push to us.
PULLED_SOURCES = ("demo", "sql_view", "fhir")


def pull_minutes() -> frozenset[int]:
    """The minutes of each hour the HIS pull job starts: every HIS__PULL_INTERVAL_MINUTES (10 by
    default) on the minute marks of the hour (the job's schedule, and the pad's next refresh)."""
    return frozenset(range(0, 60, max(1, min(get_settings().his.pull_interval_minutes, 60))))


def next_pull_after(moment: datetime) -> datetime | None:
    """When the next scheduled pull starts after `moment`; None for a source that pushes."""
    if get_settings().his.source not in PULLED_SOURCES:
        return None
    minutes = pull_minutes()
    start = moment.astimezone(SHANGHAI).replace(second=0, microsecond=0)
    return next(start + timedelta(minutes=n) for n in range(1, 61) if (start + timedelta(minutes=n)).minute in minutes)


async def pull_configured(*, grow_demo: bool = False) -> SyncRun | None:
    """Pull from the source the settings name (the job and the 立即同步 button both call this).

    `grow_demo`: the demo hospital keeps discharging patients, so every scheduled pull has work.
    """
    from integrations.his.factory import make_source

    settings = get_settings()
    await close_interrupted()  # pushed runs too (HL7, FHIR bundles, CDA): no pull takes them over
    if settings.his.source not in PULLED_SOURCES:
        return None
    source = make_source(settings)
    try:
        # The demo's new discharges are made under the pull's lock too: a second worker's pull
        # of the same period must not discharge three more patients.
        async with locks.exclusive(_pull_lock(source.name)) as held:
            if not held:
                return await _run_of_the_holder(source.name)
            if grow_demo and settings.his.source == "demo":
                from integrations.his.demo import DemoHis

                await DemoHis(source.engine).add_discharges(3)
            return await _pull_locked(source)
    finally:
        if hasattr(source, "close"):
            await source.close()


async def reconcile_configured(day: date) -> list[Divergence]:
    from integrations.his.factory import make_source

    settings = get_settings()
    if settings.his.source not in ("demo", "sql_view"):
        return []
    source = make_source(settings)
    try:
        return await reconcile(source, day)
    finally:
        await source.close()
