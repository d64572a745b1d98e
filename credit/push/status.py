"""What operators see and steer of the push: backlog, states, pause, redelivery.

Read by the GraphQL operations (admin only) and by ``credit push status``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise import connections
from tortoise.transactions import in_transaction

from credit.domain.codes import normalise_code
from credit.domain.errors import Violation
from credit.push.dispatcher import LEASE_ROW, PAUSE_ROW, DeliveryState
from credit.services.access import authorize
from credit.services.auth import Caller
from credit.services.paging import MAX_PAGE, page_size
from credit.store.clock import database_now
from credit.store.models import AuditEntry, DispatcherLease, Enterprise, OutboxEvent


@dataclass(frozen=True)
class DeliveryStatus:
    #: visible events not yet acknowledged (PENDING and due, plus FAILED)
    backlog: int
    #: PENDING events hidden until a future moment (an expiry queued at its decision)
    scheduled: int
    #: every event by state; PENDING includes the scheduled ones
    counts: dict[str, int]
    oldest_undelivered_at: datetime | None
    oldest_undelivered_age_seconds: float | None
    paused: bool
    paused_at: datetime | None
    alert: str | None
    #: the SQLite dispatching lease: who holds it and until when (None on PostgreSQL)
    lease_holder: str | None = None
    lease_until: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        def moment(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "backlog": self.backlog,
            "scheduled": self.scheduled,
            "counts": self.counts,
            "oldestUndeliveredAt": moment(self.oldest_undelivered_at),
            "oldestUndeliveredAgeSeconds": self.oldest_undelivered_age_seconds,
            "paused": self.paused,
            "pausedAt": moment(self.paused_at),
            "alert": self.alert,
            "leaseHolder": self.lease_holder,
            "leaseUntil": moment(self.lease_until),
        }


@dataclass(frozen=True)
class Delivery:
    """One outbox event as an operator sees it."""

    event_id: str
    event_type: str
    code: str
    name: str
    state: str
    attempts: int
    recorded_at: datetime
    effective_at: datetime
    next_attempt_at: datetime
    delivered_at: datetime | None
    last_error: str | None


@dataclass
class RedeliverResult:
    requeued: list[Delivery] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)


def _placeholder(n: int) -> str:
    postgres = connections.get("default").capabilities.dialect == "postgres"
    return f"${n}" if postgres else "?"


def _moment(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


async def delivery_status() -> DeliveryStatus:
    """Three small queries: counts by state, the undelivered backlog, the pause and lease."""
    conn = connections.get("default")
    now = await database_now(conn)  # the clock that stamped visible_at (PostgreSQL's own)
    rows = await conn.execute_query_dict("SELECT state, COUNT(*) AS n FROM outbox_event GROUP BY state")
    counts = {state.value: 0 for state in DeliveryState}
    for row in rows:
        counts[row["state"]] = int(row["n"])
    p = _placeholder(1)
    backlog_row = (
        await conn.execute_query_dict(
            "SELECT COUNT(*) AS n, MIN(visible_at) AS oldest FROM outbox_event "
            f"WHERE state IN ('PENDING', 'FAILED') AND visible_at <= {p}",
            [now],
        )
    )[0]
    backlog = int(backlog_row["n"])
    oldest = _moment(backlog_row["oldest"])
    failed = counts.get(DeliveryState.FAILED.value, 0)
    scheduled = counts.get(DeliveryState.PENDING.value, 0) - (backlog - failed)
    leases = {row.name: row for row in await DispatcherLease.filter(name__in=[PAUSE_ROW, LEASE_ROW])}
    pause = leases.get(PAUSE_ROW)
    lease = leases.get(LEASE_ROW)
    alert = None
    if pause is not None:
        said = await OutboxEvent.filter(state="PENDING", last_error__startswith="HTTP 410").first()
        alert = (
            f"共享平台于 {pause.until.isoformat()} 返回 410 Gone,推送已暂停(事件保持待推送)。"
            "请核对 CREDIT_PLATFORM_URL 后执行 credit push resume 或 resumeDelivery 恢复推送。"
            + (f" 平台说明:{said.last_error}" if said and said.last_error else "")
        )
    return DeliveryStatus(
        backlog=backlog,
        scheduled=max(0, scheduled),
        counts=counts,
        oldest_undelivered_at=oldest,
        oldest_undelivered_age_seconds=(now - oldest).total_seconds() if oldest else None,
        paused=pause is not None,
        paused_at=pause.until if pause else None,
        alert=alert,
        lease_holder=lease.holder if lease and lease.until > now else None,
        lease_until=lease.until if lease and lease.until > now else None,
    )


_DELIVERY_FIELDS = (
    "event_id", "event_type", "enterprise__code", "enterprise__name", "state", "attempts",
    "visible_at", "effective_at", "next_attempt_at", "delivered_at", "last_error",
)


def _delivery(row: dict[str, Any]) -> Delivery:
    return Delivery(
        event_id=str(row["event_id"]),
        event_type=row["event_type"],
        code=row["enterprise__code"],
        name=row["enterprise__name"],
        state=row["state"],
        attempts=row["attempts"],
        recorded_at=row["visible_at"],
        effective_at=row["effective_at"],
        next_attempt_at=row["next_attempt_at"],
        delivered_at=row["delivered_at"],
        last_error=row["last_error"],
    )


async def deliveries(
    state: DeliveryState | str | None = None, code: str | None = None, first: int | None = None
) -> list[Delivery]:
    """Events by state and enterprise. PENDING and FAILED come in queue order (next to go
    first); other states and the unfiltered list newest first."""
    limit = page_size(first)
    query = OutboxEvent.all()
    if state is not None:
        state = DeliveryState(state)
        query = query.filter(state=state.value)
    if code is not None:
        enterprise = await Enterprise.get_or_none(code=normalise_code(code))
        if enterprise is None:
            return []
        query = query.filter(enterprise_id=enterprise.id)
    if state in (DeliveryState.PENDING, DeliveryState.FAILED):
        query = query.order_by("visible_at", "id")
    else:
        query = query.order_by("-visible_at", "-id")
    rows = await query.limit(limit).values(*_DELIVERY_FIELDS)
    return [_delivery(row) for row in rows]


# ------------------------------------------------------------------------- steering


def _parse_ids(raw_ids: Sequence[str], result: RedeliverResult) -> list[uuid.UUID]:
    ids: list[uuid.UUID] = []
    for index, raw in enumerate(raw_ids):
        try:
            ids.append(uuid.UUID(str(raw).strip()))
        except ValueError:
            result.violations.append(Violation("INVALID_VALUE", f"eventIds[{index}]", str(raw)))
    return ids


async def requeue(raw_ids: Sequence[str], *, actor: str, role: str) -> RedeliverResult:
    """Put events back in the queue (attempts reset), whatever their state. An event that was
    delivered goes out again with the same id, and it is again the head of its enterprise:
    later events of that enterprise wait until the platform acknowledges it."""
    result = RedeliverResult()
    if len(raw_ids) > MAX_PAGE:
        result.violations.append(Violation("INVALID_VALUE", "eventIds", f"最多{MAX_PAGE}个"))
        return result
    ids = _parse_ids(raw_ids, result)
    if not ids:
        return result
    async with in_transaction("default") as conn:
        now = await database_now(conn)
        found = await OutboxEvent.filter(event_id__in=ids).using_db(conn).values(
            "id", "event_id", "state", "enterprise__code"
        )
        known = {str(row["event_id"]) for row in found}
        for index, raw in enumerate(raw_ids):
            try:
                if str(uuid.UUID(str(raw).strip())) not in known:
                    result.violations.append(Violation("NOT_FOUND", f"eventIds[{index}]", str(raw)))
            except ValueError:
                continue
        to_requeue = [row for row in found if row["state"] != DeliveryState.PENDING.value]
        if to_requeue:
            await OutboxEvent.filter(id__in=[row["id"] for row in to_requeue]).using_db(conn).update(
                state=DeliveryState.PENDING.value, attempts=0, next_attempt_at=now,
                last_error=None, delivered_at=None,
            )
            await AuditEntry.bulk_create(
                [
                    AuditEntry(
                        actor=actor, role=role, action="redeliver", entity="OutboxEvent",
                        entity_id=str(row["event_id"]), enterprise_code=row["enterprise__code"],
                        before={"state": row["state"]}, after={"state": DeliveryState.PENDING.value},
                    )
                    for row in to_requeue
                ],
                using_db=conn,
            )
        rows = await OutboxEvent.filter(event_id__in=ids).using_db(conn).order_by("visible_at", "id").values(
            *_DELIVERY_FIELDS
        )
    result.requeued = [_delivery(row) for row in rows]
    return result


async def redeliver(caller: Caller, event_ids: Sequence[str]) -> RedeliverResult:
    """Admin only: send these events again (FAILED after an outage, REJECTED once fixed)."""
    authorize(caller, "redeliver")
    return await requeue(event_ids, actor=caller.actor, role=caller.role.value)


async def lift_pause(*, actor: str, role: str) -> bool:
    """End a 410 pause; True if delivery was paused."""
    async with in_transaction("default") as conn:
        removed = await DispatcherLease.filter(name=PAUSE_ROW).using_db(conn).delete()
        if removed:
            await AuditEntry.create(
                actor=actor, role=role, action="resumeDelivery", entity="DispatcherLease",
                entity_id=PAUSE_ROW, before={"paused": True}, after={"paused": False}, using_db=conn,
            )
    return bool(removed)


async def resume_delivery(caller: Caller) -> bool:
    """Admin only: lift the pause a 410 Gone set, once the platform URL is right."""
    authorize(caller, "resumeDelivery")
    return await lift_pause(actor=caller.actor, role=caller.role.value)
