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


def normalise_code(raw: str) -> str:
    """Remove all whitespace and upper-case, as the contract asks for every input code."""
    # most codes arrive clean: skip the regex then (this runs 5,000 times per batch check)
    return raw.upper() if raw.isalnum() else _SPACES.sub("", raw).upper()


def check_character(first17: str) -> str:
    """The GB 32100 check character (position 18) for the first 17 characters.

    Computed here rather than by stdnum.cn.uscc.calc_check_digit: the same formula
    (tests/domain/test_codes.py compares them) at a quarter of the cost, on the hot path.
    """
    return ALPHABET[-sum(map(mul, map(_VALUE, first17), WEIGHTS)) % 31]


def could_be_uscc(code: str) -> bool:
    """What every valid code is (normalised): 18 ASCII letters or digits. Cheap, so a batch
    can be looked up while the check characters are still being worked out; never a reason
    to accept a code (``is_valid_uscc`` decides)."""
    return len(code) == 18 and code.isascii() and code.isalnum()


@lru_cache(maxsize=1 << 16)
def is_valid_uscc(code: str) -> bool:
    """True for a well-formed code with a correct check character (already normalised).

    Cached: platforms check the same bidders again and again, and a batch of 5,000 codes
    spent a millisecond here.
    """
    if len(code) != 18 or _SHAPE.fullmatch(code) is None:
        return False
    return check_character(code[:17]) == code[17]


def is_valid_region_code(region: str) -> bool:
    """A GB/T 2260 division code: six digits, not all zero."""
    # isascii: str.isdigit alone takes full-width digits (４４０３０５) and superscripts
    return len(region) == 6 and region.isascii() and region.isdigit() and region != "000000"


def is_valid_region_prefix(prefix: str) -> bool:
    """A regulator's region: 2, 4 or 6 leading digits of a division code."""
    return len(prefix) in (2, 4, 6) and prefix.isascii() and prefix.isdigit()


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


def is_valid_id_number(number: str, today: date | None = None) -> bool:
    """A 公民身份号码 by the contract's rule (already normalised); ``today`` is China's."""
    return _is_gb11643(number, today)


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


def is_checkable_id_number(number: str, today: date | None = None) -> bool:
    """A number a person check can answer for (already normalised).

    A check gets numbers without their document type: a 公民身份号码 by the contract's rule
    (the 港澳台居民居住证 and the 2023 永居证 share its form and check character), or a
    2017 永居证 (3 letters and 12 digits). Not passport numbers: any 8 to 18 letters and
    digits fit their form, so a mistyped number would read CLEAR instead of
    INVALID_ID_NUMBER.
    """
    return _is_gb11643(number, today) or _FOREIGN_2017.fullmatch(number) is not None


def normalise_id_number(number: str) -> str:
    """Remove all whitespace and upper-case (a trailing x is the check character X)."""
    # most numbers arrive clean: skip the regex then (a person check runs this 5,000 times)
    return number.upper() if number.isalnum() else _SPACES.sub("", number).upper()


def mask_id_number(number: str) -> str:
    """Shown to everyone but the owning region's regulators: first 6 and last 4 kept."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
