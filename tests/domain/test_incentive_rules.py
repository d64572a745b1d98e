"""守信激励: the default TRUSTWORTHY list (class A facts for 24 months running and a province or
national honour), its boundaries, and that a benefit never changes a check's status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from credit.domain.calendar import add_months
from credit.domain.catalogue import MeasureEffect, RestrictionStatus, status_from_effects
from credit.domain.errors import Refusal
from credit.domain.incentives import (
    HonourFact,
    IncentiveRule,
    IncentiveRules,
    eligible,
    grades_cover,
)
from credit.domain.listings import ListingFacts, ListingGround, ListKind
from credit.domain.records import HonourLevel
from credit.domain.supervision import (
    FactKind,
    SupervisedListing,
    SupervisedRecord,
    SupervisionFacts,
)
from credit.rules import read_rule_file

RULE = IncentiveRules.from_toml(read_rule_file("incentives-default-1.toml")).incentives[0]
DAY = date(2026, 6, 15)
ONE = timedelta(days=1)
GRADE = SupervisedRecord(1, FactKind.STANDARDISATION, date(2024, 6, 15), standardisation_grade=2,
                         valid_until=date(2027, 6, 14))
HONOUR = HonourFact(9, date(2025, 1, 1), HonourLevel.PROVINCE)


def on_list(records: tuple[SupervisedRecord, ...] = (GRADE,), honours: tuple[HonourFact, ...] = (HONOUR,),
            day: date = DAY, listings: tuple[SupervisedListing, ...] = ()) -> bool:
    return eligible(RULE, SupervisionFacts(records=records, listings=listings), honours, day)


def listing(listed_on: date | None, expires_on: date | None = None, revoked_on: date | None = None) -> SupervisedListing:
    return SupervisedListing(3, ListingFacts(ListKind.GREYLIST, ListingGround.OTHER_CONCERN, date(2020, 1, 1),
                                             date(2020, 1, 8), listed_on=listed_on, expires_on=expires_on,
                                             revoked_on=revoked_on))


def test_graded_for_24_months_running_with_a_provincial_honour_is_on_the_list() -> None:
    assert RULE.list == "TRUSTWORTHY"
    assert on_list()
    assert not on_list(day=DAY - ONE)  # the grade began one day inside the 24 months


def test_a_city_honour_or_none_is_not_enough() -> None:
    assert not on_list(honours=(HonourFact(9, date(2025, 1, 1), HonourLevel.CITY),))
    assert not on_list(honours=())
    assert on_list(honours=(HonourFact(9, date(2025, 1, 1), HonourLevel.NATIONAL),))


def test_a_grade_three_or_a_gap_between_certificates_breaks_the_run() -> None:
    third = SupervisedRecord(1, FactKind.STANDARDISATION, date(2024, 6, 15), standardisation_grade=3,
                             valid_until=date(2027, 6, 14))
    assert not on_list(records=(third,))
    first = SupervisedRecord(2, FactKind.STANDARDISATION, date(2021, 6, 15), standardisation_grade=1,
                             valid_until=date(2025, 3, 1))
    renewed = SupervisedRecord(3, FactKind.STANDARDISATION, date(2025, 3, 2), standardisation_grade=2,
                               valid_until=date(2028, 3, 1))
    late = SupervisedRecord(3, FactKind.STANDARDISATION, date(2025, 3, 3), standardisation_grade=2,
                            valid_until=date(2028, 3, 1))
    assert on_list(records=(first, renewed))
    assert not on_list(records=(first, late))


def test_an_accident_in_the_48_months_before_keeps_it_off_the_list() -> None:
    accident = SupervisedRecord(5, FactKind.ACCIDENT, date(2022, 6, 15))
    assert not on_list(records=(GRADE, accident))
    assert on_list(records=(GRADE, SupervisedRecord(5, FactKind.ACCIDENT, date(2022, 6, 14))))


def test_an_accident_on_the_day_itself_is_not_in_the_months_before_it() -> None:
    assert on_list(records=(GRADE, SupervisedRecord(5, FactKind.PENALTY, DAY)))
    assert not on_list(records=(GRADE, SupervisedRecord(5, FactKind.PENALTY, DAY - ONE)))
    assert on_list(records=(GRADE, SupervisedRecord(5, FactKind.PENALTY, DAY - ONE, superseded=True)))


def test_a_hazard_in_the_36_months_before_keeps_it_off_the_list() -> None:
    since = add_months(DAY, -36)
    for day in (since, DAY - ONE):
        assert not on_list(records=(GRADE, SupervisedRecord(6, FactKind.HAZARD, day)))
    for day in (since - ONE, DAY):
        assert on_list(records=(GRADE, SupervisedRecord(6, FactKind.HAZARD, day)))


def test_the_honour_counts_from_24_months_before_the_day_to_the_day_before() -> None:
    since = add_months(DAY, -24)
    assert on_list(honours=(HonourFact(9, since, HonourLevel.PROVINCE),))
    assert not on_list(honours=(HonourFact(9, since - ONE, HonourLevel.PROVINCE),))
    assert not on_list(honours=(HonourFact(9, DAY, HonourLevel.PROVINCE),))
    assert not on_list(honours=(HonourFact(9, DAY - ONE, HonourLevel.PROVINCE, superseded=True),))


def test_a_listing_in_force_on_any_day_of_the_24_months_keeps_it_off_the_list() -> None:
    first = add_months(DAY, -24)
    assert not on_list(listings=(listing(DAY, add_months(DAY, 12)),))  # decided on the day
    assert not on_list(listings=(listing(first - timedelta(days=300), first + ONE),))  # its last day is the first
    assert on_list(listings=(listing(first - timedelta(days=300), first),))  # ended before the first day
    assert on_list(listings=(listing(DAY + ONE, add_months(DAY, 12)),))  # decided after the day
    assert on_list(listings=(listing(None),))  # proposed, never decided
    assert on_list(listings=(listing(DAY - ONE, add_months(DAY, 12), revoked_on=DAY),))  # revoked: never in force


def test_grades_cover_counts_both_ends_of_each_span() -> None:
    assert grades_cover([(date(2024, 1, 11), date(2024, 2, 1)), (date(2024, 1, 1), date(2024, 1, 10))],
                        date(2024, 1, 1), date(2024, 2, 1)) is True
    assert grades_cover([(date(2024, 1, 1), date(2024, 1, 10)), (date(2024, 1, 12), date(2024, 2, 1))],
                        date(2024, 1, 1), date(2024, 2, 1)) is False
    assert grades_cover([], date(2024, 1, 1), date(2024, 1, 1)) is False


# ------------------------------------------------------------------ the rule file


def rules(text: str) -> IncentiveRules:
    return IncentiveRules.from_toml('name = "local"\nversion = "1"\n' + text)


def complaint(text: str) -> str:
    with pytest.raises(Refusal) as caught:
        rules(text)
    assert (caught.value.code, caught.value.field) == ("INVALID_VALUE", "toml")
    return caught.value.first.detail or ""


def test_the_shipped_rule_reads_as_its_file_says() -> None:
    shipped = IncentiveRules.from_toml(read_rule_file("incentives-default-1.toml"))
    assert shipped == IncentiveRules("default", "1", (IncentiveRule(
        "TRUSTWORTHY", "安全生产守信激励对象", months_running=24, max_grade=2, clean_months=48,
        hazard_free_months=36, honour_levels=frozenset({HonourLevel.PROVINCE, HonourLevel.NATIONAL}),
        honour_months=24,
    ),))


def test_a_list_that_names_only_itself_gets_the_default_rule() -> None:
    assert rules('[[incentive]]\nlist = "X"\n') == IncentiveRules("local", "1", (IncentiveRule("X", ""),))
    assert rules("") == IncentiveRules("local", "1", ())
    local = rules('title = "本地"\n[[incentive]]\nlist = "X"\ntitle = "t"\nmonths_running = 1\nmax_grade = 3\n'
                  'clean_months = 120\nhazard_free_months = 1\nhonour_levels = ["CITY"]\nhonour_months = 120\n')
    assert local.incentives == (IncentiveRule("X", "t", 1, 3, 120, 1, frozenset({HonourLevel.CITY}), 120),)
    assert rules('[[incentive]]\nlist = "X"\nmax_grade = 1\n').incentives[0].max_grade == 1


@pytest.mark.parametrize("key", ["months_running", "clean_months", "hazard_free_months", "honour_months"])
@pytest.mark.parametrize("value", ["0", "121", "true", '"12"'])
def test_months_are_whole_numbers_from_1_to_120(key: str, value: str) -> None:
    assert complaint(f'[[incentive]]\nlist = "X"\n{key} = {value}\n') == f"{key} 应为1到120之间的整数"


def test_unknown_items_and_grades_are_refused() -> None:
    assert complaint('colour = 1\nsize = 2\n') == "未知的配置项:colour, size"
    assert complaint('[[incentive]]\nlist = "X"\ncolour = 1\nsize = 2\n') == "[[incentive]] 中有未知的项:colour, size"
    for grade in ("0", "4"):
        assert complaint(f'[[incentive]]\nlist = "X"\nmax_grade = {grade}\n') == "max_grade 应为1、2或3"


def test_a_benefit_never_changes_a_status() -> None:
    assert status_from_effects([MeasureEffect.BENEFIT]) is RestrictionStatus.CLEAR
    assert status_from_effects([MeasureEffect.RESTRICT, MeasureEffect.BENEFIT]) is RestrictionStatus.RESTRICTED


def test_a_span_ending_on_the_last_day_covers_it_and_a_period_of_no_days_is_covered() -> None:
    assert grades_cover([(date(2024, 1, 1), date(2024, 1, 31))], date(2024, 1, 1), date(2024, 1, 31)) is True
    assert grades_cover([(date(2024, 1, 1), date(2024, 1, 30))], date(2024, 1, 1), date(2024, 1, 31)) is False
    assert grades_cover([], date(2024, 1, 2), date(2024, 1, 1)) is True
