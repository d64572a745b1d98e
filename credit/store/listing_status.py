"""Listing status and "in force" as query conditions: credit.domain.listings, said in SQL.

So a search by status pages in the database, and the restriction lookup is one
indexed range test. It relies on ``ends_on`` (written only by
credit.store.listings.write_listing from ``ListingFacts.ends_on``): null while
undecided or revoked, else the earlier of ``expires_on`` and an approved repair's
date, which is always before ``expires_on``.

tests/store/test_in_force_equivalence.py proves ``in_force_condition`` and
``in_force_sql`` equal to ``ListingFacts.in_force_on`` over random histories, and
tests/store/test_listing_status_filter.py proves ``status_condition`` equal to
``status_on`` for every status on every boundary day.

"As known at T" (credit.domain.knowledge) cannot use ``ends_on``: it caches the end as
known now. ``in_force_known_sql``, ``in_force_known_condition`` and
``in_force_during_known_sql`` say ``ListingFacts.known_at(T).in_force_on(day)`` (and
``in_force_during``) from the steps' dates and moments; tests/store/test_as_known_equivalence.py
proves them equal to it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from tortoise.expressions import F, Q, Subquery

from credit.domain.listings import ListingStatus, RepairStatus
from credit.store.models import RepairApplication

#: a repair that ends its listing when approved: APPROVED, or REVOKED (approved first)
_ENDING = (RepairStatus.APPROVED.value, RepairStatus.REVOKED.value)


def in_force_sql(alias: str, day: str) -> str:
    """``ListingFacts.in_force_on(day)`` for hand-written SQL: ``alias`` is the listing table's
    alias, ``day`` the placeholder of the day (``$2``, ``?``)."""
    return f"{alias}.listed_on <= {day} AND {alias}.ends_on > {day}"


def unit_listing_sql(alias: str) -> str:
    """The listing counts against the unit itself (``credit.domain.persons.restricts_unit``,
    stored as ``restricts_unit``): all but ABANDONED_RESCUE, which lists the principal person
    alone. Restriction checks, premiums, supervision classes and incentives read only these."""
    return f"{alias}.restricts_unit"


#: ``unit_listing_sql`` for the ORM
UNIT_LISTING = Q(restricts_unit=True)


def in_force_condition(day: date) -> Q:
    """``ListingFacts.in_force_on(day)`` for the ORM (the same test as ``in_force_sql``)."""
    return Q(listed_on__lte=day, ends_on__gt=day)


def in_force_during_condition(first: date, last: date) -> Q:
    """``ListingFacts.in_force_during(first, last)`` for the ORM: in force on some day of the period."""
    return Q(listed_on__lte=last, ends_on__gt=first) & Q(ends_on__gt=F("listed_on"))


def in_force_known_sql(alias: str, day: str, moment: str) -> str:
    """``ListingFacts.known_at(moment).in_force_on(day)`` for hand-written SQL: decided as
    known (its decision recorded by ``moment``), not revoked as known, in its period on
    ``day``, and no repair approved as known (and not revoked as known) by ``day``.
    ``moment`` is the placeholder of a moment (UTC text on SQLite, see clock.sqlite_moment)."""
    return in_force_during_known_sql(alias, day, day, moment)


def in_force_during_known_sql(alias: str, first: str, last: str, moment: str) -> str:
    """``ListingFacts.known_at(moment).in_force_during(first, last)`` for hand-written SQL: in
    force on some day of ``first..last`` as known at ``moment``. The end as known is the
    expiry, or an approved repair known by then and not revoked by then; with ``first ==
    last`` it is ``in_force_known_sql``."""
    a = alias
    ending = ", ".join(f"'{s}'" for s in _ENDING)
    return (
        f"{a}.recorded_at <= {moment} AND {a}.listed_on <= {last} AND {a}.expires_on > {first}"
        f" AND {a}.listed_on < {a}.expires_on"
        f" AND ({a}.decided_at IS NULL OR {a}.decided_at <= {moment})"
        f" AND ({a}.revoked_on IS NULL OR {a}.revoked_at > {moment})"
        f" AND NOT EXISTS (SELECT 1 FROM repair_application r WHERE r.listing_id = {a}.id"
        f" AND r.status IN ({ending}) AND (r.decided_on <= {first} OR r.decided_on <= {a}.listed_on)"
        f" AND (r.decided_at IS NULL OR r.decided_at <= {moment})"
        f" AND (r.revoked_on IS NULL OR r.revoked_at > {moment}))"
    )


def in_force_known_condition(day: date, moment: datetime) -> Q:
    """``ListingFacts.known_at(moment).in_force_on(day)`` for the ORM (as ``in_force_known_sql``)."""
    moment = moment.astimezone(UTC)  # SQLite compares the stored UTC text
    repaired = RepairApplication.filter(
        Q(decided_at=None) | Q(decided_at__lte=moment),
        Q(revoked_on=None) | Q(revoked_at__gt=moment),
        status__in=_ENDING, decided_on__lte=day,
    ).values("listing_id")
    return (
        Q(recorded_at__lte=moment, listed_on__lte=day, expires_on__gt=day)
        & (Q(decided_at=None) | Q(decided_at__lte=moment))
        & (Q(revoked_on=None) | Q(revoked_at__gt=moment))
        & ~Q(id__in=Subquery(repaired))
    )


def known_condition(moment: datetime | None, *, field: str = "recorded_at") -> Q:
    """Rows recorded at or before ``moment`` (None: every row), by their moment column ``field``."""
    if moment is None:
        return Q()
    condition: dict[str, Any] = {f"{field}__lte": moment.astimezone(UTC)}
    return Q(**condition)


def status_condition(status: ListingStatus, day: date) -> Q:
    """Listings that read ``status`` on ``day``."""
    live = Q(revoked_on=None)
    decided_by_then = live & Q(listed_on__lte=day)
    match status:
        case ListingStatus.REVOKED:
            return Q(revoked_on__not_isnull=True)
        case ListingStatus.WITHDRAWN:
            return live & Q(withdrawn_on__lte=day)
        case ListingStatus.NOTIFIED:
            undecided = Q(withdrawn_on=None) & (Q(listed_on=None) | Q(listed_on__gt=day))
            return live & (Q(withdrawn_on__gt=day) | undecided)
        case ListingStatus.ACTIVE:
            return in_force_condition(day)
        case ListingStatus.REPAIRED:
            return decided_by_then & Q(ends_on__lt=F("expires_on")) & Q(ends_on__lte=day)
        case ListingStatus.EXPIRED:
            return decided_by_then & Q(ends_on=F("expires_on")) & Q(expires_on__lte=day)
    raise ValueError(status)  # pragma: no cover
