"""Supervision rule sets as data (credit.domain.supervision.SupervisionRules): what the shipped
set says, what a set may leave out, and the one detail that says what to fix in a set that
could not answer (INVALID_VALUE on the field ``toml``). Every text is parsed inside its test."""

from __future__ import annotations

import pytest

from credit.domain.accidents import AccidentGrade
from credit.domain.errors import Refusal
from credit.domain.listings import ListKind
from credit.domain.supervision import (
    ClassRule,
    Condition,
    FactKind,
    SupervisionClass,
    SupervisionRules,
)
from credit.rules import read_rule_file

A, B, C, D = SupervisionClass.A, SupervisionClass.B, SupervisionClass.C, SupervisionClass.D
HEAD = 'name = "local"\nversion = "1"\n'
OTHERWISE = '[[class]]\nclass = "B"\ninterval_months = 12\n'


def first_class(body: str) -> str:
    """A set whose first class is C with ``body`` (its test), then everyone else in B."""
    return f'{HEAD}[[class]]\nclass = "C"\ninterval_months = 3\n{body}\n{OTHERWISE}'


def conditions(*written: str) -> tuple[Condition, ...]:
    return SupervisionRules.from_toml(first_class(f"any = [{', '.join(written)}]")).classes[0].conditions


def complaint(text: str) -> str:
    with pytest.raises(Refusal) as caught:
        SupervisionRules.from_toml(text)
    assert (caught.value.code, caught.value.field) == ("INVALID_VALUE", "toml")
    return caught.value.first.detail or ""


def test_the_default_rule_set_reads_as_its_file_says() -> None:
    rules = SupervisionRules.from_toml(read_rule_file("supervision-default-1.toml"))
    assert rules == SupervisionRules("default", "1", "分级分类监管(默认规则)", (
        ClassRule(D, 1, "any", (Condition(FactKind.LISTING, list_kind=ListKind.BLACKLIST),)),
        ClassRule(C, 3, "any", (
            Condition(FactKind.LISTING, list_kind=ListKind.GREYLIST),
            Condition(FactKind.ACCIDENT, min_grade=AccidentGrade.LARGER, months=12),
            Condition(FactKind.HAZARD, months=12),
        )),
        ClassRule(A, 24, "all", (
            Condition(FactKind.STANDARDISATION, max_grade=2),
            Condition(FactKind.ACCIDENT, absent=True, months=24),
            Condition(FactKind.PENALTY, absent=True, months=24),
        )),
        ClassRule(B, 12),
    ))
    assert rules.label == "default:1"


def test_a_set_may_leave_out_its_title_grades_and_the_kind_of_its_test() -> None:
    rules = SupervisionRules.from_toml(first_class('any = [{ fact = "ACCIDENT", months = 1 }]'))
    assert (rules.name, rules.version, rules.title) == ("local", "1", "")
    assert rules.classes == (
        ClassRule(C, 3, "any", (Condition(FactKind.ACCIDENT, min_grade=AccidentGrade.GENERAL, months=1),)),
        ClassRule(B, 12, "any", ()),
    )
    assert conditions('{ fact = "STANDARDISATION" }') == (Condition(FactKind.STANDARDISATION, max_grade=3),)
    assert conditions('{ fact = "PENALTY", months = 120, absent = true }') == (
        Condition(FactKind.PENALTY, absent=True, months=120),
    )
    assert conditions('{ fact = "LISTING", list_kind = "GREYLIST", absent = false }') == (
        Condition(FactKind.LISTING, list_kind=ListKind.GREYLIST),
    )
    every = SupervisionRules.from_toml(first_class('all = [{ fact = "HAZARD", months = 6 }]')).classes[0]
    assert (every.match, every.conditions) == ("all", (Condition(FactKind.HAZARD, months=6),))


def test_names_and_intervals_are_bounded() -> None:
    longest = SupervisionRules.from_toml(f'name = " {"n" * 64} "\nversion = "{"v" * 32}"\n' + OTHERWISE)
    assert (longest.name, longest.version) == ("n" * 64, "v" * 32)
    for interval in (1, 120):
        rules = SupervisionRules.from_toml(HEAD + OTHERWISE.replace("= 12", f"= {interval}"))
        assert rules.classes[0].interval_months == interval
    for head in (f'name = "{"n" * 65}"\nversion = "1"\n', f'name = "x"\nversion = "{"v" * 33}"\n',
                 'version = "1"\n', 'name = "x"\n', 'name = " "\nversion = "1"\n'):
        assert complaint(head + OTHERWISE) == "name(最多64字)和 version(最多32字)不能为空"
    for interval in ("0", "121", "true", '"12"'):
        assert complaint(HEAD + OTHERWISE.replace("= 12", f"= {interval}")) == (
            "第1个 [[class]] 的 interval_months 应为1到120之间的整数"
        )


@pytest.mark.parametrize("months", ["0", "121", "true", '"12"'])
def test_a_record_condition_looks_back_1_to_120_months(months: str) -> None:
    assert complaint(first_class(f'any = [{{ fact = "HAZARD", months = {months} }}]')) == (
        "第1个 [[class]]:HAZARD 条件须有 months(1到120)"
    )


@pytest.mark.parametrize(("text", "says"), [
    (HEAD + 'colour = "red"\nsize = 1\n' + OTHERWISE, "未知的配置项:colour, size"),
    (HEAD, "至少需要一个 [[class]]"),
    (HEAD + "class = []\n", "至少需要一个 [[class]]"),
    (HEAD + "class = 3\n", "至少需要一个 [[class]]"),
    (HEAD + "class = [1]\n", "第1个 [[class]] 应为表"),
    (first_class('any = [{ fact = "HAZARD", months = 12 }]').replace(OTHERWISE, ""),
     "最后一个 [[class]] 不能有条件(其余企业)"),
    (HEAD + OTHERWISE + first_class('any = [{ fact = "HAZARD", months = 12 }]').replace(HEAD, ""),
     "只有最后一个 [[class]] 可以没有条件"),
    (HEAD + OTHERWISE + 'every = 1\nnone = 2\n', "第1个 [[class]] 中有未知的项:every, none"),
    (HEAD + OTHERWISE.replace('"B"', '"E"'), "第1个 [[class]] 的 class 应为 A、B、C 或 D"),
    (first_class('any = [{ fact = "HAZARD", months = 12 }]\nall = [{ fact = "PENALTY", months = 12 }]'),
     "第1个 [[class]] 只能有 any 或 all 之一"),
    (first_class("any = 3"), "第1个 [[class]] 的 any 应为条件列表"),
    (first_class("all = 3"), "第1个 [[class]] 的 all 应为条件列表"),
    (first_class("any = [1]"), "第1个 [[class]] 的条件应为表"),
    (first_class('any = [{ fact = "WEATHER" }]'), "第1个 [[class]]:未知的 fact 'WEATHER'"),
    (first_class('any = [{ fact = "PENALTY", months = 12, min_grade = "LARGER", list_kind = "BLACKLIST" }]'),
     "第1个 [[class]]:PENALTY 条件中有未知的项:list_kind, min_grade"),
    (first_class('any = [{ fact = "LISTING", list_kind = "BLACKLIST", months = 12 }]'),
     "第1个 [[class]]:LISTING 条件中有未知的项:months"),
    (first_class('any = [{ fact = "STANDARDISATION", months = 12 }]'),
     "第1个 [[class]]:STANDARDISATION 条件中有未知的项:months"),
    (first_class('any = [{ fact = "HAZARD", months = 12, absent = "yes" }]'),
     "第1个 [[class]]:absent 应为 true 或 false"),
    (first_class('any = [{ fact = "LISTING", list_kind = "PINKLIST" }]'),
     "第1个 [[class]]:list_kind 应为 BLACKLIST 或 GREYLIST"),
    (first_class('any = [{ fact = "LISTING" }]'), "第1个 [[class]]:list_kind 应为 BLACKLIST 或 GREYLIST"),
    (first_class('any = [{ fact = "STANDARDISATION", max_grade = 4 }]'),
     "第1个 [[class]]:标准化等级 max_grade 应为1、2或3"),
    (first_class('any = [{ fact = "STANDARDISATION", max_grade = true }]'),
     "第1个 [[class]]:标准化等级 max_grade 应为1、2或3"),
    (first_class('any = [{ fact = "ACCIDENT", months = 12, min_grade = "SMALL" }]'),
     "第1个 [[class]]:min_grade 应为 GENERAL、LARGER、MAJOR 或 EXTRAORDINARY"),
    (HEAD + OTHERWISE.replace("B", "C") + OTHERWISE.replace("= 12", "= 0"),
     "第2个 [[class]] 的 interval_months 应为1到120之间的整数"),
])
def test_a_rule_set_that_could_not_answer_is_refused_saying_what_to_fix(text: str, says: str) -> None:
    assert complaint(text) == says


def test_only_the_last_class_may_be_without_conditions_not_even_the_one_just_before_it() -> None:
    """The class without conditions is everyone left: one before the last would leave the classes
    after it unreachable, whether it comes first or right after a class with conditions."""
    hazard = 'any = [{ fact = "HAZARD", months = 12 }]'
    for text in (HEAD + OTHERWISE + OTHERWISE.replace('"B"', '"A"'),
                 first_class(hazard) + OTHERWISE.replace('"B"', '"A"')):
        assert complaint(text) == "只有最后一个 [[class]] 可以没有条件"


def test_a_rule_set_that_is_not_toml_is_refused() -> None:
    assert complaint("name = ").startswith("TOML 格式错误:")


def test_absent_turns_each_kind_of_condition_into_no_such_fact() -> None:
    found = conditions(
        '{fact = "LISTING", list_kind = "GREYLIST", absent = true}',
        '{fact = "STANDARDISATION", max_grade = 2, absent = true}',
        '{fact = "HAZARD", months = 12, absent = true}',
        '{fact = "LISTING", list_kind = "BLACKLIST"}',
    )
    assert [c.absent for c in found] == [True, True, True, False]
    assert (found[0].list_kind, found[1].max_grade, found[2].months) == (ListKind.GREYLIST, 2, 12)
