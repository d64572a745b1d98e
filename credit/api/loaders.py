"""One set of batch loaders per request (strawberry's DataLoader): a field that reads another
table for each object of a page asks its loader, and the loader reads for every object of
the page in one service call (one statement), so a page costs the same few statements
whether it shows 5 listings or 500; so do the records and enterprises of an answer
(``listingCandidates``, a profile's page of records), an enterprise's records, class and
rating included.

The reads are the services'; a loader only gathers keys and hands each field its part.
A batch holds at most a full page (``MAX_PAGE`` keys), so the statement's list of ids stays
bounded when aliases ask for several pages. Keys asked alike (same kind, moment, year) share
each statement of a batch; keys asked otherwise (an alias as known at another moment) read
apart, in the same batch. Aliases of a root field (``a: enterprise(...) b: enterprise(...)``)
each read their root first: their fields join one batch only when those roots answer in the
same turn of the event loop (often on PostgreSQL, not on SQLite's one connection).

Loaders never cache across a request's fields: a mutation may change what a later field
reads (``recordObjection`` then the payload's ``listing { objections }``, or two mutations
in one document), and each field must read what is stored when it runs, as it did alone.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from strawberry.dataloader import DataLoader

from credit.services import agency_rating as agency_service
from credit.services import listings as listing_service
from credit.services import persons as person_service
from credit.services import profiles
from credit.services import supervision as supervision_service
from credit.services.paging import MAX_PAGE

if TYPE_CHECKING:
    from credit.domain.agency_rating import Rated
    from credit.domain.persons import RoleTerm
    from credit.domain.supervision import Supervision
    from credit.services.paging import Page
    from credit.services.profiles import RecordView
    from credit.store.models import Listing, Objection
    from credit.store.persons import NamedPersonRow


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _batched(load: Callable[[Sequence[K]], Awaitable[Sequence[V]]]) -> DataLoader[K, V]:
    """A loader over a batch read: never caching (see above), at most a page of keys a batch."""
    return DataLoader(load, cache=False, max_batch_size=MAX_PAGE)


class Loaders:
    """A request's loaders, each made when a field first asks for it (most requests ask none)."""

    @cached_property
    def listing_persons(self) -> DataLoader[int, list[NamedPersonRow]]:
        """Listing id → the persons it names, in the order named (full numbers: mask them
        with ``person_service.listing_persons``)."""
        return _batched(person_service.named_by_listings)

    @cached_property
    def evidence_record_ids(self) -> DataLoader[int, list[int]]:
        """Listing id → the records it cites, in id order."""
        return _batched(listing_service.evidence_record_ids)

    @cached_property
    def objections(self) -> DataLoader[int, list[Objection]]:
        """Listing id → its objections, oldest first, whenever recorded."""
        return _batched(listing_service.objections_of_listings)

    @cached_property
    def authority_names(self) -> DataLoader[int, str]:
        """Authority id → its name (a credit record's 数据来源单位)."""
        return _batched(profiles.authority_names)

    @cached_property
    def enterprise_terms(self) -> DataLoader[int, list[RoleTerm]]:
        """Enterprise id → every term of its persons, oldest first (full numbers, whenever
        recorded: shown with ``person_service.enterprise_persons`` and ``principal_on``)."""
        return _batched(person_service.terms_of_enterprises)

    @cached_property
    def enterprise_listings(self) -> DataLoader[listing_service.EnterpriseListings, Page[Listing]]:
        """An enterprise's page of listings as asked (``listing_service.enterprise_listings``)
        → the page, as known at the moment asked."""
        return _batched(listing_service.listings_of_enterprises)

    @cached_property
    def enterprise_records(self) -> DataLoader[profiles.EnterpriseRecords, Page[RecordView]]:
        """An enterprise's page of credit records as asked (``profiles.enterprise_records``)
        → the page, as known at the moment asked."""
        return _batched(profiles.records_of_enterprises)

    @cached_property
    def supervisions(self) -> DataLoader[supervision_service.SupervisionAsked, Supervision]:
        """An enterprise's class as asked (``supervision_service.supervision_asked``) → the
        class, by the domain's rule over the facts as known at the moment asked."""
        return _batched(supervision_service.supervisions)

    @cached_property
    def agency_ratings(self) -> DataLoader[agency_service.AgencyAsked, Rated]:
        """An agency's rating as asked (``agency_service.agency_rating_asked``) → the rating
        of the year asked."""
        return _batched(agency_service.agency_ratings)
