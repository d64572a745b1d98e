"""Who is calling, and what they may do. Checked here, below the API, so no entry point skips it.

Roles: anonymous, procurement, insurer, regulator (bound to one authority and one
region prefix), admin. Keys are random secrets; only their SHA-256 is stored.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from credit.domain.errors import Refusal
from credit.store.models import ApiKey, Authority


class Role(enum.StrEnum):
    ANONYMOUS = "anonymous"
    PROCUREMENT = "procurement"
    INSURER = "insurer"
    REGULATOR = "regulator"
    ADMIN = "admin"


ISSUABLE_ROLES = (Role.ADMIN, Role.PROCUREMENT, Role.INSURER, Role.REGULATOR)


def unauthenticated(detail: str | None = None) -> Refusal:
    return Refusal("UNAUTHENTICATED", None, detail)


def forbidden(detail: str | None = None) -> Refusal:
    return Refusal("FORBIDDEN", None, detail)


@dataclass(frozen=True)
class Caller:
    role: Role
    key_id: int | None = None
    authority_id: int | None = None
    authority_code: str | None = None
    authority_name: str | None = None
    region_prefix: str | None = None
    #: who the key acts for: its organisation, or the key itself ("key:ID") without one
    organisation: str | None = None
    #: how the caller acts when not through the API ("import"), named in the audit trail
    channel: str | None = None

    @property
    def actor(self) -> str:
        key = f"key:{self.key_id}" if self.key_id else None
        if self.channel:
            return f"{self.channel}:{key}" if key else self.channel
        return key or "anonymous"

    def is_(self, *roles: Role) -> bool:
        return self.role in roles

    def require(self, *roles: Role) -> None:
        if self.role is Role.ANONYMOUS and Role.ANONYMOUS not in roles:
            raise unauthenticated()
        if self.role not in roles:
            raise forbidden(f"角色 {self.role} 不能使用该功能")

    def covers_region(self, region_code: str) -> bool:
        """A regulator acts on enterprises whose regionCode starts with its prefix."""
        return self.region_prefix is not None and region_code.startswith(self.region_prefix)

    def require_region(self, region_code: str) -> None:
        if not self.covers_region(region_code):
            raise forbidden(f"该企业不在本机关管辖区域({self.region_prefix})内")

    def require_deciding_authority(self, authority_id: int) -> None:
        """谁处罚、谁决定、谁负责: only the proposing authority may act on its listing."""
        if self.authority_id != authority_id:
            raise forbidden("仅作出列入决定的机关可以处理该名单")

    def sees_id_numbers_of(self, region_code: str) -> bool:
        if self.role is Role.ADMIN:
            return True
        return self.role is Role.REGULATOR and self.covers_region(region_code)

    def sees_unpublished(self) -> bool:
        return self.role in (Role.ADMIN, Role.REGULATOR)


ANONYMOUS = Caller(role=Role.ANONYMOUS)

KEY_PREFIX = "csk_"


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


# A short cache keeps key lookups off the hot path; a revoked key stops within its TTL.
_CACHE_TTL_SECONDS = 5.0
_cache: dict[str, tuple[float, Caller | None]] = {}


def clear_key_cache() -> None:
    _cache.clear()
    _last_use.clear()


async def authenticate(authorization: str | None) -> Caller:
    """The caller for an Authorization header. An unknown key is never anonymous."""
    if not authorization:
        return ANONYMOUS
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise unauthenticated("Authorization 头格式应为 Bearer <key>")
    digest = hash_key(token)
    now = time.monotonic()
    cached = _cache.get(digest)
    if cached and cached[0] > now:
        caller = cached[1]
    else:
        caller = await _load_caller(digest)
        if len(_cache) > 10_000:
            _cache.clear()
        _cache[digest] = (now + _CACHE_TTL_SECONDS, caller)
    if caller is None:
        raise unauthenticated("访问密钥无效、已过期或已吊销")
    await _record_use(caller, now)
    return caller


# Last use is kept for `credit keys list`: one write per key per minute and instance, not
# one per request.
_LAST_USE_EVERY_SECONDS = 60.0
_last_use: dict[int, float] = {}


async def _record_use(caller: Caller, now: float) -> None:
    key_id = caller.key_id
    if key_id is None or now - _last_use.get(key_id, -_LAST_USE_EVERY_SECONDS) < _LAST_USE_EVERY_SECONDS:
        return
    _last_use[key_id] = now
    if len(_last_use) > 10_000:
        _last_use.clear()
    try:
        await ApiKey.filter(id=key_id).update(last_used_at=datetime.now(UTC))
    except Exception:  # bookkeeping: a failed write must not fail the request
        _last_use.pop(key_id, None)


async def _load_caller(digest: str) -> Caller | None:
    key = await ApiKey.get_or_none(key_hash=digest).prefetch_related("authority")
    if key is None or key.revoked_at is not None:
        return None
    if key.expires_at is not None and key.expires_at <= datetime.now(UTC):
        return None
    authority: Authority | None = key.authority
    return Caller(
        role=Role(key.role),
        key_id=key.id,
        authority_id=authority.id if authority else None,
        authority_code=authority.code if authority else None,
        authority_name=authority.name if authority else None,
        region_prefix=key.region_prefix,
        organisation=key.organisation or f"key:{key.id}",
    )
