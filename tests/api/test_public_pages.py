"""The public pages (公示): what is published, how it is found, and what ended listings answer.

Each test runs on SQLite and PostgreSQL (the ``client`` fixture).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from html.parser import HTMLParser

import httpx
from helpers import make_code
from public_world import NOT_PUBLISHED, PUBLISHED_BLACKLIST, World, public_world

from credit.api.public import templates
from credit.domain.publication import PublishedListing, PublishedPerson, PublishedRow, ground_text
from credit.store.models import Authority, Enterprise, Listing


def names_in_table(html: str) -> list[str]:
    """Enterprise names in the listings table, in order (each row's header cell)."""
    return [re.sub(r"有限公司$", "", n) for n in re.findall(r'<th scope="row"><a href="/public/listings/\d+">([^<]+)</a>', html)]


async def test_list_shows_the_blacklist_in_force_today_newest_first_with_every_column(client: httpx.AsyncClient) -> None:
    world = await public_world()
    response = await client.get("/public/listings")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="zh-CN">' in html
    assert "<title>安全生产严重失信主体名单 - 安全生产信用信息公示</title>" in html
    assert names_in_table(html) == PUBLISHED_BLACKLIST
    for name in NOT_PUBLISHED + ["深圳市龙岗建材"]:
        assert name not in html
    row = html[html.index("深圳市鹏城化工有限公司"):]
    row = row[: row.index("</tr>")]
    for text in (world.codes["深圳市鹏城化工"], "发生特别重大、重大生产安全事故",
                 (world.today - timedelta(days=100)).isoformat(), "深圳市应急管理局", "深应急失信〔"):
        assert text in row
    assert f'href="/public/listings/{world.ids["深圳市鹏城化工"]}"' in html
    assert re.search(r"<th scope=\"col\">列入日期</th>", html) and "<caption>" in html
    assert "数据截至" in html and "北京时间" in html


async def test_greylist_is_its_own_list(client: httpx.AsyncClient) -> None:
    await public_world()
    html = (await client.get("/public/listings", params={"kind": "GREYLIST"})).text
    assert names_in_table(html) == ["深圳市龙岗建材"]
    assert "<h1>安全生产重点关注名单</h1>" in html


async def test_search_finds_by_name_fragment_code_or_region_prefix(client: httpx.AsyncClient) -> None:
    world = await public_world()

    async def found(**params: str) -> list[str]:
        response = await client.get("/public/listings", params=params)
        assert response.status_code == 200
        return names_in_table(response.text)

    assert await found(q="鹏城") == ["深圳市鹏城化工"]  # two characters: a 字号
    assert await found(q="精细化学") == ["广州市华南精细化学"]
    assert await found(q="鹏") == ["深圳市鹏城化工"]  # one character still finds (without the index)
    code = world.codes["深圳市鹏城化工"]
    assert await found(q=f" {code[:9].lower()} {code[9:]} ") == ["深圳市鹏城化工"]  # a code, normalised
    assert await found(region="4401") == ["广州市华南精细化学"]
    assert await found(region="44", q="深圳") == ["深圳市鹏城化工", "深圳市福永航空配件"]
    assert await found(q="五金") == []  # expired: not published, not found
    empty = await client.get("/public/listings", params={"q": "不存在的企业"})
    assert "没有符合条件的公示信息" in empty.text
    assert await found(q="100%_") == []  # LIKE wildcards are plain characters


async def test_bad_filters_answer_400_with_the_reason_in_chinese(client: httpx.AsyncClient) -> None:
    for params, reason in (({"kind": "REDLIST"}, "名单类别"), ({"region": "44a"}, "地区代码"),
                           ({"page": "0"}, "页码"), ({"page": "x"}, "页码"), ({"q": "字" * 101}, "最多100个字")):
        response = await client.get("/public/listings", params=params)
        assert response.status_code == 400, params
        assert reason in response.text and 'role="alert"' in response.text


async def test_pages_hold_fifty_rows_and_a_page_past_the_end_is_404(client: httpx.AsyncClient) -> None:
    world = await public_world()
    authority = await Authority.get(code="11440300MB2C92016Y")
    for i in range(50):
        enterprise = await Enterprise.create(code=make_code(1000 + i), name=f"深圳市批量{i:02d}有限公司",
                                             region_code="440305", industry="CHEMICALS")
        await Listing.create(enterprise=enterprise, authority=authority, list_kind="BLACKLIST",
                             ground="OTHER_SERIOUS_VIOLATION", rules_version="t",
                             notified_on=world.today - timedelta(days=400), objection_deadline=world.today,
                             listed_on=world.today - timedelta(days=200 + i), expires_on=world.today + timedelta(days=900),
                             ends_on=world.today + timedelta(days=900), decision_number=f"批{i}")
    first = (await client.get("/public/listings")).text
    assert len(names_in_table(first)) == 50 and "共 53 条，第 1 / 2 页" in first
    assert 'href="?page=2" rel="next"' in first
    second = await client.get("/public/listings", params={"page": "2"})
    # newest decision first: the oldest of the 53 comes last
    assert names_in_table(second.text) == ["深圳市批量48", "深圳市批量49", "深圳市福永航空配件"]
    assert (await client.get("/public/listings", params={"page": "3"})).status_code == 404


async def test_detail_shows_the_listing_its_legal_basis_and_the_penalty_as_corrected(client: httpx.AsyncClient) -> None:
    world = await public_world()
    response = await client.get(f"/public/listings/{world.ids['深圳市鹏城化工']}")
    assert response.status_code == 200
    html = response.text
    assert "<title>深圳市鹏城化工有限公司 - 安全生产严重失信主体名单 - 安全生产信用信息公示</title>" in html
    for text in (world.codes["深圳市鹏城化工"], "发生特别重大、重大生产安全事故",
                 "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条第（一）项",
                 "深应急罚〔2026〕12号", "1,200,000.00", "11440300MB2C92016Y", "公示期限"):
        assert text in html
    assert "1,000,000.00" not in html  # the fine as first recorded was corrected
    assert "列入人员" not in html  # nobody is listed with the unit (yet): no empty table

    grey = (await client.get(f"/public/listings/{world.ids['深圳市龙岗建材']}")).text
    assert "重大事故隐患未按期整改" in grey and "无全国统一规定" in grey and "第11号" not in grey


async def test_ended_listings_answer_410_and_never_published_ones_404(client: httpx.AsyncClient) -> None:
    world = await public_world()

    async def status(name_or_id: str) -> int:
        listing_id = world.ids.get(name_or_id, name_or_id)
        return (await client.get(f"/public/listings/{listing_id}")).status_code

    assert await status("深圳市宝安五金制品") == 410  # expired
    assert await status("深圳市坪山制药") == 410  # repaired
    assert await status("深圳市福田物流") == 410  # ends today: publication stopped at 00:00
    assert await status("深圳市福永航空配件") == 200  # ends tomorrow: today is its last day
    assert await status("深圳市观澜塑胶") == 404  # revoked: void from its start
    assert await status("深圳市沙井模具") == 404  # undecided
    assert await status("深圳市松岗电镀") == 404  # withdrawn
    for unknown in ("999999", "abc", "99999999999999999999", "-1"):
        assert await status(unknown) == 404
    gone = await client.get(f"/public/listings/{world.ids['深圳市宝安五金制品']}")
    assert "停止公示" in gone.text and "深圳市宝安五金制品" not in gone.text


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        self.urls += [value or "" for name, value in attrs if name in ("href", "src", "action")]


async def test_pages_need_no_script_and_load_nothing_from_another_host(client: httpx.AsyncClient) -> None:
    world = await public_world()
    for path in ("/public/listings", f"/public/listings/{world.ids['深圳市鹏城化工']}", "/public/listings/0"):
        response = await client.get(path)
        parser = _References()
        parser.feed(response.text)
        assert parser.scripts == 0
        assert parser.urls and all(u.startswith(("/", "?", "#")) and not u.startswith("//") for u in parser.urls), parser.urls
        assert "default-src 'none'" in response.headers["content-security-policy"]
    css = await client.get("/public/static/public.css")
    assert css.status_code == 200 and "url(" not in css.text and "@import" not in css.text
    assert (await client.get("/public/", follow_redirects=False)).headers["location"] == "/public/listings"


async def test_public_pages_need_no_key_and_ignore_one(client: httpx.AsyncClient) -> None:
    await public_world()
    response = await client.get("/public/listings", headers={"Authorization": "Bearer not-a-key"})
    assert response.status_code == 200 and names_in_table(response.text) == PUBLISHED_BLACKLIST


async def test_world_is_as_described(db: str) -> None:
    """The seeded facts read as their names say, by the domain's own rule."""
    from credit.domain.listings import ListingStatus, status_on
    from credit.store.listings import facts_of

    world: World = await public_world()
    statuses = {}
    for name, listing_id in world.ids.items():
        listing = await Listing.get(id=listing_id).prefetch_related("repairs")
        statuses[name] = status_on(facts_of(listing, list(listing.repairs)), world.today)
    assert {n for n, s in statuses.items() if s is ListingStatus.ACTIVE} == set(PUBLISHED_BLACKLIST) | {"深圳市龙岗建材"}


def test_persons_listed_with_the_unit_render_with_masked_id_numbers_when_present() -> None:
    """No table holds persons per listing yet (contract-next): the page is ready for them."""
    row = PublishedRow(1, "BLACKLIST", "CONCEALED_ACCIDENT", "深圳市鹏城化工有限公司", "914403036EARAG6P2A",
                       "440303", date(2026, 1, 5), date(2029, 1, 5), "深圳市应急管理局", "11440300MB2C92016Y",
                       "深应急失信〔2026〕1号")
    detail = PublishedListing(row, ground_text(row.ground), persons=[
        PublishedPerson("张三", "440305********1234", "PRINCIPAL"),
        PublishedPerson("李四", "440305********567X", "RESPONSIBLE"),
    ])
    html = templates.get_template("listing.html").render(
        row=detail.row, ground=detail.ground, penalties=[], persons=detail.persons,
        data_moment=datetime(2026, 1, 6, 9, 30), static_prefix="/public/static",
    )
    assert "<h2 id=\"persons-title\">列入人员</h2>" in html
    assert "440305********1234" in html and "主要负责人" in html and "直接责任人员" in html
