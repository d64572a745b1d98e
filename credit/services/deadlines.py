"""Publication deadlines (双公示): decided listings and penalties of a region that the shared
platform has not yet acknowledged, past or near the day they must be published by.

A decision's deadline (``publishBy``) is fixed when it is taken: the regime's publication
working days after the decision, by the official calendar (credit.domain.listings.publish_by).
It travels with the event that publishes the decision (``OutboxEvent.publish_by``); the
platform's acknowledgement is the event's state DELIVERED.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.expressions import Q

from credit.domain.calendar import china_today
from credit.domain.errors import Refusal
from credit.domain.listings import ListingChange
from credit.domain.records import CreditRecordKind
from credit.services.access import authorize
from credit.services.auth import Caller, Role
from credit.services.outbox import RECORD_ADDED, RECORD_CORRECTED
from credit.services.paging import page_size
from credit.store.models import OutboxEvent

#: how far ahead "near" may look, in days
MAX_WITHIN_DAYS = 366
DEFAULT_WITHIN_DAYS = 3


class PublicationSubject(enum.StrEnum):
    LISTING = "LISTING"  # a decided listing (列入决定)
    PENALTY = "PENALTY"  # an administrative penalty (行政处罚决定)


@dataclass(frozen=True)
class PublicationDeadline:
    """One decision not yet acknowledged by the platform, and by when it must be published."""

    event_id: str
    subject: PublicationSubject
    code: str
    enterprise_name: str
    listing_id: int | None
    record_id: int | None
    decision_number: str | None
    decided_on: date
    #: null when the calendar did not know a year the deadline needed (never guessed)
    publish_by: date | None
    #: the platform's delivery state: PENDING, REJECTED (with a reason) or FAILED
    state: str
    last_error: str | None
    #: ``publish_by`` is before today
    overdue: bool


@dataclass(frozen=True)
class PublicationDeadlines:
    total: int
    items: list[PublicationDeadline]


#: the events that publish a decision: a listing's LISTED, a penalty's record events
_DECISIONS = Q(event_type=ListingChange.LISTED.value) | Q(
    event_type__in=[RECORD_ADDED, RECORD_CORRECTED], record__kind=CreditRecordKind.PENALTY.value
)


async def publication_deadlines(
    caller: Caller, *, region: str, within: int | None = None, first: int | None = None,
    today: date | None = None,
) -> PublicationDeadlines:
    """Decisions of enterprises in ``region`` (a prefix) not acknowledged by the platform whose
    ``publishBy`` is past or within ``within`` days (default 3) of today, or unknown; those
    without a known deadline first, then the nearest deadline first."""
    authorize(caller, "publicationDeadlines")
    if caller.role is Role.REGULATOR and not region.startswith(caller.region_prefix or "\0"):
        caller.require_region(region)
    days = DEFAULT_WITHIN_DAYS if within is None else within
    if not 0 <= days <= MAX_WITHIN_DAYS:
        raise Refusal("INVALID_VALUE", "within", f"应在0到{MAX_WITHIN_DAYS}天之间")
    limit = page_size(first)
    day = today or china_today()
    cutoff = day + timedelta(days=days)
    base = OutboxEvent.filter(
        _DECISIONS, enterprise__region_code__startswith=region,
    ).exclude(state="DELIVERED")
    unknown = base.filter(publish_by__isnull=True)
    dated = base.filter(publish_by__lte=cutoff)
    total = await unknown.count() + await dated.count()
    # two queries rather than one ORDER BY: SQLite and PostgreSQL put NULLs at opposite ends
    rows = await unknown.order_by("id").limit(limit).prefetch_related("enterprise", "listing", "record")
    if len(rows) < limit:
        rows += await dated.order_by("publish_by", "id").limit(limit - len(rows)).prefetch_related(
            "enterprise", "listing", "record"
        )
    return PublicationDeadlines(total, [_item(row, day) for row in rows])


def _item(event: OutboxEvent, today: date) -> PublicationDeadline:
    listing, record = event.listing, event.record
    if listing is not None:
        subject, number, decided = PublicationSubject.LISTING, listing.decision_number, listing.listed_on
    else:
        assert record is not None
        subject, number, decided = PublicationSubject.PENALTY, record.decision_number, record.occurred_on
    assert decided is not None
    return PublicationDeadline(
        event_id=str(event.event_id),
        subject=subject,
        code=event.enterprise.code,
        enterprise_name=event.enterprise.name,
        listing_id=listing.id if listing is not None else None,
        record_id=record.id if record is not None else None,
        decision_number=number,
        decided_on=decided,
        publish_by=event.publish_by,
        state=event.state,
        last_error=event.last_error,
        overdue=event.publish_by is not None and event.publish_by < today,
    )
