"""Benchmark: single-code restriction checks per second, ``credit serve --workers N`` for several N.

    .venv/bin/python tests/benchmarks/bench_workers.py                 # --workers 1 against 2
    .venv/bin/python tests/benchmarks/bench_workers.py --workers 1,2,3 --rounds 3 --seconds 10
    .venv/bin/python tests/benchmarks/bench_workers.py --workers 1 --baseline main   # overhead of a change

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
``--baseline REF`` adds one more server, first in the table: the code of a git ref
(its credit/ and migrations/, exported to a temp directory, run by the same
interpreter and packages) with one worker, so a change's cost per request is
measured against what it changed, in the same run.
Options: --enterprises N (100,000), --workers LIST (1,2), --rounds N (3), --seconds S
(10), --connections C (32), --client auto|wrk|asyncio, --baseline REF, --keep.
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
ROOT = HERE.parents[1]
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
    label: str
    workers: int
    port: int
    process: subprocess.Popen  # type: ignore[type-arg]
    log: Path
    rates: list[float] = field(default_factory=list)
    #: CPU seconds the server's processes spent per request (all workers): what a change
    #: costs, less bent by other load on the machine than the rate is
    cpu_per_request: list[float] = field(default_factory=list)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start(label: str, workers: int, env: dict[str, str], workdir: Path, source: Path | None = None) -> Serving:
    """``credit serve`` as installed, or the code exported to ``source`` (a baseline)."""
    port = _free_port()
    program = [CREDIT] if source is None else [sys.executable, "-m", "credit.cli"]
    command = [*program, "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers != 1:
        command += ["--workers", str(workers)]
    if source is not None:
        env = {**env, "PYTHONPATH": str(source)}
    log = workdir / f"serve-{len(list(workdir.glob('serve-*.log')))}.log"
    with log.open("wb") as out:  # wrk drops connections mid-request at the end: keep that noise here
        process = subprocess.Popen(command, cwd=workdir, env={**os.environ, **env}, stdout=out, stderr=out)
    serving = Serving(label, workers, port, process, log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{label} exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return serving
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    serving.stop()
    raise RuntimeError(f"{label} did not become ready: {log.read_text()[-2000:]}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, stack = 0.0, [pid]
    while stack:
        current = stack.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        stack.extend(children.get(current, []))
    return total


def export(ref: str, into: Path) -> Path:
    """The package as it was at ``ref``: credit/ with migrations/ inside, as a wheel ships it."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "credit", "migrations"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    (into / "migrations").rename(into / "credit" / "migrations")
    return into


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
        if args.baseline:
            source = export(args.baseline, Path(tempfile.mkdtemp(dir=workdir)))
            servers.append(start(f"{args.baseline} (baseline)", 1, env, workdir, source))
        for n in counts:
            servers.append(start(f"--workers {n}", n, env, workdir))
        rnd = random.Random(3)
        bodies = [bench.graphql_body([c]) for c in data.batch(rnd, 100)]
        for server in servers:  # warm-up: parser caches, pools, the first plans
            await throughput(server, bodies, token, args.connections, 2)
        tool = ""
        for round_ in range(1, args.rounds + 1):
            for server in servers:
                cpu = cpu_seconds(server.process.pid)
                started = time.monotonic()
                rate, tool = await throughput(server, bodies, token, args.connections, args.seconds)
                served = rate * (time.monotonic() - started)
                server.rates.append(rate)
                server.cpu_per_request.append((cpu_seconds(server.process.pid) - cpu) / max(served, 1))
                print(f"  round {round_}: {server.label}: {rate:,.0f} checks/s, "
                      f"{server.cpu_per_request[-1] * 1e6:,.0f} µs CPU each", flush=True)
        base = statistics.median(servers[0].rates)
        print(f"\nsingle-code checks per second ({tool}, {args.connections} connections, "
              f"{args.seconds:g} s per run, median of {args.rounds} rounds, "
              f"{args.enterprises:,} enterprises on PostgreSQL)")
        width = max(len(s.label) for s in servers)
        base_cpu = statistics.median(servers[0].cpu_per_request)
        print(f"  {'server':<{width}}  checks/s  {'rounds':<29}  vs first  µs CPU/check  vs first")
        for server in servers:
            median = statistics.median(server.rates)
            rounds = ", ".join(f"{r:,.0f}" for r in server.rates)
            cpu = statistics.median(server.cpu_per_request)
            print(f"  {server.label:<{width}}  {median:>8,.0f}  {rounds:<29}  {median / base:>7.2f}x  "
                  f"{cpu * 1e6:>11,.0f}  {cpu / base_cpu:>7.2f}x")
        print(f"  (load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}; "
              "server CPU excludes PostgreSQL and the client)")
        if 1 in counts and 2 in counts:
            one = statistics.median(next(s for s in servers if s.label == "--workers 1").rates)
            two = statistics.median(next(s for s in servers if s.label == "--workers 2").rates)
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
    proxy = bench.Server(server.label, server.port, server.process)
    return await bench.throughput(proxy, "/graphql", bodies, token, connections, seconds)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts; the first is the base")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client", choices=["auto", "wrk", "asyncio"], default="auto")
    parser.add_argument("--baseline", help="a git ref: also serve its code (one worker), first in the table")
    parser.add_argument("--keep", action="store_true", help="leave the cluster and the server logs")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args()
    bench.CLIENT = arguments.client
    asyncio.run(main(arguments))
