"""Procurement side: batch restriction checks as of a moment, receipts, the change feed, catalogue."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, datetime

import strawberry
from strawberry.types import Info

from credit.api import metrics
from credit.api.context import get_caller
from credit.api.types import (
    ListingChange,
    ListingGround,
    ListKind,
    MeasureEffect,
    PageInfo,
    RestrictionDomain,
    RestrictionStatus,
)
from credit.domain import catalogue as catalogue_rules
from credit.services import checks, feed
from credit.services.access import authorize
from credit.services.paging import page_size


@strawberry.type
class RestrictionReason:
    """A listing in force at asOf with a measure in the checked domain."""

    listing_id: strawberry.ID
    list_kind: ListKind  # type: ignore[valid-type]
    ground: ListingGround  # type: ignore[valid-type]
    measure: str
    effect: MeasureEffect  # type: ignore[valid-type]
    authority_name: str
    decision_number: str | None
    listed_on: date
    expires_on: date


@strawberry.type
class RestrictionResult:
    code: str = strawberry.field(description="The normalised code (spaces removed, upper case).")
    status: RestrictionStatus  # type: ignore[valid-type]
    enterprise_name: str | None = strawberry.field(description="null for a code the service has never seen")
    reasons: list[RestrictionReason]


#: results completed between two turns of the event loop (~45 µs each through Strawberry:
#: a slice holds the loop ~10 ms instead of 5,000 codes holding it a quarter of a second)
_SLICE = 200


async def _in_slices(results: list[checks.CheckResult]) -> AsyncIterator[checks.CheckResult]:
    """The results as an async iterator: graphql-core completes each item as it is yielded,
    so sleeping between slices lets other requests run while a large check is answered."""
    for index, result in enumerate(results):
        if index and index % _SLICE == 0:
            await asyncio.sleep(0)
        yield result


def _results(check: strawberry.Parent[checks.Check]) -> list[RestrictionResult]:
    # the service's results are served as they are (one shape); a large batch is completed
    # a slice at a time
    if len(check.results) <= _SLICE:
        return check.results  # type: ignore[return-value]
    return _in_slices(check.results)  # type: ignore[return-value]


@strawberry.type
class RestrictionCheck:
    check_id: strawberry.ID
    checked_at: datetime
    as_of: datetime
    domain: RestrictionDomain  # type: ignore[valid-type]
    catalogue_version: str
    receipt: str = strawberry.field(description="Compact JWS (EdDSA) over the check; verify offline with /.well-known/jwks.json.")
    results: list[RestrictionResult] = strawberry.field(resolver=_results)
    data_as_of: datetime | None = strawberry.field(description=(
        "How fresh the data was: every change committed up to this moment is in the results. "
        "checkedAt when read from the primary; read from a streaming replica, the commit time of the "
        "last transaction it had replayed (it may be fresher; when writes pause, this stays at the last "
        "write). Null only while a newly started replica has replayed nothing."
    ))


@strawberry.type
class ReceiptResult:
    code: str
    status: RestrictionStatus  # type: ignore[valid-type]


@strawberry.type
class VerifiedReceipt:
    valid: bool
    check_id: strawberry.ID | None = None
    checked_at: datetime | None = None
    as_of: datetime | None = None
    domain: RestrictionDomain | None = None  # type: ignore[valid-type]
    catalogue_version: str | None = None
    results: list[ReceiptResult] | None = None


@strawberry.type
class ListingChangeNode:
    code: str
    listing_id: strawberry.ID
    list_kind: ListKind  # type: ignore[valid-type]
    change: ListingChange  # type: ignore[valid-type]
    effective_at: datetime = strawberry.field(description="00:00 China time of the change's date")
    recorded_at: datetime = strawberry.field(description="When the change became visible in the service")


@strawberry.type
class ListingChangeEdge:
    cursor: str
    node: ListingChangeNode


@strawberry.type
class ListingChangeConnection:
    edges: list[ListingChangeEdge]
    page_info: PageInfo


@strawberry.type
class CatalogueMeasure:
    domain: RestrictionDomain  # type: ignore[valid-type]
    list_kind: ListKind  # type: ignore[valid-type]
    effect: MeasureEffect  # type: ignore[valid-type]
    measure: str


@strawberry.type
class MeasuresCatalogue:
    """联合惩戒措施目录, versioned."""

    version: str
    title: str
    measures: list[CatalogueMeasure]


@strawberry.type
class ProcurementQuery:
    @strawberry.field(
        description=(
            "Is each code restricted in a domain at asOf (default now)? One result per input item, in "
            "input order, duplicates included. Codes are normalised (all whitespace removed, upper "
            "case); a malformed code is an INVALID_CODE item, never a failed batch; a code never "
            "seen is CLEAR with no name. Anonymous: up to 20 codes; with a key: up to 5,000."
        )
    )
    async def restriction_check(
        self,
        info: Info,
        codes: list[str],
        domain: RestrictionDomain,  # type: ignore[valid-type]
        as_of: datetime | None = None,
    ) -> RestrictionCheck:
        check = await checks.restriction_check(get_caller(info), codes, domain, as_of)
        metrics.count_check_results(check.domain.value, (r.status for r in check.results))
        # the service's Check and its results and reasons are served as they are (one shape)
        return check  # type: ignore[return-value]

    @strawberry.field(description="Is this receipt genuine? valid:false (no error) for anything altered or foreign.")
    def verify_receipt(self, receipt: str) -> VerifiedReceipt:
        verified = checks.verify_receipt(receipt)
        if not verified.valid:
            return VerifiedReceipt(valid=False)
        try:
            domain = catalogue_rules.RestrictionDomain(verified.domain or "")
        except ValueError:
            return VerifiedReceipt(valid=False)
        return VerifiedReceipt(
            valid=True, check_id=strawberry.ID(verified.check_id or ""), checked_at=verified.checked_at,
            as_of=verified.as_of, domain=domain, catalogue_version=verified.catalogue_version,
            results=[
                ReceiptResult(code=c, status=catalogue_rules.RestrictionStatus(s))
                for c, s in verified.results
            ],
        )

    @strawberry.field(
        description=(
            "Published listing changes in the order they became visible (recordedAt, then sequence). "
            "Gap-free: a consumer paging with endCursor sees every change exactly once."
        )
    )
    async def listing_changes(
        self, info: Info, after: str | None = None, first: int | None = None
    ) -> ListingChangeConnection:
        items, more = await feed.listing_changes(get_caller(info), after, page_size(first))
        edges = [
            ListingChangeEdge(
                cursor=i.cursor,
                node=ListingChangeNode(
                    code=i.code, listing_id=strawberry.ID(str(i.listing_id)), list_kind=i.list_kind,
                    change=i.change, effective_at=i.effective_at, recorded_at=i.recorded_at,
                ),
            )
            for i in items
        ]
        end = edges[-1].cursor if edges else after
        return ListingChangeConnection(edges=edges, page_info=PageInfo(has_next_page=more, end_cursor=end))

    @strawberry.field(description="The joint punishment catalogue in use (regulators and admins).")
    def catalogue(self, info: Info) -> MeasuresCatalogue:
        authorize(get_caller(info), "catalogue")
        cat = checks.active_catalogue()
        return MeasuresCatalogue(
            version=cat.version, title=cat.title,
            measures=[
                CatalogueMeasure(domain=m.domain, list_kind=m.list_kind, effect=m.effect, measure=m.measure)
                for m in cat.measures
            ],
        )
