"""Settings are checked when the process starts: the calendar settings in particular."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pydantic import ValidationError

from credit.services.common import working_calendar
from credit.settings import Settings, get_settings


def test_calendar_settings_take_comma_separated_iso_dates() -> None:
    s = Settings(holidays=" 2027-01-01, 2027-02-10 ,", makeup_working_days="2027-02-07")
    assert s.holiday_dates() == [date(2027, 1, 1), date(2027, 2, 10)]
    assert s.makeup_dates() == [date(2027, 2, 7)]
    assert Settings(holidays="", makeup_working_days="").holiday_dates() == []


@pytest.mark.parametrize("bad", ["2027-02-30", "2027-13-01", "20270101", "2027-1-1", "tomorrow", "２０２７-01-01"])
def test_a_bad_date_in_calendar_settings_is_refused_naming_the_setting(bad: str) -> None:
    with pytest.raises(ValidationError, match="CREDIT_HOLIDAYS") as error:
        Settings(holidays=f"2027-01-01,{bad}")
    assert repr(bad) in str(error.value)
    with pytest.raises(ValidationError, match="CREDIT_MAKEUP_WORKING_DAYS"):
        Settings(makeup_working_days=bad)


def test_a_day_both_off_and_on_is_refused() -> None:
    with pytest.raises(ValidationError, match="both list 2027-01-01"):
        Settings(holidays="2027-01-01", makeup_working_days="2027-01-01")


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    working_calendar.cache_clear()
    yield
    get_settings.cache_clear()
    working_calendar.cache_clear()


def test_service_calendar_is_the_shipped_one_plus_the_settings(
    monkeypatch: pytest.MonkeyPatch, fresh_settings: None
) -> None:
    monkeypatch.setenv("CREDIT_HOLIDAYS", "2027-01-01")
    monkeypatch.setenv("CREDIT_MAKEUP_WORKING_DAYS", "2026-10-07")
    calendar = working_calendar()
    assert calendar.add_working_days(date(2026, 9, 29), 5) == date(2026, 10, 10)  # 7 October made working
    assert calendar.add_working_days(date(2026, 12, 28), 5) == date(2027, 1, 5)  # 2027 now known
    assert not calendar.is_working_day(date(2026, 10, 6))  # the rest of the shipped year stands


def test_service_calendar_without_settings_knows_only_the_shipped_years(
    monkeypatch: pytest.MonkeyPatch, fresh_settings: None
) -> None:
    monkeypatch.delenv("CREDIT_HOLIDAYS", raising=False)
    monkeypatch.delenv("CREDIT_MAKEUP_WORKING_DAYS", raising=False)
    calendar = working_calendar()
    assert calendar.known_years is not None and min(calendar.known_years) == 2020
    assert calendar.add_working_days(date(2026, 9, 29), 5) == date(2026, 10, 12)
