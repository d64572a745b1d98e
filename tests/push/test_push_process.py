"""The dispatcher as a process (``python -m credit.push``) and inside ``credit serve``'s lifespan."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import make_code
from loopback_platform import Fault, LoopbackPlatform
from push_support import (
    SECRET,
    check_promises,
    drained,
    enterprises,
    push_settings,
    queue_events,
    source_order,
    states,
    undelivered_visible,
)

from credit.domain.calendar import china_today, moment_of
from credit.push.client import PushConfigError
from credit.push.dispatcher import LEASE_ROW, dispatcher_lifespan
from credit.services import listings, records
from credit.services.auth import Caller, Role
from credit.settings import Settings
from credit.store.models import Authority, DispatcherLease, OutboxEvent

ROOT = Path(__file__).resolve().parents[2]


def _start(db_url: str, platform: LoopbackPlatform, log_path: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "CREDIT_DATABASE_URL": db_url,
        "CREDIT_PLATFORM_URL": platform.url,
        "CREDIT_PLATFORM_SECRET": SECRET,
        "CREDIT_PUSH_BATCH_SIZE": "10",
        "CREDIT_PUSH_TIMEOUT_SECONDS": "2",
        "CREDIT_PUSH_INTERVAL_SECONDS": "0.05",
    }
    with log_path.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "credit.push", "run", "--lease-seconds", "2"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )


async def test_dispatcher_killed_mid_batch_loses_nothing_after_restart(
    db: str, platform: LoopbackPlatform, tmp_path: Path
) -> None:
    firms = await enterprises(25)
    await queue_events(4, firms)
    order = await source_order()
    platform.script(Fault("ok"), Fault("ok"), Fault("hold"))
    log_path = tmp_path / "dispatcher.log"
    first = _start(db, platform, log_path)
    try:
        held = await asyncio.to_thread(platform.held.wait, 30)
        assert held, log_path.read_text()
        first.send_signal(signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
    platform.release()
    in_flight = [a.event_id for a in platform.snapshot().arrivals if a.request == 3]
    assert len(in_flight) == 10
    now = await states()
    assert all(now[e] == "PENDING" for e in in_flight), "the killed batch was not recorded as delivered"

    second = _start(db, platform, log_path)
    try:
        deadline = time.monotonic() + 30
        while await undelivered_visible():
            assert second.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, log_path.read_text()
            await asyncio.sleep(0.05)
        second.send_signal(signal.SIGTERM)
        assert second.wait(15) == 0, log_path.read_text()
    finally:
        if second.poll() is None:
            second.kill()
    log = platform.snapshot()
    await check_promises(log, order)
    copies = [a.event_id for a in log.arrivals]
    assert sorted(e for e in set(copies) if copies.count(e) > 1) == sorted(in_flight), (
        "only the killed batch came twice"
    )
    assert set((await states()).values()) == {"DELIVERED"}
    assert not await DispatcherLease.exists(name=LEASE_ROW), "a stopped dispatcher hands its lease back"


async def test_status_command_prints_json_and_exit_code_says_not_paused(db: str) -> None:
    firms = await enterprises(2)
    await queue_events(2, firms)
    env = {**os.environ, "CREDIT_DATABASE_URL": db}
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "credit.push", "status", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert '"backlog": 4' in done.stdout and '"paused": false' in done.stdout


async def test_lifespan_runs_the_dispatcher_in_the_background_and_stops_it(
    db: str, platform: LoopbackPlatform
) -> None:
    firms = await enterprises(5)
    await queue_events(3, firms)
    settings = push_settings(db, platform.url)
    async with dispatcher_lifespan(settings) as running:
        assert running is not None
        deadline = time.monotonic() + 15
        while not await drained():
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "credit-push-dispatcher"]
    await check_promises(platform.snapshot(), await source_order())


async def test_lifespan_does_nothing_without_a_platform_url() -> None:
    async with dispatcher_lifespan(Settings(platform_url="")) as running:
        assert running is None
    async with dispatcher_lifespan(Settings(platform_url="http://127.0.0.1:9/x", push_enabled=False)) as running:
        assert running is None


async def test_lifespan_refuses_a_platform_url_without_a_whsec_secret() -> None:
    with pytest.raises(PushConfigError, match="CREDIT_PLATFORM_SECRET"):
        async with dispatcher_lifespan(Settings(platform_url="http://127.0.0.1:9/x", platform_secret="")):
            pass
    with pytest.raises(PushConfigError, match="whsec_"):
        async with dispatcher_lifespan(Settings(platform_url="http://127.0.0.1:9/x", platform_secret="abc")):
            pass


async def test_events_from_the_services_reach_the_platform_with_the_published_fields(
    db: str, platform: LoopbackPlatform
) -> None:
    """A listing decided long ago gives LISTED then EXPIRED at once; a recent one's expiry waits."""
    authority = await Authority.create(code=make_code(900, prefix="11", region="440300"), name="深圳市应急管理局")
    caller = Caller(role=Role.REGULATOR, key_id=1, authority_id=authority.id, authority_code=authority.code,
                    authority_name=authority.name, region_prefix="4403")
    today = china_today()
    listed: dict[str, str] = {}
    for seed, years_ago in ((1, 4), (2, 0)):
        code = make_code(seed)
        start = today - timedelta(days=365 * years_ago + 90)
        await records.register_enterprise(caller, code=code, name=f"深圳某矿业有限公司{seed}",
                                          region_code="440305", industry="MINING")
        accident = await records.record_accident(
            caller, code=code, occurred_on=start, deaths=10, serious_injuries=0,
            direct_loss_yuan=Decimal("1000000"),
        )
        penalty = await records.record_penalty(
            caller, code=code, decision_number=f"深应急罚〔{seed}〕1号", decided_on=start + timedelta(days=5),
            violation_type="未履行安全生产管理职责", legal_basis="安全生产法第一百一十四条",
            fine_yuan=Decimal("2000000"),
        )
        listing = await listings.propose_listing(
            caller, code=code, list_kind="BLACKLIST", ground="MAJOR_ACCIDENT",
            evidence_record_ids=[str(accident.id), str(penalty.id)], notified_on=start + timedelta(days=10),
            persons=[listings.ListedPersonInput("赵六", "110101198001010053")],
        )
        decided = await listings.decide_listing(
            caller, listing_id=str(listing.id), decision_number=f"深应急失信〔{seed}〕1号",
            decided_on=start + timedelta(days=30),
        )
        listed[code] = str(decided.listed_on)
    settings = push_settings(db, platform.url)
    async with dispatcher_lifespan(settings):
        deadline = time.monotonic() + 15
        while not await drained():
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
    log = platform.snapshot()
    by_code: dict[str, list[str]] = {}
    for arrival in log.arrivals:
        by_code.setdefault(arrival.code, []).append(arrival.document["eventType"])
    old, recent = make_code(1), make_code(2)
    assert by_code[old] == ["RECORD_ADDED", "RECORD_ADDED", "LISTED", "EXPIRED"]
    assert by_code[recent] == ["RECORD_ADDED", "RECORD_ADDED", "LISTED"], "the expiry waits for its day"
    hidden = await OutboxEvent.get(event_type="EXPIRED", enterprise__code=recent)
    assert hidden.state == "PENDING"
    listed_doc = next(a.document for a in log.arrivals if a.code == recent and a.document["eventType"] == "LISTED")
    row = await OutboxEvent.get(event_id=listed_doc["eventId"])
    assert listed_doc["eventId"] == str(row.event_id)
    assert listed_doc["code"] == recent and listed_doc["name"] == "深圳某矿业有限公司2"
    assert listed_doc["listKind"] == "BLACKLIST" and listed_doc["decisionNumber"] == "深应急失信〔2〕1号"
    expected_effective = moment_of(decided.listed_on).isoformat().replace("+00:00", "Z")  # type: ignore[arg-type]
    assert listed_doc["effectiveAt"] == expected_effective
    assert listed_doc["recordedAt"].endswith("Z")
    await check_promises(log, await source_order(), undelivered={str(hidden.event_id)})
