"""The insurers' PremiumQuote document, sent exactly as written, over POST /graphql."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import httpx
from helpers import document, error_codes, gql, key, make_code, regulator_key

from credit.rules import read_rule_file
from credit.services import records
from credit.services.auth import authenticate

PREMIUM_QUOTE = document("insurer/PremiumQuote.graphql")

QUOTE_BY_ID = """
query Stored($id: ID!) {
  quote(id: $id) { quoteId code factor adjustedRate baseRate policyStart
                   ruleSet { name version } adjustments { rule description delta } }
}
"""

PORTFOLIO = """
query Portfolio($codes: [String!]!, $baseRate: Decimal!, $policyStart: Date!, $ruleSet: PremiumRuleSetInput) {
  premiumQuotes(codes: $codes, baseRate: $baseRate, policyStart: $policyStart, ruleSet: $ruleSet) {
    code status quote { quoteId factor ruleSet { version } }
  }
}
"""

PUBLISH = """
mutation Publish($toml: String!) {
  publishPremiumRuleSet(toml: $toml) { ruleSet { name version } userErrors { field code message } }
}
"""


async def enterprise_with_larger_accident(seed: int) -> tuple[str, int]:
    reg = await authenticate(f"Bearer {await regulator_key()}")
    code = make_code(seed)
    await records.register_enterprise(reg, code=code, name="某矿业有限公司", region_code="440305",
                                      industry="MINING")
    record = await records.record_accident(
        reg, code=code, occurred_on=date(2025, 5, 1), deaths=3, serious_injuries=0,
        direct_loss_yuan=Decimal(0), description="冒顶事故",
    )
    return code, record.id


def variables(code: str, base_rate: str = "0.0012", policy_start: str = "2026-03-01") -> dict[str, str]:
    return {"code": code, "baseRate": base_rate, "policyStart": policy_start}


async def test_contract_premium_quote_explains_the_factor(client: httpx.AsyncClient) -> None:
    code, record_id = await enterprise_with_larger_accident(1)
    token = await key("insurer")
    result = await gql(client, PREMIUM_QUOTE, variables(f" {code.lower()} "), token=token,
                       operation="PremiumQuote")
    assert "errors" not in result, result
    answer = result["data"]["premiumQuote"]
    assert answer["quoteId"]
    assert answer["code"] == code
    assert answer["factor"] == "1.2000"
    assert answer["adjustedRate"] == "0.001440"
    assert answer["ruleSet"] == {"name": "default", "version": "1"}
    assert answer["adjustments"] == [
        {"rule": "ACCIDENT_LARGER", "description": f"2025-05-01 较大事故(记录#{record_id})",
         "delta": "0.2000"},
    ]


async def test_contract_quote_reads_back_as_stored(client: httpx.AsyncClient) -> None:
    code, _ = await enterprise_with_larger_accident(2)
    token = await key("insurer")
    first = (await gql(client, PREMIUM_QUOTE, variables(code), token=token))["data"]["premiumQuote"]
    stored = await gql(client, QUOTE_BY_ID, {"id": first["quoteId"]}, token=token)
    assert "errors" not in stored, stored
    again = stored["data"]["quote"]
    assert {k: again[k] for k in first} == first
    assert (again["baseRate"], again["policyStart"]) == ("0.0012", "2026-03-01")


async def test_anonymous_is_unauthenticated_and_procurement_forbidden(client: httpx.AsyncClient) -> None:
    code, _ = await enterprise_with_larger_accident(3)
    anonymous = await gql(client, PREMIUM_QUOTE, variables(code))
    assert error_codes(anonymous) == ["UNAUTHENTICATED"]
    procurement = await gql(client, PREMIUM_QUOTE, variables(code), token=await key("procurement"))
    assert error_codes(procurement) == ["FORBIDDEN"]


async def test_bad_inputs_are_coded_errors(client: httpx.AsyncClient) -> None:
    code, _ = await enterprise_with_larger_accident(4)
    token = await key("insurer")
    cases = [
        (variables("91440300MA5F0000XX"), "BAD_USER_INPUT"),
        (variables(code, base_rate="0"), "BAD_USER_INPUT"),
        (variables(code, base_rate="1.5"), "BAD_USER_INPUT"),
        (variables(code, policy_start="1989-12-31"), "BAD_USER_INPUT"),
        (variables(make_code(99)), "NOT_FOUND"),
    ]
    for given, expected in cases:
        result = await gql(client, PREMIUM_QUOTE, given, token=token)
        assert error_codes(result) == [expected], (given, result)


async def test_portfolio_and_a_published_version(client: httpx.AsyncClient) -> None:
    code, _ = await enterprise_with_larger_accident(5)
    insurer = await key("insurer")
    admin = await key("admin")
    v2 = read_rule_file("premium-default-1.toml").replace('version = "1"', 'version = "3"')
    published = await gql(client, PUBLISH, {"toml": v2}, token=admin)
    assert published["data"]["publishPremiumRuleSet"] == {
        "ruleSet": {"name": "default", "version": "3"}, "userErrors": [],
    }
    again = await gql(client, PUBLISH, {"toml": v2}, token=admin)
    [error] = again["data"]["publishPremiumRuleSet"]["userErrors"]
    assert error["code"] == "RULE_SET_EXISTS"
    assert error_codes(await gql(client, PUBLISH, {"toml": v2}, token=insurer)) == ["FORBIDDEN"]

    result = await gql(
        client, PORTFOLIO,
        {"codes": [code, "bad", make_code(98)], "baseRate": "0.0012", "policyStart": "2026-03-01",
         "ruleSet": {"version": "1"}},
        token=insurer,
    )
    assert "errors" not in result, result
    items = result["data"]["premiumQuotes"]
    assert [(i["code"], i["status"]) for i in items] == [
        (code, "OK"), ("BAD", "INVALID_CODE"), (make_code(98), "NOT_FOUND"),
    ]
    assert items[0]["quote"]["ruleSet"] == {"version": "1"}
    assert items[0]["quote"]["factor"] == "1.2000"
