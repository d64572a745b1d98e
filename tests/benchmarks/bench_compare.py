"""Benchmark: plain restriction checks of two checkouts side by side, interleaved, in one run.

    .venv/bin/python tests/benchmarks/bench_compare.py --base /path/to/main [--base-python /path/to/main/.venv/bin/python]

Two runs of bench_restrictions.py minutes apart on this shared, noisy machine differ by
more than the 10% a change may cost (DESIGN §5). This runs both checkouts at once: one
throwaway PostgreSQL, two databases each migrated by its own checkout and loaded with
the same 1,000,000 enterprises and listings (support.load_register, same seed), one
server per checkout (uvicorn, fast path on, as shipped), then

(a) the same fresh batch of 1,000 codes to both servers each round, the order
    alternating, server-side time (the ``server-timing`` header of support.ServerTiming);
(b) single-code checks per second, runs alternating base, this, base, this ...

and prints this checkout's figures as ratios of the base's.
Options: --enterprises N, --rounds N (100), --seconds S (10), --pairs N (3).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from support import (
    ROOT,
    Stage,
    graphql_body,
    json_headers,
    load_register,
    p90,
    server_ms,
    table,
    throughput,
)

# each checkout serves its own app: older checkouts have no support.py, every one has this
FACTORY = "bench_restrictions:timed_app"

MIGRATE = """
import asyncio, sys
sys.path.insert(0, {root!r})
from credit.services.keys import issue_key
from credit.store.db import database

async def main():
    async with database({url!r}):
        _, secret = await issue_key("procurement", label="benchmark")
    print(secret)

asyncio.run(main())
"""


def migrate(python: str, root: Path, url: str) -> str:
    """Migrate ``url`` with the checkout at ``root`` and issue a key there (its last line)."""
    out = subprocess.run([python, "-c", MIGRATE.format(root=str(root), url=url)], cwd=root,
                         capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


async def main(args: argparse.Namespace) -> None:
    base_root: Path = args.base
    base_python = args.base_python or str(base_root / ".venv" / "bin" / "python")
    with Stage() as stage:
        urls = {"base": stage.database("compare_base"), "this": stage.database("compare_this")}
        tokens = {"base": migrate(base_python, base_root, urls["base"]), "this": migrate(sys.executable, ROOT, urls["this"])}
        data = {}
        for name, url in urls.items():
            start_at = time.perf_counter()
            data[name] = await load_register(url, args.enterprises)
            print(f"  load {name}: {time.perf_counter() - start_at:.1f} s", flush=True)
        by_name = {
            "base": stage.serve("base", stage.env(urls["base"], fastpath=True), FACTORY, python=base_python,
                                root=base_root),
            "this": stage.serve("this", stage.env(urls["this"], fastpath=True), FACTORY),
        }
        rnd = random.Random(7)
        times: dict[str, list[float]] = {"base": [], "this": []}
        print(f"(a) {args.rounds} rounds of 1,000 codes, the same batch to both, order alternating ...", flush=True)
        async with httpx.AsyncClient(timeout=60) as http:
            for n in range(args.rounds + 5):
                codes = data["this"].batch(rnd)
                order = ["base", "this"] if n % 2 else ["this", "base"]
                for name in order:
                    response = await http.post(f"{by_name[name].base}/graphql", content=graphql_body(codes),
                                               headers=json_headers(tokens[name]))
                    assert response.status_code == 200 and b'"errors"' not in response.content, response.text[:300]
                    if n >= 5:
                        times[name].append(server_ms(response))
        print(f"(b) single-code checks, {args.pairs} pairs of {args.seconds:g} s runs, alternating ...", flush=True)
        singles = [[c] for c in data["this"].batch(random.Random(3), 100)]
        rates: dict[str, list[float]] = {"base": [], "this": []}
        for pair in range(args.pairs):
            for name in (["base", "this"] if pair % 2 == 0 else ["this", "base"]):
                rate, tool = await throughput(by_name[name], "/graphql", [graphql_body(c) for c in singles],
                                              tokens[name], args.connections, args.seconds)
                rates[name].append(rate)
        a_base, a_this = statistics.median(times["base"]), statistics.median(times["this"])
        pairs = [t / b for t, b in zip(times["this"], times["base"], strict=True)]
        table(f"(a) 1,000 codes, {args.enterprises:,} enterprises, server ms, {args.rounds} rounds",
              ["checkout", "median", "p90", "this / base"],
              [["base", f"{a_base:.1f}", f"{p90(times['base']):.1f}", "1.00"],
               ["this", f"{a_this:.1f}", f"{p90(times['this']):.1f}",
                f"{a_this / a_base:.2f} (median of the rounds' own ratios {statistics.median(pairs):.2f})"]])
        b_base, b_this = statistics.mean(rates["base"]), statistics.mean(rates["this"])
        table(f"(b) single-code checks per second ({tool}, {args.connections} connections)",
              ["checkout", *[f"run {i + 1}" for i in range(args.pairs)], "mean", "this / base"],
              [["base", *[f"{r:,.0f}" for r in rates["base"]], f"{b_base:,.0f}", "1.00"],
               ["this", *[f"{r:,.0f}" for r in rates["this"]], f"{b_this:,.0f}", f"{b_this / b_base:.2f}"]])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, type=lambda p: Path(p).resolve(),
                        help="the other checkout (e.g. an export of main)")
    parser.add_argument("--base-python", help="its interpreter (default: BASE/.venv/bin/python)")
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
