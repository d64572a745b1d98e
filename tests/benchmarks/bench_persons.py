"""Benchmark: personCheck of 1,000 ID numbers through the real HTTP + GraphQL path, beside
the bare SQL doing the same lookup, side by side in one run.

    .venv/bin/python tests/benchmarks/bench_persons.py

Starts a throwaway PostgreSQL (tests/pgcluster.py), migrates a database with the
service's own migrations, loads 1,000,000 persons (valid 公民身份号码, hashed with the
keyed hash the service uses), 100,000 person listings (each listing names one person;
half of them in force today, half expired history) and 10,000 bans (half in force),
by COPY; starts our server (uvicorn on 127.0.0.1 in a subprocess, as shipped, and once
with ``CREDIT_FASTPATH=off``, everything through Strawberry), then, for each of
``--rounds`` fresh batches of 1,000 numbers (10% of them listed or banned today, in
random order), sends the consumers' document CheckPersons to each server and runs the
service's own lookup query (credit.store.persons.PG_LOOKUP) once bare on one asyncpg
connection, with the hashes already made. Server time is measured inside the server
process (request arrival to response headers; support.ServerTiming).

The machine is noisy (DESIGN §5): compare within one run, as ratios.
Options: --persons N (1,000,000), --listings N (100,000), --rounds N (60), --keep.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta

# the loader and the servers hash with the same key
os.environ.setdefault("CREDIT_PERSON_ID_KEY", "benchmark-person-id-key")

import httpx  # noqa: E402
import orjson  # noqa: E402
from stdnum.cn import ric  # noqa: E402
from support import (  # noqa: E402
    ENTERPRISE_COLUMNS,
    LISTING_COLUMNS,
    ROOT,
    Server,
    Stage,
    connect,
    graphql,
    json_headers,
    migrate_and_issue_key,
    p90,
    reset_sequences,
    server_ms,
    table,
    timed,
    uscc,
    vacuum_analyze,
    verdict,
    years_later,
)

from credit.domain.calendar import china_today  # noqa: E402
from credit.store.person_ids import person_id_keys  # noqa: E402
from credit.store.persons import PG_LOOKUP  # noqa: E402

TODAY = china_today()
AS_OF = f"{TODAY.isoformat()}T12:00:00+08:00"
BATCH = 1000
HIT_SHARE = 0.10
CHECK_DOCUMENT = (ROOT / "graphql" / "operations" / "procurement" / "CheckPersons.graphql").read_text()
_AREAS = ["440305", "440306", "110105", "310104", "510107", "350111", "420106", "330106"]


def id_number(n: int) -> str:
    """The n-th valid 公民身份号码: an area, a birth day between 1950 and 2000, a sequence."""
    area = _AREAS[n % len(_AREAS)]
    born = date(1950, 1, 1) + timedelta(days=(n // len(_AREAS)) % 18_250)
    first17 = f"{area}{born:%Y%m%d}{(n // (len(_AREAS) * 18_250)) % 1000:03d}"
    return first17 + ric.calc_check_digit(first17 + "0")


class Data:
    def __init__(self) -> None:
        self.numbers: list[str] = []
        self.hits: list[str] = []  # listed or banned today
        self.misses: list[str] = []

    def batch(self, rnd: random.Random) -> list[str]:
        hits = int(BATCH * HIT_SHARE)
        numbers = rnd.sample(self.hits, hits) + rnd.sample(self.misses, BATCH - hits)
        rnd.shuffle(numbers)
        return numbers


async def load(url: str, persons: int, listings: int, seed: int = 1) -> Data:
    rnd = random.Random(seed)
    data = Data()
    key = person_id_keys().current
    now = datetime.now(UTC)
    conn = await connect(url)
    try:
        await conn.copy_records_to_table(
            "authority", records=[(i, uscc(10_000_000 + i, "440300"), f"第{i}应急管理局", now) for i in range(1, 31)],
            columns=["id", "code", "name", "recorded_at"])
        enterprises = listings // 2
        await conn.copy_records_to_table(
            "enterprise", columns=ENTERPRISE_COLUMNS,
            records=[(i, uscc(i, "440305"), f"深圳市测试{i}有限公司", "440305", "CHEMICALS", now, now)
                     for i in range(1, enterprises + 1)])
        rows = []
        for i in range(1, persons + 1):
            number = id_number(i)
            data.numbers.append(number)
            rows.append((i, "RESIDENT_ID", number, key.hash(number), key.kid, f"某{i}", now))
        await conn.copy_records_to_table(
            "person", records=rows, columns=["id", "id_type", "id_number", "id_hash", "id_key", "name", "recorded_at"])
        del rows
        named = rnd.sample(range(1, persons + 1), listings + listings // 10)
        listed, banned = named[:listings], named[listings:]
        listing_rows, person_rows, hits = [], [], set()
        for n, person_id in enumerate(listed, start=1):
            in_force = n % 2 == 0
            listed_on = TODAY - timedelta(days=rnd.randrange(1, 1000) if in_force else rnd.randrange(1200, 3000))
            expires = years_later(listed_on, 3)
            notified = listed_on - timedelta(days=14)
            listing_rows.append((n, 1 + n % enterprises, "BLACKLIST", "MAJOR_ACCIDENT", 1 + n % 30, "moem-11-2023",
                                 notified, notified + timedelta(days=7), f"深应急失信〔{listed_on.year}〕{n}号",
                                 listed_on, expires, expires, True, now, now))
            person_rows.append((n, n, person_id, "PRINCIPAL", f"某{person_id}", now))
            if in_force:
                hits.add(person_id)
        await conn.copy_records_to_table(
            "listing", records=listing_rows,
            columns=[*LISTING_COLUMNS, "ends_on", "restricts_unit", "recorded_at", "decided_at"])
        await conn.copy_records_to_table(
            "listing_person", records=person_rows, columns=["id", "listing_id", "person_id", "role", "name", "recorded_at"])
        ban_rows = []
        for n, person_id in enumerate(banned, start=1):
            starts = TODAY - timedelta(days=rnd.randrange(1, 1500) if n % 2 else rnd.randrange(2000, 4000))
            ends = date(starts.year + 5, starts.month, 28 if starts.month == 2 else starts.day)
            ban_rows.append((n, person_id, "FIVE_YEARS", None, starts, ends, f"某{person_id}", "依法", 1, now))
            if ends > TODAY:
                hits.add(person_id)
        await conn.copy_records_to_table(
            "person_ban", records=ban_rows,
            columns=["id", "person_id", "kind", "industry", "starts_on", "ends_on", "name", "basis", "authority_id",
                     "recorded_at"])
        tables = ("authority", "enterprise", "person", "listing", "listing_person", "person_ban")
        await reset_sequences(conn, *tables)
        await vacuum_analyze(conn, *tables)
    finally:
        await conn.close()
    data.hits = [data.numbers[i - 1] for i in sorted(hits)]
    hit_set = set(hits)
    data.misses = [n for i, n in enumerate(data.numbers, start=1) if i not in hit_set]
    return data


async def rounds(ours: list[Server], data: Data, url: str, token: str, count: int) -> tuple[dict[str, list[float]], list[float]]:
    rnd = random.Random(7)
    headers = json_headers(token)
    served: dict[str, list[float]] = {s.name: [] for s in ours}
    bare: list[float] = []
    hash_ = person_id_keys().current.hash
    conn = await connect(url, like_service=True)
    try:
        async with httpx.AsyncClient(timeout=60) as http:
            for round_ in range(count + 5):
                numbers = data.batch(rnd)
                body = graphql(CHECK_DOCUMENT, {"idNumbers": numbers, "asOf": AS_OF}, "CheckPersons")
                for server in ours:
                    response = await http.post(f"{server.base}/graphql", content=body, headers=headers)
                    answer = orjson.loads(response.content)
                    assert "errors" not in answer, answer["errors"]
                    found = sum(r["status"] != "CLEAR" for r in answer["data"]["personCheck"]["results"])
                    assert found == int(BATCH * HIT_SHARE), found
                    if round_ >= 5:  # warm-up rounds are not counted
                        served[server.name].append(server_ms(response))
                hashes = [hash_(n) for n in numbers]
                start = time.perf_counter()
                rows = await conn.fetch(PG_LOOKUP, hashes, TODAY)
                elapsed = (time.perf_counter() - start) * 1000
                assert len({r[0] for r in rows if r[1] != "C"}) == int(BATCH * HIT_SHARE)  # C: the clock's row
                if round_ >= 5:
                    bare.append(elapsed)
    finally:
        await conn.close()
    return served, bare


async def main(args: argparse.Namespace) -> None:
    with Stage(args.keep) as stage:
        url = stage.database("bench_persons")
        token = await timed("migrate", lambda: migrate_and_issue_key(url))
        data = await timed(f"load {args.persons:,} persons + {args.listings:,} person listings + "
                           f"{args.listings // 10:,} bans", lambda: load(url, args.persons, args.listings))
        servers = [stage.serve("ours", stage.env(url, fastpath=True, rate_limits=None)),
                   stage.serve("strawberry only", stage.env(url, fastpath=False, rate_limits=None))]
        print(f"{args.rounds} batches of {BATCH} numbers ({HIT_SHARE:.0%} listed or banned) ...", flush=True)
        served, bare = await rounds(servers, data, url, token, args.rounds)
        bare_med = statistics.median(bare)
        rows = [
            [name, f"{statistics.median(ms):.1f}", f"{p90(ms):.1f}", f"{statistics.median(ms) / bare_med:.2f}x"]
            for name, ms in served.items()
        ]
        rows.append(["bare lookup query (hashes given)", f"{bare_med:.1f}", f"{p90(bare):.1f}", "1.00x"])
        table(f"personCheck, {BATCH} numbers, {args.persons:,} persons, {args.listings:,} person listings, "
              f"median of {args.rounds}", ["path", "server ms (median)", "p90", "vs bare"], rows)
        ours = statistics.median(served["ours"])
        print()
        verdict(f"server time within 2x of the bare query ({ours:.1f} ms vs {bare_med:.1f} ms)", ours <= 2 * bare_med)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--keep", action="store_true", help="leave the PostgreSQL cluster running")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
