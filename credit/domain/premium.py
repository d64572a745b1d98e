"""Premium floats for work-safety liability insurance (安全生产责任保险浮动费率, 安责险).

A rule set is versioned data (credit/rules/premium-*.toml, DESIGN §3.4); a quote is
``baseRate × factor`` where ``factor = 1 + Σ deltas`` held within a band. Every
applied rule instance is one explained adjustment, and the deltas always add up
to ``factor − 1``. Pure: the service layer loads the records and listings.
"""

from __future__ import annotations

import decimal
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months
from credit.domain.errors import Refusal
from credit.domain.listings import ListingFacts, ListKind
from credit.domain.records import HonourLevel

#: What a stored quote can carry (premium_quote.factor / adjusted_rate columns).
MAX_FACTOR_PLACES = 4
MAX_RATE_PLACES = 6

GRADE_LABELS: dict[AccidentGrade, str] = {
    AccidentGrade.GENERAL: "一般事故",
    AccidentGrade.LARGER: "较大事故",
    AccidentGrade.MAJOR: "重大事故",
    AccidentGrade.EXTRAORDINARY: "特别重大事故",
}
LIST_LABELS: dict[ListKind, str] = {
    ListKind.BLACKLIST: "严重失信主体名单",
    ListKind.GREYLIST: "重点关注名单(灰名单)",
}
HONOUR_LABELS: dict[HonourLevel, str] = {
    HonourLevel.CITY: "市级安全生产表彰",
    HonourLevel.PROVINCE: "省级安全生产表彰",
    HonourLevel.NATIONAL: "国家级安全生产表彰",
}

_TOP_KEYS = {
    "name", "version", "title", "window_months", "no_accident", "accident", "listing",
    "honour", "standardisation", "band", "rounding", "by_default",
}
STANDARDISATION_LABELS = {1: "安全生产标准化一级", 2: "安全生产标准化二级", 3: "安全生产标准化三级"}


def rule_set_error(detail: str) -> Refusal:
    """A rule set text that cannot be used; the detail (Chinese) says what to fix."""
    return Refusal("INVALID_VALUE", "toml", detail)


# --------------------------------------------------------------------- the rule set


@dataclass(frozen=True)
class PremiumRules:
    """One named, versioned premium rule set (浮动费率规则)."""

    name: str
    version: str
    title: str = ""
    window_months: int = 12
    no_accident_delta: Decimal = Decimal(0)
    accident_deltas: Mapping[AccidentGrade, Decimal] = field(default_factory=dict)
    list_deltas: Mapping[ListKind, Decimal] = field(default_factory=dict)
    honour_deltas: Mapping[HonourLevel, Decimal] = field(default_factory=dict)
    #: 安全生产标准化 grade (1–3) valid on the policy start → delta (the best grade only)
    standardisation_deltas: Mapping[int, Decimal] = field(default_factory=dict)
    #: false: the set answers only quotes that name its version; a quote naming no version
    #: gets the latest published set of the name that answers by default
    by_default: bool = True
    floor: Decimal = Decimal("0.70")
    ceiling: Decimal = Decimal("1.30")
    factor_places: int = 4
    rate_places: int = 6
    rounding: str = decimal.ROUND_HALF_UP

    @classmethod
    def from_toml(cls, text: str) -> PremiumRules:
        """Parse and check a rule set. Numbers are read as Decimal, never as float."""
        try:
            data = tomllib.loads(text, parse_float=Decimal)
        except tomllib.TOMLDecodeError as exc:
            raise rule_set_error(f"TOML 格式错误:{exc}") from exc
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> PremiumRules:
        unknown = set(data) - _TOP_KEYS
        if unknown:
            # a misspelt table would silently drop a rule: refuse it
            raise rule_set_error(f"未知的配置项:{', '.join(sorted(unknown))}")
        name = _text(data, "name", 64)
        version = _text(data, "version", 32)
        title = str(data.get("title", ""))
        window = data.get("window_months", 12)
        if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 120:
            raise rule_set_error("window_months 应为1到120之间的整数")
        rounding_table = _table(data, "rounding", {"factor_places", "rate_places", "mode"})
        factor_places = _places(rounding_table, "factor_places", 4, MAX_FACTOR_PLACES)
        rate_places = _places(rounding_table, "rate_places", 6, MAX_RATE_PLACES)
        mode = str(rounding_table.get("mode", "ROUND_HALF_UP"))
        if not mode.startswith("ROUND_") or not hasattr(decimal, mode):
            raise rule_set_error(f"rounding.mode 不是 decimal 的舍入方式:{mode}")
        places = factor_places

        no_accident = _table(data, "no_accident", {"delta"})
        accident = _table(data, "accident", set(AccidentGrade.__members__))
        missing = set(AccidentGrade.__members__) - set(accident)
        if missing:
            # a forgotten grade would price the worst accidents as none
            raise rule_set_error(f"accident 须为每个事故等级给出浮动值,缺少:{', '.join(sorted(missing))}")
        listing = _table(data, "listing", set(ListKind.__members__))
        honour = _table(data, "honour", set(HonourLevel.__members__))
        standardisation = _table(data, "standardisation", {"1", "2", "3"})
        by_default = data.get("by_default", True)
        if not isinstance(by_default, bool):
            raise rule_set_error("by_default 应为 true 或 false")
        band = _table(data, "band", {"floor", "ceiling"})
        floor = _decimal(band.get("floor", Decimal("0.70")), "band.floor", places)
        ceiling = _decimal(band.get("ceiling", Decimal("1.30")), "band.ceiling", places)
        if not Decimal(0) < floor <= Decimal(1) <= ceiling:
            raise rule_set_error("band 须满足 0 < floor ≤ 1 ≤ ceiling")
        return cls(
            name=name,
            version=version,
            title=title,
            window_months=window,
            no_accident_delta=_decimal(no_accident.get("delta", 0), "no_accident.delta", places),
            accident_deltas={
                AccidentGrade[k]: _decimal(v, f"accident.{k}", places) for k, v in accident.items()
            },
            list_deltas={ListKind(k): _decimal(v, f"listing.{k}", places) for k, v in listing.items()},
            honour_deltas={
                HonourLevel(k): _decimal(v, f"honour.{k}", places) for k, v in honour.items()
            },
            standardisation_deltas={
                int(k): _decimal(v, f"standardisation.{k}", places) for k, v in standardisation.items()
            },
            by_default=by_default,
            floor=floor,
            ceiling=ceiling,
            factor_places=factor_places,
            rate_places=rate_places,
            rounding=getattr(decimal, mode),
        )

    def window_start(self, policy_start: date) -> date:
        """First day counted: the same calendar day ``window_months`` earlier (29 Feb → 28 Feb)."""
        return add_months(policy_start, -self.window_months)

    @property
    def uses_honours(self) -> bool:
        return bool(self.honour_deltas)

    @property
    def uses_standardisation(self) -> bool:
        return bool(self.standardisation_deltas)


def _text(data: Mapping[str, Any], key: str, limit: int) -> str:
    value = data.get(key)
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).strip():
        raise rule_set_error(f"缺少 {key}")
    text = str(value).strip()
    if len(text) > limit:
        raise rule_set_error(f"{key} 最多{limit}个字符")
    return text


def _table(data: Mapping[str, Any], key: str, allowed: set[str]) -> dict[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise rule_set_error(f"{key} 应为表([{key}])")
    unknown = set(table) - allowed
    if unknown:
        raise rule_set_error(f"[{key}] 中有未知的项:{', '.join(sorted(unknown))}")
    return table


def _places(table: Mapping[str, Any], key: str, default: int, most: int) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= most:
        raise rule_set_error(f"rounding.{key} 应为0到{most}之间的整数")
    return value


def _decimal(value: Any, where: str, places: int) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise rule_set_error(f"{where} 应为数值")
    try:
        number = Decimal(value)
    except decimal.InvalidOperation as exc:
        raise rule_set_error(f"{where} 应为数值:{value}") from exc
    if not number.is_finite():
        raise rule_set_error(f"{where} 应为有限数值")
    # a finer delta than the factor's places would be rounded away unexplained
    try:
        coarse = number.quantize(Decimal(1).scaleb(-places), rounding=decimal.ROUND_DOWN)
    except decimal.InvalidOperation as exc:
        raise rule_set_error(f"{where} 数值过大:{value}") from exc
    if abs(number) > 10 or number != coarse:
        raise rule_set_error(f"{where} 应在 -10 到 10 之间,小数位数不多于系数的 {places} 位:{value}")
    return number


# --------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class QuotedAccident:
    """An accident record (生产安全事故). A superseded (corrected) one never counts."""

    record_id: int
    occurred_on: date
    grade: AccidentGrade
    superseded: bool = False


@dataclass(frozen=True)
class QuotedListing:
    listing_id: int
    facts: ListingFacts


@dataclass(frozen=True)
class QuotedHonour:
    """A safety honour record (安全生产表彰)."""

    record_id: int
    occurred_on: date
    level: HonourLevel
    superseded: bool = False


@dataclass(frozen=True)
class QuotedGrade:
    """A safety standardisation grade (安全生产标准化等级), valid ``certified_on <= day <= valid_until``."""

    record_id: int
    grade: int
    certified_on: date
    valid_until: date
    superseded: bool = False


# --------------------------------------------------------------------- the answer


@dataclass(frozen=True)
class Adjustment:
    """One applied rule instance and why; ``delta`` is in factor units."""

    rule: str
    description: str
    delta: Decimal
    record_ids: tuple[int, ...] = ()
    listing_ids: tuple[int, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "description": self.description,
            "delta": str(self.delta),
            "recordIds": list(self.record_ids),
            "listingIds": list(self.listing_ids),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Adjustment:
        return cls(
            rule=data["rule"],
            description=data["description"],
            delta=Decimal(data["delta"]),
            record_ids=tuple(data.get("recordIds", ())),
            listing_ids=tuple(data.get("listingIds", ())),
        )


@dataclass(frozen=True)
class PremiumFactor:
    factor: Decimal
    adjusted_rate: Decimal
    adjustments: tuple[Adjustment, ...]
    record_ids: tuple[int, ...]
    listing_ids: tuple[int, ...]
    window_start: date
    window_end: date  # exclusive: the policy start


def quote(
    rules: PremiumRules,
    base_rate: Decimal,
    policy_start: date,
    accidents: Iterable[QuotedAccident] = (),
    listings: Iterable[QuotedListing] = (),
    honours: Iterable[QuotedHonour] = (),
    grades: Iterable[QuotedGrade] = (),
) -> PremiumFactor:
    """The floating factor and adjusted rate for a policy starting on ``policy_start``.

    Window: ``[policy_start − window_months, policy_start)``. Factor: 1 + Σ deltas,
    held within [floor, ceiling], then rounded (default half-up) to ``factor_places``;
    adjusted rate: ``base_rate × factor`` rounded the same way to ``rate_places``.
    """
    start = rules.window_start(policy_start)
    unit = Decimal(1).scaleb(-rules.factor_places)
    adjustments: list[Adjustment] = []

    counted = sorted(
        (a for a in accidents if not a.superseded and start <= a.occurred_on < policy_start),
        key=lambda a: (a.occurred_on, a.record_id),
    )
    if not counted:
        last = policy_start - timedelta(days=1)
        adjustments.append(
            Adjustment("NO_ACCIDENT", f"{start} 至 {last} 无生产安全事故", rules.no_accident_delta)
        )
    for accident in counted:
        adjustments.append(
            Adjustment(
                f"ACCIDENT_{accident.grade.name}",
                f"{accident.occurred_on} {GRADE_LABELS[accident.grade]}(记录#{accident.record_id})",
                rules.accident_deltas[accident.grade],
                record_ids=(accident.record_id,),
            )
        )

    in_force: dict[ListKind, list[QuotedListing]] = {}
    for listing in sorted(listings, key=lambda q: q.listing_id):
        if listing.facts.in_force_on(policy_start):
            in_force.setdefault(listing.facts.list_kind, []).append(listing)
    for kind in (ListKind.BLACKLIST, ListKind.GREYLIST):  # once per list kind
        found = in_force.get(kind)
        if not found or kind not in rules.list_deltas:
            continue
        ids = tuple(q.listing_id for q in found)
        names = "、".join(f"名单#{q.listing_id},{q.facts.listed_on} 列入" for q in found)
        adjustments.append(
            Adjustment(
                kind.value,
                f"保单起期 {policy_start} 处于{LIST_LABELS[kind]}有效期内({names})",
                rules.list_deltas[kind],
                listing_ids=ids,
            )
        )

    if rules.honour_deltas:
        by_level: dict[HonourLevel, list[QuotedHonour]] = {}
        for honour in sorted(honours, key=lambda h: (h.occurred_on, h.record_id)):
            if not honour.superseded and start <= honour.occurred_on < policy_start:
                by_level.setdefault(honour.level, []).append(honour)
        for level in (HonourLevel.CITY, HonourLevel.PROVINCE, HonourLevel.NATIONAL):
            found_honours = by_level.get(level)
            if not found_honours or level not in rules.honour_deltas:
                continue  # once per level, like list kinds
            first = found_honours[0]
            adjustments.append(
                Adjustment(
                    f"HONOUR_{level.value}",
                    f"{first.occurred_on} {HONOUR_LABELS[level]}(记录#{first.record_id})",
                    rules.honour_deltas[level],
                    record_ids=tuple(h.record_id for h in found_honours),
                )
            )

    if rules.standardisation_deltas:
        valid = sorted(
            (g for g in grades
             if not g.superseded and g.certified_on <= policy_start <= g.valid_until
             and g.grade in rules.standardisation_deltas),
            key=lambda g: (g.grade, g.record_id),
        )
        if valid:  # the best grade valid on the policy start, once
            best = valid[0]
            adjustments.append(
                Adjustment(
                    f"STANDARDISATION_{best.grade}",
                    f"保单起期 {policy_start} 持有{STANDARDISATION_LABELS[best.grade]}"
                    f"({best.certified_on} 至 {best.valid_until},记录#{best.record_id})",
                    rules.standardisation_deltas[best.grade],
                    record_ids=(best.record_id,),
                )
            )

    total = Decimal(1) + sum((a.delta for a in adjustments), Decimal(0))
    held = min(max(total, rules.floor), rules.ceiling)
    if held != total:
        beyond = "低于下限" if held == rules.floor else "高于上限"
        adjustments.append(
            Adjustment(
                "BAND",
                f"浮动后系数 {total.quantize(unit)} {beyond} {held.quantize(unit)},按{beyond[-2:]}计",
                held - total,
            )
        )
    # deltas and bounds have at most factor_places decimals (checked on parsing),
    # so rounding here never breaks "deltas add up to factor − 1"
    factor = held.quantize(unit, rounding=rules.rounding)
    adjusted = (base_rate * factor).quantize(Decimal(1).scaleb(-rules.rate_places), rounding=rules.rounding)
    shown = tuple(
        Adjustment(a.rule, a.description, a.delta.quantize(unit), a.record_ids, a.listing_ids)
        for a in adjustments
    )
    return PremiumFactor(
        factor=factor,
        adjusted_rate=adjusted,
        adjustments=shown,
        record_ids=_ids(a.record_ids for a in shown),
        listing_ids=_ids(a.listing_ids for a in shown),
        window_start=start,
        window_end=policy_start,
    )


def _ids(groups: Iterable[Sequence[int]]) -> tuple[int, ...]:
    return tuple(sorted({i for group in groups for i in group}))
