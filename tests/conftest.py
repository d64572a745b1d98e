"""Test harness: every store-touching test runs on a real SQLite file and a real PostgreSQL.

PostgreSQL is a throwaway cluster started for the session (or the server named by
CREDIT_TEST_POSTGRES_URL). Under CI=true a missing PostgreSQL fails the run.
Each test gets a fresh database copied from a migrated template, so tests are
independent and fast.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
# The app under test is not slowed by its rate limiter (tests/api/test_rate_limits.py
# builds its own app with the real defaults)
os.environ.setdefault("CREDIT_RATE_LIMITS", "*=1000000/1000000")

import pgcluster  # noqa: E402
import redisserver  # noqa: E402

from credit.services.auth import clear_key_cache  # noqa: E402
from credit.services.catalogues import forget_catalogues  # noqa: E402
from credit.store.db import database  # noqa: E402

CONTRACT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "contract"
#: the second release's documents, binding as the others, copied as each part is built
CONTRACT_NEXT_DIR = CONTRACT_DIR.parent / "contract-next"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str | None]:
    """A PostgreSQL server for the session, or None (skip) outside CI."""
    given = os.environ.get("CREDIT_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    try:
        cluster = pgcluster.start_cluster()
    except pgcluster.PostgresUnavailable as exc:
        if _in_ci():
            pytest.fail(f"PostgreSQL is required under CI but could not start: {exc}", pytrace=False)
        yield None
        return
    try:
        yield cluster.admin_url
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A redis-server for the session (rate limits shared by instances). Skipped when
    redis-server is missing, except under CI=true, where that fails the run."""
    given = os.environ.get("CREDIT_TEST_REDIS_URL")
    if given:
        yield given
        return
    try:
        server = redisserver.start_redis()
    except redisserver.RedisUnavailable as exc:
        if _in_ci():
            pytest.fail(f"redis-server is required under CI but could not start: {exc}", pytrace=False)
        pytest.skip(f"redis-server not available (set CI=true to make this a failure): {exc}")
    try:
        yield server.url
    finally:
        server.stop()


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return parts._replace(path=f"/{name}").geturl()


async def _pg_exec(admin_url: str, sql: str) -> None:
    conn = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
async def pg_template(postgres_admin_url: str | None) -> str | None:
    """A migrated PostgreSQL database that each test's database is copied from."""
    if postgres_admin_url is None:
        return None
    name = f"credit_template_{uuid.uuid4().hex[:8]}"
    await _pg_exec(postgres_admin_url, f'CREATE DATABASE "{name}"')
    async with database(_with_database(postgres_admin_url, name)):
        pass
    return name


@pytest.fixture(scope="session")
async def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    async with database(f"sqlite://{path}"):
        pass
    return path


@pytest.fixture(params=["sqlite", "postgres"])
async def db_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: Path,
    pg_template: str | None,
    postgres_admin_url: str | None,
) -> AsyncIterator[str]:
    """A fresh, migrated database URL, once per backend."""
    if request.param == "sqlite":
        marker = request.node.get_closest_marker("postgres_only")
        if marker is not None:
            pytest.skip(marker.kwargs.get("reason", "needs PostgreSQL row locks"))
        path = tmp_path / "credit.sqlite3"
        shutil.copy(sqlite_template, path)
        yield f"sqlite://{path}"
        return
    if postgres_admin_url is None or pg_template is None:
        pytest.skip("PostgreSQL not available (set CI=true to make this a failure)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    await _pg_exec(postgres_admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    try:
        yield _with_database(postgres_admin_url, name)
    finally:
        await _pg_exec(postgres_admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[str]:
    """Tortoise opened on the test's database (migrations already applied)."""
    clear_key_cache()
    forget_catalogues()  # the catalogue versions are cached per process, not per database
    async with database(db_url, migrate=False):
        yield db_url
    clear_key_cache()
    forget_catalogues()


@pytest.fixture
async def client(db: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client on the real Starlette app (lifespan run), sharing the test's database."""
    from credit.api.app import create_app

    app = create_app(manage_database=False)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
    ):
        yield http



@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The service's wheel, built once for the tests that install or inspect it."""
    out = tmp_path_factory.mktemp("wheel")
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(root)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    return next(out.glob("safety_credit-*.whl"))
