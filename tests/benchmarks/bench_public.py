"""Benchmark: the public pages (公示) on PostgreSQL with 1,000,000 enterprises and 100,000
listings in force.

    .venv/bin/python tests/benchmarks/bench_public.py

Starts a throwaway PostgreSQL (tests/pgcluster.py), migrates with the service's own
migrations (0007's indexes included), loads 1,000,000 enterprises with Chinese names
(city + a two-character 字号 + trade + company form), 100,000 listings in force
(70,000 blacklist, 30,000 greylist), 100,000 expired, 5,000 repaired and 5,000 revoked,
all by COPY, then serves the app with uvicorn on 127.0.0.1 and measures the server time
of each request (from arrival to response headers, reported by the server itself):

- the list page: first page, and a middle page (page 700 of 1,400);
- a name search: a two-character 字号 of a listed enterprise, different each round;
- a detail page: a different listing in force each round;
- for context: a four-character name fragment, a region filter, the greylist, a
  one-character search (no index: it scans), and the whole blacklist as JSON.

Target: each under 30 ms (median). A page's total is counted once per state of the data
(the count is remembered by the ETag's basis), so the first page is also measured as
first seen after a write: a key is issued before each request. It also times the
store's pieces in-process (the count of 70,000 rows, a page's ids at offset 35,000). The machine is
noisy (DESIGN §5): compare figures within one run. Options: --enterprises N, --rounds N,
--keep (leave the cluster up).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from support import (
    ENTERPRISE_COLUMNS,
    LISTING_COLUMNS,
    Server,
    Stage,
    connect,
    migrate,
    p90,
    reset_sequences,
    server_ms,
    table,
    timed,
    uscc,
)

from credit.domain.calendar import add_months, china_today

TARGET_MS = 30.0
TODAY = china_today()
_CITIES = ["深圳", "广州", "佛山", "东莞", "珠海", "惠州", "中山", "江门", "汕头", "湛江", "韶关", "河源", "梅州",
           "汕尾", "阳江", "茂名", "肇庆", "清远", "潮州", "揭阳", "云浮", "南宁", "柳州", "桂林", "长沙", "株洲",
           "湘潭", "衡阳", "南昌", "赣州"]
_TRADES = ["化工", "精细化学", "五金制品", "建材", "物流", "电子材料", "制药", "港口机械", "能源", "食品",
           "烟花爆竹", "纺织", "船舶修造", "冶金", "塑胶", "模具", "电镀", "印刷", "建筑工程", "矿业"]
_FORMS = ["有限公司", "有限责任公司", "股份有限公司"]
# characters a 字号 is made of; two of them: 90,000 字号, about 11 enterprises each
_BRAND = ("华鹏城兴达盛源泰宏瑞恒通信诚嘉和安永隆昌新鑫富茂丰利强力德润祥天海中金东南西北明光宇辉腾飞龙凤云鼎泽博"
          "远航建伟豪正平康福寿景顺义仁智美佳宝盈众联合创业星月阳春秋峰岳江河湖山林森竹松梅兰菊锦绣荣耀成功胜利"
          "振国家邦朗晟昊晖煜炜烨焱坤乾元亨贞吉祺禧瑞麟骏驰骐骥鸿鹄雁鸣凯旋铭铎钧锐锋钢铁铜银玉琳琪瑶璐璟珑瑜"
          "晨曦旭晓晴霖霞雪霏露雯雅静怡悦欣喜乐乐融汇聚鑫淼森焱垚磊犇骉羴芯科技智慧数码网络传媒文化教育医疗健"
          "康环保绿色生态农牧渔林木业矿冶炼化纤维棉麻丝绸皮革鞋帽服装家具电器仪表工具机床泵阀管件轴承齿轮链条")
_GROUNDS = {"BLACKLIST": ["MAJOR_ACCIDENT", "CONCEALED_ACCIDENT", "UNLICENSED_OPERATION", "OTHER_SERIOUS_VIOLATION"],
            "GREYLIST": ["FATAL_GENERAL_ACCIDENT", "UNRECTIFIED_MAJOR_HAZARD"]}
REGIONS = [f"{p}{c:02d}{d:02d}" for p in (44, 45, 43, 36) for c in range(1, 6) for d in range(1, 11)]


class Loaded:
    def __init__(self) -> None:
        self.in_force: dict[str, list[int]] = {"BLACKLIST": [], "GREYLIST": []}
        self.brands_in_force: list[str] = []  # 字号 of enterprises with a blacklist listing in force
        self.names_in_force: list[str] = []


async def load(url: str, enterprises: int, seed: int = 1) -> Loaded:
    """COPY enterprises, authorities and listings; build the name index after the rows (as a
    one-off import would); VACUUM ANALYZE so index-only scans work."""
    migration = importlib.import_module("credit.migrations.0004_public_search")
    rnd = random.Random(seed)
    loaded = Loaded()
    brands = list(dict.fromkeys(_BRAND))
    now = datetime.now(UTC)
    conn = await connect(url)
    try:
        await conn.execute("SET maintenance_work_mem = '512MB'")
        await conn.execute('DROP INDEX IF EXISTS "enterprise_name_bigrams"')  # rebuilt in one pass below
        # autovacuum's ANALYZE of a table just loaded holds a snapshot that keeps our VACUUM
        # below from marking the next table's pages all-visible (index-only scans then read
        # the heap): off while loading, on again after
        for name in ("authority", "enterprise", "listing"):
            await conn.execute(f"ALTER TABLE {name} SET (autovacuum_enabled = off)")
        authorities = [(i, uscc(20_000_000 + i, "440300"), f"{_CITIES[i % len(_CITIES)]}市应急管理局", now)
                       for i in range(1, 31)]
        await conn.copy_records_to_table("authority", records=authorities,
                                         columns=["id", "code", "name", "recorded_at"])
        rows, names = [], []
        for i in range(1, enterprises + 1):
            region = REGIONS[i % len(REGIONS)]
            brand = rnd.choice(brands) + rnd.choice(brands)
            name = f"{_CITIES[rnd.randrange(len(_CITIES))]}市{brand}{rnd.choice(_TRADES)}{rnd.choice(_FORMS)}"
            names.append((brand, name))
            rows.append((i, uscc(i, region), name, region, "CHEMICALS", now, now))
        await conn.copy_records_to_table(
            "enterprise", records=rows,
            columns=ENTERPRISE_COLUMNS,
        )
        del rows
        ids = rnd.sample(range(1, enterprises + 1), k=210_000)  # needs at least 210,000 enterprises
        listings: list[tuple[Any, ...]] = []

        def listing(enterprise_id: int, kind: str, listed_on: date, *, ends_on: date | None | str = "expires",
                    revoked_on: date | None = None) -> int:
            number = len(listings) + 1
            expires = add_months(listed_on, 36 if kind == "BLACKLIST" else 12)
            notified = listed_on - timedelta(days=14)
            listings.append((
                number, enterprise_id, kind, rnd.choice(_GROUNDS[kind]), 1 + number % 30, "moem-11-2023",
                notified, notified + timedelta(days=7), f"应急失信〔{listed_on.year}〕{number}号", listed_on, expires,
                expires if ends_on == "expires" else ends_on, revoked_on, now, now,
            ))
            return number

        for eid in ids[:70_000]:
            loaded.in_force["BLACKLIST"].append(listing(eid, "BLACKLIST", TODAY - timedelta(days=rnd.randrange(0, 1090))))
            loaded.brands_in_force.append(names[eid - 1][0])
            loaded.names_in_force.append(names[eid - 1][1])
        for eid in ids[70_000:100_000]:
            loaded.in_force["GREYLIST"].append(listing(eid, "GREYLIST", TODAY - timedelta(days=rnd.randrange(0, 360))))
        for eid in ids[100_000:200_000]:  # history: ended before today
            kind = rnd.choice(["BLACKLIST", "GREYLIST"])
            listing(eid, kind, TODAY - timedelta(days=(1100 if kind == "BLACKLIST" else 370) + rnd.randrange(0, 1500)))
        for eid in ids[200_000:205_000]:  # repaired: ended early
            listed = TODAY - timedelta(days=rnd.randrange(400, 1000))
            listing(eid, "BLACKLIST", listed, ends_on=listed + timedelta(days=380))
        for eid in ids[205_000:210_000]:  # revoked: never in force
            listed = TODAY - timedelta(days=rnd.randrange(30, 1000))
            listing(eid, "BLACKLIST", listed, ends_on=None, revoked_on=listed + timedelta(days=20))
        await conn.copy_records_to_table(
            "listing", records=listings,
            columns=[*LISTING_COLUMNS, "ends_on", "revoked_on", "recorded_at", "decided_at"],
        )
        await reset_sequences(conn, "authority", "enterprise", "listing")
        await conn.execute(migration.PG_FORWARD[1])  # the migration's own CREATE INDEX
    finally:
        await conn.close()
    conn = await connect(url)
    try:
        for name in ("authority", "enterprise", "listing"):
            await conn.execute(f"ALTER TABLE {name} RESET (autovacuum_enabled)")
            await conn.execute(f"VACUUM (FREEZE, ANALYZE) {name}")
        # Index-only scans need the pages all-visible. Right after the load VACUUM left the
        # listing pages unmarked here (the same VACUUM a moment later marks them all), and
        # the count then read the heap 3-4x slower: vacuum again until it holds.
        for _ in range(10):
            visible = await conn.fetchval(
                "SELECT relallvisible::float / greatest(relpages, 1) FROM pg_class WHERE relname = 'listing'")
            if visible > 0.99:
                break
            await asyncio.sleep(1)
            await conn.execute("VACUUM listing")
        print(f"  listing pages all-visible: {visible:.0%}", flush=True)
    finally:
        await conn.close()
    return loaded


# --------------------------------------------------------------------------- measurements


async def server_times(server: Server, paths: Callable[[int], str], rounds: int, *,
                       expect: int = 200, check: Callable[[str], bool] | None = None) -> list[float]:
    times = []
    async with httpx.AsyncClient(timeout=120) as http:
        for round_ in range(rounds + 3):
            response = await http.get(f"{server.base}{paths(round_)}")
            assert response.status_code == expect, (paths(round_), response.status_code, response.text[:300])
            if check is not None:
                assert check(response.text), paths(round_)
            if round_ >= 3:  # warm-up
                times.append(server_ms(response))
    return times


async def store_times(url: str, rounds: int) -> dict[str, list[float]]:
    """The store's pieces, in this process, inside ``reading()`` as the service runs them."""
    from credit.store import publication as store
    from credit.store.db import database

    found: dict[str, list[float]] = {"count of the blacklist in force (70,000)": [],
                                     "ids of page 700 (offset 34,950)": [],
                                     "publication marks (ETag and count-cache key)": []}
    async with database(url, migrate=False):
        for round_ in range(rounds + 3):
            async with store.reading() as conn:
                start = time.perf_counter()
                total = await store.count(conn, store.in_force(TODAY, "BLACKLIST"))
                counted = (time.perf_counter() - start) * 1000
                start = time.perf_counter()
                await store.in_force(TODAY, "BLACKLIST").using_db(conn).order_by("-listed_on", "-id") \
                    .offset(34_950).limit(50).values_list("id", flat=True)
                paged = (time.perf_counter() - start) * 1000
                start = time.perf_counter()
                await store.publication_marks(conn, TODAY, "BLACKLIST")
                marked = (time.perf_counter() - start) * 1000
            if round_ >= 3:
                found["count of the blacklist in force (70,000)"].append(counted)
                found["ids of page 700 (offset 34,950)"].append(paged)
                found["publication marks (ETag and count-cache key)"].append(marked)
        assert total == 70_000, total
    return found


async def after_a_write(server: Server, url: str, path: str, rounds: int) -> list[float]:
    """``path`` as first seen after a write: a key is issued (a real write through the
    service) before each request, so nothing remembered by the data's state is reused."""
    from credit.services.keys import issue_key
    from credit.store.db import database

    times = []
    async with database(url, migrate=False), httpx.AsyncClient(timeout=120) as http:
        for round_ in range(rounds + 1):
            await issue_key("procurement", label="bench")
            response = await http.get(f"{server.base}{path}")
            assert response.status_code == 200
            if round_ >= 1:
                times.append(server_ms(response))
    return times


async def not_modified(server: Server, path: str, rounds: int) -> list[float]:
    async with httpx.AsyncClient(timeout=60) as http:
        etag = (await http.get(f"{server.base}{path}")).headers["etag"]
        times = []
        for _ in range(rounds):
            response = await http.get(f"{server.base}{path}", headers={"If-None-Match": etag})
            assert response.status_code == 304
            times.append(server_ms(response))
    return times


async def main(args: argparse.Namespace) -> None:
    with Stage(args.keep) as stage:
        url = stage.database("bench_public")
        await timed("migrate", lambda: migrate(url))
        loaded: Loaded = await timed(f"load {args.enterprises:,} enterprises + 210,000 listings, index names",
                                     lambda: load(url, args.enterprises))
        server = stage.serve("public", stage.env(url, rate_limits=None))
        rnd = random.Random(5)
        rounds = args.rounds
        brands = rnd.sample(loaded.brands_in_force, rounds + 3)
        fragments = [name[3:7] for name in rnd.sample(loaded.names_in_force, rounds + 3)]  # 字号 + a trade char
        details = rnd.sample(loaded.in_force["BLACKLIST"], rounds + 3)
        one_char = rnd.sample(list(dict.fromkeys(_BRAND)), rounds + 3)
        has_rows = lambda html: "<tbody>" in html  # noqa: E731

        print(f"measuring, {rounds} rounds each ...", flush=True)
        targets: list[tuple[str, Awaitable[list[float]]]] = [
            ("list, first page", server_times(server, lambda r: "/public/listings", rounds, check=has_rows)),
            ("list, first page, first view after a write (counted)",
             after_a_write(server, url, "/public/listings", rounds)),
            ("list, middle page (700 of 1,400)",
             server_times(server, lambda r: "/public/listings?page=700", rounds, check=has_rows)),
            ("name search, a 2-character 字号", server_times(server, lambda r: f"/public/listings?q={brands[r]}",
                                                            rounds, check=has_rows)),
            ("detail page", server_times(server, lambda r: f"/public/listings/{details[r]}", rounds)),
        ]
        context: list[tuple[str, Awaitable[list[float]]]] = [
            ("name search, 4 characters", server_times(server, lambda r: f"/public/listings?q={fragments[r]}", rounds)),
            ("region filter 4401, first page", server_times(server, lambda r: "/public/listings?region=4401", rounds)),
            ("greylist, first page", server_times(server, lambda r: "/public/listings?kind=GREYLIST", rounds)),
            ("name search, 1 character (no index)",
             server_times(server, lambda r: f"/public/listings?q={one_char[r]}", max(3, rounds // 10))),
            ("open data: all 70,000 blacklist rows as JSON, built after a write",
             after_a_write(server, url, "/public/listings.json", 3)),
            ("open data: the same again (gzipped body kept by its ETag)",
             server_times(server, lambda r: "/public/listings.json", rounds)),
            ("open data: 304 to If-None-Match", not_modified(server, "/public/listings.json", rounds)),
        ]
        results = [(label, await work) for label, work in targets]
        extra = [(label, await work) for label, work in context]
        pieces = await store_times(url, rounds)

        table(f"Server time of the public pages, {args.enterprises:,} enterprises, 100,000 listings in force "
              f"(median of {rounds}; target {TARGET_MS:.0f} ms)",
              ["request", "median ms", "p90 ms", "target"],
              [[label, f"{statistics.median(t):.1f}", f"{p90(t):.1f}",
                "PASS" if statistics.median(t) < TARGET_MS else "MISS"] for label, t in results])
        table("For context (no target)", ["request", "median ms", "p90 ms"],
              [[label, f"{statistics.median(t):.1f}", f"{p90(t):.1f}"] for label, t in extra])
        table("Store pieces, in-process (median)", ["query", "median ms", "p90 ms"],
              [[label, f"{statistics.median(t):.1f}", f"{p90(t):.1f}"] for label, t in pieces.items()])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="leave the PostgreSQL cluster running")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args()))
