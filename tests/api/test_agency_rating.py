"""安全生产服务机构信用评价: an agency's yearly rating A–D from its year's facts, with the basis,
for regulators (enterprise.agencyRating) and on the public page /public/agencies/{code}."""

from __future__ import annotations

from datetime import date

import httpx
from helpers import regulator_key
from regulator_steps import Desk

from credit.domain.agency_rating import AgencyBasis, AgencyRatingRules, rate
from credit.domain.calendar import china_today
from credit.rules import read_rule_file

RULES = AgencyRatingRules.from_toml(read_rule_file("agency-rating-default-1.toml"))
RATING = """query($code: String!, $year: Int) { enterprise(code: $code) { agencyRating(year: $year) {
    year rating reasons basis { penaltyRecordIds blacklistListingIds } ruleSet { name version } } } }"""


def test_the_default_rule_rates_a_year_from_its_counts() -> None:
    assert rate(RULES, AgencyBasis(2025)).rating == "A"
    assert rate(RULES, AgencyBasis(2025, penalties=(1,))).rating == "B"
    assert rate(RULES, AgencyBasis(2025, penalties=(1, 2))).rating == "C"
    assert rate(RULES, AgencyBasis(2025, greylistings=(3,))).rating == "C"
    assert rate(RULES, AgencyBasis(2025, staff_listings=(3,))).rating == "C"
    rated = rate(RULES, AgencyBasis(2025, penalties=(1, 2), false_reports=(4,)))
    assert rated.rating == "D"
    assert rated.reasons == ("2025年度出具虚假报告或证明(列入事由为出具虚假报告) 1 次(达到D级条件:1次及以上)",)


async def test_regulators_and_the_public_see_an_agencys_rating_of_a_year(client: httpx.AsyncClient) -> None:
    desk = Desk(client, await regulator_key())
    agency = await desk.new_enterprise(1601, industry="SAFETY_SERVICE_AGENCY", name="深圳市安评检测有限公司")
    plant = await desk.new_enterprise(1602)
    year = china_today().year - 1
    penalty = await desk.penalty_id(agency, date(year, 5, 6).isoformat())
    await desk.penalty_id(agency, date(year - 1, 5, 6).isoformat())  # another year
    answer = await desk.run(RATING, {"code": agency, "year": None})
    rating = answer["data"]["enterprise"]["agencyRating"]
    assert (rating["year"], rating["rating"], rating["basis"]["penaltyRecordIds"]) == (year, "B", [penalty])
    assert rating["ruleSet"] == {"name": "default", "version": "1"}
    assert (await desk.run(RATING, {"code": plant, "year": None}))["data"]["enterprise"]["agencyRating"] is None
    page = await client.get(f"/public/agencies/{agency}")
    assert page.status_code == 200 and "信用等级 B" in page.text and f"{year}年度" in page.text
    assert (await client.get(f"/public/agencies/{plant}")).status_code == 404
    assert (await client.get(f"/public/agencies/{agency}?year=19x9")).status_code == 400
    assert (await client.get(f"/public/agencies/{agency}?year=1999")).status_code == 400


async def test_a_listing_that_names_a_member_of_the_agencys_staff_counts_against_the_agency(
    client: httpx.AsyncClient,
) -> None:
    desk = Desk(client, await regulator_key())
    year = china_today().year - 1
    staff = "110101198001010053"
    agency = await desk.new_enterprise(1611, industry="SAFETY_SERVICE_AGENCY", name="深圳市安评检测有限公司")
    update = await desk.run(
        "mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { userErrors { code } } }",
        {"input": {"code": agency, "persons": [{"name": "赵六", "idNumber": staff, "role": "AGENCY_STAFF",
                                                "since": date(year - 2, 1, 1).isoformat()}]}},
    )
    assert update["data"]["updateEnterprise"]["userErrors"] == [], update
    plant = await desk.new_enterprise(1612)
    penalty = await desk.penalty_id(plant, date(year, 3, 1).isoformat())
    proposed = await desk.propose(plant, [penalty], date(year, 3, 10).isoformat(), ground="OTHER_SERIOUS_VIOLATION",
                                  persons=[{"name": "赵六", "idNumber": staff, "role": "RESPONSIBLE"}])
    listing = proposed["listing"]["id"]
    assert (await desk.decide(listing, date(year, 4, 20).isoformat()))["userErrors"] == []
    query = """query($code: String!, $year: Int) { enterprise(code: $code) { agencyRating(year: $year) {
        rating basis { staffListingIds } } } }"""
    rated = (await desk.run(query, {"code": agency, "year": year}))["data"]["enterprise"]["agencyRating"]
    assert rated == {"rating": "C", "basis": {"staffListingIds": [listing]}}
    # the year before the listing it does not count
    earlier = (await desk.run(query, {"code": agency, "year": year - 1}))["data"]["enterprise"]["agencyRating"]
    assert earlier == {"rating": "A", "basis": {"staffListingIds": []}}
