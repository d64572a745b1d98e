"""Scalars checked at the edge: a Decimal, Date or DateTime the service could not carry is
BAD_USER_INPUT before any resolver runs, and nothing is stored (both databases: these
values reached each database differently, as 500s or as rows)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import document, error_codes, gql, key, regulator_key
from regulator_steps import Desk

from credit.api.scalars import _parse_decimal
from credit.store.models import CreditRecord

ACCIDENT = document("regulator/RecordAccident.graphql")
PENALTY = document("regulator/RecordPenalty.graphql")
PREMIUM = document("insurer/PremiumQuote.graphql")


def accident(code: str, **changes: Any) -> dict[str, Any]:
    base = {"code": code, "occurredOn": "2024-05-01", "deaths": 0, "seriousInjuries": 0,
            "directLossYuan": "1000.00", "description": "x"}
    return {"input": {**base, **changes}}


def penalty(code: str, **changes: Any) -> dict[str, Any]:
    base = {"code": code, "decisionNumber": "罚〔2024〕1号", "decidedOn": "2024-05-01", "violationType": "x",
            "legalBasis": "y", "fineYuan": "1.00", "description": ""}
    return {"input": {**base, **changes}}


BAD_DECIMALS = ["NaN", "Infinity", "-Infinity", "1e1000", "1e30", "1E5", "12345678901234567.00",
                "0.000000001", "", "abc", "1,000", True, [1]]


async def test_decimals_the_columns_cannot_hold_are_bad_input_and_nothing_is_stored(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(11)
    for bad in BAD_DECIMALS:
        for query, variables in ((ACCIDENT, accident(code, directLossYuan=bad)),
                                 (PENALTY, penalty(code, fineYuan=bad))):
            result = await gql(client, query, variables, token=desk.token)
            assert error_codes(result) == ["BAD_USER_INPUT"], (bad, result)
    assert await CreditRecord.all().count() == 0


async def test_the_largest_decimal_a_money_column_holds_is_stored_exactly(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(12)
    result = await gql(client, PENALTY, penalty(code, fineYuan="9999999999999999.99"), token=desk.token)
    assert result["data"]["recordPenalty"]["userErrors"] == [], result
    stored = await CreditRecord.get(kind="PENALTY")
    assert str(stored.fine_yuan) == "9999999999999999.99"


@pytest.mark.parametrize("bad", ["0001-01-01", "1949-09-30", "20260101", "2024-02-30", "2200-01-01",
                                 "2024-5-1", " 2024-05-01", 20240501])
async def test_dates_out_of_range_or_not_iso_are_bad_input(client, bad: Any) -> None:  # type: ignore[no-untyped-def]
    token = await regulator_key()
    result = await gql(client, ACCIDENT, accident("91440305K8PBRNYTPN", occurredOn=bad), token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"], result
    candidates = await gql(client, "query Q($d: Date) { listingCandidates(region: \"4403\", asOf: $d) { grounds } }",
                           {"d": bad}, token=token)
    assert error_codes(candidates) == ["BAD_USER_INPUT"]


async def test_the_founding_day_is_a_valid_date(client) -> None:  # type: ignore[no-untyped-def]
    token = await regulator_key()
    result = await gql(client, "query { listingCandidates(region: \"4403\", asOf: \"1949-10-01\") { grounds } }",
                       token=token)
    assert "errors" not in result, result


async def test_a_policy_start_in_basic_iso_form_is_refused_not_stored(client) -> None:  # type: ignore[no-untyped-def]
    token = await key("insurer")
    result = await gql(client, PREMIUM, {"code": "91440305K8PBRNYTPN", "baseRate": "0.0015",
                                         "policyStart": "20260101"}, token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("bad", ["0001-01-01T00:00:00+08:00", "9999-12-31T23:59:59-08:00", "2026-01-01T00:00:00"])
async def test_moments_out_of_range_or_without_offset_are_bad_input(client, bad: str) -> None:  # type: ignore[no-untyped-def]
    query = "query Q($at: DateTime) { restrictionCheck(codes: [\"x\"], domain: BIDDING, asOf: $at) { checkId } }"
    result = await gql(client, query, {"at": bad})
    assert error_codes(result) == ["BAD_USER_INPUT"]


def test_rates_keep_their_eight_decimals_and_numbers_are_read_as_written() -> None:
    assert str(_parse_decimal("0.00150000")) == "0.00150000"
    assert str(_parse_decimal(0.5)) == "0.5"
    assert str(_parse_decimal(12)) == "12"
    assert str(_parse_decimal("-3.25")) == "-3.25"  # NEGATIVE_VALUE is the service's refusal


async def test_a_cursor_naming_an_id_beyond_64_bits_is_bad_input(client) -> None:  # type: ignore[no-untyped-def]
    import base64

    cursor = base64.urlsafe_b64encode(b"id:" + b"9" * 30).decode()
    token = await key("admin")
    for query in ("query Q($a: String) { listings(after: $a) { totalCount } }",
                  'query Q($a: String) { auditTrail(code: "91440305K8PBRNYTPN", after: $a) { totalCount } }'):
        result = await gql(client, query, {"a": cursor}, token=token)
        assert error_codes(result) == ["BAD_USER_INPUT"], result


async def test_a_rule_set_name_longer_than_its_column_is_not_found_not_a_server_error(client) -> None:  # type: ignore[no-untyped-def]
    token = await key("insurer")
    query = """query Q($r: PremiumRuleSetInput) { premiumQuote(code: "91440305K8PBRNYTPN", baseRate: "0.0015",
               policyStart: "2026-01-01", ruleSet: $r) { factor } }"""
    for rule_set in ({"name": "n" * 3000}, {"version": "v" * 3000}):
        result = await gql(client, query, {"r": rule_set}, token=token)
        assert error_codes(result) == ["NOT_FOUND"], result
        assert "费率规则" in result["errors"][0]["message"]
