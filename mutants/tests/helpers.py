"""Shared test helpers: valid codes, keys, GraphQL calls, the consumers' documents."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from credit.domain.codes import ALPHABET, check_character
from credit.services.keys import issue_key
from credit.store.models import Authority, Enterprise, Listing, RepairApplication

OPERATIONS = Path(__file__).resolve().parents[1] / "graphql" / "operations"

REGION = "440305"  # 深圳市南山区
AUTHORITY_CODE = "11440300MB2C92016Y"


def make_code(seed: int, *, region: str = REGION, prefix: str = "91") -> str:
    """A valid USCC for a seed: prefix + region + 9-char organisation code + check character."""
    rnd = random.Random(seed)
    body = "".join(rnd.choice(ALPHABET) for _ in range(9))
    first17 = prefix + region + body
    return first17 + check_character(first17)


def authority_code(seed: int) -> str:
    return make_code(seed, prefix="11", region="440300")


def document(path: str) -> str:
    """A consumer document as sent (graphql/operations/, a copy of ../shared/contract)."""
    return (OPERATIONS / path).read_text(encoding="utf-8")


async def key(role: str, **kwargs: Any) -> str:
    _, secret = await issue_key(role, **kwargs)
    return secret


async def regulator_key(region: str = "4403", authority: str | None = None, name: str = "深圳市应急管理局") -> str:
    return await key(
        "regulator", authority_code=authority or authority_code(1), authority_name=name, region=region
    )


async def gql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    operation: str | None = None,
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body: dict[str, Any] = {"query": query, "variables": variables or {}}
    if operation:
        body["operationName"] = operation
    response = await client.post("/graphql", json=body, headers=headers)
    assert response.status_code in (200, 400), response.text
    return response.json()


def error_codes(result: dict[str, Any]) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in result.get("errors") or []]


# ----------------------------------------------------------------- listings in every state

D = date(2022, 3, 1)
EXPIRES = date(2025, 3, 1)
REPAIRED = date(2023, 6, 1)
WITHDRAWN = date(2022, 2, 20)
NOTIFIED = date(2022, 2, 1)


async def listings_in_every_state() -> None:
    """Six listings of one enterprise: undecided, withdrawn, running its period, repaired,
    repair revoked (restored), revoked; dates around D, REPAIRED and EXPIRES."""
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    enterprise = await Enterprise.create(code="91440305K8PBRNYTPN", name="测试", region_code="440305",
                                         industry="CHEMICALS")

    async def listing(**dates: date | None) -> Listing:
        return await Listing.create(
            enterprise=enterprise, authority=authority, list_kind="BLACKLIST", ground="MAJOR_ACCIDENT",
            rules_version="t", notified_on=NOTIFIED, objection_deadline=NOTIFIED + timedelta(days=7),
            **dates,
        )

    await listing()  # undecided
    await listing(withdrawn_on=WITHDRAWN)
    await listing(listed_on=D, expires_on=EXPIRES, ends_on=EXPIRES)  # runs its period
    repaired = await listing(listed_on=D, expires_on=EXPIRES, ends_on=REPAIRED)
    await RepairApplication.create(listing=repaired, applied_on=REPAIRED, status="APPROVED", decided_on=REPAIRED)
    restored = await listing(listed_on=D, expires_on=EXPIRES, ends_on=EXPIRES)
    await RepairApplication.create(listing=restored, applied_on=REPAIRED, status="REVOKED",
                                   decided_on=REPAIRED, revoked_on=REPAIRED + timedelta(days=30))
    await RepairApplication.create(listing=restored, applied_on=REPAIRED, status="REJECTED", decided_on=REPAIRED)
    await listing(listed_on=D, expires_on=EXPIRES, ends_on=None, revoked_on=D + timedelta(days=10))
