"""Listings in and out of the store: rows to ``ListingFacts``, and the one writer of their dates.

The domain (credit.domain.listings) returns a listing's new facts after each step;
``write_listing`` stores them, and is the only place ``ends_on`` (the restriction
lookup's cache of ``ListingFacts.ends_on``) is written.
"""

from __future__ import annotations

from collections.abc import Iterable

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
from credit.store.models import Listing, Objection, RepairApplication


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
        repairs=tuple(
            RepairFacts(r.id, r.applied_on, RepairStatus(r.status), r.decided_on, r.revoked_on)
            for r in sorted(repairs, key=lambda r: r.id)
        ),
        objections=tuple(
            ObjectionFacts(o.id, o.filed_on, o.upheld, o.decided_on)
            for o in sorted(objections, key=lambda o: o.id)
        ),
    )


async def locked_listing(conn: BaseDBAsyncClient, listing_id: int) -> tuple[Listing, ListingFacts]:
    """Lock the listing row (one decision wins under concurrency) and load its facts."""
    listing = await Listing.select_for_update().using_db(conn).get(id=listing_id)
    repairs = await RepairApplication.filter(listing_id=listing_id).using_db(conn)
    objections = await Objection.filter(listing_id=listing_id).using_db(conn)
    return listing, facts_of(listing, repairs, objections)


async def write_listing(conn: BaseDBAsyncClient, listing: Listing, facts: ListingFacts) -> None:
    """Store a listing's dates as the domain returned them, with ``ends_on`` derived from them."""
    listing.listed_on = facts.listed_on
    listing.expires_on = facts.expires_on
    listing.withdrawn_on = facts.withdrawn_on
    listing.revoked_on = facts.revoked_on
    listing.ends_on = facts.ends_on
    await listing.save(
        using_db=conn,
        update_fields=["listed_on", "expires_on", "withdrawn_on", "revoked_on", "ends_on"],
    )
    # the supervision class reads the listings' ends: its projection follows in this transaction
    await supervision.refresh(conn, [listing.enterprise_id])  # type: ignore[attr-defined]
