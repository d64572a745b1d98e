"""A supervision class has one definition, ``credit.domain.supervision.classify``; the plan says
it in SQL (``credit.store.supervision``): from the stored projection for days from today on,
and from the same columns computed on the fly for earlier days. These tests prove both
equal to the domain, class and dueOn, over random histories on their boundary days (a fact
entering or leaving its window, a grade's last valid day, a listing's end, facts dated
today), with the default rule set and a regional one, on both databases."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tortoise import connections

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months, china_today
from credit.domain.listings import ListingFacts, ListingGround, ListKind, RepairFacts, RepairStatus
from credit.domain.supervision import SupervisionRules, classify, rule_set_for_region
from credit.services.supervision import load_facts, shipped_rule_sets
from credit.store.listings import write_listing
from credit.store.models import (
    Authority,
    CreditRecord,
    Enterprise,
    Inspection,
    Listing,
    RepairApplication,
)
from credit.store.supervision import RegionRules, plan_page, refresh

REGIONAL = SupervisionRules.from_toml("""
name = "test-region"
version = "7"
[[class]]
class = "D"
interval_months = 2
all = [{ fact = "ACCIDENT", min_grade = "MAJOR", months = 6 }, { fact = "PENALTY", months = 3 }]
[[class]]
class = "C"
interval_months = 5
any = [{ fact = "LISTING", list_kind = "GREYLIST", absent = true }, { fact = "HAZARD", months = 24, absent = true }]
[[class]]
class = "A"
interval_months = 36
any = [{ fact = "STANDARDISATION", max_grade = 3, absent = true }, { fact = "LISTING", list_kind = "BLACKLIST" }]
[[class]]
class = "B"
interval_months = 7
""")


def day_between(rnd: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rnd.randrange(0, (last - first).days + 1))


async def make_history(rnd: random.Random, n: int, authority: Authority, today: date) -> Enterprise:
    """An enterprise with a random history ending today: records (some corrected), grades,
    listings at any step of their procedure, inspections; facts dated today now and then."""
    region = "440306" if n % 3 == 0 else "440305"
    enterprise = await Enterprise.create(code=f"E{n:017d}", name=f"企业{n}", region_code=region, industry="MINING")
    start = add_months(today, -40)

    def when() -> date:
        return today if rnd.random() < 0.12 else day_between(rnd, start, today)

    for _ in range(rnd.randrange(0, 5)):
        kind = rnd.choice(["ACCIDENT", "ACCIDENT", "PENALTY", "HAZARD"])
        grade = rnd.choice(["GENERAL", "LARGER", "LARGER", "MAJOR", "EXTRAORDINARY"]) if kind == "ACCIDENT" else None
        record = await CreditRecord.create(enterprise=enterprise, kind=kind, occurred_on=when(), grade=grade)
        if rnd.random() < 0.3:  # another of the same kind today: the window excludes the day itself
            await CreditRecord.create(enterprise=enterprise, kind=kind, occurred_on=today, grade=grade)
        if rnd.random() < 0.2:  # corrected: the earlier record no longer counts
            await CreditRecord.create(enterprise=enterprise, kind=kind, occurred_on=when(), supersedes=record,
                                      grade=rnd.choice(list(AccidentGrade)).name if grade else None)
    for _ in range(rnd.randrange(0, 3)):
        certified = day_between(rnd, add_months(today, -48), today)
        until = certified + timedelta(days=rnd.randrange(0, 1200))
        record = await CreditRecord.create(enterprise=enterprise, kind="STANDARDISATION", occurred_on=certified,
                                           level=str(rnd.randrange(1, 4)), valid_until=until, reference=f"C{n}")
        if rnd.random() < 0.15:
            await CreditRecord.create(enterprise=enterprise, kind="STANDARDISATION", occurred_on=certified,
                                      level=str(rnd.randrange(1, 4)), valid_until=until - timedelta(days=200),
                                      reference=f"C{n}", supersedes=record)
    for _ in range(rnd.randrange(0, 3)):
        await listing(rnd, enterprise, authority, when(), today)
    for _ in range(rnd.randrange(0, 3)):
        await Inspection.create(enterprise=enterprise, inspected_on=when(), kind="ROUTINE")
    return enterprise


async def listing(rnd: random.Random, enterprise: Enterprise, authority: Authority, listed: date, today: date) -> None:
    kind = rnd.choice(list(ListKind))
    ground = ListingGround.OTHER_SERIOUS_VIOLATION if kind is ListKind.BLACKLIST else ListingGround.OTHER_CONCERN
    notified = listed - timedelta(days=20)
    facts = ListingFacts(kind, ground, notified, notified + timedelta(days=7))
    fate = rnd.random()
    if fate >= 0.1:
        facts = replace(facts, listed_on=listed, expires_on=add_months(listed, 36 if kind is ListKind.BLACKLIST else 12))
        applied = add_months(listed, 12)
        if fate > 0.7 and applied < today:
            decided = day_between(rnd, applied, today)
            status = rnd.choice([RepairStatus.APPROVED, RepairStatus.REJECTED, RepairStatus.REVOKED])
            revoked = day_between(rnd, decided, today) if status is RepairStatus.REVOKED else None
            facts = replace(facts, repairs=(RepairFacts(1, applied, status, decided, revoked),))
        if 0.1 < fate < 0.2:
            facts = replace(facts, revoked_on=day_between(rnd, listed, today))
    row = await Listing.create(enterprise=enterprise, authority=authority, list_kind=kind.value, ground=ground.value,
                               rules_version="t", notified_on=notified, objection_deadline=facts.objection_deadline)
    for r in facts.repairs:
        await RepairApplication.create(listing=row, applied_on=r.applied_on, status=r.status.value,
                                       decided_on=r.decided_on, revoked_on=r.revoked_on)
    await write_listing(connections.get("default"), row, facts)


def boundaries(facts_days: set[date]) -> set[date]:
    days: set[date] = set()
    for d in facts_days:
        for shifted in (d, add_months(d, 1), add_months(d, 2), add_months(d, 3), add_months(d, 6),
                        add_months(d, 12), add_months(d, 24), add_months(d, 36)):
            days |= {shifted - timedelta(days=1), shifted, shifted + timedelta(days=1)}
    return days


async def test_the_plan_sql_says_what_the_domain_says_on_every_boundary_day(db: str) -> None:
    rnd = random.Random(20261130)
    today = china_today()
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    enterprises = [await make_history(rnd, n, authority, today) for n in range(70)]
    await refresh(connections.get("default"), [e.id for e in enterprises])
    default = shipped_rule_sets()[("default", "1")]
    rule_sets = [RegionRules(("440306",), REGIONAL), RegionRules((), default)]
    facts = {e.code: (e.region_code, await load_facts(e.id)) for e in enterprises}

    dated: set[date] = set()
    for _, f in facts.values():
        dated |= {r.occurred_on for r in f.records} | {r.valid_until for r in f.records if r.valid_until}
        dated |= set(f.inspections)
        dated |= {d for x in f.listings for d in (x.facts.listed_on, x.facts.ends_on) if d}
    days = boundaries(dated) | {today, today + timedelta(days=1)}
    future = sorted(d for d in days if d >= today)
    past = sorted(d for d in days if d < today)
    # every day from today on (stored rows: cheap); a sample of the past (computed on the fly)
    chosen = [*future, *rnd.sample(past, min(60, len(past)))]
    for day in chosen:
        rows = await plan_page(rule_sets, "4403", day, stored=day >= today, after=None, limit=1000)
        assert len(rows) == len(enterprises)
        for row in rows:
            region, own = facts[row.code]
            expected = classify(rule_set_for_region(region, {"440306": REGIONAL}, default), own, day)
            assert (row.klass, row.interval_months, row.last_inspected_on, row.due_on) == (
                expected.klass, expected.interval_months, expected.last_inspected_on, expected.due_on
            ), (day, row.code, expected.reasons)
        keys = [(0, date.min, r.code) if r.due_on is None else (1, r.due_on, r.code) for r in rows]
        assert keys == sorted(keys), day


async def test_add_months_in_sql_keeps_the_day_or_takes_the_months_last_day(db: str) -> None:
    """dueOn for inspections on month ends and 29 February, against ``add_months``."""
    today = china_today()
    default = shipped_rule_sets()[("default", "1")]
    days = [date(2024, 1, 31), date(2024, 2, 29), date(2023, 3, 31), date(2024, 8, 31), date(2024, 12, 31),
            date(2024, 11, 30), date(2025, 5, 31)]
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    for n, day in enumerate(days):
        enterprise = await Enterprise.create(code=f"M{n:017d}", name="x", region_code="440305", industry="MINING")
        await Inspection.create(enterprise=enterprise, inspected_on=day, kind="ROUTINE")
        if n % 2:  # class D: one month
            await listing(random.Random(n), enterprise, authority, today, today)
    enterprises = await Enterprise.all()
    await refresh(connections.get("default"), [e.id for e in enterprises])
    for stored in (True, False):
        rows = await plan_page([RegionRules((), default)], "44", today, stored=stored, after=None, limit=100)
        for row in rows:
            assert row.last_inspected_on is not None
            assert row.due_on == add_months(row.last_inspected_on, row.interval_months), row


# --------------------------------------------------------------------- incentive lists


async def incentive_history(rnd: random.Random, n: int, authority: Authority, today: date) -> Enterprise:
    """Mostly candidates for the TRUSTWORTHY list: graded for years (renewed, sometimes with a
    gap), honoured, with now and then a record or a listing near a window's edge."""
    enterprise = await Enterprise.create(code=f"T{n:017d}", name=f"企业{n}", region_code="440305", industry="MINING")
    start = add_months(today, -60)
    certified = day_between(rnd, start, add_months(today, -20))
    while certified <= today:
        until = add_months(certified, 36) - timedelta(days=rnd.choice([1, 1, 1, 0, 30]))
        await CreditRecord.create(enterprise=enterprise, kind="STANDARDISATION", occurred_on=certified,
                                  level=str(rnd.choice([1, 2, 2, 3])), valid_until=until, reference=f"C{n}")
        certified = until + timedelta(days=rnd.choice([1, 1, 0, -40, 2, 15]))
    for _ in range(rnd.randrange(0, 3)):
        level = rnd.choice(["CITY", "PROVINCE", "NATIONAL"])
        record = await CreditRecord.create(enterprise=enterprise, kind="HONOUR", level=level,
                                           occurred_on=day_between(rnd, add_months(today, -30), today))
        if rnd.random() < 0.15:
            await CreditRecord.create(enterprise=enterprise, kind="HONOUR", level="CITY", supersedes=record,
                                      occurred_on=record.occurred_on)
    if rnd.random() < 0.5:
        kind = rnd.choice(["ACCIDENT", "PENALTY", "HAZARD"])
        await CreditRecord.create(enterprise=enterprise, kind=kind, occurred_on=day_between(rnd, start, today),
                                  grade="GENERAL" if kind == "ACCIDENT" else None)
    if rnd.random() < 0.2:
        await listing(rnd, enterprise, authority, day_between(rnd, start, today), today)
    return enterprise


async def test_the_incentive_sql_says_what_the_domain_says_on_every_boundary_day(db: str) -> None:
    from credit.domain.incentives import HonourFact, eligible
    from credit.domain.records import HonourLevel
    from credit.services.checks import incentive_rules
    from credit.store.incentives import eligible_codes

    rnd = random.Random(12)
    today = china_today()
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    enterprises = [await incentive_history(rnd, n, authority, today) for n in range(40)]
    rule = incentive_rules().incentives[0]
    facts = {e.code: await load_facts(e.id) for e in enterprises}
    honours = {
        e.code: [HonourFact(h.id, h.occurred_on, HonourLevel(h.level),
                            await CreditRecord.filter(supersedes_id=h.id).exists())
                 for h in await CreditRecord.filter(enterprise_id=e.id, kind="HONOUR")]
        for e in enterprises
    }
    dated: set[date] = set()
    for code, f in facts.items():
        dated |= {r.occurred_on for r in f.records} | {r.valid_until for r in f.records if r.valid_until}
        dated |= {h.occurred_on for h in honours[code]}
        dated |= {d for x in f.listings for d in (x.facts.listed_on, x.facts.ends_on) if d}
    days = sorted(boundaries(dated) | {add_months(d, m) for d in dated for m in (48, 60)})
    honour_edges = {d + timedelta(days=k) for hs in honours.values() for h in hs
                    for d in (h.occurred_on, add_months(h.occurred_on, 24)) for k in (0, 1)}
    seen = 0
    for day in sorted(honour_edges) + rnd.sample(days, min(100, len(days))):
        expected = {code for code in facts if eligible(rule, facts[code], honours[code], day)}
        seen += len(expected)
        assert await eligible_codes(rule, list(facts), day) == expected, day
    assert seen > 20  # the histories do reach the list
