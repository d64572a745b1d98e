"""Catalogue versions over time: publishing a new version (admin, GraphQL or command line),
and the version in force on a day for every restriction check, from a cached history.

The check path must not query per check (it answers thousands of codes a second), so
every process keeps the history in memory and re-reads the ``catalogue_version`` table
when its copy is older than ``CREDIT_CATALOGUE_REFRESH_SECONDS`` (default 10): one small
query per interval, whatever the traffic. Publishing clears the publishing process's copy
at once; other instances (``credit serve --workers``, other hosts) see a new version within
the interval. Why a time-to-live rather than a probe per check: a probe is still a query
per check; and versions are published ahead of their effective date in practice, so only a
version in force from the moment it is published meets the lag, for at most the interval.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from credit.domain.catalogue import Catalogue, CatalogueError, CatalogueHistory
from credit.domain.errors import Refusal
from credit.rules import read_rule_file
from credit.services.access import authorize
from credit.services.auth import Caller
from credit.settings import get_settings
from credit.store.models import AuditEntry, CatalogueVersion

#: the shipped first version, in force from the start
FIRST_CATALOGUE_FILE = "catalogue-1.toml"


@lru_cache
def first_catalogue() -> Catalogue:
    return Catalogue.from_toml(read_rule_file(FIRST_CATALOGUE_FILE))


@lru_cache(maxsize=256)
def _parse(body: str) -> Catalogue:
    # keyed by the text: a version's text never changes once stored
    return Catalogue.from_toml(body, require_effective_date=True)


class _Cache:
    """The history as last read, and when (monotonic seconds)."""

    def __init__(self) -> None:
        self.history: CatalogueHistory | None = None
        self.read_at = 0.0
        self.lock = asyncio.Lock()

    def forget(self) -> None:
        self.history = None


_cache = _Cache()


def forget_catalogues() -> None:
    """Drop this process's copy: the next check reads the table again (after a publication,
    or when a test opens another database)."""
    _cache.forget()


async def _read_history() -> CatalogueHistory:
    rows = await CatalogueVersion.all().order_by("id").values_list("body", "recorded_at")
    return CatalogueHistory.of(
        first_catalogue(), [replace(_parse(str(body)), recorded_at=_aware(at)) for body, at in rows]
    )


def _aware(moment: datetime | str) -> datetime:
    """SQLite may hand a moment back as text or without its zone (stored in UTC)."""
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def catalogue_history() -> CatalogueHistory:
    """The history, from memory unless the copy is older than the refresh interval."""
    history = _cache.history
    if history is not None and time.monotonic() - _cache.read_at < get_settings().catalogue_refresh_seconds:
        return history
    async with _cache.lock:  # one reader refreshes; the others wait for its copy
        if _cache.history is None or time.monotonic() - _cache.read_at >= get_settings().catalogue_refresh_seconds:
            _cache.history = await _read_history()
            _cache.read_at = time.monotonic()
        return _cache.history


async def catalogue_on(day: date, known_at: datetime | None = None) -> Catalogue:
    """The version of the catalogue in force on a China day (as known at ``known_at``, if given)."""
    return (await catalogue_history()).in_force_on(day, known_at)


# --------------------------------------------------------------------- publishing


@dataclass(frozen=True)
class PublishedCatalogue:
    catalogue: Catalogue
    recorded_at: datetime | None


async def store_catalogue(toml_text: str, *, actor: str, role: str, authority_code: str | None = None) -> PublishedCatalogue:
    """Store a new version (checked whole), audit it, and clear this process's copy.

    Refusals: INVALID_CATALOGUE (the text does not hold together: the detail says where),
    CATALOGUE_VERSION_EXISTS (that version is published already, version 1 included).
    """
    try:
        catalogue = Catalogue.from_toml(toml_text or "", require_effective_date=True)
    except CatalogueError as exc:
        raise Refusal("INVALID_CATALOGUE", "toml", str(exc)) from None
    exists = Refusal("CATALOGUE_VERSION_EXISTS", "toml", f"版本 {catalogue.version}")
    if catalogue.version == first_catalogue().version or await CatalogueVersion.filter(
        version=catalogue.version
    ).exists():
        raise exists
    assert catalogue.effective_from is not None
    try:
        async with in_transaction("default") as conn:
            row = await CatalogueVersion.create(
                version=catalogue.version, effective_from=catalogue.effective_from, title=catalogue.title,
                body=toml_text, published_by=actor, using_db=conn,
            )
            await AuditEntry.create(
                actor=actor, role=role, authority_code=authority_code, action="publishCatalogue",
                entity="CatalogueVersion", entity_id=str(row.id), enterprise_code=None, before=None,
                after={"version": catalogue.version, "effectiveFrom": catalogue.effective_from.isoformat(),
                       "title": catalogue.title, "measures": len(catalogue.measures)},
                using_db=conn,
            )
    except IntegrityError as exc:  # a concurrent publication of the same version won
        raise exists from exc
    forget_catalogues()
    return PublishedCatalogue(catalogue, row.recorded_at)


async def publish_catalogue(caller: Caller, toml: str) -> PublishedCatalogue:
    """publishCatalogue: an admin publishes a catalogue version without a code release."""
    authorize(caller, "publishCatalogue")
    return await store_catalogue(toml, actor=caller.actor, role=caller.role.value,
                                 authority_code=caller.authority_code)


async def catalogue_for(caller: Caller, on: date) -> Catalogue:
    """The ``catalogue`` query: the version in force on a day (regulators and admins)."""
    authorize(caller, "catalogue")
    return await catalogue_on(on)
