"""Catalogue versions over time (credit.domain.catalogue): which version is in force on a day,
and what a version's text must hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from credit.domain.catalogue import Catalogue, CatalogueError, CatalogueHistory, RestrictionDomain
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


def test_a_version_may_carry_tables_and_keys_a_later_release_reads() -> None:
    extended = version("2", "2024-01-01", extra='[incentives]\nnote = "x"\n')
    assert extended.source["incentives"] == {"note": "x"}
    assert [m.measure for m in extended.measures] == ["m"]


@pytest.mark.parametrize(("text", "says"), [
    ('version = "2"\n' + MEASURE.format(effect="RESTRICT"), "effective_from is missing"),
    ('version = "2"\neffective_from = "2024-02-30"\n', "not a date"),
    ('version = "2"\neffective_from = 2024-01-01T08:00:00\n', "must be a date"),
    ('effective_from = 2024-01-01\n', "version is missing"),
    ('version = "2"\neffective_from = 2024-01-01\n' + MEASURE.format(effect="BAN"), "measure 1"),
    ('version = "2"\neffective_from = 2024-01-01\n' + MEASURE.format(effect="RESTRICT") * 2, "two measures"),
    ("version = ", "not TOML"),
])
def test_a_version_that_does_not_hold_together_is_refused_saying_where(text: str, says: str) -> None:
    with pytest.raises(CatalogueError, match=says):
        Catalogue.from_toml(text, require_effective_date=True)
