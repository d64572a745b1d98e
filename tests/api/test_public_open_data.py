"""Open data (/public/listings.json and .csv): the pages' rows for machines, and caching that
changes exactly when the rows can (a write, or the day a listing starts or ends)."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta

import httpx
from helpers import document, gql, regulator_key
from public_world import AUTHORITY_CODE, PUBLISHED_BLACKLIST, public_world

from credit.domain.calendar import CHINA
from credit.services.publication import PublicFilter, publication_version


async def test_open_data_has_the_pages_rows_and_filters_without_paging(client: httpx.AsyncClient) -> None:
    world = await public_world()
    as_json = await client.get("/public/listings.json")
    assert as_json.status_code == 200 and as_json.headers["content-type"] == "application/json"
    body = as_json.json()
    assert body["title"] == "安全生产严重失信主体名单" and body["count"] == 3
    assert [item["name"] for item in body["listings"]] == [f"{n}有限公司" for n in PUBLISHED_BLACKLIST]
    first = body["listings"][0]
    assert first["listingId"] == world.ids["广州市华南精细化学"] and first["groundLabel"] == "发生特别重大、重大生产安全事故"

    as_csv = await client.get("/public/listings.csv", params={"q": "深圳", "region": "4403"})
    assert as_csv.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(as_csv.content.decode("utf-8"))))
    assert rows[0] == ["公示编号", "行政相对人名称", "统一社会信用代码", "行政区划代码", "名单类别代码", "名单类别",
                       "列入事由代码", "列入事由", "列入决定文书号", "列入日期", "移出日期", "决定机关",
                       "决定机关统一社会信用代码"]
    assert [r[1] for r in rows[1:]] == ["深圳市鹏城化工有限公司", "深圳市福永航空配件有限公司"]

    grey = (await client.get("/public/listings.json", params={"kind": "greylist"})).json()
    assert [item["name"] for item in grey["listings"]] == ["深圳市龙岗建材有限公司"]
    assert (await client.get("/public/listings.csv", params={"region": "x"})).status_code == 400


async def test_open_data_answers_304_until_a_write_changes_the_rows_and_the_page_total_follows(
    client: httpx.AsyncClient,
) -> None:
    world = await public_world()
    assert "共 3 条" in (await client.get("/public/listings")).text  # the page's total, now remembered
    first = await client.get("/public/listings.json")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    cache = first.headers["cache-control"]
    assert cache.startswith("public, max-age=") and 0 <= int(cache.rsplit("=", 1)[1]) <= 300

    unchanged = await client.get("/public/listings.json", headers={"If-None-Match": etag})
    assert unchanged.status_code == 304 and unchanged.content == b"" and unchanged.headers["etag"] == etag
    assert (await client.get("/public/listings.json", headers={"If-Modified-Since": modified})).status_code == 304
    assert (await client.get("/public/listings.json", headers={"If-None-Match": f'W/{etag}, "other"'})).status_code == 304
    # If-None-Match decides when both are sent (RFC 9110 §13.2.2)
    assert (await client.get("/public/listings.json",
                             headers={"If-None-Match": '"other"', "If-Modified-Since": modified})).status_code == 200
    # gzip for those who take it (httpx does), the same rows unzipped for those who do not
    assert first.headers["content-encoding"] == "gzip" and first.headers["vary"] == "Accept-Encoding"
    plain = await client.get("/public/listings.json", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.json() == first.json()
    assert plain.headers["etag"] != etag  # another representation, another tag, same data:
    assert (await client.get("/public/listings.json", headers={"If-None-Match": plain.headers["etag"]})).status_code == 304
    # another representation or other filters are other resources
    assert (await client.get("/public/listings.csv")).headers["etag"] != etag
    assert (await client.get("/public/listings.json", params={"q": "深圳"})).headers["etag"] != etag

    # a regulator revokes a published listing: the rows change, and so does the ETag
    token = await regulator_key(region="44", authority=AUTHORITY_CODE, name="深圳市应急管理局")
    revoked = await gql(client, document("regulator/RevokeListing.graphql"), {"input": {
        "listingId": str(world.ids["深圳市鹏城化工"]), "revokedOn": world.today.isoformat(), "reason": "错误列入"}},
        token=token)
    assert revoked["data"]["revokeListing"]["userErrors"] == []
    after = await client.get("/public/listings.json", headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["etag"] != etag
    assert "深圳市鹏城化工有限公司" not in after.text
    assert "共 2 条" in (await client.get("/public/listings")).text  # counted again after the write


async def test_the_version_changes_at_the_midnight_a_listing_ends_and_at_no_other(db: str) -> None:
    world = await public_world()  # 福田物流 ends today, 福永航空配件 tomorrow, nothing the day after
    blacklist = PublicFilter()

    def at(days: int, clock: time = time(12)) -> datetime:
        return datetime.combine(world.today + timedelta(days=days), clock, CHINA)

    today = await publication_version(blacklist, "json", now=at(0))
    tomorrow = await publication_version(blacklist, "json", now=at(1, time(0, 0, 1)))
    day_after = await publication_version(blacklist, "json", now=at(2))
    assert today.etag != tomorrow.etag  # 福永航空配件 left at 00:00 without any write
    assert tomorrow.etag == day_after.etag  # nobody left that midnight: crawlers keep their copy
    assert tomorrow.last_modified == datetime.combine(world.today + timedelta(days=1), time(0), CHINA)
    # a cache may keep the rows until the next midnight at the latest
    assert (await publication_version(blacklist, "json", now=at(0, time(23, 58)))).max_age <= 120
    assert (await publication_version(PublicFilter.parse("GREYLIST"), "json", now=at(0))).etag != today.etag


async def test_renaming_the_deciding_authority_changes_the_etag_as_it_changes_the_rows(
    client: httpx.AsyncClient,
) -> None:
    await public_world()
    before = await client.get("/public/listings.csv")
    # an authority is renamed only as a key is issued for it (credit keys issue)
    await regulator_key(region="4403", authority=AUTHORITY_CODE, name="深圳市应急管理局（更名）")
    after = await client.get("/public/listings.csv", headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200 and "深圳市应急管理局（更名）" in after.text
