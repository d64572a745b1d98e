"""Every query entry point is scoped by its caller: each root Query field of the schema has a
check here that a caller sees only what it may (published facts, its region, its role).

The list of checks is compared with the schema itself, so a new query field without a
scoping check fails this module (the way polar enforces organisation scoping).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from helpers import authority_code, error_codes, gql, key, regulator_key
from regulator_steps import LISTED_PRINCIPAL, Desk

from credit.api.schema import schema

ID_NUMBER = "11010519491231002X"


class Scene:
    """An enterprise of 440305 with a principal, a decided listing and an undecided proposal,
    and a key of every kind."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.tokens: dict[str, str | None] = {}
        self.ids: dict[str, str] = {}

    async def build(self) -> Scene:
        own = await regulator_key()
        desk = Desk(self.client, own)
        code = await desk.new_enterprise(801, principal={"name": "王五", "idNumber": ID_NUMBER})
        decided = await desk.decided_listing(code)
        evidence = await desk.major_accident_evidence(code, "2022-06-01")
        proposed = await desk.propose(code, evidence, "2022-07-04", kind="BLACKLIST",
                                      ground="OTHER_SERIOUS_VIOLATION")
        self.ids = {"code": code, "decided": decided, "proposed": proposed["listing"]["id"]}
        self.tokens = {
            "anonymous": None,
            "procurement": await key("procurement"),
            "insurer": await key("insurer"),
            "admin": await key("admin"),
            "regulator": own,
            "other_region": await regulator_key(region="4401", authority=authority_code(2), name="广州市应急管理局"),
        }
        return self

    async def ask(self, who: str, query: str, **variables: Any) -> dict[str, Any]:
        return await gql(self.client, query, variables, token=self.tokens[who])


async def restriction_check(s: Scene) -> None:
    # public by design (anonymous up to 20 codes): the listing ran 2022–2025, so CLEAR now
    query = """query($codes: [String!]!) { restrictionCheck(codes: $codes, domain: BIDDING,
               asOf: "2023-01-01T00:00:00+08:00") { results { status } } }"""
    answer = await s.ask("anonymous", query, codes=[s.ids["code"]] * 20)
    assert [r["status"] for r in answer["data"]["restrictionCheck"]["results"]] == ["PROHIBITED"] * 20
    assert error_codes(await s.ask("anonymous", query, codes=[s.ids["code"]] * 21)) == ["UNAUTHENTICATED"]


async def verify_receipt(s: Scene) -> None:
    # public by design: a receipt proves itself, whoever holds it; nothing else is revealed
    answer = await s.ask("anonymous", 'query { verifyReceipt(receipt: "x.y.z") { valid checkId } }')
    assert answer["data"]["verifyReceipt"] == {"valid": False, "checkId": None}


async def listing_changes(s: Scene) -> None:
    query = "query { listingChanges(first: 100) { edges { node { listingId change } } } }"
    assert error_codes(await s.ask("anonymous", query)) == ["UNAUTHENTICATED"]
    for who in ("procurement", "regulator", "admin"):
        ids = {e["node"]["listingId"] for e in (await s.ask(who, query))["data"]["listingChanges"]["edges"]}
        assert s.ids["proposed"] not in ids and s.ids["decided"] in ids  # undecided never appear


async def enterprise(s: Scene) -> None:
    query = """query($code: String!) { enterprise(code: $code) {
        principal { idNumber } listings { edges { node { id } } } } }"""
    seen = {}
    for who in ("procurement", "insurer", "regulator", "other_region", "admin"):
        profile = (await s.ask(who, query, code=s.ids["code"]))["data"]["enterprise"]
        seen[who] = (profile["principal"]["idNumber"], {e["node"]["id"] for e in profile["listings"]["edges"]})
    published = {s.ids["decided"]}
    everything = {s.ids["decided"], s.ids["proposed"]}
    assert seen["procurement"] == ("110105********002X", published)
    assert seen["insurer"] == ("110105********002X", published)
    assert seen["other_region"] == ("110105********002X", everything)
    assert seen["regulator"] == (ID_NUMBER, everything)
    assert seen["admin"] == (ID_NUMBER, everything)
    assert error_codes(await s.ask("anonymous", query, code=s.ids["code"])) == ["UNAUTHENTICATED"]


async def listing(s: Scene) -> None:
    query = "query($id: ID!) { listing(id: $id) { id } }"
    assert (await s.ask("procurement", query, id=s.ids["proposed"]))["data"]["listing"] is None
    assert (await s.ask("insurer", query, id=s.ids["proposed"]))["data"]["listing"] is None
    assert (await s.ask("procurement", query, id=s.ids["decided"]))["data"]["listing"] is not None
    assert (await s.ask("regulator", query, id=s.ids["proposed"]))["data"]["listing"] is not None
    assert error_codes(await s.ask("anonymous", query, id=s.ids["decided"])) == ["UNAUTHENTICATED"]


async def listings(s: Scene) -> None:
    query = "query { listings { totalCount edges { node { id } } } }"
    for who, expected in (("procurement", {s.ids["decided"]}), ("insurer", {s.ids["decided"]}),
                          ("admin", {s.ids["decided"], s.ids["proposed"]})):
        page = (await s.ask(who, query))["data"]["listings"]
        assert {e["node"]["id"] for e in page["edges"]} == expected and page["totalCount"] == len(expected)
    assert error_codes(await s.ask("anonymous", query)) == ["UNAUTHENTICATED"]


async def audit_trail(s: Scene) -> None:
    query = "query($code: String!) { auditTrail(code: $code) { totalCount } }"
    assert (await s.ask("regulator", query, code=s.ids["code"]))["data"]["auditTrail"]["totalCount"] > 0
    assert (await s.ask("admin", query, code=s.ids["code"]))["data"]["auditTrail"]["totalCount"] > 0
    assert error_codes(await s.ask("other_region", query, code=s.ids["code"])) == ["FORBIDDEN"]
    assert error_codes(await s.ask("procurement", query, code=s.ids["code"])) == ["FORBIDDEN"]


async def listing_candidates(s: Scene) -> None:
    query = "query($region: String!) { listingCandidates(region: $region) { enterprise { code } } }"
    assert not (await s.ask("regulator", query, region="4403")).get("errors")
    assert error_codes(await s.ask("other_region", query, region="4403")) == ["FORBIDDEN"]
    assert error_codes(await s.ask("procurement", query, region="4403")) == ["FORBIDDEN"]


async def publication_deadlines(s: Scene) -> None:
    query = """query($region: String!) { publicationDeadlines(region: $region, within: 366)
               { totalCount items { code listingId } } }"""
    mine = (await s.ask("regulator", query, region="4403"))["data"]["publicationDeadlines"]
    assert s.ids["decided"] in {i["listingId"] for i in mine["items"]}
    assert s.ids["proposed"] not in {i["listingId"] for i in mine["items"]}  # undecided: nothing to publish
    assert (await s.ask("admin", query, region="44"))["data"]["publicationDeadlines"]["totalCount"] == mine["totalCount"]
    assert error_codes(await s.ask("other_region", query, region="4403")) == ["FORBIDDEN"]
    assert error_codes(await s.ask("other_region", query, region="44")) == ["FORBIDDEN"]
    for who in ("procurement", "insurer"):
        assert error_codes(await s.ask(who, query, region="4403")) == ["FORBIDDEN"]


async def catalogue(s: Scene) -> None:
    query = "query { catalogue { version } }"
    assert (await s.ask("regulator", query))["data"]["catalogue"]["version"]
    assert error_codes(await s.ask("procurement", query)) == ["FORBIDDEN"]


async def premium(s: Scene) -> None:
    """premiumQuote, premiumQuotes, quote and premiumRuleSets: insurers and admins."""
    quote = """query($code: String!) { premiumQuote(code: $code, baseRate: "0.01", policyStart: "2026-01-01")
               { quoteId } }"""
    answer = await s.ask("insurer", quote, code=s.ids["code"])
    quote_id = answer["data"]["premiumQuote"]["quoteId"]
    stored = "query($id: ID!) { quote(id: $id) { quoteId } }"
    assert (await s.ask("insurer", stored, id=quote_id))["data"]["quote"]["quoteId"] == quote_id
    for who in ("procurement", "regulator"):
        assert error_codes(await s.ask(who, quote, code=s.ids["code"])) == ["FORBIDDEN"]
        assert error_codes(await s.ask(who, stored, id=quote_id)) == ["FORBIDDEN"]
        assert error_codes(await s.ask(who, "query { premiumRuleSets { name } }")) == ["FORBIDDEN"]
        portfolio = 'query($c: [String!]!) { premiumQuotes(codes: $c, baseRate: "0.01", policyStart: "2026-01-01") { status } }'
        assert error_codes(await s.ask(who, portfolio, c=[s.ids["code"]])) == ["FORBIDDEN"]


async def person_check(s: Scene) -> None:
    # the persons a listing names, for bidding platforms and regulators: numbers masked for
    # every caller, the owning region's regulator and admins included (the contract)
    query = """query($n: [String!]!) { personCheck(idNumbers: $n, asOf: "2022-06-01T00:00:00+08:00")
               { results { idNumber status } } }"""
    for who in ("procurement", "regulator", "admin"):
        [result] = (await s.ask(who, query, n=[LISTED_PRINCIPAL]))["data"]["personCheck"]["results"]
        assert result == {"idNumber": "110101********0053", "status": "LISTED"}
    assert error_codes(await s.ask("anonymous", query, n=[LISTED_PRINCIPAL])) == ["UNAUTHENTICATED"]
    assert error_codes(await s.ask("insurer", query, n=[LISTED_PRINCIPAL])) == ["FORBIDDEN"]


async def person_changes(s: Scene) -> None:
    ban = """mutation($input: RecordPersonBanInput!) { recordPersonBan(input: $input) { userErrors { code } } }"""
    recorded = await s.ask("regulator", ban, input={"idNumber": ID_NUMBER, "name": "王五", "kind": "FIVE_YEARS",
                                                    "startsOn": "2024-01-01", "basis": "被撤职"})
    assert recorded["data"]["recordPersonBan"]["userErrors"] == []
    query = "query { personChanges { edges { node { change idNumber } } } }"
    for who in ("procurement", "regulator", "admin"):
        nodes = [e["node"] for e in (await s.ask(who, query))["data"]["personChanges"]["edges"]]
        assert {"change": "BANNED", "idNumber": "110105********002X"} in nodes
    assert error_codes(await s.ask("anonymous", query)) == ["UNAUTHENTICATED"]
    assert error_codes(await s.ask("insurer", query)) == ["FORBIDDEN"]


async def operations(s: Scene) -> None:
    """deliveryStatus and deliveries: operators only."""
    for query in ("query { deliveryStatus { backlog } }", "query { deliveries { eventId } }"):
        assert not (await s.ask("admin", query)).get("errors")
        for who in ("procurement", "insurer", "regulator"):
            assert error_codes(await s.ask(who, query)) == ["FORBIDDEN"]


async def inspection_plan(s: Scene) -> None:
    """Regulators only, within their region; enterprise.supervision likewise (admins too)."""
    query = """query($region: String!) { inspectionPlan(region: $region, on: "2026-01-01") {
               edges { node { code } } } }"""
    page = (await s.ask("regulator", query, region="4403"))["data"]["inspectionPlan"]
    assert [e["node"]["code"] for e in page["edges"]] == [s.ids["code"]]
    assert error_codes(await s.ask("other_region", query, region="4403")) == ["FORBIDDEN"]
    assert error_codes(await s.ask("regulator", query, region="44")) == ["FORBIDDEN"]
    for who in ("procurement", "insurer", "admin"):
        assert error_codes(await s.ask(who, query, region="4403")) == ["FORBIDDEN"]
    supervision = "query($code: String!) { enterprise(code: $code) { supervision { class } } }"
    for who, allowed in (("regulator", True), ("admin", True), ("other_region", False),
                         ("procurement", False), ("insurer", False)):
        answer = await s.ask(who, supervision, code=s.ids["code"])
        assert (error_codes(answer) == []) is allowed, (who, answer)


CHECKS: dict[str, Callable[[Scene], Awaitable[None]]] = {
    "inspectionPlan": inspection_plan,
    "restrictionCheck": restriction_check,
    "verifyReceipt": verify_receipt,
    "listingChanges": listing_changes,
    "enterprise": enterprise,
    "listing": listing,
    "listings": listings,
    "auditTrail": audit_trail,
    "listingCandidates": listing_candidates,
    "publicationDeadlines": publication_deadlines,
    "catalogue": catalogue,
    "premiumQuote": premium,
    "premiumQuotes": premium,
    "quote": premium,
    "premiumRuleSets": premium,
    "deliveryStatus": operations,
    "deliveries": operations,
    "personCheck": person_check,
    "personChanges": person_changes,
}


def test_every_query_field_has_a_scoping_check() -> None:
    fields = set(schema._schema.query_type.fields)  # type: ignore[union-attr]
    assert fields == set(CHECKS), f"query fields without a scoping check: {sorted(fields - set(CHECKS))}"


@pytest.mark.parametrize("check", sorted({c.__name__: c for c in CHECKS.values()}.values(), key=lambda c: c.__name__),
                         ids=lambda c: c.__name__)
async def test_query_is_scoped_by_its_caller(client: httpx.AsyncClient, check: Callable[[Scene], Awaitable[None]]) -> None:
    await check(await Scene(client).build())
