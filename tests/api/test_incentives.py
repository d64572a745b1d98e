"""守信激励 through the restriction check: an enterprise on the TRUSTWORTHY list gets its
benefits as reasons with effect BENEFIT where the catalogue gives one, and its status never
changes (CLEAR stays CLEAR, a restriction stays one), on both paths and both databases."""

from __future__ import annotations

from datetime import timedelta

import httpx
from helpers import document, gql, regulator_key
from regulator_steps import Desk

from credit.api import fastpath
from credit.domain.calendar import add_months, china_today

CHECK = document("procurement/CheckRestrictions.graphql")
SUPERVISION = document("regulator/Supervision.graphql")
HONOUR = """mutation($input: RecordCreditFactInput!) { recordHonour(input: $input) { record { id } userErrors { code } } }"""


async def trustworthy(desk: Desk, seed: int) -> str:
    """Graded 二级 for 30 months, no record, a provincial honour half a year ago."""
    code = await desk.new_enterprise(seed)
    today = china_today()
    graded = await desk.mutate(SUPERVISION, "recordStandardisation", {
        "code": code, "grade": 2, "certifiedOn": add_months(today, -30).isoformat(),
        "validUntil": add_months(today, 6).isoformat(), "certificateNumber": f"AQBH-{seed}",
    }, "RecordStandardisation")
    assert graded["userErrors"] == []
    honour = await desk.mutate(HONOUR, "recordHonour", {
        "code": code, "occurredOn": add_months(today, -6).isoformat(), "description": "省安全生产先进单位",
        "level": "PROVINCE",
    })
    assert honour["userErrors"] == []
    return code


async def check(client: httpx.AsyncClient, codes: list[str], domain: str) -> list[dict]:  # type: ignore[type-arg]
    result = await gql(client, CHECK, {"codes": codes, "domain": domain}, operation="CheckRestrictions")
    assert not result.get("errors"), result
    return result["data"]["restrictionCheck"]["results"]  # type: ignore[no-any-return]


async def test_a_trustworthy_enterprise_is_clear_with_its_benefit_as_a_reason(client: httpx.AsyncClient) -> None:
    desk = Desk(client, await regulator_key())
    code = await trustworthy(desk, 1501)
    plain = await desk.new_enterprise(1502)
    for fast in (True, False):
        fastpath.enabled = fast
        try:
            fiscal = await check(client, [code, plain], "FISCAL_SUPPORT")
            licensing = await check(client, [code], "QUALIFICATION")
            bidding = await check(client, [code], "BIDDING")
        finally:
            fastpath.enabled = True
        assert fiscal[0]["status"] == "CLEAR"
        assert fiscal[0]["reasons"] == [{
            "listingId": None, "listKind": None, "ground": None, "measure": "优先安排财政资金和补贴支持",
            "effect": "BENEFIT", "authorityName": None, "decisionNumber": None, "listedOn": None,
            "expiresOn": None,
        }]
        assert fiscal[1] == {"code": plain, "status": "CLEAR", "enterpriseName": fiscal[1]["enterpriseName"],
                             "reasons": []}
        assert [r["measure"] for r in licensing[0]["reasons"]] == ["行政许可容缺受理"]
        assert bidding[0]["reasons"] == []  # the catalogue gives no benefit there


async def test_a_penalty_or_an_accident_the_day_before_ends_the_benefit(client: httpx.AsyncClient) -> None:
    desk = Desk(client, await regulator_key())
    code = await trustworthy(desk, 1503)
    yesterday = (china_today() - timedelta(days=1)).isoformat()
    assert (await desk.penalty(code, yesterday))["userErrors"] == []
    assert (await check(client, [code], "FISCAL_SUPPORT"))[0]["reasons"] == []
    other = await trustworthy(desk, 1504)
    assert (await desk.accident(other, yesterday))["userErrors"] == []
    [result] = await check(client, [other], "FISCAL_SUPPORT")
    assert result["status"] == "CLEAR" and result["reasons"] == []
