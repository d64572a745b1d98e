"""守信激励: the default TRUSTWORTHY list (class A facts for 24 months running and a province or
national honour), its boundaries, and that a benefit never changes a check's status."""

from __future__ import annotations

from datetime import date, timedelta

from credit.domain.catalogue import MeasureEffect, RestrictionStatus, status_from_effects
from credit.domain.incentives import HonourFact, IncentiveRules, eligible, grades_cover
from credit.domain.records import HonourLevel
from credit.domain.supervision import FactKind, SupervisedRecord, SupervisionFacts
from credit.rules import read_rule_file

RULE = IncentiveRules.from_toml(read_rule_file("incentives-default-1.toml")).incentives[0]
DAY = date(2026, 6, 15)
ONE = timedelta(days=1)
GRADE = SupervisedRecord(1, FactKind.STANDARDISATION, date(2024, 6, 15), standardisation_grade=2,
                         valid_until=date(2027, 6, 14))
HONOUR = HonourFact(9, date(2025, 1, 1), HonourLevel.PROVINCE)


def on_list(records: tuple[SupervisedRecord, ...] = (GRADE,), honours: tuple[HonourFact, ...] = (HONOUR,),
            day: date = DAY) -> bool:
    return eligible(RULE, SupervisionFacts(records=records), honours, day)


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


def test_grades_cover_counts_both_ends_of_each_span() -> None:
    assert grades_cover([(date(2024, 1, 1), date(2024, 1, 10)), (date(2024, 1, 11), date(2024, 2, 1))],
                        date(2024, 1, 1), date(2024, 2, 1))
    assert not grades_cover([(date(2024, 1, 1), date(2024, 1, 10)), (date(2024, 1, 12), date(2024, 2, 1))],
                            date(2024, 1, 1), date(2024, 2, 1))
    assert not grades_cover([], date(2024, 1, 1), date(2024, 1, 1))


def test_a_benefit_never_changes_a_status() -> None:
    assert status_from_effects([MeasureEffect.BENEFIT]) is RestrictionStatus.CLEAR
    assert status_from_effects([MeasureEffect.RESTRICT, MeasureEffect.BENEFIT]) is RestrictionStatus.RESTRICTED
