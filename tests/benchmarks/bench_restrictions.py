"""Benchmark: restriction checks through the real HTTP + GraphQL path, beside a bare asyncpg floor.

    .venv/bin/python tests/benchmarks/bench_restrictions.py

Starts a throwaway PostgreSQL (tests/pgcluster.py), migrates two databases with
the service's own migrations, loads 1,000,000 and 10,000 enterprises with 5% of
them in an active blacklist listing, 5% in an active greylist listing and 10% in
expired history (plain COPY through asyncpg), starts our server (uvicorn on
127.0.0.1 in a subprocess, ``credit.api.app:create_app``; once as shipped and once
with ``CREDIT_FASTPATH=off``, i.e. everything through Strawberry) and a bare
Starlette + asyncpg endpoint running the same SQL, then prints:

(a) a batch of 1,000 codes (10% listed), server-side time (measured inside the
    server process, from the request's arrival to its response headers) against
    the same lookup as one bare asyncpg query on the same database;
(b) single-code checks per second from a concurrent client (wrk if installed,
    else a small asyncio HTTP/1.1 client), ours beside the bare endpoint;
(c) the 1,000-code batch at 10,000 and at 1,000,000 enterprises: our growth
    beside the bare query's own growth.

The machine is noisy (DESIGN §5): compare figures within one run, as ratios.
Options: --enterprises N (default 1,000,000), --small N (10,000), --rounds N,
--seconds S (per throughput run), --connections C, --client auto|wrk|asyncio,
--keep (leave the cluster up).
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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE.parent)]

import pgcluster  # noqa: E402

from credit.domain.codes import ALPHABET, WEIGHTS  # noqa: E402
from credit.store.db import PG_SERVER_SETTINGS  # noqa: E402
from credit.store.restrictions import _PG_SQL  # noqa: E402

TODAY = date(2026, 11, 22)
AS_OF = "2026-11-22T12:00:00+08:00"  # the bare query asks for TODAY as well
DOMAIN = "INSURANCE"  # both list kinds carry a measure: every listed code has a reason
KINDS = ["BLACKLIST", "GREYLIST"]
BATCH = 1000
LISTED_SHARE = 0.10

CHECK_DOCUMENT = (ROOT / "graphql" / "operations" / "procurement" / "CheckRestrictions.graphql").read_text()

_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_CITIES = ["深圳", "广州", "佛山", "东莞", "珠海", "惠州", "中山", "江门", "汕头", "湛江"]
_TRADES = ["化工", "精细化学", "五金制品", "建材", "物流", "电子材料", "制药", "港口机械", "能源", "食品",
           "烟花爆竹", "纺织", "船舶修造", "冶金", "塑胶", "模具", "电镀", "印刷", "建筑工程", "矿业"]
_GROUNDS = {"BLACKLIST": ["MAJOR_ACCIDENT", "CONCEALED_ACCIDENT", "OTHER_SERIOUS_VIOLATION"],
            "GREYLIST": ["FATAL_GENERAL_ACCIDENT", "UNRECTIFIED_MAJOR_HAZARD"]}


# --------------------------------------------------------------------------- data


def uscc(n: int, region: str) -> str:
    """The n-th code of a region: a base-31 organisation code and the GB 32100 check character."""
    body = []
    for _ in range(9):
        n, digit = divmod(n, 31)
        body.append(ALPHABET[digit])
    first17 = "91" + region + "".join(body)
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return first17 + ALPHABET[(31 - total % 31) % 31]


@dataclass
class DataSet:
    url: str
    enterprises: int
    codes: list[str] = field(default_factory=list)
    listed: list[str] = field(default_factory=list)  # codes with a listing in force today
    clear: list[str] = field(default_factory=list)  # codes with none (some have expired history)

    def batch(self, rnd: random.Random, size: int = BATCH) -> list[str]:
        """``size`` known codes, 10% of them listed, shuffled."""
        listed = int(size * LISTED_SHARE)
        codes = rnd.sample(self.listed, listed) + rnd.sample(self.clear, size - listed)
        rnd.shuffle(codes)
        return codes


def _pg(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


async def load(url: str, enterprises: int, seed: int = 1) -> DataSet:
    """Enterprises, authorities and listings by COPY; then VACUUM ANALYZE (index-only scans)."""
    rnd = random.Random(seed)
    data = DataSet(url=url, enterprises=enterprises)
    now = datetime.now(UTC)
    regions = [f"44{c:02d}{d:02d}" for c in range(1, 21) for d in range(1, 11)]
    conn = await asyncpg.connect(_pg(url))
    try:
        authorities = [(i, uscc(10_000_000 + i, "440300"), f"{_CITIES[i % 10]}市应急管理局", now)
                       for i in range(1, 31)]
        await conn.copy_records_to_table("authority", records=authorities,
                                         columns=["id", "code", "name", "recorded_at"])
        rows = []
        for i in range(1, enterprises + 1):
            region = regions[i % len(regions)]
            code = uscc(i, region)
            data.codes.append(code)
            name = f"{_CITIES[i % 10]}市{_TRADES[(i // 10) % 20]}{i}有限公司"
            rows.append((i, code, name, region, "CHEMICALS", now, now))
        await conn.copy_records_to_table(
            "enterprise", records=rows,
            columns=["id", "code", "name", "region_code", "industry", "recorded_at", "updated_at"],
        )
        del rows
        # 5% blacklist in force, 5% greylist in force, 10% expired history (disjoint enterprises)
        ids = rnd.sample(range(1, enterprises + 1), k=enterprises // 5)
        active_black = ids[: enterprises // 20]
        active_grey = ids[enterprises // 20 : enterprises // 10]
        expired = ids[enterprises // 10 :]
        listings = []
        number = 0

        def listing(enterprise_id: int, kind: str, listed_on: date, years: int) -> None:
            nonlocal number
            number += 1
            try:
                expires = listed_on.replace(year=listed_on.year + years)
            except ValueError:
                expires = listed_on.replace(year=listed_on.year + years, day=28)
            notified = listed_on - timedelta(days=14)
            listings.append((
                number, enterprise_id, kind, rnd.choice(_GROUNDS[kind]), 1 + number % 30, "moem-11-2023",
                notified, notified + timedelta(days=7), f"粤应急失信〔{listed_on.year}〕{number}号",
                listed_on, expires, expires, now, now,
            ))

        for eid in active_black:
            listing(eid, "BLACKLIST", TODAY - timedelta(days=rnd.randrange(0, 3 * 365)), 3)
        for eid in active_grey:
            listing(eid, "GREYLIST", TODAY - timedelta(days=rnd.randrange(0, 365)), 1)
        for eid in expired:
            kind = rnd.choice(KINDS)
            years = 3 if kind == "BLACKLIST" else 1
            listing(eid, kind, TODAY - timedelta(days=365 * years + rnd.randrange(1, 2000)), years)
        await conn.copy_records_to_table(
            "listing", records=listings,
            columns=["id", "enterprise_id", "list_kind", "ground", "authority_id", "rules_version",
                     "notified_on", "objection_deadline", "decision_number", "listed_on", "expires_on",
                     "ends_on", "recorded_at", "decided_at"],
        )
        for table in ("authority", "enterprise", "listing"):
            await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        await conn.execute("VACUUM ANALYZE enterprise")
        await conn.execute("VACUUM ANALYZE listing")
        await conn.execute("VACUUM ANALYZE authority")
    finally:
        await conn.close()
    listed_ids = set(active_black) | set(active_grey)
    data.listed = [data.codes[i - 1] for i in active_black + active_grey]
    data.clear = [c for i, c in enumerate(data.codes, start=1) if i not in listed_ids]
    return data


async def migrate_and_issue_key(url: str) -> str:
    """The service's own migrations, and a procurement key (the secret)."""
    from credit.services.keys import issue_key
    from credit.store.db import database

    async with database(url):
        _, secret = await issue_key("procurement", label="benchmark")
    return secret


# --------------------------------------------------------------------------- servers


def timed_app() -> Any:
    """Our app (``create_app``), reporting its own time per request in a Server-Timing header."""
    from credit.api.app import create_app

    return ServerTiming(create_app())


def bare_app() -> Any:
    """The floor: Starlette + one asyncpg pool, the same SQL, orjson, no GraphQL."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    pool: dict[str, asyncpg.Pool] = {}
    kinds = ["BLACKLIST", "GREYLIST"]

    async def check(request: Request) -> Response:
        body = orjson.loads(await request.body())
        codes = body["codes"]
        async with pool["p"].acquire() as conn:
            rows = await conn.fetch(_PG_SQL, codes, TODAY, kinds)
        found: dict[str, dict[str, Any]] = {}
        for r in rows:
            entry = found.setdefault(r[0], {"code": r[0], "name": r[1], "reasons": []})
            if r[2] is not None:
                entry["reasons"].append({"listingId": str(r[2]), "listKind": r[3], "ground": r[4],
                                         "decisionNumber": r[5], "listedOn": r[6].isoformat(),
                                         "expiresOn": r[7].isoformat(), "authorityName": r[8]})
        results = [found.get(c, {"code": c, "name": None, "reasons": []}) for c in codes]
        return Response(orjson.dumps({"results": results}), media_type="application/json")

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        pool["p"] = await asyncpg.create_pool(
            _pg(os.environ["BENCH_DATABASE_URL"]), min_size=1, max_size=10,
            server_settings=dict(PG_SERVER_SETTINGS),
        )
        yield
        await pool["p"].close()

    return ServerTiming(Starlette(routes=[Route("/check", check, methods=["POST"])], lifespan=lifespan))


class ServerTiming:
    """ASGI wrapper: adds ``server-timing: app;dur=<ms>`` measured up to the response start."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                elapsed = (time.perf_counter() - start) * 1000
                message["headers"] = [*message.get("headers", []),
                                      (b"server-timing", f"app;dur={elapsed:.3f}".encode())]
            await send(message)

        await self.app(scope, receive, timed_send)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen  # type: ignore[type-arg]
    log: Path | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.unlink(missing_ok=True)


def start_server(name: str, factory: str, env: dict[str, str]) -> Server:
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", "--factory", f"bench_restrictions:{factory}",
               "--app-dir", str(HERE), "--host", "127.0.0.1", "--port", str(port),
               "--no-access-log", "--log-level", "warning"]
    # the servers' own logs go to a file: wrk ends its runs by dropping connections mid-request,
    # which Starlette logs as ClientDisconnect tracebacks
    log_path = Path(tempfile.gettempdir()) / f"credit-bench-{port}.log"
    with log_path.open("wb") as log:  # the child keeps its own descriptor
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=log)
    server = Server(name, port, process, log_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} server exited with {process.returncode}: "
                               f"{log_path.read_text()[-2000:]}")
        try:
            if httpx.get(f"{server.base}/healthz" if factory == "timed_app" else f"{server.base}/check",
                         timeout=1).status_code in (200, 405):
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"{name} server did not start")


# --------------------------------------------------------------------------- measurements


def graphql_body(codes: list[str], as_of: str | None = AS_OF) -> bytes:
    variables: dict[str, Any] = {"codes": codes, "domain": DOMAIN, "asOf": as_of}
    return orjson.dumps({"query": CHECK_DOCUMENT, "operationName": "CheckRestrictions",
                         "variables": variables})


def bare_body(codes: list[str]) -> bytes:
    return orjson.dumps({"codes": codes})


def server_ms(response: httpx.Response) -> float:
    return float(response.headers["server-timing"].split("dur=")[1])


@dataclass
class Latency:
    server_ms: list[float] = field(default_factory=list)
    client_ms: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.server_ms)


async def batch_latency(
    ours: list[Server], data: DataSet, token: str, rounds: int, seed: int = 7
) -> tuple[dict[str, Latency], Latency]:
    """Each round: the same fresh batch through each server and as one bare query, interleaved."""
    rnd = random.Random(seed)
    headers = {"Authorization": f"Bearer {token}", "content-type": "application/json"}
    results = {s.name: Latency() for s in ours}
    bare = Latency()
    conn = await asyncpg.connect(_pg(data.url), server_settings=dict(PG_SERVER_SETTINGS))
    try:
        async with httpx.AsyncClient(timeout=60) as http:
            for round_ in range(rounds + 5):
                codes = data.batch(rnd)
                for server in ours:
                    start = time.perf_counter()
                    response = await http.post(f"{server.base}/graphql", content=graphql_body(codes),
                                               headers=headers)
                    elapsed = (time.perf_counter() - start) * 1000
                    answer = orjson.loads(response.content)
                    assert "errors" not in answer, answer["errors"]
                    results_ = answer["data"]["restrictionCheck"]["results"]
                    restricted = sum(r["status"] != "CLEAR" for r in results_)
                    assert restricted == int(BATCH * LISTED_SHARE), restricted
                    if round_ >= 5:  # warm-up rounds are not counted
                        results[server.name].server_ms.append(server_ms(response))
                        results[server.name].client_ms.append(elapsed)
                start = time.perf_counter()
                rows = await conn.fetch(_PG_SQL, codes, TODAY, KINDS)
                elapsed = (time.perf_counter() - start) * 1000
                assert len(rows) == BATCH
                if round_ >= 5:
                    bare.server_ms.append(elapsed)
    finally:
        await conn.close()
    return results, bare


async def _raw_client(port: int, bodies: list[bytes], connections: int, seconds: float) -> tuple[int, int]:
    """Keep-alive HTTP/1.1 POSTs from ``connections`` sockets; returns (responses, non-200)."""
    deadline = time.monotonic() + seconds
    counts = [0, 0]

    async def one(index: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        i = index
        try:
            while time.monotonic() < deadline:
                writer.write(bodies[i % len(bodies)])
                i += connections
                status_line = await reader.readline()
                length = 0
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b""):
                        break
                    name, _, value = line.partition(b":")
                    if name.lower() == b"content-length":
                        length = int(value)
                await reader.readexactly(length)
                counts[0] += 1
                if b" 200 " not in status_line:
                    counts[1] += 1
        finally:
            writer.close()

    await asyncio.gather(*(one(i) for i in range(connections)))
    return counts[0], counts[1]


def _http_request(path: str, body: bytes, token: str | None) -> bytes:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{auth}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def _wrk(port: int, path: str, bodies: list[bytes], token: str | None, connections: int, seconds: float) -> float:
    """Requests per second from wrk, rotating through the bodies (Lua)."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bodies.lua"
        lines = ["local bodies = {"]
        lines += ["  " + _lua_string(b.decode()) + "," for b in bodies]
        lines.append("}")
        lines.append("local i = 0")
        header = f'["Authorization"] = "Bearer {token}", ' if token else ""
        lines.append("request = function()")
        lines.append("  i = i + 1")
        lines.append(f'  return wrk.format("POST", "{path}", {{{header}["Content-Type"] = "application/json"}}, '
                     "bodies[(i % #bodies) + 1])")
        lines.append("end")
        lines.append("done = function(summary, latency, requests)")
        lines.append('  io.write(string.format("RESULT %d %d %d\\n", summary.requests, summary.errors.status, '
                     "summary.duration))")
        lines.append("end")
        script.write_text("\n".join(lines))
        run = subprocess.run(
            ["wrk", "-t", "1", "-c", str(connections), "-d", f"{max(1, round(seconds))}s", "-s", str(script),
             f"http://127.0.0.1:{port}"], capture_output=True, text=True, check=False,
        )
        if run.returncode != 0 or "RESULT " not in run.stdout:
            raise RuntimeError(f"wrk failed: {run.stderr.strip() or run.stdout.strip()}")
        out = run.stdout
    requests, errors, duration_us = (int(x) for x in out.split("RESULT ")[1].split())
    if errors:
        raise RuntimeError(f"wrk saw {errors} non-2xx answers")
    return requests / (duration_us / 1e6)


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


CLIENT = "auto"  # --client: wrk when installed (apt-get install wrk), else the asyncio client


async def throughput(server: Server, path: str, bodies: list[bytes], token: str | None,
                     connections: int, seconds: float) -> tuple[float, str]:
    if CLIENT == "wrk" or (CLIENT == "auto" and shutil.which("wrk")):
        return _wrk(server.port, path, bodies, token, connections, seconds), "wrk"
    requests = [_http_request(path, b, token) for b in bodies]
    start = time.monotonic()
    done, failed = await _raw_client(server.port, requests, connections, seconds)
    if failed:
        raise RuntimeError(f"{failed} non-200 answers from {server.name}")
    return done / (time.monotonic() - start), "asyncio client"


# --------------------------------------------------------------------------- main


def _table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    print("  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  " + "  ".join("-" * w for w in widths))
    for row in rows:
        print("  " + "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))


async def _timed(label: str, work: Callable[[], Awaitable[Any]]) -> Any:
    start = time.perf_counter()
    result = await work()
    print(f"  {label}: {time.perf_counter() - start:.1f} s", flush=True)
    return result


async def main(args: argparse.Namespace) -> None:
    print("starting a throwaway PostgreSQL ...", flush=True)
    cluster = pgcluster.start_cluster()
    servers: list[Server] = []
    key_dir = Path(tempfile.mkdtemp(prefix="credit-bench-keys-"))
    try:
        big_url = cluster.create_database("bench_big")
        small_url = cluster.create_database("bench_small")
        token_big = await _timed("migrate (big)", lambda: migrate_and_issue_key(big_url))
        token_small = await _timed("migrate (small)", lambda: migrate_and_issue_key(small_url))
        big = await _timed(f"load {args.enterprises:,} enterprises + {args.enterprises // 5:,} listings",
                           lambda: load(big_url, args.enterprises))
        small = await _timed(f"load {args.small:,} enterprises + {args.small // 5:,} listings",
                             lambda: load(small_url, args.small))

        def ours_env(url: str, fast: bool) -> dict[str, str]:
            return {"CREDIT_DATABASE_URL": url, "CREDIT_DEV": "false", "CREDIT_PUSH_ENABLED": "false",
                    "CREDIT_PLATFORM_URL": "", "CREDIT_RECEIPT_KEY_DIR": str(key_dir),
                    "CREDIT_FASTPATH": "on" if fast else "off",
                    # the default 20 requests a second per key would refuse the benchmark's own load
                    "CREDIT_RATE_LIMITS": "*=1000000/1000000"}

        ours = start_server("ours", "timed_app", ours_env(big_url, True))
        servers.append(ours)
        strawberry = start_server("strawberry only", "timed_app", ours_env(big_url, False))
        servers.append(strawberry)
        bare = start_server("bare", "bare_app", {"BENCH_DATABASE_URL": big_url})
        servers.append(bare)
        ours_small = start_server("ours (small)", "timed_app", ours_env(small_url, True))
        servers.append(ours_small)

        # (a) and (c): 1,000-code batches
        print(f"(a) {args.rounds} batches of {BATCH} codes on each database ...", flush=True)
        lat_big, bare_big = await batch_latency([ours, strawberry], big, token_big, args.rounds)
        lat_small, bare_small = await batch_latency([ours_small], small, token_small, args.rounds)

        # (b) single-code checks per second
        rnd = random.Random(3)
        singles = [[c] for c in big.batch(rnd, 100)]
        print(f"(b) single-code checks, {args.connections} connections, {args.seconds:g} s each ...", flush=True)
        rps_ours, tool = await throughput(ours, "/graphql", [graphql_body(c) for c in singles], token_big,
                                          args.connections, args.seconds)
        rps_bare, _ = await throughput(bare, "/check", [bare_body(c) for c in singles], None,
                                       args.connections, args.seconds)
        rps_straw, _ = await throughput(strawberry, "/graphql", [graphql_body(c) for c in singles], token_big,
                                        args.connections, args.seconds)
        # a second pair, to see the noise
        rps_ours2, _ = await throughput(ours, "/graphql", [graphql_body(c) for c in singles], token_big,
                                        args.connections, args.seconds)
        rps_bare2, _ = await throughput(bare, "/check", [bare_body(c) for c in singles], None,
                                        args.connections, args.seconds)

        ours_med, bare_med = lat_big["ours"].median, bare_big.median
        _table(
            f"(a) {BATCH} codes ({LISTED_SHARE:.0%} listed), {args.enterprises:,} enterprises, "
            f"median of {args.rounds}",
            ["path", "server ms (median)", "p90", "client ms (median)", "vs bare query"],
            [
                ["ours (fast path)", f"{ours_med:.1f}", f"{_p90(lat_big['ours'].server_ms):.1f}",
                 f"{statistics.median(lat_big['ours'].client_ms):.1f}", f"{ours_med / bare_med:.2f}x"],
                ["ours, Strawberry only", f"{lat_big['strawberry only'].median:.1f}",
                 f"{_p90(lat_big['strawberry only'].server_ms):.1f}",
                 f"{statistics.median(lat_big['strawberry only'].client_ms):.1f}",
                 f"{lat_big['strawberry only'].median / bare_med:.2f}x"],
                ["bare asyncpg query", f"{bare_med:.1f}", f"{_p90(bare_big.server_ms):.1f}", "-", "1.00x"],
            ],
        )
        _table(
            f"(b) single-code checks per second ({tool}, {args.connections} connections, "
            f"{args.seconds:g} s per run)",
            ["server", "run 1", "run 2", "vs bare"],
            [
                ["ours (fast path)", f"{rps_ours:,.0f}", f"{rps_ours2:,.0f}",
                 f"{(rps_ours + rps_ours2) / (rps_bare + rps_bare2):.2f}"],
                ["ours, Strawberry only", f"{rps_straw:,.0f}", "-", f"{2 * rps_straw / (rps_bare + rps_bare2):.2f}"],
                ["bare Starlette + asyncpg", f"{rps_bare:,.0f}", f"{rps_bare2:,.0f}", "1.00"],
            ],
        )
        small_med, bare_small_med = lat_small["ours (small)"].median, bare_small.median
        _table(
            f"(c) {BATCH}-code batch as the table grows (server ms, median of {args.rounds})",
            ["", f"{args.small:,} enterprises", f"{args.enterprises:,} enterprises", "growth"],
            [
                ["ours (fast path)", f"{small_med:.1f}", f"{ours_med:.1f}", f"{ours_med / small_med:.2f}x"],
                ["bare asyncpg query", f"{bare_small_med:.1f}", f"{bare_med:.1f}",
                 f"{bare_med / bare_small_med:.2f}x"],
            ],
        )
        verdicts = [
            ("(a) median under 150 ms", ours_med < 150),
            ("(a) within 3x of the bare query", ours_med <= 3 * bare_med),
            ("(b) at least half the bare endpoint's rate", rps_ours + rps_ours2 >= 0.5 * (rps_bare + rps_bare2)),
        ]
        print()
        for label, ok in verdicts:
            print(f"  {'PASS' if ok else 'MISS'}  {label}")
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(key_dir, ignore_errors=True)
        if args.keep:
            print(f"cluster kept: {cluster.admin_url} ({cluster.root})")
        else:
            cluster.stop()


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--client", choices=["auto", "wrk", "asyncio"], default="auto",
                        help="load generator for (b): wrk if installed, else a small asyncio client")
    parser.add_argument("--keep", action="store_true", help="leave the PostgreSQL cluster running")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args()
    CLIENT = arguments.client
    asyncio.run(main(arguments))
