"""Issuing and revoking API keys (``credit keys issue``)."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from credit.domain.codes import is_valid_region_prefix, is_valid_uscc, normalise_code
from credit.services.auth import ISSUABLE_ROLES, Role, hash_key, new_secret
from credit.store.models import ApiKey, Authority


class KeyRequestError(ValueError):
    """A key request that cannot be honoured; the message says what to change."""


async def issue_key(
    role: str,
    *,
    authority_code: str | None = None,
    authority_name: str | None = None,
    region: str | None = None,
    label: str = "",
    expires_at: datetime | None = None,
    organisation: str | None = None,
) -> tuple[ApiKey, str]:
    """Create a key and return it with its secret (shown once, never stored)."""
    try:
        parsed = Role(role)
    except ValueError:
        parsed = None
    if parsed not in ISSUABLE_ROLES:
        allowed = "|".join(r.value for r in ISSUABLE_ROLES)
        raise KeyRequestError(f"unknown role {role!r}: use --role {allowed}")
    assert parsed is not None
    authority = None
    region_prefix = None
    if parsed is Role.REGULATOR:
        if not authority_code or not authority_name or not region:
            raise KeyRequestError(
                "a regulator key needs --authority-code USCC --authority-name NAME --region PREFIX"
            )
        code = normalise_code(authority_code)
        if not is_valid_uscc(code):
            raise KeyRequestError(f"--authority-code {authority_code!r} is not a valid 统一社会信用代码")
        if not is_valid_region_prefix(region):
            raise KeyRequestError(f"--region {region!r} must be 2, 4 or 6 digits, e.g. 4403")
        region_prefix = region
    elif authority_code or region:
        raise KeyRequestError("--authority-code and --region apply to --role regulator only")
    organisation = (organisation or "").strip() or None
    if organisation is not None and len(organisation) > 200:
        raise KeyRequestError("--organisation is at most 200 characters")
    if expires_at is not None:
        if expires_at.tzinfo is None:
            raise KeyRequestError("the expiry needs a time zone")
        if expires_at <= datetime.now(UTC):
            raise KeyRequestError(f"the expiry {expires_at.isoformat()} is not in the future")
    secret = new_secret()
    async with in_transaction("default"):
        if parsed is Role.REGULATOR:
            authority, created = await Authority.get_or_create(
                code=code, defaults={"name": authority_name}
            )
            if not created and authority_name and authority.name != authority_name:
                authority.name = authority_name
                await authority.save(update_fields=["name"])
        key = await ApiKey.create(
            key_hash=hash_key(secret),
            prefix=secret[:12],
            role=parsed.value,
            authority=authority,
            region_prefix=region_prefix,
            label=label,
            expires_at=expires_at,
            organisation=organisation,
        )
    return key, secret


async def list_keys() -> list[ApiKey]:
    """Every key, oldest first, with its authority (for ``credit keys list``)."""
    return await ApiKey.all().order_by("id").prefetch_related("authority")


async def revoke_key(prefix: str) -> int:
    return await ApiKey.filter(prefix=prefix, revoked_at=None).update(revoked_at=datetime.now(UTC))
