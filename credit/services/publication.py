"""Publication to the public (公示): the published rows for the pages, open data and
export; one listing's public detail; and when the rows last changed (ETag, Last-Modified).

A listing is published exactly while it is in force (ListingStatus.ACTIVE): publication
stops on the day it ends (expiry or repair), and a revoked listing was never published.
Public callers are anonymous: nothing here takes a Caller.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet

from credit import __version__
from credit.domain.calendar import CHINA, china_today, moment_of
from credit.domain.codes import (
    is_valid_region_prefix,
    is_valid_uscc,
    mask_id_number,
    normalise_code,
)
from credit.domain.listings import ListKind, status_on
from credit.domain.publication import (
    LIST_TITLES,
    Publication,
    PublishedListing,
    PublishedPerson,
    PublishedRow,
    ground_text,
    unpublished_reason,
)
from credit.services.common import parse_id
from credit.store import publication as store
from credit.store.listings import facts_of
from credit.store.models import Listing

PER_PAGE = 50
#: the longest a client or mirror may reuse open data without asking again
MAX_AGE_SECONDS = 300
#: bump when the open data's shape changes, so no client keeps a body of the old shape
REPRESENTATION = f"{__version__}/1"
Q_MAX_LENGTH = 100


class FilterError(ValueError):
    """A public filter that cannot be read; ``message`` is for the citizen (Chinese)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name
        self.message = message


@dataclass(frozen=True)
class PublicFilter:
    """``kind`` (blacklist by default), ``q`` a name fragment or a code, ``region`` a prefix."""

    kind: ListKind = ListKind.BLACKLIST
    q: str = ""
    region: str = ""

    @classmethod
    def parse(cls, kind: str | None = None, q: str | None = None, region: str | None = None) -> PublicFilter:
        raw_kind = (kind or ListKind.BLACKLIST.value).strip().upper()
        if raw_kind not in ListKind.__members__:
            raise FilterError("kind", "名单类别应为 BLACKLIST（严重失信主体名单）或 GREYLIST（重点关注名单）")
        text = " ".join((q or "").replace("\x00", "").split())
        if len(text) > Q_MAX_LENGTH:
            raise FilterError("q", f"查询内容最多{Q_MAX_LENGTH}个字")
        prefix = (region or "").strip()
        if prefix and not is_valid_region_prefix(prefix):
            raise FilterError("region", "地区代码应为2、4或6位数字，如 44 或 4403")
        return cls(ListKind(raw_kind), text, prefix)

    @property
    def code(self) -> str | None:
        """The normalised code when ``q`` is a valid 统一社会信用代码 (then it is not a name)."""
        code = normalise_code(self.q)
        return code if self.q and is_valid_uscc(code) else None

    @property
    def name_fragment(self) -> str | None:
        return None if self.code or not self.q else self.q

    @property
    def title(self) -> str:
        return LIST_TITLES[self.kind]

    def query_string(self, **extra: Any) -> str:
        """The URL query for these filters (defaults left out), plus ``extra`` (e.g. page)."""
        params: dict[str, Any] = {}
        if self.kind is not ListKind.BLACKLIST:
            params["kind"] = self.kind.value
        if self.q:
            params["q"] = self.q
        if self.region:
            params["region"] = self.region
        params.update({k: v for k, v in extra.items() if v is not None})
        return urlencode(params)


@dataclass(frozen=True)
class Published:
    """Published rows on a day: a page of them (``page`` set) or all of them."""

    filters: PublicFilter
    day: date
    rows: list[PublishedRow]
    total: int
    page: int | None = None
    per_page: int = PER_PAGE

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


async def published_listings(filters: PublicFilter, *, on: date | None = None, page: int | None = None) -> Published:
    """The listings in force on ``on`` (default: today in China) matching ``filters``,
    newest decision first; 50 a page when ``page`` is given, else all of them."""
    day = on or china_today()
    query = store.in_force(
        day, filters.kind.value, code=filters.code, name=filters.name_fragment, region=filters.region or None
    )
    if page is None:
        async with store.reading(bulk=True) as conn:
            rows = await store.published_rows(conn, query)
        return Published(filters, day, rows, len(rows))
    if page < 1:
        raise FilterError("page", "页码应为正整数")
    async with store.reading() as conn:
        total = await _count(conn, filters, day, query)
        rows = await store.published_rows(conn, query, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    return Published(filters, day, rows, total, page)


#: counts by what the rows follow from: (publication marks, day, filters)
_counts: OrderedDict[tuple[str, str, str], int] = OrderedDict()
_COUNTS_KEPT = 1024


async def _count(conn: BaseDBAsyncClient, filters: PublicFilter, day: date, query: QuerySet[Listing]) -> int:
    """The number of matching rows, counted once per state of the data.

    Counting the 70,000 listings in force costs about as much as the rest of a page
    together (tests/benchmarks/bench_public.py). The rows change only with the marks
    the ETag is made of (credit.store.publication.PublicationMarks), which one statement
    of index lookups reads; while they and the day stay the same, so does the count.
    """
    marks = await store.publication_marks(conn, day, filters.kind.value)
    key = (marks.token(), day.isoformat(), filters.query_string())
    if key in _counts:
        _counts.move_to_end(key)
        return _counts[key]
    total = await store.count(conn, query)
    _counts[key] = total
    if len(_counts) > _COUNTS_KEPT:
        _counts.popitem(last=False)
    return total


# ------------------------------------------------------------------ one listing


class NotPublished(Exception):
    """The listing is not published today: ``reason`` is Publication.GONE (ended) or NOT_FOUND."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def public_listing(listing_id: int | str, *, on: date | None = None) -> PublishedListing:
    """A listing's public detail if it is published on ``on`` (default: today in China).

    Ended (expired, repaired) listings raise NotPublished(GONE); undecided, withdrawn and
    revoked ones, like unknown ids, NotPublished(NOT_FOUND): all judged by status_on.
    """
    lid = parse_id(listing_id)
    if lid is None:
        raise NotPublished(Publication.NOT_FOUND)
    listing = await store.listing_with_parties(lid)
    if listing is None:
        raise NotPublished(Publication.NOT_FOUND)
    reason = unpublished_reason(status_on(facts_of(listing, list(listing.repairs)), on or china_today()))
    if reason is not None:
        raise NotPublished(reason)
    assert listing.listed_on is not None and listing.expires_on is not None  # in force: decided
    row = PublishedRow(
        listing_id=listing.id,
        list_kind=listing.list_kind,
        ground=listing.ground,
        enterprise_name=listing.enterprise.name,
        code=listing.enterprise.code,
        region_code=listing.enterprise.region_code,
        listed_on=listing.listed_on,
        expires_on=listing.expires_on,
        authority_name=listing.authority.name,
        authority_code=listing.authority.code,
        decision_number=listing.decision_number,
    )
    persons = [
        PublishedPerson(p.name, mask_id_number(p.id_number), p.role)
        for p in await store.listed_persons(lid)
    ]
    return PublishedListing(row, ground_text(row.ground), await store.cited_penalties(lid), persons)


# ------------------------------------------------------------------ versions for caches


@dataclass(frozen=True)
class Version:
    """What a client may cache the open data by.

    ``etag`` changes exactly when the rows can change: on any write (audit entry, key
    issued, feed clock) and on the days a listing of the kind starts or ends, and not on other
    midnights. ``last_modified`` is the latest of those moments. ``max_age`` ends at the
    next China midnight at the latest, when a listing may leave without any write.
    """

    etag: str
    last_modified: datetime
    max_age: int
    day: date = field(default_factory=china_today)


async def publication_version(filters: PublicFilter, representation: str, *, now: datetime | None = None) -> Version:
    """The version of the open data for ``filters`` in ``representation`` (json, csv), now.

    Read it before the rows: a write landing in between then gives a body newer than its
    ETag (the client fetches again later), never an old body under a new ETag.
    """
    now = now or datetime.now(UTC)
    day = china_today(now)
    async with store.reading() as conn:
        marks = await store.publication_marks(conn, day, filters.kind.value)
    basis = "|".join((REPRESENTATION, representation, filters.query_string(), marks.token()))
    etag = '"' + hashlib.sha256(basis.encode()).hexdigest()[:32] + '"'
    moments = [m for m in (marks.last_audit_at, marks.last_key_at, marks.feed_clock) if m is not None]
    moments += [moment_of(d) for d in (marks.last_start, marks.last_end) if d is not None]
    last_modified = max(moments, default=moment_of(day))
    next_midnight = datetime.combine(day + timedelta(days=1), datetime.min.time(), CHINA)
    max_age = max(0, min(MAX_AGE_SECONDS, int((next_midnight - now).total_seconds())))
    return Version(etag, last_modified, max_age, day)
