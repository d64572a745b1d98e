"""Reading an enterprise's profile: the register entry, its records, its audit trail, and the
one masking rule for persons' ID numbers (with the audit of every request that unmasks).

Who may see what is decided here, once: published facts for procurement and
insurers, persons' ID numbers masked except for regulators of the enterprise's
region and admins, the audit trail only for regulators of that region and admins.

A profile may be read as known at a past moment (``asKnownAt``, credit.domain.knowledge):
the details of the version current then, the persons' terms recorded by then, the records
recorded by then (superseded only by corrections recorded by then), and its listings as
known then (credit.services.listings.search).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

from credit.domain.codes import is_valid_uscc, mask_id_number, normalise_code
from credit.domain.errors import Refusal
from credit.domain.records import CreditRecordKind
from credit.services.access import authorize
from credit.services.auth import Caller, Role
from credit.services.knowledge import known_moment
from credit.services.paging import Page, after_id, page_of_ids, page_size
from credit.store.enterprises import version_known_at
from credit.store.listing_status import known_condition
from credit.store.models import AuditEntry, Authority, CreditRecord, Enterprise, EnterpriseVersion
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


@dataclass
class Reveals:
    """Full ID numbers shown during one request, counted by enterprise: audited once, as one
    entry, when the request is answered (credit.api.app), not one entry per number."""

    by_enterprise: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_enterprise)

    def note(self, code: str) -> None:
        self.by_enterprise[code] = self.by_enterprise.get(code, 0) + 1


_reveals: ContextVar[Reveals | None] = ContextVar("reveals", default=None)


@contextmanager
def watching_reveals() -> Iterator[Reveals]:
    """Count the full numbers shown while the block runs (one request)."""
    reveals = Reveals()
    token = _reveals.set(reveals)
    try:
        yield reveals
    finally:
        _reveals.reset(token)


def shown_id_number(caller: Caller, enterprise: Enterprise, number: str) -> str:
    """The one masking rule: full numbers for regulators of the region and admins (counted
    for the request's audit entry), masked for everyone else."""
    if not caller.sees_id_numbers_of(enterprise.region_code):
        return mask_id_number(number)
    reveals = _reveals.get()
    if reveals is not None:
        reveals.note(enterprise.code)
    return number


async def audit_reveals(caller: Caller, reveals: Reveals, *, request_id: str, operation: str | None) -> None:
    """One audit entry for a request that showed full ID numbers: who, which operation, how
    many numbers of which enterprises (never the numbers themselves)."""
    if not reveals:
        return
    codes = sorted(reveals.by_enterprise)
    await AuditEntry.create(
        actor=caller.actor,
        role=caller.role.value,
        authority_code=caller.authority_code,
        action=REVEAL_ACTION,
        entity="Request",
        entity_id=request_id[:64],
        enterprise_code=codes[0] if len(codes) == 1 else None,
        before=None,
        after={"operation": operation, "idNumbersShown": dict(sorted(reveals.by_enterprise.items()))},
    )


#: the audit action of a request that showed full ID numbers
REVEAL_ACTION = "readIdNumbers"


@dataclass(frozen=True)
class RecordView:
    record: CreditRecord
    superseded: bool


@dataclass(frozen=True)
class EnterpriseRecords:
    """One enterprise's page of credit records as a field asks for it
    (``Enterprise.creditRecords``), its arguments checked: what ``records_of_enterprises``
    reads for many at once."""

    enterprise_id: int
    kind: CreditRecordKind | None
    #: as known at this moment (None: now)
    known_at: datetime | None
    limit: int
    #: the id the page starts after
    start: int


def enterprise_records(
    enterprise_id: int, kind: CreditRecordKind | None = None, *, known_at: datetime | None = None,
    first: int | None = None, after: str | None = None,
) -> EnterpriseRecords:
    """An enterprise's page of credit records, asked for: its paging checked here, so a
    refusal is the asking field's own, before any batch is read."""
    return EnterpriseRecords(enterprise_id, kind, known_at, page_size(first), after_id(after))


async def records_of_enterprises(asked: Sequence[EnterpriseRecords]) -> list[Page[RecordView]]:
    """Each page asked for, in the order asked: credit records, oldest first (by id), with
    the total of the enterprise's records of the kind asked; corrections appear as their own
    records. As known at a page's ``known_at``: those recorded by then, superseded by
    corrections recorded by then (credit.domain.records.records_known_at, here in its SQL form).

    One statement reads the ids of the records of every enterprise asked alike (same kind
    and moment), from which each page and total are cut, one more reads every page's records
    at once, and one per moment asked which of them are superseded (an answer asks one).
    The ids read are all of those enterprises' records of the kind, as the count of a page
    alone scans them."""
    alike: dict[tuple[CreditRecordKind | None, datetime | None], set[int]] = {}
    for a in asked:
        alike.setdefault((a.kind, a.known_at), set()).add(a.enterprise_id)
    held: dict[tuple[CreditRecordKind | None, datetime | None, int], list[int]] = {}
    for (kind, known_at), enterprise_ids in alike.items():
        query = CreditRecord.filter(known_condition(known_at), enterprise_id__in=sorted(enterprise_ids))
        if kind is not None:
            query = query.filter(kind=kind.value)
        for record_id, enterprise_id in await query.order_by("id").values_list("id", "enterprise_id"):
            held.setdefault((kind, known_at, int(enterprise_id)), []).append(int(record_id))
    cut = [page_of_ids(held.get((a.kind, a.known_at, a.enterprise_id), []), a.start, a.limit) for a in asked]
    shown_at: dict[datetime | None, set[int]] = {}
    for a, page in zip(asked, cut, strict=True):
        shown_at.setdefault(a.known_at, set()).update(page.rows)
    wanted = sorted({i for page in cut for i in page.rows})
    loaded = {row.id: row for row in await CreditRecord.filter(id__in=wanted)} if wanted else {}
    superseded = {
        known_at: await id_set(
            CreditRecord.filter(known_condition(known_at), supersedes_id__in=sorted(ids)), "supersedes_id"
        ) if ids else set()
        for known_at, ids in shown_at.items()
    }
    return [
        Page([RecordView(loaded[i], i in superseded[a.known_at]) for i in page.rows], page.has_next, page.total)
        for a, page in zip(asked, cut, strict=True)
    ]


async def authority_names(authority_ids: Sequence[int]) -> list[str]:
    """The name of each authority, in the order of ``authority_ids`` (repeats included): a
    record's 数据来源单位, read for every record of an answer at once (credit.api.loaders)."""
    names = dict(await Authority.filter(id__in=sorted(set(authority_ids))).values_list("id", "name"))
    return [names[authority_id] for authority_id in authority_ids]


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
