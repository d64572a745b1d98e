"""Several instances on one PostgreSQL primary with a streaming replica (issue 16).

A real primary and a real hot standby made with ``pg_basebackup -R`` from the same
PostgreSQL binaries, two ``credit serve`` processes on their own ports (both reading the
replica through ``CREDIT_DATABASE_READ_URL``, both running the dispatcher), and one
loopback platform. Writes go through one instance; the other reads them at once where
a reader must see its own side's writes (a regulator: the primary), and a procurement
platform reads them from the replica once it has replayed them, told how fresh its data
was. Replay is paused and resumed on purpose, and waited for by LSN, never by sleeping.
Both dispatchers deliver every event exactly once. Under CI=true nothing here skips.
"""

from __future__ import annotations

import asyncio
import base64
import csv
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pgcluster
import pytest
from helpers import AUTHORITY_CODE, REGION, document, make_code

from credit.domain.calendar import china_today
from credit.services.keys import issue_key
from credit.store.db import database

sys.path.insert(0, str(Path(__file__).parent / "push"))
from loopback_platform import Fault, LoopbackPlatform  # noqa: E402

CREDIT = str(Path(sys.executable).with_name("credit"))
SECRET = "whsec_" + base64.b64encode(b"replica-test-secret-32-bytes!!!!").decode()
FIRMS = 40
CHECK = document("procurement/CheckRestrictions.graphql")
FRESHNESS = """query Fresh($codes: [String!]!) {
  restrictionCheck(codes: $codes, domain: BIDDING) { checkedAt dataAsOf results { code status } } }"""
PROFILE = document("regulator/EnterpriseProfile.graphql")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


@dataclass
class Layout:
    primary_url: str
    replica_url: str
    primary: pgcluster.Cluster
    replica: pgcluster.Cluster


@pytest.fixture
def clusters() -> Iterator[Layout]:
    try:
        primary = pgcluster.start_cluster()
    except pgcluster.PostgresUnavailable as exc:
        if _in_ci():
            pytest.fail(f"PostgreSQL is required under CI: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL not available (set CI=true to make this a failure): {exc}")
    replica = None
    try:
        url = primary.create_database("credit")
        replica = pgcluster.start_replica(primary)  # the database exists there too, and streams on
        yield Layout(url, replica.url("credit"), primary, replica)
    finally:
        if replica is not None:
            replica.stop()
        primary.stop()


async def primary_lsn(layout: Layout) -> str:
    conn = await asyncpg.connect(_dsn(layout.primary_url))
    try:
        return str(await conn.fetchval("SELECT pg_current_wal_lsn()::text"))
    finally:
        await conn.close()


async def replayed(layout: Layout, lsn: str | None = None, *, within: float = 30.0) -> None:
    """Wait until the replica has replayed the primary's WAL up to ``lsn`` (default: now)."""
    lsn = lsn or await primary_lsn(layout)
    conn = await asyncpg.connect(_dsn(layout.replica_url))
    try:
        deadline = time.monotonic() + within
        while not await conn.fetchval("SELECT pg_last_wal_replay_lsn() >= $1::text::pg_lsn", lsn):
            assert time.monotonic() < deadline, f"the replica did not replay up to {lsn}"
            await asyncio.sleep(0.02)
    finally:
        await conn.close()


async def on_replica(layout: Layout, sql: str, *args: Any) -> Any:
    conn = await asyncpg.connect(_dsn(layout.replica_url))
    try:
        return await conn.fetchval(sql, *args)
    finally:
        await conn.close()


@dataclass
class Instance:
    url: str
    process: subprocess.Popen[bytes]
    log: Path


@pytest.fixture
def instances(clusters: Layout, tmp_path: Path) -> Iterator[tuple[Instance, Instance, LoopbackPlatform]]:
    """Two ``credit serve`` on the primary and the replica, each with its dispatcher, and the platform."""
    platform = LoopbackPlatform([SECRET]).start()
    started: list[Instance] = []
    try:
        migrated = subprocess.run([CREDIT, "migrate"], env=_env(clusters, tmp_path, ""), capture_output=True,
                                  text=True, timeout=120, check=False)
        assert migrated.returncode == 0, migrated.stderr
        for name in ("a", "b"):
            port = _free_port()
            log = tmp_path / f"serve-{name}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [CREDIT, "serve", "--port", str(port)], cwd=tmp_path,
                    env=_env(clusters, tmp_path, f"{platform.url}?from={name}"), stdout=out, stderr=subprocess.STDOUT,
                )
            started.append(Instance(f"http://127.0.0.1:{port}", process, log))
        for instance in started:
            deadline = time.monotonic() + 60
            while True:
                try:
                    ready = httpx.get(instance.url + "/readyz", timeout=10)
                    if ready.status_code == 200:
                        assert ready.json()["replica"]["status"] == "ok", ready.json()
                        break
                except httpx.TransportError:
                    pass
                assert instance.process.poll() is None, instance.log.read_text()[-3000:]
                assert time.monotonic() < deadline, "an instance did not come up"
                time.sleep(0.1)
        yield started[0], started[1], platform
    finally:
        for instance in started:
            instance.process.send_signal(signal.SIGINT)
        for instance in started:
            try:
                instance.process.wait(20)
            except subprocess.TimeoutExpired:
                instance.process.kill()
                instance.process.wait()
        platform.close()


def _env(layout: Layout, home: Path, platform_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CREDIT_", "PROMETHEUS_"))}
    env.update(
        CREDIT_DATABASE_URL=layout.primary_url, CREDIT_DATABASE_READ_URL=layout.replica_url,
        CREDIT_RECEIPT_KEY_DIR=str(home / "receipt-keys"), CREDIT_LOG_LEVEL="WARNING",
        CREDIT_RATE_LIMITS="*=100000/100000",
        CREDIT_PLATFORM_URL=platform_url, CREDIT_PLATFORM_SECRET=SECRET,
        CREDIT_PUSH_BATCH_SIZE="10", CREDIT_PUSH_INTERVAL_SECONDS="0.05", CREDIT_PUSH_PAUSE_SECONDS="0",
        CREDIT_PUSH_TIMEOUT_SECONDS="30",
    )
    return env


async def _gql(http: httpx.AsyncClient, base: str, token: str, query: str, variables: dict[str, Any]) -> Any:
    answer = (await http.post(base + "/graphql", json={"query": query, "variables": variables},
                              headers={"Authorization": f"Bearer {token}"})).json()
    assert "errors" not in answer, answer
    return answer["data"]


async def _list(http: httpx.AsyncClient, base: str, token: str, code: str, seed: int) -> None:
    """Register an enterprise and blacklist it (a penalty, OTHER_SERIOUS_VIOLATION), decided 30 days ago."""
    today = china_today()

    async def mutate(name: str, field: str, input: dict[str, Any]) -> dict[str, Any]:
        payload = (await _gql(http, base, token, document(f"regulator/{name}.graphql"), {"input": input}))[field]
        assert payload["userErrors"] == [], payload
        return payload

    await mutate("RegisterEnterprise", "registerEnterprise",
                 {"code": code, "name": f"深圳市副本测试化工{seed}有限公司", "regionCode": REGION, "industry": "CHEMICALS"})
    penalty = await mutate("RecordPenalty", "recordPenalty", {
        "code": code, "decisionNumber": f"深应急罚〔2026〕副本{seed}号", "decidedOn": (today - 80 * DAY).isoformat(),
        "violationType": "拒不执行处罚决定", "legalBasis": "《安全生产法》第一百一十二条", "fineYuan": "1000000",
        "description": ""})
    proposed = await mutate("ProposeListing", "proposeListing", {
        "code": code, "listKind": "BLACKLIST", "ground": "OTHER_SERIOUS_VIOLATION",
        "notifiedOn": (today - 60 * DAY).isoformat(), "evidenceRecordIds": [penalty["record"]["id"]]})
    await mutate("DecideListing", "decideListing", {
        "listingId": proposed["listing"]["id"], "decisionNumber": f"深应急列〔2026〕副本{seed}号",
        "decidedOn": (today - 30 * DAY).isoformat()})


DAY = timedelta(days=1)


async def test_two_instances_write_read_through_a_replica_and_deliver_each_event_once(
    clusters: Layout, instances: tuple[Instance, Instance, LoopbackPlatform], tmp_path: Path
) -> None:
    a, b, platform = instances
    async with database(clusters.primary_url, migrate=False):
        _, regulator = await issue_key("regulator", authority_code=AUTHORITY_CODE, authority_name="深圳市应急管理局",
                                       region="4403")
        _, procurement = await issue_key("procurement")
    listed, later = make_code(1), make_code(2)
    async with httpx.AsyncClient(timeout=30) as http:
        # written through A, read at once through B by the regulator: regulators read the primary
        await _list(http, a.url, regulator, listed, 1)
        profile = await _gql(http, b.url, regulator, PROFILE, {"code": listed, "asOf": None})
        assert [e["node"]["status"] for e in profile["enterprise"]["listings"]["edges"]] == ["ACTIVE"]

        # read by a procurement platform through B from the replica, once it has replayed the writes
        await replayed(clusters)
        check = await _gql(http, b.url, procurement, CHECK, {"codes": [listed], "domain": "BIDDING"})
        assert check["restrictionCheck"]["results"][0]["status"] == "PROHIBITED"

        # replay paused: what the primary gets now, the replica (and so procurement) does not see yet
        replica = await asyncpg.connect(_dsn(clusters.replica_url))
        try:
            await replica.execute("SELECT pg_wal_replay_pause()")
            deadline = time.monotonic() + 30
            while await replica.fetchval("SELECT pg_get_wal_replay_pause_state()") != "paused":
                assert time.monotonic() < deadline, "replay did not pause"
                await asyncio.sleep(0.02)
            paused_at = await _primary_now(clusters)
            await _list(http, a.url, regulator, later, 2)
            written_lsn = await primary_lsn(clusters)
            for instance in (a, b):
                stale = (await _gql(http, instance.url, procurement, FRESHNESS, {"codes": [listed, later]}))
                assert [r["status"] for r in stale["restrictionCheck"]["results"]] == ["PROHIBITED", "CLEAR"]
                assert _moment(stale["restrictionCheck"]["dataAsOf"]) < paused_at  # says it is behind
            seen_now = await _gql(http, b.url, regulator, PROFILE, {"code": later, "asOf": None})
            assert seen_now["enterprise"]["listings"]["edges"], "a regulator reads the primary"
            assert await on_replica(clusters, "SELECT count(*) FROM enterprise WHERE code = $1", later) == 0
            await replica.execute("SELECT pg_wal_replay_resume()")
        finally:
            await replica.close()
        await replayed(clusters, written_lsn)
        fresh = await _gql(http, b.url, procurement, FRESHNESS, {"codes": [listed, later]})
        check = fresh["restrictionCheck"]
        assert [r["status"] for r in check["results"]] == ["PROHIBITED", "PROHIBITED"]
        assert paused_at < _moment(check["dataAsOf"]) <= _moment(check["checkedAt"])
        public = (await http.get(a.url + "/public/listings.json")).json()
        assert {row["code"] for row in public["listings"]} == {listed, later}
        with pytest.raises(asyncpg.exceptions.ReadOnlySQLTransactionError):
            await on_replica(clusters, "INSERT INTO authority (code, name, recorded_at) VALUES ('x', 'x', now())")

        # many events at once (a bulk import), delivered by both dispatchers: the first request
        # is held at the platform; the other instance's dispatcher goes on with other enterprises
        platform.script(Fault("hold"))
        await asyncio.to_thread(_import, clusters, tmp_path)
        deadline = time.monotonic() + 60
        while len({platform.snapshot().paths[n] for n in platform.snapshot().paths}) < 2:
            assert time.monotonic() < deadline, "only one dispatcher delivered while the other was held"
            await asyncio.sleep(0.05)
        platform.release()
        expected = await _visible_events(clusters)
        deadline = time.monotonic() + 60
        while await _undelivered(clusters):
            assert time.monotonic() < deadline, f"{await _undelivered(clusters)} events not delivered"
            await asyncio.sleep(0.05)
    log = platform.snapshot()
    arrivals = [arrival.event_id for arrival in log.arrivals]
    assert set(log.accepted) == expected, "an event was lost"
    assert sorted(arrivals) == sorted(expected), "an event was sent twice"
    assert not log.concurrent and not log.rejected and not log.signature_failures
    assert {path.split("from=")[1] for path in log.paths.values()} == {"a", "b"}


def _import(layout: Layout, home: Path) -> None:
    """Forty enterprises and 200 penalties, imported through the command line into the primary."""
    env = _env(layout, home, "")
    with (home / "e.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["code", "name", "regionCode", "industry"])
        for n in range(FIRMS):
            writer.writerow([make_code(100 + n), f"深圳市批量测试{n}有限公司", REGION, "MACHINERY"])
    with (home / "p.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["统一社会信用代码", "处罚决定书文号", "处罚决定日期", "违法行为类型", "处罚依据", "罚款金额(元)"])
        for n in range(5 * FIRMS):
            writer.writerow([make_code(100 + n % FIRMS), f"深应急罚〔2025〕批{n}号", "2025-06-01", "未按规定培训",
                             "《安全生产法》第九十七条", "20000"])
    for kind, name in (("enterprises", "e.csv"), ("penalties", "p.csv")):
        done = subprocess.run([CREDIT, "import", kind, str(home / name), "--authority-code", AUTHORITY_CODE],
                              env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


async def _primary_now(layout: Layout) -> datetime:
    conn = await asyncpg.connect(_dsn(layout.primary_url))
    try:
        moment: datetime = await conn.fetchval("SELECT clock_timestamp()")
        return moment
    finally:
        await conn.close()


async def _visible_events(layout: Layout) -> set[str]:
    conn = await asyncpg.connect(_dsn(layout.primary_url))
    try:
        rows = await conn.fetch("SELECT event_id FROM outbox_event WHERE visible_at <= clock_timestamp()")
        return {str(row["event_id"]) for row in rows}
    finally:
        await conn.close()


async def _undelivered(layout: Layout) -> int:
    conn = await asyncpg.connect(_dsn(layout.primary_url))
    try:
        return int(await conn.fetchval(
            "SELECT count(*) FROM outbox_event WHERE state <> 'DELIVERED' AND visible_at <= clock_timestamp()"))
    finally:
        await conn.close()


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
