"""Database set-up: Tortoise config from the URL, migrations, readiness.

One code path for both databases (DESIGN §3.7); PostgreSQL connections get the
per-connection settings measured to matter for the restriction lookup (DESIGN §5).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tortoise import Tortoise, connections
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.migrations.executor import MigrationExecutor
from tortoise.migrations.loader import MigrationLoader
from tortoise.migrations.recorder import MigrationRecorder

MODELS_MODULE = "credit.store.models"
MIGRATIONS_MODULE = "credit.migrations"

PG_SERVER_SETTINGS = {
    "jit": "off",
    "max_parallel_workers_per_gather": "0",
    "plan_cache_mode": "force_generic_plan",
    "timezone": "UTC",
}


async def keep_session(connection: Any) -> None:
    """asyncpg's pool reset, replacing its default (``RESET ALL``, ``UNLISTEN *``, ``CLOSE ALL``,
    ``pg_advisory_unlock_all()``: one more round trip after every query, about a tenth of a
    single-code check's time at the database). Before calling it asyncpg has already rolled
    back any transaction left open; everything else it would reset the service never sets:
    the session's settings are fixed at connect (``server_settings``), ``SET`` is only ever
    ``SET LOCAL`` (ends with its transaction), and there are no ``LISTEN``, advisory locks or
    cursors outside a transaction. tests/store/test_pool_release.py holds the code to that."""


class DatabaseConfigError(Exception):
    """A database URL or state the service cannot work with; the message says how to fix it."""


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://", "asyncpg://"))


def connection_config(url: str, *, pool_max: int = 10) -> dict[str, Any] | str:
    """Check the URL and turn it into a Tortoise connection entry."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = url[len("sqlite://") :]
        if not path:
            raise DatabaseConfigError(
                "CREDIT_DATABASE_URL has no file path: use sqlite:///abs/path.sqlite3 or sqlite://data/credit.sqlite3"
            )
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return {
            "engine": "tortoise.backends.sqlite",
            "credentials": {"file_path": path, "journal_mode": "WAL", "foreign_keys": "ON"},
        }
    if is_postgres(url):
        try:
            port = parts.port
        except ValueError as exc:
            raise DatabaseConfigError(f"CREDIT_DATABASE_URL has a bad port: {exc}") from exc
        database = parts.path.lstrip("/")
        if not parts.hostname or not database:
            raise DatabaseConfigError(
                "CREDIT_DATABASE_URL needs a host and a database: postgres://user:password@host:5432/dbname"
            )
        return {
            "engine": "tortoise.backends.asyncpg",
            "credentials": {
                "host": parts.hostname,
                "port": port or 5432,
                "user": parts.username or "postgres",
                "password": parts.password or "",
                "database": database,
                "minsize": 1,
                "maxsize": pool_max,
                "server_settings": dict(PG_SERVER_SETTINGS),
                "reset": keep_session,
            },
        }
    raise DatabaseConfigError(
        f"CREDIT_DATABASE_URL scheme {parts.scheme!r} is not supported: use sqlite:// or postgres://"
    )


def tortoise_config(url: str, *, pool_max: int = 10, read_url: str | None = None) -> dict[str, Any]:
    """Tortoise's configuration: the primary as ``default`` and, with ``read_url``, a streaming
    replica as ``replica`` that requests read from inside ``credit.store.replica.replica_reads``."""
    config: dict[str, Any] = {
        "connections": {"default": connection_config(url, pool_max=pool_max)},
        "apps": {
            "models": {
                "models": [MODELS_MODULE],
                "default_connection": "default",
                "migrations": MIGRATIONS_MODULE,
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }
    if read_url:
        if not (is_postgres(url) and is_postgres(read_url)):
            raise DatabaseConfigError(
                "CREDIT_DATABASE_READ_URL names a PostgreSQL streaming replica of the PostgreSQL primary in "
                "CREDIT_DATABASE_URL (postgres://user:password@replica-host:5432/db); leave it empty otherwise"
            )
        config["connections"]["replica"] = connection_config(read_url, pool_max=pool_max)
        config["routers"] = ["credit.store.replica.ReadRouter"]
    return config


# What the migration loader and executor need to know of our one app.
_MIGRATED_APPS = {
    "models": {"models": [MODELS_MODULE], "default_connection": "default", "migrations": MIGRATIONS_MODULE}
}


async def migration_state() -> tuple[list[str], list[str]]:
    """(pending migrations on disk, applied migrations unknown to this code)."""
    recorder = MigrationRecorder(connections.get("default"))
    loader = MigrationLoader(_MIGRATED_APPS, recorder)
    await loader.build_graph()
    applied = {(k.app_label, k.name) for k in loader.applied_migrations}
    on_disk = {(k.app_label, k.name) for k in loader.disk_migrations}
    pending = sorted(name for app, name in on_disk - applied)
    unknown = sorted(name for app, name in applied - on_disk)
    return pending, unknown


async def apply_migrations() -> list[str]:
    """Apply pending migrations; refuse a database migrated ahead of this code."""
    pending, unknown = await migration_state()
    if unknown:
        raise DatabaseConfigError(
            "the database has migrations this version does not know ("
            + ", ".join(unknown)
            + "): upgrade the service, or point CREDIT_DATABASE_URL at a matching database"
        )
    if pending:
        await MigrationExecutor(connections.get("default"), _MIGRATED_APPS).migrate()
    await _ensure_singletons()
    return pending


async def _ensure_singletons() -> None:
    """The feed clock row must exist before two writers race to create it."""
    from datetime import UTC, datetime

    from credit.store.models import FeedClock

    await FeedClock.get_or_create(id=1, defaults={"last_recorded_at": datetime.now(UTC)})


async def open_database(url: str, *, pool_max: int = 10, read_url: str | None = None) -> None:
    """Initialise Tortoise for the current context (CLI and tests; the app uses RegisterTortoise)."""
    # Tortoise caches compiled INSERTs per connection name, not per dialect: a process that
    # switches between SQLite and PostgreSQL (the test suite) would reuse the wrong SQL.
    EXECUTOR_CACHE.clear()
    # global fallback: the context must reach tasks started elsewhere (tests, dispatcher)
    await Tortoise.init(config=tortoise_config(url, pool_max=pool_max, read_url=read_url),
                        _enable_global_fallback=True)


async def close_database() -> None:
    await Tortoise.close_connections()


@asynccontextmanager
async def database(
    url: str, *, migrate: bool = True, pool_max: int = 10, read_url: str | None = None
) -> AsyncIterator[None]:
    await open_database(url, pool_max=pool_max, read_url=read_url)
    try:
        if migrate:
            await apply_migrations()
        yield
    finally:
        await close_database()



def is_postgres_connection(conn: object) -> bool:
    """True for Tortoise's asyncpg client (raw asyncpg access on the hot path)."""
    return type(conn).__module__.startswith("tortoise.backends.asyncpg")
