"""Accident grades (事故等级) under 生产安全事故报告和调查处理条例 (国务院令第493号) Art. 3.

The three criteria are joined by "or": the grade is the highest that any one of
deaths, serious injuries or direct economic loss reaches. "以上" includes the
bound, "以下" excludes it.
"""

from __future__ import annotations

import enum
from decimal import Decimal


class AccidentGrade(enum.IntEnum):
    """Ordered so that comparison means severity."""

    GENERAL = 1  # 一般事故
    LARGER = 2  # 较大事故
    MAJOR = 3  # 重大事故
    EXTRAORDINARY = 4  # 特别重大事故


# (grade, min deaths, min serious injuries, min direct loss in yuan), highest first.
_THRESHOLDS: tuple[tuple[AccidentGrade, int, int, Decimal], ...] = (
    (AccidentGrade.EXTRAORDINARY, 30, 100, Decimal("100000000")),
    (AccidentGrade.MAJOR, 10, 50, Decimal("50000000")),
    (AccidentGrade.LARGER, 3, 10, Decimal("10000000")),
)


def grade_accident(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL
