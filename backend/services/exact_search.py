"""Finding a patient by a full phone or ID number: audited, bounded per user, never by a guess.

An exact search confirms whether a number belongs to a patient. With a masked number in view,
trying the few candidates it leaves would complete it, so each exact search is audited like an
unmask (who, which kind of number, its last 4, how many patients it found), a user gets
`SECURITY__EXACT_SEARCH_LIMIT` of them per `SECURITY__EXACT_SEARCH_WINDOW_MINUTES` (over it they
are refused and the security administrator gets a notice), and anything that is not a complete
number (wildcards, a prefix, a wrong check digit) is refused rather than searched.

The limit holds across processes: with Redis configured, one sliding window per user in Redis;
otherwise the audited searches themselves are counted, under a per-user lock of the database
(the user's staff row locked on PostgreSQL and MySQL, in process on SQLite, which serves one
process).
The API's 患者查询 and the admin's 患者查询 page both come through here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from redis.asyncio import Redis
from tortoise import connections
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.clock import now
from backend.models import AuditEvent, Patient, Staff
from backend.models.choices import AuditAction
from backend.security.crypto import blind_index, normalise_phone
from backend.security.masking import mask_id_number, mask_phone
from backend.services import audit, locks
from backend.services.errors import InvalidInput, RateLimited, ServiceBusy
from backend.services.notices import raise_notice
from backend.services.pagination import Page
from backend.services.principal import Principal
from backend.settings import get_settings
from integrations.his.normalise import NormaliseError
from integrations.his.normalise import id_number as checked_id_number

T = TypeVar("T")
NOTICE_KIND = "security"
KIND_LABELS = {"phone": "手机号", "id_number": "身份证号"}
# Characters that only a pattern search would use; a guess is refused, not searched.
_WILDCARDS = re.compile(r"[*%?_＊]")
# A mobile number, or a landline with its area code (0 + 2-3 digits + 7-8 digits).
_FULL_PHONE = re.compile(r"1\d{10}|0\d{9,11}")

_SLIDING_WINDOW = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - ARGV[2])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, oldest[2]}
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, ARGV[1]}
"""


@dataclass(frozen=True)
class Identifier:
    """A complete phone or ID number, validated; `index` is its blind index."""

    kind: str
    value: str

    @property
    def index(self) -> str:
        return blind_index(self.kind, self.value) or ""

    @property
    def masked(self) -> str:
        return (mask_phone(self.value) if self.kind == "phone" else mask_id_number(self.value)) or ""


def refuse_wildcards(value: str, *, field: str) -> None:
    if _WILDCARDS.search(value):
        raise InvalidInput("不支持模糊查询：请去掉 * % ? _ 等通配符", field=field)


def full_identifier(kind: str, raw: str, *, field: str | None = None) -> Identifier:
    """The complete number `raw` stands for, or InvalidInput naming why it is not one."""
    field = field or kind
    value = raw.strip()
    refuse_wildcards(value, field=field)
    if kind == "phone":
        digits = normalise_phone(value)
        if not _FULL_PHONE.fullmatch(digits):
            raise InvalidInput("请输入完整的手机号（11 位）或带区号的固定电话，不支持按部分号码查询", field=field)
        return Identifier("phone", digits)
    try:
        number = checked_id_number(value)
    except NormaliseError as exc:
        raise InvalidInput(f"请输入完整、有效的 18 位身份证号（{exc}）", field=field) from exc
    if number is None:
        raise InvalidInput("请输入完整的 18 位身份证号", field=field)
    return Identifier("id_number", number)


def _window() -> tuple[int, timedelta]:
    security = get_settings().security
    return security.exact_search_limit, timedelta(minutes=security.exact_search_window_minutes)


async def _redis_slot(url: str, principal: Principal) -> int | None:
    """Take a slot in Redis; None when taken, else seconds until the oldest one frees."""
    limit, window = _window()
    moment_ms = int(now().timestamp() * 1000)
    window_ms = int(window.total_seconds() * 1000)
    # A connection per search: they are few (bounded by the limit itself), and a client kept
    # across calls would be bound to one event loop.
    async with Redis.from_url(url) as client:
        taken, oldest = await client.eval(
            _SLIDING_WINDOW,
            1,
            f"suifang:exact-search:{principal.staff_id}",
            moment_ms,
            window_ms,
            limit,
            f"{moment_ms}:{uuid.uuid4().hex}",
        )
    if int(taken):
        return None
    return max(1, (int(float(oldest)) + window_ms - moment_ms) // 1000)


async def _database_slot(principal: Principal) -> int | None:
    """Count this user's audited exact searches in the window (the caller holds their lock)."""
    limit, window = _window()
    since = now() - window
    used = AuditEvent.filter(actor_id=principal.staff_id, action=AuditAction.EXACT_SEARCH, success=True, at__gt=since)
    if await used.count() < limit:
        return None
    oldest = await used.order_by("at").first()
    frees = (oldest.at + window - now()).total_seconds() if oldest else window.total_seconds()
    return max(1, int(frees) + 1)


@asynccontextmanager
async def _slot(principal: Principal) -> AsyncIterator[int | None]:
    """Hold a slot of the user's exact-search allowance for the block (None), or yield the
    seconds until one frees when the allowance is used up."""
    url = get_settings().redis_url
    if url:
        yield await _redis_slot(url, principal)
        return
    # The count and the audit row written inside the block are one step for this user: their
    # staff row is locked meanwhile (the block runs in that transaction).
    async with locks.row(Staff, principal.staff_id, wait_seconds=10) as held:
        if not held:
            raise ServiceBusy("查询繁忙，请稍后再试", retry_after=2)
        yield await _database_slot(principal)


M = TypeVar("M", bound=Model)


def _described(numbers: list[Identifier]) -> str:
    return "、".join(f"{KIND_LABELS[n.kind]} {n.masked}" for n in numbers)


async def _refuse(principal: Principal, numbers: list[Identifier], retry_after: int) -> RateLimited:
    limit, window = _window()
    what = _described(numbers)
    minutes = int(window.total_seconds() // 60)
    await audit.record(
        AuditAction.EXACT_SEARCH,
        actor=principal,
        resource_type="patient",
        summary=f"精确查询超出限制（{minutes} 分钟 {limit} 次），已拒绝：{what}",
        after={"kinds": [n.kind for n in numbers], "refused": True},
        success=False,
    )
    await raise_notice(
        NOTICE_KIND,
        f"精确查询超出限制：{principal.name}（{principal.username}）",
        f"{principal.name}（{principal.username}）在 {minutes} 分钟内按手机号/身份证号精确查询患者超过 {limit} 次，"
        f"最近一次被拒绝（{what}）。请核实是否为正常工作，必要时锁定账户并查阅审计日志。",
        key=f"exact-search-limit:{principal.staff_id}",
        level="danger",
    )
    return RateLimited(
        f"按手机号/身份证号精确查询过于频繁：每 {minutes} 分钟最多 {limit} 次，已通知安全管理员。"
        f"请 {retry_after} 秒后再试",
        retry_after=retry_after,
    )


def _found(result: Any) -> tuple[list[int], int]:
    """Patient ids and how many matched: from a page of patients or a list of ids."""
    items = result.items if isinstance(result, Page) else list(result)
    ids = [int(p.id) if isinstance(p, Patient) else int(p) for p in items]
    return ids, result.total if isinstance(result, Page) else len(ids)


async def audited(
    principal: Principal,
    numbers: list[Identifier],
    query: QuerySet[M],
    run: Callable[[QuerySet[M]], Awaitable[T]],
) -> T:
    """`run(query)` (an exact search by `numbers`, giving a page of patients or their ids) within
    the user's allowance, audited with what it found.

    The query runs on the slot's own connection: a query binds its connection when built, and
    the database slot holds one pooled connection in a transaction while the user's staff row is
    locked, so a search on another connection would wait for the pool that the other searches
    waiting on that lock hold (a deadlock seen on PostgreSQL)."""
    async with _slot(principal) as retry_after:
        if retry_after is None:
            result = await run(query.using_db(connections.get("default")))
            ids, total = _found(result)
            await audit.record(
                AuditAction.EXACT_SEARCH,
                actor=principal,
                resource_type="patient",
                resource_id=ids[0] if len(ids) == 1 else "",
                summary=f"按{_described(numbers)}精确查询患者，找到 {total} 人",
                after={"kinds": [n.kind for n in numbers], "patient_ids": ids[:20], "total": total},
            )
    if retry_after is not None:
        # After the block: the refusal's audit row and notice must not roll back with it.
        raise await _refuse(principal, numbers, retry_after)
    return result
