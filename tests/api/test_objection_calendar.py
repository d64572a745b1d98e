"""The objection deadline follows the State Council's calendar through the API, and a
deadline in a year nobody has published is refused (CALENDAR_UNKNOWN), not guessed."""

from __future__ import annotations

import pytest
from helpers import regulator_key
from regulator_steps import Desk, refused


@pytest.mark.parametrize(("notified", "deadline"), [
    ("2026-09-29", "2026-10-12"),  # the contract's example: 国庆 1–7 October off, Saturday 10 October on
    ("2026-02-12", "2026-02-26"),
    ("2025-09-26", "2025-10-10"),
])
async def test_objection_deadline_follows_the_official_calendar(client, notified: str, deadline: str) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(3101)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code, "2025-06-03"), notified)
    assert proposed["userErrors"] == [], proposed
    assert proposed["listing"]["objectionDeadline"] == deadline


async def test_notice_whose_deadline_needs_an_unpublished_year_is_refused(client) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(3102)
    evidence = await desk.major_accident_evidence(code, "2019-06-03")
    # 5 working days after 20 December 2019 lie in 2019, a year the shipped calendar does not hold
    await refused(desk.propose(code, evidence, "2019-12-20"), "CALENDAR_UNKNOWN", "notifiedOn")
    # notified on the last day of 2019: every day counted is in 2020, which is known
    proposed = await desk.propose(code, evidence, "2019-12-31")
    assert proposed["userErrors"] == [], proposed
    assert proposed["listing"]["objectionDeadline"] == "2020-01-08"  # 1 January off
