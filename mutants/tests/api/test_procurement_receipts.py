"""Receipts: a compact JWS (EdDSA, with kid) over the check, verifiable by us and offline."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import date
from pathlib import Path

import jwt
import procurement_world as world
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from helpers import document, gql, make_code

from credit.services import receipts
from credit.settings import get_settings

CHECK = document("procurement/CheckRestrictions.graphql")
VERIFY = document("procurement/VerifyReceipt.graphql")
AS_OF = "2026-06-01T09:30:00+08:00"

INVALID = {"valid": False, "checkId": None, "checkedAt": None, "asOf": None, "domain": None, "results": None}


@pytest.fixture
def key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A receipt key directory of the test's own, so rotating touches nothing else."""
    directory = tmp_path / "receipt-keys"
    monkeypatch.setattr(get_settings(), "receipt_key_dir", directory)
    receipts.reset_keyring()
    yield directory
    receipts.reset_keyring()


async def checked(client, codes: list[str]) -> dict:  # type: ignore[no-untyped-def, type-arg]
    result = await gql(client, CHECK, {"codes": codes, "domain": "BIDDING", "asOf": AS_OF})
    assert "errors" not in result, result
    return result["data"]["restrictionCheck"]


async def verified(client, receipt: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    result = await gql(client, VERIFY, {"receipt": receipt}, operation="VerifyReceipt")
    assert "errors" not in result, result
    return result["data"]["verifyReceipt"]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _hmac_confusion(claims: dict, kid: str, public_key: bytes) -> str:  # type: ignore[type-arg]
    """The old attack: HS256 with the published public key used as the shared secret."""
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
    payload = _b64(json.dumps(claims).encode())
    mac = hmac.new(public_key, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(mac)}"


@pytest.fixture
async def check(client, key_dir):  # type: ignore[no-untyped-def]
    reg = await world.regulator()
    black = await world.register(reg, 21)
    await world.listed(reg, black, "BLACKLIST", date(2025, 9, 1))
    return await checked(client, [black, make_code(22), "bad code", black])


async def test_a_genuine_receipt_verifies_with_the_check_it_was_issued_for(client, check):  # type: ignore[no-untyped-def]
    answer = await verified(client, check["receipt"])
    assert answer == {
        "valid": True,
        "checkId": check["checkId"],
        "checkedAt": check["checkedAt"],
        "asOf": check["asOf"],
        "domain": "BIDDING",
        "results": [{"code": r["code"], "status": r["status"]} for r in check["results"]],
    }
    assert [r["status"] for r in answer["results"]] == ["PROHIBITED", "CLEAR", "INVALID_CODE", "PROHIBITED"]


async def test_the_receipt_is_a_compact_eddsa_jws_with_a_published_kid(client, check):  # type: ignore[no-untyped-def]
    header = jwt.get_unverified_header(check["receipt"])
    assert header["alg"] == "EdDSA"
    jwks = (await client.get("/.well-known/jwks.json")).json()
    assert header["kid"] in {k["kid"] for k in jwks["keys"]}
    assert all(k["kty"] == "OKP" and k["crv"] == "Ed25519" and "d" not in k for k in jwks["keys"])


async def test_a_receipt_verifies_offline_with_pyjwt_and_the_jwks(client, check):  # type: ignore[no-untyped-def]
    # what the README shows a consumer: fetch the JWKS once, keep it, verify without us
    jwks = json.loads((await client.get("/.well-known/jwks.json")).text)
    token = check["receipt"]
    kid = jwt.get_unverified_header(token)["kid"]
    public_key = jwt.PyJWKSet.from_dict(jwks)[kid]
    claims = jwt.decode(token, key=public_key, algorithms=["EdDSA"])
    assert claims["checkId"] == check["checkId"]
    assert claims["checkedAt"] == check["checkedAt"]
    assert claims["asOf"] == check["asOf"] == "2026-06-01T01:30:00Z"
    assert claims["domain"] == "BIDDING"
    assert claims["catalogueVersion"] == "1"
    assert claims["results"] == [[r["code"], r["status"]] for r in check["results"]]


async def test_an_altered_receipt_is_not_valid_and_is_no_error(client, check):  # type: ignore[no-untyped-def]
    token = check["receipt"]
    header, payload, signature = token.split(".")
    claims = json.loads(_unb64(payload))
    claims["results"][0][1] = "CLEAR"
    forged_payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    other = (await checked(client, [make_code(23)]))["receipt"]
    altered = [
        f"{header}.{forged_payload}.{signature}",  # a changed status
        f"{header}.{payload}.{flipped}",  # a changed signature
        f"{header}.{other.split('.')[1]}.{signature}",  # another check's claims
        token + "x",
        token[:-1],
    ]
    for receipt in altered:
        assert await verified(client, receipt) == INVALID, receipt


async def test_malformed_and_foreign_receipts_are_not_valid(client, check):  # type: ignore[no-untyped-def]
    token = check["receipt"]
    kid = jwt.get_unverified_header(token)["kid"]
    claims = jwt.decode(token, options={"verify_signature": False})
    stranger = Ed25519PrivateKey.generate()
    public_jwk = (await client.get("/.well-known/jwks.json")).json()["keys"][0]
    foreign = [
        "",
        "not a receipt",
        "a.b.c",
        "....",
        jwt.encode(claims, stranger, algorithm="EdDSA", headers={"kid": kid}),  # our kid, their key
        jwt.encode(claims, stranger, algorithm="EdDSA", headers={"kid": "someone-else"}),
        jwt.encode(claims, None, algorithm="none", headers={"kid": kid}),  # unsigned
        _hmac_confusion(claims, kid, _unb64(public_jwk["x"])),
        jwt.encode({**claims, "iss": "someone"}, stranger, algorithm="EdDSA", headers={"kid": kid}),
    ]
    for receipt in foreign:
        assert await verified(client, receipt) == INVALID, receipt


async def test_receipts_stay_verifiable_after_key_rotation(client, key_dir):  # type: ignore[no-untyped-def]
    before = await checked(client, [make_code(24)])
    old_kid = jwt.get_unverified_header(before["receipt"])["kid"]
    receipts.rotate(key_dir)
    receipts.reset_keyring()
    after = await checked(client, [make_code(25)])
    new_kid = jwt.get_unverified_header(after["receipt"])["kid"]
    assert new_kid != old_kid
    jwks = (await client.get("/.well-known/jwks.json")).json()
    assert {k["kid"] for k in jwks["keys"]} == {old_kid, new_kid}
    assert (await verified(client, before["receipt"]))["valid"] is True
    assert (await verified(client, after["receipt"]))["valid"] is True
    # offline too: the old key is still published
    old_key = jwt.PyJWKSet.from_dict(jwks)[old_kid]
    assert jwt.decode(before["receipt"], key=old_key, algorithms=["EdDSA"])["checkId"] == before["checkId"]


async def test_anyone_may_verify_a_receipt(client, check):  # type: ignore[no-untyped-def]
    result = await gql(client, VERIFY, {"receipt": check["receipt"]}, token=None)
    assert result["data"]["verifyReceipt"]["valid"] is True
