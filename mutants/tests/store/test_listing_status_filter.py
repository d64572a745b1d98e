"""The SQL status condition reads every listing exactly as the domain's status_on does."""

from __future__ import annotations

from datetime import timedelta

from helpers import EXPIRES, NOTIFIED, REPAIRED, WITHDRAWN, D, listings_in_every_state

from credit.domain.listings import ListingStatus, status_on
from credit.store.listing_status import status_condition
from credit.store.listings import facts_of
from credit.store.models import Listing


async def test_status_condition_agrees_with_status_on_on_every_boundary_day(db: str) -> None:
    await listings_in_every_state()
    listings = await Listing.all().prefetch_related("repairs")
    probes = {NOTIFIED, WITHDRAWN, D, REPAIRED, EXPIRES}
    days = sorted({p + timedelta(days=delta) for p in probes for delta in (-1, 0, 1)})
    seen: set[ListingStatus] = set()
    for day in days:
        for status in ListingStatus:
            expected = {
                item.id for item in listings
                if status_on(facts_of(item, list(item.repairs)), day) is status
            }
            found = set(await Listing.filter(status_condition(status, day)).values_list("id", flat=True))
            assert found == expected, (status, day)
            seen |= {status} if expected else set()
    assert seen == set(ListingStatus)  # every status was exercised
