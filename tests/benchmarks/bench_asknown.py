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
import statistics
import time
from datetime import UTC, date, datetime, timedelta

import httpx
import orjson
from support import (
    AS_OF,
    BATCH,
    ENTERPRISE_COLUMNS,
    KINDS,
    LISTED_SHARE,
    LISTING_COLUMNS,
    TODAY,
    DataSet,
    Latency,
    Stage,
    connect,
    copy_authorities,
    graphql_body,
    json_headers,
    listing_decision,
    listing_plan,
    migrate_and_issue_key,
    p90,
    register_enterprise,
    reset_sequences,
    server_ms,
    table,
    timed,
    vacuum_analyze,
    verdict,
    years_later,
)

from credit.store.restrictions import _PG_KNOWN_SQL, _PG_SQL

KNOWN_AT = datetime(2026, 6, 1, tzinfo=UTC)  # T: what the service knew on 1 June 2026


def _moment(rnd: random.Random, start: datetime, days: int) -> datetime:
    return start + timedelta(seconds=rnd.randrange(0, days * 86400))


async def load(url: str, enterprises: int, seed: int = 1) -> DataSet:
    rnd = random.Random(seed)
    data = DataSet(url=url, enterprises=enterprises)
    first = datetime(2024, 1, 1, tzinfo=UTC)
    before_t = datetime(2025, 5, 1, tzinfo=UTC)
    after_t = datetime(2026, 7, 1, tzinfo=UTC)
    conn = await connect(url)
    try:
        await copy_authorities(conn, first)
        rows, versions = [], []
        for i in range(1, enterprises + 1):
            code, name, region = register_enterprise(i)
            data.codes.append(code)
            registered = after_t + timedelta(seconds=i) if i % 100 == 0 else first + timedelta(seconds=30 * i)
            versions.append((i, name, region, "CHEMICALS", registered))
            updated = registered
            fate = i % 20
            if fate in (1, 2):  # renamed: before T (1) or after it (2)
                updated = before_t + timedelta(seconds=i) if fate == 1 else after_t + timedelta(seconds=i)
                name = f"{name[:-4]}(更名){name[-4:]}"
                versions.append((i, name, region, "CHEMICALS", updated))
            rows.append((i, code, name, region, "CHEMICALS", registered, updated))
        await conn.copy_records_to_table("enterprise", records=rows, columns=ENTERPRISE_COLUMNS)
        await conn.copy_records_to_table(
            "enterprise_version", records=versions,
            columns=["enterprise_id", "name", "region_code", "industry", "recorded_at"],
        )
        del rows, versions
        listings: list[tuple[object, ...]] = []
        repairs = []
        listed = []
        for number, (eid, kind, listed_on, years, active) in enumerate(listing_plan(rnd, enterprises), start=1):
            expires = years_later(listed_on, years)
            proposed = _moment(rnd, datetime(2024, 6, 1, tzinfo=UTC), 300)
            # a fifth of the decisions entered after T, backdated
            decided = _moment(rnd, after_t, 120) if rnd.random() < 0.2 else proposed + timedelta(days=20)
            ends: date | None = expires
            revoked_on, revoked_at = None, None
            luck = rnd.random()
            if active and luck < 0.03 and decided < KNOWN_AT:  # revoked after T: in force as known at T
                ends, revoked_on, revoked_at = None, TODAY - timedelta(days=30), _moment(rnd, after_t, 120)
            elif active and kind == "BLACKLIST" and luck < 0.06 and decided < KNOWN_AT:  # repaired after T
                repaired_on = TODAY - timedelta(days=20)
                if listed_on < repaired_on:
                    ends = repaired_on
                    repairs.append((number, repaired_on - timedelta(days=30), "APPROVED", repaired_on,
                                    _moment(rnd, after_t, 60), _moment(rnd, after_t + timedelta(days=61), 60)))
            listings.append((*listing_decision(rnd, number, eid, kind, listed_on, expires),
                             ends, revoked_on, proposed, decided, revoked_at))
            if active:
                listed.append(eid)
        await conn.copy_records_to_table(
            "listing", records=listings,
            columns=[*LISTING_COLUMNS, "ends_on", "revoked_on", "recorded_at", "decided_at", "revoked_at"],
        )
        await conn.copy_records_to_table(
            "repair_application",
            records=[(listing_id, applied, status, decided_on, "已整改", recorded, decided_at)
                     for listing_id, applied, status, decided_on, recorded, decided_at in repairs],
            columns=["listing_id", "applied_on", "status", "decided_on", "statement", "recorded_at", "decided_at"],
        )
        await reset_sequences(conn, "authority", "enterprise", "listing")
        await conn.execute("UPDATE feed_clock SET first_recorded_at = $1", first)
        await vacuum_analyze(conn, "enterprise", "enterprise_version", "listing", "repair_application", "authority")
    finally:
        await conn.close()
    data.mark_listed(sorted(listed))
    return data


async def rounds(servers: dict[str, tuple[str, bool]], data: DataSet, token: str, count: int) -> tuple[
        dict[str, Latency], dict[str, Latency], list[int]]:
    """Each round: one fresh batch through every (server, document) pair and as both SQL alone."""
    rnd = random.Random(7)
    headers = json_headers(token)
    ours = {name: Latency() for name in servers}
    bare = {"plain SQL": Latency(), "asKnownAt SQL": Latency()}
    differing: list[int] = []
    conn = await connect(data.url, like_service=True)
    try:
        async with httpx.AsyncClient(timeout=60) as http:
            for n in range(count + 5):
                codes = data.batch(rnd)
                answers = {}
                for name, (base, known) in servers.items():
                    body = graphql_body(codes, as_known_at=KNOWN_AT.isoformat() if known else None)
                    response = await http.post(f"{base}/graphql", headers=headers, content=body)
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
    with Stage(args.keep) as stage:
        url = stage.database("bench_asknown")
        token = await timed("migrate", lambda: migrate_and_issue_key(url))
        data = await timed(f"load {args.enterprises:,} enterprises with their history", lambda: load(url, args.enterprises))
        fast = stage.serve("ours", stage.env(url, fastpath=True))
        slow = stage.serve("strawberry only", stage.env(url, fastpath=False))
        print(f"{args.rounds} rounds of {BATCH} codes, each through every path ...", flush=True)
        paths = {
            "CheckRestrictions (fast path)": (fast.base, False),
            "CheckRestrictionsAsKnown (fast path)": (fast.base, True),
            "CheckRestrictions (Strawberry only)": (slow.base, False),
            "CheckRestrictionsAsKnown (Strawberry only)": (slow.base, True),
        }
        ours, bare, differing = await rounds(paths, data, token, args.rounds)
        plain = ours["CheckRestrictions (fast path)"].median
        rows = [[name, f"{lat.median:.1f}", f"{p90(lat.server_ms):.1f}", f"{lat.median / plain:.2f}x"]
                for name, lat in ours.items()]
        rows += [[name, f"{lat.median:.1f}", f"{p90(lat.server_ms):.1f}", f"{lat.median / bare['plain SQL'].median:.2f}x (of plain SQL)"]
                 for name, lat in bare.items()]
        table(f"{BATCH} codes ({LISTED_SHARE:.0%} listed now), {args.enterprises:,} enterprises, asOf {AS_OF}, "
              f"asKnownAt {KNOWN_AT.isoformat()}; server ms, median of {args.rounds}",
              ["path", "median", "p90", "vs CheckRestrictions (fast path)"], rows)
        print(f"\n  results that differ between the two answers: {statistics.median(differing):.0f} of {BATCH} "
              "per batch (median): the asKnownAt lookup did its own work")
        known = ours["CheckRestrictionsAsKnown (fast path)"].median
        print()
        verdict(f"with asKnownAt within 1.5x of the same check without it ({known / plain:.2f}x)", known <= 1.5 * plain)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--keep", action="store_true", help="leave the PostgreSQL cluster running")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
