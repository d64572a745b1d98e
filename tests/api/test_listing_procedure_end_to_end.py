"""The whole listing procedure through GraphQL: propose (告知) → object (陈述申辩) → decide
(书面决定) → in force → credit repair → repair revoked → restored → expired, with
``status(asOf:)`` probed on both sides of every boundary date."""

from __future__ import annotations

from datetime import date

from helpers import key, make_code, regulator_key
from regulator_steps import Desk, at, audited, before, refused

from credit.domain.calendar import china_today
from credit.store import models


async def test_full_procedure_with_objection_repair_and_restoration(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(201)
    await audited(desk.register(code), "registerEnterprise")
    accident = await audited(desk.accident(code, "2021-11-01", deaths=10), "recordAccident")
    penalty = await audited(desk.penalty(code, "2021-12-01"), "recordPenalty")
    evidence = [accident["record"]["id"], penalty["record"]["id"]]

    # 告知 on Monday 3 January 2022: the party may object until the 5th working day after
    proposed = await audited(desk.propose(code, evidence, "2022-01-03"), "proposeListing")
    listing = proposed["listing"]
    assert listing["status"] == "NOTIFIED"
    assert listing["objectionDeadline"] == "2022-01-10"
    lid = listing["id"]

    objection = await audited(desk.object(lid, "2022-01-05"), "recordObjection")
    assert objection["objection"]["upheld"] is None
    await refused(desk.decide(lid, "2022-01-17"), "OBJECTION_PENDING")
    dismissed = await audited(
        desk.decide_objection(objection["objection"]["id"], False, "2022-01-12"), "decideObjection"
    )
    assert dismissed["objection"]["upheld"] is False
    assert dismissed["listing"]["status"] == "NOTIFIED"

    await refused(desk.decide(lid, "2022-01-10"), "OBJECTION_WINDOW_OPEN", "decidedOn")
    decided = await audited(desk.decide(lid, "2022-01-17", "深应急列〔2022〕1号"), "decideListing")
    assert decided["listing"]["listedOn"] == "2022-01-17"
    assert decided["listing"]["expiresOn"] == "2025-01-17"

    # in force from listedOn (00:00 China time, also when asked in UTC)
    assert await desk.status(code, lid, before("2022-01-17")) == "NOTIFIED"
    assert await desk.status(code, lid, at("2022-01-17")) == "ACTIVE"
    assert await desk.status(code, lid, "2022-01-16T15:59:59Z") == "NOTIFIED"
    assert await desk.status(code, lid, "2022-01-16T16:00:00Z") == "ACTIVE"

    # repair: from listedOn + 12 months exactly
    await refused(desk.apply_repair(lid, "2023-01-16"), "REPAIR_TOO_EARLY", "appliedOn")
    applied = await audited(desk.apply_repair(lid, "2023-01-17"), "applyCreditRepair")
    application_id = applied["application"]["id"]
    assert applied["application"]["status"] == "PENDING"
    assert await desk.status(code, lid, at("2023-01-17")) == "ACTIVE"

    approved = await audited(desk.decide_repair(application_id, "2023-02-01"), "decideCreditRepair")
    assert approved["application"]["status"] == "APPROVED"
    assert approved["listing"]["status"] == "REPAIRED"
    assert await desk.status(code, lid, before("2023-02-01")) == "ACTIVE"
    assert await desk.status(code, lid, at("2023-02-01")) == "REPAIRED"
    assert await desk.status(code, lid, before("2025-01-17")) == "REPAIRED"
    assert await desk.status(code, lid, at("2025-01-17")) == "REPAIRED"  # also after expiresOn
    assert await desk.status(code, lid) == "REPAIRED"

    # the repair was obtained by deceit: revoked, the listing reads as if it never happened
    restored = await audited(desk.revoke_repair(application_id, "2023-06-01"), "revokeCreditRepair")
    assert restored["listing"] == {"id": lid, "status": "EXPIRED", "expiresOn": "2025-01-17"}
    assert await desk.status(code, lid, before("2022-01-17")) == "NOTIFIED"
    assert await desk.status(code, lid, at("2023-02-01")) == "ACTIVE"
    assert await desk.status(code, lid, at("2023-06-01")) == "ACTIVE"
    assert await desk.status(code, lid, before("2025-01-17")) == "ACTIVE"
    assert await desk.status(code, lid, at("2025-01-17")) == "EXPIRED"
    assert await desk.status(code, lid) == "EXPIRED"

    stored = await models.Listing.get(id=int(lid))
    assert stored.ends_on == stored.expires_on  # the restriction lookup agrees with the status

    assert await desk.audit_actions(code) == [
        "registerEnterprise", "recordAccident", "recordPenalty", "proposeListing", "recordObjection",
        "decideObjection", "decideListing", "applyCreditRepair", "decideCreditRepair",
        "revokeCreditRepair",
    ]
    changes = await models.OutboxEvent.filter(listing_id=int(lid)).order_by("id").values_list(
        "event_type", flat=True
    )
    assert changes[:2] == ["LISTED", "EXPIRED"] and "REPAIRED" in changes and "RESTORED" in changes


async def test_listing_decided_on_29_february_expires_and_opens_repair_on_28_february(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(202)
    await desk.register(code)
    evidence = await desk.major_accident_evidence(code, "2024-01-10")
    proposed = await desk.propose(code, evidence, "2024-02-20")
    lid = proposed["listing"]["id"]
    assert proposed["listing"]["objectionDeadline"] == "2024-02-27"
    decided = await desk.decide(lid, "2024-02-29")
    now = "ACTIVE" if china_today() < date(2027, 2, 28) else "EXPIRED"
    assert decided["listing"] == {
        "id": lid, "status": now, "listedOn": "2024-02-29", "expiresOn": "2027-02-28",
    }
    assert await desk.status(code, lid, before("2024-02-29")) == "NOTIFIED"
    assert await desk.status(code, lid, at("2024-02-29")) == "ACTIVE"
    # asOf may lie in the future: what is in force then according to what is known now
    assert await desk.status(code, lid, before("2027-02-28")) == "ACTIVE"
    assert await desk.status(code, lid, at("2027-02-28")) == "EXPIRED"

    await refused(desk.apply_repair(lid, "2025-02-27"), "REPAIR_TOO_EARLY")
    applied = await desk.apply_repair(lid, "2025-02-28")
    assert applied["userErrors"] == []
    approved = await desk.decide_repair(applied["application"]["id"], "2025-03-10")
    assert approved["listing"]["status"] == "REPAIRED"
    assert await desk.status(code, lid, before("2025-03-10")) == "ACTIVE"
    assert await desk.status(code, lid, at("2025-03-10")) == "REPAIRED"
    assert await desk.status(code, lid, at("2027-03-01")) == "REPAIRED"


async def test_greylist_listing_lasts_one_year(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(203)
    await desk.register(code)
    death = await desk.accident_id(code, "2021-12-20", deaths=1)
    proposed = await desk.propose(code, [death], "2022-01-03", kind="GREYLIST",
                                  ground="FATAL_GENERAL_ACCIDENT")
    assert proposed["userErrors"] == []
    lid = proposed["listing"]["id"]
    assert proposed["listing"]["listKind"] == "GREYLIST"
    decided = await desk.decide(lid, "2022-01-11")
    assert decided["listing"]["expiresOn"] == "2023-01-11"
    assert await desk.status(code, lid, before("2023-01-11")) == "ACTIVE"
    assert await desk.status(code, lid, at("2023-01-11")) == "EXPIRED"


async def test_upheld_objection_withdraws_the_proposal(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(204)
    await desk.register(code)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code), "2022-01-03")
    lid = proposed["listing"]["id"]
    objection = await desk.object(lid, "2022-01-10")  # the deadline itself is still open
    assert objection["userErrors"] == []
    upheld = await audited(desk.decide_objection(objection["objection"]["id"], True, "2022-01-14"),
                           "decideObjection")
    assert upheld["listing"] == {"id": lid, "status": "WITHDRAWN", "withdrawnOn": "2022-01-14"}
    assert await desk.status(code, lid, before("2022-01-14")) == "NOTIFIED"
    assert await desk.status(code, lid, at("2022-01-14")) == "WITHDRAWN"
    assert await desk.status(code, lid) == "WITHDRAWN"
    await refused(desk.decide(lid, "2022-01-20"), "LISTING_WITHDRAWN")
    # a withdrawn proposal no longer blocks a new one for the same list
    again = await desk.propose(code, await desk.major_accident_evidence(code, "2022-01-02"), "2022-02-07")
    assert again["userErrors"] == []
    # nothing was ever published for the withdrawn proposal
    assert await models.OutboxEvent.filter(listing_id=int(lid)).count() == 0


async def test_revoked_listing_reads_revoked_at_every_moment(client) -> None:
    desk = Desk(client, await regulator_key())
    procurement = await key("procurement")
    code = make_code(205)
    await desk.register(code)
    lid = await desk.decided_listing(code)
    revoked = await audited(desk.revoke(lid, "2022-03-01"), "revokeListing")
    assert revoked["listing"] == {"id": lid, "status": "REVOKED"}
    for moment in (at("2021-12-01"), before("2022-01-17"), at("2022-01-17"), before("2022-03-01"),
                   at("2022-03-01"), at("2025-01-17"), at("2030-01-01"), None):
        assert await desk.status(code, lid, moment) == "REVOKED", moment
    public = Desk(client, procurement)
    assert await public.status(code, lid, at("2022-02-01")) == "REVOKED"
    stored = await models.Listing.get(id=int(lid))
    assert stored.ends_on is None  # restricts nothing, at any moment


async def test_revoking_a_listing_after_its_repair_voids_it_entirely(client) -> None:
    desk = Desk(client, await regulator_key())
    code = make_code(206)
    await desk.register(code)
    lid = await desk.decided_listing(code)
    applied = await desk.apply_repair(lid, "2023-01-20")
    await desk.decide_repair(applied["application"]["id"], "2023-02-01")
    assert (await desk.revoke(lid, "2023-03-01"))["userErrors"] == []
    assert await desk.status(code, lid, at("2022-06-01")) == "REVOKED"
    assert await desk.status(code, lid, at("2023-06-01")) == "REVOKED"
    await refused(desk.revoke_repair(applied["application"]["id"], "2023-04-01"), "LISTING_REVOKED", "applicationId")
