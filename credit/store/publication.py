"""Queries of the public pages (公示): the listings in force on a day, filtered and paged,
what a detail page shows of one listing, and the marks that say when those rows last
changed (for ETag and Last-Modified).

"In force" is status_condition(ListingStatus.ACTIVE, day), the SQL form of the domain's
status_on; nothing here restates it. Indexes: migrations/0007_public_search.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from pypika_tortoise.enums import JSONOperators
from pypika_tortoise.queries import Table
from pypika_tortoise.terms import BasicCriterion, Field, Function, ValueWrapper
from tortoise import connections
from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from credit.domain.listings import ListingStatus
from credit.domain.publication import PublishedPenalty, PublishedRow
from credit.store.db import is_postgres_connection
from credit.store.listing_status import status_condition
from credit.store.models import ApiKey, AuditEntry, CreditRecord, Enterprise, FeedClock, Listing

_ROW_FIELDS = {
    "listing_id": "id",
    "list_kind": "list_kind",
    "ground": "ground",
    "enterprise_name": "enterprise__name",
    "code": "enterprise__code",
    "region_code": "enterprise__region_code",
    "listed_on": "listed_on",
    "expires_on": "expires_on",
    "authority_name": "authority__name",
    "authority_code": "authority__code",
    "decision_number": "decision_number",
}


class _NameBigramsContain(BasicCriterion):
    """``credit_name_bigrams(enterprise.name) @> credit_name_bigrams(q)``: the GIN-indexed
    prefilter of a name search on PostgreSQL (necessary, not sufficient: rechecked by LIKE)."""

    def __init__(self, fragment: str) -> None:
        name = Field("name", table=Table("enterprise"))
        super().__init__(
            JSONOperators.CONTAINS,
            Function("credit_name_bigrams", name),
            Function("credit_name_bigrams", ValueWrapper(fragment)),
        )

    def __eq__(self, other: object) -> BasicCriterion:  # type: ignore[override]
        # Tortoise filters an annotation as ``term == value``. Left alone that reads
        # ``(a @> b) = $n``, which a generic plan cannot match to the index: keep it bare.
        if other is True:
            return self
        return super().__eq__(other)  # type: ignore[no-any-return]

    __hash__ = BasicCriterion.__hash__


def _matching_enterprises(fragment: str) -> Subquery:
    """Ids of enterprises whose name contains ``fragment`` (case-insensitive for Latin letters)."""
    query = Enterprise.filter(name__icontains=fragment)
    # a single character has no bigram: an empty @> would match every row through the
    # whole index, so it is left to the LIKE alone
    if len(fragment) >= 2 and is_postgres_connection(connections.get("default")):
        query = query.annotate(_bigrams=_NameBigramsContain(fragment)).filter(_bigrams=True)
    return Subquery(query.values("id"))


def in_force(
    day: date, kind: str, *, code: str | None = None, name: str | None = None, region: str | None = None
) -> QuerySet[Listing]:
    """Listings of ``kind`` in force on ``day`` matching the filters (all optional)."""
    query = Listing.filter(status_condition(ListingStatus.ACTIVE, day), list_kind=kind)
    if code:
        query = query.filter(enterprise__code=code)
    if name:
        query = query.filter(enterprise_id__in=_matching_enterprises(name))
    if region:
        query = query.filter(enterprise__region_code__startswith=region)
    return query


def _newest_first(query: QuerySet[Listing]) -> QuerySet[Listing]:
    # the order of the listing_published index: a page reads the index in order and stops
    return query.order_by("-listed_on", "-id")


def _row(values: dict[str, object]) -> PublishedRow:
    return PublishedRow(**values)  # type: ignore[arg-type]


async def published_rows(query: QuerySet[Listing], *, offset: int = 0, limit: int | None = None) -> list[PublishedRow]:
    """The rows of ``query``, newest first; a page when ``limit`` is given."""
    if limit is None:
        values = await _newest_first(query).values(**_ROW_FIELDS)
        return [_row(v) for v in values]
    # Page in two steps: the page's ids from the index alone, then the joins for those
    # 50 rows only. One query with OFFSET would join (and discard) every skipped row.
    ids = await _newest_first(query).offset(offset).limit(limit).values_list("id", flat=True)
    if not ids:
        return []
    by_id = {v["listing_id"]: v for v in await Listing.filter(id__in=ids).values(**_ROW_FIELDS)}
    return [_row(by_id[i]) for i in ids if i in by_id]


# ------------------------------------------------------------------ one listing


async def listing_with_parties(listing_id: int) -> Listing | None:
    """A listing with its enterprise, deciding authority and repairs (for status_on)."""
    return await Listing.get_or_none(id=listing_id).prefetch_related("enterprise", "authority", "repairs")


async def cited_penalties(listing_id: int) -> list[PublishedPenalty]:
    """The penalties a listing cites, each as last corrected (a correction supersedes)."""
    cited = await (
        CreditRecord.filter(cited_by__listing_id=listing_id, kind="PENALTY")
        .order_by("occurred_on", "id").prefetch_related("authority")
    )
    shown = []
    for record in cited:  # a listing cites one or two penalties, a correction is rare
        latest = record
        while (correction := await CreditRecord.filter(supersedes_id=latest.id).order_by("-id")
               .prefetch_related("authority").first()) is not None:
            latest = correction
        shown.append(latest)
    return [
        PublishedPenalty(
            decision_number=r.decision_number,
            violation_type=r.violation_type,
            legal_basis=r.legal_basis,
            fine_yuan=None if r.fine_yuan is None else f"{r.fine_yuan:,.2f}",
            decided_on=r.occurred_on,
            authority_name=r.authority.name if r.authority else None,
        )
        for r in shown
    ]


class ListedPerson(NamedTuple):
    name: str
    id_number: str  # unmasked: the service masks it before anything is published
    role: str


async def listed_persons(listing_id: int) -> list[ListedPerson]:
    """Persons listed with the unit (第11号令).

    Empty until persons per listing are stored (ProposeListingInput.persons, contract-next):
    that change fills this function and the detail page shows them as they come.
    """
    return []


# ------------------------------------------------------------------ when the rows changed


@dataclass(frozen=True)
class PublicationMarks:
    """What the published rows of a list kind on a day follow from.

    The rows change only by a write (every regulator action writes an audit entry; every
    published change moves the feed clock; an authority is renamed only as a key is issued
    for it, in the same transaction) or by time: a listing enters on its
    ``listed_on`` and leaves at 00:00 China time on its ``ends_on`` without any write.
    Between two days with no start or end in between, the rows are the same.
    """

    last_audit_id: int
    last_audit_at: datetime | None
    last_key_id: int
    last_key_at: datetime | None
    feed_clock: datetime | None
    last_start: date | None  # the latest listed_on on or before the day
    last_end: date | None  # the latest ends_on on or before the day

    def token(self) -> str:
        return "|".join(
            str(x) for x in (self.last_audit_id, self.last_key_id, self.feed_clock and self.feed_clock.isoformat(),
                             self.last_start, self.last_end)
        )


async def publication_marks(day: date, kind: str) -> PublicationMarks:
    """Five index lookups (the keys of audit_entry and api_key, the feed clock row, two
    listing indexes)."""
    audit = await AuditEntry.all().order_by("-id").limit(1).values("id", "at")
    key = await ApiKey.all().order_by("-id").limit(1).values("id", "recorded_at")
    clock = await FeedClock.filter(id=1).values_list("last_recorded_at", flat=True)
    start = await (
        Listing.filter(list_kind=kind, listed_on__lte=day).order_by("-listed_on").limit(1)
        .values_list("listed_on", flat=True)
    )
    end = await (
        Listing.filter(list_kind=kind, ends_on__lte=day).order_by("-ends_on").limit(1)
        .values_list("ends_on", flat=True)
    )
    return PublicationMarks(
        last_audit_id=audit[0]["id"] if audit else 0,
        last_audit_at=audit[0]["at"] if audit else None,
        last_key_id=key[0]["id"] if key else 0,
        last_key_at=key[0]["recorded_at"] if key else None,
        feed_clock=clock[0] if clock else None,  # type: ignore[arg-type]
        last_start=start[0] if start else None,  # type: ignore[arg-type]
        last_end=end[0] if end else None,  # type: ignore[arg-type]
    )
