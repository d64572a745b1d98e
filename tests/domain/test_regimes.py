"""Rule regimes as data (credit.domain.regimes): the shipped files, choosing one per region
and day, periods with the second-listing rule, publication dates of penalties and decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from credit.domain.calendar import WorkingCalendar, parse_official_calendar
from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListKind,
    RepairFacts,
    RepairStatus,
    decide,
    publish_by,
)
from credit.domain.records import PenaltyCategory
from credit.domain.regimes import (
    DEFAULT_REGIME,
    RegimeError,
    load_regimes,
    parse_regime,
    parse_regime_choices,
    regime_name_for,
)
from credit.rules import CALENDAR_FILE, read_rule_file, regime_texts

D = date.fromisoformat
REGIMES = load_regimes(regime_texts())
MOEM = REGIMES["moem-11-2023"]
AWB = REGIMES["awb-14-2015"]
OFFICIAL = parse_official_calendar(read_rule_file(CALENDAR_FILE))


def test_the_default_regime_is_order_11_with_three_years_blacklist_and_one_year_greylist() -> None:
    assert MOEM.name == DEFAULT_REGIME
    assert MOEM.period_months(ListingGround.MAJOR_ACCIDENT) == 36
    assert MOEM.period_months(ListingGround.MAJOR_ACCIDENT, repeated=True) == 36  # no second-listing rule
    assert all(MOEM.period_months(g) == 12 for g in ListingGround if g.list_kind is ListKind.GREYLIST)
    assert (MOEM.objection_working_days, MOEM.publish_working_days, MOEM.repair_after_months) == (5, 7, 12)
    assert MOEM.aggravated_fine_multiple == (Decimal(2), Decimal(5))
    assert "应急管理部令第11号" in MOEM.basis


def test_the_2015_regime_lists_for_one_year_and_three_when_listed_again() -> None:
    assert AWB.period_months(ListingGround.MAJOR_ACCIDENT) == 12
    assert AWB.period_months(ListingGround.MAJOR_ACCIDENT, repeated=True) == 36
    assert "安委办〔2015〕14号" in AWB.basis


def _listing(listed: str | None, ends: str | None = None, *, revoked: str | None = None,
             repaired: str | None = None) -> ListingFacts:
    repairs = (RepairFacts(1, D(repaired), RepairStatus.APPROVED, D(repaired)),) if repaired else ()
    return ListingFacts(
        ListKind.BLACKLIST, ListingGround.MAJOR_ACCIDENT, D("2015-01-01"), D("2015-01-08"),
        listed_on=D(listed) if listed else None, expires_on=D(ends) if ends else None,
        revoked_on=D(revoked) if revoked else None, repairs=repairs,
    )


def _expires(regime_name: str, decided_on: str, *earlier: ListingFacts) -> date | None:
    facts = ListingFacts(ListKind.BLACKLIST, ListingGround.MAJOR_ACCIDENT, D("2016-01-04"), D("2016-01-11"))
    return decide(facts, D(decided_on), REGIMES[regime_name], earlier).expires_on


def test_under_the_2015_regime_a_unit_listed_again_within_its_rule_is_listed_for_three_years() -> None:
    # in force on the decision day
    assert _expires("awb-14-2015", "2020-03-01", _listing("2019-06-01", "2020-06-01")) == D("2023-03-01")
    # ended 12 months before the decision, to the day: still "连续"
    assert _expires("awb-14-2015", "2021-06-01", _listing("2019-06-01", "2020-06-02")) == D("2024-06-01")
    # ended longer ago: a first listing again
    assert _expires("awb-14-2015", "2021-06-02", _listing("2019-06-01", "2020-06-02")) == D("2022-06-02")
    # first listing: one year
    assert _expires("awb-14-2015", "2020-03-01") == D("2021-03-01")
    # order 11 has no such rule
    assert _expires("moem-11-2023", "2020-03-01", _listing("2019-06-01", "2020-06-01")) == D("2023-03-01")


def test_a_revoked_undecided_or_later_listing_does_not_make_a_listing_repeated() -> None:
    assert _expires("awb-14-2015", "2020-03-01", _listing("2019-06-01", "2020-06-01", revoked="2019-07-01")) == D(
        "2021-03-01"
    )
    assert _expires("awb-14-2015", "2020-03-01", _listing(None)) == D("2021-03-01")
    assert _expires("awb-14-2015", "2020-03-01", _listing("2020-03-02", "2021-03-02")) == D("2021-03-01")
    # a repaired listing was listed: it counts until its repair
    assert _expires("awb-14-2015", "2020-03-01", _listing("2018-01-01", "2019-01-01", repaired="2018-06-01")) == D(
        "2021-03-01"
    )
    assert _expires("awb-14-2015", "2019-05-01", _listing("2018-01-01", "2019-01-01", repaired="2018-06-01")) == D(
        "2022-05-01"
    )


def test_greylist_periods_are_per_ground() -> None:
    text = regime_texts()["regime-moem-11-2023.toml"].replace(
        "UNRECTIFIED_MAJOR_HAZARD = 12", "UNRECTIFIED_MAJOR_HAZARD = 6"
    )
    regime = parse_regime(text)
    assert regime.period_months(ListingGround.UNRECTIFIED_MAJOR_HAZARD) == 6
    assert regime.period_months(ListingGround.FATAL_GENERAL_ACCIDENT) == 12


def test_the_publication_deadline_is_the_regimes_working_days_after_the_decision_by_the_official_calendar() -> None:
    # decided Tuesday 29 September 2026: 国庆 1–7 October off, Saturday 10 October on
    assert publish_by(D("2026-09-29"), MOEM, OFFICIAL) == D("2026-10-14")
    # decided Thursday 12 February 2026: 春节 15–23 February off, Saturdays 14 and 28 on
    assert publish_by(D("2026-02-12"), MOEM, OFFICIAL) == D("2026-02-28")
    # a year the calendar does not know: no deadline, never a guess
    assert publish_by(D("2026-12-28"), MOEM, OFFICIAL) is None
    assert publish_by(D("2019-06-03"), MOEM, OFFICIAL) is None


def test_a_penalty_is_published_until_the_longest_period_of_its_types() -> None:
    assert MOEM.penalty_publication_ends_on(D("2024-02-29"), PenaltyCategory.WARNING, Decimal(0)) == D("2027-02-28")
    text = regime_texts()["regime-moem-11-2023.toml"] + (
        "\n[publication.categories.WARNING]\nmin_months = 3\nmax_months = 12\n"
        "[publication.categories.LICENCE_REVOCATION]\nmin_months = 36\nmax_months = 60\n"
    )
    regime = parse_regime(text)
    assert regime.penalty_publication_ends_on(D("2024-01-10"), PenaltyCategory.WARNING, None) == D("2025-01-10")
    # a warning with a fine: the fine's period is longer
    assert regime.penalty_publication_ends_on(D("2024-01-10"), PenaltyCategory.WARNING, Decimal("100")) == D(
        "2027-01-10"
    )
    assert regime.penalty_publication_ends_on(D("2024-01-10"), PenaltyCategory.LICENCE_REVOCATION, Decimal("1")) == D(
        "2029-01-10"
    )
    assert regime.penalty_publication_period([PenaltyCategory.WARNING, PenaltyCategory.LICENCE_REVOCATION]).min_months == 36


def test_the_longest_region_prefix_in_force_on_the_day_chooses_the_regime() -> None:
    choices = parse_regime_choices("44=awb-14-2015, 4403=moem-11-2023@2024-01-01,=moem-11-2023", REGIMES)
    assert regime_name_for(choices, "440305", D("2023-12-31")) == "awb-14-2015"  # 4403's entry not yet started
    assert regime_name_for(choices, "440305", D("2024-01-01")) == "moem-11-2023"
    assert regime_name_for(choices, "440106", D("2024-01-01")) == "awb-14-2015"
    assert regime_name_for(choices, "110105", D("2024-01-01")) == "moem-11-2023"
    assert regime_name_for((), "440305", D("2024-01-01")) == DEFAULT_REGIME
    # one prefix, changing regime on a day
    dated = parse_regime_choices("44=awb-14-2015,44=moem-11-2023@2023-10-01", REGIMES)
    assert regime_name_for(dated, "440305", D("2023-09-30")) == "awb-14-2015"
    assert regime_name_for(dated, "440305", D("2023-10-01")) == "moem-11-2023"


@pytest.mark.parametrize(("setting", "says"), [
    ("44=nonesuch", "no regime named 'nonesuch'"),
    ("44:awb-14-2015", "is not PREFIX=REGIME"),
    ("4403050=awb-14-2015", "is not PREFIX=REGIME"),
    ("44=awb-14-2015@2023-02-30", "is not a date"),
    ("44=awb-14-2015,44=moem-11-2023", "given twice"),
])
def test_bad_regime_settings_are_refused_in_one_line(setting: str, says: str) -> None:
    with pytest.raises(RegimeError, match=says) as caught:
        parse_regime_choices(setting, REGIMES)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("change", "says"), [
    (("period_months = 36", "period_months = 0"), "period_months must be a whole number"),
    (("[procedure]", "[procedures]"), r"\[procedure\] is missing"),
    (("OTHER_CONCERN = 12", "MAJOR_ACCIDENT = 12"), "MAJOR_ACCIDENT is a blacklist ground"),
    (('unlicensed_categories = ["SUSPENSION"', 'unlicensed_categories = ["PAUSE"'), "unknown PenaltyCategory"),
    (("min_months = 12", "min_months = 48"), "min_months is above max_months"),
    (('name = "moem-11-2023"', 'name = "Moem 11"'), "name must be"),
])
def test_a_regime_file_that_does_not_hold_together_is_refused_naming_the_fault(
    change: tuple[str, str], says: str
) -> None:
    text = regime_texts()["regime-moem-11-2023.toml"].replace(*change, 1)
    with pytest.raises(RegimeError, match=says):
        parse_regime(text)


def test_a_regime_file_is_named_after_its_regime() -> None:
    texts = {"regime-other.toml": regime_texts()["regime-moem-11-2023.toml"]}
    with pytest.raises(RegimeError, match="name the file regime-moem-11-2023.toml"):
        load_regimes(texts)


def test_an_objection_window_of_another_length_is_the_regimes() -> None:
    weekdays = WorkingCalendar()
    longer = replace(MOEM, objection_working_days=10)
    from credit.domain.listings import objection_deadline

    assert objection_deadline(D("2022-01-03"), longer, weekdays) == D("2022-01-17")
