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
    the same lookup as one bare asyncpg query on the same database, each batch met
    in a warm cache by every path (see ``batch_latency``);
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
import statistics
import time
from typing import Any

import httpx
import orjson
import support
from support import (
    BATCH,
    KINDS,
    LISTED_SHARE,
    TODAY,
    DataSet,
    Latency,
    Server,
    ServerTiming,
    Stage,
    connect,
    graphql_body,
    json_headers,
    load_register,
    migrate_and_issue_key,
    p90,
    pg_dsn,
    server_ms,
    table,
    throughput,
    timed,
    verdict,
)

from credit.store.db import PG_SERVER_SETTINGS
from credit.store.restrictions import _PG_SQL

# Other scripts import these from here, where they lived before support.py (the uvicorn
# factory ``bench_restrictions:timed_app`` included): kept as they were named.
load, timed_app, uscc = load_register, support.timed_app, support.uscc
AS_OF, CHECK_DOCUMENT, DOMAIN, HERE, ROOT = support.AS_OF, support.CHECK_DOCUMENT, support.DOMAIN, support.HERE, support.ROOT
_free_port, _pg, _p90, _table, _timed = support.free_port, pg_dsn, p90, table, timed
_wrk, _raw_client, _http_request, _lua_string = support.wrk, support.raw_client, support.http_request, support.lua_string
_CITIES, _TRADES, _GROUNDS = support.CITIES, support.TRADES, support.GROUNDS


# --------------------------------------------------------------------------- servers


def bare_app() -> Any:
    """The floor: Starlette + one asyncpg pool, the same SQL, orjson, no GraphQL."""
    from contextlib import asynccontextmanager

    import asyncpg
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
            pg_dsn(os.environ["BENCH_DATABASE_URL"]), min_size=1, max_size=10,
            server_settings=dict(PG_SERVER_SETTINGS),
        )
        yield
        await pool["p"].close()

    return ServerTiming(Starlette(routes=[Route("/check", check, methods=["POST"])], lifespan=lifespan))


BARE_APP = "bench_restrictions:bare_app"


def start_server(name: str, factory: str, env: dict[str, str]) -> Server:
    """This module's ``timed_app`` (our app) or ``bare_app`` (the floor) under uvicorn."""
    return support.start_server(name, f"bench_restrictions:{factory}", env,
                                ready="/healthz" if factory == "timed_app" else "/check")


# --------------------------------------------------------------------------- measurements


def bare_body(codes: list[str]) -> bytes:
    return orjson.dumps({"codes": codes})


async def batch_latency(
    ours: list[Server], data: DataSet, token: str, rounds: int, seed: int = 7
) -> tuple[dict[str, Latency], Latency]:
    """Each round: the same fresh batch through each server and as one bare query, interleaved.

    The batch is first looked up once, untimed, so every path meets its rows in the database's
    cache alike. Without it our server always met a batch first and paid its cache misses
    (~2 ms of 10 at 1,000,000 enterprises) for the bare query, which ran after it."""
    rnd = random.Random(seed)
    headers = json_headers(token)
    results = {s.name: Latency() for s in ours}
    bare = Latency()
    conn = await connect(data.url, like_service=True)
    try:
        async with httpx.AsyncClient(timeout=60) as http:
            for round_ in range(rounds + 5):
                codes = data.batch(rnd)
                await conn.fetch(_PG_SQL, codes, TODAY, KINDS)  # every path then meets a warm cache
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


# --------------------------------------------------------------------------- main


async def main(args: argparse.Namespace) -> None:
    with Stage(args.keep) as stage:
        big_url = stage.database("bench_big")
        small_url = stage.database("bench_small")
        token_big = await timed("migrate (big)", lambda: migrate_and_issue_key(big_url))
        token_small = await timed("migrate (small)", lambda: migrate_and_issue_key(small_url))
        big = await timed(f"load {args.enterprises:,} enterprises + {args.enterprises // 5:,} listings",
                           lambda: load_register(big_url, args.enterprises))
        small = await timed(f"load {args.small:,} enterprises + {args.small // 5:,} listings",
                             lambda: load_register(small_url, args.small))

        ours = stage.serve("ours", stage.env(big_url, fastpath=True))
        strawberry = stage.serve("strawberry only", stage.env(big_url, fastpath=False))
        bare = stage.serve("bare", {"BENCH_DATABASE_URL": big_url}, BARE_APP, ready="/check")
        ours_small = stage.serve("ours (small)", stage.env(small_url, fastpath=True))

        # (a) and (c): 1,000-code batches
        print(f"(a) {args.rounds} batches of {BATCH} codes on each database ...", flush=True)
        lat_big, bare_big = await batch_latency([ours, strawberry], big, token_big, args.rounds)
        lat_small, bare_small = await batch_latency([ours_small], small, token_small, args.rounds)

        # (b) single-code checks per second
        rnd = random.Random(3)
        singles = [[c] for c in big.batch(rnd, 100)]
        print(f"(b) single-code checks, {args.connections} connections, {args.seconds:g} s each ...", flush=True)

        async def rate(server: Server, path: str, bodies: list[bytes], token: str | None) -> tuple[float, str]:
            return await throughput(server, path, bodies, token, args.connections, args.seconds, args.client)

        ours_bodies = [graphql_body(c) for c in singles]
        bare_bodies = [bare_body(c) for c in singles]
        rps_ours, tool = await rate(ours, "/graphql", ours_bodies, token_big)
        rps_bare, _ = await rate(bare, "/check", bare_bodies, None)
        rps_straw, _ = await rate(strawberry, "/graphql", ours_bodies, token_big)
        # a second pair, to see the noise
        rps_ours2, _ = await rate(ours, "/graphql", ours_bodies, token_big)
        rps_bare2, _ = await rate(bare, "/check", bare_bodies, None)

        ours_med, bare_med = lat_big["ours"].median, bare_big.median
        table(
            f"(a) {BATCH} codes ({LISTED_SHARE:.0%} listed), {args.enterprises:,} enterprises, "
            f"median of {args.rounds}",
            ["path", "server ms (median)", "p90", "client ms (median)", "vs bare query"],
            [
                ["ours (fast path)", f"{ours_med:.1f}", f"{p90(lat_big['ours'].server_ms):.1f}",
                 f"{statistics.median(lat_big['ours'].client_ms):.1f}", f"{ours_med / bare_med:.2f}x"],
                ["ours, Strawberry only", f"{lat_big['strawberry only'].median:.1f}",
                 f"{p90(lat_big['strawberry only'].server_ms):.1f}",
                 f"{statistics.median(lat_big['strawberry only'].client_ms):.1f}",
                 f"{lat_big['strawberry only'].median / bare_med:.2f}x"],
                ["bare asyncpg query", f"{bare_med:.1f}", f"{p90(bare_big.server_ms):.1f}", "-", "1.00x"],
            ],
        )
        table(
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
        table(
            f"(c) {BATCH}-code batch as the table grows (server ms, median of {args.rounds})",
            ["", f"{args.small:,} enterprises", f"{args.enterprises:,} enterprises", "growth"],
            [
                ["ours (fast path)", f"{small_med:.1f}", f"{ours_med:.1f}", f"{ours_med / small_med:.2f}x"],
                ["bare asyncpg query", f"{bare_small_med:.1f}", f"{bare_med:.1f}",
                 f"{bare_med / bare_small_med:.2f}x"],
            ],
        )
        print()
        verdict("(a) median under 150 ms", ours_med < 150)
        verdict("(a) within 3x of the bare query", ours_med <= 3 * bare_med)
        verdict("(b) at least half the bare endpoint's rate", rps_ours + rps_ours2 >= 0.5 * (rps_bare + rps_bare2))


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
    asyncio.run(main(parse_args()))
