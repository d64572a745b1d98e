"""listingChanges as a consumer uses it: page with endCursor until done, keep a copy in sync."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

import asyncpg
import procurement_world as world
import pytest
from helpers import document, error_codes, gql, key, make_code, regulator_key
from tortoise import connections

from credit.domain.calendar import moment_of
from credit.services import listings
from credit.store.clock import database_now
from credit.store.db import close_database, open_database
from credit.store.models import Enterprise, Listing, OutboxEvent

CHANGES = document("procurement/ListingChanges.graphql")
CHECK = document("procurement/CheckRestrictions.graphql")
PROFILE = document("regulator/EnterpriseProfile.graphql")

#: what a consumer's copy says of a listing after each change
STATUS_AFTER = {"LISTED": "ACTIVE", "RESTORED": "ACTIVE", "EXPIRED": "EXPIRED", "REPAIRED": "REPAIRED",
                "REVOKED": "REVOKED"}


async def page(client, token: str, after: str | None, first: int | None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    result = await gql(client, CHANGES, {"after": after, "first": first}, token=token,
                       operation="ListingChanges")
    assert "errors" not in result, result
    return result["data"]["listingChanges"]


async def drain(client, token: str, after: str | None = None, first: int = 3) -> tuple[list[dict], str | None]:  # type: ignore[no-untyped-def, type-arg]
    """Every change after ``after``, page by page; and the cursor to resume from."""
    nodes: list[dict] = []  # type: ignore[type-arg]
    while True:
        connection = await page(client, token, after, first)
        assert len(connection["edges"]) <= first
        nodes += [edge["node"] for edge in connection["edges"]]
        after = connection["pageInfo"]["endCursor"]
        if not connection["pageInfo"]["hasNextPage"]:
            return nodes, after


@pytest.fixture
async def history(client):  # type: ignore[no-untyped-def]
    """One enterprise per kind of listing life, entered after the fact (today is after all of it)."""
    reg = await world.regulator()
    codes = {name: await world.register(reg, 100 + i) for i, name in enumerate(
        ["active", "expired", "repaired", "revoked", "proposed", "future_expiry", "restored"])}
    ids = {}
    ids["active"] = (await world.listed(reg, codes["active"], "BLACKLIST", date(2025, 3, 10))).id
    ids["expired"] = (await world.listed(reg, codes["expired"], "GREYLIST", date(2024, 5, 6))).id
    repaired = await world.listed(reg, codes["repaired"], "BLACKLIST", date(2025, 1, 6))
    await world.repaired(reg, repaired, date(2026, 1, 6), date(2026, 2, 10))
    ids["repaired"] = repaired.id
    revoked = await world.listed(reg, codes["revoked"], "BLACKLIST", date(2026, 1, 5))
    await world.revoked(reg, revoked, date(2026, 6, 1))
    ids["revoked"] = revoked.id
    ids["proposed"] = (await world.propose(reg, codes["proposed"], "BLACKLIST", date(2026, 11, 2))).id
    ids["future_expiry"] = (await world.listed(reg, codes["future_expiry"], "GREYLIST", date(2026, 3, 2))).id
    restored = await world.listed(reg, codes["restored"], "BLACKLIST", date(2025, 2, 3))
    application = await world.repaired(reg, restored, date(2026, 2, 3), date(2026, 3, 2))
    await listings.revoke_credit_repair(reg, application_id=str(application.id), revoked_on=date(2026, 9, 1),
                                        reason="以虚假材料骗取信用修复")
    ids["restored"] = restored.id
    return {"reg": reg, "codes": codes, "ids": ids}


def changes_by_listing(nodes: list[dict]) -> dict[str, list[str]]:  # type: ignore[type-arg]
    by: dict[str, list[str]] = {}
    for node in nodes:
        by.setdefault(node["listingId"], []).append(node["change"])
    return by


async def test_a_consumer_paging_through_everything_sees_each_life_in_order(client, history):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    nodes, _ = await drain(client, token, first=2)
    ids = {name: str(pk) for name, pk in history["ids"].items()}
    assert changes_by_listing(nodes) == {
        ids["active"]: ["LISTED"],
        ids["expired"]: ["LISTED", "EXPIRED"],  # entered after its period ended
        ids["repaired"]: ["LISTED", "REPAIRED"],
        ids["revoked"]: ["LISTED", "REVOKED"],
        ids["future_expiry"]: ["LISTED"],  # its expiry is not visible before its moment
        ids["restored"]: ["LISTED", "REPAIRED", "RESTORED"],
    }
    recorded = [datetime.fromisoformat(n["recordedAt"]) for n in nodes]
    assert recorded == sorted(recorded)
    by_id = {n["listingId"]: n for n in nodes if n["change"] == "LISTED"}
    assert by_id[ids["active"]]["effectiveAt"] == "2025-03-09T16:00:00Z"
    assert by_id[ids["active"]]["code"] == history["codes"]["active"]
    assert by_id[ids["expired"]]["listKind"] == "GREYLIST"
    expiry = next(n for n in nodes if n["change"] == "EXPIRED")
    assert expiry["effectiveAt"] == "2025-05-05T16:00:00Z"
    revocation = next(n for n in nodes if n["change"] == "REVOKED")
    assert revocation["effectiveAt"] == "2026-05-31T16:00:00Z"


async def test_the_consumers_copy_matches_restriction_check_and_enterprise_listings(client, history):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    nodes, _ = await drain(client, token, first=3)
    copy = {n["listingId"]: STATUS_AFTER[n["change"]] for n in nodes}
    codes = list(history["codes"].values())
    # direct query 1: what restricts now (INSURANCE has a measure for both list kinds)
    result = await gql(client, CHECK, {"codes": codes, "domain": "INSURANCE"}, token=token)
    in_force = {r["listingId"] for item in result["data"]["restrictionCheck"]["results"] for r in item["reasons"]}
    assert in_force == {lid for lid, status in copy.items() if status == "ACTIVE"}
    # direct query 2: each enterprise's published listings and their status now
    published: dict[str, str] = {}
    for code in codes:
        profile = await gql(client, PROFILE, {"code": code}, token=token)
        assert "errors" not in profile, profile
        for edge in profile["data"]["enterprise"]["listings"]["edges"]:
            published[edge["node"]["id"]] = edge["node"]["status"]
    assert published == copy


async def test_an_expiry_appears_once_its_moment_has_passed_by_the_feeds_clock(client, history):  # type: ignore[no-untyped-def]
    """Nothing patched: the queued expiry's moment is brought to within a second of the
    feed clock (a listing's moment is a day's 00:00, so otherwise this waits for midnight)."""
    token = await key("insurer")
    _, cursor = await drain(client, token)
    hidden = await OutboxEvent.get(listing_id=history["ids"]["future_expiry"], event_type="EXPIRED")
    assert hidden.visible_at == moment_of(date(2027, 3, 2)), "queued at its decision, for its own moment"
    assert (await page(client, token, cursor, 10))["edges"] == []
    soon = await database_now(connections.get("default")) + timedelta(milliseconds=300)
    await OutboxEvent.filter(id=hidden.id).update(visible_at=soon, next_attempt_at=soon)
    edges: list[dict[str, Any]] = []
    for _ in range(200):  # bounded: the moment is 0.3 s away
        edges = (await page(client, token, cursor, 10))["edges"]
        if edges:
            break
        await asyncio.sleep(0.02)
    [edge] = edges
    assert edge["node"]["listingId"] == str(history["ids"]["future_expiry"])
    assert (edge["node"]["change"], edge["node"]["effectiveAt"]) == ("EXPIRED", "2027-03-01T16:00:00Z")
    assert datetime.fromisoformat(edge["node"]["recordedAt"]) == soon, "recordedAt is its own moment"


@pytest.mark.postgres_only
async def test_the_feed_follows_the_databases_clock_not_the_hosts(client, history, db_url):  # type: ignore[no-untyped-def]
    """Instances need no synchronised clocks: set PostgreSQL's clock_timestamp() past the
    expiry (a function earlier in the search path) while the host clock stays at today."""
    token = await key("insurer")
    _, cursor = await drain(client, token)
    ahead = moment_of(date(2027, 3, 3)) - datetime.now(UTC) + timedelta(hours=1)
    admin = await asyncpg.connect(db_url.replace("postgres://", "postgresql://", 1))
    try:
        await admin.execute(
            "CREATE SCHEMA clock_ahead; CREATE FUNCTION clock_ahead.clock_timestamp() RETURNS timestamptz "
            "LANGUAGE sql AS $$ SELECT pg_catalog.clock_timestamp() + "
            f"interval '{int(ahead.total_seconds())} seconds' $$"
        )
        await admin.execute(
            f'ALTER DATABASE "{db_url.rsplit("/", 1)[1]}" SET search_path = clock_ahead, public, pg_catalog'
        )
    finally:
        await admin.close()
    await close_database()
    await open_database(db_url)  # new connections: the database's clock is now 2027-03-03
    [edge] = (await page(client, token, cursor, 10))["edges"]
    assert edge["node"]["listingId"] == str(history["ids"]["future_expiry"])
    assert (edge["node"]["change"], edge["node"]["recordedAt"]) == ("EXPIRED", "2027-03-01T16:00:00Z")
    # and a change entered now is stamped by that clock, not by the host's
    code = await world.register(history["reg"], 201)
    listing = await world.listed(history["reg"], code, "BLACKLIST", date(2026, 10, 12))
    more, _ = await drain(client, token, edge["cursor"])
    assert [(n["listingId"], n["change"]) for n in more] == [(str(listing.id), "LISTED")]
    assert datetime.fromisoformat(more[0]["recordedAt"]) >= moment_of(date(2027, 3, 3))


async def test_a_resumed_consumer_sees_only_later_changes_exactly_once(client, history):  # type: ignore[no-untyped-def]
    token = await key("admin")
    first_pass, cursor = await drain(client, token)
    reg = history["reg"]
    code = await world.register(reg, 200)
    listing = await world.listed(reg, code, "BLACKLIST", date(2026, 10, 12))
    more, cursor = await drain(client, token, cursor)
    assert [(n["listingId"], n["change"]) for n in more] == [(str(listing.id), "LISTED")]
    assert (await page(client, token, cursor, 5)) == {"edges": [], "pageInfo": {"hasNextPage": False,
                                                                                "endCursor": cursor}}
    everything, _ = await drain(client, token, first=1000)
    assert everything == first_pass + more


async def test_proposals_never_appear(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    code = await world.register(reg, 300)
    await world.propose(reg, code, "BLACKLIST", date(2026, 11, 2))
    nodes, cursor = await drain(client, await key("procurement"))
    assert nodes == []
    assert cursor is None


async def _synthetic_changes(count: int) -> None:
    """Many visible LISTED changes at once (the feed reads the outbox; this is only for paging)."""
    reg = await world.regulator()
    code = await world.register(reg, 400)
    listing = await world.listed(reg, code, "BLACKLIST", date(2026, 1, 5))
    enterprise = await Enterprise.get(code=code)
    base = datetime(2026, 11, 1, tzinfo=UTC)
    await OutboxEvent.bulk_create([
        OutboxEvent(
            event_id=f"00000000-0000-4000-8000-{i:012d}", event_type="LISTED", enterprise=enterprise,
            listing=await Listing.get(id=listing.id), effective_at=base, visible_at=base + timedelta(seconds=i),
            next_attempt_at=base, payload={"code": code, "listKind": "BLACKLIST"}, state="DELIVERED",
        )
        for i in range(count)
    ])


async def test_first_defaults_to_100_also_when_null_and_is_at_most_1000(client):  # type: ignore[no-untyped-def]
    await _synthetic_changes(1005)
    token = await key("procurement")
    omitted = await gql(client, "query { listingChanges { edges { cursor } pageInfo { hasNextPage } } }",
                        token=token)
    assert len(omitted["data"]["listingChanges"]["edges"]) == 100
    assert len((await page(client, token, None, None))["edges"]) == 100
    full = await page(client, token, None, 1000)
    assert len(full["edges"]) == 1000 and full["pageInfo"]["hasNextPage"] is True
    rest = await page(client, token, full["pageInfo"]["endCursor"], 1000)
    assert len(rest["edges"]) == 6 and rest["pageInfo"]["hasNextPage"] is False
    for first in (1001, -1):
        result = await gql(client, CHANGES, {"first": first}, token=token)
        assert error_codes(result) == ["BAD_USER_INPUT"], first


async def test_the_feed_needs_a_key(client):  # type: ignore[no-untyped-def]
    result = await gql(client, CHANGES, {"first": 5})
    assert result["data"] is None
    assert error_codes(result) == ["UNAUTHENTICATED"]
    assert error_codes(await gql(client, CHANGES, {"first": 5}, token="csk_unknown")) == ["UNAUTHENTICATED"]
    for role in ("procurement", "insurer", "admin"):
        assert "errors" not in await gql(client, CHANGES, {"first": 5}, token=await key(role))
    assert "errors" not in await gql(client, CHANGES, {"first": 5}, token=await regulator_key())


async def test_a_cursor_that_is_not_ours_is_bad_input(client):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    for cursor in ("nonsense", "aWQ6MTI=", make_code(1), ""):
        result = await gql(client, CHANGES, {"after": cursor, "first": 5}, token=token)
        if cursor == "":  # an empty cursor reads as "from the start"
            assert "errors" not in result
            continue
        assert error_codes(result) == ["BAD_USER_INPUT"], cursor
