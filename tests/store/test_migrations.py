"""One migration history builds, on SQLite and PostgreSQL, exactly the schema the models describe."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, date, datetime
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


async def test_0006_gives_existing_decisions_their_publication_dates(
    tmp_path: Path, postgres_admin_url: str | None
) -> None:
    """Existing data survives 0006: decided listings and penalties (and their undelivered
    events) get publishBy by the shipped calendar, penalties their 公示截止期."""
    from tortoise.migrations.executor import MigrationExecutor, MigrationTarget

    from credit.store.db import _MIGRATED_APPS

    urls = [f"sqlite://{tmp_path / 'old.sqlite3'}"]
    if postgres_admin_url is not None:
        import asyncpg

        name = f"m_{uuid.uuid4().hex[:10]}"
        admin = await asyncpg.connect(postgres_admin_url.replace("postgres://", "postgresql://", 1))
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        urls.append(postgres_admin_url.rsplit("/", 1)[0] + "/" + name)
    for url in urls:
        await open_database(url)
        try:
            conn = connections.get("default")
            await MigrationExecutor(conn, _MIGRATED_APPS).migrate([MigrationTarget("models", "0005_keys")])
            def sql(text: str, postgres: bool = not url.startswith("sqlite")) -> str:
                if not postgres:
                    return text
                parts = text.split("?")
                return parts[0] + "".join(f"${n}{p}" for n, p in enumerate(parts[1:], start=1))

            moment = datetime(2026, 1, 5, tzinfo=UTC)
            await conn.execute_query(sql("INSERT INTO authority (id, code, name, recorded_at) VALUES (1, ?, ?, ?)"),
                                     ["11440300MB2C92016Y", "深圳市应急管理局", moment])
            await conn.execute_query(sql(
                "INSERT INTO enterprise (id, code, name, region_code, industry, recorded_at, updated_at) "
                "VALUES (1, ?, ?, ?, ?, ?, ?)"), ["91440305K8PBRNYTPN", "测试", "440305", "CHEMICALS", moment, moment])
            await conn.execute_query(sql(
                "INSERT INTO credit_record (id, enterprise_id, kind, occurred_on, authority_id, description, concealed, "
                "decision_number, fine_yuan, recorded_at) VALUES (1, 1, 'PENALTY', ?, 1, '', ?, '罚1', 100, ?)"),
                [date(2025, 9, 26), False, moment])
            await conn.execute_query(sql(
                "INSERT INTO listing (id, enterprise_id, list_kind, ground, authority_id, rules_version, notified_on, "
                "objection_deadline, listed_on, expires_on, ends_on, recorded_at) "
                "VALUES (1, 1, 'BLACKLIST', 'MAJOR_ACCIDENT', 1, 'moem-11-2023', ?, ?, ?, ?, ?, ?)"),
                [date(2026, 9, 15), date(2026, 9, 22), date(2026, 9, 29), date(2029, 9, 29), date(2029, 9, 29), moment])
            for event_id, (kind, record, listing) in enumerate((("RECORD_ADDED", 1, None), ("LISTED", None, 1)), 1):
                await conn.execute_query(sql(
                    "INSERT INTO outbox_event (id, event_id, event_type, enterprise_id, listing_id, record_id, "
                    "effective_at, visible_at, payload, state, attempts, next_attempt_at) "
                    "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, 'PENDING', 0, ?)"),
                    [event_id, str(uuid.uuid4()), kind, listing, record, moment, moment, "{}", moment])
            await apply_migrations()
            penalty = await conn.execute_query_dict("SELECT publish_by, publication_ends_on, rules_version FROM credit_record")
            listing = await conn.execute_query_dict("SELECT publish_by FROM listing")
            events = await conn.execute_query_dict("SELECT publish_by, deliver_by FROM outbox_event ORDER BY id")
        finally:
            await close_database()
        as_text = [{k: str(v) for k, v in row.items()} for row in penalty + listing + events]
        assert as_text == [
            {"publish_by": "2025-10-13", "publication_ends_on": "2028-09-26", "rules_version": "moem-11-2023"},
            {"publish_by": "2026-10-14"},
            # the penalty's event is ahead of the listing's: it carries the nearer of the two
            {"publish_by": "2025-10-13", "deliver_by": "2025-10-13"},
            {"publish_by": "2026-10-14", "deliver_by": "2026-10-14"},
        ], url
