"""The change feeds, listingChanges and personChanges (bans): gap-free, in the order
changes became visible.

A reader share-locks the feed clock (PostgreSQL) before reading, so no writer can be
between taking its ``recorded_at`` and committing: everything at or before the
reader's "now" is committed and final. On SQLite writes are serialised anyway.
"Now" is the feed clock's (credit/store/clock.py): the database's on PostgreSQL, so
an instance whose host clock is off neither hides nor reveals changes early.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from credit.domain.codes import mask_id_number
from credit.domain.errors import Refusal
from credit.domain.listings import ListingChange
from credit.domain.persons import BanKind, PersonChange
from credit.domain.records import Industry
from credit.services.access import authorize
from credit.services.auth import Caller
from credit.store.clock import database_now
from credit.store.db import is_postgres_connection
from credit.store.models import OutboxEvent, PersonEvent

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


@asynccontextmanager
async def _settled() -> AsyncIterator[tuple[BaseDBAsyncClient, datetime]]:
    """A read of a feed and its horizon: every change stamped at or before it is committed."""
    async with in_transaction("default") as conn:
        if is_postgres_connection(connections.get("default")):
            await conn.execute_query("SELECT id FROM feed_clock WHERE id = 1 FOR SHARE")
        yield conn, await database_now(conn)  # after the share lock: every earlier stamp is committed


def _after(position: tuple[datetime, int] | None) -> Q:
    if position is None:
        return Q()
    moment, seq = position
    return Q(visible_at__gt=moment) | Q(visible_at=moment, id__gt=seq)


async def listing_changes(caller: Caller, after: str | None, first: int) -> tuple[list[FeedItem], bool]:
    authorize(caller, "listingChanges")
    position = decode_cursor(after) if after else None
    async with _settled() as (conn, horizon):
        query = OutboxEvent.filter(_after(position), event_type__in=LISTING_CHANGES, visible_at__lte=horizon)
        rows = await query.using_db(conn).order_by("visible_at", "id").limit(first + 1).values(
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


@dataclass(frozen=True)
class PersonFeedItem:
    """A ban recorded (BANNED) or ended (BAN_ENDED); the number masked, as in personCheck."""

    cursor: str
    change: PersonChange
    ban_id: int
    id_number: str
    kind: BanKind
    industry: Industry | None
    starts_on: date
    ends_on: date | None
    authority_name: str
    effective_at: datetime
    recorded_at: datetime


async def person_changes(caller: Caller, after: str | None, first: int) -> tuple[list[PersonFeedItem], bool]:
    """Bans as they became visible (recordedAt, then sequence), gap-free like listingChanges."""
    authorize(caller, "personChanges")
    position = decode_cursor(after) if after else None
    async with _settled() as (conn, horizon):
        rows = await PersonEvent.filter(_after(position), visible_at__lte=horizon).using_db(conn).order_by(
            "visible_at", "id"
        ).limit(first + 1).values(
            "id", "visible_at", "effective_at", "change", "ban_id", "ban__kind", "ban__industry",
            "ban__starts_on", "ban__ends_on", "ban__person__id_number", "ban__authority__name",
        )
    items = [
        PersonFeedItem(
            cursor=encode_cursor(row["visible_at"], row["id"]),
            change=PersonChange(row["change"]),
            ban_id=row["ban_id"],
            id_number=mask_id_number(row["ban__person__id_number"]),
            kind=BanKind(row["ban__kind"]),
            industry=Industry(row["ban__industry"]) if row["ban__industry"] else None,
            starts_on=row["ban__starts_on"],
            ends_on=row["ban__ends_on"],
            authority_name=row["ban__authority__name"],
            effective_at=row["effective_at"],
            recorded_at=row["visible_at"],
        )
        for row in rows[:first]
    ]
    return items, len(rows) > first
