"""Rule regimes through the API, on both databases: a listing is proposed and decided under the
regime in force for its region on its notice date (CREDIT_REGIMES, longest prefix), records
it in ``rulesVersion``, and keeps it when the settings change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import authority_code, regulator_key
from regulator_steps import Desk

from credit.services.common import regime_choices
from credit.settings import get_settings

LISTING = """
query Listing($id: ID!) { listing(id: $id) { rulesVersion listedOn expiresOn publishBy status } }
"""


class Regimes:
    """Switch CREDIT_REGIMES mid-test, as an operator restarting with other settings would."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def use(self, setting: str) -> None:
        self.monkeypatch.setenv("CREDIT_REGIMES", setting)
        get_settings.cache_clear()
        regime_choices.cache_clear()


@pytest.fixture
def regimes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Regimes]:
    switch = Regimes(monkeypatch)
    yield switch
    monkeypatch.delenv("CREDIT_REGIMES", raising=False)
    get_settings.cache_clear()
    regime_choices.cache_clear()


async def listing(desk: Desk, listing_id: str) -> dict[str, str]:
    result = await desk.run(LISTING, {"id": listing_id})
    assert not result.get("errors"), result
    return result["data"]["listing"]


async def proposed(desk: Desk, code: str, notified_on: str, day: str = "2021-11-01") -> str:
    evidence = await desk.major_accident_evidence(code, day)
    payload = await desk.propose(code, evidence, notified_on)
    assert payload["userErrors"] == [], payload
    return str(payload["listing"]["id"])


async def decided(desk: Desk, listing_id: str, decided_on: str) -> dict[str, str]:
    payload = await desk.decide(listing_id, decided_on)
    assert payload["userErrors"] == [], payload
    return await listing(desk, listing_id)


async def test_a_listing_is_decided_under_the_regime_of_its_region_on_its_notice_date_and_keeps_it(
    client, regimes: Regimes
) -> None:
    regimes.use("4403=awb-14-2015@2022-01-01")
    shenzhen = Desk(client, await regulator_key())
    guangzhou = Desk(client, await regulator_key(region="4401", authority=authority_code(6), name="广州市应急管理局"))
    before = await proposed(shenzhen, await shenzhen.new_enterprise(1101), "2021-12-27")  # before the entry starts
    under_2015 = await proposed(shenzhen, await shenzhen.new_enterprise(1102), "2022-01-03")
    elsewhere = await proposed(guangzhou, await guangzhou.new_enterprise(1103, region="440106"), "2022-01-03")
    # settings change before the decisions: each listing keeps the regime it was proposed under
    regimes.use("")
    first = await decided(shenzhen, before, "2022-01-17")
    assert (first["rulesVersion"], first["expiresOn"]) == ("moem-11-2023", "2025-01-17")
    second = await decided(shenzhen, under_2015, "2022-01-17")
    assert (second["rulesVersion"], second["expiresOn"]) == ("awb-14-2015", "2023-01-17")
    third = await decided(guangzhou, elsewhere, "2022-01-17")
    assert (third["rulesVersion"], third["expiresOn"]) == ("moem-11-2023", "2025-01-17")
    # the publication deadline: 7 working days after the decision (春节 2022: 31 Jan – 6 Feb off,
    # Saturdays 29 and 30 January on)
    assert second["publishBy"] == "2022-01-26"


async def test_under_the_2015_regime_a_unit_listed_again_within_its_rule_is_listed_for_three_years(
    client, regimes: Regimes
) -> None:
    regimes.use("44=awb-14-2015")
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1104)
    first = await decided(desk, await proposed(desk, code, "2021-12-01", "2021-11-01"), "2021-12-15")
    assert first["expiresOn"] == "2022-12-15"
    # listed again while the first is in force: 3 years
    again = await decided(desk, await proposed(desk, code, "2022-06-01", "2022-05-01"), "2022-06-15")
    assert (again["rulesVersion"], again["expiresOn"]) == ("awb-14-2015", "2025-06-15")
    # a unit whose earlier listing was revoked was never listed: 1 year
    other = await desk.new_enterprise(1105)
    voided = await decided(desk, await proposed(desk, other, "2021-12-01", "2021-11-01"), "2021-12-15")
    assert voided["expiresOn"] == "2022-12-15"
    voided_id = (await desk.profile(other))["listings"]["edges"][0]["node"]["id"]
    assert (await desk.revoke(voided_id, "2022-01-10"))["userErrors"] == []
    fresh = await decided(desk, await proposed(desk, other, "2022-06-01", "2022-05-01"), "2022-06-15")
    assert fresh["expiresOn"] == "2023-06-15"
