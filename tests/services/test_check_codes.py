"""The check's fast code handling answers exactly as credit.domain.codes does."""

from __future__ import annotations

from helpers import make_code
from hypothesis import given, settings
from hypothesis import strategies as st

from credit.domain.codes import ALPHABET, is_valid_uscc, normalise_code
from credit.services.checks import _is_valid, _normalise

_CHARS = ALPHABET + "IOZSVabcxyz -\t\n\u3000\u00a0\u2028０９ＡßıİǅⅠ"


def _same(raw: str) -> None:
    code = _normalise(raw)
    assert code == normalise_code(raw)
    assert _is_valid(code) is is_valid_uscc(code)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=22))
def test_normalising_and_validating_any_text_agrees_with_the_domain(raw: str) -> None:
    _same(raw)


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=17),
       st.sampled_from(ALPHABET + "IOZ"))
def test_a_valid_code_with_one_character_changed_agrees_with_the_domain(seed: int, at: int, char: str) -> None:
    code = make_code(seed)
    _same(code)
    assert _is_valid(code)
    _same(code[:at] + char + code[at + 1:])
    _same(code.lower())
    _same(" ".join(code))


def test_codes_of_every_registration_authority_are_valid() -> None:
    for prefix in ("11", "51", "91", "92", "93", "A1", "N1", "N2", "Y1"):
        code = make_code(7, prefix=prefix)
        assert _is_valid(code) and is_valid_uscc(code), code
