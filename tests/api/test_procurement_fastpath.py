"""The CheckRestrictions fast path answers exactly as Strawberry does, or leaves the answer to it.

Every case is sent twice, with the fast path on and off. Answers must be the same
JSON, field order included (compared as orjson bytes), except ``checkId``,
``checkedAt`` and ``receipt`` (and ``asOf`` when it defaults to now), which differ
per call; both receipts must verify and carry the same results.
"""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from typing import Any

import orjson
import procurement_world as world
import pytest
from helpers import document, key, make_code

from credit.api import fastpath
from credit.domain.catalogue import RestrictionDomain
from credit.services import checks

CHECK = document("procurement/CheckRestrictions.graphql")
PER_CALL = ("checkId", "checkedAt", "receipt")

#: the same document as the consumers', written differently: recognised by the fast path
RESTYLED = " ".join(
    line.split("#", 1)[0] for line in CHECK.splitlines()
).replace("results {", "results,{") + "\n# sent by a bidding platform\n"
#: the same question, but with an alias: not recognised, so Strawberry answers it
ALIASED = CHECK.replace("    checkId\n", "    checkId: checkId\n")
#: fields in another order: a different answer shape, which only Strawberry gives
REORDERED = CHECK.replace("    checkId\n    checkedAt\n", "    checkedAt\n    checkId\n")

PROBES = [
    None,
    "2026-11-22T12:00:00+08:00",
    "2025-06-02T23:59:59.999999+08:00",
    "2025-06-02T16:00:00Z",
    "2026-02-09T16:00:00.000000+00:00",
    "2030-01-01T00:00:00-05:00",
]


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts answers built by the fast path."""
    calls: list[int] = []
    render = fastpath.render_check

    def counting(check: checks.Check) -> bytes:
        calls.append(len(check.results))
        return render(check)

    monkeypatch.setattr(fastpath, "render_check", counting)
    return calls


async def post(client, body: dict[str, Any], token: str | None, *, fast: bool, monkeypatch) -> tuple[int, str, bytes]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fastpath, "enabled", fast)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post("/graphql", content=orjson.dumps(body), headers={
        **headers, "content-type": "application/json"})
    return response.status_code, response.headers["content-type"], response.content


def masked(payload: dict[str, Any], as_of_defaulted: bool) -> bytes:
    payload = copy.deepcopy(payload)
    check = payload["data"]["restrictionCheck"]
    for name in PER_CALL + (("asOf",) if as_of_defaulted else ()):
        if name in check:
            check[name] = "<per call>"
    return orjson.dumps(payload)


async def verified_results(client, receipt: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    answer = await client.post("/graphql", json={"query": document("procurement/VerifyReceipt.graphql"),
                                                 "variables": {"receipt": receipt}})
    verified = answer.json()["data"]["verifyReceipt"]
    assert verified["valid"] is True
    return verified["results"]


async def assert_same_answer(client, monkeypatch, taken: list[int], body: dict[str, Any],  # type: ignore[no-untyped-def]
                             token: str | None, *, expect_fast: bool) -> dict[str, Any]:
    before = len(taken)
    fast = await post(client, body, token, fast=True, monkeypatch=monkeypatch)
    assert (len(taken) > before) is expect_fast, body
    slow = await post(client, body, token, fast=False, monkeypatch=monkeypatch)
    assert fast[:2] == slow[:2]
    fast_json, slow_json = json.loads(fast[2]), json.loads(slow[2])
    if "errors" in slow_json:
        assert fast[2] == slow[2]  # both answered by Strawberry: the very same bytes
        return slow_json
    defaulted = (body.get("variables") or {}).get("asOf") is None
    assert masked(fast_json, defaulted) == masked(slow_json, defaulted)
    fast_check, slow_check = fast_json["data"]["restrictionCheck"], slow_json["data"]["restrictionCheck"]
    assert fast_check["checkId"] != slow_check["checkId"]
    expected = [{"code": r["code"], "status": r["status"]} for r in slow_check["results"]]
    assert await verified_results(client, fast_check["receipt"]) == expected
    assert await verified_results(client, slow_check["receipt"]) == expected
    return slow_json


@pytest.fixture
async def data_set(client) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Listed, repaired, revoked, proposed, unknown and malformed codes, with awkward names."""
    reg = await world.regulator()
    names = ['鹏城化工"有限"公司', "南山\\精细化学", "Ōsaka Trading 🚧", "宝安五金\u2028制品", "龙岗建材</script>"]
    codes = [await world.register(reg, 500 + i, name) for i, name in enumerate(names)]
    await world.listed(reg, codes[0], "BLACKLIST", date(2025, 6, 3))
    await world.listed(reg, codes[0], "GREYLIST", date(2026, 1, 5))
    await world.listed(reg, codes[1], "GREYLIST", date(2025, 8, 1))
    repaired = await world.listed(reg, codes[2], "BLACKLIST", date(2025, 1, 6))
    await world.repaired(reg, repaired, date(2026, 1, 6), date(2026, 2, 10))
    revoked = await world.listed(reg, codes[3], "BLACKLIST", date(2025, 3, 3))
    await world.revoked(reg, revoked, date(2026, 4, 1))
    await world.propose(reg, codes[4], "GREYLIST", date(2026, 11, 2))
    unknown = [make_code(600 + i) for i in range(5)]
    variants = [codes[0].lower(), " ".join(codes[1]), f"\t{codes[2]}\n"]
    invalid = ["", "x", codes[0][:17] + ("0" if codes[0][17] != "0" else "1"), "91440305ABCDEFGHIZ",
               "９１４４０３０５"]
    return {"known": codes, "unknown": unknown, "variants": variants, "invalid": invalid}


async def test_random_batches_answer_the_same_on_both_paths(client, monkeypatch, taken, data_set):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    pool = [code for group in data_set.values() for code in group]
    rnd = random.Random(20261122)
    domains = [d.value for d in RestrictionDomain]
    seen: set[str] = set()
    for case in range(24):
        codes = [rnd.choice(pool) for _ in range(rnd.randint(1, 30))]
        variables: dict[str, Any] = {"codes": codes, "domain": domains[case % len(domains)]}
        as_of = rnd.choice(PROBES)
        if as_of is not None or rnd.random() < 0.5:
            variables["asOf"] = as_of
        body: dict[str, Any] = {"query": CHECK, "variables": variables}
        if case % 3 == 0:
            body["operationName"] = "CheckRestrictions"
        answer = await assert_same_answer(client, monkeypatch, taken, body, token if case % 2 else None,
                                          expect_fast=len(codes) <= 20 or case % 2 == 1)
        if answer["data"]:
            seen |= {r["status"] for r in answer["data"]["restrictionCheck"]["results"]}
    assert seen == {"CLEAR", "RESTRICTED", "PROHIBITED", "INVALID_CODE"}


async def test_every_domain_and_probe_answers_the_same_on_both_paths(client, monkeypatch, taken, data_set):  # type: ignore[no-untyped-def]
    codes = data_set["known"] + data_set["unknown"][:2] + data_set["invalid"][:2] + data_set["known"][:1]
    for domain in RestrictionDomain:
        for as_of in PROBES[1:4]:
            body = {"query": CHECK, "variables": {"codes": codes, "domain": domain.value, "asOf": as_of}}
            await assert_same_answer(client, monkeypatch, taken, body, None, expect_fast=True)


async def test_a_restyled_document_takes_the_fast_path_with_the_same_answer(client, monkeypatch, taken, data_set):  # type: ignore[no-untyped-def]
    assert fastpath.plan_for(RESTYLED) is not None
    body = {"query": RESTYLED, "variables": {"codes": data_set["known"], "domain": "FISCAL_SUPPORT",
                                             "asOf": PROBES[1]}}
    fast = await assert_same_answer(client, monkeypatch, taken, body, None, expect_fast=True)
    # and a semantically equal document the fast path does not know gives the same data
    aliased = await post(client, {**body, "query": ALIASED}, None, fast=True, monkeypatch=monkeypatch)
    assert masked(json.loads(aliased[2]), False) == masked(fast, False)


async def test_documents_the_fast_path_does_not_know_are_left_to_strawberry(client, monkeypatch, taken, data_set):  # type: ignore[no-untyped-def]
    variables = {"codes": data_set["known"][:2], "domain": "BIDDING", "asOf": PROBES[1]}
    for query in (ALIASED, REORDERED, CHECK + "\nquery Other { __typename }", "{ __typename }", "query {"):
        assert fastpath.plan_for(query) is None
        body = {"query": query, "variables": variables, "operationName": "CheckRestrictions"}
        await assert_same_answer(client, monkeypatch, taken, body, None, expect_fast=False)
    answer = await assert_same_answer(client, monkeypatch, taken, {"query": REORDERED, "variables": variables},
                                      None, expect_fast=False)
    assert list(answer["data"]["restrictionCheck"])[:2] == ["checkedAt", "checkId"]


async def test_wrong_operation_names_and_request_shapes_are_left_to_strawberry(client, monkeypatch, taken):  # type: ignore[no-untyped-def]
    variables = {"codes": [make_code(1)], "domain": "BIDDING"}
    for body in (
        {"query": CHECK, "variables": variables, "operationName": "Other"},
        {"query": CHECK, "variables": variables, "extensions": {"persistedQuery": {"version": 1}}},
        {"query": CHECK, "variables": [variables]},
        {"query": CHECK, "variables": variables, "unexpected": True},
    ):
        await assert_same_answer(client, monkeypatch, taken, body, None, expect_fast=False)


async def test_refusals_are_the_same_whichever_path_the_request_started_on(client, monkeypatch, taken):  # type: ignore[no-untyped-def]
    token = await key("insurer")
    some = [make_code(i) for i in range(21)]
    cases: list[tuple[dict[str, Any], str | None]] = [
        ({"codes": some, "domain": "BIDDING"}, None),  # anonymous above 20
        ({"codes": [], "domain": "BIDDING"}, token),
        ({"codes": [make_code(1)] * 5001, "domain": "BIDDING"}, token),
        ({"codes": some, "domain": "BIDDING", "asOf": "2026-11-22T12:00:00"}, token),
        ({"codes": some, "domain": "BIDDING", "asOf": "1989-12-31T23:59:59+08:00"}, token),
        ({"codes": some, "domain": "BIDDING", "asOf": "3000-01-01T00:00:00Z"}, token),
        ({"codes": some, "domain": "BIDDING", "asOf": 5}, token),
        ({"codes": some, "domain": "bidding"}, token),
        ({"codes": some, "domain": ["BIDDING"]}, token),
        ({"codes": some}, token),
        ({"codes": [None], "domain": "BIDDING"}, token),
        ({"codes": [1], "domain": "BIDDING"}, token),
        ({"codes": None, "domain": "BIDDING"}, token),
        ({"domain": "BIDDING"}, token),
        ({"codes": "91440305ABCDEFGHJ1", "domain": "BIDDING"}, token),  # coerced to a list: Strawberry's
    ]
    for variables, who in cases:
        body = {"query": CHECK, "variables": variables}
        answer = await assert_same_answer(client, monkeypatch, taken, body, who, expect_fast=False)
        if variables.get("codes") != "91440305ABCDEFGHJ1":
            assert answer["data"] is None and answer["errors"], variables


async def test_the_largest_batch_answers_the_same_on_both_paths(client, monkeypatch, taken, data_set):  # type: ignore[no-untyped-def]
    token = await key("admin")
    pool = [code for group in data_set.values() for code in group]
    codes = [pool[i % len(pool)] for i in range(5000)]
    body = {"query": CHECK, "variables": {"codes": codes, "domain": "INSURANCE", "asOf": PROBES[1]}}
    await assert_same_answer(client, monkeypatch, taken, body, token, expect_fast=True)
    assert taken[-1] == 5000


def test_the_fast_path_recognises_the_shipped_consumers_document() -> None:
    assert fastpath.canonical(fastpath.CHECK_RESTRICTIONS) == fastpath.canonical(CHECK)
    assert fastpath.plan_for(CHECK) is fastpath.plan_for(fastpath.CHECK_RESTRICTIONS) is not None
