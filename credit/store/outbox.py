"""The push queue's hand-written reads (credit.services.outbox writes the events)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

import orjson
from tortoise.backends.base.client import BaseDBAsyncClient

from credit.store.clock import is_postgres, sqlite_moment

# Per enterprise, its unacknowledged events queued before ``before`` whose deadline is later
# than the one given (or none): one statement for a batch's enterprises, each with its own
# deadline. Rows a dispatcher is sending are locked: skipped, never waited for. SQLite:
# CROSS JOIN keeps the given enterprises the outer loop (its planner scanned the queue by
# state otherwise, once per enterprise).
_AHEAD_PG = """
SELECT o.id, n.deadline
FROM unnest($1::int[], $2::date[]) AS n(enterprise_id, deadline)
JOIN outbox_event o ON o.enterprise_id = n.enterprise_id
WHERE o.visible_at < $3 AND o.state IN ('PENDING', 'FAILED')
  AND (o.deliver_by IS NULL OR o.deliver_by > n.deadline)
FOR UPDATE OF o SKIP LOCKED
"""

_AHEAD_SQLITE = """
SELECT o.id, json_extract(n.value, '$[1]')
FROM json_each(?1) AS n
CROSS JOIN outbox_event o
WHERE o.enterprise_id = json_extract(n.value, '$[0]') AND o.visible_at < ?2 AND o.state IN ('PENDING', 'FAILED')
  AND (o.deliver_by IS NULL OR o.deliver_by > json_extract(n.value, '$[1]'))
"""


async def later_deadlines_ahead(
    conn: BaseDBAsyncClient, deadlines: Mapping[int, date], before: datetime
) -> list[tuple[int, date]]:
    """(event id, the deadline it should now have) for each unacknowledged event of an
    enterprise in ``deadlines``, queued before ``before``, whose ``deliver_by`` is later than
    the enterprise's deadline or unset."""
    if not deadlines:
        return []
    if is_postgres(conn):
        _, rows = await conn.execute_query(_AHEAD_PG, [list(deadlines), list(deadlines.values()), before])
        return [(int(row[0]), row[1]) for row in rows]
    pairs = orjson.dumps([[enterprise, day.isoformat()] for enterprise, day in deadlines.items()]).decode()
    _, rows = await conn.execute_query(_AHEAD_SQLITE, [pairs, sqlite_moment(before)])
    return [(int(row[0]), date.fromisoformat(row[1])) for row in rows]
