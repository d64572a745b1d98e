"""Refusals (credit.domain.errors): one coded error, its Chinese message for people, and how
it is answered when it cannot be a ``userErrors`` entry."""

from __future__ import annotations

import pytest

from credit.domain.errors import ACCESS_CODES, CODES, MESSAGES, Answer, Refusal, Violation


def test_a_message_is_the_codes_chinese_text_and_the_detail_after_it() -> None:
    assert Violation("REPAIR_TOO_EARLY", "appliedOn").message == "列入满12个月后方可申请信用修复"
    assert Violation("REPAIR_TOO_EARLY", "appliedOn", "最早可于2023-01-17申请").message == (
        "列入满12个月后方可申请信用修复:最早可于2023-01-17申请"
    )
    assert Violation("SOMETHING_NEW").message == "SOMETHING_NEW"  # a code without a text reads as itself


def test_a_code_is_answered_by_its_table_entry_and_an_unknown_one_as_bad_input() -> None:
    assert Violation("LISTING_NOT_FOUND").answer is Answer.NOT_FOUND
    assert Violation("FORBIDDEN").answer is Answer.FORBIDDEN
    assert Violation("SOMETHING_NEW").answer is Answer.BAD_USER_INPUT
    assert all(code in MESSAGES for code in CODES) and set(CODES) >= ACCESS_CODES


def test_a_refusal_of_several_violations_reads_as_its_first_and_says_them_all() -> None:
    refusal = Refusal.of([
        Violation("REQUIRED", "reason"),
        Violation("DATE_IN_FUTURE", "decidedOn", "2099-01-01"),
    ])
    assert (refusal.code, refusal.field, refusal.message) == ("REQUIRED", "reason", "必填项不能为空")
    assert refusal.answer is Answer.BAD_USER_INPUT
    assert [v.code for v in refusal.violations] == ["REQUIRED", "DATE_IN_FUTURE"]
    assert str(refusal) == "REQUIRED: 必填项不能为空; DATE_IN_FUTURE: 日期不能晚于今天(北京时间):2099-01-01"
    assert not refusal.is_access


def test_a_refusal_needs_a_violation() -> None:
    with pytest.raises(ValueError, match="^a refusal needs at least one violation$"):
        Refusal.of([])


def test_access_failures_are_never_user_errors() -> None:
    assert Refusal("FORBIDDEN").is_access
    assert Refusal.of([Violation("REQUIRED", "reason"), Violation("UNAUTHENTICATED")]).is_access
    assert not Refusal("NOT_FOUND").is_access
