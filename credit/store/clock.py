"""The clock that orders and reveals the change feed and the push queue.

On PostgreSQL it is the database's ``clock_timestamp()``: every instance of the
service stamps and reads feed moments against the one primary, so instances need
no synchronised host clocks (an instance whose clock ran a minute ahead would
otherwise stamp changes a minute ahead, and show or send queued expiries early).
``clock_timestamp()`` rather than ``now()``: ``now()`` is frozen at the start of the
transaction, taken before the feed clock's row lock, so two writers could stamp
out of commit order. On SQLite (one process on one host) it is the host's clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.store.models import FeedClock


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.capabilities.dialect == "postgres"


async def database_now(conn: BaseDBAsyncClient) -> datetime:
    """Now, by the database's clock on PostgreSQL (one round trip), else by the host's."""
    if is_postgres(conn):
        rows = await conn.execute_query_dict("SELECT clock_timestamp() AS now")
        return _aware(rows[0]["now"])
    return datetime.now(UTC)


async def next_feed_moment(conn: BaseDBAsyncClient) -> datetime:
    """Lock the feed clock's row and take the next ``recorded_at``: strictly increasing,
    in commit order (the lock is held until the writer commits)."""
    if is_postgres(conn):
        # lock first, read the clock second: an UPDATE computes its new value before it
        # waits for a reader's share lock, which could hand out a moment below the
        # reader's horizon while the reader pages past it
        await conn.execute_query("SELECT id FROM feed_clock WHERE id = 1 FOR UPDATE")
        rows = await conn.execute_query_dict(
            "UPDATE feed_clock SET last_recorded_at = GREATEST(clock_timestamp(), "
            "last_recorded_at + interval '1 microsecond') WHERE id = 1 RETURNING last_recorded_at"
        )
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
        await FeedClock.create(id=1, last_recorded_at=now, using_db=conn)
        return now
    moment = max(now, clock.last_recorded_at + timedelta(microseconds=1))
    clock.last_recorded_at = moment
    await clock.save(using_db=conn, update_fields=["last_recorded_at"])
    return moment


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
