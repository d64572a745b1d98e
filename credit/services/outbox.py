"""Queueing events for the shared platform inside the writer's transaction (DESIGN §3.2–3.3).

Listing events double as the public change feed (``listingChanges``). Their
``visible_at`` (the feed's ``recordedAt``) is the writing transaction's moment
(credit/store/clock.py: the database's clock on PostgreSQL), the moment its facts and
audit entry carry too: the order of ``visible_at`` is the order of commits, a reader
that share-locks the clock never pages past a commit still in flight, and the feed up
to a moment holds exactly the changes the service knew of then.
A listing's expiry is queued when it is decided, hidden until its own moment;
a repair or revocation before that moment removes it unseen.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.domain.calendar import moment_of
from credit.domain.listings import ListingChange
from credit.store.clock import transaction_moment
from credit.store.models import CreditRecord, Enterprise, Listing, ListingPerson, OutboxEvent
from credit.store.outbox import lend_deadlines
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
    change: ListingChange, listing: Listing, enterprise: Enterprise, authority: Any, on: date,
    persons: Sequence[dict[str, str]] = (),
) -> dict[str, Any]:
    """The published fields, after the 双公示 model (DESIGN §2, Publication and exchange),
    and the persons listed with the unit (第11号令) with their full ID numbers: the platform
    matches persons by number; the channel is signed (docs/push-protocol.md)."""
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
        "publishBy": _d(listing.publish_by),
        "effectiveOn": on.isoformat(),
        "rulesVersion": listing.rules_version,
        "restrictsUnit": listing.restricts_unit,
        "persons": list(persons),
    }


async def listed_persons_payload(conn: BaseDBAsyncClient, listing: Listing) -> list[dict[str, str]]:
    """The persons a listing names, as pushed: name, document type and full number, role."""
    rows = await ListingPerson.filter(listing_id=listing.id).using_db(conn).order_by("id").prefetch_related("person")
    return [
        {"name": r.name, "idType": r.person.id_type, "idNumber": r.person.id_number, "role": r.role} for r in rows
    ]


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
    recorded = await transaction_moment(conn)
    visible = max(recorded, visible_from) if visible_from else recorded
    count = await OutboxEvent.filter(listing_id=listing.id, event_type=change.value).using_db(conn).count()
    # a decision has a publication deadline (双公示); the other changes follow it in order
    deadline = listing.publish_by if change is ListingChange.LISTED else None
    event = await OutboxEvent.create(
        event_id=event_id_for(change.value, f"listing:{listing.id}", count),
        event_type=change.value,
        enterprise=enterprise,
        listing=listing,
        effective_at=moment_of(on),
        visible_at=visible,
        next_attempt_at=visible,
        payload=listing_payload(change, listing, enterprise, authority, on,
                                await listed_persons_payload(conn, listing)),
        publish_by=deadline,
        deliver_by=deadline,
        using_db=conn,
    )
    await hasten_queue(conn, event)
    return event


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
    # the feed's own clock (by another instance's host clock it may already be visible): the
    # transaction's moment, when this write becomes known
    now = await transaction_moment(conn)
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
        "category": record.category,
        "content": record.content,
        "violationFacts": record.violation_facts,
        "fineMultiple": str(record.fine_multiple) if record.fine_multiple is not None else None,
        "decidedOn": record.occurred_on.isoformat() if record.kind == "PENALTY" else None,
        "publishBy": _d(record.publish_by),
        "publicationEndsOn": _d(record.publication_ends_on),
        "rulesVersion": record.rules_version,
        "level": record.level,
        "description": record.description,
        "supersedes": record.supersedes_id,  # type: ignore[attr-defined]
        "authorityName": authority.name if authority else None,
        "authorityCode": authority.code if authority else None,
        # standardisation grades (STANDARDISATION: level "1"–"3", occurredOn the certification)
        "validUntil": record.valid_until.isoformat() if record.valid_until else None,
        "certificateNumber": record.reference if record.kind == "STANDARDISATION" else None,
        # 数据来源单位: the authority whose key recorded it (for a penalty, the penalising one)
        "dataSourceUnit": authority.name if authority else None,
        "dataSourceUnitCode": authority.code if authority else None,
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
        "publish_by": record.publish_by,
        "deliver_by": record.publish_by,
    }


async def hasten_queue(conn: BaseDBAsyncClient, event: OutboxEvent) -> None:
    """An event with a publication deadline lends it to the enterprise's unacknowledged events
    ahead of it (they must go first): each one's ``deliver_by`` becomes the nearest deadline
    of its queue, which orders the dispatcher's claim when there is a backlog.

    Rows a dispatcher is sending at this moment are locked: they are skipped (PostgreSQL),
    never waited for, so a slow platform cannot hold up a regulator's write; such a row is on
    its way already and keeps the urgency it had.
    """
    if event.deliver_by is not None:
        await lend_deadlines(conn, {event.enterprise_id: event.deliver_by},  # type: ignore[attr-defined]
                             event.visible_at, event.id)


async def hasten_queues(conn: BaseDBAsyncClient, events: Sequence[dict[str, Any]]) -> None:
    """``hasten_queue`` for a batch's events (their rows, not inserted yet, all visible at one
    moment and queued in the order given): each new event's ``deliver_by`` becomes the
    nearest deadline among it and those queued behind it, and the events already queued
    ahead of the batch get, per enterprise, the nearest deadline of its new events (two
    statements for the batch, not two per event)."""
    nearest: dict[int, date] = {}
    for values in reversed(events):
        deadline, enterprise = values.get("deliver_by"), values["enterprise_id"]
        if deadline is None and enterprise not in nearest:
            continue
        behind = nearest.get(enterprise)
        if deadline is None or (behind is not None and behind < deadline):
            values["deliver_by"] = deadline = behind
        nearest[enterprise] = deadline
    if not nearest:
        return
    await lend_deadlines(conn, nearest, min(values["visible_at"] for values in events))
