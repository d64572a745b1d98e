"""Restriction checks for procurement and bidding platforms: many codes, as of a moment, signed.

Status comes from the listing dates in force at ``asOf`` (never a stored flag) and the
joint punishment catalogue: the strongest effect among measures in that domain.

``asKnownAt`` answers as the service would have answered at that moment: facts recorded
after it are left out (credit.domain.knowledge). ``checkedAt`` is read from the one clock
in the lookup's own statement (credit.store.restrictions), so a check repeated with
``asKnownAt`` = its ``checkedAt`` and the same ``asOf`` gives its results again.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import NamedTuple, Protocol, TypeVar

from credit.domain.calendar import china_date_of, china_today, moment_of, utc_text
from credit.domain.catalogue import (
    Benefit,
    Catalogue,
    Measure,
    MeasureEffect,
    RestrictionDomain,
    RestrictionStatus,
    status_from_effects,
)
from credit.domain.codes import could_be_uscc, is_valid_uscc, normalise_code
from credit.domain.errors import Refusal
from credit.domain.incentives import IncentiveRule, IncentiveRules
from credit.domain.listings import ListingGround, ListKind
from credit.rules import read_rule_file
from credit.services.access import authorize
from credit.services.auth import Caller, Role, unauthenticated
from credit.services.catalogues import catalogue_on
from credit.services.knowledge import check_as_known_at, check_known_within
from credit.services.receipts import ISSUER, keyring
from credit.settings import get_settings
from credit.store import replica
from credit.store.incentives import eligible_codes
from credit.store.restrictions import Lookup, listings_in_force

#: codes handled between two turns of the event loop in a large batch
_SLICE = 1000
#: from this many distinct codes up to a slice, the check characters are worked out while the
#: lookup runs. Fewer take microseconds, less than the task and the turn of the loop that
#: overlap costs; more are worked out a slice at a time first: overlapped with a 5,000-code
#: lookup they made the slowest one-code check served meanwhile twice as slow
#: (bench_attacks.py: 35-42 ms against 19-26)
_OVERLAP_FROM = 100
EARLIEST_AS_OF = moment_of(date(1990, 1, 1))  # 00:00 China time
INCENTIVES_FILE = "incentives-default-1.toml"


@lru_cache
def incentive_rules() -> IncentiveRules:
    """The incentive lists (守信激励) and their rules, credit/rules/incentives-*.toml."""
    return IncentiveRules.from_toml(read_rule_file(INCENTIVES_FILE))


class Reason(NamedTuple):
    """A listing in force at ``asOf`` with a measure in the checked domain, or a benefit
    (effect BENEFIT) of an incentive list the enterprise is on at ``asOf``: then ``incentive``
    names the list and the listing's fields are null. A benefit never changes the status.

    The one shape of a restriction reason: built from the lookup's row, served by the
    GraphQL type RestrictionReason as it is and written as JSON by the fast path.
    """

    listing_id: int | None
    list_kind: ListKind | None
    ground: ListingGround | None
    measure: str
    effect: MeasureEffect
    authority_name: str | None
    decision_number: str | None
    listed_on: date | None
    expires_on: date | None
    incentive: str | None = None


class CheckResult(NamedTuple):
    # NamedTuples rather than dataclasses: a batch builds thousands, at a third of the cost
    code: str
    status: RestrictionStatus
    enterprise_name: str | None = None
    reasons: tuple[Reason, ...] = ()


@dataclass
class Check:
    check_id: str
    checked_at: datetime
    as_of: datetime
    domain: RestrictionDomain
    catalogue_version: str
    results: list[CheckResult] = field(default_factory=list)
    receipt: str = ""
    as_known_at: datetime | None = None
    #: every change committed up to this moment is in the results: ``checked_at`` on the
    #: primary, the last replayed commit on a replica (None: the replica cannot tell yet)
    data_as_of: datetime | None = None


async def normalised_batch(
    items: Sequence[str], normalise: Callable[[str], str], is_valid: Callable[[str], bool]
) -> tuple[list[str], dict[str, bool]]:
    """A check's items normalised, in input order, and whether each distinct one is valid
    (``validity_of``: a slice at a time)."""
    normalised = [normalise(item) for item in items]
    return normalised, await validity_of(list(dict.fromkeys(normalised)), is_valid)


async def validity_of(items: Sequence[str], is_valid: Callable[[str], bool]) -> dict[str, bool]:
    """Whether each of ``items`` is valid, a slice at a time with a turn of the event loop
    between slices: 5,000 codes not seen before take ~5 ms."""
    validity: dict[str, bool] = {}
    for start in range(0, len(items), _SLICE):
        if start:
            await asyncio.sleep(0)
        for item in items[start : start + _SLICE]:
            validity[item] = is_valid(item)
    return validity


F = TypeVar("F", bound="_Clocked")


class _Clocked(Protocol):
    @property
    def now(self) -> datetime: ...


async def on_the_lookups_day(
    day: date, fixed: bool, lookup: Callable[[date], Awaitable[F]]
) -> tuple[date, F]:
    """The day a check answers for, and its lookup. Without an asOf (``fixed`` False) asOf is
    checkedAt, the lookup's own now: asked again if its day is not the day the host's now
    gave (at China midnight, or with clocks apart)."""
    found = await lookup(day)
    for _ in range(3):
        if fixed or china_date_of(found.now) == day:
            break
        day = china_date_of(found.now)
        found = await lookup(day)
    return day, found


@contextmanager
def replica_reads_for(known_at: datetime | None) -> Iterator[bool]:
    """A check's reads: the replica when the request reads from one, except a check as known
    at a moment, which reads the primary (a replica may not have replayed every fact recorded
    by then). Yields whether it reads the replica."""
    with replica.replica_reads(replica.reading_replica() and known_at is None) as on_replica:
        yield on_replica


def check_batch_size(caller: Caller, count: int, field: str = "codes") -> None:
    settings = get_settings()
    if count == 0:
        raise Refusal("BATCH_EMPTY", field)
    if count > settings.batch_limit:
        raise Refusal("BATCH_TOO_LARGE", field, f"每次最多查询{settings.batch_limit}个代码,本次{count}个")
    if caller.role is Role.ANONYMOUS and count > settings.anonymous_batch_limit:
        raise unauthenticated(
            f"匿名查询每次最多{settings.anonymous_batch_limit}个代码;更大批量需要访问密钥"
        )


def check_as_of(as_of: datetime | None, now: datetime) -> datetime:
    if as_of is None:
        return now
    if as_of.tzinfo is None:
        raise Refusal("INVALID_VALUE", "asOf", "必须带时区偏移")
    if as_of < EARLIEST_AS_OF:
        raise Refusal("INVALID_VALUE", "asOf", "不能早于1990-01-01")
    if as_of.year > china_today(now).year + 100:
        raise Refusal("INVALID_VALUE", "asOf", "过于遥远")
    return as_of


async def restriction_check(
    caller: Caller,
    codes: list[str],
    domain: RestrictionDomain,
    as_of: datetime | None,
    as_known_at: datetime | None = None,
) -> Check:
    """One result per input item, in input order, duplicates included."""
    authorize(caller, "restrictionCheck")
    check_batch_size(caller, len(codes))
    host_now = datetime.now(UTC)
    moment = check_as_of(as_of, host_now) if as_of is not None else None
    known_at = check_as_known_at(as_known_at, host_now)
    day = china_date_of(moment or host_now)
    normalised = [normalise_code(code) for code in codes]
    distinct = list(dict.fromkeys(normalised))
    # Looked up: every code that could be valid. Whether each is (its check character) is
    # worked out while the database answers, for 100 to 1,000 codes (_OVERLAP_FROM): a
    # thousand not seen before take a millisecond. A code found but not valid still answers
    # INVALID_CODE (_result).
    looked_up = [code for code in distinct if could_be_uscc(code)]

    async def lookup(on: date) -> Lookup:
        # the catalogue version in force that day (as known at asKnownAt), from a cached
        # history (credit.services.catalogues): which list kinds carry a measure
        kinds = list((await catalogue_on(on, known_at)).measures_by_kind(domain))
        return await listings_in_force(looked_up, on, kinds, known_at)

    with replica_reads_for(known_at) as on_replica:
        # on a replica, how fresh it is, taken before the lookup: what it reads is at least this fresh
        replayed = await replica.data_as_of(host_now) if on_replica else None
        if _OVERLAP_FROM <= len(distinct) <= _SLICE:
            looking = asyncio.ensure_future(on_the_lookups_day(day, moment is not None, lookup))
            try:
                await asyncio.sleep(0)  # the lookup goes out first
                validity = await validity_of(distinct, is_valid_uscc)
            except BaseException:
                looking.cancel()
                raise
            day, found = await looking
        else:
            validity = await validity_of(distinct, is_valid_uscc)
            looked_up = [code for code, ok in validity.items() if ok]  # known by now: the valid ones
            day, found = await on_the_lookups_day(day, moment is not None, lookup)
        catalogue = await catalogue_on(day, known_at)
        measures = catalogue.measures_by_kind(domain)
        if known_at is not None:
            check_known_within(known_at, found.now, found.first_recorded_at)
        # most domains earn no benefit: no second statement, nothing built. The benefits are read
        # as known at the check's moment: a write committed since the lookup is left out
        earning = _benefit_rules(catalogue, domain)
        known = [code for code in found.names if validity[code]]
        benefits = await _benefits(earning, known, day, known_at or found.now) if earning else {}
    # one result object per distinct code: duplicates share it (and its JSON, see api.fastpath)
    by_code: dict[str, CheckResult] = {}
    for index, (code, ok) in enumerate(validity.items()):
        if index and index % _SLICE == 0:
            await asyncio.sleep(0)
        by_code[code] = _result(code, ok, found, measures, benefits.get(code, ()))
    check = Check(
        check_id=str(uuid.uuid4()), checked_at=found.now, as_of=moment or found.now, domain=domain,
        catalogue_version=catalogue.version, results=[by_code[code] for code in normalised],
        as_known_at=known_at,
        data_as_of=replayed if on_replica else found.now,
    )
    check.receipt = sign_receipt(check)
    return check


_EARNING: dict[tuple[str, RestrictionDomain], tuple[tuple[IncentiveRule, Benefit], ...]] = {}


def _benefit_rules(catalogue: Catalogue, domain: RestrictionDomain) -> tuple[tuple[IncentiveRule, Benefit], ...]:
    """The incentive rules whose lists earn a benefit in ``domain`` under this catalogue version
    (most domains: none); worked out once per version and domain."""
    key = (catalogue.version, domain)
    found = _EARNING.get(key)
    if found is None:
        rules = {r.list: r for r in incentive_rules().incentives}
        found = _EARNING[key] = tuple(
            (rules[b.incentive], b) for b in catalogue.benefits_in(domain) if b.incentive in rules
        )
    return found


async def _benefits(
    earning: tuple[tuple[IncentiveRule, Benefit], ...], known: list[str], day: date, known_at: datetime
) -> dict[str, tuple[Reason, ...]]:
    """Benefit reasons by code, one batched query per incentive list that earns one, as known
    at ``known_at``."""
    found: dict[str, list[Reason]] = {}
    for rule, benefit in earning:
        for code in await eligible_codes(rule, known, day, known_at):
            found.setdefault(code, []).append(Reason(
                None, None, None, benefit.measure, MeasureEffect.BENEFIT, None, None, None, None, rule.list,
            ))
    return {code: tuple(reasons) for code, reasons in found.items()}


def _result(
    code: str, valid: bool, found: Lookup, measures: Mapping[str, Measure], benefits: tuple[Reason, ...] = ()
) -> CheckResult:
    if not valid:
        return CheckResult(code, RestrictionStatus.INVALID_CODE)
    rows = found.listings.get(code)
    if rows is None:  # most codes of a batch: no listing in force, known or not
        return CheckResult(code, RestrictionStatus.CLEAR, found.names.get(code), benefits)
    reasons = tuple(
        Reason(
            row.listing_id, ListKind(row.list_kind), ListingGround(row.ground), measure.measure,
            measure.effect, row.authority_name, row.decision_number, row.listed_on, row.expires_on,
        )
        for row in rows
        if (measure := measures.get(row.list_kind)) is not None
    )
    return CheckResult(code, status_from_effects(r.effect for r in reasons), found.names[code], reasons + benefits)


def sign_receipt(check: Check) -> str:
    claims = {
        "iss": ISSUER,
        "checkId": check.check_id,
        "checkedAt": utc_text(check.checked_at),
        "asOf": utc_text(check.as_of),
        "domain": check.domain.value,
        "catalogueVersion": check.catalogue_version,
        "results": [[r.code, r.status] for r in check.results],  # a StrEnum: its value
    }
    if check.as_known_at is not None:  # absent from plain checks' receipts, as before
        claims["asKnownAt"] = utc_text(check.as_known_at)
    return keyring().sign(claims)


@dataclass(frozen=True)
class VerifiedReceipt:
    valid: bool
    #: which check signed it: "restrictionCheck" (no ``check`` claim) or "personCheck"
    check: str = "restrictionCheck"
    check_id: str | None = None
    checked_at: datetime | None = None
    as_of: datetime | None = None
    domain: str | None = None
    catalogue_version: str | None = None
    results: list[tuple[str, str]] = field(default_factory=list)
    as_known_at: datetime | None = None


def verify_receipt(token: str) -> VerifiedReceipt:
    claims = keyring().verify(token)
    if claims is None:
        return VerifiedReceipt(valid=False)
    try:
        if claims.get("check") == "personCheck":  # credit.services.persons.sign_person_receipt
            return VerifiedReceipt(
                valid=True, check="personCheck", check_id=claims["checkId"],
                checked_at=datetime.fromisoformat(claims["checkedAt"].replace("Z", "+00:00")),
                as_of=datetime.fromisoformat(claims["asOf"].replace("Z", "+00:00")),
                results=[(number, status) for number, status in claims["results"]],
                as_known_at=_moment(claims["asKnownAt"]) if claims.get("asKnownAt") is not None else None,
            )
        return VerifiedReceipt(
            valid=True,
            check_id=claims["checkId"],
            checked_at=_moment(claims["checkedAt"]),
            as_of=_moment(claims["asOf"]),
            domain=claims["domain"],
            catalogue_version=claims["catalogueVersion"],
            results=[(code, status) for code, status in claims["results"]],
            as_known_at=_moment(claims["asKnownAt"]) if claims.get("asKnownAt") is not None else None,
        )
    except (KeyError, ValueError, TypeError):
        return VerifiedReceipt(valid=False)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
