"""Evidence and authority rules of a listing proposal (credit.domain.listings), beside
应急管理部令第11号 and the contract's evidence table: what each ground needs, whose records
may be cited and by whom, one fact for one listing, and the grounds the records suggest
(listing candidates)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from listing_facts import AUTHORITY, ENTERPRISE, RULES, D, accident, penalty, record, refusal

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months
from credit.domain.errors import Refusal
from credit.domain.listings import (
    ListingGround,
    ListKind,
    candidate_grounds,
    check_evidence,
    check_ground_for_enterprise,
    check_ground_matches_kind,
    check_not_cited,
    check_penalty_of_proposer,
    ground_is_supported,
)
from credit.domain.listings import Proposal as Proposed
from credit.domain.records import CreditRecordKind, Industry, PenaltyCategory, RecordFacts

EVIDENCE = "evidenceRecordIds"


def evidence_ok(ground: ListingGround, *records: RecordFacts, notified: str = "2022-01-03",
                industry: Industry = Industry.SAFETY_SERVICE_AGENCY, authority: int | None = AUTHORITY) -> None:
    check_evidence(ground, Proposed(ENTERPRISE, industry, authority, D(notified)), list(records), RULES)


def evidence_refused(ground: ListingGround, code: str, *records: RecordFacts, field: str = EVIDENCE,
                     notified: str = "2022-06-01", **kw) -> Refusal:  # type: ignore[no-untyped-def]
    """Refused with ``code``; every evidence refusal names the evidence list unless said otherwise."""
    return refusal(lambda: evidence_ok(ground, *records, notified=notified, **kw), code, field)


# ------------------------------------------------------------------ the ground and the list


def test_ground_list_kind_is_fixed() -> None:
    assert ListingGround.MAJOR_ACCIDENT.list_kind is ListKind.BLACKLIST
    assert ListingGround.FATAL_GENERAL_ACCIDENT.list_kind is ListKind.GREYLIST


def test_a_ground_of_the_other_list_is_refused() -> None:
    check_ground_matches_kind(ListingGround.MAJOR_ACCIDENT, ListKind.BLACKLIST)
    check_ground_matches_kind(ListingGround.OTHER_CONCERN, ListKind.GREYLIST)
    refusal(lambda: check_ground_matches_kind(ListingGround.MAJOR_ACCIDENT, ListKind.GREYLIST),
            "GROUND_NOT_FOR_LIST", "ground")
    refusal(lambda: check_ground_matches_kind(ListingGround.FATAL_GENERAL_ACCIDENT, ListKind.BLACKLIST),
            "GROUND_NOT_FOR_LIST", "ground")


def test_false_certification_is_only_for_safety_service_agencies() -> None:
    evidence_ok(ListingGround.FALSE_CERTIFICATION, penalty(), industry=Industry.SAFETY_SERVICE_AGENCY)
    for industry in (Industry.CHEMICALS, Industry.OTHER):
        refused = evidence_refused(ListingGround.FALSE_CERTIFICATION, "GROUND_NOT_FOR_INDUSTRY", penalty(),
                                   industry=industry, field="ground")
        assert refused.first.detail == "仅适用于安全生产技术服务机构"
    evidence_ok(ListingGround.OTHER_SERIOUS_VIOLATION, penalty(), industry=Industry.CHEMICALS)
    check_ground_for_enterprise(ListingGround.OTHER_SERIOUS_VIOLATION, Industry.CHEMICALS)


# ------------------------------------------------------------------ evidence per ground


def test_major_accident_needs_a_major_or_extraordinary_accident_and_a_penalty() -> None:
    evidence_ok(ListingGround.MAJOR_ACCIDENT, accident(grade=AccidentGrade.MAJOR), penalty())
    evidence_ok(ListingGround.MAJOR_ACCIDENT, accident(grade=AccidentGrade.EXTRAORDINARY), penalty())
    refused = evidence_refused(ListingGround.MAJOR_ACCIDENT, "EVIDENCE_INSUFFICIENT",
                               accident(grade=AccidentGrade.LARGER), penalty())
    assert refused.first.detail == "需要一起重大或特别重大事故及行政处罚"
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


def test_repeated_accidents_count_in_the_order_they_happened_not_the_order_cited() -> None:
    cited = [accident("2021-06-01", AccidentGrade.LARGER, record_id=3),
             accident("2018-01-01", AccidentGrade.LARGER, record_id=1),
             accident("2021-01-01", AccidentGrade.LARGER, record_id=2), penalty()]
    assert ground_is_supported(ListingGround.REPEATED_LARGER_ACCIDENTS, cited, RULES)


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
    refused = evidence_refused(ListingGround.FATAL_GENERAL_ACCIDENT, "EVIDENCE_INSUFFICIENT", accident(deaths=0))
    assert refused.first.detail == "需要一起造成死亡的事故"
    evidence_refused(ListingGround.FATAL_GENERAL_ACCIDENT, "EVIDENCE_INSUFFICIENT", penalty())


@pytest.mark.parametrize("ground", [
    ListingGround.UNRECTIFIED_MAJOR_HAZARD, ListingGround.BROKEN_COMMITMENT, ListingGround.OTHER_CONCERN,
])
def test_other_greylist_grounds_need_at_least_one_record(ground: ListingGround) -> None:
    evidence_ok(ground, record(CreditRecordKind.HAZARD))
    refused = evidence_refused(ground, "EVIDENCE_INSUFFICIENT")
    assert refused.first.detail == "至少需要一条信用记录"


def test_aggravated_accident_fine_needs_an_accident_and_a_fine_multiple_from_two_to_five() -> None:
    def fined(multiple: str | None) -> RecordFacts:
        return replace(penalty(), fine_multiple=Decimal(multiple) if multiple else None)

    ground = ListingGround.AGGRAVATED_ACCIDENT_FINE
    for multiple in ("2", "3.5", "5"):
        evidence_ok(ground, accident(), fined(multiple))
    for multiple in (None, "1.99", "5.01", "1"):
        refused = evidence_refused(ground, "FINE_MULTIPLE_OUT_OF_RANGE", accident(), fined(multiple))
        assert refused.first.detail == "须为2至5倍"  # the regime's range, to the person who proposed
    evidence_refused(ground, "EVIDENCE_INSUFFICIENT", fined("3"))
    evidence_refused(ground, "PENALTY_REQUIRED", accident())


# ------------------------------------------------------------------ whose records


def test_evidence_must_belong_to_the_enterprise_be_current_and_predate_the_notice() -> None:
    """Each refusal names the record at fault."""
    refused = evidence_refused(ListingGround.OTHER_CONCERN, "EVIDENCE_OF_OTHER_ENTERPRISE",
                               record(CreditRecordKind.HAZARD, record_id=41, enterprise_id=ENTERPRISE + 1))
    assert refused.first.detail == "41"
    refused = evidence_refused(ListingGround.OTHER_CONCERN, "EVIDENCE_SUPERSEDED",
                               record(CreditRecordKind.HAZARD, record_id=42, superseded=True))
    assert refused.first.detail == "42"
    refused = evidence_refused(ListingGround.OTHER_CONCERN, "EVIDENCE_AFTER_NOTICE",
                               record(CreditRecordKind.HAZARD, "2022-01-04", record_id=43), notified="2022-01-03")
    assert refused.first.detail == "43"
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


def test_an_accident_recorded_by_the_proposing_authority_is_not_its_penalty() -> None:
    own_accident = accident(grade=AccidentGrade.MAJOR)  # recorded by AUTHORITY
    others = penalty(authority_id=AUTHORITY + 1)
    refusal(lambda: check_penalty_of_proposer(
        ListingGround.MAJOR_ACCIDENT, Proposed(ENTERPRISE, Industry.OTHER, AUTHORITY, D("2022-01-03")),
        [own_accident, others]), "PENALTY_OF_OTHER_AUTHORITY", EVIDENCE)


def test_a_proposer_without_an_authority_cannot_cite_a_penalty_without_one() -> None:
    """A penalty recorded by no authority is nobody's: it never matches a proposer known as none."""
    nobodys = penalty(authority_id=None)
    evidence_refused(ListingGround.OTHER_SERIOUS_VIOLATION, "PENALTY_OF_OTHER_AUTHORITY", nobodys,
                     authority=None)


def test_one_fact_grounds_one_listing_per_list_kind() -> None:
    """A record (or a correction of it) that a standing listing cites cannot be cited again."""
    check_not_cited({1: 1, 2: 2}, cited={3})
    refused = refusal(lambda: check_not_cited({1: 1, 2: 2, 5: 3}, cited={2, 3}), "EVIDENCE_ALREADY_CITED",
                      EVIDENCE)
    assert refused.first.detail == "2,5"  # record 5 corrects record 3: the same fact


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
                multiple: str | None = None, day: str = "2025-10-01") -> RecordFacts:
    return replace(penalty(day), violation_type=violation_type, category=category,
                   fine_multiple=Decimal(multiple) if multiple else None)


def test_candidates_look_back_36_months_both_ends_included() -> None:
    evasion = _penalty_of("拒不执行停产停业整顿决定", day="2023-03-15")
    last_day = add_months(D("2023-03-15"), 36)
    assert last_day == date(2026, 3, 15)
    for as_of in (D("2023-03-15"), last_day):  # on the day itself, and 36 months later
        assert candidate_grounds([evasion], as_of, RULES) == [ListingGround.PENALTY_EVASION]
    assert candidate_grounds([evasion], D("2026-03-16"), RULES) == []
    assert candidate_grounds([evasion], D("2023-03-14"), RULES) == []


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
