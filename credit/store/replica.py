"""Reading from a streaming replica (``CREDIT_DATABASE_READ_URL``): the mechanism.

Tortoise holds a second connection, ``replica``, beside ``default`` (the primary). A
request the services let read from the replica (credit.services.reads) runs inside
``replica_reads()``: while it does, every ORM read without an explicit connection goes
to the replica (``ReadRouter``), and the hand-tuned lookups take ``read_connection()``.
Writes always go to the primary, whatever the request. Without a read URL there is no
``replica`` connection and everything reads the primary.

``data_as_of()`` says how fresh the data a read sees is: now, on the primary; on a
replica, the commit time of the last transaction it has replayed
(``pg_last_xact_replay_timestamp()``), read before the lookup, so that every change
committed up to that moment is in the answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import ConfigurationError

PRIMARY = "default"
REPLICA = "replica"

_reading_replica: ContextVar[bool] = ContextVar("credit_reading_replica", default=False)


def has_replica() -> bool:
    """Whether the connections opened include a replica (credit.store.db.tortoise_config)."""
    try:
        return REPLICA in connections.db_config
    except ConfigurationError:  # not opened
        return False


class ReadRouter:
    """Tortoise's router: ORM reads inside ``replica_reads()`` go to the replica; writes never do."""

    def db_for_read(self, model: Any) -> str | None:
        return REPLICA if _reading_replica.get() else None

    def db_for_write(self, model: Any) -> str | None:
        return None


@contextmanager
def replica_reads(wanted: bool = True) -> Iterator[bool]:
    """Read from the replica inside the block, when ``wanted`` and there is one; yields
    whether it does."""
    on = wanted and has_replica()
    token = _reading_replica.set(on)
    try:
        yield on
    finally:
        _reading_replica.reset(token)


def reading_replica() -> bool:
    return _reading_replica.get()


def read_connection_name() -> str:
    return REPLICA if _reading_replica.get() else PRIMARY


def read_connection() -> BaseDBAsyncClient:
    """The connection a hand-tuned lookup reads through: the replica inside ``replica_reads()``."""
    client: BaseDBAsyncClient = connections.get(read_connection_name())
    return client


#: on a replica, the last replayed commit; on a primary (a read URL naming one), now
_FRESHNESS = (
    "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_xact_replay_timestamp() "
    "ELSE clock_timestamp() END AS data_as_of"
)


async def data_as_of(now: datetime) -> datetime | None:
    """How fresh what the current request reads is: ``now`` on the primary; on the replica,
    the moment up to which it has replayed the primary's commits (None before its first)."""
    if not _reading_replica.get():
        return now
    rows = await connections.get(REPLICA).execute_query_dict(_FRESHNESS)
    moment: datetime | None = rows[0]["data_as_of"] if rows else None
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def replica_state() -> dict[str, Any]:
    """For /readyz: whether the replica answers, and how far behind it is."""
    try:
        with replica_reads():
            moment = await data_as_of(datetime.now(UTC))
    except Exception as exc:  # unreachable, refusing: said, not raised
        return {"status": "unavailable", "reason": type(exc).__name__}
    return {"status": "ok", "dataAsOf": moment.isoformat() if moment else None}
