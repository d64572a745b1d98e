"""Reading an enterprise's profile: the register entry, its principal, its records, its audit trail.

Who may see what is decided here, once: published facts for procurement and
insurers, persons' ID numbers masked except for regulators of the enterprise's
region and admins, the audit trail only for regulators of that region and admins.

A profile may be read as known at a past moment (``asKnownAt``, credit.domain.knowledge):
the details of the version current then, the principal registered then, the records
recorded by then (superseded only by corrections recorded by then), and its listings
as known then (credit.services.listings.search).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q

from credit.domain.codes import is_valid_uscc, mask_id_number, normalise_code
from credit.domain.errors import Refusal
from credit.domain.records import CreditRecordKind
from credit.services.access import authorize
from credit.services.auth import Caller, Role
from credit.services.knowledge import known_moment
from credit.services.paging import Page, after_id, page_size
from credit.store.enterprises import version_known_at
from credit.store.listing_status import known_condition
from credit.store.models import AuditEntry, CreditRecord, Enterprise, EnterpriseVersion, Person
from credit.store.queries import id_set

#: longest text a code argument may have before it is looked at (18 characters plus spaces)
MAX_CODE_INPUT = 64


def _code(raw: str) -> str:
    code = normalise_code(raw[:MAX_CODE_INPUT] if raw else "")
    if len(raw or "") > MAX_CODE_INPUT or not is_valid_uscc(code):
        raise Refusal("INVALID_CODE", "code", (raw or "")[:MAX_CODE_INPUT])
    return code


@dataclass(frozen=True)
class Profile:
    """An enterprise as known at ``known_at`` (None: now): its row, and the version of its
    registered details current then."""

    enterprise: Enterprise
    details: EnterpriseVersion
    known_at: datetime | None = None


async def get_enterprise(caller: Caller, code: str, as_known_at: datetime | None = None) -> Profile | None:
    """The register entry of a code (None if never registered, or not yet at ``as_known_at``)."""
    authorize(caller, "enterprise")
    normalised = _code(code)
    known_at = await known_moment(as_known_at)
    enterprise = await Enterprise.get_or_none(code=normalised)
    if enterprise is None:
        return None
    details = await version_known_at(enterprise, known_at)
    return Profile(enterprise, details, known_at) if details is not None else None


@dataclass(frozen=True)
class PersonView:
    """A person as the caller may see them: the ID number masked unless they may see it."""

    name: str
    id_number: str
    role: str


def shown_id_number(caller: Caller, enterprise: Enterprise, number: str) -> str:
    """The one masking rule: full numbers for regulators of the region and admins."""
    return number if caller.sees_id_numbers_of(enterprise.region_code) else mask_id_number(number)


async def current_principal(
    caller: Caller, enterprise: Enterprise, known_at: datetime | None = None
) -> PersonView | None:
    """主要负责人 now (the latest registered, not superseded), or as known at ``known_at``."""
    query = Person.filter(enterprise_id=enterprise.id, role="PRINCIPAL")
    if known_at is None:
        query = query.filter(superseded_at=None)
    else:
        query = query.filter(known_condition(known_at)).filter(
            Q(superseded_at=None) | Q(superseded_at__gt=known_at)
        )
    person = await query.order_by("-id").first()
    if person is None:
        return None
    return PersonView(person.name, shown_id_number(caller, enterprise, person.id_number), person.role)


@dataclass(frozen=True)
class RecordView:
    record: CreditRecord
    superseded: bool


async def credit_records(
    enterprise: Enterprise,
    kind: CreditRecordKind | None = None,
    *,
    first: int | None = None,
    after: str | None = None,
    known_at: datetime | None = None,
) -> Page[RecordView]:
    """Credit records, oldest first; corrections appear as their own records. As known at
    ``known_at``: those recorded by then, superseded by corrections recorded by then
    (credit.domain.records.records_known_at)."""
    limit = page_size(first)
    query = CreditRecord.filter(known_condition(known_at), enterprise_id=enterprise.id)
    if kind is not None:
        query = query.filter(kind=kind.value)
    total = await query.count()
    rows = await query.filter(id__gt=after_id(after)).order_by("id").limit(limit + 1)
    shown = rows[:limit]
    superseded = await id_set(
        CreditRecord.filter(known_condition(known_at), supersedes_id__in=[r.id for r in shown]), "supersedes_id"
    )
    return Page([RecordView(r, r.id in superseded) for r in shown], len(rows) > limit, total)


async def audit_trail(
    caller: Caller, code: str, *, first: int | None = None, after: str | None = None
) -> Page[AuditEntry]:
    """Every regulator action on an enterprise, oldest first: for regulators of its region
    (as registered now) and admins."""
    authorize(caller, "auditTrail")
    normalised = _code(code)
    limit = page_size(first)
    if caller.role is Role.REGULATOR:
        enterprise = await Enterprise.get_or_none(code=normalised)
        if enterprise is None:
            return Page([], False, 0)
        caller.require_region(enterprise.region_code)
    query = AuditEntry.filter(enterprise_code=normalised)
    total = await query.count()
    rows = await query.filter(id__gt=after_id(after)).order_by("id").limit(limit + 1)
    return Page(rows[:limit], len(rows) > limit, total)
