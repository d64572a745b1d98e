"""Incentives for the trustworthy (守信激励): who is on an incentive list on a day, by a versioned rule.

An incentive list is derived, never stored: credit/rules/incentives-*.toml names each list
and its rule; the measures (benefits) a list earns are in the catalogue
(credit/rules/catalogue-*.toml, ``[[benefit]]``). The default list TRUSTWORTHY
(安全生产守信激励对象) is "class A for 24 months running, with a province or national
honour": on every day of the ``months_running`` before and including the day, the facts of
the default class A held (a standardisation grade of ``max_grade`` or better valid, no
accident and no penalty in the 24 months before, nothing of class C or D), and an honour of
``honour_levels`` in the ``honour_months`` before the day. Said over the whole period:

- grades of ``max_grade`` or better cover every day from the period's first day to the day;
- no accident and no penalty in the ``clean_months`` before the day (the period plus A's 24);
- no unrectified major hazard in the ``hazard_free_months`` before the day (the period plus C's 12);
- no listing of either kind in force on any day of the period;
- an honour of ``honour_levels`` in the ``honour_months`` before the day.

credit/store/incentives.py says the same in SQL for a batch of codes (proven equal by
tests/store/test_supervision_equivalence.py). Pure.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from credit.domain.calendar import add_months
from credit.domain.errors import Refusal
from credit.domain.records import HonourLevel
from credit.domain.supervision import FactKind, SupervisionFacts


@dataclass(frozen=True)
class HonourFact:
    record_id: int
    occurred_on: date
    level: HonourLevel
    superseded: bool = False


@dataclass(frozen=True)
class IncentiveRule:
    list: str
    title: str
    months_running: int = 24
    max_grade: int = 2
    clean_months: int = 48
    hazard_free_months: int = 36
    honour_levels: frozenset[HonourLevel] = frozenset({HonourLevel.PROVINCE, HonourLevel.NATIONAL})
    honour_months: int = 24

    def period_start(self, day: date) -> date:
        return add_months(day, -self.months_running)


@dataclass(frozen=True)
class IncentiveRules:
    name: str
    version: str
    incentives: tuple[IncentiveRule, ...]

    @classmethod
    def from_toml(cls, text: str) -> IncentiveRules:
        data = tomllib.loads(text)
        unknown = set(data) - {"name", "version", "title", "incentive"}
        if unknown:
            raise Refusal("INVALID_VALUE", "toml", f"未知的配置项:{', '.join(sorted(unknown))}")
        return cls(str(data["name"]), str(data["version"]),
                   tuple(_incentive(entry) for entry in data.get("incentive", [])))


_KEYS = {"list", "title", "months_running", "max_grade", "clean_months", "hazard_free_months",
         "honour_levels", "honour_months"}


def _incentive(data: dict[str, Any]) -> IncentiveRule:
    unknown = set(data) - _KEYS
    if unknown:
        raise Refusal("INVALID_VALUE", "toml", f"[[incentive]] 中有未知的项:{', '.join(sorted(unknown))}")
    for key in ("months_running", "clean_months", "hazard_free_months", "honour_months"):
        value = data.get(key, 1)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 120:
            raise Refusal("INVALID_VALUE", "toml", f"{key} 应为1到120之间的整数")
    if data.get("max_grade", 2) not in (1, 2, 3):
        raise Refusal("INVALID_VALUE", "toml", "max_grade 应为1、2或3")
    return IncentiveRule(
        list=str(data["list"]),
        title=str(data.get("title", "")),
        months_running=data.get("months_running", 24),
        max_grade=data.get("max_grade", 2),
        clean_months=data.get("clean_months", 48),
        hazard_free_months=data.get("hazard_free_months", 36),
        honour_levels=frozenset(HonourLevel(level) for level in data.get("honour_levels", ["PROVINCE", "NATIONAL"])),
        honour_months=data.get("honour_months", 24),
    )


def grades_cover(spans: Sequence[tuple[date, date]], first: date, last: date) -> bool:
    """Do the validity spans ``[certified_on, valid_until]`` (both days included) cover every
    day from ``first`` to ``last``?"""
    one = timedelta(days=1)
    reached = first - one  # every day from ``first`` up to this one is covered
    for start, end in sorted(spans):
        if start > reached + one:
            break  # a day no span covers
        reached = max(reached, end)
        if reached >= last:
            return True
    return reached >= last


def eligible(rule: IncentiveRule, facts: SupervisionFacts, honours: Sequence[HonourFact], day: date) -> bool:
    """Is the enterprise on the incentive list ``rule`` on ``day``?"""
    first = rule.period_start(day)
    live = [r for r in facts.records if not r.superseded]
    if not any(
        not h.superseded and h.level in rule.honour_levels
        and add_months(day, -rule.honour_months) <= h.occurred_on < day
        for h in honours
    ):
        return False
    clean_from = add_months(day, -rule.clean_months)
    if any(r.kind in (FactKind.ACCIDENT, FactKind.PENALTY) and clean_from <= r.occurred_on < day for r in live):
        return False
    hazard_from = add_months(day, -rule.hazard_free_months)
    if any(r.kind is FactKind.HAZARD and hazard_from <= r.occurred_on < day for r in live):
        return False
    for listing in facts.listings:
        ends = listing.facts.ends_on
        if listing.facts.listed_on is not None and ends is not None and listing.facts.listed_on <= day and ends > first:
            return False
    spans = [
        (r.occurred_on, r.valid_until) for r in live
        if r.kind is FactKind.STANDARDISATION and r.valid_until is not None
        and r.standardisation_grade is not None and r.standardisation_grade <= rule.max_grade
    ]
    return grades_cover(spans, first, day)
