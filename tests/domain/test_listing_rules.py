"""The listing procedure's pure rules (credit.domain.listings), beside 应急管理部令第11号:
status from dates, the decision, objection and repair windows, evidence per ground,
and working days with a holiday calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import WorkingCalendar, add_months
from credit.domain.errors import MESSAGES, Refusal
from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListingStatus,
    ListKind,
    ObjectionFacts,
    RepairFacts,
    RepairStatus,
    candidate_grounds,
    check_evidence,
    check_not_cited,
    check_objection,
    check_objection_decision,
    check_repair_application,
    check_repair_decision,
    check_repair_revocation,
    check_revoke_listing,
    decide,
    objection_deadline,
    repair_earliest,
    status_on,
)
from credit.domain.listings import Proposal as Proposed
from credit.domain.records import CreditRecordKind, Industry, PenaltyCategory, RecordFacts
from credit.domain.regimes import load_regimes
from credit.rules import regime_texts

RULES = load_regimes(regime_texts())["moem-11-2023"]
WEEKDAYS = WorkingCalendar()
D = date.fromisoformat
ENTERPRISE = 7
AUTHORITY = 3


def refusal(call, code: str) -> Refusal:  # type: ignore[no-untyped-def]
    with pytest.raises(Refusal) as caught:
        call()
    assert caught.value.code == code
    assert code in MESSAGES, "every refusal code has its Chinese message"
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


def decided(listed: str = "2022-01-17", kind: ListKind = ListKind.BLACKLIST, **changes) -> ListingFacts:  # type: ignore[no-untyped-def]
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


def accident(day: str = "2021-11-01", grade: AccidentGrade = AccidentGrade.GENERAL, **kw) -> RecordFacts:  # type: ignore[no-untyped-def]
    return record(CreditRecordKind.ACCIDENT, day, grade=grade, **kw)


def penalty(day: str = "2021-12-01", record_id: int = 99) -> RecordFacts:
    return record(CreditRecordKind.PENALTY, day, record_id=record_id)


# ------------------------------------------------------------------ time arithmetic


def test_shift_by_whole_years_turns_29_february_into_28_february() -> None:
    assert add_months(D("2024-02-29"), 36) == D("2027-02-28")
    assert add_months(D("2024-02-29"), 12) == D("2025-02-28")
    assert add_months(D("2024-02-29"), 48) == D("2028-02-29")
    assert add_months(D("2025-02-28"), -12) == D("2024-02-28")


def test_shift_by_months_keeps_the_calendar_day_or_the_month_end() -> None:
    assert add_months(D("2022-01-17"), 6) == D("2022-07-17")
    assert add_months(D("2022-08-31"), 6) == D("2023-02-28")


# ------------------------------------------------------------------ working days


def test_objection_deadline_is_the_fifth_working_day_after_notice_not_counting_that_day() -> None:
    assert objection_deadline(D("2022-01-03"), RULES, WEEKDAYS) == D("2022-01-10")  # Mon → Mon
    assert objection_deadline(D("2022-01-07"), RULES, WEEKDAYS) == D("2022-01-14")  # Fri → Fri
    assert objection_deadline(D("2022-01-05"), RULES, WEEKDAYS) == D("2022-01-12")  # Wed → Wed


def test_notice_on_a_weekend_counts_from_the_next_monday() -> None:
    assert objection_deadline(D("2022-01-08"), RULES, WEEKDAYS) == D("2022-01-14")  # Sat
    assert objection_deadline(D("2022-01-09"), RULES, WEEKDAYS) == D("2022-01-14")  # Sun


def test_holidays_are_skipped_and_make_up_working_days_count() -> None:
    # 国庆 2024: 1–7 October off, Sunday 29 September and Saturday 12 October worked (调休)
    national_day = WorkingCalendar.of(
        holidays=[D("2024-10-01") + timedelta(days=i) for i in range(7)],
        makeup=[D("2024-09-29"), D("2024-10-12")],
    )
    # notice Friday 27 Sep: Sun 29 Sep (make-up), Mon 30 Sep, then Tue 8, Wed 9, Thu 10 Oct
    assert objection_deadline(D("2024-09-27"), RULES, national_day) == D("2024-10-10")
    # notice Monday 30 Sep: Tue 8, Wed 9, Thu 10, Fri 11, Sat 12 (make-up) October
    assert objection_deadline(D("2024-09-30"), RULES, national_day) == D("2024-10-12")
    assert national_day.is_working_day(D("2024-09-29"))
    assert not national_day.is_working_day(D("2024-10-07"))


def test_the_objection_window_follows_the_regimes_number_of_working_days() -> None:
    assert objection_deadline(D("2022-01-03"), replace(RULES, objection_working_days=10), WEEKDAYS) == D(
        "2022-01-17"
    )


# ------------------------------------------------------------------ status from dates


def test_a_proposal_reads_notified_at_every_moment() -> None:
    facts = proposal()
    for day in ("2021-01-01", "2022-01-03", "2030-01-01"):
        assert status_on(facts, D(day)) is ListingStatus.NOTIFIED


def test_a_decided_listing_reads_notified_before_listed_on_and_active_until_expires_on() -> None:
    facts = decided("2022-01-17")
    assert facts.expires_on == D("2025-01-17")
    assert status_on(facts, D("2022-01-16")) is ListingStatus.NOTIFIED
    assert status_on(facts, D("2022-01-17")) is ListingStatus.ACTIVE
    assert status_on(facts, D("2025-01-16")) is ListingStatus.ACTIVE
    assert status_on(facts, D("2025-01-17")) is ListingStatus.EXPIRED
    assert facts.in_force_on(D("2022-01-17")) and not facts.in_force_on(D("2025-01-17"))
    assert not facts.in_force_on(D("2022-01-16"))


def test_an_upheld_objection_withdraws_the_proposal_from_its_decision_date() -> None:
    facts = replace(proposal(), withdrawn_on=D("2022-01-07"))
    assert status_on(facts, D("2022-01-06")) is ListingStatus.NOTIFIED
    assert status_on(facts, D("2022-01-07")) is ListingStatus.WITHDRAWN
    assert not facts.in_force_on(D("2022-01-07"))


def test_a_revoked_listing_reads_revoked_at_every_moment_and_was_never_in_force() -> None:
    facts = decided("2022-01-17", revoked_on=D("2023-05-01"))
    for day in ("2021-06-01", "2022-01-16", "2022-01-17", "2023-04-30", "2023-05-01", "2030-01-01"):
        assert status_on(facts, D(day)) is ListingStatus.REVOKED
        assert not facts.in_force_on(D(day))
    assert facts.ends_on is None


def test_an_approved_repair_ends_the_listing_on_its_decision_date_also_after_expiry() -> None:
    facts = decided("2022-01-17", repairs=(repair(RepairStatus.APPROVED, decided_on="2023-02-01"),))
    assert status_on(facts, D("2023-01-31")) is ListingStatus.ACTIVE
    assert status_on(facts, D("2023-02-01")) is ListingStatus.REPAIRED
    assert status_on(facts, D("2025-01-17")) is ListingStatus.REPAIRED
    assert status_on(facts, D("2030-01-01")) is ListingStatus.REPAIRED
    assert facts.ends_on == D("2023-02-01")


def test_a_rejected_repair_changes_nothing() -> None:
    facts = decided("2022-01-17", repairs=(repair(RepairStatus.REJECTED),))
    assert status_on(facts, D("2023-02-01")) is ListingStatus.ACTIVE
    assert status_on(facts, D("2025-01-17")) is ListingStatus.EXPIRED
    assert facts.ends_on == D("2025-01-17")


def test_a_revoked_repair_reads_as_if_it_never_happened() -> None:
    revoked = repair(RepairStatus.REVOKED, decided_on="2023-02-01", revoked="2023-06-01")
    facts = decided("2022-01-17", repairs=(revoked,))
    for day in ("2023-02-01", "2023-05-31", "2023-06-01", "2025-01-16"):
        assert status_on(facts, D(day)) is ListingStatus.ACTIVE
    assert status_on(facts, D("2025-01-17")) is ListingStatus.EXPIRED
    assert facts.ends_on == D("2025-01-17")


# ------------------------------------------------------------------ the decision


def test_decision_gives_three_years_for_the_blacklist_and_one_for_the_greylist() -> None:
    assert period(proposal(), D("2022-01-17")) == (D("2022-01-17"), D("2025-01-17"))
    assert period(proposal(ListKind.GREYLIST), D("2022-01-17")) == (
        D("2022-01-17"), D("2023-01-17"),
    )


def test_decision_on_29_february_expires_on_28_february() -> None:
    facts = proposal(notified="2024-02-20")
    assert period(facts, D("2024-02-29")) == (D("2024-02-29"), D("2027-02-28"))
    greylist = proposal(ListKind.GREYLIST, notified="2024-02-20")
    assert period(greylist, D("2024-02-29"))[1] == D("2025-02-28")


def test_decision_inside_the_objection_window_is_refused() -> None:
    facts = proposal()  # deadline 2022-01-10
    refusal(lambda: decide(facts, D("2022-01-03"), RULES), "OBJECTION_WINDOW_OPEN")
    refusal(lambda: decide(facts, D("2022-01-10"), RULES), "OBJECTION_WINDOW_OPEN")
    assert period(facts, D("2022-01-11"))[0] == D("2022-01-11")


def test_decision_before_notice_is_refused() -> None:
    refusal(lambda: decide(proposal(), D("2021-12-31"), RULES), "OBJECTION_WINDOW_OPEN")


def test_decision_with_an_undecided_objection_is_refused() -> None:
    pending = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-05")),))
    refusal(lambda: decide(pending, D("2022-01-17"), RULES), "OBJECTION_PENDING")
    dismissed = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-05"), False, D("2022-01-12")),))
    assert period(dismissed, D("2022-01-17"))[0] == D("2022-01-17")


def test_decision_dated_before_an_objection_was_decided_is_refused() -> None:
    late = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-05"), False, D("2022-01-18")),))
    refusal(lambda: decide(late, D("2022-01-17"), RULES), "OBJECTION_PENDING")
    assert period(late, D("2022-01-18"))[0] == D("2022-01-18")


def test_second_decision_is_refused() -> None:
    refusal(lambda: decide(decided(), D("2022-02-01"), RULES), "ALREADY_DECIDED")


def test_withdrawn_or_revoked_listings_cannot_be_decided() -> None:
    refusal(lambda: decide(replace(proposal(), withdrawn_on=D("2022-01-07")), D("2022-01-17"), RULES),
            "LISTING_WITHDRAWN")
    refusal(lambda: decide(decided(revoked_on=D("2022-02-01")), D("2022-02-02"), RULES), "LISTING_REVOKED")


# ------------------------------------------------------------------ objections


def test_objection_is_accepted_from_notice_up_to_the_deadline_inclusive() -> None:
    facts = proposal()
    check_objection(facts, D("2022-01-03"))
    check_objection(facts, D("2022-01-10"))
    refusal(lambda: check_objection(facts, D("2022-01-02")), "DATE_BEFORE_NOTICE")
    refusal(lambda: check_objection(facts, D("2022-01-11")), "OBJECTION_WINDOW_CLOSED")


def test_objection_after_the_decision_is_refused() -> None:
    refusal(lambda: check_objection(decided(), D("2022-01-05")), "ALREADY_DECIDED")


def test_an_objection_is_decided_once_and_not_before_it_was_filed() -> None:
    facts = proposal()
    undecided = ObjectionFacts(1, D("2022-01-05"))
    check_objection_decision(facts, undecided, D("2022-01-05"))
    refusal(lambda: check_objection_decision(facts, undecided, D("2022-01-04")), "DATE_BEFORE_OBJECTION")
    done = ObjectionFacts(1, D("2022-01-05"), True, D("2022-01-06"))
    refusal(lambda: check_objection_decision(facts, done, D("2022-01-07")), "OBJECTION_ALREADY_DECIDED")


# ------------------------------------------------------------------ revoking a listing


def test_only_a_decided_listing_can_be_revoked_once_and_not_before_its_decision() -> None:
    refusal(lambda: check_revoke_listing(proposal(), D("2022-01-20")), "LISTING_NOT_DECIDED")
    refusal(lambda: check_revoke_listing(decided(), D("2022-01-16")), "DATE_BEFORE_DECISION")
    check_revoke_listing(decided(), D("2022-01-17"))
    refusal(lambda: check_revoke_listing(decided(revoked_on=D("2022-02-01")), D("2022-03-01")),
            "ALREADY_REVOKED")
    refusal(lambda: check_revoke_listing(replace(proposal(), withdrawn_on=D("2022-01-07")), D("2022-01-20")),
            "LISTING_WITHDRAWN")


# ------------------------------------------------------------------ credit repair


def test_repair_may_be_applied_for_from_listed_on_plus_twelve_months_that_day_included() -> None:
    facts = decided("2022-01-17")
    assert repair_earliest(facts, RULES) == D("2023-01-17")
    refusal(lambda: check_repair_application(facts, D("2023-01-16"), RULES), "REPAIR_TOO_EARLY")
    check_repair_application(facts, D("2023-01-17"), RULES)


def test_repair_window_of_a_29_february_listing_opens_on_28_february() -> None:
    facts = replace(proposal(notified="2024-02-20"), listed_on=D("2024-02-29"), expires_on=D("2027-02-28"))
    assert repair_earliest(facts, RULES) == D("2025-02-28")
    refusal(lambda: check_repair_application(facts, D("2025-02-27"), RULES), "REPAIR_TOO_EARLY")
    check_repair_application(facts, D("2025-02-28"), RULES)


def test_repair_is_only_applied_for_while_the_listing_is_in_force() -> None:
    facts = decided("2022-01-17")
    check_repair_application(facts, D("2025-01-16"), RULES)
    refusal(lambda: check_repair_application(facts, D("2025-01-17"), RULES), "LISTING_NOT_IN_FORCE")


def test_repair_is_for_the_blacklist_only() -> None:
    refusal(lambda: check_repair_application(decided(kind=ListKind.GREYLIST), D("2023-01-17"), RULES),
            "REPAIR_NOT_APPLICABLE")


def test_repair_of_an_undecided_withdrawn_or_revoked_listing_is_refused() -> None:
    refusal(lambda: check_repair_application(proposal(), D("2023-01-17"), RULES), "LISTING_NOT_DECIDED")
    refusal(lambda: check_repair_application(decided(revoked_on=D("2022-06-01")), D("2023-01-17"), RULES),
            "LISTING_REVOKED")


def test_one_repair_application_may_be_pending_at_a_time() -> None:
    pending = decided(repairs=(repair(RepairStatus.PENDING, decided_on=None),))
    refusal(lambda: check_repair_application(pending, D("2023-03-01"), RULES), "REPAIR_PENDING")
    rejected = decided(repairs=(repair(RepairStatus.REJECTED),))
    check_repair_application(rejected, D("2023-03-01"), RULES)
    restored = decided(repairs=(repair(RepairStatus.REVOKED, revoked="2023-06-01"),))
    check_repair_application(restored, D("2023-07-01"), RULES)


def test_an_application_dated_while_an_earlier_one_was_undecided_is_refused() -> None:
    rejected = decided(repairs=(repair(RepairStatus.REJECTED, applied="2023-01-17", decided_on="2023-03-01"),))
    refusal(lambda: check_repair_application(rejected, D("2023-02-15"), RULES), "REPAIR_PENDING")
    check_repair_application(rejected, D("2023-03-01"), RULES)


def test_a_repair_application_must_be_dated_after_every_earlier_application() -> None:
    """An application dated before a rejected one could be approved before that one was filed."""
    rejected = decided(repairs=(
        repair(RepairStatus.REJECTED, applied="2023-03-01", decided_on="2023-03-10", repair_id=1),
        repair(RepairStatus.REJECTED, applied="2023-02-01", decided_on="2023-02-10", repair_id=2),
    ))
    refusal(lambda: check_repair_application(rejected, D("2023-01-20"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION")
    refusal(lambda: check_repair_application(rejected, D("2023-02-20"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION")
    refusal(lambda: check_repair_application(rejected, D("2023-03-01"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION")
    refusal(lambda: check_repair_application(rejected, D("2023-03-05"), RULES), "REPAIR_PENDING")
    check_repair_application(rejected, D("2023-03-10"), RULES)
    restored = decided(repairs=(repair(RepairStatus.REVOKED, applied="2023-04-01", revoked="2023-06-01"),))
    refusal(lambda: check_repair_application(restored, D("2023-03-31"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION")


def test_a_repaired_listing_takes_no_new_application_even_one_dated_before_the_repair() -> None:
    repaired = decided(repairs=(repair(RepairStatus.APPROVED, decided_on="2023-02-01"),))
    refusal(lambda: check_repair_application(repaired, D("2023-01-20"), RULES), "ALREADY_REPAIRED")
    refusal(lambda: check_repair_application(repaired, D("2023-03-01"), RULES), "ALREADY_REPAIRED")


def test_repair_is_decided_on_or_after_its_application_while_the_listing_is_in_force() -> None:
    application = repair(RepairStatus.PENDING, applied="2024-12-01", decided_on=None)
    facts = decided(repairs=(application,))
    check_repair_decision(facts, application, D("2024-12-01"))
    check_repair_decision(facts, application, D("2025-01-16"))
    refusal(lambda: check_repair_decision(facts, application, D("2024-11-30")), "DATE_BEFORE_APPLICATION")
    refusal(lambda: check_repair_decision(facts, application, D("2025-01-17")), "LISTING_NOT_IN_FORCE")


def test_a_repair_application_is_decided_once() -> None:
    approved = repair(RepairStatus.APPROVED)
    refusal(lambda: check_repair_decision(decided(repairs=(approved,)), approved, D("2023-03-01")),
            "ALREADY_DECIDED")


def test_only_an_approved_repair_is_revoked_once_and_not_before_its_decision() -> None:
    approved = repair(RepairStatus.APPROVED, decided_on="2023-02-01")
    facts = decided(repairs=(approved,))
    check_repair_revocation(facts, approved, D("2023-02-01"))
    refusal(lambda: check_repair_revocation(facts, approved, D("2023-01-31")), "DATE_BEFORE_DECISION")
    rejected = repair(RepairStatus.REJECTED)
    refusal(lambda: check_repair_revocation(facts, rejected, D("2023-03-01")), "REPAIR_NOT_APPROVED")
    pending = repair(RepairStatus.PENDING, decided_on=None)
    refusal(lambda: check_repair_revocation(facts, pending, D("2023-03-01")), "REPAIR_NOT_APPROVED")
    revoked = repair(RepairStatus.REVOKED, revoked="2023-06-01")
    refusal(lambda: check_repair_revocation(facts, revoked, D("2023-07-01")), "ALREADY_REVOKED")


# ------------------------------------------------------------------ evidence per ground


def evidence_ok(ground: ListingGround, *records: RecordFacts, notified: str = "2022-01-03",
                industry: Industry = Industry.SAFETY_SERVICE_AGENCY, authority: int = AUTHORITY) -> None:
    check_evidence(ground, Proposed(ENTERPRISE, industry, authority, D(notified)), list(records), RULES)


def evidence_refused(ground: ListingGround, code: str, *records: RecordFacts,
                     notified: str = "2022-06-01", **kw) -> None:  # type: ignore[no-untyped-def]
    refusal(lambda: evidence_ok(ground, *records, notified=notified, **kw), code)


def test_major_accident_needs_a_major_or_extraordinary_accident_and_a_penalty() -> None:
    evidence_ok(ListingGround.MAJOR_ACCIDENT, accident(grade=AccidentGrade.MAJOR), penalty())
    evidence_ok(ListingGround.MAJOR_ACCIDENT, accident(grade=AccidentGrade.EXTRAORDINARY), penalty())
    evidence_refused(ListingGround.MAJOR_ACCIDENT, "EVIDENCE_INSUFFICIENT",
                     accident(grade=AccidentGrade.LARGER), penalty())
    evidence_refused(ListingGround.MAJOR_ACCIDENT, "PENALTY_REQUIRED", accident(grade=AccidentGrade.MAJOR))


def test_repeated_larger_accidents_need_two_within_twelve_months_and_a_penalty() -> None:
    first = accident("2021-03-01", AccidentGrade.LARGER, record_id=1)
    evidence_ok(ListingGround.REPEATED_LARGER_ACCIDENTS, first,
                accident("2022-03-01", AccidentGrade.LARGER, record_id=2), penalty("2022-03-05"),
                notified="2022-04-01")
    evidence_refused(ListingGround.REPEATED_LARGER_ACCIDENTS, "EVIDENCE_INSUFFICIENT", first,
                     accident("2022-03-02", AccidentGrade.LARGER, record_id=2), penalty())
    evidence_refused(ListingGround.REPEATED_LARGER_ACCIDENTS, "EVIDENCE_INSUFFICIENT", first,
                     accident("2021-06-01", AccidentGrade.GENERAL, record_id=2), penalty())
    evidence_refused(ListingGround.REPEATED_LARGER_ACCIDENTS, "PENALTY_REQUIRED", first,
                     accident("2021-06-01", AccidentGrade.MAJOR, record_id=2))


def test_repeated_accident_window_from_29_february_ends_on_28_february() -> None:
    leap = accident("2020-02-29", AccidentGrade.LARGER, record_id=1)
    evidence_ok(ListingGround.REPEATED_LARGER_ACCIDENTS, leap,
                accident("2021-02-28", AccidentGrade.LARGER, record_id=2), penalty("2021-03-05"))
    evidence_refused(ListingGround.REPEATED_LARGER_ACCIDENTS, "EVIDENCE_INSUFFICIENT", leap,
                     accident("2021-03-01", AccidentGrade.LARGER, record_id=2), penalty("2021-03-05"))


def test_repeated_accidents_any_close_pair_among_several_counts() -> None:
    evidence_ok(ListingGround.REPEATED_LARGER_ACCIDENTS,
                accident("2018-01-01", AccidentGrade.LARGER, record_id=1),
                accident("2020-01-01", AccidentGrade.MAJOR, record_id=2),
                accident("2020-06-01", AccidentGrade.LARGER, record_id=3), penalty())


def test_concealed_accident_needs_a_concealed_accident_and_a_penalty() -> None:
    evidence_ok(ListingGround.CONCEALED_ACCIDENT, accident(concealed=True), penalty())
    evidence_refused(ListingGround.CONCEALED_ACCIDENT, "EVIDENCE_INSUFFICIENT", accident(), penalty())
    evidence_refused(ListingGround.CONCEALED_ACCIDENT, "PENALTY_REQUIRED", accident(concealed=True))


@pytest.mark.parametrize("ground", [
    ListingGround.ABANDONED_RESCUE,
    ListingGround.UNLICENSED_OPERATION, ListingGround.FALSE_CERTIFICATION,
    ListingGround.PENALTY_EVASION, ListingGround.OTHER_SERIOUS_VIOLATION,
])
def test_other_blacklist_grounds_need_a_penalty(ground: ListingGround) -> None:
    evidence_ok(ground, penalty())
    evidence_refused(ground, "PENALTY_REQUIRED", accident(grade=AccidentGrade.EXTRAORDINARY))


def test_fatal_general_accident_needs_an_accident_with_a_death() -> None:
    evidence_ok(ListingGround.FATAL_GENERAL_ACCIDENT, accident(deaths=1))
    evidence_refused(ListingGround.FATAL_GENERAL_ACCIDENT, "EVIDENCE_INSUFFICIENT", accident(deaths=0))
    evidence_refused(ListingGround.FATAL_GENERAL_ACCIDENT, "EVIDENCE_INSUFFICIENT", penalty())


@pytest.mark.parametrize("ground", [
    ListingGround.UNRECTIFIED_MAJOR_HAZARD, ListingGround.BROKEN_COMMITMENT, ListingGround.OTHER_CONCERN,
])
def test_other_greylist_grounds_need_at_least_one_record(ground: ListingGround) -> None:
    evidence_ok(ground, record(CreditRecordKind.HAZARD))
    evidence_refused(ground, "EVIDENCE_INSUFFICIENT")


def test_evidence_must_belong_to_the_enterprise_be_current_and_predate_the_notice() -> None:
    evidence_refused(ListingGround.OTHER_CONCERN, "EVIDENCE_OF_OTHER_ENTERPRISE",
                     record(CreditRecordKind.HAZARD, enterprise_id=ENTERPRISE + 1))
    evidence_refused(ListingGround.OTHER_CONCERN, "EVIDENCE_SUPERSEDED",
                     record(CreditRecordKind.HAZARD, superseded=True))
    evidence_refused(ListingGround.OTHER_CONCERN, "EVIDENCE_AFTER_NOTICE",
                     record(CreditRecordKind.HAZARD, "2022-01-04"), notified="2022-01-03")
    evidence_ok(ListingGround.OTHER_CONCERN, record(CreditRecordKind.HAZARD, "2022-01-03"))


def test_a_blacklist_proposal_must_cite_a_penalty_recorded_by_the_proposing_authority() -> None:
    """谁处罚、谁决定: another department's penalty does not let this one list."""
    major = accident(grade=AccidentGrade.MAJOR)
    others = record(CreditRecordKind.PENALTY, "2021-12-01", record_id=98, authority_id=AUTHORITY + 1)
    evidence_refused(ListingGround.MAJOR_ACCIDENT, "PENALTY_OF_OTHER_AUTHORITY", major, others)
    evidence_ok(ListingGround.MAJOR_ACCIDENT, major, others, penalty())
    evidence_refused(ListingGround.OTHER_SERIOUS_VIOLATION, "PENALTY_OF_OTHER_AUTHORITY", others)
    # the greylist needs no penalty, so none of its own either
    evidence_ok(ListingGround.OTHER_CONCERN, others)


def test_aggravated_accident_fine_needs_an_accident_and_a_fine_multiple_from_two_to_five() -> None:
    def fined(multiple: str | None) -> RecordFacts:
        return replace(penalty(), fine_multiple=Decimal(multiple) if multiple else None)

    ground = ListingGround.AGGRAVATED_ACCIDENT_FINE
    for multiple in ("2", "3.5", "5"):
        evidence_ok(ground, accident(), fined(multiple))
    for multiple in (None, "1.99", "5.01", "1"):
        evidence_refused(ground, "FINE_MULTIPLE_OUT_OF_RANGE", accident(), fined(multiple))
    evidence_refused(ground, "EVIDENCE_INSUFFICIENT", fined("3"))
    evidence_refused(ground, "PENALTY_REQUIRED", accident())


def test_false_certification_is_only_for_safety_service_agencies() -> None:
    evidence_ok(ListingGround.FALSE_CERTIFICATION, penalty(), industry=Industry.SAFETY_SERVICE_AGENCY)
    for industry in (Industry.CHEMICALS, Industry.OTHER):
        evidence_refused(ListingGround.FALSE_CERTIFICATION, "GROUND_NOT_FOR_INDUSTRY", penalty(),
                         industry=industry)
    evidence_ok(ListingGround.OTHER_SERIOUS_VIOLATION, penalty(), industry=Industry.CHEMICALS)


def test_one_fact_grounds_one_listing_per_list_kind() -> None:
    """A record (or a correction of it) that a standing listing cites cannot be cited again."""
    check_not_cited({1: 1, 2: 2}, cited={3})
    refused_ = refusal(lambda: check_not_cited({1: 1, 2: 2, 5: 3}, cited={2, 3}), "EVIDENCE_ALREADY_CITED")
    assert refused_.first.detail == "2,5"  # record 5 corrects record 3: the same fact


def test_ground_list_kind_is_fixed() -> None:
    assert ListingGround.MAJOR_ACCIDENT.list_kind is ListKind.BLACKLIST
    assert ListingGround.FATAL_GENERAL_ACCIDENT.list_kind is ListKind.GREYLIST


# ------------------------------------------------------------------ candidates


def test_candidates_meet_an_accident_ground_with_recent_records() -> None:
    records = [accident("2025-01-10", AccidentGrade.LARGER, record_id=1),
               accident("2025-09-01", AccidentGrade.LARGER, record_id=2), penalty("2025-10-01")]
    assert candidate_grounds(records, D("2026-11-01"), RULES) == [ListingGround.REPEATED_LARGER_ACCIDENTS]
    # records older than the lookback (36 months) no longer count
    assert candidate_grounds(records, D("2028-10-02"), RULES) == []
    # a superseded record does not count
    superseded = [*records[:1], accident("2025-09-01", AccidentGrade.LARGER, record_id=2, superseded=True),
                  records[2]]
    assert candidate_grounds(superseded, D("2026-11-01"), RULES) == []
    # records after asOf do not count
    assert candidate_grounds(records, D("2025-09-30"), RULES) == []


def _penalty_of(violation_type: str = "未落实安全生产主体责任", category: PenaltyCategory | None = None,
                multiple: str | None = None) -> RecordFacts:
    return replace(penalty("2025-10-01"), violation_type=violation_type, category=category,
                   fine_multiple=Decimal(multiple) if multiple else None)


def test_candidates_show_unlicensed_operation_by_penalty_category_or_violation_type() -> None:
    as_of = D("2026-01-01")
    for found in (_penalty_of("未依法取得安全生产许可证擅自从事生产"), _penalty_of("在安全生产许可证暂扣期间继续生产"),
                  _penalty_of(category=PenaltyCategory.SUSPENSION),
                  _penalty_of(category=PenaltyCategory.LICENCE_REVOCATION)):
        assert candidate_grounds([found], as_of, RULES) == [ListingGround.UNLICENSED_OPERATION]
    assert candidate_grounds([_penalty_of(category=PenaltyCategory.FINE)], as_of, RULES) == []


def test_candidates_show_penalty_evasion_and_abandoned_rescue_by_violation_type() -> None:
    as_of = D("2026-01-01")
    assert candidate_grounds([_penalty_of("拒不执行停产停业整顿决定")], as_of, RULES) == [
        ListingGround.PENALTY_EVASION
    ]
    assert candidate_grounds([_penalty_of("事故发生后主要负责人逃匿")], as_of, RULES) == [
        ListingGround.ABANDONED_RESCUE
    ]


def test_candidates_show_false_certification_only_for_agencies() -> None:
    false_report = _penalty_of("出具虚假安全评价报告")
    assert candidate_grounds([false_report], D("2026-01-01"), RULES, Industry.SAFETY_SERVICE_AGENCY) == [
        ListingGround.FALSE_CERTIFICATION
    ]
    assert candidate_grounds([false_report], D("2026-01-01"), RULES, Industry.CHEMICALS) == []


def test_candidates_show_an_aggravated_accident_fine() -> None:
    found = [accident("2025-09-01"), _penalty_of(multiple="3")]
    assert candidate_grounds(found, D("2026-01-01"), RULES) == [ListingGround.AGGRAVATED_ACCIDENT_FINE]
    assert candidate_grounds([accident("2025-09-01"), _penalty_of(multiple="1.5")], D("2026-01-01"), RULES) == []


def test_other_serious_violation_is_a_judgement_never_a_candidate() -> None:
    assert ListingGround.OTHER_SERIOUS_VIOLATION not in candidate_grounds(
        [_penalty_of("性质恶劣、情节严重的其他违法行为")], D("2026-01-01"), RULES
    )
