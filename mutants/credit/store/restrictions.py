"""The hand-tuned restriction lookup: every code of a batch in one query (DESIGN §3.8, §5).

A listing is in force on day d when ``listed_on <= d < ends_on``; ``ends_on`` is null
for undecided and revoked listings, so they never match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from tortoise import connections

from credit.store.db import is_postgres_connection

_PG_SQL = """
SELECT e.code, e.name, l.id, l.list_kind, l.ground, l.decision_number,
       l.listed_on, l.expires_on, a.name
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND l.listed_on <= $2 AND l.ends_on > $2
     AND l.list_kind = ANY($3::varchar[])
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code = ANY($1::varchar[])
"""

_SQLITE_SQL = """
SELECT e.code, e.name, l.id, l.list_kind, l.ground, l.decision_number,
       l.listed_on, l.expires_on, a.name
FROM enterprise e
LEFT JOIN listing l
  ON l.enterprise_id = e.id AND l.listed_on <= ? AND l.ends_on > ?
     AND l.list_kind IN (SELECT value FROM json_each(?))
LEFT JOIN authority a ON a.id = l.authority_id
WHERE e.code IN (SELECT value FROM json_each(?))
"""


class ListingInForce(NamedTuple):
    listing_id: int
    list_kind: str
    ground: str
    decision_number: str | None
    listed_on: date
    expires_on: date
    authority_name: str


@dataclass(slots=True)
class EnterpriseRestrictions:
    name: str
    listings: list[ListingInForce]


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


async def listings_in_force(
    codes: Sequence[str], day: date, kinds: Sequence[str]
) -> dict[str, EnterpriseRestrictions]:
    """For each known code: its name and its listings of ``kinds`` in force on ``day``."""
    found: dict[str, EnterpriseRestrictions] = {}
    if not codes:
        return found
    conn = connections.get("default")
    unique = list(dict.fromkeys(codes))
    if is_postgres_connection(conn):
        async with conn.acquire_connection() as raw:
            rows = await raw.fetch(_PG_SQL, unique, day, list(kinds))
    else:
        import orjson

        _, rows = await conn.execute_query(
            _SQLITE_SQL,
            [day.isoformat(), day.isoformat(), orjson.dumps(list(kinds)).decode(),
             orjson.dumps(unique).decode()],
        )
    # One row per known code, one more per further listing in force; sorting the few
    # enterprises with several listings here is cheaper than an ORDER BY over the batch.
    several: dict[str, EnterpriseRestrictions] = {}
    for code, name, listing_id, kind, ground, number, listed_on, expires_on, authority in rows:
        entry = found.get(code)
        if entry is None:
            entry = found[code] = EnterpriseRestrictions(name, [])
        elif listing_id is not None:
            several[code] = entry
        if listing_id is not None:
            entry.listings.append(
                ListingInForce(listing_id, kind, ground, number, _as_date(listed_on), _as_date(expires_on), authority)
            )
    for entry in several.values():
        entry.listings.sort(key=_listing_order)
    return found


def _listing_order(listing: ListingInForce) -> tuple[date, int]:
    return listing.listed_on, listing.listing_id
