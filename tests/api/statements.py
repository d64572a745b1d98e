"""Counting the SQL statements a request sends, where the driver sends them: every
connection of asyncpg's pool carries a query logger, and SQLite's connection a trace
callback. For the batching tests: a page of N objects must cost what a page of 5N costs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from tortoise import connections


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
