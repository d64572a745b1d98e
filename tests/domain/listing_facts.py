"""Facts for the listing rule tests (tests/domain/test_listing_*.py): a proposal, a decided
listing, repairs, records offered as evidence, and ``refusal`` that checks a refusal's code
and the input field it names (the ``field`` of ``userErrors``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import WorkingCalendar
from credit.domain.errors import MESSAGES, Refusal
from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListKind,
    RepairFacts,
    RepairStatus,
    decide,
    objection_deadline,
)
from credit.domain.records import CreditRecordKind, RecordFacts
from credit.domain.regimes import load_regimes
from credit.rules import regime_texts

REGIMES = load_regimes(regime_texts())
RULES = REGIMES["moem-11-2023"]
WEEKDAYS = WorkingCalendar()
D = date.fromisoformat
ENTERPRISE = 7
AUTHORITY = 3


def refusal(call: Callable[[], Any], code: str, field: str | None) -> Refusal:
    """``call`` is refused with ``code``, naming the input ``field`` it concerns."""
    with pytest.raises(Refusal) as caught:
        call()
    assert caught.value.code == code
    assert code in MESSAGES, "every refusal code has its Chinese message"
    assert caught.value.field == field, f"{code} names the input field {field!r}"
    return caught.value


def period(facts: ListingFacts, decided_on: date) -> tuple[date | None, date | None]:
    """(listedOn, expiresOn) after the decision."""
    decided = decide(facts, decided_on, RULES)
    return decided.listed_on, decided.expires_on


def proposal(kind: ListKind = ListKind.BLACKLIST, notified: str = "2022-01-03") -> ListingFacts:
    ground = ListingGround.MAJOR_ACCIDENT if kind is ListKind.BLACKLIST else ListingGround.OTHER_CONCERN
    notified_on = D(notified)
    return ListingFacts(
        list_kind=kind, ground=ground, notified_on=notified_on,
        objection_deadline=objection_deadline(notified_on, RULES, WEEKDAYS),
    )


def decided(listed: str = "2022-01-17", kind: ListKind = ListKind.BLACKLIST, **changes: Any) -> ListingFacts:
    facts = proposal(kind)
    listed_on, expires_on = period(facts, D(listed))
    return replace(facts, listed_on=listed_on, expires_on=expires_on, **changes)


def repair(status: RepairStatus, applied: str = "2023-01-17", decided_on: str | None = "2023-02-01",
           revoked: str | None = None, repair_id: int = 1) -> RepairFacts:
    return RepairFacts(repair_id, D(applied), status, D(decided_on) if decided_on else None,
                       D(revoked) if revoked else None)


def record(kind: CreditRecordKind, day: str = "2021-11-01", *, record_id: int = 1,
           grade: AccidentGrade | None = None, deaths: int = 0, concealed: bool = False,
           enterprise_id: int = ENTERPRISE, superseded: bool = False,
           authority_id: int | None = AUTHORITY) -> RecordFacts:
    return RecordFacts(record_id, enterprise_id, kind, D(day), grade, deaths, concealed, superseded,
                       authority_id)


def accident(day: str = "2021-11-01", grade: AccidentGrade = AccidentGrade.GENERAL, **kw: Any) -> RecordFacts:
    return record(CreditRecordKind.ACCIDENT, day, grade=grade, **kw)


def penalty(day: str = "2021-12-01", record_id: int = 99, **kw: Any) -> RecordFacts:
    return record(CreditRecordKind.PENALTY, day, record_id=record_id, **kw)
