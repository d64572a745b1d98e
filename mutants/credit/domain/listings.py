"""The listing procedure (列入程序) for the blacklist (严重失信主体名单) and greylist (重点关注名单).

Follows 应急管理部令第11号: grounds (Art. 6–7), 告知 and 陈述申辩 before listing,
a written decision (书面决定), the listing period, credit repair (信用修复) after
12 months and its revocation, and revocation of an erroneous listing. Every
function here is pure: the service layer loads facts, calls these, and stores
what they return. Status is never stored; it is derived from dates (DESIGN §3.1).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import WorkingCalendar, add_months
from credit.domain.errors import Refusal
from credit.domain.records import CreditRecordKind, RecordFacts


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁListingRulesǁperiod_months__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ListingRules:
    """Versioned listing rules (DESIGN §3.4). Defaults: 应急管理部令第11号 and 双公示."""

    version: str = "moem-11-2023"
    blacklist_period_months: int = 36
    greylist_period_months: int = 12
    objection_working_days: int = 5
    publish_working_days: int = 7
    repair_after_months: int = 12
    repeated_accident_window_months: int = 12
    #: how far back records count when looking for listing candidates
    candidate_lookback_months: int = 36

    @_mutmut_mutated(mutants_xǁListingRulesǁperiod_months__mutmut)
    def period_months(self, kind: ListKind) -> int:
        if kind is ListKind.BLACKLIST:
            return self.blacklist_period_months
        return self.greylist_period_months

    def xǁListingRulesǁperiod_months__mutmut_orig(self, kind: ListKind) -> int:
        if kind is ListKind.BLACKLIST:
            return self.blacklist_period_months
        return self.greylist_period_months

    def xǁListingRulesǁperiod_months__mutmut_1(self, kind: ListKind) -> int:
        if kind is not ListKind.BLACKLIST:
            return self.blacklist_period_months
        return self.greylist_period_months

mutants_xǁListingRulesǁperiod_months__mutmut['_mutmut_orig'] = ListingRules.xǁListingRulesǁperiod_months__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingRulesǁperiod_months__mutmut['xǁListingRulesǁperiod_months__mutmut_1'] = ListingRules.xǁListingRulesǁperiod_months__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------- evidence


@_mutmut_mutated(mutants_x_check_evidence__mutmut)
def check_evidence(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_orig(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_1(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id == enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_2(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal(None, "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_3(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", None, str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_4(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", None)
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_5(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_6(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_7(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", )
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_8(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("XXEVIDENCE_OF_OTHER_ENTERPRISEXX", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_9(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("evidence_of_other_enterprise", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_10(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "XXevidenceRecordIdsXX", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_11(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidencerecordids", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_12(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "EVIDENCERECORDIDS", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_13(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(None))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_14(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal(None, "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_15(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", None, str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_16(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", None)
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_17(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_18(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_19(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", )
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_20(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("XXEVIDENCE_SUPERSEDEDXX", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_21(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("evidence_superseded", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_22(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "XXevidenceRecordIdsXX", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_23(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidencerecordids", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_24(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "EVIDENCERECORDIDS", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_25(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(None))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_26(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on >= notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_27(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal(None, "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_28(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", None, str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_29(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", None)
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_30(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_31(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_32(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", )
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_33(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("XXEVIDENCE_AFTER_NOTICEXX", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_34(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("evidence_after_notice", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_35(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "XXevidenceRecordIdsXX", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_36(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidencerecordids", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_37(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "EVIDENCERECORDIDS", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_38(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(None))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_39(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_40(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal(None, "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_41(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", None, "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_42(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", None)
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_43(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_44(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_45(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", )
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_46(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("XXEVIDENCE_INSUFFICIENTXX", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_47(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("evidence_insufficient", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_48(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "XXevidenceRecordIdsXX", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_49(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidencerecordids", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_50(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "EVIDENCERECORDIDS", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_51(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "XX至少需要一条信用记录XX")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_52(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_53(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(None, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_54(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, None, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_55(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, None):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_56(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_57(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_58(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, ):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_59(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST or not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_60(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is not ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_61(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_62(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(None):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_63(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal(None, "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_64(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", None)
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_65(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_66(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", )
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_67(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("XXPENALTY_REQUIREDXX", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_68(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("penalty_required", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_69(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "XXevidenceRecordIdsXX")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_70(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidencerecordids")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_71(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "EVIDENCERECORDIDS")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_72(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal(None, "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_73(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", None, _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_74(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", None)


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_75(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_76(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_77(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", )


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_78(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("XXEVIDENCE_INSUFFICIENTXX", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_79(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("evidence_insufficient", "evidenceRecordIds", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_80(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "XXevidenceRecordIdsXX", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_81(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidencerecordids", _NEEDS[ground])


# --------------------------------------------------------------------- evidence


def x_check_evidence__mutmut_82(
    ground: ListingGround,
    enterprise_id: int,
    evidence: Sequence[RecordFacts],
    notified_on: date,
    rules: ListingRules,
) -> None:
    """Does the evidence support the ground? Raises the first refusal found."""
    for record in evidence:
        if record.enterprise_id != enterprise_id:
            raise Refusal("EVIDENCE_OF_OTHER_ENTERPRISE", "evidenceRecordIds", str(record.id))
        if record.superseded:
            raise Refusal("EVIDENCE_SUPERSEDED", "evidenceRecordIds", str(record.id))
        if record.occurred_on > notified_on:
            raise Refusal("EVIDENCE_AFTER_NOTICE", "evidenceRecordIds", str(record.id))
    if not evidence:
        raise Refusal("EVIDENCE_INSUFFICIENT", "evidenceRecordIds", "至少需要一条信用记录")
    if not ground_is_supported(ground, evidence, rules):
        if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
            raise Refusal("PENALTY_REQUIRED", "evidenceRecordIds")
        raise Refusal("EVIDENCE_INSUFFICIENT", "EVIDENCERECORDIDS", _NEEDS[ground])

mutants_x_check_evidence__mutmut['_mutmut_orig'] = x_check_evidence__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_1'] = x_check_evidence__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_2'] = x_check_evidence__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_3'] = x_check_evidence__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_4'] = x_check_evidence__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_5'] = x_check_evidence__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_6'] = x_check_evidence__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_7'] = x_check_evidence__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_8'] = x_check_evidence__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_9'] = x_check_evidence__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_10'] = x_check_evidence__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_11'] = x_check_evidence__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_12'] = x_check_evidence__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_13'] = x_check_evidence__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_14'] = x_check_evidence__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_15'] = x_check_evidence__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_16'] = x_check_evidence__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_17'] = x_check_evidence__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_18'] = x_check_evidence__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_19'] = x_check_evidence__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_20'] = x_check_evidence__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_21'] = x_check_evidence__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_22'] = x_check_evidence__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_23'] = x_check_evidence__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_24'] = x_check_evidence__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_25'] = x_check_evidence__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_26'] = x_check_evidence__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_27'] = x_check_evidence__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_28'] = x_check_evidence__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_29'] = x_check_evidence__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_30'] = x_check_evidence__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_31'] = x_check_evidence__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_32'] = x_check_evidence__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_33'] = x_check_evidence__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_34'] = x_check_evidence__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_35'] = x_check_evidence__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_36'] = x_check_evidence__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_37'] = x_check_evidence__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_38'] = x_check_evidence__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_39'] = x_check_evidence__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_40'] = x_check_evidence__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_41'] = x_check_evidence__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_42'] = x_check_evidence__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_43'] = x_check_evidence__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_44'] = x_check_evidence__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_45'] = x_check_evidence__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_46'] = x_check_evidence__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_47'] = x_check_evidence__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_48'] = x_check_evidence__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_49'] = x_check_evidence__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_50'] = x_check_evidence__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_51'] = x_check_evidence__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_52'] = x_check_evidence__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_53'] = x_check_evidence__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_54'] = x_check_evidence__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_55'] = x_check_evidence__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_56'] = x_check_evidence__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_57'] = x_check_evidence__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_58'] = x_check_evidence__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_59'] = x_check_evidence__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_60'] = x_check_evidence__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_61'] = x_check_evidence__mutmut_61 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_62'] = x_check_evidence__mutmut_62 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_63'] = x_check_evidence__mutmut_63 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_64'] = x_check_evidence__mutmut_64 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_65'] = x_check_evidence__mutmut_65 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_66'] = x_check_evidence__mutmut_66 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_67'] = x_check_evidence__mutmut_67 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_68'] = x_check_evidence__mutmut_68 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_69'] = x_check_evidence__mutmut_69 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_70'] = x_check_evidence__mutmut_70 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_71'] = x_check_evidence__mutmut_71 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_72'] = x_check_evidence__mutmut_72 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_73'] = x_check_evidence__mutmut_73 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_74'] = x_check_evidence__mutmut_74 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_75'] = x_check_evidence__mutmut_75 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_76'] = x_check_evidence__mutmut_76 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_77'] = x_check_evidence__mutmut_77 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_78'] = x_check_evidence__mutmut_78 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_79'] = x_check_evidence__mutmut_79 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_80'] = x_check_evidence__mutmut_80 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_81'] = x_check_evidence__mutmut_81 # type: ignore # mutmut generated
mutants_x_check_evidence__mutmut['x_check_evidence__mutmut_82'] = x_check_evidence__mutmut_82 # type: ignore # mutmut generated


_NEEDS: dict[ListingGround, str] = {
    ListingGround.MAJOR_ACCIDENT: "需要一起重大或特别重大事故及行政处罚",
    ListingGround.REPEATED_LARGER_ACCIDENTS: "需要12个月内两起较大及以上事故及行政处罚",
    ListingGround.CONCEALED_ACCIDENT: "需要一起瞒报、谎报的事故及行政处罚",
    ListingGround.FATAL_GENERAL_ACCIDENT: "需要一起造成死亡的事故",
}
mutants_x__has_penalty__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__has_penalty__mutmut)
def _has_penalty(evidence: Iterable[RecordFacts]) -> bool:
    return any(r.kind is CreditRecordKind.PENALTY for r in evidence)


def x__has_penalty__mutmut_orig(evidence: Iterable[RecordFacts]) -> bool:
    return any(r.kind is CreditRecordKind.PENALTY for r in evidence)


def x__has_penalty__mutmut_1(evidence: Iterable[RecordFacts]) -> bool:
    return any(None)


def x__has_penalty__mutmut_2(evidence: Iterable[RecordFacts]) -> bool:
    return any(r.kind is not CreditRecordKind.PENALTY for r in evidence)

mutants_x__has_penalty__mutmut['_mutmut_orig'] = x__has_penalty__mutmut_orig # type: ignore # mutmut generated
mutants_x__has_penalty__mutmut['x__has_penalty__mutmut_1'] = x__has_penalty__mutmut_1 # type: ignore # mutmut generated
mutants_x__has_penalty__mutmut['x__has_penalty__mutmut_2'] = x__has_penalty__mutmut_2 # type: ignore # mutmut generated
mutants_x__accidents__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__accidents__mutmut)
def _accidents(evidence: Iterable[RecordFacts]) -> list[RecordFacts]:
    return [r for r in evidence if r.kind is CreditRecordKind.ACCIDENT]


def x__accidents__mutmut_orig(evidence: Iterable[RecordFacts]) -> list[RecordFacts]:
    return [r for r in evidence if r.kind is CreditRecordKind.ACCIDENT]


def x__accidents__mutmut_1(evidence: Iterable[RecordFacts]) -> list[RecordFacts]:
    return [r for r in evidence if r.kind is not CreditRecordKind.ACCIDENT]

mutants_x__accidents__mutmut['_mutmut_orig'] = x__accidents__mutmut_orig # type: ignore # mutmut generated
mutants_x__accidents__mutmut['x__accidents__mutmut_1'] = x__accidents__mutmut_1 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__has_repeated_larger__mutmut)
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


def x__has_repeated_larger__mutmut_orig(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_1(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = None
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_2(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        None,
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_3(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=None,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_4(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_5(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_6(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None or a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_7(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_8(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade > AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_9(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: None,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_10(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        None
    )


def x__has_repeated_larger__mutmut_11(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on < add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_12(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(None, window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_13(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, None)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_14(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(window_months)
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_15(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, )
        for earlier, later in zip(serious, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_16(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(None, serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_17(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, None, strict=False)
    )


def x__has_repeated_larger__mutmut_18(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=None)
    )


def x__has_repeated_larger__mutmut_19(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious[1:], strict=False)
    )


def x__has_repeated_larger__mutmut_20(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, strict=False)
    )


def x__has_repeated_larger__mutmut_21(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], )
    )


def x__has_repeated_larger__mutmut_22(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[2:], strict=False)
    )


def x__has_repeated_larger__mutmut_23(accidents: Sequence[RecordFacts], window_months: int) -> bool:
    serious = sorted(
        (a for a in accidents if a.grade is not None and a.grade >= AccidentGrade.LARGER),
        key=lambda a: a.occurred_on,
    )
    # the later at most 12 months after the earlier: adjacent pairs suffice once sorted
    return any(
        later.occurred_on <= add_months(earlier.occurred_on, window_months)
        for earlier, later in zip(serious, serious[1:], strict=True)
    )

mutants_x__has_repeated_larger__mutmut['_mutmut_orig'] = x__has_repeated_larger__mutmut_orig # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_1'] = x__has_repeated_larger__mutmut_1 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_2'] = x__has_repeated_larger__mutmut_2 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_3'] = x__has_repeated_larger__mutmut_3 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_4'] = x__has_repeated_larger__mutmut_4 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_5'] = x__has_repeated_larger__mutmut_5 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_6'] = x__has_repeated_larger__mutmut_6 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_7'] = x__has_repeated_larger__mutmut_7 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_8'] = x__has_repeated_larger__mutmut_8 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_9'] = x__has_repeated_larger__mutmut_9 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_10'] = x__has_repeated_larger__mutmut_10 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_11'] = x__has_repeated_larger__mutmut_11 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_12'] = x__has_repeated_larger__mutmut_12 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_13'] = x__has_repeated_larger__mutmut_13 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_14'] = x__has_repeated_larger__mutmut_14 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_15'] = x__has_repeated_larger__mutmut_15 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_16'] = x__has_repeated_larger__mutmut_16 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_17'] = x__has_repeated_larger__mutmut_17 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_18'] = x__has_repeated_larger__mutmut_18 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_19'] = x__has_repeated_larger__mutmut_19 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_20'] = x__has_repeated_larger__mutmut_20 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_21'] = x__has_repeated_larger__mutmut_21 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_22'] = x__has_repeated_larger__mutmut_22 # type: ignore # mutmut generated
mutants_x__has_repeated_larger__mutmut['x__has_repeated_larger__mutmut_23'] = x__has_repeated_larger__mutmut_23 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ground_is_supported__mutmut)
def ground_is_supported(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_orig(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_1(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = None
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_2(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(None)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_3(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST or not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_4(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is not ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_5(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_6(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(None):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_7(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return True
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_8(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_9(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_10(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_11(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_12(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(None)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_13(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None or a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_14(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_15(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade > AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_16(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(None, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_17(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, None)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_18(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_19(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, )
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_20(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(None)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_21(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(None)
    return bool(evidence)


def x_ground_is_supported__mutmut_22(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths > 1 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_23(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 2 for a in accidents)
    return bool(evidence)


def x_ground_is_supported__mutmut_24(
    ground: ListingGround, evidence: Sequence[RecordFacts], rules: ListingRules
) -> bool:
    """The evidence table of the contract README, one ground at a time."""
    accidents = _accidents(evidence)
    if ground.list_kind is ListKind.BLACKLIST and not _has_penalty(evidence):
        return False
    match ground:
        case ListingGround.MAJOR_ACCIDENT:
            return any(a.grade is not None and a.grade >= AccidentGrade.MAJOR for a in accidents)
        case ListingGround.REPEATED_LARGER_ACCIDENTS:
            return _has_repeated_larger(accidents, rules.repeated_accident_window_months)
        case ListingGround.CONCEALED_ACCIDENT:
            return any(a.concealed for a in accidents)
        case ListingGround.FATAL_GENERAL_ACCIDENT:
            return any(a.deaths >= 1 for a in accidents)
    return bool(None)

mutants_x_ground_is_supported__mutmut['_mutmut_orig'] = x_ground_is_supported__mutmut_orig # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_1'] = x_ground_is_supported__mutmut_1 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_2'] = x_ground_is_supported__mutmut_2 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_3'] = x_ground_is_supported__mutmut_3 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_4'] = x_ground_is_supported__mutmut_4 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_5'] = x_ground_is_supported__mutmut_5 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_6'] = x_ground_is_supported__mutmut_6 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_7'] = x_ground_is_supported__mutmut_7 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_8'] = x_ground_is_supported__mutmut_8 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_9'] = x_ground_is_supported__mutmut_9 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_10'] = x_ground_is_supported__mutmut_10 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_11'] = x_ground_is_supported__mutmut_11 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_12'] = x_ground_is_supported__mutmut_12 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_13'] = x_ground_is_supported__mutmut_13 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_14'] = x_ground_is_supported__mutmut_14 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_15'] = x_ground_is_supported__mutmut_15 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_16'] = x_ground_is_supported__mutmut_16 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_17'] = x_ground_is_supported__mutmut_17 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_18'] = x_ground_is_supported__mutmut_18 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_19'] = x_ground_is_supported__mutmut_19 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_20'] = x_ground_is_supported__mutmut_20 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_21'] = x_ground_is_supported__mutmut_21 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_22'] = x_ground_is_supported__mutmut_22 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_23'] = x_ground_is_supported__mutmut_23 # type: ignore # mutmut generated
mutants_x_ground_is_supported__mutmut['x_ground_is_supported__mutmut_24'] = x_ground_is_supported__mutmut_24 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_candidate_grounds__mutmut)
def candidate_grounds(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_orig(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_1(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = None
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_2(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(None, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_3(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, None)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_4(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(-rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_5(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, )
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_6(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, +rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_7(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = None
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_8(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of or not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_9(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since < r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_10(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on < as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_11(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, rules)
    ]


def x_candidate_grounds__mutmut_12(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(None, recent, rules)
    ]


def x_candidate_grounds__mutmut_13(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, None, rules)
    ]


def x_candidate_grounds__mutmut_14(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, None)
    ]


def x_candidate_grounds__mutmut_15(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(recent, rules)
    ]


def x_candidate_grounds__mutmut_16(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, rules)
    ]


def x_candidate_grounds__mutmut_17(
    records: Sequence[RecordFacts], as_of: date, rules: ListingRules
) -> list[ListingGround]:
    """Blacklist grounds that an enterprise's recent records meet (listing candidates)."""
    since = add_months(as_of, -rules.candidate_lookback_months)
    recent = [r for r in records if since <= r.occurred_on <= as_of and not r.superseded]
    return [
        ground
        for ground in (
            ListingGround.MAJOR_ACCIDENT,
            ListingGround.REPEATED_LARGER_ACCIDENTS,
            ListingGround.CONCEALED_ACCIDENT,
        )
        if ground_is_supported(ground, recent, )
    ]

mutants_x_candidate_grounds__mutmut['_mutmut_orig'] = x_candidate_grounds__mutmut_orig # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_1'] = x_candidate_grounds__mutmut_1 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_2'] = x_candidate_grounds__mutmut_2 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_3'] = x_candidate_grounds__mutmut_3 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_4'] = x_candidate_grounds__mutmut_4 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_5'] = x_candidate_grounds__mutmut_5 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_6'] = x_candidate_grounds__mutmut_6 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_7'] = x_candidate_grounds__mutmut_7 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_8'] = x_candidate_grounds__mutmut_8 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_9'] = x_candidate_grounds__mutmut_9 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_10'] = x_candidate_grounds__mutmut_10 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_11'] = x_candidate_grounds__mutmut_11 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_12'] = x_candidate_grounds__mutmut_12 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_13'] = x_candidate_grounds__mutmut_13 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_14'] = x_candidate_grounds__mutmut_14 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_15'] = x_candidate_grounds__mutmut_15 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_16'] = x_candidate_grounds__mutmut_16 # type: ignore # mutmut generated
mutants_x_candidate_grounds__mutmut['x_candidate_grounds__mutmut_17'] = x_candidate_grounds__mutmut_17 # type: ignore # mutmut generated


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
mutants_xǁListingFactsǁin_force_on__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingFactsǁrepair__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingFactsǁobjection__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingFactsǁwith_repair__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingFactsǁwith_objection__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁListingFactsǁin_force_on__mutmut)
    def in_force_on(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None and end is not None and self.listed_on <= day < end

    def xǁListingFactsǁin_force_on__mutmut_orig(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None and end is not None and self.listed_on <= day < end

    def xǁListingFactsǁin_force_on__mutmut_1(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = None
        return self.listed_on is not None and end is not None and self.listed_on <= day < end

    def xǁListingFactsǁin_force_on__mutmut_2(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None and end is not None or self.listed_on <= day < end

    def xǁListingFactsǁin_force_on__mutmut_3(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None or end is not None and self.listed_on <= day < end

    def xǁListingFactsǁin_force_on__mutmut_4(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is None and end is not None and self.listed_on <= day < end

    def xǁListingFactsǁin_force_on__mutmut_5(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None and end is None and self.listed_on <= day < end

    def xǁListingFactsǁin_force_on__mutmut_6(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None and end is not None and self.listed_on < day < end

    def xǁListingFactsǁin_force_on__mutmut_7(self, day: date) -> bool:
        """In force (列入有效期内) on days ``listedOn <= day < endsOn``; a revoked listing never was.

        The one definition: credit.store.listing_status says it in SQL from the ``ends_on``
        this class computes, and tests/store/test_in_force_equivalence.py proves the two equal.
        """
        end = self.ends_on
        return self.listed_on is not None and end is not None and self.listed_on <= day <= end

    @_mutmut_mutated(mutants_xǁListingFactsǁrepair__mutmut)
    def repair(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationId", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_orig(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationId", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_1(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id != repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationId", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_2(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal(None, "applicationId", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_3(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", None, str(repair_id))

    def xǁListingFactsǁrepair__mutmut_4(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationId", None)

    def xǁListingFactsǁrepair__mutmut_5(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("applicationId", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_6(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_7(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationId", )

    def xǁListingFactsǁrepair__mutmut_8(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("XXAPPLICATION_NOT_FOUNDXX", "applicationId", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_9(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("application_not_found", "applicationId", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_10(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "XXapplicationIdXX", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_11(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationid", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_12(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "APPLICATIONID", str(repair_id))

    def xǁListingFactsǁrepair__mutmut_13(self, repair_id: int) -> RepairFacts:
        for repair in self.repairs:
            if repair.id == repair_id:
                return repair
        raise Refusal("APPLICATION_NOT_FOUND", "applicationId", str(None))

    @_mutmut_mutated(mutants_xǁListingFactsǁobjection__mutmut)
    def objection(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionId", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_orig(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionId", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_1(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id != objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionId", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_2(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal(None, "objectionId", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_3(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", None, str(objection_id))

    def xǁListingFactsǁobjection__mutmut_4(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionId", None)

    def xǁListingFactsǁobjection__mutmut_5(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("objectionId", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_6(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_7(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionId", )

    def xǁListingFactsǁobjection__mutmut_8(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("XXOBJECTION_NOT_FOUNDXX", "objectionId", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_9(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("objection_not_found", "objectionId", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_10(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "XXobjectionIdXX", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_11(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionid", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_12(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "OBJECTIONID", str(objection_id))

    def xǁListingFactsǁobjection__mutmut_13(self, objection_id: int) -> ObjectionFacts:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise Refusal("OBJECTION_NOT_FOUND", "objectionId", str(None))

    @_mutmut_mutated(mutants_xǁListingFactsǁwith_repair__mutmut)
    def with_repair(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=tuple(changed if r.id == changed.id else r for r in self.repairs))

    def xǁListingFactsǁwith_repair__mutmut_orig(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=tuple(changed if r.id == changed.id else r for r in self.repairs))

    def xǁListingFactsǁwith_repair__mutmut_1(self, changed: RepairFacts) -> ListingFacts:
        return replace(None, repairs=tuple(changed if r.id == changed.id else r for r in self.repairs))

    def xǁListingFactsǁwith_repair__mutmut_2(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=None)

    def xǁListingFactsǁwith_repair__mutmut_3(self, changed: RepairFacts) -> ListingFacts:
        return replace(repairs=tuple(changed if r.id == changed.id else r for r in self.repairs))

    def xǁListingFactsǁwith_repair__mutmut_4(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, )

    def xǁListingFactsǁwith_repair__mutmut_5(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=tuple(None))

    def xǁListingFactsǁwith_repair__mutmut_6(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=tuple(changed if (r.id == changed.id) and False else r for r in self.repairs))

    def xǁListingFactsǁwith_repair__mutmut_7(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=tuple(changed if (r.id == changed.id) or True else r for r in self.repairs))

    def xǁListingFactsǁwith_repair__mutmut_8(self, changed: RepairFacts) -> ListingFacts:
        return replace(self, repairs=tuple(changed if r.id != changed.id else r for r in self.repairs))

    @_mutmut_mutated(mutants_xǁListingFactsǁwith_objection__mutmut)
    def with_objection(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=tuple(changed if o.id == changed.id else o for o in self.objections)
        )

    def xǁListingFactsǁwith_objection__mutmut_orig(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=tuple(changed if o.id == changed.id else o for o in self.objections)
        )

    def xǁListingFactsǁwith_objection__mutmut_1(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            None, objections=tuple(changed if o.id == changed.id else o for o in self.objections)
        )

    def xǁListingFactsǁwith_objection__mutmut_2(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=None
        )

    def xǁListingFactsǁwith_objection__mutmut_3(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            objections=tuple(changed if o.id == changed.id else o for o in self.objections)
        )

    def xǁListingFactsǁwith_objection__mutmut_4(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, )

    def xǁListingFactsǁwith_objection__mutmut_5(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=tuple(None)
        )

    def xǁListingFactsǁwith_objection__mutmut_6(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=tuple(changed if (o.id == changed.id) and False else o for o in self.objections)
        )

    def xǁListingFactsǁwith_objection__mutmut_7(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=tuple(changed if (o.id == changed.id) or True else o for o in self.objections)
        )

    def xǁListingFactsǁwith_objection__mutmut_8(self, changed: ObjectionFacts) -> ListingFacts:
        return replace(
            self, objections=tuple(changed if o.id != changed.id else o for o in self.objections)
        )

mutants_xǁListingFactsǁin_force_on__mutmut['_mutmut_orig'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingFactsǁin_force_on__mutmut['xǁListingFactsǁin_force_on__mutmut_1'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingFactsǁin_force_on__mutmut['xǁListingFactsǁin_force_on__mutmut_2'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingFactsǁin_force_on__mutmut['xǁListingFactsǁin_force_on__mutmut_3'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingFactsǁin_force_on__mutmut['xǁListingFactsǁin_force_on__mutmut_4'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingFactsǁin_force_on__mutmut['xǁListingFactsǁin_force_on__mutmut_5'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingFactsǁin_force_on__mutmut['xǁListingFactsǁin_force_on__mutmut_6'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingFactsǁin_force_on__mutmut['xǁListingFactsǁin_force_on__mutmut_7'] = ListingFacts.xǁListingFactsǁin_force_on__mutmut_7 # type: ignore # mutmut generated

mutants_xǁListingFactsǁrepair__mutmut['_mutmut_orig'] = ListingFacts.xǁListingFactsǁrepair__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_1'] = ListingFacts.xǁListingFactsǁrepair__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_2'] = ListingFacts.xǁListingFactsǁrepair__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_3'] = ListingFacts.xǁListingFactsǁrepair__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_4'] = ListingFacts.xǁListingFactsǁrepair__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_5'] = ListingFacts.xǁListingFactsǁrepair__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_6'] = ListingFacts.xǁListingFactsǁrepair__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_7'] = ListingFacts.xǁListingFactsǁrepair__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_8'] = ListingFacts.xǁListingFactsǁrepair__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_9'] = ListingFacts.xǁListingFactsǁrepair__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_10'] = ListingFacts.xǁListingFactsǁrepair__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_11'] = ListingFacts.xǁListingFactsǁrepair__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_12'] = ListingFacts.xǁListingFactsǁrepair__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingFactsǁrepair__mutmut['xǁListingFactsǁrepair__mutmut_13'] = ListingFacts.xǁListingFactsǁrepair__mutmut_13 # type: ignore # mutmut generated

mutants_xǁListingFactsǁobjection__mutmut['_mutmut_orig'] = ListingFacts.xǁListingFactsǁobjection__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_1'] = ListingFacts.xǁListingFactsǁobjection__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_2'] = ListingFacts.xǁListingFactsǁobjection__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_3'] = ListingFacts.xǁListingFactsǁobjection__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_4'] = ListingFacts.xǁListingFactsǁobjection__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_5'] = ListingFacts.xǁListingFactsǁobjection__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_6'] = ListingFacts.xǁListingFactsǁobjection__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_7'] = ListingFacts.xǁListingFactsǁobjection__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_8'] = ListingFacts.xǁListingFactsǁobjection__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_9'] = ListingFacts.xǁListingFactsǁobjection__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_10'] = ListingFacts.xǁListingFactsǁobjection__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_11'] = ListingFacts.xǁListingFactsǁobjection__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_12'] = ListingFacts.xǁListingFactsǁobjection__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingFactsǁobjection__mutmut['xǁListingFactsǁobjection__mutmut_13'] = ListingFacts.xǁListingFactsǁobjection__mutmut_13 # type: ignore # mutmut generated

mutants_xǁListingFactsǁwith_repair__mutmut['_mutmut_orig'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_1'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_2'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_3'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_4'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_5'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_6'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_7'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_repair__mutmut['xǁListingFactsǁwith_repair__mutmut_8'] = ListingFacts.xǁListingFactsǁwith_repair__mutmut_8 # type: ignore # mutmut generated

mutants_xǁListingFactsǁwith_objection__mutmut['_mutmut_orig'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_1'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_2'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_3'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_4'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_5'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_6'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_7'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingFactsǁwith_objection__mutmut['xǁListingFactsǁwith_objection__mutmut_8'] = ListingFacts.xǁListingFactsǁwith_objection__mutmut_8 # type: ignore # mutmut generated
mutants_x_status_on__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_status_on__mutmut)
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


def x_status_on__mutmut_orig(facts: ListingFacts, day: date) -> ListingStatus:
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


def x_status_on__mutmut_1(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is None:
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


def x_status_on__mutmut_2(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_3(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if (day >= facts.withdrawn_on) and False else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_4(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if (day >= facts.withdrawn_on) or True else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_5(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day > facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_6(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None and day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_7(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None and facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_8(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is not None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_9(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is not None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_10(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day <= facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_11(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = None
    if repaired is not None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_12(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None or day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_13(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is None and day >= repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_14(facts: ListingFacts, day: date) -> ListingStatus:
    """The listing's status as of a China calendar day, from dates alone."""
    if facts.revoked_on is not None:
        return ListingStatus.REVOKED
    if facts.withdrawn_on is not None:
        return ListingStatus.WITHDRAWN if day >= facts.withdrawn_on else ListingStatus.NOTIFIED
    if facts.listed_on is None or facts.expires_on is None or day < facts.listed_on:
        return ListingStatus.NOTIFIED
    repaired = facts.repaired_on
    if repaired is not None and day > repaired:
        return ListingStatus.REPAIRED
    if day >= facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE


def x_status_on__mutmut_15(facts: ListingFacts, day: date) -> ListingStatus:
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
    if day > facts.expires_on:
        return ListingStatus.EXPIRED
    return ListingStatus.ACTIVE

mutants_x_status_on__mutmut['_mutmut_orig'] = x_status_on__mutmut_orig # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_1'] = x_status_on__mutmut_1 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_2'] = x_status_on__mutmut_2 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_3'] = x_status_on__mutmut_3 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_4'] = x_status_on__mutmut_4 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_5'] = x_status_on__mutmut_5 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_6'] = x_status_on__mutmut_6 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_7'] = x_status_on__mutmut_7 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_8'] = x_status_on__mutmut_8 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_9'] = x_status_on__mutmut_9 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_10'] = x_status_on__mutmut_10 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_11'] = x_status_on__mutmut_11 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_12'] = x_status_on__mutmut_12 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_13'] = x_status_on__mutmut_13 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_14'] = x_status_on__mutmut_14 # type: ignore # mutmut generated
mutants_x_status_on__mutmut['x_status_on__mutmut_15'] = x_status_on__mutmut_15 # type: ignore # mutmut generated
mutants_x_objection_deadline__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------- procedure steps


@_mutmut_mutated(mutants_x_objection_deadline__mutmut)
def objection_deadline(notified_on: date, rules: ListingRules, calendar: WorkingCalendar) -> date:
    """Last day to object: the Nth working day after notice, that day not counted."""
    return calendar.add_working_days(notified_on, rules.objection_working_days)


# --------------------------------------------------------------------- procedure steps


def x_objection_deadline__mutmut_orig(notified_on: date, rules: ListingRules, calendar: WorkingCalendar) -> date:
    """Last day to object: the Nth working day after notice, that day not counted."""
    return calendar.add_working_days(notified_on, rules.objection_working_days)


# --------------------------------------------------------------------- procedure steps


def x_objection_deadline__mutmut_1(notified_on: date, rules: ListingRules, calendar: WorkingCalendar) -> date:
    """Last day to object: the Nth working day after notice, that day not counted."""
    return calendar.add_working_days(None, rules.objection_working_days)


# --------------------------------------------------------------------- procedure steps


def x_objection_deadline__mutmut_2(notified_on: date, rules: ListingRules, calendar: WorkingCalendar) -> date:
    """Last day to object: the Nth working day after notice, that day not counted."""
    return calendar.add_working_days(notified_on, None)


# --------------------------------------------------------------------- procedure steps


def x_objection_deadline__mutmut_3(notified_on: date, rules: ListingRules, calendar: WorkingCalendar) -> date:
    """Last day to object: the Nth working day after notice, that day not counted."""
    return calendar.add_working_days(rules.objection_working_days)


# --------------------------------------------------------------------- procedure steps


def x_objection_deadline__mutmut_4(notified_on: date, rules: ListingRules, calendar: WorkingCalendar) -> date:
    """Last day to object: the Nth working day after notice, that day not counted."""
    return calendar.add_working_days(notified_on, )

mutants_x_objection_deadline__mutmut['_mutmut_orig'] = x_objection_deadline__mutmut_orig # type: ignore # mutmut generated
mutants_x_objection_deadline__mutmut['x_objection_deadline__mutmut_1'] = x_objection_deadline__mutmut_1 # type: ignore # mutmut generated
mutants_x_objection_deadline__mutmut['x_objection_deadline__mutmut_2'] = x_objection_deadline__mutmut_2 # type: ignore # mutmut generated
mutants_x_objection_deadline__mutmut['x_objection_deadline__mutmut_3'] = x_objection_deadline__mutmut_3 # type: ignore # mutmut generated
mutants_x_objection_deadline__mutmut['x_objection_deadline__mutmut_4'] = x_objection_deadline__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_ground_matches_kind__mutmut)
def check_ground_matches_kind(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("GROUND_NOT_FOR_LIST", "ground")


def x_check_ground_matches_kind__mutmut_orig(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("GROUND_NOT_FOR_LIST", "ground")


def x_check_ground_matches_kind__mutmut_1(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is kind:
        raise Refusal("GROUND_NOT_FOR_LIST", "ground")


def x_check_ground_matches_kind__mutmut_2(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal(None, "ground")


def x_check_ground_matches_kind__mutmut_3(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("GROUND_NOT_FOR_LIST", None)


def x_check_ground_matches_kind__mutmut_4(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("ground")


def x_check_ground_matches_kind__mutmut_5(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("GROUND_NOT_FOR_LIST", )


def x_check_ground_matches_kind__mutmut_6(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("XXGROUND_NOT_FOR_LISTXX", "ground")


def x_check_ground_matches_kind__mutmut_7(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("ground_not_for_list", "ground")


def x_check_ground_matches_kind__mutmut_8(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("GROUND_NOT_FOR_LIST", "XXgroundXX")


def x_check_ground_matches_kind__mutmut_9(ground: ListingGround, kind: ListKind) -> None:
    if ground.list_kind is not kind:
        raise Refusal("GROUND_NOT_FOR_LIST", "GROUND")

mutants_x_check_ground_matches_kind__mutmut['_mutmut_orig'] = x_check_ground_matches_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_1'] = x_check_ground_matches_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_2'] = x_check_ground_matches_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_3'] = x_check_ground_matches_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_4'] = x_check_ground_matches_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_5'] = x_check_ground_matches_kind__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_6'] = x_check_ground_matches_kind__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_7'] = x_check_ground_matches_kind__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_8'] = x_check_ground_matches_kind__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_ground_matches_kind__mutmut['x_check_ground_matches_kind__mutmut_9'] = x_check_ground_matches_kind__mutmut_9 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__refuse_if_closed__mutmut)
def _refuse_if_closed(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_orig(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_1(facts: ListingFacts) -> None:
    if facts.revoked_on is None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_2(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal(None, "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_3(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", None)
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_4(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_5(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", )
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_6(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("XXLISTING_REVOKEDXX", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_7(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("listing_revoked", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_8(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "XXlistingIdXX")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_9(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingid")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_10(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "LISTINGID")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_11(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")


def x__refuse_if_closed__mutmut_12(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal(None, "listingId")


def x__refuse_if_closed__mutmut_13(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", None)


def x__refuse_if_closed__mutmut_14(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("listingId")


def x__refuse_if_closed__mutmut_15(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", )


def x__refuse_if_closed__mutmut_16(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("XXLISTING_WITHDRAWNXX", "listingId")


def x__refuse_if_closed__mutmut_17(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("listing_withdrawn", "listingId")


def x__refuse_if_closed__mutmut_18(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "XXlistingIdXX")


def x__refuse_if_closed__mutmut_19(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingid")


def x__refuse_if_closed__mutmut_20(facts: ListingFacts) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "LISTINGID")

mutants_x__refuse_if_closed__mutmut['_mutmut_orig'] = x__refuse_if_closed__mutmut_orig # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_1'] = x__refuse_if_closed__mutmut_1 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_2'] = x__refuse_if_closed__mutmut_2 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_3'] = x__refuse_if_closed__mutmut_3 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_4'] = x__refuse_if_closed__mutmut_4 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_5'] = x__refuse_if_closed__mutmut_5 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_6'] = x__refuse_if_closed__mutmut_6 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_7'] = x__refuse_if_closed__mutmut_7 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_8'] = x__refuse_if_closed__mutmut_8 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_9'] = x__refuse_if_closed__mutmut_9 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_10'] = x__refuse_if_closed__mutmut_10 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_11'] = x__refuse_if_closed__mutmut_11 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_12'] = x__refuse_if_closed__mutmut_12 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_13'] = x__refuse_if_closed__mutmut_13 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_14'] = x__refuse_if_closed__mutmut_14 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_15'] = x__refuse_if_closed__mutmut_15 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_16'] = x__refuse_if_closed__mutmut_16 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_17'] = x__refuse_if_closed__mutmut_17 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_18'] = x__refuse_if_closed__mutmut_18 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_19'] = x__refuse_if_closed__mutmut_19 # type: ignore # mutmut generated
mutants_x__refuse_if_closed__mutmut['x__refuse_if_closed__mutmut_20'] = x__refuse_if_closed__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_objection__mutmut)
def check_objection(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_orig(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_1(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(None)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_2(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal(None, "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_3(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", None)
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_4(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_5(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", )
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_6(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("XXALREADY_DECIDEDXX", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_7(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("already_decided", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_8(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "XXlistingIdXX")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_9(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingid")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_10(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "LISTINGID")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_11(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on <= facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_12(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal(None, "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_13(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", None)
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_14(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_15(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", )
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_16(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("XXDATE_BEFORE_NOTICEXX", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_17(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("date_before_notice", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_18(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "XXfiledOnXX")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_19(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedon")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_20(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "FILEDON")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_21(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on >= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedOn")


def x_check_objection__mutmut_22(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal(None, "filedOn")


def x_check_objection__mutmut_23(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", None)


def x_check_objection__mutmut_24(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("filedOn")


def x_check_objection__mutmut_25(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", )


def x_check_objection__mutmut_26(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("XXOBJECTION_WINDOW_CLOSEDXX", "filedOn")


def x_check_objection__mutmut_27(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("objection_window_closed", "filedOn")


def x_check_objection__mutmut_28(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "XXfiledOnXX")


def x_check_objection__mutmut_29(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "filedon")


def x_check_objection__mutmut_30(facts: ListingFacts, filed_on: date) -> None:
    """陈述申辩: only before decision, from notice up to the deadline inclusive."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if filed_on < facts.notified_on:
        raise Refusal("DATE_BEFORE_NOTICE", "filedOn")
    if filed_on > facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_CLOSED", "FILEDON")

mutants_x_check_objection__mutmut['_mutmut_orig'] = x_check_objection__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_1'] = x_check_objection__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_2'] = x_check_objection__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_3'] = x_check_objection__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_4'] = x_check_objection__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_5'] = x_check_objection__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_6'] = x_check_objection__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_7'] = x_check_objection__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_8'] = x_check_objection__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_9'] = x_check_objection__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_10'] = x_check_objection__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_11'] = x_check_objection__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_12'] = x_check_objection__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_13'] = x_check_objection__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_14'] = x_check_objection__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_15'] = x_check_objection__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_16'] = x_check_objection__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_17'] = x_check_objection__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_18'] = x_check_objection__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_19'] = x_check_objection__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_20'] = x_check_objection__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_21'] = x_check_objection__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_22'] = x_check_objection__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_23'] = x_check_objection__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_24'] = x_check_objection__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_25'] = x_check_objection__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_26'] = x_check_objection__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_27'] = x_check_objection__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_28'] = x_check_objection__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_29'] = x_check_objection__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_objection__mutmut['x_check_objection__mutmut_30'] = x_check_objection__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_objection_decision__mutmut)
def check_objection_decision(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_orig(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_1(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(None)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_2(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_3(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal(None, "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_4(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", None)
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_5(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_6(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", )
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_7(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("XXOBJECTION_ALREADY_DECIDEDXX", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_8(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("objection_already_decided", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_9(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "XXobjectionIdXX")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_10(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionid")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_11(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "OBJECTIONID")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_12(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on <= objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedOn")


def x_check_objection_decision__mutmut_13(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal(None, "decidedOn")


def x_check_objection_decision__mutmut_14(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", None)


def x_check_objection_decision__mutmut_15(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("decidedOn")


def x_check_objection_decision__mutmut_16(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", )


def x_check_objection_decision__mutmut_17(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("XXDATE_BEFORE_OBJECTIONXX", "decidedOn")


def x_check_objection_decision__mutmut_18(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("date_before_objection", "decidedOn")


def x_check_objection_decision__mutmut_19(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "XXdecidedOnXX")


def x_check_objection_decision__mutmut_20(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "decidedon")


def x_check_objection_decision__mutmut_21(
    facts: ListingFacts, objection: ObjectionFacts, decided_on: date
) -> None:
    _refuse_if_closed(facts)
    if objection.upheld is not None:
        raise Refusal("OBJECTION_ALREADY_DECIDED", "objectionId")
    if decided_on < objection.filed_on:
        raise Refusal("DATE_BEFORE_OBJECTION", "DECIDEDON")

mutants_x_check_objection_decision__mutmut['_mutmut_orig'] = x_check_objection_decision__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_1'] = x_check_objection_decision__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_2'] = x_check_objection_decision__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_3'] = x_check_objection_decision__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_4'] = x_check_objection_decision__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_5'] = x_check_objection_decision__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_6'] = x_check_objection_decision__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_7'] = x_check_objection_decision__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_8'] = x_check_objection_decision__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_9'] = x_check_objection_decision__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_10'] = x_check_objection_decision__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_11'] = x_check_objection_decision__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_12'] = x_check_objection_decision__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_13'] = x_check_objection_decision__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_14'] = x_check_objection_decision__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_15'] = x_check_objection_decision__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_16'] = x_check_objection_decision__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_17'] = x_check_objection_decision__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_18'] = x_check_objection_decision__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_19'] = x_check_objection_decision__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_20'] = x_check_objection_decision__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_objection_decision__mutmut['x_check_objection_decision__mutmut_21'] = x_check_objection_decision__mutmut_21 # type: ignore # mutmut generated
mutants_x_decide__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decide__mutmut)
def decide(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_orig(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_1(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(None)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_2(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal(None, "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_3(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", None)
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_4(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_5(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", )
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_6(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("XXALREADY_DECIDEDXX", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_7(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("already_decided", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_8(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "XXlistingIdXX")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_9(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingid")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_10(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "LISTINGID")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_11(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on < facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_12(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal(None, "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_13(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", None, f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_14(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", None)
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_15(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_16(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_17(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", )
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_18(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("XXOBJECTION_WINDOW_OPENXX", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_19(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("objection_window_open", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_20(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "XXdecidedOnXX", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_21(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedon", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_22(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "DECIDEDON", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_23(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(None):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_24(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None and (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_25(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is not None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_26(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None or o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_27(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_28(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on >= decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_29(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal(None, "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_30(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", None)
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_31(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_32(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", )
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_33(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("XXOBJECTION_PENDINGXX", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_34(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("objection_pending", "listingId")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_35(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "XXlistingIdXX")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_36(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "listingid")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_37(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("ALREADY_DECIDED", "listingId")
    if decided_on <= facts.objection_deadline:
        raise Refusal("OBJECTION_WINDOW_OPEN", "decidedOn", f"期限至{facts.objection_deadline}")
    # judged by the dates given, not by what is on file today: an objection decided after
    # decided_on was still open on that day
    if any(o.upheld is None or (o.decided_on is not None and o.decided_on > decided_on)
           for o in facts.objections):
        raise Refusal("OBJECTION_PENDING", "LISTINGID")
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_38(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = None
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_39(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(None, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_40(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, None)
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_41(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_42(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, )
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_43(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(None))
    return replace(facts, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_44(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(None, listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_45(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=None, expires_on=expires_on)


def x_decide__mutmut_46(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, expires_on=None)


def x_decide__mutmut_47(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(listed_on=decided_on, expires_on=expires_on)


def x_decide__mutmut_48(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, expires_on=expires_on)


def x_decide__mutmut_49(facts: ListingFacts, decided_on: date, rules: ListingRules) -> ListingFacts:
    """书面决定: the listing is in force from ``decided_on`` for its list kind's period."""
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
    expires_on = add_months(decided_on, rules.period_months(facts.list_kind))
    return replace(facts, listed_on=decided_on, )

mutants_x_decide__mutmut['_mutmut_orig'] = x_decide__mutmut_orig # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_1'] = x_decide__mutmut_1 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_2'] = x_decide__mutmut_2 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_3'] = x_decide__mutmut_3 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_4'] = x_decide__mutmut_4 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_5'] = x_decide__mutmut_5 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_6'] = x_decide__mutmut_6 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_7'] = x_decide__mutmut_7 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_8'] = x_decide__mutmut_8 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_9'] = x_decide__mutmut_9 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_10'] = x_decide__mutmut_10 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_11'] = x_decide__mutmut_11 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_12'] = x_decide__mutmut_12 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_13'] = x_decide__mutmut_13 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_14'] = x_decide__mutmut_14 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_15'] = x_decide__mutmut_15 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_16'] = x_decide__mutmut_16 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_17'] = x_decide__mutmut_17 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_18'] = x_decide__mutmut_18 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_19'] = x_decide__mutmut_19 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_20'] = x_decide__mutmut_20 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_21'] = x_decide__mutmut_21 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_22'] = x_decide__mutmut_22 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_23'] = x_decide__mutmut_23 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_24'] = x_decide__mutmut_24 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_25'] = x_decide__mutmut_25 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_26'] = x_decide__mutmut_26 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_27'] = x_decide__mutmut_27 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_28'] = x_decide__mutmut_28 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_29'] = x_decide__mutmut_29 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_30'] = x_decide__mutmut_30 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_31'] = x_decide__mutmut_31 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_32'] = x_decide__mutmut_32 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_33'] = x_decide__mutmut_33 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_34'] = x_decide__mutmut_34 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_35'] = x_decide__mutmut_35 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_36'] = x_decide__mutmut_36 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_37'] = x_decide__mutmut_37 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_38'] = x_decide__mutmut_38 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_39'] = x_decide__mutmut_39 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_40'] = x_decide__mutmut_40 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_41'] = x_decide__mutmut_41 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_42'] = x_decide__mutmut_42 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_43'] = x_decide__mutmut_43 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_44'] = x_decide__mutmut_44 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_45'] = x_decide__mutmut_45 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_46'] = x_decide__mutmut_46 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_47'] = x_decide__mutmut_47 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_48'] = x_decide__mutmut_48 # type: ignore # mutmut generated
mutants_x_decide__mutmut['x_decide__mutmut_49'] = x_decide__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_revoke_listing__mutmut)
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


def x_check_revoke_listing__mutmut_orig(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_1(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_2(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal(None, "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_3(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", None)
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_4(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_5(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", )
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_6(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("XXALREADY_REVOKEDXX", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_7(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("already_revoked", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_8(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "XXlistingIdXX")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_9(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingid")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_10(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "LISTINGID")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_11(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_12(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal(None, "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_13(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", None)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_14(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_15(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", )
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_16(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("XXLISTING_WITHDRAWNXX", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_17(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("listing_withdrawn", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_18(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "XXlistingIdXX")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_19(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingid")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_20(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "LISTINGID")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_21(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_22(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal(None, "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_23(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", None)
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_24(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_25(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", )
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_26(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("XXLISTING_NOT_DECIDEDXX", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_27(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("listing_not_decided", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_28(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "XXlistingIdXX")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_29(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingid")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_30(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "LISTINGID")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_31(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_32(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on <= facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_revoke_listing__mutmut_33(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal(None, "revokedOn")


def x_check_revoke_listing__mutmut_34(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", None)


def x_check_revoke_listing__mutmut_35(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("revokedOn")


def x_check_revoke_listing__mutmut_36(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", )


def x_check_revoke_listing__mutmut_37(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("XXDATE_BEFORE_DECISIONXX", "revokedOn")


def x_check_revoke_listing__mutmut_38(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("date_before_decision", "revokedOn")


def x_check_revoke_listing__mutmut_39(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "XXrevokedOnXX")


def x_check_revoke_listing__mutmut_40(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedon")


def x_check_revoke_listing__mutmut_41(facts: ListingFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("ALREADY_REVOKED", "listingId")
    if facts.withdrawn_on is not None:
        raise Refusal("LISTING_WITHDRAWN", "listingId")
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    assert facts.listed_on is not None
    if revoked_on < facts.listed_on:
        raise Refusal("DATE_BEFORE_DECISION", "REVOKEDON")

mutants_x_check_revoke_listing__mutmut['_mutmut_orig'] = x_check_revoke_listing__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_1'] = x_check_revoke_listing__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_2'] = x_check_revoke_listing__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_3'] = x_check_revoke_listing__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_4'] = x_check_revoke_listing__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_5'] = x_check_revoke_listing__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_6'] = x_check_revoke_listing__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_7'] = x_check_revoke_listing__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_8'] = x_check_revoke_listing__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_9'] = x_check_revoke_listing__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_10'] = x_check_revoke_listing__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_11'] = x_check_revoke_listing__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_12'] = x_check_revoke_listing__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_13'] = x_check_revoke_listing__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_14'] = x_check_revoke_listing__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_15'] = x_check_revoke_listing__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_16'] = x_check_revoke_listing__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_17'] = x_check_revoke_listing__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_18'] = x_check_revoke_listing__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_19'] = x_check_revoke_listing__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_20'] = x_check_revoke_listing__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_21'] = x_check_revoke_listing__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_22'] = x_check_revoke_listing__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_23'] = x_check_revoke_listing__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_24'] = x_check_revoke_listing__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_25'] = x_check_revoke_listing__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_26'] = x_check_revoke_listing__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_27'] = x_check_revoke_listing__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_28'] = x_check_revoke_listing__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_29'] = x_check_revoke_listing__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_30'] = x_check_revoke_listing__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_31'] = x_check_revoke_listing__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_32'] = x_check_revoke_listing__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_33'] = x_check_revoke_listing__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_34'] = x_check_revoke_listing__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_35'] = x_check_revoke_listing__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_36'] = x_check_revoke_listing__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_37'] = x_check_revoke_listing__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_38'] = x_check_revoke_listing__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_39'] = x_check_revoke_listing__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_40'] = x_check_revoke_listing__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_revoke_listing__mutmut['x_check_revoke_listing__mutmut_41'] = x_check_revoke_listing__mutmut_41 # type: ignore # mutmut generated
mutants_x_repair_earliest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_repair_earliest__mutmut)
def repair_earliest(facts: ListingFacts, rules: ListingRules) -> date:
    assert facts.listed_on is not None
    return add_months(facts.listed_on, rules.repair_after_months)


def x_repair_earliest__mutmut_orig(facts: ListingFacts, rules: ListingRules) -> date:
    assert facts.listed_on is not None
    return add_months(facts.listed_on, rules.repair_after_months)


def x_repair_earliest__mutmut_1(facts: ListingFacts, rules: ListingRules) -> date:
    assert facts.listed_on is None
    return add_months(facts.listed_on, rules.repair_after_months)


def x_repair_earliest__mutmut_2(facts: ListingFacts, rules: ListingRules) -> date:
    assert facts.listed_on is not None
    return add_months(None, rules.repair_after_months)


def x_repair_earliest__mutmut_3(facts: ListingFacts, rules: ListingRules) -> date:
    assert facts.listed_on is not None
    return add_months(facts.listed_on, None)


def x_repair_earliest__mutmut_4(facts: ListingFacts, rules: ListingRules) -> date:
    assert facts.listed_on is not None
    return add_months(rules.repair_after_months)


def x_repair_earliest__mutmut_5(facts: ListingFacts, rules: ListingRules) -> date:
    assert facts.listed_on is not None
    return add_months(facts.listed_on, )

mutants_x_repair_earliest__mutmut['_mutmut_orig'] = x_repair_earliest__mutmut_orig # type: ignore # mutmut generated
mutants_x_repair_earliest__mutmut['x_repair_earliest__mutmut_1'] = x_repair_earliest__mutmut_1 # type: ignore # mutmut generated
mutants_x_repair_earliest__mutmut['x_repair_earliest__mutmut_2'] = x_repair_earliest__mutmut_2 # type: ignore # mutmut generated
mutants_x_repair_earliest__mutmut['x_repair_earliest__mutmut_3'] = x_repair_earliest__mutmut_3 # type: ignore # mutmut generated
mutants_x_repair_earliest__mutmut['x_repair_earliest__mutmut_4'] = x_repair_earliest__mutmut_4 # type: ignore # mutmut generated
mutants_x_repair_earliest__mutmut['x_repair_earliest__mutmut_5'] = x_repair_earliest__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_repair_application__mutmut)
def check_repair_application(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_orig(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_1(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_2(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal(None, "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_3(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", None)
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_4(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_5(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", )
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_6(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("XXREPAIR_NOT_APPLICABLEXX", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_7(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("repair_not_applicable", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_8(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "XXlistingIdXX")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_9(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingid")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_10(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "LISTINGID")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_11(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(None)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_12(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_13(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal(None, "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_14(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", None)
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_15(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_16(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", )
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_17(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("XXLISTING_NOT_DECIDEDXX", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_18(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("listing_not_decided", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_19(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "XXlistingIdXX")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_20(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingid")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_21(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "LISTINGID")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_22(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_23(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal(None, "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_24(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", None)
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_25(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_26(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", )
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_27(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("XXALREADY_REPAIREDXX", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_28(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("already_repaired", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_29(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "XXlistingIdXX")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_30(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingid")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_31(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "LISTINGID")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_32(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) and any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_33(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(None) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_34(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is not RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_35(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        None
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_36(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None or r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_37(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_38(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on < applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_39(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on <= r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_40(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal(None, "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_41(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", None)
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_42(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_43(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", )
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_44(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("XXREPAIR_PENDINGXX", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_45(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("repair_pending", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_46(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "XXlistingIdXX")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_47(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingid")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_48(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "LISTINGID")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_49(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = None
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_50(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(None, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_51(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, None)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_52(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_53(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, )
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_54(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on <= earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_55(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal(None, "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_56(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", None, f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_57(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", None)
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_58(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_59(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_60(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", )
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_61(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("XXREPAIR_TOO_EARLYXX", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_62(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("repair_too_early", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_63(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "XXappliedOnXX", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_64(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedon", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_65(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "APPLIEDON", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_66(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_67(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(None):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedOn")


def x_check_repair_application__mutmut_68(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal(None, "appliedOn")


def x_check_repair_application__mutmut_69(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", None)


def x_check_repair_application__mutmut_70(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("appliedOn")


def x_check_repair_application__mutmut_71(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", )


def x_check_repair_application__mutmut_72(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("XXLISTING_NOT_IN_FORCEXX", "appliedOn")


def x_check_repair_application__mutmut_73(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("listing_not_in_force", "appliedOn")


def x_check_repair_application__mutmut_74(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "XXappliedOnXX")


def x_check_repair_application__mutmut_75(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "appliedon")


def x_check_repair_application__mutmut_76(facts: ListingFacts, applied_on: date, rules: ListingRules) -> None:
    """信用修复申请: blacklist only, from listedOn + 12 months, while in force, one at a time."""
    if facts.list_kind is not ListKind.BLACKLIST:
        raise Refusal("REPAIR_NOT_APPLICABLE", "listingId")
    _refuse_if_closed(facts)
    if not facts.decided:
        raise Refusal("LISTING_NOT_DECIDED", "listingId")
    # an application dated before an approved repair would otherwise pass the in-force test
    # and a second approval would end the listing twice
    if facts.repaired_on is not None:
        raise Refusal("ALREADY_REPAIRED", "listingId")
    # one pending at a time, also by the dates given: an application entered after the fact
    # may not fall while an earlier one was still undecided
    if any(r.status is RepairStatus.PENDING for r in facts.repairs) or any(
        r.decided_on is not None and r.applied_on <= applied_on < r.decided_on for r in facts.repairs
    ):
        raise Refusal("REPAIR_PENDING", "listingId")
    earliest = repair_earliest(facts, rules)
    if applied_on < earliest:
        raise Refusal("REPAIR_TOO_EARLY", "appliedOn", f"最早可于{earliest}申请")
    if not facts.in_force_on(applied_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "APPLIEDON")

mutants_x_check_repair_application__mutmut['_mutmut_orig'] = x_check_repair_application__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_1'] = x_check_repair_application__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_2'] = x_check_repair_application__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_3'] = x_check_repair_application__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_4'] = x_check_repair_application__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_5'] = x_check_repair_application__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_6'] = x_check_repair_application__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_7'] = x_check_repair_application__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_8'] = x_check_repair_application__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_9'] = x_check_repair_application__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_10'] = x_check_repair_application__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_11'] = x_check_repair_application__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_12'] = x_check_repair_application__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_13'] = x_check_repair_application__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_14'] = x_check_repair_application__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_15'] = x_check_repair_application__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_16'] = x_check_repair_application__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_17'] = x_check_repair_application__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_18'] = x_check_repair_application__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_19'] = x_check_repair_application__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_20'] = x_check_repair_application__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_21'] = x_check_repair_application__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_22'] = x_check_repair_application__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_23'] = x_check_repair_application__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_24'] = x_check_repair_application__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_25'] = x_check_repair_application__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_26'] = x_check_repair_application__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_27'] = x_check_repair_application__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_28'] = x_check_repair_application__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_29'] = x_check_repair_application__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_30'] = x_check_repair_application__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_31'] = x_check_repair_application__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_32'] = x_check_repair_application__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_33'] = x_check_repair_application__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_34'] = x_check_repair_application__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_35'] = x_check_repair_application__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_36'] = x_check_repair_application__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_37'] = x_check_repair_application__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_38'] = x_check_repair_application__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_39'] = x_check_repair_application__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_40'] = x_check_repair_application__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_41'] = x_check_repair_application__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_42'] = x_check_repair_application__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_43'] = x_check_repair_application__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_44'] = x_check_repair_application__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_45'] = x_check_repair_application__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_46'] = x_check_repair_application__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_47'] = x_check_repair_application__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_48'] = x_check_repair_application__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_49'] = x_check_repair_application__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_50'] = x_check_repair_application__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_51'] = x_check_repair_application__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_52'] = x_check_repair_application__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_53'] = x_check_repair_application__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_54'] = x_check_repair_application__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_55'] = x_check_repair_application__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_56'] = x_check_repair_application__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_57'] = x_check_repair_application__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_58'] = x_check_repair_application__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_59'] = x_check_repair_application__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_60'] = x_check_repair_application__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_61'] = x_check_repair_application__mutmut_61 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_62'] = x_check_repair_application__mutmut_62 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_63'] = x_check_repair_application__mutmut_63 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_64'] = x_check_repair_application__mutmut_64 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_65'] = x_check_repair_application__mutmut_65 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_66'] = x_check_repair_application__mutmut_66 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_67'] = x_check_repair_application__mutmut_67 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_68'] = x_check_repair_application__mutmut_68 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_69'] = x_check_repair_application__mutmut_69 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_70'] = x_check_repair_application__mutmut_70 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_71'] = x_check_repair_application__mutmut_71 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_72'] = x_check_repair_application__mutmut_72 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_73'] = x_check_repair_application__mutmut_73 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_74'] = x_check_repair_application__mutmut_74 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_75'] = x_check_repair_application__mutmut_75 # type: ignore # mutmut generated
mutants_x_check_repair_application__mutmut['x_check_repair_application__mutmut_76'] = x_check_repair_application__mutmut_76 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_repair_decision__mutmut)
def check_repair_decision(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_orig(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_1(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(None)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_2(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_3(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal(None, "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_4(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", None)
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_5(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_6(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", )
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_7(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("XXALREADY_DECIDEDXX", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_8(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("already_decided", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_9(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "XXapplicationIdXX")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_10(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationid")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_11(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "APPLICATIONID")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_12(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on <= repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_13(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal(None, "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_14(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", None)
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_15(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_16(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", )
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_17(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("XXDATE_BEFORE_APPLICATIONXX", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_18(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("date_before_application", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_19(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "XXdecidedOnXX")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_20(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedon")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_21(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "DECIDEDON")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_22(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_23(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(None):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedOn")


def x_check_repair_decision__mutmut_24(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal(None, "decidedOn")


def x_check_repair_decision__mutmut_25(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", None)


def x_check_repair_decision__mutmut_26(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("decidedOn")


def x_check_repair_decision__mutmut_27(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", )


def x_check_repair_decision__mutmut_28(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("XXLISTING_NOT_IN_FORCEXX", "decidedOn")


def x_check_repair_decision__mutmut_29(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("listing_not_in_force", "decidedOn")


def x_check_repair_decision__mutmut_30(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "XXdecidedOnXX")


def x_check_repair_decision__mutmut_31(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "decidedon")


def x_check_repair_decision__mutmut_32(facts: ListingFacts, repair: RepairFacts, decided_on: date) -> None:
    _refuse_if_closed(facts)
    if repair.status is not RepairStatus.PENDING:
        raise Refusal("ALREADY_DECIDED", "applicationId")
    if decided_on < repair.applied_on:
        raise Refusal("DATE_BEFORE_APPLICATION", "decidedOn")
    if not facts.in_force_on(decided_on):
        raise Refusal("LISTING_NOT_IN_FORCE", "DECIDEDON")

mutants_x_check_repair_decision__mutmut['_mutmut_orig'] = x_check_repair_decision__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_1'] = x_check_repair_decision__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_2'] = x_check_repair_decision__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_3'] = x_check_repair_decision__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_4'] = x_check_repair_decision__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_5'] = x_check_repair_decision__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_6'] = x_check_repair_decision__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_7'] = x_check_repair_decision__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_8'] = x_check_repair_decision__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_9'] = x_check_repair_decision__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_10'] = x_check_repair_decision__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_11'] = x_check_repair_decision__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_12'] = x_check_repair_decision__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_13'] = x_check_repair_decision__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_14'] = x_check_repair_decision__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_15'] = x_check_repair_decision__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_16'] = x_check_repair_decision__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_17'] = x_check_repair_decision__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_18'] = x_check_repair_decision__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_19'] = x_check_repair_decision__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_20'] = x_check_repair_decision__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_21'] = x_check_repair_decision__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_22'] = x_check_repair_decision__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_23'] = x_check_repair_decision__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_24'] = x_check_repair_decision__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_25'] = x_check_repair_decision__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_26'] = x_check_repair_decision__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_27'] = x_check_repair_decision__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_28'] = x_check_repair_decision__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_29'] = x_check_repair_decision__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_30'] = x_check_repair_decision__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_31'] = x_check_repair_decision__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_repair_decision__mutmut['x_check_repair_decision__mutmut_32'] = x_check_repair_decision__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_repair_revocation__mutmut)
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


def x_check_repair_revocation__mutmut_orig(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_1(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_2(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal(None, "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_3(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", None)
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_4(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_5(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", )
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_6(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("XXLISTING_REVOKEDXX", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_7(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("listing_revoked", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_8(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "XXapplicationIdXX")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_9(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationid")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_10(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "APPLICATIONID")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_11(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is not RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_12(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal(None, "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_13(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", None)
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_14(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_15(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", )
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_16(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("XXALREADY_REVOKEDXX", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_17(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("already_revoked", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_18(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "XXapplicationIdXX")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_19(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationid")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_20(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "APPLICATIONID")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_21(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_22(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal(None, "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_23(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", None)
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_24(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_25(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", )
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_26(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("XXREPAIR_NOT_APPROVEDXX", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_27(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("repair_not_approved", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_28(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "XXapplicationIdXX")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_29(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationid")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_30(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "APPLICATIONID")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_31(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_32(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on <= repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedOn")


def x_check_repair_revocation__mutmut_33(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal(None, "revokedOn")


def x_check_repair_revocation__mutmut_34(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", None)


def x_check_repair_revocation__mutmut_35(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("revokedOn")


def x_check_repair_revocation__mutmut_36(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", )


def x_check_repair_revocation__mutmut_37(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("XXDATE_BEFORE_DECISIONXX", "revokedOn")


def x_check_repair_revocation__mutmut_38(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("date_before_decision", "revokedOn")


def x_check_repair_revocation__mutmut_39(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "XXrevokedOnXX")


def x_check_repair_revocation__mutmut_40(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "revokedon")


def x_check_repair_revocation__mutmut_41(facts: ListingFacts, repair: RepairFacts, revoked_on: date) -> None:
    if facts.revoked_on is not None:
        raise Refusal("LISTING_REVOKED", "applicationId")
    if repair.status is RepairStatus.REVOKED:
        raise Refusal("ALREADY_REVOKED", "applicationId")
    if repair.status is not RepairStatus.APPROVED:
        raise Refusal("REPAIR_NOT_APPROVED", "applicationId")
    assert repair.decided_on is not None
    if revoked_on < repair.decided_on:
        raise Refusal("DATE_BEFORE_DECISION", "REVOKEDON")

mutants_x_check_repair_revocation__mutmut['_mutmut_orig'] = x_check_repair_revocation__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_1'] = x_check_repair_revocation__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_2'] = x_check_repair_revocation__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_3'] = x_check_repair_revocation__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_4'] = x_check_repair_revocation__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_5'] = x_check_repair_revocation__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_6'] = x_check_repair_revocation__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_7'] = x_check_repair_revocation__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_8'] = x_check_repair_revocation__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_9'] = x_check_repair_revocation__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_10'] = x_check_repair_revocation__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_11'] = x_check_repair_revocation__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_12'] = x_check_repair_revocation__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_13'] = x_check_repair_revocation__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_14'] = x_check_repair_revocation__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_15'] = x_check_repair_revocation__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_16'] = x_check_repair_revocation__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_17'] = x_check_repair_revocation__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_18'] = x_check_repair_revocation__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_19'] = x_check_repair_revocation__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_20'] = x_check_repair_revocation__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_21'] = x_check_repair_revocation__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_22'] = x_check_repair_revocation__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_23'] = x_check_repair_revocation__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_24'] = x_check_repair_revocation__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_25'] = x_check_repair_revocation__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_26'] = x_check_repair_revocation__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_27'] = x_check_repair_revocation__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_28'] = x_check_repair_revocation__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_29'] = x_check_repair_revocation__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_30'] = x_check_repair_revocation__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_31'] = x_check_repair_revocation__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_32'] = x_check_repair_revocation__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_33'] = x_check_repair_revocation__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_34'] = x_check_repair_revocation__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_35'] = x_check_repair_revocation__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_36'] = x_check_repair_revocation__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_37'] = x_check_repair_revocation__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_38'] = x_check_repair_revocation__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_39'] = x_check_repair_revocation__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_40'] = x_check_repair_revocation__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_repair_revocation__mutmut['x_check_repair_revocation__mutmut_41'] = x_check_repair_revocation__mutmut_41 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


@_mutmut_mutated(mutants_x_decide_objection__mutmut)
def decide_objection(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_orig(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_1(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = None
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_2(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(None)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_3(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(None, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_4(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, None, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_5(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, None)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_6(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_7(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_8(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, )
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_9(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = None
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_10(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(None)
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_11(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(None, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_12(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=None, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_13(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=None))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_14(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_15(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_16(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, ))
    return replace(decided, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_17(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if (upheld) and False else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_18(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=decided_on) if (upheld) or True else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_19(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(None, withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_20(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, withdrawn_on=None) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_21(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(withdrawn_on=decided_on) if upheld else decided


# --------------------------------------------------------------------- steps that change a listing
# Each returns the listing's new facts; the service stores them with one writer
# (credit.store.listings.write_listing), which derives ``ends_on`` from them.


def x_decide_objection__mutmut_22(
    facts: ListingFacts, objection_id: int, upheld: bool, decided_on: date
) -> ListingFacts:
    """An upheld objection withdraws the proposal (撤回) on its decision date; a dismissed one lets it go on."""
    objection = facts.objection(objection_id)
    check_objection_decision(facts, objection, decided_on)
    decided = facts.with_objection(replace(objection, upheld=upheld, decided_on=decided_on))
    return replace(decided, ) if upheld else decided

mutants_x_decide_objection__mutmut['_mutmut_orig'] = x_decide_objection__mutmut_orig # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_1'] = x_decide_objection__mutmut_1 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_2'] = x_decide_objection__mutmut_2 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_3'] = x_decide_objection__mutmut_3 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_4'] = x_decide_objection__mutmut_4 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_5'] = x_decide_objection__mutmut_5 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_6'] = x_decide_objection__mutmut_6 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_7'] = x_decide_objection__mutmut_7 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_8'] = x_decide_objection__mutmut_8 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_9'] = x_decide_objection__mutmut_9 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_10'] = x_decide_objection__mutmut_10 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_11'] = x_decide_objection__mutmut_11 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_12'] = x_decide_objection__mutmut_12 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_13'] = x_decide_objection__mutmut_13 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_14'] = x_decide_objection__mutmut_14 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_15'] = x_decide_objection__mutmut_15 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_16'] = x_decide_objection__mutmut_16 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_17'] = x_decide_objection__mutmut_17 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_18'] = x_decide_objection__mutmut_18 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_19'] = x_decide_objection__mutmut_19 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_20'] = x_decide_objection__mutmut_20 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_21'] = x_decide_objection__mutmut_21 # type: ignore # mutmut generated
mutants_x_decide_objection__mutmut['x_decide_objection__mutmut_22'] = x_decide_objection__mutmut_22 # type: ignore # mutmut generated
mutants_x_revoke__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_revoke__mutmut)
def revoke(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, revoked_on)
    return replace(facts, revoked_on=revoked_on)


def x_revoke__mutmut_orig(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, revoked_on)
    return replace(facts, revoked_on=revoked_on)


def x_revoke__mutmut_1(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(None, revoked_on)
    return replace(facts, revoked_on=revoked_on)


def x_revoke__mutmut_2(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, None)
    return replace(facts, revoked_on=revoked_on)


def x_revoke__mutmut_3(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(revoked_on)
    return replace(facts, revoked_on=revoked_on)


def x_revoke__mutmut_4(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, )
    return replace(facts, revoked_on=revoked_on)


def x_revoke__mutmut_5(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, revoked_on)
    return replace(None, revoked_on=revoked_on)


def x_revoke__mutmut_6(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, revoked_on)
    return replace(facts, revoked_on=None)


def x_revoke__mutmut_7(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, revoked_on)
    return replace(revoked_on=revoked_on)


def x_revoke__mutmut_8(facts: ListingFacts, revoked_on: date) -> ListingFacts:
    """撤销错误列入: voids the listing from its start."""
    check_revoke_listing(facts, revoked_on)
    return replace(facts, )

mutants_x_revoke__mutmut['_mutmut_orig'] = x_revoke__mutmut_orig # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_1'] = x_revoke__mutmut_1 # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_2'] = x_revoke__mutmut_2 # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_3'] = x_revoke__mutmut_3 # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_4'] = x_revoke__mutmut_4 # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_5'] = x_revoke__mutmut_5 # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_6'] = x_revoke__mutmut_6 # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_7'] = x_revoke__mutmut_7 # type: ignore # mutmut generated
mutants_x_revoke__mutmut['x_revoke__mutmut_8'] = x_revoke__mutmut_8 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decide_repair__mutmut)
def decide_repair(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_orig(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_1(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = None
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_2(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(None)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_3(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(None, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_4(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, None, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_5(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, None)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_6(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_7(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_8(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, )
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_9(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = None
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_10(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if (approved) and False else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_11(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if (approved) or True else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_12(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(None)


def x_decide_repair__mutmut_13(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(None, status=status, decided_on=decided_on))


def x_decide_repair__mutmut_14(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=None, decided_on=decided_on))


def x_decide_repair__mutmut_15(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, decided_on=None))


def x_decide_repair__mutmut_16(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(status=status, decided_on=decided_on))


def x_decide_repair__mutmut_17(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, decided_on=decided_on))


def x_decide_repair__mutmut_18(facts: ListingFacts, repair_id: int, approved: bool, decided_on: date) -> ListingFacts:
    """Approved, the listing ends on ``decided_on`` (REPAIRED); rejected, nothing else changes."""
    repair = facts.repair(repair_id)
    check_repair_decision(facts, repair, decided_on)
    status = RepairStatus.APPROVED if approved else RepairStatus.REJECTED
    return facts.with_repair(replace(repair, status=status, ))

mutants_x_decide_repair__mutmut['_mutmut_orig'] = x_decide_repair__mutmut_orig # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_1'] = x_decide_repair__mutmut_1 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_2'] = x_decide_repair__mutmut_2 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_3'] = x_decide_repair__mutmut_3 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_4'] = x_decide_repair__mutmut_4 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_5'] = x_decide_repair__mutmut_5 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_6'] = x_decide_repair__mutmut_6 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_7'] = x_decide_repair__mutmut_7 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_8'] = x_decide_repair__mutmut_8 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_9'] = x_decide_repair__mutmut_9 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_10'] = x_decide_repair__mutmut_10 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_11'] = x_decide_repair__mutmut_11 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_12'] = x_decide_repair__mutmut_12 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_13'] = x_decide_repair__mutmut_13 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_14'] = x_decide_repair__mutmut_14 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_15'] = x_decide_repair__mutmut_15 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_16'] = x_decide_repair__mutmut_16 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_17'] = x_decide_repair__mutmut_17 # type: ignore # mutmut generated
mutants_x_decide_repair__mutmut['x_decide_repair__mutmut_18'] = x_decide_repair__mutmut_18 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_revoke_repair__mutmut)
def revoke_repair(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_orig(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_1(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = None
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_2(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(None)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_3(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(None, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_4(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, None, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_5(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, None)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_6(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_7(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_8(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, )
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_9(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(None)


def x_revoke_repair__mutmut_10(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(None, status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_11(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=None, revoked_on=revoked_on))


def x_revoke_repair__mutmut_12(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, revoked_on=None))


def x_revoke_repair__mutmut_13(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(status=RepairStatus.REVOKED, revoked_on=revoked_on))


def x_revoke_repair__mutmut_14(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, revoked_on=revoked_on))


def x_revoke_repair__mutmut_15(facts: ListingFacts, repair_id: int, revoked_on: date) -> ListingFacts:
    """A repair obtained by deceit is voided: the listing reads as if it never happened."""
    repair = facts.repair(repair_id)
    check_repair_revocation(facts, repair, revoked_on)
    return facts.with_repair(replace(repair, status=RepairStatus.REVOKED, ))

mutants_x_revoke_repair__mutmut['_mutmut_orig'] = x_revoke_repair__mutmut_orig # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_1'] = x_revoke_repair__mutmut_1 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_2'] = x_revoke_repair__mutmut_2 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_3'] = x_revoke_repair__mutmut_3 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_4'] = x_revoke_repair__mutmut_4 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_5'] = x_revoke_repair__mutmut_5 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_6'] = x_revoke_repair__mutmut_6 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_7'] = x_revoke_repair__mutmut_7 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_8'] = x_revoke_repair__mutmut_8 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_9'] = x_revoke_repair__mutmut_9 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_10'] = x_revoke_repair__mutmut_10 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_11'] = x_revoke_repair__mutmut_11 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_12'] = x_revoke_repair__mutmut_12 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_13'] = x_revoke_repair__mutmut_13 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_14'] = x_revoke_repair__mutmut_14 # type: ignore # mutmut generated
mutants_x_revoke_repair__mutmut['x_revoke_repair__mutmut_15'] = x_revoke_repair__mutmut_15 # type: ignore # mutmut generated
