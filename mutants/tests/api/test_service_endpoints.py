"""The served surface: health, readiness, JWKS, the exported schema and the consumers' documents."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from tests_paths import CONTRACT, OPERATIONS, SCHEMA_FILE

from credit.api.schema import schema
from graphql import build_schema, parse, validate


def test_exported_schema_is_current() -> None:
    """graphql/schema.graphql is the code's schema; run scripts/export-schema after a change."""
    assert SCHEMA_FILE.read_text(encoding="utf-8").strip() == schema.as_str().strip()


def _documents(root: Path) -> list[Path]:
    return sorted(root.rglob("*.graphql"))


def test_every_operation_document_is_valid_against_the_schema() -> None:
    exported = build_schema(SCHEMA_FILE.read_text(encoding="utf-8"))
    documents = _documents(OPERATIONS)
    assert len(documents) >= 12
    for path in documents:
        errors = validate(exported, parse(path.read_text(encoding="utf-8")))
        assert not errors, f"{path.name}: {errors[0].message}"


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/contract is not beside this clone")
def test_operation_documents_are_the_consumers_documents_as_sent() -> None:
    for path in _documents(CONTRACT):
        copy = OPERATIONS / path.relative_to(CONTRACT)
        assert copy.exists(), f"{copy} missing: copy it from the contract"
        assert copy.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


async def test_healthz_answers_while_the_process_is_up(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200


async def test_readyz_answers_when_the_database_is_migrated(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready"}


async def test_jwks_serves_the_receipt_public_key(client: httpx.AsyncClient) -> None:
    keys = (await client.get("/.well-known/jwks.json")).json()["keys"]
    assert keys and all(k["kty"] == "OKP" and k["crv"] == "Ed25519" and k["kid"] for k in keys)
    assert all("d" not in k for k in keys)  # never the private part


async def test_an_unknown_key_is_unauthenticated_never_anonymous(client: httpx.AsyncClient) -> None:
    body = {"query": "{ verifyReceipt(receipt: \"x\") { valid } }"}
    response = await client.post("/graphql", json=body, headers={"Authorization": "Bearer csk_nope"})
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    anonymous = await client.post("/graphql", json=body)
    assert anonymous.json()["data"] == {"verifyReceipt": {"valid": False}}


async def test_a_malformed_query_is_a_coded_error(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": "{ nosuchfield }"})
    assert response.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_readyz_refuses_a_database_migrated_ahead_of_the_code(client: httpx.AsyncClient) -> None:
    from datetime import UTC, datetime

    from tortoise import connections

    await connections.get("default").execute_insert(
        "INSERT INTO tortoise_migrations (app, name, applied_at) VALUES "
        + ("($1, $2, $3)" if "asyncpg" in type(connections.get("default")).__module__ else "(?, ?, ?)"),
        ["models", "9999_future", datetime.now(UTC)],
    )
    response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["unknown"] == ["9999_future"]
