"""Quotes under the default premium rule set (安责险浮动费率) of the contract README, rule by rule,
with boundaries. The rule set texts themselves: test_premium_rule_sets.py."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credit.domain.accidents import AccidentGrade
from credit.domain.listings import ListingFacts, ListingGround, ListKind, RepairFacts, RepairStatus
from credit.domain.premium import (
    Adjustment,
    PremiumRules,
    QuotedAccident,
    QuotedGrade,
    QuotedHonour,
    QuotedListing,
    quote,
)
from credit.domain.records import HonourLevel
from credit.rules import read_rule_file

DEFAULT = PremiumRules.from_toml(read_rule_file("premium-default-1.toml"))
#: version 2: honours (CITY −0.05, PROVINCE and NATIONAL −0.10) and standardisation grades
SECOND = PremiumRules.from_toml(read_rule_file("premium-default-2.toml"))
BASE = Decimal("0.0012")
START = date(2026, 3, 1)


def accident(day: date, grade: AccidentGrade = AccidentGrade.GENERAL, record_id: int = 1,
             superseded: bool = False) -> QuotedAccident:
    return QuotedAccident(record_id, day, grade, superseded)


def listing(kind: ListKind, listed_on: date | None, listing_id: int = 1, *,
            revoked_on: date | None = None, repaired_on: date | None = None) -> QuotedListing:
    ground = ListingGround.MAJOR_ACCIDENT if kind is ListKind.BLACKLIST else ListingGround.OTHER_CONCERN
    years = 3 if kind is ListKind.BLACKLIST else 1
    expires = listed_on.replace(year=listed_on.year + years) if listed_on else None
    repairs = ()
    if repaired_on is not None:
        repairs = (RepairFacts(1, repaired_on, RepairStatus.APPROVED, repaired_on),)
    facts = ListingFacts(
        list_kind=kind, ground=ground, notified_on=date(2020, 1, 1),
        objection_deadline=date(2020, 1, 8), listed_on=listed_on, expires_on=expires,
        revoked_on=revoked_on, repairs=repairs,
    )
    return QuotedListing(listing_id, facts)


def rules_named(old: str, new: str, *, honours: str = "") -> PremiumRules:
    """The default TOML with one text replaced, and optionally an [honour] table added."""
    text = read_rule_file("premium-default-1.toml")
    assert old in text, old
    text = text.replace(old, new)
    if honours:
        text += f"\n[honour]\n{honours}\n"
    return PremiumRules.from_toml(text)


def assert_deltas_add_up(result) -> None:  # type: ignore[no-untyped-def]
    assert sum((a.delta for a in result.adjustments), Decimal(0)) == result.factor - 1


# --------------------------------------------------------------------- the window


def test_no_accident_in_window_lowers_the_factor_by_a_tenth() -> None:
    result = quote(DEFAULT, BASE, START)
    assert result.factor == Decimal("0.9000")
    assert result.adjusted_rate == Decimal("0.001080")
    [only] = result.adjustments
    assert (only.rule, only.delta) == ("NO_ACCIDENT", Decimal("-0.1000"))
    assert only.description == "2025-03-01 至 2026-02-28 无生产安全事故"


def test_the_window_runs_from_the_same_day_a_year_earlier_up_to_the_policy_start() -> None:
    result = quote(DEFAULT, BASE, START)
    assert (result.window_start, result.window_end) == (date(2025, 3, 1), START)


def test_accident_exactly_one_year_before_policy_start_counts() -> None:
    result = quote(DEFAULT, BASE, START, [accident(date(2025, 3, 1))])
    assert [a.rule for a in result.adjustments] == ["ACCIDENT_GENERAL"]
    assert result.factor == Decimal("1.1000")
    assert result.record_ids == (1,)


def test_accident_one_day_more_than_a_year_before_policy_start_does_not_count() -> None:
    result = quote(DEFAULT, BASE, START, [accident(date(2025, 2, 28))])
    assert [a.rule for a in result.adjustments] == ["NO_ACCIDENT"]
    assert result.record_ids == ()


def test_accident_on_policy_start_does_not_count() -> None:
    result = quote(DEFAULT, BASE, START, [accident(START)])
    assert [a.rule for a in result.adjustments] == ["NO_ACCIDENT"]


def test_accident_the_day_before_policy_start_counts() -> None:
    result = quote(DEFAULT, BASE, START, [accident(START - timedelta(days=1))])
    assert [a.rule for a in result.adjustments] == ["ACCIDENT_GENERAL"]


def test_policy_start_on_29_february_looks_back_to_28_february() -> None:
    start = date(2028, 2, 29)
    counted = quote(DEFAULT, BASE, start, [accident(date(2027, 2, 28))])
    assert counted.window_start == date(2027, 2, 28)
    assert [a.rule for a in counted.adjustments] == ["ACCIDENT_GENERAL"]
    too_early = quote(DEFAULT, BASE, start, [accident(date(2027, 2, 27))])
    assert [a.rule for a in too_early.adjustments] == ["NO_ACCIDENT"]


def test_window_from_1_march_after_a_leap_day_excludes_29_february() -> None:
    result = quote(DEFAULT, BASE, date(2025, 3, 1), [accident(date(2024, 2, 29))])
    assert result.window_start == date(2024, 3, 1)
    assert [a.rule for a in result.adjustments] == ["NO_ACCIDENT"]


# --------------------------------------------------------------------- accidents


@pytest.mark.parametrize(
    ("grade", "rule", "factor", "label"),
    [
        (AccidentGrade.GENERAL, "ACCIDENT_GENERAL", "1.1000", "一般事故"),
        (AccidentGrade.LARGER, "ACCIDENT_LARGER", "1.2000", "较大事故"),
        (AccidentGrade.MAJOR, "ACCIDENT_MAJOR", "1.3000", "重大事故"),
        (AccidentGrade.EXTRAORDINARY, "ACCIDENT_EXTRAORDINARY", "1.3000", "特别重大事故"),
    ],
)
def test_each_accident_raises_the_factor_by_its_grade(
    grade: AccidentGrade, rule: str, factor: str, label: str
) -> None:
    result = quote(DEFAULT, BASE, START, [accident(date(2025, 9, 1), grade, record_id=12)])
    [only] = result.adjustments
    assert only.rule == rule
    assert only.description == f"2025-09-01 {label}(记录#12)"
    assert only.record_ids == (12,)
    assert result.factor == Decimal(factor)


def test_stacked_accidents_count_one_entry_each() -> None:
    accidents = [
        accident(date(2025, 4, 1), AccidentGrade.GENERAL, 3),
        accident(date(2025, 6, 1), AccidentGrade.GENERAL, 4),
        accident(date(2025, 5, 1), AccidentGrade.GENERAL, 5),
    ]
    result = quote(DEFAULT, BASE, START, accidents)
    # ordered by date: an actuary reads them as a history
    assert [(a.rule, a.record_ids) for a in result.adjustments] == [
        ("ACCIDENT_GENERAL", (3,)),
        ("ACCIDENT_GENERAL", (5,)),
        ("ACCIDENT_GENERAL", (4,)),
    ]
    assert result.factor == Decimal("1.3000")
    assert result.record_ids == (3, 4, 5)
    assert_deltas_add_up(result)


def test_superseded_accident_does_not_count_but_its_correction_does() -> None:
    accidents = [
        accident(date(2025, 5, 1), AccidentGrade.MAJOR, 7, superseded=True),
        accident(date(2025, 5, 1), AccidentGrade.LARGER, 8),
    ]
    result = quote(DEFAULT, BASE, START, accidents)
    assert [a.rule for a in result.adjustments] == ["ACCIDENT_LARGER"]
    assert result.record_ids == (8,)


# --------------------------------------------------------------------- listings


def test_blacklist_in_force_at_policy_start_adds_a_fifth() -> None:
    result = quote(DEFAULT, BASE, START, listings=[listing(ListKind.BLACKLIST, date(2024, 1, 10), 9)])
    assert [(a.rule, a.delta) for a in result.adjustments] == [
        ("NO_ACCIDENT", Decimal("-0.1000")),
        ("BLACKLIST", Decimal("0.2000")),
    ]
    assert result.adjustments[1].description == "保单起期 2026-03-01 处于严重失信主体名单有效期内(名单#9,2024-01-10 列入)"
    assert result.factor == Decimal("1.1000")
    assert result.listing_ids == (9,)


def test_blacklist_and_greylist_count_once_per_kind() -> None:
    listings = [
        listing(ListKind.BLACKLIST, date(2024, 1, 10), 1),
        listing(ListKind.BLACKLIST, date(2025, 1, 10), 2),
        listing(ListKind.GREYLIST, date(2025, 6, 1), 3),
        listing(ListKind.GREYLIST, date(2025, 7, 1), 4),
    ]
    result = quote(DEFAULT, BASE, START, listings=listings)
    kinds = [(a.rule, a.delta, a.listing_ids) for a in result.adjustments if a.rule != "NO_ACCIDENT"]
    assert kinds == [
        ("BLACKLIST", Decimal("0.2000"), (1, 2)),
        ("GREYLIST", Decimal("0.1000"), (3, 4)),
    ]
    assert result.adjustments[1].description == (
        "保单起期 2026-03-01 处于严重失信主体名单有效期内(名单#1,2024-01-10 列入、名单#2,2025-01-10 列入)"
    )
    assert result.factor == Decimal("1.2000")
    assert result.listing_ids == (1, 2, 3, 4)


def test_listing_decided_on_policy_start_counts() -> None:
    result = quote(DEFAULT, BASE, START, listings=[listing(ListKind.GREYLIST, START)])
    assert "GREYLIST" in [a.rule for a in result.adjustments]


@pytest.mark.parametrize(
    "not_in_force",
    [
        listing(ListKind.GREYLIST, date(2025, 3, 1)),  # expires on the policy start
        listing(ListKind.BLACKLIST, date(2026, 3, 2)),  # decided the day after
        listing(ListKind.BLACKLIST, None),  # proposed, not decided
        listing(ListKind.BLACKLIST, date(2024, 1, 10), revoked_on=date(2025, 1, 1)),
        listing(ListKind.BLACKLIST, date(2024, 1, 10), repaired_on=date(2025, 2, 1)),
    ],
    ids=["expired", "decided-later", "undecided", "revoked", "repaired"],
)
def test_listing_not_in_force_at_policy_start_does_not_count(not_in_force: QuotedListing) -> None:
    result = quote(DEFAULT, BASE, START, listings=[not_in_force])
    assert [a.rule for a in result.adjustments] == ["NO_ACCIDENT"]
    assert result.listing_ids == ()


# --------------------------------------------------------------------- band and rounding


def test_factor_above_ceiling_is_held_with_a_band_entry() -> None:
    accidents = [
        accident(date(2025, 4, 1), AccidentGrade.MAJOR, 1),
        accident(date(2025, 5, 1), AccidentGrade.LARGER, 2),
    ]
    result = quote(DEFAULT, BASE, START, accidents, [listing(ListKind.BLACKLIST, date(2025, 6, 1), 5)])
    assert result.factor == Decimal("1.3000")
    band = result.adjustments[-1]
    assert (band.rule, band.delta) == ("BAND", Decimal("-0.4000"))
    assert band.description == "浮动后系数 1.7000 高于上限 1.3000,按上限计"
    assert_deltas_add_up(result)
    assert result.adjusted_rate == Decimal("0.001560")


def test_factor_exactly_at_ceiling_has_no_band_entry() -> None:
    result = quote(DEFAULT, BASE, START, [accident(date(2025, 4, 1), AccidentGrade.MAJOR)])
    assert result.factor == Decimal("1.3000")
    assert "BAND" not in [a.rule for a in result.adjustments]


def test_factor_below_floor_is_held_with_a_band_entry() -> None:
    generous = rules_named("delta = -0.10", "delta = -0.25", honours="CITY = -0.10")
    honours = [QuotedHonour(21, date(2025, 10, 1), HonourLevel.CITY)]
    result = quote(generous, BASE, START, honours=honours)
    assert [(a.rule, a.delta) for a in result.adjustments] == [
        ("NO_ACCIDENT", Decimal("-0.2500")),
        ("HONOUR_CITY", Decimal("-0.1000")),
        ("BAND", Decimal("0.0500")),
    ]
    assert result.factor == Decimal("0.7000")
    assert result.adjustments[-1].description == "浮动后系数 0.6500 低于下限 0.7000,按下限计"
    assert result.record_ids == (21,)
    assert_deltas_add_up(result)


def test_honour_counts_once_per_level_within_the_window() -> None:
    local = rules_named("", "", honours="CITY = -0.05\nPROVINCE = -0.10")
    honours = [
        QuotedHonour(1, date(2025, 4, 1), HonourLevel.CITY),
        QuotedHonour(2, date(2025, 8, 1), HonourLevel.CITY),
        QuotedHonour(3, date(2025, 9, 1), HonourLevel.PROVINCE),
        QuotedHonour(4, date(2024, 9, 1), HonourLevel.PROVINCE),  # before the window
        QuotedHonour(5, date(2025, 9, 2), HonourLevel.PROVINCE, superseded=True),
    ]
    result = quote(local, BASE, START, honours=honours)
    assert [(a.rule, a.record_ids) for a in result.adjustments] == [
        ("NO_ACCIDENT", ()),
        ("HONOUR_CITY", (1, 2)),
        ("HONOUR_PROVINCE", (3,)),
    ]
    assert result.factor == Decimal("0.7500")
    assert result.adjustments[1].description == "2025-04-01 市级安全生产表彰(记录#1)"  # the first of its level


def test_honours_count_from_the_window_start_and_not_on_the_policy_start() -> None:
    honours = [
        QuotedHonour(1, date(2025, 3, 1), HonourLevel.CITY),  # the window's first day
        QuotedHonour(2, START, HonourLevel.PROVINCE),  # the policy start: outside
        QuotedHonour(3, date(2025, 2, 28), HonourLevel.NATIONAL),  # the day before the window
    ]
    result = quote(SECOND, BASE, START, honours=honours)
    assert [(a.rule, a.record_ids) for a in result.adjustments] == [("NO_ACCIDENT", ()), ("HONOUR_CITY", (1,))]


def test_each_level_counts_on_its_own_whatever_the_others_have() -> None:
    """A level without honours does not stop the next; a level the set does not price is skipped."""
    provincial = [QuotedHonour(4, date(2025, 6, 1), HonourLevel.PROVINCE)]
    result = quote(SECOND, BASE, START, honours=provincial)
    assert [(a.rule, a.delta) for a in result.adjustments] == [
        ("NO_ACCIDENT", Decimal("-0.1000")), ("HONOUR_PROVINCE", Decimal("-0.1000")),
    ]
    city_only = rules_named("", "", honours="CITY = -0.05")
    assert [a.rule for a in quote(city_only, BASE, START, honours=provincial).adjustments] == ["NO_ACCIDENT"]


def test_default_rule_set_ignores_honours() -> None:
    result = quote(DEFAULT, BASE, START, honours=[QuotedHonour(1, date(2025, 4, 1), HonourLevel.PROVINCE)])
    assert [a.rule for a in result.adjustments] == ["NO_ACCIDENT"]


def test_adjusted_rate_is_rounded_half_up_to_six_places() -> None:
    one_general = [accident(date(2025, 4, 1))]  # factor 1.1000
    # 0.001235 × 1.1 = 0.0013585: an exact half at the 7th place goes up
    assert quote(DEFAULT, Decimal("0.001235"), START, one_general).adjusted_rate == Decimal("0.001359")
    # 0.000005 × 0.9 = 0.0000045 → 0.000005
    assert quote(DEFAULT, Decimal("0.000005"), START).adjusted_rate == Decimal("0.000005")
    # 0.0012345 × 1.1 = 0.00135795 → 0.001358 and 0.0011115 × 0.9 = 0.00100035 → 0.001000
    assert quote(DEFAULT, Decimal("0.0012345"), START, one_general).adjusted_rate == Decimal("0.001358")
    assert quote(DEFAULT, Decimal("0.0011115"), START).adjusted_rate == Decimal("0.001000")


def test_rounding_mode_is_taken_from_the_rule_set() -> None:
    even = rules_named('mode = "ROUND_HALF_UP"', 'mode = "ROUND_HALF_EVEN"')
    one_general = [accident(date(2025, 4, 1))]
    assert quote(even, Decimal("0.001235"), START, one_general).adjusted_rate == Decimal("0.001358")


# --------------------------------------------------------------------- every combination


@settings(max_examples=200, deadline=None)
@given(
    grades=st.lists(st.sampled_from(list(AccidentGrade)), max_size=5),
    offsets=st.lists(st.integers(min_value=-400, max_value=5), min_size=5, max_size=5),
    kinds=st.lists(st.sampled_from(list(ListKind)), max_size=3),
    base=st.decimals(min_value=Decimal("0.00000001"), max_value=Decimal(1), places=8),
)
def test_deltas_always_add_up_to_factor_minus_one(
    grades: list[AccidentGrade], offsets: list[int], kinds: list[ListKind], base: Decimal
) -> None:
    accidents = [
        accident(START + timedelta(days=offsets[i]), grade, record_id=i + 1)
        for i, grade in enumerate(grades)
    ]
    listings = [listing(kind, date(2025, 12, 1), i + 1) for i, kind in enumerate(kinds)]
    result = quote(DEFAULT, base, START, accidents, listings)
    assert Decimal("0.70") <= result.factor <= Decimal("1.30")
    assert result.factor == result.factor.quantize(Decimal("0.0001"))
    assert_deltas_add_up(result)
    assert [a.rule for a in result.adjustments].count("BAND") <= 1
    assert result.adjusted_rate == (base * result.factor).quantize(Decimal("0.000001"), rounding="ROUND_HALF_UP")


# --------------------------------------------------------------------- standardisation grades


def grade(level: int, certified: date, valid_until: date, record_id: int, superseded: bool = False) -> QuotedGrade:
    return QuotedGrade(record_id, level, certified, valid_until, superseded)


def standardisation(rules: PremiumRules, *grades: QuotedGrade) -> list[Adjustment]:
    result = quote(rules, BASE, START, grades=grades)
    assert_deltas_add_up(result)
    return [a for a in result.adjustments if a.rule.startswith("STANDARDISATION")]


def test_the_best_standardisation_grade_valid_on_the_policy_start_counts_once() -> None:
    found = standardisation(
        SECOND,
        grade(3, date(2024, 1, 1), date(2027, 1, 1), 31),
        grade(2, date(2025, 1, 1), date(2028, 1, 1), 32),
        grade(2, date(2025, 6, 1), date(2028, 6, 1), 30),
    )
    assert found == [Adjustment(
        "STANDARDISATION_2", "保单起期 2026-03-01 持有安全生产标准化二级(2025-06-01 至 2028-06-01,记录#30)",
        Decimal("-0.1500"), record_ids=(30,),
    )]


def test_a_grade_counts_from_its_certification_day_to_its_last_valid_day_both_included() -> None:
    assert [a.record_ids for a in standardisation(SECOND, grade(1, START, date(2029, 1, 1), 1))] == [(1,)]
    assert [a.record_ids for a in standardisation(SECOND, grade(1, date(2023, 3, 1), START, 2))] == [(2,)]
    assert standardisation(SECOND, grade(1, date(2026, 3, 2), date(2029, 1, 1), 3)) == []
    assert standardisation(SECOND, grade(1, date(2023, 3, 1), date(2026, 2, 28), 4)) == []


def test_a_superseded_grade_or_one_the_rule_set_does_not_price_does_not_count() -> None:
    assert standardisation(SECOND, grade(1, date(2025, 1, 1), date(2028, 1, 1), 5, superseded=True)) == []
    first_only = PremiumRules.from_toml(read_rule_file("premium-default-1.toml") + '\n[standardisation]\n"1" = -0.20\n')
    valid = (date(2025, 1, 1), date(2028, 1, 1))
    assert standardisation(first_only, grade(2, *valid, 6)) == []
    assert [a.rule for a in standardisation(first_only, grade(2, *valid, 6), grade(1, *valid, 7))] == [
        "STANDARDISATION_1"
    ]
    assert standardisation(DEFAULT, grade(1, *valid, 8)) == []  # version 1 has no grades


# --------------------------------------------------------------------- what a quote stores


def test_an_adjustment_is_stored_as_json_and_read_back_unchanged() -> None:
    listed = Adjustment("BLACKLIST", "保单起期处于名单有效期内", Decimal("0.2000"), record_ids=(3,), listing_ids=(1, 2))
    assert listed.as_json() == {
        "rule": "BLACKLIST", "description": "保单起期处于名单有效期内", "delta": "0.2000",
        "recordIds": [3], "listingIds": [1, 2],
    }
    assert Adjustment.from_json(listed.as_json()) == listed
    # an entry stored without ids reads as one with none
    assert Adjustment.from_json({"rule": "NO_ACCIDENT", "description": "无事故", "delta": "-0.1000"}) == Adjustment(
        "NO_ACCIDENT", "无事故", Decimal("-0.1000")
    )
