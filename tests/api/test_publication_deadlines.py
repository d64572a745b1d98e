"""双公示: penalties carry the publication fields (处罚类别、处罚内容、违法事实、罚款倍数、数据来源单位、
公示截止期) into their record and the push payload; decided listings and penalties have a
publication deadline (publishBy); publicationDeadlines lists those of a region the platform has
not acknowledged, past or near it. Both databases."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from helpers import authority_code, key, regulator_key
from regulator_steps import PENALTY, Desk, iso, refused

from credit.domain.calendar import china_today
from credit.domain.listings import publish_by
from credit.services.common import regime_for, working_calendar
from credit.store.models import OutboxEvent

RECORD = """
query Records($code: String!) {
  enterprise(code: $code) {
    creditRecords(kind: PENALTY) {
      edges { node { id category content violationFacts fineMultiple publishBy publicationEndsOn
                     rulesVersion dataSourceUnit decidedOn } }
    }
  }
}
"""

DEADLINES = """
query Deadlines($region: String!, $within: Int, $first: Int) {
  publicationDeadlines(region: $region, within: $within, first: $first) {
    totalCount
    items { eventId subject code enterpriseName listingId recordId decisionNumber decidedOn publishBy
            state overdue }
  }
}
"""


def penalty_input(code: str, decided_on: str, number: str, **extra: Any) -> dict[str, Any]:
    return {
        "code": code, "decisionNumber": number, "decidedOn": decided_on,
        "violationType": "未按规定开展安全生产教育和培训", "legalBasis": "《安全生产法》第九十七条",
        "fineYuan": "50000.00", "description": "处罚决定", **extra,
    }


async def test_a_penalty_records_and_pushes_its_publication_fields_derived_by_its_regime(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1201)
    payload = await desk.mutate(PENALTY, "recordPenalty", penalty_input(
        code, "2025-09-26", "深应急罚〔2025〕9号", category="FINE", content="罚款人民币五万元",
        violationFacts="未对从业人员进行安全生产教育和培训", fineMultiple="2.50",
    ))
    assert payload["userErrors"] == [], payload
    record = (await desk.run(RECORD, {"code": code}))["data"]["enterprise"]["creditRecords"]["edges"][0]["node"]
    assert record == {
        "id": payload["record"]["id"], "category": "FINE", "content": "罚款人民币五万元",
        "violationFacts": "未对从业人员进行安全生产教育和培训", "fineMultiple": "2.50",
        # 7 working days: 国庆 2025 (1–8 October) off, Sunday 28 September and Saturday 11 October on
        "publishBy": "2025-10-13",
        # work safety: at most 3 years from the decision
        "publicationEndsOn": "2028-09-26",
        "rulesVersion": "moem-11-2023", "dataSourceUnit": "深圳市应急管理局", "decidedOn": "2025-09-26",
    }
    event = await OutboxEvent.get(record_id=int(record["id"]))
    pushed = event.payload
    assert {k: pushed[k] for k in ("category", "content", "violationFacts", "fineMultiple", "publishBy",
                                   "publicationEndsOn", "dataSourceUnit", "dataSourceUnitCode", "decidedOn")} == {
        "category": "FINE", "content": "罚款人民币五万元", "violationFacts": "未对从业人员进行安全生产教育和培训",
        "fineMultiple": "2.50", "publishBy": "2025-10-13", "publicationEndsOn": "2028-09-26",
        "dataSourceUnit": "深圳市应急管理局", "dataSourceUnitCode": authority_code(1), "decidedOn": "2025-09-26",
    }
    assert event.publish_by is not None and event.publish_by.isoformat() == "2025-10-13"
    # the optional fields may be left out, as the contract's documents send them
    plain = await desk.mutate(PENALTY, "recordPenalty", penalty_input(code, "2025-09-26", "深应急罚〔2025〕10号"))
    assert plain["userErrors"] == []


async def test_a_bad_fine_multiple_is_refused_and_changes_nothing(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1202)
    for multiple, error in (("-2", "NEGATIVE_VALUE"), ("2.555", "INVALID_VALUE"), ("1000000", "INVALID_VALUE")):
        await refused(desk.mutate(PENALTY, "recordPenalty", penalty_input(code, "2025-09-26", "罚", fineMultiple=multiple)),
                      error, "fineMultiple")


async def test_a_decided_listing_must_be_published_within_seven_working_days_by_the_official_calendar(
    client,
) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1203)
    listing_id = await desk.decided_listing(code, notified_on="2026-09-15", decided_on="2026-09-29")
    result = await desk.run("query($id: ID!) { listing(id: $id) { publishBy } }", {"id": listing_id})
    # 国庆 2026: 1–7 October off, Saturday 10 October on: 30 Sep, 8, 9, 10, 12, 13, 14 October
    assert result["data"]["listing"]["publishBy"] == "2026-10-14"
    event = await OutboxEvent.get(listing_id=int(listing_id), event_type="LISTED")
    assert event.payload["publishBy"] == "2026-10-14"


async def test_publication_deadlines_lists_the_regions_unacknowledged_decisions_past_or_near_their_deadline(
    client,
) -> None:
    desk = Desk(client, await regulator_key())
    today = china_today()
    code = await desk.new_enterprise(1204)
    old = await desk.mutate(PENALTY, "recordPenalty", penalty_input(code, "2025-09-26", "深应急罚〔2025〕1号"))
    fresh = await desk.mutate(PENALTY, "recordPenalty", penalty_input(code, iso(today), "深应急罚〔2026〕2号"))
    accident = await desk.accident_id(code, "2025-09-01", deaths=1)  # no deadline: never listed
    listing_id = await desk.decided_listing(code, notified_on="2026-09-15", decided_on="2026-09-29")
    guangzhou = Desk(client, await regulator_key(region="4401", authority=authority_code(7), name="广州市应急管理局"))
    far = await guangzhou.new_enterprise(1205, region="440106")
    await guangzhou.mutate(PENALTY, "recordPenalty", penalty_input(far, "2025-09-26", "穗应急罚〔2025〕1号"))

    async def ask(who: Desk, region: str = "4403", **variables: Any) -> dict[str, Any]:
        result = await who.run(DEADLINES, {"region": region, **variables})
        assert not result.get("errors"), result
        return result["data"]["publicationDeadlines"]

    found = await ask(desk)
    # the decided listing's own evidence penalty (2021) is long overdue too; nearest deadline first
    items = found["items"]
    # a decision whose deadline the calendar cannot tell yet (its year's holidays unpublished:
    # the last weeks of the latest published year) comes first, undated; then nearest first
    dated = sorted(i["publishBy"] for i in items if i["publishBy"] is not None)
    assert [i["publishBy"] for i in items] == [None] * (len(items) - len(dated)) + dated
    deadline_known = publish_by(today, regime_for("440305", today), working_calendar()) is not None
    assert found["totalCount"] == len(items)
    by_record = {i["recordId"]: i for i in items if i["recordId"]}
    assert by_record[old["record"]["id"]]["publishBy"] == "2025-10-13"
    assert by_record[old["record"]["id"]]["overdue"] is True
    assert by_record[old["record"]["id"]]["subject"] == "PENALTY"
    assert by_record[old["record"]["id"]]["state"] == "PENDING"
    if deadline_known:
        assert fresh["record"]["id"] not in by_record  # due in 7 working days: not near yet
    else:
        assert by_record[fresh["record"]["id"]]["publishBy"] is None  # listed, undated: never guessed
    assert accident not in by_record
    listed = [i for i in items if i["listingId"] == listing_id]
    assert listed and listed[0]["subject"] == "LISTING" and listed[0]["publishBy"] == "2026-10-14"
    assert far not in {i["code"] for i in items}
    # within: how far ahead counts as near
    ahead = await ask(desk, within=30)
    assert fresh["record"]["id"] in {i["recordId"] for i in ahead["items"]}
    assert (await ask(desk, first=1))["items"] == items[:1]
    # once the platform acknowledged it, it is no longer listed
    await OutboxEvent.filter(record_id=int(old["record"]["id"])).update(state="DELIVERED")
    assert old["record"]["id"] not in {i["recordId"] for i in (await ask(desk))["items"]}
    # regions: a regulator asks about its own; an admin about any; procurement not at all
    assert (await ask(guangzhou, region="4401"))["totalCount"] == 1
    forbidden = await guangzhou.run(DEADLINES, {"region": "4403"})
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    admin = Desk(client, await key("admin"))
    assert (await ask(admin, region="44"))["totalCount"] == found["totalCount"]  # Guangzhou's and Shenzhen's, less one
    procurement = Desk(client, await key("procurement"))
    assert (await procurement.run(DEADLINES, {"region": "4403"}))["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    bad = await desk.run(DEADLINES, {"region": "4403", "within": -1})
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert today - timedelta(days=1) < today
