"""The request gate: the operation is chosen, the role checked for every root field and the
whole request counted before anything runs (issue 14's attacks, each as its refusal).

Correctness only: how fast each refusal is lives in tests/benchmarks/bench_attacks.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import strawberry
from app_support import app_client
from helpers import document, error_codes, gql, key, make_code, regulator_key

from credit.store.models import CreditRecord, Enterprise

CHECK = document("procurement/CheckRestrictions.graphql")
ACCIDENT = document("regulator/RecordAccident.graphql")
CODE = make_code(1)


@pytest.fixture
async def edge(tmp_path: Path, sqlite_template: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(sqlite_template, tmp_path) as http:
        yield http


def aliases(field: str, count: int) -> str:
    return "query Many($codes: [String!]!) {" + " ".join(
        f"a{i}: {field}" for i in range(count)
    ) + "}"


def _check_field() -> str:
    return "restrictionCheck(codes: $codes, domain: BIDDING) { checkId results { code status } }"


# ----------------------------------------------------------------- role before input


async def test_a_procurement_key_sending_a_bad_date_to_record_accident_is_forbidden(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("procurement")
    bad = {"input": {"code": "x", "occurredOn": "0001-01-01", "deaths": -1, "seriousInjuries": "many",
                     "directLossYuan": "NaN"}}
    result = await gql(edge, ACCIDENT, bad, token=token)
    assert error_codes(result) == ["FORBIDDEN"]
    assert result["data"] is None
    # nothing of the input is described back: the refusal names the role only
    assert "occurredOn" not in str(result) and "NaN" not in str(result)


async def test_an_anonymous_caller_sending_a_bad_date_to_record_accident_is_unauthenticated(edge) -> None:  # type: ignore[no-untyped-def]
    result = await gql(edge, ACCIDENT, {"input": {"occurredOn": "not a date"}})
    assert error_codes(result) == ["UNAUTHENTICATED"]


async def test_a_forbidden_field_hidden_in_a_fragment_is_still_forbidden(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("procurement")
    query = """
      mutation M($input: RecordAccidentInput!) { ...F }
      fragment F on Mutation { ... on Mutation { recordAccident(input: $input) { userErrors { code } } } }
    """
    result = await gql(edge, query, {"input": {}}, token=token)
    assert error_codes(result) == ["FORBIDDEN"]


async def test_each_refused_root_field_is_named_and_nothing_runs(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("insurer")
    query = ('query Q { catalogue { version } d: deliveryStatus { backlog } '
             'verifyReceipt(receipt: "x") { valid } }')
    result = await gql(edge, query, token=token)
    assert result["data"] is None
    assert [e["path"] for e in result["errors"]] == [["catalogue"], ["d"]]
    assert error_codes(result) == ["FORBIDDEN", "FORBIDDEN"]


async def test_an_unknown_key_is_unauthenticated_not_anonymous(edge) -> None:  # type: ignore[no-untyped-def]
    result = await gql(edge, 'query { verifyReceipt(receipt: "x") { valid } }', token="csk_unknown")
    assert error_codes(result) == ["UNAUTHENTICATED"]


# ----------------------------------------------------------------- choosing the operation


async def test_two_anonymous_operations_in_one_document_are_refused_and_nothing_runs(edge) -> None:  # type: ignore[no-untyped-def]
    token = await regulator_key()
    register = ('mutation { registerEnterprise(input: {code: "%s", name: "甲", regionCode: "440305", '
                'industry: MINING}) { userErrors { code } } }')
    query = register % CODE + "\n" + register % make_code(2)
    result = await gql(edge, query, token=token)
    assert error_codes(result) == ["GRAPHQL_VALIDATION_FAILED"]
    assert result["data"] is None
    assert await Enterprise.all().count() == 0


async def test_an_unknown_operation_name_is_refused_and_nothing_runs(edge) -> None:  # type: ignore[no-untyped-def]
    token = await regulator_key()
    query = (f'mutation Register {{ registerEnterprise(input: {{code: "{CODE}", name: "甲", regionCode: "440305", '
             'industry: MINING}) { userErrors { code } } }')
    result = await gql(edge, query, token=token, operation="Other")
    assert error_codes(result) == ["BAD_REQUEST"]
    assert await Enterprise.all().count() == 0


async def test_several_named_operations_need_an_operation_name(edge) -> None:  # type: ignore[no-untyped-def]
    query = 'query A { verifyReceipt(receipt: "x") { valid } } query B { __typename }'
    assert error_codes(await gql(edge, query)) == ["BAD_REQUEST"]
    chosen = await gql(edge, query, operation="B")
    assert chosen["data"] == {"__typename": "Query"}


# ----------------------------------------------------------------- whole-request limits


async def test_fifty_aliases_of_five_thousand_codes_are_refused_as_bad_input(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("procurement")
    codes = [CODE] * 5000
    result = await gql(edge, aliases(_check_field(), 50), {"codes": codes}, token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"]
    assert result["data"] is None


async def test_anonymous_aliases_cannot_get_round_the_twenty_code_limit(edge) -> None:  # type: ignore[no-untyped-def]
    result = await gql(edge, aliases(_check_field(), 50), {"codes": [CODE] * 20})
    assert error_codes(result) == ["UNAUTHENTICATED"]
    two = await gql(edge, aliases(_check_field(), 2), {"codes": [CODE] * 10})
    assert "errors" not in two, two


async def test_codes_in_inline_literals_count_as_codes_in_variables(edge) -> None:  # type: ignore[no-untyped-def]
    literal = ", ".join(f'"{CODE}"' for _ in range(21))
    query = f"query {{ restrictionCheck(codes: [{literal}], domain: BIDDING) {{ checkId }} }}"
    assert error_codes(await gql(edge, query)) == ["UNAUTHENTICATED"]


async def test_an_empty_batch_is_bad_input_before_it_runs(edge) -> None:  # type: ignore[no-untyped-def]
    result = await gql(edge, CHECK, {"codes": [], "domain": "BIDDING"})
    assert error_codes(result) == ["BAD_USER_INPUT"]


async def test_person_check_id_numbers_count_with_the_codes(edge) -> None:  # type: ignore[no-untyped-def]
    # counted by argument name, whether or not the schema has personCheck yet
    token = await key("procurement")
    query = ("query Q($codes: [String!]!, $ids: [String!]!) { "
             "restrictionCheck(codes: $codes, domain: BIDDING) { checkId } "
             "personCheck(idNumbers: $ids) { checkId } }")
    result = await gql(edge, query, {"codes": [CODE] * 3000, "ids": ["11010519491231002X"] * 2001}, token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"]


async def test_fifty_aliases_of_a_thousand_listings_are_too_complex(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("procurement")
    query = "query {" + " ".join(
        f"a{i}: listings(first: 1000) {{ edges {{ node {{ id }} }} }}" for i in range(50)
    ) + "}"
    result = await gql(edge, query, token=token)
    assert error_codes(result) == ["QUERY_TOO_COMPLEX"]
    assert result["extensions"]["cost"]["requestedItems"] == 50_000
    assert result["extensions"]["cost"]["maximumItems"] == 10_000


@strawberry.type
class _Leaf:
    tags: list[str]


@strawberry.type
class _Node:
    @strawberry.field
    def children(self, first: int | None = None) -> list[_Leaf]:
        return []


@strawberry.type
class _Query:
    @strawberry.field
    def nodes(self, first: int | None = None) -> list[_Node]:
        return []

    @strawberry.field
    def lookup(self, codes: list[str]) -> list[_Node]:
        return []

    @strawberry.field
    def everything(self) -> list[_Leaf]:
        return []




def test_nested_pages_multiply_and_bounded_lists_add_nothing() -> None:
    # the service's schema has no page inside a page yet: a small one shows the rule
    from credit.api.gate import ItemCounter
    from graphql import parse

    schema = strawberry.Schema(query=_Query)._schema

    def items(text: str, variables: dict | None = None) -> int:  # type: ignore[type-arg]
        document = parse(text)
        operation = document.definitions[0]
        counter = ItemCounter(schema, {}, variables or {}, {})
        return counter.count(operation.selection_set, schema.query_type, None, root=True)  # type: ignore[attr-defined]

    assert items("{ nodes(first: 200) { children(first: 100) { tags } } }") == 200 + 200 * 100
    assert items("{ nodes { children { tags } } }") == 100 + 100 * 100  # first absent: 100
    assert items("query($c: [String!]!) { lookup(codes: $c) { children(first: 2) { tags } } }",
                 {"c": ["a"] * 30}) == 30 + 30 * 2
    assert items("{ everything { tags } }") == 100  # a root list without first: a full page


async def test_a_thousand_aliases_are_refused_before_they_run(edge) -> None:  # type: ignore[no-untyped-def]
    for field in ("__typename", "catalogue { version }"):
        query = "query {" + " ".join(f"a{i}: {field}" for i in range(1000)) + "}"
        result = await gql(edge, query, token=await key("admin"))
        assert error_codes(result) == ["QUERY_TOO_COMPLEX"], result


async def test_a_document_too_large_to_parse_is_refused_unparsed(edge) -> None:  # type: ignore[no-untyped-def]
    literal = ", ".join(f'"{CODE}"' for _ in range(20_000))
    result = await gql(edge, f"query {{ restrictionCheck(codes: [{literal}], domain: BIDDING) {{ checkId }} }}")
    assert error_codes(result) == ["GRAPHQL_PARSE_FAILED"]


async def test_the_largest_allowed_batch_runs_and_reports_its_cost(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("procurement")
    result = await gql(edge, CHECK, {"codes": [CODE] * 5000, "domain": "BIDDING"}, token=token)
    assert "errors" not in result
    assert len(result["data"]["restrictionCheck"]["results"]) == 5000
    assert result["extensions"]["cost"] == {
        "requestedItems": 5000, "maximumItems": 10_000, "requestedCodes": 5000, "maximumCodes": 5000,
    }


async def test_strawberry_answers_carry_the_cost_too(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("procurement")
    result = await gql(edge, "query { listingChanges(first: 10) { edges { cursor } } }", token=token)
    assert result["extensions"]["cost"]["requestedItems"] == 10
    assert result["extensions"]["cost"]["requestedCodes"] == 0


async def test_a_cyclic_fragment_is_refused_by_validation_not_counted_forever(edge) -> None:  # type: ignore[no-untyped-def]
    query = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }"
    result = await gql(edge, query)
    assert error_codes(result) == ["GRAPHQL_VALIDATION_FAILED"]


# ----------------------------------------------------------------- arguments checked at the edge


async def test_an_overlong_code_argument_is_bad_input_not_a_server_error(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("admin")
    result = await gql(edge, "query Q($c: String!) { auditTrail(code: $c) { totalCount } }", {"c": "9" * 40},
                       token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"]
    inline = await gql(edge, 'query { enterprise(code: "%s") { code } }' % ("A" * 19), token=token)
    assert error_codes(inline) == ["BAD_USER_INPUT"]
    spaced = await gql(edge, f'query {{ enterprise(code: " {CODE.lower()} ") {{ code }} }}', token=token)
    assert "errors" not in spaced


async def test_nothing_is_recorded_by_a_refused_request(edge) -> None:  # type: ignore[no-untyped-def]
    token = await key("procurement")
    await gql(edge, ACCIDENT, {"input": {"code": CODE, "occurredOn": "2024-01-01", "deaths": 0,
                                         "seriousInjuries": 0, "directLossYuan": "1"}}, token=token)
    assert await CreditRecord.all().count() == 0


async def test_a_large_batch_through_strawberry_answers_every_item_in_order_whatever_the_selection(edge) -> None:  # type: ignore[no-untyped-def]
    # answered a slice at a time (credit.api.procurement._in_slices): order, duplicates and a
    # second selection of the same list must come out as from a plain list
    token = await key("procurement")
    codes = [make_code(i % 700) for i in range(4999)] + ["bad code"]
    query = """query Q($codes: [String!]!) { restrictionCheck(codes: $codes, domain: BIDDING) {
        a: results { code } b: results { status } } }"""
    result = await gql(edge, query, {"codes": codes}, token=token)
    assert "errors" not in result
    check = result["data"]["restrictionCheck"]
    assert [r["code"] for r in check["a"]] == [c.upper().replace(" ", "") for c in codes]
    assert [r["status"] for r in check["b"]] == ["CLEAR"] * 4999 + ["INVALID_CODE"]


def test_the_remembered_item_count_equals_counting_again() -> None:
    """count_items remembers a document's count per shape of the variables it reads: after
    any sequence of requests it answers what ItemCounter counts afresh."""
    import random

    from credit.api.gate import _COUNTS, ItemCounter, count_items
    from graphql import OperationDefinitionNode, parse

    schema = strawberry.Schema(query=_Query)._schema
    documents = [
        "query($n: Int, $m: Int) { nodes(first: $n) { children(first: $m) { tags } } }",
        "query($c: [String!]!, $k: Int = 3) { lookup(codes: $c) { children(first: $k) { tags } } }",
        "query($n: Int) { a: nodes(first: $n) { tags } b: everything { tags } }",
    ]
    values = [None, 0, 1, 7, 250, True, "5", [], ["x"], ["x"] * 40]
    rng = random.Random(20261130)
    _COUNTS.clear()
    for _ in range(400):
        text = rng.choice(documents)
        operation = parse(text).definitions[0]
        assert isinstance(operation, OperationDefinitionNode)
        variables = {name: rng.choice(values) for name in ("n", "m", "c", "k") if rng.random() < 0.8}
        defaults = {d.variable.name.value: d.default_value for d in operation.variable_definitions or ()
                    if d.default_value is not None}
        afresh = ItemCounter(schema, {}, dict(variables), defaults).count(
            operation.selection_set, schema.query_type, None, root=True)
        assert count_items(schema, (text, None), operation, schema.query_type, {}, variables, defaults) == afresh
