"""Accident grades (国务院令第493号 Art. 3): the highest grade any one criterion reaches."""

from __future__ import annotations

from decimal import Decimal

import pytest

from credit.domain.accidents import AccidentGrade, grade_accident

M = Decimal(1_000_000)


@pytest.mark.parametrize(
    ("deaths", "injuries", "loss", "grade"),
    [
        (0, 0, Decimal(0), AccidentGrade.GENERAL),
        (2, 9, 10 * M - 1, AccidentGrade.GENERAL),
        (3, 0, Decimal(0), AccidentGrade.LARGER),
        (0, 10, Decimal(0), AccidentGrade.LARGER),
        (0, 0, 10 * M, AccidentGrade.LARGER),
        (9, 49, 50 * M - 1, AccidentGrade.LARGER),
        (10, 0, Decimal(0), AccidentGrade.MAJOR),
        (0, 50, Decimal(0), AccidentGrade.MAJOR),
        (0, 0, 50 * M, AccidentGrade.MAJOR),
        (29, 99, 100 * M - 1, AccidentGrade.MAJOR),
        (30, 0, Decimal(0), AccidentGrade.EXTRAORDINARY),
        (0, 100, Decimal(0), AccidentGrade.EXTRAORDINARY),
        (0, 0, 100 * M, AccidentGrade.EXTRAORDINARY),
        (1, 0, 60 * M, AccidentGrade.MAJOR),  # "or": loss alone lifts the grade
    ],
)
def test_grade_is_the_highest_any_criterion_reaches(
    deaths: int, injuries: int, loss: Decimal, grade: AccidentGrade
) -> None:
    assert grade_accident(deaths, injuries, loss) is grade


@pytest.mark.parametrize(("deaths", "injuries", "loss"), [(-1, 0, Decimal(0)), (0, -1, Decimal(0)),
                                                          (0, 0, Decimal("-0.01"))])
def test_negative_figures_are_refused(deaths: int, injuries: int, loss: Decimal) -> None:
    with pytest.raises(ValueError, match="^accident counts and loss cannot be negative$"):
        grade_accident(deaths, injuries, loss)
