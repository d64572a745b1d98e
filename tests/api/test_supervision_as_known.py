"""``enterprise(code, asKnownAt) { supervision(on) }`` (issue 15): the supervision class as the
service would have given it at a past moment, on both databases.

Asked at a moment T, then again after more is recorded (records, a grade's correction,
inspections, a listing proposed, decided and revoked) with ``asKnownAt`` = T: the same class,
reasons, rule set, inspection dates and deciding facts, while the plain answer moves on.
A moment the service cannot answer for is BAD_USER_INPUT, as for the profile.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from helpers import error_codes, regulator_key
from regulator_steps import Desk

from credit.domain.calendar import add_months, china_date_of, china_today
from credit.store import models
from credit.store.clock import horizon

SUPERVISION_AS_KNOWN = """
query SupervisionAsKnown($code: String!, $on: Date, $asKnownAt: DateTime) {
  enterprise(code: $code, asKnownAt: $asKnownAt) {
    supervision(on: $on) {
      class intervalMonths reasons ruleSet { name version }
      lastInspectedOn dueOn overdue recordIds listingIds
    }
  }
}
"""


def days_ago(n: int) -> str:
    return (china_today() - timedelta(days=n)).isoformat()


async def supervision(desk: Desk, code: str, on: str | None, known_at: str | None = None) -> dict[str, Any]:
    result = await desk.run(SUPERVISION_AS_KNOWN, {"code": code, "on": on, "asKnownAt": known_at})
    assert not result.get("errors"), result
    found: dict[str, Any] = result["data"]["enterprise"]["supervision"]
    return found


async def asked_now(desk: Desk, code: str, days: list[str]) -> tuple[str, dict[str, dict[str, Any]]]:
    """The plain answers on ``days``, and a moment by the one clock at which they hold."""
    answers = {day: await supervision(desk, code, day) for day in days}
    return (await horizon()).now.isoformat(), answers


async def test_supervision_as_known_at_a_moment_is_what_was_answered_then(client: httpx.AsyncClient) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1501)
    today = china_today()
    days = [today.isoformat(), days_ago(5), days_ago(45)]
    graded = await desk.mutate(
        """mutation($input: RecordStandardisationInput!) { recordStandardisation(input: $input) {
        record { id } userErrors { code } } }""", "recordStandardisation",
        {"code": code, "grade": 2, "certifiedOn": days_ago(90), "validUntil": add_months(today, 30).isoformat(),
         "certificateNumber": "AQBH-1501"})
    grade_id = graded["record"]["id"]
    await inspect(desk, code, days_ago(10))
    first, at_first = await asked_now(desk, code, days)
    assert at_first[days[0]]["class"] == "A" and at_first[days[0]]["recordIds"] == [grade_id]
    assert at_first[days[0]]["lastInspectedOn"] == days_ago(10)

    # recorded later: an inspection, the grade corrected to 三级, a blacklist listing decided
    await inspect(desk, code, days_ago(3))
    corrected = await desk.mutate(
        """mutation($input: RecordStandardisationInput!) { recordStandardisation(input: $input) {
        record { id } userErrors { code } } }""", "recordStandardisation",
        {"code": code, "grade": 3, "certifiedOn": days_ago(90), "validUntil": add_months(today, 30).isoformat(),
         "certificateNumber": "AQBH-1501-R", "supersedesRecordId": grade_id})
    assert corrected["userErrors"] == []
    evidence = await desk.major_accident_evidence(code, days_ago(200))
    proposed = await desk.propose(code, evidence, days_ago(60))
    listing_id = proposed["listing"]["id"]
    assert (await desk.decide(listing_id, days_ago(30)))["userErrors"] == []
    second, at_second = await asked_now(desk, code, days)
    assert at_second[days[0]]["class"] == "D" and at_second[days[0]]["listingIds"] == [listing_id]
    assert at_second[days[0]]["lastInspectedOn"] == days_ago(3)

    # and the listing revoked: its own step, recorded later still
    assert (await desk.revoke(listing_id, days_ago(1)))["userErrors"] == []
    now = {day: await supervision(desk, code, day) for day in days}
    assert now[days[0]]["class"] == "C" and now[days[0]]["listingIds"] == []

    for moment, then in ((first, at_first), (second, at_second)):
        for day in days:
            assert await supervision(desk, code, day, moment) == then[day], (moment, day)
        # the day defaults to the day of the moment (China time)
        day_of = china_date_of(datetime.fromisoformat(moment)).isoformat()
        assert await supervision(desk, code, None, moment) == await supervision(desk, code, day_of, moment)
    # as known now: the plain answer, unchanged by asking about the past
    assert {day: await supervision(desk, code, day) for day in days} == now
    assert await supervision(desk, code, days[0], (await horizon()).now.isoformat()) == now[days[0]]


async def inspect(desk: Desk, code: str, on: str) -> None:
    payload = await desk.mutate(
        """mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { userErrors { code } } }""",
        "recordInspection", {"code": code, "inspectedOn": on, "kind": "ROUTINE", "findings": "现场检查"})
    assert payload["userErrors"] == []


async def test_supervision_as_known_in_the_future_before_the_first_record_or_without_an_offset_is_bad_input(
    client: httpx.AsyncClient,
) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1502)
    first = await models.Enterprise.get(code=code)
    cases = {
        (first.recorded_at - timedelta(microseconds=1)).isoformat(): "KNOWN_AT_BEFORE_RECORDS",
        (datetime.now(UTC) + timedelta(seconds=30)).isoformat(): "KNOWN_AT_IN_FUTURE",
        "2031-01-01T00:00:00+08:00": "KNOWN_AT_IN_FUTURE",
        "2026-01-01T00:00:00": None,  # no offset: the DateTime scalar's refusal
    }
    for moment, reason in cases.items():
        result = await desk.run(SUPERVISION_AS_KNOWN, {"code": code, "on": None, "asKnownAt": moment})
        assert not (result["data"] or {}).get("enterprise"), (moment, result)
        assert error_codes(result) == ["BAD_USER_INPUT"], (moment, result)
        if reason:
            assert result["errors"][0]["extensions"]["reason"] == reason, moment
    # its registration's own moment is answerable: never inspected, class B
    answer = await supervision(desk, code, None, first.recorded_at.isoformat())
    assert (answer["class"], answer["lastInspectedOn"], answer["overdue"]) == ("B", None, True)
