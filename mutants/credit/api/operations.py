"""GraphQL for operators (admin only): the push's status, its events, redelivery and resume."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

from credit.api.context import get_caller
from credit.api.errors import UserError
from credit.push import status as push_status
from credit.push.dispatcher import DeliveryState
from credit.services.access import authorize

DeliveryStateEnum = strawberry.enum(
    DeliveryState,
    name="DeliveryState",
    description="PENDING: queued, not yet acknowledged. DELIVERED: accepted (or already held) by the "
    "platform. REJECTED: refused by the platform with a reason; later events of the enterprise still "
    "go. FAILED: retries ran past the horizon; blocks later events of the enterprise until redelivered.",
)


@strawberry.type
class DeliveryStateCount:
    state: DeliveryStateEnum  # type: ignore[valid-type]
    count: int


@strawberry.type
class DeliveryStatus:
    backlog: int = strawberry.field(description="Visible events not yet acknowledged (PENDING and due, and FAILED).")
    scheduled: int = strawberry.field(description="PENDING events hidden until a future moment (queued expiries).")
    counts: list[DeliveryStateCount]
    oldest_undelivered_at: datetime | None
    oldest_undelivered_age_seconds: float | None
    paused: bool = strawberry.field(description="A 410 Gone paused delivery for every dispatcher.")
    paused_at: datetime | None
    alert: str | None


@strawberry.type
class Delivery:
    event_id: str
    event_type: str
    code: str
    name: str
    state: DeliveryStateEnum  # type: ignore[valid-type]
    attempts: int
    recorded_at: datetime
    effective_at: datetime
    next_attempt_at: datetime
    delivered_at: datetime | None
    last_error: str | None


@strawberry.type
class RedeliverPayload:
    requeued: list[Delivery]
    user_errors: list[UserError]


@strawberry.type
class ResumeDeliveryPayload:
    was_paused: bool
    status: DeliveryStatus


def _status_type(s: push_status.DeliveryStatus) -> DeliveryStatus:
    return DeliveryStatus(
        backlog=s.backlog,
        scheduled=s.scheduled,
        counts=[DeliveryStateCount(state=DeliveryState(k), count=v) for k, v in s.counts.items()
                if k in DeliveryState.__members__],
        oldest_undelivered_at=s.oldest_undelivered_at,
        oldest_undelivered_age_seconds=s.oldest_undelivered_age_seconds,
        paused=s.paused,
        paused_at=s.paused_at,
        alert=s.alert,
    )


def _delivery_type(d: push_status.Delivery) -> Delivery:
    return Delivery(
        event_id=d.event_id, event_type=d.event_type, code=d.code, name=d.name,
        state=DeliveryState(d.state), attempts=d.attempts, recorded_at=d.recorded_at,
        effective_at=d.effective_at, next_attempt_at=d.next_attempt_at,
        delivered_at=d.delivered_at, last_error=d.last_error,
    )


@strawberry.type
class OperationsQuery:
    @strawberry.field(description="How the push to the shared credit platform is doing (admin).")
    async def delivery_status(self, info: Info[Any, Any]) -> DeliveryStatus:
        authorize(get_caller(info), "deliveryStatus")
        return _status_type(await push_status.delivery_status())

    @strawberry.field(
        description="Outbox events by state and enterprise code (admin). PENDING and FAILED in queue "
        "order, others newest first. first defaults to 100, at most 1,000."
    )
    async def deliveries(
        self,
        info: Info[Any, Any],
        state: DeliveryStateEnum | None = None,  # type: ignore[valid-type]
        code: str | None = None,
        first: int | None = 100,
    ) -> list[Delivery]:
        authorize(get_caller(info), "deliveries")
        rows = await push_status.deliveries(state, code, first)
        return [_delivery_type(d) for d in rows]


@strawberry.type
class OperationsMutation:
    @strawberry.mutation(
        description="Queue these events again (admin): FAILED ones after an outage, REJECTED ones once "
        "fixed. A redelivered event keeps its id and goes before its enterprise's later events."
    )
    async def redeliver(self, info: Info[Any, Any], event_ids: list[str]) -> RedeliverPayload:
        result = await push_status.redeliver(get_caller(info), event_ids)
        return RedeliverPayload(
            requeued=[_delivery_type(d) for d in result.requeued],
            user_errors=[UserError(field=v.field, code=v.code, message=v.message)
                         for v in result.violations],
        )

    @strawberry.mutation(description="Lift the pause a 410 Gone from the platform set (admin).")
    async def resume_delivery(self, info: Info[Any, Any]) -> ResumeDeliveryPayload:
        was_paused = await push_status.resume_delivery(get_caller(info))
        return ResumeDeliveryPayload(
            was_paused=was_paused, status=_status_type(await push_status.delivery_status())
        )
