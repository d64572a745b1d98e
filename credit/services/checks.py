"""Restriction checks for procurement and bidding platforms: many codes, as of a moment, signed.

Status comes from the listing dates in force at ``asOf`` (never a stored flag) and the
joint punishment catalogue: the strongest effect among measures in that domain.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import NamedTuple

from credit.domain.calendar import china_date_of, china_today, moment_of
from credit.domain.catalogue import (
    Catalogue,
    Measure,
    MeasureEffect,
    RestrictionDomain,
    RestrictionStatus,
    status_from_effects,
)
from credit.domain.codes import is_valid_uscc, normalise_code
from credit.domain.errors import Refusal
from credit.domain.listings import ListingGround, ListKind
from credit.rules import read_rule_file
from credit.services.access import authorize
from credit.services.auth import Caller, Role, unauthenticated
from credit.services.receipts import ISSUER, keyring
from credit.settings import get_settings
from credit.store import replica
from credit.store.restrictions import Lookup, listings_in_force

#: codes handled between two turns of the event loop in a large batch
_SLICE = 1000
EARLIEST_AS_OF = moment_of(date(1990, 1, 1))  # 00:00 China time
CATALOGUE_FILE = "catalogue-1.toml"


@lru_cache
def active_catalogue() -> Catalogue:
    return Catalogue.from_toml(read_rule_file(CATALOGUE_FILE))


class Reason(NamedTuple):
    """A listing in force at ``asOf`` with a measure in the checked domain.

    The one shape of a restriction reason: built from the lookup's row, served by the
    GraphQL type RestrictionReason as it is and written as JSON by the fast path.
    """

    listing_id: int
    list_kind: ListKind
    ground: ListingGround
    measure: str
    effect: MeasureEffect
    authority_name: str
    decision_number: str | None
    listed_on: date
    expires_on: date


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
    #: every change committed up to this moment is in the results: ``checked_at`` on the
    #: primary, the last replayed commit on a replica (None: the replica cannot tell yet)
    data_as_of: datetime | None = None


def check_batch_size(caller: Caller, count: int) -> None:
    settings = get_settings()
    if count == 0:
        raise Refusal("BATCH_EMPTY", "codes")
    if count > settings.batch_limit:
        raise Refusal("BATCH_TOO_LARGE", "codes", f"每次最多查询{settings.batch_limit}个代码,本次{count}个")
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
) -> Check:
    """One result per input item, in input order, duplicates included."""
    authorize(caller, "restrictionCheck")
    check_batch_size(caller, len(codes))
    now = datetime.now(UTC)
    moment = check_as_of(as_of, now)
    day = china_date_of(moment)
    catalogue = active_catalogue()
    measures = _measures(domain)
    normalised: list[str] = []
    validity: dict[str, bool] = {}
    # a slice at a time, with a turn of the event loop between slices: 5,000 codes held it
    # ~40 ms to check and ~30 ms to build (tests/benchmarks/bench_attacks.py)
    for start in range(0, len(codes), _SLICE):
        if start:
            await asyncio.sleep(0)
        for code in codes[start : start + _SLICE]:
            code = normalise_code(code)
            normalised.append(code)
            if code not in validity:
                validity[code] = is_valid_uscc(code)
    valid = [code for code, ok in validity.items() if ok]
    # before the lookup: what it reads is at least this fresh
    data_as_of = await replica.data_as_of(now)
    found = await listings_in_force(valid, day, list(measures))
    # one result object per distinct code: duplicates share it (and its JSON, see api.fastpath)
    by_code: dict[str, CheckResult] = {}
    for index, (code, ok) in enumerate(validity.items()):
        if index and index % _SLICE == 0:
            await asyncio.sleep(0)
        by_code[code] = _result(code, ok, found, measures)
    check = Check(
        check_id=str(uuid.uuid4()), checked_at=now, as_of=moment, domain=domain,
        catalogue_version=catalogue.version, results=[by_code[code] for code in normalised],
        data_as_of=data_as_of,
    )
    check.receipt = sign_receipt(check)
    return check


@lru_cache
def _measures(domain: RestrictionDomain) -> dict[str, Measure]:
    """List kind → measure in the active catalogue: looked up per listing in force."""
    return {kind.value: measure for kind, measure in active_catalogue().kinds_with_measure(domain).items()}


def _result(code: str, valid: bool, found: Lookup, measures: dict[str, Measure]) -> CheckResult:
    if not valid:
        return CheckResult(code, RestrictionStatus.INVALID_CODE)
    rows = found.listings.get(code)
    if rows is None:  # most codes of a batch: no listing in force, known or not
        return CheckResult(code, RestrictionStatus.CLEAR, found.names.get(code))
    reasons = tuple(
        Reason(
            row.listing_id, ListKind(row.list_kind), ListingGround(row.ground), measure.measure,
            measure.effect, row.authority_name, row.decision_number, row.listed_on, row.expires_on,
        )
        for row in rows
        if (measure := measures.get(row.list_kind)) is not None
    )
    return CheckResult(code, status_from_effects(r.effect for r in reasons), found.names[code], reasons)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def sign_receipt(check: Check) -> str:
    claims = {
        "iss": ISSUER,
        "checkId": check.check_id,
        "checkedAt": _iso(check.checked_at),
        "asOf": _iso(check.as_of),
        "domain": check.domain.value,
        "catalogueVersion": check.catalogue_version,
        "results": [[r.code, r.status] for r in check.results],  # a StrEnum: its value
    }
    return keyring().sign(claims)


@dataclass(frozen=True)
class VerifiedReceipt:
    valid: bool
    check_id: str | None = None
    checked_at: datetime | None = None
    as_of: datetime | None = None
    domain: str | None = None
    catalogue_version: str | None = None
    results: list[tuple[str, str]] = field(default_factory=list)


def verify_receipt(token: str) -> VerifiedReceipt:
    claims = keyring().verify(token)
    if claims is None:
        return VerifiedReceipt(valid=False)
    try:
        return VerifiedReceipt(
            valid=True,
            check_id=claims["checkId"],
            checked_at=datetime.fromisoformat(claims["checkedAt"].replace("Z", "+00:00")),
            as_of=datetime.fromisoformat(claims["asOf"].replace("Z", "+00:00")),
            domain=claims["domain"],
            catalogue_version=claims["catalogueVersion"],
            results=[(code, status) for code, status in claims["results"]],
        )
    except (KeyError, ValueError, TypeError):
        return VerifiedReceipt(valid=False)
