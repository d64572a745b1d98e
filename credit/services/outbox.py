"""Queueing events for the shared platform inside the writer's transaction (DESIGN §3.2–3.3).

Listing events double as the public change feed (``listingChanges``). Their
``visible_at`` (the feed's ``recordedAt``) comes from the feed clock
(credit/store/clock.py: the database's clock on PostgreSQL): a writer locks its
single row, so the order of ``visible_at`` is the order of commits, and a reader
that share-locks it never pages past a commit still in flight.
A listing's expiry is queued when it is decided, hidden until its own moment;
a repair or revocation before that moment removes it unseen.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.domain.calendar import moment_of
from credit.domain.listings import ListingChange
from credit.store.clock import database_now, next_feed_moment
from credit.store.models import CreditRecord, Enterprise, Listing, OutboxEvent
from credit.store.records import Party

#: Event types beside the listing changes.
RECORD_ADDED = "RECORD_ADDED"
RECORD_CORRECTED = "RECORD_CORRECTED"

_EVENT_NAMESPACE = uuid.UUID("6f1c5d0e-8a4b-4c55-9a53-2f0d7f1e9b11")


def event_id_for(kind: str, subject: str, seq: int) -> uuid.UUID:
    """Stable ids: the same change always carries the same id (idempotent delivery)."""
    return uuid.uuid5(_EVENT_NAMESPACE, f"{kind}:{subject}:{seq}")


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def listing_payload(
    change: ListingChange, listing: Listing, enterprise: Enterprise, authority: Any, on: date
) -> dict[str, Any]:
    """The published fields, after the 双公示 model (DESIGN §2, Publication and exchange)."""
    return {
        "type": f"listing.{change.value.lower()}",
        "change": change.value,
        "code": enterprise.code,
        "name": enterprise.name,
        "listingId": listing.id,
        "listKind": listing.list_kind,
        "ground": listing.ground,
        "decisionNumber": listing.decision_number,
        "authorityName": authority.name,
        "authorityCode": authority.code,
        "listedOn": _d(listing.listed_on),
        "expiresOn": _d(listing.expires_on),
        "publicationEndsOn": _d(listing.ends_on),
        "effectiveOn": on.isoformat(),
        "rulesVersion": listing.rules_version,
    }


async def queue_listing_change(
    conn: BaseDBAsyncClient,
    change: ListingChange,
    listing: Listing,
    enterprise: Enterprise,
    authority: Any,
    on: date,
    *,
    visible_from: datetime | None = None,
) -> OutboxEvent:
    """Queue a listing change effective on ``on``; visible now, or at ``visible_from`` if later."""
    recorded = await next_feed_moment(conn)
    visible = max(recorded, visible_from) if visible_from else recorded
    count = await OutboxEvent.filter(listing_id=listing.id, event_type=change.value).using_db(conn).count()
    return await OutboxEvent.create(
        event_id=event_id_for(change.value, f"listing:{listing.id}", count),
        event_type=change.value,
        enterprise=enterprise,
        listing=listing,
        effective_at=moment_of(on),
        visible_at=visible,
        next_attempt_at=visible,
        payload=listing_payload(change, listing, enterprise, authority, on),
        using_db=conn,
    )


async def queue_expiry(
    conn: BaseDBAsyncClient, listing: Listing, enterprise: Enterprise, authority: Any
) -> OutboxEvent:
    """The listing's end by its period: hidden until 00:00 China time of ``expires_on``."""
    assert listing.expires_on is not None
    return await queue_listing_change(
        conn, ListingChange.EXPIRED, listing, enterprise, authority, listing.expires_on,
        visible_from=moment_of(listing.expires_on),
    )


async def drop_hidden_expiry(conn: BaseDBAsyncClient, listing: Listing) -> int:
    """Remove an expiry nobody has seen yet (the listing ended earlier or was voided)."""
    # the feed's own clock: by another instance's host clock it may already be visible
    now = await database_now(conn)
    return await (
        OutboxEvent.filter(listing_id=listing.id, event_type=ListingChange.EXPIRED.value, visible_at__gt=now)
        .using_db(conn)
        .delete()
    )


def record_payload(record: CreditRecord, enterprise: Enterprise | Party, authority: Any) -> dict[str, Any]:
    return {
        "type": "record.added" if record.supersedes_id is None else "record.corrected",  # type: ignore[attr-defined]
        "code": enterprise.code,
        "name": enterprise.name,
        "recordId": record.id,
        "kind": record.kind,
        "occurredOn": record.occurred_on.isoformat(),
        "grade": record.grade,
        "deaths": record.deaths,
        "seriousInjuries": record.serious_injuries,
        "directLossYuan": str(record.direct_loss_yuan) if record.direct_loss_yuan is not None else None,
        "concealed": record.concealed,
        "decisionNumber": record.decision_number,
        "violationType": record.violation_type,
        "legalBasis": record.legal_basis,
        "fineYuan": str(record.fine_yuan) if record.fine_yuan is not None else None,
        "level": record.level,
        "description": record.description,
        "supersedes": record.supersedes_id,  # type: ignore[attr-defined]
        "authorityName": authority.name if authority else None,
        "authorityCode": authority.code if authority else None,
    }


def record_event(
    record: CreditRecord, enterprise: Enterprise | Party, authority: Any, moment: datetime
) -> dict[str, Any]:
    """The event of a record written, visible at ``moment`` of the feed clock, as the values
    of its row (batches insert many at once)."""
    kind = RECORD_ADDED if record.supersedes_id is None else RECORD_CORRECTED  # type: ignore[attr-defined]
    return {
        "event_id": event_id_for(kind, f"record:{record.id}", 0),
        "event_type": kind,
        "enterprise_id": enterprise.id,
        "record_id": record.id,
        "effective_at": moment_of(record.occurred_on),
        "visible_at": moment,
        "next_attempt_at": moment,
        "payload": record_payload(record, enterprise, authority),
    }


async def queue_record(
    conn: BaseDBAsyncClient, record: CreditRecord, enterprise: Enterprise, authority: Any
) -> OutboxEvent:
    # the feed clock, not the wall clock: two concurrent writes for one enterprise must
    # become visible in commit order, or a dispatcher between the commits sends them reversed
    values = record_event(record, enterprise, authority, await next_feed_moment(conn))
    return await OutboxEvent.create(using_db=conn, **values)
