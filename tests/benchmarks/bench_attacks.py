"""Benchmark: issue 14's attacks against the real server on PostgreSQL, and what a normal
request sees while the largest allowed batch runs.

    .venv/bin/python tests/benchmarks/bench_attacks.py [--enterprises 200000] [--rounds 7]

Starts a throwaway PostgreSQL, loads enterprises and listings as bench_restrictions.py
does, starts our server (uvicorn, ``create_app``) with an event-loop lag monitor, then:

(a) each attack, server time per refusal (the first, uncached, and the median of
    --rounds), from the request's arrival to its response headers, and the answer it got;
(b) the largest allowed batch (5,000 codes: the fast path's CheckRestrictions, and the same
    check through Strawberry with another selection), its server time and the longest
    event-loop stall measured inside the server while it ran;
(c) a small request (one code) sent every 10 ms while each of those batches runs: its
    latency, against the same small request on an idle server.

Timing lives here, not in the unit tests (tests/api/test_request_gate.py and
test_http_edge.py check the same refusals for correctness).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from typing import Any

import httpx
import orjson
from support import (
    AS_OF,
    CHECK_DOCUMENT,
    DOMAIN,
    Stage,
    graphql,
    graphql_body,
    json_headers,
    load_register,
    migrate_and_issue_key,
    p90,
    server_ms,
    timed_app,
)

LAG_PATH = "/__lag"


class LagMonitor:
    """ASGI wrapper: a task that wakes every 2 ms and keeps the longest oversleep, i.e. the
    longest time some request held the event loop. ``GET /__lag`` reads and resets it."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.worst = 0.0
        self.task: asyncio.Task[None] | None = None

    async def _watch(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(0.002)
            self.worst = max(self.worst, time.perf_counter() - start - 0.002)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if self.task is None and scope["type"] in ("http", "lifespan"):
            self.task = asyncio.get_running_loop().create_task(self._watch())
        if scope["type"] == "http" and scope["path"] == LAG_PATH:
            worst, self.worst = self.worst, 0.0
            body = orjson.dumps({"worst_ms": worst * 1000})
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def monitored_app() -> Any:
    return LagMonitor(timed_app())


STRAWBERRY_CHECK = """query Check($codes: [String!]!, $domain: RestrictionDomain!, $asOf: DateTime) {
  restrictionCheck(codes: $codes, domain: $domain, asOf: $asOf) {
    checkId catalogueVersion results { code status enterpriseName reasons { ground effect listedOn } } } }"""


def attacks(codes: list[str]) -> list[tuple[str, bytes, str | None]]:
    """(name, body, role) for each attack of issue 14."""
    check_field = "restrictionCheck(codes: $codes, domain: BIDDING) { checkId results { code status } }"
    many = "query M($codes: [String!]!) {" + " ".join(f"a{i}: {check_field}" for i in range(50)) + "}"
    listings = "query {" + " ".join(f"a{i}: listings(first: 1000) {{ edges {{ node {{ id }} }} }}"
                                    for i in range(50)) + "}"
    aliases = "query {" + " ".join(f'a{i}: verifyReceipt(receipt: "x") {{ valid }}' for i in range(1000)) + "}"
    small_aliases = "query {" + " ".join(f"a{i}: __typename" for i in range(1000)) + "}"
    inline = "query { restrictionCheck(codes: [" + ",".join(f'"{c}"' for c in codes[:20_000]) + \
        "], domain: BIDDING) { checkId } }"
    under_mib = [codes[i % len(codes)] for i in range(45_000)]
    accident = """mutation A($input: RecordAccidentInput!) { recordAccident(input: $input) { userErrors { code } } }"""
    return [
        ("50 aliases × 5,000 codes (procurement)", graphql(many, {"codes": codes[:5000]}), "procurement"),
        ("50 aliases × 20 codes (anonymous)", graphql(many, {"codes": codes[:20]}), None),
        ("50 aliases × listings(first: 1000)", graphql(listings), "procurement"),
        ("1,000 aliases of verifyReceipt", graphql(aliases), None),
        ("1,000 aliases of __typename", graphql(small_aliases), None),
        ("45,000 codes in variables (1 MiB)", graphql(CHECK_DOCUMENT, {"codes": under_mib, "domain": "BIDDING"}),
         "procurement"),
        ("100,000 codes in variables (2 MB)", graphql(CHECK_DOCUMENT, {"codes": [codes[i % len(codes)]
                                                      for i in range(100_000)], "domain": "BIDDING"}), "procurement"),
        ("20,000 codes inline in the query", graphql(inline), "procurement"),
        ("a 50 MB body", b'{"query": "' + b"x" * 50_000_000 + b'"}', None),
        ("JSON body 42", b"42", None),
        ("JSON nested 50,000 deep", b'{"variables": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", None),
        ("directLossYuan NaN (procurement key)", graphql(accident, {"input": {"occurredOn": "0001-01-01",
                                                                             "directLossYuan": "NaN"}}), "procurement"),
        ("two anonymous operations", graphql("{ __typename } { __typename }"), None),
    ]


def answer_of(response: httpx.Response) -> str:
    try:
        errors = response.json().get("errors")
    except ValueError:
        return f"HTTP {response.status_code}"
    code = errors[0]["extensions"]["code"] if errors else "data"
    return f"HTTP {response.status_code} {code}"


async def post(client: httpx.AsyncClient, payload: bytes, token: str | None) -> httpx.Response:
    return await client.post("/graphql", content=payload, headers=json_headers(token), timeout=120)


async def latency_while(client: httpx.AsyncClient, heavy: bytes, small: bytes, token: str) -> tuple[float, list[float], float]:
    """Server time of ``heavy``, client latencies of ``small`` sent every 10 ms meanwhile,
    and the longest loop stall inside the server."""
    await client.get(LAG_PATH)
    task = asyncio.create_task(post(client, heavy, token))
    latencies = []
    await asyncio.sleep(0.005)
    while not task.done():
        start = time.perf_counter()
        response = await post(client, small, token)
        assert response.status_code == 200, response.text
        latencies.append((time.perf_counter() - start) * 1000)
        await asyncio.sleep(0.01)
    heavy_response = await task
    assert "errors" not in heavy_response.json(), heavy_response.text[:300]
    worst = (await client.get(LAG_PATH)).json()["worst_ms"]
    return server_ms(heavy_response), latencies, worst


async def main(args: argparse.Namespace) -> None:
    with Stage() as stage:
        url = stage.database("attacks")
        token = await migrate_and_issue_key(url)
        data = await load_register(url, args.enterprises)
        server = stage.serve("ours", stage.env(url), "bench_attacks:monitored_app")
        rnd = random.Random(7)
        codes = data.batch(rnd, 5000)
        print(f"PostgreSQL, {args.enterprises:,} enterprises; {args.rounds} rounds; median server time")
        print()
        print("(a) attacks: server time per refusal")
        print(f"{'attack':46} {'answer':32} {'first ms':>9} {'median ms':>10}")
        async with httpx.AsyncClient(base_url=server.base, http2=False) as client:
            for name, payload, role in attacks(data.codes):
                times, answer = [], ""
                for _ in range(args.rounds):
                    response = await post(client, payload, token if role else None)
                    answer = answer_of(response)
                    times.append(server_ms(response))
                # the first is uncached (a new text is parsed); an attacker can vary the text
                print(f"{name:46} {answer:32} {times[0]:9.2f} {statistics.median(times):10.2f}")
            print()
            small = graphql_body([codes[0]])
            idle = []
            for _ in range(50):
                start = time.perf_counter()
                await post(client, small, token)
                idle.append((time.perf_counter() - start) * 1000)
            print(f"(b, c) a one-code check on an idle server: median {statistics.median(idle):.1f} ms, "
                  f"p90 {p90(idle):.1f} ms")
            for label, heavy in (
                ("5,000 codes, fast path (CheckRestrictions)", graphql_body(codes)),
                ("5,000 codes through Strawberry", graphql(STRAWBERRY_CHECK, {"codes": codes, "domain": DOMAIN,
                                                                             "asOf": AS_OF})),
            ):
                runs = [await latency_while(client, heavy, small, token) for _ in range(args.rounds)]
                heavy_ms = statistics.median(r[0] for r in runs)
                during = [x for r in runs for x in r[1]]
                stall = max(r[2] for r in runs)
                print(f"{label}: server {heavy_ms:.0f} ms; longest loop stall {stall:.0f} ms; one-code checks "
                      f"meanwhile ({len(during)}): median {statistics.median(during):.1f} ms, "
                      f"max {max(during):.1f} ms")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=7)
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
