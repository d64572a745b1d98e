"""Regulators' side of the API: register, record, and run the listing procedure.

Mutations are registered from one table (``action``): each names its service
action, input and payload; every one takes ``input``, passes its fields to the
action as keywords, and returns refusals as ``userErrors`` (api.errors.UserErrors).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info
from tortoise.models import Model

from credit.api.context import get_caller
from credit.api.errors import UserError, UserErrors
from credit.api.operations import DeliveryStateEnum
from credit.api.types import (
    BanKind,
    Connection,
    CreditRecord,
    Edge,
    Enterprise,
    EnterpriseRole,
    HonourLevel,
    IdType,
    Industry,
    Inspection,
    InspectionKind,
    ListedRole,
    Listing,
    ListingConnection,
    ListingGround,
    ListingStatus,
    ListKind,
    Objection,
    PageInfo,
    PenaltyCategory,
    PersonBan,
    RepairApplication,
    SupervisionClass,
    connection_of,
)
from credit.domain.calendar import china_today
from credit.domain.records import CreditRecordKind
from credit.push.dispatcher import DeliveryState
from credit.services import deadlines, profiles
from credit.services import listings as listing_service
from credit.services import persons as person_service
from credit.services import records as record_service
from credit.services import supervision as supervision_service
from credit.store import models

# ----------------------------------------------------------------------------- inputs


@strawberry.input(description="主要负责人. A new principal ends the previous one's term on `since`.")
class PrincipalInput:
    name: str
    id_number: str
    id_type: IdType = IdType.RESIDENT_ID  # type: ignore[valid-type]
    since: date | None = strawberry.field(default=None, description="first day in the post (default today)")


@strawberry.input(description="A person in a role of the enterprise, from `since` (default today) to `until` "
                              "(given: a term that has ended, or ending the person's current one).")
class EnterprisePersonInput:
    role: EnterpriseRole  # type: ignore[valid-type]
    name: str
    id_number: str
    id_type: IdType = IdType.RESIDENT_ID  # type: ignore[valid-type]
    since: date | None = None
    until: date | None = None


@strawberry.input
class RegisterEnterpriseInput:
    code: str
    name: str
    region_code: str
    industry: Industry  # type: ignore[valid-type]
    principal: PrincipalInput | None = None
    persons: list[EnterprisePersonInput] | None = None


@strawberry.input
class UpdateEnterpriseInput:
    code: str
    name: str | None = None
    region_code: str | None = None
    industry: Industry | None = None  # type: ignore[valid-type]
    principal: PrincipalInput | None = None
    persons: list[EnterprisePersonInput] | None = None


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
    category: PenaltyCategory | None = strawberry.field(default=None, description="处罚类别")  # type: ignore[valid-type]
    content: str | None = strawberry.field(default=None, description="处罚内容")
    violation_facts: str | None = strawberry.field(default=None, description="违法事实")
    fine_multiple: Decimal | None = strawberry.field(
        default=None, description="罚款倍数 (安全生产法 Art. 114); 2 to 5 for AGGRAVATED_ACCIDENT_FINE"
    )
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


@strawberry.input(description="A person listed with the unit (第11号令): PRINCIPAL (主要负责人) or RESPONSIBLE (直接责任人员).")
class ListedPersonInput:
    name: str
    id_number: str
    role: ListedRole  # type: ignore[valid-type]
    id_type: IdType = IdType.RESIDENT_ID  # type: ignore[valid-type]


@strawberry.input
class RecordStandardisationInput:
    """安全生产标准化等级: grade 1, 2 or 3 (一级/二级/三级); validUntil may lie in the future."""

    code: str
    grade: int
    certified_on: date
    valid_until: date
    certificate_number: str
    supersedes_record_id: strawberry.ID | None = None


@strawberry.input
class RecordInspectionInput:
    code: str
    inspected_on: date
    kind: InspectionKind  # type: ignore[valid-type]
    findings: str
    hazards: list[str] | None = strawberry.field(
        default=None,
        description="重大事故隐患 found and not rectified: each becomes a HAZARD record of inspectedOn.",
    )


@strawberry.input
class ProposeListingInput:
    code: str
    list_kind: ListKind  # type: ignore[valid-type]
    ground: ListingGround  # type: ignore[valid-type]
    evidence_record_ids: list[strawberry.ID]
    notified_on: date
    persons: list[ListedPersonInput] | None = strawberry.field(
        default=None,
        description="Persons listed with the unit. Without a PRINCIPAL, the principal registered on notifiedOn is listed.",
    )


@strawberry.input(description="职业禁入 decided by your authority (安全生产法 Art. 94).")
class RecordPersonBanInput:
    id_number: str
    name: str
    kind: BanKind  # type: ignore[valid-type]
    industry: Industry | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="the industry a LIFE ban is for (required for LIFE)"
    )
    starts_on: date
    basis: str
    id_type: IdType = IdType.RESIDENT_ID  # type: ignore[valid-type]


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


def payload(name: str, **parts: type) -> Any:
    """A mutation payload type: one nullable field per part (what the action returns, in order,
    each wrapped in its GraphQL type) and ``userErrors``."""
    namespace: dict[str, Any] = {
        "__annotations__": {**{k: t | None for k, t in parts.items()}, "user_errors": list[UserError]},
        **dict.fromkeys(parts),
        "user_errors": strawberry.field(default_factory=list),
        "_parts": parts,
    }
    return strawberry.type(type(name, (), namespace))


def present(payload_type: Any, result: Any) -> Any:
    """An action's result (a model, or a tuple of models in the payload's order) as its payload."""
    values = result if isinstance(result, tuple) and not hasattr(result, "_fields") else (result,)
    parts: dict[str, type] = payload_type._parts
    # models are wrapped in their type; a service's own shape (a NamedTuple) is served as it is
    return payload_type(**{
        k: t(_model=v) if isinstance(v, Model) else v for (k, t), v in zip(parts.items(), values, strict=True)
    })


EnterprisePayload = payload("EnterprisePayload", enterprise=Enterprise)
CreditRecordPayload = payload("CreditRecordPayload", record=CreditRecord)
ListingPayload = payload("ListingPayload", listing=Listing)
ObjectionPayload = payload("ObjectionPayload", objection=Objection, listing=Listing)
RepairPayload = payload("RepairPayload", application=RepairApplication, listing=Listing)
PersonBanPayload = payload("PersonBanPayload", ban=PersonBan)
InspectionPayload = payload("InspectionPayload", inspection=Inspection)


def _arguments(value: Any) -> Any:
    """An input object as the action's keywords: nested inputs stay objects, lists stay lists."""
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}


def action(
    run: Callable[..., Awaitable[Any]], input_type: type, payload_type: Any, description: str
) -> Any:
    """A mutation ``(input: <input_type>!) -> <payload_type>`` that calls ``run(caller, **input)``."""

    async def resolve(info: Info, input: Any) -> Any:
        return present(payload_type, await run(get_caller(info), **_arguments(input)))

    # Strawberry reads the signature from the annotations: give it the real types
    resolve.__annotations__ = {"info": Info, "input": input_type, "return": payload_type}
    return strawberry.mutation(resolver=resolve, description=description, extensions=[UserErrors()])


def _fact(kind: CreditRecordKind) -> Callable[..., Awaitable[models.CreditRecord]]:
    return partial(record_service.record_simple, kind=kind)


@strawberry.type
class RegulatorMutation:
    register_enterprise = action(
        record_service.register_enterprise, RegisterEnterpriseInput, EnterprisePayload,
        "登记企业. A code is registered once; the region must be yours.",
    )
    update_enterprise = action(
        record_service.update_enterprise, UpdateEnterpriseInput, EnterprisePayload,
        "Change registered details; the audit trail keeps the old ones.",
    )
    record_accident = action(
        record_service.record_accident, RecordAccidentInput, CreditRecordPayload,
        "生产安全事故. The grade is derived: the highest any of deaths, injuries, loss reaches.",
    )
    record_penalty = action(
        record_service.record_penalty, RecordPenaltyInput, CreditRecordPayload, "行政处罚决定."
    )
    record_hazard = action(
        _fact(CreditRecordKind.HAZARD), RecordCreditFactInput, CreditRecordPayload,
        "重大事故隐患未整改 (unrectified major hazard).",
    )
    record_honour = action(
        _fact(CreditRecordKind.HONOUR), RecordCreditFactInput, CreditRecordPayload,
        "安全生产表彰 (honour); level CITY, PROVINCE or NATIONAL.",
    )
    record_commitment = action(
        _fact(CreditRecordKind.COMMITMENT), RecordCreditFactInput, CreditRecordPayload,
        "安全生产信用承诺 (credit commitment).",
    )
    record_standardisation = action(
        supervision_service.record_standardisation, RecordStandardisationInput, CreditRecordPayload,
        "安全生产标准化等级 (grade 1–3), a credit record that feeds the supervision class and premiums.",
    )
    record_inspection = action(
        supervision_service.record_inspection, RecordInspectionInput, InspectionPayload,
        "监督检查; hazards found become HAZARD records in the same transaction.",
    )
    propose_listing = action(
        listing_service.propose_listing, ProposeListingInput, ListingPayload,
        "告知: propose a listing; evidence must support the ground.",
    )
    record_objection = action(
        listing_service.record_objection, RecordObjectionInput, ObjectionPayload,
        "陈述申辩: record the party's objection, up to the deadline.",
    )
    decide_objection = action(
        listing_service.decide_objection, DecideObjectionInput, ObjectionPayload,
        "Decide an objection; upheld withdraws the proposal (WITHDRAWN).",
    )
    decide_listing = action(
        listing_service.decide_listing, DecideListingInput, ListingPayload,
        "书面决定: in force from decidedOn for the list kind's period.",
    )
    revoke_listing = action(
        listing_service.revoke_listing, RevokeListingInput, ListingPayload,
        "撤销: void an erroneous listing from its start.",
    )
    apply_credit_repair = action(
        listing_service.apply_credit_repair, ApplyCreditRepairInput, RepairPayload,
        "信用修复申请, from listedOn + 12 months while in force.",
    )
    decide_credit_repair = action(
        listing_service.decide_credit_repair, DecideCreditRepairInput, RepairPayload,
        "Approve (the listing ends on decidedOn: REPAIRED) or reject.",
    )
    revoke_credit_repair = action(
        listing_service.revoke_credit_repair, RevokeCreditRepairInput, RepairPayload,
        "Revoke a repair obtained by deceit: the listing is restored.",
    )
    record_person_ban = action(
        person_service.record_person_ban, RecordPersonBanInput, PersonBanPayload,
        "职业禁入 (安全生产法 Art. 94): FIVE_YEARS (any unit) or LIFE (its industry), decided by your authority.",
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

    @classmethod
    def of(cls, e: models.AuditEntry) -> AuditEntry:
        return cls(
            id=strawberry.ID(str(e.id)), at=e.at, actor=e.actor, role=e.role,
            authority_code=e.authority_code, action=e.action, entity=e.entity,
            entity_id=e.entity_id, before=e.before, after=e.after,
        )


@strawberry.type
class ListingCandidate:
    """An enterprise whose records meet a blacklist ground but that is not listed."""

    enterprise: Enterprise
    grounds: list[ListingGround]  # type: ignore[valid-type]
    evidence: list[CreditRecord]


PublicationSubject = strawberry.enum(deadlines.PublicationSubject, name="PublicationSubject")


@strawberry.type(description="A decided listing or penalty the shared platform has not yet acknowledged.")
class PublicationDeadline:
    event_id: strawberry.ID
    subject: PublicationSubject  # type: ignore[valid-type]
    code: str
    enterprise_name: str
    listing_id: strawberry.ID | None
    record_id: strawberry.ID | None
    decision_number: str | None
    decided_on: date
    publish_by: date | None = strawberry.field(
        description="Last day to publish (双公示); null when the calendar did not know the year."
    )
    state: DeliveryStateEnum = strawberry.field(  # type: ignore[valid-type]
        description="PENDING (not yet sent or being retried), REJECTED (the platform said why) or FAILED."
    )
    last_error: str | None
    overdue: bool = strawberry.field(description="publishBy is before today (China time).")

    @classmethod
    def of(cls, d: deadlines.PublicationDeadline) -> PublicationDeadline:
        return cls(
            event_id=strawberry.ID(d.event_id), subject=d.subject, code=d.code,
            enterprise_name=d.enterprise_name,
            listing_id=strawberry.ID(str(d.listing_id)) if d.listing_id else None,
            record_id=strawberry.ID(str(d.record_id)) if d.record_id else None,
            decision_number=d.decision_number, decided_on=d.decided_on, publish_by=d.publish_by,
            state=DeliveryState(d.state), last_error=d.last_error, overdue=d.overdue,
        )


@strawberry.type
class PublicationDeadlineList:
    total_count: int
    items: list[PublicationDeadline]


@strawberry.type
class PlanEntry:
    code: str
    name: str
    klass: SupervisionClass = strawberry.field(name="class")  # type: ignore[valid-type]
    interval_months: int
    last_inspected_on: date | None = strawberry.field(description="The latest inspection on or before the day.")
    due_on: date | None = strawberry.field(description="lastInspectedOn plus the class's interval; null if never inspected.")
    overdue: bool = strawberry.field(description="Never inspected, or dueOn before the day.")


@strawberry.type(description="A page of an inspection plan (no total: counting the region would cost as much again).")
class InspectionPlanConnection:
    edges: list[Edge[PlanEntry]]
    page_info: PageInfo


@strawberry.type
class RegulatorQuery:
    @strawberry.field(description="An enterprise's profile. Procurement and insurers see published facts only.")
    async def enterprise(self, info: Info, code: str) -> Enterprise | None:
        model = await profiles.get_enterprise(get_caller(info), code)
        return Enterprise(_model=model) if model else None

    @strawberry.field
    async def listing(self, info: Info, id: strawberry.ID) -> Listing | None:
        model = await listing_service.get_listing(get_caller(info), id)
        return Listing(_model=model) if model else None

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
        filters = listing_service.ListingFilters(
            list_kind=list_kind, status=status, as_of=as_of, region=region,
            authority_code=authority_code, listed_from=listed_from, listed_to=listed_to,
        )
        page = await listing_service.search(get_caller(info), filters, first=first, after=after)
        return connection_of(page, lambda m: Listing(_model=m))

    @strawberry.field(description="Every regulator action on an enterprise, oldest first (regulators of its region, admins).")
    async def audit_trail(
        self, info: Info, code: str, first: int | None = None, after: str | None = None
    ) -> Connection[AuditEntry]:
        page = await profiles.audit_trail(get_caller(info), code, first=first, after=after)
        return connection_of(page, AuditEntry.of)

    @strawberry.field(description="The whole register of a region prefix with each class on the day, overdue first, then dueOn (nulls first), then code.")
    async def inspection_plan(
        self, info: Info, region: str, on: date, first: int | None = None, after: str | None = None
    ) -> InspectionPlanConnection:
        page = await supervision_service.inspection_plan(
            get_caller(info), region=region, on=on, first=first, after=after
        )
        edges = [
            Edge(cursor=e.cursor, node=PlanEntry(
                code=e.code, name=e.name, klass=e.klass, interval_months=e.interval_months,
                last_inspected_on=e.last_inspected_on, due_on=e.due_on, overdue=e.overdue,
            ))
            for e in page.rows
        ]
        return InspectionPlanConnection(
            edges=edges,
            page_info=PageInfo(has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None),
        )
    @strawberry.field(description=(
        "Decided listings and penalties of a region (prefix) not yet acknowledged by the shared "
        "platform whose publishBy is past or within `within` days (default 3), or unknown: unknown "
        "first, then the nearest deadline first."
    ))
    async def publication_deadlines(
        self, info: Info, region: str, within: int | None = None, first: int | None = None
    ) -> PublicationDeadlineList:
        found = await deadlines.publication_deadlines(get_caller(info), region=region, within=within, first=first)
        return PublicationDeadlineList(total_count=found.total, items=[PublicationDeadline.of(d) for d in found.items])

    @strawberry.field(description="Enterprises meeting a blacklist ground with no listing yet (region prefix).")
    async def listing_candidates(
        self, info: Info, region: str, as_of: date | None = None
    ) -> list[ListingCandidate]:
        found = await listing_service.listing_candidates(
            get_caller(info), region=region, as_of=as_of or china_today()
        )
        return [
            ListingCandidate(
                enterprise=Enterprise(_model=e), grounds=list(grounds),
                evidence=[CreditRecord(_model=r) for r in records],
            )
            for e, grounds, records in found
        ]
