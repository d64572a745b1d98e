"""The change feed (listingChanges): gap-free, in the order changes became visible.

A reader share-locks the feed clock (PostgreSQL) before reading, so no writer can be
between taking its ``recorded_at`` and committing: everything at or before the
reader's "now" is committed and final. On SQLite writes are serialised anyway.
"Now" is the feed clock's (credit/store/clock.py): the database's on PostgreSQL, so
an instance whose host clock is off neither hides nor reveals changes early.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise import connections
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from credit.domain.errors import Refusal
from credit.domain.listings import ListingChange
from credit.services.access import authorize
from credit.services.auth import Caller
from credit.store.clock import database_now
from credit.store.db import is_postgres_connection
from credit.store.models import OutboxEvent

LISTING_CHANGES = [c.value for c in ListingChange]




@dataclass(frozen=True)
class FeedItem:
    cursor: str
    code: str
    listing_id: int
    list_kind: str
    change: str
    effective_at: datetime
    recorded_at: datetime


def encode_cursor(visible_at: datetime, seq: int) -> str:
    raw = f"{visible_at.astimezone(UTC).isoformat()}|{seq}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        moment, seq = base64.urlsafe_b64decode(padded.encode()).decode().split("|")
        parsed = datetime.fromisoformat(moment)
        if parsed.tzinfo is None:
            raise ValueError
        return parsed, int(seq)
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refusal("INVALID_CURSOR", "after") from exc


async def listing_changes(caller: Caller, after: str | None, first: int) -> tuple[list[FeedItem], bool]:
    authorize(caller, "listingChanges")
    position = decode_cursor(after) if after else None
    async with in_transaction("default") as conn:
        if is_postgres_connection(connections.get("default")):
            await conn.execute_query("SELECT id FROM feed_clock WHERE id = 1 FOR SHARE")
        horizon = await database_now(conn)  # after the share lock: every earlier stamp is committed
        query = OutboxEvent.filter(event_type__in=LISTING_CHANGES, visible_at__lte=horizon).using_db(conn)
        if position is not None:
            moment, seq = position
            query = query.filter(Q(visible_at__gt=moment) | Q(visible_at=moment, id__gt=seq))
        rows = await query.order_by("visible_at", "id").limit(first + 1).values(
            "id", "visible_at", "effective_at", "event_type", "listing_id", "payload"
        )
    items = [
        FeedItem(
            cursor=encode_cursor(row["visible_at"], row["id"]),
            code=row["payload"]["code"],
            listing_id=row["listing_id"],
            list_kind=row["payload"]["listKind"],
            change=row["event_type"],
            effective_at=row["effective_at"],
            recorded_at=row["visible_at"],
        )
        for row in rows[:first]
    ]
    return items, len(rows) > first
