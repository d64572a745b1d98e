"""Where requests read (credit.services.reads), and what a check says of its data's freshness.

The replica itself is exercised end to end by tests/test_replica_instances.py; here the
table of who reads where, and the answers without a replica (both databases).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from helpers import gql, key

from credit.services.auth import ANONYMOUS, Caller, Role
from credit.services.reads import reads_replica
from credit.settings import Settings
from credit.store.db import DatabaseConfigError, tortoise_config

PROCUREMENT = Caller(role=Role.PROCUREMENT, key_id=1)
INSURER = Caller(role=Role.INSURER, key_id=2)
REGULATOR = Caller(role=Role.REGULATOR, key_id=3, authority_id=1, region_prefix="4403")
ADMIN = Caller(role=Role.ADMIN, key_id=4)


def test_read_only_questions_of_those_who_do_not_write_go_to_the_replica() -> None:
    assert reads_replica(PROCUREMENT, "query", ["restrictionCheck"])
    assert reads_replica(ANONYMOUS, "query", ["restrictionCheck", "verifyReceipt", "__typename"])
    assert reads_replica(INSURER, "query", ["enterprise"])


def test_writes_the_feed_and_regulators_reads_stay_on_the_primary() -> None:
    assert not reads_replica(REGULATOR, "query", ["restrictionCheck"])  # reads right after it writes
    assert not reads_replica(ADMIN, "query", ["enterprise"])
    assert not reads_replica(PROCUREMENT, "query", ["listingChanges"])  # gap-free paging: the primary's clock
    assert not reads_replica(PROCUREMENT, "query", ["restrictionCheck", "listingChanges"])
    assert not reads_replica(INSURER, "query", ["premiumQuote"])  # stores the quote it answers
    assert not reads_replica(INSURER, "query", ["quote"])  # the insurer's own stored quote, just written
    assert not reads_replica(PROCUREMENT, "mutation", ["restrictionCheck"])
    assert not reads_replica(PROCUREMENT, "query", ["__schema"])


def test_a_read_url_names_a_postgresql_replica_of_a_postgresql_primary() -> None:
    with pytest.raises(ValueError, match="CREDIT_DATABASE_READ_URL"):
        Settings(database_read_url="sqlite://data/replica.sqlite3")
    with pytest.raises(DatabaseConfigError, match="CREDIT_DATABASE_READ_URL"):
        tortoise_config("sqlite://data/credit.sqlite3", read_url="postgres://u@replica:5432/credit")
    config = tortoise_config("postgres://u@primary:5432/credit", read_url="postgres://u@replica:5432/credit")
    assert set(config["connections"]) == {"default", "replica"}
    assert config["routers"] == ["credit.store.replica.ReadRouter"]
    assert "routers" not in tortoise_config("postgres://u@primary:5432/credit")


async def test_without_a_replica_a_check_is_as_fresh_as_its_moment(client: httpx.AsyncClient) -> None:
    token = await key("procurement")
    answer = await gql(client, "query { restrictionCheck(codes: [\"91440305K8PBRNYTPN\"], domain: BIDDING) "
                               "{ checkedAt dataAsOf } }", token=token)
    check = answer["data"]["restrictionCheck"]
    assert check["dataAsOf"] == check["checkedAt"]
    ready = (await client.get("/readyz")).json()
    assert ready == {"status": "ready"}  # no replica to report on


def test_serve_refuses_a_replica_of_sqlite_in_one_line(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CREDIT_")}
    environment.update(CREDIT_DATABASE_URL=f"sqlite://{tmp_path / 'c.sqlite3'}",
                       CREDIT_DATABASE_READ_URL="postgres://u@127.0.0.1:1/credit")
    done = subprocess.run([str(Path(sys.executable).with_name("credit")), "serve", "--port", "0"], cwd=tmp_path,
                          env=environment, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "error: CREDIT_DATABASE_READ_URL names a PostgreSQL streaming replica of the PostgreSQL primary in "
        "CREDIT_DATABASE_URL (postgres://user:password@replica-host:5432/db); leave it empty otherwise"]


def test_a_check_as_known_at_a_moment_reads_the_primary_even_for_a_replica_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A replica may not have replayed every fact recorded by asKnownAt: restriction and person
    checks as known at a moment read the primary; plain checks keep the request's replica."""
    from datetime import UTC, datetime

    from credit.services.checks import replica_reads_for
    from credit.store import replica

    monkeypatch.setattr(replica, "has_replica", lambda: True)  # the routing decision, not a database
    with replica.replica_reads():
        with replica_reads_for(None) as on_replica:
            assert on_replica and replica.read_connection_name() == replica.REPLICA
        with replica_reads_for(datetime(2026, 11, 30, tzinfo=UTC)) as on_replica:
            assert not on_replica and replica.read_connection_name() == replica.PRIMARY
        assert replica.reading_replica()  # the request's own routing is back afterwards
    with replica_reads_for(None) as on_replica:  # a request that reads the primary keeps it
        assert not on_replica
