"""``listingCandidates(region, asOf)``: enterprises whose records meet a blacklist ground
but that have no listing, so that regulators do not miss them.

Dates are counted back from today, so that the default ``asOf`` (today) keeps the
records inside the look-back period whenever the suite runs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from helpers import key, regulator_key
from regulator_steps import CANDIDATES, Desk, iso

from credit.domain.calendar import add_months, china_today


async def candidates(desk: Desk, region: str = "4403", as_of: date | None = None) -> dict[str, Any]:
    result = await desk.run(CANDIDATES, {"region": region, "asOf": iso(as_of) if as_of else None})
    assert not result.get("errors"), result
    return {c["enterprise"]["code"]: c for c in result["data"]["listingCandidates"]}


def months_ago(months: int) -> date:
    return add_months(china_today(), -months)


async def test_two_larger_accidents_within_twelve_months_and_a_penalty_make_a_candidate(client) -> None:
    desk = Desk(client, await regulator_key())
    earlier = months_ago(20)
    later = add_months(earlier, 12)  # twelve months to the day
    fined = later + timedelta(days=30)

    repeated = await desk.new_enterprise(701)
    first = await desk.accident_id(repeated, iso(earlier), deaths=3)
    second = await desk.accident_id(repeated, iso(later), injuries=10)
    penalty = await desk.penalty_id(repeated, iso(fined))

    too_far = await desk.new_enterprise(702)  # twelve months and a day apart
    await desk.accident_id(too_far, iso(earlier), deaths=3)
    await desk.accident_id(too_far, iso(later + timedelta(days=1)), deaths=3)
    await desk.penalty_id(too_far, iso(fined))

    no_penalty = await desk.new_enterprise(703)
    await desk.accident_id(no_penalty, iso(earlier), deaths=3)
    await desk.accident_id(no_penalty, iso(later), deaths=4)

    general = await desk.new_enterprise(704)  # one larger and one general accident
    await desk.accident_id(general, iso(earlier), deaths=3)
    await desk.accident_id(general, iso(later), deaths=2)
    await desk.penalty_id(general, iso(fined))

    found = await candidates(desk)
    assert set(found) == {repeated}
    assert found[repeated]["grounds"] == ["REPEATED_LARGER_ACCIDENTS"]
    assert {e["id"] for e in found[repeated]["evidence"]} == {first, second, penalty}
    # asOf: before the penalty the enterprise was not yet a candidate
    assert await candidates(desk, as_of=fined - timedelta(days=1)) == {}
    assert set(await candidates(desk, as_of=fined)) == {repeated}
    # a region prefix that covers the enterprise, and one that does not
    assert set(await candidates(desk, region="440305")) == {repeated}
    assert await candidates(desk, region="440306") == {}


async def test_a_candidate_is_no_longer_listed_once_proposed(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(705)
    larger = [await desk.accident_id(code, iso(months_ago(20)), deaths=3),
              await desk.accident_id(code, iso(months_ago(15)), deaths=5)]
    penalty = await desk.penalty_id(code, iso(months_ago(14)))
    major = await desk.new_enterprise(706)
    await desk.major_accident_evidence(major, iso(months_ago(18)))
    found = await candidates(desk)
    assert set(found) == {code, major}
    assert found[major]["grounds"] == ["MAJOR_ACCIDENT"]

    notified = months_ago(1)
    proposed = await desk.propose(code, [*larger, penalty], iso(notified), ground="REPEATED_LARGER_ACCIDENTS")
    assert proposed["userErrors"] == []
    assert set(await candidates(desk)) == {major}
    # as of the day before the notice it was still a candidate
    assert set(await candidates(desk, as_of=notified - timedelta(days=1))) == {code, major}
    # an admin may look at any region; procurement may not look at all
    admin = Desk(client, await key("admin"))
    assert set(await candidates(admin, region="44")) == {major}
    procurement = Desk(client, await key("procurement"))
    result = await procurement.run(CANDIDATES, {"region": "4403"})
    assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_records_of_a_withdrawn_proposal_do_not_make_a_candidate_again(client) -> None:
    """An upheld objection settled those records: only new records can make a new candidate."""
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(707)
    larger = [await desk.accident_id(code, iso(months_ago(20)), deaths=3),
              await desk.accident_id(code, iso(months_ago(15)), deaths=5)]
    penalty = await desk.penalty_id(code, iso(months_ago(14)))
    notified = months_ago(2)
    proposed = await desk.propose(code, [*larger, penalty], iso(notified), ground="REPEATED_LARGER_ACCIDENTS")
    objection = await desk.object(proposed["listing"]["id"], iso(notified + timedelta(days=1)))
    await desk.decide_objection(objection["objection"]["id"], True, iso(notified + timedelta(days=3)))
    assert code not in await candidates(desk)
    # new facts: a major accident and its penalty make it a candidate on those alone
    await desk.major_accident_evidence(code, iso(months_ago(1)))
    found = await candidates(desk)
    assert found[code]["grounds"] == ["MAJOR_ACCIDENT"]
    assert not {e["id"] for e in found[code]["evidence"]} & {*larger, penalty}


async def test_penalty_category_and_violation_type_make_unlicensed_operation_and_evasion_candidates(client) -> None:
    """Every ground the records can show: (6) by a penalty that suspends or revokes a licence or
    names unlicensed operation, (8) by a violation type naming refusal to carry out a penalty."""
    from regulator_steps import PENALTY

    desk = Desk(client, await regulator_key())

    async def penalty(code: str, violation: str, **extra: Any) -> str:
        payload = await desk.mutate(PENALTY, "recordPenalty", {
            "code": code, "decisionNumber": f"罚{code[-6:]}{violation[:2]}", "decidedOn": iso(months_ago(2)),
            "violationType": violation, "legalBasis": "《安全生产法》", "fineYuan": "10000", **extra,
        })
        assert payload["userErrors"] == [], payload
        return str(payload["record"]["id"])

    unlicensed = await desk.new_enterprise(711)
    await penalty(unlicensed, "未依法取得安全生产许可证擅自从事生产活动")
    suspended = await desk.new_enterprise(712)
    await penalty(suspended, "重大事故隐患", category="SUSPENSION")
    evading = await desk.new_enterprise(713)
    await penalty(evading, "拒不执行停产停业整顿决定")
    ordinary = await desk.new_enterprise(714)
    await penalty(ordinary, "未按规定开展安全培训", category="FINE")
    found = await candidates(desk)
    assert {code: c["grounds"] for code, c in found.items()} == {
        unlicensed: ["UNLICENSED_OPERATION"], suspended: ["UNLICENSED_OPERATION"], evading: ["PENALTY_EVASION"],
    }
