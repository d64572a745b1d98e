"""Persons' ID documents: 公民身份号码 by the contract's rule (GB 11643 check character and
a real birth date, area code not looked up), 港澳台居民居住证, 外国人永久居留身份证 (2017
and 2023 cards) and passports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from stdnum.cn import ric

from credit.domain.calendar import china_today
from credit.domain.codes import (
    IdType,
    is_checkable_id_number,
    is_valid_id_number,
    normalise_id_number,
    validate_person_id,
)
from credit.domain.errors import Refusal

TODAY = date(2026, 6, 15)


def with_check(first17: str) -> str:
    """A number with its GB 11643 (MOD 11-2) check character, computed by stdnum."""
    return first17 + ric.calc_check_digit(first17 + "0")


def valid(id_type: IdType, raw: str, today: date = TODAY) -> bool:
    try:
        validate_person_id(id_type, raw, today=today)
    except Refusal:
        return False
    return True


# --------------------------------------------------------------------- 公民身份号码


def test_number_whose_county_postdates_birth_is_valid() -> None:
    # 350111 晋安区 exists since 1983; born 1960, the number keeps the code it was issued under
    assert is_valid_id_number("350111196002276951")
    assert validate_person_id(IdType.RESIDENT_ID, "350111196002276951") == "350111196002276951"
    assert not ric.is_valid("350111196002276951")  # the stdnum rule the contract rejects


def test_number_with_its_check_character_is_valid() -> None:
    assert is_valid_id_number("11010519491231002X")
    assert is_valid_id_number("350111196002276951")


@pytest.mark.parametrize("check", "0123456789X")
def test_any_other_check_character_is_refused(check: str) -> None:
    number = "350111196002276951"
    assert is_valid_id_number(number[:17] + check) is (check == "1")
    number = "11010519491231002X"
    assert is_valid_id_number(number[:17] + check) is (check == "X")


@pytest.mark.parametrize("birth", ["19490231", "19491301", "19490001", "19490100", "19490132", "20230229"])
def test_birth_date_that_does_not_exist_is_refused(birth: str) -> None:
    assert not is_valid_id_number(with_check("110105" + birth + "002"), TODAY)


def test_birth_dates_at_the_ends_of_months_and_leap_days_are_valid() -> None:
    for birth in ("19491231", "20240229", "19000101", "20000229", "19490131"):
        assert is_valid_id_number(with_check("110105" + birth + "002"), TODAY), birth


def test_birth_date_after_today_is_refused_and_today_is_not() -> None:
    born_today = with_check("110105" + TODAY.strftime("%Y%m%d") + "002")
    born_tomorrow = with_check("110105" + (TODAY + timedelta(days=1)).strftime("%Y%m%d") + "002")
    assert is_valid_id_number(born_today, TODAY)
    assert not is_valid_id_number(born_tomorrow, TODAY)
    assert valid(IdType.RESIDENT_ID, born_today) and not valid(IdType.RESIDENT_ID, born_tomorrow)


def test_a_person_check_judges_the_birth_date_by_the_day_it_is_given() -> None:
    far = date(2090, 1, 1)  # after any day this test runs on
    born = with_check("110105" + far.strftime("%Y%m%d") + "002")
    assert is_checkable_id_number(born, far)
    assert not is_checkable_id_number(born, far - timedelta(days=1))


def test_today_is_china_today_when_not_given() -> None:
    tomorrow = china_today() + timedelta(days=1)
    assert not is_valid_id_number(with_check("110105" + tomorrow.strftime("%Y%m%d") + "002"))
    assert is_valid_id_number(with_check("110105" + china_today().strftime("%Y%m%d") + "002"))
    with pytest.raises(Refusal):
        validate_person_id(IdType.RESIDENT_ID, with_check("110105" + tomorrow.strftime("%Y%m%d") + "002"))


@pytest.mark.parametrize("bad", [
    "35011119600227695",  # 17 characters
    "3501111960022769511",  # 19
    "35011119600227695X1",
    "3501111960022769X1",  # X only as the last character
    "35011A196002276951",
    "",
    "350111196002276951 ",  # is_valid_id_number takes a normalised number
    "３５0111196002276951",  # full-width digits are not digits here
])
def test_shape_is_17_digits_then_a_digit_or_x(bad: str) -> None:
    assert not is_valid_id_number(bad)
    if not bad.endswith(" "):
        assert not valid(IdType.RESIDENT_ID, bad)


def test_input_is_normalised_by_removing_whitespace_and_upper_casing() -> None:
    assert normalise_id_number(" 1101 0519\t491231002x\u3000") == "11010519491231002X"
    assert validate_person_id(IdType.RESIDENT_ID, " 110105 19491231 002x\n") == "11010519491231002X"


def test_refusal_names_the_callers_field_and_no_number() -> None:
    with pytest.raises(Refusal) as refused:
        validate_person_id(IdType.RESIDENT_ID, "110105194912310021", "principal.idNumber")
    assert (refused.value.code, refused.value.field, refused.value.first.detail) == (
        "INVALID_ID_NUMBER", "principal.idNumber", None)
    with pytest.raises(Refusal) as default:
        validate_person_id(IdType.PASSPORT, "x")
    assert default.value.field == "idNumber"
    assert "证件号码" in default.value.message


# --------------------------------------------------------------------- 港澳台居民居住证


@pytest.mark.parametrize("area", ["810000", "820000", "830000"])
def test_residence_permit_of_hong_kong_macao_or_taiwan_is_valid(area: str) -> None:
    number = with_check(area + "19900101" + "123")
    assert valid(IdType.HKMOTW_RESIDENCE_PERMIT, number)
    assert validate_person_id(IdType.HKMOTW_RESIDENCE_PERMIT, number.lower()) == number


@pytest.mark.parametrize("area", ["810001", "840000", "110105", "081000", "910000"])
def test_residence_permit_needs_area_code_81_82_or_83_0000(area: str) -> None:
    assert not valid(IdType.HKMOTW_RESIDENCE_PERMIT, with_check(area + "19900101" + "123"))


def test_residence_permit_is_checked_like_a_resident_number() -> None:
    number = with_check("810000" + "19900101" + "123")
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    assert not valid(IdType.HKMOTW_RESIDENCE_PERMIT, wrong)
    assert not valid(IdType.HKMOTW_RESIDENCE_PERMIT, with_check("810000" + "19900230" + "123"))
    born_tomorrow = with_check("820000" + (TODAY + timedelta(days=1)).strftime("%Y%m%d") + "123")
    assert not valid(IdType.HKMOTW_RESIDENCE_PERMIT, born_tomorrow)
    assert not valid(IdType.HKMOTW_RESIDENCE_PERMIT, number[:17])


# --------------------------------------------------------------------- 外国人永久居留身份证


def test_permanent_residence_card_of_2017_is_3_letters_and_12_digits() -> None:
    assert valid(IdType.FOREIGN_PERMANENT_RESIDENCE, "USA310085031201")
    assert validate_person_id(IdType.FOREIGN_PERMANENT_RESIDENCE, " usa 3100 8503 1201") == "USA310085031201"
    for bad in ("US3100850312011", "USA31008503120", "USA3100850312011", "USA31008503120X", "U5A310085031201",
                "USAB10085031201"):
        assert not valid(IdType.FOREIGN_PERMANENT_RESIDENCE, bad), bad


def test_permanent_residence_card_of_2023_is_a_9_and_a_gb11643_number() -> None:
    # 9, 受理地 (2 digits), nationality (3 digits), birth date, sequence, MOD 11-2 check
    number = with_check("9" + "31" + "840" + "19850312" + "001")
    assert valid(IdType.FOREIGN_PERMANENT_RESIDENCE, number)
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    assert not valid(IdType.FOREIGN_PERMANENT_RESIDENCE, wrong)
    assert not valid(IdType.FOREIGN_PERMANENT_RESIDENCE, with_check("9" + "31" + "840" + "19850230" + "001"))
    born_tomorrow = with_check("9" + "31" + "840" + (TODAY + timedelta(days=1)).strftime("%Y%m%d") + "001")
    assert not valid(IdType.FOREIGN_PERMANENT_RESIDENCE, born_tomorrow)


def test_permanent_residence_card_of_2023_must_start_with_9() -> None:
    resident = with_check("8" + "31" + "840" + "19850312" + "001")
    assert valid(IdType.RESIDENT_ID, resident)
    assert not valid(IdType.FOREIGN_PERMANENT_RESIDENCE, resident)
    assert not valid(IdType.FOREIGN_PERMANENT_RESIDENCE, "350111196002276951")


# --------------------------------------------------------------------- passports


def test_passport_is_issuing_state_and_number() -> None:
    assert validate_person_id(IdType.PASSPORT, "USA E1234567 8") == "USAE12345678"
    assert validate_person_id(IdType.PASSPORT, "deu c01x00t47") == "DEUC01X00T47"
    assert valid(IdType.PASSPORT, "GBR" + "1" * 5)  # shortest number: 5 characters
    assert valid(IdType.PASSPORT, "CHN" + "E" * 15)  # longest: 15, 18 in all


@pytest.mark.parametrize("bad", [
    "GBR1234",  # number of 4 characters
    "CHN" + "E" * 16,  # 19 characters in all
    "US123456789",  # issuing state is 3 letters
    "U1A123456789",
    "USA12345-678",  # letters and digits only
    "USA1234567<<",
    "",
])
def test_passport_of_another_shape_is_refused(bad: str) -> None:
    assert not valid(IdType.PASSPORT, bad)


def test_passport_number_has_no_check_character() -> None:
    assert valid(IdType.PASSPORT, "USA000000000")
    assert valid(IdType.PASSPORT, "USA000000001")


def test_a_resident_number_is_no_passport_and_a_passport_no_resident_number() -> None:
    assert not valid(IdType.PASSPORT, "350111196002276951")  # no issuing state
    assert not valid(IdType.RESIDENT_ID, "USAE12345678")
    assert not valid(IdType.HKMOTW_RESIDENCE_PERMIT, "350111196002276951")


def test_id_types_are_the_documents_principals_hold() -> None:
    assert [t.value for t in IdType] == [
        "RESIDENT_ID", "HKMOTW_RESIDENCE_PERMIT", "FOREIGN_PERMANENT_RESIDENCE", "PASSPORT"]
    assert IdType("PASSPORT") is IdType.PASSPORT
