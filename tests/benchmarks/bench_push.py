"""Push throughput: queue N outbox events, drain them to a loopback platform, print events/s.

    .venv/bin/python tests/benchmarks/bench_push.py                      # 100,000 on a throwaway PostgreSQL
    .venv/bin/python tests/benchmarks/bench_push.py --dispatchers 2      # two dispatchers sharing the work
    .venv/bin/python tests/benchmarks/bench_push.py --sqlite --events 20000
    .venv/bin/python tests/benchmarks/bench_push.py --deadlines          # every event with a publication deadline

The platform runs in its own process (tests/push/loopback_platform.py), so it does not
share the dispatcher's GIL; it verifies every signature and de-duplicates by event id.
Events are loaded with COPY / executemany: what is measured is the draining only.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import support  # before helpers: it puts tests/ on sys.path
from helpers import make_code
from tortoise import connections

from credit.push.dispatcher import Dispatcher
from credit.settings import Settings
from credit.store.db import database

SECRET = "whsec_" + base64.b64encode(b"benchmark-secret-32-bytes-long!!").decode()


def rows(events: int, firms: int, grouped: bool = False, deadlines: bool = False) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Events interleaved across enterprises, or ``grouped``: each enterprise's events queued
    back to back (the claim then walks past many events that are not heads). ``deadlines``:
    every event publishes a decision due within 0–9 days (the dispatcher's first claim)."""
    now = datetime.now(UTC)
    enterprises = [(i + 1, make_code(i), f"基准测试企业{i}", "440305", "MINING", now, now) for i in range(firms)]
    start = now - timedelta(hours=1)
    outbox: list[tuple[Any, ...]] = []
    for n in range(events):
        firm = n // (events // firms) if grouped else n % firms
        visible = start + timedelta(microseconds=n)
        payload = json.dumps({
            "type": "record.added", "code": enterprises[firm][1], "name": enterprises[firm][2],
            "recordId": n, "kind": "PENALTY", "occurredOn": "2026-01-05", "decisionNumber": f"罚〔2026〕{n}号",
            "violationType": "未按规定开展安全生产教育和培训", "legalBasis": "安全生产法第九十七条",
            "fineYuan": "50000.00", "authorityName": "深圳市应急管理局", "authorityCode": "11440300MB2C92016X",
        }, ensure_ascii=False)
        due = (now.date() + timedelta(days=(n * 7919) % 10)) if deadlines else None
        outbox.append((uuid.uuid4(), "RECORD_ADDED", firm + 1, visible - timedelta(days=1), visible, payload,
                       "PENDING", 0, visible, due, due))
    if deadlines:  # as credit.services.outbox.hasten_queue leaves them: the queue's nearest
        nearest: dict[int, date] = {}
        for i in range(len(outbox) - 1, -1, -1):
            row = outbox[i]
            own = row[9]
            best = min(own, nearest.get(row[2], own))
            nearest[row[2]] = best
            outbox[i] = (*row[:10], best)
    return enterprises, outbox


async def load_postgres(
    url: str, events: int, firms: int, grouped: bool, history: int, deadlines: bool
) -> None:
    enterprises, outbox = rows(events, firms, grouped, deadlines)
    conn = await support.connect(url)
    try:
        await conn.copy_records_to_table("enterprise", records=enterprises, columns=support.ENTERPRISE_COLUMNS)
        if history:
            await conn.execute(
                """INSERT INTO outbox_event (event_id, event_type, enterprise_id, effective_at, visible_at,
                     payload, state, attempts, next_attempt_at, delivered_at)
                   SELECT gen_random_uuid(), 'RECORD_ADDED', 1 + n % $2, now() - interval '400 days',
                     now() - interval '1 year' + n * interval '1 millisecond', '{"type": "record.added"}',
                     'DELIVERED', 1, now() - interval '1 year', now() - interval '1 year'
                   FROM generate_series(1, $1) AS n""", history, firms)
        await conn.copy_records_to_table(
            "outbox_event", records=outbox,
            columns=["event_id", "event_type", "enterprise_id", "effective_at", "visible_at", "payload",
                     "state", "attempts", "next_attempt_at", "publish_by", "deliver_by"])
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def load_sqlite(events: int, firms: int, grouped: bool, deadlines: bool) -> None:
    enterprises, outbox = rows(events, firms, grouped, deadlines)
    conn = connections.get("default")
    await conn.execute_many(
        "INSERT INTO enterprise (id, code, name, region_code, industry, recorded_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", [list(r) for r in enterprises])
    await conn.execute_many(
        "INSERT INTO outbox_event (event_id, event_type, enterprise_id, effective_at, visible_at, payload, "
        "state, attempts, next_attempt_at, publish_by, deliver_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [[str(r[0]), *r[1:]] for r in outbox])


async def drain(settings: Settings, dispatchers: int, expected: int, history: int) -> tuple[float, int]:
    conn = connections.get("default")
    batches = 0

    async def work(index: int) -> None:
        nonlocal batches
        async with Dispatcher(settings, name=f"bench-{index}") as d:
            idle = 0
            while idle < 3:
                report = await d.run_once()
                batches += 1 if report.claimed else 0
                if report.claimed:  # as Dispatcher.run paces itself between batches
                    await asyncio.sleep(settings.push_pause_seconds)
                idle = 0 if report.claimed else idle + 1
                if report.retried or report.failed or report.rejected:
                    raise SystemExit(f"unexpected: {report}")

    started = time.perf_counter()
    await asyncio.gather(*(work(i) for i in range(dispatchers)))
    elapsed = time.perf_counter() - started
    [row] = await conn.execute_query_dict("SELECT COUNT(*) AS n FROM outbox_event WHERE state = 'DELIVERED'")
    if int(row["n"]) - history != expected:
        raise SystemExit(f"only {int(row['n']) - history} of {expected} delivered")
    return elapsed, batches


class CheckProbe:
    """Restriction checks of 1,000 codes, run on the same event loop as the dispatcher, as
    ``credit serve`` does: how much does a draining backlog slow the readers?"""

    def __init__(self, codes: list[str]) -> None:
        self.codes = codes
        self.stop = False

    async def _once(self) -> float:
        from credit.domain.catalogue import RestrictionDomain
        from credit.services.auth import Caller, Role
        from credit.services.checks import restriction_check

        started = time.perf_counter()
        await restriction_check(Caller(role=Role.ADMIN), self.codes, RestrictionDomain.BIDDING, None)
        return (time.perf_counter() - started) * 1000

    async def measure_idle(self, rounds: int) -> list[float]:
        for _ in range(5):
            await self._once()
        return [await self._once() for _ in range(rounds)]

    async def run_until_stopped(self) -> list[float]:
        timings = []
        while not self.stop:
            timings.append(await self._once())
            await asyncio.sleep(0.05)  # a reader's pace, not a flood
        return timings


def median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--dispatchers", type=int, default=1)
    parser.add_argument("--pause", type=float, default=None, help="seconds between batches (default: setting)")
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--grouped", action="store_true", help="queue each enterprise's events together")
    parser.add_argument("--deadlines", action="store_true",
                        help="every event publishes a decision with a deadline (the first, ordered claim)")
    parser.add_argument("--history", type=int, default=0,
                        help="PostgreSQL: this many already DELIVERED events first (a table that has lived)")
    args = parser.parse_args()

    port = support.free_port()
    receiver = subprocess.Popen(
        [sys.executable, str(support.TESTS / "push" / "loopback_platform.py"), "--port", str(port), "--secret", SECRET],
        stdout=subprocess.PIPE, text=True,
    )
    cluster = None
    try:
        assert receiver.stdout is not None
        receiver.stdout.readline()  # "listening on ..."
        if args.sqlite:
            url = f"sqlite://{tempfile.mkdtemp(prefix='bench-push-')}/bench.sqlite3"
        else:
            cluster = support.pgcluster.start_cluster()
            url = cluster.create_database("bench_push")
        settings = Settings(
            database_url=url, platform_url=f"http://127.0.0.1:{port}/events", platform_secret=SECRET,
            push_batch_size=args.batch, push_timeout_seconds=10, push_interval_seconds=0.01,
        )
        if args.pause is not None:
            settings = settings.model_copy(update={"push_pause_seconds": args.pause})
        asyncio.run(bench(args, url, settings))
    finally:
        receiver.terminate()
        receiver.wait(10)
        if cluster is not None:
            cluster.stop()


async def bench(args: argparse.Namespace, url: str, settings: Settings) -> None:
    async with database(url, pool_max=max(4, args.dispatchers + 2)):
        loaded = time.perf_counter()
        if args.sqlite:
            await load_sqlite(args.events, args.enterprises, args.grouped, args.deadlines)
        else:
            await load_postgres(url, args.events, args.enterprises, args.grouped, args.history,
                                args.deadlines)
        layout = ("grouped" if args.grouped else "interleaved") + (", with deadlines" if args.deadlines else "")
        print(f"queued {args.events:,} events for {args.enterprises:,} enterprises ({layout}, "
              f"{args.history:,} delivered before) in {time.perf_counter() - loaded:.1f}s "
              f"on {'SQLite' if args.sqlite else 'PostgreSQL'}")
        probe = CheckProbe([make_code(i) for i in range(min(args.enterprises, 1000))])
        idle = await probe.measure_idle(rounds=30)
        probing = asyncio.create_task(probe.run_until_stopped())
        elapsed, batches = await drain(settings, args.dispatchers, args.events, args.history)
        probe.stop = True
        busy = await probing
    if idle and busy:
        print(f"restrictionCheck (1,000 codes, in the dispatcher's process): idle median {median(idle):.1f} ms, "
              f"while draining {median(busy):.1f} ms over {len(busy)} checks = {median(busy) / median(idle):.2f}x "
              f"(target <= 1.5x)")
    print(f"delivered {args.events:,} events in {elapsed:.1f}s = {args.events / elapsed:,.0f} events/s "
          f"({batches} batches of up to {args.batch}, {args.dispatchers} dispatcher(s), "
          f"{elapsed / batches * 1000:.1f} ms per batch)")


if __name__ == "__main__":
    main()
