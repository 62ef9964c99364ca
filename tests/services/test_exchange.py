"""内外网互通 in one process: the core and the edge as two named nodes on one test database (their
exchange state is keyed by the peer's name, so they do not collide), each with its own transport
settings. Answers given at the edge reach the core exactly once through files and through a
front database; tampered, truncated, replayed and reordered batches are refused or reordered."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from backend.models import (
    EdgeItem,
    ExchangeMessage,
    ExchangePeer,
    ExchangeRecord,
    FollowUpRecord,
    FollowUpTask,
    Notice,
    QuarantinedRecord,
)
from backend.models.choices import Channel, ExchangeDirection, ExchangeKind, ExchangeStatus
from backend.services import exchange, exchange_kinds, exchange_runner, followup_sms
from backend.settings import ExchangeSettings, NodeSettings, Settings
from integrations.exchange.database import DDL
from tests.api import test_h5

CARDIO_ANSWERS = test_h5.CARDIO_ANSWERS
# the H5 tasks of the questionnaire-link tests (two H5 tasks on a frozen morning)
h5_tasks = test_h5.h5_tasks
morning = test_h5.morning

KEYS = {"signing_key": "s" * 40, "encryption_key": "e" * 40}


class Nodes:
    """Switches the process between the core and the edge, each with its own exchange settings."""

    def __init__(self, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp: Path, transport: str) -> None:
        self.settings, self.monkeypatch = settings, monkeypatch
        wire = f"sqlite://{tmp / 'front.sqlite3'}"
        a, b = tmp / "core-out", tmp / "edge-out"
        common: dict[str, Any] = {"transport": transport, "database_url": wire, "resend_seconds": 3600, **KEYS}
        self.config = {
            "core": ExchangeSettings(outbox_dir=str(a), inbox_dir=str(b), **common),
            "edge": ExchangeSettings(outbox_dir=str(b), inbox_dir=str(a), **common),
        }
        self.transports: dict[str, Any] = {}

    @contextmanager
    def at(self, role: str) -> Iterator[None]:
        old_node, old_xchg = self.settings.node, self.settings.exchange
        self.settings.node, self.settings.exchange = NodeSettings(role=role), self.config[role]
        try:
            yield
        finally:
            self.settings.node, self.settings.exchange = old_node, old_xchg

    async def round(self, role: str) -> exchange.RoundReport:
        with self.at(role):
            if role not in self.transports:
                self.transports[role] = exchange_runner.transport_from_settings()
            return await exchange.run_round(self.transports[role])

    async def settle(self) -> None:
        for _ in range(3):
            await self.round("core")
            await self.round("edge")

    async def close(self) -> None:
        for transport in self.transports.values():
            await transport.close()


@pytest.fixture(params=["file", "database"])
async def nodes(request, settings, monkeypatch, tmp_path) -> Any:  # type: ignore[no-untyped-def]
    found = Nodes(settings, monkeypatch, tmp_path, request.param)
    yield found
    await found.close()


async def _answer_at_edge(nodes: Nodes, tokens: list[str]) -> None:
    with nodes.at("edge"):
        for token in tokens:
            opened = await exchange_kinds.open_link(token)
            assert opened.questionnaire.title  # the edge can show the page without the core
            sent = uuid.uuid4()
            await exchange_kinds.submit_answer(token, client_uuid=sent, answers=CARDIO_ANSWERS)
            # the page retrying after its answer was lost: taken as done, queued once
            queued = await ExchangeRecord.filter(kind=ExchangeKind.H5_ANSWER).count()
            await exchange_kinds.submit_answer(token, client_uuid=sent, answers=CARDIO_ANSWERS)
            assert await ExchangeRecord.filter(kind=ExchangeKind.H5_ANSWER).count() == queued
            # another submission of the answered link is refused
            with pytest.raises(exchange.DomainError):
                await exchange_kinds.submit_answer(token, client_uuid=uuid.uuid4(), answers=CARDIO_ANSWERS)


async def test_answers_given_at_the_edge_reach_the_core_once(nodes: Nodes, h5_tasks) -> None:  # type: ignore[no-untyped-def]
    task = h5_tasks[Channel.H5]
    with nodes.at("core"):
        await followup_sms.send_step_messages()  # publishes the link and its questionnaire
    tokens = [await _token_of(task)]
    await nodes.settle()
    # the edge holds the link encrypted, by the token's digest only
    link = await EdgeItem.get(kind="h5_link", key=exchange_kinds.token_digest(tokens[0]))
    assert tokens[0] not in link.data and "task_id" not in link.data  # encrypted at rest
    await _answer_at_edge(nodes, tokens)
    await nodes.settle()
    await nodes.settle()  # more rounds change nothing
    records = await FollowUpRecord.filter(task_id=task.id)
    assert len(records) == 1 and records[0].answers["sbp"] == 186
    assert (await FollowUpTask.get(id=task.id)).status == "completed"
    # acknowledged: the edge keeps no answer body, the core no inbound body
    edge_out = await ExchangeMessage.filter(peer="core", direction=ExchangeDirection.OUTBOUND)
    assert edge_out and all(m.status == ExchangeStatus.ACKED and m.body == "" for m in edge_out)
    assert all(m.body == "" for m in await ExchangeMessage.filter(direction=ExchangeDirection.INBOUND))
    assert (await ExchangePeer.get(name="edge")).applied_through == 1  # core applied the edge's #1
    # once the core acknowledged the answers, the edge forgets the link (the other one waits)
    assert not await EdgeItem.filter(kind="h5_link", key=exchange_kinds.token_digest(tokens[0])).exists()
    assert await EdgeItem.filter(kind="h5_link").count() == 1
    # a second submission of the same link at the edge is refused there
    with nodes.at("edge"), pytest.raises(exchange.DomainError):
        await exchange_kinds.submit_answer(tokens[0], client_uuid=uuid.uuid4(), answers=CARDIO_ANSWERS)


async def _token_of(task: FollowUpTask) -> str:
    from backend.models import SmsMessage

    return str((await SmsMessage.get(task_id=task.id)).params["code"])


@pytest.fixture
def files(settings, monkeypatch, tmp_path) -> Nodes:  # type: ignore[no-untyped-def]
    return Nodes(settings, monkeypatch, tmp_path, "file")


def _inject(nodes: Nodes, tmp: Path, name: str, data: bytes) -> None:
    """Put an envelope where the core's transport reads, as the gateway would (or an attacker)."""
    core = nodes.config["core"]
    if core.transport == "file":
        assert core.inbox_dir
        (Path(core.inbox_dir) / f"{name}.xchg").write_bytes(data)
        return
    with sqlite3.connect(tmp / "front.sqlite3") as conn:
        conn.execute(DDL)
        conn.execute(
            "INSERT INTO exchange_wire (name, sender, receiver, body, created_at) VALUES (?, 'edge', 'core', ?, '')",
            (f"{name}-{time.time_ns()}", data.decode("ascii", errors="replace")),
        )


async def test_tampered_truncated_replayed_and_reordered_batches(nodes: Nodes, h5_tasks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with nodes.at("core"):
        await followup_sms.send_step_messages()
    tasks = await FollowUpTask.filter(channel=Channel.H5).order_by("id")
    tokens = [await _token_of(task) for task in tasks]
    await nodes.settle()
    # the edge seals each answer in its own batch, #1 and #2, and they are taken off its wire
    for token in tokens:
        await _answer_at_edge(nodes, [token])
        with nodes.at("edge"):
            await exchange.seal_pending(peer="core")
    with nodes.at("edge"):
        envelopes, _, _ = await exchange.outgoing(peer="core")
    batches = {o.name: o.data for o in envelopes if "-b" in o.name}
    first, second = sorted(batches)

    async def deliver(name: str, data: bytes) -> exchange.RoundReport:
        _inject(nodes, tmp_path, name, data)
        with nodes.at("core"):
            if "core" not in nodes.transports:
                nodes.transports["core"] = exchange_runner.transport_from_settings()
            report = exchange.RoundReport()
            await exchange.take(await nodes.transports["core"].round([]), peer="edge", report=report)
            return report

    # tampered: one character of the ciphertext changed -> refused, logged, noticed, not applied
    raw = batches[second].decode()
    at = raw.index('"ct":"') + 10
    tampered = raw[:at] + ("A" if raw[at] != "A" else "B") + raw[at + 1 :]
    report = await deliver(second, tampered.encode())
    assert report.refused and "签名不符" in report.refused[0]
    # truncated: half a batch -> refused
    report = await deliver(first, batches[first][: len(batches[first]) // 2])
    assert report.refused and "截断" in report.refused[0]
    state = await ExchangePeer.get(name="edge")
    assert state.refused == 2 and state.applied_through == 0 and "截断" in state.last_error
    assert await Notice.filter(dedupe_key="exchange:refused:edge", kind="exchange_refused").exists()
    # reordered: #2 before #1 is held, and #1 is asked for again (never skipped)
    report = await deliver(second, batches[second])
    assert report.received == 1 and report.applied == 0
    with nodes.at("core"):
        out, _, ack = await exchange.outgoing(peer="edge")
    assert ack == 0 and [o for o in out if "-c" in o.name and "-r" in o.name]  # resend from #1
    report = await deliver(first, batches[first])
    assert report.applied == 2 and await FollowUpRecord.filter(task_id__in=[t.id for t in tasks]).count() == 2
    # replayed: the same valid batch again -> ignored, nothing applied twice
    report = await deliver(first, batches[first])
    assert report.duplicates == 1 and report.applied == 0
    assert await FollowUpRecord.filter(task_id__in=[t.id for t in tasks]).count() == 2
    assert (await ExchangePeer.get(name="edge")).duplicates == 1
    with nodes.at("core"):
        assert not await nodes.transports["core"].round([])  # every arrival was taken off the wire


async def test_a_record_the_core_cannot_apply_is_quarantined_not_blocking(files: Nodes, h5_tasks) -> None:  # type: ignore[no-untyped-def]
    with files.at("core"):
        await followup_sms.send_step_messages()
    tasks = await FollowUpTask.filter(channel=Channel.H5).order_by("id")
    tokens = [await _token_of(task) for task in tasks]
    await files.settle()
    await FollowUpTask.filter(id=tasks[0].id).update(status="cancelled")  # closed at the core meanwhile
    await _answer_at_edge(files, tokens)
    await files.settle()
    held = await QuarantinedRecord.get(source="exchange")
    assert held.entity == "h5_answer" and "取消" in held.reason and "sbp" not in json.dumps(held.payload)
    assert await FollowUpRecord.filter(task_id=tasks[1].id).count() == 1  # the next one went through
    # reopened at the core, 重试 applies the answers that waited in the quarantine
    await FollowUpTask.filter(id=tasks[0].id).update(status="assigned")
    assert await exchange.retry_quarantined(held.id)
    assert await FollowUpRecord.filter(task_id=tasks[0].id, staff_id=None).count() == 1
