"""Rate limits per key and per anonymous client address (the contract's defaults: 20
requests a second with bursts of 40 per key, 5 a second per anonymous address).

Built on the ``limits`` library, which has no token bucket: each limit is its sliding
window counter holding BURST requests in a window of BURST/RATE seconds (40 in 2 s). A
full burst is allowed at once, the long-run rate is RATE, and the previous window's
count fades linearly, so capacity comes back at about RATE a second, as a bucket refills.
State is in memory for one instance, or in Redis (``CREDIT_REDIS_URL``) so that every
instance shares it. Redis failing never fails a request: the limit is skipped and logged.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter

from credit.services.auth import Caller, Role
from credit.settings import Settings

log = logging.getLogger("credit.api.ratelimit")

#: role → (requests a second, burst)
DEFAULTS: dict[str, tuple[float, int]] = {
    Role.ANONYMOUS.value: (5, 5),
    Role.PROCUREMENT.value: (20, 40),
    Role.INSURER.value: (20, 40),
    Role.REGULATOR.value: (20, 40),
    Role.ADMIN.value: (20, 40),
}


class RateLimitConfigError(ValueError):
    pass


def parse_limits(text: str) -> dict[str, tuple[float, int]]:
    """``CREDIT_RATE_LIMITS``: ``role=RATE/BURST,...`` (``*`` for every role) over the defaults."""
    limits = dict(DEFAULTS)
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        role, _, value = part.partition("=")
        rate_text, _, burst_text = value.partition("/")
        try:
            rate = float(rate_text)
            burst = int(burst_text) if burst_text else max(1, math.ceil(rate))
        except ValueError as exc:
            raise RateLimitConfigError(f"CREDIT_RATE_LIMITS: {part!r} should be role=RATE/BURST") from exc
        if rate <= 0 or burst <= 0:
            raise RateLimitConfigError(f"CREDIT_RATE_LIMITS: {part!r} needs a positive rate and burst")
        roles = list(DEFAULTS) if role.strip() == "*" else [role.strip()]
        for name in roles:
            if name not in DEFAULTS:
                raise RateLimitConfigError(f"CREDIT_RATE_LIMITS: unknown role {name!r}")
            limits[name] = (rate, burst)
    return limits


def _item(rate: float, burst: int) -> RateLimitItem:
    window = max(1, round(burst / rate))  # limits counts whole seconds
    return RateLimitItemPerSecond(burst, window)


@dataclass(frozen=True)
class Exceeded:
    """A refused request: what the 429 answer says."""

    limit: int
    window: int
    retry_after: int


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        self.items = {role: _item(*value) for role, value in parse_limits(settings.rate_limits).items()}
        storage: Storage
        if settings.redis_url:
            uri = "async+" + settings.redis_url if not settings.redis_url.startswith("async+") else settings.redis_url
            storage = RedisStorage(uri, implementation="redispy", key_prefix="credit-rl")
        else:
            storage = MemoryStorage()
        self.storage = storage
        self.limiter = SlidingWindowCounterRateLimiter(storage)
        self._warned_at = 0.0

    @staticmethod
    def identity(caller: Caller, address: str | None) -> tuple[str, str]:
        """(role whose limit applies, bucket): a key's own, or the client address's."""
        if caller.key_id is not None:
            return caller.role.value, f"key:{caller.key_id}"
        return Role.ANONYMOUS.value, f"addr:{address or 'unknown'}"

    async def hit(self, caller: Caller, address: str | None) -> Exceeded | None:
        role, bucket = self.identity(caller, address)
        item = self.items[role]
        try:
            if await self.limiter.hit(item, bucket):
                return None
            stats = await self.limiter.get_window_stats(item, bucket)
        except Exception as exc:  # Redis away: serve unlimited rather than fail every request
            now = time.monotonic()
            if now - self._warned_at > 60:
                self._warned_at = now
                log.warning("rate limit storage unavailable, not limiting: %s", type(exc).__name__)
            return None
        retry = max(1, math.ceil(stats.reset_time - time.time()))
        return Exceeded(limit=item.amount, window=item.get_expiry(), retry_after=min(retry, item.get_expiry()))


def headers(exceeded: Exceeded) -> dict[str, str]:
    """Retry-After (RFC 9110) and the IETF draft's RateLimit-* fields."""
    return {
        "Retry-After": str(exceeded.retry_after),
        "RateLimit-Limit": str(exceeded.limit),
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": str(exceeded.retry_after),
        "RateLimit-Policy": f"{exceeded.limit};w={exceeded.window}",
    }
