"""What every action shares: input checks, ids, the audit entry, the rule configuration."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from credit.domain.calendar import WorkingCalendar, china_today, parse_official_calendar
from credit.domain.codes import (
    IdType,
    is_valid_uscc,
    normalise_code,
    normalise_id_number,
    validate_person_id,
)
from credit.domain.errors import Refusal, Violation
from credit.domain.listings import objection_deadline
from credit.domain.regimes import (
    Regime,
    RegimeChoice,
    load_regimes,
    parse_regime_choices,
    regime_name_for,
)
from credit.rules import CALENDAR_FILE, read_rule_file, regime_texts
from credit.services.auth import Caller
from credit.settings import get_settings
from credit.store.clock import transaction_moment
from credit.store.models import AuditEntry

#: ids are 32-bit integer keys: a larger number names nothing (and would fail in the driver)
MAX_ROW_ID = 2**31 - 1


def parse_id(raw: str | int | None) -> int | None:
    """A row id given as text, or None when it cannot name a row (the one id parser)."""
    if raw is None or isinstance(raw, bool):
        return None
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return None
    return value if 0 < value <= MAX_ROW_ID else None


class InputCheck:
    """Collects every input refusal before any database work, so the caller sees them all."""

    def __init__(self) -> None:
        self.violations: list[Violation] = []

    def add(self, code: str, field_name: str | None, detail: str | None = None) -> None:
        self.violations.append(Violation(code, field_name, detail))

    def id(self, raw: str | int | None, field_name: str, not_found: str) -> int:
        """A row id; one that cannot name a row is refused as unknown (``not_found``)."""
        value = parse_id(raw)
        if value is None:
            self.add(not_found, field_name, str(raw))
            return 0
        return value

    def code(self, raw: str, field_name: str = "code") -> str:
        code = normalise_code(raw or "")
        if not is_valid_uscc(code):
            self.add("INVALID_CODE", field_name, raw)
        return code

    def id_number(self, raw: str | None, field_name: str, id_type: IdType = IdType.RESIDENT_ID) -> str:
        """A person's document number, normalised; refused (INVALID_ID_NUMBER) unless valid for its type."""
        try:
            return validate_person_id(id_type, raw or "", field_name)
        except Refusal as refusal:
            self.violations.extend(refusal.violations)
            return normalise_id_number(raw or "")

    def past_date(self, value: date, field_name: str) -> date:
        if value > china_today():
            self.add("DATE_IN_FUTURE", field_name, value.isoformat())
        return value

    def not_negative(self, value: int | Decimal | None, field_name: str) -> None:
        if value is not None and value < 0:
            self.add("NEGATIVE_VALUE", field_name)

    def text(self, value: str | None, field_name: str, *, required: bool = False, limit: int = 2000) -> str:
        text = (value or "").strip()
        if required and not text:
            self.add("REQUIRED", field_name)
        if len(text) > limit:
            self.add("TEXT_TOO_LONG", field_name, f"最多{limit}字")
        return text

    def done(self) -> None:
        if self.violations:
            raise Refusal.of(self.violations)


@lru_cache
def shipped_regimes() -> dict[str, Regime]:
    """Every rule regime the service ships (credit/rules/regime-*.toml), by name."""
    return load_regimes(regime_texts())


@lru_cache
def regime_choices() -> tuple[RegimeChoice, ...]:
    """CREDIT_REGIMES, parsed (checked at start-up by the settings)."""
    return parse_regime_choices(get_settings().regimes, shipped_regimes())


def regime_for(region_code: str, day: date) -> Regime:
    """The rule regime in force for a region on a day: the one place that chooses a regime.

    A listing takes the regime of its enterprise's region on its notice date and records its
    name; every later step reads that name back (``regime_named``), whatever the settings say
    by then. A penalty takes the regime of its region on its decision date.
    """
    return shipped_regimes()[regime_name_for(regime_choices(), region_code, day)]


def notice_with_known_deadline(day: date, region_code: str) -> date:
    """``day``, or the latest week before it whose objection deadline the working-day calendar
    knows. In the last weeks of the latest published year a notice's deadline falls in a
    year whose holidays are not published yet (CALENDAR_UNKNOWN): the demo data, and tests
    that propose "now", step back to a notice the service can date."""
    calendar = working_calendar()
    while True:
        try:
            objection_deadline(day, regime_for(region_code, day), calendar)
            return day
        except Refusal:
            day -= timedelta(days=7)


def regime_named(name: str) -> Regime:
    """The regime a listing recorded. One the service no longer ships is a deployment fault."""
    try:
        return shipped_regimes()[name]
    except KeyError:
        raise LookupError(f"rule regime {name!r} is recorded on a listing but not shipped") from None


def official_calendar() -> WorkingCalendar:
    """The shipped official calendar alone, read from the package."""
    return parse_official_calendar(read_rule_file(CALENDAR_FILE))


@lru_cache
def working_calendar() -> WorkingCalendar:
    """The official calendar plus CREDIT_HOLIDAYS and CREDIT_MAKEUP_WORKING_DAYS."""
    s = get_settings()
    return official_calendar().adding(s.holiday_dates(), s.makeup_dates(), name="配置添加")


@lru_cache
def _columns(model: type[Model]) -> list[tuple[str, str]]:
    """(column, attribute) of each column of a model, in the model's column order."""
    meta = model._meta
    return [(name, meta.fields_db_projection_reverse.get(name, name)) for name in meta.db_fields]


_PLAIN = (str, int, float, bool, list, dict)


def snapshot(obj: Model | None) -> dict[str, Any] | None:
    """A model as JSON-ready data for the audit log (before/after)."""
    if obj is None:
        return None
    data: dict[str, Any] = {}
    for name, attribute in _columns(type(obj)):
        value = getattr(obj, attribute, None)
        if value is None or (isinstance(value, _PLAIN) and not isinstance(value, Decimal)):
            pass
        elif isinstance(value, date | datetime):
            value = value.isoformat()
        else:
            value = str(value)
        data[name] = value
    return data


def audit_entry(
    caller: Caller,
    action: str,
    entity: Model,
    *,
    at: datetime,
    enterprise_code: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> dict[str, Any]:
    """The audit entry of an action at ``at`` (its transaction's moment), as the values of its
    row (batches insert many at once)."""
    return {
        "at": at,
        "actor": caller.actor,
        "role": caller.role.value,
        "authority_code": caller.authority_code,
        "action": action,
        "entity": type(entity).__name__,
        "entity_id": str(entity.pk),
        "enterprise_code": enterprise_code,
        "before": before,
        "after": after,
    }


async def audit(
    conn: BaseDBAsyncClient,
    caller: Caller,
    action: str,
    entity: Model,
    *,
    enterprise_code: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """The action's audit entry, at the moment of its transaction (the moment its facts and
    feed changes carry), so the trail up to a moment is what was known then."""
    await AuditEntry.create(
        using_db=conn,
        **audit_entry(
            caller, action, entity, at=await transaction_moment(conn),
            enterprise_code=enterprise_code, before=before, after=after,
        ),
    )
