"""The HTTP edge: whatever the body, a clean 4xx with a coded GraphQL error, never a 500."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import orjson
import pytest
from app_support import app_client
from helpers import make_code

CODE = make_code(1)
JSON = {"content-type": "application/json"}


@pytest.fixture
async def edge(tmp_path: Path, sqlite_template: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(sqlite_template, tmp_path) as http:
        yield http


async def post(client: httpx.AsyncClient, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return await client.post("/graphql", content=body, headers=headers or JSON)


def code_of(response: httpx.Response) -> str:
    return response.json()["errors"][0]["extensions"]["code"]


@pytest.mark.parametrize("body", [b"42", b'"a string"', b"null", b"[]", b'[{"query": "{ __typename }"}]', b"true"])
async def test_a_body_that_is_not_a_json_object_is_a_bad_request(edge, body: bytes) -> None:  # type: ignore[no-untyped-def]
    response = await post(edge, body)
    assert response.status_code == 400
    assert code_of(response) == "BAD_REQUEST"


async def test_a_body_that_is_not_utf8_is_a_bad_request(edge) -> None:  # type: ignore[no-untyped-def]
    response = await post(edge, b'{"query": "{ __typename }", "x": "\xff\xfe"}')
    assert response.status_code == 400
    assert code_of(response) == "BAD_REQUEST"


async def test_json_nested_fifty_thousand_deep_is_a_bad_request(edge) -> None:  # type: ignore[no-untyped-def]
    body = b'{"query": "{ __typename }", "variables": {"a": ' + b"[" * 50_000 + b"]" * 50_000 + b"}}"
    response = await post(edge, body)
    assert response.status_code == 400
    assert code_of(response) == "BAD_REQUEST"


async def test_a_body_over_one_mebibyte_is_refused_with_413_unread(edge) -> None:  # type: ignore[no-untyped-def]
    codes = [CODE] * 100_000  # 2.1 MB of codes
    response = await post(edge, orjson.dumps({"query": "{ __typename }", "variables": {"codes": codes}}))
    assert response.status_code == 413
    assert code_of(response) == "PAYLOAD_TOO_LARGE"


async def test_a_chunked_body_over_the_limit_is_refused_too(edge) -> None:  # type: ignore[no-untyped-def]
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"query": "{ __typename }", "variables": {"pad": "'
        for _ in range(20):
            yield b"x" * 64 * 1024
        yield b'"}}'

    response = await edge.post("/graphql", content=chunks(), headers=JSON)
    assert response.status_code == 413


async def test_the_body_limit_is_a_setting(tmp_path: Path, sqlite_template: Path) -> None:
    async with app_client(sqlite_template, tmp_path, max_body_bytes=100) as small:
        response = await post(small, orjson.dumps({"query": "{ __typename }", "variables": {"p": "x" * 200}}))
        assert response.status_code == 413
        ok = await post(small, b'{"query": "{ __typename }"}')
        assert ok.status_code == 200


async def test_nul_in_variables_or_query_is_a_bad_request(edge) -> None:  # type: ignore[no-untyped-def]
    in_variables = orjson.dumps({"query": "query($n: String!) { verifyReceipt(receipt: $n) { valid } }",
                                 "variables": {"n": "a\x00b"}})
    in_query = orjson.dumps({"query": '{ verifyReceipt(receipt: "a\x00b") { valid } }'})
    in_key = orjson.dumps({"query": "{ __typename }", "variables": {"a\x00": 1}})
    for body in (in_variables, in_query, in_key):
        response = await post(edge, body)
        assert response.status_code == 400, body
        assert code_of(response) == "BAD_REQUEST"


async def test_a_literal_backslash_u0000_text_is_not_mistaken_for_nul(edge) -> None:  # type: ignore[no-untyped-def]
    body = orjson.dumps({"query": "query($n: String!) { verifyReceipt(receipt: $n) { valid } }",
                         "variables": {"n": "\\u0000"}})
    response = await post(edge, body)
    assert response.status_code == 200
    assert response.json()["data"] == {"verifyReceipt": {"valid": False}}


@pytest.mark.parametrize("escape", [b"\\ud800", b"\\udfff", b"x\\ud800y"])
async def test_a_lone_surrogate_anywhere_is_a_bad_request(edge, escape: bytes) -> None:  # type: ignore[no-untyped-def]
    in_variables = b'{"query": "query($n: String!) { verifyReceipt(receipt: $n) { valid } }", "variables": {"n": "' + escape + b'"}}'
    in_query = b'{"query": "{ verifyReceipt(receipt: \\"' + escape + b'\\") { valid } }"}'
    for body in (in_variables, in_query):
        response = await post(edge, body)
        assert response.status_code == 400
        assert code_of(response) == "BAD_REQUEST"


async def test_a_surrogate_pair_is_an_ordinary_character(edge) -> None:  # type: ignore[no-untyped-def]
    body = b'{"query": "query($n: String!) { verifyReceipt(receipt: $n) { valid } }", "variables": {"n": "\\ud83d\\ude00"}}'
    response = await post(edge, body)
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b'{"query": 42}', 400),
        (b'{"query": "{ __typename }", "variables": [1]}', 400),
        (b'{"query": "{ __typename }", "operationName": 1}', 400),
        (b'{"query": "{ __typename }", "surprise": 1}', 400),
        (b'{"variables": {}}', 400),
        (b'{"query": "{ __typename }", "documentId": "sha256:00"}', 400),
    ],
)
async def test_a_malformed_request_object_is_a_bad_request(edge, body: bytes, status: int) -> None:  # type: ignore[no-untyped-def]
    response = await post(edge, body)
    assert response.status_code == status
    assert code_of(response) == "BAD_REQUEST"


async def test_a_body_that_is_not_json_by_content_type_is_a_bad_request(edge) -> None:  # type: ignore[no-untyped-def]
    response = await edge.post("/graphql", content=b"{ __typename }", headers={"content-type": "text/plain"})
    assert response.status_code == 400
    assert code_of(response) == "BAD_REQUEST"


async def test_get_requests_pass_the_same_gate(edge) -> None:  # type: ignore[no-untyped-def]
    ok = await edge.get("/graphql", params={"query": "{ __typename }"})
    assert ok.status_code == 200 and ok.json()["data"] == {"__typename": "Query"}
    nul = await edge.get("/graphql", params={"query": "{ __typename }", "variables": '{"a": "\\u0000"}'})
    assert nul.status_code == 400
    forbidden = await edge.get("/graphql", params={"query": "{ catalogue { version } }"})
    assert forbidden.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_syntax_error_is_a_coded_error(edge) -> None:  # type: ignore[no-untyped-def]
    response = await post(edge, b'{"query": "{ __typename "}')
    assert response.status_code == 200
    assert code_of(response) == "GRAPHQL_PARSE_FAILED"


async def test_selections_nested_thousands_deep_are_refused_cleanly(edge) -> None:  # type: ignore[no-untyped-def]
    query = "{" + "a {" * 3000 + "b" + "}" * 3001
    response = await post(edge, orjson.dumps({"query": query}))
    assert response.status_code == 200
    assert code_of(response) in ("GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED")


async def test_nul_made_by_a_graphql_escape_in_an_inline_literal_is_a_bad_request(edge) -> None:  # type: ignore[no-untyped-def]
    # the JSON holds a backslash, u, 0000: only GraphQL's own lexer turns it into NUL
    for escape in ("\\u0000", "\\u{0}"):
        query = f'query {{ verifyReceipt(receipt: "a{escape}b") {{ valid }} }}'
        response = await post(edge, orjson.dumps({"query": query}))
        assert response.status_code == 400, response.text
        assert code_of(response) == "BAD_REQUEST"


async def test_a_lone_surrogate_made_by_a_graphql_escape_is_a_parse_error(edge) -> None:  # type: ignore[no-untyped-def]
    response = await post(edge, orjson.dumps({"query": 'query { verifyReceipt(receipt: "a\\ud800b") { valid } }'}))
    assert response.status_code == 200
    assert code_of(response) == "GRAPHQL_PARSE_FAILED"
