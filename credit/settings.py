"""Settings from the environment, prefixed ``CREDIT_``. A fresh checkout needs none."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CREDIT_", extra="ignore")

    database_url: str = Field(
        default="sqlite://data/credit.sqlite3",
        description="Tortoise URL: sqlite:///abs/path.sqlite3, sqlite://rel/path.sqlite3, postgres://u:p@h:port/db",
    )
    #: development mode serves GraphiQL and fuller error messages
    dev: bool = True
    #: where the Ed25519 receipt signing keys live (generated on first start)
    receipt_key_dir: Path = Path("data/receipt-keys")
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
    #: working days the party has to object (陈述申辩), default 5
    objection_working_days: int = 5
    #: extra public holidays and make-up working days, comma-separated ISO dates
    holidays: str = ""
    makeup_working_days: str = ""
    #: log lines as JSON objects ("json") or readable text ("console")
    log_format: str = "console"
    log_level: str = "INFO"
    anonymous_batch_limit: int = 20
    batch_limit: int = 5000

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgres://", "postgresql://", "asyncpg://")):
            raise ValueError(
                "CREDIT_DATABASE_URL must start with sqlite://, postgres:// or asyncpg:// "
                "(e.g. sqlite://data/credit.sqlite3 or postgres://user:pass@host:5432/db)"
            )
        return value

    def holiday_dates(self) -> list[date]:
        return _dates(self.holidays)

    def makeup_dates(self) -> list[date]:
        return _dates(self.makeup_working_days)


def _dates(text: str) -> list[date]:
    return [date.fromisoformat(part.strip()) for part in text.split(",") if part.strip()]


@lru_cache
def get_settings() -> Settings:
    return Settings()
