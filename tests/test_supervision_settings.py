"""CREDIT_SUPERVISION_RULE_SETS: a region's own supervision rule set, the longest prefix winning,
checked at start-up (a malformed entry or a rule set that is not shipped stops the service)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import ValidationError

from credit.services import supervision
from credit.settings import Settings, get_settings


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    get_settings.cache_clear()
    supervision.region_rule_sets.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()
    supervision.region_rule_sets.cache_clear()


def test_entries_are_prefix_equals_name_colon_version() -> None:
    assert Settings(supervision_rule_sets="4403=default:1, 44=default:1").supervision_rule_set_map() == {
        "4403": ("default", "1"), "44": ("default", "1")}
    for bad in ("4403=default", "440=default:1", "x=default:1", "4403=default:1,4403=default:1"):
        with pytest.raises(ValidationError):
            Settings(supervision_rule_sets=bad)


def test_a_rule_set_that_is_not_shipped_stops_the_start(configured: pytest.MonkeyPatch) -> None:
    configured.setenv("CREDIT_SUPERVISION_RULE_SETS", "4403=shenzhen:9")
    with pytest.raises(ValueError, match="shenzhen:9 is not a shipped"):
        supervision.region_rule_sets()


def test_the_longest_prefix_answers_and_the_plan_knows_every_set_inside_its_region(
    configured: pytest.MonkeyPatch,
) -> None:
    configured.setenv("CREDIT_SUPERVISION_RULE_SETS", "440305=default:1")
    default = supervision.shipped_rule_sets()[("default", "1")]
    assert supervision.rules_for("440305") is default
    groups = supervision.rule_sets_for_plan("4403")
    assert [(g.prefixes, g.rules.label) for g in groups] == [(("440305",), "default:1"), ((), "default:1")]
    assert [g.prefixes for g in supervision.rule_sets_for_plan("440305")] == [()]
