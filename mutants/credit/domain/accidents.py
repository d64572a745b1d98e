"""Accident grades (事故等级) under 生产安全事故报告和调查处理条例 (国务院令第493号) Art. 3.

The three criteria are joined by "or": the grade is the highest that any one of
deaths, serious injuries or direct economic loss reaches. "以上" includes the
bound, "以下" excludes it.
"""

from __future__ import annotations

import enum
from decimal import Decimal


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_grade_accident__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_grade_accident__mutmut)
def grade_accident(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_orig(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_1(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 and direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_2(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 and serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_3(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths <= 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_4(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 1 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_5(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries <= 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_6(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 1 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_7(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan <= 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_8(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 1:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_9(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError(None)
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_10(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("XXaccident counts and loss cannot be negativeXX")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_11(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("ACCIDENT COUNTS AND LOSS CANNOT BE NEGATIVE")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_12(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries and direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_13(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths and serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_14(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths > min_deaths or serious_injuries >= min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_15(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries > min_injuries or direct_loss_yuan >= min_loss:
            return grade
    return AccidentGrade.GENERAL


def x_grade_accident__mutmut_16(deaths: int, serious_injuries: int, direct_loss_yuan: Decimal) -> AccidentGrade:
    """The highest grade any one criterion reaches."""
    if deaths < 0 or serious_injuries < 0 or direct_loss_yuan < 0:
        raise ValueError("accident counts and loss cannot be negative")
    for grade, min_deaths, min_injuries, min_loss in _THRESHOLDS:
        if deaths >= min_deaths or serious_injuries >= min_injuries or direct_loss_yuan > min_loss:
            return grade
    return AccidentGrade.GENERAL

mutants_x_grade_accident__mutmut['_mutmut_orig'] = x_grade_accident__mutmut_orig # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_1'] = x_grade_accident__mutmut_1 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_2'] = x_grade_accident__mutmut_2 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_3'] = x_grade_accident__mutmut_3 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_4'] = x_grade_accident__mutmut_4 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_5'] = x_grade_accident__mutmut_5 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_6'] = x_grade_accident__mutmut_6 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_7'] = x_grade_accident__mutmut_7 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_8'] = x_grade_accident__mutmut_8 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_9'] = x_grade_accident__mutmut_9 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_10'] = x_grade_accident__mutmut_10 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_11'] = x_grade_accident__mutmut_11 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_12'] = x_grade_accident__mutmut_12 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_13'] = x_grade_accident__mutmut_13 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_14'] = x_grade_accident__mutmut_14 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_15'] = x_grade_accident__mutmut_15 # type: ignore # mutmut generated
mutants_x_grade_accident__mutmut['x_grade_accident__mutmut_16'] = x_grade_accident__mutmut_16 # type: ignore # mutmut generated
