"""Counting the SQL statements a request sends, where the driver sends them: every
connection of asyncpg's pool carries a query logger, and SQLite's connection a trace
callback. For the batching tests: a page of N objects must cost what a page of 5N costs.
Also what those tests share: the persons their scenes name."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from helpers import gql
from tortoise import connections

from credit.services.auth import clear_key_cache

#: persons the batching scenes name (enterprises' terms, listings), each with a number and
#: the document it is on
PEOPLE = [
    ("张伟", "110101198001010053", "RESIDENT_ID"),
    ("王芳", "440305199003070021", "RESIDENT_ID"),
    ("李娜", "E12345678", "PASSPORT"),
    ("刘强", "110105197512120016", "RESIDENT_ID"),
    ("陈静", "810000199201010012", "HKMOTW_RESIDENCE_PERMIT"),
]


@asynccontextmanager
async def sql_statements() -> AsyncIterator[list[str]]:
    """Every statement the driver sends to the database while the block runs."""
    sent: list[str] = []
    client: Any = connections.get("default")
    if client.capabilities.dialect == "postgres":
        async with client.acquire_connection():  # Tortoise opens its pool on first use
            pass
        pool = client._pool

        def logged(record: Any) -> None:
            sent.append(record.query)

        async def on_every_connection(action: str) -> None:
            # all of them at once: each connection the pool holds (or opens) gets the logger
            held = [await pool.acquire() for _ in range(pool.get_max_size())]
            for conn in held:
                getattr(conn, action)(logged)
            for conn in held:
                await pool.release(conn)

        await on_every_connection("add_query_logger")
        try:
            yield sent
        finally:
            await on_every_connection("remove_query_logger")
        return
    async with client.acquire_connection() as raw:
        await raw.set_trace_callback(sent.append)
    try:
        yield sent
    finally:
        async with client.acquire_connection() as raw:
            await raw.set_trace_callback(None)


#: what asyncpg sends of its own the first time a connection meets a type (its introspection)
_DRIVER_OWN = ("SELECT current_setting('jit')", "WITH RECURSIVE typeinfo_tree")


def of_the_service(sent: list[str]) -> list[str]:
    """The statements the service sent: the driver's introspection left out (it comes once
    per pooled connection and type, whichever request happens to meet it first)."""
    return [s for s in sent if not " ".join(s.split()).startswith(_DRIVER_OWN)]


async def sent_by(client: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str) -> tuple[list[str], Any]:
    """The statements one request sends, and its data. The key is looked up afresh each
    time (its short cache and once-a-minute bookkeeping cleared), so requests compare."""
    clear_key_cache()
    async with sql_statements() as sent:
        result = await gql(client, query, variables, token=token)
    assert "errors" not in result, result
    return sent, result["data"]


async def counted(client: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str) -> tuple[int, Any]:
    """How many statements of the service's own one request sends (``sent_by``), and its data."""
    sent, data = await sent_by(client, query, variables, token)
    return len(of_the_service(sent)), data
