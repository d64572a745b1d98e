"""The hand-tuned restriction lookup: every code of a batch in one query (DESIGN §3.8, §5).

"In force" is credit.store.listing_status.in_force_sql, the SQL form of the domain's
``ListingFacts.in_force_on``; "in force as known at T" is ``in_force_known_sql``, and an
enterprise's name as known at T ``credit.store.enterprises.name_known_sql``. A listing
that does not restrict the unit (ABANDONED_RESCUE lists the principal person alone:
``restricts_unit``, credit.domain.persons) is skipped: the unit reads CLEAR for it, its
persons are restricted (credit.store.persons).

The same statement reads the one clock (credit.store.clock): the feed clock's row comes
first. Naming ``feed_clock`` makes the statement wait for a write in flight before it
takes its snapshot and hold off the next write until it ends, so the "now" it reads is
exact: every fact stamped at or before it is in the answer, every fact left out is
stamped after it. That now is the check's ``checkedAt``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import NamedTuple

from credit.store.clock import (
    PG_CLOCK_NOW,
    SQLITE_CLOCK_NOW,
    clock_now,
    parse_moment,
    sqlite_moment,
)
from credit.store.db import is_postgres_connection
from credit.store.enterprises import known_sql, name_known_sql
from credit.store.listing_status import in_force_known_sql, in_force_sql, unit_listing_sql
from credit.store.replica import read_connection

_COLUMNS = """e.code, e.name, l.id, l.list_kind, l.ground, l.decision_number,
       l.listed_on, l.expires_on, a.name"""

#: The plain lookup (a bare floor in tests/benchmarks/bench_restrictions.py).
_PG_SQL = f"""
SELECT {_COLUMNS}
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND {in_force_sql("l", "$2")}
     AND {unit_listing_sql("l")} AND l.list_kind = ANY($3::varchar[])
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code = ANY($1::varchar[])
"""

_PG_KNOWN_SQL = f"""
SELECT e.code, {name_known_sql("e", "$4")}, l.id, l.list_kind, l.ground, l.decision_number,
       l.listed_on, l.expires_on, a.name
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND {in_force_known_sql("l", "$2", "$4")}
     AND {unit_listing_sql("l")} AND l.list_kind = ANY($3::varchar[])
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code = ANY($1::varchar[]) AND {known_sql("e", "$4")}
"""

# The clock's row first (code NULL, now and the first moment in two columns the listing rows
# leave NULL): one statement, one snapshot.
_PG_CLOCK = ("SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
             f"{PG_CLOCK_NOW}, first_recorded_at FROM feed_clock WHERE id = 1")
_MOMENTS = ", NULL::timestamptz, NULL::timestamptz\nFROM enterprise e"
_PG_CHECK_SQL = f"{_PG_CLOCK}\nUNION ALL\n({_PG_SQL.replace(chr(10) + 'FROM enterprise e', _MOMENTS, 1)})"
_PG_CHECK_KNOWN_SQL = f"{_PG_CLOCK}\nUNION ALL\n({_PG_KNOWN_SQL.replace(chr(10) + 'FROM enterprise e', _MOMENTS, 1)})"

_SQLITE_CLOCK = ("SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                 f"{SQLITE_CLOCK_NOW}, first_recorded_at FROM feed_clock WHERE id = 1")

_SQLITE_SQL = f"""{_SQLITE_CLOCK}
UNION ALL
SELECT {_COLUMNS}, NULL, NULL
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND {in_force_sql("l", "?1")}
     AND {unit_listing_sql("l")} AND l.list_kind IN (SELECT value FROM json_each(?2))
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code IN (SELECT value FROM json_each(?3))
"""

_SQLITE_KNOWN_SQL = f"""{_SQLITE_CLOCK}
UNION ALL
SELECT e.code, {name_known_sql("e", "?4")}, l.id, l.list_kind, l.ground, l.decision_number,
       l.listed_on, l.expires_on, a.name, NULL, NULL
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND {in_force_known_sql("l", "?1", "?4")}
     AND {unit_listing_sql("l")} AND l.list_kind IN (SELECT value FROM json_each(?2))
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code IN (SELECT value FROM json_each(?3)) AND {known_sql("e", "?4")}
"""


class ListingRow(NamedTuple):
    """A listing in force as the lookup reads it (the service adds the catalogue's measure)."""

    listing_id: int
    list_kind: str
    ground: str
    decision_number: str | None
    listed_on: date
    expires_on: date
    authority_name: str


@dataclass(slots=True)
class Lookup:
    """What the lookup found: the name of every known code, the listings in force of the
    few codes that have any (oldest first), and the clock read in the same snapshot: ``now``
    (exact, see the module's docstring) and the moment of the first fact recorded."""

    names: dict[str, str]
    listings: dict[str, list[ListingRow]]
    now: datetime
    first_recorded_at: datetime | None = None


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


async def listings_in_force(
    codes: Sequence[str], day: date, kinds: Sequence[str], known_at: datetime | None = None
) -> Lookup:
    """For each known code: its name and its listings of ``kinds`` in force on ``day``, as
    known now, or as known at ``known_at`` (then codes registered later are unknown). Read
    from the replica inside ``replica_reads()`` (credit.store.replica)."""
    conn = read_connection()
    unique = list(dict.fromkeys(codes))
    if is_postgres_connection(conn):
        async with conn.acquire_connection() as raw:
            if known_at is None:
                rows = await raw.fetch(_PG_CHECK_SQL, unique, day, list(kinds))
            else:
                rows = await raw.fetch(_PG_CHECK_KNOWN_SQL, unique, day, list(kinds), known_at)
        host_now = None  # PostgreSQL: the database's clock, read in the statement
    else:
        import orjson

        params = [day.isoformat(), orjson.dumps(list(kinds)).decode(), orjson.dumps(unique).decode()]
        if known_at is not None:
            params.append(sqlite_moment(known_at))
        # the connection's lock is held throughout: no transaction of this process is in
        # flight, and none starts before the host's now is taken and the query has run
        async with conn.acquire_connection() as raw:
            host_now = datetime.now(UTC)
            rows = list(await raw.execute_fetchall(_SQLITE_SQL if known_at is None else _SQLITE_KNOWN_SQL, params))
    clock = rows[0] if rows and rows[0][0] is None else None
    now = clock_now(clock[9] if clock else None, host_now)
    first = parse_moment(clock[10]) if clock else None
    if now is None:  # no clock row (a database migrated by hand): nothing was recorded
        now = datetime.now(UTC)
    found = Lookup({}, {}, now, first)
    # One row per known code, one more per further listing in force. Most codes have none:
    # their row costs one dict entry; sorting the few with several beats an ORDER BY.
    names, listings = found.names, found.listings
    for code, name, listing_id, kind, ground, number, listed_on, expires_on, authority, _, _ in rows:
        if code is None:
            continue  # the clock's row
        names[code] = name
        if listing_id is not None:
            row = ListingRow(listing_id, kind, ground, number, _as_date(listed_on), _as_date(expires_on), authority)
            own = listings.get(code)
            if own is None:
                listings[code] = [row]
            else:
                own.append(row)
                own.sort(key=_listing_order)
    return found


def _listing_order(listing: ListingRow) -> tuple[date, int]:
    return listing.listed_on, listing.listing_id
