"""The dispatcher against a real loopback platform, on SQLite and PostgreSQL: every promise
of docs/push-protocol.md under each fault the platform can produce."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest
from loopback_platform import Fault, LoopbackPlatform, status
from push_support import (
    OLD_SECRET,
    SECRET,
    check_promises,
    dispatcher,
    drained,
    enterprises,
    push_settings,
    queue_events,
    run_until,
    source_order,
    states,
)
from tortoise.transactions import in_transaction

from credit.push import status as push_status
from credit.push.dispatcher import PAUSE_ROW
from credit.services.outbox import hasten_queue
from credit.store.models import DispatcherLease, OutboxEvent


async def test_every_visible_event_is_delivered_once_in_order_per_enterprise(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(12)
    await queue_events(8, firms, same_moment_every=5)
    order = await source_order()
    async with dispatcher(push_settings(db, platform.url, push_batch_size=7)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    await check_promises(log, order)
    assert len(log.arrivals) == 96, "no duplicates when nothing fails"
    assert set((await states()).values()) == {"DELIVERED"}
    assert max(count for *_, count, _ in log.requests) <= 7


async def test_a_batch_never_carries_two_events_of_one_enterprise(db: str, platform: LoopbackPlatform) -> None:
    firms = await enterprises(3)
    await queue_events(10, firms)
    async with dispatcher(push_settings(db, platform.url, push_batch_size=200)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    by_request: dict[int, list[str]] = {}
    for arrival in log.arrivals:
        by_request.setdefault(arrival.request, []).append(arrival.code)
    assert all(len(codes) == len(set(codes)) for codes in by_request.values())
    await check_promises(log, await source_order())


async def test_event_hidden_until_its_moment_is_not_delivered_before_it(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(2)
    await queue_events(2, firms)
    soon = datetime.now(UTC) + timedelta(seconds=1.0)
    later = datetime.now(UTC) + timedelta(days=3 * 365)
    [due_soon] = await queue_events(1, firms[:1], visible_from=soon)
    [expiry] = await queue_events(1, firms[1:], visible_from=later)
    async with dispatcher(push_settings(db, platform.url)) as d:
        await run_until(d, drained)
        assert str(due_soon.event_id) not in platform.snapshot().accepted
        assert str(expiry.event_id) not in platform.snapshot().accepted

        async def soon_delivered() -> bool:
            return await OutboxEvent.filter(id=due_soon.id, state="DELIVERED").exists()

        await run_until(d, soon_delivered, within=5)
    log = platform.snapshot()
    arrived_at = next(a.at for a in log.arrivals if a.event_id == str(due_soon.event_id))
    assert time.monotonic() - arrived_at < 5
    assert datetime.now(UTC) >= soon
    assert str(expiry.event_id) not in log.accepted
    assert (await OutboxEvent.get(id=expiry.id)).state == "PENDING"
    await check_promises(log, await source_order(), undelivered={str(expiry.event_id)})


async def test_platform_down_keeps_events_pending_and_all_arrive_after_it_returns(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(6)
    await queue_events(4, firms)
    order = await source_order()
    platform.stop_listening()
    async with dispatcher(push_settings(db, platform.url, push_batch_size=4)) as d:

        async def tried_a_few_times() -> bool:
            return await OutboxEvent.filter(attempts__gte=3).exists()

        await run_until(d, tried_a_few_times)
        assert set((await states()).values()) == {"PENDING"}
        assert "ConnectError" in ((await OutboxEvent.filter(attempts__gte=3).first()).last_error or "")
        platform.start()
        await run_until(d, drained)
    await check_promises(platform.snapshot(), order)


async def test_server_errors_are_retried_until_accepted(db: str, platform: LoopbackPlatform) -> None:
    firms = await enterprises(5)
    await queue_events(3, firms)
    platform.script(status(500), status(503, {"reason": "维护中"}), status(502))
    async with dispatcher(push_settings(db, platform.url)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    assert [outcome for _, _, outcome, *_ in log.requests[:3]] == ["500", "503", "502"]
    await check_promises(log, await source_order())
    refused = sum(count for _, _, outcome, count, _ in log.requests if outcome != "200")
    assert refused == 15, "a failed batch is retried whole"
    attempts = sum(e.attempts for e in await OutboxEvent.all())
    assert attempts == 15 + refused, "each refusal counted once, each event accepted once"


async def test_429_retry_after_is_honoured(db: str, platform: LoopbackPlatform) -> None:
    firms = await enterprises(3)
    await queue_events(1, firms)
    platform.script(status(429, {"reason": "too many"}, retry_after="1"))
    async with dispatcher(push_settings(db, platform.url)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    (_, refused_at, outcome, *_), (_, next_at, *_) = log.requests[:2]
    assert outcome == "429"
    assert next_at - refused_at >= 0.95, "the next request came before Retry-After ran out"
    await check_promises(log, await source_order())


async def test_a_429_holds_back_the_dispatchers_next_request_for_every_enterprise(
    db: str, platform: LoopbackPlatform
) -> None:
    """Retry-After applies to the refused events and to this dispatcher's next claim, so an
    enterprise that was not in the refused batch waits too (docs/push-protocol.md)."""
    firms = await enterprises(3)
    *_, waiting = await queue_events(1, firms)
    platform.script(status(429, {"reason": "too many"}, retry_after="30"))
    async with dispatcher(push_settings(db, platform.url, push_batch_size=2)) as d:
        before = datetime.now(UTC)
        report = await d.run_once()
    assert report.claimed == 2 and report.retry_in is not None and report.retry_in >= 30
    refused = await OutboxEvent.filter(attempts=1)
    assert len(refused) == 2 and waiting.id not in {e.id for e in refused}
    assert all(e.next_attempt_at >= before + timedelta(seconds=30) for e in refused)
    left = await OutboxEvent.get(id=waiting.id)
    assert left.next_attempt_at <= before, "the third enterprise is due: only the dispatcher's wait holds it"


async def test_the_same_events_resent_in_another_order_keep_their_webhook_id(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(2)
    first, second = await queue_events(1, firms)
    platform.script(status(503))
    async with dispatcher(push_settings(db, platform.url)) as d:
        await d.run_once()
        # their retries now fall due in the other order, as when their attempt histories differ
        due = datetime.now(UTC) - timedelta(seconds=1)
        await OutboxEvent.filter(id=second.id).update(next_attempt_at=due - timedelta(seconds=1))
        await OutboxEvent.filter(id=first.id).update(next_attempt_at=due)
        await d.run_once()
    log = platform.snapshot()
    assert [outcome for _, _, outcome, *_ in log.requests] == ["503", "200"]
    assert log.bodies[1] == [str(first.event_id), str(second.event_id)]
    assert log.bodies[2] == [str(second.event_id), str(first.event_id)]
    assert log.requests[0][4] == log.requests[1][4], "one set of events, one webhook-id"


async def test_reply_slower_than_the_timeout_is_retried_with_the_same_ids(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(4)
    await queue_events(2, firms)
    platform.script(Fault("slow", seconds=1.0))
    async with dispatcher(push_settings(db, platform.url, push_timeout_seconds=0.3)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    assert len(log.arrivals) == 8 + 4, "the slow batch came again"
    await check_promises(log, await source_order())


async def test_connection_cut_mid_response_is_retried(db: str, platform: LoopbackPlatform) -> None:
    firms = await enterprises(4)
    await queue_events(2, firms)
    platform.script(Fault("cut"), Fault("reset"))
    async with dispatcher(push_settings(db, platform.url)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    assert [o for _, _, o, *_ in log.requests[:2]] == ["cut", "reset"]
    await check_promises(log, await source_order())


async def test_lost_acknowledgement_means_a_duplicate_with_the_same_id(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(5)
    await queue_events(2, firms)
    platform.script(Fault("drop"))
    async with dispatcher(push_settings(db, platform.url)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    first_batch = [a.event_id for a in log.arrivals if a.request == 1]
    assert len(first_batch) == 5
    copies = [a.event_id for a in log.arrivals if a.event_id in first_batch]
    assert sorted(copies) == sorted(first_batch * 2), "each dropped event came exactly twice"
    await check_promises(log, await source_order())
    assert set((await states()).values()) == {"DELIVERED"}


async def test_rejected_event_is_marked_with_the_reason_and_does_not_block_its_enterprise(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(4)
    events = await queue_events(3, firms)
    refused = events[1]  # the first event of the second enterprise
    platform.reject[str(refused.event_id)] = "统一社会信用代码与名称不符"
    async with dispatcher(push_settings(db, platform.url)) as d:
        await run_until(d, drained)
    row = await OutboxEvent.get(id=refused.id)
    assert row.state == "REJECTED"
    assert row.last_error == "统一社会信用代码与名称不符"
    log = platform.snapshot()
    await check_promises(log, await source_order(), rejected={str(refused.event_id)})
    later = [e for e in events if e.enterprise_id == refused.enterprise_id and e.id != refused.id]  # type: ignore[attr-defined]
    assert all(str(e.event_id) in log.accepted for e in later)


async def test_batch_level_422_is_narrowed_down_to_the_offending_event(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(9)
    events = await queue_events(2, firms)
    bad = events[6]
    platform.refuse.add(str(bad.event_id))
    async with dispatcher(push_settings(db, platform.url)) as d:
        await run_until(d, drained)
    row = await OutboxEvent.get(id=bad.id)
    assert row.state == "REJECTED"
    assert row.last_error == "HTTP 422: 事件内容不符合规范"
    log = platform.snapshot()
    assert set(log.accepted) == {str(e.event_id) for e in events} - {str(bad.event_id)}
    # the platform refused the batch, so it never recorded the bad event: nothing lost or disordered
    order = await source_order()
    await check_promises(log, order, undelivered={str(bad.event_id)})


async def test_410_pauses_delivery_keeps_events_pending_until_resumed(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(3)
    await queue_events(2, firms)
    platform.script(status(410, {"reason": "接口已停用,请改用 v2"}))
    async with dispatcher(push_settings(db, platform.url)) as d:
        report = await d.run_once()
        assert report.paused and report.claimed == 3
        assert (await d.run_once()).paused, "a paused dispatcher claims nothing"
        assert set((await states()).values()) == {"PENDING"}
        assert await OutboxEvent.filter(attempts__gt=0).count() == 0, "a pause is not a failed attempt"
        status_now = await push_status.delivery_status()
        assert status_now.paused and status_now.backlog == 6
        assert status_now.alert is not None and "410" in status_now.alert and "v2" in status_now.alert
        assert len(platform.snapshot().requests) == 1
        assert await push_status.lift_pause(actor="test", role="admin")
        await run_until(d, drained)
    await check_promises(platform.snapshot(), await source_order())
    assert not await DispatcherLease.exists(name=PAUSE_ROW)


async def test_pause_is_lifted_when_the_platform_url_is_changed(db: str, platform: LoopbackPlatform) -> None:
    firms = await enterprises(2)
    await queue_events(1, firms)
    platform.script(status(410))
    async with dispatcher(push_settings(db, platform.url)) as d:
        assert (await d.run_once()).paused
    other = platform.url.replace("/events", "/v2/events")
    async with dispatcher(push_settings(db, other)) as d:
        await run_until(d, drained)
    assert not await DispatcherLease.exists(name=PAUSE_ROW)


async def test_retries_past_the_horizon_mark_the_event_failed_and_hold_back_its_enterprise(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(2)
    events = await queue_events(2, firms, visible_from=datetime.now(UTC) - timedelta(seconds=2))
    platform.stop_listening()
    settings = push_settings(db, platform.url, push_retry_horizon_seconds=1.0)
    async with dispatcher(settings, min_attempts_before_failed=3) as d:

        async def heads_failed() -> bool:
            return await OutboxEvent.filter(state="FAILED").count() == 2

        await run_until(d, heads_failed)
        failed = await OutboxEvent.filter(state="FAILED").order_by("id")
        assert [f.id for f in failed] == [events[0].id, events[1].id]
        assert all(f.attempts >= 3 and "gave up" in (f.last_error or "") for f in failed)
        platform.start()
        # the platform is up again: "nothing arrives" below is the dispatcher holding back
        assert platform.listening.wait(5)
        for _ in range(5):
            await d.run_once()
        assert await OutboxEvent.filter(state="PENDING").count() == 2, "later events wait behind FAILED"
        assert platform.snapshot().arrivals == []
        status_now = await push_status.delivery_status()
        assert status_now.counts["FAILED"] == 2 and status_now.backlog == 4
        result = await push_status.requeue([str(f.event_id) for f in failed], actor="test", role="admin")
        assert len(result.requeued) == 2 and not result.violations
        await run_until(d, drained)
    await check_promises(platform.snapshot(), await source_order())


async def test_signatures_verify_under_each_secret_while_rotating(db: str) -> None:
    old_only = LoopbackPlatform([OLD_SECRET]).start()
    new_only = LoopbackPlatform([SECRET]).start()
    try:
        firms = await enterprises(2)
        await queue_events(1, firms)
        for receiver in (old_only, new_only):
            await OutboxEvent.all().update(state="PENDING")
            settings = push_settings(db, receiver.url, platform_secret=f"{SECRET}, {OLD_SECRET}")
            async with dispatcher(settings) as d:
                await run_until(d, drained)
            log = receiver.snapshot()
            assert not log.signature_failures and len(log.accepted) == 2
    finally:
        old_only.close()
        new_only.close()


async def test_wrong_secret_is_retried_not_rejected(db: str, platform: LoopbackPlatform) -> None:
    firms = await enterprises(2)
    await queue_events(1, firms)
    settings = push_settings(db, platform.url, platform_secret=OLD_SECRET)
    async with dispatcher(settings) as d:
        for _ in range(3):
            await d.run_once()
            await asyncio.sleep(0.06)
    assert set((await states()).values()) == {"PENDING"}
    assert "HTTP 401" in ((await OutboxEvent.first()).last_error or "")


@pytest.mark.postgres_only
async def test_two_dispatchers_on_postgres_never_send_an_event_twice(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(40)
    await queue_events(6, firms)
    platform.delay = 0.005
    settings = push_settings(db, platform.url, push_batch_size=8)
    reports: dict[str, int] = {"a": 0, "b": 0}

    async def work(name: str) -> None:
        async with dispatcher(settings, name=name) as d:
            idle = 0
            while idle < 5:
                report = await d.run_once()
                reports[name] += report.delivered
                idle = idle + 1 if not report.claimed else 0
                await asyncio.sleep(0.005 if not report.claimed else 0)

    await asyncio.wait_for(asyncio.gather(work("a"), work("b")), 30)
    log = platform.snapshot()
    assert not log.concurrent
    assert len(log.arrivals) == 240, "no event was sent twice"
    assert reports["a"] > 0 and reports["b"] > 0, f"both dispatchers worked: {reports}"
    await check_promises(log, await source_order())


async def test_on_sqlite_a_second_dispatcher_stands_by_while_the_lease_is_held(
    db: str, db_url: str, platform: LoopbackPlatform
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL shares the work through row locks instead")
    firms = await enterprises(2)
    await queue_events(2, firms)
    settings = push_settings(db, platform.url, push_batch_size=1)
    async with dispatcher(settings, name="first") as first, dispatcher(settings, name="second") as second:
        assert (await first.run_once()).claimed == 1
        assert (await second.run_once()).standby
        await first.release_lease()
        assert (await second.run_once()).claimed == 1
        assert (await first.run_once()).standby


async def test_with_a_backlog_the_nearest_publication_deadlines_go_first_in_order_per_enterprise(
    db: str, platform: LoopbackPlatform
) -> None:
    """双公示: a decision must be published within its working days. When more heads are due than
    a batch holds, the enterprises whose queue holds the nearest deadline go first; each one's
    events still go in their own order (a head without a deadline carries the one behind it)."""
    firms = await enterprises(5)
    await queue_events(2, firms)  # every firm: a head, then a second event
    soon = datetime.now(UTC).date()
    for rank, firm in enumerate(firms[1:]):  # firm 4 nearest, firm 1 latest; firm 0 has none
        second = await OutboxEvent.filter(enterprise_id=firm.id).order_by("-id").first()
        assert second is not None
        # as credit.services.outbox queues a decision: its deadline, lent to the events ahead
        second.publish_by = second.deliver_by = soon + timedelta(days=len(firms) - 1 - rank)
        async with in_transaction() as conn:
            await second.save(update_fields=["publish_by", "deliver_by"], using_db=conn)
            await hasten_queue(conn, second)
    order = await source_order()
    async with dispatcher(push_settings(db, platform.url, push_batch_size=2)) as d:
        await run_until(d, drained)
    log = platform.snapshot()
    await check_promises(log, order)
    first_request: dict[str, int] = {}
    for arrival in log.arrivals:
        first_request.setdefault(arrival.code, arrival.request)
    codes = [f.code for f in firms]
    assert first_request[codes[4]] == first_request[codes[3]] < first_request[codes[2]]
    assert first_request[codes[2]] == first_request[codes[1]] < first_request[codes[0]]
