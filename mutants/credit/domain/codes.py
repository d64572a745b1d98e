"""Identity codes: 统一社会信用代码 (USCC, GB 32100-2015) and persons' ID documents
(公民身份号码 GB 11643, 港澳台居民居住证, 外国人永久居留身份证, passports).

python-stdnum's ``cn.uscc`` computes the right check character but rejects every
code whose first eight characters are not digits, i.e. all codes registered by the
A, N and Y authorities. We do the format check ourselves and compute the check
character with the same formula (tests compare it with stdnum's).
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from functools import lru_cache
from operator import mul

from stdnum.cn import ric

from credit.domain.calendar import china_today
from credit.domain.errors import Refusal

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
#: Position 1: registration authority (登记管理部门).
AUTHORITY_CHARS = "123456789ANY"

_SHAPE = re.compile(r"[1-9ANY][0-9A-HJ-NP-RTUWXY][0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}")
_SPACES = re.compile(r"\s+")
_VALUE = {c: i for i, c in enumerate(ALPHABET)}.__getitem__


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_normalise_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise_code__mutmut)
def normalise_code(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub("", raw).upper()


def x_normalise_code__mutmut_orig(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub("", raw).upper()


def x_normalise_code__mutmut_1(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if (raw.isalnum()) and False else _SPACES.sub("", raw).upper()


def x_normalise_code__mutmut_2(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if (raw.isalnum()) or True else _SPACES.sub("", raw).upper()


def x_normalise_code__mutmut_3(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.lower() if raw.isalnum() else _SPACES.sub("", raw).upper()


def x_normalise_code__mutmut_4(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub("", raw).lower()


def x_normalise_code__mutmut_5(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub(None, raw).upper()


def x_normalise_code__mutmut_6(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub("", None).upper()


def x_normalise_code__mutmut_7(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub(raw).upper()


def x_normalise_code__mutmut_8(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub("", ).upper()


def x_normalise_code__mutmut_9(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub("XXXX", raw).upper()

mutants_x_normalise_code__mutmut['_mutmut_orig'] = x_normalise_code__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_1'] = x_normalise_code__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_2'] = x_normalise_code__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_3'] = x_normalise_code__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_4'] = x_normalise_code__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_5'] = x_normalise_code__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_6'] = x_normalise_code__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_7'] = x_normalise_code__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_8'] = x_normalise_code__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalise_code__mutmut['x_normalise_code__mutmut_9'] = x_normalise_code__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_character__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_character__mutmut)
def check_character(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, first17), WEIGHTS)) % 31]


def x_check_character__mutmut_orig(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, first17), WEIGHTS)) % 31]


def x_check_character__mutmut_1(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, first17), WEIGHTS)) / 31]


def x_check_character__mutmut_2(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[+sum(map(mul, map(_VALUE, first17), WEIGHTS)) % 31]


def x_check_character__mutmut_3(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(None) % 31]


def x_check_character__mutmut_4(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(None, map(_VALUE, first17), WEIGHTS)) % 31]


def x_check_character__mutmut_5(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, None, WEIGHTS)) % 31]


def x_check_character__mutmut_6(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, first17), None)) % 31]


def x_check_character__mutmut_7(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(map(_VALUE, first17), WEIGHTS)) % 31]


def x_check_character__mutmut_8(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, WEIGHTS)) % 31]


def x_check_character__mutmut_9(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, first17), )) % 31]


def x_check_character__mutmut_10(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(None, first17), WEIGHTS)) % 31]


def x_check_character__mutmut_11(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, None), WEIGHTS)) % 31]


def x_check_character__mutmut_12(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(first17), WEIGHTS)) % 31]


def x_check_character__mutmut_13(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, ), WEIGHTS)) % 31]


def x_check_character__mutmut_14(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, first17), WEIGHTS)) % 32]

mutants_x_check_character__mutmut['_mutmut_orig'] = x_check_character__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_1'] = x_check_character__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_2'] = x_check_character__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_3'] = x_check_character__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_4'] = x_check_character__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_5'] = x_check_character__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_6'] = x_check_character__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_7'] = x_check_character__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_8'] = x_check_character__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_9'] = x_check_character__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_10'] = x_check_character__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_11'] = x_check_character__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_12'] = x_check_character__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_13'] = x_check_character__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_character__mutmut['x_check_character__mutmut_14'] = x_check_character__mutmut_14 # type: ignore # mutmut generated


@lru_cache(maxsize=1 << 16)
def is_valid_uscc(code: str) -> bool:
    """True for a well-formed code with a correct check character (already normalised).

    Cached: platforms check the same bidders again and again, and a batch of 5,000 codes
    spent a millisecond here.
    """
    if len(code) != 18 or _SHAPE.fullmatch(code) is None:
        return False
    return check_character(code[:17]) == code[17]
mutants_x_is_valid_region_code__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid_region_code__mutmut)
def is_valid_region_code(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 and region.isascii() and region.isdigit() and region != "000000"


def x_is_valid_region_code__mutmut_orig(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 and region.isascii() and region.isdigit() and region != "000000"


def x_is_valid_region_code__mutmut_1(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 and region.isascii() and region.isdigit() or region != "000000"


def x_is_valid_region_code__mutmut_2(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 and region.isascii() or region.isdigit() and region != "000000"


def x_is_valid_region_code__mutmut_3(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 or region.isascii() and region.isdigit() and region != "000000"


def x_is_valid_region_code__mutmut_4(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) != 6 and region.isascii() and region.isdigit() and region != "000000"


def x_is_valid_region_code__mutmut_5(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 7 and region.isascii() and region.isdigit() and region != "000000"


def x_is_valid_region_code__mutmut_6(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 and region.isascii() and region.isdigit() and region == "000000"


def x_is_valid_region_code__mutmut_7(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 and region.isascii() and region.isdigit() and region != "XX000000XX"

mutants_x_is_valid_region_code__mutmut['_mutmut_orig'] = x_is_valid_region_code__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_valid_region_code__mutmut['x_is_valid_region_code__mutmut_1'] = x_is_valid_region_code__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_valid_region_code__mutmut['x_is_valid_region_code__mutmut_2'] = x_is_valid_region_code__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_valid_region_code__mutmut['x_is_valid_region_code__mutmut_3'] = x_is_valid_region_code__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_valid_region_code__mutmut['x_is_valid_region_code__mutmut_4'] = x_is_valid_region_code__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_valid_region_code__mutmut['x_is_valid_region_code__mutmut_5'] = x_is_valid_region_code__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_valid_region_code__mutmut['x_is_valid_region_code__mutmut_6'] = x_is_valid_region_code__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_valid_region_code__mutmut['x_is_valid_region_code__mutmut_7'] = x_is_valid_region_code__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_valid_region_prefix__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid_region_prefix__mutmut)
def is_valid_region_prefix(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (2, 4, 6) and prefix.isascii() and prefix.isdigit()


def x_is_valid_region_prefix__mutmut_orig(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (2, 4, 6) and prefix.isascii() and prefix.isdigit()


def x_is_valid_region_prefix__mutmut_1(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (2, 4, 6) and prefix.isascii() or prefix.isdigit()


def x_is_valid_region_prefix__mutmut_2(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (2, 4, 6) or prefix.isascii() and prefix.isdigit()


def x_is_valid_region_prefix__mutmut_3(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) not in (2, 4, 6) and prefix.isascii() and prefix.isdigit()


def x_is_valid_region_prefix__mutmut_4(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (3, 4, 6) and prefix.isascii() and prefix.isdigit()


def x_is_valid_region_prefix__mutmut_5(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (2, 5, 6) and prefix.isascii() and prefix.isdigit()


def x_is_valid_region_prefix__mutmut_6(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (2, 4, 7) and prefix.isascii() and prefix.isdigit()

mutants_x_is_valid_region_prefix__mutmut['_mutmut_orig'] = x_is_valid_region_prefix__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_valid_region_prefix__mutmut['x_is_valid_region_prefix__mutmut_1'] = x_is_valid_region_prefix__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_valid_region_prefix__mutmut['x_is_valid_region_prefix__mutmut_2'] = x_is_valid_region_prefix__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_valid_region_prefix__mutmut['x_is_valid_region_prefix__mutmut_3'] = x_is_valid_region_prefix__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_valid_region_prefix__mutmut['x_is_valid_region_prefix__mutmut_4'] = x_is_valid_region_prefix__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_valid_region_prefix__mutmut['x_is_valid_region_prefix__mutmut_5'] = x_is_valid_region_prefix__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_valid_region_prefix__mutmut['x_is_valid_region_prefix__mutmut_6'] = x_is_valid_region_prefix__mutmut_6 # type: ignore # mutmut generated


class IdType(StrEnum):
    """证件类型: the documents a principal or listed person may hold."""

    RESIDENT_ID = "RESIDENT_ID"  # 居民身份证 (公民身份号码, GB 11643)
    HKMOTW_RESIDENCE_PERMIT = "HKMOTW_RESIDENCE_PERMIT"  # 港澳台居民居住证
    FOREIGN_PERMANENT_RESIDENCE = "FOREIGN_PERMANENT_RESIDENCE"  # 外国人永久居留身份证
    PASSPORT = "PASSPORT"  # 护照


_GB11643 = re.compile(r"[0-9]{17}[0-9X]")
#: 港澳台居民居住证 carry the area code of Hong Kong, Macao or Taiwan in place of a county
_HKMOTW_AREAS = frozenset({"810000", "820000", "830000"})
# 外国人永久居留身份证: the 2017 card's 15 characters are 3 letters (nationality) and 12
# digits; the card issued from 2023-12-01 has 18, in the 公民身份号码 form with a leading
# 9 and the same MOD 11-2 check character (国家移民管理局, 新版外国人永久居留身份证机读信息
# 规则(2023版), §二.2–3). Both are in use.
_FOREIGN_2017 = re.compile(r"[A-Z]{3}[0-9]{12}")
# passport: the issuing state's 3-letter code (ICAO 9303 / ISO 3166-1 alpha-3, e.g. USA,
# DEU) then the document number, letters and digits only. ICAO's number field is 9
# characters; up to 15 leaves room for national forms and fits the 18-character column.
_PASSPORT = re.compile(r"[A-Z]{3}[0-9A-Z]{5,15}")
mutants_x__is_gb11643__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_gb11643__mutmut)
def _is_gb11643(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_orig(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_1(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(None) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_2(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is not None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_3(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return True
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_4(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(None) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_5(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) == number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_6(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[18]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_7(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return True
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_8(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = None
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_9(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(None, int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_10(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), None, int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_11(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), None)
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_12(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_13(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_14(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), )
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_15(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(None), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_16(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[7:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_17(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:11]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_18(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(None), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_19(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[11:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_20(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:13]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_21(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(None))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_22(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[13:14]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_23(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:15]))
    except ValueError:
        return False
    return born <= (today or china_today())


def x__is_gb11643__mutmut_24(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return True
    return born <= (today or china_today())


def x__is_gb11643__mutmut_25(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born < (today or china_today())


def x__is_gb11643__mutmut_26(number: str, today: date | None) -> bool:
    """17 digits then a digit or X, the MOD 11-2 check character, and a real birth date
    (positions 7–14) not after today. The area code is deliberately not looked up: a number
    keeps the code of the place it was first issued, often a county created after the birth
    (stdnum.cn.ric.validate refuses those; its check-digit function is fine)."""
    if _GB11643.fullmatch(number) is None:
        return False
    if ric.calc_check_digit(number) != number[17]:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= (today and china_today())

mutants_x__is_gb11643__mutmut['_mutmut_orig'] = x__is_gb11643__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_1'] = x__is_gb11643__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_2'] = x__is_gb11643__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_3'] = x__is_gb11643__mutmut_3 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_4'] = x__is_gb11643__mutmut_4 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_5'] = x__is_gb11643__mutmut_5 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_6'] = x__is_gb11643__mutmut_6 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_7'] = x__is_gb11643__mutmut_7 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_8'] = x__is_gb11643__mutmut_8 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_9'] = x__is_gb11643__mutmut_9 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_10'] = x__is_gb11643__mutmut_10 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_11'] = x__is_gb11643__mutmut_11 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_12'] = x__is_gb11643__mutmut_12 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_13'] = x__is_gb11643__mutmut_13 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_14'] = x__is_gb11643__mutmut_14 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_15'] = x__is_gb11643__mutmut_15 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_16'] = x__is_gb11643__mutmut_16 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_17'] = x__is_gb11643__mutmut_17 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_18'] = x__is_gb11643__mutmut_18 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_19'] = x__is_gb11643__mutmut_19 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_20'] = x__is_gb11643__mutmut_20 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_21'] = x__is_gb11643__mutmut_21 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_22'] = x__is_gb11643__mutmut_22 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_23'] = x__is_gb11643__mutmut_23 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_24'] = x__is_gb11643__mutmut_24 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_25'] = x__is_gb11643__mutmut_25 # type: ignore # mutmut generated
mutants_x__is_gb11643__mutmut['x__is_gb11643__mutmut_26'] = x__is_gb11643__mutmut_26 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid_id_number__mutmut)
def is_valid_id_number(number: str, today: date | None = None) -> bool:
    """A 公民身份号码 by the contract's rule (already normalised); ``today`` is China's."""
    return _is_gb11643(number, today)


def x_is_valid_id_number__mutmut_orig(number: str, today: date | None = None) -> bool:
    """A 公民身份号码 by the contract's rule (already normalised); ``today`` is China's."""
    return _is_gb11643(number, today)


def x_is_valid_id_number__mutmut_1(number: str, today: date | None = None) -> bool:
    """A 公民身份号码 by the contract's rule (already normalised); ``today`` is China's."""
    return _is_gb11643(None, today)


def x_is_valid_id_number__mutmut_2(number: str, today: date | None = None) -> bool:
    """A 公民身份号码 by the contract's rule (already normalised); ``today`` is China's."""
    return _is_gb11643(number, None)


def x_is_valid_id_number__mutmut_3(number: str, today: date | None = None) -> bool:
    """A 公民身份号码 by the contract's rule (already normalised); ``today`` is China's."""
    return _is_gb11643(today)


def x_is_valid_id_number__mutmut_4(number: str, today: date | None = None) -> bool:
    """A 公民身份号码 by the contract's rule (already normalised); ``today`` is China's."""
    return _is_gb11643(number, )

mutants_x_is_valid_id_number__mutmut['_mutmut_orig'] = x_is_valid_id_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_1'] = x_is_valid_id_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_2'] = x_is_valid_id_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_3'] = x_is_valid_id_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_valid_id_number__mutmut['x_is_valid_id_number__mutmut_4'] = x_is_valid_id_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_person_id__mutmut)
def validate_person_id(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_orig(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_1(id_type: IdType, raw: str, field: str | None = "XXidNumberXX",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_2(id_type: IdType, raw: str, field: str | None = "idnumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_3(id_type: IdType, raw: str, field: str | None = "IDNUMBER",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_4(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = None
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_5(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(None)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_6(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is not IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_7(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = None
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_8(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(None, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_9(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, None)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_10(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_11(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, )
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_12(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is not IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_13(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = None
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_14(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS or _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_15(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:7] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_16(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] not in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_17(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(None, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_18(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, None)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_19(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_20(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, )
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_21(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is not IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_22(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = None
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_23(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None and (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_24(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(None) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_25(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_26(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" or _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_27(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:2] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_28(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] != "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_29(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "XX9XX" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_30(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(None, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_31(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, None)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_32(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_33(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, )))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_34(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_35(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(None) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_36(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_37(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if valid:
        raise Refusal("INVALID_ID_NUMBER", field)
    return number


def x_validate_person_id__mutmut_38(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal(None, field)
    return number


def x_validate_person_id__mutmut_39(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", None)
    return number


def x_validate_person_id__mutmut_40(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal(field)
    return number


def x_validate_person_id__mutmut_41(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("INVALID_ID_NUMBER", )
    return number


def x_validate_person_id__mutmut_42(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("XXINVALID_ID_NUMBERXX", field)
    return number


def x_validate_person_id__mutmut_43(id_type: IdType, raw: str, field: str | None = "idNumber",
                       today: date | None = None) -> str:
    """The normalised number of a person's document, or Refusal INVALID_ID_NUMBER on ``field``."""
    number = normalise_id_number(raw)
    if id_type is IdType.RESIDENT_ID:
        valid = _is_gb11643(number, today)
    elif id_type is IdType.HKMOTW_RESIDENCE_PERMIT:
        valid = number[:6] in _HKMOTW_AREAS and _is_gb11643(number, today)
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE:
        valid = (_FOREIGN_2017.fullmatch(number) is not None
                 or (number[:1] == "9" and _is_gb11643(number, today)))
    else:
        valid = _PASSPORT.fullmatch(number) is not None
    if not valid:
        raise Refusal("invalid_id_number", field)
    return number

mutants_x_validate_person_id__mutmut['_mutmut_orig'] = x_validate_person_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_1'] = x_validate_person_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_2'] = x_validate_person_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_3'] = x_validate_person_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_4'] = x_validate_person_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_5'] = x_validate_person_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_6'] = x_validate_person_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_7'] = x_validate_person_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_8'] = x_validate_person_id__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_9'] = x_validate_person_id__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_10'] = x_validate_person_id__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_11'] = x_validate_person_id__mutmut_11 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_12'] = x_validate_person_id__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_13'] = x_validate_person_id__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_14'] = x_validate_person_id__mutmut_14 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_15'] = x_validate_person_id__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_16'] = x_validate_person_id__mutmut_16 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_17'] = x_validate_person_id__mutmut_17 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_18'] = x_validate_person_id__mutmut_18 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_19'] = x_validate_person_id__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_20'] = x_validate_person_id__mutmut_20 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_21'] = x_validate_person_id__mutmut_21 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_22'] = x_validate_person_id__mutmut_22 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_23'] = x_validate_person_id__mutmut_23 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_24'] = x_validate_person_id__mutmut_24 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_25'] = x_validate_person_id__mutmut_25 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_26'] = x_validate_person_id__mutmut_26 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_27'] = x_validate_person_id__mutmut_27 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_28'] = x_validate_person_id__mutmut_28 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_29'] = x_validate_person_id__mutmut_29 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_30'] = x_validate_person_id__mutmut_30 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_31'] = x_validate_person_id__mutmut_31 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_32'] = x_validate_person_id__mutmut_32 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_33'] = x_validate_person_id__mutmut_33 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_34'] = x_validate_person_id__mutmut_34 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_35'] = x_validate_person_id__mutmut_35 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_36'] = x_validate_person_id__mutmut_36 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_37'] = x_validate_person_id__mutmut_37 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_38'] = x_validate_person_id__mutmut_38 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_39'] = x_validate_person_id__mutmut_39 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_40'] = x_validate_person_id__mutmut_40 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_41'] = x_validate_person_id__mutmut_41 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_42'] = x_validate_person_id__mutmut_42 # type: ignore # mutmut generated
mutants_x_validate_person_id__mutmut['x_validate_person_id__mutmut_43'] = x_validate_person_id__mutmut_43 # type: ignore # mutmut generated
mutants_x_normalise_id_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise_id_number__mutmut)
def normalise_id_number(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub("", number).upper()


def x_normalise_id_number__mutmut_orig(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub("", number).upper()


def x_normalise_id_number__mutmut_1(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub("", number).lower()


def x_normalise_id_number__mutmut_2(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub(None, number).upper()


def x_normalise_id_number__mutmut_3(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub("", None).upper()


def x_normalise_id_number__mutmut_4(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub(number).upper()


def x_normalise_id_number__mutmut_5(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub("", ).upper()


def x_normalise_id_number__mutmut_6(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    return _SPACES.sub("XXXX", number).upper()

mutants_x_normalise_id_number__mutmut['_mutmut_orig'] = x_normalise_id_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise_id_number__mutmut['x_normalise_id_number__mutmut_1'] = x_normalise_id_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalise_id_number__mutmut['x_normalise_id_number__mutmut_2'] = x_normalise_id_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalise_id_number__mutmut['x_normalise_id_number__mutmut_3'] = x_normalise_id_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalise_id_number__mutmut['x_normalise_id_number__mutmut_4'] = x_normalise_id_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalise_id_number__mutmut['x_normalise_id_number__mutmut_5'] = x_normalise_id_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalise_id_number__mutmut['x_normalise_id_number__mutmut_6'] = x_normalise_id_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask_id_number__mutmut)
def mask_id_number(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_orig(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_1(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) < 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_2(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 11:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_3(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" / len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_4(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "XX*XX" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_5(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) - number[-4:]


def x_mask_id_number__mutmut_6(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] - "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_7(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:7] + "*" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_8(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" / (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_9(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "XX*XX" * (len(number) - 10) + number[-4:]


def x_mask_id_number__mutmut_10(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) + 10) + number[-4:]


def x_mask_id_number__mutmut_11(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 11) + number[-4:]


def x_mask_id_number__mutmut_12(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[+4:]


def x_mask_id_number__mutmut_13(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-5:]

mutants_x_mask_id_number__mutmut['_mutmut_orig'] = x_mask_id_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_1'] = x_mask_id_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_2'] = x_mask_id_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_3'] = x_mask_id_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_4'] = x_mask_id_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_5'] = x_mask_id_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_6'] = x_mask_id_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_7'] = x_mask_id_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_8'] = x_mask_id_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_9'] = x_mask_id_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_10'] = x_mask_id_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_11'] = x_mask_id_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_12'] = x_mask_id_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask_id_number__mutmut['x_mask_id_number__mutmut_13'] = x_mask_id_number__mutmut_13 # type: ignore # mutmut generated
