"""Premium quotes (安责险浮动费率) against the real store, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from decimal import Decimal

import pytest
from helpers import make_code, regulator_key

from credit.domain.calendar import add_months, china_today
from credit.domain.errors import Refusal
from credit.rules import read_rule_file
from credit.services import premium, records
from credit.services.auth import ANONYMOUS, Caller, Role, authenticate
from credit.store.models import (
    AuditEntry,
    Authority,
    CreditRecord,
    Enterprise,
    Listing,
    PremiumQuote,
    PremiumRuleSet,
    RepairApplication,
)

INSURER = Caller(role=Role.INSURER, key_id=101)
ADMIN = Caller(role=Role.ADMIN, key_id=102)
PROCUREMENT = Caller(role=Role.PROCUREMENT, key_id=103)
BASE = Decimal("0.0012")
POLICY_START = date(2026, 3, 1)

#: an admin's new version (the shipped default:2 answers only by version, so this is "3")
V2 = (
    read_rule_file("premium-default-1.toml")
    .replace('version = "1"', 'version = "3"')
    .replace("delta = -0.10", "delta = -0.15")
)


async def regulator() -> Caller:
    return await authenticate(f"Bearer {await regulator_key()}")


async def register(reg: Caller, seed: int) -> str:
    code = make_code(seed)
    await records.register_enterprise(reg, code=code, name=f"企业{seed}", region_code="440305",
                                      industry="MINING")
    return code


async def accident(reg: Caller, code: str, day: date, deaths: int = 0, supersedes: int | None = None
                   ) -> CreditRecord:
    return await records.record_accident(
        reg, code=code, occurred_on=day, deaths=deaths, serious_injuries=0,
        direct_loss_yuan=Decimal(0), description="测试事故",
        supersedes_record_id=str(supersedes) if supersedes is not None else None,
    )


async def decided_listing(code: str, kind: str, listed_on: date, expires_on: date) -> Listing:
    """A decided listing, written directly: the procedure itself is tested elsewhere."""
    enterprise = await Enterprise.get(code=code)
    authority, _ = await Authority.get_or_create(code=make_code(900, prefix="11"),
                                                 defaults={"name": "测试机关"})
    return await Listing.create(
        enterprise=enterprise, list_kind=kind,
        ground="MAJOR_ACCIDENT" if kind == "BLACKLIST" else "OTHER_CONCERN",
        authority=authority, rules_version="test", notified_on=listed_on - timedelta(days=10),
        objection_deadline=listed_on - timedelta(days=3), decision_number=f"决定{listed_on}",
        listed_on=listed_on, expires_on=expires_on, ends_on=expires_on,
    )


async def quote_count() -> int:
    return await PremiumQuote.all().count()


def rules_of(result: premium.QuoteResult) -> list[str]:
    return [a.rule for a in result.adjustments]


# --------------------------------------------------------------------- quoting


async def test_quote_names_the_default_rule_set_and_explains_each_accident(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 1)
    larger = await accident(reg, code, date(2025, 5, 1), deaths=3)
    result = await premium.premium_quote(INSURER, code.lower(), BASE, POLICY_START)
    assert result.code == code
    assert (result.rule_set.name, result.rule_set.version) == ("default", "1")
    assert result.factor == Decimal("1.2000")
    assert result.adjusted_rate == Decimal("0.001440")
    [only] = result.adjustments
    assert only.rule == "ACCIDENT_LARGER"
    assert only.description == f"2025-05-01 较大事故(记录#{larger.id})"
    assert result.record_ids == (larger.id,)
    stored = await PremiumQuote.get(id=result.quote_id)
    assert stored.inputs["recordIds"] == [larger.id]
    assert stored.inputs["ruleSet"] == {"name": "default", "version": "1"}


async def test_stored_quote_is_reproducible_after_a_new_accident_is_recorded(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 2)
    await accident(reg, code, date(2025, 5, 1))
    first = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    await accident(reg, code, date(2025, 9, 1), deaths=12)  # MAJOR, inside the same window
    again = await premium.get_quote(INSURER, str(first.quote_id))
    assert again is not None
    assert again.factor == first.factor == Decimal("1.1000")
    assert again.adjusted_rate == first.adjusted_rate
    assert again.adjustments == first.adjustments
    assert again.record_ids == first.record_ids
    assert (again.base_rate, again.policy_start, again.window_start) == (BASE, POLICY_START, date(2025, 3, 1))
    fresh = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    assert fresh.factor == Decimal("1.3000")
    assert fresh.quote_id != first.quote_id


async def test_unknown_quote_id_reads_as_none(db: str) -> None:
    assert await premium.get_quote(INSURER, "00000000-0000-0000-0000-000000000000") is None
    assert await premium.get_quote(INSURER, "not-a-uuid") is None


async def test_corrected_accident_counts_only_as_corrected(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 3)
    wrong = await accident(reg, code, date(2025, 5, 1), deaths=12)  # MAJOR
    right = await accident(reg, code, date(2025, 5, 1), deaths=1, supersedes=wrong.id)  # GENERAL
    result = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    assert rules_of(result) == ["ACCIDENT_GENERAL"]
    assert result.record_ids == (right.id,)


async def test_listings_in_force_at_policy_start_count_once_per_kind(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 4)
    black = await decided_listing(code, "BLACKLIST", date(2024, 6, 1), date(2027, 6, 1))
    grey = await decided_listing(code, "GREYLIST", date(2025, 6, 1), date(2026, 6, 1))
    await decided_listing(code, "GREYLIST", date(2024, 1, 1), POLICY_START)  # ends on the day
    result = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    assert [(a.rule, a.delta) for a in result.adjustments] == [
        ("NO_ACCIDENT", Decimal("-0.1000")),
        ("BLACKLIST", Decimal("0.2000")),
        ("GREYLIST", Decimal("0.1000")),
    ]
    assert result.listing_ids == (black.id, grey.id)
    assert result.factor == Decimal("1.2000")


async def test_listing_ended_early_by_credit_repair_does_not_count(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 5)
    listing = await decided_listing(code, "BLACKLIST", date(2024, 1, 10), date(2027, 1, 10))
    await RepairApplication.create(listing=listing, applied_on=date(2025, 2, 1), status="APPROVED",
                                   decided_on=date(2025, 3, 1))
    listing.ends_on = date(2025, 3, 1)
    await listing.save(update_fields=["ends_on"])
    result = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    assert rules_of(result) == ["NO_ACCIDENT"]


# --------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("code_seed", "raw_code", "base_rate", "policy_start", "error"),
    [
        (None, "91440300MA5F0000XX", BASE, POLICY_START, "BAD_USER_INPUT"),  # bad check character
        (6, None, Decimal(0), POLICY_START, "BAD_USER_INPUT"),
        (6, None, Decimal("-0.001"), POLICY_START, "BAD_USER_INPUT"),
        (6, None, Decimal("1.0000001"), POLICY_START, "BAD_USER_INPUT"),
        (6, None, Decimal("NaN"), POLICY_START, "BAD_USER_INPUT"),
        (6, None, Decimal("0.000000001"), POLICY_START, "BAD_USER_INPUT"),  # finer than stored
        (6, None, BASE, date(1989, 12, 31), "BAD_USER_INPUT"),
        (6, None, BASE, "too-late", "BAD_USER_INPUT"),
        (None, make_code(777), BASE, POLICY_START, "NOT_FOUND"),  # valid, never seen
    ],
    ids=["invalid-code", "zero-rate", "negative-rate", "rate-above-one", "nan-rate", "too-fine-rate",
         "before-1990", "beyond-two-years", "unknown-enterprise"],
)
async def test_refused_quote_stores_nothing(
    db: str, code_seed: int | None, raw_code: str | None, base_rate: Decimal,
    policy_start: date | str, error: str,
) -> None:
    reg = await regulator()
    code = await register(reg, code_seed) if code_seed is not None else raw_code
    assert code is not None
    start = add_months(china_today(), 24) + timedelta(days=1) if policy_start == "too-late" else policy_start
    assert isinstance(start, date)
    before = await quote_count()
    with pytest.raises(Refusal) as refused:
        await premium.premium_quote(INSURER, code, base_rate, start)
    assert refused.value.answer == error
    assert refused.value.message
    assert await quote_count() == before


async def test_bounds_of_the_inputs_are_accepted(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 7)
    latest = add_months(china_today(), 24)
    result = await premium.premium_quote(INSURER, code, Decimal(1), latest)
    assert result.adjusted_rate == Decimal("0.900000")
    await premium.premium_quote(INSURER, code, Decimal("0.00000001"), date(1990, 1, 1))
    assert await quote_count() == 2


@pytest.mark.parametrize(("name", "version"), [("default", "99"), ("shanghai", None), ("shanghai", "1")])
async def test_unknown_rule_set_is_not_found_and_stores_nothing(
    db: str, name: str, version: str | None
) -> None:
    reg = await regulator()
    code = await register(reg, 8)
    with pytest.raises(Refusal) as refused:
        await premium.premium_quote(INSURER, code, BASE, POLICY_START, name, version)
    assert refused.value.answer == "NOT_FOUND"
    assert await quote_count() == 0


# --------------------------------------------------------------------- portfolio


async def test_portfolio_reports_each_code_in_input_order(db: str) -> None:
    reg = await regulator()
    clean = await register(reg, 10)
    risky = await register(reg, 11)
    await accident(reg, risky, date(2025, 7, 1), deaths=30)  # EXTRAORDINARY
    unknown = make_code(12)
    codes = [clean, "not a code", f" {risky.lower()} ", unknown, clean]
    items = await premium.premium_quotes(INSURER, codes, BASE, POLICY_START)
    assert [(i.code, i.status) for i in items] == [
        (clean, "OK"), ("NOTACODE", "INVALID_CODE"), (risky, "OK"), (unknown, "NOT_FOUND"), (clean, "OK"),
    ]
    assert items[0].quote is not None and items[2].quote is not None
    assert items[0].quote.factor == Decimal("0.9000")
    assert items[2].quote.factor == Decimal("1.3000")
    assert items[0].quote is items[4].quote  # duplicates share one stored quote
    assert await quote_count() == 2
    stored = await premium.get_quote(INSURER, str(items[2].quote.quote_id))
    assert stored is not None and stored.adjustments == items[2].quote.adjustments


async def test_portfolio_of_only_unusable_codes_stores_nothing(db: str) -> None:
    items = await premium.premium_quotes(INSURER, ["x", make_code(50)], BASE, POLICY_START)
    assert [i.status for i in items] == ["INVALID_CODE", "NOT_FOUND"]
    assert await quote_count() == 0


@pytest.mark.parametrize("size", [0, premium.PORTFOLIO_LIMIT + 1])
async def test_portfolio_empty_or_above_the_limit_is_refused(db: str, size: int) -> None:
    codes = [make_code(i) for i in range(size)]
    with pytest.raises(Refusal) as refused:
        await premium.premium_quotes(INSURER, codes, BASE, POLICY_START)
    assert refused.value.answer == "BAD_USER_INPUT"


async def test_portfolio_with_a_bad_base_rate_fails_as_a_whole(db: str) -> None:
    with pytest.raises(Refusal) as refused:
        await premium.premium_quotes(INSURER, [make_code(1)], Decimal(2), POLICY_START)
    assert refused.value.answer == "BAD_USER_INPUT"


async def test_portfolio_takes_a_fixed_number_of_queries(
    db: str, caplog: pytest.LogCaptureFixture
) -> None:
    enterprises = [
        Enterprise(code=make_code(1000 + i), name=f"企业{i}", region_code="440305", industry="MINING")
        for i in range(60)
    ]
    await Enterprise.bulk_create(enterprises)
    stored = await Enterprise.all()
    await CreditRecord.bulk_create([
        CreditRecord(enterprise_id=e.id, kind="ACCIDENT", occurred_on=date(2025, 6, 1), grade="GENERAL")
        for e in stored[::2]
    ])
    await premium.ensure_default_rule_sets()
    with caplog.at_level(logging.DEBUG, logger="tortoise.db_client"):
        items = await premium.premium_quotes(INSURER, [e.code for e in stored], BASE, POLICY_START)
    statements = [r.getMessage() for r in caplog.records if r.name == "tortoise.db_client"]
    sql = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "INSERT"))]
    assert len(sql) <= 8, sql
    assert sorted({i.quote.factor for i in items if i.quote}) == [Decimal("0.9000"), Decimal("1.1000")]


# --------------------------------------------------------------------- rule sets


async def test_shipped_rule_sets_are_stored_once(db: str) -> None:
    assert await premium.ensure_default_rule_sets() == ["default:1", "default:2"]
    assert await premium.ensure_default_rule_sets() == []
    assert await PremiumRuleSet.filter(name="default").count() == 2


async def test_published_version_leaves_old_quotes_unchanged(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 20)
    old = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    published = await premium.publish_rule_set(ADMIN, V2)
    assert (published.name, published.version) == ("default", "3")
    assert await AuditEntry.filter(action="publishPremiumRuleSet").count() == 1
    latest = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    assert latest.rule_set.version == "3"
    assert latest.factor == Decimal("0.8500")
    pinned = await premium.premium_quote(INSURER, code, BASE, POLICY_START, "default", "1")
    assert (pinned.rule_set.version, pinned.factor) == ("1", Decimal("0.9000"))
    again = await premium.get_quote(INSURER, str(old.quote_id))
    assert again is not None
    assert (again.rule_set.version, again.factor, again.adjustments) == ("1", old.factor, old.adjustments)
    names = [(r.name, r.version) for r in await premium.list_rule_sets(INSURER)]
    assert names == [("default", "1"), ("default", "2"), ("default", "3")]


async def test_publishing_an_existing_version_is_refused(db: str) -> None:
    await premium.publish_rule_set(ADMIN, V2)
    with pytest.raises(Refusal) as refused:
        await premium.publish_rule_set(ADMIN, V2)
    assert [v.code for v in refused.value.violations] == ["RULE_SET_EXISTS"]
    await premium.ensure_default_rule_sets()
    with pytest.raises(Refusal):
        await premium.publish_rule_set(ADMIN, read_rule_file("premium-default-1.toml"))
    assert await PremiumRuleSet.filter(name="default").count() == 3


async def test_publishing_an_invalid_rule_set_is_refused(db: str) -> None:
    broken = V2.replace("EXTRAORDINARY = 0.30", "")
    with pytest.raises(Refusal) as refused:
        await premium.publish_rule_set(ADMIN, broken)
    [violation] = refused.value.violations
    assert (violation.code, violation.field) == ("INVALID_VALUE", "toml")
    assert "EXTRAORDINARY" in violation.message
    assert not await PremiumRuleSet.filter(version="2").exists()


# --------------------------------------------------------------------- who may


async def test_insurer_and_admin_may_quote(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 30)
    for caller in (INSURER, ADMIN):
        result = await premium.premium_quote(caller, code, BASE, POLICY_START)
        assert await premium.get_quote(caller, str(result.quote_id)) is not None
        assert await premium.premium_quotes(caller, [code], BASE, POLICY_START)
        assert await premium.list_rule_sets(caller)


@pytest.mark.parametrize(
    ("who", "expected"),
    [("procurement", "FORBIDDEN"), ("regulator", "FORBIDDEN"), ("anonymous", "UNAUTHENTICATED")],
)
async def test_others_may_not_quote(db: str, who: str, expected: str) -> None:
    reg = await regulator()
    code = await register(reg, 31)
    stored = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    caller = {"procurement": PROCUREMENT, "regulator": reg, "anonymous": ANONYMOUS}[who]
    calls = [
        premium.premium_quote(caller, code, BASE, POLICY_START),
        premium.premium_quotes(caller, [code], BASE, POLICY_START),
        premium.get_quote(caller, str(stored.quote_id)),
        premium.list_rule_sets(caller),
    ]
    for call in calls:
        with pytest.raises(Refusal) as denied:
            await call
        assert denied.value.code == expected
    assert await quote_count() == 1


async def test_only_admin_may_publish(db: str) -> None:
    with pytest.raises(Refusal) as denied:
        await premium.publish_rule_set(INSURER, V2)
    assert denied.value.code == "FORBIDDEN"
    with pytest.raises(Refusal) as denied:
        await premium.publish_rule_set(ANONYMOUS, V2)
    assert denied.value.code == "UNAUTHENTICATED"


async def test_permission_is_checked_before_the_input(db: str) -> None:
    with pytest.raises(Refusal):
        await premium.premium_quote(PROCUREMENT, "garbage", Decimal(5), POLICY_START)


async def test_version_published_on_a_fresh_database_stays_the_latest(db: str) -> None:
    reg = await regulator()
    code = await register(reg, 21)
    await premium.publish_rule_set(ADMIN, V2)  # before anything stored the shipped version 1
    latest = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    assert latest.rule_set.version == "3"
    pinned = await premium.premium_quote(INSURER, code, BASE, POLICY_START, None, "1")
    assert pinned.rule_set.version == "1"


async def test_shipping_default_2_leaves_default_1_the_set_that_answers_by_default(db: str) -> None:
    """default:2 is stored beside default:1 (and after it) but answers only quotes naming it."""
    reg = await regulator()
    code = await register(reg, 22)
    await premium.ensure_default_rule_sets()
    assert (await premium.premium_quote(INSURER, code, BASE, POLICY_START)).rule_set.version == "1"
    assert (await premium.premium_quote(INSURER, code, BASE, POLICY_START, "default", "2")).rule_set.version == "2"


async def test_default_2_lowers_the_factor_for_the_best_standardisation_grade_valid_on_the_policy_start(
    db: str,
) -> None:
    reg = await regulator()
    code = await register(reg, 23)
    enterprise = await Enterprise.get(code=code)
    second = await CreditRecord.create(enterprise=enterprise, kind="STANDARDISATION", occurred_on=date(2024, 3, 1),
                                       level="2", valid_until=POLICY_START, reference="A-2")
    await CreditRecord.create(enterprise=enterprise, kind="STANDARDISATION", occurred_on=date(2023, 1, 1),
                              level="3", valid_until=date(2027, 1, 1), reference="A-3")
    await CreditRecord.create(enterprise=enterprise, kind="STANDARDISATION", occurred_on=POLICY_START + timedelta(days=1),
                              level="1", valid_until=date(2029, 1, 1), reference="A-1")  # not yet certified
    await CreditRecord.create(enterprise=enterprise, kind="HONOUR", occurred_on=date(2025, 9, 1), level="PROVINCE")
    answer = await premium.premium_quote(INSURER, code, BASE, POLICY_START, "default", "2")
    assert [(a.rule, a.delta) for a in answer.adjustments] == [
        ("NO_ACCIDENT", Decimal("-0.1000")), ("HONOUR_PROVINCE", Decimal("-0.1000")),
        ("STANDARDISATION_2", Decimal("-0.1500")), ("BAND", Decimal("0.0500")),
    ]
    assert answer.adjustments[2].record_ids == (second.id,)
    assert answer.factor == Decimal("0.7000")  # 1 - 0.10 - 0.10 - 0.15 = 0.65, held at the floor
    plain = await premium.premium_quote(INSURER, code, BASE, POLICY_START)
    assert (plain.rule_set.version, plain.factor) == ("1", Decimal("0.9000"))
