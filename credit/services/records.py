"""Regulators' register and credit records: enterprises and their persons (任职, over dates),
accidents, penalties, hazards, honours and commitments. Corrections never overwrite: they
supersede; a new principal ends the previous one's term; an enterprise's update is a new
version of its details (credit.store.enterprises). Every write is a ``recording()``
transaction: its rows carry the transaction's moment (credit.store.clock)."""

from __future__ import annotations

import asyncio
import enum
import functools
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Hashable,
    Iterable,
    Mapping,
    Sequence,
)
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.fields import DecimalField
from tortoise.transactions import in_transaction

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
from credit.services.common import (
    InputCheck,
    audit,
    audit_entry,
    regime_for,
    snapshot,
    working_calendar,
)
from credit.services.outbox import hasten_queues, record_event
from credit.store import enterprises as register_store
from credit.store import records as stored
from credit.store import supervision as supervision_store
from credit.store.clock import NothingRecorded, recording, transaction_moment
from credit.store.models import (
    AuditEntry,
    Authority,
    CreditRecord,
    Enterprise,
    OutboxEvent,
    PersonRole,
)
from credit.store.persons import GivenPerson, ban_facts, bans_of, ensure_persons, terms_of
from credit.store.queries import as_loaded, insert_rows, new_row, reserve_ids

T = TypeVar("T")
#: an open recording: its transaction and its moment of the feed clock (credit.store.clock)
Recording = tuple[BaseDBAsyncClient, datetime]
D = TypeVar("D")
P = ParamSpec("P")

#: persons one register or update may name
MAX_PERSONS = 50

#: rows of a batch made between two turns of the event loop while its records are inserted
_SLICE = 100

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


# ----------------------------------------------------------------------------- batches
#
# Every record action is two steps: a *draft* (authorise, check the input: pure, no I/O)
# and a *batch writer* that loads, checks what needs the database and writes, for any
# number of drafts at once. The API's mutation is a batch of one (``_one``); a bulk
# import (credit.services.imports) drafts each row with the very same function and
# writes a chunk of drafts in one transaction. One copy of the rules serves both.


@asynccontextmanager
async def _batch_transaction(
    dry_run: bool, within: Recording | None = None
) -> AsyncIterator[tuple[BaseDBAsyncClient, datetime | None]]:
    """A batch's transaction and its moment. A batch that writes is a ``recording()``, or
    part of the one ``within`` (an action that records more than its records, in one moment:
    an inspection and its hazards); a batch that writes nothing there leaves it as it was. A
    dry run (an import's checking pass) only reads and judges: it takes no moment, so it holds
    no lock on the clock, which would hold up every writer and every check while it ran, and
    it always ends in NothingRecorded (rolled back)."""
    if within is not None and not dry_run:
        with suppress(NothingRecorded):
            yield within
        return
    if not dry_run:
        async with recording() as (conn, moment):
            yield conn, moment
        return
    try:
        async with in_transaction("default") as conn:
            yield conn, None
    except NothingRecorded:
        pass


class IfRecorded(enum.Enum):
    """What a batch does with a draft whose natural key is already recorded."""

    #: refuse it (ALREADY_REGISTERED, DUPLICATE_DECISION_NUMBER): the mutations
    REFUSE = "refuse"
    #: leave it out when the recorded fact is the same in every field, refuse it otherwise:
    #: imports, so that importing the same file again records nothing twice
    SKIP_IDENTICAL = "skip"


@dataclass
class Outcome(Generic[T]):
    """What a batch did with one draft: wrote it, refused it, or found it recorded already."""

    written: T | None = None
    refusal: Refusal | None = None
    already: bool = False


#: natural key → the content recorded (or accepted earlier in the same import) under it, or
#: a function giving it: worked out only when another draft claims the same key
Seen = dict[Hashable, Hashable | Callable[[], Hashable]]


def _one(outcomes: Sequence[Outcome[T]]) -> T:
    """The one draft's result, as the mutation answers it."""
    (outcome,) = outcomes
    if outcome.refusal is not None:
        raise outcome.refusal
    assert outcome.written is not None
    return outcome.written


def _claim(seen: Seen, key: Hashable, content: Callable[[], Hashable], if_recorded: IfRecorded, code: str,
           field_name: str) -> Outcome[Any] | None:
    """None when ``key`` is free (it is now taken by the draft's ``content``), else the draft's
    outcome: recorded already (the same content, when skipping those), or refused with ``code``."""
    if key not in seen:
        seen[key] = content
        return None
    if if_recorded is IfRecorded.REFUSE:
        return Outcome(refusal=Refusal(code, field_name))
    earlier = seen[key]
    if callable(earlier):
        earlier = seen[key] = earlier()
    if earlier == content():
        return Outcome(already=True)
    return Outcome(refusal=Refusal(code, field_name))


# ----------------------------------------------------------------------------- the register


@dataclass(frozen=True)
class EnterpriseDraft:
    """A registration whose input passed its checks (``registerEnterprise``), not yet written."""

    code: str
    name: str
    region_code: str
    industry: str
    changes: tuple[RoleChange, ...] = ()
    today: date | None = None

    def content(self) -> Hashable:
        """What the registration says beyond its code (its natural key): the register entry
        and who holds which role (the days a term starts are left out: given as "today" by
        default, they would differ from one day's import to the next)."""
        return (self.name, self.region_code, self.industry,
                frozenset((c.role.value, c.person, c.name) for c in self.changes))


def enterprise_draft(
    caller: Caller,
    *,
    code: str,
    name: str,
    region_code: str,
    industry: str,
    principal: Principal | None = None,
    persons: Sequence[Any] | None = None,
) -> EnterpriseDraft:
    """登记企业, checked: input shape, then the region (FORBIDDEN)."""
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
    return EnterpriseDraft(code, name, region_code, Industry[industry].value, tuple(changes), today)


async def register_enterprises(
    caller: Caller,
    drafts: Sequence[EnterpriseDraft],
    *,
    if_recorded: IfRecorded = IfRecorded.REFUSE,
    dry_run: bool = False,
    atomic: bool = False,
    seen: Seen | None = None,
) -> list[Outcome[Enterprise]]:
    """Register checked drafts in one transaction: a code is registered once, and no
    principal named may be banned for the enterprise (PRINCIPAL_BANNED).

    ``dry_run`` checks without writing; ``atomic`` writes nothing when any draft is
    refused; ``seen`` carries the codes taken by earlier drafts of the same import.
    """
    seen = {} if seen is None else seen
    earlier = dict(seen)
    try:
        return await _register(caller, drafts, if_recorded, dry_run, atomic, seen)
    except IntegrityError as exc:  # a concurrent registration of one of the codes won
        if len(drafts) == 1:
            raise Refusal("ALREADY_REGISTERED", "code", drafts[0].code) from exc
    # a batch: once more, now that the other registration is there to be seen
    seen.clear()
    seen.update(earlier)
    return await _register(caller, drafts, if_recorded, dry_run, atomic, seen)


async def _register(
    caller: Caller, drafts: Sequence[EnterpriseDraft], if_recorded: IfRecorded, dry_run: bool, atomic: bool,
    seen: Seen,
) -> list[Outcome[Enterprise]]:
    outcomes: list[Outcome[Enterprise]] = [Outcome() for _ in drafts]
    codes = list(dict.fromkeys(d.code for d in drafts))
    async with _batch_transaction(dry_run) as (conn, moment):
        registered = {e.code: e for e in await Enterprise.filter(code__in=codes).using_db(conn)}
        if registered and if_recorded is IfRecorded.SKIP_IDENTICAL:
            holders = await _role_holders(conn, [e.id for e in registered.values()])
            for code, enterprise in registered.items():
                seen.setdefault(("enterprise", code), (
                    enterprise.name, enterprise.region_code, enterprise.industry,
                    frozenset(holders.get(enterprise.id, ())),
                ))
        else:
            for code in registered:
                seen.setdefault(("enterprise", code), None)
        accepted: list[tuple[int, EnterpriseDraft, RoleUpdate | None]] = []
        for index, draft in enumerate(drafts):
            taken = _claim(seen, ("enterprise", draft.code), draft.content, if_recorded,
                           "ALREADY_REGISTERED", "code")
            if taken is not None:
                outcomes[index] = taken
                continue
            update = None
            if draft.changes:  # a new enterprise: its roles start from none
                update = change_roles([], list(draft.changes))
                try:
                    await _check_principal_bans(conn, [], update, draft.changes, Industry(draft.industry),
                                                draft.today or china_today())
                except Refusal as refusal:
                    outcomes[index] = Outcome(refusal=refusal)
                    continue
            accepted.append((index, draft, update))
        if dry_run or not accepted or (atomic and any(o.refusal for o in outcomes)):
            raise NothingRecorded  # rolls back: not even the clock moves
        assert moment is not None  # a batch that writes is a recording()
        registered_now = await register_store.register(conn, moment, [
            {"code": d.code, "name": d.name, "region_code": d.region_code, "industry": d.industry,
             "registered_by_id": caller.authority_id}
            for _, d, _ in accepted
        ])
        # every enterprise has its supervision row from the start: the plan reads that table
        await supervision_store.refresh(conn, [e.id for e in registered_now])
        entries = []
        for enterprise, (index, draft, update) in zip(registered_now, accepted, strict=True):
            after = snapshot(enterprise)
            assert after is not None
            if update is not None:
                after["persons"] = await _write_roles(conn, caller, enterprise, update)
            entries.append(new_row(AuditEntry, audit_entry(
                caller, "registerEnterprise", enterprise, at=moment, enterprise_code=draft.code, before=None,
                after=after,
            ), moment))
            outcomes[index] = Outcome(written=enterprise)
        await insert_rows(conn, AuditEntry, entries)
    return outcomes


async def _role_holders(conn: BaseDBAsyncClient, enterprise_ids: list[int]) -> dict[int, list[tuple[str, str, str]]]:
    """Who holds which role now, by enterprise: (role, number, name) of each term not ended."""
    terms = await PersonRole.filter(enterprise_id__in=enterprise_ids, ends_on=None).using_db(conn).prefetch_related(
        "person")
    found: dict[int, list[tuple[str, str, str]]] = {}
    for term in terms:
        found.setdefault(term.enterprise_id, []).append(  # type: ignore[attr-defined]
            (term.role, term.person.id_number, term.name))
    return found


def _batch_of_one(draft: Callable[Concatenate[Caller, P], D],
               write: Callable[[Caller, Sequence[D]], Awaitable[list[Outcome[T]]]]
               ) -> Callable[Concatenate[Caller, P], Coroutine[Any, Any, T]]:
    """The action itself: its draft, written as a batch of one (what the mutation calls)."""

    @functools.wraps(draft)
    async def action(caller: Caller, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return _one(await write(caller, [draft(caller, *args, **kwargs)]))

    return action


register_enterprise = _batch_of_one(enterprise_draft, register_enterprises)
register_enterprise.__doc__ = (
    "登记企业. Registering a code twice is refused; so is a principal banned for it (PRINCIPAL_BANNED)."
)


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
        await register_store.write_version(conn, enterprise, moment, name=name, region_code=region_code,
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


# ----------------------------------------------------------------------------- credit records


@dataclass(frozen=True)
class RecordDraft:
    """A credit record whose input passed its checks, not yet written (one row of a batch)."""

    action: str
    kind: CreditRecordKind
    code: str
    occurred_on: date
    fields: Mapping[str, object]
    supersedes_id: int | None = None
    #: the fields that follow from the enterprise (its region's regime), added when it is loaded
    derived: Callable[[stored.Party], Mapping[str, object]] | None = None


def _draft(check: InputCheck, code: str, kind: CreditRecordKind, occurred_on: date,
           fields: Mapping[str, object], *, action: str, supersedes_record_id: str | None,
           derived: Callable[[stored.Party], Mapping[str, object]] | None = None) -> RecordDraft:
    """Shared tail of every record draft: the id of the record corrected, then every input refusal."""
    supersedes_id = None
    if supersedes_record_id is not None:
        supersedes_id = check.id(supersedes_record_id, "supersedesRecordId", "RECORD_NOT_FOUND")
    check.done()
    return RecordDraft(action, kind, code, occurred_on, dict(fields), supersedes_id, derived)


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
    derived: Callable[[stored.Party], Mapping[str, object]] | None = None,
) -> CreditRecord:
    """One record action's tail, for actions kept elsewhere (credit.services.supervision):
    its draft, written as a batch of one."""
    draft = _draft(check, code, kind, occurred_on, fields, action=action,
                   supersedes_record_id=supersedes_record_id, derived=derived)
    return _one(await write_records(caller, [draft]))


def _content(enterprise_id: int, occurred_on: date, fields: Iterable[tuple[str, object]]) -> Hashable:
    """Everything a record says: two records with equal content record the same fact."""
    return (enterprise_id, occurred_on, tuple(sorted(fields)))


@functools.cache
def _money_columns() -> dict[str, Callable[[Any], Any]]:
    """Decimal columns and their conversion to the column's places, as the database keeps them."""
    return {name: field.to_python_value for name, field in CreditRecord._meta.fields_map.items()
            if isinstance(field, DecimalField)}


def _draft_content(draft: RecordDraft, enterprise: stored.Party) -> Hashable:
    """What the row says (the fields derived from the regime left out: they are the service's)."""
    money = _money_columns()
    return _content(enterprise.id, draft.occurred_on,
                    ((name, money[name](value) if name in money else value) for name, value in draft.fields.items()))


def _recorded_content(row: stored.Row, names: Iterable[str]) -> Hashable:
    """The content of a row as the driver read it (SQLite gives text and integers: converted)."""
    columns = CreditRecord._meta.fields_map
    return _content(row["enterprise_id"], columns["occurred_on"].to_python_value(row["occurred_on"]),
                    ((name, columns[name].to_python_value(row[name])) for name in names))


#: the refusal when a record's natural key is taken, by kind
_TAKEN = {
    CreditRecordKind.PENALTY: ("DUPLICATE_DECISION_NUMBER", "decisionNumber"),
    CreditRecordKind.STANDARDISATION: ("DUPLICATE_CERTIFICATE_NUMBER", "certificateNumber"),
}


def _natural_key(caller: Caller, draft: RecordDraft, enterprise: stored.Party, if_recorded: IfRecorded
                 ) -> Hashable | None:
    """What makes a record the same fact as another, where the service knows one.

    A penalty: its decision number (处罚决定书文号), once per authority; a standardisation
    grade: its certificate number, once per enterprise (for the mutations too:
    DUPLICATE_DECISION_NUMBER, DUPLICATE_CERTIFICATE_NUMBER). An accident has no number: for
    an import it is the same accident when every field of the row is the same (its content);
    the mutation records what it is given.
    """
    if draft.kind is CreditRecordKind.PENALTY and caller.authority_id is not None:
        return ("penalty", caller.authority_id, draft.fields["decision_number"])
    if draft.kind is CreditRecordKind.STANDARDISATION:
        return ("certificate", enterprise.id, draft.fields["reference"])
    if draft.kind is CreditRecordKind.ACCIDENT and if_recorded is IfRecorded.SKIP_IDENTICAL:
        return ("accident", _draft_content(draft, enterprise))
    return None


async def write_records(
    caller: Caller,
    drafts: Sequence[RecordDraft],
    *,
    if_recorded: IfRecorded = IfRecorded.REFUSE,
    dry_run: bool = False,
    atomic: bool = False,
    seen: Seen | None = None,
    within: Recording | None = None,
) -> list[Outcome[CreditRecord]]:
    """Load, check and write checked drafts: each record with its audit entry and outbox
    event, all in one transaction (one moment of the feed clock for the batch), or in the
    recording ``within``.

    Per draft, in the mutation's order: the enterprise and a corrected record must exist
    (ENTERPRISE_NOT_FOUND, RECORD_NOT_FOUND), the enterprise must lie in the caller's
    region (FORBIDDEN), a correction must be of the same enterprise and kind and not
    corrected already, a penalty's decision number is recorded once per authority and a
    certificate once per enterprise. The supervision projection is refreshed in the same
    transaction for the kinds it reads.
    ``dry_run``, ``atomic`` and ``seen`` as in :func:`register_enterprises`.
    """
    seen = {} if seen is None else seen
    outcomes: list[Outcome[CreditRecord]] = [Outcome() for _ in drafts]
    codes = list(dict.fromkeys(d.code for d in drafts))
    enterprises = await stored.parties(codes)
    wanted = [d.supersedes_id for d in drafts if d.supersedes_id is not None]
    superseded = {r.id: r for r in await CreditRecord.filter(id__in=wanted)} if wanted else {}
    checked: list[tuple[int, RecordDraft, stored.Party]] = []
    for index, draft in enumerate(drafts):
        try:
            enterprise = enterprises.get(draft.code)
            if enterprise is None:
                raise Refusal("ENTERPRISE_NOT_FOUND", "code", draft.code)
            earlier = superseded.get(draft.supersedes_id) if draft.supersedes_id is not None else None
            if draft.supersedes_id is not None and earlier is None:
                raise Refusal("RECORD_NOT_FOUND", "supersedesRecordId", str(draft.supersedes_id))
            caller.require_region(enterprise.region_code)
            if earlier is not None:
                if earlier.enterprise_id != enterprise.id:  # type: ignore[attr-defined]
                    raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "supersedesRecordId")
                if earlier.kind != draft.kind.value:
                    raise Refusal("INVALID_VALUE", "supersedesRecordId", "更正记录须为同类记录")
        except Refusal as refusal:
            outcomes[index] = Outcome(refusal=refusal)
            continue
        checked.append((index, draft, enterprise))
    async with _batch_transaction(dry_run, within) as (conn, moment):
        corrected = await stored.corrected(conn, list(superseded))
        if not dry_run:
            # the rows a number is unique under: two concurrent writers of one number, one wins
            if any(d.kind is CreditRecordKind.PENALTY for _, d, _ in checked) and caller.authority_id is not None:
                await Authority.select_for_update().using_db(conn).get(id=caller.authority_id)
            certified = sorted({e.id for _, d, e in checked if d.kind is CreditRecordKind.STANDARDISATION})
            if certified:
                await Enterprise.select_for_update().using_db(conn).filter(id__in=certified)
        await _load_recorded(conn, caller, [(d, e) for _, d, e in checked], if_recorded, seen)
        accepted: list[tuple[int, RecordDraft, stored.Party]] = []
        for index, draft, enterprise in checked:
            if draft.supersedes_id in corrected:
                outcomes[index] = Outcome(refusal=Refusal("EVIDENCE_SUPERSEDED", "supersedesRecordId", "该记录已被更正"))
                continue
            key = _natural_key(caller, draft, enterprise, if_recorded)
            taken = None if key is None else _claim(
                seen, key, functools.partial(_draft_content, draft, enterprise), if_recorded,
                *_TAKEN.get(draft.kind, ("DUPLICATE_DECISION_NUMBER", "decisionNumber")),
            )
            if taken is not None:
                outcomes[index] = taken
                continue
            accepted.append((index, draft, enterprise))
        if dry_run or not accepted or (atomic and any(o.refusal for o in outcomes)):
            raise NothingRecorded  # rolls back: not even the clock moves
        assert moment is not None  # a batch that writes is a recording()
        authority = await _authority(caller, conn)
        ids = await reserve_ids(conn, CreditRecord, len(accepted))
        rows = [
            new_row(CreditRecord, {
                "id": pk, "enterprise_id": enterprise.id, "kind": draft.kind.value, "occurred_on": draft.occurred_on,
                "authority_id": caller.authority_id, "supersedes_id": draft.supersedes_id, **draft.fields,
                **(draft.derived(enterprise) if draft.derived is not None else {}),
            }, moment)
            for pk, (_, draft, enterprise) in zip(ids, accepted, strict=True)
        ]
        # the database inserts the records while their audit entries and events are made
        inserting = asyncio.ensure_future(insert_rows(conn, CreditRecord, rows))
        try:
            entries, events = [], []
            for n, (row, (index, draft, enterprise)) in enumerate(zip(rows, accepted, strict=True)):
                if n % _SLICE == 0:
                    await asyncio.sleep(0)  # lets the insert send what it has ready
                record = as_loaded(CreditRecord, row)
                earlier = superseded.get(draft.supersedes_id) if draft.supersedes_id is not None else None
                entries.append(new_row(AuditEntry, audit_entry(
                    caller, draft.action, record, at=moment, enterprise_code=enterprise.code,
                    before=snapshot(earlier), after=snapshot(record),
                ), moment))
                events.append(new_row(OutboxEvent, record_event(record, enterprise, authority, moment), moment))
                outcomes[index] = Outcome(written=record)
        finally:
            await inserting
        await insert_rows(conn, AuditEntry, entries)
        await hasten_queues(conn, events)  # their publication deadlines, lent to the events ahead
        await insert_rows(conn, OutboxEvent, events)
        # the supervision projection follows the records it reads, in the same transaction
        await supervision_store.refresh(conn, [e.id for _, d, e in accepted if d.kind in SUPERVISED_KINDS])
    return outcomes


async def _load_recorded(
    conn: BaseDBAsyncClient,
    caller: Caller,
    drafts: Sequence[tuple[RecordDraft, stored.Party]],
    if_recorded: IfRecorded,
    seen: Seen,
) -> None:
    """Put the current records (not corrected since) under the drafts' natural keys into ``seen``."""
    numbers = sorted({str(d.fields["decision_number"]) for d, _ in drafts if d.kind is CreditRecordKind.PENALTY})
    if numbers and caller.authority_id is not None:
        corrections = {d.supersedes_id for d, _ in drafts if d.supersedes_id is not None}
        fields = _field_names(drafts, CreditRecordKind.PENALTY)
        for row in await _current(conn, await stored.numbered_penalties(conn, caller.authority_id, numbers)):
            # a correction may keep the number of the record it corrects
            if row["id"] not in corrections:
                seen.setdefault(("penalty", caller.authority_id, row["decision_number"]),
                                _recorded_content(row, fields))
    certificates = sorted({(e.id, str(d.fields["reference"])) for d, e in drafts
                           if d.kind is CreditRecordKind.STANDARDISATION})
    if certificates:
        corrections = {d.supersedes_id for d, _ in drafts if d.supersedes_id is not None}
        fields = _field_names(drafts, CreditRecordKind.STANDARDISATION)
        for row in await _current(conn, await stored.certificates(conn, certificates)):
            if row["id"] not in corrections:
                seen.setdefault(("certificate", row["enterprise_id"], row["reference"]),
                                _recorded_content(row, fields))
    accidents = sorted({(e.id, d.occurred_on) for d, e in drafts if d.kind is CreditRecordKind.ACCIDENT})
    if accidents and if_recorded is IfRecorded.SKIP_IDENTICAL:
        fields = _field_names(drafts, CreditRecordKind.ACCIDENT)
        for row in await _current(conn, await stored.accidents_on(conn, accidents)):
            content = _recorded_content(row, fields)
            seen.setdefault(("accident", content), content)


def _field_names(drafts: Sequence[tuple[RecordDraft, stored.Party]], kind: CreditRecordKind) -> list[str]:
    return sorted(next(iter(d.fields for d, _ in drafts if d.kind is kind), {}))


async def _current(conn: BaseDBAsyncClient, rows: list[stored.Row]) -> list[stored.Row]:
    """The records of ``rows`` that no later record corrects."""
    if not rows:
        return []
    corrected = await stored.corrected(conn, [row["id"] for row in rows])
    return [row for row in rows if row["id"] not in corrected]


def accident_draft(
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
) -> RecordDraft:
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
    return _draft(check, code, CreditRecordKind.ACCIDENT, occurred_on, fields,
                  action="recordAccident", supersedes_record_id=supersedes_record_id)


#: 罚款倍数 as stored (8 digits, 2 decimals): a larger or finer one names no real decision
_MAX_FINE_MULTIPLE = Decimal("999999.99")


def penalty_draft(
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
) -> RecordDraft:
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

    def publication(enterprise: stored.Party) -> dict[str, object]:
        regime = regime_for(enterprise.region_code, decided_on)
        return {
            "rules_version": regime.name,
            "publish_by": publish_by(decided_on, regime, working_calendar()),
            "publication_ends_on": regime.penalty_publication_ends_on(decided_on, parsed_category, fine_yuan),
        }

    return _draft(check, code, CreditRecordKind.PENALTY, decided_on, fields,
                  action="recordPenalty", supersedes_record_id=supersedes_record_id, derived=publication)


record_accident = _batch_of_one(accident_draft, write_records)
record_penalty = _batch_of_one(penalty_draft, write_records)


_SIMPLE_ACTIONS = {
    CreditRecordKind.HAZARD: "recordHazard",
    CreditRecordKind.HONOUR: "recordHonour",
    CreditRecordKind.COMMITMENT: "recordCommitment",
}


def simple_draft(
    caller: Caller,
    *,
    kind: CreditRecordKind,
    code: str,
    occurred_on: date,
    description: str,
    reference: str | None = None,
    level: str | None = None,
    supersedes_record_id: str | None = None,
) -> RecordDraft:
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
    return _draft(check, code, kind, occurred_on, fields, action=action,
                  supersedes_record_id=supersedes_record_id)


record_simple = _batch_of_one(simple_draft, write_records)


def hazard_found_in(caller: Caller, inspection_id: int, inspected_on: date, code: str, description: str) -> RecordDraft:
    """A hazard (重大事故隐患) an inspection found and did not see rectified on the spot: the
    draft of recordHazard, of the inspection's day, naming the inspection and linked to it
    (credit.services.supervision writes it in the inspection's own recording)."""
    draft = simple_draft(caller, kind=CreditRecordKind.HAZARD, code=code, occurred_on=inspected_on,
                         description=description, reference=f"检查#{inspection_id}")
    return replace(draft, fields={**draft.fields, "inspection_id": inspection_id})
