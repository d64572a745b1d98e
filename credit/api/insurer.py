"""Insurer side: premium floats (安责险浮动费率) from named, versioned rule sets.

Thin: every field calls credit.services.premium, which authorises and stores.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

import strawberry
from strawberry.types import Info

from credit.api.context import get_caller
from credit.api.errors import UserError, UserErrors
from credit.domain.errors import Refusal
from credit.services import premium


@strawberry.type(name="PremiumRuleSet", description="A published premium rule set (浮动费率规则).")
class RuleSet:
    name: str
    version: str
    title: str
    published_at: datetime = strawberry.field(description="When this version was stored.")
    toml: str = strawberry.field(description="The rule set as published (TOML).")

    @classmethod
    def of(cls, info: premium.RuleSetInfo) -> RuleSet:
        return cls(
            name=info.name, version=info.version, title=info.title,
            published_at=info.recorded_at, toml=info.body,
        )


@strawberry.input(name="PremiumRuleSetInput", description="Which rule set answers. Default: the latest version of \"default\".")
class RuleSetInput:
    name: str | None = strawberry.field(default=None, description="Default \"default\".")
    version: str | None = strawberry.field(default=None, description="Default: the latest published version of the name.")


@strawberry.type
class PremiumAdjustment:
    """One applied rule instance. The deltas of a quote always add up to factor − 1."""

    rule: str = strawberry.field(
        description="NO_ACCIDENT, ACCIDENT_<GRADE>, BLACKLIST, GREYLIST, HONOUR_<LEVEL>, or BAND "
        "(brings the sum to the band's bound)."
    )
    description: str = strawberry.field(description="In Chinese, naming the record or listing.")
    delta: Decimal = strawberry.field(description="In factor units, 4 decimal places.")
    record_ids: list[strawberry.ID] = strawberry.field(description="Credit records this entry relies on.")
    listing_ids: list[strawberry.ID] = strawberry.field(description="Listings this entry relies on.")


@strawberry.type
class PremiumQuote:
    """A stored quote (安责险费率报价): reads the same later, whatever is recorded afterwards."""

    quote_id: strawberry.ID
    code: str = strawberry.field(description="The normalised code (spaces removed, upper case).")
    enterprise_name: str
    base_rate: Decimal = strawberry.field(description="As given.")
    policy_start: date
    window_start: date = strawberry.field(
        description="First day of the look-back window (included); it ends at policyStart (excluded)."
    )
    factor: Decimal = strawberry.field(
        description="1 + the sum of the deltas, held within the rule set's band [0.70, 1.30 by default], "
        "rounded half-up to 4 decimal places (as the rule set says)."
    )
    adjusted_rate: Decimal = strawberry.field(
        description="baseRate × factor, rounded half-up to 6 decimal places (as the rule set says)."
    )
    rule_set: RuleSet
    adjustments: list[PremiumAdjustment]
    record_ids: list[strawberry.ID] = strawberry.field(description="Every credit record the quote used.")
    listing_ids: list[strawberry.ID] = strawberry.field(description="Every listing the quote used.")
    recorded_at: datetime

    @classmethod
    def of(cls, q: premium.QuoteResult) -> PremiumQuote:
        return cls(
            quote_id=strawberry.ID(str(q.quote_id)),
            code=q.code,
            enterprise_name=q.enterprise_name,
            base_rate=q.base_rate,
            policy_start=q.policy_start,
            window_start=q.window_start,
            factor=q.factor,
            adjusted_rate=q.adjusted_rate,
            rule_set=RuleSet.of(q.rule_set),
            adjustments=[
                PremiumAdjustment(
                    rule=a.rule, description=a.description, delta=a.delta,
                    record_ids=[strawberry.ID(str(i)) for i in a.record_ids],
                    listing_ids=[strawberry.ID(str(i)) for i in a.listing_ids],
                )
                for a in q.adjustments
            ],
            record_ids=[strawberry.ID(str(i)) for i in q.record_ids],
            listing_ids=[strawberry.ID(str(i)) for i in q.listing_ids],
            recorded_at=q.recorded_at,
        )


@strawberry.enum
class PortfolioQuoteStatus(enum.Enum):
    OK = "OK"
    INVALID_CODE = "INVALID_CODE"
    NOT_FOUND = "NOT_FOUND"


@strawberry.type
class PortfolioQuoteItem:
    code: str = strawberry.field(description="The normalised code.")
    status: PortfolioQuoteStatus
    quote: PremiumQuote | None = strawberry.field(description="null unless status is OK.")


@strawberry.type
class PublishPremiumRuleSetPayload:
    rule_set: RuleSet | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _rule_set_args(rule_set: RuleSetInput | None) -> tuple[str | None, str | None]:
    return (rule_set.name, rule_set.version) if rule_set is not None else (None, None)


@strawberry.type
class InsurerQuery:
    @strawberry.field(
        description="Quote one insured enterprise and store the quote. factor is rounded half-up "
        "to 4 decimal places, adjustedRate (baseRate × factor) half-up to 6. Insurers and admins."
    )
    async def premium_quote(
        self,
        info: Info,
        code: str,
        base_rate: Decimal,
        policy_start: date,
        rule_set: RuleSetInput | None = None,
    ) -> PremiumQuote:
        name, version = _rule_set_args(rule_set)
        answer = await premium.premium_quote(get_caller(info), code, base_rate, policy_start, name, version)
        return PremiumQuote.of(answer)

    @strawberry.field(
        description="A stored quote exactly as it was answered. Insurers see their organisation's "
        "quotes; another's, or an unknown id, is a NOT_FOUND error (the two are indistinguishable)."
    )
    async def quote(self, info: Info, id: strawberry.ID) -> PremiumQuote | None:
        answer = await premium.get_quote(get_caller(info), str(id))
        if answer is None:  # unknown, or another organisation's: the same answer
            raise Refusal("NOT_FOUND", "id", str(id)[:64])
        return PremiumQuote.of(answer)

    @strawberry.field(
        description="Quote a portfolio of up to 1,000 codes: one item per input code, in input "
        "order, duplicates included (they share one quote). Rounding as premiumQuote."
    )
    async def premium_quotes(
        self,
        info: Info,
        codes: list[str],
        base_rate: Decimal,
        policy_start: date,
        rule_set: RuleSetInput | None = None,
    ) -> list[PortfolioQuoteItem]:
        name, version = _rule_set_args(rule_set)
        items = await premium.premium_quotes(get_caller(info), codes, base_rate, policy_start, name, version)
        return [
            PortfolioQuoteItem(
                code=item.code,
                status=PortfolioQuoteStatus(item.status),
                quote=PremiumQuote.of(item.quote) if item.quote is not None else None,
            )
            for item in items
        ]

    @strawberry.field(description="Every published premium rule set, by name then publication order.")
    async def premium_rule_sets(self, info: Info) -> list[RuleSet]:
        rule_sets = await premium.list_rule_sets(get_caller(info))
        return [RuleSet.of(r) for r in rule_sets]


@strawberry.type
class InsurerMutation:
    @strawberry.mutation(
        description="Publish a new premium rule set version (admin). Earlier versions and the "
        "quotes they gave are never changed.",
        extensions=[UserErrors()],
    )
    async def publish_premium_rule_set(self, info: Info, toml: str) -> PublishPremiumRuleSetPayload:
        published = await premium.publish_rule_set(get_caller(info), toml)
        return PublishPremiumRuleSetPayload(rule_set=RuleSet.of(published))
