"""Persons through GraphQL, end to end, on SQLite and PostgreSQL: listed with the unit
(第11号令), checked by bidding platforms (personCheck), banned (职业禁入), and registered
as principals over time. Each step sends the consumers' own document where one exists
(graphql/operations/, copied from the contract) and checks exactly what it selects.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from helpers import REGION, document, gql, key, make_code, regulator_key
from regulator_steps import Desk, at, audited, iso

from credit.api import fastpath
from credit.domain.calendar import add_months, china_today
from credit.services.common import notice_with_known_deadline
from credit.store import models

CHECK_PERSONS = document("procurement/CheckPersons.graphql")
CHECK_RESTRICTIONS = document("procurement/CheckRestrictions.graphql")
LISTING_PERSONS = document("regulator/ListingPersons.graphql")
RECORD_BAN = document("regulator/RecordPersonBan.graphql")
UPDATE = document("regulator/UpdateEnterprise.graphql")
SUPERVISION = document("regulator/Supervision.graphql")
PREMIUM = document("insurer/PremiumQuote.graphql")

PRINCIPAL = "11010519491231002X"  # 张三
SITE_MANAGER = "350111196002276951"  # 林某, a county created after the birth
OTHER = "110101198001010053"  # 赵六
NEVER_SEEN = "440305197803150013"

RECEIPT_CHECK = """
query CheckPersonsWithReceipt($idNumbers: [String!]!, $asOf: DateTime) {
  personCheck(idNumbers: $idNumbers, asOf: $asOf) { checkId receipt results { idNumber status } }
}
"""
VERIFY = """
query Verify($receipt: String!) {
  verifyReceipt(receipt: $receipt) { valid checkId domain results { code } personResults { idNumber status } }
}
"""
PERSON_CHANGES = """
query PersonChanges($after: String) {
  personChanges(after: $after) { edges { node { change idNumber kind industry startsOn endsOn } } }
}
"""
PERSONS = """
query Persons($code: String!, $on: Date) {
  enterprise(code: $code) {
    principal(on: $on) { name idNumber }
    persons { role name idNumber since until }
  }
}
"""


def masked(number: str) -> str:
    return number[:6] + "********" + number[-4:]


async def person_check(client: httpx.AsyncClient, token: str, numbers: list[str], as_of: str) -> dict[str, Any]:
    answer = await gql(client, CHECK_PERSONS, {"idNumbers": numbers, "asOf": as_of}, token=token)
    assert "errors" not in answer, answer
    return answer["data"]["personCheck"]


def statuses(check: dict[str, Any]) -> list[str]:
    return [r["status"] for r in check["results"]]


async def unit_status(client: httpx.AsyncClient, code: str, as_of: str) -> str:
    answer = await gql(client, CHECK_RESTRICTIONS, {"codes": [code], "domain": "BIDDING", "asOf": as_of})
    return str(answer["data"]["restrictionCheck"]["results"][0]["status"])


async def test_listed_person_is_listed_while_the_listing_is_in_force_and_clear_after_repair(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    procurement = await key("procurement")
    code = await desk.new_enterprise(1101)
    evidence = await desk.major_accident_evidence(code)
    proposed = await audited(desk.propose(code, evidence, "2022-01-03", persons=[
        {"name": "张三", "idNumber": PRINCIPAL.lower(), "role": "PRINCIPAL"},
    ]), "proposeListing")
    listing_id = proposed["listing"]["id"]

    # ListingPersons as written: the regulator of the region sees the full number
    shown = await desk.run(LISTING_PERSONS, {"id": listing_id})
    assert shown == {"data": {"listing": {
        "id": listing_id, "listKind": "BLACKLIST", "ground": "MAJOR_ACCIDENT", "restrictsUnit": True,
        "persons": [{"name": "张三", "idNumber": PRINCIPAL, "role": "PRINCIPAL"}],
    }}}
    # undecided: nobody is listed yet
    assert statuses(await person_check(client, procurement, [PRINCIPAL], at("2022-06-01"))) == ["CLEAR"]
    await audited(desk.decide(listing_id, "2022-01-17"), "decideListing")

    # CheckPersons as written: input order, duplicates kept, invalid items, numbers masked
    numbers = [PRINCIPAL, "bad number", NEVER_SEEN, PRINCIPAL.lower()]
    check = await person_check(client, procurement, numbers, at("2022-06-01"))
    assert set(check) == {"checkId", "checkedAt", "asOf", "results"}
    assert check["asOf"] == "2022-05-31T16:00:00Z"
    reason = {
        "listingId": listing_id, "listKind": "BLACKLIST", "ground": "MAJOR_ACCIDENT", "role": "PRINCIPAL",
        "enterpriseCode": code, "enterpriseName": "深圳市测试化工有限公司", "listedOn": "2022-01-17",
        "expiresOn": "2025-01-17", "authorityName": "深圳市应急管理局",
    }
    assert check["results"] == [
        {"idNumber": masked(PRINCIPAL), "status": "LISTED", "reasons": [reason], "bans": []},
        {"idNumber": "*********", "status": "INVALID_ID_NUMBER", "reasons": [], "bans": []},
        {"idNumber": masked(NEVER_SEEN), "status": "CLEAR", "reasons": [], "bans": []},
        {"idNumber": masked(PRINCIPAL), "status": "LISTED", "reasons": [reason], "bans": []},
    ]
    # the fast path answers exactly as Strawberry does
    fastpath.enabled = False
    try:
        slow = await person_check(client, procurement, numbers, at("2022-06-01"))
    finally:
        fastpath.enabled = True
    assert slow["results"] == check["results"]
    assert statuses(await person_check(client, procurement, [PRINCIPAL], at("2022-01-16"))) == ["CLEAR"]

    # the catalogue's measures on listed persons, resolved only when a query asks for them
    measures = await gql(client, """query M($n: [String!]!, $asOf: DateTime) { personCheck(idNumbers: $n, asOf: $asOf)
        { results { reasons { measures { domain effect } } } } catalogue { version } }""",
                         {"n": [PRINCIPAL], "asOf": at("2022-06-01")}, token=desk.token)
    [reason_measures] = [r["measures"] for r in measures["data"]["personCheck"]["results"][0]["reasons"]]
    assert {"domain": "OFFICE", "effect": "RESTRICT"} in reason_measures
    assert measures["data"]["catalogue"]["version"] == "1"

    # the receipt: masked numbers and statuses, verified by anyone
    signed = (await gql(client, RECEIPT_CHECK, {"idNumbers": [PRINCIPAL, "x"], "asOf": at("2022-06-01")},
                        token=procurement))["data"]["personCheck"]
    verified = (await gql(client, VERIFY, {"receipt": signed["receipt"]}))["data"]["verifyReceipt"]
    assert verified == {"valid": True, "checkId": signed["checkId"], "domain": None, "results": None,
                        "personResults": [{"idNumber": masked(PRINCIPAL), "status": "LISTED"},
                                          {"idNumber": "*", "status": "INVALID_ID_NUMBER"}]}
    tampered = signed["receipt"][:-4] + ("AAAA" if not signed["receipt"].endswith("AAAA") else "BBBB")
    assert (await gql(client, VERIFY, {"receipt": tampered}))["data"]["verifyReceipt"]["valid"] is False

    # repair ends the person's listing with the unit's, on its decision date
    applied = await desk.apply_repair(listing_id, "2023-01-17")
    await desk.decide_repair(applied["application"]["id"], "2023-02-01")
    assert statuses(await person_check(client, procurement, [PRINCIPAL], at("2023-01-31"))) == ["LISTED"]
    assert statuses(await person_check(client, procurement, [PRINCIPAL], at("2023-02-01"))) == ["CLEAR"]
    assert await unit_status(client, code, at("2023-01-31")) == "PROHIBITED"


async def test_abandoned_rescue_lists_the_registered_principal_and_never_the_unit(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    procurement = await key("procurement")
    code = await desk.new_enterprise(1102, principal={"name": "林某", "idNumber": SITE_MANAGER, "since": "2021-01-01"})
    penalty = await desk.penalty_id(code, "2021-12-01")
    # no person named: the principal registered on the notice date is listed
    proposed = await audited(desk.propose(code, [penalty], "2022-01-03", ground="ABANDONED_RESCUE", persons=[]),
                             "proposeListing")
    listing_id = proposed["listing"]["id"]
    await desk.decide(listing_id, "2022-01-17")

    inside = at("2022-06-01")
    assert await unit_status(client, code, inside) == "CLEAR"
    assert statuses(await person_check(client, procurement, [SITE_MANAGER], inside)) == ["LISTED"]
    # nor does the listing count against the unit elsewhere: its supervision class is not D
    # (a blacklist listing of the unit) and its premium has no BLACKLIST float
    supervised = await desk.run(SUPERVISION, {"code": code, "on": "2022-06-01"}, "EnterpriseSupervision")
    assert supervised["data"]["enterprise"]["supervision"]["class"] != "D", supervised
    insurer = await key("insurer")
    quote = await gql(client, PREMIUM, {"code": code, "baseRate": "0.002", "policyStart": "2022-06-01"},
                      token=insurer)
    assert "BLACKLIST" not in [a["rule"] for a in quote["data"]["premiumQuote"]["adjustments"]], quote
    listing = (await gql(client, LISTING_PERSONS, {"id": listing_id}, token=procurement))["data"]["listing"]
    assert listing["restrictsUnit"] is False
    assert listing["persons"] == [{"name": "林某", "idNumber": masked(SITE_MANAGER), "role": "PRINCIPAL"}]

    # pushed to the shared platform with the full number; published with the masked one
    event = await models.OutboxEvent.get(listing_id=int(listing_id), event_type="LISTED")
    assert event.payload["restrictsUnit"] is False
    assert event.payload["persons"] == [
        {"name": "林某", "idType": "RESIDENT_ID", "idNumber": SITE_MANAGER, "role": "PRINCIPAL"}]
    feed = await gql(client, "query { listingChanges { edges { node { listingId change } } } }", token=procurement)
    assert {"listingId": listing_id, "change": "LISTED"} in [e["node"] for e in feed["data"]["listingChanges"]["edges"]]

    # revoked: voided from its start, for the person as for the unit
    await desk.revoke(listing_id, "2023-01-01")
    assert statuses(await person_check(client, procurement, [SITE_MANAGER], inside)) == ["CLEAR"]


async def test_listed_person_appears_masked_on_the_public_page(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1103)
    today = china_today()
    penalty = await desk.penalty_id(code, iso(today - timedelta(days=60)))
    proposed = await desk.propose(code, [penalty], iso(today - timedelta(days=40)), ground="OTHER_SERIOUS_VIOLATION",
                                  persons=[{"name": "赵六", "idNumber": OTHER, "role": "RESPONSIBLE"}])
    listing_id = proposed["listing"]["id"]
    await desk.decide(listing_id, iso(today - timedelta(days=20)))
    page = (await client.get(f"/public/listings/{listing_id}")).text
    assert "赵六" in page and masked(OTHER) in page and OTHER not in page


async def test_bans_bar_the_post_and_show_in_the_check_and_the_person_feed_until_they_end(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    procurement = await key("procurement")
    today = china_today()
    five_ago = today - timedelta(days=5 * 366 + 30)  # ended about a month ago
    recent = today - timedelta(days=100)

    ended = await audited(desk.mutate(RECORD_BAN, "recordPersonBan", {
        "idNumber": OTHER, "name": "赵六", "kind": "FIVE_YEARS", "startsOn": iso(five_ago),
        "basis": "对较大事故负有责任,被撤职",
    }), "recordPersonBan")
    assert set(ended) == {"ban", "userErrors"} and set(ended["ban"]) == {"id", "kind", "industry", "startsOn", "endsOn"}
    assert ended["ban"] | {"id": None} == {"id": None, "kind": "FIVE_YEARS", "industry": None,
                                           "startsOn": iso(five_ago), "endsOn": iso(add_months(five_ago, 60))}
    life = await audited(desk.mutate(RECORD_BAN, "recordPersonBan", {
        "idNumber": PRINCIPAL, "name": "张三", "kind": "LIFE", "industry": "MINING", "startsOn": iso(recent),
        "basis": "对重大事故负有责任,被判处刑罚",
    }), "recordPersonBan")
    assert life["ban"]["endsOn"] is None and life["ban"]["industry"] == "MINING"

    # BANNED while in force, CLEAR from the day a FIVE_YEARS ban ends
    during = await person_check(client, procurement, [OTHER, PRINCIPAL], at(iso(five_ago + timedelta(days=1))))
    assert statuses(during) == ["BANNED", "CLEAR"]
    assert during["results"][0]["bans"] == [{"kind": "FIVE_YEARS", "industry": None, "startsOn": iso(five_ago),
                                             "endsOn": iso(add_months(five_ago, 60))}]
    assert statuses(await person_check(client, procurement, [OTHER, PRINCIPAL], at(iso(today)))) == ["CLEAR", "BANNED"]

    # PRINCIPAL_BANNED: a LIFE ban in MINING bars a mining unit, not a chemical one
    mining = await desk.register(make_code(1104), industry="MINING", principal={"name": "张三", "idNumber": PRINCIPAL})
    assert [(e["field"], e["code"]) for e in mining["userErrors"]] == [("principal.idNumber", "PRINCIPAL_BANNED")]
    assert not await models.Enterprise.filter(code=make_code(1104)).exists()
    chemical = await desk.new_enterprise(1105, principal={"name": "张三", "idNumber": PRINCIPAL})
    moved = await desk.mutate(UPDATE, "updateEnterprise", {"code": chemical, "industry": "MINING"})
    assert [e["code"] for e in moved["userErrors"]] == ["PRINCIPAL_BANNED"]
    # with a new principal the unit may move into mining: UpdateEnterprise as written
    replaced = await audited(desk.mutate(UPDATE, "updateEnterprise", {
        "code": chemical, "industry": "MINING", "principal": {"name": "赵六", "idNumber": OTHER},
    }), "updateEnterprise")
    assert replaced == {"enterprise": {"code": chemical, "name": "深圳市测试化工有限公司", "regionCode": "440305",
                                       "industry": "MINING"}, "userErrors": []}
    # the ended ban no longer bars 赵六, who is principal from today

    # BANNED wins over LISTED
    notice = notice_with_known_deadline(today - timedelta(days=20), REGION)  # its deadline known
    penalty = await desk.penalty_id(chemical, iso(notice - timedelta(days=10)))
    proposed = await desk.propose(chemical, [penalty], iso(notice), ground="ABANDONED_RESCUE",
                                  persons=[{"name": "张三", "idNumber": PRINCIPAL, "role": "PRINCIPAL"}])
    await desk.decide(proposed["listing"]["id"], iso(today))
    both = (await person_check(client, procurement, [PRINCIPAL], at(iso(today))))["results"][0]
    assert both["status"] == "BANNED" and len(both["reasons"]) == 1 and len(both["bans"]) == 1

    # the person feed: each ban when recorded, and the FIVE_YEARS one's end (already past)
    feed = (await gql(client, PERSON_CHANGES, {}, token=procurement))["data"]["personChanges"]["edges"]
    assert [(e["node"]["change"], e["node"]["idNumber"]) for e in feed] == [
        ("BANNED", masked(OTHER)), ("BAN_ENDED", masked(OTHER)), ("BANNED", masked(PRINCIPAL)),
    ]


async def test_principals_over_time_answer_who_was_principal_on_a_day(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    procurement = await key("procurement")
    code = await desk.new_enterprise(1106, principal={"name": "张三", "idNumber": PRINCIPAL, "since": "2020-01-01"})
    await audited(desk.mutate(UPDATE, "updateEnterprise", {
        "code": code, "principal": {"name": "赵六", "idNumber": OTHER, "since": "2023-06-01"},
    }), "updateEnterprise")

    async def read(token: str, on: str | None) -> dict[str, Any]:
        answer = await gql(client, PERSONS, {"code": code, "on": on}, token=token)
        assert "errors" not in answer, answer
        return answer["data"]["enterprise"]

    before = models.AuditEntry.filter(action="readIdNumbers")
    assert await before.count() == 0
    seen = await read(desk.token or "", "2023-05-31")
    assert seen["principal"] == {"name": "张三", "idNumber": PRINCIPAL}
    assert seen["persons"] == [
        {"role": "PRINCIPAL", "name": "张三", "idNumber": PRINCIPAL, "since": "2020-01-01", "until": "2023-06-01"},
        {"role": "PRINCIPAL", "name": "赵六", "idNumber": OTHER, "since": "2023-06-01", "until": None},
    ]
    # the request that showed full numbers is audited once, without the numbers
    [entry] = await models.AuditEntry.filter(action="readIdNumbers")
    assert entry.entity == "Request" and entry.enterprise_code == code
    assert entry.after == {"operation": "Persons", "idNumbersShown": {code: 3}}
    assert PRINCIPAL not in str(entry.after) and OTHER not in str(entry.after)
    # others see masked numbers, and nothing is audited for them
    masked_view = await read(procurement, "2023-06-01")
    assert masked_view["principal"] == {"name": "赵六", "idNumber": masked(OTHER)}
    assert await models.AuditEntry.filter(action="readIdNumbers").count() == 1

    # a proposal lists the principal registered on its notice date, not today's
    penalty = await desk.penalty_id(code, "2023-04-01")
    proposed = await desk.propose(code, [penalty], "2023-05-20", ground="ABANDONED_RESCUE", persons=[])
    listing = (await desk.run(LISTING_PERSONS, {"id": proposed["listing"]["id"]}))["data"]["listing"]
    assert listing["persons"] == [{"name": "张三", "idNumber": PRINCIPAL, "role": "PRINCIPAL"}]
