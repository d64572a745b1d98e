"""The listing procedure (列入程序) for the blacklist (严重失信主体名单) and greylist (重点关注名单).

Follows 应急管理部令第11号: grounds (Art. 6–7), 告知 and 陈述申辩 before listing,
a written decision (书面决定), the listing period, credit repair (信用修复) after
12 months and its revocation, and revocation of an erroneous listing. Every
function here is pure: the service layer loads facts, calls these, and stores
what they return. Status is never stored; it is derived from dates (DESIGN §3.1).
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import WorkingCalendar, add_months
from credit.domain.errors import Refusal
from credit.domain.records import CreditRecordKind, Industry, RecordFacts

if TYPE_CHECKING:  # the regime's module reads this one's enums
    from credit.domain.regimes import Regime


class ListKind(enum.StrEnum):
    BLACKLIST = "BLACKLIST"  # 严重失信主体名单
    GREYLIST = "GREYLIST"  # 灰名单 / 重点关注名单


class ListingGround(enum.StrEnum):
    """列入事由. The first nine are 应急管理部令第11号's blacklist grounds."""

    MAJOR_ACCIDENT = "MAJOR_ACCIDENT"  # (1) 重大、特别重大事故
    REPEATED_LARGER_ACCIDENTS = "REPEATED_LARGER_ACCIDENTS"  # (2) 12个月内两起以上较大事故
    AGGRAVATED_ACCIDENT_FINE = "AGGRAVATED_ACCIDENT_FINE"  # (3) 安全生产法第114条 2–5倍罚款
    CONCEALED_ACCIDENT = "CONCEALED_ACCIDENT"  # (4) 瞒报、谎报事故
    ABANDONED_RESCUE = "ABANDONED_RESCUE"  # (5) 不组织抢救、擅离职守、逃匿
    UNLICENSED_OPERATION = "UNLICENSED_OPERATION"  # (6) 无证、暂扣期间生产经营
    FALSE_CERTIFICATION = "FALSE_CERTIFICATION"  # (7) 中介机构出租出借资质、出具虚假报告
    PENALTY_EVASION = "PENALTY_EVASION"  # (8) 拒不执行、逃避处罚
    OTHER_SERIOUS_VIOLATION = "OTHER_SERIOUS_VIOLATION"  # (9) 其他性质恶劣、情节严重
    FATAL_GENERAL_ACCIDENT = "FATAL_GENERAL_ACCIDENT"  # 灰名单:一般死亡事故
    UNRECTIFIED_MAJOR_HAZARD = "UNRECTIFIED_MAJOR_HAZARD"  # 灰名单:重大隐患未整改
    BROKEN_COMMITMENT = "BROKEN_COMMITMENT"  # 灰名单:违背安全承诺
    OTHER_CONCERN = "OTHER_CONCERN"  # 灰名单:其他需重点关注

    @property
    def list_kind(self) -> ListKind:
        return ListKind.GREYLIST if self in _GREYLIST_GROUNDS else ListKind.BLACKLIST


_GREYLIST_GROUNDS = frozenset(
    {
        ListingGround.FATAL_GENERAL_ACCIDENT,
        ListingGround.UNRECTIFIED_MAJOR_HAZARD,
        ListingGround.BROKEN_COMMITMENT,
        ListingGround.OTHER_CONCERN,
    }
)


class ListingStatus(enum.StrEnum):
    NOTIFIED = "NOTIFIED"  # 已告知,未决定(或决定尚未生效)
    ACTIVE = "ACTIVE"  # 列入中
    EXPIRED = "EXPIRED"  # 期满移出
    REPAIRED = "REPAIRED"  # 信用修复提前移出
    WITHDRAWN = "WITHDRAWN"  # 异议成立,撤回
    REVOKED = "REVOKED"  # 错误列入,撤销


class RepairStatus(enum.StrEnum):
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    REVOKED = "REVOKED"  # 以欺骗等手段获得修复,撤销修复


class ListingChange(enum.StrEnum):
    """Published changes in the feed and pushed to the shared platform."""

    LISTED = "LISTED"
    EXPIRED = "EXPIRED"
    REPAIRED = "REPAIRED"
    RESTORED = "RESTORED"
    REVOKED = "REVOKED"


# --------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class Proposal:
    """Who proposes a listing against whom, and when the party was told (告知)."""

    enterprise_id: int
    industry: Industry
    #: the proposing authority: it decides the listing (谁处罚、谁决定)
    authority_id: int | None
    notified_on: date


def check_ground_for_enterprise(ground: ListingGround, industry: Industry) -> None:
    """Ground (7) is for safety service agencies (安全评价、认证、检测、检验机构) only."""
    if ground is ListingGround.FALSE_CERTIFICATION and industry is not Industry.SAFETY_SERVICE_AGENCY:
        raise Refusal("GROUND_NOT_FOR_INDUSTRY", "ground", "仅适用于安全生产技术服务机构")


def check_evidence(
    ground: ListingGround,
    proposal: Proposal,
    evidence: Sequence[RecordFacts],
    regime: Regime,
) -> None:
    """Does the evidence support the ground, and may this authority propose on it? Raises
    the first refusal found. Whether a record already grounds another listing is asked
    separately (``check_not_cited``): it needs the other listings, read under a lock."""
    check_ground_for_enterprise(ground, proposal.industry)
    for record in evidence:
        if record.enterprise_id != proposal.enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > proposal.notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, regime):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        if ground is ListingGround.AGGRAVATED_ACCIDENT_FINE and _accidents(evidence):
            low, high = regime.aggravated_fine_multiple
            raise Refusal("FINE_MULTIPLE_OUT_OF_RANGE", "evidenceRecordIds", f"须为{low}至{high}倍")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])
    check_penalty_of_proposer(ground, proposal, evidence)


def check_penalty_of_proposer(
    ground: ListingGround, proposal: Proposal, evidence: Iterable[RecordFacts]
) -> None:
    """谁处罚、谁决定: a blacklist proposal cites a penalty the proposing authority recorded."""
    if ground.list_kind is not ListKind.BLACKLIST:
        return
    if not any(
        r.kind is CreditRecordKind.PENALTY and r.authority_id == proposal.authority_id
        and r.authority_id is not None
        for r in evidence
    ):
        raise Refusal("PENALTY_OF_OTHER_AUTHORITY", "evidenceRecordIds")


def check_not_cited(evidence_facts: Mapping[int, int], cited: Collection[int]) -> None:
    """One fact grounds one listing per list kind.

    ``evidence_facts`` maps each evidence record to the fact it states (the first record of
    its correction chain: a correction states the same fact); ``cited`` are the facts that a
    listing of the same list kind stands on, undecided or decided and not revoked. A
    withdrawn or revoked listing frees its records.
    """
    taken = sorted(record for record, fact in evidence_facts.items() if fact in cited)
    if taken:
        raise Refusal("EVIDENCE_ALREADY_CITED", "evidenceRecordIds", ",".join(map(str, taken)))


_NEEDS: dict[ListingGround, str] = {
    ListingGround.MAJOR_ACCIDENT: "需要一起重大或特别重大事故及行政处罚",
    ListingGround.REPEATED_LARGER_ACCIDENTS: "需要12个月内两起较大及以上事故及行政处罚",
    ListingGround.AGGRAVATED_ACCIDENT_FINE: "需要一起事故及罚款倍数为2至5倍的行政处罚",
    ListingGround.CONCEALED_ACCIDENT: "需要一起瞒报、谎报的事故及行政处罚",
    ListingGround.FATAL_GENERAL_ACCIDENT: "需要一起造成死亡的事故",
}


def _has_penalty(evidence: Iterable[RecordFacts]) -> bool:
    return any(r.kind is CreditRecordKind.PENALTY for r in evidence)


def _penalties(evidence: Iterable[RecordFacts]) -> list[RecordFacts]:
    return [r for r in evidence if r.kind is CreditRecordKind.PENALTY]


def _accidents(evidence: Iterable[RecordFacts]) -> list[RecordFacts]:
    return [r for r in evidence if r.kind is CreditRecordKind.ACCIDENT]


def _has_repeated_larger(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def ground_is_supported(
    ground: ListingGround, evidence: Sequence[RecordFacts], regime: Regime
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, regime.repeated_accident_window_months)
        case ListingGround.AGGRAVATED_ACCIDENT_FINE:
            # 安全生产法 Art. 114: an accident fined at 2 to 5 times
            return bool(accidents) and any(
                regime.is_aggravated_multiple(p.fine_multiple) for p in _penalties(evidence)
            )
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def _points_to(ground: ListingGround, penalty: RecordFacts, regime: Regime) -> bool:
    """Does a penalty's category or violation type (违法行为类型) point to ``ground``?"""
    rules = regime.candidates
    if ground is ListingGround.UNLICENSED_OPERATION and penalty.category in rules.unlicensed_categories:
        return True
    return any(term in penalty.violation_type for term in rules.terms_for(ground))


#: the blacklist grounds the records can show, in the order of 第11号令
_DETECTABLE = (
    ListingGround.MAJOR_ACCIDENT,
    ListingGround.REPEATED_LARGER_ACCIDENTS,
    ListingGround.AGGRAVATED_ACCIDENT_FINE,
    ListingGround.CONCEALED_ACCIDENT,
    ListingGround.ABANDONED_RESCUE,
    ListingGround.UNLICENSED_OPERATION,
    ListingGround.FALSE_CERTIFICATION,
    ListingGround.PENALTY_EVASION,
)


def candidate_grounds(
    records: Sequence[RecordFacts], as_of: date, regime: Regime, industry: Industry = Industry.OTHER
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates).

    Accident grounds (1)–(4) by the evidence table; (5), (6) and (8) by a penalty whose
    violation type names the conduct (the regime's words; for (6) also a penalty that
    suspends or revokes a licence); (7) by such a penalty of a safety service agency.
    (9) "other serious violations" is a judgement no record shows: never a candidate.
    """
    since = add_months(as_of, -regime.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    penalties = _penalties(recent)
    found: list[ListingGround] = []
    for ground in _DETECTABLE:
        if ground in (ListingGround.ABANDONED_RESCUE, ListingGround.UNLICENSED_OPERATION,
                      ListingGround.FALSE_CERTIFICATION, ListingGround.PENALTY_EVASION):
            if ground is ListingGround.FALSE_CERTIFICATION and industry is not Industry.SAFETY_SERVICE_AGENCY:
                continue
            if any(_points_to(ground, p, regime) for p in penalties):
                found.append(ground)
        elif ground_is_supported(ground, recent, regime):
            found.append(ground)
    return found


# --------------------------------------------------------------------- facts and status


@dataclass(frozen=True)
class RepairFacts:
    id: int
    applied_on: date
    status: RepairStatus
    decided_on: date | None = None
    revoked_on: date | None = None


@dataclass(frozen=True)
class ObjectionFacts:
    id: int
    filed_on: date
    upheld: bool | None = None  # None: not yet decided
    decided_on: date | None = None


@dataclass(frozen=True)
class ListingFacts:
    """Everything dated that is known about one listing."""

    list_kind: ListKind
    ground: ListingGround
    notified_on: date
    objection_deadline: date
    listed_on: date | None = None  # the decision date; None while undecided
    expires_on: date | None = None
    withdrawn_on: date | None = None
    revoked_on: date | None = None
    repairs: tuple[RepairFacts, ...] = field(default_factory=tuple)
    objections: tuple[ObjectionFacts, ...] = field(default_factory=tuple)

    @property
    def decided(self) -> bool:
        return self.listed_on is not None

    @property
    def repaired_on(self) -> date | None:
        """The decision date of the approved, unrevoked repair: the listing ends that day."""
        for repair in self.repairs:
            if repair.status is RepairStatus.APPROVED:
                return repair.decided_on
        return None

    @property
    def ends_on(self) -> date | None:
        """First day no longer in force (exclusive end), or None if never in force."""
        if self.listed_on is None or self.expires_on is None or self.revoked_on is not None:
            return None
        repaired = self.repaired_on
        return min(self.expires_on, repaired) if repaired else self.expires_on

    def in_force_on(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None and end is not None and self.listed_on <= day < end

    def in_force_during(self, first: date, last: date) -> bool:
        """In force on some day of ``first..last`` (both included): ``in_force_on`` over a period."""
        end = self.ends_on
        return (
            self.listed_on is not None and end is not None
            and self.listed_on <= last and end > first and self.listed_on < end
        )

    def repair(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationId", str(repair_id))

    def objection(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionId", str(objection_id))

    def with_repair(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=tuple(changed if r.id == changed.id else r for r in self.repairs))

    def with_objection(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=tuple(changed if o.id == changed.id else o for o in self.objections)
        )


def status_on(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


# --------------------------------------------------------------------- procedure steps


def objection_deadline(notified_on: date, regime: Regime, calendar: WorkingCalendar) -> date:
    """Last day to object: the Nth working day after notice, that day not counted."""
    return calendar.add_working_days(notified_on, regime.objection_working_days)


def publish_by(decided_on: date, regime: Regime, calendar: WorkingCalendar) -> date | None:
    """Last day to publish a decision (双公示): the regime's Nth working day after it, that day
    not counted; None when the calendar does not know a year it must look at (never guessed)."""
    try:
        return calendar.add_working_days(decided_on, regime.publish_working_days)
    except Refusal:  # CALENDAR_UNKNOWN
        return None


def check_ground_matches_kind(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("GROUND_NOT_FOR_LIST", "ground")


def _refuse_if_closed(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def check_objection(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def check_objection_decision(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def is_repeated(facts: ListingFacts, decided_on: date, earlier: Iterable[ListingFacts], regime: Regime) -> bool:
    """再次列入 under the regime's second-listing rule: another blacklist listing of the unit,
    decided on or before ``decided_on`` and not revoked, was in force on a day within the
    rule's months before ``decided_on`` (or is in force on it)."""
    rule = regime.repeat
    if rule is None or facts.list_kind is not ListKind.BLACKLIST:
        return False
    since = add_months(decided_on, -rule.within_months)
    for other in earlier:
        end = other.ends_on
        if other.list_kind is not ListKind.BLACKLIST or other.listed_on is None or end is None:
            continue  # undecided, withdrawn or revoked: never listed
        if other.listed_on <= decided_on and end > since:
            return True
    return False


def decide(
    facts: ListingFacts, decided_on: date, regime: Regime, earlier: Iterable[ListingFacts] = ()
) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its period under its regime
    (``earlier``: the unit's other listings, for the regime's second-listing rule)."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    repeated = is_repeated(facts, decided_on, earlier, regime)
    expires_on = add_months(decided_on, regime.period_months(facts.ground, repeated=repeated))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def check_revoke_listing(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def repair_earliest(facts: ListingFacts, regime: Regime) -> date:
    assert facts.listed_on is not None
    return add_months(facts.listed_on, regime.repair_after_months)


def check_repair_application(facts: ListingFacts, applied_on: date, regime: Regime) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time,
    each dated after every earlier application of the listing."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    if any(r.status is RepairStatus.PENDING for r in facts.repairs):
        raise Refusal("REPAIR_PENDING", "listingId")
    # applications follow one another: one dated on or before an earlier one (rejected or
    # revoked) would let a repair be approved before the earlier one was even filed
    latest = max((r.applied_on for r in facts.repairs), default=None)
    if latest is not None and applied_on <= latest:
        raise Refusal("DATE_NOT_AFTER_EARLIER_APPLICATION", "appliedOn", f"此前申请日期为{latest}")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, regime)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def check_repair_decision(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def check_repair_revocation(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def decide_objection(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


def revoke(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, revoked_on)
    return replace(facts, revoked_on=revoked_on)


def decide_repair(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def revoke_repair(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))
