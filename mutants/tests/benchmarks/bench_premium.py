"""Benchmark: a 1,000-code portfolio premium quote (issue 5) on the procurement benchmark database.

    .venv/bin/python tests/benchmarks/bench_premium.py [--enterprises 1000000] [--rounds 7]

Loads the same 1,000,000 enterprises and listings as bench_restrictions.py, adds
200,000 accident records spread over the last two years, starts our server
(uvicorn on 127.0.0.1, ``create_app`` with a Server-Timing header) and sends
``premiumQuotes`` for 1,000 codes (10% listed) with an insurer key. Prints the
server-side median and p90. Every portfolio quote is stored (1,000 rows a call).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx
import orjson

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_restrictions as bench  # noqa: E402
import pgcluster  # noqa: E402

QUERY = """
query Portfolio($codes: [String!]!, $baseRate: Decimal!, $policyStart: Date!) {
  premiumQuotes(codes: $codes, baseRate: $baseRate, policyStart: $policyStart) {
    code status quote { quoteId factor adjustedRate adjustments { rule delta } }
  }
}
"""


async def add_accidents(url: str, enterprises: int, count: int, seed: int = 3) -> None:
    rnd = random.Random(seed)
    now = datetime.now(UTC)
    grades = [("GENERAL", 0, 1), ("GENERAL", 1, 0), ("LARGER", 3, 0), ("MAJOR", 10, 0)]
    rows = []
    for i in range(1, count + 1):
        grade, deaths, injuries = grades[0 if rnd.random() < 0.85 else rnd.randrange(1, 4)]
        rows.append((i, rnd.randrange(1, enterprises + 1), "ACCIDENT",
                     bench.TODAY - timedelta(days=rnd.randrange(0, 730)), 1 + i % 30, "", deaths,
                     injuries, 100000, False, grade, now))
    conn = await asyncpg.connect(bench._pg(url))
    try:
        await conn.copy_records_to_table(
            "credit_record", records=rows,
            columns=["id", "enterprise_id", "kind", "occurred_on", "authority_id", "description", "deaths",
                     "serious_injuries", "direct_loss_yuan", "concealed", "grade", "recorded_at"],
        )
        await conn.execute("SELECT setval(pg_get_serial_sequence('credit_record', 'id'), (SELECT max(id) FROM credit_record))")
        await conn.execute("VACUUM ANALYZE credit_record")
    finally:
        await conn.close()


async def insurer_key(url: str) -> str:
    from credit.services.keys import issue_key
    from credit.store.db import database

    async with database(url):
        _, secret = await issue_key("insurer", label="benchmark")
    return secret


async def main(args: argparse.Namespace) -> None:
    cluster = pgcluster.start_cluster()
    server = None
    try:
        url = cluster.create_database("premium")
        t = time.perf_counter()
        await bench.migrate_and_issue_key(url)
        data = await bench.load(url, args.enterprises)
        await add_accidents(url, args.enterprises, args.enterprises // 5)
        token = await insurer_key(url)
        print(f"loaded {args.enterprises:,} enterprises and {args.enterprises // 5:,} accidents "
              f"in {time.perf_counter() - t:.1f} s")
        server = bench.start_server("ours", "timed_app", {"CREDIT_DATABASE_URL": url, "CREDIT_DEV": "false"})
        rnd = random.Random(11)
        headers = {"Authorization": f"Bearer {token}"}
        timings: list[float] = []
        async with httpx.AsyncClient(timeout=120) as http:
            for round_ in range(args.rounds + 2):
                body = {"query": QUERY, "variables": {"codes": data.batch(rnd), "baseRate": "0.002",
                                                        "policyStart": "2027-01-01"}}
                response = await http.post(f"{server.base}/graphql", content=orjson.dumps(body),
                                           headers={**headers, "content-type": "application/json"})
                payload = response.json()
                assert "errors" not in payload, payload["errors"][:1]
                statuses = {item["status"] for item in payload["data"]["premiumQuotes"]}
                assert statuses == {"OK"}, statuses
                if round_ >= 2:  # two warm-up rounds
                    timings.append(bench.server_ms(response))
        timings.sort()
        print(f"premiumQuotes, 1,000 codes, {args.enterprises:,} enterprises: server median "
              f"{statistics.median(timings):.0f} ms, p90 {timings[int(len(timings) * 0.9) - 1]:.0f} ms, "
              f"max {timings[-1]:.0f} ms over {len(timings)} rounds (target < 1000 ms)")
    finally:
        if server is not None:
            server.stop()
        cluster.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=7)
    asyncio.run(main(parser.parse_args()))
