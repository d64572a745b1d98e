"""``listings(...)``: search by kind, status at asOf, region, authority and dates; paged in SQL."""

from __future__ import annotations

from helpers import gql, key, listings_in_every_state

SEARCH = """
query Search($status: ListingStatus, $asOf: DateTime, $first: Int, $after: String, $region: String) {
  listings(status: $status, asOf: $asOf, first: $first, after: $after, region: $region) {
    totalCount
    edges { node { id status(asOf: $asOf) authorityName code } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def test_status_search_pages_through_exactly_the_listings_with_that_status(client) -> None:
    await listings_in_every_state()
    admin = await key("admin")
    as_of = "2024-01-01T00:00:00+08:00"  # between the repair and the expiry
    seen, after = [], None
    while True:
        page = await gql(client, SEARCH, {"status": "ACTIVE", "asOf": as_of, "first": 1, "after": after},
                         token=admin)
        listings = page["data"]["listings"]
        assert listings["totalCount"] == 2  # running its period, and the restored one
        seen += [edge["node"] for edge in listings["edges"]]
        if not listings["pageInfo"]["hasNextPage"]:
            break
        after = listings["pageInfo"]["endCursor"]
    assert len(seen) == 2 and {n["status"] for n in seen} == {"ACTIVE"}
    assert {n["authorityName"] for n in seen} == {"深圳市应急管理局"}
    repaired = await gql(client, SEARCH, {"status": "REPAIRED", "asOf": as_of}, token=admin)
    assert repaired["data"]["listings"]["totalCount"] == 1


async def test_procurement_sees_only_decided_listings_and_region_filters(client) -> None:
    await listings_in_every_state()
    procurement = await key("procurement")
    everything = await gql(client, SEARCH, {}, token=procurement)
    # undecided and withdrawn proposals are not published facts
    assert everything["data"]["listings"]["totalCount"] == 4
    elsewhere = await gql(client, SEARCH, {"region": "11"}, token=procurement)
    assert elsewhere["data"]["listings"]["totalCount"] == 0
