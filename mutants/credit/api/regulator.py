"""Regulators' side of the API: register, record, and run the listing procedure."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from credit.api.context import get_caller
from credit.api.errors import bad_input, from_access_denied
from credit.api.types import (
    LISTING_RELATIONS,
    Connection,
    CreditRecord,
    Enterprise,
    HonourLevel,
    Industry,
    Listing,
    ListingConnection,
    ListingGround,
    ListingStatus,
    ListKind,
    Objection,
    RepairApplication,
    UserError,
    after_id,
    connection_of,
    page_size,
)
from credit.domain.calendar import china_date_of, china_today
from credit.domain.codes import is_valid_uscc, normalise_code
from credit.domain.records import CreditRecordKind
from credit.services import listings as listing_service
from credit.services import records as record_service
from credit.services.auth import AccessDenied, Role
from credit.services.common import Refused
from credit.store import models
from credit.store.listing_status import status_condition

P = TypeVar("P")


async def run_action(build: Callable[[list[UserError]], P], action: Awaitable[P]) -> P:
    """Run a service action: refusals become ``userErrors``, access failures GraphQL errors."""
    try:
        return await action
    except Refused as refused:
        return build(
            [UserError(field=v.field, code=v.code, message=v.message) for v in refused.violations]
        )
    except AccessDenied as denied:
        raise from_access_denied(denied) from denied


# ----------------------------------------------------------------------------- inputs


@strawberry.input
class PrincipalInput:
    name: str
    id_number: str


@strawberry.input
class RegisterEnterpriseInput:
    code: str
    name: str
    region_code: str
    industry: Industry  # type: ignore[valid-type]
    principal: PrincipalInput | None = None


@strawberry.input
class UpdateEnterpriseInput:
    code: str
    name: str | None = None
    region_code: str | None = None
    industry: Industry | None = None  # type: ignore[valid-type]
    principal: PrincipalInput | None = None


@strawberry.input
class RecordAccidentInput:
    code: str
    occurred_on: date
    deaths: int
    serious_injuries: int
    direct_loss_yuan: Decimal
    concealed: bool = False
    description: str = ""
    supersedes_record_id: strawberry.ID | None = strawberry.field(
        default=None, description="Set to correct an earlier record: the new one supersedes it."
    )


@strawberry.input
class RecordPenaltyInput:
    code: str
    decision_number: str
    decided_on: date
    violation_type: str
    legal_basis: str
    fine_yuan: Decimal
    description: str = ""
    supersedes_record_id: strawberry.ID | None = None


@strawberry.input
class RecordCreditFactInput:
    """Hazard (重大事故隐患未整改), honour (表彰: level required) or commitment (信用承诺)."""

    code: str
    occurred_on: date
    description: str
    reference: str | None = None
    level: HonourLevel | None = None  # type: ignore[valid-type]
    supersedes_record_id: strawberry.ID | None = None


@strawberry.input
class ProposeListingInput:
    code: str
    list_kind: ListKind  # type: ignore[valid-type]
    ground: ListingGround  # type: ignore[valid-type]
    evidence_record_ids: list[strawberry.ID]
    notified_on: date


@strawberry.input
class RecordObjectionInput:
    listing_id: strawberry.ID
    filed_on: date
    statement: str


@strawberry.input
class DecideObjectionInput:
    objection_id: strawberry.ID
    upheld: bool
    decided_on: date
    reason: str


@strawberry.input
class DecideListingInput:
    listing_id: strawberry.ID
    decision_number: str
    decided_on: date


@strawberry.input
class RevokeListingInput:
    listing_id: strawberry.ID
    revoked_on: date
    reason: str


@strawberry.input
class ApplyCreditRepairInput:
    listing_id: strawberry.ID
    applied_on: date
    statement: str


@strawberry.input
class DecideCreditRepairInput:
    application_id: strawberry.ID
    approved: bool
    decided_on: date
    reason: str


@strawberry.input
class RevokeCreditRepairInput:
    application_id: strawberry.ID
    revoked_on: date
    reason: str


# ----------------------------------------------------------------------------- payloads


@strawberry.type
class EnterprisePayload:
    enterprise: Enterprise | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CreditRecordPayload:
    record: CreditRecord | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ListingPayload:
    listing: Listing | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ObjectionPayload:
    objection: Objection | None = None
    listing: Listing | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RepairPayload:
    application: RepairApplication | None = None
    listing: Listing | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _principal(p: PrincipalInput | None) -> record_service.PrincipalInput | None:
    return record_service.PrincipalInput(p.name, p.id_number) if p else None


def _sup(raw: strawberry.ID | None) -> int | None:
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        return -1
    return value if 0 < value <= listing_service.MAX_ROW_ID else -1


async def _enterprise_payload(coro: Awaitable[models.Enterprise]) -> EnterprisePayload:
    return EnterprisePayload(enterprise=Enterprise(_model=await coro))


async def _record_payload(coro: Awaitable[models.CreditRecord]) -> CreditRecordPayload:
    return CreditRecordPayload(record=CreditRecord(_model=await coro))


async def _listing_payload(coro: Awaitable[models.Listing]) -> ListingPayload:
    return ListingPayload(listing=Listing(_model=await coro))


async def _repair_payload(coro: Awaitable[tuple[models.RepairApplication, models.Listing]]) -> RepairPayload:
    application, listing = await coro
    return RepairPayload(application=RepairApplication(_model=application), listing=Listing(_model=listing))


async def _application_payload(coro: Awaitable[models.RepairApplication]) -> RepairPayload:
    application = await coro
    listing = await models.Listing.get(id=application.listing_id)  # type: ignore[attr-defined]
    return RepairPayload(application=RepairApplication(_model=application), listing=Listing(_model=listing))


@strawberry.type
class RegulatorMutation:
    @strawberry.mutation(description="登记企业. A code is registered once; the region must be yours.")
    async def register_enterprise(self, info: Info, input: RegisterEnterpriseInput) -> EnterprisePayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: EnterprisePayload(user_errors=errors),
            _enterprise_payload(record_service.register_enterprise(
                caller, code=input.code, name=input.name, region_code=input.region_code,
                industry=input.industry.value, principal=_principal(input.principal),
            )),
        )

    @strawberry.mutation(description="Change registered details; the audit trail keeps the old ones.")
    async def update_enterprise(self, info: Info, input: UpdateEnterpriseInput) -> EnterprisePayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: EnterprisePayload(user_errors=errors),
            _enterprise_payload(record_service.update_enterprise(
                caller, code=input.code, name=input.name, region_code=input.region_code,
                industry=input.industry.value if input.industry else None,
                principal=_principal(input.principal),
            )),
        )

    @strawberry.mutation(description="生产安全事故. The grade is derived: the highest any of deaths, injuries, loss reaches.")
    async def record_accident(self, info: Info, input: RecordAccidentInput) -> CreditRecordPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: CreditRecordPayload(user_errors=errors),
            _record_payload(record_service.record_accident(
                caller, code=input.code, occurred_on=input.occurred_on, deaths=input.deaths,
                serious_injuries=input.serious_injuries, direct_loss_yuan=input.direct_loss_yuan,
                concealed=input.concealed, description=input.description,
                supersedes_id=_sup(input.supersedes_record_id),
            )),
        )

    @strawberry.mutation(description="行政处罚决定.")
    async def record_penalty(self, info: Info, input: RecordPenaltyInput) -> CreditRecordPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: CreditRecordPayload(user_errors=errors),
            _record_payload(record_service.record_penalty(
                caller, code=input.code, decision_number=input.decision_number,
                decided_on=input.decided_on, violation_type=input.violation_type,
                legal_basis=input.legal_basis, fine_yuan=input.fine_yuan,
                description=input.description, supersedes_id=_sup(input.supersedes_record_id),
            )),
        )

    async def _simple(self, info: Info, kind: CreditRecordKind, input: RecordCreditFactInput) -> CreditRecordPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: CreditRecordPayload(user_errors=errors),
            _record_payload(record_service.record_simple(
                caller, kind, code=input.code, occurred_on=input.occurred_on,
                description=input.description, reference=input.reference,
                level=input.level.value if input.level else None,
                supersedes_id=_sup(input.supersedes_record_id),
            )),
        )

    @strawberry.mutation(description="重大事故隐患未整改 (unrectified major hazard).")
    async def record_hazard(self, info: Info, input: RecordCreditFactInput) -> CreditRecordPayload:
        return await RegulatorMutation._simple(self, info, CreditRecordKind.HAZARD, input)

    @strawberry.mutation(description="安全生产表彰 (honour); level CITY, PROVINCE or NATIONAL.")
    async def record_honour(self, info: Info, input: RecordCreditFactInput) -> CreditRecordPayload:
        return await RegulatorMutation._simple(self, info, CreditRecordKind.HONOUR, input)

    @strawberry.mutation(description="安全生产信用承诺 (credit commitment).")
    async def record_commitment(self, info: Info, input: RecordCreditFactInput) -> CreditRecordPayload:
        return await RegulatorMutation._simple(self, info, CreditRecordKind.COMMITMENT, input)

    @strawberry.mutation(description="告知: propose a listing; evidence must support the ground.")
    async def propose_listing(self, info: Info, input: ProposeListingInput) -> ListingPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: ListingPayload(user_errors=errors),
            _listing_payload(listing_service.propose_listing(
                caller, code=input.code, list_kind=input.list_kind.value, ground=input.ground.value,
                evidence_record_ids=list(input.evidence_record_ids), notified_on=input.notified_on,
            )),
        )

    @strawberry.mutation(description="陈述申辩: record the party's objection, up to the deadline.")
    async def record_objection(self, info: Info, input: RecordObjectionInput) -> ObjectionPayload:
        caller = get_caller(info)

        async def act() -> ObjectionPayload:
            objection = await listing_service.record_objection(
                caller, listing_id=input.listing_id, filed_on=input.filed_on, statement=input.statement
            )
            listing = await models.Listing.get(id=objection.listing_id)  # type: ignore[attr-defined]
            return ObjectionPayload(objection=Objection(_model=objection), listing=Listing(_model=listing))

        return await run_action(lambda errors: ObjectionPayload(user_errors=errors), act())

    @strawberry.mutation(description="Decide an objection; upheld withdraws the proposal (WITHDRAWN).")
    async def decide_objection(self, info: Info, input: DecideObjectionInput) -> ObjectionPayload:
        caller = get_caller(info)

        async def act() -> ObjectionPayload:
            objection, listing = await listing_service.decide_objection(
                caller, objection_id=input.objection_id, upheld=input.upheld,
                decided_on=input.decided_on, reason=input.reason,
            )
            return ObjectionPayload(objection=Objection(_model=objection), listing=Listing(_model=listing))

        return await run_action(lambda errors: ObjectionPayload(user_errors=errors), act())

    @strawberry.mutation(description="书面决定: in force from decidedOn for the list kind's period.")
    async def decide_listing(self, info: Info, input: DecideListingInput) -> ListingPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: ListingPayload(user_errors=errors),
            _listing_payload(listing_service.decide_listing(
                caller, listing_id=input.listing_id, decision_number=input.decision_number,
                decided_on=input.decided_on,
            )),
        )

    @strawberry.mutation(description="撤销: void an erroneous listing from its start.")
    async def revoke_listing(self, info: Info, input: RevokeListingInput) -> ListingPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: ListingPayload(user_errors=errors),
            _listing_payload(listing_service.revoke_listing(
                caller, listing_id=input.listing_id, revoked_on=input.revoked_on, reason=input.reason
            )),
        )

    @strawberry.mutation(description="信用修复申请, from listedOn + 12 months while in force.")
    async def apply_credit_repair(self, info: Info, input: ApplyCreditRepairInput) -> RepairPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: RepairPayload(user_errors=errors),
            _application_payload(listing_service.apply_credit_repair(
                caller, listing_id=input.listing_id, applied_on=input.applied_on,
                statement=input.statement,
            )),
        )

    @strawberry.mutation(description="Approve (the listing ends on decidedOn: REPAIRED) or reject.")
    async def decide_credit_repair(self, info: Info, input: DecideCreditRepairInput) -> RepairPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: RepairPayload(user_errors=errors),
            _repair_payload(listing_service.decide_credit_repair(
                caller, application_id=input.application_id, approved=input.approved,
                decided_on=input.decided_on, reason=input.reason,
            )),
        )

    @strawberry.mutation(description="Revoke a repair obtained by deceit: the listing is restored.")
    async def revoke_credit_repair(self, info: Info, input: RevokeCreditRepairInput) -> RepairPayload:
        caller = get_caller(info)
        return await run_action(
            lambda errors: RepairPayload(user_errors=errors),
            _repair_payload(listing_service.revoke_credit_repair(
                caller, application_id=input.application_id, revoked_on=input.revoked_on,
                reason=input.reason,
            )),
        )


# ----------------------------------------------------------------------------- queries


@strawberry.type
class AuditEntry:
    id: strawberry.ID
    at: datetime
    actor: str
    role: str
    authority_code: str | None
    action: str
    entity: str
    entity_id: str
    before: JSON | None
    after: JSON | None


@strawberry.type
class ListingCandidate:
    """An enterprise whose records meet a blacklist ground but that is not listed."""

    enterprise: Enterprise
    grounds: list[ListingGround]  # type: ignore[valid-type]
    evidence: list[CreditRecord]


def _guard(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except AccessDenied as denied:
        raise from_access_denied(denied) from denied


@strawberry.type
class RegulatorQuery:
    @strawberry.field(description="An enterprise's profile. Procurement and insurers see published facts only.")
    async def enterprise(self, info: Info, code: str) -> Enterprise | None:
        caller = get_caller(info)
        _guard(lambda: caller.require(Role.PROCUREMENT, Role.INSURER, Role.REGULATOR, Role.ADMIN))
        normalised = normalise_code(code)
        if not is_valid_uscc(normalised):
            raise bad_input(f"统一社会信用代码不正确:{code}")
        model = await models.Enterprise.get_or_none(code=normalised)
        return Enterprise(_model=model) if model else None

    @strawberry.field
    async def listing(self, info: Info, id: strawberry.ID) -> Listing | None:
        caller = get_caller(info)
        _guard(lambda: caller.require(Role.PROCUREMENT, Role.INSURER, Role.REGULATOR, Role.ADMIN))
        try:
            pk = int(id)
        except ValueError:
            return None
        if not 0 < pk <= listing_service.MAX_ROW_ID:
            return None
        model = await models.Listing.get_or_none(id=pk)
        if model is None or (model.listed_on is None and not caller.sees_unpublished()):
            return None
        return Listing(_model=model)

    @strawberry.field(description="Search listings by kind, status at asOf, region, authority and date range.")
    async def listings(
        self,
        info: Info,
        list_kind: ListKind | None = None,  # type: ignore[valid-type]
        status: ListingStatus | None = None,  # type: ignore[valid-type]
        region: str | None = None,
        authority_code: str | None = None,
        listed_from: date | None = None,
        listed_to: date | None = None,
        as_of: datetime | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> ListingConnection:
        caller = get_caller(info)
        _guard(lambda: caller.require(Role.PROCUREMENT, Role.INSURER, Role.REGULATOR, Role.ADMIN))
        limit = page_size(first)
        query = models.Listing.all()
        if not caller.sees_unpublished():
            query = query.filter(listed_on__not_isnull=True)
        if list_kind is not None:
            query = query.filter(list_kind=list_kind.value)
        if region:
            query = query.filter(enterprise__region_code__startswith=region)
        if authority_code:
            query = query.filter(authority__code=normalise_code(authority_code))
        if listed_from:
            query = query.filter(listed_on__gte=listed_from)
        if listed_to:
            query = query.filter(listed_on__lte=listed_to)
        if status is not None:
            query = query.filter(status_condition(status, china_date_of(as_of or datetime.now(UTC))))
        total = await query.count()
        rows = await (
            query.filter(id__gt=after_id(after)).order_by("id").limit(limit + 1)
            .prefetch_related(*LISTING_RELATIONS)
        )
        return connection_of(rows, limit, total, lambda m: Listing(_model=m))

    @strawberry.field(description="Every regulator action on an enterprise, oldest first (regulators, admins).")
    async def audit_trail(
        self, info: Info, code: str, first: int | None = None, after: str | None = None
    ) -> Connection[AuditEntry]:
        caller = get_caller(info)
        _guard(lambda: caller.require(Role.REGULATOR, Role.ADMIN))
        limit = page_size(first)
        normalised = normalise_code(code)
        query = models.AuditEntry.filter(enterprise_code=normalised)
        total = await query.count()
        rows = await query.filter(id__gt=after_id(after)).order_by("id").limit(limit + 1)
        return connection_of(
            rows, limit, total,
            lambda e: AuditEntry(
                id=strawberry.ID(str(e.id)), at=e.at, actor=e.actor, role=e.role,
                authority_code=e.authority_code, action=e.action, entity=e.entity,
                entity_id=e.entity_id, before=e.before, after=e.after,
            ),
        )

    @strawberry.field(description="Enterprises meeting a blacklist ground with no listing yet (region prefix).")
    async def listing_candidates(
        self, info: Info, region: str, as_of: date | None = None
    ) -> list[ListingCandidate]:
        caller = get_caller(info)
        try:
            found = await listing_service.listing_candidates(
                caller, region=region, as_of=as_of or china_today()
            )
        except AccessDenied as denied:
            raise from_access_denied(denied) from denied
        return [
            ListingCandidate(
                enterprise=Enterprise(_model=e), grounds=list(grounds),
                evidence=[CreditRecord(_model=r) for r in records],
            )
            for e, grounds, records in found
        ]
