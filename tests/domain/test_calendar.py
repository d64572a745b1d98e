"""Legal time: China dates, "same calendar day" periods, working days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from credit.domain.calendar import (
    WorkingCalendar,
    add_months,
    china_date_of,
    china_today,
    moment_of,
    utc_text,
)


def test_29_february_plus_a_year_is_28_february() -> None:
    assert add_months(date(2024, 2, 29), 1*12) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 3*12) == date(2027, 2, 28)
    assert add_months(date(2024, 2, 29), -1*12) == date(2023, 2, 28)
    assert add_months(date(2023, 3, 15), 3*12) == date(2026, 3, 15)


def test_months_clip_to_the_end_of_the_month() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2025, 3, 15), -3) == date(2024, 12, 15)


def test_a_date_begins_at_midnight_china_time() -> None:
    assert moment_of(date(2026, 3, 1)) == datetime(2026, 2, 28, 16, 0, tzinfo=UTC)
    assert moment_of(date(2026, 3, 1)).tzinfo is UTC  # stored and sent in UTC
    assert china_date_of(datetime(2026, 2, 28, 15, 59, 59, tzinfo=UTC)) == date(2026, 2, 28)
    assert china_date_of(datetime(2026, 2, 28, 16, 0, tzinfo=UTC)) == date(2026, 3, 1)


def test_fifth_working_day_after_a_friday_skips_the_weekend() -> None:
    calendar = WorkingCalendar()
    assert calendar.add_working_days(date(2026, 3, 6), 5) == date(2026, 3, 13)  # Fri → next Fri


def test_holidays_are_skipped_and_make_up_days_count() -> None:
    # 2026 National Day: 1–7 Oct off, Sat 10 Oct a make-up working day (illustrative)
    holidays = [date(2026, 10, d) for d in range(1, 8)]
    calendar = WorkingCalendar.of(holidays, [date(2026, 10, 10)])
    assert calendar.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert calendar.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 10)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="^naive datetime: a moment needs an offset$"):
        china_date_of(datetime(2026, 3, 1, 12, 0))


def test_today_is_the_china_date_of_now() -> None:
    assert china_today(datetime(2026, 2, 28, 15, 59, tzinfo=UTC)) == date(2026, 2, 28)
    assert china_today(datetime(2026, 2, 28, 16, 0, tzinfo=UTC)) == date(2026, 3, 1)
    assert china_today(datetime(2026, 3, 1, 0, 30, tzinfo=timezone(timedelta(hours=9)))) == date(2026, 2, 28)
    assert china_today() == china_date_of(datetime.now(UTC))


def test_working_days_are_counted_from_one() -> None:
    calendar = WorkingCalendar()
    assert calendar.add_working_days(date(2026, 3, 2), 1) == date(2026, 3, 3)
    for count in (0, -1):
        with pytest.raises(ValueError, match="^count must be at least 1$"):
            calendar.add_working_days(date(2026, 3, 2), count)


def test_a_calendar_knows_the_years_it_is_given() -> None:
    calendar = WorkingCalendar.of([date(2026, 1, 1)], [date(2026, 1, 4)], known_years=[2026])
    assert calendar.known_years == frozenset({2026})
    assert calendar.knows_year(2026) and not calendar.knows_year(2027)
    assert WorkingCalendar.of().known_years is None


def test_an_arrangement_lists_the_years_days_in_order_with_their_names() -> None:
    calendar = WorkingCalendar.of([date(2026, 10, 2), date(2026, 10, 1), date(2025, 10, 1)], [date(2026, 9, 27)])
    arrangement = calendar.arrangement(2026)
    assert arrangement.year == 2026
    assert arrangement.holidays == ((date(2026, 10, 1), ""), (date(2026, 10, 2), ""))  # unnamed: ""
    assert arrangement.makeup_working_days == ((date(2026, 9, 27), ""),)
    named = calendar.adding([date(2026, 10, 3)], [], name="国庆节")
    assert named.arrangement(2026).holidays[-1] == (date(2026, 10, 3), "国庆节")


def test_adding_a_day_as_both_names_only_that_day() -> None:
    calendar = WorkingCalendar()
    with pytest.raises(ValueError) as error:
        calendar.adding([date(2027, 1, 1), date(2027, 1, 2)], [date(2027, 1, 1), date(2027, 1, 9)], name="x")
    assert str(error.value).endswith("[datetime.date(2027, 1, 1)]")


def test_a_moment_is_written_in_utc_with_a_z_whatever_its_offset() -> None:
    from datetime import datetime, timedelta, timezone

    beijing = datetime(2026, 11, 22, 12, 0, 0, 250000, tzinfo=timezone(timedelta(hours=8)))
    assert utc_text(beijing) == "2026-11-22T04:00:00.250000Z"
    assert utc_text(moment_of(date(2026, 1, 1))) == "2025-12-31T16:00:00Z"
