"""Credit repair (信用修复) through GraphQL: who may apply when, one pending application,
decisions while in force, and revocation of a repair obtained by deceit."""

from __future__ import annotations

from datetime import timedelta

from helpers import make_code, regulator_key
from regulator_steps import Desk, at, audited, before, iso, refused, tomorrow_in_china

from credit.domain.calendar import add_months, china_today
from credit.store import models


async def test_repair_is_refused_before_twelve_months_and_once_the_listing_has_ended(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(401)
    lid = await desk.decided_listing(code)  # listed 2022-01-17, expires 2025-01-17
    await refused(desk.apply_repair(lid, "2022-06-01"), "REPAIR_TOO_EARLY", "appliedOn")
    await refused(desk.apply_repair(lid, "2023-01-16"), "REPAIR_TOO_EARLY", "appliedOn")
    await refused(desk.apply_repair(lid, "2025-01-17"), "LISTING_NOT_IN_FORCE", "appliedOn")
    await refused(desk.apply_repair(lid, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "appliedOn")
    await refused(desk.apply_repair("777777", "2023-01-17"), "LISTING_NOT_FOUND", "listingId")
    last_day = await desk.apply_repair(lid, "2025-01-16")
    assert last_day["userErrors"] == []


async def test_repair_of_an_undecided_or_greylist_listing_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(402)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code), "2022-01-03")
    await refused(desk.apply_repair(proposed["listing"]["id"], "2023-02-01"), "LISTING_NOT_DECIDED")

    death = await desk.accident_id(code, "2021-12-20", deaths=1)
    grey = await desk.propose(code, [death], "2022-01-03", kind="GREYLIST", ground="FATAL_GENERAL_ACCIDENT")
    await desk.decide(grey["listing"]["id"], "2022-01-17")
    await refused(desk.apply_repair(grey["listing"]["id"], "2022-12-01"), "REPAIR_NOT_APPLICABLE")


async def test_a_second_pending_application_is_refused_and_a_rejection_changes_nothing(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(403)
    lid = await desk.decided_listing(code)
    first = await desk.apply_repair(lid, "2023-01-17")
    await refused(desk.apply_repair(lid, "2023-01-18"), "REPAIR_PENDING", "listingId")

    rejected = await audited(desk.decide_repair(first["application"]["id"], "2023-02-01", approved=False),
                             "decideCreditRepair")
    assert rejected["application"]["status"] == "REJECTED"
    assert rejected["listing"]["status"] == "EXPIRED"
    assert await desk.status(code, lid, at("2023-02-01")) == "ACTIVE"
    assert await desk.status(code, lid, at("2025-01-17")) == "EXPIRED"
    assert await models.OutboxEvent.filter(listing_id=int(lid), event_type="REPAIRED").count() == 0
    await refused(desk.revoke_repair(first["application"]["id"], "2023-03-01"), "REPAIR_NOT_APPROVED")
    await refused(desk.decide_repair(first["application"]["id"], "2023-03-01"), "ALREADY_DECIDED",
                  "applicationId")

    # an application entered after the fact may not be dated while the first was undecided
    await refused(desk.apply_repair(lid, "2023-01-25"), "REPAIR_PENDING")
    second = await desk.apply_repair(lid, "2023-06-01")  # after a rejection the party may apply again
    assert second["userErrors"] == []
    await refused(desk.revoke_repair(second["application"]["id"], "2023-07-01"), "REPAIR_NOT_APPROVED")


async def test_repair_is_decided_on_or_after_its_application_while_the_listing_is_in_force(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(404)
    lid = await desk.decided_listing(code)
    applied = await desk.apply_repair(lid, "2024-12-01")
    aid = applied["application"]["id"]
    await refused(desk.decide_repair(aid, "2024-11-30"), "DATE_BEFORE_APPLICATION", "decidedOn")
    await refused(desk.decide_repair(aid, "2025-01-17"), "LISTING_NOT_IN_FORCE", "decidedOn")
    await refused(desk.decide_repair(aid, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "decidedOn")
    await refused(desk.decide_repair("888888", "2024-12-01"), "APPLICATION_NOT_FOUND", "applicationId")
    await refused(desk.decide_repair("x", "2024-12-01"), "APPLICATION_NOT_FOUND", "applicationId")
    # the application's own day is allowed
    approved = await desk.decide_repair(aid, "2024-12-01")
    assert approved["listing"]["status"] == "REPAIRED"
    assert await desk.status(code, lid, before("2024-12-01")) == "ACTIVE"
    assert await desk.status(code, lid, at("2024-12-01")) == "REPAIRED"


async def test_a_repaired_listing_takes_no_new_application_even_dated_before_the_repair(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(405)
    lid = await desk.decided_listing(code)
    applied = await desk.apply_repair(lid, "2023-01-17")
    await desk.decide_repair(applied["application"]["id"], "2023-02-01")
    # 2023-01-20 lies inside the period in force; a second approval would end the listing twice
    await refused(desk.apply_repair(lid, "2023-01-20"), "ALREADY_REPAIRED")
    await refused(desk.apply_repair(lid, "2023-03-01"), "ALREADY_REPAIRED")


async def test_revoked_repair_restores_the_listing_until_its_original_expiry(client) -> None:
    """Dated back from today, so that the restored listing is in force now."""
    desk = Desk(client, await regulator_key())
    code = make_code(406)
    await desk.register(code)
    listed = add_months(china_today(), -14)
    expires, eligible = add_months(listed, 36), add_months(listed, 12)
    repaired, restored_on = eligible + timedelta(days=10), eligible + timedelta(days=20)
    # three weeks: a notice before 春节 or 国庆 has a 5-working-day window of up to 15 days
    lid = await desk.decided_listing(code, notified_on=iso(listed - timedelta(days=21)), decided_on=iso(listed))
    applied = await desk.apply_repair(lid, iso(eligible))
    aid = applied["application"]["id"]
    approved = await desk.decide_repair(aid, iso(repaired))
    assert approved["listing"] == {"id": lid, "status": "REPAIRED"}
    assert await models.OutboxEvent.filter(listing_id=int(lid), event_type="EXPIRED").count() == 0

    await refused(desk.revoke_repair(aid, iso(repaired - timedelta(days=1))), "DATE_BEFORE_DECISION",
                  "revokedOn")
    await refused(desk.revoke_repair(aid, iso(tomorrow_in_china())), "DATE_IN_FUTURE", "revokedOn")
    await refused(desk.revoke_repair("999999", iso(restored_on)), "APPLICATION_NOT_FOUND")
    restored = await audited(desk.revoke_repair(aid, iso(restored_on)), "revokeCreditRepair")
    assert restored["listing"] == {"id": lid, "status": "ACTIVE", "expiresOn": iso(expires)}
    for moment in (at(iso(listed)), at(iso(repaired)), at(iso(restored_on)), before(iso(expires)), None):
        assert await desk.status(code, lid, moment) == "ACTIVE", moment
    assert await desk.status(code, lid, before(iso(listed))) == "NOTIFIED"
    assert await desk.status(code, lid, at(iso(expires))) == "EXPIRED"
    stored = await models.Listing.get(id=int(lid))
    assert stored.ends_on == expires
    events = await models.OutboxEvent.filter(listing_id=int(lid)).order_by("id").values_list(
        "event_type", flat=True
    )
    assert events == ["LISTED", "REPAIRED", "RESTORED", "EXPIRED"]

    await refused(desk.revoke_repair(aid, iso(restored_on)), "ALREADY_REVOKED")
    # restored and in force again: the party may apply anew
    again = await desk.apply_repair(lid, iso(restored_on))
    assert again["userErrors"] == []
