"""What operators see and steer: status, the event list, redelivery, resume; in Python and GraphQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import strawberry
from helpers import gql, key
from push_support import enterprises, queue_events
from strawberry.schema.config import StrawberryConfig

from credit.api.errors import Translate
from credit.api.operations import OperationsMutation, OperationsQuery
from credit.api.scalars import DateTime
from credit.domain.errors import Refusal
from credit.push import status as push_status
from credit.push.dispatcher import PAUSE_ROW
from credit.services.auth import ANONYMOUS, Caller, Role
from credit.store.models import AuditEntry, DispatcherLease, OutboxEvent

ADMIN = Caller(role=Role.ADMIN, key_id=7)
REGULATOR = Caller(role=Role.REGULATOR, key_id=8, authority_id=1, region_prefix="4403")

# the operations alone, configured as credit.api.schema configures the whole API
schema = strawberry.Schema(
    query=OperationsQuery, mutation=OperationsMutation, config=StrawberryConfig(scalar_map={datetime: DateTime}),
    extensions=[Translate],
)


async def _gql(query: str, caller: Caller, **variables: Any) -> Any:
    return await schema.execute(query, variable_values=variables, context_value={"caller": caller})


async def _mixed_queue() -> list[OutboxEvent]:
    """Per enterprise: one delivered, one rejected, one failed, one due, one hidden expiry."""
    firms = await enterprises(2)
    past = datetime.now(UTC) - timedelta(hours=2)
    events = await queue_events(4, firms, visible_from=past, spacing=timedelta(minutes=10))
    await queue_events(1, firms, visible_from=datetime.now(UTC) + timedelta(days=365))
    for event, state in zip(events, ["DELIVERED"] * 2 + ["REJECTED"] * 2 + ["FAILED"] * 2, strict=False):
        await OutboxEvent.filter(id=event.id).update(state=state, last_error="no" if state != "DELIVERED" else None)
    return await OutboxEvent.all().order_by("id")


async def test_status_counts_backlog_hidden_events_and_the_oldest_undelivered_age(db: str) -> None:
    events = await _mixed_queue()
    s = await push_status.delivery_status()
    assert s.counts == {"PENDING": 4, "DELIVERED": 2, "REJECTED": 2, "FAILED": 2}
    assert s.backlog == 4, "FAILED and due PENDING, not the hidden expiries"
    assert s.scheduled == 2
    oldest = await OutboxEvent.get(id=events[4].id)
    assert s.oldest_undelivered_at == oldest.visible_at
    assert s.oldest_undelivered_age_seconds is not None and 4790 < s.oldest_undelivered_age_seconds < 4900
    assert not s.paused and s.alert is None


async def test_deliveries_filter_by_state_and_code_in_queue_order(db: str) -> None:
    events = await _mixed_queue()
    pending = await push_status.deliveries("PENDING")
    assert [d.state for d in pending] == ["PENDING"] * 4
    assert pending[0].recorded_at <= pending[-1].recorded_at, "queue order"
    code = pending[0].code
    mine = await push_status.deliveries(code=code.lower(), first=2)
    assert len(mine) == 2 and {d.code for d in mine} == {code}
    assert mine[0].recorded_at >= mine[1].recorded_at, "newest first without a state"
    assert await push_status.deliveries(code="91440300MA5FFFFF0X") == []
    assert len(await push_status.deliveries(first=None)) == len(events)
    with pytest.raises(Refusal):
        await push_status.deliveries(first=1001)


async def test_redeliver_is_for_admins_only(db: str) -> None:
    with pytest.raises(Refusal) as denied:
        await push_status.redeliver(REGULATOR, [])
    assert denied.value.code == "FORBIDDEN"
    with pytest.raises(Refusal) as denied:
        await push_status.redeliver(ANONYMOUS, [])
    assert denied.value.code == "UNAUTHENTICATED"


async def test_redeliver_requeues_with_the_same_id_and_audits_it(db: str) -> None:
    events = await _mixed_queue()
    failed = events[4]
    await OutboxEvent.filter(id=failed.id).update(attempts=9)
    unknown = str(uuid.uuid4())
    result = await push_status.redeliver(ADMIN, [str(failed.event_id), unknown, "not-a-uuid"])
    assert [d.event_id for d in result.requeued] == [str(failed.event_id)]
    assert [(v.code, v.field) for v in result.violations] == [
        ("INVALID_VALUE", "eventIds[2]"), ("NOT_FOUND", "eventIds[1]"),
    ]
    row = await OutboxEvent.get(id=failed.id)
    assert (row.state, row.attempts, row.last_error, row.event_id) == ("PENDING", 0, None, failed.event_id)
    entry = await AuditEntry.get(action="redeliver")
    assert entry.entity_id == str(failed.event_id) and entry.actor == "key:7"
    assert entry.before == {"state": "FAILED"}


async def test_graphql_operations_show_status_and_deliveries_to_admins(db: str) -> None:
    await _mixed_queue()
    await DispatcherLease.create(name=PAUSE_ROW, holder="x", until=datetime.now(UTC))
    result = await _gql(
        """{ deliveryStatus { backlog scheduled counts { state count } oldestUndeliveredAt
               oldestUndeliveredAgeSeconds paused pausedAt alert }
             deliveries(state: FAILED, first: 1) { eventId eventType code name state attempts
               recordedAt effectiveAt nextAttemptAt deliveredAt lastError } }""",
        ADMIN,
    )
    assert result.errors is None, result.errors
    status = result.data["deliveryStatus"]
    assert status["backlog"] == 4 and status["paused"] and "410" in status["alert"]
    assert {"state": "FAILED", "count": 2} in status["counts"]
    [failed] = result.data["deliveries"]
    assert failed["state"] == "FAILED" and failed["recordedAt"].endswith("Z")


async def test_graphql_operations_refuse_other_roles_with_a_coded_error(db: str) -> None:
    for caller, code in ((REGULATOR, "FORBIDDEN"), (ANONYMOUS, "UNAUTHENTICATED")):
        result = await _gql("{ deliveryStatus { backlog } }", caller)
        assert result.errors and result.errors[0].extensions == {"code": code}
        result = await _gql('mutation { redeliver(eventIds: ["x"]) { requeued { eventId } } }', caller)
        assert result.errors and result.errors[0].extensions == {"code": code}
    result = await _gql("{ deliveries(first: 5000) { eventId } }", ADMIN)
    assert result.errors and result.errors[0].extensions
    assert result.errors[0].extensions["code"] == "BAD_USER_INPUT"


async def test_graphql_redeliver_and_resume(db: str) -> None:
    events = await _mixed_queue()
    await DispatcherLease.create(name=PAUSE_ROW, holder="x", until=datetime.now(UTC))
    rejected = str(events[2].event_id)
    result = await _gql(
        """mutation($ids: [String!]!) { redeliver(eventIds: $ids) {
             requeued { eventId state } userErrors { field code message } } }""",
        ADMIN, ids=[rejected, "nope"],
    )
    assert result.errors is None, result.errors
    payload = result.data["redeliver"]
    assert payload["requeued"] == [{"eventId": rejected, "state": "PENDING"}]
    assert payload["userErrors"][0]["code"] == "INVALID_VALUE"
    result = await _gql("mutation { resumeDelivery { wasPaused status { paused } } }", ADMIN)
    assert result.data["resumeDelivery"] == {"wasPaused": True, "status": {"paused": False}}
    assert not await DispatcherLease.exists(name=PAUSE_ROW)


async def test_admin_reads_delivery_status_through_the_app(db: str, client: Any) -> None:
    await _mixed_queue()
    admin = await key("admin")
    result = await gql(client, "{ deliveryStatus { backlog paused } }", token=admin)
    assert result["data"] == {"deliveryStatus": {"backlog": 4, "paused": False}}
    assert "errors" not in result
    insurer = await key("insurer")
    result = await gql(client, "{ deliveryStatus { backlog } }", token=insurer)
    assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"
