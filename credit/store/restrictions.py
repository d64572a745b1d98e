"""The hand-tuned restriction lookup: every code of a batch in one query (DESIGN §3.8, §5).

"In force" is credit.store.listing_status.in_force_sql, the SQL form of the domain's
``ListingFacts.in_force_on``. A listing that does not restrict the unit (ABANDONED_RESCUE
lists the principal person alone: ``restricts_unit``, credit.domain.persons) is skipped:
the unit reads CLEAR for it, its persons are restricted (credit.store.persons).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from credit.store.db import is_postgres_connection
from credit.store.listing_status import in_force_sql, unit_listing_sql
from credit.store.replica import read_connection

_COLUMNS = """e.code, e.name, l.id, l.list_kind, l.ground, l.decision_number,
       l.listed_on, l.expires_on, a.name"""

_PG_SQL = f"""
SELECT {_COLUMNS}
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND {in_force_sql("l", "$2")}
     AND {unit_listing_sql("l")} AND l.list_kind = ANY($3::varchar[])
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code = ANY($1::varchar[])
"""

_SQLITE_SQL = f"""
SELECT {_COLUMNS}
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND {in_force_sql("l", "?1")}
     AND {unit_listing_sql("l")} AND l.list_kind IN (SELECT value FROM json_each(?2))
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code IN (SELECT value FROM json_each(?3))
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
    """What the lookup found: the name of every known code, and the listings in force of the
    few codes that have any (oldest first)."""

    names: dict[str, str]
    listings: dict[str, list[ListingRow]]


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


async def listings_in_force(codes: Sequence[str], day: date, kinds: Sequence[str]) -> Lookup:
    """For each known code: its name and its listings of ``kinds`` in force on ``day``."""
    found = Lookup({}, {})
    if not codes:
        return found
    conn = read_connection()  # the replica when the request reads from one (credit.store.replica)
    unique = list(dict.fromkeys(codes))
    if is_postgres_connection(conn):
        async with conn.acquire_connection() as raw:
            rows = await raw.fetch(_PG_SQL, unique, day, list(kinds))
    else:
        import orjson

        _, rows = await conn.execute_query(
            _SQLITE_SQL,
            [day.isoformat(), orjson.dumps(list(kinds)).decode(), orjson.dumps(unique).decode()],
        )
    # One row per known code, one more per further listing in force. Most codes have none:
    # their row costs one dict entry; sorting the few with several beats an ORDER BY.
    names, listings = found.names, found.listings
    for code, name, listing_id, kind, ground, number, listed_on, expires_on, authority in rows:
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
