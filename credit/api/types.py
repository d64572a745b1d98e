"""Strawberry types shared across the API: enums, records, listings, enterprises, connections."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar, cast

import strawberry
from strawberry.types import Info
from tortoise.models import Model

from credit.api.context import get_caller, get_loaders
from credit.domain import (
    accidents,
    agency_rating,
    catalogue,
    codes,
    listings,
    persons,
    records,
    supervision,
)
from credit.domain.calendar import china_date_of
from credit.domain.knowledge import known
from credit.domain.records import summarise
from credit.services import listings as listing_service
from credit.services import persons as person_service
from credit.services import profiles
from credit.services.agency_rating import agency_rating_asked
from credit.services.paging import Page, id_cursor
from credit.services.supervision import supervision_asked
from credit.store import models
from credit.store.listings import facts_of, repair_facts

AccidentGrade = strawberry.enum(accidents.AccidentGrade, name="AccidentGrade")
ListKind = strawberry.enum(listings.ListKind, name="ListKind")
ListingGround = strawberry.enum(listings.ListingGround, name="ListingGround")
ListingStatus = strawberry.enum(listings.ListingStatus, name="ListingStatus")
ListingChange = strawberry.enum(listings.ListingChange, name="ListingChange")
RepairStatus = strawberry.enum(listings.RepairStatus, name="RepairStatus")
CreditRecordKind = strawberry.enum(records.CreditRecordKind, name="CreditRecordKind")
HonourLevel = strawberry.enum(records.HonourLevel, name="HonourLevel")
Industry = strawberry.enum(records.Industry, name="Industry")
PenaltyCategory = strawberry.enum(records.PenaltyCategory, name="PenaltyCategory")
RestrictionDomain = strawberry.enum(catalogue.RestrictionDomain, name="RestrictionDomain")
RestrictionStatus = strawberry.enum(catalogue.RestrictionStatus, name="RestrictionStatus")
MeasureEffect = strawberry.enum(catalogue.MeasureEffect, name="MeasureEffect")
PersonDomain = strawberry.enum(catalogue.PersonDomain, name="PersonDomain")
IdType = strawberry.enum(codes.IdType, name="IdType")
EnterpriseRole = strawberry.enum(persons.EnterpriseRole, name="EnterpriseRole")
ListedRole = strawberry.enum(persons.ListedRole, name="ListedRole")
BanKind = strawberry.enum(persons.BanKind, name="BanKind")
PersonStatus = strawberry.enum(persons.PersonStatus, name="PersonStatus")
PersonChange = strawberry.enum(persons.PersonChange, name="PersonChange")
SupervisionClass = strawberry.enum(supervision.SupervisionClass, name="SupervisionClass")
InspectionKind = strawberry.enum(supervision.InspectionKind, name="InspectionKind")

@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


N = TypeVar("N")
R = TypeVar("R")


def _pk(row: Any) -> int:
    return int(row.id)


@strawberry.type
class Edge(Generic[N]):
    cursor: str
    node: N


@strawberry.type
class Connection(Generic[N]):
    edges: list[Edge[N]]
    page_info: PageInfo
    total_count: int


def connection_of(page: Page[R], wrap: Callable[[R], N], key: Callable[[R], int] = _pk) -> Connection[N]:
    """A service's page as a Relay connection; ``key`` gives the id a row's cursor points after."""
    edges = [Edge(cursor=id_cursor(key(row)), node=wrap(row)) for row in page.rows]
    return Connection(
        edges=edges,
        page_info=PageInfo(has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None),
        total_count=page.total,
    )


@strawberry.type(
    description="A person in a role of an enterprise (任职), or named by a listing. ID numbers are masked for "
    "every caller but the owning region's regulators and admins (each request that shows full numbers is audited)."
)
class Person:
    name: str
    id_number: str
    role: str = strawberry.field(description="EnterpriseRole of a term (PRINCIPAL, ...), ListedRole on a listing")
    id_type: IdType  # type: ignore[valid-type]
    since: date | None = strawberry.field(default=None, description="first day in the role (任职日期)")
    until: date | None = strawberry.field(default=None, description="first day no longer in it; null: still")

    @classmethod
    def of(cls, view: person_service.PersonView) -> Person:
        return cls(name=view.name, id_number=view.id_number, role=view.role, id_type=view.id_type,
                   since=view.since, until=view.until)


@strawberry.type(description="职业禁入 (安全生产法 Art. 94): FIVE_YEARS bars the post of principal person of any unit, "
                             "LIFE of any unit in its industry; in force on days startsOn <= day < endsOn (LIFE: no end).")
class PersonBan:
    id: strawberry.ID
    kind: BanKind  # type: ignore[valid-type]
    industry: Industry | None  # type: ignore[valid-type]
    starts_on: date
    ends_on: date | None
    authority_name: str
    basis: str


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
            description=m.description, level=m.level, reference=m.reference, valid_until=m.valid_until,
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

    @strawberry.field(description="处罚类别 (PENALTY records).")
    def category(self) -> PenaltyCategory | None:  # type: ignore[valid-type]
        return records.PenaltyCategory(self._model.category) if self._model.category else None

    @strawberry.field(description="处罚内容 (PENALTY records).")
    def content(self) -> str | None:
        return self._model.content

    @strawberry.field(description="违法事实 (PENALTY records).")
    def violation_facts(self) -> str | None:
        return self._model.violation_facts

    @strawberry.field(description="罚款倍数 (安全生产法 Art. 114), PENALTY records.")
    def fine_multiple(self) -> Decimal | None:
        return self._model.fine_multiple

    @strawberry.field(description=(
        "Last day to publish the penalty (双公示: the regime's working days after the decision, "
        "by the official calendar); null for other records or when the calendar did not know the year."
    ))
    def publish_by(self) -> date | None:
        return self._model.publish_by

    @strawberry.field(description=(
        "公示截止期: the decision date plus the longest publication period of the decision's "
        "penalty types under its regime (PENALTY records)."
    ))
    def publication_ends_on(self) -> date | None:
        return self._model.publication_ends_on

    @strawberry.field(description="The rule regime the penalty's publication dates were derived by.")
    def rules_version(self) -> str | None:
        return self._model.rules_version

    @strawberry.field(description="数据来源单位: the authority that recorded it (for a penalty, the penalising authority).")
    async def data_source_unit(self, info: Info) -> str | None:
        authority_id = self._model.authority_id  # type: ignore[attr-defined]
        if authority_id is None:
            return None
        authority = self._model.authority
        if isinstance(authority, Model):  # loaded with the record (a mutation's payload)
            return authority.name
        return await get_loaders(info).authority_names.load(authority_id)

    @strawberry.field(description="Honour level (HONOUR records).")
    def level(self) -> HonourLevel | None:  # type: ignore[valid-type]
        if self._model.kind != "HONOUR" or not self._model.level:
            return None
        return records.HonourLevel(self._model.level)

    @strawberry.field(description="安全生产标准化等级 1, 2 or 3 (STANDARDISATION records).")
    def standardisation_grade(self) -> int | None:
        if self._model.kind != "STANDARDISATION" or not self._model.level:
            return None
        return int(self._model.level)

    @strawberry.field(description="Certification date of a standardisation grade (its occurredOn).")
    def certified_on(self) -> date | None:
        return self._model.occurred_on if self._model.kind == "STANDARDISATION" else None

    @strawberry.field(description="Last day a standardisation grade is valid.")
    def valid_until(self) -> date | None:
        return self._model.valid_until

    @strawberry.field(description="Certificate number of a standardisation grade.")
    def certificate_number(self) -> str | None:
        return self._model.reference if self._model.kind == "STANDARDISATION" else None

    @strawberry.field(description="The inspection that found this hazard (HAZARD records found by recordInspection).")
    def inspection_id(self) -> strawberry.ID | None:
        pk = self._model.inspection_id  # type: ignore[attr-defined]
        return strawberry.ID(str(pk)) if pk else None

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
    #: read as known at this moment (None: now)
    _known_at: strawberry.Private[datetime | None] = None

    def _decision_known(self) -> bool:
        return known(self._model.decided_at, self._known_at)

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
        return self._model.upheld if self._decision_known() else None

    @strawberry.field
    def decided_on(self) -> date | None:
        return self._model.decided_on if self._decision_known() else None


def known_repair(model: models.RepairApplication, known_at: datetime | None) -> listings.RepairFacts:
    """An application's facts as known at ``known_at`` (None: now)."""
    facts = repair_facts(model)
    return facts if known_at is None else facts.known_at(known_at)


@strawberry.type
class RepairApplication:
    """信用修复申请."""

    _model: strawberry.Private[models.RepairApplication]
    #: read as known at this moment (None: now)
    _known_at: strawberry.Private[datetime | None] = None

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._model.id))

    @strawberry.field
    def status(self) -> RepairStatus:  # type: ignore[valid-type]
        return known_repair(self._model, self._known_at).status

    @strawberry.field
    def applied_on(self) -> date:
        return self._model.applied_on

    @strawberry.field
    def decided_on(self) -> date | None:
        return known_repair(self._model, self._known_at).decided_on

    @strawberry.field
    def revoked_on(self) -> date | None:
        return known_repair(self._model, self._known_at).revoked_on


@strawberry.type
class Listing:
    """A blacklist or greylist listing. Status is derived from its dates at ``asOf``."""

    _model: strawberry.Private[models.Listing]
    #: read as known at this moment (None: now): ``ListingFacts.known_at``
    _known_at: strawberry.Private[datetime | None] = None

    # Lists load listings with LISTING_RELATIONS prefetched; a single listing (a mutation's
    # payload) fetches what a field asks for. Either way no relation is fetched twice.
    async def _related(self, name: str) -> Any:
        value = getattr(self._model, name)
        if isinstance(value, Model):
            return value
        await self._model.fetch_related(name)
        return getattr(self._model, name)

    async def _enterprise(self) -> models.Enterprise:
        return cast(models.Enterprise, await self._related("enterprise"))

    async def _authority(self) -> models.Authority:
        return cast(models.Authority, await self._related("authority"))

    async def _repairs(self) -> list[models.RepairApplication]:
        if not self._model.repairs._fetched:
            await self._model.fetch_related("repairs")
        return [r for r in self._model.repairs if known(r.recorded_at, self._known_at)]

    def _row(self) -> listings.ListingFacts:
        """The listing's own steps as known (its repairs aside): for its dates."""
        facts = facts_of(self._model).known_at(self._known_at)
        assert facts is not None  # a listing is shown only once its proposal was recorded
        return facts

    async def _facts(self) -> listings.ListingFacts:
        facts = facts_of(self._model, await self._repairs()).known_at(self._known_at)
        assert facts is not None
        return facts

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._model.id))

    @strawberry.field
    async def code(self) -> str:
        return (await self._enterprise()).code

    @strawberry.field
    def list_kind(self) -> ListKind:  # type: ignore[valid-type]
        return listings.ListKind(self._model.list_kind)

    @strawberry.field
    def ground(self) -> ListingGround:  # type: ignore[valid-type]
        return listings.ListingGround(self._model.ground)

    @strawberry.field(description="Status as of a moment (default: now), from the dates alone.")
    async def status(self, as_of: datetime | None = None) -> ListingStatus:  # type: ignore[valid-type]
        return listings.status_on(await self._facts(), china_date_of(as_of or datetime.now(UTC)))

    @strawberry.field
    def notified_on(self) -> date:
        return self._model.notified_on

    @strawberry.field(description="Last day the party may object (陈述申辩), counted in working days.")
    def objection_deadline(self) -> date:
        return self._model.objection_deadline

    @strawberry.field
    def decision_number(self) -> str | None:
        if self._known_at is not None and self._row().listed_on is None:
            return None
        return self._model.decision_number

    @strawberry.field(description="The decision date; in force on days listedOn <= day < expiresOn.")
    def listed_on(self) -> date | None:
        return self._model.listed_on if self._known_at is None else self._row().listed_on

    @strawberry.field
    def expires_on(self) -> date | None:
        return self._model.expires_on if self._known_at is None else self._row().expires_on

    @strawberry.field(description="First day no longer in force (expiry or an approved repair).")
    async def ends_on(self) -> date | None:
        return self._model.ends_on if self._known_at is None else (await self._facts()).ends_on

    @strawberry.field
    def withdrawn_on(self) -> date | None:
        return self._model.withdrawn_on if self._known_at is None else self._row().withdrawn_on

    @strawberry.field
    def revoked_on(self) -> date | None:
        return self._model.revoked_on if self._known_at is None else self._row().revoked_on

    @strawberry.field
    async def authority_name(self) -> str:
        return (await self._authority()).name

    @strawberry.field
    async def authority_code(self) -> str:
        return (await self._authority()).code

    @strawberry.field(description="The rule regime the listing was proposed and decided under (e.g. moem-11-2023).")
    def rules_version(self) -> str:
        return self._model.rules_version

    @strawberry.field(description="false only for ABANDONED_RESCUE: the listing restricts its principal person, not the unit.")
    def restricts_unit(self) -> bool:
        return self._model.restricts_unit

    @strawberry.field(description="Persons listed with the unit (第11号令), restricted by the listing's own dates; "
                                  "ID numbers masked unless you may see them.")
    async def persons(self, info: Info) -> list[Person]:
        enterprise = await self._enterprise()
        named = await get_loaders(info).listing_persons.load(self._model.id)
        return [Person.of(v) for v in person_service.listing_persons(get_caller(info), enterprise, named)]

    @strawberry.field(description=(
        "Last day to publish the decision (双公示: the regime's working days after listedOn, by the "
        "official calendar); null while undecided or when the calendar did not know the year."
    ))
    def publish_by(self) -> date | None:
        return self._model.publish_by

    @strawberry.field
    async def evidence_record_ids(self, info: Info) -> list[strawberry.ID]:
        ids = await get_loaders(info).evidence_record_ids.load(self._model.id)
        return [strawberry.ID(str(i)) for i in ids]

    @strawberry.field
    async def objections(self, info: Info) -> list[Objection]:
        rows = await get_loaders(info).objections.load(self._model.id)
        return [Objection(_model=o, _known_at=self._known_at) for o in rows if known(o.recorded_at, self._known_at)]

    @strawberry.field
    async def repair_applications(self) -> list[RepairApplication]:
        return [RepairApplication(_model=r, _known_at=self._known_at)
                for r in sorted(await self._repairs(), key=lambda r: r.id)]


@strawberry.type(description="A named, versioned rule set (supervision classes, agency ratings).")
class SupervisionRuleSet:
    name: str
    version: str
    title: str


@strawberry.type(description="分级分类监管: the class on a day, derived from the facts by a rule set, never stored.")
class Supervision:
    _value: strawberry.Private[supervision.Supervision]

    @strawberry.field(name="class")
    def klass(self) -> SupervisionClass:  # type: ignore[valid-type]
        return self._value.klass

    @strawberry.field(description="Months between inspections for this class.")
    def interval_months(self) -> int:
        return self._value.interval_months

    @strawberry.field(description="Chinese sentences naming the facts that decided the class.")
    def reasons(self) -> list[str]:
        return list(self._value.reasons)

    @strawberry.field
    def rule_set(self) -> SupervisionRuleSet:
        rules = self._value.rules
        return SupervisionRuleSet(name=rules.name, version=rules.version, title=rules.title)

    @strawberry.field(description="The latest inspection on or before the day.")
    def last_inspected_on(self) -> date | None:
        return self._value.last_inspected_on

    @strawberry.field(description="lastInspectedOn plus the interval (null if never inspected).")
    def due_on(self) -> date | None:
        return self._value.due_on

    @strawberry.field(description="Never inspected, or dueOn before the day.")
    def overdue(self) -> bool:
        return self._value.overdue

    @strawberry.field(description="The records that decided the class.")
    def record_ids(self) -> list[strawberry.ID]:
        return [strawberry.ID(str(i)) for i in self._value.record_ids]

    @strawberry.field(description="The listings that decided the class.")
    def listing_ids(self) -> list[strawberry.ID]:
        return [strawberry.ID(str(i)) for i in self._value.listing_ids]


AgencyRatingLevel = strawberry.enum(agency_rating.AgencyRating, name="AgencyRating")


@strawberry.type(description="The facts of the year an agency's rating rests on (ids of listings and records).")
class AgencyRatingBasis:
    year: int
    false_report_listing_ids: list[strawberry.ID]
    penalty_record_ids: list[strawberry.ID]
    blacklist_listing_ids: list[strawberry.ID]
    greylist_listing_ids: list[strawberry.ID]
    staff_listing_ids: list[strawberry.ID]


@strawberry.type(description="安全生产服务机构信用评价: an agency's rating for a calendar year, by a versioned rule set.")
class AgencyCreditRating:
    year: int
    rating: AgencyRatingLevel  # type: ignore[valid-type]
    reasons: list[str]
    basis: AgencyRatingBasis
    rule_set: SupervisionRuleSet

    @classmethod
    def of(cls, rated: agency_rating.Rated) -> AgencyCreditRating:
        b = rated.basis

        def ids(values: tuple[int, ...]) -> list[strawberry.ID]:
            return [strawberry.ID(str(v)) for v in values]

        return cls(
            year=b.year, rating=rated.rating, reasons=list(rated.reasons),
            basis=AgencyRatingBasis(
                year=b.year, false_report_listing_ids=ids(b.false_reports), penalty_record_ids=ids(b.penalties),
                blacklist_listing_ids=ids(b.blacklistings), greylist_listing_ids=ids(b.greylistings),
                staff_listing_ids=ids(b.staff_listings),
            ),
            rule_set=SupervisionRuleSet(name=rated.rules.name, version=rated.rules.version, title=rated.rules.title),
        )


@strawberry.type(description="监督检查: an inspection of an enterprise.")
class Inspection:
    _model: strawberry.Private[models.Inspection]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._model.id))

    @strawberry.field
    def inspected_on(self) -> date:
        return self._model.inspected_on

    @strawberry.field
    def kind(self) -> InspectionKind:  # type: ignore[valid-type]
        return supervision.InspectionKind(self._model.kind)

    @strawberry.field
    def findings(self) -> str:
        return self._model.findings

    @strawberry.field(description="The HAZARD records this inspection found.")
    async def hazards(self) -> list[CreditRecord]:
        rows = await models.CreditRecord.filter(inspection_id=self._model.id).order_by("id")
        return [CreditRecord(_model=r) for r in rows]

    @strawberry.field
    def recorded_at(self) -> datetime:
        return self._model.recorded_at


ListingConnection = Connection[Listing]
CreditRecordConnection = Connection[CreditRecord]


@strawberry.type
class Enterprise:
    """A production unit or agency (生产经营单位), identified by its 统一社会信用代码."""

    _model: strawberry.Private[models.Enterprise]
    #: read as known at this moment (None: now), with the version of its details current then
    _known_at: strawberry.Private[datetime | None] = None
    _details: strawberry.Private[models.EnterpriseVersion | None] = None

    @classmethod
    def of(cls, profile: profiles.Profile) -> Enterprise:
        return cls(_model=profile.enterprise, _known_at=profile.known_at, _details=profile.details)

    @property
    def _current(self) -> models.Enterprise | models.EnterpriseVersion:
        return self._details or self._model

    @strawberry.field
    def code(self) -> str:
        return self._model.code

    @strawberry.field
    def name(self) -> str:
        return self._current.name

    @strawberry.field(description="GB/T 2260 division code of registration (6 digits).")
    def region_code(self) -> str:
        return self._current.region_code

    @strawberry.field
    def industry(self) -> Industry:  # type: ignore[valid-type]
        return records.Industry(self._current.industry)

    @strawberry.field
    def registered_at(self) -> datetime:
        return self._model.recorded_at

    @strawberry.field(description="When the registered details shown (name, region, industry) were recorded.")
    def details_recorded_at(self) -> datetime:
        return self._current.recorded_at if self._details else self._model.updated_at

    @strawberry.field(description="Principal person (主要负责人) on a day (default today); ID number masked unless you may see it.")
    async def principal(self, info: Info, on: date | None = None) -> Person | None:
        terms = await get_loaders(info).enterprise_terms.load(self._model.id)
        found = person_service.principal_on(get_caller(info), self._model, terms, on, self._known_at)
        return Person.of(found) if found else None

    @strawberry.field(description="Persons in a role (法定代表人, 主要负责人, 实际控制人, agency staff) on a day; "
                                  "without one, every term ever recorded, oldest first.")
    async def persons(self, info: Info, on: date | None = None) -> list[Person]:
        terms = await get_loaders(info).enterprise_terms.load(self._model.id)
        views = person_service.enterprise_persons(get_caller(info), self._model, terms, on, self._known_at)
        return [Person.of(v) for v in views]

    @strawberry.field(description="Listings, oldest first. Undecided proposals only for regulators and admins.")
    async def listings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        list_kind: Annotated[ListKind | None, strawberry.argument()] = None,  # type: ignore[valid-type]
    ) -> ListingConnection:
        asked = listing_service.enterprise_listings(get_caller(info), self._model.id, list_kind=list_kind,
                                                    known_at=self._known_at, first=first, after=after)
        page = await get_loaders(info).enterprise_listings.load(asked)
        return connection_of(page, lambda m: Listing(_model=m, _known_at=self._known_at))

    @strawberry.field(description="分级分类监管: the class on a day (default today). Regulators of its region and admins. "
                                  "With the enterprise's asKnownAt: the class as the service would have given it then "
                                  "(facts recorded after it left out; the day defaults to that moment's day).")
    async def supervision(self, info: Info, on: date | None = None) -> Supervision | None:
        asked = supervision_asked(get_caller(info), self._model, on, self._known_at, self._current.region_code)
        return Supervision(_value=await get_loaders(info).supervisions.load(asked))

    @strawberry.field(description="安全生产服务机构信用评价 for a calendar year (default: last year); null unless the industry is SAFETY_SERVICE_AGENCY. Public, as on /public/agencies/{code}.")
    async def agency_rating(self, info: Info, year: int | None = None) -> AgencyCreditRating | None:
        asked = agency_rating_asked(self._model, year)
        return AgencyCreditRating.of(await get_loaders(info).agency_ratings.load(asked)) if asked else None

    @strawberry.field(description="Credit records, oldest first; corrections appear as their own records.")
    async def credit_records(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        kind: Annotated[CreditRecordKind | None, strawberry.argument()] = None,  # type: ignore[valid-type]
    ) -> CreditRecordConnection:
        asked = profiles.enterprise_records(self._model.id, kind, known_at=self._known_at, first=first, after=after)
        page = await get_loaders(info).enterprise_records.load(asked)
        return connection_of(
            page, lambda v: CreditRecord(_model=v.record, superseded=v.superseded), lambda v: v.record.id
        )
