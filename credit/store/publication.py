"""Queries of the public pages (公示): the listings in force on a day, filtered and paged,
what a detail page shows of one listing, and the marks that say when those rows last
changed (for ETag and Last-Modified).

"In force" is status_condition(ListingStatus.ACTIVE, day), the SQL form of the domain's
status_on; nothing here restates it. Indexes: migrations/0004_public_search.py.

Reads run inside ``reading()``: on PostgreSQL each statement there is planned for the
values it is given. The connections' generic plans (DESIGN §5, right for the one-code
lookup whose planning time dominates) cannot see that "鹏城" matches 20 names and "有限"
a million, or that a region is 5% of the table; measured on the benchmark data, the
generic plan of the count read 130,000 index entries where the custom plan reads 70,000.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from pypika_tortoise.enums import JSONOperators
from pypika_tortoise.queries import Table
from pypika_tortoise.terms import BasicCriterion, Field, Function, ValueWrapper
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from credit.domain.listings import ListingStatus
from credit.domain.publication import PublishedPenalty, PublishedRow
from credit.store.db import is_postgres_connection
from credit.store.listing_status import status_condition
from credit.store.models import CreditRecord, Enterprise, Listing, ListingPerson
from credit.store.replica import read_connection_name

#: PublishedRow's fields and where each comes from
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
        return super().__eq__(other)

    __hash__ = BasicCriterion.__hash__


@asynccontextmanager
async def reading(*, bulk: bool = False) -> AsyncIterator[BaseDBAsyncClient]:
    """A connection for one public read (the replica's inside ``replica_reads``, see
    credit.store.replica); ``bulk`` for all rows at once (open data, export)."""
    async with in_transaction(read_connection_name()) as conn:
        if is_postgres_connection(connections.get("default")):
            await conn.execute_script("SET LOCAL plan_cache_mode = force_custom_plan")
            if bulk:  # sorting 100,000 joined rows in memory, not in a temporary file
                await conn.execute_script("SET LOCAL work_mem = '64MB'")
        yield conn


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
        # a code is 6 digits: a prefix is a range, which a B-tree answers in any collation
        # (LIKE 'prefix%' uses one only under the C collation)
        within = Enterprise.filter(region_code__gte=region.ljust(6, "0"), region_code__lte=region.ljust(6, "9"))
        query = query.filter(enterprise_id__in=Subquery(within.values("id")))
    return query


def _newest_first(query: QuerySet[Listing]) -> QuerySet[Listing]:
    # the order of the listing_published index: a page reads the index in order and stops
    return query.order_by("-listed_on", "-id")


def _row(values: dict[str, object]) -> PublishedRow:
    return PublishedRow(**values)  # type: ignore[arg-type]


async def published_rows(
    conn: BaseDBAsyncClient, query: QuerySet[Listing], *, offset: int = 0, limit: int | None = None
) -> list[PublishedRow]:
    """The rows of ``query``, newest first; a page when ``limit`` is given."""
    if limit is None:
        # tuples, not dicts: for 70,000 rows Tortoise's dict building was most of the time
        rows = await _newest_first(query).using_db(conn).values_list(*_ROW_FIELDS.values())
        names = list(_ROW_FIELDS)
        return [PublishedRow(**dict(zip(names, row, strict=True))) for row in rows]
    # Page in two steps: the page's ids from the index alone, then the joins for those
    # 50 rows only. One query with OFFSET would join (and discard) every skipped row.
    ids = await _newest_first(query).using_db(conn).offset(offset).limit(limit).values_list("id", flat=True)
    if not ids:
        return []
    by_id = {v["listing_id"]: v for v in await Listing.filter(id__in=ids).using_db(conn).values(**_ROW_FIELDS)}
    return [_row(by_id[i]) for i in ids if i in by_id]


async def count(conn: BaseDBAsyncClient, query: QuerySet[Listing]) -> int:
    return await query.using_db(conn).count()


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
    """Persons listed with the unit (第11号令), in the order the listing names them."""
    rows = await (
        ListingPerson.filter(listing_id=listing_id).order_by("id")
        .values_list("name", "person__id_number", "role")
    )
    return [ListedPerson(*row) for row in rows]


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
    last_listing_id: int  # also catches listings written outside the services (bulk loads)
    feed_clock: datetime | None
    last_start: date | None  # the latest listed_on on or before the day
    last_end: date | None  # the latest ends_on on or before the day

    def token(self) -> str:
        return "|".join(
            str(x) for x in (self.last_audit_id, self.last_key_id, self.last_listing_id,
                             self.feed_clock and self.feed_clock.isoformat(),
                             self.last_start, self.last_end)
        )


_MARKS_SQL = """
SELECT (SELECT id FROM audit_entry ORDER BY id DESC LIMIT 1),
       (SELECT at FROM audit_entry ORDER BY id DESC LIMIT 1),
       (SELECT id FROM api_key ORDER BY id DESC LIMIT 1),
       (SELECT recorded_at FROM api_key ORDER BY id DESC LIMIT 1),
       (SELECT id FROM listing ORDER BY id DESC LIMIT 1),
       (SELECT last_recorded_at FROM feed_clock WHERE id = 1),
       (SELECT listed_on FROM listing WHERE list_kind = :kind AND listed_on <= :day
        ORDER BY listed_on DESC LIMIT 1),
       (SELECT ends_on FROM listing WHERE list_kind = :kind AND ends_on <= :day
        ORDER BY ends_on DESC LIMIT 1)
"""


def _moment(value: object) -> datetime | None:
    # SQLite hands back the stored text; asyncpg a datetime
    return datetime.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


async def publication_marks(conn: BaseDBAsyncClient, day: date, kind: str) -> PublicationMarks:
    """Eight index lookups in one statement (one round trip: they run on every page view):
    the newest keys of audit_entry, api_key and listing, the feed clock row, and the
    latest start and end of the kind from the two listing indexes of migration 0007."""
    if conn.capabilities.dialect == "postgres":
        sql, params = _MARKS_SQL.replace(":kind", "$1").replace(":day", "$2"), [kind, day]
    else:
        sql, params = _MARKS_SQL.replace(":kind", "?").replace(":day", "?"), [kind, day.isoformat()] * 2
    _, rows = await conn.execute_query(sql, params)
    audit_id, audit_at, key_id, key_at, listing_id, clock, start, end = tuple(rows[0])
    return PublicationMarks(
        last_audit_id=audit_id or 0,
        last_audit_at=_moment(audit_at),
        last_key_id=key_id or 0,
        last_key_at=_moment(key_at),
        last_listing_id=listing_id or 0,
        feed_clock=_moment(clock),
        last_start=_day(start),
        last_end=_day(end),
    )
