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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_china_today__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_china_today__mutmut)
def china_today(now: datetime | None = None) -> date:
    """Today's date in China, the bound for "never after today" on input dates."""
    return (now or datetime.now(UTC)).astimezone(CHINA).date()


def x_china_today__mutmut_orig(now: datetime | None = None) -> date:
    """Today's date in China, the bound for "never after today" on input dates."""
    return (now or datetime.now(UTC)).astimezone(CHINA).date()


def x_china_today__mutmut_1(now: datetime | None = None) -> date:
    """Today's date in China, the bound for "never after today" on input dates."""
    return (now or datetime.now(UTC)).astimezone(None).date()


def x_china_today__mutmut_2(now: datetime | None = None) -> date:
    """Today's date in China, the bound for "never after today" on input dates."""
    return (now and datetime.now(UTC)).astimezone(CHINA).date()


def x_china_today__mutmut_3(now: datetime | None = None) -> date:
    """Today's date in China, the bound for "never after today" on input dates."""
    return (now or datetime.now(None)).astimezone(CHINA).date()

mutants_x_china_today__mutmut['_mutmut_orig'] = x_china_today__mutmut_orig # type: ignore # mutmut generated
mutants_x_china_today__mutmut['x_china_today__mutmut_1'] = x_china_today__mutmut_1 # type: ignore # mutmut generated
mutants_x_china_today__mutmut['x_china_today__mutmut_2'] = x_china_today__mutmut_2 # type: ignore # mutmut generated
mutants_x_china_today__mutmut['x_china_today__mutmut_3'] = x_china_today__mutmut_3 # type: ignore # mutmut generated
mutants_x_china_date_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_china_date_of__mutmut)
def china_date_of(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a moment needs an offset")
    return moment.astimezone(CHINA).date()


def x_china_date_of__mutmut_orig(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a moment needs an offset")
    return moment.astimezone(CHINA).date()


def x_china_date_of__mutmut_1(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is not None:
        raise ValueError("naive datetime: a moment needs an offset")
    return moment.astimezone(CHINA).date()


def x_china_date_of__mutmut_2(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError(None)
    return moment.astimezone(CHINA).date()


def x_china_date_of__mutmut_3(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError("XXnaive datetime: a moment needs an offsetXX")
    return moment.astimezone(CHINA).date()


def x_china_date_of__mutmut_4(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError("NAIVE DATETIME: A MOMENT NEEDS AN OFFSET")
    return moment.astimezone(CHINA).date()


def x_china_date_of__mutmut_5(moment: datetime) -> date:
    """The China calendar day a moment falls on."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a moment needs an offset")
    return moment.astimezone(None).date()

mutants_x_china_date_of__mutmut['_mutmut_orig'] = x_china_date_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_china_date_of__mutmut['x_china_date_of__mutmut_1'] = x_china_date_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_china_date_of__mutmut['x_china_date_of__mutmut_2'] = x_china_date_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_china_date_of__mutmut['x_china_date_of__mutmut_3'] = x_china_date_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_china_date_of__mutmut['x_china_date_of__mutmut_4'] = x_china_date_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_china_date_of__mutmut['x_china_date_of__mutmut_5'] = x_china_date_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_moment_of__mutmut)
def moment_of(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_orig(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_1(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=CHINA).astimezone(None)


def x_moment_of__mutmut_2(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(None, day.month, day.day, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_3(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, None, day.day, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_4(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, None, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_5(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=None).astimezone(UTC)


def x_moment_of__mutmut_6(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.month, day.day, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_7(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.day, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_8(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, tzinfo=CHINA).astimezone(UTC)


def x_moment_of__mutmut_9(day: date) -> datetime:
    """00:00 China time of a day, as an aware datetime in UTC."""
    return datetime(day.year, day.month, day.day, ).astimezone(UTC)

mutants_x_moment_of__mutmut['_mutmut_orig'] = x_moment_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_1'] = x_moment_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_2'] = x_moment_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_3'] = x_moment_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_4'] = x_moment_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_5'] = x_moment_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_6'] = x_moment_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_7'] = x_moment_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_8'] = x_moment_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_moment_of__mutmut['x_moment_of__mutmut_9'] = x_moment_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_months__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_months__mutmut)
def add_months(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_orig(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_1(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = None
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_2(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(None, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_3(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, None)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_4(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_5(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, )
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_6(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_7(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month + 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_8(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 - day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_9(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year / 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_10(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 13 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_11(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 2 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_12(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 13)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_13(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = None
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_14(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(None, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_15(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, None)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_16(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_17(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, )[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_18(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 - 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_19(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 2)[1]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_20(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[2]
    return date(year, month0 + 1, min(day.day, last))


def x_add_months__mutmut_21(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(None, month0 + 1, min(day.day, last))


def x_add_months__mutmut_22(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, None, min(day.day, last))


def x_add_months__mutmut_23(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, None)


def x_add_months__mutmut_24(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(month0 + 1, min(day.day, last))


def x_add_months__mutmut_25(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, min(day.day, last))


def x_add_months__mutmut_26(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, )


def x_add_months__mutmut_27(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 - 1, min(day.day, last))


def x_add_months__mutmut_28(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 2, min(day.day, last))


def x_add_months__mutmut_29(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(None, last))


def x_add_months__mutmut_30(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, None))


def x_add_months__mutmut_31(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(last))


def x_add_months__mutmut_32(day: date, months: int) -> date:
    """Same calendar day ``months`` later (or earlier), clipped to the month's last day.

    The one date shift of the rules: "12 months after", a listing's 3 years and a
    premium window all use it (whole years give 29 February → 28 February).
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, ))

mutants_x_add_months__mutmut['_mutmut_orig'] = x_add_months__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_1'] = x_add_months__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_2'] = x_add_months__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_3'] = x_add_months__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_4'] = x_add_months__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_5'] = x_add_months__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_6'] = x_add_months__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_7'] = x_add_months__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_8'] = x_add_months__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_9'] = x_add_months__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_10'] = x_add_months__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_11'] = x_add_months__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_12'] = x_add_months__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_13'] = x_add_months__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_14'] = x_add_months__mutmut_14 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_15'] = x_add_months__mutmut_15 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_16'] = x_add_months__mutmut_16 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_17'] = x_add_months__mutmut_17 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_18'] = x_add_months__mutmut_18 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_19'] = x_add_months__mutmut_19 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_20'] = x_add_months__mutmut_20 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_21'] = x_add_months__mutmut_21 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_22'] = x_add_months__mutmut_22 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_23'] = x_add_months__mutmut_23 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_24'] = x_add_months__mutmut_24 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_25'] = x_add_months__mutmut_25 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_26'] = x_add_months__mutmut_26 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_27'] = x_add_months__mutmut_27 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_28'] = x_add_months__mutmut_28 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_29'] = x_add_months__mutmut_29 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_30'] = x_add_months__mutmut_30 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_31'] = x_add_months__mutmut_31 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_32'] = x_add_months__mutmut_32 # type: ignore # mutmut generated


@dataclass(frozen=True)
class YearArrangement:
    """One year's official arrangement (节假日安排): days off and make-up working days, named."""

    year: int
    holidays: tuple[tuple[date, str], ...]
    makeup_working_days: tuple[tuple[date, str], ...]
mutants_xǁWorkingCalendarǁof__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkingCalendarǁadding__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkingCalendarǁknows_year__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkingCalendarǁ_require_year__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkingCalendarǁis_working_day__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkingCalendarǁadd_working_days__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkingCalendarǁarrangement__mutmut: MutantDict = {}  # type: ignore


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
    @_mutmut_mutated(mutants_xǁWorkingCalendarǁof__mutmut, is_classmethod = True)
    def of(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_orig(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_1(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(None, frozenset(makeup), None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_2(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), None, None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_3(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None)

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_4(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(makeup), None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_5(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_6(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), )

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_7(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(None), frozenset(makeup), None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_8(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(None), None if known_years is None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_9(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None if (known_years is None) and False else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_10(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None if (known_years is None) or True else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_11(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None if known_years is not None else frozenset(known_years))

    @classmethod
    def xǁWorkingCalendarǁof__mutmut_12(
        cls, holidays: Iterable[date] = (), makeup: Iterable[date] = (), known_years: Iterable[int] | None = None
    ) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(makeup), None if known_years is None else frozenset(None))

    @_mutmut_mutated(mutants_xǁWorkingCalendarǁadding__mutmut)
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

    def xǁWorkingCalendarǁadding__mutmut_orig(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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

    def xǁWorkingCalendarǁadding__mutmut_1(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = None
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off & on)}")
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_2(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(None), frozenset(makeup)
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off & on)}")
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_3(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(None)
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off & on)}")
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_4(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(makeup)
        if off | on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off & on)}")
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_5(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(makeup)
        if off & on:
            raise ValueError(None)
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_6(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(makeup)
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(None)}")
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_7(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(makeup)
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off | on)}")
        known = self.known_years
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_8(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(makeup)
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off & on)}")
        known = None
        if known is not None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_9(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
        """This calendar with more days off and make-up days (configuration added to the shipped data).

        An added day wins over the shipped one (a notice may cancel a make-up day, as in
        2020), and the years of the added days become known: an operator can add next
        year's notice before a release carries it.
        """
        off, on = frozenset(holidays), frozenset(makeup)
        if off & on:
            raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(off & on)}")
        known = self.known_years
        if known is None:
            known = known | {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_10(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
            known = None
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_11(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
            known = known & {day.year for day in off | on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_12(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
            known = known | {day.year for day in off & on}
        names = {**self.names, **dict.fromkeys(off | on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_13(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        names = None
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_14(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        names = {**self.names, **dict.fromkeys(None, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_15(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        names = {**self.names, **dict.fromkeys(off | on, None)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_16(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        names = {**self.names, **dict.fromkeys(name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_17(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        names = {**self.names, **dict.fromkeys(off | on, )}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_18(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        names = {**self.names, **dict.fromkeys(off & on, name)}
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_19(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar(None, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_20(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, None, known, names)

    def xǁWorkingCalendarǁadding__mutmut_21(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, None, names)

    def xǁWorkingCalendarǁadding__mutmut_22(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, None)

    def xǁWorkingCalendarǁadding__mutmut_23(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_24(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, known, names)

    def xǁWorkingCalendarǁadding__mutmut_25(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, names)

    def xǁWorkingCalendarǁadding__mutmut_26(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) | on, known, )

    def xǁWorkingCalendarǁadding__mutmut_27(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) & off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_28(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays + on) | off, (self.makeup_working_days - off) | on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_29(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days - off) & on, known, names)

    def xǁWorkingCalendarǁadding__mutmut_30(self, holidays: Iterable[date], makeup: Iterable[date], name: str) -> WorkingCalendar:
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
        return WorkingCalendar((self.holidays - on) | off, (self.makeup_working_days + off) | on, known, names)

    @_mutmut_mutated(mutants_xǁWorkingCalendarǁknows_year__mutmut)
    def knows_year(self, year: int) -> bool:
        return self.known_years is None or year in self.known_years

    def xǁWorkingCalendarǁknows_year__mutmut_orig(self, year: int) -> bool:
        return self.known_years is None or year in self.known_years

    def xǁWorkingCalendarǁknows_year__mutmut_1(self, year: int) -> bool:
        return self.known_years is None and year in self.known_years

    def xǁWorkingCalendarǁknows_year__mutmut_2(self, year: int) -> bool:
        return self.known_years is not None or year in self.known_years

    def xǁWorkingCalendarǁknows_year__mutmut_3(self, year: int) -> bool:
        return self.known_years is None or year not in self.known_years

    @_mutmut_mutated(mutants_xǁWorkingCalendarǁ_require_year__mutmut)
    def _require_year(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", field_name, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_orig(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", field_name, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_1(self, year: int, field_name: str | None = None) -> None:
        if self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", field_name, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_2(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(None):
            raise Refusal("CALENDAR_UNKNOWN", field_name, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_3(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal(None, field_name, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_4(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", None, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_5(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", field_name, None)

    def xǁWorkingCalendarǁ_require_year__mutmut_6(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal(field_name, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_7(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_8(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("CALENDAR_UNKNOWN", field_name, )

    def xǁWorkingCalendarǁ_require_year__mutmut_9(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("XXCALENDAR_UNKNOWNXX", field_name, f"{year}年")

    def xǁWorkingCalendarǁ_require_year__mutmut_10(self, year: int, field_name: str | None = None) -> None:
        if not self.knows_year(year):
            raise Refusal("calendar_unknown", field_name, f"{year}年")

    @_mutmut_mutated(mutants_xǁWorkingCalendarǁis_working_day__mutmut)
    def is_working_day(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def xǁWorkingCalendarǁis_working_day__mutmut_orig(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def xǁWorkingCalendarǁis_working_day__mutmut_1(self, day: date) -> bool:
        self._require_year(None)
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def xǁWorkingCalendarǁis_working_day__mutmut_2(self, day: date) -> bool:
        self._require_year(day.year)
        if day not in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def xǁWorkingCalendarǁis_working_day__mutmut_3(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return False
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def xǁWorkingCalendarǁis_working_day__mutmut_4(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return True
        if day not in self.holidays:
            return False
        return day.weekday() < 5

    def xǁWorkingCalendarǁis_working_day__mutmut_5(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return True
        return day.weekday() < 5

    def xǁWorkingCalendarǁis_working_day__mutmut_6(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() <= 5

    def xǁWorkingCalendarǁis_working_day__mutmut_7(self, day: date) -> bool:
        self._require_year(day.year)
        if day in self.makeup_working_days:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 6

    @_mutmut_mutated(mutants_xǁWorkingCalendarǁadd_working_days__mutmut)
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

    def xǁWorkingCalendarǁadd_working_days__mutmut_orig(self, start: date, count: int) -> date:
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

    def xǁWorkingCalendarǁadd_working_days__mutmut_1(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count <= 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_2(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 2:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_3(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError(None)
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_4(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("XXcount must be at least 1XX")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_5(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("COUNT MUST BE AT LEAST 1")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_6(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        day = None
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_7(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = None
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_8(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day = timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_9(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day -= timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_10(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=None)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_11(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted).

        Raises Refusal CALENDAR_UNKNOWN when a day it must look at lies in a year
        the calendar does not know.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=2)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_12(self, start: date, count: int) -> date:
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
            if self.is_working_day(None):
                remaining -= 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_13(self, start: date, count: int) -> date:
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
                remaining = 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_14(self, start: date, count: int) -> date:
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
                remaining += 1
        return day

    def xǁWorkingCalendarǁadd_working_days__mutmut_15(self, start: date, count: int) -> date:
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
                remaining -= 2
        return day

    @_mutmut_mutated(mutants_xǁWorkingCalendarǁarrangement__mutmut)
    def arrangement(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_orig(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_1(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(None, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_2(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, None)

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_3(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year("year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_4(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, )

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_5(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "XXyearXX")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_6(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "YEAR")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_7(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple(None)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_8(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(None, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_9(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, None)) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_10(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get("")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_11(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, )) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_12(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "XXXX")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_13(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(None) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_14(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year != year)

        return YearArrangement(year, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_15(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(None, named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_16(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, None, named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_17(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), None)

    def xǁWorkingCalendarǁarrangement__mutmut_18(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(named(self.holidays), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_19(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_20(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), )

    def xǁWorkingCalendarǁarrangement__mutmut_21(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(None), named(self.makeup_working_days))

    def xǁWorkingCalendarǁarrangement__mutmut_22(self, year: int) -> YearArrangement:
        """A year's holidays and make-up working days in date order (CALENDAR_UNKNOWN if not known)."""
        self._require_year(year, "year")

        def named(days: frozenset[date]) -> tuple[tuple[date, str], ...]:
            return tuple((day, self.names.get(day, "")) for day in sorted(days) if day.year == year)

        return YearArrangement(year, named(self.holidays), named(None))

mutants_xǁWorkingCalendarǁof__mutmut['_mutmut_orig'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_1'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_2'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_3'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_4'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_5'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_6'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_7'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_8'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_9'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_10'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_11'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁof__mutmut['xǁWorkingCalendarǁof__mutmut_12'] = WorkingCalendar.xǁWorkingCalendarǁof__mutmut_12 # type: ignore # mutmut generated

mutants_xǁWorkingCalendarǁadding__mutmut['_mutmut_orig'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_1'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_2'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_3'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_4'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_5'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_6'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_7'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_8'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_9'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_10'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_11'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_12'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_13'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_14'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_15'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_15 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_16'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_16 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_17'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_17 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_18'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_18 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_19'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_19 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_20'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_20 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_21'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_21 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_22'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_22 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_23'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_23 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_24'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_24 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_25'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_25 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_26'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_26 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_27'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_27 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_28'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_28 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_29'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_29 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadding__mutmut['xǁWorkingCalendarǁadding__mutmut_30'] = WorkingCalendar.xǁWorkingCalendarǁadding__mutmut_30 # type: ignore # mutmut generated

mutants_xǁWorkingCalendarǁknows_year__mutmut['_mutmut_orig'] = WorkingCalendar.xǁWorkingCalendarǁknows_year__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁknows_year__mutmut['xǁWorkingCalendarǁknows_year__mutmut_1'] = WorkingCalendar.xǁWorkingCalendarǁknows_year__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁknows_year__mutmut['xǁWorkingCalendarǁknows_year__mutmut_2'] = WorkingCalendar.xǁWorkingCalendarǁknows_year__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁknows_year__mutmut['xǁWorkingCalendarǁknows_year__mutmut_3'] = WorkingCalendar.xǁWorkingCalendarǁknows_year__mutmut_3 # type: ignore # mutmut generated

mutants_xǁWorkingCalendarǁ_require_year__mutmut['_mutmut_orig'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_1'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_2'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_3'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_4'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_5'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_6'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_7'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_8'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_9'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁ_require_year__mutmut['xǁWorkingCalendarǁ_require_year__mutmut_10'] = WorkingCalendar.xǁWorkingCalendarǁ_require_year__mutmut_10 # type: ignore # mutmut generated

mutants_xǁWorkingCalendarǁis_working_day__mutmut['_mutmut_orig'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁis_working_day__mutmut['xǁWorkingCalendarǁis_working_day__mutmut_1'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁis_working_day__mutmut['xǁWorkingCalendarǁis_working_day__mutmut_2'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁis_working_day__mutmut['xǁWorkingCalendarǁis_working_day__mutmut_3'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁis_working_day__mutmut['xǁWorkingCalendarǁis_working_day__mutmut_4'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁis_working_day__mutmut['xǁWorkingCalendarǁis_working_day__mutmut_5'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁis_working_day__mutmut['xǁWorkingCalendarǁis_working_day__mutmut_6'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁis_working_day__mutmut['xǁWorkingCalendarǁis_working_day__mutmut_7'] = WorkingCalendar.xǁWorkingCalendarǁis_working_day__mutmut_7 # type: ignore # mutmut generated

mutants_xǁWorkingCalendarǁadd_working_days__mutmut['_mutmut_orig'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_1'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_2'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_3'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_4'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_5'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_6'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_7'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_8'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_9'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_10'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_11'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_12'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_13'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_14'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁadd_working_days__mutmut['xǁWorkingCalendarǁadd_working_days__mutmut_15'] = WorkingCalendar.xǁWorkingCalendarǁadd_working_days__mutmut_15 # type: ignore # mutmut generated

mutants_xǁWorkingCalendarǁarrangement__mutmut['_mutmut_orig'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_1'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_2'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_3'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_4'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_5'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_6'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_7'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_8'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_9'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_10'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_11'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_12'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_13'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_14'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_15'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_15 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_16'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_16 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_17'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_17 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_18'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_18 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_19'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_19 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_20'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_20 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_21'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_21 # type: ignore # mutmut generated
mutants_xǁWorkingCalendarǁarrangement__mutmut['xǁWorkingCalendarǁarrangement__mutmut_22'] = WorkingCalendar.xǁWorkingCalendarǁarrangement__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_official_calendar__mutmut)
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


def x_parse_official_calendar__mutmut_orig(text: str) -> WorkingCalendar:
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


def x_parse_official_calendar__mutmut_1(text: str) -> WorkingCalendar:
    """The shipped State Council calendar (credit/rules/calendar-cn.json) as a WorkingCalendar.

    The file's shape, as scripts/update-calendar writes it::

        {"source": "...", "years": {"2026": {"holidays": {"2026-01-01": "元旦", ...},
                                             "makeup_working_days": {"2026-01-04": "元旦", ...}}}}

    Every year listed is known, even one without make-up days.
    """
    data = None
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


def x_parse_official_calendar__mutmut_2(text: str) -> WorkingCalendar:
    """The shipped State Council calendar (credit/rules/calendar-cn.json) as a WorkingCalendar.

    The file's shape, as scripts/update-calendar writes it::

        {"source": "...", "years": {"2026": {"holidays": {"2026-01-01": "元旦", ...},
                                             "makeup_working_days": {"2026-01-04": "元旦", ...}}}}

    Every year listed is known, even one without make-up days.
    """
    data = json.loads(None)
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


def x_parse_official_calendar__mutmut_3(text: str) -> WorkingCalendar:
    """The shipped State Council calendar (credit/rules/calendar-cn.json) as a WorkingCalendar.

    The file's shape, as scripts/update-calendar writes it::

        {"source": "...", "years": {"2026": {"holidays": {"2026-01-01": "元旦", ...},
                                             "makeup_working_days": {"2026-01-04": "元旦", ...}}}}

    Every year listed is known, even one without make-up days.
    """
    data = json.loads(text)
    holidays: dict[date, str] = None
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


def x_parse_official_calendar__mutmut_4(text: str) -> WorkingCalendar:
    """The shipped State Council calendar (credit/rules/calendar-cn.json) as a WorkingCalendar.

    The file's shape, as scripts/update-calendar writes it::

        {"source": "...", "years": {"2026": {"holidays": {"2026-01-01": "元旦", ...},
                                             "makeup_working_days": {"2026-01-04": "元旦", ...}}}}

    Every year listed is known, even one without make-up days.
    """
    data = json.loads(text)
    holidays: dict[date, str] = {}
    makeup: dict[date, str] = None
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


def x_parse_official_calendar__mutmut_5(text: str) -> WorkingCalendar:
    """The shipped State Council calendar (credit/rules/calendar-cn.json) as a WorkingCalendar.

    The file's shape, as scripts/update-calendar writes it::

        {"source": "...", "years": {"2026": {"holidays": {"2026-01-01": "元旦", ...},
                                             "makeup_working_days": {"2026-01-04": "元旦", ...}}}}

    Every year listed is known, even one without make-up days.
    """
    data = json.loads(text)
    holidays: dict[date, str] = {}
    makeup: dict[date, str] = {}
    years: set[int] = None
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


def x_parse_official_calendar__mutmut_6(text: str) -> WorkingCalendar:
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
    for year_text, arrangement in data["XXyearsXX"].items():
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


def x_parse_official_calendar__mutmut_7(text: str) -> WorkingCalendar:
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
    for year_text, arrangement in data["YEARS"].items():
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


def x_parse_official_calendar__mutmut_8(text: str) -> WorkingCalendar:
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
        year = None
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


def x_parse_official_calendar__mutmut_9(text: str) -> WorkingCalendar:
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
        year = int(None)
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


def x_parse_official_calendar__mutmut_10(text: str) -> WorkingCalendar:
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
        years.add(None)
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


def x_parse_official_calendar__mutmut_11(text: str) -> WorkingCalendar:
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
        for key, target in (("XXholidaysXX", holidays), ("makeup_working_days", makeup)):
            for day_text, name in arrangement.get(key, {}).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_12(text: str) -> WorkingCalendar:
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
        for key, target in (("HOLIDAYS", holidays), ("makeup_working_days", makeup)):
            for day_text, name in arrangement.get(key, {}).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_13(text: str) -> WorkingCalendar:
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
        for key, target in (("holidays", holidays), ("XXmakeup_working_daysXX", makeup)):
            for day_text, name in arrangement.get(key, {}).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_14(text: str) -> WorkingCalendar:
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
        for key, target in (("holidays", holidays), ("MAKEUP_WORKING_DAYS", makeup)):
            for day_text, name in arrangement.get(key, {}).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_15(text: str) -> WorkingCalendar:
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
            for day_text, name in arrangement.get(None, {}).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_16(text: str) -> WorkingCalendar:
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
            for day_text, name in arrangement.get(key, None).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_17(text: str) -> WorkingCalendar:
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
            for day_text, name in arrangement.get({}).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_18(text: str) -> WorkingCalendar:
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
            for day_text, name in arrangement.get(key, ).items():
                day = date.fromisoformat(day_text)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_19(text: str) -> WorkingCalendar:
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
                day = None
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_20(text: str) -> WorkingCalendar:
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
                day = date.fromisoformat(None)
                if day.year != year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_21(text: str) -> WorkingCalendar:
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
                if day.year == year:
                    raise ValueError(f"{day_text} is listed under {year}")
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_22(text: str) -> WorkingCalendar:
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
                    raise ValueError(None)
                target[day] = name
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_23(text: str) -> WorkingCalendar:
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
                target[day] = None
    both = holidays.keys() & makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_24(text: str) -> WorkingCalendar:
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
    both = None
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_25(text: str) -> WorkingCalendar:
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
    both = holidays.keys() | makeup.keys()
    if both:
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(both)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_26(text: str) -> WorkingCalendar:
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
        raise ValueError(None)
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_27(text: str) -> WorkingCalendar:
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
        raise ValueError(f"a day cannot be both a holiday and a make-up working day: {sorted(None)}")
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_28(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(None, frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_29(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), None, frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_30(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), None, {**holidays, **makeup})


def x_parse_official_calendar__mutmut_31(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), None)


def x_parse_official_calendar__mutmut_32(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_33(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_34(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_35(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(years), )


def x_parse_official_calendar__mutmut_36(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(None), frozenset(makeup), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_37(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), frozenset(None), frozenset(years), {**holidays, **makeup})


def x_parse_official_calendar__mutmut_38(text: str) -> WorkingCalendar:
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
    return WorkingCalendar(frozenset(holidays), frozenset(makeup), frozenset(None), {**holidays, **makeup})

mutants_x_parse_official_calendar__mutmut['_mutmut_orig'] = x_parse_official_calendar__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_1'] = x_parse_official_calendar__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_2'] = x_parse_official_calendar__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_3'] = x_parse_official_calendar__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_4'] = x_parse_official_calendar__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_5'] = x_parse_official_calendar__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_6'] = x_parse_official_calendar__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_7'] = x_parse_official_calendar__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_8'] = x_parse_official_calendar__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_9'] = x_parse_official_calendar__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_10'] = x_parse_official_calendar__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_11'] = x_parse_official_calendar__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_12'] = x_parse_official_calendar__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_13'] = x_parse_official_calendar__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_14'] = x_parse_official_calendar__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_15'] = x_parse_official_calendar__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_16'] = x_parse_official_calendar__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_17'] = x_parse_official_calendar__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_18'] = x_parse_official_calendar__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_19'] = x_parse_official_calendar__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_20'] = x_parse_official_calendar__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_21'] = x_parse_official_calendar__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_22'] = x_parse_official_calendar__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_23'] = x_parse_official_calendar__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_24'] = x_parse_official_calendar__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_25'] = x_parse_official_calendar__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_26'] = x_parse_official_calendar__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_27'] = x_parse_official_calendar__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_28'] = x_parse_official_calendar__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_29'] = x_parse_official_calendar__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_30'] = x_parse_official_calendar__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_31'] = x_parse_official_calendar__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_32'] = x_parse_official_calendar__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_33'] = x_parse_official_calendar__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_34'] = x_parse_official_calendar__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_35'] = x_parse_official_calendar__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_36'] = x_parse_official_calendar__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_37'] = x_parse_official_calendar__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_official_calendar__mutmut['x_parse_official_calendar__mutmut_38'] = x_parse_official_calendar__mutmut_38 # type: ignore # mutmut generated
