"""Settings from the environment, prefixed ``CREDIT_``. A fresh checkout needs none."""

from __future__ import annotations

import os
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CREDIT_", extra="ignore")

    database_url: str = Field(
        default="sqlite://data/credit.sqlite3",
        description="Tortoise URL: sqlite:///abs/path.sqlite3, sqlite://rel/path.sqlite3, postgres://u:p@h:port/db",
    )
    #: a PostgreSQL streaming replica of the primary: read-only questions of procurement,
    #: insurers and the public read there (credit.services.reads); empty: everything reads the primary
    database_read_url: str = ""
    #: development mode serves GraphiQL and fuller error messages
    dev: bool = True
    #: where the Ed25519 receipt signing keys live (generated on first start)
    receipt_key_dir: Path = Path("data/receipt-keys")
    #: the key persons' ID numbers are looked up by (HMAC-SHA256, credit.store.person_ids):
    #: several secrets, comma separated, while rotating (the first hashes, all are looked up
    #: by; then ``credit persons rehash``). Empty: a key generated once into person_id_key_file
    person_id_key: str = Field(default="", repr=False)
    person_id_key_file: Path = Path("data/person-id.key")
    #: shared credit platform (全国信用信息共享平台) push endpoint; empty disables pushing
    platform_url: str = ""
    #: Standard Webhooks secrets (whsec_...), comma separated: the first signs, all are sent
    platform_secret: str = ""
    push_enabled: bool = True
    push_batch_size: int = 200
    push_timeout_seconds: float = 10.0
    push_retry_horizon_seconds: float = 3 * 24 * 3600
    push_interval_seconds: float = 1.0
    #: pause after each delivered batch while a backlog drains: leaves the event loop to
    #: readers (restrictionCheck) in the same process; measured: ~2,900 events/s with it
    push_pause_seconds: float = 0.05
    #: retry backoff: base × 2^(attempt-1), capped, with jitter
    push_backoff_base_seconds: float = 1.0
    push_backoff_max_seconds: float = 600.0
    #: how long a process keeps its copy of the catalogue versions before reading the table
    #: again (another instance's publication is seen within this many seconds)
    catalogue_refresh_seconds: float = Field(default=10.0, ge=0, le=3600)
    #: rule regimes per region prefix (credit.domain.regimes), ``PREFIX=NAME[@YYYY-MM-DD]``
    #: comma separated, longest prefix wins; unnamed regions use moem-11-2023. The objection
    #: and publication windows, periods and candidate rules are the regime's.
    regimes: str = ""
    #: public holidays and make-up working days added to the shipped official calendar,
    #: comma-separated ISO dates; a year named here counts as known (next year's notice
    #: can be entered before a release ships it)
    holidays: str = ""
    makeup_working_days: str = ""
    #: log lines as JSON objects ("json") or readable text ("console")
    log_format: str = "console"
    log_level: str = "INFO"
    anonymous_batch_limit: int = 20
    batch_limit: int = 5000
    #: request bodies above this are refused with HTTP 413 (the contract: 1 MiB)
    max_body_bytes: int = 1024 * 1024
    #: items a request may return, counted before it runs (credit.api.gate)
    item_limit: int = 10_000
    #: GraphQL documents above this many tokens are refused unparsed
    max_query_tokens: int = 10_000
    #: rate limits per role, ``role=RATE/BURST`` comma separated (``*`` for every role);
    #: named roles override the defaults of credit.api.ratelimit (20/40 per key, 5/5 anonymous)
    rate_limits: str = ""
    #: ``redis://host:port/db``: rate-limit state shared by every instance; empty keeps it in memory
    redis_url: str = ""
    #: on: callers other than admins may send only the documents in graphql/operations/
    trusted_documents: bool = False

    #: supervision rule sets of regions, ``prefix=name:version`` comma separated (e.g.
    #: ``4403=shenzhen:1``); the longest prefix of an enterprise's region code wins, the rest
    #: use default:1. Checked against the shipped rule sets at start-up.
    supervision_rule_sets: str = ""

    @field_validator("supervision_rule_sets")
    @classmethod
    def _rule_set_map(cls, value: str) -> str:
        _supervision_map(value)
        return value

    def supervision_rule_set_map(self) -> dict[str, tuple[str, str]]:
        return _supervision_map(self.supervision_rule_sets)

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgres://", "postgresql://", "asyncpg://")):
            raise ValueError(
                "CREDIT_DATABASE_URL must start with sqlite://, postgres:// or asyncpg:// "
                "(e.g. sqlite://data/credit.sqlite3 or postgres://user:pass@host:5432/db)"
            )
        return value

    @field_validator("database_read_url")
    @classmethod
    def _postgres_replica(cls, value: str) -> str:
        if value and not value.startswith(("postgres://", "postgresql://", "asyncpg://")):
            raise ValueError(
                "CREDIT_DATABASE_READ_URL names a PostgreSQL streaming replica "
                "(postgres://user:pass@replica-host:5432/db), or is empty"
            )
        return value

    @field_validator("holidays", "makeup_working_days")
    @classmethod
    def _iso_dates(cls, value: str, info: ValidationInfo) -> str:
        _dates(value, f"CREDIT_{str(info.field_name).upper()}")
        return value

    @field_validator("regimes")
    @classmethod
    def _known_regimes(cls, value: str) -> str:
        from credit.domain.regimes import RegimeError, load_regimes, parse_regime_choices
        from credit.rules import regime_texts

        try:
            parse_regime_choices(value, load_regimes(regime_texts()))
        except RegimeError as exc:
            raise ValueError(f"CREDIT_REGIMES: {exc}") from None
        return value

    @model_validator(mode="after")
    def _no_retired_settings(self) -> Settings:
        if "CREDIT_OBJECTION_WORKING_DAYS" in os.environ:
            raise ValueError(
                "CREDIT_OBJECTION_WORKING_DAYS is no longer read: the objection window is the rule "
                "regime's (CREDIT_REGIMES); unset it"
            )
        return self

    @model_validator(mode="after")
    def _holiday_or_working_day(self) -> Settings:
        both = sorted(set(self.holiday_dates()) & set(self.makeup_dates()))
        if both:
            raise ValueError(
                "CREDIT_HOLIDAYS and CREDIT_MAKEUP_WORKING_DAYS both list "
                + ", ".join(day.isoformat() for day in both)
            )
        return self

    def holiday_dates(self) -> list[date]:
        return _dates(self.holidays)

    def makeup_dates(self) -> list[date]:
        return _dates(self.makeup_working_days)


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _dates(text: str, setting: str = "") -> list[date]:
    """Comma-separated YYYY-MM-DD dates (strict: fromisoformat alone also takes 20261001)."""
    days = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            days.append(date.fromisoformat(part if _ISO_DATE.fullmatch(part) else "-"))
        except ValueError:
            raise ValueError(f"{setting}: {part!r} is not a date (YYYY-MM-DD, comma-separated)") from None
    return days


_REGION_PREFIX = re.compile(r"[0-9]{2}|[0-9]{4}|[0-9]{6}")


def _supervision_map(text: str) -> dict[str, tuple[str, str]]:
    """``prefix=name:version`` comma separated, one entry per prefix."""
    found: dict[str, tuple[str, str]] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        prefix, _, rule_set = part.partition("=")
        name, _, version = rule_set.strip().partition(":")
        prefix = prefix.strip()
        if not _REGION_PREFIX.fullmatch(prefix) or not name.strip() or not version.strip():
            raise ValueError(
                f"CREDIT_SUPERVISION_RULE_SETS: {part!r} is not PREFIX=NAME:VERSION "
                "(PREFIX 2, 4 or 6 digits, e.g. 4403=shenzhen:1)"
            )
        if prefix in found:
            raise ValueError(f"CREDIT_SUPERVISION_RULE_SETS names {prefix} twice")
        found[prefix] = (name.strip(), version.strip())
    return found


@lru_cache
def get_settings() -> Settings:
    return Settings()
