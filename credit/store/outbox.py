"""The push queue's hand-written reads (credit.services.outbox writes the events)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

import orjson
from tortoise.backends.base.client import BaseDBAsyncClient

from credit.store.clock import is_postgres, sqlite_moment
from credit.store.models import OutboxEvent

# Per enterprise, its unacknowledged events queued before ``before`` whose deadline is later
# than the one given (or none) take that deadline: one statement for a batch's enterprises,
# each with its own deadline. Rows a dispatcher is sending are locked: skipped, never
# waited for. The LATERAL subquery keeps PostgreSQL on the queue's index per enterprise.
_LEND_PG = """
UPDATE outbox_event o SET deliver_by = l.deadline
FROM (
  SELECT q.id, n.deadline
  FROM unnest($1::int[], $2::date[]) AS n(enterprise_id, deadline)
  CROSS JOIN LATERAL (
    SELECT e.id FROM outbox_event e
    WHERE e.enterprise_id = n.enterprise_id AND (e.visible_at < $3 OR (e.visible_at = $3 AND e.id < $4))
      AND e.state IN ('PENDING', 'FAILED')
      AND (e.deliver_by IS NULL OR e.deliver_by > n.deadline)
    FOR UPDATE SKIP LOCKED
  ) AS q
) AS l
WHERE o.id = l.id
"""

# SQLite (one writer at a time, nothing to skip): CROSS JOIN keeps the given enterprises the
# outer loop (its planner scanned the queue by state otherwise, once per enterprise).
_AHEAD_SQLITE = """
SELECT o.id, json_extract(n.value, '$[1]')
FROM json_each(?1) AS n
CROSS JOIN outbox_event o
WHERE o.enterprise_id = json_extract(n.value, '$[0]') AND (o.visible_at < ?2 OR (o.visible_at = ?2 AND o.id < ?3))
  AND o.state IN ('PENDING', 'FAILED')
  AND (o.deliver_by IS NULL OR o.deliver_by > json_extract(n.value, '$[1]'))
"""


async def lend_deadlines(
    conn: BaseDBAsyncClient, deadlines: Mapping[int, date], before: datetime, before_id: int = 0
) -> None:
    """Each unacknowledged event of an enterprise in ``deadlines`` queued ahead of (``before``,
    ``before_id``): visible earlier, or at that moment with a smaller id, whose ``deliver_by``
    is later than the enterprise's deadline or unset, takes that deadline. ``before_id`` 0:
    the events not yet inserted of a batch, all visible at ``before``."""
    if not deadlines:
        return
    if is_postgres(conn):
        await conn.execute_query(_LEND_PG, [list(deadlines), list(deadlines.values()), before, before_id])
        return
    pairs = orjson.dumps([[enterprise, day.isoformat()] for enterprise, day in deadlines.items()]).decode()
    _, rows = await conn.execute_query(_AHEAD_SQLITE, [pairs, sqlite_moment(before), before_id])
    lent: dict[str, list[int]] = {}
    for event_id, deadline in rows:
        lent.setdefault(deadline, []).append(int(event_id))
    for deadline, ids in lent.items():
        await OutboxEvent.filter(id__in=ids).using_db(conn).update(deliver_by=date.fromisoformat(deadline))
