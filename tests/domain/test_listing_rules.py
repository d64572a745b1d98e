"""The listing procedure's pure rules (credit.domain.listings), beside 应急管理部令第11号:
status from dates, the decision, objection and repair windows, the steps that change a
listing, and working days with a holiday calendar. Evidence and authority rules:
test_listing_evidence.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from listing_facts import RULES, WEEKDAYS, D, decided, period, proposal, refusal, repair

from credit.domain.calendar import WorkingCalendar, add_months
from credit.domain.listings import (
    ListingStatus,
    ListKind,
    ObjectionFacts,
    RepairStatus,
    check_objection,
    check_objection_decision,
    check_repair_application,
    check_repair_decision,
    check_repair_revocation,
    check_revoke_listing,
    decide,
    decide_objection,
    decide_repair,
    objection_deadline,
    repair_earliest,
    revoke,
    revoke_repair,
    status_on,
)

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
    refusal(lambda: decide(facts, D("2022-01-03"), RULES), "OBJECTION_WINDOW_OPEN", "decidedOn")
    refused = refusal(lambda: decide(facts, D("2022-01-10"), RULES), "OBJECTION_WINDOW_OPEN", "decidedOn")
    assert refused.first.detail == "期限至2022-01-10"  # tells until when
    assert period(facts, D("2022-01-11"))[0] == D("2022-01-11")


def test_decision_before_notice_is_refused() -> None:
    refusal(lambda: decide(proposal(), D("2021-12-31"), RULES), "OBJECTION_WINDOW_OPEN", "decidedOn")


def test_decision_with_an_undecided_objection_is_refused() -> None:
    pending = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-05")),))
    refusal(lambda: decide(pending, D("2022-01-17"), RULES), "OBJECTION_PENDING", "listingId")
    dismissed = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-05"), False, D("2022-01-12")),))
    assert period(dismissed, D("2022-01-17"))[0] == D("2022-01-17")


def test_decision_dated_before_an_objection_was_decided_is_refused() -> None:
    late = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-05"), False, D("2022-01-18")),))
    refusal(lambda: decide(late, D("2022-01-17"), RULES), "OBJECTION_PENDING", "listingId")
    assert period(late, D("2022-01-18"))[0] == D("2022-01-18")


def test_second_decision_is_refused() -> None:
    refusal(lambda: decide(decided(), D("2022-02-01"), RULES), "ALREADY_DECIDED", "listingId")


def test_withdrawn_or_revoked_listings_cannot_be_decided() -> None:
    refusal(lambda: decide(replace(proposal(), withdrawn_on=D("2022-01-07")), D("2022-01-17"), RULES),
            "LISTING_WITHDRAWN", "listingId")
    refusal(lambda: decide(decided(revoked_on=D("2022-02-01")), D("2022-02-02"), RULES), "LISTING_REVOKED", "listingId")


# ------------------------------------------------------------------ objections


def test_objection_is_accepted_from_notice_up_to_the_deadline_inclusive() -> None:
    facts = proposal()
    check_objection(facts, D("2022-01-03"))
    check_objection(facts, D("2022-01-10"))
    refusal(lambda: check_objection(facts, D("2022-01-02")), "DATE_BEFORE_NOTICE", "filedOn")
    refusal(lambda: check_objection(facts, D("2022-01-11")), "OBJECTION_WINDOW_CLOSED", "filedOn")


def test_objection_after_the_decision_is_refused() -> None:
    refusal(lambda: check_objection(decided(), D("2022-01-05")), "ALREADY_DECIDED", "listingId")


def test_objection_to_a_withdrawn_or_revoked_listing_is_refused() -> None:
    withdrawn = replace(proposal(), withdrawn_on=D("2022-01-05"))
    refusal(lambda: check_objection(withdrawn, D("2022-01-06")), "LISTING_WITHDRAWN", "listingId")
    revoked = decided(revoked_on=D("2022-02-01"))
    refusal(lambda: check_objection(revoked, D("2022-01-05")), "LISTING_REVOKED", "listingId")


def test_an_objection_is_decided_once_and_not_before_it_was_filed() -> None:
    facts = proposal()
    undecided = ObjectionFacts(1, D("2022-01-05"))
    check_objection_decision(facts, undecided, D("2022-01-05"))
    refusal(lambda: check_objection_decision(facts, undecided, D("2022-01-04")), "DATE_BEFORE_OBJECTION", "decidedOn")
    done = ObjectionFacts(1, D("2022-01-05"), True, D("2022-01-06"))
    refusal(lambda: check_objection_decision(facts, done, D("2022-01-07")), "OBJECTION_ALREADY_DECIDED", "objectionId")


def test_an_objection_left_open_when_another_withdrew_the_proposal_cannot_be_decided() -> None:
    """The refusal names the objection: decideObjection's input has no listing id."""
    second = ObjectionFacts(2, D("2022-01-05"))
    withdrawn = replace(proposal(), withdrawn_on=D("2022-01-06"),
                        objections=(ObjectionFacts(1, D("2022-01-04"), True, D("2022-01-06")), second))
    refusal(lambda: check_objection_decision(withdrawn, second, D("2022-01-07")), "LISTING_WITHDRAWN", "objectionId")
    revoked = replace(withdrawn, withdrawn_on=None, revoked_on=D("2022-02-01"))
    refusal(lambda: check_objection_decision(revoked, second, D("2022-01-07")), "LISTING_REVOKED", "objectionId")


# ------------------------------------------------------------------ revoking a listing


def test_only_a_decided_listing_can_be_revoked_once_and_not_before_its_decision() -> None:
    refusal(lambda: check_revoke_listing(proposal(), D("2022-01-20")), "LISTING_NOT_DECIDED", "listingId")
    refusal(lambda: check_revoke_listing(decided(), D("2022-01-16")), "DATE_BEFORE_DECISION", "revokedOn")
    check_revoke_listing(decided(), D("2022-01-17"))
    refusal(lambda: check_revoke_listing(decided(revoked_on=D("2022-02-01")), D("2022-03-01")),
            "ALREADY_REVOKED", "listingId")
    refusal(lambda: check_revoke_listing(replace(proposal(), withdrawn_on=D("2022-01-07")), D("2022-01-20")),
            "LISTING_WITHDRAWN", "listingId")


# ------------------------------------------------------------------ credit repair


def test_repair_may_be_applied_for_from_listed_on_plus_twelve_months_that_day_included() -> None:
    facts = decided("2022-01-17")
    assert repair_earliest(facts, RULES) == D("2023-01-17")
    refused = refusal(lambda: check_repair_application(facts, D("2023-01-16"), RULES), "REPAIR_TOO_EARLY",
                      "appliedOn")
    assert refused.first.detail == "最早可于2023-01-17申请"
    check_repair_application(facts, D("2023-01-17"), RULES)


def test_repair_window_of_a_29_february_listing_opens_on_28_february() -> None:
    facts = replace(proposal(notified="2024-02-20"), listed_on=D("2024-02-29"), expires_on=D("2027-02-28"))
    assert repair_earliest(facts, RULES) == D("2025-02-28")
    refusal(lambda: check_repair_application(facts, D("2025-02-27"), RULES), "REPAIR_TOO_EARLY", "appliedOn")
    check_repair_application(facts, D("2025-02-28"), RULES)


def test_repair_is_only_applied_for_while_the_listing_is_in_force() -> None:
    facts = decided("2022-01-17")
    check_repair_application(facts, D("2025-01-16"), RULES)
    refusal(lambda: check_repair_application(facts, D("2025-01-17"), RULES), "LISTING_NOT_IN_FORCE", "appliedOn")


def test_repair_is_for_the_blacklist_only() -> None:
    refusal(lambda: check_repair_application(decided(kind=ListKind.GREYLIST), D("2023-01-17"), RULES),
            "REPAIR_NOT_APPLICABLE", "listingId")


def test_repair_of_an_undecided_withdrawn_or_revoked_listing_is_refused() -> None:
    refusal(lambda: check_repair_application(proposal(), D("2023-01-17"), RULES), "LISTING_NOT_DECIDED", "listingId")
    refusal(lambda: check_repair_application(decided(revoked_on=D("2022-06-01")), D("2023-01-17"), RULES),
            "LISTING_REVOKED", "listingId")


def test_one_repair_application_may_be_pending_at_a_time() -> None:
    pending = decided(repairs=(repair(RepairStatus.PENDING, decided_on=None),))
    refusal(lambda: check_repair_application(pending, D("2023-03-01"), RULES), "REPAIR_PENDING", "listingId")
    rejected = decided(repairs=(repair(RepairStatus.REJECTED),))
    check_repair_application(rejected, D("2023-03-01"), RULES)
    restored = decided(repairs=(repair(RepairStatus.REVOKED, revoked="2023-06-01"),))
    check_repair_application(restored, D("2023-07-01"), RULES)


def test_an_application_dated_while_an_earlier_one_was_undecided_is_refused() -> None:
    rejected = decided(repairs=(repair(RepairStatus.REJECTED, applied="2023-01-17", decided_on="2023-03-01"),))
    refusal(lambda: check_repair_application(rejected, D("2023-02-15"), RULES), "REPAIR_PENDING", "listingId")
    # on the day the earlier one was filed: refused as well (not after it)
    refusal(lambda: check_repair_application(rejected, D("2023-01-17"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION",
            "appliedOn")
    check_repair_application(rejected, D("2023-03-01"), RULES)


def test_a_repair_application_must_be_dated_after_every_earlier_application() -> None:
    """An application dated before a rejected one could be approved before that one was filed."""
    rejected = decided(repairs=(
        repair(RepairStatus.REJECTED, applied="2023-03-01", decided_on="2023-03-10", repair_id=1),
        repair(RepairStatus.REJECTED, applied="2023-02-01", decided_on="2023-02-10", repair_id=2),
    ))
    refusal(lambda: check_repair_application(rejected, D("2023-01-20"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION", "appliedOn")
    refusal(lambda: check_repair_application(rejected, D("2023-02-20"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION", "appliedOn")
    refused = refusal(lambda: check_repair_application(rejected, D("2023-03-01"), RULES),
                      "DATE_NOT_AFTER_EARLIER_APPLICATION", "appliedOn")
    assert refused.first.detail == "此前申请日期为2023-03-01"  # the latest, whatever the order on file
    refusal(lambda: check_repair_application(rejected, D("2023-03-05"), RULES), "REPAIR_PENDING", "listingId")
    check_repair_application(rejected, D("2023-03-10"), RULES)
    restored = decided(repairs=(repair(RepairStatus.REVOKED, applied="2023-04-01", revoked="2023-06-01"),))
    refusal(lambda: check_repair_application(restored, D("2023-03-31"), RULES), "DATE_NOT_AFTER_EARLIER_APPLICATION", "appliedOn")


def test_a_repaired_listing_takes_no_new_application_even_one_dated_before_the_repair() -> None:
    repaired = decided(repairs=(repair(RepairStatus.APPROVED, decided_on="2023-02-01"),))
    refusal(lambda: check_repair_application(repaired, D("2023-01-20"), RULES), "ALREADY_REPAIRED", "listingId")
    refusal(lambda: check_repair_application(repaired, D("2023-03-01"), RULES), "ALREADY_REPAIRED", "listingId")


def test_repair_is_decided_on_or_after_its_application_while_the_listing_is_in_force() -> None:
    application = repair(RepairStatus.PENDING, applied="2024-12-01", decided_on=None)
    facts = decided(repairs=(application,))
    check_repair_decision(facts, application, D("2024-12-01"))
    check_repair_decision(facts, application, D("2025-01-16"))
    refusal(lambda: check_repair_decision(facts, application, D("2024-11-30")), "DATE_BEFORE_APPLICATION", "decidedOn")
    refusal(lambda: check_repair_decision(facts, application, D("2025-01-17")), "LISTING_NOT_IN_FORCE", "decidedOn")


def test_a_repair_of_a_revoked_listing_is_neither_decided_nor_revoked() -> None:
    """Both refusals name the application: the inputs of those two steps have no listing id."""
    pending = repair(RepairStatus.PENDING, applied="2023-01-17", decided_on=None)
    revoked = decided(revoked_on=D("2023-03-01"), repairs=(pending,))
    refusal(lambda: check_repair_decision(revoked, pending, D("2023-02-01")), "LISTING_REVOKED", "applicationId")
    approved = repair(RepairStatus.APPROVED, decided_on="2023-02-01")
    revoked_after_repair = decided(revoked_on=D("2023-03-01"), repairs=(approved,))
    refusal(lambda: check_repair_revocation(revoked_after_repair, approved, D("2023-04-01")),
            "LISTING_REVOKED", "applicationId")


def test_a_repair_application_is_decided_once() -> None:
    approved = repair(RepairStatus.APPROVED)
    refusal(lambda: check_repair_decision(decided(repairs=(approved,)), approved, D("2023-03-01")),
            "ALREADY_DECIDED", "applicationId")


def test_only_an_approved_repair_is_revoked_once_and_not_before_its_decision() -> None:
    approved = repair(RepairStatus.APPROVED, decided_on="2023-02-01")
    facts = decided(repairs=(approved,))
    check_repair_revocation(facts, approved, D("2023-02-01"))
    refusal(lambda: check_repair_revocation(facts, approved, D("2023-01-31")), "DATE_BEFORE_DECISION", "revokedOn")
    rejected = repair(RepairStatus.REJECTED)
    refusal(lambda: check_repair_revocation(facts, rejected, D("2023-03-01")), "REPAIR_NOT_APPROVED", "applicationId")
    pending = repair(RepairStatus.PENDING, decided_on=None)
    refusal(lambda: check_repair_revocation(facts, pending, D("2023-03-01")), "REPAIR_NOT_APPROVED", "applicationId")
    revoked = repair(RepairStatus.REVOKED, revoked="2023-06-01")
    refusal(lambda: check_repair_revocation(facts, revoked, D("2023-07-01")), "ALREADY_REVOKED", "applicationId")


# ------------------------------------------------------------------ steps that change a listing


def test_an_upheld_objection_withdraws_the_proposal_on_its_decision_date() -> None:
    first, second = ObjectionFacts(1, D("2022-01-04")), ObjectionFacts(2, D("2022-01-05"))
    upheld = decide_objection(replace(proposal(), objections=(first, second)), 2, True, D("2022-01-07"))
    assert upheld.withdrawn_on == D("2022-01-07")
    assert upheld.objections == (first, ObjectionFacts(2, D("2022-01-05"), True, D("2022-01-07")))
    assert status_on(upheld, D("2022-01-07")) is ListingStatus.WITHDRAWN


def test_a_dismissed_objection_lets_the_proposal_go_on() -> None:
    facts = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-04")),))
    dismissed = decide_objection(facts, 1, False, D("2022-01-07"))
    assert dismissed.withdrawn_on is None
    assert dismissed.objections == (ObjectionFacts(1, D("2022-01-04"), False, D("2022-01-07")),)
    assert decide(dismissed, D("2022-01-11"), RULES).listed_on == D("2022-01-11")


def test_an_objection_is_decided_only_if_it_exists_and_its_rules_allow() -> None:
    facts = replace(proposal(), objections=(ObjectionFacts(1, D("2022-01-05")),))
    refused = refusal(lambda: decide_objection(facts, 9, True, D("2022-01-07")), "OBJECTION_NOT_FOUND", "objectionId")
    assert refused.first.detail == "9"
    refusal(lambda: decide_objection(facts, 1, True, D("2022-01-04")), "DATE_BEFORE_OBJECTION", "decidedOn")


def test_revoking_voids_the_listing_from_its_start() -> None:
    facts = decided("2022-01-17")
    revoked = revoke(facts, D("2023-05-01"))
    assert revoked == replace(facts, revoked_on=D("2023-05-01"))
    assert not revoked.in_force_on(D("2022-01-17"))
    refusal(lambda: revoke(facts, D("2022-01-16")), "DATE_BEFORE_DECISION", "revokedOn")


def test_an_approved_repair_ends_the_listing_that_day_a_rejected_one_changes_nothing_else() -> None:
    earlier = repair(RepairStatus.REJECTED, applied="2023-01-17", decided_on="2023-01-20", repair_id=1)
    application = repair(RepairStatus.PENDING, applied="2023-02-01", decided_on=None, repair_id=2)
    facts = decided("2022-01-17", repairs=(earlier, application))
    approved = decide_repair(facts, 2, True, D("2023-03-01"))
    assert approved.repairs == (earlier, replace(application, status=RepairStatus.APPROVED, decided_on=D("2023-03-01")))
    assert approved.ends_on == D("2023-03-01")
    rejected = decide_repair(facts, 2, False, D("2023-03-01"))
    assert rejected.repairs == (earlier, replace(application, status=RepairStatus.REJECTED, decided_on=D("2023-03-01")))
    assert rejected.ends_on == facts.expires_on == D("2025-01-17")


def test_a_repair_is_decided_only_if_it_exists_and_its_rules_allow() -> None:
    application = repair(RepairStatus.PENDING, applied="2023-02-01", decided_on=None, repair_id=2)
    facts = decided("2022-01-17", repairs=(application,))
    refused = refusal(lambda: decide_repair(facts, 7, True, D("2023-03-01")), "APPLICATION_NOT_FOUND", "applicationId")
    assert refused.first.detail == "7"
    refusal(lambda: decide_repair(facts, 2, True, D("2023-01-31")), "DATE_BEFORE_APPLICATION", "decidedOn")


def test_revoking_a_repair_restores_the_listing_as_if_it_never_happened() -> None:
    other = repair(RepairStatus.REJECTED, applied="2023-01-17", decided_on="2023-01-20", repair_id=1)
    approved = repair(RepairStatus.APPROVED, applied="2023-01-21", decided_on="2023-02-01", repair_id=2)
    facts = decided("2022-01-17", repairs=(other, approved))
    restored = revoke_repair(facts, 2, D("2023-06-01"))
    assert restored.repairs == (other, replace(approved, status=RepairStatus.REVOKED, revoked_on=D("2023-06-01")))
    assert restored.ends_on == D("2025-01-17")
    refusal(lambda: revoke_repair(facts, 2, D("2023-01-31")), "DATE_BEFORE_DECISION", "revokedOn")
    refusal(lambda: revoke_repair(facts, 5, D("2023-06-01")), "APPLICATION_NOT_FOUND", "applicationId")
