"""The default supervision rule set (分级分类监管, contract README), each class boundary pinned on
the day a fact enters or leaves its window, and the rule set's own checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months
from credit.domain.errors import Refusal
from credit.domain.listings import ListingFacts, ListingGround, ListKind
from credit.domain.supervision import (
    FactKind,
    SupervisedListing,
    SupervisedRecord,
    SupervisionClass,
    SupervisionFacts,
    SupervisionRules,
    check_standardisation,
    classify,
    due_on,
    plan_order,
    rule_set_for_region,
)
from credit.rules import read_rule_file

RULES = SupervisionRules.from_toml(read_rule_file("supervision-default-1.toml"))
A, B, C, D = SupervisionClass.A, SupervisionClass.B, SupervisionClass.C, SupervisionClass.D
DAY = date(2025, 6, 15)
ONE = timedelta(days=1)


def klass(facts: SupervisionFacts, day: date) -> SupervisionClass:
    return classify(RULES, facts, day).klass


def listed(kind: ListKind, on: date, ends: date | None = None) -> SupervisedListing:
    ground = ListingGround.OTHER_SERIOUS_VIOLATION if kind is ListKind.BLACKLIST else ListingGround.OTHER_CONCERN
    expires = ends or add_months(on, 36 if kind is ListKind.BLACKLIST else 12)
    return SupervisedListing(7, ListingFacts(kind, ground, on - timedelta(days=20), on - ONE, listed_on=on,
                                             expires_on=expires))


def accident(on: date, grade: AccidentGrade = AccidentGrade.LARGER, superseded: bool = False) -> SupervisedRecord:
    return SupervisedRecord(11, FactKind.ACCIDENT, on, accident_grade=grade, superseded=superseded)


def grade(level: int, certified: date, until: date) -> SupervisedRecord:
    return SupervisedRecord(21, FactKind.STANDARDISATION, certified, standardisation_grade=level, valid_until=until)


def test_the_default_rule_set_is_the_contracts() -> None:
    assert (RULES.name, RULES.version) == ("default", "1")
    assert [(c.klass, c.interval_months) for c in RULES.classes] == [(D, 1), (C, 3), (A, 24), (B, 12)]


def test_nothing_known_is_class_b_every_twelve_months_and_overdue_never_inspected() -> None:
    found = classify(RULES, SupervisionFacts(), DAY)
    assert (found.klass, found.interval_months, found.due_on, found.overdue) == (B, 12, None, True)
    assert found.reasons[0] == "不符合D、C、A类条件"


@pytest.mark.parametrize("kind, expected", [(ListKind.BLACKLIST, D), (ListKind.GREYLIST, C)])
def test_a_listing_decides_the_class_from_its_listed_on_day_until_the_day_before_it_ends(
    kind: ListKind, expected: SupervisionClass
) -> None:
    listing = listed(kind, DAY)
    facts = SupervisionFacts(listings=(listing,))
    ends = listing.facts.ends_on
    assert ends is not None
    assert klass(facts, DAY - ONE) == B
    assert klass(facts, DAY) == expected
    assert klass(facts, ends - ONE) == expected
    assert klass(facts, ends) == B


def test_a_repaired_or_revoked_blacklist_listing_no_longer_makes_class_d() -> None:
    listing = listed(ListKind.BLACKLIST, DAY)
    revoked = replace(listing, facts=replace(listing.facts, revoked_on=DAY + timedelta(days=30)))
    assert klass(SupervisionFacts(listings=(revoked,)), DAY + ONE) == B


@pytest.mark.parametrize("kind", [FactKind.HAZARD, FactKind.ACCIDENT])
def test_a_larger_accident_or_a_hazard_makes_class_c_for_the_twelve_months_after_its_day(kind: FactKind) -> None:
    record = SupervisedRecord(3, kind, DAY, accident_grade=AccidentGrade.LARGER if kind is FactKind.ACCIDENT else None)
    facts = SupervisionFacts(records=(record,))
    assert klass(facts, DAY) == B  # the window ends before the day itself
    assert klass(facts, DAY + ONE) == C
    assert klass(facts, add_months(DAY, 12)) == C  # the same calendar day a year later: in the window
    assert klass(facts, add_months(DAY, 12) + ONE) == B


def test_a_general_accident_does_not_make_class_c_and_a_corrected_accident_counts_no_more() -> None:
    assert klass(SupervisionFacts(records=(accident(DAY, AccidentGrade.GENERAL),)), DAY + ONE) == B
    assert klass(SupervisionFacts(records=(accident(DAY, superseded=True),)), DAY + ONE) == B
    assert klass(SupervisionFacts(records=(accident(DAY, AccidentGrade.EXTRAORDINARY),)), DAY + ONE) == C


def test_the_window_of_an_accident_on_29_february_ends_on_28_february() -> None:
    facts = SupervisionFacts(records=(accident(date(2024, 2, 29)),))
    assert klass(facts, date(2025, 2, 28)) == C
    assert klass(facts, date(2025, 3, 1)) == B


@pytest.mark.parametrize("level, expected", [(1, A), (2, A), (3, B)])
def test_a_grade_one_or_two_is_class_a_from_its_certification_to_its_last_valid_day(
    level: int, expected: SupervisionClass
) -> None:
    until = add_months(DAY, 36)
    facts = SupervisionFacts(records=(grade(level, DAY, until),))
    assert klass(facts, DAY - ONE) == B
    assert klass(facts, DAY) == expected
    assert klass(facts, until) == expected
    assert klass(facts, until + ONE) == B


@pytest.mark.parametrize("kind", [FactKind.ACCIDENT, FactKind.PENALTY])
def test_an_accident_or_penalty_keeps_a_graded_enterprise_out_of_class_a_for_24_months(kind: FactKind) -> None:
    certified = add_months(DAY, -12)
    record = SupervisedRecord(5, kind, DAY, accident_grade=AccidentGrade.GENERAL if kind is FactKind.ACCIDENT else None)
    facts = SupervisionFacts(records=(grade(1, certified, add_months(DAY, 60)), record))
    assert klass(facts, DAY) == A
    assert klass(facts, DAY + ONE) == B
    assert klass(facts, add_months(DAY, 24)) == B
    assert klass(facts, add_months(DAY, 24) + ONE) == A


def test_the_first_matching_class_wins() -> None:
    facts = SupervisionFacts(
        records=(grade(1, DAY - timedelta(days=400), DAY + timedelta(days=400)), accident(DAY - timedelta(days=30))),
        listings=(listed(ListKind.BLACKLIST, DAY - timedelta(days=10)),),
    )
    found = classify(RULES, facts, DAY)
    assert found.klass == D and found.listing_ids == (7,)
    assert found.reasons == (f"{DAY} 处于严重失信主体名单有效期内:名单#7({DAY - timedelta(days=10)} 列入,"
                             f"{add_months(DAY - timedelta(days=10), 36)} 移出)",)


def test_reasons_name_the_facts_that_decided_class_a() -> None:
    facts = SupervisionFacts(records=(grade(2, date(2024, 1, 2), date(2027, 1, 1)),))
    found = classify(RULES, facts, DAY)
    assert found.reasons == (
        f"{DAY} 持有有效的安全生产标准化等级:二级(记录#21,2024-01-02 至 2027-01-01)",
        "2023-06-15 至 2025-06-14 无生产安全事故",
        "2023-06-15 至 2025-06-14 无行政处罚",
    )
    assert found.record_ids == (21,)


def test_due_on_is_the_last_inspection_plus_the_interval_and_overdue_only_after_it() -> None:
    listing = listed(ListKind.BLACKLIST, date(2024, 1, 2))
    facts = SupervisionFacts(listings=(listing,), inspections=(date(2024, 1, 31), date(2024, 1, 5), date(2024, 3, 9)))
    found = classify(RULES, facts, date(2024, 2, 29))
    assert (found.last_inspected_on, found.due_on, found.overdue) == (date(2024, 1, 31), date(2024, 2, 29), False)
    assert classify(RULES, facts, date(2024, 3, 1)).overdue is True
    assert classify(RULES, facts, date(2024, 3, 9)).last_inspected_on == date(2024, 3, 9)
    assert due_on(date(2023, 8, 31), 3) == date(2023, 11, 30)
    assert due_on(None, 3) is None


def test_the_plan_order_is_overdue_first_then_due_on_nulls_first_then_code() -> None:
    entries = [(date(2025, 7, 1), "B"), (None, "Z"), (date(2025, 1, 1), "C"), (None, "A"), (date(2025, 7, 1), "A")]
    assert plan_order(entries) == [(None, "A"), (None, "Z"), (date(2025, 1, 1), "C"), (date(2025, 7, 1), "A"),
                                   (date(2025, 7, 1), "B")]


def test_the_longest_configured_prefix_chooses_the_rule_set() -> None:
    other = replace(RULES, name="guangdong")
    city = replace(RULES, name="shenzhen")
    by_prefix = {"44": other, "4403": city}
    assert rule_set_for_region("440305", by_prefix, RULES) is city
    assert rule_set_for_region("440105", by_prefix, RULES) is other
    assert rule_set_for_region("110105", by_prefix, RULES) is RULES


@pytest.mark.parametrize("text, says", [
    ('name="x"\nversion="1"\n[[class]]\nclass="B"\ninterval_months=12\nany=[{fact="HAZARD", months=12}]', "最后"),
    ('name="x"\nversion="1"\n[[class]]\nclass="E"\ninterval_months=12', "class"),
    ('name="x"\nversion="1"\n[[class]]\nclass="B"\ninterval_months=0', "interval_months"),
    ('name="x"\nversion="1"\n[[class]]\nclass="C"\ninterval_months=3\nany=[{fact="HAZARD"}]\n'
     '[[class]]\nclass="B"\ninterval_months=12', "months"),
    ('name="x"\nversion="1"\n[[class]]\nclass="C"\ninterval_months=3\nany=[{fact="STANDARDISATION", max_grade=4}]\n'
     '[[class]]\nclass="B"\ninterval_months=12', "max_grade"),
    ('name="x"\nversion="1"\ncolour="red"\n[[class]]\nclass="B"\ninterval_months=12', "colour"),
])
def test_a_rule_set_that_could_not_answer_is_refused_with_what_to_fix(text: str, says: str) -> None:
    with pytest.raises(Refusal) as refused:
        SupervisionRules.from_toml(text)
    assert says in str(refused.value)


def test_standardisation_grades_are_one_to_three_and_valid_from_certification() -> None:
    assert check_standardisation(1, DAY, DAY) == []
    assert check_standardisation(4, DAY, DAY) == [("INVALID_GRADE", "grade")]
    assert check_standardisation(0, DAY, DAY - ONE) == [("INVALID_GRADE", "grade"),
                                                       ("VALIDITY_BEFORE_CERTIFICATION", "validUntil")]
