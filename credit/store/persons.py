"""Persons in the store: the person check's lookup (every number of a batch in one query),
persons found or added by their keyed hash, their terms in enterprises and their bans.

"In force" for a listing is credit.store.listing_status.in_force_sql (a listed person is
restricted by the listing's own dates); for a ban it is ``ban_in_force_sql`` here, the
SQL form of ``credit.domain.persons.BanFacts.in_force_on`` (tests prove the two equal).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import NamedTuple

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from credit.domain.codes import IdType
from credit.domain.persons import BanFacts, BanKind, EnterpriseRole, RoleTerm
from credit.domain.records import Industry
from credit.store.clock import transaction_moment
from credit.store.db import is_postgres_connection
from credit.store.listing_status import in_force_sql
from credit.store.models import Person, PersonBan, PersonRole
from credit.store.person_ids import person_id_keys
from credit.store.replica import read_connection


def ban_in_force_sql(alias: str, day: str) -> str:
    """``BanFacts.in_force_on(day)`` for hand-written SQL (``ends_on`` null: a LIFE ban)."""
    return f"{alias}.starts_on <= {day} AND ({alias}.ends_on IS NULL OR {alias}.ends_on > {day})"


# --------------------------------------------------------------------- the person check

_LOOKUP = """
WITH p AS (SELECT id, id_hash FROM person WHERE id_hash {numbers})
SELECT p.id_hash, 'L', l.id, l.list_kind, l.ground, lp.role, e.code, e.name,
       l.listed_on, l.expires_on, a.name, NULL
FROM p
JOIN listing_person lp ON lp.person_id = p.id
JOIN listing l ON l.id = lp.listing_id AND {listing_in_force}
JOIN enterprise e ON e.id = l.enterprise_id
JOIN authority a ON a.id = l.authority_id
UNION ALL
SELECT p.id_hash, 'B', b.id, b.kind, b.industry, NULL, NULL, NULL,
       b.starts_on, b.ends_on, a.name, b.basis
FROM p
JOIN person_ban b ON b.person_id = p.id AND {ban_in_force}
JOIN authority a ON a.id = b.authority_id
"""

PG_LOOKUP = _LOOKUP.format(
    numbers="= ANY($1::varchar[])", listing_in_force=in_force_sql("l", "$2"), ban_in_force=ban_in_force_sql("b", "$2"),
)
SQLITE_LOOKUP = _LOOKUP.format(
    numbers="IN (SELECT value FROM json_each(?1))", listing_in_force=in_force_sql("l", "?2"),
    ban_in_force=ban_in_force_sql("b", "?2"),
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
    force (each oldest first). Numbers with neither are absent: most of a batch."""

    listings: dict[str, list[PersonListingRow]] = field(default_factory=dict)
    bans: dict[str, list[BanRow]] = field(default_factory=dict)


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


async def persons_in_force(numbers: Sequence[str], day: date) -> PersonLookup:
    """For each (valid, normalised) number: the listings in force on ``day`` that name the
    person, and the bans in force. One query for the whole batch, by keyed hash."""
    found = PersonLookup()
    if not numbers:
        return found
    keys = person_id_keys()
    if len(keys.keys) == 1:  # the usual case: one hash per number
        hash_ = keys.current.hash
        number_of = {hash_(n): n for n in numbers}
    else:
        number_of = {h: n for n in numbers for h in keys.hashes(n)}
    conn = read_connection()  # the replica when the request reads from one (credit.store.replica)
    if is_postgres_connection(conn):
        async with conn.acquire_connection() as raw:
            rows = await raw.fetch(PG_LOOKUP, list(number_of), day)
    else:
        import orjson

        _, rows = await conn.execute_query(SQLITE_LOOKUP, [orjson.dumps(list(number_of)).decode(), day.isoformat()])
    listings, bans = found.listings, found.bans
    for key, what, row_id, kind, ground_or_industry, role, code, name, starts, ends, authority, basis in rows:
        number = number_of[key]
        if what == "L":
            listings.setdefault(number, []).append(PersonListingRow(
                row_id, kind, ground_or_industry, role, code, name, _as_date(starts), _as_date(ends), authority,
            ))
        else:
            bans.setdefault(number, []).append(BanRow(
                row_id, kind, ground_or_industry, _as_date(starts), None if ends is None else _as_date(ends),
                authority, basis,
            ))
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


# --------------------------------------------------------------------- terms and bans


def role_term(row: PersonRole, number: str, id_type: str) -> RoleTerm:
    return RoleTerm(
        person=number, role=EnterpriseRole(row.role), starts_on=row.starts_on, ends_on=row.ends_on,
        name=row.name, id_type=IdType(id_type), id=row.id, recorded_at=row.recorded_at, ended_at=row.ended_at,
    )


async def terms_of(enterprise_id: int, conn: BaseDBAsyncClient | None = None) -> list[RoleTerm]:
    """Every term of the enterprise's persons, oldest first."""
    query = PersonRole.filter(enterprise_id=enterprise_id).order_by("starts_on", "id")
    rows = await (query.using_db(conn) if conn is not None else query).prefetch_related("person")
    return [role_term(r, r.person.id_number, r.person.id_type) for r in rows]


def ban_facts(ban: PersonBan) -> BanFacts:
    return BanFacts(BanKind(ban.kind), ban.starts_on, Industry(ban.industry) if ban.industry else None)


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
