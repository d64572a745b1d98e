"""Annual credit rating of safety service agencies (安全评价、检测检验机构信用评价), A to D.

An agency (industry SAFETY_SERVICE_AGENCY) is rated for a calendar year from its facts of
that year, by a versioned rule set (credit/rules/agency-rating-*.toml): ratings are tried
in order, the first whose thresholds any count reaches wins; the last has none. The basis
(the year's counts and the facts behind them) is part of the answer. Pure.
"""

from __future__ import annotations

import enum
import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any

from credit.domain.errors import Refusal


class AgencyRating(enum.StrEnum):
    A = "A"  # 守信
    B = "B"  # 基本守信
    C = "C"  # 失信
    D = "D"  # 严重失信


#: what a year's basis counts, with its Chinese name
COUNTS = {
    "false_reports": "出具虚假报告或证明(列入事由为出具虚假报告)",
    "penalties": "行政处罚",
    "blacklistings": "处于严重失信主体名单有效期",
    "greylistings": "处于重点关注名单有效期",
    "staff_listings": "从业人员被列入失信名单",
}


@dataclass(frozen=True)
class AgencyBasis:
    """The year's facts of an agency. ``staff_listings``: listings of other units in force in
    the year that name a member of its staff (credit.services.agency_rating.staff_listings)."""

    year: int
    false_reports: tuple[int, ...] = ()  # listing ids
    penalties: tuple[int, ...] = ()  # record ids
    blacklistings: tuple[int, ...] = ()  # listing ids
    greylistings: tuple[int, ...] = ()  # listing ids
    staff_listings: tuple[int, ...] = ()  # listing ids

    def count(self, name: str) -> int:
        return len(getattr(self, name))

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, 12, 31)


@dataclass(frozen=True)
class RatingRule:
    rating: AgencyRating
    #: count name → the least count that gives this rating (any one suffices); empty: the rest
    thresholds: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class AgencyRatingRules:
    name: str
    version: str
    title: str
    ratings: tuple[RatingRule, ...]

    @classmethod
    def from_toml(cls, text: str) -> AgencyRatingRules:
        data = tomllib.loads(text)
        unknown = set(data) - {"name", "version", "title", "rating"}
        if unknown:
            raise _error(f"未知的配置项:{', '.join(sorted(unknown))}")
        ratings = tuple(_rule(entry) for entry in data.get("rating", []))
        if not ratings or ratings[-1].thresholds or any(not r.thresholds for r in ratings[:-1]):
            raise _error("须有若干 [[rating]],只有最后一个没有条件(其余机构)")
        return cls(str(data["name"]), str(data["version"]), str(data.get("title", "")), ratings)


def _error(detail: str) -> Refusal:
    return Refusal("INVALID_VALUE", "toml", detail)


def _rule(data: dict[str, Any]) -> RatingRule:
    try:
        rating = AgencyRating(str(data.get("rating")))
    except ValueError:
        raise _error("rating 应为 A、B、C 或 D") from None
    any_of = data.get("any", {})
    if not isinstance(any_of, dict) or set(any_of) - set(COUNTS):
        raise _error(f"any 的项应为 {', '.join(COUNTS)}")
    for value in any_of.values():
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise _error("any 中的阈值应为正整数")
    return RatingRule(rating, tuple(sorted(any_of.items())))


@dataclass(frozen=True)
class Rated:
    rating: AgencyRating
    reasons: tuple[str, ...]
    basis: AgencyBasis
    rules: AgencyRatingRules


def rate(rules: AgencyRatingRules, basis: AgencyBasis) -> Rated:
    """The year's rating: the first whose thresholds a count of the basis reaches."""
    for rule in rules.ratings:
        reached = [(name, least) for name, least in rule.thresholds if basis.count(name) >= least]
        if reached or not rule.thresholds:
            break
    reasons = [
        f"{basis.year}年度{COUNTS[name]} {basis.count(name)} 次(达到{rule.rating}级条件:{least}次及以上)"
        for name, least in reached
    ]
    if not reached:
        counted = "、".join(f"{COUNTS[name]} {basis.count(name)} 次" for name in COUNTS)
        reasons = [f"{basis.year}年度:{counted},未达到其他等级的条件"]
    return Rated(rule.rating, tuple(reasons), basis, rules)
