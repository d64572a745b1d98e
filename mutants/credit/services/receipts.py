"""Signed receipts for restriction checks: compact JWS (RFC 7515), Ed25519 (EdDSA), with ``kid``.

Keys live as PEM files in ``settings.receipt_key_dir``; the newest signs, all verify,
so rotating (``credit keys rotate-receipt``) keeps old receipts verifiable. The
public keys are served at ``/.well-known/jwks.json``.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jwt
import orjson
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from jwt.algorithms import OKPAlgorithm

ISSUER = "safety-credit-service"


@dataclass(frozen=True)
class ReceiptKey:
    kid: str
    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()


class ReceiptKeyring:
    def __init__(self, keys: list[ReceiptKey]) -> None:
        if not keys:
            raise ValueError("a keyring needs at least one key")
        self.keys = keys
        self.by_kid = {k.kid: k for k in keys}

    @property
    def signing(self) -> ReceiptKey:
        return self.keys[-1]

    @classmethod
    def load_or_create(cls, directory: Path) -> ReceiptKeyring:
        """Load every key in ``directory``; generate the first one if there is none."""
        directory.mkdir(parents=True, exist_ok=True)
        files = sorted(directory.glob("*.pem"))
        if not files:
            return cls([rotate(directory)])
        keys = []
        for path in files:
            private = serialization.load_pem_private_key(path.read_bytes(), password=None)
            assert isinstance(private, Ed25519PrivateKey)
            keys.append(ReceiptKey(kid=path.stem, private=private))
        return cls(keys)

    def jwks(self) -> dict[str, Any]:
        entries = []
        for key in self.keys:
            jwk = json.loads(OKPAlgorithm.to_jwk(key.public))
            jwk.update({"kid": key.kid, "use": "sig", "alg": "EdDSA"})
            entries.append(jwk)
        return {"keys": entries}

    def sign(self, claims: dict[str, Any]) -> str:
        """A compact JWS over ``claims``. Built here rather than with ``jwt.encode``: a receipt
        is signed on every check, and PyJWT's generic path costs more than the signature."""
        key = self.signing
        header = _b64(orjson.dumps({"alg": "EdDSA", "kid": key.kid, "typ": "JWT"}))
        try:
            payload = orjson.dumps(claims)
        except orjson.JSONEncodeError:  # e.g. a lone surrogate in an (invalid) code
            payload = json.dumps(claims, separators=(",", ":")).encode()
        signing_input = header + b"." + _b64(payload)
        return (signing_input + b"." + _b64(key.private.sign(signing_input))).decode()

    def verify(self, token: str) -> dict[str, Any] | None:
        """The claims of a genuine receipt, or None for anything altered, malformed or foreign."""
        try:
            header = jwt.get_unverified_header(token)
            key = self.by_kid.get(str(header.get("kid")))
            if key is None or header.get("alg") != "EdDSA":
                return None
            claims = jwt.decode(
                token, key.public, algorithms=["EdDSA"], issuer=ISSUER,
                options={"require": ["iss", "checkId"]},
            )
        except (jwt.PyJWTError, ValueError, TypeError):
            return None
        return claims


def _b64(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def rotate(directory: Path) -> ReceiptKey:
    """Generate a new signing key; older ones stay for verification."""
    directory.mkdir(parents=True, exist_ok=True)
    kid = datetime.now(UTC).strftime("r%Y%m%dT%H%M%S%f")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path = directory / f"{kid}.pem"
    # write then rename: a crash never leaves a half-written key
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pem)
    os.chmod(tmp, 0o600)
    tmp.rename(path)
    return ReceiptKey(kid=kid, private=private)


_keyring: ReceiptKeyring | None = None


def keyring() -> ReceiptKeyring:
    global _keyring
    if _keyring is None:
        from credit.settings import get_settings

        _keyring = ReceiptKeyring.load_or_create(get_settings().receipt_key_dir)
    return _keyring


def reset_keyring() -> None:
    global _keyring
    _keyring = None
