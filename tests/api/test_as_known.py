"""``asKnownAt`` (issue 15): any past answer can be reproduced.

The property: over random histories (listings entered after the fact, objections that
withdraw, revocations, repairs approved, rejected and revoked, corrections of records,
enterprises registered late and renamed), checks and profiles actually made at several
moments, repeated at the end with ``asKnownAt`` = their ``checkedAt`` and the same
``asOf``, give the same answers. Checks are sent as the consumers send them
(procurement/CheckRestrictions.graphql, then CheckRestrictionsAsKnown.graphql as written).
Also: the answer equals what a consumer that read the feed up to that moment computes;
every moment a fact carries is its action's audit moment; bad moments are BAD_USER_INPUT.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar

import httpx
import procurement_world as world
import pytest
from helpers import document, error_codes, gql, key, make_code

from credit.domain.calendar import add_months, china_today, moment_of
from credit.domain.errors import Refusal
from credit.domain.persons import BanKind
from credit.domain.records import CreditRecordKind
from credit.services import listings, persons, records, supervision
from credit.services.auth import Caller
from credit.store import models

CHECK = document("procurement/CheckRestrictions.graphql")
CHECK_AS_KNOWN = document("procurement/CheckRestrictionsAsKnown.graphql")
VERIFY = document("procurement/VerifyReceipt.graphql")
#: the fields CheckRestrictionsAsKnown selects in each reason
KNOWN_REASON = ("listingId", "listKind", "ground", "effect", "listedOn", "expiresOn")

PROFILE = """
query Profile($code: String!, $asOf: DateTime, $asKnownAt: DateTime) {
  enterprise(code: $code, asKnownAt: $asKnownAt) {
    code name regionCode industry detailsRecordedAt principal { name }
    listings(first: 50) {
      totalCount
      edges { node {
        id listKind ground status(asOf: $asOf) listedOn expiresOn endsOn decisionNumber withdrawnOn revokedOn
        objections { id upheld decidedOn }
        repairApplications { id status decidedOn revokedOn }
      } }
    }
    creditRecords(first: 50) {
      totalCount
      edges { node { id kind occurredOn summary superseded supersedesRecordId } }
    }
  }
}
"""

TODAY = china_today()
PRINCIPAL_NUMBER = "11010519491231002X"
EARLIEST = date(2021, 3, 1)


def some_day(rnd: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rnd.randrange(0, (end - start).days + 1))


@dataclass
class History:
    """A regulator making random (mostly valid) moves; refused moves change nothing."""

    reg: Caller
    rnd: random.Random
    codes: list[str] = field(default_factory=list)
    records: dict[str, list[int]] = field(default_factory=dict)
    proposals: list[tuple[int, date]] = field(default_factory=list)  # listing id, notified on
    decided: list[tuple[int, date, str]] = field(default_factory=list)  # listing id, listed on, kind
    repairs: list[tuple[int, int, date]] = field(default_factory=list)  # application, listing id, applied on
    approved: list[tuple[int, date]] = field(default_factory=list)  # application, decided on
    seed: int = 0
    #: when the registered principal's term starts (None: not given)
    principal_since: ClassVar[date | None] = None

    async def register(self) -> None:
        self.seed += 1
        code = make_code(900 + self.seed + 1000 * self.rnd.randrange(0, 50))
        if code in self.codes:
            return
        await records.register_enterprise(self.reg, code=code, name=f"南山测试化工{self.seed}有限公司",
                                          region_code="440305", industry="CHEMICALS",
                                          principal=records.PrincipalInput("张三", PRINCIPAL_NUMBER,
                                                                           since=self.principal_since))
        self.codes.append(code)

    async def rename(self) -> None:
        code = self.rnd.choice(self.codes)
        self.seed += 1
        principal = records.PrincipalInput(f"李四{self.seed}", PRINCIPAL_NUMBER) if self.rnd.random() < 0.3 else None
        await records.update_enterprise(self.reg, code=code, name=f"南山更名{self.seed}有限公司", principal=principal)

    async def record(self) -> None:
        code = self.rnd.choice(self.codes)
        self.seed += 1
        day = some_day(self.rnd, EARLIEST, TODAY - timedelta(days=30))
        if self.rnd.random() < 0.6:
            made = await records.record_penalty(
                self.reg, code=code, decision_number=f"深应急罚〔{day.year}〕{self.seed}号", decided_on=day,
                violation_type="未按规定履行安全生产管理职责", legal_basis="《安全生产法》第一百一十四条",
                fine_yuan=Decimal("100000"),
            )
        else:
            made = await records.record_simple(self.reg, kind=CreditRecordKind.HAZARD, code=code, occurred_on=day,
                                               description="重大事故隐患逾期未整改")
        self.records.setdefault(code, []).append(made.id)

    async def correct(self) -> None:
        code = self.rnd.choice([c for c in self.codes if self.records.get(c)] or self.codes)
        if not self.records.get(code):
            return
        old = await models.CreditRecord.get(id=self.rnd.choice(self.records[code]))
        if old.kind != "PENALTY":
            return
        corrected = await records.record_penalty(
            self.reg, code=code, decision_number=old.decision_number or "", decided_on=old.occurred_on,
            violation_type="更正后的违法行为类型", legal_basis=old.legal_basis or "", fine_yuan=Decimal("50000"),
            supersedes_record_id=str(old.id),
        )
        self.records[code].append(corrected.id)

    async def propose(self) -> None:
        code = self.rnd.choice(self.codes)
        notified = some_day(self.rnd, date(2021, 6, 1), TODAY - timedelta(days=20))
        proposal = await world.propose(self.reg, code, self.rnd.choice(["BLACKLIST", "GREYLIST"]), notified)
        self.proposals.append((proposal.id, notified))

    async def decide(self) -> None:
        listing_id, notified = self.rnd.choice(self.proposals)
        listed = min(TODAY, notified + timedelta(days=self.rnd.randrange(15, 90)))
        listing = await listings.decide_listing(self.reg, listing_id=str(listing_id),
                                                decision_number=f"深应急失信〔{listed.year}〕{listing_id}号",
                                                decided_on=listed)
        self.decided.append((listing_id, listed, listing.list_kind))

    async def withdraw(self) -> None:
        listing_id, notified = self.rnd.choice(self.proposals)
        objection, _ = await listings.record_objection(self.reg, listing_id=str(listing_id),
                                                       filed_on=notified + timedelta(days=1), statement="异议")
        await listings.decide_objection(self.reg, objection_id=str(objection.id), upheld=self.rnd.random() < 0.7,
                                        decided_on=notified + timedelta(days=3), reason="异议成立")

    async def revoke(self) -> None:
        listing_id, listed, _ = self.rnd.choice(self.decided)
        await listings.revoke_listing(self.reg, listing_id=str(listing_id),
                                      revoked_on=some_day(self.rnd, listed, TODAY), reason="认定事实错误")

    async def apply_repair(self) -> None:
        blacklisted = [(i, d) for i, d, kind in self.decided if kind == "BLACKLIST"]
        if not blacklisted:
            return
        listing_id, listed = self.rnd.choice(blacklisted)
        earliest = add_months(listed, 12)
        applied = some_day(self.rnd, earliest, min(TODAY, earliest + timedelta(days=200)))
        application, _ = await listings.apply_credit_repair(self.reg, listing_id=str(listing_id),
                                                            applied_on=applied, statement="已整改")
        self.repairs.append((application.id, listing_id, applied))

    async def decide_repair(self) -> None:
        application, _, applied = self.rnd.choice(self.repairs)
        decided = min(TODAY, applied + timedelta(days=self.rnd.randrange(0, 40)))
        approved = self.rnd.random() < 0.75
        await listings.decide_credit_repair(self.reg, application_id=str(application), approved=approved,
                                            decided_on=decided, reason="审查意见")
        if approved:
            self.approved.append((application, decided))

    async def revoke_repair(self) -> None:
        application, decided = self.rnd.choice(self.approved)
        await listings.revoke_credit_repair(self.reg, application_id=str(application),
                                            revoked_on=some_day(self.rnd, decided, TODAY), reason="隐瞒真实情况")

    async def ban(self) -> None:
        await persons.record_person_ban(
            self.reg, id_number=PRINCIPAL_NUMBER, name="张三", kind=BanKind.FIVE_YEARS, industry=None,
            starts_on=some_day(self.rnd, EARLIEST, TODAY), basis="《安全生产法》第九十四条",
        )

    async def trustworthy(self) -> None:
        """A grade and a province honour: with a clean record, the TRUSTWORTHY list (a benefit)."""
        code = self.rnd.choice(self.codes)
        self.seed += 1
        certified = add_months(TODAY, -self.rnd.choice([25, 30]))
        await supervision.record_standardisation(
            self.reg, code=code, grade=self.rnd.choice([1, 2]), certified_on=certified,
            valid_until=certified + timedelta(days=1100), certificate_number=f"AQBZ-{self.seed}",
        )
        await records.record_simple(self.reg, kind=CreditRecordKind.HONOUR, code=code, level="PROVINCE",
                                    occurred_on=TODAY - timedelta(days=self.rnd.randrange(30, 600)),
                                    description="省级安全生产先进单位")

    async def inspect(self) -> None:
        await supervision.record_inspection(
            self.reg, code=self.rnd.choice(self.codes), inspected_on=some_day(self.rnd, EARLIEST, TODAY),
            kind="ROUTINE", findings="检查记录", hazards=["消防通道堵塞"] if self.rnd.random() < 0.5 else [],
        )

    async def step(self) -> None:
        moves = [(self.register, 2), (self.rename, 2), (self.record, 2), (self.correct, 1), (self.propose, 3),
                 (self.ban, 1), (self.trustworthy, 1), (self.inspect, 1)]
        if self.proposals:
            moves += [(self.decide, 4), (self.withdraw, 1)]
        if self.decided:
            moves += [(self.revoke, 1), (self.apply_repair, 2)]
        if self.repairs:
            moves.append((self.decide_repair, 2))
        if self.approved:
            moves.append((self.revoke_repair, 1))
        await self.attempt(self.rnd.choices([m for m, _ in moves], weights=[w for _, w in moves])[0])

    async def attempt(self, move: Any) -> None:
        with contextlib.suppress(Refusal):  # a move the procedure does not allow: refused, nothing changed
            await move()


@dataclass
class Seen:
    """A check or profile read as it was answered, to be asked again later."""

    variables: dict[str, Any]
    answer: dict[str, Any]
    known_at: str  # the checkedAt of the check made then


async def check(client: httpx.AsyncClient, token: str, codes: list[str], domain: str, as_of: str | None) -> dict[str, Any]:
    result = await gql(client, CHECK, {"codes": codes, "domain": domain, "asOf": as_of}, token=token)
    assert "errors" not in result, result
    return result["data"]["restrictionCheck"]


async def check_as_known(client: httpx.AsyncClient, token: str, variables: dict[str, Any]) -> dict[str, Any]:
    result = await gql(client, CHECK_AS_KNOWN, variables, token=token, operation="CheckRestrictionsAsKnown")
    assert "errors" not in result, result
    return result["data"]["restrictionCheck"]


def comparable(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A check's results in the fields CheckRestrictionsAsKnown selects."""
    return [
        {"code": r["code"], "status": r["status"], "enterpriseName": r["enterpriseName"],
         "reasons": [{k: reason[k] for k in KNOWN_REASON} for reason in r["reasons"]]}
        for r in results
    ]


async def profile(client: httpx.AsyncClient, token: str, code: str, as_of: str | None, known_at: str | None) -> Any:
    result = await gql(client, PROFILE, {"code": code, "asOf": as_of, "asKnownAt": known_at}, token=token)
    assert "errors" not in result, result
    return result["data"]["enterprise"]


async def observe(client: httpx.AsyncClient, tokens: dict[str, str], history: History, rnd: random.Random,
                  checks: list[Seen], profiles: list[Seen]) -> None:
    """Profiles read now, then checks made now (each with its own asOf), all remembered."""
    as_ofs = [None, moment_of(some_day(rnd, EARLIEST, TODAY)).isoformat(),
              f"{some_day(rnd, EARLIEST, TODAY).isoformat()}T15:30:00+08:00"]
    unknown = make_code(777)  # never registered: CLEAR, no name, as known at any moment
    codes = history.codes + [unknown, history.codes[0] if history.codes else unknown]
    read = []
    for code in rnd.sample(history.codes, min(2, len(history.codes))):
        for who in ("regulator", "procurement"):
            as_of = rnd.choice(as_ofs)
            read.append(({"code": code, "asOf": as_of, "who": who},
                         await profile(client, tokens[who], code, as_of, None)))
    made = None
    for as_of in as_ofs:
        domain = rnd.choice(["INSURANCE", "GOVERNMENT_PROCUREMENT", "FISCAL_SUPPORT"])
        made = await check(client, tokens["procurement"], codes, domain, as_of)
        assert as_of is not None or made["asOf"] == made["checkedAt"]
        checks.append(Seen({"codes": codes, "domain": domain, "asOf": made["asOf"]}, made, made["checkedAt"]))
    assert made is not None
    # nothing was written between the profiles and the checks: the first check's checkedAt
    # is as good a moment for the profiles as any
    profiles.extend(Seen(v, a, checks[-len(as_ofs)].known_at) for v, a in read)


@pytest.mark.parametrize("seed", [11, 29])
async def test_checks_and_profiles_repeated_as_known_at_their_moment_answer_the_same(client, seed: int):  # type: ignore[no-untyped-def]
    rnd = random.Random(seed)
    tokens = {"procurement": await key("procurement"), "regulator": await world_regulator_key()}
    history = History(await world.regulator(), rnd)
    for _ in range(3):
        await history.register()
    checks: list[Seen] = []
    profiles: list[Seen] = []
    for step in range(48):
        await history.step()
        if step % 4 == 3:
            await observe(client, tokens, history, rnd, checks, profiles)
    kinds = await models.Listing.all().values_list("ground", "withdrawn_on", "revoked_on", flat=False)
    assert any(r[2] for r in kinds) or any(r[1] for r in kinds) or seed != 11  # the history did something
    for seen in checks:
        again = await check_as_known(client, tokens["procurement"], {**seen.variables, "asKnownAt": seen.known_at})
        assert again["asOf"] == seen.answer["asOf"] and again["asKnownAt"] == seen.known_at
        assert again["checkedAt"] > seen.known_at
        assert comparable(again["results"]) == comparable(seen.answer["results"]), seen.variables
    for seen in profiles:
        variables = seen.variables
        again = await profile(client, tokens[variables["who"]], variables["code"], variables["asOf"], seen.known_at)
        assert again == seen.answer, variables
    # and as known now, the answers did move on: the property is not trivial
    moved = 0
    for seen in checks:
        now = await check(client, tokens["procurement"], seen.variables["codes"], seen.variables["domain"],
                          seen.variables["asOf"])
        moved += comparable(now["results"]) != comparable(seen.answer["results"])
    assert moved >= 3


async def world_regulator_key() -> str:
    from helpers import regulator_key

    return await regulator_key()  # the same authority and region as world.regulator()


async def test_a_check_racing_writes_is_repeated_exactly(client):  # type: ignore[no-untyped-def]
    """Checks made while regulators write (on PostgreSQL in parallel connections): each one's
    asKnownAt replay gives its results, so no write fell between a fact's moment and a check."""
    rnd = random.Random(3)
    token = await key("procurement")
    history = History(await world.regulator(), rnd)
    for _ in range(4):
        await history.register()
    for _ in range(6):
        await history.attempt(history.propose)

    async def write() -> None:
        for _ in range(30):
            await history.step()

    seen: list[tuple[dict[str, Any], dict[str, Any]]] = []

    async def read() -> None:
        for n in range(30):
            variables = {"codes": list(history.codes), "domain": "INSURANCE", "asOf": None}
            made = await check(client, token, variables["codes"], "INSURANCE", None)
            seen.append(({**variables, "asOf": made["asOf"]}, made))
            if n % 5 == 0:
                await asyncio.sleep(0)

    await asyncio.gather(write(), read())
    for variables, made in seen:
        again = await check_as_known(client, token, {**variables, "asKnownAt": made["checkedAt"]})
        assert comparable(again["results"]) == comparable(made["results"])


async def test_the_answer_as_known_is_what_a_consumer_of_the_feed_up_to_then_computes(client):  # type: ignore[no-untyped-def]
    rnd = random.Random(5)
    token = await key("procurement")
    history = History(await world.regulator(), rnd)
    for _ in range(4):
        await history.register()
    moments: list[str] = []
    found = 0
    for step in range(40):
        await history.step()
        if step % 5 == 4:
            moments.append((await check(client, token, history.codes[:1], "INSURANCE", None))["checkedAt"])
    feed = await read_feed(client, token)
    assert {e["change"] for e in feed} >= {"LISTED"}
    for moment in moments:
        known = [e for e in feed if e["recordedAt"] <= moment]
        for day in sorted({some_day(rnd, EARLIEST, TODAY) for _ in range(4)}):
            if moment_of(day).isoformat() > moment:
                continue
            answer = await check_as_known(client, token, {
                "codes": history.codes, "domain": "INSURANCE", "asOf": moment_of(day).isoformat(), "asKnownAt": moment,
            })
            restricted = {int(r["listingId"]) for result in answer["results"] for r in result["reasons"]}
            assert restricted == in_force_by_feed(known, day), (moment, day)
            found += len(restricted)
    assert found >= 5  # listings in force were compared, not only empty sets


async def read_feed(client: httpx.AsyncClient, token: str) -> list[dict[str, Any]]:
    changes = document("procurement/ListingChanges.graphql")
    events, after = [], None
    while True:
        page = (await gql(client, changes, {"after": after, "first": 100}, token=token))["data"]["listingChanges"]
        events += [edge["node"] for edge in page["edges"]]
        after = page["pageInfo"]["endCursor"]
        if not page["pageInfo"]["hasNextPage"]:
            return events


def in_force_by_feed(events: list[dict[str, Any]], day: date) -> set[int]:
    """A feed consumer's answer: listings listed by ``day``, not revoked, not ended by ``day``
    by an expiry or by a repair that no later restoration undid."""
    start = moment_of(day).astimezone(UTC).isoformat().replace("+00:00", "Z")
    state: dict[int, dict[str, Any]] = {}
    for event in events:  # in feed order
        listing = state.setdefault(int(event["listingId"]), {"listed": False, "revoked": False, "ends": []})
        effective = event["effectiveAt"] <= start
        match event["change"]:
            case "LISTED":
                listing["listed"] = effective
            case "REVOKED":
                listing["revoked"] = True
            case "EXPIRED" | "REPAIRED":
                listing["ends"].append(effective)
            case "RESTORED":
                listing["ends"] = [e for e in listing["ends"][:-1]]  # the repair it undoes
    return {pk for pk, s in state.items() if s["listed"] and not s["revoked"] and not any(s["ends"])}


async def test_every_moment_a_fact_carries_is_the_moment_of_its_actions_audit_entry(client):  # type: ignore[no-untyped-def]
    rnd = random.Random(8)
    history = History(await world.regulator(), rnd)
    for _ in range(3):
        await history.register()
    for _ in range(40):
        await history.step()
    audit = set(await models.AuditEntry.all().values_list("at", flat=True))
    moments: list[datetime | None] = []
    for model, columns in (
        (models.Enterprise, ("recorded_at", "updated_at")),
        (models.EnterpriseVersion, ("recorded_at",)),
        (models.Person, ("recorded_at",)),
        (models.PersonRole, ("recorded_at", "ended_at")),
        (models.PersonBan, ("recorded_at",)),
        (models.ListingPerson, ("recorded_at",)),
        (models.CreditRecord, ("recorded_at",)),
        (models.Listing, ("recorded_at", "decided_at", "withdrawn_at", "revoked_at")),
        (models.Objection, ("recorded_at", "decided_at")),
        (models.RepairApplication, ("recorded_at", "decided_at", "revoked_at")),
        (models.Inspection, ("recorded_at",)),
    ):
        for row in await model.all().values_list(*columns):
            moments += list(row) if isinstance(row, tuple) else [row]
    assert {m for m in moments if m is not None} <= audit
    # and each change in the feed is visible from its write's moment (an expiry: from its own, if later)
    for event in await models.OutboxEvent.all():
        assert event.visible_at in audit or event.visible_at == event.effective_at
    for change in await models.PersonEvent.all():
        assert change.visible_at in audit or change.visible_at == change.effective_at


# --------------------------------------------------------------------- receipts and bad input


async def test_the_receipt_of_a_check_as_known_carries_and_verifies_its_moment(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    code = await world.register(reg, 41)
    token = await key("procurement")
    made = await check(client, token, [code], "BIDDING", None)
    listing = await world.listed(reg, code, "BLACKLIST", date(2025, 6, 2))
    assert listing.listed_on == date(2025, 6, 2)
    replay = await check_as_known(client, token, {"codes": [code], "domain": "BIDDING", "asOf": made["asOf"],
                                                  "asKnownAt": made["checkedAt"]})
    assert [r["status"] for r in replay["results"]] == ["CLEAR"]  # listed since, but not known then
    now = await check(client, token, [code], "BIDDING", made["asOf"])
    assert [r["status"] for r in now["results"]] == ["PROHIBITED"]
    verified = (await gql(client, VERIFY.replace("domain\n", "domain\n    asKnownAt\n"),
                          {"receipt": replay["receipt"]}))["data"]["verifyReceipt"]
    assert verified["valid"] is True and verified["asKnownAt"] == made["checkedAt"]
    assert verified["checkedAt"] == replay["checkedAt"] and verified["results"] == [{"code": code, "status": "CLEAR"}]
    plain = (await gql(client, VERIFY.replace("domain\n", "domain\n    asKnownAt\n"),
                       {"receipt": now["receipt"]}))["data"]["verifyReceipt"]
    assert plain["valid"] is True and plain["asKnownAt"] is None


async def test_as_known_at_in_the_future_before_the_first_record_or_without_an_offset_is_bad_input(client):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    variables = {"codes": [make_code(1)], "domain": "BIDDING", "asOf": None}
    nothing_yet = await gql(client, CHECK_AS_KNOWN, {**variables, "asKnownAt": "2026-01-01T00:00:00+08:00"}, token=token)
    assert error_codes(nothing_yet) == ["BAD_USER_INPUT"]
    assert nothing_yet["errors"][0]["extensions"]["reason"] == "KNOWN_AT_BEFORE_RECORDS"
    reg = await world.regulator()
    code = await world.register(reg, 42)
    first = await models.Enterprise.get(code=code)
    soon = datetime.now(UTC) + timedelta(seconds=30)
    cases = {
        (first.recorded_at - timedelta(microseconds=1)).isoformat(): "KNOWN_AT_BEFORE_RECORDS",
        soon.isoformat(): "KNOWN_AT_IN_FUTURE",  # within the host's tolerance: refused by the one clock
        "2031-01-01T00:00:00+08:00": "KNOWN_AT_IN_FUTURE",
        "2026-01-01T00:00:00": None,  # no offset: the DateTime scalar's refusal
        "1900-01-01T00:00:00Z": None,
    }
    profile_query = "query($code: String!, $at: DateTime) { enterprise(code: $code, asKnownAt: $at) { name } }"
    for moment, reason in cases.items():
        for result in (
            await gql(client, CHECK_AS_KNOWN, {**variables, "asKnownAt": moment}, token=token),
            await gql(client, profile_query, {"code": code, "at": moment}, token=token),
        ):
            assert not any((result["data"] or {}).values()), (moment, result)
            assert error_codes(result) == ["BAD_USER_INPUT"], (moment, result)
            if reason:
                assert result["errors"][0]["extensions"]["reason"] == reason, moment
    # the first record's own moment is answerable: the enterprise, as registered
    answer = await gql(client, profile_query, {"code": code, "at": first.recorded_at.isoformat()}, token=token)
    assert answer["data"]["enterprise"]["name"].startswith("南山测试化工")


async def test_an_enterprise_registered_later_is_unknown_as_known_before(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    early = await world.register(reg, 43, name="先登记有限公司")
    token = await key("procurement")
    before = await check(client, token, [early], "INSURANCE", None)
    late = await world.register(reg, 44, name="后登记有限公司")
    await records.update_enterprise(reg, code=early, name="先登记更名有限公司")
    replay = await check_as_known(client, token, {"codes": [early, late], "domain": "INSURANCE",
                                                  "asOf": before["asOf"], "asKnownAt": before["checkedAt"]})
    assert [(r["code"], r["enterpriseName"]) for r in replay["results"]] == [(early, "先登记有限公司"), (late, None)]
    profile_query = "query($code: String!, $at: DateTime) { enterprise(code: $code, asKnownAt: $at) { name } }"
    unknown = await gql(client, profile_query, {"code": late, "at": before["checkedAt"]}, token=token)
    assert unknown["data"]["enterprise"] is None
    versions = await models.EnterpriseVersion.filter(enterprise__code=early).order_by("id").values_list("name", flat=True)
    assert versions == ["先登记有限公司", "先登记更名有限公司"]  # nothing overwritten
