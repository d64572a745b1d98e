"""Regulators' register and credit records: enterprises, accidents, penalties, hazards,
honours and commitments. Corrections never overwrite: they supersede."""

from __future__ import annotations

import asyncio
import enum
import functools
from collections.abc import Awaitable, Callable, Coroutine, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.fields import DecimalField
from tortoise.transactions import in_transaction

from credit.domain.accidents import grade_accident
from credit.domain.codes import is_valid_region_code
from credit.domain.errors import Refusal
from credit.domain.records import CreditRecordKind, HonourLevel, Industry
from credit.services.access import authorize
from credit.services.auth import Caller
from credit.services.common import InputCheck, audit, audit_entry, snapshot
from credit.services.outbox import record_event
from credit.store import records as stored
from credit.store.clock import next_feed_moment
from credit.store.models import AuditEntry, Authority, CreditRecord, Enterprise, OutboxEvent, Person
from credit.store.queries import as_loaded, insert_rows, new_row, reserve_ids

T = TypeVar("T")
D = TypeVar("D")
P = ParamSpec("P")

#: rows of a batch made between two turns of the event loop while its records are inserted
_SLICE = 100


class Principal(Protocol):
    """主要负责人 as given: a name and a resident ID number (the API's input has this shape)."""

    @property
    def name(self) -> str: ...

    @property
    def id_number(self) -> str: ...


@dataclass(frozen=True)
class PrincipalInput:
    """A principal given by a caller other than the API (demo data, imports)."""

    name: str
    id_number: str


async def _authority(caller: Caller, conn: BaseDBAsyncClient) -> Authority | None:
    if caller.authority_id is None:
        return None
    return await Authority.get(id=caller.authority_id, using_db=conn)


async def load_enterprise(code: str, field_name: str = "code") -> Enterprise:
    enterprise = await Enterprise.get_or_none(code=code)
    if enterprise is None:
        raise Refusal("ENTERPRISE_NOT_FOUND", field_name, code)
    return enterprise


# ----------------------------------------------------------------------------- batches
#
# Every record action is two steps: a *draft* (authorise, check the input: pure, no I/O)
# and a *batch writer* that loads, checks what needs the database and writes, for any
# number of drafts at once. The API's mutation is a batch of one (``_one``); a bulk
# import (credit.services.imports) drafts each row with the very same function and
# writes a chunk of drafts in one transaction. One copy of the rules serves both.


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


@dataclass(frozen=True)
class EnterpriseDraft:
    """A registration whose input passed its checks (``registerEnterprise``), not yet written."""

    code: str
    name: str
    region_code: str
    industry: str
    principal_name: str | None = None
    principal_id_number: str | None = None

    def content(self) -> Hashable:
        """What the registration says beyond its code (its natural key)."""
        return (self.name, self.region_code, self.industry, self.principal_name, self.principal_id_number)


def enterprise_draft(
    caller: Caller,
    *,
    code: str,
    name: str,
    region_code: str,
    industry: str,
    principal: Principal | None = None,
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
    principal_name = principal_id = None
    if principal is not None:
        principal_name = check.text(principal.name, "principal.name", required=True, limit=100)
        principal_id = check.id_number(principal.id_number, "principal.idNumber")
    check.done()
    caller.require_region(region_code)
    return EnterpriseDraft(code, name, region_code, Industry[industry].value, principal_name, principal_id)


async def register_enterprises(
    caller: Caller,
    drafts: Sequence[EnterpriseDraft],
    *,
    if_recorded: IfRecorded = IfRecorded.REFUSE,
    dry_run: bool = False,
    atomic: bool = False,
    seen: Seen | None = None,
) -> list[Outcome[Enterprise]]:
    """Register checked drafts in one transaction: a code is registered once.

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
    async with in_transaction("default") as conn:
        registered = {e.code: e for e in await Enterprise.filter(code__in=codes).using_db(conn)}
        principals = await _current_principals(conn, [e.id for e in registered.values()])
        for code, enterprise in registered.items():
            principal = principals.get(enterprise.id)
            seen.setdefault(("enterprise", code), (
                enterprise.name, enterprise.region_code, enterprise.industry,
                principal.name if principal else None, principal.id_number if principal else None,
            ))
        accepted: list[tuple[int, EnterpriseDraft]] = []
        for index, draft in enumerate(drafts):
            taken = _claim(seen, ("enterprise", draft.code), draft.content, if_recorded,
                           "ALREADY_REGISTERED", "code")
            if taken is None:
                accepted.append((index, draft))
            else:
                outcomes[index] = taken
        if dry_run or not accepted or (atomic and any(o.refusal for o in outcomes)):
            return outcomes
        ids = await reserve_ids(conn, Enterprise, len(accepted))
        now = datetime.now(UTC)
        rows = [
            new_row(Enterprise, {"id": pk, "code": d.code, "name": d.name, "region_code": d.region_code,
                                 "industry": d.industry, "registered_by_id": caller.authority_id}, now)
            for pk, (_, d) in zip(ids, accepted, strict=True)
        ]
        await insert_rows(conn, Enterprise, rows)
        enterprises = [as_loaded(Enterprise, row) for row in rows]
        await insert_rows(conn, Person, [
            new_row(Person, {"enterprise_id": e.id, "name": d.principal_name,
                             "id_number": d.principal_id_number}, now)
            for e, (_, d) in zip(enterprises, accepted, strict=True) if d.principal_id_number
        ])
        entries = []
        for enterprise, (index, draft) in zip(enterprises, accepted, strict=True):
            after = snapshot(enterprise)
            assert after is not None
            if draft.principal_name is not None:
                after["principal"] = {"name": draft.principal_name, "idNumber": "(recorded)"}
            entries.append(new_row(AuditEntry, audit_entry(
                caller, "registerEnterprise", enterprise, enterprise_code=draft.code, before=None, after=after,
            ), now))
            outcomes[index] = Outcome(written=enterprise)
        await insert_rows(conn, AuditEntry, entries)
    return outcomes


async def _current_principals(conn: BaseDBAsyncClient, enterprise_ids: list[int]) -> dict[int, Person]:
    """主要负责人 now (the latest not superseded) of each enterprise that has one."""
    if not enterprise_ids:
        return {}
    persons = await Person.filter(
        enterprise_id__in=enterprise_ids, role="PRINCIPAL", superseded_at=None
    ).using_db(conn).order_by("id")
    return {p.enterprise_id: p for p in persons}  # type: ignore[attr-defined]


def _recording(draft: Callable[Concatenate[Caller, P], D],
               write: Callable[[Caller, Sequence[D]], Awaitable[list[Outcome[T]]]]
               ) -> Callable[Concatenate[Caller, P], Coroutine[Any, Any, T]]:
    """The action itself: its draft, written as a batch of one (what the mutation calls)."""

    @functools.wraps(draft)
    async def action(caller: Caller, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return _one(await write(caller, [draft(caller, *args, **kwargs)]))

    return action


register_enterprise = _recording(enterprise_draft, register_enterprises)
register_enterprise.__doc__ = "登记企业. Registering a code twice is refused."


async def update_enterprise(
    caller: Caller,
    *,
    code: str,
    name: str | None = None,
    region_code: str | None = None,
    industry: str | None = None,
    principal: Principal | None = None,
) -> Enterprise:
    """Change an enterprise's registered details; the audit log keeps the old ones."""
    authorize(caller, "updateEnterprise")
    check = InputCheck()
    code = check.code(code)
    if name is not None:
        name = check.text(name, "name", required=True, limit=200)
    if region_code is not None and not is_valid_region_code(region_code):
        check.add("INVALID_REGION", "regionCode", region_code)
    if industry is not None and industry not in Industry.__members__:
        check.add("INVALID_VALUE", "industry", industry)
    principal_id = None
    if principal is not None:
        check.text(principal.name, "principal.name", required=True, limit=100)
        principal_id = check.id_number(principal.id_number, "principal.idNumber")
    check.done()
    enterprise = await load_enterprise(code)
    caller.require_region(enterprise.region_code)
    if region_code is not None:
        caller.require_region(region_code)
    async with in_transaction("default") as conn:
        enterprise = await Enterprise.select_for_update().using_db(conn).get(id=enterprise.id)
        before = snapshot(enterprise)
        if name is not None:
            enterprise.name = name
        if region_code is not None:
            enterprise.region_code = region_code
        if industry is not None:
            enterprise.industry = industry
        await enterprise.save(using_db=conn)
        if principal is not None and principal_id:
            now = datetime.now(UTC)
            await Person.filter(enterprise_id=enterprise.id, role="PRINCIPAL", superseded_at=None).using_db(
                conn
            ).update(superseded_at=now)
            await Person.create(enterprise=enterprise, name=principal.name.strip(),
                                id_number=principal_id, using_db=conn)
        await audit(conn, caller, "updateEnterprise", enterprise, enterprise_code=code,
                    before=before, after=snapshot(enterprise))
    return enterprise


@dataclass(frozen=True)
class RecordDraft:
    """A credit record whose input passed its checks, not yet written (one row of a batch)."""

    action: str
    kind: CreditRecordKind
    code: str
    occurred_on: date
    fields: Mapping[str, object]
    supersedes_id: int | None = None



def _draft(check: InputCheck, code: str, kind: CreditRecordKind, occurred_on: date,
           fields: Mapping[str, object], *, action: str, supersedes_record_id: str | None) -> RecordDraft:
    """Shared tail of every record draft: the id of the record corrected, then every input refusal."""
    supersedes_id = None
    if supersedes_record_id is not None:
        supersedes_id = check.id(supersedes_record_id, "supersedesRecordId", "RECORD_NOT_FOUND")
    check.done()
    return RecordDraft(action, kind, code, occurred_on, dict(fields), supersedes_id)


def _content(enterprise_id: int, occurred_on: date, fields: Iterable[tuple[str, object]]) -> Hashable:
    """Everything a record says: two records with equal content record the same fact."""
    return (enterprise_id, occurred_on, tuple(sorted(fields)))


@functools.cache
def _money_columns() -> dict[str, Callable[[Any], Any]]:
    """Decimal columns and their conversion to the column's places, as the database keeps them."""
    return {name: field.to_python_value for name, field in CreditRecord._meta.fields_map.items()
            if isinstance(field, DecimalField)}


def _draft_content(draft: RecordDraft, enterprise: stored.Party) -> Hashable:
    money = _money_columns()
    return _content(enterprise.id, draft.occurred_on,
                    ((name, money[name](value) if name in money else value) for name, value in draft.fields.items()))


def _recorded_content(row: stored.Row, names: Iterable[str]) -> Hashable:
    """The content of a row as the driver read it (SQLite gives text and integers: converted)."""
    columns = CreditRecord._meta.fields_map
    return _content(row["enterprise_id"], columns["occurred_on"].to_python_value(row["occurred_on"]),
                    ((name, columns[name].to_python_value(row[name])) for name in names))


def _natural_key(caller: Caller, draft: RecordDraft, enterprise: stored.Party, if_recorded: IfRecorded
                 ) -> Hashable | None:
    """What makes a record the same fact as another, where the service knows one.

    A penalty: its decision number (处罚决定书文号), once per authority (also for the
    mutation: DUPLICATE_DECISION_NUMBER). An accident has no number: for an import it is
    the same accident when every field of the row is the same (its content); the mutation
    records what it is given.
    """
    if draft.kind is CreditRecordKind.PENALTY and caller.authority_id is not None:
        return ("penalty", caller.authority_id, draft.fields["decision_number"])
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
) -> list[Outcome[CreditRecord]]:
    """Load, check and write checked drafts: each record with its audit entry and outbox
    event, all in one transaction (one moment of the feed clock for the batch).

    Per draft, in the mutation's order: the enterprise and a corrected record must exist
    (ENTERPRISE_NOT_FOUND, RECORD_NOT_FOUND), the enterprise must lie in the caller's
    region (FORBIDDEN), a correction must be of the same enterprise and kind and not
    corrected already, and a penalty's decision number is recorded once per authority.
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
    async with in_transaction("default") as conn:
        corrected = await stored.corrected(conn, list(superseded))
        if any(d.kind is CreditRecordKind.PENALTY for _, d, _ in checked) and caller.authority_id is not None \
                and not dry_run:
            # lock the authority row: two concurrent penalties with one number, one wins
            await Authority.select_for_update().using_db(conn).get(id=caller.authority_id)
        await _load_recorded(conn, caller, [(d, e) for _, d, e in checked], if_recorded, seen)
        accepted: list[tuple[int, RecordDraft, stored.Party]] = []
        for index, draft, enterprise in checked:
            if draft.supersedes_id in corrected:
                outcomes[index] = Outcome(refusal=Refusal("EVIDENCE_SUPERSEDED", "supersedesRecordId", "该记录已被更正"))
                continue
            key = _natural_key(caller, draft, enterprise, if_recorded)
            taken = None if key is None else _claim(
                seen, key, functools.partial(_draft_content, draft, enterprise), if_recorded,
                "DUPLICATE_DECISION_NUMBER", "decisionNumber",
            )
            if taken is not None:
                outcomes[index] = taken
                continue
            accepted.append((index, draft, enterprise))
        if dry_run or not accepted or (atomic and any(o.refusal for o in outcomes)):
            return outcomes
        authority = await _authority(caller, conn)
        moment = await next_feed_moment(conn)
        ids = await reserve_ids(conn, CreditRecord, len(accepted))
        now = datetime.now(UTC)
        rows = [
            new_row(CreditRecord, {
                "id": pk, "enterprise_id": enterprise.id, "kind": draft.kind.value, "occurred_on": draft.occurred_on,
                "authority_id": caller.authority_id, "supersedes_id": draft.supersedes_id, **draft.fields,
            }, now)
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
                    caller, draft.action, record, enterprise_code=enterprise.code, before=snapshot(earlier),
                    after=snapshot(record),
                ), now))
                events.append(new_row(OutboxEvent, record_event(record, enterprise, authority, moment), now))
                outcomes[index] = Outcome(written=record)
        finally:
            await inserting
        await insert_rows(conn, AuditEntry, entries)
        await insert_rows(conn, OutboxEvent, events)
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
    supersedes_record_id: str | None = None,
) -> RecordDraft:
    """行政处罚决定. A decision number is recorded once per authority."""
    authorize(caller, "recordPenalty")
    check = InputCheck()
    code = check.code(code)
    decision_number = check.text(decision_number, "decisionNumber", required=True, limit=100)
    check.past_date(decided_on, "decidedOn")
    violation_type = check.text(violation_type, "violationType", required=True, limit=200)
    legal_basis = check.text(legal_basis, "legalBasis", required=True, limit=500)
    check.not_negative(fine_yuan, "fineYuan")
    description = check.text(description, "description")
    fields = {
        "decision_number": decision_number, "violation_type": violation_type,
        "legal_basis": legal_basis, "fine_yuan": fine_yuan, "description": description,
        "reference": decision_number,
    }
    return _draft(check, code, CreditRecordKind.PENALTY, decided_on, fields,
                  action="recordPenalty", supersedes_record_id=supersedes_record_id)


record_accident = _recording(accident_draft, write_records)
record_penalty = _recording(penalty_draft, write_records)


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


record_simple = _recording(simple_draft, write_records)
