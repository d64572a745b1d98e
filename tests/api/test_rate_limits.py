"""Rate limits per key and per anonymous client address, with the contract's defaults, in
memory for one instance and in a real redis-server shared by several."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from app_support import app_client
from helpers import key

from credit.api.ratelimit import DEFAULTS, RateLimitConfigError, _item, parse_limits

PING = {"query": 'query { verifyReceipt(receipt: "x") { valid } }'}
#: the contract's bursts (40 a key, 5 an anonymous address), refilled over 100 s rather than
#: the defaults' 2 s and 1 s: a burst that took longer than that on a busy machine found its
#: bucket partly refilled and the request meant to be refused was served (the defaults
#: themselves: test_the_defaults_are_the_contracts_and_bad_settings_are_refused)
CONTRACT_BURSTS = "procurement=0.4/40,insurer=0.4/40,anonymous=0.05/5"


async def ping(client: httpx.AsyncClient, token: str | None = None, address: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if address is None:
        return await client.post("/graphql", json=PING, headers=headers)
    # another client address: a second transport on the same app
    transport = httpx.ASGITransport(app=client._transport.app, client=(address, 40000))  # type: ignore[attr-defined]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
        return await other.post("/graphql", json=PING, headers=headers)


async def burst(client: httpx.AsyncClient, count: int, token: str | None = None) -> list[int]:
    return [(await ping(client, token)).status_code for _ in range(count)]


def assert_limited(response: httpx.Response, limit: int, window: int = 100) -> None:
    assert response.status_code == 429
    assert response.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert 1 <= int(response.headers["Retry-After"]) <= window
    assert response.headers["RateLimit-Limit"] == str(limit)
    assert response.headers["RateLimit-Remaining"] == "0"
    assert int(response.headers["RateLimit-Reset"]) >= 1
    assert response.headers["RateLimit-Policy"] == f"{limit};w={window}"


async def test_a_key_gets_a_burst_of_forty_then_429_and_other_keys_are_not_slowed(
    tmp_path: Path, sqlite_template: Path
) -> None:
    async with app_client(sqlite_template, tmp_path, rate_limits=CONTRACT_BURSTS) as http:
        busy, other = await key("procurement"), await key("procurement")
        assert await burst(http, 40, busy) == [200] * 40
        assert_limited(await ping(http, busy), 40)
        assert await burst(http, 40, other) == [200] * 40


async def test_an_anonymous_address_gets_a_burst_of_five_then_429_and_other_addresses_are_not_slowed(
    tmp_path: Path, sqlite_template: Path
) -> None:
    async with app_client(sqlite_template, tmp_path, rate_limits=CONTRACT_BURSTS) as http:
        assert await burst(http, 5) == [200] * 5
        assert_limited(await ping(http), 5)
        assert (await ping(http, address="198.51.100.9")).status_code == 200
        # a key from the limited address is its own bucket
        assert (await ping(http, await key("insurer"))).status_code == 200


async def test_unknown_keys_are_counted_against_their_address(tmp_path: Path, sqlite_template: Path) -> None:
    async with app_client(sqlite_template, tmp_path, rate_limits=CONTRACT_BURSTS) as http:
        codes = [(await ping(http, f"csk_guess{i}")).status_code for i in range(6)]
        assert codes == [200] * 5 + [429]


async def test_limits_are_configured_per_role(tmp_path: Path, sqlite_template: Path) -> None:
    async with app_client(sqlite_template, tmp_path, rate_limits="procurement=0.02/2") as http:
        slow = await key("procurement")
        assert await burst(http, 3, slow) == [200, 200, 429]
        assert await burst(http, 10, await key("insurer")) == [200] * 10


def test_the_defaults_are_the_contracts_and_bad_settings_are_refused() -> None:
    assert parse_limits("") == DEFAULTS
    assert DEFAULTS["procurement"] == (20, 40) and DEFAULTS["anonymous"] == (5, 5)
    # as the limiter holds them: a key's 40 in a window of 2 s, an address's 5 in 1 s
    assert [(i.amount, i.get_expiry()) for i in (_item(*DEFAULTS["procurement"]), _item(*DEFAULTS["anonymous"]))] == [
        (40, 2), (5, 1)]
    assert parse_limits("*=100/200")["anonymous"] == (100, 200)
    for bad in ("procurement=fast", "auditor=1/1", "insurer=0/5"):
        with pytest.raises(RateLimitConfigError):
            parse_limits(bad)


async def test_instances_sharing_redis_share_the_limit(
    tmp_path: Path, sqlite_template: Path, redis_url: str
) -> None:
    import redis.asyncio

    flush = redis.asyncio.from_url(redis_url)
    await flush.flushdb()
    await flush.aclose()
    db = tmp_path / "shared.sqlite3"
    import shutil

    shutil.copy(sqlite_template, db)
    url = f"sqlite://{db}"
    async with app_client(sqlite_template, tmp_path, database_url=url, rate_limits="procurement=0.2/20",
                          redis_url=redis_url) as first:
        token = await key("procurement")
        async with app_client(sqlite_template, tmp_path, database_url=url, rate_limits="procurement=0.2/20",
                              redis_url=redis_url) as second:
            assert await burst(first, 12, token) == [200] * 12
            statuses = await burst(second, 9, token)
            assert statuses == [200] * 8 + [429]
            assert_limited(await ping(first, token), 20)


async def test_a_redis_that_is_gone_does_not_fail_requests(tmp_path: Path, sqlite_template: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    async with app_client(sqlite_template, tmp_path, rate_limits=CONTRACT_BURSTS,
                          redis_url=f"redis://127.0.0.1:{port}/0") as http:
        assert (await ping(http, await key("procurement"))).status_code == 200
