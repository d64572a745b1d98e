"""Strawberry types shared across the API: enums, records, listings, enterprises, connections."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

import strawberry
from strawberry.types import Info
from tortoise.models import Model

from credit.api.context import get_caller
from credit.domain import accidents, catalogue, listings, records
from credit.domain.calendar import china_date_of
from credit.domain.codes import mask_id_number
from credit.domain.records import summarise
from credit.services.listings import listing_facts
from credit.store import models

AccidentGrade = strawberry.enum(accidents.AccidentGrade, name="AccidentGrade")
ListKind = strawberry.enum(listings.ListKind, name="ListKind")
ListingGround = strawberry.enum(listings.ListingGround, name="ListingGround")
ListingStatus = strawberry.enum(listings.ListingStatus, name="ListingStatus")
ListingChange = strawberry.enum(listings.ListingChange, name="ListingChange")
RepairStatus = strawberry.enum(listings.RepairStatus, name="RepairStatus")
CreditRecordKind = strawberry.enum(records.CreditRecordKind, name="CreditRecordKind")
HonourLevel = strawberry.enum(records.HonourLevel, name="HonourLevel")
Industry = strawberry.enum(records.Industry, name="Industry")
RestrictionDomain = strawberry.enum(catalogue.RestrictionDomain, name="RestrictionDomain")
RestrictionStatus = strawberry.enum(catalogue.RestrictionStatus, name="RestrictionStatus")
MeasureEffect = strawberry.enum(catalogue.MeasureEffect, name="MeasureEffect")

DEFAULT_PAGE = 100
MAX_PAGE = 1000


def page_size(first: int | None) -> int:
    """``first`` defaults to 100 (also when null) and is at most 1,000."""
    from credit.api.errors import bad_input

    if first is None:
        return DEFAULT_PAGE
    if first < 0 or first > MAX_PAGE:
        raise bad_input(f"first 应在0到{MAX_PAGE}之间")
    return first


def id_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"id:{pk}".encode()).decode()


def after_id(cursor: str | None) -> int:
    from credit.api.errors import bad_input

    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        assert text.startswith("id:")
        value = int(text[3:])
        assert 0 <= value < 2**63  # a larger one reached the database as a 500
        return value
    except Exception as exc:
        raise bad_input("after 游标无效") from exc


@strawberry.type
class UserError:
    """A business-rule refusal: the action changed nothing."""

    field: str | None
    code: str
    message: str


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


N = TypeVar("N")


@strawberry.type
class Edge(Generic[N]):
    cursor: str
    node: N


@strawberry.type
class Connection(Generic[N]):
    edges: list[Edge[N]]
    page_info: PageInfo
    total_count: int


def connection_of(nodes: list[Any], limit: int, total: int, wrap: Any) -> Any:
    more = len(nodes) > limit
    nodes = nodes[:limit]
    edges = [Edge(cursor=id_cursor(n.id), node=wrap(n)) for n in nodes]
    return Connection(
        edges=edges,
        page_info=PageInfo(has_next_page=more, end_cursor=edges[-1].cursor if edges else None),
        total_count=total,
    )


@strawberry.type
class Person:
    """主要负责人. ID numbers are masked for every caller but the owning region's regulators."""

    name: str
    id_number: str
    role: str


@strawberry.type
class CreditRecord:
    """信用记录."""

    _model: strawberry.Private[models.CreditRecord]
    superseded: bool = False

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._model.id))

    @strawberry.field
    def kind(self) -> CreditRecordKind:  # type: ignore[valid-type]
        return records.CreditRecordKind(self._model.kind)

    @strawberry.field
    def occurred_on(self) -> date:
        return self._model.occurred_on

    @strawberry.field(description="Date of the penalty decision (PENALTY records).")
    def decided_on(self) -> date | None:
        return self._model.occurred_on if self._model.kind == "PENALTY" else None

    @strawberry.field
    def summary(self) -> str:
        m = self._model
        return summarise(
            records.CreditRecordKind(m.kind), grade=m.grade, deaths=m.deaths,
            serious_injuries=m.serious_injuries, concealed=m.concealed,
            decision_number=m.decision_number, violation_type=m.violation_type,
            description=m.description, level=m.level,
        )

    @strawberry.field
    def grade(self) -> AccidentGrade | None:  # type: ignore[valid-type]
        return accidents.AccidentGrade[self._model.grade] if self._model.grade else None

    @strawberry.field
    def deaths(self) -> int | None:
        return self._model.deaths

    @strawberry.field
    def serious_injuries(self) -> int | None:
        return self._model.serious_injuries

    @strawberry.field
    def direct_loss_yuan(self) -> Decimal | None:
        return self._model.direct_loss_yuan

    @strawberry.field
    def concealed(self) -> bool:
        return self._model.concealed

    @strawberry.field
    def decision_number(self) -> str | None:
        return self._model.decision_number

    @strawberry.field
    def violation_type(self) -> str | None:
        return self._model.violation_type

    @strawberry.field
    def legal_basis(self) -> str | None:
        return self._model.legal_basis

    @strawberry.field
    def fine_yuan(self) -> Decimal | None:
        return self._model.fine_yuan

    @strawberry.field
    def level(self) -> HonourLevel | None:  # type: ignore[valid-type]
        return records.HonourLevel(self._model.level) if self._model.level else None

    @strawberry.field
    def description(self) -> str:
        return self._model.description

    @strawberry.field(description="The record this one corrects, if it is a correction.")
    def supersedes_record_id(self) -> strawberry.ID | None:
        pk = self._model.supersedes_id  # type: ignore[attr-defined]
        return strawberry.ID(str(pk)) if pk else None

    @strawberry.field
    def recorded_at(self) -> datetime:
        return self._model.recorded_at


@strawberry.type
class Objection:
    """陈述申辩 / 异议."""

    _model: strawberry.Private[models.Objection]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._model.id))

    @strawberry.field
    def filed_on(self) -> date:
        return self._model.filed_on

    @strawberry.field
    def statement(self) -> str:
        return self._model.statement

    @strawberry.field(description="null while undecided")
    def upheld(self) -> bool | None:
        return self._model.upheld

    @strawberry.field
    def decided_on(self) -> date | None:
        return self._model.decided_on


@strawberry.type
class RepairApplication:
    """信用修复申请."""

    _model: strawberry.Private[models.RepairApplication]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._model.id))

    @strawberry.field
    def status(self) -> RepairStatus:  # type: ignore[valid-type]
        return listings.RepairStatus(self._model.status)

    @strawberry.field
    def applied_on(self) -> date:
        return self._model.applied_on

    @strawberry.field
    def decided_on(self) -> date | None:
        return self._model.decided_on

    @strawberry.field
    def revoked_on(self) -> date | None:
        return self._model.revoked_on


@strawberry.type
class Listing:
    """A blacklist or greylist listing. Status is derived from its dates at ``asOf``."""

    _model: strawberry.Private[models.Listing]

    # Lists load listings with LISTING_RELATIONS prefetched; a single listing (a mutation's
    # payload) fetches what a field asks for. Either way no relation is fetched twice.
    async def _related(self, name: str) -> Any:
        value = getattr(self._model, name)
        if isinstance(value, Model):
            return value
        await self._model.fetch_related(name)
        return getattr(self._model, name)

    async def _repairs(self) -> list[models.RepairApplication]:
        if not self._model.repairs._fetched:
            await self._model.fetch_related("repairs")
        return list(self._model.repairs)

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._model.id))

    @strawberry.field
    async def code(self) -> str:
        return (await self._related("enterprise")).code

    @strawberry.field
    def list_kind(self) -> ListKind:  # type: ignore[valid-type]
        return listings.ListKind(self._model.list_kind)

    @strawberry.field
    def ground(self) -> ListingGround:  # type: ignore[valid-type]
        return listings.ListingGround(self._model.ground)

    @strawberry.field(description="Status as of a moment (default: now), from the dates alone.")
    async def status(self, as_of: datetime | None = None) -> ListingStatus:  # type: ignore[valid-type]
        facts = listing_facts(self._model, await self._repairs())
        return listings.status_on(facts, china_date_of(as_of or datetime.now(UTC)))

    @strawberry.field
    def notified_on(self) -> date:
        return self._model.notified_on

    @strawberry.field(description="Last day the party may object (陈述申辩), counted in working days.")
    def objection_deadline(self) -> date:
        return self._model.objection_deadline

    @strawberry.field
    def decision_number(self) -> str | None:
        return self._model.decision_number

    @strawberry.field(description="The decision date; in force on days listedOn <= day < expiresOn.")
    def listed_on(self) -> date | None:
        return self._model.listed_on

    @strawberry.field
    def expires_on(self) -> date | None:
        return self._model.expires_on

    @strawberry.field(description="First day no longer in force (expiry or an approved repair).")
    def ends_on(self) -> date | None:
        return self._model.ends_on

    @strawberry.field
    def withdrawn_on(self) -> date | None:
        return self._model.withdrawn_on

    @strawberry.field
    def revoked_on(self) -> date | None:
        return self._model.revoked_on

    @strawberry.field
    async def authority_name(self) -> str:
        return (await self._related("authority")).name

    @strawberry.field
    async def authority_code(self) -> str:
        return (await self._related("authority")).code

    @strawberry.field
    def rules_version(self) -> str:
        return self._model.rules_version

    @strawberry.field
    async def evidence_record_ids(self) -> list[strawberry.ID]:
        ids = await models.ListingEvidence.filter(listing_id=self._model.id).values_list(
            "record_id", flat=True
        )
        return [strawberry.ID(str(i)) for i in sorted(ids)]  # type: ignore[arg-type]

    @strawberry.field
    async def objections(self) -> list[Objection]:
        rows = await models.Objection.filter(listing_id=self._model.id).order_by("id")
        return [Objection(_model=o) for o in rows]

    @strawberry.field
    async def repair_applications(self) -> list[RepairApplication]:
        return [RepairApplication(_model=r) for r in sorted(await self._repairs(), key=lambda r: r.id)]


ListingConnection = Connection[Listing]
#: What a page of listings prefetches, so each listing's fields cost no query.
LISTING_RELATIONS = ("enterprise", "authority", "repairs")
CreditRecordConnection = Connection[CreditRecord]


@strawberry.type
class Enterprise:
    """A production unit or agency (生产经营单位), identified by its 统一社会信用代码."""

    _model: strawberry.Private[models.Enterprise]

    @strawberry.field
    def code(self) -> str:
        return self._model.code

    @strawberry.field
    def name(self) -> str:
        return self._model.name

    @strawberry.field(description="GB/T 2260 division code of registration (6 digits).")
    def region_code(self) -> str:
        return self._model.region_code

    @strawberry.field
    def industry(self) -> Industry:  # type: ignore[valid-type]
        return records.Industry(self._model.industry)

    @strawberry.field
    def registered_at(self) -> datetime:
        return self._model.recorded_at

    @strawberry.field(description="Current principal person (主要负责人); ID number masked unless you may see it.")
    async def principal(self, info: Info) -> Person | None:
        person = await models.Person.filter(
            enterprise_id=self._model.id, role="PRINCIPAL", superseded_at=None
        ).order_by("-id").first()
        if person is None:
            return None
        caller = get_caller(info)
        number = person.id_number
        if not caller.sees_id_numbers_of(self._model.region_code):
            number = mask_id_number(number)
        return Person(name=person.name, id_number=number, role=person.role)

    @strawberry.field(description="Listings, oldest first. Undecided proposals only for regulators and admins.")
    async def listings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        list_kind: Annotated[ListKind | None, strawberry.argument()] = None,  # type: ignore[valid-type]
    ) -> ListingConnection:
        caller = get_caller(info)
        limit = page_size(first)
        query = models.Listing.filter(enterprise_id=self._model.id)
        if not caller.sees_unpublished():
            query = query.filter(listed_on__not_isnull=True)
        if list_kind is not None:
            query = query.filter(list_kind=list_kind.value)
        total = await query.count()
        rows = await (
            query.filter(id__gt=after_id(after)).order_by("id").limit(limit + 1)
            .prefetch_related(*LISTING_RELATIONS)
        )
        return connection_of(rows, limit, total, lambda m: Listing(_model=m))

    @strawberry.field(description="Credit records, oldest first; corrections appear as their own records.")
    async def credit_records(
        self,
        first: int | None = None,
        after: str | None = None,
        kind: Annotated[CreditRecordKind | None, strawberry.argument()] = None,  # type: ignore[valid-type]
    ) -> CreditRecordConnection:
        limit = page_size(first)
        query = models.CreditRecord.filter(enterprise_id=self._model.id)
        if kind is not None:
            query = query.filter(kind=kind.value)
        total = await query.count()
        rows = await query.filter(id__gt=after_id(after)).order_by("id").limit(limit + 1)
        superseded = set(
            await models.CreditRecord.filter(supersedes_id__in=[r.id for r in rows]).values_list(
                "supersedes_id", flat=True
            )
        )
        return connection_of(
            rows, limit, total, lambda m: CreditRecord(_model=m, superseded=m.id in superseded)
        )
