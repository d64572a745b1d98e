"""Benchmark: single-code restriction checks per second, ``credit serve --workers N`` for several N.

    .venv/bin/python tests/benchmarks/bench_workers.py                 # --workers 1 against 2
    .venv/bin/python tests/benchmarks/bench_workers.py --workers 1,2,3 --rounds 3 --seconds 10

Starts a throwaway PostgreSQL (tests/pgcluster.py), migrates a database with the
service's own migrations and loads ``--enterprises`` enterprises (10% of them listed,
as in bench_restrictions.py), then starts one real ``credit serve`` process per
worker count, as an operator would (the installed ``credit`` command, production
settings: ``CREDIT_DEV=false``, push off, default logging), and drives each with
single-code CheckRestrictions requests from a concurrent client (wrk if installed,
else a small asyncio HTTP/1.1 client, which needs CPU of its own and so understates
the multi-worker figure on a small machine).

The servers are measured in turn, round after round (1, 2, 1, 2, ...), so a slow
spell of the machine (DESIGN §5) hits every worker count alike; the figure per
worker count is the median of its rounds, and the speed-up is against one worker.
Options: --enterprises N (100,000), --workers LIST (1,2), --rounds N (3), --seconds S
(10), --connections C (32), --client auto|wrk|asyncio, --keep.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import bench_restrictions as bench  # noqa: E402
import pgcluster  # noqa: E402

CREDIT = str(Path(sys.executable).with_name("credit"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Serving:
    workers: int
    port: int
    process: subprocess.Popen  # type: ignore[type-arg]
    log: Path
    rates: list[float] = field(default_factory=list)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start(workers: int, env: dict[str, str], workdir: Path) -> Serving:
    port = _free_port()
    command = [CREDIT, "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers != 1:
        command += ["--workers", str(workers)]
    log = workdir / f"serve-{workers}.log"
    with log.open("wb") as out:  # wrk drops connections mid-request at the end: keep that noise here
        process = subprocess.Popen(command, cwd=workdir, env={**os.environ, **env}, stdout=out, stderr=out)
    serving = Serving(workers, port, process, log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"credit serve --workers {workers} exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return serving
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    serving.stop()
    raise RuntimeError(f"credit serve --workers {workers} did not become ready: {log.read_text()[-2000:]}")


async def main(args: argparse.Namespace) -> None:
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{os.cpu_count()} cores; starting a throwaway PostgreSQL ...", flush=True)
    cluster = pgcluster.start_cluster()
    workdir = Path(tempfile.mkdtemp(prefix="credit-bench-workers-"))
    servers: list[Serving] = []
    try:
        url = cluster.create_database("bench_workers")
        token = await bench.migrate_and_issue_key(url)
        started = time.perf_counter()
        data = await bench.load(url, args.enterprises)
        print(f"  loaded {args.enterprises:,} enterprises in {time.perf_counter() - started:.1f} s", flush=True)
        env = {
            "CREDIT_DATABASE_URL": url, "CREDIT_DEV": "false", "CREDIT_PUSH_ENABLED": "false",
            "CREDIT_PLATFORM_URL": "", "CREDIT_RECEIPT_KEY_DIR": str(workdir / "receipt-keys"),
        }
        for n in counts:
            servers.append(start(n, env, workdir))
        rnd = random.Random(3)
        bodies = [bench.graphql_body([c]) for c in data.batch(rnd, 100)]
        for server in servers:  # warm-up: parser caches, pools, the first plans
            await throughput(server, bodies, token, args.connections, 2)
        tool = ""
        for round_ in range(1, args.rounds + 1):
            for server in servers:
                rate, tool = await throughput(server, bodies, token, args.connections, args.seconds)
                server.rates.append(rate)
                print(f"  round {round_}: --workers {server.workers}: {rate:,.0f} checks/s", flush=True)
        base = statistics.median(servers[0].rates)
        print(f"\nsingle-code checks per second ({tool}, {args.connections} connections, "
              f"{args.seconds:g} s per run, median of {args.rounds} rounds, "
              f"{args.enterprises:,} enterprises on PostgreSQL)")
        print("  workers  checks/s  rounds                         vs first")
        for server in servers:
            median = statistics.median(server.rates)
            rounds = ", ".join(f"{r:,.0f}" for r in server.rates)
            print(f"  {server.workers:<7}  {median:>8,.0f}  {rounds:<29}  {median / base:.2f}x")
        if 1 in counts and 2 in counts:
            one = statistics.median(next(s for s in servers if s.workers == 1).rates)
            two = statistics.median(next(s for s in servers if s.workers == 2).rates)
            print(f"\n  {'PASS' if two >= 1.6 * one else 'MISS'}  --workers 2 at least 1.6x --workers 1 "
                  f"({two / one:.2f}x)")
    finally:
        for server in servers:
            server.stop()
        if args.keep:
            print(f"kept: {cluster.admin_url} ({cluster.root}), logs in {workdir}")
        else:
            cluster.stop()
            shutil.rmtree(workdir, ignore_errors=True)


async def throughput(server: Serving, bodies: list[bytes], token: str, connections: int,
                     seconds: float) -> tuple[float, str]:
    proxy = bench.Server(f"--workers {server.workers}", server.port, server.process)
    return await bench.throughput(proxy, "/graphql", bodies, token, connections, seconds)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts; the first is the base")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client", choices=["auto", "wrk", "asyncio"], default="auto")
    parser.add_argument("--keep", action="store_true", help="leave the cluster and the server logs")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args()
    bench.CLIENT = arguments.client
    asyncio.run(main(arguments))
