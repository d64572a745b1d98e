"""Legal time: China dates, "same calendar day" periods, working days."""

from __future__ import annotations

from datetime import UTC, date, datetime

from credit.domain.calendar import (
    WorkingCalendar,
    add_months,
    china_date_of,
    moment_of,
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
