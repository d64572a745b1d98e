"""The listing procedure as actions: propose (告知), objections (陈述申辩), decide (书面决定),
revoke, credit repair (信用修复) and its revocation, and candidate detection.

Each action: check input, load, authorise, apply the domain rule, write, audit and
queue the outbox event, all in one transaction. The rules themselves live in
credit.domain.listings.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from credit.domain import listings as rules
from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months
from credit.domain.errors import RuleViolation
from credit.domain.listings import (
    ListingChange,
    ListingFacts,
    ListingGround,
    ListKind,
    ObjectionFacts,
    RepairFacts,
    RepairStatus,
)
from credit.domain.records import CreditRecordKind, RecordFacts
from credit.services.auth import Caller, Role
from credit.services.common import (
    InputCheck,
    Refused,
    audit,
    listing_rules,
    snapshot,
    working_calendar,
)
from credit.services.outbox import drop_hidden_expiry, queue_expiry, queue_listing_change
from credit.services.records import load_enterprise
from credit.store.models import (
    Authority,
    CreditRecord,
    Enterprise,
    Listing,
    ListingEvidence,
    Objection,
    RepairApplication,
)


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
    )


async def superseded_among(ids: list[int], conn: BaseDBAsyncClient | None = None) -> set[int]:
    query = CreditRecord.filter(supersedes_id__in=ids)
    if conn is not None:
        query = query.using_db(conn)
    return set(await query.values_list("supersedes_id", flat=True))  # type: ignore[arg-type]


def listing_facts(
    listing: Listing,
    repairs: list[RepairApplication] | None = None,
    objections: list[Objection] | None = None,
) -> ListingFacts:
    return ListingFacts(
        list_kind=ListKind(listing.list_kind),
        ground=ListingGround(listing.ground),
        notified_on=listing.notified_on,
        objection_deadline=listing.objection_deadline,
        listed_on=listing.listed_on,
        expires_on=listing.expires_on,
        withdrawn_on=listing.withdrawn_on,
        revoked_on=listing.revoked_on,
        repairs=tuple(
            RepairFacts(r.id, r.applied_on, RepairStatus(r.status), r.decided_on, r.revoked_on)
            for r in repairs or ()
        ),
        objections=tuple(
            ObjectionFacts(o.id, o.filed_on, o.upheld, o.decided_on) for o in objections or ()
        ),
    )


async def _locked_listing(conn: BaseDBAsyncClient, listing_id: int) -> tuple[Listing, ListingFacts]:
    """Lock the listing row (one decision wins under concurrency) and load its facts."""
    listing = await Listing.select_for_update().using_db(conn).get(id=listing_id)
    repairs = await RepairApplication.filter(listing_id=listing_id).using_db(conn).order_by("id")
    objections = await Objection.filter(listing_id=listing_id).using_db(conn).order_by("id")
    return listing, listing_facts(listing, repairs, objections)


async def _load_listing(listing_id: int, field_name: str = "listingId") -> tuple[Listing, Enterprise]:
    listing = await Listing.get_or_none(id=listing_id).prefetch_related("enterprise")
    if listing is None:
        raise Refused.one("LISTING_NOT_FOUND", field_name, str(listing_id))
    return listing, listing.enterprise


def _authorise_on_listing(caller: Caller, listing: Listing, enterprise: Enterprise) -> None:
    caller.require(Role.REGULATOR)
    caller.require_region(enterprise.region_code)
    caller.require_deciding_authority(listing.authority_id)  # type: ignore[attr-defined]


async def _act_on_listing(
    caller: Caller, listing_id: str, day: date, day_field: str, text: str, text_field: str,
    *, limit: int = 2000,
) -> tuple[int, str, Enterprise]:
    """The common start of an action on a listing: check the input, load, authorise."""
    check = InputCheck()
    lid = _parse_id(listing_id, "listingId", check, "LISTING_NOT_FOUND")
    check.past_date(day, day_field)
    text = check.text(text, text_field, required=True, limit=limit)
    check.done()
    listing, enterprise = await _load_listing(lid)
    _authorise_on_listing(caller, listing, enterprise)
    return lid, text, enterprise


async def _act_on_application(
    caller: Caller, application_id: str, day: date, day_field: str, reason: str
) -> tuple[RepairApplication, Listing, str, Enterprise]:
    """The common start of an action on a repair application: check, load, authorise."""
    check = InputCheck()
    check.past_date(day, day_field)
    reason = check.text(reason, "reason", required=True)
    application = await _load_application(application_id, check)
    listing, enterprise = await _load_listing(application.listing_id, "applicationId")  # type: ignore[attr-defined]
    _authorise_on_listing(caller, listing, enterprise)
    return application, listing, reason, enterprise


def _apply(rule_call) -> None:  # type: ignore[no-untyped-def]
    """Run a domain check, turning its RuleViolation into a refusal."""
    try:
        rule_call()
    except RuleViolation as violation:
        raise Refused([violation]) from violation


#: ids are 32-bit integer keys: a larger number names nothing (and would fail in the driver)
MAX_ROW_ID = 2**31 - 1


def _parse_id(raw: str | int, field_name: str, check: InputCheck, not_found: str) -> int:
    try:
        value = int(raw)
    except (TypeError, ValueError):
        check.add(not_found, field_name, str(raw))
        return 0
    if not 0 < value <= MAX_ROW_ID:
        check.add(not_found, field_name, str(raw))
        return 0
    return value


# ------------------------------------------------------------------------- propose


async def propose_listing(
    caller: Caller,
    *,
    code: str,
    list_kind: str,
    ground: str,
    evidence_record_ids: list[str],
    notified_on: date,
) -> Listing:
    """告知: tell the party of the intended listing; the objection window opens."""
    check = InputCheck()
    code = check.code(code)
    check.past_date(notified_on, "notifiedOn")
    ids = [_parse_id(i, "evidenceRecordIds", check, "RECORD_NOT_FOUND") for i in evidence_record_ids]
    check.done()
    enterprise = await load_enterprise(code)
    records = await CreditRecord.filter(id__in=ids)
    missing = set(ids) - {r.id for r in records}
    if missing:
        raise Refused.one("RECORD_NOT_FOUND", "evidenceRecordIds", ",".join(map(str, sorted(missing))))
    caller.require(Role.REGULATOR)
    caller.require_region(enterprise.region_code)
    kind = ListKind(list_kind)
    parsed_ground = ListingGround(ground)
    config = listing_rules()
    _apply(lambda: rules.check_ground_matches_kind(parsed_ground, kind))
    superseded = await superseded_among(ids)
    facts = [record_facts(r, superseded) for r in records]
    _apply(lambda: rules.check_evidence(parsed_ground, enterprise.id, facts, notified_on, config))
    try:
        deadline = rules.objection_deadline(notified_on, config, working_calendar())
    except RuleViolation as violation:  # CALENDAR_UNKNOWN: the deadline falls in a year not yet published
        raise Refused([replace(violation, field="notifiedOn")]) from violation
    async with in_transaction() as conn:
        # one open procedure per enterprise and list kind: not decided, withdrawn or revoked.
        # The enterprise row lock makes concurrent proposals take turns at this check.
        await Enterprise.select_for_update().using_db(conn).get(id=enterprise.id)
        pending = await Listing.filter(
            enterprise_id=enterprise.id, list_kind=kind.value, listed_on=None,
            withdrawn_on=None, revoked_on=None,
        ).using_db(conn).exists()
        if pending:
            raise Refused.one("ALREADY_LISTED", "code", "已有未决定的告知")
        listing = await Listing.create(
            enterprise=enterprise,
            list_kind=kind.value,
            ground=parsed_ground.value,
            authority_id=caller.authority_id,
            rules_version=config.version,
            notified_on=notified_on,
            objection_deadline=deadline,
            using_db=conn,
        )
        for record in records:
            await ListingEvidence.create(listing=listing, record=record, using_db=conn)
        after = snapshot(listing)
        assert after is not None
        after["evidenceRecordIds"] = sorted(ids)
        await audit(conn, caller, "proposeListing", listing, enterprise_code=code, before=None,
                    after=after)
    return listing


# ------------------------------------------------------------------------- objections


async def record_objection(
    caller: Caller, *, listing_id: str, filed_on: date, statement: str
) -> Objection:
    """陈述申辩 / 异议, recorded by the authority as the party raised it."""
    lid, statement, enterprise = await _act_on_listing(
        caller, listing_id, filed_on, "filedOn", statement, "statement"
    )
    async with in_transaction() as conn:
        listing, facts = await _locked_listing(conn, lid)
        _apply(lambda: rules.check_objection(facts, filed_on))
        objection = await Objection.create(listing=listing, filed_on=filed_on, statement=statement,
                                           using_db=conn)
        await audit(conn, caller, "recordObjection", objection, enterprise_code=enterprise.code,
                    before=None, after=snapshot(objection))
    return objection


async def decide_objection(
    caller: Caller, *, objection_id: str, upheld: bool, decided_on: date, reason: str
) -> tuple[Objection, Listing]:
    """An upheld objection withdraws the proposal (WITHDRAWN); a dismissed one lets it go on."""
    check = InputCheck()
    oid = _parse_id(objection_id, "objectionId", check, "OBJECTION_NOT_FOUND")
    check.past_date(decided_on, "decidedOn")
    reason = check.text(reason, "reason", required=True)
    check.done()
    objection = await Objection.get_or_none(id=oid)
    if objection is None:
        raise Refused.one("OBJECTION_NOT_FOUND", "objectionId", str(objection_id))
    listing, enterprise = await _load_listing(objection.listing_id, "objectionId")  # type: ignore[attr-defined]
    _authorise_on_listing(caller, listing, enterprise)
    async with in_transaction() as conn:
        listing, facts = await _locked_listing(conn, listing.id)
        objection = await Objection.get(id=oid).using_db(conn)
        target = next(o for o in facts.objections if o.id == oid)
        _apply(lambda: rules.check_objection_decision(facts, target, decided_on))
        before = snapshot(objection)
        objection.upheld = upheld
        objection.decided_on = decided_on
        objection.decision_reason = reason
        objection.decided_at = datetime.now(UTC)
        await objection.save(using_db=conn)
        if upheld:
            listing.withdrawn_on = decided_on
            await listing.save(using_db=conn, update_fields=["withdrawn_on"])
        await audit(conn, caller, "decideObjection", objection, enterprise_code=enterprise.code,
                    before=before, after=snapshot(objection))
    return objection, listing


# ------------------------------------------------------------------------- decide


async def decide_listing(
    caller: Caller, *, listing_id: str, decision_number: str, decided_on: date
) -> Listing:
    """书面决定: the listing is in force from ``decided_on`` for the list kind's period."""
    lid, decision_number, enterprise = await _act_on_listing(
        caller, listing_id, decided_on, "decidedOn", decision_number, "decisionNumber", limit=100
    )
    async with in_transaction() as conn:
        listing, facts = await _locked_listing(conn, lid)
        try:
            listed_on, expires_on = rules.decide(facts, decided_on, listing_rules())
        except RuleViolation as violation:
            raise Refused([violation]) from violation
        before = snapshot(listing)
        listing.decision_number = decision_number
        listing.listed_on = listed_on
        listing.expires_on = expires_on
        listing.ends_on = expires_on
        listing.decided_at = datetime.now(UTC)
        await listing.save(using_db=conn)
        authority = await Authority.get(id=listing.authority_id).using_db(conn)  # type: ignore[attr-defined]
        await queue_listing_change(conn, ListingChange.LISTED, listing, enterprise, authority, listed_on)
        await queue_expiry(conn, listing, enterprise, authority)
        await audit(conn, caller, "decideListing", listing, enterprise_code=enterprise.code,
                    before=before, after=snapshot(listing))
    return listing


async def revoke_listing(caller: Caller, *, listing_id: str, revoked_on: date, reason: str) -> Listing:
    """撤销错误列入: voids the listing from its start."""
    lid, reason, enterprise = await _act_on_listing(caller, listing_id, revoked_on, "revokedOn", reason, "reason")
    async with in_transaction() as conn:
        listing, facts = await _locked_listing(conn, lid)
        _apply(lambda: rules.check_revoke_listing(facts, revoked_on))
        before = snapshot(listing)
        listing.revoked_on = revoked_on
        listing.revoke_reason = reason
        listing.revoked_at = datetime.now(UTC)
        listing.ends_on = None
        await listing.save(using_db=conn)
        authority = await Authority.get(id=listing.authority_id).using_db(conn)  # type: ignore[attr-defined]
        await drop_hidden_expiry(conn, listing)
        await queue_listing_change(conn, ListingChange.REVOKED, listing, enterprise, authority, revoked_on)
        await audit(conn, caller, "revokeListing", listing, enterprise_code=enterprise.code,
                    before=before, after=snapshot(listing))
    return listing


# ------------------------------------------------------------------------- credit repair


async def apply_credit_repair(
    caller: Caller, *, listing_id: str, applied_on: date, statement: str
) -> RepairApplication:
    """信用修复申请, recorded by the deciding authority for the party."""
    lid, statement, enterprise = await _act_on_listing(
        caller, listing_id, applied_on, "appliedOn", statement, "statement"
    )
    async with in_transaction() as conn:
        listing, facts = await _locked_listing(conn, lid)
        _apply(lambda: rules.check_repair_application(facts, applied_on, listing_rules()))
        application = await RepairApplication.create(
            listing=listing, applied_on=applied_on, statement=statement, using_db=conn
        )
        await audit(conn, caller, "applyCreditRepair", application, enterprise_code=enterprise.code,
                    before=None, after=snapshot(application))
    return application


async def _load_application(application_id: str, check: InputCheck) -> RepairApplication:
    aid = _parse_id(application_id, "applicationId", check, "APPLICATION_NOT_FOUND")
    check.done()
    application = await RepairApplication.get_or_none(id=aid)
    if application is None:
        raise Refused.one("APPLICATION_NOT_FOUND", "applicationId", str(application_id))
    return application


async def decide_credit_repair(
    caller: Caller, *, application_id: str, approved: bool, decided_on: date, reason: str
) -> tuple[RepairApplication, Listing]:
    """Approve: the listing ends on ``decided_on`` (REPAIRED). Reject: nothing changes."""
    application, listing, reason, enterprise = await _act_on_application(
        caller, application_id, decided_on, "decidedOn", reason
    )
    async with in_transaction() as conn:
        listing, facts = await _locked_listing(conn, listing.id)
        application = await RepairApplication.get(id=application.id).using_db(conn)
        target = next(r for r in facts.repairs if r.id == application.id)
        _apply(lambda: rules.check_repair_decision(facts, target, decided_on))
        before = snapshot(application)
        application.status = (RepairStatus.APPROVED if approved else RepairStatus.REJECTED).value
        application.decided_on = decided_on
        application.decision_reason = reason
        application.decided_at = datetime.now(UTC)
        await application.save(using_db=conn)
        if approved:
            listing.ends_on = decided_on
            await listing.save(using_db=conn, update_fields=["ends_on"])
            authority = await Authority.get(id=listing.authority_id).using_db(conn)  # type: ignore[attr-defined]
            await drop_hidden_expiry(conn, listing)
            await queue_listing_change(conn, ListingChange.REPAIRED, listing, enterprise, authority,
                                       decided_on)
        await audit(conn, caller, "decideCreditRepair", application, enterprise_code=enterprise.code,
                    before=before, after=snapshot(application))
    return application, listing


async def revoke_credit_repair(
    caller: Caller, *, application_id: str, revoked_on: date, reason: str
) -> tuple[RepairApplication, Listing]:
    """A repair obtained by deceit is revoked: the listing reads as if it never happened."""
    application, listing, reason, enterprise = await _act_on_application(
        caller, application_id, revoked_on, "revokedOn", reason
    )
    async with in_transaction() as conn:
        listing, facts = await _locked_listing(conn, listing.id)
        application = await RepairApplication.get(id=application.id).using_db(conn)
        target = next(r for r in facts.repairs if r.id == application.id)
        _apply(lambda: rules.check_repair_revocation(facts, target, revoked_on))
        before = snapshot(application)
        application.status = RepairStatus.REVOKED.value
        application.revoked_on = revoked_on
        application.revoke_reason = reason
        application.revoked_at = datetime.now(UTC)
        await application.save(using_db=conn)
        listing.ends_on = listing.expires_on
        await listing.save(using_db=conn, update_fields=["ends_on"])
        authority = await Authority.get(id=listing.authority_id).using_db(conn)  # type: ignore[attr-defined]
        await queue_listing_change(conn, ListingChange.RESTORED, listing, enterprise, authority, revoked_on)
        # the original period runs again: its end is queued anew (now, if already past)
        await queue_expiry(conn, listing, enterprise, authority)
        await audit(conn, caller, "revokeCreditRepair", application, enterprise_code=enterprise.code,
                    before=before, after=snapshot(application))
    return application, listing


# ------------------------------------------------------------------------- candidates


async def listing_candidates(
    caller: Caller, *, region: str, as_of: date
) -> list[tuple[Enterprise, list[ListingGround], list[CreditRecord]]]:
    """Enterprises whose records meet a blacklist ground but that have no blacklist listing
    (proposed, in force or pending) covering them, so regulators do not miss them. Records
    cited by an earlier blacklist procedure do not count again."""
    caller.require(Role.REGULATOR, Role.ADMIN)
    if caller.role is Role.REGULATOR and not region.startswith(caller.region_prefix or "\0"):
        caller.require_region(region)
    config = listing_rules()
    since = add_months(as_of, -config.candidate_lookback_months)
    records = await CreditRecord.filter(
        enterprise__region_code__startswith=region,
        kind__in=[CreditRecordKind.ACCIDENT.value, CreditRecordKind.PENALTY.value],
        occurred_on__gte=since,
        occurred_on__lte=as_of,
    ).order_by("enterprise_id", "occurred_on")
    superseded = await superseded_among([r.id for r in records])
    # records a blacklist procedure already relied on were dealt with (listed, withdrawn on
    # objection, or revoked as erroneous): they must not make the enterprise a candidate again
    cited = set(
        await ListingEvidence.filter(
            record_id__in=[r.id for r in records], listing__list_kind=ListKind.BLACKLIST.value,
            listing__notified_on__lte=as_of,
        ).values_list("record_id", flat=True)
    )
    by_enterprise: dict[int, list[CreditRecord]] = {}
    for record in records:
        if record.id not in cited:
            by_enterprise.setdefault(record.enterprise_id, []).append(record)  # type: ignore[attr-defined]
    found: list[tuple[int, list[ListingGround], list[CreditRecord]]] = []
    for enterprise_id, own in by_enterprise.items():
        grounds = rules.candidate_grounds([record_facts(r, superseded) for r in own], as_of, config)
        if grounds:
            found.append((enterprise_id, grounds, own))
    if not found:
        return []
    covered = set(
        await Listing.filter(
            enterprise_id__in=[e for e, _, _ in found], list_kind=ListKind.BLACKLIST.value,
            revoked_on=None, withdrawn_on=None,
        ).filter(notified_on__lte=as_of).filter(Q(ends_on=None) | Q(ends_on__gt=as_of)).values_list("enterprise_id", flat=True)
    )
    enterprises = {e.id: e for e in await Enterprise.filter(id__in=[e for e, _, _ in found])}
    return [
        (enterprises[e], grounds, own) for e, grounds, own in found if e not in covered
    ]
