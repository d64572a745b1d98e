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
"""

from __future__ import annotations

from datetime import date

from tortoise.expressions import F, Q

from credit.domain.listings import ListingStatus


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
