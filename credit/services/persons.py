"""Persons as actions and checks: bans (职业禁入, recordPersonBan), the person check for
bidding platforms (personCheck, many numbers as of a moment, signed), the persons of an
enterprise and of a listing as the caller may see them, and the person feed's events.

Status comes from dates at ``asOf``, never a stored flag: a person is LISTED while a
listing that names them is in force (the listing's own dates, repair and revocation),
BANNED while a ban is in force; BANNED wins.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.domain.calendar import china_date_of, china_today, moment_of, utc_text
from credit.domain.catalogue import Catalogue, PersonMeasure
from credit.domain.codes import IdType, is_checkable_id_number, mask_id_number, normalise_id_number
from credit.domain.errors import Refusal
from credit.domain.listings import ListingGround, ListKind
from credit.domain.persons import (
    BanFacts,
    BanKind,
    EnterpriseRole,
    ListedRole,
    PersonChange,
    PersonStatus,
    RoleTerm,
    check_ban,
    holder_on,
    person_status,
)
from credit.domain.records import Industry
from credit.services.access import authorize
from credit.services.auth import Caller
from credit.services.catalogues import catalogue_on
from credit.services.checks import (
    check_as_of,
    check_batch_size,
    normalised_batch,
    on_the_lookups_day,
    replica_reads_for,
)
from credit.services.common import InputCheck, audit, snapshot
from credit.services.knowledge import check_as_known_at, check_known_within
from credit.services.profiles import shown_id_number
from credit.services.receipts import ISSUER, keyring
from credit.store.clock import recording, transaction_moment
from credit.store.models import Enterprise, Person, PersonBan, PersonEvent
from credit.store.persons import (
    GivenPerson,
    NamedPersonRow,
    PersonLookup,
    ensure_persons,
    persons_in_force,
    persons_named_by,
)
from credit.store.persons import terms_of_enterprises as terms_of_enterprises_in_store

#: a longer "number" is not one: shown cut to its first 6 and last 4 characters
_LONGEST_NUMBER = 18


# --------------------------------------------------------------------- one shape per concept


class PersonReason(NamedTuple):
    """A listing in force at ``asOf`` that names the person: the one shape, built from the
    lookup's row, served by the GraphQL type as it is and written as JSON by the fast path."""

    listing_id: int
    list_kind: ListKind
    ground: ListingGround
    role: ListedRole
    enterprise_code: str
    enterprise_name: str
    listed_on: date
    expires_on: date
    authority_name: str
    #: the catalogue's measures on persons listed so, in the version in force at ``asOf``
    measures: tuple[PersonMeasure, ...] = ()


class BanView(NamedTuple):
    """A ban (职业禁入): in a check, one in force at ``asOf``; after recordPersonBan, the one recorded."""

    id: int
    kind: BanKind
    industry: Industry | None
    starts_on: date
    ends_on: date | None
    authority_name: str
    basis: str


class PersonResult(NamedTuple):
    id_number: str  # masked
    status: PersonStatus
    reasons: tuple[PersonReason, ...] = ()
    bans: tuple[BanView, ...] = ()


@dataclass
class PersonCheck:
    check_id: str
    checked_at: datetime
    as_of: datetime
    results: list[PersonResult] = field(default_factory=list)
    #: the moment the answer is as known at (None: as known now, at checked_at)
    as_known_at: datetime | None = None
    _receipt: str | None = None

    def receipt(self) -> str:
        """The signed receipt, made when first asked for (the contract's document does not ask)."""
        if self._receipt is None:
            self._receipt = sign_person_receipt(self)
        return self._receipt


def shown_check_number(number: str) -> str:
    """A number as a person check answers it: first 6 and last 4 characters kept."""
    if len(number) <= _LONGEST_NUMBER:
        return mask_id_number(number)
    return number[:6] + "*" * 8 + number[-4:]


# --------------------------------------------------------------------- the person check


async def person_check(
    caller: Caller, id_numbers: list[str], as_of: datetime | None, as_known_at: datetime | None = None
) -> PersonCheck:
    """One result per input item, in input order, duplicates included; an invalid number is
    an INVALID_ID_NUMBER item, never a failed batch; a number never seen is CLEAR.

    ``checkedAt`` is the lookup's own now (the one clock, read in its statement), and
    ``asOf`` defaults to it. With ``as_known_at``: the answer the service would have given
    then (listings by ``ListingFacts.known_at``, bans by ``BanFacts.known_at``), so a
    check repeated with asKnownAt = its checkedAt and the same asOf gives its results."""
    authorize(caller, "personCheck")
    check_batch_size(caller, len(id_numbers), "idNumbers")
    host_now = datetime.now(UTC)
    moment = check_as_of(as_of, host_now) if as_of is not None else None
    known_at = check_as_known_at(as_known_at, host_now)
    day = china_date_of(moment or host_now)
    today = china_today(host_now)
    normalised, validity = await normalised_batch(
        id_numbers, normalise_id_number,
        lambda number: len(number) <= _LONGEST_NUMBER and is_checkable_id_number(number, today),
    )
    valid = [n for n, ok in validity.items() if ok]
    with replica_reads_for(known_at):
        day, found = await on_the_lookups_day(
            day, moment is not None, lambda on: persons_in_force(valid, on, known_at))
    if known_at is not None:
        check_known_within(known_at, found.now, found.first_recorded_at)
    catalogue = await catalogue_on(day, known_at)
    # one result per distinct number: duplicates share it (and its JSON, see api.fastpath)
    by_number = {number: _result(number, ok, found, catalogue) for number, ok in validity.items()}
    return PersonCheck(
        check_id=str(uuid.uuid4()), checked_at=found.now, as_of=moment or found.now,
        results=[by_number[n] for n in normalised], as_known_at=known_at,
    )


def _result(number: str, valid: bool, found: PersonLookup, catalogue: Catalogue) -> PersonResult:
    shown = shown_check_number(number)
    if not valid:
        return PersonResult(shown, PersonStatus.INVALID_ID_NUMBER)
    listings = found.listings.get(number)
    bans = found.bans.get(number)
    if listings is None and bans is None:  # most numbers of a batch
        return PersonResult(shown, PersonStatus.CLEAR)
    reasons = tuple(
        PersonReason(r.listing_id, ListKind(r.list_kind), ListingGround(r.ground), ListedRole(r.role),
                     r.enterprise_code, r.enterprise_name, r.listed_on, r.expires_on, r.authority_name,
                     catalogue.person_measures_for(ListKind(r.list_kind)))
        for r in listings or ()
    )
    in_force = tuple(
        BanView(b.ban_id, BanKind(b.kind), Industry(b.industry) if b.industry else None, b.starts_on, b.ends_on,
                b.authority_name, b.basis)
        for b in bans or ()
    )
    return PersonResult(shown, person_status(bool(reasons), bool(in_force)), reasons, in_force)


#: ``check`` claim of a person check's receipt (restriction receipts carry ``domain`` instead)
PERSON_CHECK = "personCheck"


def sign_person_receipt(check: PersonCheck) -> str:
    """A compact JWS like restrictionCheck's, over checkId, checkedAt, asOf (and asKnownAt,
    when given) and each result's masked number and status (the full numbers never leave the
    service in a receipt)."""
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "check": PERSON_CHECK,
        "checkId": check.check_id,
        "checkedAt": utc_text(check.checked_at),
        "asOf": utc_text(check.as_of),
        "results": [[r.id_number, r.status] for r in check.results],
    }
    if check.as_known_at is not None:  # absent from plain checks' receipts, as before
        claims["asKnownAt"] = utc_text(check.as_known_at)
    return keyring().sign(claims)


# --------------------------------------------------------------------- bans


async def record_person_ban(
    caller: Caller,
    *,
    id_number: str,
    name: str,
    kind: BanKind,
    industry: Industry | None,
    starts_on: date,
    basis: str,
    id_type: IdType = IdType.RESIDENT_ID,
) -> BanView:
    """职业禁入 decided by the caller's authority (安全生产法 Art. 94). Recording the same ban
    twice is refused; a ban starting after today is refused (DATE_IN_FUTURE)."""
    authorize(caller, "recordPersonBan")
    check = InputCheck()
    number = check.id_number(id_number, "idNumber", IdType(id_type))
    name = check.text(name, "name", required=True, limit=100)
    check.past_date(starts_on, "startsOn")
    basis = check.text(basis, "basis", required=True)
    kind, industry = BanKind(kind), Industry(industry) if industry is not None else None
    try:
        check_ban(kind, industry)
    except Refusal as refusal:
        check.violations.extend(refusal.violations)
    check.done()
    if caller.authority_id is None:  # regulators' keys always name their authority
        raise Refusal("FORBIDDEN", None, "禁入决定须由作出决定的机关记录")
    facts = BanFacts(kind, starts_on, industry)
    async with recording() as (conn, moment):
        person = (await ensure_persons(conn, [GivenPerson(IdType(id_type), number, name)]))[(IdType(id_type), number)]
        # one writer at a time per person: two identical bans sent together, one is refused
        await Person.select_for_update().using_db(conn).get(id=person.id)
        duplicate = await PersonBan.filter(
            person_id=person.id, kind=kind.value, industry=industry.value if industry else None, starts_on=starts_on,
        ).using_db(conn).exists()
        if duplicate:
            raise Refusal("BAN_ALREADY_RECORDED", "startsOn")
        ban = await PersonBan.create(
            person=person, kind=kind.value, industry=industry.value if industry else None, starts_on=starts_on,
            ends_on=facts.ends_on, name=name, basis=basis, authority_id=caller.authority_id, recorded_at=moment,
            using_db=conn,
        )
        await _queue_ban(conn, ban)
        after = snapshot(ban)
        assert after is not None
        after["idNumber"] = mask_id_number(number)
        await audit(conn, caller, "recordPersonBan", ban, enterprise_code=None, before=None, after=after)
    return BanView(ban.id, kind, industry, starts_on, facts.ends_on, caller.authority_name or "", basis)


async def _queue_ban(conn: BaseDBAsyncClient, ban: PersonBan) -> None:
    """BANNED, visible from the transaction's moment; its end (FIVE_YEARS), hidden until 00:00
    China time of its day."""
    recorded = await transaction_moment(conn)
    await PersonEvent.create(change=PersonChange.BANNED.value, ban=ban, effective_at=moment_of(ban.starts_on),
                             visible_at=recorded, using_db=conn)
    if ban.ends_on is not None:
        ends = moment_of(ban.ends_on)
        await PersonEvent.create(change=PersonChange.BAN_ENDED.value, ban=ban, effective_at=ends,
                                 visible_at=max(ends, recorded), using_db=conn)


# --------------------------------------------------------------------- reading


@dataclass(frozen=True)
class PersonView:
    """A person as the caller may see them (the number masked unless they may see it)."""

    name: str
    id_number: str
    id_type: IdType
    role: str
    since: date | None = None
    until: date | None = None


def _term_view(caller: Caller, enterprise: Enterprise, term: RoleTerm) -> PersonView:
    return PersonView(term.name, shown_id_number(caller, enterprise, term.person), term.id_type, term.role.value,
                      term.starts_on, term.ends_on)


def _terms_known(terms: Sequence[RoleTerm], known_at: datetime | None) -> list[RoleTerm]:
    """The enterprise's terms as known at ``known_at`` (None: now; ``RoleTerm.known_at``)."""
    if known_at is None:
        return list(terms)
    return [k for t in terms if (k := t.known_at(known_at)) is not None]


async def terms_of_enterprises(enterprise_ids: Sequence[int]) -> list[list[RoleTerm]]:
    """Every term of each enterprise's persons, whenever recorded, in the order of
    ``enterprise_ids`` (repeats included), each oldest first: one read for every enterprise
    of an answer (credit.api.loaders). Full numbers, and terms recorded after a moment a
    reader asks as known at: shown only through ``enterprise_persons`` and ``principal_on``."""
    terms = await terms_of_enterprises_in_store(enterprise_ids)
    return [terms.get(enterprise_id, []) for enterprise_id in enterprise_ids]


def enterprise_persons(
    caller: Caller, enterprise: Enterprise, terms: Sequence[RoleTerm], on: date | None = None,
    known_at: datetime | None = None,
) -> list[PersonView]:
    """The enterprise's persons (of its ``terms``, as read by ``terms_of_enterprises``): those
    in a role on ``on``, or, without it, every term ever recorded (oldest first), so "the
    principal at the time of the accident" can be read. As known at ``known_at``: the
    terms, and their ends, recorded by then."""
    known_terms = _terms_known(terms, known_at)
    if on is not None:
        known_terms = [t for t in known_terms if t.holds_on(on)]
    return [_term_view(caller, enterprise, t) for t in known_terms]


def principal_on(
    caller: Caller, enterprise: Enterprise, terms: Sequence[RoleTerm], on: date | None = None,
    known_at: datetime | None = None,
) -> PersonView | None:
    """主要负责人 on a day (default today, or the day of ``known_at``): the holder of the
    PRINCIPAL term covering it among the enterprise's ``terms``, as known at ``known_at``
    (None: now)."""
    day = on or (china_date_of(known_at) if known_at is not None else china_today())
    term = holder_on(_terms_known(terms, known_at), EnterpriseRole.PRINCIPAL, day)
    return _term_view(caller, enterprise, term) if term is not None else None


async def named_by_listings(listing_ids: Sequence[int]) -> list[list[NamedPersonRow]]:
    """The persons each of the listings names, in the order of ``listing_ids`` (repeats
    included), each in the order named (the default principal first): one read for a page
    (credit.api.loaders batches a request's listings into one call). Full numbers: shown
    only through ``listing_persons``."""
    named = await persons_named_by(listing_ids)
    return [named.get(listing_id, []) for listing_id in listing_ids]


def listing_persons(caller: Caller, enterprise: Enterprise, named: Sequence[NamedPersonRow]) -> list[PersonView]:
    """The persons a listing of ``enterprise`` names, as ``caller`` may see them (numbers
    masked unless they may see them; each full number shown is counted for the audit)."""
    return [PersonView(r.name, shown_id_number(caller, enterprise, r.id_number), IdType(r.id_type), r.role)
            for r in named]
