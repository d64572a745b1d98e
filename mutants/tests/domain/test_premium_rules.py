"""The default premium rule set (安责险浮动费率) of the contract README, rule by rule, with boundaries."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credit.domain.accidents import AccidentGrade
from credit.domain.errors import Refusal
from credit.domain.listings import ListingFacts, ListingGround, ListKind, RepairFacts, RepairStatus
from credit.domain.premium import (
    PremiumRules,
    QuotedAccident,
    QuotedHonour,
    QuotedListing,
    quote,
)
from credit.domain.records import HonourLevel
from credit.rules import read_rule_file

DEFAULT = PremiumRules.from_toml(read_rule_file("premium-default-1.toml"))
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


# --------------------------------------------------------------------- the rule set


def test_default_rule_set_carries_the_contract_figures() -> None:
    assert (DEFAULT.name, DEFAULT.version) == ("default", "1")
    assert DEFAULT.window_months == 12
    assert DEFAULT.no_accident_delta == Decimal("-0.10")
    assert DEFAULT.accident_deltas == {
        AccidentGrade.GENERAL: Decimal("0.10"),
        AccidentGrade.LARGER: Decimal("0.20"),
        AccidentGrade.MAJOR: Decimal("0.30"),
        AccidentGrade.EXTRAORDINARY: Decimal("0.30"),
    }
    assert DEFAULT.list_deltas == {ListKind.BLACKLIST: Decimal("0.20"), ListKind.GREYLIST: Decimal("0.10")}
    assert DEFAULT.honour_deltas == {}
    assert (DEFAULT.floor, DEFAULT.ceiling) == (Decimal("0.70"), Decimal("1.30"))
    assert (DEFAULT.factor_places, DEFAULT.rate_places) == (4, 6)


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ("EXTRAORDINARY = 0.30", "", "EXTRAORDINARY"),
        ("[band]", "[bands]", "bands"),
        ("GENERAL = 0.10", "GENERAL = 0.10001", "小数位数"),
        ("floor = 0.70", "floor = 1.10", "band"),
        ('version = "1"', "", "version"),
        ("GENERAL = 0.10", 'GENERAL = "ten"', "数值"),
        ('mode = "ROUND_HALF_UP"', 'mode = "ROUND_NICELY"', "rounding.mode"),
        ("rate_places = 6", "rate_places = 7", "rate_places"),
    ],
)
def test_rule_set_that_would_misprice_is_refused(old: str, new: str, complaint: str) -> None:
    with pytest.raises(Refusal, match=complaint):
        rules_named(old, new)


def test_rule_set_that_is_not_toml_is_refused() -> None:
    with pytest.raises(Refusal, match="TOML"):
        PremiumRules.from_toml("name = ")


def test_honour_rules_are_supported_but_absent_from_the_default() -> None:
    local = rules_named("", "", honours="CITY = -0.05")
    assert local.honour_deltas == {HonourLevel.CITY: Decimal("-0.05")}
    assert not DEFAULT.uses_honours


# --------------------------------------------------------------------- the window


def test_no_accident_in_window_lowers_the_factor_by_a_tenth() -> None:
    result = quote(DEFAULT, BASE, START)
    assert result.factor == Decimal("0.9000")
    assert result.adjusted_rate == Decimal("0.001080")
    [only] = result.adjustments
    assert (only.rule, only.delta) == ("NO_ACCIDENT", Decimal("-0.1000"))
    assert only.description == "2025-03-01 至 2026-02-28 无生产安全事故"


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
    assert "名单#9" in result.adjustments[1].description
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
    assert "上限" in band.description
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
    assert "下限" in result.adjustments[-1].description
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
