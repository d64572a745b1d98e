"""CREDIT_DEV=false: no GraphiQL, introspection for admin keys only, no internals in errors,
and a start-up line saying which mode runs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from app_support import app_client
from helpers import error_codes, gql, key

INTROSPECTION = "query { __schema { queryType { name } } }"
TYPE = 'query { __type(name: "Query") { name } }'


async def test_production_refuses_introspection_to_all_but_admins(tmp_path: Path, sqlite_template: Path) -> None:
    async with app_client(sqlite_template, tmp_path, dev=False) as http:
        assert error_codes(await gql(http, INTROSPECTION)) == ["UNAUTHENTICATED"]
        for role in ("procurement", "insurer"):
            token = await key(role)
            assert error_codes(await gql(http, INTROSPECTION, token=token)) == ["FORBIDDEN"]
            assert error_codes(await gql(http, TYPE, token=token)) == ["FORBIDDEN"]
        admin = await gql(http, INTROSPECTION, token=await key("admin"))
        assert admin["data"] == {"__schema": {"queryType": {"name": "Query"}}}
        # __typename is no introspection of the schema
        assert (await gql(http, "query { __typename }"))["data"] == {"__typename": "Query"}


async def test_production_hides_field_suggestions_that_would_describe_the_schema(
    tmp_path: Path, sqlite_template: Path
) -> None:
    async with app_client(sqlite_template, tmp_path, dev=False) as http:
        result = await gql(http, "query { restrictionChek { checkId } }")
        assert error_codes(result) == ["GRAPHQL_VALIDATION_FAILED"]
        assert "restrictionCheck" not in result["errors"][0]["message"]


async def test_development_allows_introspection_to_anyone(tmp_path: Path, sqlite_template: Path) -> None:
    async with app_client(sqlite_template, tmp_path, dev=True) as http:
        assert (await gql(http, TYPE))["data"] == {"__type": {"name": "Query"}}


async def test_production_serves_no_graphiql(tmp_path: Path, sqlite_template: Path) -> None:
    html = {"accept": "text/html"}
    async with app_client(sqlite_template, tmp_path, dev=False) as http:
        response = await http.get("/graphql", headers=html)
        assert response.status_code == 404
        assert "graphiql" not in response.text.lower()
    async with app_client(sqlite_template, tmp_path, dev=True) as http:
        assert "graphiql" in (await http.get("/graphql", headers=html)).text.lower()


async def test_the_start_up_line_names_the_mode(
    tmp_path: Path, sqlite_template: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="credit.api"):
        async with app_client(sqlite_template, tmp_path, dev=False):
            pass
        async with app_client(sqlite_template, tmp_path, dev=True):
            pass
    lines = [r.getMessage() for r in caplog.records if "starting in" in r.getMessage()]
    assert "production mode" in lines[0] and "development mode" in lines[1]


async def test_an_unexpected_error_is_masked_with_no_internals(tmp_path: Path, sqlite_template: Path) -> None:
    # a fault injected where the check signs its receipt, inside the resolver
    async with app_client(sqlite_template, tmp_path, dev=False) as http:
        from credit.services import receipts

        real = receipts.keyring

        def broken() -> object:
            raise RuntimeError("secret internals /etc/credit at line 42")

        receipts.keyring = broken  # type: ignore[assignment]
        try:
            import credit.services.checks as checks

            checks.keyring = broken  # type: ignore[attr-defined]
            query = 'query { restrictionCheck(codes: ["x"], domain: BIDDING) { checkId receipt } }'
            result = await gql(http, query, token=await key("procurement"))
        finally:
            receipts.keyring = real
            checks.keyring = real  # type: ignore[attr-defined]
    assert error_codes(result) == ["INTERNAL_SERVER_ERROR"]
    assert "secret" not in str(result) and "line 42" not in str(result)


def test_a_value_the_orm_refuses_is_bad_input_without_quoting_it() -> None:
    # the safety net under every check: Tortoise refusing a value for its column (too long)
    from tortoise.exceptions import ValidationError

    from credit.api.app import CreditGraphQL
    from graphql import GraphQLError

    refused = ValidationError("name: Length of '11010519491231002X...' 3000 > 64")
    error = GraphQLError("name: Length ...", original_error=refused, path=["premiumQuote"])
    formatted = CreditGraphQL._format(error, dev=False)
    assert formatted["extensions"]["code"] == "BAD_USER_INPUT"
    assert "11010519491231002X" not in formatted["message"]
