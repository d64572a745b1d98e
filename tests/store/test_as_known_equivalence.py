""""In force as known at T" has one definition, ``ListingFacts.known_at(T).in_force_on(day)``;
the store says it in SQL (``in_force_known_sql``, used by the restriction lookup) and for the
ORM (``in_force_known_condition``), and an enterprise's name as known at T
(``name_known_sql``) is ``latest_known`` over its versions. These tests prove them equal
over random histories (backdated decisions, withdrawals, repairs approved, rejected and
revoked, revocations, renames), at every step's moment and a microsecond before it, on
both databases."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from tortoise import connections

from credit.domain.calendar import add_months
from credit.domain.knowledge import latest_known
from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListKind,
    ObjectionFacts,
    RepairFacts,
    RepairStatus,
)
from credit.store.clock import sqlite_moment
from credit.store.db import is_postgres_connection
from credit.store.listing_status import in_force_known_condition, in_force_known_sql
from credit.store.listings import facts_of
from credit.store.models import (
    Authority,
    Enterprise,
    EnterpriseVersion,
    Listing,
    Objection,
    RepairApplication,
)
from credit.store.restrictions import listings_in_force

START = date(2022, 1, 3)
EPOCH = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
US = timedelta(microseconds=1)


class Moments:
    """Increasing moments: a history's steps are recorded in order, some in one transaction."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.now = EPOCH

    def next(self) -> datetime:
        self.now += timedelta(seconds=self.rnd.choice([0, 1, 7, 60, 3600]))
        return self.now


def random_history(rnd: random.Random, clock: Moments) -> ListingFacts:
    """A listing and its steps with the moments they were recorded: undecided, withdrawn on an
    objection, decided (often after the fact), repaired, rejected, repair revoked, revoked."""
    kind = rnd.choice(list(ListKind))
    ground = ListingGround.OTHER_SERIOUS_VIOLATION if kind is ListKind.BLACKLIST else ListingGround.OTHER_CONCERN
    notified = START + timedelta(days=rnd.randrange(0, 400))
    facts = ListingFacts(kind, ground, notified, notified + timedelta(days=7), recorded_at=clock.next())
    fate = rnd.random()
    if fate < 0.1:
        return facts
    if fate < 0.2:
        filed, decided_at = clock.next(), clock.next()
        withdrawn = notified + timedelta(days=rnd.randrange(1, 8))
        objection = ObjectionFacts(1, notified + timedelta(days=1), True, withdrawn, filed, decided_at)
        return replace(facts, withdrawn_on=withdrawn, withdrawn_at=decided_at, objections=(objection,))
    listed = notified + timedelta(days=rnd.randrange(8, 30))
    decided_at = None if rnd.random() < 0.05 else clock.next()  # a legacy row: known all along
    facts = replace(facts, listed_on=listed, expires_on=add_months(listed, 36 if kind is ListKind.BLACKLIST else 12),
                    decided_at=decided_at)
    repairs: list[RepairFacts] = []
    applied = add_months(listed, 12)
    for n in range(rnd.randrange(0, 4)):
        status = rnd.choice(list(RepairStatus))
        recorded = clock.next()
        decided = applied + timedelta(days=rnd.randrange(0, 30)) if status is not RepairStatus.PENDING else None
        decided_at_ = clock.next() if decided else None
        revoked = decided + timedelta(days=rnd.randrange(0, 60)) if status is RepairStatus.REVOKED and decided else None
        repairs.append(RepairFacts(n + 1, applied, status, decided, revoked, recorded, decided_at_,
                                   clock.next() if revoked else None))
        applied = (decided or applied) + timedelta(days=40)
        if status in (RepairStatus.APPROVED, RepairStatus.PENDING):
            break  # no application after an approval or while one is pending
    facts = replace(facts, repairs=tuple(repairs))
    if rnd.random() < 0.2:
        facts = replace(facts, revoked_on=listed + timedelta(days=rnd.randrange(0, 500)), revoked_at=clock.next())
    return facts


def moments_of(facts: ListingFacts) -> set[datetime]:
    found = {facts.recorded_at, facts.decided_at, facts.withdrawn_at, facts.revoked_at}
    for r in facts.repairs:
        found |= {r.recorded_at, r.decided_at, r.revoked_at}
    for o in facts.objections:
        found |= {o.recorded_at, o.decided_at}
    return {m for m in found if m is not None}


def days_of(facts: ListingFacts) -> set[date]:
    dates = {facts.notified_on, facts.listed_on, facts.expires_on, facts.revoked_on, facts.withdrawn_on}
    for r in facts.repairs:
        dates |= {r.applied_on, r.decided_on, r.revoked_on}
    return {d + timedelta(days=k) for d in dates if d is not None for k in (-1, 0, 1)}


async def store(histories: list[ListingFacts], clock: Moments, rnd: random.Random) -> dict[int, ListingFacts]:
    """Each history as rows (dates and moments as given; one enterprise each, registered first and
    renamed at random); returns listing id → facts as read back."""
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    stored: dict[int, ListingFacts] = {}
    for n, facts in enumerate(histories):
        assert facts.recorded_at is not None
        registered = facts.recorded_at - timedelta(seconds=rnd.choice([0, 30]))
        enterprise = await Enterprise.create(code=f"E{n:017d}", name=f"企业{n}", region_code="440305",
                                             industry="MINING", recorded_at=registered, updated_at=registered)
        await EnterpriseVersion.create(enterprise=enterprise, name=f"企业{n}", region_code="440305",
                                       industry="MINING", recorded_at=registered)
        renamed = registered
        for k in range(rnd.randrange(0, 3)):
            renamed = renamed + timedelta(seconds=rnd.choice([0, 1, 3600, 86400]))
            await EnterpriseVersion.create(enterprise=enterprise, name=f"企业{n}更名{k}", region_code="440305",
                                           industry="MINING", recorded_at=renamed)
            enterprise.name, enterprise.updated_at = f"企业{n}更名{k}", renamed
        await enterprise.save()
        listing = await Listing.create(
            enterprise=enterprise, authority=authority, list_kind=facts.list_kind.value, ground=facts.ground.value,
            rules_version="t", notified_on=facts.notified_on, objection_deadline=facts.objection_deadline,
            listed_on=facts.listed_on, expires_on=facts.expires_on, ends_on=facts.ends_on,
            withdrawn_on=facts.withdrawn_on, revoked_on=facts.revoked_on, recorded_at=facts.recorded_at,
            decided_at=facts.decided_at, withdrawn_at=facts.withdrawn_at, revoked_at=facts.revoked_at,
        )
        repairs = [
            await RepairApplication.create(
                listing=listing, applied_on=r.applied_on, status=r.status.value, decided_on=r.decided_on,
                revoked_on=r.revoked_on, recorded_at=r.recorded_at, decided_at=r.decided_at, revoked_at=r.revoked_at,
            )
            for r in facts.repairs
        ]
        objections = [
            await Objection.create(listing=listing, filed_on=o.filed_on, upheld=o.upheld, decided_on=o.decided_on,
                                   recorded_at=o.recorded_at, decided_at=o.decided_at)
            for o in facts.objections
        ]
        stored[listing.id] = facts_of(listing, repairs, objections)
    return stored


def without_ids(facts: ListingFacts) -> ListingFacts:
    return replace(facts, repairs=tuple(replace(r, id=0) for r in facts.repairs),
                   objections=tuple(replace(o, id=0) for o in facts.objections))


def probes(histories: list[ListingFacts], rnd: random.Random, per_moment: int = 2) -> list[tuple[date, datetime]]:
    """Each step's moment and a microsecond before it, each with a few boundary days."""
    days = sorted(set().union(*(days_of(f) for f in histories)))
    moments = sorted(set().union(*(moments_of(f) for f in histories)))
    return [(rnd.choice(days), t) for m in moments for t in (m - US, m) for _ in range(per_moment)]


async def test_in_force_as_known_in_sql_says_what_the_domain_says(db: str) -> None:
    rnd = random.Random(20261130)
    clock = Moments(rnd)
    histories = [random_history(rnd, clock) for _ in range(30)]
    stored = await store(histories, clock, rnd)
    for facts, read_back in zip(histories, stored.values(), strict=True):
        assert without_ids(read_back) == without_ids(facts)  # nothing lost on the way through the store
    conn = connections.get("default")
    postgres = is_postgres_connection(conn)
    day_param, moment_param = ("$1", "$2") if postgres else ("?1", "?2")
    sql = f"SELECT l.id FROM listing l WHERE {in_force_known_sql('l', day_param, moment_param)}"
    checked = 0
    for day, moment in probes(histories, rnd):
        expected = set()
        for pk, facts in stored.items():
            known = facts.known_at(moment)
            if known is not None and known.in_force_on(day):
                expected.add(pk)
        params = [day, moment] if postgres else [day.isoformat(), sqlite_moment(moment)]
        _, rows = await conn.execute_query(sql, params)
        assert {row[0] for row in rows} == expected, (day, moment)
        by_orm = set(await Listing.filter(in_force_known_condition(day, moment)).values_list("id", flat=True))
        assert by_orm == expected, (day, moment)
        checked += bool(expected)
    assert checked > 20  # the probes found listings in force, not only empty sets


async def test_the_lookup_as_known_finds_the_listings_and_names_known_then(db: str) -> None:
    rnd = random.Random(15)
    clock = Moments(rnd)
    histories = [random_history(rnd, clock) for _ in range(25)]
    stored = await store(histories, clock, rnd)
    enterprises = await Enterprise.all().order_by("id").prefetch_related("versions")
    codes = [e.code for e in enterprises]
    kinds = [k.value for k in ListKind]
    by_listing = {pk: (await Listing.get(id=pk)).enterprise_id for pk in stored}  # type: ignore[attr-defined]
    moments = sorted({m for e in enterprises for v in e.versions for m in (v.recorded_at - US, v.recorded_at)})
    for day, moment in probes(histories, rnd, per_moment=1)[::2] + [(START, m) for m in moments]:
        found = await listings_in_force(codes, day, kinds, known_at=moment)
        names = {e.code: v.name for e in enterprises if (v := latest_known(e.versions, moment)) is not None}
        assert found.names == names, moment
        seen = {row.listing_id for rows in found.listings.values() for row in rows}
        expected = {pk for pk, f in stored.items() if (k := f.known_at(moment)) is not None and k.in_force_on(day)}
        assert seen == expected, (day, moment)
        assert all(e.code in found.names for e in enterprises if e.id in {by_listing[pk] for pk in seen})
