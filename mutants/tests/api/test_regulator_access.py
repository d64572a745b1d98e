"""Who may do what on the regulators' side: keys and roles, region, the deciding authority
(谁处罚、谁决定), published facts and masked ID numbers. A refusal of access is a GraphQL
error (UNAUTHENTICATED or FORBIDDEN) and changes nothing."""

from __future__ import annotations

from typing import Any

from helpers import authority_code, key, make_code, regulator_key
from regulator_steps import (
    ACCIDENT,
    AUDIT_TRAIL,
    CANDIDATES,
    DECIDE,
    OBJECTION,
    PENALTY,
    PRINCIPAL,
    PROPOSE,
    REGISTER,
    REPAIR,
    REVOKE,
    Desk,
    denied,
)

ID_NUMBER = "11010519491231002X"
MASKED = "110105********002X"

LISTING_QUERY = "query One($id: ID!) { listing(id: $id) { id status } }"


async def scene(client) -> tuple[Desk, dict[str, str]]:  # type: ignore[no-untyped-def]
    """An enterprise in 440305 with a decided listing, a pending repair application, and a
    proposal with an undecided objection, all by the Shenzhen authority."""
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(601, principal={"name": "王五", "idNumber": ID_NUMBER})
    decided = await desk.decided_listing(code)
    application = await desk.apply_repair(decided, "2023-02-01")
    proposed = await desk.propose(code, await desk.major_accident_evidence(code, "2022-06-01"), "2022-07-04",
                                  kind="BLACKLIST", ground="OTHER_SERIOUS_VIOLATION")
    assert proposed["userErrors"] == [], proposed
    objection = await desk.object(proposed["listing"]["id"], "2022-07-05")
    return desk, {
        "code": code, "decided": decided, "application": application["application"]["id"],
        "proposed": proposed["listing"]["id"], "objection": objection["objection"]["id"],
    }


def mutations(ids: dict[str, str]) -> list[tuple[str, dict[str, Any], str | None]]:
    """Every regulator mutation with well-formed input naming existing things."""
    code = ids["code"]
    return [
        (REGISTER, {"code": make_code(699), "name": "新企业", "regionCode": "440305",
                    "industry": "MINING"}, None),
        (ACCIDENT, {"code": code, "occurredOn": "2022-05-01", "deaths": 1, "seriousInjuries": 0,
                    "directLossYuan": "0", "description": "x"}, None),
        (PENALTY, {"code": code, "decisionNumber": "罚〔2022〕99号", "decidedOn": "2022-05-01",
                   "violationType": "x", "legalBasis": "y", "fineYuan": "1", "description": ""}, None),
        (PROPOSE, {"code": code, "listKind": "GREYLIST", "ground": "OTHER_CONCERN",
                   "evidenceRecordIds": ["1"], "notifiedOn": "2022-05-02"}, None),
        (OBJECTION, {"listingId": ids["proposed"], "filedOn": "2022-07-06", "statement": "s"},
         "RecordObjection"),
        (OBJECTION, {"objectionId": ids["objection"], "upheld": True, "decidedOn": "2022-07-06",
                     "reason": "r"}, "DecideObjection"),
        # inside the objection window and with an objection open: permission comes first
        (DECIDE, {"listingId": ids["proposed"], "decisionNumber": "列〔2022〕9号",
                  "decidedOn": "2022-07-05"}, None),
        # already decided: permission comes first
        (DECIDE, {"listingId": ids["decided"], "decisionNumber": "列〔2022〕9号",
                  "decidedOn": "2022-07-05"}, None),
        (REVOKE, {"listingId": ids["decided"], "revokedOn": "2022-03-01", "reason": "r"}, None),
        (REPAIR, {"listingId": ids["decided"], "appliedOn": "2023-03-01", "statement": "s"},
         "ApplyCreditRepair"),
        (REPAIR, {"applicationId": ids["application"], "approved": True, "decidedOn": "2023-03-01",
                  "reason": "r"}, "DecideCreditRepair"),
        (REPAIR, {"applicationId": ids["application"], "revokedOn": "2023-03-01", "reason": "r"},
         "RevokeCreditRepair"),
    ]


async def test_regulator_mutations_need_a_regulator_key(client) -> None:
    _, ids = await scene(client)
    callers = {
        "UNAUTHENTICATED": [None, "csk_not-a-key-we-issued"],
        "FORBIDDEN": [await key("procurement"), await key("insurer"), await key("admin")],
    }
    for expected, tokens in callers.items():
        for token in tokens:
            desk = Desk(client, token)
            for query, input, operation in mutations(ids):
                await denied(desk.run(query, {"input": input}, operation), expected)


async def test_regulator_outside_its_region_is_forbidden(client) -> None:
    _, ids = await scene(client)
    guangzhou = Desk(client, await regulator_key(region="4401", authority=authority_code(2),
                                                 name="广州市应急管理局"))
    # the same authority holding a key for another region is outside that region too, for
    # what the region decides (registering, recording, proposing); its own listings it keeps
    # acting on wherever the enterprise is (contract: 谁处罚、谁决定)
    elsewhere = Desk(client, await regulator_key(region="4401"))
    for desk, acts in ((guangzhou, mutations(ids)), (elsewhere, mutations(ids)[:4])):
        for query, input, operation in acts:
            await denied(desk.run(query, {"input": input}, operation), "FORBIDDEN")
        await denied(desk.run(CANDIDATES, {"region": "4403"}), "FORBIDDEN")
        await denied(desk.run(CANDIDATES, {"region": "44"}), "FORBIDDEN")
    # inside its own region it may register
    own = await guangzhou.register(make_code(602, region="440106"), region="440106")
    assert own["userErrors"] == []


async def test_only_the_deciding_authority_may_act_on_its_listing(client) -> None:
    _, ids = await scene(client)
    # another department of the same region (same prefix, another authority)
    other = Desk(client, await regulator_key(region="4403", authority=authority_code(3),
                                             name="深圳市住房和建设局"))
    for query, input, operation in mutations(ids)[4:]:
        await denied(other.run(query, {"input": input}, operation), "FORBIDDEN")
    # it may record facts about the enterprise: it is in its region
    assert (await other.accident(ids["code"], "2022-05-01"))["userErrors"] == []


async def test_id_numbers_are_shown_only_to_the_owning_regions_regulators(client) -> None:
    desk, ids = await scene(client)

    async def principal(token: str | None) -> dict[str, Any]:
        return await Desk(client, token).run(PRINCIPAL, {"code": ids["code"]})

    shown = {"name": "王五", "idNumber": ID_NUMBER}
    hidden = {"name": "王五", "idNumber": MASKED}
    assert (await principal(desk.token))["data"]["enterprise"]["principal"] == shown
    province = await regulator_key(region="44", authority=authority_code(4), name="广东省应急管理厅")
    assert (await principal(province))["data"]["enterprise"]["principal"] == shown
    assert (await principal(await key("admin")))["data"]["enterprise"]["principal"] == shown
    other_region = await regulator_key(region="4401", authority=authority_code(2), name="广州市应急管理局")
    assert (await principal(other_region))["data"]["enterprise"]["principal"] == hidden
    assert (await principal(await key("procurement")))["data"]["enterprise"]["principal"] == hidden
    assert (await principal(await key("insurer")))["data"]["enterprise"]["principal"] == hidden
    anonymous = await principal(None)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_procurement_sees_published_facts_only(client) -> None:
    desk, ids = await scene(client)
    procurement = Desk(client, await key("procurement"))
    insurer = Desk(client, await key("insurer"))
    other_region = Desk(client, await regulator_key(region="4401", authority=authority_code(2),
                                                    name="广州市应急管理局"))

    def listed(profile: dict[str, Any]) -> list[str]:
        return [e["node"]["id"] for e in profile["listings"]["edges"]]

    # regulators (of any region) see the undecided proposal; the public does not
    assert listed(await desk.profile(ids["code"])) == [ids["decided"], ids["proposed"]]
    assert listed(await other_region.profile(ids["code"])) == [ids["decided"], ids["proposed"]]
    assert listed(await procurement.profile(ids["code"])) == [ids["decided"]]
    assert listed(await insurer.profile(ids["code"])) == [ids["decided"]]
    hidden = await procurement.run(LISTING_QUERY, {"id": ids["proposed"]})
    assert hidden["data"]["listing"] is None
    shown = await desk.run(LISTING_QUERY, {"id": ids["proposed"]})
    assert shown["data"]["listing"] == {"id": ids["proposed"], "status": "NOTIFIED"}

    await desk.decide_objection(ids["objection"], False, "2022-07-12")
    assert (await desk.decide(ids["proposed"], "2022-07-12"))["userErrors"] == []
    assert listed(await procurement.profile(ids["code"])) == [ids["decided"], ids["proposed"]]


async def test_audit_trail_is_for_regulators_and_admins(client) -> None:
    desk, ids = await scene(client)
    for token, expected in ((None, "UNAUTHENTICATED"), (await key("procurement"), "FORBIDDEN"),
                            (await key("insurer"), "FORBIDDEN")):
        result = await Desk(client, token).run(AUDIT_TRAIL, {"code": ids["code"]})
        assert [e["extensions"]["code"] for e in result["errors"]] == [expected]
    admin = await Desk(client, await key("admin")).run(AUDIT_TRAIL, {"code": ids["code"]})
    assert admin["data"]["auditTrail"]["totalCount"] == (
        await desk.run(AUDIT_TRAIL, {"code": ids["code"]})
    )["data"]["auditTrail"]["totalCount"]
