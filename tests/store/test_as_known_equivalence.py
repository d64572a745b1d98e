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
from typing import Any

from tortoise import connections

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months
from credit.domain.incentives import HonourFact, IncentiveRule, eligible
from credit.domain.knowledge import latest_known
from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListKind,
    ObjectionFacts,
    RepairFacts,
    RepairStatus,
)
from credit.domain.records import CreditRecordKind, HonourLevel, RecordFacts, records_known_at
from credit.domain.supervision import (
    FactKind,
    SupervisedListing,
    SupervisedRecord,
    SupervisionFacts,
)
from credit.store.clock import sqlite_moment
from credit.store.db import is_postgres_connection
from credit.store.incentives import eligible_codes
from credit.store.listing_status import (
    in_force_during_known_sql,
    in_force_known_condition,
    in_force_known_sql,
)
from credit.store.listings import facts_of
from credit.store.models import (
    Authority,
    CreditRecord,
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
    first_param, last_param, during_moment = ("$1", "$2", "$3") if postgres else ("?1", "?2", "?3")
    during = f"SELECT l.id FROM listing l WHERE {in_force_during_known_sql('l', first_param, last_param, during_moment)}"
    checked = 0
    for day, moment in probes(histories, rnd):
        last = day + timedelta(days=rnd.choice([0, 1, 30, 400]))
        over_period = {pk for pk, f in stored.items() if (k := f.known_at(moment)) is not None and k.in_force_during(day, last)}
        params = [day, last, moment] if postgres else [day.isoformat(), last.isoformat(), sqlite_moment(moment)]
        _, rows = await conn.execute_query(during, params)
        assert {row[0] for row in rows} == over_period, (day, last, moment)
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


# --------------------------------------------------------------------- incentive lists as known


async def incentive_history(rnd: random.Random, n: int, authority: Authority, clock: Moments, day: date) -> Enterprise:
    """An enterprise near the TRUSTWORTHY list: covering grades and an honour, each recorded at
    its own moment and sometimes corrected later, and now and then a fact that disqualifies
    (an accident or penalty, a hazard, a listing decided, repaired or revoked) recorded later."""
    registered = clock.next()
    enterprise = await Enterprise.create(code=f"T{n:017d}", name=f"守信{n}", region_code="440305",
                                         industry="MINING", recorded_at=registered, updated_at=registered)

    async def record(kind: str, occurred_on: date, **fields: object) -> CreditRecord:
        made = await CreditRecord.create(enterprise=enterprise, kind=kind, occurred_on=occurred_on,
                                         recorded_at=clock.next(), **fields)
        if rnd.random() < 0.35:  # corrected later: the first no longer counts from then
            await CreditRecord.create(enterprise=enterprise, kind=kind, occurred_on=occurred_on + timedelta(days=3),
                                      supersedes=made, recorded_at=clock.next(), **fields)
        return made

    certified = add_months(day, -rnd.choice([20, 26, 30]))
    await record("STANDARDISATION", certified, level=str(rnd.choice([1, 2, 2, 3])),
                 valid_until=certified + timedelta(days=rnd.choice([700, 1100])))
    if rnd.random() < 0.5:
        second = certified + timedelta(days=600)
        await record("STANDARDISATION", second, level="1", valid_until=second + timedelta(days=1100))
    await record("HONOUR", day - timedelta(days=rnd.randrange(1, 700)), level=rnd.choice(["PROVINCE", "NATIONAL", "CITY"]))
    fate = rnd.random()
    if fate < 0.2:
        await record(rnd.choice(["ACCIDENT", "PENALTY"]), day - timedelta(days=rnd.randrange(1, 1400)), grade="GENERAL")
    elif fate < 0.3:
        await record("HAZARD", day - timedelta(days=rnd.randrange(1, 1000)))
    elif fate < 0.5:
        listed = day - timedelta(days=rnd.randrange(30, 1500))
        listing = await Listing.create(
            enterprise=enterprise, authority=authority, list_kind="BLACKLIST", ground="OTHER_SERIOUS_VIOLATION",
            rules_version="t", notified_on=listed - timedelta(days=14), objection_deadline=listed - timedelta(days=7),
            listed_on=listed, expires_on=add_months(listed, 36), ends_on=add_months(listed, 36),
            recorded_at=clock.next(), decided_at=clock.next(),
        )
        if rnd.random() < 0.4:
            repaired = add_months(listed, 12) + timedelta(days=rnd.randrange(0, 90))
            await RepairApplication.create(listing=listing, applied_on=repaired, status="APPROVED",
                                           decided_on=repaired, recorded_at=clock.next(), decided_at=clock.next())
            listing.ends_on = min(listing.expires_on, repaired)  # type: ignore[type-var]
        if rnd.random() < 0.3:
            listing.revoked_on, listing.revoked_at, listing.ends_on = listed, clock.next(), None
        await listing.save()
    return enterprise


async def stored_facts(enterprise: Enterprise) -> tuple[list[CreditRecord], list[ListingFacts]]:
    rows = await CreditRecord.filter(enterprise_id=enterprise.id).order_by("id")
    listings = [
        (listing.id, facts_of(listing, await RepairApplication.filter(listing_id=listing.id)))
        for listing in await Listing.filter(enterprise_id=enterprise.id)
    ]
    return rows, listings  # type: ignore[return-value]


def domain_eligible(rule: IncentiveRule, enterprise: Enterprise, stored: tuple[list[CreditRecord], list[Any]],
                    day: date, moment: datetime) -> bool:
    """``credit.domain.incentives.eligible`` over the facts as known at ``moment``."""
    rows, listings = stored
    known = records_known_at(
        [RecordFacts(r.id, enterprise.id, CreditRecordKind(r.kind), r.occurred_on, recorded_at=r.recorded_at,
                     supersedes=r.supersedes_id) for r in rows], moment,  # type: ignore[attr-defined]
    )
    by_id = {r.id: r for r in rows}
    records = tuple(
        SupervisedRecord(
            f.id, FactKind(f.kind.value), f.occurred_on,
            accident_grade=AccidentGrade.GENERAL if f.kind is CreditRecordKind.ACCIDENT else None,
            standardisation_grade=int(by_id[f.id].level) if f.kind is CreditRecordKind.STANDARDISATION else None,  # type: ignore[arg-type]
            valid_until=by_id[f.id].valid_until, superseded=f.superseded,
        )
        for f in known if f.kind.value in FactKind.__members__
    )
    honours = [HonourFact(f.id, f.occurred_on, HonourLevel(by_id[f.id].level), f.superseded)  # type: ignore[arg-type]
               for f in known if f.kind is CreditRecordKind.HONOUR]
    supervised = tuple(SupervisedListing(pk, k) for pk, facts in listings if (k := facts.known_at(moment)) is not None)
    return eligible(rule, SupervisionFacts(records, supervised), honours, day)


async def test_incentive_lists_as_known_in_sql_say_what_the_domain_says(db: str) -> None:
    rnd = random.Random(24)
    clock = Moments(rnd)
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    day = date(2026, 11, 2)
    enterprises = [await incentive_history(rnd, n, authority, clock, day) for n in range(24)]
    rule = IncentiveRule("TRUSTWORTHY", "安全生产守信激励对象")
    codes = [e.code for e in enterprises]
    moments = sorted(
        {m for model in (CreditRecord, Listing, RepairApplication) for m in await model.all().values_list("recorded_at", flat=True)}
        | set(await Listing.filter(revoked_at__not_isnull=True).values_list("revoked_at", flat=True))
        | set(await Listing.all().values_list("decided_at", flat=True))
        | set(await RepairApplication.all().values_list("decided_at", flat=True))
    )
    probes = sorted({t for m in moments if m is not None for t in (m - US, m)}) + [clock.now]
    stored = {e.id: await stored_facts(e) for e in enterprises}
    seen = 0
    for moment in probes:
        expected = {e.code for e in enterprises if domain_eligible(rule, e, stored[e.id], day, moment)}
        assert await eligible_codes(rule, codes, day, moment) == expected, moment
        seen += len(expected)
    assert seen >= 10  # enterprises were on the list at some moments, not only empty sets
    # and as known now, the plain form agrees with the last moment
    assert await eligible_codes(rule, codes, day) == await eligible_codes(rule, codes, day, clock.now)
