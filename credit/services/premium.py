"""Premium quotes for insurers (安责险浮动费率): rule sets, single quotes, portfolios.

A quote is stored with its inputs, the rule set that answered, the records and
listings it used and its answer, so it reads the same later whatever is recorded
afterwards. The rules themselves live in credit.domain.premium.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months, china_today
from credit.domain.codes import is_valid_uscc, normalise_code
from credit.domain.errors import Refusal
from credit.domain.premium import (
    Adjustment,
    PremiumRules,
    QuotedAccident,
    QuotedGrade,
    QuotedHonour,
    QuotedListing,
    quote,
)
from credit.domain.records import CreditRecordKind, HonourLevel
from credit.services.access import authorize
from credit.services.auth import Caller, Role
from credit.services.common import audit, snapshot
from credit.store.listing_status import UNIT_LISTING, in_force_condition
from credit.store.listings import facts_of
from credit.store.models import (
    CreditRecord,
    Enterprise,
    Listing,
    PremiumQuote,
    PremiumRuleSet,
    RepairApplication,
)
from credit.store.queries import id_set

DEFAULT_RULE_SET = "default"
PORTFOLIO_LIMIT = 1000
EARLIEST_POLICY_START = date(1990, 1, 1)
#: how far ahead a policy may start, in years from today (China)
POLICY_START_HORIZON_YEARS = 2
#: premium_quote.base_rate keeps 8 decimal places: a finer rate could not be reproduced
BASE_RATE_PLACES = 8


@dataclass(frozen=True)
class RuleSetInfo:
    name: str
    version: str
    title: str
    body: str
    recorded_at: datetime


@dataclass(frozen=True)
class QuoteResult:
    """A stored quote as answered (and as read back later)."""

    quote_id: uuid.UUID
    code: str
    enterprise_name: str
    base_rate: Decimal
    policy_start: date
    window_start: date
    rule_set: RuleSetInfo
    factor: Decimal
    adjusted_rate: Decimal
    adjustments: tuple[Adjustment, ...]
    record_ids: tuple[int, ...]
    listing_ids: tuple[int, ...]
    recorded_at: datetime


@dataclass(frozen=True)
class PortfolioItem:
    code: str
    status: str  # OK, INVALID_CODE, NOT_FOUND
    quote: QuoteResult | None = None


# --------------------------------------------------------------------- rule sets


@lru_cache(maxsize=64)
def _parse(body: str) -> PremiumRules:
    # keyed by the text, not the row id: rows of different databases may share ids
    return PremiumRules.from_toml(body)


@lru_cache(maxsize=1)
def shipped_rule_sets() -> tuple[str, ...]:
    """The TOML texts of credit/rules/premium-*.toml, in file name order."""
    folder = files("credit.rules")
    names = sorted(
        p.name for p in folder.iterdir() if p.name.startswith("premium-") and p.name.endswith(".toml")
    )
    return tuple(folder.joinpath(n).read_text(encoding="utf-8") for n in names)


def _shipped_names() -> set[str]:
    return {_parse(body).name for body in shipped_rule_sets()}


async def ensure_default_rule_sets() -> list[str]:
    """Store every shipped rule set not stored yet (idempotent, safe on concurrent starts).

    A stored name + version is never changed, even if the shipped text differs:
    quotes name it and must stay reproducible. Returns ``name:version`` of those added.
    """
    added: list[str] = []
    for body in shipped_rule_sets():
        rules = _parse(body)
        if await PremiumRuleSet.filter(name=rules.name, version=rules.version).exists():
            continue
        try:
            await PremiumRuleSet.create(name=rules.name, version=rules.version, body=body)
        except IntegrityError:  # another instance stored it first
            continue
        added.append(f"{rules.name}:{rules.version}")
    return added


def _info(row: PremiumRuleSet, rules: PremiumRules) -> RuleSetInfo:
    return RuleSetInfo(rules.name, rules.version, rules.title, row.body, row.recorded_at)


async def publish_rule_set(caller: Caller, toml_text: str) -> RuleSetInfo:
    """Publish a new rule set version (admin). Old versions and their quotes stay as they are.

    Refusals: INVALID_VALUE for a text that is not a valid rule set (the domain says
    why), RULE_SET_EXISTS for a name + version already published.
    """
    authorize(caller, "publishPremiumRuleSet")
    rules = PremiumRules.from_toml(toml_text or "")
    # shipped versions first: "latest" is publication order, so a shipped version
    # stored after a published one would wrongly become the latest
    await ensure_default_rule_sets()
    exists = Refusal("RULE_SET_EXISTS", "toml", f"费率规则 {rules.name} 版本 {rules.version} 已发布")
    if await PremiumRuleSet.filter(name=rules.name, version=rules.version).exists():
        raise exists
    try:
        async with in_transaction("default") as conn:
            row = await PremiumRuleSet.create(
                name=rules.name, version=rules.version, body=toml_text, using_db=conn
            )
            await audit(conn, caller, "publishPremiumRuleSet", row, enterprise_code=None,
                        before=None, after=snapshot(row))
    except IntegrityError as exc:  # a concurrent publication of the same version won
        raise exists from exc
    return _info(row, rules)


async def list_rule_sets(caller: Caller) -> list[RuleSetInfo]:
    """Every published rule set, by name then publication order."""
    authorize(caller, "premiumRuleSets")
    await ensure_default_rule_sets()
    rows = await PremiumRuleSet.all().order_by("name", "id")
    return [_info(row, _parse(row.body)) for row in rows]


async def _latest(query: Any, *, by_version: bool) -> PremiumRuleSet | None:
    """The latest published row ("latest" is publication order: version labels need not
    sort as numbers or text); without a version asked for, the latest that answers by
    default (a set shipped with ``by_default = false``, default:2, answers only by version)."""
    rows = await query.order_by("-id")
    for row in rows:
        if by_version or _parse(row.body).by_default:
            return row  # type: ignore[no-any-return]
    return None


async def _rule_set(name: str | None, version: str | None) -> tuple[PremiumRuleSet, PremiumRules]:
    """The named version, or the latest published version of the name (default "default")."""
    name = (name or "").strip() or DEFAULT_RULE_SET
    version = (version or "").strip() or None
    if len(name) > 64 or (version is not None and len(version) > 32):
        # longer than the columns: no such rule set (the ORM raised on the filter: a 500)
        raise Refusal("RULE_SET_NOT_FOUND", "ruleSet", name[:64])
    query = PremiumRuleSet.filter(name=name)
    if version is not None:
        query = query.filter(version=version)
    row = await _latest(query, by_version=version is not None)
    # the app stores shipped sets on start; this covers a database migrated elsewhere
    if row is None and name in _shipped_names() and await ensure_default_rule_sets():
        row = await _latest(query, by_version=version is not None)
    if row is None:
        which = f"{name} 版本 {version}" if version else name
        raise Refusal("RULE_SET_NOT_FOUND", "ruleSet", which)
    return row, _parse(row.body)


# --------------------------------------------------------------------- input checks


def _check_base_rate(base_rate: Decimal) -> Decimal:
    if not isinstance(base_rate, Decimal) or not base_rate.is_finite():
        raise Refusal("INVALID_VALUE", "baseRate", "应为数值")
    if not Decimal(0) < base_rate <= Decimal(1):
        raise Refusal("INVALID_VALUE", "baseRate", f"应大于0且不大于1:{base_rate}")
    if base_rate != base_rate.quantize(Decimal(1).scaleb(-BASE_RATE_PLACES)):
        raise Refusal("INVALID_VALUE", "baseRate", f"最多{BASE_RATE_PLACES}位小数:{base_rate}")
    return base_rate


def _check_policy_start(policy_start: date) -> date:
    latest = add_months(china_today(), 12 * POLICY_START_HORIZON_YEARS)
    if policy_start < EARLIEST_POLICY_START:
        raise Refusal("INVALID_VALUE", "policyStart", f"不能早于 {EARLIEST_POLICY_START}")
    if policy_start > latest:
        raise Refusal("INVALID_VALUE", "policyStart",
                      f"不能晚于今天(北京时间)起{POLICY_START_HORIZON_YEARS}年,即 {latest}")
    return policy_start


# --------------------------------------------------------------------- quoting


@dataclass
class _Facts:
    accidents: list[QuotedAccident]
    listings: list[QuotedListing]
    honours: list[QuotedHonour]
    grades: list[QuotedGrade]


async def _load_facts(
    enterprise_ids: Sequence[int], rules: PremiumRules, policy_start: date
) -> dict[int, _Facts]:
    """Everything the rules need for many enterprises, in a fixed handful of queries."""
    facts = {eid: _Facts([], [], [], []) for eid in enterprise_ids}
    if not enterprise_ids:
        return facts
    start = rules.window_start(policy_start)
    kinds = [CreditRecordKind.ACCIDENT.value]
    if rules.uses_honours:
        kinds.append(CreditRecordKind.HONOUR.value)
    records = await CreditRecord.filter(
        enterprise_id__in=enterprise_ids,
        kind__in=kinds,
        occurred_on__gte=start,
        occurred_on__lt=policy_start,
    ).values("id", "enterprise_id", "kind", "occurred_on", "grade", "level")
    superseded: set[int] = set()
    if records:
        # corrections are of the same enterprise (credit.services.records), so this finds them all
        superseded = set(
            await CreditRecord.filter(
                enterprise_id__in=enterprise_ids, supersedes_id__isnull=False
            ).values_list("supersedes_id", flat=True)  # type: ignore[arg-type]
        )
    for r in records:
        own = facts[r["enterprise_id"]]
        if r["kind"] == CreditRecordKind.ACCIDENT.value and r["grade"]:
            own.accidents.append(
                QuotedAccident(r["id"], r["occurred_on"], AccidentGrade[r["grade"]], r["id"] in superseded)
            )
        elif r["kind"] == CreditRecordKind.HONOUR.value and r["level"] in HonourLevel.__members__:
            own.honours.append(
                QuotedHonour(r["id"], r["occurred_on"], HonourLevel(r["level"]), r["id"] in superseded)
            )
    if rules.uses_standardisation:
        grades = await CreditRecord.filter(
            enterprise_id__in=enterprise_ids, kind=CreditRecordKind.STANDARDISATION.value,
            occurred_on__lte=policy_start, valid_until__gte=policy_start,
        ).values("id", "enterprise_id", "occurred_on", "valid_until", "level")
        corrected = await id_set(
            CreditRecord.filter(supersedes_id__in=[g["id"] for g in grades]), "supersedes_id"
        ) if grades else set()
        for g in grades:
            facts[g["enterprise_id"]].grades.append(QuotedGrade(
                g["id"], int(g["level"]), g["occurred_on"], g["valid_until"], g["id"] in corrected
            ))
    # in force on the policy start, as the store's one condition says; the domain's
    # quote() asks ListingFacts.in_force_on again, which agrees (tests prove the two equal)
    # a listing of the principal person alone (ABANDONED_RESCUE) does not restrict the unit
    listings = await Listing.filter(in_force_condition(policy_start), UNIT_LISTING, enterprise_id__in=enterprise_ids)
    repairs: dict[int, list[RepairApplication]] = {}
    if listings:
        for repair in await RepairApplication.filter(listing_id__in=[x.id for x in listings]).order_by("id"):
            repairs.setdefault(repair.listing_id, []).append(repair)  # type: ignore[attr-defined]
    for listing in listings:
        facts[listing.enterprise_id].listings.append(  # type: ignore[attr-defined]
            QuotedListing(listing.id, facts_of(listing, repairs.get(listing.id, [])))
        )
    return facts


async def _quote_many(
    caller: Caller,
    enterprises: Sequence[Enterprise],
    base_rate: Decimal,
    policy_start: date,
    row: PremiumRuleSet,
    rules: PremiumRules,
) -> dict[int, QuoteResult]:
    """Compute and store one quote per enterprise, in one transaction."""
    facts = await _load_facts([e.id for e in enterprises], rules, policy_start)
    now = datetime.now(UTC)
    info = _info(row, rules)
    results: dict[int, QuoteResult] = {}
    rows: list[PremiumQuote] = []
    for enterprise in enterprises:
        own = facts[enterprise.id]
        answer = quote(rules, base_rate, policy_start, own.accidents, own.listings, own.honours, own.grades)
        quote_id = uuid.uuid4()
        result = QuoteResult(
            quote_id=quote_id,
            code=enterprise.code,
            enterprise_name=enterprise.name,
            base_rate=base_rate,
            policy_start=policy_start,
            window_start=answer.window_start,
            rule_set=info,
            factor=answer.factor,
            adjusted_rate=answer.adjusted_rate,
            adjustments=answer.adjustments,
            record_ids=answer.record_ids,
            listing_ids=answer.listing_ids,
            recorded_at=now,
        )
        results[enterprise.id] = result
        rows.append(
            PremiumQuote(
                id=quote_id,
                enterprise_id=enterprise.id,
                rule_set_id=row.id,
                base_rate=base_rate,
                policy_start=policy_start,
                factor=answer.factor,
                adjusted_rate=answer.adjusted_rate,
                adjustments=[a.as_json() for a in answer.adjustments],
                inputs=_inputs_json(caller, result),
                recorded_at=now,
            )
        )
    if rows:
        async with in_transaction("default") as conn:
            await PremiumQuote.bulk_create(rows, batch_size=500, using_db=conn)
    return results


def _inputs_json(caller: Caller, result: QuoteResult) -> dict[str, Any]:
    return {
        "code": result.code,
        "baseRate": str(result.base_rate),
        "policyStart": result.policy_start.isoformat(),
        "windowStart": result.window_start.isoformat(),
        "ruleSet": {"name": result.rule_set.name, "version": result.rule_set.version},
        "recordIds": list(result.record_ids),
        "listingIds": list(result.listing_ids),
        "factor": str(result.factor),
        "adjustedRate": str(result.adjusted_rate),
        "requestedBy": caller.actor,
        "role": caller.role.value,
        "organisation": _organisation(caller),
    }


def _organisation(caller: Caller) -> str:
    """Who a quote belongs to: the key's organisation, or the key itself without one."""
    return caller.organisation or caller.actor


async def premium_quote(
    caller: Caller,
    code: str,
    base_rate: Decimal,
    policy_start: date,
    rule_set_name: str | None = None,
    rule_set_version: str | None = None,
) -> QuoteResult:
    """Quote one enterprise and store the quote. Insurers and admins only."""
    authorize(caller, "premiumQuote")
    normalised = normalise_code(code or "")
    if not is_valid_uscc(normalised):
        raise Refusal("INVALID_CODE", "code", code)
    _check_base_rate(base_rate)
    _check_policy_start(policy_start)
    row, rules = await _rule_set(rule_set_name, rule_set_version)
    enterprise = await Enterprise.get_or_none(code=normalised)
    if enterprise is None:
        raise Refusal("ENTERPRISE_NOT_FOUND", "code", normalised)
    results = await _quote_many(caller, [enterprise], base_rate, policy_start, row, rules)
    return results[enterprise.id]


async def premium_quotes(
    caller: Caller,
    codes: Sequence[str],
    base_rate: Decimal,
    policy_start: date,
    rule_set_name: str | None = None,
    rule_set_version: str | None = None,
) -> list[PortfolioItem]:
    """A portfolio: one item per input code, in input order, duplicates included.

    Invalid and unknown codes are reported per item; the batch fails only for a bad
    base rate, policy start or rule set, or a batch empty or above 1,000 codes.
    Duplicates share one stored quote.
    """
    authorize(caller, "premiumQuotes")
    if not codes:
        raise Refusal("BATCH_EMPTY", "codes")
    if len(codes) > PORTFOLIO_LIMIT:
        raise Refusal("BATCH_TOO_LARGE", "codes", f"最多{PORTFOLIO_LIMIT}个")
    _check_base_rate(base_rate)
    _check_policy_start(policy_start)
    row, rules = await _rule_set(rule_set_name, rule_set_version)
    normalised = [normalise_code(c or "") for c in codes]
    valid = list(dict.fromkeys(c for c in normalised if is_valid_uscc(c)))
    enterprises = await Enterprise.filter(code__in=valid).order_by("id") if valid else []
    results = await _quote_many(caller, enterprises, base_rate, policy_start, row, rules)
    by_code = {e.code: results[e.id] for e in enterprises}
    items: list[PortfolioItem] = []
    for code in normalised:
        if not is_valid_uscc(code):
            items.append(PortfolioItem(code, "INVALID_CODE"))
        elif code not in by_code:
            items.append(PortfolioItem(code, "NOT_FOUND"))
        else:
            items.append(PortfolioItem(code, "OK", by_code[code]))
    return items


async def get_quote(caller: Caller, quote_id: str) -> QuoteResult | None:
    """A stored quote exactly as it was answered. None if there is no such quote, and for
    an insurer, also if another organisation asked for it (admins see every quote)."""
    authorize(caller, "quote")
    try:
        parsed = uuid.UUID(str(quote_id))
    except ValueError:
        return None
    row = await PremiumQuote.get_or_none(id=parsed).prefetch_related("enterprise", "rule_set")
    if row is None:
        return None
    inputs = row.inputs
    # quotes stored before organisations were recorded belong to the key that asked
    owner = inputs.get("organisation") or inputs.get("requestedBy")
    if caller.role is Role.INSURER and owner != _organisation(caller):
        return None
    rules = _parse(row.rule_set.body)
    # the strings written at quoting time, not the columns: a Decimal column may come
    # back with another scale on the other database
    return QuoteResult(
        quote_id=row.id,
        code=row.enterprise.code,
        enterprise_name=row.enterprise.name,
        base_rate=Decimal(inputs.get("baseRate", str(row.base_rate))),
        policy_start=row.policy_start,
        window_start=date.fromisoformat(inputs["windowStart"])
        if "windowStart" in inputs
        else rules.window_start(row.policy_start),
        rule_set=_info(row.rule_set, rules),
        factor=Decimal(inputs.get("factor", str(row.factor))),
        adjusted_rate=Decimal(inputs.get("adjustedRate", str(row.adjusted_rate))),
        adjustments=tuple(Adjustment.from_json(a) for a in row.adjustments),
        record_ids=tuple(inputs.get("recordIds", ())),
        listing_ids=tuple(inputs.get("listingIds", ())),
        recorded_at=row.recorded_at,
    )
