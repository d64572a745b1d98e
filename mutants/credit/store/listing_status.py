"""Listing status as a query condition: credit.domain.listings.status_on, said in SQL.

So a search by status pages in the database instead of loading every listing.
It relies on ``ends_on`` (see models.Listing): null while undecided or revoked,
else the earlier of ``expires_on`` and an approved repair's date, which is always
before ``expires_on``. tests/store/test_listing_status_filter.py checks it against
status_on for every status on every boundary day.
"""

from __future__ import annotations

from datetime import date

from tortoise.expressions import F, Q

from credit.domain.listings import ListingStatus


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
            return decided_by_then & Q(ends_on__gt=day)
        case ListingStatus.REPAIRED:
            return decided_by_then & Q(ends_on__lt=F("expires_on")) & Q(ends_on__lte=day)
        case ListingStatus.EXPIRED:
            return decided_by_then & Q(ends_on=F("expires_on")) & Q(expires_on__lte=day)
    raise ValueError(status)  # pragma: no cover
