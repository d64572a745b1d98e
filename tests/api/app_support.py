"""An app with chosen settings on a fresh SQLite copy, for tests of the edge and the gate
(which touch no storage, so one database is enough) and of settings the shared ``client``
fixture does not vary (production mode, trusted documents, rate limits)."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

from credit.api.app import create_app
from credit.services.auth import clear_key_cache
from credit.settings import Settings
from credit.store.db import database


def settings(**overrides: Any) -> Settings:
    base: dict[str, Any] = {"rate_limits": "*=1000000/1000000", "push_enabled": False}
    base.update(overrides)
    return Settings(**base)


@asynccontextmanager
async def app_client(
    template: Path, tmp_path: Path, *, database_url: str | None = None, **overrides: Any
) -> AsyncIterator[httpx.AsyncClient]:
    """A client on an app built with ``overrides``; Tortoise open on a copy of ``template``
    (or on ``database_url``)."""
    url = database_url
    if url is None:
        path = tmp_path / f"edge-{uuid.uuid4().hex[:8]}.sqlite3"
        shutil.copy(template, path)
        url = f"sqlite://{path}"
    clear_key_cache()
    app = create_app(settings(**overrides), manage_database=False)
    async with database(url, migrate=False), app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http
    clear_key_cache()
