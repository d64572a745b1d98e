"""A pooled PostgreSQL connection goes back to the pool without a reset round trip
(credit.store.db.keep_session), and that is safe because the service leaves no session
state behind: transactions are rolled back, settings are only ever SET LOCAL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

PACKAGE = Path(__file__).resolve().parents[2] / "credit"

pytestmark = pytest.mark.postgres_only(reason="a PostgreSQL connection pool (SQLite has one connection)")


async def _pool():  # type: ignore[no-untyped-def]
    client = connections.get("default")
    async with client.acquire_connection():  # Tortoise opens its pool on first use
        pass
    return client._pool  # the asyncpg pool Tortoise keeps


async def test_releasing_a_connection_sends_no_reset_query(db: str) -> None:
    sent: list[str] = []
    pool = await _pool()
    async with pool.acquire() as conn:
        conn.add_query_logger(lambda record: sent.append(record.query))
        await conn.fetchval("SELECT 1")
    # the logger outlives the release (asyncpg drops listeners, not query loggers): a reset
    # query sent on release would be in the list
    assert sent == ["SELECT 1"]


async def test_a_transaction_left_open_is_rolled_back_on_release(db: str) -> None:
    pool = await _pool()
    async with pool.acquire() as conn:
        await conn.execute("BEGIN")
        await conn.execute("CREATE TEMP TABLE left_open (x int)")
    async with pool.acquire() as conn:
        assert not conn.is_in_transaction()
        assert await conn.fetchval("SELECT to_regclass('pg_temp.left_open')") is None


async def test_a_setting_made_in_a_transaction_ends_with_it(db: str) -> None:
    async with in_transaction() as tx:
        await tx.execute_script("SET LOCAL work_mem = '64MB'")
    pool = await _pool()
    for _ in range(pool.get_size()):  # whichever connection the transaction used
        async with pool.acquire() as conn:
            assert await conn.fetchval("SHOW work_mem") != "64MB"
            assert await conn.fetchval("SHOW plan_cache_mode") == "force_generic_plan"


#: statements (SQL in capitals, as the service writes it) that leave state in the session: a SET
#: opening a statement that is not SET LOCAL, LISTEN, a session advisory lock, a cursor
_SESSION_STATE = re.compile(
    r"""(^|["';(]\s*)SET\s+(?!LOCAL\b)|\bLISTEN\s|pg_advisory_lock|\bDECLARE\s+\w+\s+(\w+\s+)*CURSOR"""
)


def test_the_service_sets_no_session_state() -> None:
    # what keep_session relies on: anything here would outlive its request on a pooled connection
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in PACKAGE.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _SESSION_STATE.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []
