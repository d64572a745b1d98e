"""The outbox dispatcher: delivers queued events to the shared platform (DESIGN §3.3).

Each cycle claims the head of every enterprise's queue (its oldest unacknowledged
visible event, by ``visible_at, id``), sends those heads as one signed batch, and
records what the platform answered. When more heads are due than a batch holds, those
whose queue holds the nearest publication deadline (``deliver_by``) go first. Only heads are ever sent, so an event never
leaves before the one ahead of it for the same enterprise was acknowledged.

On PostgreSQL the claim is ``FOR UPDATE SKIP LOCKED`` inside a transaction that
lasts until the answer is recorded: several dispatchers share the work and a
crashed one's events are free again the moment its connection drops. On SQLite
(one writer, no row locks) a lease row lets one dispatcher work at a time.
The protocol and the rules for errors are in docs/push-protocol.md.
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import logging
import os
import random
import socket
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from credit.push.client import (
    Answered,
    BatchRefused,
    Gone,
    PlatformClient,
    PushConfigError,
    Retry,
    event_document,
    parse_secrets,
)
from credit.settings import Settings, get_settings
from credit.store.clock import database_now
from credit.store.models import DispatcherLease

log = logging.getLogger("credit.push")


class DeliveryState(enum.StrEnum):
    #: queued; not yet acknowledged (also while hidden until ``visible_at``)
    PENDING = "PENDING"
    #: the platform accepted it, or told us it already had it (same event id)
    DELIVERED = "DELIVERED"
    #: the platform refused this event and said why; later events of the enterprise go on
    REJECTED = "REJECTED"
    #: retries ran past the horizon; it blocks its enterprise's later events until redelivered
    FAILED = "FAILED"


#: States that still hold back the later events of the same enterprise.
UNACKNOWLEDGED = (DeliveryState.PENDING.value, DeliveryState.FAILED.value)

#: DispatcherLease rows: the SQLite dispatching lease, and the pause a 410 sets for everyone.
LEASE_ROW = "dispatcher"
PAUSE_ROW = "paused"

#: A failing event is FAILED only after this many attempts, so one that waited long behind
#: its enterprise's earlier events, or that an operator redelivered, still gets a fair series.
MIN_ATTEMPTS_BEFORE_FAILED = 5


def utcnow() -> datetime:
    return datetime.now(UTC)


def url_fingerprint(url: str) -> str:
    """Stored with a pause: a dispatcher configured with another URL lifts it."""
    return hashlib.sha256(url.encode()).hexdigest()[:32]


# ------------------------------------------------------------------------- SQL

_HEAD_FILTER = """
  NOT EXISTS (
    SELECT 1 FROM outbox_event p
    WHERE p.enterprise_id = e.enterprise_id
      AND p.state IN ('PENDING', 'FAILED')
      AND (p.visible_at < e.visible_at OR (p.visible_at = e.visible_at AND p.id < e.id)))"""

_COLUMNS = "SELECT e.id, e.event_id, e.event_type, e.effective_at, e.visible_at, e.payload, e.attempts"
_DUE = "e.state = 'PENDING' AND e.next_attempt_at <= {now} AND e.visible_at <= {now}"

# Heads whose queue holds a publication deadline (双公示 publishBy), the nearest first:
# ``deliver_by`` is the nearest deadline of an event and those queued behind it
# (credit.services.outbox), and the partial index outbox_event_deliver_by walks them in
# that order, so a claim reads no more of a large backlog than it sends.
_CLAIM_URGENT = (
    _COLUMNS
    + """
FROM outbox_event e
WHERE e.deliver_by IS NOT NULL AND """
    + _DUE
    + "\n  AND"
    + _HEAD_FILTER
    + """
ORDER BY e.deliver_by, e.next_attempt_at, e.id
LIMIT {limit}"""
)

# The rest, the longest waiting first: the (state, next_attempt_at) index finds due events;
# the NOT EXISTS keeps the heads only. Only heads are ever claimed, by either query, so each
# enterprise's events keep their order whatever the deadlines.
_CLAIM = (
    _COLUMNS
    + """
FROM outbox_event e
WHERE e.deliver_by IS NULL AND """
    + _DUE
    + "\n  AND"
    + _HEAD_FILTER
    + """
ORDER BY e.next_attempt_at, e.id
LIMIT {limit}"""
)

_MARK_ONE = (
    "UPDATE outbox_event SET state = {p}, attempts = attempts + {p}, next_attempt_at = {p}, "
    "last_error = {p} WHERE id = {p}"
)


class _Sql:
    """The few statements whose speed matters, written once per dialect."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        if postgres:
            self.claim_urgent = _CLAIM_URGENT.format(now="$1", limit="$2") + "\nFOR UPDATE OF e SKIP LOCKED"
            self.claim = _CLAIM.format(now="$1", limit="$2") + "\nFOR UPDATE OF e SKIP LOCKED"
            self.mark_one = _MARK_ONE.replace("{p}", "${}").format(1, 2, 3, 4, 5)
        else:
            self.claim_urgent = _CLAIM_URGENT.format(now="?1", limit="?2")
            self.claim = _CLAIM.format(now="?1", limit="?2")
            self.mark_one = _MARK_ONE.replace("{p}", "?")

    def mark_delivered(self, ids: Sequence[int], at: datetime) -> tuple[str, list[Any]]:
        head = (
            "UPDATE outbox_event SET state = 'DELIVERED', delivered_at = {at}, "
            "attempts = attempts + 1, last_error = NULL WHERE "
        )
        if self.postgres:
            return head.format(at="$1") + "id = ANY($2::bigint[])", [at, list(ids)]
        marks = ",".join("?" * len(ids))
        return head.format(at="?") + f"id IN ({marks})", [at, *ids]


def _moment(value: datetime | str) -> datetime:
    """SQLite hands datetimes back as text, PostgreSQL as aware datetimes."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# ------------------------------------------------------------------------- results


@dataclass
class ClaimedEvent:
    id: int
    event_id: str
    visible_at: datetime
    attempts: int
    document: dict[str, Any]


@dataclass(frozen=True)
class _Verdict:
    kind: Literal["delivered", "rejected", "retry", "paused"]
    error: str | None = None
    retry_after: float | None = None


@dataclass
class BatchReport:
    """What one ``run_once`` did."""

    claimed: int = 0
    delivered: int = 0
    rejected: int = 0
    retried: int = 0
    failed: int = 0
    requests: int = 0
    #: delivery is paused (a 410), nothing was claimed or nothing more is sent
    paused: bool = False
    #: another dispatcher holds the SQLite lease
    standby: bool = False
    #: the whole batch failed: wait this long before the next claim (circuit breaker)
    retry_in: float | None = None


@dataclass
class _Send:
    verdicts: dict[int, _Verdict] = field(default_factory=dict)
    requests: int = 0
    gone: str | None = None
    batch_failed: bool = False
    retry_after: float | None = None
    lease_lost: bool = False


# ------------------------------------------------------------------------- dispatcher


class Dispatcher:
    """Delivers the outbox. ``run_once()`` is one claim-send-record cycle; ``run(stop)`` loops.

    Backoff: a failed event waits ``base * 2**(attempts-1)`` seconds, capped at
    ``backoff_max``, times a random factor in [0.5, 1) so retries spread out; a
    Retry-After from the platform is honoured when longer. When a whole batch fails
    the dispatcher itself waits the same way before its next claim, so a platform
    that is down sees one probe per interval rather than the whole backlog.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        client: PlatformClient | None = None,
        name: str | None = None,
        backoff_base: float | None = None,
        backoff_max: float | None = None,
        lease_seconds: float | None = None,
        min_attempts_before_failed: int = MIN_ATTEMPTS_BEFORE_FAILED,
    ) -> None:
        self.settings = settings or get_settings()
        s = self.settings
        if not s.platform_url:
            raise PushConfigError("CREDIT_PLATFORM_URL is not set: there is nowhere to push to")
        if s.push_batch_size < 1:
            raise PushConfigError("CREDIT_PUSH_BATCH_SIZE must be at least 1")
        self.client = client or PlatformClient(
            s.platform_url, parse_secrets(s.platform_secret), timeout=s.push_timeout_seconds
        )
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.batch_size = s.push_batch_size
        self.interval = s.push_interval_seconds
        self.horizon = timedelta(seconds=s.push_retry_horizon_seconds)
        self.backoff_base = backoff_base or s.push_backoff_base_seconds
        self.backoff_max = backoff_max or s.push_backoff_max_seconds
        # a lease outlives one request with room to spare; it is renewed before each request
        self.lease = timedelta(seconds=lease_seconds or 2 * s.push_timeout_seconds + 5)
        self.min_attempts_before_failed = min_attempts_before_failed
        self._fingerprint = url_fingerprint(s.platform_url)
        self._random = random.Random()
        self._failures = 0  # consecutive whole-batch failures (circuit breaker)
        self._sql: _Sql | None = None
        self._holding = False

    async def __aenter__(self) -> Dispatcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.release_lease()
        await self.client.aclose()

    # --------------------------------------------------------------- the loop

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until ``stop`` is set; the batch in flight is finished first."""
        log.info("push dispatcher %s started: %s", self.name, self.client.url)
        try:
            while not stop.is_set():
                try:
                    report = await self.run_once()
                except Exception:
                    # the database or a bug: keep the loop alive, the events stay PENDING
                    self._failures += 1
                    delay = self._backoff(self._failures)
                    log.exception("push cycle failed; next try in %.1fs", delay)
                else:
                    if report.retry_in is not None:
                        delay = report.retry_in
                    elif report.claimed and not report.paused:
                        # answered heads may have uncovered the next ones: go on soon, but
                        # leave the loop to the service's readers between batches
                        delay = self.settings.push_pause_seconds
                    else:
                        delay = self.interval
                if delay > 0:
                    with suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), delay)
                else:
                    await asyncio.sleep(0)
        finally:
            log.info("push dispatcher %s stopping", self.name)
            with suppress(Exception):
                await self.release_lease()

    async def run_once(self) -> BatchReport:
        """Claim due heads, send them, record the answers. Never raises for platform trouble."""
        report = BatchReport()
        sql = self._dialect()
        if await self.is_paused():
            report.paused = True
            return report
        if not sql.postgres and not await self.hold_lease():
            report.standby = True
            return report
        if sql.postgres:
            # the row locks of the claim last until the answers are recorded
            async with in_transaction("default") as conn:
                # the feed's clock, not this host's: an expiry goes out when the feed shows it
                now = await database_now(conn)
                events = await self._claim(conn, sql, now)
                if events:
                    sent = await self._send_all(events)
                    await self._record(conn, sql, events, sent, report)
        else:
            events = await self._claim(connections.get("default"), sql, utcnow())
            if events:
                sent = await self._send_all(events)
                async with in_transaction("default") as conn:
                    await self._record(conn, sql, events, sent, report)
        report.claimed = len(events)
        return report

    # --------------------------------------------------------------- claim

    def _dialect(self) -> _Sql:
        if self._sql is None:
            dialect = connections.get("default").capabilities.dialect
            self._sql = _Sql(postgres=dialect == "postgres")
        return self._sql

    async def _claim(self, conn: BaseDBAsyncClient, sql: _Sql, now: datetime) -> list[ClaimedEvent]:
        # nearest publication deadlines first, then the longest waiting
        rows = await conn.execute_query_dict(sql.claim_urgent, [now, self.batch_size])
        if len(rows) < self.batch_size:
            rows += await conn.execute_query_dict(sql.claim, [now, self.batch_size - len(rows)])
        return [
            ClaimedEvent(
                id=row["id"],
                event_id=str(row["event_id"]),
                visible_at=_moment(row["visible_at"]),
                attempts=row["attempts"],
                document=event_document(
                    event_id=str(row["event_id"]),
                    event_type=row["event_type"],
                    effective_at=_moment(row["effective_at"]),
                    recorded_at=_moment(row["visible_at"]),
                    payload=row["payload"],
                ),
            )
            for row in rows
        ]

    # --------------------------------------------------------------- send

    async def _send_all(self, events: list[ClaimedEvent]) -> _Send:
        sent = _Send()
        await self._send(events, sent)
        return sent

    async def _send(self, events: list[ClaimedEvent], sent: _Send) -> None:
        if sent.gone is not None or sent.lease_lost:
            return  # left untouched: still PENDING, as it was
        if not self._dialect().postgres and not await self.hold_lease():
            # another dispatcher took over while we were slow: it may send these now
            sent.lease_lost = True
            log.warning("push lease lost mid-batch; leaving %d events to its new holder", len(events))
            return
        outcome = await self.client.send([e.document for e in events])
        sent.requests += 1
        if isinstance(outcome, Answered):
            for event in events:
                result = outcome.results.get(event.event_id)
                if result is None:
                    sent.verdicts[event.id] = _Verdict("retry", "the platform's answer has no result for this event")
                elif result.status == "rejected":
                    sent.verdicts[event.id] = _Verdict("rejected", result.reason or "rejected (no reason given)")
                else:
                    sent.verdicts[event.id] = _Verdict("delivered")
        elif isinstance(outcome, Retry):
            sent.batch_failed = True
            if outcome.retry_after is not None:
                sent.retry_after = max(sent.retry_after or 0.0, outcome.retry_after)
            if outcome.alert:
                log.error("push ALERT: the platform refuses our requests (%s): check CREDIT_PLATFORM_URL "
                          "and CREDIT_PLATFORM_SECRET", outcome.error)
            else:
                log.warning("push batch of %d not delivered: %s", len(events), outcome.error)
            for event in events:
                sent.verdicts[event.id] = _Verdict("retry", outcome.error, outcome.retry_after)
        elif isinstance(outcome, Gone):
            sent.gone = outcome.reason
            for event in events:
                sent.verdicts[event.id] = _Verdict("paused", f"HTTP 410: {outcome.reason}")
        elif isinstance(outcome, BatchRefused):
            if len(events) == 1:
                sent.verdicts[events[0].id] = _Verdict(
                    "rejected", f"HTTP {outcome.status_code}: {outcome.reason}"
                )
            else:
                # the platform objects to something in the batch: halve it until the event is alone
                middle = len(events) // 2
                await self._send(events[:middle], sent)
                await self._send(events[middle:], sent)

    # --------------------------------------------------------------- record

    async def _record(
        self,
        conn: BaseDBAsyncClient,
        sql: _Sql,
        events: list[ClaimedEvent],
        sent: _Send,
        report: BatchReport,
    ) -> None:
        now = await database_now(conn)
        report.requests = sent.requests
        delivered = [e.id for e in events if (v := sent.verdicts.get(e.id)) and v.kind == "delivered"]
        if delivered:
            statement, values = sql.mark_delivered(delivered, now)
            await conn.execute_query(statement, values)
        report.delivered = len(delivered)
        rows: list[list[Any]] = []
        # one random factor per batch: events that failed together retry together, as one batch
        factor = self._jitter()
        for event in events:
            verdict = sent.verdicts.get(event.id)
            if verdict is None or verdict.kind == "delivered":
                continue
            if verdict.kind == "rejected":
                report.rejected += 1
                log.warning("push event %s rejected by the platform: %s", event.event_id, verdict.error)
                rows.append([DeliveryState.REJECTED.value, 1, now, verdict.error, event.id])
            elif verdict.kind == "paused":
                rows.append([DeliveryState.PENDING.value, 0, now, verdict.error, event.id])
            else:
                attempts = event.attempts + 1
                if attempts >= self.min_attempts_before_failed and now - event.visible_at >= self.horizon:
                    report.failed += 1
                    error = f"gave up after {attempts} attempts: {verdict.error}"
                    log.error("push event %s FAILED: %s", event.event_id, error)
                    rows.append([DeliveryState.FAILED.value, 1, now, error, event.id])
                else:
                    report.retried += 1
                    delay = self._backoff(attempts, factor)
                    if verdict.retry_after is not None:
                        delay = max(delay, self._capped(verdict.retry_after))
                    rows.append([DeliveryState.PENDING.value, 1, now + timedelta(seconds=delay),
                                 verdict.error, event.id])
        if rows:
            await conn.execute_many(sql.mark_one, rows)
        if sent.gone is not None:
            await self._pause(conn, sent.gone, now)
            report.paused = True
        if sent.batch_failed and not delivered and not report.rejected:
            self._failures += 1
            wait = self._backoff(self._failures)
            if sent.retry_after is not None:
                wait = max(wait, self._capped(sent.retry_after))
            report.retry_in = wait
        elif delivered or report.rejected:
            self._failures = 0

    def _jitter(self) -> float:
        return 0.5 + self._random.random() / 2

    def _backoff(self, attempts: int, factor: float | None = None) -> float:
        nominal = min(self.backoff_max, self.backoff_base * 2.0 ** max(0, min(attempts - 1, 60)))
        return nominal * (factor or self._jitter())

    def _capped(self, retry_after: float) -> float:
        """Honour Retry-After, but a wild value cannot park events past the horizon."""
        return min(retry_after, self.horizon.total_seconds())

    # --------------------------------------------------------------- pause (410)

    async def _pause(self, conn: BaseDBAsyncClient, reason: str, now: datetime) -> None:
        log.error(
            "push ALERT: the platform answered 410 Gone (%s); delivery is PAUSED for every "
            "dispatcher. Check CREDIT_PLATFORM_URL, then run `credit push resume` "
            "(or the resumeDelivery mutation). Events stay PENDING.", reason,
        )
        updated = await DispatcherLease.filter(name=PAUSE_ROW).using_db(conn).update(
            holder=self._fingerprint, until=now
        )
        if not updated:
            with suppress(IntegrityError):
                await DispatcherLease.create(name=PAUSE_ROW, holder=self._fingerprint, until=now,
                                             using_db=conn)

    async def is_paused(self) -> bool:
        row = await DispatcherLease.get_or_none(name=PAUSE_ROW)
        if row is None:
            return False
        if row.holder != self._fingerprint:
            # the pause was for another URL: the operator has re-pointed us, so go on
            log.warning("push: delivery was paused for another platform URL; resuming with %s",
                        self.client.url)
            await DispatcherLease.filter(name=PAUSE_ROW, holder=row.holder).delete()
            return False
        return True

    # --------------------------------------------------------------- lease (SQLite)

    async def hold_lease(self) -> bool:
        """Take or renew the single dispatching lease; False while someone else holds it."""
        now = utcnow()
        until = now + self.lease
        renewed = await DispatcherLease.filter(
            Q(name=LEASE_ROW) & (Q(holder=self.name) | Q(until__lt=now))
        ).update(holder=self.name, until=until)
        if not renewed:
            try:
                await DispatcherLease.create(name=LEASE_ROW, holder=self.name, until=until)
            except IntegrityError:
                if self._holding:
                    log.warning("push lease lost to another dispatcher")
                self._holding = False
                return False
        if not self._holding:
            log.info("push dispatcher %s holds the lease", self.name)
        self._holding = True
        return True

    async def release_lease(self) -> None:
        """Let a successor start at once instead of waiting for the lease to run out."""
        if self._holding:
            self._holding = False
            await DispatcherLease.filter(name=LEASE_ROW, holder=self.name).delete()


# ------------------------------------------------------------------------- service hook


def push_configured(settings: Settings) -> bool:
    return bool(settings.platform_url) and settings.push_enabled


@asynccontextmanager
async def dispatcher_lifespan(settings: Settings | None = None) -> AsyncIterator[Dispatcher | None]:
    """Run the dispatcher as a background task of ``credit serve`` (inside the database's
    lifespan). Yields None when pushing is not configured; raises PushConfigError on bad settings."""
    settings = settings or get_settings()
    if not push_configured(settings):
        log.info("push dispatcher not started (CREDIT_PLATFORM_URL unset or CREDIT_PUSH_ENABLED false)")
        yield None
        return
    dispatcher = Dispatcher(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(dispatcher.run(stop), name="credit-push-dispatcher")
    try:
        yield dispatcher
    finally:
        stop.set()
        try:
            # the batch in flight is bounded by the request timeout
            await asyncio.wait_for(task, timeout=settings.push_timeout_seconds + 5)
        except TimeoutError:
            log.warning("push dispatcher did not stop in time; cancelled (its batch stays PENDING)")
        except Exception:
            log.exception("push dispatcher ended with an error")
        await dispatcher.client.aclose()
