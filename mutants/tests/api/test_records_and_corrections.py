"""Registering enterprises and recording credit events through GraphQL: accident grades,
input refusals, corrections that supersede without overwriting, and the audit trail."""

from __future__ import annotations

import asyncio

import pytest
from helpers import make_code, regulator_key
from regulator_steps import (
    AUDIT_TRAIL,
    CORRECT_ACCIDENT,
    CORRECT_PENALTY,
    Desk,
    audited,
    codes_of,
    iso,
    refused,
    row_counts,
    tomorrow_in_china,
)

from credit.domain.calendar import china_today
from credit.store import models

OTHER_RECORDS = """
mutation Hazard($input: RecordCreditFactInput!) {
  recordHazard(input: $input) { record { id kind } userErrors { field code message } }
}
mutation Honour($input: RecordCreditFactInput!) {
  recordHonour(input: $input) { record { id kind } userErrors { field code message } }
}
mutation Commitment($input: RecordCreditFactInput!) {
  recordCommitment(input: $input) { record { id kind } userErrors { field code message } }
}
mutation Update($input: UpdateEnterpriseInput!) {
  updateEnterprise(input: $input) { enterprise { code name } userErrors { field code message } }
}
"""

# (deaths, serious injuries, direct loss in yuan) → grade: each criterion's bounds, and mixes
GRADES = [
    ((0, 0, "0"), "GENERAL"),
    ((2, 0, "0"), "GENERAL"),
    ((3, 0, "0"), "LARGER"),
    ((9, 0, "0"), "LARGER"),
    ((10, 0, "0"), "MAJOR"),
    ((29, 0, "0"), "MAJOR"),
    ((30, 0, "0"), "EXTRAORDINARY"),
    ((0, 9, "0"), "GENERAL"),
    ((0, 10, "0"), "LARGER"),
    ((0, 49, "0"), "LARGER"),
    ((0, 50, "0"), "MAJOR"),
    ((0, 99, "0"), "MAJOR"),
    ((0, 100, "0"), "EXTRAORDINARY"),
    ((0, 0, "9999999.99"), "GENERAL"),
    ((0, 0, "10000000"), "LARGER"),
    ((0, 0, "49999999.99"), "LARGER"),
    ((0, 0, "50000000.00"), "MAJOR"),
    ((0, 0, "99999999.99"), "MAJOR"),
    ((0, 0, "100000000"), "EXTRAORDINARY"),
    # the highest grade any one criterion reaches
    ((2, 10, "0"), "LARGER"),
    ((3, 0, "50000000"), "MAJOR"),
    ((1, 100, "10000000"), "EXTRAORDINARY"),
    ((30, 0, "1"), "EXTRAORDINARY"),
    ((9, 49, "49999999.99"), "LARGER"),
]


async def test_accident_grade_is_the_highest_any_one_criterion_reaches(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(501)
    for (deaths, injuries, loss), grade in GRADES:
        payload = await desk.accident(code, "2022-03-01", deaths=deaths, injuries=injuries, loss=loss)
        assert payload["userErrors"] == [], payload
        assert payload["record"]["grade"] == grade, (deaths, injuries, loss)
        assert payload["record"]["deaths"] == deaths


async def test_accident_with_negative_counts_or_a_future_date_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(502)
    await refused(desk.accident(code, "2022-03-01", deaths=-1), "NEGATIVE_VALUE", "deaths")
    await refused(desk.accident(code, "2022-03-01", injuries=-1), "NEGATIVE_VALUE", "seriousInjuries")
    await refused(desk.accident(code, "2022-03-01", loss="-0.01"), "NEGATIVE_VALUE", "directLossYuan")
    everything = await refused(
        desk.accident(code, iso(tomorrow_in_china()), deaths=-1, injuries=-2), "DATE_IN_FUTURE", "occurredOn"
    )
    assert sorted(codes_of(everything)) == ["DATE_IN_FUTURE", "NEGATIVE_VALUE", "NEGATIVE_VALUE"]
    await refused(desk.accident("not-a-code", "2022-03-01"), "INVALID_CODE", "code")
    await refused(desk.accident(make_code(599), "2022-03-01"), "ENTERPRISE_NOT_FOUND", "code")
    today = await desk.accident(code, iso(china_today()))
    assert today["userErrors"] == []


async def test_penalty_with_bad_input_or_a_repeated_decision_number_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(503)
    await refused(desk.penalty(code, "2022-03-01", fine="-1"), "NEGATIVE_VALUE", "fineYuan")
    await refused(desk.penalty(code, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "decidedOn")
    await refused(desk.penalty(code, "2022-03-01", number=" "), "REQUIRED", "decisionNumber")
    await refused(desk.penalty(code.lower() + "X", "2022-03-01"), "INVALID_CODE")
    assert (await desk.penalty(code, "2022-03-01", number="深应急罚〔2022〕7号"))["userErrors"] == []
    await refused(desk.penalty(code, "2022-03-02", number="深应急罚〔2022〕7号"), "DUPLICATE_DECISION_NUMBER",
                  "decisionNumber")


async def test_registration_normalises_the_code_and_refuses_a_second_one(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(504)
    messy = f" {code[:6].lower()} {code[6:]} "
    registered = await audited(desk.register(messy), "registerEnterprise")
    assert registered["enterprise"]["code"] == code
    await refused(desk.register(code), "ALREADY_REGISTERED", "code")
    await refused(desk.register(code.lower()), "ALREADY_REGISTERED", "code")
    await refused(desk.register(make_code(505), region="4403"), "INVALID_REGION", "regionCode")
    await refused(desk.register(make_code(505), region="44030X"), "INVALID_REGION", "regionCode")
    await refused(desk.register(make_code(505), name=" "), "REQUIRED", "name")
    await refused(desk.register("91440305MA5G0000X0"), "INVALID_CODE", "code")
    await refused(desk.register(make_code(505), principal={"name": "张三", "idNumber": "110105194912310021"}),
                  "INVALID_ID_NUMBER", "principal.idNumber")
    await refused(desk.register(make_code(505), principal={"name": "", "idNumber": "11010519491231002X"}),
                  "REQUIRED", "principal.name")


async def test_corrections_supersede_without_overwriting(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(506)
    original = await desk.accident(code, "2022-03-01", deaths=2)
    original_id = original["record"]["id"]
    assert original["record"]["grade"] == "GENERAL"

    correction = await audited(desk.mutate(CORRECT_ACCIDENT, "recordAccident", {
        "code": code, "occurredOn": "2022-03-01", "deaths": 3, "seriousInjuries": 0,
        "directLossYuan": "0", "supersedesRecordId": original_id,
    }), "recordAccident")
    assert correction["record"]["supersedesRecordId"] == original_id
    assert correction["record"]["grade"] == "LARGER"
    assert correction["record"]["id"] != original_id

    kept = await models.CreditRecord.get(id=int(original_id))
    assert (kept.deaths, kept.grade) == (2, "GENERAL")  # not overwritten
    records = (await desk.profile(code))["creditRecords"]["edges"]
    assert [r["node"]["id"] for r in records] == [original_id, correction["record"]["id"]]
    trail = await desk.run(AUDIT_TRAIL, {"code": code})
    last = trail["data"]["auditTrail"]["edges"][-1]["node"]
    assert last["before"]["deaths"] == 2 and last["after"]["deaths"] == 3
    corrected_event = await models.OutboxEvent.filter(record_id=int(correction["record"]["id"])).first()
    assert corrected_event is not None and corrected_event.event_type == "RECORD_CORRECTED"

    def correct(target: str, **changes: object):  # type: ignore[no-untyped-def]
        return desk.mutate(CORRECT_ACCIDENT, "recordAccident", {
            "code": code, "occurredOn": "2022-03-01", "deaths": 4, "seriousInjuries": 0,
            "directLossYuan": "0", "supersedesRecordId": target, **changes,
        })

    await refused(correct(original_id), "EVIDENCE_SUPERSEDED", "supersedesRecordId")
    await refused(correct("987654"), "RECORD_NOT_FOUND", "supersedesRecordId")
    await refused(correct("oops"), "RECORD_NOT_FOUND", "supersedesRecordId")
    other = await desk.new_enterprise(507)
    foreign = await desk.accident_id(other, "2022-03-01")
    await refused(correct(foreign), "EVIDENCE_OF_OTHER_ENTERPRISE", "supersedesRecordId")
    penalty = await desk.penalty_id(code, "2022-03-05")
    await refused(correct(penalty), "INVALID_VALUE", "supersedesRecordId")
    # the correction itself can be corrected in turn
    assert (await correct(correction["record"]["id"]))["userErrors"] == []


async def test_a_penalty_can_be_corrected_twice_under_its_own_decision_number(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(508)
    number = "深应急罚〔2022〕9号"
    first = await desk.penalty_id(code, "2022-03-01", number=number)

    def correct(target: str, fine: str):  # type: ignore[no-untyped-def]
        return desk.mutate(CORRECT_PENALTY, "recordPenalty", {
            "code": code, "decisionNumber": number, "decidedOn": "2022-03-01",
            "violationType": "未落实安全生产主体责任", "legalBasis": "《安全生产法》第一百一十四条",
            "fineYuan": fine, "supersedesRecordId": target,
        })

    second = await correct(first, "600000")
    assert second["userErrors"] == [], second
    third = await correct(second["record"]["id"], "700000")
    assert third["userErrors"] == [], third
    assert third["record"]["supersedesRecordId"] == second["record"]["id"]
    # a new penalty (not a correction) still may not reuse the number
    await refused(desk.penalty(code, "2022-04-01", number=number), "DUPLICATE_DECISION_NUMBER")


async def test_every_mutation_writes_exactly_one_audit_entry_and_the_trail_shows_the_history(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(509)
    await audited(desk.register(code, principal={"name": "李四", "idNumber": "11010519491231002X"}),
                  "registerEnterprise")
    accident = await audited(desk.accident(code, "2021-11-01", deaths=10), "recordAccident")
    penalty = await audited(desk.penalty(code, "2021-12-01"), "recordPenalty")
    proposed = await audited(
        desk.propose(code, [accident["record"]["id"], penalty["record"]["id"]], "2022-01-03"),
        "proposeListing",
    )
    lid = proposed["listing"]["id"]
    await audited(desk.decide(lid, "2022-01-17"), "decideListing")
    await audited(desk.revoke(lid, "2022-02-01"), "revokeListing")
    fact = {"code": code, "occurredOn": "2022-02-01", "description": "储罐区重大隐患未整改"}
    await audited(desk.mutate(OTHER_RECORDS, "recordHazard", fact, "Hazard"),
                  "recordHazard")
    await audited(desk.mutate(OTHER_RECORDS, "recordHonour", {**fact, "level": "CITY"}, "Honour"),
                  "recordHonour")
    await audited(desk.mutate(OTHER_RECORDS, "recordCommitment", fact, "Commitment"), "recordCommitment")
    await audited(desk.mutate(OTHER_RECORDS, "updateEnterprise", {"code": code, "name": "新名称"}, "Update"),
                  "updateEnterprise")
    counts = await row_counts()
    assert counts["AuditEntry"] == 10

    trail = await desk.run(AUDIT_TRAIL, {"code": code})
    entries = [e["node"] for e in trail["data"]["auditTrail"]["edges"]]
    assert trail["data"]["auditTrail"]["totalCount"] == 10
    assert [e["action"] for e in entries] == [
        "registerEnterprise", "recordAccident", "recordPenalty", "proposeListing", "decideListing",
        "revokeListing", "recordHazard", "recordHonour", "recordCommitment", "updateEnterprise",
    ]
    assert entries[9]["before"]["name"] != "新名称" and entries[9]["after"]["name"] == "新名称"
    assert all(e["role"] == "regulator" and e["authorityCode"] for e in entries)
    assert entries[0]["before"] is None
    assert "11010519491231002X" not in str(entries[0]["after"])  # no ID number in the log
    decided = entries[4]
    assert decided["entity"] == "Listing" and decided["entityId"] == lid
    assert decided["before"]["listed_on"] is None and decided["after"]["listed_on"] == "2022-01-17"
    assert entries[5]["after"]["revoked_on"] == "2022-02-01"
    assert entries[3]["after"]["evidenceRecordIds"] == sorted(
        [int(accident["record"]["id"]), int(penalty["record"]["id"])]
    )


@pytest.mark.postgres_only
async def test_concurrent_penalties_with_one_decision_number_let_exactly_one_in(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(951)
    number = "深应急罚〔2022〕777号"
    first, second = await asyncio.gather(desk.penalty(code, "2022-05-01", number=number),
                                         desk.penalty(code, "2022-05-02", number=number))
    outcomes = sorted(tuple(e["code"] for e in p["userErrors"]) for p in (first, second))
    assert outcomes == [(), ("DUPLICATE_DECISION_NUMBER",)]
    assert await models.CreditRecord.filter(decision_number=number).count() == 1
