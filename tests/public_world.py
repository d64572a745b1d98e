"""A small world for the public pages: listings in every state around today, by name.

Written as dated facts straight into the store (as helpers.listings_in_every_state does):
the pages only read, and each listing must sit exactly on its day relative to today,
whenever the suite runs. The procedure that produces such facts is tested in tests/api.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from helpers import make_code

from credit.domain.calendar import add_months, china_today
from credit.store.models import (
    Authority,
    CreditRecord,
    Enterprise,
    Listing,
    ListingEvidence,
    RepairApplication,
)

AUTHORITY_CODE = "11440300MB2C92016Y"
AUTHORITY_NAME = "深圳市应急管理局"


@dataclass
class World:
    today: date
    ids: dict[str, int] = field(default_factory=dict)  # listing id by name
    codes: dict[str, str] = field(default_factory=dict)  # enterprise code by name


async def public_world(today: date | None = None) -> World:
    """In force: 鹏城化工 (blacklist, with a penalty and its correction), 华南精细化学
    (blacklist, Guangzhou), 龙岗建材 (greylist), 福永航空配件 (blacklist, ends tomorrow).
    Not published: 宝安五金 (expired), 福田物流 (ends today), 坪山制药 (repaired),
    观澜塑胶 (revoked), 沙井模具 (undecided), 松岗电镀 (withdrawn)."""
    today = today or china_today()
    world = World(today)
    authority = await Authority.create(code=AUTHORITY_CODE, name=AUTHORITY_NAME)
    seed = iter(range(100, 200))

    async def listing(name: str, *, kind: str = "BLACKLIST", ground: str = "MAJOR_ACCIDENT",
                      region: str = "440305", listed_on: date | None = None, months: int = 36,
                      **facts: object) -> Listing:
        code = make_code(next(seed), region=region)
        enterprise = await Enterprise.create(code=code, name=f"{name}有限公司", region_code=region,
                                             industry="CHEMICALS")
        expires_on = facts.pop("expires_on", add_months(listed_on, months) if listed_on else None)
        notified_on = (listed_on or today) - timedelta(days=20)
        item = await Listing.create(
            enterprise=enterprise, authority=authority, list_kind=kind, ground=ground, rules_version="t",
            notified_on=notified_on, objection_deadline=notified_on + timedelta(days=7),
            decision_number=f"深应急失信〔{(listed_on or today).year}〕{len(world.ids) + 1}号" if listed_on else None,
            listed_on=listed_on, expires_on=expires_on, ends_on=facts.pop("ends_on", expires_on), **facts,
        )
        world.ids[name] = item.id
        world.codes[name] = code
        return item

    pengcheng = await listing("深圳市鹏城化工", listed_on=today - timedelta(days=100))
    penalty = await CreditRecord.create(
        enterprise_id=pengcheng.enterprise_id, kind="PENALTY", occurred_on=today - timedelta(days=130),  # type: ignore[attr-defined]
        authority=authority, decision_number="深应急罚〔2026〕12号", violation_type="未按规定组织事故抢救",
        legal_basis="《中华人民共和国安全生产法》第一百一十条", fine_yuan=Decimal("1000000"),
    )
    await ListingEvidence.create(listing=pengcheng, record=penalty)
    await CreditRecord.create(  # a correction of the fine: the page shows the corrected record
        enterprise_id=pengcheng.enterprise_id, kind="PENALTY", occurred_on=penalty.occurred_on,  # type: ignore[attr-defined]
        authority=authority, decision_number="深应急罚〔2026〕12号", violation_type="未按规定组织事故抢救",
        legal_basis="《中华人民共和国安全生产法》第一百一十条", fine_yuan=Decimal("1200000"), supersedes=penalty,
    )
    await listing("广州市华南精细化学", region="440106", listed_on=today - timedelta(days=10))
    await listing("深圳市龙岗建材", kind="GREYLIST", ground="UNRECTIFIED_MAJOR_HAZARD",
                  listed_on=today - timedelta(days=30), months=12)
    # the last day in force, and the first day not: publication stops at 00:00 on the end day
    await listing("深圳市福永航空配件", listed_on=today - timedelta(days=1000), expires_on=today + timedelta(days=1))
    await listing("深圳市宝安五金制品", listed_on=add_months(today, -48))
    await listing("深圳市福田物流", listed_on=today - timedelta(days=1001), expires_on=today)
    repaired = await listing("深圳市坪山制药", listed_on=today - timedelta(days=500),
                             ends_on=today - timedelta(days=20))
    await RepairApplication.create(listing=repaired, applied_on=today - timedelta(days=40), status="APPROVED",
                                   decided_on=today - timedelta(days=20))
    await listing("深圳市观澜塑胶", listed_on=today - timedelta(days=200), ends_on=None,
                  revoked_on=today - timedelta(days=5), revoke_reason="错误列入")
    await listing("深圳市沙井模具")
    await listing("深圳市松岗电镀", withdrawn_on=today - timedelta(days=3))
    return world


PUBLISHED_BLACKLIST = ["广州市华南精细化学", "深圳市鹏城化工", "深圳市福永航空配件"]  # newest first
NOT_PUBLISHED = ["深圳市宝安五金制品", "深圳市福田物流", "深圳市坪山制药", "深圳市观澜塑胶", "深圳市沙井模具",
                 "深圳市松岗电镀"]
