"""The catalogue over time: an admin publishes versions with an effective date (no code
release); a check as of a moment uses the version in force that day and names it, in the
answer and the signed receipt, on both paths (fast and Strawberry) and both databases."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from helpers import document, gql, key, regulator_key
from regulator_steps import Desk

from credit.api import fastpath
from credit.services import catalogues
from credit.services.catalogues import first_catalogue, forget_catalogues
from credit.settings import get_settings
from credit.store.models import AuditEntry, CatalogueVersion

CHECK = document("procurement/CheckRestrictions.graphql")
VERSIONED = """
query Versioned($codes: [String!]!, $asOf: DateTime) {
  restrictionCheck(codes: $codes, domain: BIDDING, asOf: $asOf) { catalogueVersion results { status reasons { measure effect } } }
}
"""
VERIFY = "query($r: String!) { verifyReceipt(receipt: $r) { valid catalogueVersion results { status } } }"
PUBLISH = """
mutation Publish($toml: String!) {
  publishCatalogue(toml: $toml) {
    catalogue { version effectiveFrom title measures { domain listKind effect } }
    userErrors { field code message }
  }
}
"""
CATALOGUE = "query($on: Date) { catalogue(on: $on) { version effectiveFrom } }"

#: version 1, with bidding only restricted for the blacklist from 2023
VERSION_2 = (
    'version = "2"\neffective_from = 2023-01-01\ntitle = "安全生产失信联合惩戒措施目录(2023年修订)"\n'
    + "\n".join(
        f'[[measure]]\ndomain = "{m.domain}"\nlist_kind = "{m.list_kind}"\n'
        f'effect = "{"RESTRICT" if m.domain == "BIDDING" else m.effect}"\n'
        f'measure = "{"从严审查参与工程建设项目招投标" if m.domain == "BIDDING" else m.measure}"\n'
        for m in first_catalogue().measures
    )
)


async def publish(client, token: str, toml: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    result = await gql(client, PUBLISH, {"toml": toml}, token=token)
    assert not result.get("errors"), result
    return result["data"]["publishCatalogue"]


async def test_a_check_as_of_a_moment_uses_the_catalogue_version_then_in_force_and_names_it(
    client, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1301)
    await desk.decided_listing(code)  # in force 2022-01-17 to 2025-01-17
    admin = await key("admin")
    published = await publish(client, admin, VERSION_2)
    assert published["userErrors"] == []
    assert published["catalogue"]["version"] == "2" and published["catalogue"]["effectiveFrom"] == "2023-01-01"
    procurement = await key("procurement")
    for as_of, version, status in (("2022-12-31T23:59:59+08:00", "1", "PROHIBITED"),
                                   ("2023-01-01T00:00:00+08:00", "2", "RESTRICTED")):
        answer = await gql(client, VERSIONED, {"codes": [code], "asOf": as_of}, token=procurement)
        check = answer["data"]["restrictionCheck"]
        assert (check["catalogueVersion"], check["results"][0]["status"]) == (version, status)
        # the consumers' document, answered by the fast path and by Strawberry: the receipt names it
        for fast in (True, False):
            monkeypatch.setattr(fastpath, "enabled", fast)
            sent = await gql(client, CHECK, {"codes": [code], "domain": "BIDDING", "asOf": as_of}, token=procurement)
            receipt = sent["data"]["restrictionCheck"]["receipt"]
            assert sent["data"]["restrictionCheck"]["results"][0]["status"] == status
            verified = (await gql(client, VERIFY, {"r": receipt}))["data"]["verifyReceipt"]
            assert verified == {"valid": True, "catalogueVersion": version, "results": [{"status": status}]}
    # the catalogue query answers for a day too
    regulator = desk.token
    assert (await gql(client, CATALOGUE, {"on": "2022-12-31"}, token=regulator))["data"]["catalogue"] == {
        "version": "1", "effectiveFrom": None,
    }
    assert (await gql(client, CATALOGUE, {"on": "2023-01-01"}, token=regulator))["data"]["catalogue"]["version"] == "2"


async def test_publishing_a_catalogue_is_for_admins_and_refuses_bad_or_repeated_versions(client) -> None:
    admin = await key("admin")
    regulator = await regulator_key()
    denied = await gql(client, PUBLISH, {"toml": VERSION_2}, token=regulator)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    cases = (
        (VERSION_2.replace("effective_from = 2023-01-01\n", ""), "INVALID_CATALOGUE", "effective_from is missing"),
        (VERSION_2.replace('effect = "PROHIBIT"', 'effect = "BAN"', 1), "INVALID_CATALOGUE", "measure"),
        ("version = 3\n[[measure]", "INVALID_CATALOGUE", "not TOML"),
        (VERSION_2.replace('version = "2"', 'version = "1"'), "CATALOGUE_VERSION_EXISTS", "1"),
    )
    for toml, code, says in cases:
        payload = await publish(client, admin, toml)
        assert [e["code"] for e in payload["userErrors"]] == [code], payload
        assert says in payload["userErrors"][0]["message"] and payload["catalogue"] is None
    assert await CatalogueVersion.all().count() == 0
    assert (await publish(client, admin, VERSION_2))["userErrors"] == []
    again = await publish(client, admin, VERSION_2)
    assert [e["code"] for e in again["userErrors"]] == ["CATALOGUE_VERSION_EXISTS"]
    assert await CatalogueVersion.all().count() == 1
    assert await AuditEntry.filter(action="publishCatalogue").count() == 1


async def test_the_check_reads_the_versions_from_memory_and_sees_another_instances_publication_after_the_interval(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (await catalogues.catalogue_on(date(2024, 1, 1))).version == "1"
    # another instance publishes: written straight to the table, this process is not told
    await CatalogueVersion.create(version="2", effective_from=date(2023, 1, 1), body=VERSION_2, published_by="other")
    monkeypatch.setenv("CREDIT_CATALOGUE_REFRESH_SECONDS", "3600")
    get_settings.cache_clear()
    try:
        assert (await catalogues.catalogue_on(date(2024, 1, 1))).version == "1"  # its copy is fresh
        monkeypatch.setenv("CREDIT_CATALOGUE_REFRESH_SECONDS", "0")
        get_settings.cache_clear()
        assert (await catalogues.catalogue_on(date(2024, 1, 1))).version == "2"  # the interval has passed
    finally:
        monkeypatch.delenv("CREDIT_CATALOGUE_REFRESH_SECONDS")
        get_settings.cache_clear()
        forget_catalogues()
