"""Keys carry an organisation, an expiry and their last use; a stored quote is visible to
admins and to the insurer keys of the organisation that asked for it (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import procurement_world as world
import pytest
from helpers import document, error_codes, gql, key

from credit.services import auth
from credit.services.keys import KeyRequestError, issue_key
from credit.store.models import ApiKey

PREMIUM_QUOTE = document("insurer/PremiumQuote.graphql")
STORED = "query Stored($id: ID!) { quote(id: $id) { quoteId code } }"


async def quote_as(client, token: str, code: str) -> str:  # type: ignore[no-untyped-def]
    result = await gql(client, PREMIUM_QUOTE, {"code": code, "baseRate": "0.0015", "policyStart": "2026-01-01"},
                       token=token)
    assert "errors" not in result, result
    return result["data"]["premiumQuote"]["quoteId"]


async def test_a_stored_quote_is_seen_by_its_organisation_and_admins_only(client) -> None:  # type: ignore[no-untyped-def]
    code = await world.register(await world.regulator(), 41)
    pingan_a = await key("insurer", organisation="平安财险")
    pingan_b = await key("insurer", organisation="平安财险")
    renbao = await key("insurer", organisation="人保财险")
    lone = await key("insurer")  # no organisation: its own
    admin = await key("admin")
    quote_id = await quote_as(client, pingan_a, code)
    for token in (pingan_a, pingan_b, admin):
        seen = await gql(client, STORED, {"id": quote_id}, token=token)
        assert seen["data"]["quote"]["quoteId"] == quote_id, seen
    unknown = await gql(client, STORED, {"id": "00000000-0000-0000-0000-000000000000"}, token=renbao)
    for token in (renbao, lone):
        other = await gql(client, STORED, {"id": quote_id}, token=token)
        assert error_codes(other) == ["NOT_FOUND"]
        # another organisation's quote reads exactly as no quote at all
        assert other["errors"][0]["message"].split(":")[0] == unknown["errors"][0]["message"].split(":")[0]
    procurement = await gql(client, STORED, {"id": quote_id}, token=await key("procurement"))
    assert error_codes(procurement) == ["FORBIDDEN"]


async def test_a_key_without_an_organisation_is_its_own(client) -> None:  # type: ignore[no-untyped-def]
    code = await world.register(await world.regulator(), 42)
    lone = await key("insurer")
    other_lone = await key("insurer")
    quote_id = await quote_as(client, lone, code)
    assert (await gql(client, STORED, {"id": quote_id}, token=lone))["data"]["quote"]["quoteId"] == quote_id
    assert error_codes(await gql(client, STORED, {"id": quote_id}, token=other_lone)) == ["NOT_FOUND"]


async def test_an_expired_key_is_unauthenticated(client) -> None:  # type: ignore[no-untyped-def]
    row, secret = await issue_key("procurement", expires_at=datetime.now(UTC) + timedelta(seconds=1))
    await ApiKey.filter(id=row.id).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    auth.clear_key_cache()
    result = await gql(client, 'query { verifyReceipt(receipt: "x") { valid } }', token=secret)
    assert error_codes(result) == ["UNAUTHENTICATED"]


async def test_an_expiry_in_the_past_or_without_zone_is_refused_at_issue(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyRequestError):
        await issue_key("insurer", expires_at=datetime.now(UTC) - timedelta(days=1))
    with pytest.raises(KeyRequestError):
        await issue_key("insurer", expires_at=datetime(2030, 1, 1))


async def test_last_use_is_recorded_once_a_minute_not_per_request(client) -> None:  # type: ignore[no-untyped-def]
    row, secret = await issue_key("procurement")
    assert row.last_used_at is None
    for _ in range(3):
        await gql(client, 'query { verifyReceipt(receipt: "x") { valid } }', token=secret)
    first = (await ApiKey.get(id=row.id)).last_used_at
    assert first is not None
    auth._cache.clear()  # the key is looked up again, but the minute has not passed: no write
    await gql(client, 'query { verifyReceipt(receipt: "x") { valid } }', token=secret)
    assert (await ApiKey.get(id=row.id)).last_used_at == first
