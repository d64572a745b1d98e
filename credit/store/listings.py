"""Listings in and out of the store: rows to ``ListingFacts``, and the one writer of their dates.

The domain (credit.domain.listings) returns a listing's new facts after each step;
``write_listing`` stores them, and is the only place ``ends_on`` (the restriction
lookup's cache of ``ListingFacts.ends_on``) is written. It also stamps each step it
stores for the first time (decision, withdrawal, revocation) with the transaction's
moment (credit.store.clock), so every step carries when the service learnt it.

For a page of listings, what each cites and the objections raised against each are read
for the whole page in one statement (``evidence_of``, ``objections_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListKind,
    ObjectionFacts,
    RepairFacts,
    RepairStatus,
)
from credit.store import supervision
from credit.store.models import Listing, ListingEvidence, Objection, RepairApplication


def facts_of(
    listing: Listing,
    repairs: Iterable[RepairApplication] = (),
    objections: Iterable[Objection] = (),
) -> ListingFacts:
    """The dated facts of a listing row and its repair applications and objections."""
    return ListingFacts(
        list_kind=ListKind(listing.list_kind),
        ground=ListingGround(listing.ground),
        notified_on=listing.notified_on,
        objection_deadline=listing.objection_deadline,
        listed_on=listing.listed_on,
        expires_on=listing.expires_on,
        withdrawn_on=listing.withdrawn_on,
        revoked_on=listing.revoked_on,
        repairs=tuple(repair_facts(r) for r in sorted(repairs, key=lambda r: r.id)),
        objections=tuple(
            ObjectionFacts(o.id, o.filed_on, o.upheld, o.decided_on, o.recorded_at, o.decided_at)
            for o in sorted(objections, key=lambda o: o.id)
        ),
        recorded_at=listing.recorded_at,
        decided_at=listing.decided_at,
        withdrawn_at=listing.withdrawn_at,
        revoked_at=listing.revoked_at,
    )


def repair_facts(row: RepairApplication) -> RepairFacts:
    """The dated facts of a repair application row."""
    return RepairFacts(row.id, row.applied_on, RepairStatus(row.status), row.decided_on, row.revoked_on,
                       row.recorded_at, row.decided_at, row.revoked_at)


async def locked_listing(conn: BaseDBAsyncClient, listing_id: int) -> tuple[Listing, ListingFacts]:
    """Lock the listing row (one decision wins under concurrency) and load its facts."""
    listing = await Listing.select_for_update().using_db(conn).get(id=listing_id)
    repairs = await RepairApplication.filter(listing_id=listing_id).using_db(conn)
    objections = await Objection.filter(listing_id=listing_id).using_db(conn)
    return listing, facts_of(listing, repairs, objections)


async def evidence_of(listing_ids: Sequence[int]) -> dict[int, list[int]]:
    """The records each listing cites, by listing, in id order (one statement for them all;
    a listing citing none is absent)."""
    rows = await ListingEvidence.filter(listing_id__in=sorted(set(listing_ids))).values_list("listing_id", "record_id")
    cited: dict[int, set[int]] = {}
    for listing_id, record_id in rows:
        cited.setdefault(int(listing_id), set()).add(int(record_id))
    return {listing_id: sorted(ids) for listing_id, ids in cited.items()}


async def objections_of(listing_ids: Sequence[int]) -> dict[int, list[Objection]]:
    """Every objection raised against each listing, by listing, oldest first (one statement
    for them all; a listing with none is absent). As known at a moment is the reader's
    choice: each row carries its ``recorded_at`` and ``decided_at``."""
    found: dict[int, list[Objection]] = {}
    for row in await Objection.filter(listing_id__in=sorted(set(listing_ids))).order_by("id"):
        found.setdefault(row.listing_id, []).append(row)  # type: ignore[attr-defined]
    return found


async def write_listing(conn: BaseDBAsyncClient, listing: Listing, facts: ListingFacts, moment: datetime) -> None:
    """Store a listing's dates as the domain returned them, with ``ends_on`` derived from them;
    a step stored for the first time is stamped with ``moment`` (the transaction's)."""
    if facts.listed_on is not None and listing.listed_on is None:
        listing.decided_at = moment
    if facts.withdrawn_on is not None and listing.withdrawn_on is None:
        listing.withdrawn_at = moment
    if facts.revoked_on is not None and listing.revoked_on is None:
        listing.revoked_at = moment
    listing.listed_on = facts.listed_on
    listing.expires_on = facts.expires_on
    listing.withdrawn_on = facts.withdrawn_on
    listing.revoked_on = facts.revoked_on
    listing.ends_on = facts.ends_on
    await listing.save(
        using_db=conn,
        update_fields=["listed_on", "expires_on", "withdrawn_on", "revoked_on", "ends_on",
                       "decided_at", "withdrawn_at", "revoked_at"],
    )
    # the supervision class reads the listings' ends: its projection follows in this transaction
    await supervision.refresh(conn, [listing.enterprise_id])  # type: ignore[attr-defined]
