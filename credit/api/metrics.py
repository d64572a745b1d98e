"""Prometheus metrics and ``GET /metrics`` (contract README, "Running it").

Counted as requests are served (credit/api/middleware.py and a few call sites):
requests and latency by route, GraphQL operation name and status, GraphQL errors by
``extensions.code``, restriction-check results by domain and status, answers of the
CheckRestrictions fast path. Computed when scraped: the push backlog and the age of
its oldest event (one indexed query, by the database's clock, at most once a second
per process), whether delivery is paused, and the database pool in use.

With ``credit serve --workers N`` each worker is a process of its own: the CLI then
sets ``PROMETHEUS_MULTIPROC_DIR`` before the workers start, every worker writes its
counts there, and whichever worker answers a scrape adds them all up.
"""

from __future__ import annotations

import os
import time
from collections import Counter as Tally
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
)
from prometheus_client import multiprocess as prometheus_multiprocess
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response

# the *_created series double the exposition and say nothing a dashboard uses
disable_created_metrics()

#: Decided when this module is imported, as prometheus_client decides it (its values
#: live in memory, or in files under this directory).
MULTIPROCESS = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))

#: Single-code checks take about a millisecond: finer buckets at the low end.
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

#: Operation names are chosen by clients: past this many distinct names the rest are
#: counted as "(other)", so a client cannot grow the metrics without bound.
MAX_OPERATIONS = 200
ANONYMOUS = "(anonymous)"  # parentheses: no GraphQL name can collide with these
INVALID = "(invalid)"
OTHER = "(other)"
NOT_GRAPHQL = ""

REQUESTS = Counter(
    "credit_requests", "HTTP requests served, by route, GraphQL operation name and HTTP status.",
    ["route", "operation", "status"],
)
LATENCY = Histogram(
    "credit_request_duration_seconds",
    "Time from a request's arrival to the end of its answer, by route and GraphQL operation name.",
    ["route", "operation"], buckets=LATENCY_BUCKETS,
)
ERRORS = Counter("credit_graphql_errors", "GraphQL errors answered, by extensions.code.", ["code"])
CHECK_RESULTS = Counter(
    "credit_restriction_check_results",
    "Codes answered by restriction checks, by domain and status (one per input item).",
    ["domain", "status"],
)
FASTPATH = Counter(
    "credit_fastpath_answers", "Requests answered by the fast path without Strawberry.", ["operation"]
)
POOL = Gauge(
    "credit_db_pool_connections",
    "Database connections of this service by state (in_use, idle, max), summed over live workers.",
    ["connection", "state"], multiprocess_mode="livesum",
)

_children: dict[tuple[Any, tuple[str, ...]], Any] = {}


def _child(metric: Any, *labels: str) -> Any:
    """``metric.labels(*labels)``, kept: ``labels()`` costs more than the ``inc()`` or
    ``observe()`` it serves, on every request."""
    key = (metric, labels)
    child = _children.get(key)
    if child is None:
        child = _children[key] = metric.labels(*labels)
    return child


_operations: set[str] = set()


def operation_label(name: str) -> str:
    """A client's operation name as a label value, within :data:`MAX_OPERATIONS`."""
    if name in _operations:
        return name
    if len(_operations) >= MAX_OPERATIONS:
        return OTHER
    _operations.add(name)
    return name


def observe_request(route: str, operation: str, status: int, seconds: float) -> None:
    """Count one answered request."""
    _child(REQUESTS, route, operation, str(status)).inc()
    _child(LATENCY, route, operation).observe(seconds)


def count_error(code: str) -> None:
    """One GraphQL error answered with this ``extensions.code``."""
    _child(ERRORS, code).inc()


def count_check_results(domain: str, statuses: Iterable[str]) -> None:
    """The results of one restriction check (whichever path answered it)."""
    for status, count in Tally(statuses).items():
        _child(CHECK_RESULTS, domain, str(status)).inc(count)


def count_fastpath(operation: str) -> None:
    _child(FASTPATH, operation).inc()


# ------------------------------------------------------------------- at scrape time

#: seconds a scrape-time figure is reused: several scrapers (or a dashboard refreshing)
#: cost one query a second at most
SCRAPE_CACHE_SECONDS = 1.0
_POOL_SAMPLE_SECONDS = 1.0
_last_pool_sample = 0.0


def sample_pool() -> None:
    """Record this process's database pool use (asyncpg; SQLite has one connection)."""
    global _last_pool_sample
    _last_pool_sample = time.monotonic()
    from credit.store.replica import PRIMARY, REPLICA, has_replica

    for name in (PRIMARY, REPLICA) if has_replica() else (PRIMARY,):
        try:
            from tortoise import connections

            client = connections.get(name)
        except Exception:  # not connected (yet): nothing to report
            return
        pool = getattr(client, "_pool", None)
        if pool is not None:
            size, idle = pool.get_size(), pool.get_idle_size()
            POOL.labels(name, "in_use").set(size - idle)
            POOL.labels(name, "idle").set(idle)
            POOL.labels(name, "max").set(pool.get_max_size())
        elif getattr(client, "_connection", None) is not None:  # SQLite: one connection, shared
            POOL.labels(name, "max").set(1)


def maybe_sample_pool() -> None:
    """Per request, in multiprocess mode: each worker's share of the pool gauge is kept
    fresh by its own traffic (a scrape reaches one worker only)."""
    if MULTIPROCESS and time.monotonic() - _last_pool_sample >= _POOL_SAMPLE_SECONDS:
        sample_pool()


class PushCollector(Collector):
    """The push backlog as of the last refresh (database-wide: never summed over workers)."""

    def __init__(self) -> None:
        self.backlog: int | None = None
        self.oldest_age: float | None = None
        self.paused: bool | None = None
        self.refreshed = 0.0

    async def refresh(self) -> None:
        if time.monotonic() - self.refreshed < SCRAPE_CACHE_SECONDS:
            return
        try:
            from tortoise import connections

            conn = connections.get("default")
        except Exception:
            return
        self.backlog, self.oldest_age, self.paused = await push_figures(conn)
        self.refreshed = time.monotonic()

    def collect(self) -> Iterator[GaugeMetricFamily]:
        if self.backlog is None:
            return
        yield GaugeMetricFamily(
            "credit_push_backlog",
            "Visible events not yet acknowledged by the shared platform (PENDING and visible, plus FAILED).",
            value=self.backlog,
        )
        yield GaugeMetricFamily(
            "credit_push_oldest_undelivered_age_seconds",
            "Age of the oldest event in the backlog, by the database's clock (0 when the backlog is empty).",
            value=self.oldest_age or 0.0,
        )
        yield GaugeMetricFamily(
            "credit_push_paused", "1 while delivery is paused by a 410 Gone from the platform.",
            value=1.0 if self.paused else 0.0,
        )


async def push_figures(conn: Any) -> tuple[int, float | None, bool]:
    """(backlog, age of its oldest event in seconds, paused): one query on the partial
    index of unacknowledged events, one primary-key lookup."""
    if conn.capabilities.dialect == "postgres":
        # now(): the database's clock, the one that stamped visible_at (store/clock.py)
        row = (await conn.execute_query_dict(
            "SELECT COUNT(*) AS n, EXTRACT(EPOCH FROM now() - MIN(visible_at)) AS age FROM outbox_event "
            "WHERE state IN ('PENDING', 'FAILED') AND visible_at <= now()"
        ))[0]
        age = float(row["age"]) if row["age"] is not None else None
    else:
        now = datetime.now(UTC)
        row = (await conn.execute_query_dict(
            "SELECT COUNT(*) AS n, MIN(visible_at) AS oldest FROM outbox_event "
            "WHERE state IN ('PENDING', 'FAILED') AND visible_at <= ?", [now],
        ))[0]
        oldest = row["oldest"]
        if isinstance(oldest, str):
            oldest = datetime.fromisoformat(oldest)
        age = (now - oldest).total_seconds() if oldest is not None else None
    paused = bool(await conn.execute_query_dict("SELECT 1 AS p FROM dispatcher_lease WHERE name = 'paused'"))
    return int(row["n"]), age, paused


PUSH = PushCollector()
if not MULTIPROCESS:
    REGISTRY.register(PUSH)


def exposition() -> bytes:
    """The text a scrape gets: every worker's counts, and the figures read at scrape time."""
    if not MULTIPROCESS:
        return generate_latest(REGISTRY)
    registry = CollectorRegistry()
    prometheus_multiprocess.MultiProcessCollector(registry)
    registry.register(PUSH)
    return generate_latest(registry)


async def metrics_endpoint(request: Request) -> Response:
    sample_pool()
    try:
        await PUSH.refresh()
    except Exception:  # the database is down: still serve what the process counted
        PUSH.backlog = None
    return Response(exposition(), media_type=CONTENT_TYPE_LATEST)
