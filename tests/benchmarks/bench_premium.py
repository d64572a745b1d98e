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
import time
from datetime import UTC, datetime, timedelta

import httpx
from support import (
    TODAY,
    Stage,
    connect,
    graphql,
    json_headers,
    load_register,
    migrate_and_issue_key,
    reset_sequences,
    server_ms,
    vacuum_analyze,
)

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
                     TODAY - timedelta(days=rnd.randrange(0, 730)), 1 + i % 30, "", deaths,
                     injuries, 100000, False, grade, now))
    conn = await connect(url)
    try:
        await conn.copy_records_to_table(
            "credit_record", records=rows,
            columns=["id", "enterprise_id", "kind", "occurred_on", "authority_id", "description", "deaths",
                     "serious_injuries", "direct_loss_yuan", "concealed", "grade", "recorded_at"],
        )
        await reset_sequences(conn, "credit_record")
        await vacuum_analyze(conn, "credit_record")
    finally:
        await conn.close()


async def main(args: argparse.Namespace) -> None:
    with Stage() as stage:
        url = stage.database("premium")
        t = time.perf_counter()
        token = await migrate_and_issue_key(url, "insurer")
        data = await load_register(url, args.enterprises)
        await add_accidents(url, args.enterprises, args.enterprises // 5)
        print(f"loaded {args.enterprises:,} enterprises and {args.enterprises // 5:,} accidents "
              f"in {time.perf_counter() - t:.1f} s")
        server = stage.serve("ours", stage.env(url, rate_limits=None))
        rnd = random.Random(11)
        timings: list[float] = []
        async with httpx.AsyncClient(timeout=120) as http:
            for round_ in range(args.rounds + 2):
                body = graphql(QUERY, {"codes": data.batch(rnd), "baseRate": "0.002", "policyStart": "2027-01-01"})
                response = await http.post(f"{server.base}/graphql", content=body, headers=json_headers(token))
                payload = response.json()
                assert "errors" not in payload, payload["errors"][:1]
                statuses = {item["status"] for item in payload["data"]["premiumQuotes"]}
                assert statuses == {"OK"}, statuses
                if round_ >= 2:  # two warm-up rounds
                    timings.append(server_ms(response))
        timings.sort()
        print(f"premiumQuotes, 1,000 codes, {args.enterprises:,} enterprises: server median "
              f"{statistics.median(timings):.0f} ms, p90 {timings[int(len(timings) * 0.9) - 1]:.0f} ms, "
              f"max {timings[-1]:.0f} ms over {len(timings)} rounds (target < 1000 ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=7)
    asyncio.run(main(parser.parse_args()))
