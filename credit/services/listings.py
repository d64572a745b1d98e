"""The listing procedure as actions: propose (告知), objections (陈述申辩), decide (书面决定),
revoke, credit repair (信用修复) and its revocation, and candidate detection.

Each action: authorise the operation, check the input, load, check region and
authority, apply the domain rule (credit.domain.listings), then write, audit and
queue the outbox event in one transaction (``recording()``: every row it writes carries
the transaction's moment, credit.store.clock). The rules return the listing's new
facts; credit.store.listings.write_listing stores them and stamps the steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from credit.domain import listings as rules
from credit.domain import persons as person_rules
from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months, china_date_of
from credit.domain.codes import IdType, mask_id_number, normalise_code
from credit.domain.errors import Refusal
from credit.domain.listings import (
    ListingChange,
    ListingGround,
    ListingStatus,
    ListKind,
)
from credit.domain.persons import EnterpriseRole, ListedRole, NamedPerson, holder_on
from credit.domain.records import CreditRecordKind, Industry, PenaltyCategory, RecordFacts
from credit.services.access import authorize
from credit.services.auth import Caller, Role
from credit.services.common import (
    InputCheck,
    audit,
    parse_id,
    regime_for,
    regime_named,
    shipped_regimes,
    snapshot,
    working_calendar,
)
from credit.services.outbox import drop_hidden_expiry, queue_expiry, queue_listing_change
from credit.services.paging import Page, after_id, page_of_ids, page_size
from credit.services.records import load_enterprise
from credit.store.clock import recording
from credit.store.listing_status import known_condition, status_condition
from credit.store.listings import (
    evidence_of,
    facts_of,
    locked_listing,
    objections_of,
    write_listing,
)
from credit.store.models import (
    Authority,
    CreditRecord,
    Enterprise,
    Listing,
    ListingEvidence,
    ListingPerson,
    Objection,
    RepairApplication,
)
from credit.store.persons import GivenPerson, ensure_persons, terms_of
from credit.store.queries import id_set

#: persons one proposal may name
MAX_LISTED_PERSONS = 50


def record_facts(record: CreditRecord, superseded_ids: set[int]) -> RecordFacts:
    return RecordFacts(
        id=record.id,
        enterprise_id=record.enterprise_id,  # type: ignore[attr-defined]
        kind=CreditRecordKind(record.kind),
        occurred_on=record.occurred_on,
        grade=AccidentGrade[record.grade] if record.grade else None,
        deaths=record.deaths or 0,
        concealed=record.concealed,
        superseded=record.id in superseded_ids,
        authority_id=record.authority_id,  # type: ignore[attr-defined]
        violation_type=record.violation_type or "",
        category=PenaltyCategory(record.category) if record.category else None,
        fine_multiple=record.fine_multiple,
    )


async def superseded_among(ids: Sequence[int], conn: BaseDBAsyncClient | None = None) -> set[int]:
    query = CreditRecord.filter(supersedes_id__in=list(ids))
    if conn is not None:
        query = query.using_db(conn)
    return await id_set(query, "supersedes_id")


async def _facts_of_records(conn: BaseDBAsyncClient, ids: Sequence[int]) -> dict[int, int]:
    """Record id → the first record of its correction chain: the one fact the chain states."""
    first = {i: i for i in ids}
    while True:
        rows = await CreditRecord.filter(
            id__in=sorted(set(first.values())), supersedes_id__not_isnull=True
        ).using_db(conn).values_list("id", "supersedes_id")
        if not rows:
            return first
        back = {int(r): int(p) for r, p in rows}
        first = {i: back.get(at, at) for i, at in first.items()}


async def cited_facts(conn: BaseDBAsyncClient, enterprise_id: int, kind: ListKind) -> set[int]:
    """The facts (chain roots) that ground a listing of ``kind`` of the enterprise: a listing
    undecided, or decided and not revoked. Withdrawn and revoked listings free theirs."""
    cited = await id_set(
        ListingEvidence.filter(
            listing__enterprise_id=enterprise_id, listing__list_kind=kind.value,
            listing__withdrawn_on__isnull=True, listing__revoked_on__isnull=True,
        ).using_db(conn),
        "record_id",
    )
    if not cited:
        return set()
    return set((await _facts_of_records(conn, sorted(cited))).values())


# ------------------------------------------------------------------------- the shared prelude


@dataclass(frozen=True)
class Target:
    """The listing an action is about, loaded and authorised, with its cleaned text input."""

    listing_id: int
    enterprise: Enterprise
    text: str
    row_id: int  # the objection or application acted on (0 for the listing itself)


async def _target(
    caller: Caller,
    operation: str,
    *,
    listing_id: str | None = None,
    objection_id: str | None = None,
    application_id: str | None = None,
    day: date,
    day_field: str,
    text: str,
    text_field: str,
    limit: int = 2000,
) -> Target:
    """The common start of an action on a listing: role, input, load, authority.

    谁处罚、谁决定: only the deciding authority acts on its listing, wherever the
    enterprise is registered since (region is checked when proposing).
    """
    authorize(caller, operation)
    check = InputCheck()
    row_id = lid = 0
    if objection_id is not None:
        row_id = check.id(objection_id, "objectionId", "OBJECTION_NOT_FOUND")
    elif application_id is not None:
        row_id = check.id(application_id, "applicationId", "APPLICATION_NOT_FOUND")
    else:
        lid = check.id(listing_id, "listingId", "LISTING_NOT_FOUND")
    check.past_date(day, day_field)
    cleaned = check.text(text, text_field, required=True, limit=limit)
    check.done()
    if objection_id is not None:
        objection = await Objection.get_or_none(id=row_id)
        if objection is None:
            raise Refusal("OBJECTION_NOT_FOUND", "objectionId", str(objection_id))
        lid = objection.listing_id  # type: ignore[attr-defined]
    elif application_id is not None:
        application = await RepairApplication.get_or_none(id=row_id)
        if application is None:
            raise Refusal("APPLICATION_NOT_FOUND", "applicationId", str(application_id))
        lid = application.listing_id  # type: ignore[attr-defined]
    listing = await Listing.get_or_none(id=lid).prefetch_related("enterprise")
    if listing is None:
        raise Refusal("LISTING_NOT_FOUND", "listingId", str(listing_id))
    caller.require_deciding_authority(listing.authority_id)  # type: ignore[attr-defined]
    return Target(lid, listing.enterprise, cleaned, row_id)


async def _publish(conn: BaseDBAsyncClient, change: ListingChange, listing: Listing,
                   enterprise: Enterprise, on: date) -> None:
    authority = await Authority.get(id=listing.authority_id).using_db(conn)  # type: ignore[attr-defined]
    if change in (ListingChange.REPAIRED, ListingChange.REVOKED):
        await drop_hidden_expiry(conn, listing)
    await queue_listing_change(conn, change, listing, enterprise, authority, on)
    if change in (ListingChange.LISTED, ListingChange.RESTORED):
        # the period's end, hidden until its moment (or now, if already past)
        await queue_expiry(conn, listing, enterprise, authority)


# ------------------------------------------------------------------------- propose


@dataclass(frozen=True)
class ListedPersonInput:
    """A person named by a proposal made other than through the API (demo data, imports)."""

    name: str
    id_number: str
    role: ListedRole = ListedRole.PRINCIPAL
    id_type: IdType = IdType.RESIDENT_ID


def _named_persons(check: InputCheck, persons: Sequence[Any] | None) -> list[NamedPerson]:
    """The persons a proposal names, checked as input (every problem reported at once)."""
    if persons is not None and len(persons) > MAX_LISTED_PERSONS:
        check.add("INVALID_VALUE", "persons", f"每次最多{MAX_LISTED_PERSONS}人")
        return []
    named = []
    for index, person in enumerate(persons or ()):
        field_name = f"persons[{index}]"
        id_type = IdType(getattr(person, "id_type", None) or IdType.RESIDENT_ID)
        name = check.text(person.name, f"{field_name}.name", required=True, limit=100)
        number = check.id_number(person.id_number, f"{field_name}.idNumber", id_type)
        named.append(NamedPerson(name, number, ListedRole(person.role), id_type, field_name))
    return named


async def propose_listing(
    caller: Caller,
    *,
    code: str,
    list_kind: str,
    ground: str,
    evidence_record_ids: Sequence[str],
    notified_on: date,
    persons: Sequence[Any] | None = None,
) -> Listing:
    """告知: tell the party of the intended listing; the objection window opens.

    Persons listed with the unit (第11号令): those named, and the principal registered on
    ``notified_on`` when no principal is named (credit.domain.persons.listed_persons).
    """
    authorize(caller, "proposeListing")
    check = InputCheck()
    code = check.code(code)
    check.past_date(notified_on, "notifiedOn")
    ids = [check.id(i, "evidenceRecordIds", "RECORD_NOT_FOUND") for i in evidence_record_ids]
    named = _named_persons(check, persons)
    check.done()
    enterprise = await load_enterprise(code)
    records = await CreditRecord.filter(id__in=ids)
    missing = set(ids) - {r.id for r in records}
    if missing:
        raise Refusal("RECORD_NOT_FOUND", "evidenceRecordIds", ",".join(map(str, sorted(missing))))
    caller.require_region(enterprise.region_code)
    kind = ListKind(list_kind)
    parsed_ground = ListingGround(ground)
    # the regime in force for the enterprise's region on the notice date: recorded, and kept
    regime = regime_for(enterprise.region_code, notified_on)
    rules.check_ground_matches_kind(parsed_ground, kind)
    superseded = await superseded_among(ids)
    facts = [record_facts(r, superseded) for r in records]
    proposal = rules.Proposal(
        enterprise_id=enterprise.id, industry=Industry(enterprise.industry),
        authority_id=caller.authority_id, notified_on=notified_on,
    )
    rules.check_evidence(parsed_ground, proposal, facts, regime)
    principal = holder_on(await terms_of(enterprise.id), EnterpriseRole.PRINCIPAL, notified_on)
    registered = None
    if principal is not None:
        registered = NamedPerson(principal.name, principal.person, ListedRole.PRINCIPAL, principal.id_type)
    listed = person_rules.listed_persons(parsed_ground, named, registered)
    try:
        deadline = rules.objection_deadline(notified_on, regime, working_calendar())
    except Refusal as unknown:  # CALENDAR_UNKNOWN: the deadline falls in a year not yet published
        raise Refusal(unknown.code, "notifiedOn", unknown.first.detail) from unknown
    async with recording() as (conn, moment):
        # one open procedure per enterprise and list kind: not decided, withdrawn or revoked.
        # The enterprise row lock makes concurrent proposals take turns at this check.
        await Enterprise.select_for_update().using_db(conn).get(id=enterprise.id)
        pending = await Listing.filter(
            enterprise_id=enterprise.id, list_kind=kind.value, listed_on=None,
            withdrawn_on=None, revoked_on=None,
        ).using_db(conn).exists()
        if pending:
            raise Refusal("ALREADY_LISTED", "code", "已有未决定的告知")
        # one fact grounds one listing per list kind (a correction states the same fact)
        cited = await cited_facts(conn, enterprise.id, kind)
        if cited:
            rules.check_not_cited(await _facts_of_records(conn, ids), cited)
        listing = await Listing.create(
            enterprise=enterprise,
            list_kind=kind.value,
            ground=parsed_ground.value,
            authority_id=caller.authority_id,
            rules_version=regime.name,
            notified_on=notified_on,
            objection_deadline=deadline,
            restricts_unit=person_rules.restricts_unit(parsed_ground),
            recorded_at=moment,
            using_db=conn,
        )
        for record in records:
            await ListingEvidence.create(listing=listing, record=record, using_db=conn)
        if listed:
            rows = await ensure_persons(conn, [GivenPerson(p.id_type, p.id_number, p.name) for p in listed])
            for person in listed:
                await ListingPerson.create(listing=listing, person=rows[(person.id_type, person.id_number)],
                                           role=person.role.value, name=person.name, recorded_at=moment,
                                           using_db=conn)
        after = snapshot(listing)
        assert after is not None
        after["evidenceRecordIds"] = sorted(ids)
        after["persons"] = [
            {"name": p.name, "idNumber": mask_id_number(p.id_number), "role": p.role.value} for p in listed
        ]
        await audit(conn, caller, "proposeListing", listing, enterprise_code=code, before=None,
                    after=after)
    return listing


# ------------------------------------------------------------------------- objections


async def record_objection(
    caller: Caller, *, listing_id: str, filed_on: date, statement: str
) -> tuple[Objection, Listing]:
    """陈述申辩 / 异议, recorded by the authority as the party raised it."""
    target = await _target(caller, "recordObjection", listing_id=listing_id, day=filed_on,
                           day_field="filedOn", text=statement, text_field="statement")
    async with recording() as (conn, moment):
        listing, facts = await locked_listing(conn, target.listing_id)
        rules.check_objection(facts, filed_on)
        objection = await Objection.create(listing=listing, filed_on=filed_on, statement=target.text,
                                           recorded_at=moment, using_db=conn)
        await audit(conn, caller, "recordObjection", objection, enterprise_code=target.enterprise.code,
                    before=None, after=snapshot(objection))
    return objection, listing


async def decide_objection(
    caller: Caller, *, objection_id: str, upheld: bool, decided_on: date, reason: str
) -> tuple[Objection, Listing]:
    """An upheld objection withdraws the proposal (WITHDRAWN); a dismissed one lets it go on."""
    target = await _target(caller, "decideObjection", objection_id=objection_id, day=decided_on,
                           day_field="decidedOn", text=reason, text_field="reason")
    async with recording() as (conn, moment):
        listing, facts = await locked_listing(conn, target.listing_id)
        decided = rules.decide_objection(facts, target.row_id, upheld, decided_on)
        objection = await Objection.get(id=target.row_id, using_db=conn)
        before = snapshot(objection)
        outcome = decided.objection(target.row_id)
        objection.upheld = outcome.upheld
        objection.decided_on = outcome.decided_on
        objection.decision_reason = target.text
        objection.decided_at = moment
        await objection.save(using_db=conn)
        await write_listing(conn, listing, decided, moment)
        await audit(conn, caller, "decideObjection", objection, enterprise_code=target.enterprise.code,
                    before=before, after=snapshot(objection))
    return objection, listing


# ------------------------------------------------------------------------- decide and revoke


async def decide_listing(
    caller: Caller, *, listing_id: str, decision_number: str, decided_on: date
) -> Listing:
    """书面决定: the listing is in force from ``decided_on`` for the list kind's period."""
    target = await _target(caller, "decideListing", listing_id=listing_id, day=decided_on,
                           day_field="decidedOn", text=decision_number,
                           text_field="decisionNumber", limit=100)
    async with recording() as (conn, moment):
        listing, facts = await locked_listing(conn, target.listing_id)
        # decided under the regime it was proposed under, whatever the settings say today
        regime = regime_named(listing.rules_version)
        earlier = await _other_listings(conn, listing) if regime.repeat is not None else []
        decided = rules.decide(facts, decided_on, regime, earlier)
        before = snapshot(listing)
        listing.decision_number = target.text
        listing.publish_by = rules.publish_by(decided_on, regime, working_calendar())
        await listing.save(using_db=conn, update_fields=["decision_number", "publish_by"])
        await write_listing(conn, listing, decided, moment)
        await _publish(conn, ListingChange.LISTED, listing, target.enterprise, decided_on)
        await audit(conn, caller, "decideListing", listing, enterprise_code=target.enterprise.code,
                    before=before, after=snapshot(listing))
    return listing


async def _other_listings(conn: BaseDBAsyncClient, listing: Listing) -> list[rules.ListingFacts]:
    """The enterprise's other decided, unrevoked listings of the same kind (second-listing rule).

    The enterprise row is locked first: two decisions for one enterprise take turns, so the
    second sees the first (each locks only its own listing otherwise)."""
    await Enterprise.select_for_update().using_db(conn).get(id=listing.enterprise_id)  # type: ignore[attr-defined]
    others = await Listing.filter(
        enterprise_id=listing.enterprise_id, list_kind=listing.list_kind,  # type: ignore[attr-defined]
        listed_on__not_isnull=True, revoked_on__isnull=True,
    ).exclude(id=listing.id).using_db(conn).prefetch_related("repairs")
    return [facts_of(o, o.repairs) for o in others]


async def revoke_listing(caller: Caller, *, listing_id: str, revoked_on: date, reason: str) -> Listing:
    """撤销错误列入: voids the listing from its start."""
    target = await _target(caller, "revokeListing", listing_id=listing_id, day=revoked_on,
                           day_field="revokedOn", text=reason, text_field="reason")
    async with recording() as (conn, moment):
        listing, facts = await locked_listing(conn, target.listing_id)
        revoked = rules.revoke(facts, revoked_on)
        before = snapshot(listing)
        listing.revoke_reason = target.text
        await listing.save(using_db=conn, update_fields=["revoke_reason"])
        await write_listing(conn, listing, revoked, moment)
        await _publish(conn, ListingChange.REVOKED, listing, target.enterprise, revoked_on)
        await audit(conn, caller, "revokeListing", listing, enterprise_code=target.enterprise.code,
                    before=before, after=snapshot(listing))
    return listing


# ------------------------------------------------------------------------- credit repair


async def apply_credit_repair(
    caller: Caller, *, listing_id: str, applied_on: date, statement: str
) -> tuple[RepairApplication, Listing]:
    """信用修复申请, recorded by the deciding authority for the party."""
    target = await _target(caller, "applyCreditRepair", listing_id=listing_id, day=applied_on,
                           day_field="appliedOn", text=statement, text_field="statement")
    async with recording() as (conn, moment):
        listing, facts = await locked_listing(conn, target.listing_id)
        rules.check_repair_application(facts, applied_on, regime_named(listing.rules_version))
        application = await RepairApplication.create(
            listing=listing, applied_on=applied_on, statement=target.text, recorded_at=moment, using_db=conn
        )
        await audit(conn, caller, "applyCreditRepair", application,
                    enterprise_code=target.enterprise.code, before=None, after=snapshot(application))
    return application, listing


async def decide_credit_repair(
    caller: Caller, *, application_id: str, approved: bool, decided_on: date, reason: str
) -> tuple[RepairApplication, Listing]:
    """Approve: the listing ends on ``decided_on`` (REPAIRED). Reject: nothing changes."""
    target = await _target(caller, "decideCreditRepair", application_id=application_id,
                           day=decided_on, day_field="decidedOn", text=reason, text_field="reason")
    async with recording() as (conn, moment):
        listing, facts = await locked_listing(conn, target.listing_id)
        decided = rules.decide_repair(facts, target.row_id, approved, decided_on)
        application = await RepairApplication.get(id=target.row_id, using_db=conn)
        before = snapshot(application)
        application.status = decided.repair(target.row_id).status.value
        application.decided_on = decided_on
        application.decision_reason = target.text
        application.decided_at = moment
        await application.save(using_db=conn)
        await write_listing(conn, listing, decided, moment)
        if approved:
            await _publish(conn, ListingChange.REPAIRED, listing, target.enterprise, decided_on)
        await audit(conn, caller, "decideCreditRepair", application,
                    enterprise_code=target.enterprise.code, before=before, after=snapshot(application))
    return application, listing


async def revoke_credit_repair(
    caller: Caller, *, application_id: str, revoked_on: date, reason: str
) -> tuple[RepairApplication, Listing]:
    """A repair obtained by deceit is revoked: the listing reads as if it never happened."""
    target = await _target(caller, "revokeCreditRepair", application_id=application_id,
                           day=revoked_on, day_field="revokedOn", text=reason, text_field="reason")
    async with recording() as (conn, moment):
        listing, facts = await locked_listing(conn, target.listing_id)
        restored = rules.revoke_repair(facts, target.row_id, revoked_on)
        application = await RepairApplication.get(id=target.row_id, using_db=conn)
        before = snapshot(application)
        application.status = restored.repair(target.row_id).status.value
        application.revoked_on = revoked_on
        application.revoke_reason = target.text
        application.revoked_at = moment
        await application.save(using_db=conn)
        await write_listing(conn, listing, restored, moment)
        await _publish(conn, ListingChange.RESTORED, listing, target.enterprise, revoked_on)
        await audit(conn, caller, "revokeCreditRepair", application,
                    enterprise_code=target.enterprise.code, before=before, after=snapshot(application))
    return application, listing


# ------------------------------------------------------------------------- candidates


async def listing_candidates(
    caller: Caller, *, region: str, as_of: date
) -> list[tuple[Enterprise, list[ListingGround], list[CreditRecord]]]:
    """Enterprises whose records meet a blacklist ground but that have no blacklist listing
    (proposed, in force or pending) covering them, so regulators do not miss them. Records
    cited by an earlier blacklist procedure do not count again."""
    authorize(caller, "listingCandidates")
    if caller.role is Role.REGULATOR and not region.startswith(caller.region_prefix or "\0"):
        caller.require_region(region)
    # each enterprise is read under its region's regime on as_of; fetch the longest look-back
    lookback = max(r.candidate_lookback_months for r in shipped_regimes().values())
    since = add_months(as_of, -lookback)
    records = await CreditRecord.filter(
        enterprise__region_code__startswith=region,
        kind__in=[CreditRecordKind.ACCIDENT.value, CreditRecordKind.PENALTY.value],
        occurred_on__gte=since,
        occurred_on__lte=as_of,
    ).order_by("enterprise_id", "occurred_on")
    superseded = await superseded_among([r.id for r in records])
    # records a blacklist procedure already relied on were dealt with (listed, withdrawn on
    # objection, or revoked as erroneous): they must not make the enterprise a candidate again
    cited = await id_set(
        ListingEvidence.filter(
            record_id__in=[r.id for r in records], listing__list_kind=ListKind.BLACKLIST.value,
            listing__notified_on__lte=as_of,
        ),
        "record_id",
    )
    by_enterprise: dict[int, list[CreditRecord]] = {}
    for record in records:
        if record.id not in cited:
            by_enterprise.setdefault(record.enterprise_id, []).append(record)  # type: ignore[attr-defined]
    if not by_enterprise:
        return []
    enterprises = {e.id: e for e in await Enterprise.filter(id__in=list(by_enterprise))}
    found: list[tuple[int, list[ListingGround], list[CreditRecord]]] = []
    for enterprise_id, own in by_enterprise.items():
        enterprise = enterprises[enterprise_id]
        grounds = rules.candidate_grounds(
            [record_facts(r, superseded) for r in own], as_of,
            regime_for(enterprise.region_code, as_of), Industry(enterprise.industry),
        )
        if grounds:
            found.append((enterprise_id, grounds, own))
    if not found:
        return []
    # covered: a proposal open or a listing in force on as_of
    covering = status_condition(ListingStatus.NOTIFIED, as_of) | status_condition(ListingStatus.ACTIVE, as_of)
    covered = await id_set(
        Listing.filter(covering, enterprise_id__in=[e for e, _, _ in found],
                       list_kind=ListKind.BLACKLIST.value, notified_on__lte=as_of),
        "enterprise_id",
    )
    return [
        (enterprises[e], grounds, own) for e, grounds, own in found if e not in covered
    ]



# ------------------------------------------------------------------------- reading listings


@dataclass(frozen=True)
class ListingFilters:
    """What a listing search may ask for; every filter is optional."""

    list_kind: ListKind | None = None
    status: ListingStatus | None = None
    #: the moment ``status`` is judged at (default now)
    as_of: datetime | None = None
    region: str | None = None
    authority_code: str | None = None
    listed_from: date | None = None
    listed_to: date | None = None
    enterprise_id: int | None = None
    #: as known at this moment (credit.domain.knowledge): listings proposed by then, each
    #: read as known then (``ListingFacts.known_at``); None: as known now
    known_at: datetime | None = None


#: What a page of listings prefetches, so each listing's fields cost no query.
LISTING_RELATIONS = ("enterprise", "authority", "repairs")


def visible_listings(caller: Caller, known_at: datetime | None = None) -> Q:
    """Who may see what: undecided proposals only for regulators and admins (published facts
    for everyone else). Every listing query of the service starts from this condition.
    As known at ``known_at``: proposed by then, and for the others decided by then."""
    if known_at is None:
        return Q() if caller.sees_unpublished() else Q(listed_on__not_isnull=True)
    proposed = known_condition(known_at)
    if caller.sees_unpublished():
        return proposed
    return proposed & Q(listed_on__not_isnull=True) & (Q(decided_at=None) | known_condition(known_at, field="decided_at"))


def _matching(caller: Caller, filters: ListingFilters) -> QuerySet[Listing]:
    """Listings matching ``filters`` that ``caller`` may see (``visible_listings``)."""
    if filters.known_at is not None and filters.status is not None:
        raise ValueError("a status filter as known at a moment is not supported")  # no entry point asks
    query = Listing.filter(visible_listings(caller, filters.known_at))
    if filters.enterprise_id is not None:
        query = query.filter(enterprise_id=filters.enterprise_id)
    if filters.list_kind is not None:
        query = query.filter(list_kind=filters.list_kind.value)
    if filters.region:
        query = query.filter(enterprise__region_code__startswith=filters.region)
    if filters.authority_code:
        query = query.filter(authority__code=normalise_code(filters.authority_code))
    if filters.listed_from:
        query = query.filter(listed_on__gte=filters.listed_from)
    if filters.listed_to:
        query = query.filter(listed_on__lte=filters.listed_to)
    if filters.status is not None:
        day = china_date_of(filters.as_of or datetime.now(UTC))
        query = query.filter(status_condition(filters.status, day))
    return query


async def search(
    caller: Caller, filters: ListingFilters, *, first: int | None = None, after: str | None = None
) -> Page[Listing]:
    """Listings matching ``filters`` that ``caller`` may see, by id, one page at a time."""
    authorize(caller, "listings")
    limit = page_size(first)
    start = after_id(after)
    query = _matching(caller, filters)
    total = await query.count()
    rows = await (
        query.filter(id__gt=start).order_by("id").limit(limit + 1).prefetch_related(*LISTING_RELATIONS)
    )
    return Page(rows[:limit], len(rows) > limit, total)


@dataclass(frozen=True)
class EnterpriseListings:
    """One enterprise's page of listings as a field asks for it (``Enterprise.listings``),
    its arguments checked: what ``listings_of_enterprises`` reads for many at once."""

    caller: Caller
    enterprise_id: int
    list_kind: ListKind | None
    #: as known at this moment (None: now), as ``ListingFilters.known_at``
    known_at: datetime | None
    limit: int
    #: the id the page starts after
    start: int


def enterprise_listings(
    caller: Caller, enterprise_id: int, *, list_kind: ListKind | None = None, known_at: datetime | None = None,
    first: int | None = None, after: str | None = None,
) -> EnterpriseListings:
    """An enterprise's page of listings, asked for: authorised and its paging checked here,
    so a refusal is the asking field's own, before any batch is read."""
    authorize(caller, "listings")
    return EnterpriseListings(caller, enterprise_id, list_kind, known_at, page_size(first), after_id(after))


async def listings_of_enterprises(asked: Sequence[EnterpriseListings]) -> list[Page[Listing]]:
    """Each page asked for, in the order asked, as ``search`` with ``enterprise_id`` answers
    it alone (by id; the total the filters match): one statement reads the ids of the
    listings the caller may see of every enterprise asked alike (same caller, kind and
    moment), from which each page and total are cut, and one more reads every page's
    listings (with LISTING_RELATIONS) at once. The ids read are all of those enterprises'
    visible listings, as the count of a page alone scans them: an enterprise has few."""
    alike: dict[tuple[Caller, ListKind | None, datetime | None], set[int]] = {}
    for a in asked:
        alike.setdefault((a.caller, a.list_kind, a.known_at), set()).add(a.enterprise_id)
    visible: dict[tuple[Caller, ListKind | None, datetime | None, int], list[int]] = {}
    for (caller, list_kind, known_at), enterprise_ids in alike.items():
        query = _matching(caller, ListingFilters(list_kind=list_kind, known_at=known_at))
        rows = await query.filter(enterprise_id__in=sorted(enterprise_ids)).order_by("id").values_list(
            "id", "enterprise_id")
        for listing_id, enterprise_id in rows:
            visible.setdefault((caller, list_kind, known_at, int(enterprise_id)), []).append(int(listing_id))
    cut = [page_of_ids(visible.get((a.caller, a.list_kind, a.known_at, a.enterprise_id), []), a.start, a.limit)
           for a in asked]
    wanted = sorted({i for page in cut for i in page.rows})
    loaded = {row.id: row for row in await Listing.filter(id__in=wanted).prefetch_related(*LISTING_RELATIONS)} \
        if wanted else {}
    return [page.map(loaded.__getitem__) for page in cut]


async def get_listing(caller: Caller, raw_id: str) -> Listing | None:
    """One listing by id, if ``caller`` may see it (None otherwise, as for an unknown id)."""
    authorize(caller, "listing")
    pk = parse_id(raw_id)
    if pk is None:
        return None
    return await Listing.get_or_none(visible_listings(caller), id=pk)


# A listing's fields that read other tables, for many listings at once: the listings are
# those a reader above was allowed to see (credit.api.loaders gathers a request's into one
# call); each answers in the order of ``listing_ids``, repeats included.


async def evidence_record_ids(listing_ids: Sequence[int]) -> list[list[int]]:
    """The records each listing cites (证据材料), in id order."""
    cited = await evidence_of(listing_ids)
    return [cited.get(listing_id, []) for listing_id in listing_ids]


async def objections_of_listings(listing_ids: Sequence[int]) -> list[list[Objection]]:
    """Every objection raised against each listing, oldest first, whenever recorded: a reader
    as known at a moment leaves out those recorded later (``known(recorded_at, known_at)``)."""
    raised = await objections_of(listing_ids)
    return [raised.get(listing_id, []) for listing_id in listing_ids]
