"""Persons (自然人) in the rules: their roles in enterprises over time (任职), the persons a
listing names beside the unit (第11号令), and bans from the post of principal person
(职业禁入, 安全生产法 Art. 94).

Pure: the service loads the facts, calls these, and stores what they return. A person is
known by the number of the document they hold (credit.domain.codes), and a status is
derived from dates, never stored (DESIGN §3.1).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from credit.domain.calendar import add_months
from credit.domain.codes import IdType
from credit.domain.errors import Refusal, Violation
from credit.domain.knowledge import known
from credit.domain.listings import ListingGround
from credit.domain.records import Industry


class EnterpriseRole(enum.StrEnum):
    """The roles a person holds in an enterprise, each over dates."""

    LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE"  # 法定代表人
    PRINCIPAL = "PRINCIPAL"  # 主要负责人
    ACTUAL_CONTROLLER = "ACTUAL_CONTROLLER"  # 实际控制人
    AGENCY_STAFF = "AGENCY_STAFF"  # 安全评价、检测检验机构从业人员

    @property
    def single_holder(self) -> bool:
        """One person at a time: a new holder ends the previous one's term. Agencies have many staff."""
        return self is not EnterpriseRole.AGENCY_STAFF


class ListedRole(enum.StrEnum):
    """The capacity in which a listing names a person (第11号令)."""

    PRINCIPAL = "PRINCIPAL"  # 主要负责人
    RESPONSIBLE = "RESPONSIBLE"  # 直接责任人员 (agencies: 直接责任人员 among their staff)


class BanKind(enum.StrEnum):
    """职业禁入 under 安全生产法 Art. 94."""

    FIVE_YEARS = "FIVE_YEARS"  # 五年内不得担任任何生产经营单位的主要负责人
    LIFE = "LIFE"  # 终身不得担任本行业生产经营单位的主要负责人


class PersonChange(enum.StrEnum):
    """Changes in the person feed (personChanges): a ban recorded, and its end."""

    BANNED = "BANNED"
    BAN_ENDED = "BAN_ENDED"


class PersonStatus(enum.StrEnum):
    CLEAR = "CLEAR"
    LISTED = "LISTED"  # a listing naming the person is in force
    BANNED = "BANNED"  # a ban is in force (wins over LISTED)
    INVALID_ID_NUMBER = "INVALID_ID_NUMBER"


#: Months of a FIVE_YEARS ban (same calendar day rule as listings, end excluded).
FIVE_YEARS_MONTHS = 60


# --------------------------------------------------------------------- persons on a listing

#: Grounds that list the principal person alone beside the unit (or instead of it):
#: (1)–(3) "the unit and its principal person", (5) "only the principal person".
PRINCIPAL_ONLY_GROUNDS = frozenset({
    ListingGround.MAJOR_ACCIDENT,
    ListingGround.REPEATED_LARGER_ACCIDENTS,
    ListingGround.AGGRAVATED_ACCIDENT_FINE,
    ListingGround.ABANDONED_RESCUE,
})
#: Grounds that cannot be listed without a person: the principal-only ones, (4) "the unit
#: and its responsible persons" and (7) "the agency and its directly responsible staff".
PERSON_REQUIRED_GROUNDS = PRINCIPAL_ONLY_GROUNDS | {
    ListingGround.CONCEALED_ACCIDENT,
    ListingGround.FALSE_CERTIFICATION,
}


def restricts_unit(ground: ListingGround) -> bool:
    """Whether a listing on ``ground`` restricts the unit: not for (5) 不组织抢救、擅离职守、
    逃匿, which lists the principal person only."""
    return ground is not ListingGround.ABANDONED_RESCUE


@dataclass(frozen=True)
class NamedPerson:
    """A person a proposal names, or the registered principal it lists by default."""

    name: str
    id_number: str  # normalised
    role: ListedRole
    id_type: IdType = IdType.RESIDENT_ID
    #: the input it came from (``persons[0]``); None for the registered principal
    field: str | None = None


def listed_persons(
    ground: ListingGround, named: Sequence[NamedPerson], registered_principal: NamedPerson | None
) -> tuple[NamedPerson, ...]:
    """Who a listing on ``ground`` names beside the unit (第11号令 Art. 6–7).

    The persons named, each once; when none is named PRINCIPAL, the enterprise's registered
    principal (at the notice date) as PRINCIPAL, unless it is already named in another
    capacity. Refused: a person named twice (PERSON_NAMED_TWICE), a RESPONSIBLE person on a
    ground that lists the principal alone (PERSON_ROLE_NOT_FOR_GROUND), and a ground that
    needs a person with none named or registered (PERSONS_REQUIRED).
    """
    violations: list[Violation] = []
    seen: set[str] = set()
    for person in named:
        if person.id_number in seen:
            violations.append(Violation("PERSON_NAMED_TWICE", f"{person.field}.idNumber"))
        seen.add(person.id_number)
        if person.role is ListedRole.RESPONSIBLE and ground in PRINCIPAL_ONLY_GROUNDS:
            violations.append(Violation("PERSON_ROLE_NOT_FOR_GROUND", f"{person.field}.role", ground.value))
    if violations:
        raise Refusal.of(violations)
    persons = list(named)
    if (
        registered_principal is not None
        and registered_principal.id_number not in seen
        and not any(p.role is ListedRole.PRINCIPAL for p in named)
    ):
        persons.insert(0, registered_principal)
    if not persons and ground in PERSON_REQUIRED_GROUNDS:
        raise Refusal("PERSONS_REQUIRED", "persons", ground.value)
    return tuple(persons)


# --------------------------------------------------------------------- bans


@dataclass(frozen=True)
class BanFacts:
    """A recorded ban: in force on days ``starts_on <= day < ends_on`` (LIFE: no end)."""

    kind: BanKind
    starts_on: date
    industry: Industry | None = None
    #: transaction time (credit.domain.knowledge): when the ban was recorded. A ban has no
    #: later step: its end follows from its kind and start, so it is known with the ban.
    recorded_at: datetime | None = None

    def known_at(self, moment: datetime | None) -> BanFacts | None:
        """The ban as known at ``moment`` (None: now): None if recorded later, else as it is.
        credit.store.persons says it in SQL (``ban_in_force_known_sql``)."""
        return self if known(self.recorded_at, moment) else None

    @property
    def ends_on(self) -> date | None:
        """First day no longer in force: five years on, same calendar day (29 February → 28)."""
        if self.kind is BanKind.FIVE_YEARS:
            return add_months(self.starts_on, FIVE_YEARS_MONTHS)
        return None

    def in_force_on(self, day: date) -> bool:
        """The one definition; credit.store.persons says it in SQL (tests prove them equal)."""
        end = self.ends_on
        return self.starts_on <= day and (end is None or day < end)

    def bars_principal_of(self, industry: Industry) -> bool:
        """FIVE_YEARS: principal person of any unit; LIFE: of any unit in its industry."""
        return self.kind is BanKind.FIVE_YEARS or self.industry is industry

    def overlaps(self, first: date, last: date) -> bool:
        """In force on any day from ``first`` to ``last``, both included."""
        end = self.ends_on
        return self.starts_on <= last and (end is None or end > first)


def check_ban(kind: BanKind, industry: Industry | None) -> None:
    """A LIFE ban is for an industry (终身行业禁入); a FIVE_YEARS ban holds in every unit."""
    if kind is BanKind.LIFE and industry is None:
        raise Refusal("REQUIRED", "industry", "终身禁入须指明行业")


def check_principal_not_banned(
    bans: Iterable[BanFacts], industry: Industry, first: date, last: date, field: str
) -> None:
    """PRINCIPAL_BANNED: the person would be principal of a unit of ``industry`` on a day
    (``first`` to ``last``, both included) on which a ban bars it."""
    for ban in bans:
        if ban.bars_principal_of(industry) and ban.overlaps(first, last):
            detail = f"{ban.kind.value} 自{ban.starts_on}起" + (f"至{ban.ends_on}" if ban.ends_on else "")
            raise Refusal("PRINCIPAL_BANNED", field, detail)


# --------------------------------------------------------------------- roles over time


@dataclass(frozen=True)
class RoleTerm:
    """任职: ``person`` (their document number) in ``role`` from ``starts_on`` (included) to
    ``ends_on`` (excluded; None: still in it)."""

    person: str
    role: EnterpriseRole
    starts_on: date
    ends_on: date | None = None
    name: str = ""
    id_type: IdType = IdType.RESIDENT_ID
    #: the stored term (None for a term not yet stored)
    id: int | None = None
    #: transaction time (credit.domain.knowledge): when the term and its end were recorded
    recorded_at: datetime | None = None
    ended_at: datetime | None = None

    def holds_on(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day < self.ends_on)

    def known_at(self, moment: datetime | None) -> RoleTerm | None:
        """The term as known at ``moment``: None if recorded later, open if its end was."""
        if not known(self.recorded_at, moment):
            return None
        if self.ends_on is not None and not known(self.ended_at, moment):
            return replace(self, ends_on=None, ended_at=None)
        return self


@dataclass(frozen=True)
class RoleChange:
    """A person given for a role in a register or update: from ``since``, and to ``until``
    when given (a term that has ended, or ending the person's current term)."""

    person: str
    role: EnterpriseRole
    since: date
    name: str
    id_type: IdType = IdType.RESIDENT_ID
    until: date | None = None
    field: str = "persons"


@dataclass(frozen=True)
class RoleUpdate:
    """What a change of roles records: terms that end (each with its end day) and new terms."""

    ended: tuple[tuple[RoleTerm, date], ...] = ()
    started: tuple[RoleTerm, ...] = ()


def change_roles(current: Sequence[RoleTerm], changes: Sequence[RoleChange]) -> RoleUpdate:
    """Apply the persons given to the enterprise's terms: terms end, never change otherwise.

    - A person already in the role: nothing new (with ``until``: their term ends then).
    - A new holder of a one-person role (法定代表人, 主要负责人, 实际控制人) ends the current
      holder's term on the day the new one starts (``since``, not before that term began).
    - Agency staff are many: each given person gets a term of their own.
    - With ``until`` and no current term: an earlier term, recorded as it was (for a
      one-person role it must end by the time the current holder started).
    """
    violations: list[Violation] = []
    ended: list[tuple[RoleTerm, date]] = []
    started: list[RoleTerm] = []
    open_terms = [t for t in current if t.ends_on is None]
    single_roles: set[EnterpriseRole] = set()
    given: set[tuple[str, EnterpriseRole]] = set()
    for change in changes:
        if (change.person, change.role) in given:
            violations.append(Violation("PERSON_NAMED_TWICE", f"{change.field}.idNumber"))
            continue
        given.add((change.person, change.role))
        if change.until is not None and change.until < change.since:
            violations.append(Violation("INVALID_VALUE", f"{change.field}.until", "离任日期早于任职日期"))
            continue
        if change.role.single_holder:
            if change.role in single_roles:
                violations.append(Violation("INVALID_VALUE", f"{change.field}.role", f"{change.role.value} 只能填写一人"))
                continue
            single_roles.add(change.role)
        own = next((t for t in open_terms if t.role is change.role and t.person == change.person), None)
        if own is not None:
            if change.until is not None:
                if change.until < own.starts_on:
                    violations.append(Violation("INVALID_VALUE", f"{change.field}.until", f"早于任职日期{own.starts_on}"))
                else:
                    ended.append((own, change.until))
            continue
        holder = None
        if change.role.single_holder:
            holder = next((t for t in open_terms if t.role is change.role), None)
        if holder is not None:
            if change.until is not None:
                if change.until > holder.starts_on:
                    violations.append(Violation(
                        "INVALID_VALUE", f"{change.field}.until", f"与现任人员的任职期间重叠(自{holder.starts_on})"
                    ))
                    continue
            elif change.since < holder.starts_on:
                violations.append(Violation(
                    "INVALID_VALUE", f"{change.field}.since", f"早于现任人员的任职日期{holder.starts_on}"
                ))
                continue
            else:
                ended.append((holder, change.since))
        started.append(RoleTerm(change.person, change.role, change.since, change.until, change.name, change.id_type))
    if violations:
        raise Refusal.of(violations)
    return RoleUpdate(tuple(ended), tuple(started))


def holder_on(terms: Iterable[RoleTerm], role: EnterpriseRole, day: date) -> RoleTerm | None:
    """Who held a one-person role on ``day`` (the latest term that covers it)."""
    found = [t for t in terms if t.role is role and t.holds_on(day)]
    return max(found, key=lambda t: (t.starts_on, t.id or 0)) if found else None


def person_status(listed: bool, banned: bool) -> PersonStatus:
    """BANNED wins over LISTED (a ban bars the post outright; a listing restricts)."""
    if banned:
        return PersonStatus.BANNED
    return PersonStatus.LISTED if listed else PersonStatus.CLEAR
