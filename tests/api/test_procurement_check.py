"""restrictionCheck as the consumers send it: statuses, reasons, normalisation, limits, bad input."""

from __future__ import annotations

from datetime import date

import procurement_world as world
import pytest
from helpers import document, error_codes, gql, key, make_code

from credit.store.models import Enterprise

CHECK = document("procurement/CheckRestrictions.graphql")
NOW = "2026-11-22T12:00:00+08:00"


async def check(client, codes, domain="GOVERNMENT_PROCUREMENT", as_of=NOW, token=None):  # type: ignore[no-untyped-def]
    variables = {"codes": codes, "domain": domain, "asOf": as_of}
    return await gql(client, CHECK, variables, token=token, operation="CheckRestrictions")


def statuses(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [r["status"] for r in result["data"]["restrictionCheck"]["results"]]


@pytest.fixture
async def listed_pair(client):  # type: ignore[no-untyped-def]
    """A blacklisted and a greylisted enterprise, both in force on 2026-11-22."""
    reg = await world.regulator()
    black = await world.register(reg, 1, "鹏城化工有限公司")
    grey = await world.register(reg, 2, "南山精细化学有限公司")
    black_listing = await world.listed(reg, black, "BLACKLIST", date(2025, 6, 3))
    grey_listing = await world.listed(reg, grey, "GREYLIST", date(2026, 3, 9))
    return {"black": black, "grey": grey, "black_listing": black_listing, "grey_listing": grey_listing}


async def test_blacklisted_enterprise_is_prohibited_from_government_procurement(client, listed_pair):  # type: ignore[no-untyped-def]
    result = await check(client, [listed_pair["black"]])
    assert "errors" not in result
    item = result["data"]["restrictionCheck"]["results"][0]
    assert item["status"] == "PROHIBITED"
    assert item["enterpriseName"] == "鹏城化工有限公司"
    [reason] = item["reasons"]
    listing = listed_pair["black_listing"]
    assert reason == {
        "listingId": str(listing.id),
        "listKind": "BLACKLIST",
        "ground": "OTHER_SERIOUS_VIOLATION",
        "measure": "禁止参加政府采购活动",
        "effect": "PROHIBIT",
        "authorityName": "深圳市应急管理局",
        "decisionNumber": listing.decision_number,
        "listedOn": "2025-06-03",
        "expiresOn": "2028-06-03",
    }


async def test_greylist_has_no_measure_in_government_procurement(client, listed_pair):  # type: ignore[no-untyped-def]
    result = await check(client, [listed_pair["grey"]])
    item = result["data"]["restrictionCheck"]["results"][0]
    assert item == {"code": listed_pair["grey"], "status": "CLEAR", "enterpriseName": "南山精细化学有限公司",
                    "reasons": []}


async def test_status_is_the_strongest_effect_in_the_domain(client, listed_pair):  # type: ignore[no-untyped-def]
    codes = [listed_pair["black"], listed_pair["grey"]]
    assert statuses(await check(client, codes, "FISCAL_SUPPORT")) == ["PROHIBITED", "RESTRICTED"]
    assert statuses(await check(client, codes, "INSURANCE")) == ["RESTRICTED", "RESTRICTED"]
    assert statuses(await check(client, codes, "LAND_SUPPLY")) == ["RESTRICTED", "CLEAR"]
    reg = await world.regulator()
    await world.listed(reg, listed_pair["black"], "GREYLIST", date(2026, 1, 5))
    result = await check(client, [listed_pair["black"]], "FISCAL_SUPPORT")
    item = result["data"]["restrictionCheck"]["results"][0]
    assert item["status"] == "PROHIBITED"
    assert [(r["listKind"], r["effect"]) for r in item["reasons"]] == [
        ("BLACKLIST", "PROHIBIT"), ("GREYLIST", "RESTRICT")
    ]


async def test_codes_are_normalised_and_answered_in_input_order_with_duplicates(client, listed_pair):  # type: ignore[no-untyped-def]
    black, grey = listed_pair["black"], listed_pair["grey"]
    unknown = make_code(999)
    spaced = " ".join([black[:6], black[6:12].lower(), black[12:]])
    codes = [grey, spaced, "not-a-code", unknown, black, grey, "\t" + black.lower() + "\n"]
    result = await check(client, codes)
    results = result["data"]["restrictionCheck"]["results"]
    assert [r["code"] for r in results] == [grey, black, "NOT-A-CODE", unknown, black, grey, black]
    assert [r["status"] for r in results] == [
        "CLEAR", "PROHIBITED", "INVALID_CODE", "CLEAR", "PROHIBITED", "CLEAR", "PROHIBITED"
    ]
    assert results[2] == {"code": "NOT-A-CODE", "status": "INVALID_CODE", "enterpriseName": None, "reasons": []}
    assert results[3] == {"code": unknown, "status": "CLEAR", "enterpriseName": None, "reasons": []}


async def test_a_wrong_check_character_is_an_invalid_code_not_a_failed_batch(client, listed_pair):  # type: ignore[no-untyped-def]
    black = listed_pair["black"]
    wrong = black[:17] + ("0" if black[17] != "0" else "1")
    assert statuses(await check(client, [wrong, black])) == ["INVALID_CODE", "PROHIBITED"]


async def test_a_registered_code_with_a_wrong_check_character_is_still_an_invalid_code(client, listed_pair):  # type: ignore[no-untyped-def]
    # in a batch of 100 to 1,000 codes such a code is looked up with the others (the check
    # characters are worked out meanwhile) and found: the answer is still the code's, never
    # the listing's; alone, it is not looked up at all
    black = listed_pair["black"]
    wrong = black[:17] + ("0" if black[17] != "0" else "1")
    await Enterprise.filter(code=black).update(code=wrong)
    token = await key("procurement")
    invalid = {"code": wrong, "status": "INVALID_CODE", "enterpriseName": None, "reasons": []}
    batch = [make_code(2000 + i) for i in range(120)] + [wrong]
    assert (await check(client, batch, token=token))["data"]["restrictionCheck"]["results"][-1] == invalid
    assert (await check(client, [wrong]))["data"]["restrictionCheck"]["results"] == [invalid]


async def test_a_large_batch_answers_each_code_as_a_check_of_that_code_alone(client, listed_pair):  # type: ignore[no-untyped-def]
    # from 100 distinct codes the check characters are worked out while the lookup runs
    token = await key("procurement")
    black, grey = listed_pair["black"], listed_pair["grey"]
    wrong = black[:17] + ("0" if black[17] != "0" else "1")
    codes = [make_code(1000 + i) for i in range(120)] + [black, wrong, "NOT-A-CODE", grey.lower(), black]
    together = (await check(client, codes, token=token))["data"]["restrictionCheck"]["results"]
    alone = [(await check(client, [code], token=token))["data"]["restrictionCheck"]["results"][0] for code in codes]
    assert together == alone
    assert [r["status"] for r in together[-5:]] == ["PROHIBITED", "INVALID_CODE", "INVALID_CODE", "CLEAR", "PROHIBITED"]


async def test_proposals_and_revoked_listings_restrict_nothing(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    proposed = await world.register(reg, 3)
    voided = await world.register(reg, 4)
    await world.propose(reg, proposed, "BLACKLIST", date(2026, 10, 1))
    listing = await world.listed(reg, voided, "BLACKLIST", date(2026, 2, 2))
    await world.revoked(reg, listing, date(2026, 9, 1))
    for as_of in (NOW, "2026-05-01T00:00:00+08:00"):
        assert statuses(await check(client, [proposed, voided], as_of=as_of)) == ["CLEAR", "CLEAR"]


async def test_default_as_of_is_now(client, listed_pair):  # type: ignore[no-untyped-def]
    result = await check(client, [listed_pair["black"]], as_of=None)
    payload = result["data"]["restrictionCheck"]
    assert payload["asOf"] == payload["checkedAt"]
    assert payload["asOf"].endswith("Z")
    assert statuses(result) == ["PROHIBITED"]


async def test_anonymous_callers_may_check_up_to_20_codes(client):  # type: ignore[no-untyped-def]
    codes = [make_code(i) for i in range(20)]
    assert statuses(await check(client, codes)) == ["CLEAR"] * 20
    result = await check(client, codes + [make_code(20)])
    assert result["data"] is None
    assert error_codes(result) == ["UNAUTHENTICATED"]


async def test_a_key_allows_5000_codes_and_no_more(client):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    codes = [make_code(i) for i in range(5000)]
    result = await check(client, codes, token=token)
    assert len(result["data"]["restrictionCheck"]["results"]) == 5000
    result = await check(client, codes + [make_code(1)], token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"]


async def test_an_empty_batch_is_bad_input_for_everyone(client):  # type: ignore[no-untyped-def]
    assert error_codes(await check(client, [])) == ["BAD_USER_INPUT"]
    assert error_codes(await check(client, [], token=await key("insurer"))) == ["BAD_USER_INPUT"]


async def test_an_unknown_key_is_unauthenticated_never_anonymous(client):  # type: ignore[no-untyped-def]
    result = await check(client, [make_code(1)], token="csk_not-a-key")
    assert result["data"] is None
    assert error_codes(result) == ["UNAUTHENTICATED"]


BAD_AS_OF_OR_DOMAIN = [
    ("2026-11-22T12:00:00", "GOVERNMENT_PROCUREMENT"),  # no offset
    ("2026-11-22", "GOVERNMENT_PROCUREMENT"),  # a date is not a moment
    ("yesterday", "GOVERNMENT_PROCUREMENT"),
    (20261122, "GOVERNMENT_PROCUREMENT"),
    ("1989-12-31T23:59:59+08:00", "GOVERNMENT_PROCUREMENT"),  # before 1990
    ("9999-01-01T00:00:00Z", "GOVERNMENT_PROCUREMENT"),  # absurdly far
    (NOW, "PUBLIC_TOILETS"),  # unknown domain
    (NOW, "government_procurement"),  # enum values are names, case matters
    (NOW, None),
]


async def test_malformed_as_of_or_domain_is_a_clear_bad_input_error(client):  # type: ignore[no-untyped-def]
    for as_of, domain in BAD_AS_OF_OR_DOMAIN:
        result = await check(client, [make_code(1)], domain=domain, as_of=as_of)
        assert result["data"] is None, (as_of, domain)
        assert error_codes(result) == ["BAD_USER_INPUT"], (as_of, domain, result)
        assert result["errors"][0]["message"]


async def test_the_earliest_as_of_is_1990_in_china_time(client):  # type: ignore[no-untyped-def]
    assert statuses(await check(client, [make_code(1)], as_of="1990-01-01T00:00:00+08:00")) == ["CLEAR"]
    assert statuses(await check(client, [make_code(1)], as_of="1989-12-31T16:00:00Z")) == ["CLEAR"]
    result = await check(client, [make_code(1)], as_of="1989-12-31T15:59:59.999999Z")
    assert error_codes(result) == ["BAD_USER_INPUT"]


async def test_as_of_answers_are_in_utc_whatever_offset_was_sent(client):  # type: ignore[no-untyped-def]
    result = await check(client, [make_code(1)], as_of="2026-03-01T09:30:00+08:00")
    assert result["data"]["restrictionCheck"]["asOf"] == "2026-03-01T01:30:00Z"


async def test_codes_must_be_a_list_of_strings(client):  # type: ignore[no-untyped-def]
    for codes in (None, [None], [1234], [["91440305ABCDEFGHJ1"]], {"code": "x"}):
        result = await check(client, codes)
        assert result["data"] is None, codes
        assert error_codes(result) == ["BAD_USER_INPUT"], codes
    # GraphQL input coercion: a single string stands for a list of one
    assert statuses(await check(client, "91440305ABCDEFGHJ1")) == ["INVALID_CODE"]


@pytest.mark.postgres_only
async def test_the_lookup_index_covers_code_id_and_name_in_bytewise_order(db):  # type: ignore[no-untyped-def]
    # migrations/0002: an index-only scan answers a batch; a later ALTER of the column must keep it
    from tortoise import connections

    conn = connections.get("default")
    [index] = await conn.execute_query_dict(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'enterprise_code_lookup'")
    assert "UNIQUE" in index["indexdef"] and "INCLUDE (id, name)" in index["indexdef"]
    [column] = await conn.execute_query_dict(
        "SELECT collation_name FROM information_schema.columns "
        "WHERE table_name = 'enterprise' AND column_name = 'code'")
    assert column["collation_name"] == "C"
