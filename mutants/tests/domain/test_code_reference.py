"""The domain's fast code handling answers exactly as the reference formulation does:
whitespace stripped by regex and upper-cased, shape by regex, check character by
python-stdnum's ``calc_check_digit`` (which is right; only its format check is wrong)."""

from __future__ import annotations

import re

from helpers import make_code
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import uscc as stdnum_uscc

from credit.domain.codes import ALPHABET, check_character, is_valid_uscc, normalise_code

_CHARS = ALPHABET + "IOZSVabcxyz -\t\n\u3000\u00a0\u2028０９ＡßıİǅⅠ"
_SHAPE = re.compile(r"^[1-9ANY][0-9A-HJ-NP-RTUWXY][0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}$")


def reference_normalise(raw: str) -> str:
    return re.sub(r"\s+", "", raw).upper()


def reference_valid(code: str) -> bool:
    return (len(code) == 18 and bool(_SHAPE.match(code))
            and stdnum_uscc.calc_check_digit(code[:17]) == code[17])


def _same(raw: str) -> None:
    code = normalise_code(raw)
    assert code == reference_normalise(raw)
    assert is_valid_uscc(code) is reference_valid(code)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=22))
def test_normalising_and_validating_any_text_agrees_with_the_reference(raw: str) -> None:
    _same(raw)


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=17),
       st.sampled_from(ALPHABET + "IOZ"))
def test_a_valid_code_with_one_character_changed_agrees_with_the_reference(seed: int, at: int, char: str) -> None:
    code = make_code(seed)
    _same(code)
    assert is_valid_uscc(code)
    _same(code[:at] + char + code[at + 1:])
    _same(code.lower())
    _same(" ".join(code))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17))
def test_check_character_is_stdnums(first17: str) -> None:
    assert check_character(first17) == stdnum_uscc.calc_check_digit(first17)


def test_codes_of_every_registration_authority_are_valid() -> None:
    for prefix in ("11", "51", "91", "92", "93", "A1", "N1", "N2", "Y1"):
        code = make_code(7, prefix=prefix)
        assert is_valid_uscc(code) and reference_valid(code), code
