"""Legal time: China Standard Time dates, working days (工作日), and "12 months later".

Dates mark whole days in Asia/Shanghai; a date's moment is 00:00 China time. Working
days follow the State Council's yearly arrangement, shipped as data (credit/rules).
"""

from __future__ import annotations

import json
from calendar import monthrange
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from credit.domain.errors import Refusal

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


def utc_text(moment: datetime) -> str:
    """A moment as the service writes it everywhere (the API, receipts, refusals, the push
    documents): ISO 8601 in UTC with a ``Z``, so one moment always reads the same."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def add_months(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


@dataclass(frozen=True)
class YearArrangement:
    """One year's official arrangement (节假日安排): days off and make-up working days, named."""

    year: int
    holidays: tuple[tuple[date, str], ...]
    makeup_working_days: tuple[tuple[date, str], ...]


@dataclass(frozen=True)
class WorkingCalendar:
    """工作日: Monday–Friday, less public holidays (法定节假日), plus make-up working days (调休上班).

    ``known_years`` are the years whose official arrangement the calendar holds: a day of
    any other year is refused (CALENDAR_UNKNOWN), never guessed from weekends. ``None``
    knows every year as plain weekdays plus the days given: only for rules tests that do
    not depend on the official calendar; the service always builds the official one.
    """

    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_working_days: frozenset[date] = field(default_factory=frozenset)
    known_years: frozenset[int] | None = None
    #: what each holiday or make-up day is for (元旦, 春节...), for people reading the calendar
    names: Mapping[date, str] = field(default_factory=dict, compare=False)

    @classmethod
    def of(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None if known_years is None else frozenset(known_years))

    def adding(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(makeup)
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off & on)}")
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def knows_year(self, year: int) -> bool:
        return self.known_years is None or year in self.known_years

    def _require_year(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", field_name, f"{year}年")

    def is_working_day(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def arrangement(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))


def parse_official_calendar(text: str) -> WorkingCalendar:
    """The shipped State Council calendar (credit/rules/calendar-cn.json) as a WorkingCalendar.

    The file's shape, as scripts/update-calendar writes it::

        {"source": "...", "years": {"2026": {"holidays": {"2026-01-01": "元旦", ...},
                                             "makeup_working_days": {"2026-01-04": "元旦", ...}}}}

    Every year listed is known, even one without make-up days.
    """
    data = json.loads(text)
    holidays: dict[date, str] = {}
    makeup: dict[date, str] = {}
    years: set[int] = set()
    for year_text, arrangement in data["years"].items():
        year = int(year_text)
        years.add(year)
        for key, target in (("holidays", holidays), ("makeup_working_days", makeup)):
            for day_text, name in arrangement.get(key, {}).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})
