"""Refusals of the listing procedure: each comes back as a specific ``userErrors`` code and
changes nothing (every table compared before and after)."""

from __future__ import annotations

import asyncio

import pytest
from helpers import REGION, make_code, regulator_key
from regulator_steps import (
    CORRECT_ACCIDENT,
    DECIDE,
    Desk,
    iso,
    refused,
    tomorrow_in_china,
)

from credit.domain.calendar import china_today
from credit.domain.errors import Refusal
from credit.domain.listings import objection_deadline
from credit.services.common import regime_for, working_calendar
from credit.store import models


async def test_proposal_with_malformed_or_unknown_input_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(301)
    evidence = await desk.major_accident_evidence(code)

    await refused(desk.propose("91440305ABC", evidence, "2022-01-03"), "INVALID_CODE", "code")
    wrong_check = code[:-1] + ("0" if code[-1] != "0" else "1")
    await refused(desk.propose(wrong_check, evidence, "2022-01-03"), "INVALID_CODE")
    await refused(desk.propose(make_code(399), evidence, "2022-01-03"), "ENTERPRISE_NOT_FOUND", "code")
    await refused(desk.propose(code, [*evidence, "999999"], "2022-01-03"), "RECORD_NOT_FOUND",
                  "evidenceRecordIds")
    await refused(desk.propose(code, [*evidence, "abc"], "2022-01-03"), "RECORD_NOT_FOUND")
    await refused(desk.propose(code, evidence, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "notifiedOn")
    # today in China is not the future (in the last weeks of the latest published year its
    # objection deadline may fall in a year whose holidays are unpublished: CALENDAR_UNKNOWN)
    today = china_today()
    try:
        objection_deadline(today, regime_for(REGION, today), working_calendar())
        expected = []
    except Refusal:
        expected = ["CALENDAR_UNKNOWN"]
    assert [e["code"] for e in (await desk.propose(code, evidence, iso(today)))["userErrors"]] == expected


async def test_proposal_whose_evidence_does_not_support_the_ground_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(302)
    other = await desk.new_enterprise(303)
    larger = await desk.accident_id(code, "2021-10-01", injuries=10)  # LARGER, nobody died
    major = await desk.accident_id(code, "2021-11-01", deaths=10)
    penalty = await desk.penalty_id(code, "2021-12-01")
    others_penalty = await desk.penalty_id(other, "2021-12-01")
    late = await desk.penalty_id(code, "2022-01-04")

    await refused(desk.propose(code, [major, others_penalty], "2022-01-03"),
                  "EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds")
    await refused(desk.propose(code, [major], "2022-01-03"), "PENALTY_REQUIRED")
    await refused(desk.propose(code, [larger, penalty], "2022-01-03"), "EVIDENCE_INSUFFICIENT")
    await refused(desk.propose(code, [], "2022-01-03"), "EVIDENCE_INSUFFICIENT")
    await refused(desk.propose(code, [major, late], "2022-01-03"), "EVIDENCE_AFTER_NOTICE")
    await refused(desk.propose(code, [major, penalty], "2022-01-03", kind="GREYLIST"),
                  "GROUND_NOT_FOR_LIST", "ground")
    await refused(desk.propose(code, [larger], "2022-01-03", kind="GREYLIST",
                               ground="FATAL_GENERAL_ACCIDENT"), "EVIDENCE_INSUFFICIENT")
    corrected = await desk.mutate(CORRECT_ACCIDENT, "recordAccident", {
        "code": code, "occurredOn": "2021-11-01", "deaths": 11, "seriousInjuries": 0,
        "directLossYuan": "0", "supersedesRecordId": major,
    })
    assert corrected["userErrors"] == []
    await refused(desk.propose(code, [major, penalty], "2022-01-03"), "EVIDENCE_SUPERSEDED")

    first = await desk.propose(code, [corrected["record"]["id"], penalty], "2022-01-03")
    assert first["userErrors"] == []
    await refused(desk.propose(code, [corrected["record"]["id"], penalty], "2022-01-04"), "ALREADY_LISTED")


async def test_decision_inside_the_objection_window_or_with_an_open_objection_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(304)
    # notice Friday 7 January 2022: deadline Friday 14 January (weekend skipped)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code), "2022-01-07")
    lid = proposed["listing"]["id"]
    assert proposed["listing"]["objectionDeadline"] == "2022-01-14"

    for day in ("2022-01-06", "2022-01-07", "2022-01-13", "2022-01-14"):
        await refused(desk.decide(lid, day), "OBJECTION_WINDOW_OPEN", "decidedOn")
    objection = await desk.object(lid, "2022-01-14")
    await refused(desk.decide(lid, "2022-01-17"), "OBJECTION_PENDING")
    await desk.decide_objection(objection["objection"]["id"], False, "2022-01-18")
    # judged by the dates given: on 17 January the objection was still undecided
    await refused(desk.decide(lid, "2022-01-17"), "OBJECTION_PENDING")
    await refused(desk.decide(lid, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "decidedOn")
    decided = await desk.decide(lid, "2022-01-18")
    assert decided["listing"]["listedOn"] == "2022-01-18"
    await refused(desk.decide(lid, "2022-01-19"), "ALREADY_DECIDED", "listingId")


async def test_decision_on_an_unknown_listing_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    for listing_id in ("424242", "abc", "0", "-5", "99999999999999999999"):
        await refused(desk.decide(listing_id, "2022-01-17"), "LISTING_NOT_FOUND", "listingId")
    await refused(desk.revoke("424242", "2022-01-17"), "LISTING_NOT_FOUND")
    await refused(desk.object("424242", "2022-01-17"), "LISTING_NOT_FOUND")
    await refused(desk.decide_objection("424242", True, "2022-01-17"), "OBJECTION_NOT_FOUND")


async def test_objection_outside_its_window_or_decided_twice_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(305)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code), "2022-01-03")
    lid = proposed["listing"]["id"]
    await refused(desk.object(lid, "2022-01-02"), "DATE_BEFORE_NOTICE", "filedOn")
    await refused(desk.object(lid, "2022-01-11"), "OBJECTION_WINDOW_CLOSED", "filedOn")
    await refused(desk.object(lid, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "filedOn")
    objection = await desk.object(lid, "2022-01-05")
    oid = objection["objection"]["id"]
    await refused(desk.decide_objection(oid, False, "2022-01-04"), "DATE_BEFORE_OBJECTION", "decidedOn")
    await refused(desk.decide_objection(oid, False, iso(tomorrow_in_china())), "DATE_IN_FUTURE")
    await desk.decide_objection(oid, False, "2022-01-06")
    await refused(desk.decide_objection(oid, True, "2022-01-07"), "OBJECTION_ALREADY_DECIDED")
    await desk.decide(lid, "2022-01-17")
    await refused(desk.object(lid, "2022-01-07"), "ALREADY_DECIDED")


async def test_revocation_needs_a_decided_listing_and_happens_once(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(306)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code), "2022-01-03")
    lid = proposed["listing"]["id"]
    await refused(desk.revoke(lid, "2022-01-20"), "LISTING_NOT_DECIDED")
    await desk.decide(lid, "2022-01-17")
    await refused(desk.revoke(lid, "2022-01-16"), "DATE_BEFORE_DECISION", "revokedOn")
    await refused(desk.revoke(lid, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "revokedOn")
    await refused(desk.revoke(lid, "2022-02-01", reason="  "), "REQUIRED", "reason")
    assert (await desk.revoke(lid, "2022-02-01"))["userErrors"] == []
    await refused(desk.revoke(lid, "2022-02-02"), "ALREADY_REVOKED")
    await refused(desk.decide(lid, "2022-02-02"), "LISTING_REVOKED")

    withdrawn = await desk.propose(code, await desk.major_accident_evidence(code, "2022-02-01"), "2022-03-01")
    objection = await desk.object(withdrawn["listing"]["id"], "2022-03-02")
    left_open = await desk.object(withdrawn["listing"]["id"], "2022-03-02")
    await desk.decide_objection(objection["objection"]["id"], True, "2022-03-03")
    await refused(desk.revoke(withdrawn["listing"]["id"], "2022-03-10"), "LISTING_WITHDRAWN", "listingId")
    # named by the input decideObjection has: it takes no listing id
    await refused(desk.decide_objection(left_open["objection"]["id"], False, "2022-03-04"), "LISTING_WITHDRAWN",
                  "objectionId")


@pytest.mark.postgres_only
async def test_concurrent_decisions_on_one_listing_let_exactly_one_win(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(307)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code), "2022-01-03")
    lid = proposed["listing"]["id"]

    def decision(number: str, day: str):  # type: ignore[no-untyped-def]
        return desk.run(DECIDE, {"input": {"listingId": lid, "decisionNumber": number, "decidedOn": day}})

    first, second = await asyncio.gather(decision("甲〔2022〕1号", "2022-01-17"),
                                         decision("乙〔2022〕2号", "2022-01-18"))
    payloads = [first["data"]["decideListing"], second["data"]["decideListing"]]
    winners = [p for p in payloads if p["userErrors"] == []]
    losers = [p for p in payloads if p["userErrors"]]
    assert len(winners) == 1 and len(losers) == 1, payloads
    assert [e["code"] for e in losers[0]["userErrors"]] == ["ALREADY_DECIDED"]
    assert losers[0]["listing"] is None
    stored = await models.Listing.get(id=int(lid))
    assert stored.listed_on.isoformat() == winners[0]["listing"]["listedOn"]
    assert await models.AuditEntry.filter(action="decideListing").count() == 1
    assert await models.OutboxEvent.filter(listing_id=int(lid), event_type="LISTED").count() == 1
    assert await models.OutboxEvent.filter(listing_id=int(lid), event_type="EXPIRED").count() == 1


@pytest.mark.postgres_only
async def test_concurrent_repair_applications_leave_one_pending(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(308)
    lid = await desk.decided_listing(code)
    first, second = await asyncio.gather(desk.apply_repair(lid, "2023-02-01"),
                                         desk.apply_repair(lid, "2023-02-02"))
    codes = sorted(e["code"] for p in (first, second) for e in p["userErrors"])
    assert codes == ["REPAIR_PENDING"], (first, second)
    assert await models.RepairApplication.filter(listing_id=int(lid)).count() == 1
    assert await models.AuditEntry.filter(action="applyCreditRepair").count() == 1


@pytest.mark.postgres_only
async def test_concurrent_proposals_for_one_enterprise_and_list_leave_one_open(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(309)
    evidence = await desk.major_accident_evidence(code)
    first, second = await asyncio.gather(desk.propose(code, evidence, "2022-01-03"),
                                         desk.propose(code, evidence, "2022-01-04"))
    codes = sorted(e["code"] for p in (first, second) for e in p["userErrors"])
    assert codes == ["ALREADY_LISTED"], (first, second)
    assert await models.Listing.all().count() == 1
    assert await models.AuditEntry.filter(action="proposeListing").count() == 1
