""""In force" has one definition, ``ListingFacts.in_force_on``; the store says it twice in SQL
(``in_force_condition`` for the ORM, ``in_force_sql`` for the hand-tuned lookup), from the
``ends_on`` that ``write_listing`` derives. These tests prove the three agree over random
histories on every boundary day, on both databases."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tortoise import connections

from credit.domain.calendar import add_months
from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListKind,
    RepairFacts,
    RepairStatus,
)
from credit.store.db import is_postgres_connection
from credit.store.listing_status import in_force_condition, in_force_during_condition, in_force_sql
from credit.store.listings import facts_of, write_listing
from credit.store.models import Authority, Enterprise, Listing, RepairApplication
from credit.store.restrictions import listings_in_force

START = date(2022, 1, 3)


def random_history(rnd: random.Random) -> ListingFacts:
    """A listing at some point of its procedure: undecided, withdrawn, decided, repaired (and
    maybe the repair revoked or rejected), revoked."""
    kind = rnd.choice(list(ListKind))
    ground = ListingGround.OTHER_SERIOUS_VIOLATION if kind is ListKind.BLACKLIST else ListingGround.OTHER_CONCERN
    notified = START + timedelta(days=rnd.randrange(0, 400))
    facts = ListingFacts(kind, ground, notified, notified + timedelta(days=7))
    fate = rnd.random()
    if fate < 0.1:
        return facts
    if fate < 0.2:
        return replace(facts, withdrawn_on=notified + timedelta(days=rnd.randrange(1, 8)))
    listed = notified + timedelta(days=rnd.randrange(8, 30))
    facts = replace(facts, listed_on=listed, expires_on=add_months(listed, 36 if kind is ListKind.BLACKLIST else 12))
    repairs = []
    for n in range(rnd.randrange(0, 3)):
        applied = add_months(listed, 12) + timedelta(days=40 * n)
        status = rnd.choice(list(RepairStatus))
        decided = applied + timedelta(days=rnd.randrange(0, 30)) if status is not RepairStatus.PENDING else None
        revoked = decided + timedelta(days=rnd.randrange(0, 60)) if status is RepairStatus.REVOKED and decided else None
        repairs.append(RepairFacts(n + 1, applied, status, decided, revoked))
        if status is RepairStatus.APPROVED:
            break
    facts = replace(facts, repairs=tuple(repairs))
    if rnd.random() < 0.15:
        facts = replace(facts, revoked_on=listed + timedelta(days=rnd.randrange(0, 500)))
    return facts


def boundary_days(facts: ListingFacts) -> set[date]:
    dates = {facts.notified_on, facts.listed_on, facts.expires_on, facts.revoked_on, facts.withdrawn_on}
    for repair in facts.repairs:
        dates |= {repair.applied_on, repair.decided_on, repair.revoked_on}
    days = set()
    for day in dates - {None}:
        assert day is not None
        days |= {day - timedelta(days=1), day, day + timedelta(days=1)}
    return days


async def store(histories: list[ListingFacts]) -> dict[int, ListingFacts]:
    """Each history as rows, dates written by the one writer; returns id → facts as read back."""
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    stored: dict[int, ListingFacts] = {}
    conn = connections.get("default")
    for n, facts in enumerate(histories):
        enterprise = await Enterprise.create(code=f"E{n:017d}", name=f"企业{n}", region_code="440305",
                                             industry="MINING")
        listing = await Listing.create(
            enterprise=enterprise, authority=authority, list_kind=facts.list_kind.value,
            ground=facts.ground.value, rules_version="t", notified_on=facts.notified_on,
            objection_deadline=facts.objection_deadline,
        )
        repairs = [
            await RepairApplication.create(listing=listing, applied_on=r.applied_on, status=r.status.value,
                                           decided_on=r.decided_on, revoked_on=r.revoked_on)
            for r in facts.repairs
        ]
        await write_listing(conn, listing, facts)
        stored[listing.id] = facts_of(listing, repairs)
    return stored


async def test_sql_conditions_say_what_the_domain_says_on_every_boundary_day(db: str) -> None:
    rnd = random.Random(20261130)
    histories = [random_history(rnd) for _ in range(60)]
    stored = await store(histories)
    for facts, read_back in zip(histories, stored.values(), strict=True):
        assert read_back.ends_on == facts.ends_on  # nothing lost on the way through the store
    days = sorted(set().union(*(boundary_days(f) for f in histories)))
    conn = connections.get("default")
    param = "$1" if is_postgres_connection(conn) else "?1"
    for day in days:
        expected = {pk for pk, facts in stored.items() if facts.in_force_on(day)}
        by_orm = set(await Listing.filter(in_force_condition(day)).values_list("id", flat=True))
        assert by_orm == expected, day
        sql = f"SELECT l.id FROM listing l WHERE {in_force_sql('l', param)}"
        _, rows = await conn.execute_query(sql, [day if param == "$1" else day.isoformat()])
        assert {row[0] for row in rows} == expected, day


async def test_in_force_during_a_period_is_in_force_on_one_of_its_days(db: str) -> None:
    rnd = random.Random(11)
    histories = [random_history(rnd) for _ in range(40)]
    stored = await store(histories)
    days = sorted(set().union(*(boundary_days(f) for f in histories)))
    for _ in range(60):
        first = rnd.choice(days)
        last = first + timedelta(days=rnd.choice([0, 1, 30, 365]))
        period = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        expected = {pk for pk, facts in stored.items() if any(facts.in_force_on(d) for d in period)}
        assert {pk for pk, facts in stored.items() if facts.in_force_during(first, last)} == expected
        found = await Listing.filter(in_force_during_condition(first, last)).values_list("id", flat=True)
        assert set(found) == expected, (first, last)


async def test_restriction_lookup_finds_exactly_the_listings_in_force(db: str) -> None:
    rnd = random.Random(7)
    histories = [random_history(rnd) for _ in range(40)]
    stored = await store(histories)
    codes = [e.code for e in await Enterprise.all().order_by("id")]
    for day in sorted(set().union(*(boundary_days(f) for f in histories)))[::3]:
        found = await listings_in_force(codes, day, [k.value for k in ListKind])
        seen = {row.listing_id for rows in found.listings.values() for row in rows}
        assert seen == {pk for pk, facts in stored.items() if facts.in_force_on(day)}, day
