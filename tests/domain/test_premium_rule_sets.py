"""Premium rule sets as data (credit.domain.premium.PremiumRules): what a rule set text must
say, what it may leave out (and then gets by default), and the bounds that keep every quote
explainable. A refused text answers INVALID_VALUE on the field ``toml`` with a detail that
says what to fix. Every text is parsed inside its test."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest

from credit.domain.accidents import AccidentGrade
from credit.domain.errors import Refusal
from credit.domain.listings import ListKind
from credit.domain.premium import PremiumRules
from credit.domain.records import HonourLevel
from credit.rules import read_rule_file

#: the least a rule set says: who it is and a delta for every accident grade
MINIMAL = """
name = "local"
version = "1"
[accident]
GENERAL = 0.10
LARGER = 0.20
MAJOR = 0.30
EXTRAORDINARY = 0.30
"""


def parsed(text: str = MINIMAL, *, old: str = "", new: str = "", top: str = "", tables: str = "") -> PremiumRules:
    """``text`` with ``old`` replaced by ``new``, ``top`` lines put first and ``tables`` added."""
    if old:
        assert old in text, old
        text = text.replace(old, new)
    return PremiumRules.from_toml(f"{top}\n{text}\n{tables}\n")


def complaint(**change: str) -> str:
    """The detail of the refusal of MINIMAL changed by ``change`` (see ``parsed``)."""
    with pytest.raises(Refusal) as caught:
        parsed(**change)
    assert (caught.value.code, caught.value.field) == ("INVALID_VALUE", "toml")
    detail = caught.value.first.detail
    assert detail
    return detail


# --------------------------------------------------------------------- the shipped sets


def test_default_rule_set_carries_the_contract_figures() -> None:
    default = PremiumRules.from_toml(read_rule_file("premium-default-1.toml"))
    assert (default.name, default.version, default.title) == ("default", "1", "安责险浮动费率(默认规则)")
    assert default.window_months == 12
    assert default.no_accident_delta == Decimal("-0.10")
    assert default.accident_deltas == {
        AccidentGrade.GENERAL: Decimal("0.10"),
        AccidentGrade.LARGER: Decimal("0.20"),
        AccidentGrade.MAJOR: Decimal("0.30"),
        AccidentGrade.EXTRAORDINARY: Decimal("0.30"),
    }
    assert default.list_deltas == {ListKind.BLACKLIST: Decimal("0.20"), ListKind.GREYLIST: Decimal("0.10")}
    assert default.honour_deltas == {} and not default.uses_honours
    assert default.standardisation_deltas == {} and not default.uses_standardisation
    assert default.by_default is True
    assert (default.floor, default.ceiling) == (Decimal("0.70"), Decimal("1.30"))
    assert (default.factor_places, default.rate_places, default.rounding) == (4, 6, decimal.ROUND_HALF_UP)


def test_version_2_adds_standardisation_grades_and_honours_and_answers_only_when_named() -> None:
    second = PremiumRules.from_toml(read_rule_file("premium-default-2.toml"))
    assert (second.name, second.version, second.by_default) == ("default", "2", False)
    assert second.honour_deltas == {
        HonourLevel.CITY: Decimal("-0.05"), HonourLevel.PROVINCE: Decimal("-0.10"),
        HonourLevel.NATIONAL: Decimal("-0.10"),
    }
    assert second.standardisation_deltas == {1: Decimal("-0.20"), 2: Decimal("-0.15"), 3: Decimal("-0.10")}
    assert second.uses_honours and second.uses_standardisation


# --------------------------------------------------------------------- what may be left out


def test_a_rule_set_that_names_only_its_accident_deltas_gets_the_defaults() -> None:
    rules = parsed()
    assert (rules.name, rules.version, rules.title) == ("local", "1", "")
    assert rules.window_months == 12
    assert rules.no_accident_delta == Decimal(0)
    assert rules.list_deltas == {} and rules.honour_deltas == {} and rules.standardisation_deltas == {}
    assert rules.by_default is True
    assert (rules.floor, rules.ceiling) == (Decimal("0.70"), Decimal("1.30"))
    assert (rules.factor_places, rules.rate_places, rules.rounding) == (4, 6, decimal.ROUND_HALF_UP)


def test_each_table_is_read_under_its_own_name() -> None:
    rules = parsed(top='title = "本地规则"\nwindow_months = 24\nby_default = false', tables="""
[no_accident]
delta = -0.05
[listing]
BLACKLIST = 0.25
GREYLIST = 0.15
[honour]
NATIONAL = -0.15
[standardisation]
"1" = -0.20
"3" = -0.05
[band]
floor = 0.80
ceiling = 1.20
[rounding]
factor_places = 3
rate_places = 5
mode = "ROUND_HALF_EVEN"
""")
    assert (rules.title, rules.window_months, rules.by_default) == ("本地规则", 24, False)
    assert rules.no_accident_delta == Decimal("-0.05")
    assert rules.list_deltas == {ListKind.BLACKLIST: Decimal("0.25"), ListKind.GREYLIST: Decimal("0.15")}
    assert rules.honour_deltas == {HonourLevel.NATIONAL: Decimal("-0.15")}
    assert rules.standardisation_deltas == {1: Decimal("-0.20"), 3: Decimal("-0.05")}
    assert (rules.floor, rules.ceiling) == (Decimal("0.80"), Decimal("1.20"))
    assert (rules.factor_places, rules.rate_places, rules.rounding) == (3, 5, decimal.ROUND_HALF_EVEN)


# --------------------------------------------------------------------- what must hold


def test_rule_set_that_is_not_toml_is_refused() -> None:
    with pytest.raises(Refusal) as caught:
        PremiumRules.from_toml("name = ")
    assert (caught.value.code, caught.value.field) == ("INVALID_VALUE", "toml")
    assert (caught.value.first.detail or "").startswith("TOML 格式错误:")


def test_unknown_items_are_refused_never_dropped() -> None:
    """A misspelt table would silently drop a rule."""
    assert complaint(top="windows = 12\nbands = 1") == "未知的配置项:bands, windows"
    assert complaint(tables="[band]\nbottom = 0.7\ntop = 1.3") == "[band] 中有未知的项:bottom, top"
    assert complaint(tables="[listing]\nPINKLIST = 0.1") == "[listing] 中有未知的项:PINKLIST"
    assert complaint(tables='[standardisation]\n"4" = -0.1') == "[standardisation] 中有未知的项:4"
    assert complaint(top="band = 3") == "band 应为表([band])"


def test_every_accident_grade_needs_a_delta() -> None:
    """A forgotten grade would price the worst accidents as none."""
    detail = complaint(old="MAJOR = 0.30\nEXTRAORDINARY = 0.30", new="")
    assert detail == "accident 须为每个事故等级给出浮动值,缺少:EXTRAORDINARY, MAJOR"


def test_name_and_version_are_given_trimmed_and_short() -> None:
    rules = parsed(old='name = "local"\nversion = "1"', new=f'name = "  {"名" * 64}  "\nversion = 7')
    assert (rules.name, rules.version) == ("名" * 64, "7")
    assert parsed(old='version = "1"', new=f'version = "{"v" * 32}"').version == "v" * 32
    assert complaint(old='name = "local"', new=f'name = "{"名" * 65}"') == "name 最多64个字符"
    assert complaint(old='version = "1"', new=f'version = "{"v" * 33}"') == "version 最多32个字符"
    for blank in ('name = "   "', "name = true", "name = 1.5", ""):
        assert complaint(old='name = "local"', new=blank) == "缺少 name"
    assert complaint(old='version = "1"', new="") == "缺少 version"


def test_the_window_is_whole_months_from_1_to_120() -> None:
    for months in (1, 120):
        assert parsed(top=f"window_months = {months}").window_months == months
    for bad in ("0", "121", "true", '"12"', "1.5"):
        assert complaint(top=f"window_months = {bad}") == "window_months 应为1到120之间的整数"


def test_places_are_whole_numbers_a_stored_quote_can_carry() -> None:
    assert parsed(tables="[rounding]\nrate_places = 0").rate_places == 0
    assert complaint(tables="[rounding]\nfactor_places = 5") == "rounding.factor_places 应为0到4之间的整数"
    for bad in ("7", "-1", "true", '"6"'):
        assert complaint(tables=f"[rounding]\nrate_places = {bad}") == "rounding.rate_places 应为0到6之间的整数"


def test_the_rounding_mode_is_one_of_decimals() -> None:
    for mode in ("ROUND_NICELY", "Decimal", "round_half_up"):
        assert complaint(tables=f'[rounding]\nmode = "{mode}"') == f"rounding.mode 不是 decimal 的舍入方式:{mode}"


def test_by_default_is_true_or_false() -> None:
    assert complaint(top='by_default = "yes"') == "by_default 应为 true 或 false"


@pytest.mark.parametrize(("tables", "where"), [
    ("[no_accident]\ndelta = 'x'", "no_accident.delta"),
    ("[listing]\nBLACKLIST = 'x'", "listing.BLACKLIST"),
    ("[honour]\nCITY = 'x'", "honour.CITY"),
    ("[standardisation]\n\"2\" = 'x'", "standardisation.2"),
    ("[band]\nfloor = 'x'", "band.floor"),
    ("[band]\nceiling = 'x'", "band.ceiling"),
])
def test_a_value_that_is_not_a_number_is_named_by_its_place(tables: str, where: str) -> None:
    assert complaint(tables=tables) == f"{where} 应为数值:x"


def test_a_delta_is_a_finite_number_from_minus_ten_to_ten_with_no_more_places_than_the_factor() -> None:
    def general(value: str) -> str:
        return complaint(old="GENERAL = 0.10", new=f"GENERAL = {value}")

    for value in ("10", "-10", "0.0001", '"0.25"'):
        assert parsed(old="GENERAL = 0.10", new=f"GENERAL = {value}").accident_deltas[AccidentGrade.GENERAL] == (
            Decimal(value.strip('"'))
        )
    too_much = "accident.GENERAL 应在 -10 到 10 之间,小数位数不多于系数的 4 位"
    assert general("10.0001") == f"{too_much}:10.0001"
    assert general("-10.0001") == f"{too_much}:-10.0001"
    assert general("0.00001") == f"{too_much}:0.00001"
    assert general('"ten"') == "accident.GENERAL 应为数值:ten"
    assert general("true") == "accident.GENERAL 应为数值"
    assert general("[1]") == "accident.GENERAL 应为数值"
    assert general("inf") == "accident.GENERAL 应为有限数值"
    assert general("1e30") == "accident.GENERAL 数值过大:1E+30"


def test_the_band_holds_one_and_stays_above_zero() -> None:
    rules = parsed(tables="[band]\nfloor = 1\nceiling = 1")
    assert (rules.floor, rules.ceiling) == (Decimal(1), Decimal(1))
    for band in ("floor = 0", "floor = 1.0001", "ceiling = 0.9999", "floor = -0.5"):
        assert complaint(tables=f"[band]\n{band}") == "band 须满足 0 < floor ≤ 1 ≤ ceiling"
