"""Persons in the store: the person check's lookup (every number of a batch in one query),
persons found or added by their keyed hash, the persons listings name (a page of listings
in one query), their terms in enterprises and their bans.

"In force" for a listing is credit.store.listing_status.in_force_sql (a listed person is
restricted by the listing's own dates); for a ban it is ``ban_in_force_sql`` here, the
SQL form of ``credit.domain.persons.BanFacts.in_force_on`` (tests prove the two equal).
As known at a moment: ``in_force_known_sql`` for the listing (a person named in it is
known with its proposal) and ``ban_in_force_known_sql`` (``BanFacts.known_at``), proven
equal by tests/store/test_person_as_known_equivalence.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from credit.domain.codes import IdType
from credit.domain.persons import BanFacts, BanKind, EnterpriseRole, RoleTerm
from credit.domain.records import Industry
from credit.store.clock import (
    PG_CLOCK_NOW,
    SQLITE_CLOCK_NOW,
    clock_now,
    parse_moment,
    sqlite_moment,
    transaction_moment,
)
from credit.store.db import is_postgres_connection
from credit.store.enterprises import name_known_sql
from credit.store.listing_status import in_force_known_sql, in_force_sql
from credit.store.models import ListingPerson, Person, PersonBan, PersonRole
from credit.store.person_ids import person_id_keys
from credit.store.replica import read_connection


def ban_in_force_sql(alias: str, day: str) -> str:
    """``BanFacts.in_force_on(day)`` for hand-written SQL (``ends_on`` null: a LIFE ban)."""
    return f"{alias}.starts_on <= {day} AND ({alias}.ends_on IS NULL OR {alias}.ends_on > {day})"


def ban_in_force_known_sql(alias: str, day: str, moment: str) -> str:
    """``BanFacts.known_at(moment).in_force_on(day)`` for hand-written SQL: recorded by
    ``moment`` (a ban has no later step) and in force on ``day``. ``moment`` is the
    placeholder of a moment (UTC text on SQLite, see clock.sqlite_moment)."""
    return f"{alias}.recorded_at <= {moment} AND {ban_in_force_sql(alias, day)}"


# --------------------------------------------------------------------- the person check

# The clock's row first ('C': now and the first moment in the last two columns, which the
# other rows leave NULL): naming feed_clock in the lookup's one statement makes its "now"
# exact (credit.store.clock; the restriction lookup does the same), so a check repeated
# with asKnownAt = its checkedAt finds what it found.
_LOOKUP = """
WITH p AS (SELECT id, id_hash FROM person WHERE id_hash {numbers})
SELECT NULL, 'C', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {clock_now}, first_recorded_at
FROM feed_clock WHERE id = 1
UNION ALL
SELECT p.id_hash, 'L', l.id, l.list_kind, l.ground, lp.role, e.code, {enterprise_name},
       l.listed_on, l.expires_on, a.name, NULL, NULL, NULL
FROM p
JOIN listing_person lp ON lp.person_id = p.id
JOIN listing l ON l.id = lp.listing_id AND {listing_in_force}
JOIN enterprise e ON e.id = l.enterprise_id
JOIN authority a ON a.id = l.authority_id
UNION ALL
SELECT p.id_hash, 'B', b.id, b.kind, b.industry, NULL, NULL, NULL,
       b.starts_on, b.ends_on, a.name, b.basis, NULL, NULL
FROM p
JOIN person_ban b ON b.person_id = p.id AND {ban_in_force}
JOIN authority a ON a.id = b.authority_id
"""

_PG_NUMBERS, _PG_NOW = "= ANY($1::varchar[])", PG_CLOCK_NOW
_SQLITE_NUMBERS, _SQLITE_NOW = "IN (SELECT value FROM json_each(?1))", SQLITE_CLOCK_NOW

#: as known now ($1 the hashes, $2 the day)
PG_LOOKUP = _LOOKUP.format(
    numbers=_PG_NUMBERS, clock_now=_PG_NOW, enterprise_name="e.name",
    listing_in_force=in_force_sql("l", "$2"), ban_in_force=ban_in_force_sql("b", "$2"),
)
#: as known at a moment ($3): listings by ``ListingFacts.known_at``, the enterprise's name
#: as known then, bans by ``BanFacts.known_at``
PG_KNOWN_LOOKUP = _LOOKUP.format(
    numbers=_PG_NUMBERS, clock_now=_PG_NOW, enterprise_name=name_known_sql("e", "$3"),
    listing_in_force=in_force_known_sql("l", "$2", "$3"), ban_in_force=ban_in_force_known_sql("b", "$2", "$3"),
)
SQLITE_LOOKUP = _LOOKUP.format(
    numbers=_SQLITE_NUMBERS, clock_now=_SQLITE_NOW, enterprise_name="e.name",
    listing_in_force=in_force_sql("l", "?2"), ban_in_force=ban_in_force_sql("b", "?2"),
)
SQLITE_KNOWN_LOOKUP = _LOOKUP.format(
    numbers=_SQLITE_NUMBERS, clock_now=_SQLITE_NOW, enterprise_name=name_known_sql("e", "?3"),
    listing_in_force=in_force_known_sql("l", "?2", "?3"), ban_in_force=ban_in_force_known_sql("b", "?2", "?3"),
)


class PersonListingRow(NamedTuple):
    """A listing in force that names the person, as the lookup reads it."""

    listing_id: int
    list_kind: str
    ground: str
    role: str
    enterprise_code: str
    enterprise_name: str
    listed_on: date
    expires_on: date
    authority_name: str


class NamedPersonRow(NamedTuple):
    """A person a listing names (第11号令), as the listing names them: the name given there,
    the document and its full number (masking is the reader's: services.profiles)."""

    listing_id: int
    name: str
    id_number: str
    id_type: str
    role: str


class BanRow(NamedTuple):
    """A ban in force, as the lookup reads it."""

    ban_id: int
    kind: str
    industry: str | None
    starts_on: date
    ends_on: date | None
    authority_name: str
    basis: str


@dataclass(slots=True)
class PersonLookup:
    """What the lookup found, by number: listings in force naming the person and bans in
    force (each oldest first). Numbers with neither are absent: most of a batch. ``now``
    is the clock read in the same statement (exact; the check's ``checkedAt``), and
    ``first_recorded_at`` the moment of the first fact recorded (None: none yet)."""

    listings: dict[str, list[PersonListingRow]] = field(default_factory=dict)
    bans: dict[str, list[BanRow]] = field(default_factory=dict)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    first_recorded_at: datetime | None = None


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


async def persons_in_force(numbers: Sequence[str], day: date, known_at: datetime | None = None) -> PersonLookup:
    """For each (valid, normalised) number: the listings in force on ``day`` that name the
    person, and the bans in force, as known now or as known at ``known_at``. One query for
    the whole batch, by keyed hash, that reads the one clock too (even for no numbers)."""
    found = PersonLookup()
    keys = person_id_keys()
    if len(keys.keys) == 1:  # the usual case: one hash per number
        hash_ = keys.current.hash
        number_of = {hash_(n): n for n in numbers}
    else:
        number_of = {h: n for n in numbers for h in keys.hashes(n)}
    conn = read_connection()  # the replica when the request reads from one (credit.store.replica)
    host_now: datetime | None = None
    if is_postgres_connection(conn):
        async with conn.acquire_connection() as raw:
            if known_at is None:
                rows = await raw.fetch(PG_LOOKUP, list(number_of), day)
            else:
                rows = await raw.fetch(PG_KNOWN_LOOKUP, list(number_of), day, known_at)
    else:
        import orjson

        params: list[Any] = [orjson.dumps(list(number_of)).decode(), day.isoformat()]
        if known_at is not None:
            params.append(sqlite_moment(known_at))
        # the connection's lock is held throughout: no transaction of this process is in
        # flight, and none starts before the host's now is taken and the query has run
        async with conn.acquire_connection() as raw:
            host_now = found.now = datetime.now(UTC)
            rows = list(await raw.execute_fetchall(SQLITE_LOOKUP if known_at is None else SQLITE_KNOWN_LOOKUP, params))
    listings, bans = found.listings, found.bans
    for key, what, row_id, kind, ground_or_industry, role, code, name, starts, ends, authority, basis, now, first in rows:
        if what == "L":
            listings.setdefault(number_of[key], []).append(PersonListingRow(
                row_id, kind, ground_or_industry, role, code, name, _as_date(starts), _as_date(ends), authority,
            ))
        elif what == "B":
            bans.setdefault(number_of[key], []).append(BanRow(
                row_id, kind, ground_or_industry, _as_date(starts), None if ends is None else _as_date(ends),
                authority, basis,
            ))
        else:  # the clock's row (none in a database migrated by hand: nothing recorded)
            found.now = clock_now(now, host_now) or found.now
            found.first_recorded_at = parse_moment(first)
    for own in listings.values():
        if len(own) > 1:
            own.sort(key=lambda r: (r.listed_on, r.listing_id))
    for held in bans.values():
        if len(held) > 1:
            held.sort(key=lambda b: (b.starts_on, b.ban_id))
    return found


# --------------------------------------------------------------------- persons by number


@dataclass(frozen=True)
class GivenPerson:
    """A person as an action was given them: document type and normalised number, a name."""

    id_type: IdType
    id_number: str
    name: str


async def find_persons(numbers: Iterable[str], conn: BaseDBAsyncClient | None = None) -> list[Person]:
    """Persons holding any of ``numbers`` (found by keyed hash, under every key in use)."""
    keys = person_id_keys()
    wanted = list(dict.fromkeys(h for n in numbers for h in keys.hashes(n)))
    if not wanted:
        return []
    query = Person.filter(id_hash__in=wanted)
    return await (query.using_db(conn) if conn is not None else query)


async def ensure_persons(conn: BaseDBAsyncClient, given: Sequence[GivenPerson]) -> dict[tuple[IdType, str], Person]:
    """The person row of each given (document type, number), added if new.

    Existing rows are found under every key still in use, new ones hashed with the current
    key. A concurrent writer adding the same person first is not an error (the insert
    ignores the conflict, then the row is read).
    """
    found = {(IdType(p.id_type), p.id_number): p for p in await find_persons((g.id_number for g in given), conn)}
    missing = list(dict.fromkeys(g for g in given if (g.id_type, g.id_number) not in found))
    if missing:
        key = person_id_keys().current
        moment = await transaction_moment(conn)  # the recording transaction's (credit.store.clock)
        await Person.bulk_create(
            [Person(id_type=p.id_type.value, id_number=p.id_number, id_hash=key.hash(p.id_number), id_key=key.kid,
                    name=p.name, recorded_at=moment) for p in missing],
            ignore_conflicts=True, using_db=conn,
        )
        added = await Person.filter(id_hash__in=[key.hash(p.id_number) for p in missing]).using_db(conn)
        found.update({(IdType(p.id_type), p.id_number): p for p in added})
    return found


async def rehash(batch: int = 1000) -> int:
    """Make the hash of every person not yet under the current key again, from the stored
    number (``credit persons rehash``, after a new first secret in CREDIT_PERSON_ID_KEY).
    Returns how many rows changed; look-ups find every row under any configured key
    meanwhile, so the service keeps answering while this runs."""
    key = person_id_keys().current
    changed = 0
    while True:
        rows = await Person.exclude(id_key=key.kid).order_by("id").limit(batch)
        if not rows:
            return changed
        now = datetime.now(UTC)
        async with in_transaction("default") as conn:
            for person in rows:
                await Person.filter(id=person.id).using_db(conn).update(
                    id_hash=key.hash(person.id_number), id_key=key.kid, rehashed_at=now,
                )
        changed += len(rows)


# --------------------------------------------------------------------- listed persons


async def persons_named_by(listing_ids: Sequence[int]) -> dict[int, list[NamedPersonRow]]:
    """The persons each listing names, by listing, in the order named (one statement for
    them all, the person's document joined; a listing naming none is absent)."""
    rows = await ListingPerson.filter(listing_id__in=sorted(set(listing_ids))).order_by("id").values_list(
        "listing_id", "name", "person__id_number", "person__id_type", "role")
    named: dict[int, list[NamedPersonRow]] = {}
    for listing_id, name, number, id_type, role in rows:
        named.setdefault(int(listing_id), []).append(NamedPersonRow(int(listing_id), name, number, id_type, role))
    return named


# --------------------------------------------------------------------- terms and bans


def role_term(row: PersonRole, number: str, id_type: str) -> RoleTerm:
    return RoleTerm(
        person=number, role=EnterpriseRole(row.role), starts_on=row.starts_on, ends_on=row.ends_on,
        name=row.name, id_type=IdType(id_type), id=row.id, recorded_at=row.recorded_at, ended_at=row.ended_at,
    )


async def terms_of(enterprise_id: int, conn: BaseDBAsyncClient | None = None) -> list[RoleTerm]:
    """Every term of the enterprise's persons, oldest first."""
    return (await terms_of_enterprises([enterprise_id], conn)).get(enterprise_id, [])


async def terms_of_enterprises(
    enterprise_ids: Sequence[int], conn: BaseDBAsyncClient | None = None
) -> dict[int, list[RoleTerm]]:
    """Every term of each enterprise's persons, by enterprise, oldest first (by first day,
    then as stored): one statement for them all, the person's document joined; an
    enterprise with none is absent."""
    query = PersonRole.filter(enterprise_id__in=sorted(set(enterprise_ids))).order_by("starts_on", "id")
    terms: dict[int, list[RoleTerm]] = {}
    for row in await (query.using_db(conn) if conn is not None else query).select_related("person"):
        terms.setdefault(row.enterprise_id, []).append(  # type: ignore[attr-defined]
            role_term(row, row.person.id_number, row.person.id_type))
    return terms


def ban_facts(ban: PersonBan) -> BanFacts:
    return BanFacts(BanKind(ban.kind), ban.starts_on, Industry(ban.industry) if ban.industry else None,
                    recorded_at=ban.recorded_at)


async def bans_of(numbers: Iterable[str], conn: BaseDBAsyncClient | None = None) -> dict[str, list[PersonBan]]:
    """Every recorded ban of each number (in force or not, any document type), by number."""
    persons = await find_persons(numbers, conn)
    if not persons:
        return {}
    number_of = {p.id: p.id_number for p in persons}
    query = PersonBan.filter(person_id__in=list(number_of)).order_by("starts_on", "id")
    found: dict[str, list[PersonBan]] = {}
    for ban in await (query.using_db(conn) if conn is not None else query):
        found.setdefault(number_of[ban.person_id], []).append(ban)  # type: ignore[attr-defined]
    return found
