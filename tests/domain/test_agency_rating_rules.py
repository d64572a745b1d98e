"""Annual credit rating of safety service agencies (credit.domain.agency_rating): the default
rule set, the first rating whose threshold a count reaches, the reasons people read, and the
rule file's checks. Every text is parsed inside its test."""

from __future__ import annotations

from datetime import date

import pytest

from credit.domain.agency_rating import (
    AgencyBasis,
    AgencyRating,
    AgencyRatingRules,
    RatingRule,
    rate,
)
from credit.domain.errors import Refusal
from credit.rules import read_rule_file


def default() -> AgencyRatingRules:
    return AgencyRatingRules.from_toml(read_rule_file("agency-rating-default-1.toml"))


def rules(ratings: str) -> AgencyRatingRules:
    return AgencyRatingRules.from_toml(f'name = "local"\nversion = "1"\n{ratings}')


def complaint(ratings: str) -> str:
    with pytest.raises(Refusal) as caught:
        rules(ratings)
    assert (caught.value.code, caught.value.field) == ("INVALID_VALUE", "toml")
    return caught.value.first.detail or ""


def test_the_default_rule_set_reads_as_its_file_says() -> None:
    assert default() == AgencyRatingRules("default", "1", "安全生产服务机构信用评价(默认规则)", (
        RatingRule(AgencyRating.D, (("blacklistings", 1), ("false_reports", 1))),
        RatingRule(AgencyRating.C, (("greylistings", 1), ("penalties", 2), ("staff_listings", 1))),
        RatingRule(AgencyRating.B, (("penalties", 1),)),
        RatingRule(AgencyRating.A),
    ))


def test_the_first_rating_whose_threshold_a_count_reaches_wins_and_says_which() -> None:
    rated = rate(default(), AgencyBasis(2025, penalties=(4, 5), greylistings=(8,), false_reports=(7,)))
    assert rated.rating is AgencyRating.D
    assert rated.reasons == ("2025年度出具虚假报告或证明(列入事由为出具虚假报告) 1 次(达到D级条件:1次及以上)",)
    two = rate(default(), AgencyBasis(2025, penalties=(4, 5), greylistings=(8,)))
    assert two.rating is AgencyRating.C
    assert two.reasons == (
        "2025年度处于重点关注名单有效期 1 次(达到C级条件:1次及以上)",
        "2025年度行政处罚 2 次(达到C级条件:2次及以上)",
    )
    assert rate(default(), AgencyBasis(2025, penalties=(4,))).rating is AgencyRating.B
    assert (two.basis.year, two.rules.name) == (2025, "default")


def test_an_agency_reaching_no_threshold_gets_the_last_rating_with_every_count_named() -> None:
    rated = rate(default(), AgencyBasis(2024))
    assert rated.rating is AgencyRating.A
    assert rated.reasons == (
        "2024年度:出具虚假报告或证明(列入事由为出具虚假报告) 0 次、行政处罚 0 次、处于严重失信主体名单有效期 0 次、"
        "处于重点关注名单有效期 0 次、从业人员被列入失信名单 0 次,未达到其他等级的条件",
    )


def test_a_year_runs_from_1_january_to_31_december() -> None:
    basis = AgencyBasis(2024, staff_listings=(1, 2))
    assert (basis.first_day, basis.last_day, basis.count("staff_listings")) == (date(2024, 1, 1), date(2024, 12, 31), 2)


def test_a_rule_set_takes_a_title_and_may_leave_it_out() -> None:
    assert rules('[[rating]]\nrating = "B"\n') == AgencyRatingRules("local", "1", "", (RatingRule(AgencyRating.B),))
    assert rules('title = "本地"\n[[rating]]\nrating = "B"\n').title == "本地"


@pytest.mark.parametrize(("ratings", "says"), [
    ('colour = 1\nsize = 2\n[[rating]]\nrating = "B"\n', "未知的配置项:colour, size"),
    ("", "须有若干 [[rating]],只有最后一个没有条件(其余机构)"),
    ('[[rating]]\nrating = "B"\nany = { penalties = 1 }\n', "须有若干 [[rating]],只有最后一个没有条件(其余机构)"),
    ('[[rating]]\nrating = "C"\n[[rating]]\nrating = "B"\n', "须有若干 [[rating]],只有最后一个没有条件(其余机构)"),
    ('[[rating]]\nrating = "E"\n', "rating 应为 A、B、C 或 D"),
    ('[[rating]]\nrating = "B"\nany = { fines = 1 }\n',
     "any 的项应为 false_reports, penalties, blacklistings, greylistings, staff_listings"),
    ('[[rating]]\nrating = "B"\nany = 1\n',
     "any 的项应为 false_reports, penalties, blacklistings, greylistings, staff_listings"),
    ('[[rating]]\nrating = "B"\nany = { penalties = 0 }\n', "any 中的阈值应为正整数"),
    ('[[rating]]\nrating = "B"\nany = { penalties = true }\n', "any 中的阈值应为正整数"),
    ('[[rating]]\nrating = "B"\nany = { penalties = "1" }\n', "any 中的阈值应为正整数"),
])
def test_a_rule_set_that_could_not_rate_every_agency_is_refused(ratings: str, says: str) -> None:
    assert complaint(ratings) == says
