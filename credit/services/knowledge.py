"""``asKnownAt`` for every reading entry point: which moments the service can answer for.

A moment is answerable when it has an offset, is not after now and not before the
service's first record, now and first record by the one clock (credit.store.clock).
What "known at" then means for each kind of fact is credit.domain.knowledge.

A reading entry point with ``asKnownAt`` calls ``known_moment`` first (restriction
checks check the bounds with ``check_known_within`` against the clock their lookup read
in its own statement), then reads facts through the domain's ``known_at`` rules or
their SQL forms.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from credit.domain.calendar import utc_text
from credit.domain.errors import Refusal
from credit.store.clock import horizon

#: how far this host's clock may run behind the database's before a plainly future
#: asKnownAt is refused without asking the database (the exact test follows)
CLOCK_TOLERANCE = timedelta(minutes=5)


def check_as_known_at(as_known_at: datetime | None, now: datetime) -> datetime | None:
    """The shape of ``asKnownAt`` (an offset, not plainly after now by this host's clock);
    the exact bounds need the one clock (``check_known_within``). Normalised to UTC."""
    if as_known_at is None:
        return None
    if as_known_at.tzinfo is None:
        raise Refusal("INVALID_VALUE", "asKnownAt", "必须带时区偏移")
    if as_known_at > now + CLOCK_TOLERANCE:
        raise Refusal("KNOWN_AT_IN_FUTURE", "asKnownAt", utc_text(as_known_at))
    return as_known_at.astimezone(UTC)


def check_known_within(as_known_at: datetime, now: datetime, first_recorded_at: datetime | None) -> None:
    """``asKnownAt`` lies between the service's first record and now, by the one clock."""
    if as_known_at > now:
        raise Refusal("KNOWN_AT_IN_FUTURE", "asKnownAt", utc_text(as_known_at))
    if first_recorded_at is None or as_known_at < first_recorded_at:
        first = utc_text(first_recorded_at) if first_recorded_at else "尚无记录"
        raise Refusal("KNOWN_AT_BEFORE_RECORDS", "asKnownAt", f"第一条记录于{first}")


async def known_moment(as_known_at: datetime | None) -> datetime | None:
    """``asKnownAt`` checked against the one clock, in UTC (None: as known now). Once it
    returns, every fact recorded at or before the moment is committed and visible."""
    moment = check_as_known_at(as_known_at, datetime.now(UTC))
    if moment is None:
        return None
    now, first = await horizon()
    check_known_within(moment, now, first)
    return moment
