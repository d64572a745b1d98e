"""Regime files (credit/rules/regime-*.toml) read by credit.domain.regimes: what the shipped
files say, what a file may leave out, and the one line that names the fault of a file that
does not hold together. Every text is parsed inside its test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from credit.domain.listings import ListingGround
from credit.domain.records import PenaltyCategory
from credit.domain.regimes import (
    CandidateRules,
    PublicationPeriod,
    Regime,
    RegimeError,
    RepeatRule,
    load_regimes,
    parse_regime,
)
from credit.rules import regime_texts

#: what a regime must say, and nothing more
MINIMAL = """
name = "minimal"
[procedure]
objection_working_days = 5
publish_working_days = 7
[blacklist]
period_months = 36
repair_after_months = 12
repeated_accident_window_months = 12
aggravated_fine_multiple = [2, 5]
[greylist]
period_months = 12
[publication]
min_months = 12
max_months = 36
[candidates]
lookback_months = 36
"""
GREYLIST_GROUNDS = (ListingGround.FATAL_GENERAL_ACCIDENT, ListingGround.UNRECTIFIED_MAJOR_HAZARD,
                    ListingGround.BROKEN_COMMITMENT, ListingGround.OTHER_CONCERN)
TERMS = {
    ListingGround.UNLICENSED_OPERATION: ("无证", "未取得", "未依法取得", "暂扣期间", "吊销后", "擅自从事", "擅自生产"),
    ListingGround.ABANDONED_RESCUE: ("不立即组织抢救", "未组织抢救", "不组织抢救", "擅离职守", "逃匿"),
    ListingGround.FALSE_CERTIFICATION: ("虚假", "出租", "出借", "挂靠", "冒用", "伪造"),
    ListingGround.PENALTY_EVASION: ("拒不执行", "拒不履行", "逃避执行", "逃避处罚", "抗拒执行", "拒绝执行"),
}


def regime(*, old: str = "", new: str = "", tables: str = "") -> Regime:
    """MINIMAL with ``old`` replaced by ``new`` and ``tables`` added."""
    text = MINIMAL
    if old:
        assert old in text, old
        text = text.replace(old, new, 1)
    return parse_regime(f"{text}\n{tables}\n", "regime-minimal.toml")


def fault(**change: str) -> str:
    """The one line that refuses MINIMAL changed by ``change`` (see ``regime``)."""
    with pytest.raises(RegimeError) as caught:
        regime(**change)
    assert "\n" not in str(caught.value)
    return str(caught.value)


# --------------------------------------------------------------------- the shipped files


def test_the_shipped_regimes_read_as_their_files_say() -> None:
    regimes = load_regimes(regime_texts())
    assert sorted(regimes) == ["awb-14-2015", "moem-11-2023"]
    common = {
        "objection_working_days": 5, "publish_working_days": 7, "repair_after_months": 12,
        "repeated_accident_window_months": 12, "aggravated_fine_multiple": (Decimal(2), Decimal(5)),
        "greylist_periods": dict.fromkeys(GREYLIST_GROUNDS, 12),
        "penalty_publication": PublicationPeriod(12, 36), "penalty_publication_by_category": {},
        "candidates": CandidateRules(36, frozenset({PenaltyCategory.SUSPENSION, PenaltyCategory.LICENCE_REVOCATION}),
                                     TERMS),
    }
    moem, awb = regimes["moem-11-2023"], regimes["awb-14-2015"]
    assert moem == Regime(
        name="moem-11-2023", title="安全生产严重失信主体名单管理办法",
        basis="应急管理部令第11号;双公示(7个工作日内公示);国家发展改革委令2023年第58号(公示期)",
        blacklist_period_months=36, repeat=None, **common,  # type: ignore[arg-type]
    )
    assert awb == Regime(
        name="awb-14-2015", title="生产经营单位安全生产不良记录“黑名单”管理暂行规定",
        basis="安委办〔2015〕14号:纳入“黑名单”管理的期限为自公布之日起1年;连续纳入“黑名单”管理的,"
              "自第2次纳入之日起管理期限为3年",
        blacklist_period_months=12, repeat=RepeatRule(within_months=12, period_months=36),
        **common,  # type: ignore[arg-type]
    )
    assert moem.version == "moem-11-2023"


# --------------------------------------------------------------------- what a file may leave out


def test_a_regime_that_says_only_what_it_must_gets_the_defaults() -> None:
    minimal = regime()
    assert (minimal.name, minimal.title, minimal.basis) == ("minimal", "", "")
    assert minimal.greylist_periods == dict.fromkeys(GREYLIST_GROUNDS, 12)
    assert minimal.repeat is None
    assert minimal.penalty_publication_by_category == {}
    assert minimal.candidates == CandidateRules(36, frozenset(), {})
    assert minimal.candidates.terms_for(ListingGround.PENALTY_EVASION) == ()


def test_each_optional_table_is_read_under_its_own_name() -> None:
    read = regime(tables="""
[greylist.grounds]
UNRECTIFIED_MAJOR_HAZARD = 6
[blacklist.repeat]
within_months = 0
period_months = 60
[publication.categories.WARNING]
min_months = 3
max_months = 3
[candidates.violation_terms]
PENALTY_EVASION = [" 拒不执行 "]
""", old="lookback_months = 36", new='lookback_months = 36\nunlicensed_categories = ["SUSPENSION"]')
    assert read.greylist_periods[ListingGround.UNRECTIFIED_MAJOR_HAZARD] == 6
    assert read.greylist_periods[ListingGround.OTHER_CONCERN] == 12
    assert read.repeat == RepeatRule(within_months=0, period_months=60)
    assert read.penalty_publication_by_category == {PenaltyCategory.WARNING: PublicationPeriod(3, 3)}
    assert read.candidates == CandidateRules(36, frozenset({PenaltyCategory.SUSPENSION}),
                                             {ListingGround.PENALTY_EVASION: ("拒不执行",)})


def test_months_run_from_1_to_120_and_working_days_to_60() -> None:
    for months in (1, 120):
        assert regime(old="period_months = 36", new=f"period_months = {months}").blacklist_period_months == months
    assert regime(old="objection_working_days = 5", new="objection_working_days = 60").objection_working_days == 60
    assert regime(old="publish_working_days = 7", new="publish_working_days = 60").publish_working_days == 60
    assert regime(old="aggravated_fine_multiple = [2, 5]",
                  new="aggravated_fine_multiple = [1, 1]").aggravated_fine_multiple == (Decimal(1), Decimal(1))


# --------------------------------------------------------------------- what must hold


@pytest.mark.parametrize(("change", "says"), [
    ({"old": 'name = "minimal"', "new": 'name = "Minimal"'},
     "regime-minimal.toml: name must be lower-case letters, digits and '-', at most 32"),
    *[({"old": f"[{table}]", "new": f"[{table}s]"}, f"regime minimal: [{table}] is missing")
      for table in ("procedure", "blacklist", "greylist", "publication", "candidates")],
    ({"old": "period_months = 36", "new": "period_months = 0"},
     "regime minimal [blacklist]: period_months must be a whole number from 1 to 120"),
    ({"old": "period_months = 36", "new": "period_months = 121"},
     "regime minimal [blacklist]: period_months must be a whole number from 1 to 120"),
    ({"old": "period_months = 36", "new": "period_months = true"},
     "regime minimal [blacklist]: period_months must be a whole number from 1 to 120"),
    ({"old": "repair_after_months = 12", "new": "repair_after_months = 0"},
     "regime minimal [blacklist]: repair_after_months must be a whole number from 1 to 120"),
    ({"old": "repeated_accident_window_months = 12", "new": "repeated_accident_window_months = 0"},
     "regime minimal [blacklist]: repeated_accident_window_months must be a whole number from 1 to 120"),
    ({"old": "objection_working_days = 5", "new": "objection_working_days = 61"},
     "regime minimal [procedure]: objection_working_days must be a whole number from 1 to 60"),
    ({"old": "publish_working_days = 7", "new": "publish_working_days = 61"},
     "regime minimal [procedure]: publish_working_days must be a whole number from 1 to 60"),
    ({"old": "period_months = 12", "new": "period_months = 0"},
     "regime minimal [greylist]: period_months must be a whole number from 1 to 120"),
    ({"tables": "[greylist.grounds]\nOTHER_CONCERN = 0"},
     "regime minimal [greylist.grounds]: OTHER_CONCERN must be a whole number from 1 to 120"),
    ({"tables": "[greylist.grounds]\nOTHER_WORRY = 6"},
     "regime minimal [greylist.grounds]: unknown ListingGround 'OTHER_WORRY'"),
    ({"tables": "[greylist.grounds]\nMAJOR_ACCIDENT = 6"},
     "regime minimal [greylist.grounds]: MAJOR_ACCIDENT is a blacklist ground"),
    ({"old": "period_months = 12", "new": "period_months = 12\ngrounds = 6"},
     "regime minimal: [greylist.grounds] must be a table"),
    ({"tables": "[blacklist.repeat]\nwithin_months = -1\nperiod_months = 36"},
     "regime minimal [blacklist.repeat]: within_months must be a whole number from 0 to 120"),
    ({"tables": "[blacklist.repeat]\nwithin_months = 12\nperiod_months = 0"},
     "regime minimal [blacklist.repeat]: period_months must be a whole number from 1 to 120"),
    ({"old": "period_months = 36", "new": "period_months = 36\nrepeat = 3"},
     "regime minimal [blacklist]: [repeat] is missing"),
    ({"old": "aggravated_fine_multiple = [2, 5]", "new": "aggravated_fine_multiple = 2"},
     "regime minimal: aggravated_fine_multiple must be [low, high]"),
    ({"old": "aggravated_fine_multiple = [2, 5]", "new": "aggravated_fine_multiple = [0, 5]"},
     "regime minimal: aggravated_fine_multiple must be 0 < low <= high"),
    ({"old": "aggravated_fine_multiple = [2, 5]", "new": "aggravated_fine_multiple = [3, 2]"},
     "regime minimal: aggravated_fine_multiple must be 0 < low <= high"),
    ({"old": "min_months = 12", "new": "min_months = 0"},
     "regime minimal [publication]: min_months must be a whole number from 1 to 120"),
    ({"old": "max_months = 36", "new": "max_months = 0"},
     "regime minimal [publication]: max_months must be a whole number from 1 to 120"),
    ({"old": "min_months = 12", "new": "min_months = 37"}, "regime minimal [publication]: min_months is above max_months"),
    ({"old": "max_months = 36", "new": "max_months = 36\ncategories = 1"},
     "regime minimal: [publication.categories] must be a table"),
    ({"tables": "[publication.categories]\nREPRIMAND = 1"},
     "regime minimal [publication.categories]: unknown PenaltyCategory 'REPRIMAND'"),
    ({"tables": "[publication.categories]\nWARNING = 1"},
     "regime minimal [publication.categories]: WARNING must be a table"),
    ({"tables": "[publication.categories.WARNING]\nmin_months = 3\nmax_months = 0"},
     "regime minimal [publication.categories.WARNING]: max_months must be a whole number from 1 to 120"),
    ({"old": "lookback_months = 36", "new": "lookback_months = 0"},
     "regime minimal [candidates]: lookback_months must be a whole number from 1 to 120"),
    ({"old": "lookback_months = 36", "new": "lookback_months = 36\nviolation_terms = 1"},
     "regime minimal: [candidates.violation_terms] must be a table"),
    ({"tables": "[candidates.violation_terms]\nEVASION = ['拒不']"},
     "regime minimal [candidates.violation_terms]: unknown ListingGround 'EVASION'"),
    ({"tables": "[candidates.violation_terms]\nPENALTY_EVASION = '拒不执行'"},
     "regime minimal [candidates.violation_terms] PENALTY_EVASION: must be a list of words"),
    ({"tables": "[candidates.violation_terms]\nPENALTY_EVASION = ['拒不执行', ' ']"},
     "regime minimal [candidates.violation_terms] PENALTY_EVASION: must be a list of words"),
    ({"old": "lookback_months = 36", "new": 'lookback_months = 36\nunlicensed_categories = ["PAUSE"]'},
     "regime minimal [candidates] unlicensed_categories: unknown PenaltyCategory 'PAUSE'"),
    ({"old": "lookback_months = 36", "new": 'lookback_months = 36\nunlicensed_categories = "SUSPENSION"'},
     "regime minimal [candidates] unlicensed_categories: must be a list of words"),
])
def test_a_regime_file_that_does_not_hold_together_is_refused_naming_the_place(
    change: dict[str, str], says: str
) -> None:
    assert fault(**change) == says


def test_a_regime_text_that_is_not_toml_is_refused_naming_its_source() -> None:
    with pytest.raises(RegimeError, match=r"^regime: not TOML \("):
        parse_regime("name = ")
    with pytest.raises(RegimeError, match=r"^regime-x\.toml: not TOML \("):
        load_regimes({"regime-x.toml": "name = "})


def test_a_regime_file_is_named_after_its_regime_and_the_default_is_shipped() -> None:
    texts = regime_texts()
    with pytest.raises(RegimeError) as caught:
        load_regimes({"regime-other.toml": texts["regime-moem-11-2023.toml"]})
    assert str(caught.value) == (
        "regime-other.toml: holds regime 'moem-11-2023'; name the file regime-moem-11-2023.toml"
    )
    with pytest.raises(RegimeError) as caught:
        load_regimes({"regime-awb-14-2015.toml": texts["regime-awb-14-2015.toml"]})
    assert str(caught.value) == "the default regime moem-11-2023 is not shipped"
