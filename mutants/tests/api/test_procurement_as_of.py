"""restrictionCheck as of a moment: a date's moment is 00:00 China time (16:00Z the day before).

Each boundary is probed one microsecond before it and exactly at it, once written in
China time and once in UTC.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import procurement_world as world
from helpers import document, gql

from credit.domain.calendar import CHINA, moment_of

CHECK = document("procurement/CheckRestrictions.graphql")


def just_before(day: date) -> str:
    """One microsecond before 00:00 China time of ``day``, written in China time."""
    return (moment_of(day) - timedelta(microseconds=1)).astimezone(CHINA).isoformat()


def at(day: date) -> str:
    """00:00 China time of ``day``, written in UTC (16:00Z the day before)."""
    return moment_of(day).isoformat().replace("+00:00", "Z")


async def status_at(client, code: str, as_of: str, domain: str = "GOVERNMENT_PROCUREMENT") -> str:  # type: ignore[no-untyped-def]
    result = await gql(client, CHECK, {"codes": [code], "domain": domain, "asOf": as_of})
    assert "errors" not in result, result
    check = result["data"]["restrictionCheck"]
    assert datetime.fromisoformat(check["asOf"]) == datetime.fromisoformat(as_of)
    return check["results"][0]["status"]


def test_probe_moments_are_the_china_midnight_and_a_microsecond_before() -> None:
    assert at(date(2026, 2, 10)) == "2026-02-09T16:00:00Z"
    assert just_before(date(2026, 2, 10)) == "2026-02-09T23:59:59.999999+08:00"


async def test_a_listing_is_in_force_from_listed_on_until_expires_on(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    code = await world.register(reg, 11)
    await world.listed(reg, code, "BLACKLIST", date(2025, 3, 10))  # expires 2028-03-10
    assert await status_at(client, code, just_before(date(2025, 3, 10))) == "CLEAR"
    assert await status_at(client, code, at(date(2025, 3, 10))) == "PROHIBITED"
    assert await status_at(client, code, just_before(date(2028, 3, 10))) == "PROHIBITED"
    assert await status_at(client, code, at(date(2028, 3, 10))) == "CLEAR"


async def test_a_greylist_listing_ends_at_its_expiry_in_the_past(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    code = await world.register(reg, 12)
    await world.listed(reg, code, "GREYLIST", date(2025, 8, 1))  # expires 2026-08-01
    assert await status_at(client, code, just_before(date(2025, 8, 1)), "INSURANCE") == "CLEAR"
    assert await status_at(client, code, at(date(2025, 8, 1)), "INSURANCE") == "RESTRICTED"
    assert await status_at(client, code, just_before(date(2026, 8, 1)), "INSURANCE") == "RESTRICTED"
    assert await status_at(client, code, at(date(2026, 8, 1)), "INSURANCE") == "CLEAR"


async def test_an_approved_repair_ends_the_listing_on_its_decision_date(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    code = await world.register(reg, 13)
    listing = await world.listed(reg, code, "BLACKLIST", date(2025, 1, 6))  # expires 2028-01-06
    await world.repaired(reg, listing, applied_on=date(2026, 1, 6), decided_on=date(2026, 2, 10))
    assert await status_at(client, code, at(date(2025, 1, 6))) == "PROHIBITED"
    assert await status_at(client, code, just_before(date(2026, 2, 10))) == "PROHIBITED"
    assert await status_at(client, code, at(date(2026, 2, 10))) == "CLEAR"
    # the repair holds past the original expiry as well
    assert await status_at(client, code, at(date(2028, 1, 6))) == "CLEAR"


async def test_reasons_at_a_moment_name_the_listing_and_its_original_period(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    code = await world.register(reg, 14)
    listing = await world.listed(reg, code, "BLACKLIST", date(2025, 1, 6))
    await world.repaired(reg, listing, applied_on=date(2026, 1, 6), decided_on=date(2026, 2, 10))
    before = await gql(client, CHECK, {"codes": [code], "domain": "BIDDING", "asOf": just_before(date(2026, 2, 10))})
    [reason] = before["data"]["restrictionCheck"]["results"][0]["reasons"]
    assert (reason["listingId"], reason["listedOn"], reason["expiresOn"]) == (
        str(listing.id), "2025-01-06", "2028-01-06"
    )
    after = await gql(client, CHECK, {"codes": [code], "domain": "BIDDING", "asOf": at(date(2026, 2, 10))})
    assert after["data"]["restrictionCheck"]["results"][0]["reasons"] == []
