"""Restriction checks for procurement and bidding platforms: many codes, as of a moment, signed.

Status comes from the listing dates in force at ``asOf`` (never a stored flag) and the
joint punishment catalogue: the strongest effect among measures in that domain.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache

from credit.domain.calendar import china_date_of, china_today
from credit.domain.catalogue import (
    Catalogue,
    MeasureEffect,
    RestrictionDomain,
    RestrictionStatus,
)
from credit.domain.codes import is_valid_uscc, normalise_code
from credit.domain.listings import ListKind
from credit.rules import read_rule_file
from credit.services.auth import Caller, Role, unauthenticated
from credit.services.receipts import ISSUER, keyring
from credit.settings import get_settings
from credit.store.restrictions import listings_in_force

EARLIEST_AS_OF = datetime(1990, 1, 1, tzinfo=UTC)
CATALOGUE_FILE = "catalogue-1.toml"


class CheckInputError(ValueError):
    """A malformed check request (BAD_USER_INPUT)."""


@lru_cache
def active_catalogue() -> Catalogue:
    return Catalogue.from_toml(read_rule_file(CATALOGUE_FILE))


@dataclass(frozen=True, slots=True)
class Reason:
    listing_id: int
    list_kind: str
    ground: str
    measure: str
    effect: str
    authority_name: str
    decision_number: str | None
    listed_on: date
    expires_on: date


@dataclass(frozen=True, slots=True)
class CheckResult:
    code: str
    status: RestrictionStatus
    enterprise_name: str | None = None
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Check:
    check_id: str
    checked_at: datetime
    as_of: datetime
    domain: RestrictionDomain
    catalogue_version: str
    results: list[CheckResult] = field(default_factory=list)
    receipt: str = ""


def batch_limit(caller: Caller) -> int:
    settings = get_settings()
    return settings.anonymous_batch_limit if caller.role is Role.ANONYMOUS else settings.batch_limit


def check_batch_size(caller: Caller, count: int) -> None:
    settings = get_settings()
    if count == 0:
        raise CheckInputError("codes 不能为空")
    if count > settings.batch_limit:
        raise CheckInputError(f"每次最多查询{settings.batch_limit}个代码,本次{count}个")
    if caller.role is Role.ANONYMOUS and count > settings.anonymous_batch_limit:
        raise unauthenticated(
            f"匿名查询每次最多{settings.anonymous_batch_limit}个代码;更大批量需要访问密钥"
        )


def check_as_of(as_of: datetime | None, now: datetime) -> datetime:
    if as_of is None:
        return now
    if as_of.tzinfo is None:
        raise CheckInputError("asOf 必须带时区偏移")
    if as_of < EARLIEST_AS_OF:
        raise CheckInputError("asOf 不能早于1990-01-01")
    if as_of.year > china_today(now).year + 100:
        raise CheckInputError("asOf 过于遥远")
    return as_of


async def restriction_check(
    caller: Caller,
    codes: list[str],
    domain: RestrictionDomain,
    as_of: datetime | None,
) -> Check:
    """One result per input item, in input order, duplicates included."""
    check_batch_size(caller, len(codes))
    now = datetime.now(UTC)
    moment = check_as_of(as_of, now)
    day = china_date_of(moment)
    catalogue = active_catalogue()
    measures = catalogue.kinds_with_measure(domain)
    normalised = [normalise_code(c) for c in codes]
    valid = [c for c in normalised if is_valid_uscc(c)]
    found = await listings_in_force(valid, day, [k.value for k in measures])
    results: list[CheckResult] = []
    cache: dict[str, CheckResult] = {}
    for code in normalised:
        result = cache.get(code)
        if result is None:
            result = cache[code] = _result(code, found, measures)
        results.append(result)
    check = Check(
        check_id=str(uuid.uuid4()), checked_at=now, as_of=moment, domain=domain,
        catalogue_version=catalogue.version, results=results,
    )
    return Check(**{**check.__dict__, "receipt": sign_receipt(check)})


def _result(code: str, found: dict, measures: dict) -> CheckResult:  # type: ignore[type-arg]
    if not is_valid_uscc(code):
        return CheckResult(code=code, status=RestrictionStatus.INVALID_CODE)
    entry = found.get(code)
    if entry is None:
        return CheckResult(code=code, status=RestrictionStatus.CLEAR)
    reasons = []
    strongest = 0
    for listing in entry.listings:
        measure = measures.get(ListKind(listing.list_kind))
        if measure is None:
            continue
        strongest = max(strongest, measure.effect.strength)
        reasons.append(
            Reason(
                listing_id=listing.listing_id, list_kind=listing.list_kind, ground=listing.ground,
                measure=measure.measure, effect=measure.effect.value,
                authority_name=listing.authority_name, decision_number=listing.decision_number,
                listed_on=listing.listed_on, expires_on=listing.expires_on,
            )
        )
    status = (
        RestrictionStatus.PROHIBITED if strongest == MeasureEffect.PROHIBIT.strength
        else RestrictionStatus.RESTRICTED if strongest else RestrictionStatus.CLEAR
    )
    return CheckResult(code=code, status=status, enterprise_name=entry.name, reasons=tuple(reasons))


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
        "results": [[r.code, r.status.value] for r in check.results],
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
