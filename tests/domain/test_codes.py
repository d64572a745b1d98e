"""统一社会信用代码 (GB 32100-2015) validation, including A, N and Y authorities."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import uscc as stdnum_uscc

from credit.domain.codes import (
    ALPHABET,
    AUTHORITY_CHARS,
    check_character,
    could_be_uscc,
    is_valid_id_number,
    is_valid_region_code,
    is_valid_region_prefix,
    is_valid_uscc,
    mask_id_number,
    normalise_code,
)

alphabet_char = st.sampled_from(ALPHABET)


@st.composite
def valid_codes(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(AUTHORITY_CHARS))
    second = draw(alphabet_char)
    region = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=6, max_size=6)))
    org = "".join(draw(st.lists(alphabet_char, min_size=9, max_size=9)))
    first17 = first + second + region + org
    return first17 + check_character(first17)


@given(valid_codes())
def test_every_well_formed_code_with_its_check_character_is_valid(code: str) -> None:
    assert is_valid_uscc(code)


@given(valid_codes(), st.integers(min_value=0, max_value=17), alphabet_char)
@settings(max_examples=300)
def test_any_single_character_corruption_is_rejected(code: str, position: int, replacement: str) -> None:
    if code[position] == replacement:
        return
    corrupted = code[:position] + replacement + code[position + 1 :]
    assert not is_valid_uscc(corrupted)


@given(valid_codes())
def test_every_valid_code_could_be_one(code: str) -> None:
    assert could_be_uscc(code)


@given(st.text(max_size=20))
def test_a_code_that_could_be_one_is_18_ascii_letters_or_digits(text: str) -> None:
    assert could_be_uscc(text) == (len(text) == 18 and all(c.isascii() and c.isalnum() for c in text))


def test_what_could_not_be_a_code() -> None:
    assert could_be_uscc("91110000600037341L")
    assert not could_be_uscc("91110000600037341")  # 17
    assert not could_be_uscc("91110000600037341LL")  # 19
    assert not could_be_uscc("9111000060003734-L")
    assert not could_be_uscc("９１110000600037341L")  # full-width digits are not ASCII


def test_codes_of_a_n_and_y_authorities_are_accepted_though_stdnum_rejects_them() -> None:
    for first in "ANY":
        first17 = first + "1" + "110000" + "MA01ABC2X"
        code = first17 + check_character(first17)
        assert is_valid_uscc(code)
        assert not stdnum_uscc.is_valid(code)  # the bug DESIGN §2 warns about


def test_known_real_code_is_valid() -> None:
    assert is_valid_uscc("91110000600037341L")


def test_letters_outside_the_alphabet_are_rejected() -> None:
    for bad in "IOSVZ":
        assert not is_valid_uscc("91110000600037341" + bad)


def test_wrong_length_and_shape_are_rejected() -> None:
    assert not is_valid_uscc("")
    assert not is_valid_uscc("91110000600037341")
    assert not is_valid_uscc("91110000600037341LL")
    assert not is_valid_uscc("0111000060003734" + "1L")  # first character 0
    assert not is_valid_uscc("91A10000600037341L")  # region must be digits


def test_input_is_normalised_by_removing_spaces_and_upper_casing() -> None:
    assert normalise_code(" 9111 0000 6000 3734 1l ") == "91110000600037341L"
    assert normalise_code("91110000600037341l\t") == "91110000600037341L"


def test_resident_id_numbers_are_checked_and_masked() -> None:
    assert is_valid_id_number("11010519491231002X")
    assert not is_valid_id_number("110105194912310021")
    assert mask_id_number("11010519491231002X") == "110105********002X"


def test_a_masked_number_keeps_only_the_first_6_and_last_4_characters() -> None:
    assert mask_id_number("USA310085031201") == "USA310*****1201"
    assert mask_id_number("ABCDEFGHIJK") == "ABCDEF*HIJK"  # 11 characters: one hidden
    assert mask_id_number("ABCDEFGHIJ") == "**********"  # 10 or fewer: nothing would be hidden, so all is
    assert mask_id_number("GBR12") == "*****"
    assert mask_id_number("") == ""


def test_region_code_is_six_digits_not_all_zero() -> None:
    assert is_valid_region_code("440305")
    assert is_valid_region_code("000001")
    for bad in ("000000", "44030", "4403050", "44030X", "", "４４0305", "44030²"):
        assert not is_valid_region_code(bad), bad


def test_region_prefix_is_2_4_or_6_digits() -> None:
    for good in ("44", "4403", "440305", "00"):
        assert is_valid_region_prefix(good), good
    for bad in ("", "4", "440", "44030", "4403050", "44A3", "44 3", "４４", "4²"):
        assert not is_valid_region_prefix(bad), bad
