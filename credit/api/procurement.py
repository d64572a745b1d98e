"""Procurement side: batch restriction checks as of a moment, receipts, the change feed, catalogue."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry.types import Info

from credit.api import metrics
from credit.api.context import get_caller
from credit.api.errors import bad_input, from_access_denied
from credit.api.types import (
    ListingChange,
    ListingGround,
    ListKind,
    MeasureEffect,
    PageInfo,
    RestrictionDomain,
    RestrictionStatus,
    page_size,
)
from credit.domain import catalogue as catalogue_rules
from credit.services import checks, feed
from credit.services.auth import AccessDenied, Role


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


@strawberry.type
class RestrictionCheck:
    check_id: strawberry.ID
    checked_at: datetime
    as_of: datetime
    domain: RestrictionDomain  # type: ignore[valid-type]
    catalogue_version: str
    receipt: str = strawberry.field(description="Compact JWS (EdDSA) over the check; verify offline with /.well-known/jwks.json.")
    results: list[RestrictionResult]


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


def to_result(result: checks.CheckResult) -> RestrictionResult:
    return RestrictionResult(
        code=result.code,
        status=result.status,
        enterprise_name=result.enterprise_name,
        reasons=[
            RestrictionReason(
                listing_id=strawberry.ID(str(r.listing_id)), list_kind=r.list_kind, ground=r.ground,
                measure=r.measure, effect=r.effect, authority_name=r.authority_name,
                decision_number=r.decision_number, listed_on=r.listed_on, expires_on=r.expires_on,
            )
            for r in result.reasons
        ],
    )


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
        caller = get_caller(info)
        try:
            check = await checks.restriction_check(caller, codes, domain, as_of)
        except AccessDenied as denied:
            raise from_access_denied(denied) from denied
        except checks.CheckInputError as exc:
            raise bad_input(str(exc)) from exc
        metrics.count_check_results(check.domain.value, (r.status for r in check.results))
        return RestrictionCheck(
            check_id=strawberry.ID(check.check_id), checked_at=check.checked_at, as_of=check.as_of,
            domain=check.domain, catalogue_version=check.catalogue_version, receipt=check.receipt,
            results=[to_result(r) for r in check.results],
        )

    @strawberry.field(description="Is this receipt genuine? valid:false (no error) for anything altered or foreign.")
    def verify_receipt(self, receipt: str) -> VerifiedReceipt:
        verified = checks.verify_receipt(receipt)
        if not verified.valid:
            return VerifiedReceipt(valid=False)
        try:
            domain = catalogue_rules.RestrictionDomain(verified.domain)
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
        caller = get_caller(info)
        limit = page_size(first)
        try:
            items, more = await feed.listing_changes(caller, after, limit)
        except AccessDenied as denied:
            raise from_access_denied(denied) from denied
        except feed.CursorError as exc:
            raise bad_input(str(exc)) from exc
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
        caller = get_caller(info)
        try:
            caller.require(Role.REGULATOR, Role.ADMIN)
        except AccessDenied as denied:
            raise from_access_denied(denied) from denied
        cat = checks.active_catalogue()
        return MeasuresCatalogue(
            version=cat.version, title=cat.title,
            measures=[
                CatalogueMeasure(domain=m.domain, list_kind=m.list_kind, effect=m.effect, measure=m.measure)
                for m in cat.measures
            ],
        )
