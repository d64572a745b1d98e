"""One migration history builds, on SQLite and PostgreSQL, exactly the schema the models describe."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

from tortoise import Tortoise, connections

from credit.store.db import apply_migrations, close_database, migration_state, open_database
from credit.store.models import FeedClock


async def _shape(url: str) -> dict[str, Any]:
    """Tables with their columns and the column lists of their indexes."""
    conn = connections.get("default")
    shape: dict[str, Any] = {}
    if url.startswith("sqlite"):
        tables = await conn.execute_query_dict(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
        for t in tables:
            name = t["name"]
            columns = await conn.execute_query_dict(f'PRAGMA table_info("{name}")')
            indexes = await conn.execute_query_dict(f'PRAGMA index_list("{name}")')
            index_cols = set()
            for index in indexes:
                cols = await conn.execute_query_dict(f'PRAGMA index_info("{index["name"]}")')
                index_cols.add((tuple(c["name"] for c in cols), bool(index["unique"])))
            shape[name] = ({(c["name"], c["type"].upper(), bool(c["notnull"])) for c in columns}, index_cols)
        return shape
    columns = await conn.execute_query_dict(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = 'public'"
    )
    for c in columns:
        shape.setdefault(c["table_name"], (set(), set()))[0].add(
            (c["column_name"], c["data_type"], c["is_nullable"] == "NO")
        )
    indexes = await conn.execute_query_dict(
        "SELECT t.relname AS table_name, i.indisunique AS is_unique, "
        "array_agg(a.attname ORDER BY k.ord) AS cols "
        "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) "
        "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
        "WHERE n.nspname = 'public' GROUP BY t.relname, i.indexrelid, i.indisunique"
    )
    for index in indexes:
        shape.setdefault(index["table_name"], (set(), set()))[1].add((tuple(index["cols"]), index["is_unique"]))
    return shape


async def _generated_shape(url: str) -> dict[str, Any]:
    await open_database(url)
    try:
        await Tortoise.generate_schemas()
        return await _shape(url)
    finally:
        await close_database()


def _sibling(url: str, tmp: Path) -> str:
    if url.startswith("sqlite"):
        return f"sqlite://{tmp / f'generated-{uuid.uuid4().hex[:6]}.sqlite3'}"
    return url.rsplit("/", 1)[0] + "/" + url.rsplit("/", 1)[1] + "_gen"


async def test_migrated_schema_matches_the_models_indexes_included(db_url: str, tmp_path: Path) -> None:
    await open_database(db_url)
    try:
        migrated = await _shape(db_url)
    finally:
        await close_database()
    migrated.pop("tortoise_migrations", None)
    generated_url = _sibling(db_url, tmp_path)
    if not db_url.startswith("sqlite"):
        import asyncpg

        admin = await asyncpg.connect(db_url.replace("postgres://", "postgresql://", 1))
        try:
            await admin.execute(f'CREATE DATABASE "{generated_url.rsplit("/", 1)[1]}"')
        finally:
            await admin.close()
    generated = await _generated_shape(generated_url)
    assert set(migrated) == set(generated)
    for table in generated:
        assert migrated[table][0] == generated[table][0], f"columns of {table}"
        # the migration may add indexes the models cannot express (PostgreSQL tuning), never lack one
        missing = generated[table][1] - migrated[table][1]
        assert not missing, f"indexes of {table} missing from the migrations: {missing}"


async def test_migrations_are_current_after_migrate_and_the_feed_clock_exists(db: str) -> None:
    assert await migration_state() == ([], [])
    assert await FeedClock.filter(id=1).exists()


async def test_migrate_twice_applies_nothing_the_second_time(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "again.sqlite3"
    shutil.copy(sqlite_template, path)
    await open_database(f"sqlite://{path}")
    try:
        assert await apply_migrations() == []
    finally:
        await close_database()
