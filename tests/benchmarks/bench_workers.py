"""Benchmark: single-code restriction checks per second, ``credit serve --workers N`` for several N.

    .venv/bin/python tests/benchmarks/bench_workers.py                 # --workers 1 against 2
    .venv/bin/python tests/benchmarks/bench_workers.py --workers 1,2,3 --rounds 3 --seconds 10
    .venv/bin/python tests/benchmarks/bench_workers.py --workers 1 --baseline main   # overhead of a change
    .venv/bin/python tests/benchmarks/bench_workers.py --database sqlite             # no database server

Starts a throwaway PostgreSQL (tests/pgcluster.py), or with ``--database sqlite`` a
SQLite file, migrates it with the service's own migrations and loads ``--enterprises``
enterprises (10% of them listed, as in bench_restrictions.py), then starts one real ``credit serve`` process per
worker count, as an operator would (the installed ``credit`` command, production
settings: ``CREDIT_DEV=false``, push off, default logging), and drives each with
single-code CheckRestrictions requests from a concurrent client (wrk if installed,
else a small asyncio HTTP/1.1 client, which needs CPU of its own and so understates
the multi-worker figure on a small machine).

The servers are measured in turn, round after round (1, 2, 1, 2, ...), so a slow
spell of the machine (DESIGN §5) hits every worker count alike; the figure per
worker count is the median of its rounds, and the speed-up is against one worker.
``--baseline REF`` adds one more server, first in the table: the code of a git ref
(its credit/ and migrations/, exported to a temp directory, run by the same
interpreter and packages) with one worker, so a change's cost per request is
measured against what it changed, in the same run.
Options: --enterprises N (100,000), --workers LIST (1,2), --rounds N (3), --seconds S
(10), --connections C (32), --client auto|wrk|asyncio, --baseline REF,
--database postgres|sqlite, --keep.

On 2 cores, PostgreSQL and the load generator share the machine with the workers:
a second worker can only use what they leave (DESIGN §5 measured about 0.25 ms of
server CPU per check; PostgreSQL spends about a third of that again). SQLite runs
inside the workers, so its figure shows the scaling of the service itself.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from support import (
    REGIONS,
    ROOT,
    TODAY,
    DataSet,
    Server,
    free_port,
    graphql_body,
    launch,
    load_register,
    machine_ticks,
    migrate_and_issue_key,
    pgcluster,
    postmaster_pid,
    process_cpu,
    throughput,
    uscc,
    verdict,
)

CREDIT = str(Path(sys.executable).with_name("credit"))


@dataclass
class Serving:
    label: str
    workers: int
    server: Server
    rates: list[float] = field(default_factory=list)
    #: CPU seconds the server's processes spent per request (all workers): what a change
    #: costs, less bent by other load on the machine than the rate is
    cpu_per_request: list[float] = field(default_factory=list)
    #: PostgreSQL's CPU per request, and how busy the whole machine was (all its cores)
    database_cpu_per_request: list[float] = field(default_factory=list)
    machine_busy: list[float] = field(default_factory=list)


def start(label: str, workers: int, env: dict[str, str], workdir: Path, source: Path | None = None) -> Serving:
    """``credit serve`` as installed, or the code exported to ``source`` (a baseline)."""
    port = free_port()
    program = [CREDIT] if source is None else [sys.executable, "-m", "credit.cli"]
    command = [*program, "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers != 1:
        command += ["--workers", str(workers)]
    if source is not None:
        env = {**env, "PYTHONPATH": str(source)}
    log = workdir / f"serve-{len(list(workdir.glob('serve-*.log')))}.log"
    # wrk drops connections mid-request at the end: keep that noise in the log (kept with --keep)
    server = launch(label, port, command, env, cwd=workdir, log=log, ready="/readyz", wait=90, grace=20,
                    keep_log=True)
    return Serving(label, workers, server)


async def load_sqlite(path: Path, enterprises: int, seed: int = 1) -> tuple[str, DataSet]:
    """The same shape of data as support.load_register, in a migrated SQLite file."""
    import sqlite3
    from datetime import UTC, datetime, timedelta

    url = f"sqlite://{path}"
    token = await migrate_and_issue_key(url)
    rnd = random.Random(seed)
    data = DataSet(url=url, enterprises=enterprises)
    now = datetime.now(UTC).isoformat(sep=" ")
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO authority (id, code, name, recorded_at) VALUES (?, ?, ?, ?)",
                         [(i, uscc(10_000_000 + i, "440300"), f"应急管理局{i}", now) for i in range(1, 31)])
        rows = []
        for i in range(1, enterprises + 1):
            region = REGIONS[i % len(REGIONS)]
            data.codes.append(uscc(i, region))
            rows.append((i, data.codes[-1], f"企业{i}有限公司", region, "CHEMICALS", now, now))
        conn.executemany("INSERT INTO enterprise (id, code, name, region_code, industry, recorded_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        ids = rnd.sample(range(1, enterprises + 1), k=enterprises // 5)
        listed = ids[: enterprises // 10]
        listings = []
        for number, eid in enumerate(ids, start=1):
            kind = "BLACKLIST" if number % 2 else "GREYLIST"
            years = 3 if kind == "BLACKLIST" else 1
            back = rnd.randrange(0, 365) if eid in listed else 365 * years + rnd.randrange(1, 2000)
            listed_on = TODAY - timedelta(days=back)
            expires = listed_on.replace(year=listed_on.year + years, day=min(listed_on.day, 28))
            notified = listed_on - timedelta(days=14)
            listings.append((number, eid, kind, "OTHER_SERIOUS_VIOLATION" if years == 3 else "OTHER_CONCERN",
                             1 + number % 30, "bench", notified.isoformat(), (notified + timedelta(days=7)).isoformat(),
                             f"失信〔{number}〕号", listed_on.isoformat(), expires.isoformat(), expires.isoformat(), now, now))
        conn.executemany(
            "INSERT INTO listing (id, enterprise_id, list_kind, ground, authority_id, rules_version, notified_on, "
            "objection_deadline, decision_number, listed_on, expires_on, ends_on, recorded_at, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", listings)
        conn.execute("ANALYZE")
    listed_codes = {data.codes[i - 1] for i in listed}
    data.listed = sorted(listed_codes)
    data.clear = [c for c in data.codes if c not in listed_codes]
    return token, data


def export(ref: str, into: Path) -> Path:
    """The package as it was at ``ref``: credit/ with migrations/ inside, as a wheel ships it."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "credit", "migrations"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    (into / "migrations").rename(into / "credit" / "migrations")
    return into


async def main(args: argparse.Namespace) -> None:
    counts = [int(n) for n in args.workers.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="credit-bench-workers-"))
    cluster = None
    servers: list[Serving] = []
    try:
        started = time.perf_counter()
        if args.database == "postgres":
            print(f"{os.cpu_count()} cores; starting a throwaway PostgreSQL ...", flush=True)
            cluster = pgcluster.start_cluster()
            url = cluster.create_database("bench_workers")
            token = await migrate_and_issue_key(url)
            data = await load_register(url, args.enterprises)
        else:
            print(f"{os.cpu_count()} cores; SQLite in {workdir}", flush=True)
            token, data = await load_sqlite(workdir / "bench.sqlite3", args.enterprises)
            url = data.url
        print(f"  loaded {args.enterprises:,} enterprises in {time.perf_counter() - started:.1f} s", flush=True)
        env = {
            "CREDIT_DATABASE_URL": url, "CREDIT_DEV": "false", "CREDIT_PUSH_ENABLED": "false",
            "CREDIT_PLATFORM_URL": "", "CREDIT_RECEIPT_KEY_DIR": str(workdir / "receipt-keys"),
            # capacity, not the per-key limit (20/s by default since the request gate: every
            # request past it would be a 429)
            "CREDIT_RATE_LIMITS": "*=1000000/1000000",
        }
        if args.baseline:
            source = export(args.baseline, Path(tempfile.mkdtemp(dir=workdir)))
            servers.append(start(f"{args.baseline} (baseline)", 1, env, workdir, source))
        for n in counts:
            servers.append(start(f"--workers {n}", n, env, workdir))
        postgres = postmaster_pid(cluster) if cluster is not None else None
        rnd = random.Random(3)
        bodies = [graphql_body([c]) for c in data.batch(rnd, 100)]

        async def rate(serving: Serving, seconds: float) -> tuple[float, str]:
            return await throughput(serving.server, "/graphql", bodies, token, args.connections, seconds, args.client)

        for serving in servers:  # warm-up: parser caches, pools, the first plans
            await rate(serving, 2)
        tool = ""
        for round_ in range(1, args.rounds + 1):
            for serving in servers:
                cpu = process_cpu(serving.server.process.pid)
                database = process_cpu(postgres) if postgres else 0.0
                busy, total = machine_ticks()
                started = time.monotonic()
                checks, tool = await rate(serving, args.seconds)
                served = max(checks * (time.monotonic() - started), 1)
                serving.rates.append(checks)
                serving.cpu_per_request.append((process_cpu(serving.server.process.pid) - cpu) / served)
                if postgres:
                    serving.database_cpu_per_request.append((process_cpu(postgres) - database) / served)
                busy_after, total_after = machine_ticks()
                serving.machine_busy.append((busy_after - busy) / max(total_after - total, 1))
                print(f"  round {round_}: {serving.label}: {checks:,.0f} checks/s, "
                      f"{serving.cpu_per_request[-1] * 1e6:,.0f} µs CPU each, "
                      f"machine {serving.machine_busy[-1]:.0%} busy", flush=True)
        base = statistics.median(servers[0].rates)
        print(f"\nsingle-code checks per second ({tool}, {args.connections} connections, "
              f"{args.seconds:g} s per run, median of {args.rounds} rounds, "
              f"{args.enterprises:,} enterprises on {'PostgreSQL' if cluster else 'SQLite'})")
        width = max(len(s.label) for s in servers)
        base_cpu = statistics.median(servers[0].cpu_per_request)
        print(f"  {'server':<{width}}  checks/s  {'rounds':<29}  vs first  µs CPU/check  vs first")
        for serving in servers:
            median = statistics.median(serving.rates)
            rounds = ", ".join(f"{r:,.0f}" for r in serving.rates)
            cpu = statistics.median(serving.cpu_per_request)
            print(f"  {serving.label:<{width}}  {median:>8,.0f}  {rounds:<29}  {median / base:>7.2f}x  "
                  f"{cpu * 1e6:>11,.0f}  {cpu / base_cpu:>7.2f}x")
        print(f"  (load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}; "
              "server CPU excludes PostgreSQL and the client)")
        print(f"\n  {'server':<{width}}  PostgreSQL µs CPU/check  machine busy (all {os.cpu_count()} cores)")
        for serving in servers:
            per_check = (f"{statistics.median(serving.database_cpu_per_request) * 1e6:,.0f}"
                         if serving.database_cpu_per_request else "-")
            print(f"  {serving.label:<{width}}  {per_check:>23}  {statistics.median(serving.machine_busy):.0%}")
        if 1 in counts and 2 in counts:
            one = statistics.median(next(s for s in servers if s.label == "--workers 1").rates)
            two = statistics.median(next(s for s in servers if s.label == "--workers 2").rates)
            print()
            verdict(f"--workers 2 at least 1.6x --workers 1 ({two / one:.2f}x)", two >= 1.6 * one)
    finally:
        for serving in servers:
            serving.server.stop()
        if args.keep:
            print(f"kept: {cluster.admin_url if cluster else ''} logs in {workdir}")
        else:
            if cluster is not None:
                cluster.stop()
            shutil.rmtree(workdir, ignore_errors=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts; the first is the base")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client", choices=["auto", "wrk", "asyncio"], default="auto")
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--baseline", help="a git ref: also serve its code (one worker), first in the table")
    parser.add_argument("--keep", action="store_true", help="leave the cluster and the server logs")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
