"""The change feed stays gap-free while writers commit concurrently (PostgreSQL row locks)."""

from __future__ import annotations

import asyncio
import random
from datetime import date, timedelta

import procurement_world as world
import pytest

from credit.services import feed, listings
from credit.services.auth import Caller, Role

pytestmark = pytest.mark.postgres_only

READER = Caller(role=Role.PROCUREMENT, key_id=1)
WRITERS = 40


async def test_a_reader_paging_during_concurrent_decisions_sees_every_change_exactly_once(db):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    proposals = []
    for i in range(WRITERS):
        code = await world.register(reg, 1000 + i)
        notified = date(2025, 1, 6) + timedelta(days=7 * i)
        proposals.append(await world.propose(reg, code, "BLACKLIST", notified))
    rnd = random.Random(7)

    async def decide(proposal) -> None:  # type: ignore[no-untyped-def]
        await asyncio.sleep(rnd.random() * 0.05)
        await listings.decide_listing(
            reg, listing_id=str(proposal.id), decision_number=f"深应急失信〔2026〕{proposal.id}号",
            decided_on=proposal.objection_deadline + timedelta(days=1),  # 春节 stretches some windows past 14 days
        )

    writers = asyncio.gather(*(decide(p) for p in proposals))
    seen: list[feed.FeedItem] = []
    cursor: str | None = None
    pages = 0
    while True:
        done = writers.done()
        items, more = await feed.listing_changes(READER, cursor, 2)
        pages += 1
        seen += items
        cursor = items[-1].cursor if items else cursor
        if done and not more and not items:
            break
        await asyncio.sleep(0)
    await writers  # re-raises a writer's failure
    assert pages > WRITERS // 2  # the reader really paged while the writers ran
    listed = [item.listing_id for item in seen if item.change == "LISTED"]
    assert sorted(listed) == sorted(p.id for p in proposals)  # each exactly once
    assert len({item.cursor for item in seen}) == len(seen)
    # and it is the same history a reader starting afterwards gets in one go
    after_the_fact, more = await feed.listing_changes(READER, None, 1000)
    assert not more
    assert [(i.listing_id, i.change, i.recorded_at) for i in after_the_fact] == [
        (i.listing_id, i.change, i.recorded_at) for i in seen
    ]
