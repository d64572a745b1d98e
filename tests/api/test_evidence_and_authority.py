"""The contract's evidence and authority rules through GraphQL, on both databases: one fact
grounds one listing per list kind, 谁处罚、谁决定, the fine multiple of an aggravated accident,
agencies only for false certification, repair applications in date order, and the deciding
authority keeping its listing when the enterprise moves. Each refusal changes nothing."""

from __future__ import annotations

from typing import Any

from helpers import authority_code, make_code, regulator_key
from regulator_steps import CORRECT_PENALTY, PENALTY, Desk, denied, refused

UPDATE = """
mutation Update($input: UpdateEnterpriseInput!) {
  updateEnterprise(input: $input) { enterprise { code regionCode } userErrors { field code message } }
}
"""


async def penalty_with(desk: Desk, code: str, decided_on: str, number: str, **extra: Any) -> str:
    payload = await desk.mutate(PENALTY, "recordPenalty", {
        "code": code, "decisionNumber": number, "decidedOn": decided_on,
        "violationType": "未落实安全生产主体责任", "legalBasis": "《安全生产法》第一百一十四条",
        "fineYuan": "1000000.00", "description": "处罚决定", **extra,
    })
    assert payload["userErrors"] == [], payload
    return str(payload["record"]["id"])


async def test_a_record_grounding_a_standing_listing_cannot_ground_another_of_the_same_kind(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1001)
    first = await desk.decided_listing(code)  # MAJOR_ACCIDENT on an accident and a penalty of 2021-11-01
    evidence = await desk.run(
        "query($id: ID!) { listing(id: $id) { evidenceRecordIds } }", {"id": first}
    )
    accident, penalty = evidence["data"]["listing"]["evidenceRecordIds"]
    payload = await refused(desk.propose(code, [accident, penalty], "2022-03-01"), "EVIDENCE_ALREADY_CITED",
                            "evidenceRecordIds")
    assert accident in payload["userErrors"][0]["message"]
    # a correction states the same fact: citing it is refused too
    corrected = await desk.mutate(CORRECT_PENALTY, "recordPenalty", {
        "code": code, "decisionNumber": "深应急罚〔2021〕更正1号", "decidedOn": "2021-11-01",
        "violationType": "未落实安全生产主体责任", "legalBasis": "《安全生产法》第一百一十四条",
        "fineYuan": "600000.00", "supersedesRecordId": penalty,
    })
    new_accident = await desk.accident_id(code, "2022-02-01", deaths=12)
    await refused(desk.propose(code, [new_accident, corrected["record"]["id"]], "2022-03-01"),
                  "EVIDENCE_ALREADY_CITED")
    # another list kind may rely on the same fact
    grey = await desk.propose(code, [accident], "2022-03-01", kind="GREYLIST", ground="FATAL_GENERAL_ACCIDENT")
    assert grey["userErrors"] == []
    # a revoked listing frees its records
    assert (await desk.revoke(first, "2022-04-01"))["userErrors"] == []
    again = await desk.propose(code, [new_accident, corrected["record"]["id"]], "2022-04-06")
    assert again["userErrors"] == [], again


async def test_a_withdrawn_proposal_frees_its_records(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1002)
    evidence = await desk.major_accident_evidence(code)
    proposed = await desk.propose(code, evidence, "2022-01-03")
    objection = await desk.object(proposed["listing"]["id"], "2022-01-04")
    await desk.decide_objection(objection["objection"]["id"], True, "2022-01-06")
    again = await desk.propose(code, evidence, "2022-02-07")
    assert again["userErrors"] == [], again


async def test_a_blacklist_proposal_must_cite_a_penalty_recorded_by_the_proposing_authority(client) -> None:
    emergency = Desk(client, await regulator_key())
    housing = Desk(client, await regulator_key(authority=authority_code(3), name="深圳市住房和建设局"))
    code = await emergency.new_enterprise(1003)
    accident, penalty = await emergency.major_accident_evidence(code)
    # 谁处罚、谁决定: housing may not list on the emergency bureau's penalty
    await refused(housing.propose(code, [accident, penalty], "2022-01-03"), "PENALTY_OF_OTHER_AUTHORITY",
                  "evidenceRecordIds")
    # the greylist needs no penalty: any department of the region may propose it
    grey = await housing.propose(code, [accident], "2022-01-03", kind="GREYLIST", ground="FATAL_GENERAL_ACCIDENT")
    assert grey["userErrors"] == []
    # with its own penalty it may, and then only it decides
    own = await housing.penalty_id(code, "2021-12-01", number="深建罚〔2021〕1号")
    listed = await housing.propose(code, [accident, own], "2022-01-03")
    assert listed["userErrors"] == [], listed
    revoke = {"listingId": listed["listing"]["id"], "revokedOn": "2022-02-01", "reason": "错误"}
    await denied(emergency.run(
        "mutation($input: RevokeListingInput!) { revokeListing(input: $input) { userErrors { code } } }",
        {"input": revoke}), "FORBIDDEN")


async def test_aggravated_accident_fine_needs_an_accident_and_a_fine_multiple_from_two_to_five(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1004)
    accident = await desk.accident_id(code, "2021-11-01", deaths=1)
    low = await penalty_with(desk, code, "2021-12-01", "罚1", fineMultiple="1.5")
    plain = await penalty_with(desk, code, "2021-12-01", "罚2")
    high = await penalty_with(desk, code, "2021-12-01", "罚3", fineMultiple="5.5")
    ground = "AGGRAVATED_ACCIDENT_FINE"
    for penalty in (low, plain, high):
        await refused(desk.propose(code, [accident, penalty], "2022-01-03", ground=ground),
                      "FINE_MULTIPLE_OUT_OF_RANGE", "evidenceRecordIds")
    aggravated = await penalty_with(desk, code, "2021-12-01", "罚4", fineMultiple="2")
    await refused(desk.propose(code, [aggravated], "2022-01-03", ground=ground), "EVIDENCE_INSUFFICIENT")
    listed = await desk.propose(code, [accident, aggravated], "2022-01-03", ground=ground)
    assert listed["userErrors"] == [], listed


async def test_false_certification_is_only_for_safety_service_agencies(client) -> None:
    desk = Desk(client, await regulator_key())
    plant = await desk.new_enterprise(1005, industry="CHEMICALS")
    agency = await desk.new_enterprise(1006, industry="SAFETY_SERVICE_AGENCY", name="深圳市某安全评价有限公司")
    plant_penalty = await desk.penalty_id(plant, "2021-12-01")
    await refused(desk.propose(plant, [plant_penalty], "2022-01-03", ground="FALSE_CERTIFICATION"),
                  "GROUND_NOT_FOR_INDUSTRY", "ground")
    agency_penalty = await desk.penalty_id(agency, "2021-12-01")
    listed = await desk.propose(agency, [agency_penalty], "2022-01-03", ground="FALSE_CERTIFICATION")
    assert listed["userErrors"] == [], listed


async def test_a_repair_application_must_be_dated_after_every_earlier_application(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1007)
    listing = await desk.decided_listing(code)  # listed 2022-01-17
    applied = await desk.apply_repair(listing, "2023-03-01")
    assert applied["userErrors"] == []
    await desk.decide_repair(applied["application"]["id"], "2023-03-10", approved=False)
    for day in ("2023-02-01", "2023-03-01"):
        await refused(desk.apply_repair(listing, day), "DATE_NOT_AFTER_EARLIER_APPLICATION", "appliedOn")
    assert (await desk.apply_repair(listing, "2023-03-10"))["userErrors"] == []


async def test_the_deciding_authority_keeps_its_listing_when_a_province_moves_the_enterprise(client) -> None:
    """谁处罚、谁决定: the listing stays with its deciding authority wherever the unit is registered."""
    shenzhen = Desk(client, await regulator_key())
    province = Desk(client, await regulator_key(region="44", authority=authority_code(4), name="广东省应急管理厅"))
    guangzhou = Desk(client, await regulator_key(region="4401", authority=authority_code(5), name="广州市应急管理局"))
    code = await shenzhen.new_enterprise(1008)
    listing = await shenzhen.decided_listing(code)
    moved = await province.mutate(UPDATE, "updateEnterprise", {"code": code, "regionCode": "440106"})
    assert moved["userErrors"] == [] and moved["enterprise"]["regionCode"] == "440106"
    # the new region and the province are not the deciding authority
    for other in (guangzhou, province):
        await denied(other.run(
            "mutation($input: ApplyCreditRepairInput!) { applyCreditRepair(input: $input) { userErrors { code } } }",
            {"input": {"listingId": listing, "appliedOn": "2023-02-01", "statement": "已整改"}}), "FORBIDDEN")
    applied = await shenzhen.apply_repair(listing, "2023-02-01")
    assert applied["userErrors"] == [], applied
    decided = await shenzhen.decide_repair(applied["application"]["id"], "2023-02-10", approved=False)
    assert decided["userErrors"] == [], decided
    revoked = await shenzhen.revoke(listing, "2023-03-01")
    assert revoked["userErrors"] == [], revoked
    # proposing is still judged by region: Shenzhen may not list a unit registered in Guangzhou now
    evidence = await guangzhou.major_accident_evidence(code, "2023-04-03")
    await denied(shenzhen.run(
        "mutation($input: ProposeListingInput!) { proposeListing(input: $input) { userErrors { code } } }",
        {"input": {"code": code, "listKind": "BLACKLIST", "ground": "MAJOR_ACCIDENT",
                   "evidenceRecordIds": evidence, "notifiedOn": "2023-05-04"}}), "FORBIDDEN")
    assert make_code(1008) == code
