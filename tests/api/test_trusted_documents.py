"""CREDIT_TRUSTED_DOCUMENTS=on: callers other than admins send only the documents of
graphql/operations/, as text or by ``documentId: "sha256:<hex>"``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from app_support import app_client
from helpers import document, error_codes, key, make_code

from credit.api import documents

CHECK_PATH = "procurement/CheckRestrictions.graphql"
VARIABLES = {"codes": [make_code(1)], "domain": "BIDDING"}


@pytest.fixture
async def trusted(tmp_path: Path, sqlite_template: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(sqlite_template, tmp_path, trusted_documents=True) as http:
        yield http


async def send(client: httpx.AsyncClient, body: dict, token: str | None = None) -> dict:  # type: ignore[type-arg]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post("/graphql", json=body, headers=headers)
    assert response.status_code in (200, 400), response.text
    return response.json()


def test_the_shipped_documents_are_the_repository_folder() -> None:
    assert documents.load(CHECK_PATH) == document(CHECK_PATH)
    shipped = documents.all_documents()
    assert len(shipped) >= 12 and all(p.endswith(".graphql") for p in shipped)
    assert documents.by_id()[documents.document_id(shipped[CHECK_PATH])] == shipped[CHECK_PATH]


async def test_a_trusted_document_runs_as_text_or_by_id(trusted) -> None:  # type: ignore[no-untyped-def]
    as_text = await send(trusted, {"query": document(CHECK_PATH), "variables": VARIABLES})
    assert "errors" not in as_text, as_text
    by_id = await send(trusted, {"documentId": documents.document_id(document(CHECK_PATH)), "variables": VARIABLES})
    assert by_id["data"]["restrictionCheck"]["results"][0]["status"] == "CLEAR"


async def test_a_trusted_document_reformatted_is_still_the_same_document(trusted) -> None:  # type: ignore[no-untyped-def]
    lines = [line for line in document(CHECK_PATH).splitlines() if not line.lstrip().startswith("#")]
    text = "# reformatted\n" + " ".join(" ".join(lines).split())
    result = await send(trusted, {"query": text, "variables": VARIABLES})
    assert "errors" not in result, result


async def test_any_other_document_is_refused_to_everyone_but_admins(trusted) -> None:  # type: ignore[no-untyped-def]
    other = "query { restrictionCheck(codes: [\"x\"], domain: BIDDING) { checkId } }"
    assert error_codes(await send(trusted, {"query": other})) == ["TRUSTED_DOCUMENT_REQUIRED"]
    procurement = await key("procurement")
    assert error_codes(await send(trusted, {"query": other}, procurement)) == ["TRUSTED_DOCUMENT_REQUIRED"]
    admin = await send(trusted, {"query": other}, await key("admin"))
    assert "errors" not in admin, admin


async def test_an_unknown_document_id_is_a_clear_error(trusted) -> None:  # type: ignore[no-untyped-def]
    result = await send(trusted, {"documentId": "sha256:" + "0" * 64})
    assert error_codes(result) == ["PERSISTED_QUERY_NOT_FOUND"]


async def test_document_ids_work_without_trusted_mode_too(tmp_path: Path, sqlite_template: Path) -> None:
    async with app_client(sqlite_template, tmp_path) as http:
        result = await send(http, {"documentId": documents.document_id(document(CHECK_PATH)),
                                   "variables": VARIABLES})
        assert "errors" not in result, result
