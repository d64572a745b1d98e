"""The one clock of transaction time: it orders the change feed and the push queue, stamps
every fact, audit entry and feed change, and gives each check its ``checkedAt``.

On PostgreSQL it is the database's ``clock_timestamp()``: every instance of the
service stamps and reads moments against the one primary, so instances need no
synchronised host clocks (an instance whose clock ran a minute ahead would otherwise
stamp changes a minute ahead, and show or send queued expiries early).
``clock_timestamp()`` rather than ``now()``: ``now()`` is frozen at the start of the
transaction, taken before the feed clock's lock, so two writers could stamp out of
commit order. On SQLite (one process on one host) it is the host's clock.

**A writing transaction's moment** (``recording``, ``transaction_moment``) is taken
first, before any other lock, under a lock on the feed clock held until the
transaction commits; every row the transaction writes is stamped with it. On
PostgreSQL the lock is ``LOCK TABLE feed_clock IN ACCESS EXCLUSIVE MODE``, which
conflicts with the plain read lock any statement takes on a table it reads, and a
statement takes its table locks before its snapshot (the lock waits, the snapshot
follows). So a reading statement that names ``feed_clock`` (``HORIZON_SQL``, and the
restriction lookup) waits for a write in flight to commit, sees it, holds off the
next write until it ends, and can take its own "now" inside: every fact stamped at
or before that now is in its snapshot, every fact it does not see is stamped after
(``checkedAt``: exact). On SQLite the one connection of a process serialises
transactions and reads (Tortoise's connection lock) to the same effect.
Taking the moment first also keeps writers deadlock-free: no writer waits for the
clock while holding a row another writer needs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from credit.store.models import FeedClock


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.capabilities.dialect == "postgres"


async def database_now(conn: BaseDBAsyncClient) -> datetime:
    """Now, by the database's clock on PostgreSQL (one round trip), else by the host's."""
    if is_postgres(conn):
        rows = await conn.execute_query_dict("SELECT clock_timestamp() AS now")
        return _aware(rows[0]["now"])
    return datetime.now(UTC)


_PG_NEXT = """UPDATE feed_clock SET last_recorded_at = m.moment,
  first_recorded_at = COALESCE(feed_clock.first_recorded_at, m.moment)
FROM (SELECT GREATEST(clock_timestamp(), last_recorded_at + interval '1 microsecond') AS moment
      FROM feed_clock WHERE id = 1) AS m
WHERE feed_clock.id = 1 RETURNING feed_clock.last_recorded_at"""


async def next_feed_moment(conn: BaseDBAsyncClient) -> datetime:
    """Lock the feed clock and take the next moment: strictly increasing, in commit order
    (the lock is held until the writer commits). Writers call ``transaction_moment``."""
    if is_postgres(conn):
        # lock first, read the clock second: an UPDATE computes its new value before it
        # waits for a lock, which could hand out a moment below a reader's horizon
        await conn.execute_query("LOCK TABLE feed_clock IN ACCESS EXCLUSIVE MODE")
        rows = await conn.execute_query_dict(_PG_NEXT)
        if rows:
            return _aware(rows[0]["last_recorded_at"])
        # no row yet (a database migrated by hand): start the clock here
        now = await database_now(conn)
        await conn.execute_query(
            "INSERT INTO feed_clock (id, last_recorded_at) VALUES (1, $1) ON CONFLICT (id) DO NOTHING", [now]
        )
        return await next_feed_moment(conn)
    clock = await FeedClock.select_for_update().using_db(conn).get_or_none(id=1)
    now = datetime.now(UTC)
    if clock is None:
        await FeedClock.create(id=1, last_recorded_at=now, first_recorded_at=now, using_db=conn)
        return now
    moment = max(now, clock.last_recorded_at + timedelta(microseconds=1))
    clock.last_recorded_at = moment
    if clock.first_recorded_at is None:
        clock.first_recorded_at = moment
    await clock.save(using_db=conn, update_fields=["last_recorded_at", "first_recorded_at"])
    return moment


_MOMENT = "_credit_moment"


async def transaction_moment(conn: BaseDBAsyncClient) -> datetime:
    """The moment of the writing transaction ``conn``: taken from the feed clock when first
    asked for, the same every later time. Its facts, audit entry and feed changes carry it."""
    moment: datetime | None = getattr(conn, _MOMENT, None)
    if moment is None:
        moment = await next_feed_moment(conn)
        setattr(conn, _MOMENT, moment)
    return moment


class Recording(NamedTuple):
    conn: BaseDBAsyncClient
    moment: datetime


class NothingRecorded(Exception):
    """Raised inside ``recording()`` to leave it having written nothing: the transaction
    rolls back, the clock's moment with it, and the block is left quietly (a batch whose
    every row was refused or recorded already changes nothing, not even the clock)."""


@asynccontextmanager
async def recording() -> AsyncIterator[Recording]:
    """A transaction that records facts, and its moment, taken first (see the module's
    docstring): ``async with recording() as (conn, moment):``, then every row it writes
    carries ``moment`` as its ``recorded_at`` (or the ``*_at`` of the step it records)."""
    try:
        # named: with a read replica (credit.store.replica) writes go to the primary, "default"
        async with in_transaction("default") as conn:
            yield Recording(conn, await transaction_moment(conn))
    except NothingRecorded:
        pass


class Horizon(NamedTuple):
    """Now by the one clock, read after every write in flight committed, and the moment of
    the first fact recorded (None: nothing recorded yet)."""

    now: datetime
    first_recorded_at: datetime | None


#: Now by the one clock on PostgreSQL, as a column of a statement that names feed_clock (so
#: it waits for a write in flight, see the module's docstring): the database's clock, never
#: behind the last moment handed out
PG_CLOCK_NOW = "GREATEST(clock_timestamp(), last_recorded_at)"
#: On SQLite the statement reads the last moment handed out; ``clock_now`` adds the host's clock
SQLITE_CLOCK_NOW = "last_recorded_at"

HORIZON_SQL = f"SELECT {PG_CLOCK_NOW}, first_recorded_at FROM feed_clock WHERE id = 1"


def clock_now(read: object, host_now: datetime | None) -> datetime | None:
    """Now by the one clock from a statement's clock column (``PG_CLOCK_NOW`` or
    ``SQLITE_CLOCK_NOW``): PostgreSQL's as read (``host_now`` None); on SQLite the host's
    clock, taken while the connection is held, never behind the last moment recorded.
    None only on PostgreSQL without a clock row (a database migrated by hand)."""
    last = parse_moment(read)
    if host_now is None:
        return last
    return max(host_now, last) if last else host_now


async def horizon() -> Horizon:
    """Now by the one clock: every fact stamped at or before it is committed (and visible to
    the statements that follow), every fact recorded later is stamped after it."""
    conn = connections.get("default")
    if is_postgres(conn):
        _, rows = await conn.execute_query(HORIZON_SQL)
        if not rows:
            return Horizon(await database_now(conn), None)
        now, first = rows[0]
        return Horizon(_aware(now), _aware(first) if first else None)
    async with conn.acquire_connection() as raw:  # held: no transaction of this process runs
        now = datetime.now(UTC)
        rows = list(await raw.execute_fetchall(
            f"SELECT {SQLITE_CLOCK_NOW}, first_recorded_at FROM feed_clock WHERE id = 1"
        ))
    if not rows:
        return Horizon(now, None)
    read, first = rows[0]
    return Horizon(clock_now(read, now) or now, parse_moment(first))


def parse_moment(value: object) -> datetime | None:
    """A stored moment as read back raw: SQLite hands back its text, asyncpg a datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return _aware(datetime.fromisoformat(value))
    assert isinstance(value, datetime)
    return _aware(value)


def sqlite_moment(moment: datetime) -> str:
    """A moment as SQLite stores it (UTC text, as Tortoise writes it), so text compares in order."""
    return moment.astimezone(UTC).isoformat(" ")


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
