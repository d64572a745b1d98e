"""Builders for the procurement tests: enterprises and listings entered through the real services.

Listings are entered after the fact (decisions may lie in the past), so any moment
in a listing's life can be probed today.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import helpers

from credit.domain.records import CreditRecordKind
from credit.services import listings, records
from credit.services.auth import Caller, authenticate
from credit.store.models import Listing

_numbers = itertools.count(1)


async def regulator(region: str = "4403") -> Caller:
    secret = await helpers.regulator_key(region=region)
    return await authenticate(f"Bearer {secret}")


async def register(reg: Caller, seed: int, name: str | None = None) -> str:
    code = helpers.make_code(seed)
    await records.register_enterprise(
        reg, code=code, name=name or f"南山测试化工{seed}有限公司", region_code=helpers.REGION,
        industry="CHEMICALS",
    )
    return code


async def propose(reg: Caller, code: str, kind: str, notified_on: date) -> Listing:
    """告知 with the least evidence the ground needs (a penalty, or a hazard record)."""
    n = next(_numbers)
    if kind == "BLACKLIST":
        record = await records.record_penalty(
            reg, code=code, decision_number=f"深应急罚〔{notified_on.year}〕{n}号",
            decided_on=notified_on - timedelta(days=20), violation_type="未按规定履行安全生产管理职责",
            legal_basis="《安全生产法》第一百一十四条", fine_yuan=Decimal("300000"),
        )
        ground = "OTHER_SERIOUS_VIOLATION"
    else:
        record = await records.record_simple(
            reg, kind=CreditRecordKind.HAZARD, code=code, occurred_on=notified_on - timedelta(days=20),
            description="重大事故隐患逾期未整改",
        )
        ground = "UNRECTIFIED_MAJOR_HAZARD"
    return await listings.propose_listing(
        reg, code=code, list_kind=kind, ground=ground, evidence_record_ids=[str(record.id)],
        notified_on=notified_on,
    )


async def decide(reg: Caller, listing: Listing, decided_on: date) -> Listing:
    return await listings.decide_listing(
        reg, listing_id=str(listing.id), decision_number=f"深应急失信〔{decided_on.year}〕{listing.id}号",
        decided_on=decided_on,
    )


async def listed(reg: Caller, code: str, kind: str, listed_on: date) -> Listing:
    """A listing decided on ``listed_on`` (notified two weeks before)."""
    proposal = await propose(reg, code, kind, listed_on - timedelta(days=14))
    return await decide(reg, proposal, listed_on)


async def repaired(reg: Caller, listing: Listing, applied_on: date, decided_on: date) -> Any:
    application, _ = await listings.apply_credit_repair(
        reg, listing_id=str(listing.id), applied_on=applied_on, statement="已完成整改并公开信用承诺",
    )
    await listings.decide_credit_repair(
        reg, application_id=str(application.id), approved=True, decided_on=decided_on,
        reason="整改到位,同意修复",
    )
    return application


async def revoked(reg: Caller, listing: Listing, revoked_on: date) -> Listing:
    return await listings.revoke_listing(
        reg, listing_id=str(listing.id), revoked_on=revoked_on, reason="认定事实错误"
    )
