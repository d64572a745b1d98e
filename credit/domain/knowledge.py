"""Transaction time (获知时间): what the service knew at a past moment.

Every fact carries two kinds of time. Its legal dates are valid time (``listedOn``,
``decidedOn``, ``occurredOn``): when things happened in the world, often entered after
the fact. Its moments are transaction time: ``recorded_at`` when the service learnt it,
and one ``*_at`` per later step (``decided_at``, ``revoked_at`` ...). Every such moment
is the moment of the transaction that wrote it, taken from the one feed clock
(credit.store.clock.recording), which is also the moment of that write's audit entry
and of its change in the feed.

"Known at T" is the one rule here: a fact, or a step of it, counts at T when it was
recorded at or before T. Each kind of fact says what that leaves of it, and the usual
rule of valid time then answers:

- a listing: ``ListingFacts.known_at(T)``, then ``in_force_on`` / ``status_on``
  (credit.domain.listings); in SQL ``in_force_known_sql`` (credit.store.listing_status);
- a credit record: ``records_known_at`` (a correction is a record of its own: the
  corrected record reads superseded only from the correction's moment);
- an enterprise's registered details: ``latest_known`` over its versions
  (credit.store.enterprises says it in SQL).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol, TypeVar


def known(recorded_at: datetime | None, moment: datetime | None) -> bool:
    """Did the service know, at ``moment``, a fact (or step) recorded at ``recorded_at``?

    ``moment`` None means now: everything recorded counts. ``recorded_at`` None is a fact
    stored without its moment (none are, since migration 0009 filled them in): known all along.
    """
    return moment is None or recorded_at is None or recorded_at <= moment


class Recorded(Protocol):
    @property
    def recorded_at(self) -> datetime | None: ...


R = TypeVar("R", bound=Recorded)


def latest_known(versions: Iterable[R], moment: datetime | None) -> R | None:
    """The version current at ``moment``: the last recorded at or before it (None: none yet).

    Versions recorded in one moment are told apart by their order in ``versions``
    (the order they were written)."""
    current: R | None = None
    for version in versions:
        if known(version.recorded_at, moment) and (
            current is None
            or current.recorded_at is None
            or (version.recorded_at is not None and version.recorded_at >= current.recorded_at)
        ):
            current = version
    return current
