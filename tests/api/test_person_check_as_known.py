"""``personCheck(asKnownAt)`` (issue 15): a person check repeated with asKnownAt = an
earlier check's checkedAt and the same asOf gives that check's results, whatever was
recorded since (listings proposed, decided, withdrawn, revoked, repaired; enterprises
renamed; bans); its receipt carries the moment; bad moments are BAD_USER_INPUT. Both
databases, through GraphQL."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import procurement_world as world
from helpers import document, error_codes, gql, key, make_code
from test_as_known import EARLIEST, PRINCIPAL_NUMBER, TODAY, History, some_day

from credit.domain.calendar import moment_of
from credit.domain.persons import BanKind
from credit.services import persons, records
from credit.store import models

CHECK = """
query CheckPersonsAsKnown($idNumbers: [String!]!, $asOf: DateTime, $asKnownAt: DateTime) {
  personCheck(idNumbers: $idNumbers, asOf: $asOf, asKnownAt: $asKnownAt) {
    checkId checkedAt asOf asKnownAt receipt
    results {
      idNumber status
      reasons { listingId listKind ground role enterpriseCode enterpriseName listedOn expiresOn authorityName
                measures { domain listKind effect measure } }
      bans { id kind industry startsOn endsOn authorityName basis }
    }
  }
}
"""
VERIFY = document("procurement/VerifyReceipt.graphql").replace(
    "domain\n", "domain\n    asKnownAt\n    personResults { idNumber status }\n"
)
#: banned now and then, never listed (the registered principal of every enterprise is PRINCIPAL_NUMBER)
OTHER = "110101198001010053"
NUMBERS = [PRINCIPAL_NUMBER, OTHER, "350111196002276951", "12345", PRINCIPAL_NUMBER]


#: the principal's term starts before any notice, so every listing names them (第11号令)
SINCE = date(2020, 1, 1)


class Principals(History):
    """test_as_known's regulator, registering enterprises with a principal since SINCE."""

    principal_since = SINCE


async def person_check(client: httpx.AsyncClient, token: str, variables: dict[str, Any]) -> Any:
    result = await gql(client, CHECK, {"idNumbers": NUMBERS, "asOf": None, "asKnownAt": None, **variables}, token=token)
    assert "errors" not in result, result
    return result["data"]["personCheck"]


async def test_person_checks_repeated_as_known_at_their_moment_answer_the_same(client):  # type: ignore[no-untyped-def]
    rnd = random.Random(7)
    token = await key("procurement")
    history = Principals(await world.regulator(), rnd)
    for _ in range(3):
        await history.register()

    async def ban_other() -> None:
        kind = rnd.choice(list(BanKind))
        await persons.record_person_ban(
            history.reg, id_number=OTHER, name="李某", kind=kind, industry="MINING" if kind is BanKind.LIFE else None,  # type: ignore[arg-type]
            starts_on=some_day(rnd, EARLIEST, TODAY), basis="《安全生产法》第九十四条",
        )

    seen: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for step in range(36):
        await history.step()
        if step % 9 == 4:
            await history.attempt(ban_other)
        if step % 4 == 3:
            for as_of in (None, moment_of(some_day(rnd, EARLIEST, TODAY)).isoformat(),
                          f"{some_day(rnd, date(2023, 1, 1), TODAY).isoformat()}T15:30:00+08:00"):
                made = await person_check(client, token, {"asOf": as_of})
                assert made["asKnownAt"] is None and (as_of is not None or made["asOf"] == made["checkedAt"])
                seen.append(({"asOf": made["asOf"]}, made))
    assert await models.PersonBan.all().count() >= 2 and await models.Listing.filter(listed_on__not_isnull=True).exists()
    moved = 0
    for variables, made in seen:
        again = await person_check(client, token, {**variables, "asKnownAt": made["checkedAt"]})
        assert again["asOf"] == made["asOf"] and again["asKnownAt"] == made["checkedAt"]
        assert again["checkedAt"] > made["checkedAt"]
        assert again["results"] == made["results"], variables
        now = await person_check(client, token, variables)
        moved += now["results"] != made["results"]
    assert moved >= 3  # answers as known now did move on: the property is not trivial
    assert any(r["status"] == "LISTED" for _, m in seen for r in m["results"])
    assert any(r["status"] == "BANNED" for _, m in seen for r in m["results"])


async def test_the_receipt_of_a_person_check_as_known_carries_and_verifies_its_moment(client):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    code = make_code(61)
    await records.register_enterprise(reg, code=code, name="南山测试化工61有限公司", region_code="440305",
                                      industry="CHEMICALS", principal=records.PrincipalInput("张三", PRINCIPAL_NUMBER, since=SINCE))
    token = await key("procurement")
    made = await person_check(client, token, {"asOf": None})
    await world.listed(reg, code, "BLACKLIST", date(2025, 6, 2))  # names the registered principal
    await persons.record_person_ban(reg, id_number=OTHER, name="李某", kind=BanKind.FIVE_YEARS, industry=None,
                                    starts_on=date(2025, 1, 6), basis="《安全生产法》第九十四条")
    replay = await person_check(client, token, {"asOf": made["asOf"], "asKnownAt": made["checkedAt"]})
    assert [r["status"] for r in replay["results"]] == ["CLEAR", "CLEAR", "CLEAR", "INVALID_ID_NUMBER", "CLEAR"]
    now = await person_check(client, token, {"asOf": made["asOf"]})
    assert [r["status"] for r in now["results"]][:2] == ["LISTED", "BANNED"]
    verified = (await gql(client, VERIFY, {"receipt": replay["receipt"]}))["data"]["verifyReceipt"]
    assert verified["valid"] is True and verified["asKnownAt"] == made["checkedAt"]
    assert verified["checkedAt"] == replay["checkedAt"] and verified["asOf"] == made["asOf"]
    assert [r["status"] for r in verified["personResults"]] == [r["status"] for r in replay["results"]]
    plain = (await gql(client, VERIFY, {"receipt": now["receipt"]}))["data"]["verifyReceipt"]
    assert plain["valid"] is True and plain["asKnownAt"] is None


async def test_person_check_as_known_at_in_the_future_before_the_first_record_or_without_an_offset_is_bad_input(client):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    nothing_yet = await gql(client, CHECK, {"idNumbers": NUMBERS, "asKnownAt": "2026-01-01T00:00:00+08:00"}, token=token)
    assert error_codes(nothing_yet) == ["BAD_USER_INPUT"]
    assert nothing_yet["errors"][0]["extensions"]["reason"] == "KNOWN_AT_BEFORE_RECORDS"
    reg = await world.regulator()
    code = await world.register(reg, 62)
    first = await models.Enterprise.get(code=code)
    cases = {
        (first.recorded_at - timedelta(microseconds=1)).isoformat(): "KNOWN_AT_BEFORE_RECORDS",
        (datetime.now(UTC) + timedelta(seconds=30)).isoformat(): "KNOWN_AT_IN_FUTURE",  # refused by the one clock
        "2031-01-01T00:00:00+08:00": "KNOWN_AT_IN_FUTURE",
        "2026-01-01T00:00:00": None,  # no offset: the DateTime scalar's refusal
    }
    for moment, reason in cases.items():
        result = await gql(client, CHECK, {"idNumbers": NUMBERS, "asKnownAt": moment}, token=token)
        assert not (result["data"] or {}).get("personCheck"), (moment, result)
        assert error_codes(result) == ["BAD_USER_INPUT"], (moment, result)
        if reason:
            assert result["errors"][0]["extensions"]["reason"] == reason, moment
    # the first record's own moment is answerable
    answer = await person_check(client, token, {"asKnownAt": first.recorded_at.isoformat()})
    assert [r["status"] for r in answer["results"]][:2] == ["CLEAR", "CLEAR"]
