"""The State Council's working-day calendar shipped in credit/rules, checked against the
notices themselves (国务院办公厅关于2025年/2026年部分节假日安排的通知, dates written here
by hand from the notices, not from the data), and the rule that a year nobody published
is refused, never guessed from weekends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from credit.domain.calendar import WorkingCalendar, parse_official_calendar
from credit.domain.errors import Refusal
from credit.rules import CALENDAR_FILE, read_rule_file


def official() -> WorkingCalendar:
    # parsed inside each test, not at import: mutation testing credits a parse to the tests
    # that ran it
    return parse_official_calendar(read_rule_file(CALENDAR_FILE))


def days(first: str, last: str) -> set[date]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return {start + timedelta(days=i) for i in range((end - start).days + 1)}


def on(*isos: str) -> set[date]:
    return {date.fromisoformat(d) for d in isos}


# 国务院办公厅关于2025年部分节假日安排的通知
NOTICE_2025_OFF = (
    days("2025-01-01", "2025-01-01")  # 元旦
    | days("2025-01-28", "2025-02-04")  # 春节
    | days("2025-04-04", "2025-04-06")  # 清明节
    | days("2025-05-01", "2025-05-05")  # 劳动节
    | days("2025-05-31", "2025-06-02")  # 端午节
    | days("2025-10-01", "2025-10-08")  # 国庆节、中秋节
)
NOTICE_2025_ON = on("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")

# 国务院办公厅关于2026年部分节假日安排的通知
NOTICE_2026_OFF = (
    days("2026-01-01", "2026-01-03")  # 元旦
    | days("2026-02-15", "2026-02-23")  # 春节
    | days("2026-04-04", "2026-04-06")  # 清明节
    | days("2026-05-01", "2026-05-05")  # 劳动节
    | days("2026-06-19", "2026-06-21")  # 端午节
    | days("2026-09-25", "2026-09-27")  # 中秋节
    | days("2026-10-01", "2026-10-07")  # 国庆节
)
NOTICE_2026_ON = on("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")


@pytest.mark.parametrize(("year", "off", "makeup"), [
    (2025, NOTICE_2025_OFF, NOTICE_2025_ON),
    (2026, NOTICE_2026_OFF, NOTICE_2026_ON),
])
def test_shipped_calendar_is_the_published_notice(year: int, off: set[date], makeup: set[date]) -> None:
    calendar = official()
    arrangement = calendar.arrangement(year)
    assert {d for d, _ in arrangement.holidays} == off
    assert {d for d, _ in arrangement.makeup_working_days} == makeup
    # and so, day by day: every day of the year is working exactly when the notice says
    for day in days(f"{year}-01-01", f"{year}-12-31"):
        expected = day in makeup or (day not in off and day.weekday() < 5)
        assert calendar.is_working_day(day) is expected, day


def test_every_year_from_2020_to_the_latest_published_is_shipped() -> None:
    calendar = official()
    for year in range(2020, 2027):
        assert calendar.knows_year(year), year
        assert calendar.arrangement(year).holidays  # every notice gives days off
    assert not calendar.knows_year(2019)


def test_shipped_days_carry_the_holiday_names() -> None:
    arrangement = official().arrangement(2026)
    assert (date(2026, 2, 15), "春节") in arrangement.holidays
    assert (date(2026, 10, 10), "国庆节") in arrangement.makeup_working_days
    assert all(name for _, name in arrangement.holidays + arrangement.makeup_working_days)


@pytest.mark.parametrize(("notified", "deadline"), [
    ("2026-09-29", "2026-10-12"),  # the contract: 国庆 1–7 October off, Saturday 10 October on
    ("2026-02-12", "2026-02-26"),  # 春节: Saturday 14 February on, 15–23 off
    ("2025-09-26", "2025-10-10"),  # Sunday 28 September on, 1–8 October off
])
def test_objection_deadline_is_the_fifth_official_working_day_after_notice(notified: str, deadline: str) -> None:
    assert official().add_working_days(date.fromisoformat(notified), 5) == date.fromisoformat(deadline)


def test_make_up_working_day_counts_and_holiday_weekday_does_not() -> None:
    assert official().is_working_day(date(2026, 10, 10))  # Saturday, 调休上班
    assert official().is_working_day(date(2026, 10, 8))  # Thursday after 国庆
    assert not official().is_working_day(date(2026, 10, 7))  # Wednesday inside 国庆
    assert not official().is_working_day(date(2026, 10, 11))  # an ordinary Sunday


def test_deadline_needing_an_unpublished_year_is_refused_not_guessed() -> None:
    with pytest.raises(Refusal) as refused:
        official().add_working_days(date(2026, 12, 28), 5)  # Tue 29, Wed 30, Thu 31, then 2027
    assert refused.value.code == "CALENDAR_UNKNOWN"
    assert refused.value.first.detail == "2027年"
    assert refused.value.field is None  # the caller names its field (notifiedOn)
    with pytest.raises(Refusal, match="CALENDAR_UNKNOWN"):
        official().add_working_days(date(2019, 12, 20), 5)
    with pytest.raises(Refusal, match="CALENDAR_UNKNOWN"):
        official().is_working_day(date(2027, 1, 4))


def test_deadline_whose_days_all_lie_in_known_years_is_given() -> None:
    # notice in an unknown year, but every day counted is in 2020: nothing is guessed
    assert official().add_working_days(date(2019, 12, 31), 1) == date(2020, 1, 2)
    # the last days of the last shipped year still count
    assert official().add_working_days(date(2026, 12, 24), 5) == date(2026, 12, 31)


def test_configured_days_of_a_new_year_make_that_year_known() -> None:
    configured = official().adding([date(2027, 1, 1)], [], name="配置添加")
    assert configured.knows_year(2027)
    assert configured.add_working_days(date(2026, 12, 28), 5) == date(2027, 1, 5)  # 1 January off
    assert configured.arrangement(2027).holidays == ((date(2027, 1, 1), "配置添加"),)
    assert configured.arrangement(2027).makeup_working_days == ()
    assert not configured.knows_year(2028)
    assert not official().knows_year(2027)  # adding makes a new calendar


def test_configured_make_up_day_alone_makes_its_year_known() -> None:
    configured = official().adding([], [date(2027, 2, 6)], name="配置添加")
    assert configured.knows_year(2027)
    assert configured.is_working_day(date(2027, 2, 6))  # a Saturday


def test_configured_day_overrides_the_shipped_one() -> None:
    # a later notice may cancel a make-up day (2020: 1 February became part of 春节)
    configured = official().adding([date(2026, 10, 10)], [date(2026, 10, 7)], name="配置添加")
    assert not configured.is_working_day(date(2026, 10, 10))
    assert configured.is_working_day(date(2026, 10, 7))
    assert date(2026, 10, 10) in {d for d, _ in configured.arrangement(2026).holidays}
    assert date(2026, 10, 10) not in {d for d, _ in configured.arrangement(2026).makeup_working_days}
    assert (date(2026, 10, 7), "配置添加") in configured.arrangement(2026).makeup_working_days


def test_configuring_one_day_as_both_holiday_and_working_day_is_an_error() -> None:
    with pytest.raises(ValueError, match="both"):
        official().adding([date(2027, 1, 1)], [date(2027, 1, 1)], name="x")


def test_unknown_year_has_no_arrangement() -> None:
    with pytest.raises(Refusal) as refused:
        official().arrangement(2027)
    assert (refused.value.code, refused.value.field, refused.value.first.detail) == ("CALENDAR_UNKNOWN", "year", "2027年")


def test_a_weekdays_calendar_knows_every_year() -> None:
    weekdays = WorkingCalendar()
    assert weekdays.knows_year(1999) and weekdays.knows_year(2099)
    assert weekdays.adding([date(2099, 1, 1)], [], name="x").known_years is None


def test_calendar_file_lists_each_day_under_its_own_year() -> None:
    with pytest.raises(ValueError, match="listed under 2026"):
        parse_official_calendar('{"years": {"2026": {"holidays": {"2027-01-01": "元旦"}}}}')
    with pytest.raises(ValueError, match="both"):
        parse_official_calendar(
            '{"years": {"2026": {"holidays": {"2026-01-01": "元旦"}, '
            '"makeup_working_days": {"2026-01-01": "元旦"}}}}'
        )


def test_a_year_without_make_up_days_is_still_known() -> None:
    calendar = parse_official_calendar('{"years": {"2030": {"holidays": {"2030-01-01": "元旦"}}}}')
    assert calendar.known_years == frozenset({2030})
    assert calendar.arrangement(2030).makeup_working_days == ()
    assert calendar.add_working_days(date(2030, 1, 1), 1) == date(2030, 1, 2)
