"""Procurement side: batch restriction checks as of a moment, receipts, the change feed, catalogue."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import TypeVar

import strawberry
from strawberry.types import Info

from credit.api import metrics
from credit.api.context import get_caller
from credit.api.errors import UserError, UserErrors
from credit.api.types import (
    BanKind,
    Industry,
    ListedRole,
    ListingChange,
    ListingGround,
    ListKind,
    MeasureEffect,
    PageInfo,
    PersonBan,
    PersonChange,
    PersonDomain,
    PersonStatus,
    RestrictionDomain,
    RestrictionStatus,
)
from credit.domain import catalogue as catalogue_rules
from credit.domain import persons as person_rules
from credit.domain.calendar import china_today
from credit.services import catalogues, checks, feed
from credit.services import persons as person_service
from credit.services.paging import page_size


@strawberry.type
class RestrictionReason:
    """A listing in force at asOf with a measure in the checked domain (effect PROHIBIT or
    RESTRICT), or a benefit of an incentive list (守信激励) the enterprise is on at asOf
    (effect BENEFIT: incentive names the list, the listing's fields are null). A benefit
    never changes the status."""

    listing_id: strawberry.ID | None
    list_kind: ListKind | None  # type: ignore[valid-type]
    ground: ListingGround | None  # type: ignore[valid-type]
    measure: str
    effect: MeasureEffect  # type: ignore[valid-type]
    authority_name: str | None
    decision_number: str | None
    listed_on: date | None
    expires_on: date | None
    incentive: str | None = strawberry.field(
        default=None, description="The incentive list of a BENEFIT reason (e.g. TRUSTWORTHY)."
    )


@strawberry.type
class RestrictionResult:
    code: str = strawberry.field(description="The normalised code (spaces removed, upper case).")
    status: RestrictionStatus  # type: ignore[valid-type]
    enterprise_name: str | None = strawberry.field(description="null for a code the service has never seen")
    reasons: list[RestrictionReason]


R = TypeVar("R")

#: results completed between two turns of the event loop (~45 µs each through Strawberry:
#: a slice holds the loop ~10 ms instead of 5,000 codes holding it a quarter of a second)
_SLICE = 200


async def _in_slices(results: list[R]) -> AsyncIterator[R]:
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
    as_known_at: datetime | None = strawberry.field(
        description="The moment the answer is as known at (null: as known now, at checkedAt)."
    )
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
class PersonReceiptResult:
    id_number: str = strawberry.field(description="masked, as the check answered it")
    status: PersonStatus  # type: ignore[valid-type]


@strawberry.type
class VerifiedReceipt:
    valid: bool
    check_id: strawberry.ID | None = None
    checked_at: datetime | None = None
    as_of: datetime | None = None
    domain: RestrictionDomain | None = None  # type: ignore[valid-type]
    catalogue_version: str | None = None
    results: list[ReceiptResult] | None = strawberry.field(default=None, description="a restrictionCheck's receipt")
    person_results: list[PersonReceiptResult] | None = strawberry.field(
        default=None, description="a personCheck's receipt (results and domain are then null)"
    )
    as_known_at: datetime | None = strawberry.field(
        default=None, description="a receipt of a check made with asKnownAt: that moment"
    )


# ----------------------------------------------------------------------------- persons


@strawberry.type
class PersonMeasure:
    """A measure on the persons a listing names, from the catalogue in use."""

    domain: PersonDomain  # type: ignore[valid-type]
    list_kind: ListKind  # type: ignore[valid-type]
    effect: MeasureEffect  # type: ignore[valid-type]
    measure: str


@strawberry.type(description="A listing in force at asOf that names the person.")
class PersonReason:
    listing_id: strawberry.ID
    list_kind: ListKind  # type: ignore[valid-type]
    ground: ListingGround  # type: ignore[valid-type]
    role: ListedRole  # type: ignore[valid-type]
    enterprise_code: str
    enterprise_name: str
    listed_on: date
    expires_on: date
    authority_name: str
    measures: list[PersonMeasure] = strawberry.field(
        description="The catalogue's measures on persons listed so, in the version in force at asOf.",
    )


@strawberry.type
class PersonResult:
    id_number: str = strawberry.field(description="Masked: first 6 and last 4 characters kept.")
    status: PersonStatus  # type: ignore[valid-type]
    reasons: list[PersonReason]
    bans: list[PersonBan] = strawberry.field(description="Bans (职业禁入) in force at asOf.")


def _person_results(check: strawberry.Parent[person_service.PersonCheck]) -> list[PersonResult]:
    if len(check.results) <= _SLICE:
        return check.results  # type: ignore[return-value]
    return _in_slices(check.results)  # type: ignore[return-value]


def _person_receipt(check: strawberry.Parent[person_service.PersonCheck]) -> str:
    return check.receipt()


@strawberry.type
class PersonCheck:
    check_id: strawberry.ID
    checked_at: datetime
    as_of: datetime
    receipt: str = strawberry.field(
        resolver=_person_receipt,
        description="Compact JWS (EdDSA) over the check (masked numbers and statuses); verifyReceipt reads it.",
    )
    results: list[PersonResult] = strawberry.field(resolver=_person_results)
    as_known_at: datetime | None = strawberry.field(
        description="The moment the answer is as known at (null: as known now, at checkedAt)."
    )


@strawberry.type
class PersonChangeNode:
    change: PersonChange  # type: ignore[valid-type]
    ban_id: strawberry.ID
    id_number: str = strawberry.field(description="masked")
    kind: BanKind  # type: ignore[valid-type]
    industry: Industry | None  # type: ignore[valid-type]
    starts_on: date
    ends_on: date | None
    authority_name: str
    effective_at: datetime = strawberry.field(description="00:00 China time of the change's date")
    recorded_at: datetime = strawberry.field(description="When the change became visible in the service")


@strawberry.type
class PersonChangeEdge:
    cursor: str
    node: PersonChangeNode


@strawberry.type
class PersonChangeConnection:
    edges: list[PersonChangeEdge]
    page_info: PageInfo


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


@strawberry.type(description="守信激励措施: what an incentive list earns; no domain: not shown in checks.")
class CatalogueBenefit:
    domain: RestrictionDomain | None  # type: ignore[valid-type]
    incentive: str
    measure: str


@strawberry.type
class MeasuresCatalogue:
    """联合惩戒措施目录, versioned: each version in force from its effective date."""

    version: str
    title: str
    effective_from: date | None = strawberry.field(description="null: in force from the start (version 1)")
    measures: list[CatalogueMeasure]
    person_measures: list[PersonMeasure]
    benefits: list[CatalogueBenefit]

    @classmethod
    def of(cls, cat: catalogue_rules.Catalogue) -> MeasuresCatalogue:
        return cls(
            version=cat.version, title=cat.title, effective_from=cat.effective_from,
            measures=[
                CatalogueMeasure(domain=m.domain, list_kind=m.list_kind, effect=m.effect, measure=m.measure)
                for m in cat.measures
            ],
            person_measures=cat.person_measures,  # type: ignore[arg-type]
            benefits=[CatalogueBenefit(domain=b.domain, incentive=b.incentive, measure=b.measure)
                      for b in cat.benefits],
        )


@strawberry.type
class PublishCataloguePayload:
    catalogue: MeasuresCatalogue | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ProcurementQuery:
    @strawberry.field(
        description=(
            "Is each code restricted in a domain at asOf (default now: checkedAt)? One result per input "
            "item, in input order, duplicates included. Codes are normalised (all whitespace removed, "
            "upper case); a malformed code is an INVALID_CODE item, never a failed batch; a code never "
            "seen is CLEAR with no name. Anonymous: up to 20 codes; with a key: up to 5,000. With "
            "asKnownAt (not after now, not before the service's first record), the answer the service "
            "would have given at that moment: facts, decisions, repairs and revocations recorded after "
            "it are left out; asKnownAt = an earlier check's checkedAt, with its asOf, gives its results."
        )
    )
    async def restriction_check(
        self,
        info: Info,
        codes: list[str],
        domain: RestrictionDomain,  # type: ignore[valid-type]
        as_of: datetime | None = None,
        as_known_at: datetime | None = None,
    ) -> RestrictionCheck:
        check = await checks.restriction_check(get_caller(info), codes, domain, as_of, as_known_at)
        metrics.count_check_results(check.domain.value, (r.status for r in check.results))
        # the service's Check and its results and reasons are served as they are (one shape)
        return check  # type: ignore[return-value]

    @strawberry.field(description="Is this receipt genuine? valid:false (no error) for anything altered or foreign.")
    def verify_receipt(self, receipt: str) -> VerifiedReceipt:
        verified = checks.verify_receipt(receipt)
        if not verified.valid:
            return VerifiedReceipt(valid=False)
        if verified.check == person_service.PERSON_CHECK:
            try:
                shown = [PersonReceiptResult(id_number=n, status=person_rules.PersonStatus(s)) for n, s in verified.results]
            except ValueError:
                return VerifiedReceipt(valid=False)
            return VerifiedReceipt(
                valid=True, check_id=strawberry.ID(verified.check_id or ""), checked_at=verified.checked_at,
                as_of=verified.as_of, as_known_at=verified.as_known_at, person_results=shown,
            )
        try:
            domain = catalogue_rules.RestrictionDomain(verified.domain or "")
        except ValueError:
            return VerifiedReceipt(valid=False)
        return VerifiedReceipt(
            valid=True, check_id=strawberry.ID(verified.check_id or ""), checked_at=verified.checked_at,
            as_of=verified.as_of, domain=domain, catalogue_version=verified.catalogue_version,
            as_known_at=verified.as_known_at,
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

    @strawberry.field(
        description="The joint punishment catalogue in force on a day (default today; regulators and admins)."
    )
    async def catalogue(self, info: Info, on: date | None = None) -> MeasuresCatalogue:
        cat = await catalogues.catalogue_for(get_caller(info), on or china_today())
        return MeasuresCatalogue.of(cat)


    @strawberry.field(
        description=(
            "Is each person listed or banned at asOf (default now)? One result per input item, in input "
            "order, duplicates included; numbers answered masked. A malformed number is an "
            "INVALID_ID_NUMBER item, never a failed batch; a number never seen is CLEAR. BANNED wins "
            "over LISTED. Up to 5,000 numbers (with restrictionCheck codes, per request). With "
            "asKnownAt (not after now, not before the service's first record), the answer the service "
            "would have given at that moment: listings, their steps and bans recorded after it are left "
            "out; asKnownAt = an earlier check's checkedAt, with its asOf, gives its results."
        )
    )
    async def person_check(
        self, info: Info, id_numbers: list[str], as_of: datetime | None = None, as_known_at: datetime | None = None
    ) -> PersonCheck:
        check = await person_service.person_check(get_caller(info), id_numbers, as_of, as_known_at)
        # the service's check and its results are served as they are (one shape)
        return check  # type: ignore[return-value]

    @strawberry.field(
        description="Bans recorded (BANNED) and ended (BAN_ENDED) in the order they became visible; gap-free "
                    "like listingChanges (listed persons travel with their listings in listingChanges)."
    )
    async def person_changes(
        self, info: Info, after: str | None = None, first: int | None = None
    ) -> PersonChangeConnection:
        items, more = await feed.person_changes(get_caller(info), after, page_size(first))
        edges = [
            PersonChangeEdge(cursor=i.cursor, node=PersonChangeNode(
                change=i.change, ban_id=strawberry.ID(str(i.ban_id)), id_number=i.id_number, kind=i.kind,
                industry=i.industry, starts_on=i.starts_on, ends_on=i.ends_on, authority_name=i.authority_name,
                effective_at=i.effective_at, recorded_at=i.recorded_at,
            ))
            for i in items
        ]
        end = edges[-1].cursor if edges else after
        return PersonChangeConnection(edges=edges, page_info=PageInfo(has_next_page=more, end_cursor=end))


@strawberry.type
class CatalogueMutation:
    @strawberry.mutation(
        description=(
            "Publish a catalogue version (admin): TOML with version, effective_from (a date), title and "
            "[[measure]] tables. Checks as of a moment from effective_from on use it; earlier moments "
            "keep the version then in force."
        ),
        extensions=[UserErrors()],
    )
    async def publish_catalogue(self, info: Info, toml: str) -> PublishCataloguePayload:
        published = await catalogues.publish_catalogue(get_caller(info), toml)
        return PublishCataloguePayload(catalogue=MeasuresCatalogue.of(published.catalogue))
