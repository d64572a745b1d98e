"""Benchmark: the inspection plan of a region of 100,000 enterprises, through HTTP + GraphQL.

    .venv/bin/python tests/benchmarks/bench_supervision.py

Starts a throwaway PostgreSQL (tests/pgcluster.py), migrates with the service's own
migrations, loads (plain COPY through asyncpg) --enterprises enterprises (default
100,000) in region prefix 4403 and --others (default 50,000) elsewhere, with records
(accidents of every grade, penalties, hazards, standardisation grades), listings in force
and expired, and inspections; fills the supervision projection with the migration's
statement (its time is the migration's cost on such a register); starts our server
(uvicorn on 127.0.0.1, ``credit.api.app:create_app`` with a Server-Timing header) and
prints, for the InspectionPlan document as the consumers send it:

(a) the first page (first: 100) on today: server ms, median and p90 of --rounds (target:
    under 100 ms), beside the plan's SQL alone as one asyncpg query;
(b) a page deep in the plan (after the cursor of the 500th entry);
(c) the first page on a day before today (the projection computed on the fly; slower,
    for audits of a past plan), --past-rounds rounds.

The machine is noisy (DESIGN §5): compare figures within one run, as ratios.
Options: --enterprises N, --others N, --rounds N, --past-rounds N, --keep.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from support import (
    ENTERPRISE_COLUMNS,
    ROOT,
    Server,
    Stage,
    connect,
    graphql,
    json_headers,
    migrate_and_issue_key,
    reset_sequences,
    server_ms,
    uscc,
    vacuum_analyze,
)

from credit.domain.calendar import add_months, china_today

DOCUMENT = (ROOT / "graphql" / "operations" / "regulator" / "Supervision.graphql").read_text()
REGION = "4403"
GRADES = ["GENERAL"] * 8 + ["LARGER"] * 3 + ["MAJOR", "EXTRAORDINARY"]


async def load(url: str, enterprises: int, others: int, seed: int = 1) -> dict[str, int]:
    rnd = random.Random(seed)
    today = china_today()
    now = datetime.now(UTC)
    counts = {"records": 0, "listings": 0, "inspections": 0}
    conn = await connect(url)
    try:
        authority = await conn.fetchval("SELECT id FROM authority")  # the key's, made when it was issued
        inside = [f"4403{d:02d}" for d in range(1, 11)]
        outside = [f"44{c:02d}{d:02d}" for c in range(4, 20) for d in range(1, 6)]
        rows: list[tuple[Any, ...]] = []
        records: list[tuple[Any, ...]] = []
        listings: list[tuple[Any, ...]] = []
        inspections: list[tuple[Any, ...]] = []
        total = enterprises + others

        def day(back_months: int) -> date:
            start = add_months(today, -back_months)
            return start + timedelta(days=rnd.randrange(0, (today - start).days + 1))

        for i in range(1, total + 1):
            region = inside[i % 10] if i <= enterprises else outside[i % len(outside)]
            rows.append((i, uscc(i, region), f"企业{i}有限公司", region, "CHEMICALS", now, now))
            for _ in range(rnd.choice([0, 0, 0, 1, 1, 2])):
                kind = rnd.choice(["ACCIDENT", "PENALTY", "PENALTY", "HAZARD"])
                records.append((len(records) + 1, i, kind, day(48), rnd.choice(GRADES) if kind == "ACCIDENT" else None,
                                None, None, None, now, "", False))
            if rnd.random() < 0.25:
                certified = day(48)
                records.append((len(records) + 1, i, "STANDARDISATION", certified, None, str(rnd.randrange(1, 4)),
                                f"AQBH-{i}", add_months(certified, 36), now, "", False))
            if rnd.random() < 0.12:
                kind = rnd.choice(["BLACKLIST", "GREYLIST"])
                listed = day(60)
                expires = add_months(listed, 36 if kind == "BLACKLIST" else 12)
                listings.append((len(listings) + 1, i, kind, "OTHER_SERIOUS_VIOLATION" if kind == "BLACKLIST"
                                 else "OTHER_CONCERN", authority, "moem-11-2023", listed - timedelta(days=14),
                                 listed - timedelta(days=7), f"粤应急失信〔{listed.year}〕{i}号", listed, expires,
                                 expires, now, now))
            for _ in range(rnd.choice([0, 1, 1, 2, 3])):
                inspections.append((len(inspections) + 1, i, authority, day(36), rnd.choice(["ROUTINE", "UNANNOUNCED"]), "",
                                    now))
        await conn.copy_records_to_table("enterprise", records=rows, columns=ENTERPRISE_COLUMNS)
        await conn.copy_records_to_table("credit_record", records=records, columns=[
            "id", "enterprise_id", "kind", "occurred_on", "grade", "level", "reference", "valid_until", "recorded_at",
            "description", "concealed"])
        await conn.copy_records_to_table("listing", records=listings, columns=[
            "id", "enterprise_id", "list_kind", "ground", "authority_id", "rules_version", "notified_on",
            "objection_deadline", "decision_number", "listed_on", "expires_on", "ends_on", "recorded_at",
            "decided_at"])
        await conn.copy_records_to_table("inspection", records=inspections, columns=[
            "id", "enterprise_id", "authority_id", "inspected_on", "kind", "findings", "recorded_at"])
        counts = {"records": len(records), "listings": len(listings), "inspections": len(inspections)}
        tables = ("enterprise", "credit_record", "listing", "inspection")
        await reset_sequences(conn, *tables)
        await vacuum_analyze(conn, *tables)
    finally:
        await conn.close()
    return counts


async def fill_projection(url: str) -> float:
    """The migration's statement over the whole register (what migrating an existing database costs)."""
    sys.path.insert(0, str(ROOT / "migrations"))
    import importlib

    migration = importlib.import_module("0008_supervision")
    conn = await connect(url)
    try:
        start = time.perf_counter()
        await conn.execute(migration.FILL.format(moment="$1"), datetime.now(UTC))
        elapsed = time.perf_counter() - start
        await conn.execute("VACUUM ANALYZE supervision_projection")
    finally:
        await conn.close()
    return elapsed


async def regulator_key(url: str) -> str:
    """A regulator's key for the region (migrating first)."""
    return await migrate_and_issue_key(url, "regulator", authority_code=uscc(10_000_001, "440300"),
                                       authority_name="深圳市应急管理局", region=REGION)


def body(on: date, first: int = 100, after: str | None = None) -> bytes:
    return graphql(DOCUMENT, {"region": REGION, "on": on.isoformat(), "first": first, "after": after},
                   "InspectionPlan")


async def timed(client: httpx.AsyncClient, server: Server, token: str, payload: bytes, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        response = await client.post(f"{server.base}/graphql", content=payload, headers=json_headers(token))
        data = response.json()
        assert response.status_code == 200 and not data.get("errors"), data
        times.append(server_ms(response))
    return times


async def bare_sql(url: str, on: date, rounds: int) -> list[float]:
    """The plan's SQL alone, as the service builds it, through one asyncpg connection."""
    from credit.services.supervision import rule_sets_for_plan
    from credit.store import supervision as store

    sql, values, _ = store.plan_sql(rule_sets_for_plan(REGION), REGION, on, postgres=True, stored=True,
                                    after=None, limit=101)
    conn = await connect(url, like_service=True)
    try:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            await conn.fetch(sql, *values)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        await conn.close()
    return times


def p90(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.9) - 1)]


async def main(args: argparse.Namespace) -> None:
    with Stage(args.keep) as stage:
        url = stage.database("bench_supervision")
        token = await regulator_key(url)  # migrates first
        start = time.perf_counter()
        counts = await load(url, args.enterprises, args.others)
        print(f"loaded {args.enterprises:,} enterprises in {REGION} and {args.others:,} elsewhere, "
              f"{counts['records']:,} records, {counts['listings']:,} listings, {counts['inspections']:,} "
              f"inspections in {time.perf_counter() - start:.1f} s", flush=True)
        fill = await fill_projection(url)
        print(f"projection filled by the migration's statement in {fill:.1f} s", flush=True)
        server = stage.serve("ours", stage.env(url, rate_limits="*=1000/1000"))
        today = china_today()
        load_before = os.getloadavg()[0]
        async with httpx.AsyncClient(timeout=120) as client:
            await timed(client, server, token, body(today), 3)  # warm the caches and the connection pool
            first = await timed(client, server, token, body(today), args.rounds)
            page = (await client.post(f"{server.base}/graphql", content=body(today, first=500),
                                      headers=json_headers(token))).json()
            deep_cursor = page["data"]["inspectionPlan"]["pageInfo"]["endCursor"]
            deep = await timed(client, server, token, body(today, after=deep_cursor), args.rounds)
            past_day = today - timedelta(days=30)
            past = await timed(client, server, token, body(past_day), args.past_rounds)
        bare = await bare_sql(url, today, args.rounds)
        print()
        print(f"InspectionPlan, region {REGION}: {args.enterprises:,} enterprises ({args.others:,} elsewhere)")
        print("| request | server ms (median) | p90 | rounds |")
        print("|---|---|---|---|")
        print(f"| (a) first page (first: 100), on today | {statistics.median(first):.1f} | {p90(first):.1f} | {args.rounds} |")
        print(f"| (a) the plan's SQL alone (asyncpg) | {statistics.median(bare):.1f} | {p90(bare):.1f} | {args.rounds} |")
        print(f"| (b) page after the 500th entry | {statistics.median(deep):.1f} | {p90(deep):.1f} | {args.rounds} |")
        print(f"| (c) first page on {past_day} (computed on the fly) | {statistics.median(past):.1f} | "
              f"{p90(past):.1f} | {args.past_rounds} |")
        verdict = "under" if statistics.median(first) < 100 else "NOT under"
        print(f"\nfirst page on today: {verdict} the 100 ms target")
        # the machine is shared (DESIGN §5): say how busy it was, so a figure can be read
        print(f"load average (1 min) on {os.cpu_count()} cores: {load_before:.1f} before the requests, "
              f"{os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--others", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--past-rounds", type=int, default=3)
    parser.add_argument("--keep", action="store_true")
    asyncio.run(main(parser.parse_args()))
