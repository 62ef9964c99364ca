"""内外网互通 with two real nodes on loopback: the core (`python -m backend.manage serve`, the
demo hospital on a fresh PostgreSQL database) and an edge (the same command with NODE__ROLE=edge,
its own SQLite database, no HIS). Patients answer H5 links at the edge and the records appear at
the core; the core's link SMS leave through the edge (SMS__SEND_VIA=edge) and their verdicts come
back; an SMS receipt pushed to the edge reaches the core; a doctor away works a task through
the edge in relay mode. In each transport (files, front database, relay) each node is SIGKILLed
while answers are on their way and restarted: at the end every answered task has exactly one
record at the core, and the sequence the core applied is the last one the edge sealed.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sqlite3
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from tests import databases
from tests.live import LiveServer, free_port

PASSWORD = "Demo@2026"
PUSH_TOKEN = "edge-push-" + secrets.token_urlsafe(16)
DEADLINE = 60.0


class Pair:
    """The two nodes' settings, kept across restarts (same keys, ports and databases)."""

    def __init__(self, tmp: Path, core_db: str) -> None:
        self.tmp, self.core_db = tmp, core_db
        self.edge_db = tmp / "edge.sqlite3"
        self.core_port, self.edge_port = free_port(), free_port()
        self.edge_base = f"http://127.0.0.1:{self.edge_port}"
        self.core_base = f"http://127.0.0.1:{self.core_port}"
        shared = {
            "EXCHANGE__SIGNING_KEY": secrets.token_urlsafe(40),
            "EXCHANGE__ENCRYPTION_KEY": secrets.token_urlsafe(40),
            "EXCHANGE__DATABASE_URL": f"sqlite://{tmp / 'front.sqlite3'}",
            "EXCHANGE__INTERVAL_SECONDS": "0.2",
            "EXCHANGE__POLL_SECONDS": "2",
            "EXCHANGE__RESEND_SECONDS": "2",
            "EXCHANGE__FORWARD_TIMEOUT_SECONDS": "20",
            "SMS__PUSH_TOKEN": PUSH_TOKEN,
        }
        self.core_env = {
            **shared,
            "NODE__ROLE": "core",
            "DATABASE_URL": core_db,
            # the core reaches no SMS provider (its configured one is a closed port): its messages
            # leave at the edge, whose simulator answers with SIM… BizIds
            "SMS__SEND_VIA": "edge",
            "SMS__PROVIDER": "aliyun",
            "SMS__ENDPOINT": "http://127.0.0.1:9",
            "SMS__ACCESS_KEY_ID": "core-cannot-reach",
            "SMS__ACCESS_KEY_SECRET": "core-cannot-reach-the-provider",
            "SEED_DEMO": "true",
            "H5__PUBLIC_BASE_URL": self.edge_base,
            "EXCHANGE__EDGE_URL": self.edge_base,
            "EXCHANGE__OUTBOX_DIR": str(tmp / "to-edge"),
            "EXCHANGE__INBOX_DIR": str(tmp / "to-core"),
            **_keys(),
        }
        self.edge_env = {
            **shared,
            "NODE__ROLE": "edge",
            "DATABASE_URL": f"sqlite://{self.edge_db}",
            "SEED_DEMO": "false",
            "EXCHANGE__OUTBOX_DIR": str(tmp / "to-core"),
            "EXCHANGE__INBOX_DIR": str(tmp / "to-edge"),
            **_keys(),  # the edge has keys of its own: it cannot read the core's data
        }
        self.core: LiveServer | None = None
        self.edge: LiveServer | None = None

    def start(self, which: str, transport: str) -> LiveServer:
        env = {**(self.core_env if which == "core" else self.edge_env), "EXCHANGE__TRANSPORT": transport}
        workdir = self.tmp / which
        workdir.mkdir(exist_ok=True)
        server = LiveServer(workdir, env, port=self.core_port if which == "core" else self.edge_port)
        server.wait_ready(timeout=240)
        setattr(self, which, server)
        return server

    def stop_all(self) -> None:
        for server in (self.core, self.edge):
            if server is not None and server.proc.poll() is None:
                server.stop()


def _keys() -> dict[str, str]:
    return {k: secrets.token_urlsafe(40) for k in ("SECURITY__SECRET_KEY", "SECURITY__DATA_KEY", "SECURITY__INDEX_KEY")}


def _edge_rows(pair: Pair, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(pair.edge_db, timeout=30) as conn:
        return list(conn.execute(sql, args).fetchall())


async def _until(condition: Callable[[], Awaitable[bool]], what: str, within: float = DEADLINE) -> None:
    deadline = time.monotonic() + within
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


def _answers(items: list[dict[str, Any]]) -> dict[str, Any]:
    """A complete, valid answer to every item a patient could be shown."""
    answers: dict[str, Any] = {}
    for item in items:
        kind, options = item.get("type"), item.get("options") or []
        if kind == "single" and options:
            answers[item["id"]] = options[0]["value"]
        elif kind == "multiple" and options:
            answers[item["id"]] = [options[0]["value"]]
        elif kind in ("number", "scale"):
            answers[item["id"]] = item.get("min", 1) if item.get("min") is not None else 1
        elif kind == "date":
            answers[item["id"]] = date.today().isoformat()
        else:
            answers[item["id"]] = "恢复良好"
    return answers


@pytest.fixture
async def pair(tmp_path: Path) -> AsyncIterator[Pair]:
    url = await databases.fresh_postgres("exchange_core")
    found = Pair(tmp_path, url)
    try:
        yield found
    finally:
        found.stop_all()
        await databases.drop_postgres(url)


async def test_two_nodes_exchange_through_every_transport_surviving_sigkill(pair: Pair) -> None:
    dsn = pair.core_db.replace("postgres://", "postgresql://", 1)
    pair.start("core", "file")
    pair.start("edge", "file")
    core = await asyncpg.connect(dsn)
    try:
        await _run(pair, core)
    finally:
        await core.close()


async def _run(pair: Pair, core: asyncpg.Connection) -> None:
    # Fifteen open tasks due today become H5 tasks; the core's restart texts their links at once
    # (its first SMS round) and publishes them to the edge.
    ids = [
        r["id"]
        for r in await core.fetch(
            "SELECT t.id FROM followup_task t JOIN patient p ON p.id = t.patient_id"
            " WHERE t.status IN ('pending', 'assigned') AND t.due_start <= CURRENT_DATE AND t.due_end >= CURRENT_DATE"
            " AND p.deceased_at IS NULL AND NOT p.do_not_contact AND p.phone_cipher IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM sms_message m WHERE m.task_id = t.id) ORDER BY t.id LIMIT 15"
        )
    ]
    assert len(ids) == 15
    await core.execute("UPDATE followup_task SET channel = 'h5' WHERE id = ANY($1::int[])", ids)
    assert pair.core is not None
    pair.core.kill()
    pair.start("core", "file")
    tokens: dict[int, str] = {}

    async def published() -> bool:
        rows = await core.fetch("SELECT task_id, params FROM sms_message WHERE task_id = ANY($1::int[])", ids)
        tokens.update({r["task_id"]: json.loads(r["params"])["code"] for r in rows})
        held = _edge_rows(pair, "SELECT COUNT(*) FROM edge_item WHERE kind = 'h5_link'")[0][0]
        return len(tokens) == len(ids) and held >= len(ids)

    await _until(published, "the links published to the edge")
    items = {
        r["id"]: json.loads(r["items"])
        for r in await core.fetch(
            "SELECT q.id, q.items FROM questionnaire q JOIN followup_task t ON t.questionnaire_id = q.id"
            " WHERE t.id = ANY($1::int[])",
            ids,
        )
    }
    questionnaire_of = {
        r["id"]: r["questionnaire_id"]
        for r in await core.fetch("SELECT id, questionnaire_id FROM followup_task WHERE id = ANY($1::int[])", ids)
    }
    answered: list[int] = []

    async def answer(task_ids: list[int]) -> None:
        async with httpx.AsyncClient(base_url=pair.edge_base, timeout=30) as client:
            for task_id in task_ids:
                page = await client.get(f"/h5/q/{tokens[task_id]}")  # the H5 app's page, then its data
                assert page.status_code == 200 and '<div id="app">' in page.text
                data = await client.get(f"/api/v1/h5/q/{tokens[task_id]}")
                assert data.status_code == 200 and data.json()["title"] == "出院随访问卷", data.text
                # a patient answers what they are shown: not the 仅随访人员填写 items
                shown = [i for i in items[questionnaire_of[task_id]] if not i.get("staff_only")]
                body = {"client_uuid": str(uuid.uuid4()), "answers": _answers(shown)}
                sent = await client.post(f"/api/v1/h5/q/{tokens[task_id]}", json=body)
                assert sent.status_code == 200, sent.text
                answered.append(task_id)

    async def all_recorded() -> bool:
        found = await core.fetchval(
            "SELECT COUNT(DISTINCT task_id) FROM followup_record WHERE task_id = ANY($1::int[]) AND staff_id IS NULL",
            answered,
        )
        return bool(found == len(answered))

    # Each transport: answers in flight when one node is SIGKILLed and restarted in the same
    # transport, then when both are killed to switch to the next (what was in flight crosses
    # through the next transport: the sender resends what was never acknowledged).
    plan = (("file", ("edge", "core")), ("database", ("core",)), ("relay", ("edge",)))
    for n, (transport, victims) in enumerate(plan):
        if n:
            assert pair.core is not None and pair.edge is not None
            pair.core.kill()
            pair.edge.kill()
            pair.start("edge", transport)
            pair.start("core", transport)
        batch = ids[n * 5 : n * 5 + 5]
        await answer(batch[:2])
        for victim in victims:
            server = getattr(pair, victim)
            assert server is not None
            server.kill()  # batches queued, sealed, on their way or being applied
            pair.start(victim, transport)
            await answer(batch[len(answered) - n * 5 : len(answered) - n * 5 + 2])
        await answer(batch[len(answered) - n * 5 :])
    await _until(all_recorded, "every answer at the core")

    async def links_sent() -> bool:
        # texted through the edge (its simulator gateway): the verdicts came back to the core
        rows = await core.fetch("SELECT status, biz_id FROM sms_message WHERE task_id = ANY($1::int[])", ids)
        return len(rows) == len(ids) and all(r["status"] == "submitted" and r["biz_id"][:3] == "SIM" for r in rows)

    await _until(links_sent, "the link SMS sent by the edge")

    await _receipt_through_the_edge(pair, core)
    await _doctor_away(pair, core)

    # Counted against the source: one self-reported record per answered task (the demo's history
    # gave some of them earlier staff attempts), nothing applied twice, and the
    # core applied exactly what the edge sealed; the edge keeps no answer once acknowledged.
    per_task = await core.fetch(
        "SELECT task_id, COUNT(*) AS n FROM followup_record WHERE task_id = ANY($1::int[]) AND staff_id IS NULL"
        " GROUP BY task_id",
        answered,
    )
    assert len(per_task) == 15 and all(r["n"] == 1 for r in per_task)
    sealed = _edge_rows(pair, "SELECT next_sequence - 1 FROM exchange_peer WHERE name = 'core'")[0][0]

    async def caught_up() -> bool:
        applied = await core.fetchval("SELECT applied_through FROM exchange_peer WHERE name = 'edge'")
        waiting = _edge_rows(
            pair, "SELECT COUNT(*) FROM exchange_message WHERE direction = 'outbound' AND status != 'acked'"
        )[0][0]
        return bool(applied == sealed and waiting == 0)

    await _until(caught_up, "the edge's batches acknowledged")
    assert not await core.fetchval("SELECT COUNT(*) FROM quarantined_record WHERE source = 'exchange'")
    # the numbers and texts the edge sent are gone once the core acknowledged their verdicts
    assert not _edge_rows(pair, "SELECT COUNT(*) FROM edge_item WHERE kind = 'sms_send'")[0][0]
    bodies = _edge_rows(pair, "SELECT COUNT(*) FROM exchange_message WHERE body != ''")[0][0]
    assert bodies == 0 and not _edge_rows(pair, "SELECT COUNT(*) FROM exchange_record")[0][0]
    # nothing of the HIS on the edge
    for table in ("patient", "admission", "followup_task", "followup_record", "sms_message"):
        assert _edge_rows(pair, f"SELECT COUNT(*) FROM {table}")[0][0] == 0, table


async def _receipt_through_the_edge(pair: Pair, core: asyncpg.Connection) -> None:
    row = await core.fetchrow("SELECT id, dedupe_key FROM sms_message ORDER BY id LIMIT 1")
    await core.execute("UPDATE sms_message SET status = 'submitted', biz_id = 'edge-biz-1' WHERE id = $1", row["id"])
    report = [
        {
            "phone_number": "13800000000",
            "send_time": "2026-01-01 10:00:00",
            "report_time": "2026-01-01 10:00:05",
            "success": False,
            "err_code": "EDGE_PUSHED",
            "err_msg": "外网推送",
            "sms_size": "1",
            "biz_id": "edge-biz-1",
            "out_id": row["dedupe_key"],
        }
    ]
    async with httpx.AsyncClient(base_url=pair.edge_base, timeout=30) as client:
        pushed = await client.post(f"/api/v1/sms/push/report?token={PUSH_TOKEN}", json=report)
    assert pushed.status_code == 200 and pushed.json()["code"] == 0

    async def applied() -> bool:
        code = await core.fetchval("SELECT error_code FROM sms_message WHERE id = $1", row["id"])
        return bool(code == "EDGE_PUSHED")

    await _until(applied, "the receipt pushed to the edge applied at the core")


async def _doctor_away(pair: Pair, core: asyncpg.Connection) -> None:
    doctor = await core.fetchrow("SELECT id, department_id FROM staff WHERE username = 'xnk_doctor'")
    task_id = await core.fetchval(
        "SELECT t.id FROM followup_task t JOIN patient p ON p.id = t.patient_id WHERE t.department_id = $1"
        " AND t.status IN ('pending', 'assigned') AND p.deceased_at IS NULL AND NOT p.do_not_contact"
        " ORDER BY t.id LIMIT 1",
        doctor["department_id"],
    )
    await core.execute("UPDATE followup_task SET assignee_id = $1 WHERE id = $2", doctor["id"], task_id)
    async with httpx.AsyncClient(base_url=pair.edge_base, timeout=30) as client:
        login = await client.post("/api/v1/auth/login", json={"username": "xnk_doctor", "password": PASSWORD})
        assert login.status_code == 200, login.text
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        queue = await client.get("/api/v1/tasks", params={"view": "all"}, headers=headers)
        assert queue.status_code == 200 and task_id in [t["id"] for t in queue.json()["items"]]
        detail = await client.get(f"/api/v1/tasks/{task_id}", headers=headers)
        assert detail.status_code == 200 and detail.json()["id"] == task_id
        body = {
            "client_uuid": str(uuid.uuid4()),
            "outcome": "call_back_later",
            "call_back_at": (date.today() + timedelta(days=1)).isoformat() + "T10:00:00+08:00",
            "notes": "院外通过外网节点记录",
        }
        saved = await client.post(f"/api/v1/tasks/{task_id}/contacts", json=body, headers=headers)
        assert saved.status_code == 200, saved.text
        # what is not on the allow-list stays inside the hospital, even with a valid token
        refused = await client.get("/api/v1/patients", headers=headers)
        assert refused.status_code == 403
    note = await core.fetchval(
        "SELECT notes FROM followup_record WHERE task_id = $1 AND staff_id = $2", task_id, doctor["id"]
    )
    assert note == "院外通过外网节点记录"
