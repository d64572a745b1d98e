"""Benchmark: a 1,000-code check with ``asKnownAt`` beside the same check without it (issue 15).

    .venv/bin/python tests/benchmarks/bench_asknown.py

Starts a throwaway PostgreSQL (tests/pgcluster.py), migrates a database with the
service's own migrations and loads 1,000,000 enterprises with a history in transaction
time (plain COPY through asyncpg): registrations over 2024, every one with its first
version; 5% renamed before the asKnownAt moment T and 5% after it (a second version);
1% registered after T; 5% in an active blacklist listing, 5% in an active greylist
listing, 10% in expired history, where a fifth of the decisions were entered after T
(backdated), 3% of the listings in force at T were revoked after it and 3% of the
blacklist ones repaired after it. Then it starts our server (uvicorn, as shipped, and
once with ``CREDIT_FASTPATH=off``) and sends, round after round, the same fresh batch of
1,000 codes (10% listed now) as CheckRestrictions and as CheckRestrictionsAsKnown
(asKnownAt = T, the same asOf), and prints server-side times (inside the server
process, request arrival to response headers), beside each SQL alone.

The target: with asKnownAt within 1.5x of the same check without it, side by side.
The machine is noisy (DESIGN §5): compare figures within one run, as ratios.
Options: --enterprises N (default 1,000,000), --rounds N (60), --keep.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx
import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE.parent), str(HERE)]

import pgcluster  # noqa: E402
from bench_restrictions import (  # noqa: E402
    _CITIES,
    _GROUNDS,
    _TRADES,
    KINDS,
    Latency,
    _p90,
    _pg,
    _table,
    _timed,
    migrate_and_issue_key,
    server_ms,
    start_server,
    uscc,
)

from credit.store.db import PG_SERVER_SETTINGS  # noqa: E402
from credit.store.restrictions import _PG_KNOWN_SQL, _PG_SQL  # noqa: E402

TODAY = date(2026, 11, 22)
AS_OF = "2026-11-22T12:00:00+08:00"
KNOWN_AT = datetime(2026, 6, 1, tzinfo=UTC)  # T: what the service knew on 1 June 2026
DOMAIN = "INSURANCE"
BATCH = 1000
LISTED_SHARE = 0.10

CHECK = (ROOT / "graphql" / "operations" / "procurement" / "CheckRestrictions.graphql").read_text()
CHECK_AS_KNOWN = (ROOT / "graphql" / "operations" / "procurement" / "CheckRestrictionsAsKnown.graphql").read_text()


@dataclass
class DataSet:
    url: str
    codes: list[str] = field(default_factory=list)
    listed: list[str] = field(default_factory=list)
    clear: list[str] = field(default_factory=list)

    def batch(self, rnd: random.Random) -> list[str]:
        listed = int(BATCH * LISTED_SHARE)
        codes = rnd.sample(self.listed, listed) + rnd.sample(self.clear, BATCH - listed)
        rnd.shuffle(codes)
        return codes


def _moment(rnd: random.Random, start: datetime, days: int) -> datetime:
    return start + timedelta(seconds=rnd.randrange(0, days * 86400))


async def load(url: str, enterprises: int, seed: int = 1) -> DataSet:
    rnd = random.Random(seed)
    data = DataSet(url=url)
    regions = [f"44{c:02d}{d:02d}" for c in range(1, 21) for d in range(1, 11)]
    first = datetime(2024, 1, 1, tzinfo=UTC)
    before_t = datetime(2025, 5, 1, tzinfo=UTC)
    after_t = datetime(2026, 7, 1, tzinfo=UTC)
    conn = await asyncpg.connect(_pg(url))
    try:
        authorities = [(i, uscc(10_000_000 + i, "440300"), f"{_CITIES[i % 10]}市应急管理局", first)
                       for i in range(1, 31)]
        await conn.copy_records_to_table("authority", records=authorities,
                                         columns=["id", "code", "name", "recorded_at"])
        rows, versions = [], []
        for i in range(1, enterprises + 1):
            region = regions[i % len(regions)]
            code = uscc(i, region)
            data.codes.append(code)
            name = f"{_CITIES[i % 10]}市{_TRADES[(i // 10) % 20]}{i}有限公司"
            registered = after_t + timedelta(seconds=i) if i % 100 == 0 else first + timedelta(seconds=30 * i)
            versions.append((i, name, region, "CHEMICALS", registered))
            updated = registered
            fate = i % 20
            if fate in (1, 2):  # renamed: before T (1) or after it (2)
                updated = before_t + timedelta(seconds=i) if fate == 1 else after_t + timedelta(seconds=i)
                name = f"{name[:-4]}(更名){name[-4:]}"
                versions.append((i, name, region, "CHEMICALS", updated))
            rows.append((i, code, name, region, "CHEMICALS", registered, updated))
        await conn.copy_records_to_table(
            "enterprise", records=rows,
            columns=["id", "code", "name", "region_code", "industry", "recorded_at", "updated_at"],
        )
        await conn.copy_records_to_table(
            "enterprise_version", records=versions,
            columns=["enterprise_id", "name", "region_code", "industry", "recorded_at"],
        )
        del rows, versions
        ids = rnd.sample(range(1, enterprises + 1), k=enterprises // 5)
        active_black = ids[: enterprises // 20]
        active_grey = ids[enterprises // 20 : enterprises // 10]
        expired = ids[enterprises // 10 :]
        listings, repairs = [], []
        number = 0

        def listing(enterprise_id: int, kind: str, listed_on: date, years: int, active: bool) -> None:
            nonlocal number
            number += 1
            try:
                expires = listed_on.replace(year=listed_on.year + years)
            except ValueError:
                expires = listed_on.replace(year=listed_on.year + years, day=28)
            notified = listed_on - timedelta(days=14)
            proposed = _moment(rnd, datetime(2024, 6, 1, tzinfo=UTC), 300)
            # a fifth of the decisions entered after T, backdated
            decided = _moment(rnd, after_t, 120) if rnd.random() < 0.2 else proposed + timedelta(days=20)
            ends, revoked_on, revoked_at = expires, None, None
            luck = rnd.random()
            if active and luck < 0.03 and decided < KNOWN_AT:  # revoked after T: in force as known at T
                ends, revoked_on, revoked_at = None, TODAY - timedelta(days=30), _moment(rnd, after_t, 120)
            elif active and kind == "BLACKLIST" and luck < 0.06 and decided < KNOWN_AT:  # repaired after T
                repaired_on = TODAY - timedelta(days=20)
                if listed_on < repaired_on:
                    ends = repaired_on
                    repairs.append((number, repaired_on - timedelta(days=30), "APPROVED", repaired_on,
                                    _moment(rnd, after_t, 60), _moment(rnd, after_t + timedelta(days=61), 60)))
            listings.append((
                number, enterprise_id, kind, rnd.choice(_GROUNDS[kind]), 1 + number % 30, "moem-11-2023",
                notified, notified + timedelta(days=7), f"粤应急失信〔{listed_on.year}〕{number}号",
                listed_on, expires, ends, revoked_on, proposed, decided, revoked_at,
            ))

        for eid in active_black:
            listing(eid, "BLACKLIST", TODAY - timedelta(days=rnd.randrange(0, 3 * 365)), 3, True)
        for eid in active_grey:
            listing(eid, "GREYLIST", TODAY - timedelta(days=rnd.randrange(0, 365)), 1, True)
        for eid in expired:
            kind = rnd.choice(KINDS)
            years = 3 if kind == "BLACKLIST" else 1
            listing(eid, kind, TODAY - timedelta(days=365 * years + rnd.randrange(1, 2000)), years, False)
        await conn.copy_records_to_table(
            "listing", records=listings,
            columns=["id", "enterprise_id", "list_kind", "ground", "authority_id", "rules_version",
                     "notified_on", "objection_deadline", "decision_number", "listed_on", "expires_on",
                     "ends_on", "revoked_on", "recorded_at", "decided_at", "revoked_at"],
        )
        await conn.copy_records_to_table(
            "repair_application",
            records=[(listing_id, applied, status, decided_on, "已整改", recorded, decided_at)
                     for listing_id, applied, status, decided_on, recorded, decided_at in repairs],
            columns=["listing_id", "applied_on", "status", "decided_on", "statement", "recorded_at", "decided_at"],
        )
        for table in ("authority", "enterprise", "listing"):
            await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        await conn.execute("UPDATE feed_clock SET first_recorded_at = $1", first)
        for table in ("enterprise", "enterprise_version", "listing", "repair_application", "authority"):
            await conn.execute(f"VACUUM ANALYZE {table}")
    finally:
        await conn.close()
    listed_ids = set(active_black) | set(active_grey)
    data.listed = [c for i, c in enumerate(data.codes, start=1) if i in listed_ids]
    data.clear = [c for i, c in enumerate(data.codes, start=1) if i not in listed_ids]
    return data


def body(query: str, codes: list[str], known: bool) -> bytes:
    variables = {"codes": codes, "domain": DOMAIN, "asOf": AS_OF}
    if known:
        variables["asKnownAt"] = KNOWN_AT.isoformat()
    name = "CheckRestrictionsAsKnown" if known else "CheckRestrictions"
    return orjson.dumps({"query": query, "operationName": name, "variables": variables})


async def rounds(servers: dict[str, tuple[str, bool]], data: DataSet, token: str, count: int) -> tuple[
        dict[str, Latency], dict[str, Latency], list[int]]:
    """Each round: one fresh batch through every (server, document) pair and as both SQL alone."""
    rnd = random.Random(7)
    headers = {"Authorization": f"Bearer {token}", "content-type": "application/json"}
    ours = {name: Latency() for name in servers}
    bare = {"plain SQL": Latency(), "asKnownAt SQL": Latency()}
    differing: list[int] = []
    conn = await asyncpg.connect(_pg(data.url), server_settings=dict(PG_SERVER_SETTINGS))
    try:
        async with httpx.AsyncClient(timeout=60) as http:
            for n in range(count + 5):
                codes = data.batch(rnd)
                answers = {}
                for name, (base, known) in servers.items():
                    response = await http.post(f"{base}/graphql", headers=headers,
                                               content=body(CHECK_AS_KNOWN if known else CHECK, codes, known))
                    answer = orjson.loads(response.content)
                    assert "errors" not in answer, answer["errors"]
                    answers[known] = [r["status"] for r in answer["data"]["restrictionCheck"]["results"]]
                    if n >= 5:
                        ours[name].server_ms.append(server_ms(response))
                differing.append(sum(a != b for a, b in zip(answers[False], answers[True], strict=True)))
                for label, sql, args in (("plain SQL", _PG_SQL, (codes, TODAY, KINDS)),
                                         ("asKnownAt SQL", _PG_KNOWN_SQL, (codes, TODAY, KINDS, KNOWN_AT))):
                    start = time.perf_counter()
                    await conn.fetch(sql, *args)
                    if n >= 5:
                        bare[label].server_ms.append((time.perf_counter() - start) * 1000)
    finally:
        await conn.close()
    return ours, bare, differing


async def main(args: argparse.Namespace) -> None:
    print("starting a throwaway PostgreSQL ...", flush=True)
    cluster = pgcluster.start_cluster()
    servers = []
    key_dir = Path(tempfile.mkdtemp(prefix="credit-bench-keys-"))
    try:
        url = cluster.create_database("bench_asknown")
        token = await _timed("migrate", lambda: migrate_and_issue_key(url))
        data = await _timed(f"load {args.enterprises:,} enterprises with their history", lambda: load(url, args.enterprises))

        def env(fast: bool) -> dict[str, str]:
            return {"CREDIT_DATABASE_URL": url, "CREDIT_DEV": "false", "CREDIT_PUSH_ENABLED": "false",
                    "CREDIT_PLATFORM_URL": "", "CREDIT_RECEIPT_KEY_DIR": str(key_dir),
                    "CREDIT_FASTPATH": "on" if fast else "off",
                    "CREDIT_RATE_LIMITS": "*=1000000/1000000"}

        fast = start_server("ours", "timed_app", env(True))
        servers.append(fast)
        slow = start_server("strawberry only", "timed_app", env(False))
        servers.append(slow)
        print(f"{args.rounds} rounds of {BATCH} codes, each through every path ...", flush=True)
        paths = {
            "CheckRestrictions (fast path)": (fast.base, False),
            "CheckRestrictionsAsKnown (fast path)": (fast.base, True),
            "CheckRestrictions (Strawberry only)": (slow.base, False),
            "CheckRestrictionsAsKnown (Strawberry only)": (slow.base, True),
        }
        ours, bare, differing = await rounds(paths, data, token, args.rounds)
        plain = ours["CheckRestrictions (fast path)"].median
        rows = [[name, f"{lat.median:.1f}", f"{_p90(lat.server_ms):.1f}", f"{lat.median / plain:.2f}x"]
                for name, lat in ours.items()]
        rows += [[name, f"{lat.median:.1f}", f"{_p90(lat.server_ms):.1f}", f"{lat.median / bare['plain SQL'].median:.2f}x (of plain SQL)"]
                 for name, lat in bare.items()]
        _table(f"{BATCH} codes ({LISTED_SHARE:.0%} listed now), {args.enterprises:,} enterprises, asOf {AS_OF}, "
               f"asKnownAt {KNOWN_AT.isoformat()}; server ms, median of {args.rounds}",
               ["path", "median", "p90", "vs CheckRestrictions (fast path)"], rows)
        print(f"\n  results that differ between the two answers: {statistics.median(differing):.0f} of {BATCH} "
              "per batch (median): the asKnownAt lookup did its own work")
        known = ours["CheckRestrictionsAsKnown (fast path)"].median
        print()
        for label, ok in (("with asKnownAt within 1.5x of the same check without it", known <= 1.5 * plain),):
            print(f"  {'PASS' if ok else 'MISS'}  {label} ({known / plain:.2f}x)")
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(key_dir, ignore_errors=True)
        if args.keep:
            print(f"cluster kept: {cluster.admin_url} ({cluster.root})")
        else:
            cluster.stop()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--keep", action="store_true", help="leave the PostgreSQL cluster running")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
