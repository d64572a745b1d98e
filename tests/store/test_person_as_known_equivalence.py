"""The person check's lookup as known at T says what the domain says: a person named in a
listing is listed while ``ListingFacts.known_at(T).in_force_on(day)`` (known with the
listing's proposal), with the enterprise's name as known at T, and banned while
``BanFacts.known_at(T).in_force_on(day)``. Random histories (the listings of
test_as_known_equivalence, each naming persons, and bans recorded at their own moments),
probed at every step's moment and a microsecond before it, on both databases."""

from __future__ import annotations

import random
from datetime import date, timedelta

from test_as_known_equivalence import START, Moments, probes, random_history, store
from tortoise import connections

from credit.domain.knowledge import latest_known
from credit.domain.persons import BanFacts, BanKind
from credit.domain.records import Industry
from credit.store.clock import sqlite_moment
from credit.store.db import is_postgres_connection
from credit.store.models import Authority, Enterprise, Listing, ListingPerson, Person, PersonBan
from credit.store.person_ids import person_id_keys
from credit.store.persons import ban_facts, ban_in_force_known_sql, persons_in_force

NUMBERS = ["11010519491231002X", "110101198001010053", "350111196002276951", "440305199001011234",
           "110101200001010011", "310101197001010012"]


async def _persons() -> dict[str, Person]:
    key = person_id_keys().current
    return {n: await Person.create(id_number=n, id_hash=key.hash(n), id_key=key.kid, name=f"某人{k}")
            for k, n in enumerate(NUMBERS)}


async def test_the_person_lookup_as_known_says_what_the_domain_says(db: str) -> None:
    rnd = random.Random(1115)
    clock = Moments(rnd)
    histories = [random_history(rnd, clock) for _ in range(20)]
    bans: list[BanFacts] = []
    for _ in range(10):  # bans recorded among the listings' steps, some backdated years
        kind = rnd.choice(list(BanKind))
        bans.append(BanFacts(kind, START + timedelta(days=rnd.randrange(0, 1500)),
                             Industry.MINING if kind is BanKind.LIFE else None, recorded_at=clock.next()))
    stored = await store(histories, clock, rnd)
    persons = await _persons()
    named: dict[int, set[str]] = {}
    for pk in stored:
        for number in rnd.sample(NUMBERS, rnd.choice([1, 1, 2])):
            await ListingPerson.create(listing_id=pk, person=persons[number], role="PRINCIPAL", name="某人")
            named.setdefault(pk, set()).add(number)
    authority = await Authority.first()
    assert authority is not None
    banned: dict[int, tuple[str, BanFacts]] = {}
    for facts in bans:
        number = rnd.choice(NUMBERS)
        row = await PersonBan.create(
            person=persons[number], kind=facts.kind.value, industry=facts.industry.value if facts.industry else None,
            starts_on=facts.starts_on, ends_on=facts.ends_on, name="某人", basis="依法", authority=authority,
            recorded_at=facts.recorded_at,
        )
        assert ban_facts(row) == facts  # nothing lost on the way through the store
        banned[row.id] = (number, facts)
    enterprises = {e.id: e for e in await Enterprise.all().prefetch_related("versions")}
    enterprise_of = dict(await Listing.all().values_list("id", "enterprise_id"))
    ban_moments = [(START + timedelta(days=rnd.randrange(0, 1500)), t)
                   for f in bans if f.recorded_at for t in (f.recorded_at - timedelta(microseconds=1), f.recorded_at)]
    listed = banned_seen = 0
    for day, moment in probes(histories, rnd, per_moment=1) + ban_moments:
        found = await persons_in_force(NUMBERS, day, known_at=moment)
        expected_listings = {
            (number, pk) for pk, f in stored.items() if (k := f.known_at(moment)) is not None and k.in_force_on(day)
            for number in named[pk]
        }
        assert {(n, r.listing_id) for n, rows in found.listings.items() for r in rows} == expected_listings, (day, moment)
        for rows in found.listings.values():
            for r in rows:
                version = latest_known(enterprises[enterprise_of[r.listing_id]].versions, moment)
                assert version is not None and r.enterprise_name == version.name, (r, moment)
        expected_bans = {(n, pk) for pk, (n, f) in banned.items() if (k := f.known_at(moment)) is not None
                         and k.in_force_on(day)}
        assert {(n, b.ban_id) for n, rows in found.bans.items() for b in rows} == expected_bans, (day, moment)
        listed += len(expected_listings)
        banned_seen += len(expected_bans)
    assert listed > 20 and banned_seen > 5  # the probes found persons listed and banned, not only empty sets
    # as known now, the plain lookup agrees with a moment after every step (renames included)
    now = await persons_in_force(NUMBERS, date(2024, 6, 1))
    last = await persons_in_force(NUMBERS, date(2024, 6, 1), known_at=clock.now + timedelta(days=30))
    assert (now.listings, now.bans) == (last.listings, last.bans)


async def test_a_ban_in_force_as_known_in_sql_is_the_domains_on_every_boundary(db: str) -> None:
    rnd = random.Random(94)
    clock = Moments(rnd)
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    persons = await _persons()
    stored: dict[int, BanFacts] = {}
    for _ in range(12):
        kind = rnd.choice(list(BanKind))
        facts = BanFacts(kind, START + timedelta(days=rnd.randrange(0, 2500)),
                         Industry.CHEMICALS if kind is BanKind.LIFE else None, recorded_at=clock.next())
        row = await PersonBan.create(
            person=persons[rnd.choice(NUMBERS)], kind=kind.value, industry=facts.industry.value if facts.industry else None,
            starts_on=facts.starts_on, ends_on=facts.ends_on, name="某人", basis="依法", authority=authority,
            recorded_at=facts.recorded_at,
        )
        stored[row.id] = facts
    conn = connections.get("default")
    postgres = is_postgres_connection(conn)
    sql = f"SELECT b.id FROM person_ban b WHERE {ban_in_force_known_sql('b', *(('$1', '$2') if postgres else ('?1', '?2')))}"
    days = sorted({d + timedelta(days=k) for f in stored.values() for d in (f.starts_on, f.ends_on) if d
                   for k in (-1, 0, 1)})
    moments = sorted({t for f in stored.values() if f.recorded_at
                      for t in (f.recorded_at - timedelta(microseconds=1), f.recorded_at)})
    seen = 0
    for moment in moments:
        for day in rnd.sample(days, 6):
            expected = {pk for pk, f in stored.items() if (k := f.known_at(moment)) is not None and k.in_force_on(day)}
            params = [day, moment] if postgres else [day.isoformat(), sqlite_moment(moment)]
            _, rows = await conn.execute_query(sql, params)
            assert {row[0] for row in rows} == expected, (day, moment)
            seen += len(expected)
    assert seen > 10
