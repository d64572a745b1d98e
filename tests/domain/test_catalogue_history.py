"""Catalogue versions over time (credit.domain.catalogue): which version is in force on a day,
and what a version's text must hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from credit.domain.catalogue import (
    Benefit,
    Catalogue,
    CatalogueError,
    CatalogueHistory,
    Measure,
    MeasureEffect,
    PersonDomain,
    PersonMeasure,
    RestrictionDomain,
    RestrictionStatus,
    status_from_effects,
)
from credit.domain.listings import ListKind
from credit.rules import read_rule_file

FIRST = Catalogue.from_toml(read_rule_file("catalogue-1.toml"))
MEASURE = '[[measure]]\ndomain = "BIDDING"\nlist_kind = "BLACKLIST"\neffect = "{effect}"\nmeasure = "m"\n'


def version(name: str, effective: str, effect: str = "RESTRICT", extra: str = "") -> Catalogue:
    text = f'version = "{name}"\neffective_from = {effective}\n{extra}' + MEASURE.format(effect=effect)
    return Catalogue.from_toml(text, require_effective_date=True)


def test_the_shipped_first_version_is_in_force_from_the_start() -> None:
    history = CatalogueHistory.of(FIRST, [])
    assert history.in_force_on(date(1990, 1, 1)) is FIRST
    assert FIRST.effective_from is None and FIRST.version == "1"


def test_each_version_is_in_force_from_its_effective_date_until_the_next_ones() -> None:
    v3, v2 = version("3", "2025-07-01"), version("2", "2024-01-01")
    history = CatalogueHistory.of(FIRST, [v3, v2])  # published in that order
    assert history.in_force_on(date(2023, 12, 31)).version == "1"
    assert history.in_force_on(date(2024, 1, 1)).version == "2"
    assert history.in_force_on(date(2025, 6, 30)).version == "2"
    assert history.in_force_on(date(2025, 7, 1)).version == "3"


def test_on_one_effective_date_the_later_publication_wins() -> None:
    first, correction = version("2", "2024-01-01"), version("2a", "2024-01-01", "PROHIBIT")
    assert CatalogueHistory.of(FIRST, [first, correction]).in_force_on(date(2024, 5, 1)).version == "2a"


def test_as_known_at_a_moment_a_version_published_later_is_left_out() -> None:
    """For asKnownAt: the answer the service gave then, whatever was published since."""
    published = replace(version("2", "2024-01-01"), recorded_at=datetime(2024, 3, 1, tzinfo=UTC))
    history = CatalogueHistory.of(FIRST, [published])
    assert history.in_force_on(date(2024, 2, 1)).version == "2"
    assert history.in_force_on(date(2024, 2, 1), known_at=datetime(2024, 2, 1, tzinfo=UTC)).version == "1"
    assert history.in_force_on(date(2024, 2, 1), known_at=datetime(2024, 3, 1, tzinfo=UTC)).version == "2"


def test_a_measure_is_looked_up_by_domain_and_list_kind() -> None:
    assert FIRST.measures_by_kind(RestrictionDomain.BIDDING)["BLACKLIST"].effect == "PROHIBIT"
    assert "GREYLIST" not in FIRST.measures_by_kind(RestrictionDomain.BIDDING)
    assert FIRST.measure_for(RestrictionDomain.INSURANCE, ListKind.GREYLIST) is not None


def test_the_shipped_first_version_reads_as_its_file_says() -> None:
    first = Catalogue.from_toml(read_rule_file("catalogue-1.toml"))  # parsed here, not at import
    assert (first.version, first.title) == ("1", "安全生产失信联合惩戒措施目录(默认)")
    bidding = Measure(RestrictionDomain.BIDDING, ListKind.BLACKLIST, MeasureEffect.PROHIBIT, "禁止参与工程建设项目招投标")
    assert first.measure_for(RestrictionDomain.BIDDING, ListKind.BLACKLIST) == bidding
    assert first.kinds_with_measure(RestrictionDomain.BIDDING) == {ListKind.BLACKLIST: bidding}
    assert first.measure_for(RestrictionDomain.BIDDING, ListKind.GREYLIST) is None
    assert first.person_measures[0] == PersonMeasure(
        PersonDomain.OFFICE, ListKind.BLACKLIST, MeasureEffect.RESTRICT, "限制担任生产经营单位法定代表人、董事、监事、高级管理人员"
    )
    assert first.benefits[:2] == (
        Benefit("TRUSTWORTHY", "减少监督检查频次(无事不扰)"),
        Benefit("TRUSTWORTHY", "行政许可容缺受理", RestrictionDomain.QUALIFICATION),
    )
    assert first.benefits_in(RestrictionDomain.QUALIFICATION) == (first.benefits[1],)


def test_the_strongest_effect_in_force_decides_the_status() -> None:
    assert status_from_effects([]) is RestrictionStatus.CLEAR
    assert status_from_effects([MeasureEffect.BENEFIT]) is RestrictionStatus.CLEAR
    assert status_from_effects([MeasureEffect.RESTRICT, MeasureEffect.BENEFIT]) is RestrictionStatus.RESTRICTED
    assert status_from_effects([MeasureEffect.RESTRICT, MeasureEffect.PROHIBIT]) is RestrictionStatus.PROHIBITED


def test_a_version_is_named_in_at_most_32_characters_and_titled_in_at_most_200() -> None:
    def parsed(head: str) -> Catalogue:
        return Catalogue.from_toml(head + "\n" + MEASURE.format(effect="RESTRICT"))

    assert parsed(f'version = " {"v" * 32} "').version == "v" * 32
    assert parsed("version = 2").version == "2"
    assert parsed(f'version = "2"\ntitle = "{"题" * 200}"').title == "题" * 200
    assert parsed('version = "2"').title == ""
    for head, says in [
        (f'version = "{"v" * 33}"', "version is longer than 32 characters"),
        ('version = "  "', "version is missing"),
        ("version = true", "version is missing"),
        (f'version = "2"\ntitle = "{"题" * 201}"', "title must be text of at most 200 characters"),
        ('version = "2"\ntitle = 5', "title must be text of at most 200 characters"),
    ]:
        with pytest.raises(CatalogueError) as caught:
            parsed(head)
        assert str(caught.value) == says


def test_a_version_may_carry_tables_and_keys_a_later_release_reads() -> None:
    extended = version("2", "2024-01-01", extra='[incentives]\nnote = "x"\n')
    assert extended.source["incentives"] == {"note": "x"}
    assert [m.measure for m in extended.measures] == ["m"]
    assert extended.measure_for(RestrictionDomain.BIDDING, ListKind.BLACKLIST) == extended.measures[0]
    assert extended.effective_from == date(2024, 1, 1)


PERSON = '[[person_measure]]\ndomain = "OFFICE"\nlist_kind = "BLACKLIST"\neffect = "RESTRICT"\nmeasure = "p"\n'


@pytest.mark.parametrize(("text", "says"), [
    ('version = "2"\n' + MEASURE.format(effect="RESTRICT"), "^effective_from is missing \\(the day the version comes into force\\)$"),
    ('version = "2"\neffective_from = "2024-02-30"\n', "not a date"),
    ('version = "2"\neffective_from = 2024-01-01T08:00:00\n', "^effective_from must be a date \\(YYYY-MM-DD\\)$"),
    ('effective_from = 2024-01-01\n', "version is missing"),
    ('version = "2"\neffective_from = 2024-01-01\n' + MEASURE.format(effect="BAN"), "measure 1"),
    ('version = "2"\neffective_from = 2024-01-01\n' + MEASURE.format(effect="RESTRICT") * 2,
     "^catalogue has two measures for one domain and list kind$"),
    ('version = "2"\neffective_from = 2024-01-01\n' + PERSON * 2,
     "^catalogue has two person measures for one domain and list kind$"),
    ('version = "2"\neffective_from = 2024-01-01\nmeasure = 3\n', r"^\[\[measure\]\] must be tables$"),
    ('version = "2"\neffective_from = 2024-01-01\n' + MEASURE.format(effect="RESTRICT").replace('measure = "m"\n', ""),
     "^measure 1: measure is missing$"),
    ("version = ", "not TOML"),
])
def test_a_version_that_does_not_hold_together_is_refused_saying_where(text: str, says: str) -> None:
    with pytest.raises(CatalogueError, match=says):
        Catalogue.from_toml(text, require_effective_date=True)
