"""What the benchmarks in this folder share, so that each bench_*.py keeps only its own part.

- the paths: importing this module puts the checkout and tests/ on ``sys.path`` (for
  ``credit``, ``pgcluster`` and ``helpers``), so a benchmark imports it first;
- PostgreSQL: a throwaway cluster with our servers on it (``Stage``), asyncpg connections,
  sequences and statistics after a COPY, the service's migrations and an API key;
- the enterprise register of bench_restrictions.py (``load_register``: 5% blacklisted, 5%
  greylisted, 10% expired history) and the CheckRestrictions request;
- our server under uvicorn on a free loopback port (``start_server``, or any command with
  ``launch``), reporting its own time per request (``ServerTiming``, ``server_ms``);
- load clients for requests per second (wrk when installed, else a small asyncio client);
- figures: medians and p90, tables, PASS/MISS verdict lines, CPU seconds of a process tree
  and how busy the machine was.
"""

from __future__ import annotations

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
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

import asyncpg
import httpx
import orjson

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
ROOT = TESTS.parent
sys.path[:0] = [p for p in (str(ROOT), str(TESTS)) if p not in sys.path]

import pgcluster as pgcluster  # noqa: E402  (re-exported: a benchmark imports support first)

from credit.domain.codes import ALPHABET, check_character  # noqa: E402
from credit.store.db import PG_SERVER_SETTINGS  # noqa: E402

# --------------------------------------------------------------------------- PostgreSQL


def pg_dsn(url: str) -> str:
    """The service's ``postgres://`` URL as asyncpg spells it."""
    return url.replace("postgres://", "postgresql://", 1)


async def connect(url: str, *, like_service: bool = False) -> asyncpg.Connection:
    """One asyncpg connection; ``like_service``: with the service's own session settings (a
    bare query timed on it is a fair floor for the service's)."""
    if like_service:
        return await asyncpg.connect(pg_dsn(url), server_settings=dict(PG_SERVER_SETTINGS))
    return await asyncpg.connect(pg_dsn(url))


async def reset_sequences(conn: asyncpg.Connection, *tables: str) -> None:
    """After a COPY with explicit ids: each table's id sequence continues after its largest id."""
    for table in tables:
        await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")


async def vacuum_analyze(conn: asyncpg.Connection, *tables: str) -> None:
    """Statistics for the planner and the visibility map for index-only scans."""
    for table in tables:
        await conn.execute(f"VACUUM ANALYZE {table}")


async def migrate(url: str) -> None:
    """The service's own migrations (``database()`` runs them)."""
    from credit.store.db import database

    async with database(url):
        pass


async def migrate_and_issue_key(url: str, role: str = "procurement", *, authority_code: str | None = None,
                                authority_name: str | None = None, region: str | None = None) -> str:
    """The service's own migrations, and a key of ``role`` (its secret); a regulator's key
    names its authority and region."""
    from credit.services.keys import issue_key
    from credit.store.db import database

    async with database(url):
        _, secret = await issue_key(role, authority_code=authority_code, authority_name=authority_name,
                                    region=region, label="benchmark")
    return secret


ENTERPRISE_COLUMNS = ["id", "code", "name", "region_code", "industry", "recorded_at", "updated_at"]

# --------------------------------------------------------------------------- the register

TODAY = date(2026, 11, 22)
AS_OF = "2026-11-22T12:00:00+08:00"  # the bare queries ask for TODAY as well
DOMAIN = "INSURANCE"  # both list kinds carry a measure: every listed code has a reason
KINDS = ["BLACKLIST", "GREYLIST"]
BATCH = 1000
LISTED_SHARE = 0.10

CITIES = ["深圳", "广州", "佛山", "东莞", "珠海", "惠州", "中山", "江门", "汕头", "湛江"]
TRADES = ["化工", "精细化学", "五金制品", "建材", "物流", "电子材料", "制药", "港口机械", "能源", "食品",
          "烟花爆竹", "纺织", "船舶修造", "冶金", "塑胶", "模具", "电镀", "印刷", "建筑工程", "矿业"]
GROUNDS = {"BLACKLIST": ["MAJOR_ACCIDENT", "CONCEALED_ACCIDENT", "OTHER_SERIOUS_VIOLATION"],
           "GREYLIST": ["FATAL_GENERAL_ACCIDENT", "UNRECTIFIED_MAJOR_HAZARD"]}
REGIONS = [f"44{c:02d}{d:02d}" for c in range(1, 21) for d in range(1, 11)]

_OPERATIONS = ROOT / "graphql" / "operations" / "procurement"
CHECK_DOCUMENT = (_OPERATIONS / "CheckRestrictions.graphql").read_text()
CHECK_AS_KNOWN_DOCUMENT = (_OPERATIONS / "CheckRestrictionsAsKnown.graphql").read_text()


def uscc(n: int, region: str) -> str:
    """The n-th code of a region: a base-31 organisation code and the GB 32100 check character."""
    body = []
    for _ in range(9):
        n, digit = divmod(n, 31)
        body.append(ALPHABET[digit])
    first17 = "91" + region + "".join(body)
    return first17 + check_character(first17)


def register_enterprise(i: int) -> tuple[str, str, str]:
    """The i-th enterprise of the register: (code, name, region)."""
    region = REGIONS[i % len(REGIONS)]
    return uscc(i, region), f"{CITIES[i % 10]}市{TRADES[(i // 10) % 20]}{i}有限公司", region


def years_later(day: date, years: int) -> date:
    """The same day ``years`` later (29 February: the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


async def copy_authorities(conn: asyncpg.Connection, recorded_at: datetime) -> None:
    """The 30 authorities (ids 1 to 30) the register's listings name."""
    authorities = [(i, uscc(10_000_000 + i, "440300"), f"{CITIES[i % 10]}市应急管理局", recorded_at)
                   for i in range(1, 31)]
    await conn.copy_records_to_table("authority", records=authorities, columns=["id", "code", "name", "recorded_at"])


def listing_plan(rnd: random.Random, enterprises: int) -> Iterator[tuple[int, str, date, int, bool]]:
    """(enterprise id, list kind, listed on, years, in force today) of the register's listings:
    5% blacklist in force, 5% greylist in force, 10% expired history (disjoint enterprises).
    Each is drawn as it is taken, so what the taker draws in between stays in the same order."""
    ids = rnd.sample(range(1, enterprises + 1), k=enterprises // 5)
    for eid in ids[: enterprises // 20]:
        yield eid, "BLACKLIST", TODAY - timedelta(days=rnd.randrange(0, 3 * 365)), 3, True
    for eid in ids[enterprises // 20 : enterprises // 10]:
        yield eid, "GREYLIST", TODAY - timedelta(days=rnd.randrange(0, 365)), 1, True
    for eid in ids[enterprises // 10 :]:
        kind = rnd.choice(KINDS)
        years = 3 if kind == "BLACKLIST" else 1
        yield eid, kind, TODAY - timedelta(days=365 * years + rnd.randrange(1, 2000)), years, False


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

    def mark_listed(self, ids: list[int]) -> None:
        """The codes of enterprises ``ids`` (in this order) are listed today; the others clear."""
        chosen = set(ids)
        self.listed = [self.codes[i - 1] for i in ids]
        self.clear = [c for i, c in enumerate(self.codes, start=1) if i not in chosen]


LISTING_COLUMNS = ["id", "enterprise_id", "list_kind", "ground", "authority_id", "rules_version", "notified_on",
                   "objection_deadline", "decision_number", "listed_on", "expires_on"]  # a listing's decision


def listing_decision(rnd: random.Random, number: int, eid: int, kind: str, listed_on: date,
                     expires: date) -> tuple[Any, ...]:
    """Listing ``number``'s decision (LISTING_COLUMNS): a ground drawn from ``rnd``, notified 14 days before."""
    notified = listed_on - timedelta(days=14)
    return (number, eid, kind, rnd.choice(GROUNDS[kind]), 1 + number % 30, "moem-11-2023",
            notified, notified + timedelta(days=7), f"粤应急失信〔{listed_on.year}〕{number}号", listed_on, expires)


async def load_register(url: str, enterprises: int, seed: int = 1) -> DataSet:
    """Enterprises, authorities and listings by COPY; then VACUUM ANALYZE (index-only scans)."""
    rnd = random.Random(seed)
    data = DataSet(url=url, enterprises=enterprises)
    now = datetime.now(UTC)
    conn = await connect(url)
    try:
        await copy_authorities(conn, now)
        rows = []
        for i in range(1, enterprises + 1):
            code, name, region = register_enterprise(i)
            data.codes.append(code)
            rows.append((i, code, name, region, "CHEMICALS", now, now))
        await conn.copy_records_to_table("enterprise", records=rows, columns=ENTERPRISE_COLUMNS)
        del rows
        listings, listed = [], []
        for number, (eid, kind, listed_on, years, in_force) in enumerate(listing_plan(rnd, enterprises), start=1):
            expires = years_later(listed_on, years)
            listings.append((*listing_decision(rnd, number, eid, kind, listed_on, expires), expires, now, now))
            if in_force:
                listed.append(eid)
        await conn.copy_records_to_table(
            "listing", records=listings,
            columns=[*LISTING_COLUMNS, "ends_on", "recorded_at", "decided_at"],
        )
        await reset_sequences(conn, "authority", "enterprise", "listing")
        await vacuum_analyze(conn, "enterprise", "listing", "authority")
    finally:
        await conn.close()
    data.mark_listed(listed)
    return data


def graphql(query: str, variables: dict[str, Any] | None = None, operation: str | None = None) -> bytes:
    """A GraphQL request body."""
    data: dict[str, Any] = {"query": query}
    if operation:
        data["operationName"] = operation
    data["variables"] = variables or {}
    return orjson.dumps(data)


def graphql_body(codes: list[str], as_of: str | None = AS_OF, as_known_at: str | None = None) -> bytes:
    """The consumers' CheckRestrictions of ``codes`` (CheckRestrictionsAsKnown with ``as_known_at``)."""
    variables: dict[str, Any] = {"codes": codes, "domain": DOMAIN, "asOf": as_of}
    if as_known_at is None:
        return graphql(CHECK_DOCUMENT, variables, "CheckRestrictions")
    variables["asKnownAt"] = as_known_at
    return graphql(CHECK_AS_KNOWN_DOCUMENT, variables, "CheckRestrictionsAsKnown")


def json_headers(token: str | None = None) -> dict[str, str]:
    """A JSON request's headers, with the key's bearer token when there is one."""
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return headers


# --------------------------------------------------------------------------- servers


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


def timed_app() -> Any:
    """Our app (``create_app``), reporting its own time per request in a Server-Timing header."""
    from credit.api.app import create_app

    return ServerTiming(create_app())


TIMED_APP = "support:timed_app"  # the uvicorn factory of timed_app


def server_ms(response: httpx.Response) -> float:
    """The server's own time for a request (``ServerTiming``), in ms."""
    return float(response.headers["server-timing"].split("dur=")[1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen  # type: ignore[type-arg]
    log: Path | None = None
    keep_log: bool = False
    grace: float = 10.0  # seconds to finish after SIGINT before it is killed

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(self.grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None and not self.keep_log:
            self.log.unlink(missing_ok=True)


def launch(name: str, port: int, command: list[str], env: dict[str, str], *, cwd: Path, log: Path,
           ready: str = "/healthz", wait: float = 60, grace: float = 10.0, keep_log: bool = False) -> Server:
    """Start ``command`` (an HTTP server on ``port``), its output to ``log``, and wait until
    ``ready`` answers (200, or 405 from a POST-only route)."""
    with log.open("wb") as out:  # the child keeps its own descriptor
        process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **env}, stdout=out, stderr=out)
    server = Server(name, port, process, log, keep_log=keep_log, grace=grace)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} server exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{server.base}{ready}", timeout=2).status_code in (200, 405):
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    tail = log.read_text()[-2000:]
    server.stop()
    raise RuntimeError(f"{name} server did not start: {tail}")


def start_server(name: str, factory: str, env: dict[str, str], *, ready: str = "/healthz",
                 python: str = sys.executable, root: Path = ROOT) -> Server:
    """An app factory (``module:function`` in tests/benchmarks of the checkout at ``root``)
    under uvicorn on 127.0.0.1, with ``env`` over this process's environment."""
    port = free_port()
    command = [python, "-m", "uvicorn", "--factory", factory, "--app-dir", str(root / "tests" / "benchmarks"),
               "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning"]
    # the servers' own logs go to a file: wrk ends its runs by dropping connections mid-request,
    # which Starlette logs as ClientDisconnect tracebacks
    log = Path(tempfile.gettempdir()) / f"credit-bench-{port}.log"
    return launch(name, port, command, env, cwd=root, log=log, ready=ready)


UNLIMITED = "*=1000000/1000000"  # the default 20 requests a second per key would refuse the benchmark's own load


def server_env(url: str, key_dir: Path, *, fastpath: bool | None = None,
               rate_limits: str | None = UNLIMITED) -> dict[str, str]:
    """Our server's settings: production (not dev), push off, receipt keys in ``key_dir``;
    the fast path on or off (None: as shipped); per-key rate limits (None: as shipped)."""
    env = {"CREDIT_DATABASE_URL": url, "CREDIT_DEV": "false", "CREDIT_PUSH_ENABLED": "false",
           "CREDIT_PLATFORM_URL": "", "CREDIT_RECEIPT_KEY_DIR": str(key_dir)}
    if fastpath is not None:
        env["CREDIT_FASTPATH"] = "on" if fastpath else "off"
    if rate_limits is not None:
        env["CREDIT_RATE_LIMITS"] = rate_limits
    return env


class Stage:
    """A benchmark's throwaway world, as a ``with`` block: a PostgreSQL cluster, a folder for
    our servers' receipt keys, and the servers started through ``serve``. At its end the
    servers are stopped and the folder removed, and the cluster too unless ``keep`` (then
    its address is printed)."""

    def __init__(self, keep: bool = False) -> None:
        self.keep = keep
        self.servers: list[Server] = []

    def __enter__(self) -> Stage:
        print("starting a throwaway PostgreSQL ...", flush=True)
        self.cluster = pgcluster.start_cluster()
        self.key_dir = Path(tempfile.mkdtemp(prefix="credit-bench-keys-"))
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        for server in self.servers:
            server.stop()
        shutil.rmtree(self.key_dir, ignore_errors=True)
        if self.keep:
            print(f"cluster kept: {self.cluster.admin_url} ({self.cluster.root})")
        else:
            self.cluster.stop()

    def database(self, name: str) -> str:
        """A new database in the cluster: its URL."""
        return self.cluster.create_database(name)

    def env(self, url: str, *, fastpath: bool | None = None, rate_limits: str | None = UNLIMITED) -> dict[str, str]:
        """``server_env`` with this stage's key folder."""
        return server_env(url, self.key_dir, fastpath=fastpath, rate_limits=rate_limits)

    def serve(self, name: str, env: dict[str, str], factory: str = TIMED_APP, **options: Any) -> Server:
        """``start_server``; stopped at the end of the stage."""
        server = start_server(name, factory, env, **options)
        self.servers.append(server)
        return server


# --------------------------------------------------------------------------- load clients


async def raw_client(port: int, bodies: list[bytes], connections: int, seconds: float) -> tuple[int, int]:
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


def http_request(path: str, body: bytes, token: str | None) -> bytes:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{auth}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def wrk(port: int, path: str, bodies: list[bytes], token: str | None, connections: int, seconds: float) -> float:
    """Requests per second from wrk, rotating through the bodies (Lua)."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bodies.lua"
        lines = ["local bodies = {"]
        lines += ["  " + lua_string(b.decode()) + "," for b in bodies]
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


def lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


async def throughput(server: Server, path: str, bodies: list[bytes], token: str | None,
                     connections: int, seconds: float, client: str = "auto") -> tuple[float, str]:
    """Requests per second, and the client that measured it: ``client`` wrk, asyncio, or auto
    (wrk when installed: apt-get install wrk; else the asyncio client)."""
    if client == "wrk" or (client == "auto" and shutil.which("wrk")):
        return wrk(server.port, path, bodies, token, connections, seconds), "wrk"
    requests = [http_request(path, b, token) for b in bodies]
    start = time.monotonic()
    done, failed = await raw_client(server.port, requests, connections, seconds)
    if failed:
        raise RuntimeError(f"{failed} non-200 answers from {server.name}")
    return done / (time.monotonic() - start), "asyncio client"


# --------------------------------------------------------------------------- figures


@dataclass
class Latency:
    server_ms: list[float] = field(default_factory=list)
    client_ms: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.server_ms)


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]


async def timed(label: str, work: Callable[[], Awaitable[Any]]) -> Any:
    """``work()``, printing how long it took."""
    start = time.perf_counter()
    result = await work()
    print(f"  {label}: {time.perf_counter() - start:.1f} s", flush=True)
    return result


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    print("  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  " + "  ".join("-" * w for w in widths))
    for row in rows:
        print("  " + "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))


def verdict(label: str, ok: bool) -> None:
    """A target's verdict line."""
    print(f"  {'PASS' if ok else 'MISS'}  {label}")


def process_cpu(pid: int, *, ended: bool = False) -> float:
    """User + system CPU seconds of a process and all its descendants (Linux /proc); with
    ``ended``, also of those that have ended (counted into their parent once reaped)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    ticks, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(f) for f in fields[11:15 if ended else 13])  # utime stime [cutime cstime]
        stack.extend(children.get(current, []))
    return ticks / os.sysconf("SC_CLK_TCK")


def postmaster_pid(cluster: pgcluster.Cluster) -> int | None:
    """The throwaway cluster's postmaster: its backends are its children."""
    try:
        return int((cluster.root / "data" / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def machine_ticks() -> tuple[int, int]:
    """(busy, total) clock ticks of all cores since boot, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)
