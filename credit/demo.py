"""A small, realistic demo data set for newcomers (``credit serve --demo``).

Thirty enterprises in 深圳 (4403), accidents and penalties, one blacklisted enterprise
(a 重大 accident), one greylisted (a fatal 一般 accident), one pending proposal, and
one candidate nobody has proposed yet (two 较大 accidents within 12 months).
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from credit.domain.calendar import china_today
from credit.domain.codes import ALPHABET, check_character
from credit.domain.persons import BanKind, ListedRole
from credit.domain.records import CreditRecordKind, Industry
from credit.services import listings, persons, records
from credit.services.auth import Caller, Role
from credit.services.common import notice_with_known_deadline
from credit.services.keys import issue_key
from credit.store.models import ApiKey, Authority, Enterprise

DEMO_AUTHORITY = ("11440300MB2C92016Y", "深圳市应急管理局")
REGION = "4403"

_NAMES = [
    "鹏城化工", "南山精细化学", "宝安五金制品", "龙岗建材", "福田物流", "光明电子材料", "坪山制药",
    "盐田港口机械", "前海能源", "罗湖食品", "大鹏烟花爆竹", "龙华纺织", "蛇口船舶修造", "西丽冶金",
    "观澜塑胶", "沙井模具", "松岗电镀", "石岩印刷", "布吉建筑工程", "横岗眼镜", "平湖仓储", "葵涌石化",
    "南澳渔业", "公明家具", "福永航空配件", "新安矿业", "燕罗涂料", "坂田通信设备", "民治商贸", "梅林烟草",
]
_DISTRICTS = ["440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310", "440311"]


def _code(rnd: random.Random, region: str) -> str:
    first17 = "91" + region + "".join(rnd.choice(ALPHABET) for _ in range(9))
    return first17 + check_character(first17)


#: what each printed key is for, as environment variable names the README's examples use
KEY_VARIABLES = {"admin": "ADMIN_KEY", "procurement": "PROCUREMENT_KEY", "insurer": "INSURER_KEY",
                 "regulator": "REGULATOR_KEY"}


def demo_codes() -> list[str]:
    """The demo enterprises' codes: the same on every machine and every load (seeded)."""
    rnd = random.Random(2017)
    return [_code(rnd, _DISTRICTS[i % len(_DISTRICTS)]) for i in range(len(_NAMES))]


async def _demo_keys() -> tuple[list[str], ApiKey]:
    lines = ["demo keys (new on every start; paste these lines into your shell):"]
    for role in ("admin", "procurement", "insurer"):
        _, secret = await issue_key(role, label="demo")
        lines.append(f"export {KEY_VARIABLES[role]}={secret}")
    key, secret = await issue_key(
        "regulator", authority_code=DEMO_AUTHORITY[0], authority_name=DEMO_AUTHORITY[1], region=REGION,
        label="demo",
    )
    lines.append(f"export {KEY_VARIABLES['regulator']}={secret}")
    return lines, key


def _summary(codes: list[str]) -> list[str]:
    return [
        f"demo data: {len(codes)} enterprises in region {REGION} (深圳), dates relative to the day it was loaded",
        f"  blacklisted {codes[0]}  greylisted {codes[1]}  proposed {codes[2]}  candidate {codes[3]}",
        f"  the regulator key acts for {DEMO_AUTHORITY[1]} (authority code {DEMO_AUTHORITY[0]}), "
        f"region {REGION}",
    ]


async def load_demo() -> list[str]:
    """Load the demo data once; on every call issue fresh demo keys and say what is there."""
    if await Authority.filter(code=DEMO_AUTHORITY[0]).exists() and await Enterprise.exists():
        keys, _ = await _demo_keys()
        return [*_summary(demo_codes()), *keys]
    keys, key = await _demo_keys()
    authority = await Authority.get(code=DEMO_AUTHORITY[0])
    caller = Caller(role=Role.REGULATOR, key_id=key.id, authority_id=authority.id,
                    authority_code=authority.code, authority_name=authority.name, region_prefix=REGION)
    today = china_today()
    industries = list(Industry)
    codes = demo_codes()
    for i, name in enumerate(_NAMES):
        code = codes[i]
        await records.register_enterprise(
            caller, code=code, name=f"深圳市{name}有限公司", region_code=_DISTRICTS[i % len(_DISTRICTS)],
            industry=industries[i % len(industries)].value,
            # principal since well before the blacklisting below, which lists him with the unit
            principal=records.PrincipalInput("张三", "11010519491231002X", since=today - timedelta(days=800))
            if i == 0 else None,
        )
    # everyday records
    for i, code in enumerate(codes[5:], start=5):
        if i % 3 == 0:
            await records.record_accident(
                caller, code=code, occurred_on=today - timedelta(days=40 + i * 9), deaths=0,
                serious_injuries=i % 4, direct_loss_yuan=Decimal(20000 * i), description="机械伤害",
            )
        if i % 4 == 0:
            await records.record_penalty(
                caller, code=code, decision_number=f"深应急罚〔{today.year}〕{100 + i}号",
                decided_on=today - timedelta(days=30 + i), violation_type="未按规定开展隐患排查",
                legal_basis="《中华人民共和国安全生产法》第一百零二条", fine_yuan=Decimal(30000 + 1000 * i),
            )
        if i % 7 == 0:
            await records.record_simple(
                caller, kind=CreditRecordKind.HONOUR, code=code, occurred_on=today - timedelta(days=200),
                description="安全生产先进单位", level="CITY",
            )
    # blacklisted: a 重大 accident and its penalty, decided after the objection window
    black = codes[0]
    notice = today - timedelta(days=400)
    accident = await records.record_accident(
        caller, code=black, occurred_on=notice - timedelta(days=90), deaths=11, serious_injuries=3,
        direct_loss_yuan=Decimal("32000000"), description="储罐爆炸",
    )
    penalty = await records.record_penalty(
        caller, code=black, decision_number=f"深应急罚〔{notice.year}〕1号", decided_on=notice - timedelta(days=20),
        violation_type="发生重大生产安全事故", legal_basis="《中华人民共和国安全生产法》第一百一十四条",
        fine_yuan=Decimal("8000000"),
    )
    listing = await listings.propose_listing(
        caller, code=black, list_kind="BLACKLIST", ground="MAJOR_ACCIDENT",
        evidence_record_ids=[str(accident.id), str(penalty.id)], notified_on=notice,
    )
    await listings.decide_listing(
        caller, listing_id=str(listing.id), decision_number=f"深应急失信〔{notice.year}〕1号",
        decided_on=listing.objection_deadline + timedelta(days=1),  # 春节 can stretch the window past 14 days
    )
    # greylisted: a fatal 一般 accident
    grey = codes[1]
    g_accident = await records.record_accident(
        caller, code=grey, occurred_on=today - timedelta(days=120), deaths=1, serious_injuries=0,
        direct_loss_yuan=Decimal("1500000"), description="高处坠落",
    )
    g_listing = await listings.propose_listing(
        caller, code=grey, list_kind="GREYLIST", ground="FATAL_GENERAL_ACCIDENT",
        evidence_record_ids=[str(g_accident.id)], notified_on=today - timedelta(days=60),
    )
    await listings.decide_listing(
        caller, listing_id=str(g_listing.id), decision_number=f"深应急关注〔{today.year}〕3号",
        decided_on=g_listing.objection_deadline + timedelta(days=1),
    )
    # a pending proposal (unpublished) and an unproposed candidate
    pending = codes[2]
    p_accident = await records.record_accident(
        caller, code=pending, occurred_on=today - timedelta(days=50), deaths=0, serious_injuries=0,
        direct_loss_yuan=Decimal("500000"), concealed=True, description="瞒报一起车辆伤害事故",
    )
    p_penalty = await records.record_penalty(
        caller, code=pending, decision_number=f"深应急罚〔{today.year}〕9号", decided_on=today - timedelta(days=10),
        violation_type="瞒报生产安全事故", legal_basis="《生产安全事故报告和调查处理条例》第三十六条",
        fine_yuan=Decimal("1000000"),
    )
    await listings.propose_listing(
        caller, code=pending, list_kind="BLACKLIST", ground="CONCEALED_ACCIDENT",
        evidence_record_ids=[str(p_accident.id), str(p_penalty.id)],
        notified_on=notice_with_known_deadline(today - timedelta(days=2), _DISTRICTS[2 % len(_DISTRICTS)]),
        persons=[listings.ListedPersonInput("李四", "440305198502140035", ListedRole.RESPONSIBLE)],
    )
    # a principal person barred from the post for five years (职业禁入, 安全生产法 Art. 94)
    await persons.record_person_ban(
        caller, id_number="440305197803150013", name="王五", kind=BanKind.FIVE_YEARS, industry=None,
        starts_on=today - timedelta(days=100), basis="对重大生产安全事故负有责任,被判处刑罚",
    )
    candidate = codes[3]
    for days, deaths in ((300, 3), (100, 4)):
        await records.record_accident(
            caller, code=candidate, occurred_on=today - timedelta(days=days), deaths=deaths,
            serious_injuries=0, direct_loss_yuan=Decimal("2000000"), description="较大事故",
        )
    await records.record_penalty(
        caller, code=candidate, decision_number=f"深应急罚〔{today.year}〕12号", decided_on=today - timedelta(days=80),
        violation_type="发生较大生产安全事故", legal_basis="《中华人民共和国安全生产法》第一百一十四条",
        fine_yuan=Decimal("1500000"),
    )
    return [*_summary(codes), *keys]
