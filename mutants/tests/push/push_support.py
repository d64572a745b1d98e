"""Shared pieces of the push tests: settings, queued events, running the dispatcher, and
the check of the dispatcher's promises against what the loopback platform saw."""

from __future__ import annotations

import asyncio
import base64
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from helpers import make_code
from loopback_platform import PlatformLog

from credit.push.dispatcher import Dispatcher
from credit.settings import Settings
from credit.store.models import Enterprise, OutboxEvent

SECRET = "whsec_" + base64.b64encode(b"current-secret-32-bytes-long!!!!").decode()
OLD_SECRET = "whsec_" + base64.b64encode(b"previous-secret-32-bytes-long!!!").decode()


def push_settings(db_url: str, url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "platform_url": url,
        "platform_secret": SECRET,
        "push_batch_size": 50,
        "push_timeout_seconds": 1.0,
        "push_interval_seconds": 0.01,
        "push_retry_horizon_seconds": 3600.0,
    }
    values.update(overrides)
    return Settings(**values)


def dispatcher(settings: Settings, **kwargs: Any) -> Dispatcher:
    """Retries in milliseconds, not seconds."""
    kwargs.setdefault("backoff_base", 0.01)
    kwargs.setdefault("backoff_max", 0.05)
    return Dispatcher(settings, **kwargs)


async def enterprises(count: int, *, seed: int = 0) -> list[Enterprise]:
    made = [
        Enterprise(code=make_code(seed * 100_000 + i), name=f"测试企业{seed}-{i}", region_code="440305",
                   industry="MINING")
        for i in range(count)
    ]
    await Enterprise.bulk_create(made)
    return await Enterprise.filter(code__in=[e.code for e in made]).order_by("id")


async def queue_events(
    count_per_enterprise: int,
    firms: list[Enterprise],
    *,
    visible_from: datetime | None = None,
    spacing: timedelta = timedelta(microseconds=10),
    same_moment_every: int = 0,
) -> list[OutboxEvent]:
    """Events interleaved across enterprises, visible in the past by default.
    ``same_moment_every`` > 0 gives runs of equal visible_at, so the id decides the order."""
    start = visible_from or datetime.now(UTC) - timedelta(minutes=5)
    rows: list[OutboxEvent] = []
    n = 0
    for round_ in range(count_per_enterprise):
        for firm in firms:
            step = n // same_moment_every if same_moment_every else n
            visible = start + spacing * step
            rows.append(OutboxEvent(
                event_id=uuid.uuid4(), event_type="RECORD_ADDED", enterprise_id=firm.id,
                effective_at=visible - timedelta(days=1), visible_at=visible, next_attempt_at=visible,
                payload={"type": "record.added", "code": firm.code, "name": firm.name,
                         "recordId": n, "kind": "PENALTY", "round": round_, "note": "罚款"},
            ))
            n += 1
    await OutboxEvent.bulk_create(rows, batch_size=500)
    # bulk_create leaves ids unset on SQLite: read the rows back, in creation order
    return await OutboxEvent.filter(event_id__in=[r.event_id for r in rows]).order_by("id")


async def source_order() -> dict[str, list[str]]:
    """Each enterprise's events in the order the platform must receive them."""
    rows = await OutboxEvent.all().order_by("visible_at", "id").values("event_id", "enterprise__code")
    order: dict[str, list[str]] = {}
    for row in rows:
        order.setdefault(row["enterprise__code"], []).append(str(row["event_id"]))
    return order


async def states() -> dict[str, str]:
    rows = await OutboxEvent.all().values("event_id", "state")
    return {str(r["event_id"]): r["state"] for r in rows}


async def undelivered_visible() -> int:
    return await OutboxEvent.filter(state="PENDING", visible_at__lte=datetime.now(UTC)).count()


async def run_until(
    d: Dispatcher, done: Callable[[], Awaitable[bool]], *, within: float = 15.0
) -> float:
    """Run the real loop until ``done()``; returns the seconds it took."""
    stop = asyncio.Event()
    task = asyncio.create_task(d.run(stop))
    started = time.monotonic()
    try:
        while not await done():
            if task.done():
                task.result()
                raise AssertionError("the dispatcher loop ended by itself")
            if time.monotonic() - started > within:
                raise AssertionError(f"not done within {within}s")
            await asyncio.sleep(0.02)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    return time.monotonic() - started


async def drained() -> bool:
    return await undelivered_visible() == 0


async def check_promises(
    log: PlatformLog,
    order: dict[str, list[str]],
    *,
    rejected: set[str] = frozenset(),  # type: ignore[assignment]
    undelivered: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """No event lost, none out of order for its enterprise, duplicates only under the same id,
    and the platform's copy equals the source: what it holds is DELIVERED here, what it
    refused is REJECTED, and nothing visible is left PENDING."""
    expected = {e for events in order.values() for e in events} - undelivered
    seen = {a.event_id for a in log.arrivals}
    assert seen <= {e for events in order.values() for e in events}, "the platform got unknown events"
    assert set(log.accepted) | set(log.rejected) == expected, (
        f"lost: {sorted(expected - set(log.accepted) - set(log.rejected))[:5]}"
    )
    assert set(log.rejected) == set(rejected)
    assert not log.signature_failures, log.signature_failures[:3]
    first_copy: dict[str, dict[str, Any]] = {}
    for arrival in log.arrivals:
        copy = first_copy.setdefault(arrival.event_id, arrival.document)
        assert arrival.document == copy, f"{arrival.event_id} came twice with different content"
    position = {e: (code, i) for code, events in order.items() for i, e in enumerate(events)}
    first_arrivals: dict[str, list[str]] = {}
    for arrival in log.arrivals:
        code, index = position[arrival.event_id]
        for earlier in order[code][:index]:
            if earlier in undelivered:
                continue
            acked = log.acked.get(earlier)
            assert acked is not None and acked < arrival.seq, (
                f"{arrival.event_id} of {code} was sent before {earlier}, ahead of it, was acknowledged"
            )
        arrived = first_arrivals.setdefault(code, [])
        if arrival.event_id not in arrived:
            arrived.append(arrival.event_id)
    for code, events in order.items():
        wanted = [e for e in events if e not in undelivered]
        assert first_arrivals.get(code, []) == wanted, f"{code} arrived out of order"
    now = await states()
    assert {e for e, s in now.items() if s == "DELIVERED"} == set(log.accepted)
    assert {e for e, s in now.items() if s == "REJECTED"} >= set(log.rejected)
    assert await undelivered_visible() == 0
