"""Scalars, checked at the edge so a bad value is BAD_USER_INPUT before any resolver runs.

- DateTime: ISO 8601 with an offset, in a range the date arithmetic can carry.
- Date: an ISO date ``YYYY-MM-DD`` (Python also reads ``20260101``; the contract does not),
  from 1949-10-01 (nothing this service records is older) to 2199-12-31 (far enough for
  any certificate, near enough that adding a listing period cannot overflow).
- Decimal: a string (or JSON number) naming a finite number with at most 16 integer and 8
  fraction digits: money columns hold 18 digits with 2 decimals, rates 8 decimals.
  Strawberry's own Decimal takes ``NaN``, ``Infinity`` and ``1e1000``; those reached the
  database as 500s.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import strawberry

from credit.domain.calendar import utc_text
from graphql import GraphQLError

EARLIEST_DATE = date(1949, 10, 1)
LATEST_DATE = date(2199, 12, 31)
#: 18 digits with 2 decimals (money) leaves 16 before the point
DECIMAL_INTEGER_DIGITS = 16
#: base rates carry 8 decimals (premium_quote.base_rate)
DECIMAL_FRACTION_DIGITS = 8
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
#: a plain decimal literal; exponents are refused so ``1e1000`` never builds a huge number
_DECIMAL = re.compile(r"[+-]?(\d{1,64}(\.\d{0,64})?|\.\d{1,64})\Z")


def _bad(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


def _parse_datetime(value: object) -> datetime:
    if not isinstance(value, str):
        raise _bad("DateTime 应为带时区偏移的 ISO 8601 字符串")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise _bad(f"DateTime 格式不正确:{value[:40]}") from exc
    if parsed.tzinfo is None:
        raise _bad(f"DateTime 必须带时区偏移(如 +08:00):{value[:40]}")
    # compared in UTC: 0001-01-01T00:00+08:00 cannot even be converted to UTC
    if not EARLIEST_DATE.year <= parsed.year <= LATEST_DATE.year:
        raise _bad(f"DateTime 应在 {EARLIEST_DATE.year} 年至 {LATEST_DATE.year} 年之间:{value[:40]}")
    return parsed


def _serialize_datetime(value: datetime) -> str:
    return utc_text(value)


def _parse_date(value: object) -> date:
    if not isinstance(value, str) or not _DATE.match(value):
        raise _bad(f"Date 应为 YYYY-MM-DD 格式的日期:{str(value)[:40]}")
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise _bad(f"Date 不是有效日期:{value}") from exc
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise _bad(f"Date 应在 {EARLIEST_DATE} 至 {LATEST_DATE} 之间:{value}")
    return parsed


def _parse_decimal(value: object) -> Decimal:
    # JSON numbers are accepted as Strawberry's Decimal accepts them (orjson has already
    # refused 1e400); bools are ints in Python and are not numbers here
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _bad("Decimal 应为数字字符串,如 \"1234.50\"")
    text = value.strip() if isinstance(value, str) else repr(value)
    if not _DECIMAL.match(text):
        raise _bad(f"Decimal 应为普通十进制数(不接受 NaN、Infinity 或指数):{text[:40]}")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only valid literals
        raise _bad(f"Decimal 格式不正确:{text[:40]}") from exc
    sign, digits, exponent = number.normalize().as_tuple()
    assert isinstance(exponent, int)
    fraction = max(0, -exponent)
    integer = max(0, len(digits) + exponent)
    if integer > DECIMAL_INTEGER_DIGITS or fraction > DECIMAL_FRACTION_DIGITS:
        raise _bad(
            f"Decimal 最多{DECIMAL_INTEGER_DIGITS}位整数和{DECIMAL_FRACTION_DIGITS}位小数:{text[:40]}"
        )
    return number


#: Used through StrawberryConfig.scalar_map: every ``datetime`` in the schema is this scalar.
DateTime = strawberry.scalar(
    name="DateTime",
    description="ISO 8601 moment with an offset, e.g. 2026-03-01T09:30:00+08:00. Answers are in UTC (Z).",
    serialize=_serialize_datetime,
    parse_value=_parse_datetime,
)

Date = strawberry.scalar(
    name="Date",
    description="ISO date YYYY-MM-DD, from 1949-10-01 to 2199-12-31.",
    serialize=date.isoformat,
    parse_value=_parse_date,
)

DecimalScalar = strawberry.scalar(
    name="Decimal",
    description="A decimal number as a string, e.g. \"1234.50\": at most 16 integer and 8 fraction "
    "digits; no NaN, Infinity or exponent. Money is in yuan.",
    serialize=str,
    parse_value=_parse_decimal,
)
