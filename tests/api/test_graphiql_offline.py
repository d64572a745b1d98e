"""GraphiQL is served from the package: the page loads every file from this service, and
each file is the one its integrity hash names. (tests/browser runs it in Chromium.)"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import AsyncIterator

import httpx
import pytest

from credit.settings import Settings


@pytest.fixture
async def dev_app_client() -> AsyncIterator[httpx.AsyncClient]:
    from credit.api.app import create_app

    # the IDE page and its files touch no database: an anonymous GET needs no key lookup
    app = create_app(Settings(dev=True), manage_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        yield http


async def test_graphiql_page_loads_only_files_of_this_service_each_as_its_integrity_hash_says(
    dev_app_client: httpx.AsyncClient,
) -> None:
    page = await dev_app_client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "unpkg.com" not in page.text and "cdn" not in page.text.lower()
    references = re.findall(r'(?:src|href)="([^"]+)"\s+integrity="(sha384-[^"]+)"', page.text)
    assert len(references) == 6  # React, ReactDOM, GraphiQL js + css, explorer js + css
    for url, integrity in references:
        assert url.startswith("/static/graphiql/"), url
        asset = await dev_app_client.get(url)
        assert asset.status_code == 200, url
        digest = base64.b64encode(hashlib.sha384(asset.content).digest()).decode()
        assert integrity == f"sha384-{digest}", url


async def test_graphiql_files_are_not_served_in_production_mode() -> None:
    from credit.api.app import create_app

    app = create_app(Settings(dev=False), manage_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        assert (await http.get("/static/graphiql/graphiql.min.js")).status_code == 404
