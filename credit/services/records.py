"""Regulators' register and credit records: enterprises and their persons (任职, over dates),
accidents, penalties, hazards, honours and commitments. Corrections never overwrite: they
supersede; a new principal ends the previous one's term; an enterprise's update is a new
version of its details (credit.store.enterprises). Every write is a ``recording()``
transaction: its rows carry the transaction's moment (credit.store.clock)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Protocol

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from credit.domain.accidents import grade_accident
from credit.domain.calendar import china_today
from credit.domain.codes import IdType, is_valid_region_code, mask_id_number
from credit.domain.errors import Refusal
from credit.domain.listings import publish_by
from credit.domain.persons import (
    EnterpriseRole,
    RoleChange,
    RoleTerm,
    RoleUpdate,
    change_roles,
    check_principal_not_banned,
    holder_on,
)
from credit.domain.records import CreditRecordKind, HonourLevel, Industry, PenaltyCategory
from credit.services.access import authorize
from credit.services.auth import Caller
from credit.services.common import InputCheck, audit, regime_for, snapshot, working_calendar
from credit.services.outbox import queue_record
from credit.store import enterprises
from credit.store import supervision as supervision_store
from credit.store.clock import recording, transaction_moment
from credit.store.models import Authority, CreditRecord, Enterprise, PersonRole
from credit.store.persons import GivenPerson, ban_facts, bans_of, ensure_persons, terms_of
from credit.store.queries import id_set

#: persons one register or update may name
MAX_PERSONS = 50

#: records that a supervision class reads (credit.domain.supervision)
SUPERVISED_KINDS = frozenset({
    CreditRecordKind.ACCIDENT, CreditRecordKind.PENALTY, CreditRecordKind.HAZARD,
    CreditRecordKind.STANDARDISATION,
})


class Principal(Protocol):
    """主要负责人 as given: a name and an ID number (the API's input has this shape; it may
    also carry ``id_type`` and ``since``, read when present)."""

    @property
    def name(self) -> str: ...

    @property
    def id_number(self) -> str: ...


@dataclass(frozen=True)
class PrincipalInput:
    """A principal given by a caller other than the API (demo data, imports)."""

    name: str
    id_number: str
    id_type: IdType = IdType.RESIDENT_ID
    since: date | None = None


@dataclass(frozen=True)
class EnterprisePersonInput:
    """A person in a role, given by a caller other than the API."""

    role: EnterpriseRole
    name: str
    id_number: str
    id_type: IdType = IdType.RESIDENT_ID
    since: date | None = None
    until: date | None = None


async def _authority(caller: Caller, conn: BaseDBAsyncClient) -> Authority | None:
    if caller.authority_id is None:
        return None
    return await Authority.get(id=caller.authority_id, using_db=conn)


async def load_enterprise(code: str, field_name: str = "code") -> Enterprise:
    enterprise = await Enterprise.get_or_none(code=code)
    if enterprise is None:
        raise Refusal("ENTERPRISE_NOT_FOUND", field_name, code)
    return enterprise


# ----------------------------------------------------------------------------- persons in roles


def _role_changes(
    check: InputCheck, principal: Principal | None, persons: Sequence[Any] | None, today: date
) -> list[RoleChange]:
    """The persons an action names, checked (every problem reported at once) as role changes."""
    given: list[tuple[str, EnterpriseRole, Any]] = []
    if principal is not None:
        given.append(("principal", EnterpriseRole.PRINCIPAL, principal))
    for index, person in enumerate(persons or ()):
        given.append((f"persons[{index}]", EnterpriseRole(person.role), person))
    if len(given) > MAX_PERSONS:
        check.add("INVALID_VALUE", "persons", f"每次最多{MAX_PERSONS}人")
        return []
    changes = []
    for field_name, role, person in given:
        id_type = IdType(getattr(person, "id_type", None) or IdType.RESIDENT_ID)
        name = check.text(person.name, f"{field_name}.name", required=True, limit=100)
        number = check.id_number(person.id_number, f"{field_name}.idNumber", id_type)
        since = getattr(person, "since", None) or today
        until = getattr(person, "until", None)
        check.past_date(since, f"{field_name}.since")
        if until is not None:
            check.past_date(until, f"{field_name}.until")
        changes.append(RoleChange(number, role, since, name, id_type, until, field_name))
    return changes


async def _check_principal_bans(
    conn: BaseDBAsyncClient, terms: Sequence[RoleTerm], update: RoleUpdate, changes: Sequence[RoleChange],
    industry: Industry, today: date,
) -> None:
    """PRINCIPAL_BANNED: a principal this action names, on any day they serve up to today, or
    the principal who stays, today, barred by a ban for a unit of ``industry``."""
    ended = {term.id for term, _ in update.ended}
    serving: list[tuple[str, date, date, str]] = []  # number, first day, last day, field
    fields = {(c.person, c.role): c.field for c in changes}
    for term in update.started:
        if term.role is EnterpriseRole.PRINCIPAL and term.starts_on <= today:
            last = today if term.ends_on is None else min(today, term.ends_on - timedelta(days=1))
            if last >= term.starts_on:
                field_name = fields[(term.person, term.role)]
                serving.append((term.person, term.starts_on, last, f"{field_name}.idNumber"))
    if not any(t.role is EnterpriseRole.PRINCIPAL and t.ends_on is None for t in update.started):
        staying = holder_on([t for t in terms if t.id not in ended], EnterpriseRole.PRINCIPAL, today)
        if staying is not None:
            serving.append((staying.person, today, today, "principal"))
    if not serving:
        return
    bans = await bans_of({number for number, *_ in serving}, conn)
    for number, first, last, field_name in serving:
        check_principal_not_banned((ban_facts(b) for b in bans.get(number, ())), industry, first, last, field_name)


async def _write_roles(
    conn: BaseDBAsyncClient, caller: Caller, enterprise: Enterprise, update: RoleUpdate
) -> list[dict[str, Any]]:
    """Store a change of roles: terms that end get their end day (and ``ended_at``), new terms
    are added, at the transaction's moment. Returns what changed, with masked numbers, for
    the audit entry."""
    now = await transaction_moment(conn)
    changed: list[dict[str, Any]] = []
    for term, ends_on in update.ended:
        await PersonRole.filter(id=term.id, ends_on=None).using_db(conn).update(ends_on=ends_on, ended_at=now)
        changed.append({"ended": term.role.value, "idNumber": mask_id_number(term.person), "endsOn": ends_on.isoformat()})
    if update.started:
        persons = await ensure_persons(
            conn, [GivenPerson(t.id_type, t.person, t.name) for t in update.started]
        )
        for term in update.started:
            await PersonRole.create(
                person=persons[(term.id_type, term.person)], enterprise=enterprise, role=term.role.value,
                name=term.name, starts_on=term.starts_on, ends_on=term.ends_on, authority_id=caller.authority_id,
                ended_at=now if term.ends_on is not None else None, recorded_at=now, using_db=conn,
            )
            changed.append({
                "started": term.role.value, "name": term.name, "idNumber": mask_id_number(term.person),
                "startsOn": term.starts_on.isoformat(), "endsOn": term.ends_on.isoformat() if term.ends_on else None,
            })
    return changed


async def _apply_roles(
    conn: BaseDBAsyncClient, caller: Caller, enterprise: Enterprise, changes: Sequence[RoleChange], today: date,
) -> list[dict[str, Any]]:
    """The enterprise's persons after ``changes`` (its row is locked by the caller), refused
    if a principal would be banned; returns the audit's account of what changed."""
    terms = await terms_of(enterprise.id, conn)
    update = change_roles(terms, changes)
    await _check_principal_bans(conn, terms, update, changes, Industry(enterprise.industry), today)
    return await _write_roles(conn, caller, enterprise, update)


# ----------------------------------------------------------------------------- the register


async def register_enterprise(
    caller: Caller,
    *,
    code: str,
    name: str,
    region_code: str,
    industry: str,
    principal: Principal | None = None,
    persons: Sequence[Any] | None = None,
) -> Enterprise:
    """登记企业. Registering a code twice is refused; so is a principal banned for it (PRINCIPAL_BANNED)."""
    authorize(caller, "registerEnterprise")
    check = InputCheck()
    code = check.code(code)
    name = check.text(name, "name", required=True, limit=200)
    region_code = (region_code or "").strip()
    if not is_valid_region_code(region_code):
        check.add("INVALID_REGION", "regionCode", region_code)
    if industry not in Industry.__members__:
        check.add("INVALID_VALUE", "industry", industry)
    today = china_today()
    changes = _role_changes(check, principal, persons, today)
    check.done()
    caller.require_region(region_code)
    try:
        async with recording() as (conn, moment):
            if await Enterprise.filter(code=code).using_db(conn).exists():
                raise Refusal("ALREADY_REGISTERED", "code", code)
            enterprise = await enterprises.register(
                conn, moment, code=code, name=name, region_code=region_code, industry=industry,
                registered_by_id=caller.authority_id,
            )
            # every enterprise has its supervision row from the start: the plan reads that table
            await supervision_store.refresh(conn, [enterprise.id])
            after = snapshot(enterprise)
            assert after is not None
            if changes:
                after["persons"] = await _apply_roles(conn, caller, enterprise, changes, today)
            await audit(conn, caller, "registerEnterprise", enterprise, enterprise_code=code,
                        before=None, after=after)
    except IntegrityError as exc:  # a concurrent registration of the same code won
        raise Refusal("ALREADY_REGISTERED", "code", code) from exc
    return enterprise


async def update_enterprise(
    caller: Caller,
    *,
    code: str,
    name: str | None = None,
    region_code: str | None = None,
    industry: str | None = None,
    principal: Principal | None = None,
    persons: Sequence[Any] | None = None,
) -> Enterprise:
    """Change an enterprise's registered details: a new version, the earlier ones kept. A new
    principal ends the previous one's term (history is kept). Refused (PRINCIPAL_BANNED)
    while the principal it would have is banned for it on that day."""
    authorize(caller, "updateEnterprise")
    check = InputCheck()
    code = check.code(code)
    if name is not None:
        name = check.text(name, "name", required=True, limit=200)
    if region_code is not None and not is_valid_region_code(region_code):
        check.add("INVALID_REGION", "regionCode", region_code)
    if industry is not None and industry not in Industry.__members__:
        check.add("INVALID_VALUE", "industry", industry)
    today = china_today()
    changes = _role_changes(check, principal, persons, today)
    check.done()
    enterprise = await load_enterprise(code)
    caller.require_region(enterprise.region_code)
    if region_code is not None:
        caller.require_region(region_code)
    async with recording() as (conn, moment):
        enterprise = await Enterprise.select_for_update().using_db(conn).get(id=enterprise.id)
        before = snapshot(enterprise)
        await enterprises.write_version(conn, enterprise, moment, name=name, region_code=region_code,
                                        industry=industry)
        # after the new details: a principal's bans are judged against the industry it will have
        changed = await _apply_roles(conn, caller, enterprise, changes, today)
        await supervision_store.refresh(conn, [enterprise.id])  # the plan's copy of its region
        after = snapshot(enterprise)
        assert after is not None
        if changed:
            after["persons"] = changed
        await audit(conn, caller, "updateEnterprise", enterprise, enterprise_code=code,
                    before=before, after=after)
    return enterprise


async def record_with(
    caller: Caller,
    check: InputCheck,
    code: str,
    kind: CreditRecordKind,
    occurred_on: date,
    fields: Mapping[str, object],
    *,
    action: str,
    supersedes_record_id: str | None = None,
    derived: Callable[[Enterprise], Mapping[str, object]] | None = None,
) -> CreditRecord:
    """Shared tail of every record action: load, authorise, write, audit, queue, and the
    supervision projection refreshed in the same transaction.

    ``derived`` adds the fields that follow from the enterprise (its region's regime)."""
    supersedes_id = None
    if supersedes_record_id is not None:
        supersedes_id = check.id(supersedes_record_id, "supersedesRecordId", "RECORD_NOT_FOUND")
    check.done()
    enterprise = await load_enterprise(code)
    superseded = None
    if supersedes_id is not None:
        superseded = await CreditRecord.get_or_none(id=supersedes_id)
        if superseded is None:
            raise Refusal("RECORD_NOT_FOUND", "supersedesRecordId", str(supersedes_id))
    caller.require_region(enterprise.region_code)
    if derived is not None:
        fields = {**fields, **derived(enterprise)}
    if superseded is not None:
        if superseded.enterprise_id != enterprise.id:  # type: ignore[attr-defined]
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "supersedesRecordId")
        if superseded.kind != kind.value:
            raise Refusal("INVALID_VALUE", "supersedesRecordId", "更正记录须为同类记录")
    async with recording() as (conn, moment):
        if superseded is not None and await CreditRecord.filter(supersedes_id=superseded.id).using_db(
            conn
        ).exists():
            raise Refusal("EVIDENCE_SUPERSEDED", "supersedesRecordId", "该记录已被更正")
        if kind is CreditRecordKind.PENALTY and caller.authority_id is not None:
            # lock the authority row: two concurrent penalties with one number, one wins
            await Authority.select_for_update().using_db(conn).get(id=caller.authority_id)
            # only current records count: earlier links of a correction chain carry the same number
            same_number = await CreditRecord.filter(
                kind=kind.value, authority_id=caller.authority_id,
                decision_number=fields["decision_number"],
            ).using_db(conn).exclude(id=supersedes_id or 0).values_list("id", flat=True)
            if same_number:
                corrected = await CreditRecord.filter(supersedes_id__in=list(same_number)).using_db(
                    conn
                ).values_list("supersedes_id", flat=True)
                if set(same_number) - set(corrected):
                    raise Refusal("DUPLICATE_DECISION_NUMBER", "decisionNumber")
        if kind is CreditRecordKind.STANDARDISATION:
            # one certificate is recorded once per enterprise; a correction supersedes it
            await Enterprise.select_for_update().using_db(conn).get(id=enterprise.id)
            same = await CreditRecord.filter(
                enterprise_id=enterprise.id, kind=kind.value, reference=fields["reference"]
            ).using_db(conn).exclude(id=supersedes_id or 0).values_list("id", flat=True)
            if same and set(same) - await id_set(
                CreditRecord.filter(supersedes_id__in=list(same)).using_db(conn), "supersedes_id"
            ):
                raise Refusal("DUPLICATE_CERTIFICATE_NUMBER", "certificateNumber")
        authority = await _authority(caller, conn)
        record = await CreditRecord.create(
            enterprise=enterprise,
            kind=kind.value,
            occurred_on=occurred_on,
            authority=authority,
            supersedes_id=supersedes_id,
            recorded_at=moment,
            using_db=conn,
            **fields,
        )
        await audit(conn, caller, action, record, enterprise_code=enterprise.code,
                    before=snapshot(superseded), after=snapshot(record))
        await queue_record(conn, record, enterprise, authority)
        if kind in SUPERVISED_KINDS:
            await supervision_store.refresh(conn, [enterprise.id])
    return record


async def record_accident(
    caller: Caller,
    *,
    code: str,
    occurred_on: date,
    deaths: int,
    serious_injuries: int,
    direct_loss_yuan: Decimal,
    concealed: bool = False,
    description: str = "",
    supersedes_record_id: str | None = None,
) -> CreditRecord:
    """生产安全事故; the grade follows from the figures (highest any one reaches)."""
    authorize(caller, "recordAccident")
    check = InputCheck()
    code = check.code(code)
    check.past_date(occurred_on, "occurredOn")
    check.not_negative(deaths, "deaths")
    check.not_negative(serious_injuries, "seriousInjuries")
    check.not_negative(direct_loss_yuan, "directLossYuan")
    description = check.text(description, "description")
    grade = None
    if deaths >= 0 and serious_injuries >= 0 and direct_loss_yuan >= 0:
        grade = grade_accident(deaths, serious_injuries, direct_loss_yuan).name
    fields = {
        "deaths": deaths, "serious_injuries": serious_injuries, "direct_loss_yuan": direct_loss_yuan,
        "concealed": concealed, "grade": grade, "description": description,
    }
    return await record_with(caller, check, code, CreditRecordKind.ACCIDENT, occurred_on, fields,
                         action="recordAccident", supersedes_record_id=supersedes_record_id)


#: 罚款倍数 as stored (8 digits, 2 decimals): a larger or finer one names no real decision
_MAX_FINE_MULTIPLE = Decimal("999999.99")


async def record_penalty(
    caller: Caller,
    *,
    code: str,
    decision_number: str,
    decided_on: date,
    violation_type: str,
    legal_basis: str,
    fine_yuan: Decimal,
    description: str = "",
    category: str | None = None,
    content: str | None = None,
    violation_facts: str | None = None,
    fine_multiple: Decimal | None = None,
    supersedes_record_id: str | None = None,
) -> CreditRecord:
    """行政处罚决定, with the 双公示 fields. A decision number is recorded once per authority.

    The regime of the enterprise's region on ``decided_on`` gives the publication deadline
    (``publish_by``: its working days after the decision) and the publication end (公示截止期:
    the longest period of the decision's penalty types).
    """
    authorize(caller, "recordPenalty")
    check = InputCheck()
    code = check.code(code)
    decision_number = check.text(decision_number, "decisionNumber", required=True, limit=100)
    check.past_date(decided_on, "decidedOn")
    violation_type = check.text(violation_type, "violationType", required=True, limit=200)
    legal_basis = check.text(legal_basis, "legalBasis", required=True, limit=500)
    check.not_negative(fine_yuan, "fineYuan")
    description = check.text(description, "description")
    parsed_category = None
    if category is not None:
        try:
            parsed_category = PenaltyCategory(category)
        except ValueError:
            check.add("INVALID_VALUE", "category", category)
    content = check.text(content, "content") or None
    violation_facts = check.text(violation_facts, "violationFacts") or None
    if fine_multiple is not None:
        check.not_negative(fine_multiple, "fineMultiple")
        if fine_multiple > _MAX_FINE_MULTIPLE or fine_multiple != fine_multiple.quantize(Decimal("0.01")):
            check.add("INVALID_VALUE", "fineMultiple", "最多两位小数")
    fields: dict[str, object] = {
        "decision_number": decision_number, "violation_type": violation_type,
        "legal_basis": legal_basis, "fine_yuan": fine_yuan, "description": description,
        "reference": decision_number,
        "category": parsed_category.value if parsed_category else None, "content": content,
        "violation_facts": violation_facts, "fine_multiple": fine_multiple,
    }

    def publication(enterprise: Enterprise) -> dict[str, object]:
        regime = regime_for(enterprise.region_code, decided_on)
        return {
            "rules_version": regime.name,
            "publish_by": publish_by(decided_on, regime, working_calendar()),
            "publication_ends_on": regime.penalty_publication_ends_on(decided_on, parsed_category, fine_yuan),
        }

    return await record_with(caller, check, code, CreditRecordKind.PENALTY, decided_on, fields,
                       action="recordPenalty", supersedes_record_id=supersedes_record_id,
                       derived=publication)


_SIMPLE_ACTIONS = {
    CreditRecordKind.HAZARD: "recordHazard",
    CreditRecordKind.HONOUR: "recordHonour",
    CreditRecordKind.COMMITMENT: "recordCommitment",
}


async def record_simple(
    caller: Caller,
    *,
    kind: CreditRecordKind,
    code: str,
    occurred_on: date,
    description: str,
    reference: str | None = None,
    level: str | None = None,
    supersedes_record_id: str | None = None,
) -> CreditRecord:
    """Hazards (重大事故隐患未整改), honours (表彰) and commitments (信用承诺)."""
    action = _SIMPLE_ACTIONS[kind]
    authorize(caller, action)
    check = InputCheck()
    code = check.code(code)
    check.past_date(occurred_on, "occurredOn")
    description = check.text(description, "description", required=True)
    if kind is CreditRecordKind.HONOUR and level not in HonourLevel.__members__:
        check.add("INVALID_VALUE", "level", level)
    fields = {"description": description, "reference": reference, "level": level}
    return await record_with(caller, check, code, kind, occurred_on, fields, action=action,
                         supersedes_record_id=supersedes_record_id)
