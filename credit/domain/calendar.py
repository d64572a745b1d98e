"""Legal time: China Standard Time dates, working days (工作日), and "12 months later".

Dates mark whole days in Asia/Shanghai; a date's moment is 00:00 China time.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")


def china_today(now: datetime | None = None) -> date:
    """Today's date in China, the bound for "never after today" on input dates."""
    return (now or datetime.now(UTC)).astimezone(CHINA).date()


def china_date_of(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a moment needs an offset")
    return moment.astimezone(CHINA).date()


def moment_of(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=CHINA).astimezone(UTC)


def add_months(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


@dataclass(frozen=True)
class WorkingCalendar:
    """Monday–Friday, less configured public holidays, plus make-up working days (调休上班)."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_working_days: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, holidays: Iterable[date] = (), makeup: Iterable[date] = ()) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup))

    def is_working_day(self, day: date) -> bool:
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day
