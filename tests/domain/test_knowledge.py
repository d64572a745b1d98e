"""Transaction time: what the service knew at a moment (credit.domain.knowledge and the
``known_at`` rules of listings and records)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from credit.domain.knowledge import known, latest_known
from credit.domain.listings import (
    ListingFacts,
    ListingGround,
    ListingStatus,
    ListKind,
    ObjectionFacts,
    RepairFacts,
    RepairStatus,
    status_on,
)
from credit.domain.records import CreditRecordKind, RecordFacts, records_known_at

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


LISTED = date(2025, 1, 6)
EXPIRES = date(2028, 1, 6)
REPAIRED = date(2026, 2, 10)


def listing(**changes: object) -> ListingFacts:
    facts = ListingFacts(
        ListKind.BLACKLIST, ListingGround.OTHER_SERIOUS_VIOLATION, date(2024, 12, 20), date(2024, 12, 27),
        listed_on=LISTED, expires_on=EXPIRES, recorded_at=at(0), decided_at=at(10),
    )
    return replace(facts, **changes)  # type: ignore[arg-type]


def test_a_fact_counts_from_the_moment_it_was_recorded_included() -> None:
    assert known(at(5), at(5))
    assert known(at(5), at(6))
    assert not known(at(5), at(4))
    assert known(at(5), None)  # as known now
    assert known(None, at(0))  # stored without its moment: known all along


def test_a_listing_proposed_after_the_moment_was_not_known() -> None:
    assert listing().known_at(at(-1)) is None
    assert listing().known_at(at(0)) is not None


def test_a_decision_recorded_after_the_moment_leaves_the_listing_undecided_backdated_or_not() -> None:
    before = listing().known_at(at(9))
    assert before is not None
    assert before.listed_on is None and before.expires_on is None
    # the decision date lies a year before it was entered: as known then, nothing was in force
    assert not before.in_force_on(date(2025, 6, 1))
    assert status_on(before, date(2025, 6, 1)) is ListingStatus.NOTIFIED
    after = listing().known_at(at(10))
    assert after is not None and after.in_force_on(date(2025, 6, 1))


def test_a_revocation_counts_only_once_recorded_and_then_voids_the_listing_from_its_start() -> None:
    revoked = listing(revoked_on=date(2025, 9, 1), revoked_at=at(20))
    assert not revoked.in_force_on(date(2025, 6, 1))
    before = revoked.known_at(at(19))
    assert before is not None and before.in_force_on(date(2025, 6, 1))
    after = revoked.known_at(at(20))
    assert after is not None and status_on(after, date(2025, 6, 1)) is ListingStatus.REVOKED


def test_a_repair_counts_from_its_decisions_moment_and_its_revocation_restores_from_its_own() -> None:
    repair = RepairFacts(1, date(2026, 1, 6), RepairStatus.REVOKED, REPAIRED, date(2026, 3, 1),
                         recorded_at=at(30), decided_at=at(40), revoked_at=at(50))
    facts = listing(repairs=(repair,))
    day = date(2026, 6, 1)
    assert facts.in_force_on(day)  # now: the repair was revoked, as if it never happened
    expected = {29: ListingStatus.ACTIVE, 30: ListingStatus.ACTIVE, 39: ListingStatus.ACTIVE,
                40: ListingStatus.REPAIRED, 49: ListingStatus.REPAIRED, 50: ListingStatus.ACTIVE}
    for minutes, status in expected.items():
        known_then = facts.known_at(at(minutes))
        assert known_then is not None
        assert status_on(known_then, day) is status, minutes
    pending = facts.known_at(at(35))
    assert pending is not None and pending.repairs[0].status is RepairStatus.PENDING
    assert facts.known_at(at(29)) is not None and facts.known_at(at(29)).repairs == ()  # type: ignore[union-attr]


def test_an_objection_decision_and_the_withdrawal_it_made_count_from_its_moment() -> None:
    objection = ObjectionFacts(1, date(2024, 12, 22), True, date(2024, 12, 30), recorded_at=at(2), decided_at=at(3))
    withdrawn = listing(listed_on=None, expires_on=None, decided_at=None, objections=(objection,),
                        withdrawn_on=date(2024, 12, 30), withdrawn_at=at(3))
    before = withdrawn.known_at(at(2))
    assert before is not None
    assert before.withdrawn_on is None and before.objections[0].upheld is None
    assert status_on(before, date(2025, 1, 10)) is ListingStatus.NOTIFIED
    after = withdrawn.known_at(at(3))
    assert after is not None and status_on(after, date(2025, 1, 10)) is ListingStatus.WITHDRAWN
    assert withdrawn.known_at(at(1)) is not None and withdrawn.known_at(at(1)).objections == ()  # type: ignore[union-attr]


def test_as_known_now_a_listing_is_itself() -> None:
    facts = listing(revoked_on=date(2025, 9, 1), revoked_at=at(20))
    assert facts.known_at(None) is facts


def record(id: int, minutes: int, supersedes: int | None = None) -> RecordFacts:
    return RecordFacts(id, 1, CreditRecordKind.PENALTY, date(2025, 1, 1), recorded_at=at(minutes),
                       supersedes=supersedes)


def test_a_record_reads_superseded_only_from_its_corrections_moment() -> None:
    records = [record(1, 0), record(2, 10, supersedes=1), record(3, 20)]
    assert [(r.id, r.superseded) for r in records_known_at(records, at(5))] == [(1, False)]
    assert [(r.id, r.superseded) for r in records_known_at(records, at(10))] == [(1, True), (2, False)]
    assert [r.id for r in records_known_at(records, at(20))] == [1, 2, 3]
    assert records_known_at(records, None) == records


@dataclass(frozen=True)
class Version:
    name: str
    recorded_at: datetime | None


def test_the_details_current_at_a_moment_are_the_last_version_recorded_by_then() -> None:
    versions = [Version("甲", at(0)), Version("乙", at(10)), Version("丙", at(10)), Version("丁", at(20))]
    assert latest_known(versions, at(-1)) is None
    assert latest_known(versions, at(0)) == versions[0]
    assert latest_known(versions, at(15)) == versions[2]  # two in one moment: the later written
    assert latest_known(versions, at(20)) == versions[3]
    assert latest_known(versions, None) == versions[3]


def test_the_current_version_is_the_latest_recorded_whatever_order_they_come_in() -> None:
    versions = [Version("乙", at(10)), Version("甲", at(5))]
    assert latest_known(versions, at(20)) == versions[0]
    assert latest_known(versions, at(7)) == versions[1]


def test_a_version_stored_without_its_moment_was_known_all_along_and_before_every_dated_one() -> None:
    undated, dated, undated_again = Version("甲", None), Version("乙", at(10)), Version("丙", None)
    assert latest_known([undated, dated, undated_again], None) == dated
    assert latest_known([undated, dated, undated_again], at(5)) == undated_again  # the later written
    assert latest_known([dated, undated], at(5)) == undated


def test_each_step_recorded_later_is_left_out_whole_and_the_rest_kept_as_it_is() -> None:
    """The listing as known is exactly the listing without the later steps (and their moments):
    nothing else of it changes."""
    repair = RepairFacts(1, date(2026, 1, 20), RepairStatus.REVOKED, decided_on=REPAIRED,
                         revoked_on=date(2026, 2, 20), recorded_at=at(30), decided_at=at(40), revoked_at=at(50))
    objection = ObjectionFacts(2, date(2024, 12, 23), upheld=False, decided_on=date(2024, 12, 30),
                               recorded_at=at(2), decided_at=at(4))
    late = RepairFacts(3, date(2026, 3, 1), RepairStatus.PENDING, recorded_at=at(90))
    facts = listing(repairs=(repair, late), objections=(objection,), revoked_on=date(2026, 3, 1),
                    revoked_at=at(60))
    assert facts.known_at(at(3)) == replace(
        facts, listed_on=None, expires_on=None, decided_at=None, revoked_on=None, revoked_at=None,
        repairs=(), objections=(replace(objection, upheld=None, decided_on=None, decided_at=None),))
    assert facts.known_at(at(45)) == replace(
        facts, revoked_on=None, revoked_at=None,
        repairs=(replace(repair, status=RepairStatus.APPROVED, revoked_on=None, revoked_at=None),))
    assert facts.known_at(at(35)) == replace(
        facts, revoked_on=None, revoked_at=None,
        repairs=(replace(repair, status=RepairStatus.PENDING, decided_on=None, decided_at=None,
                         revoked_on=None, revoked_at=None),))
    assert facts.known_at(at(90)) == facts
    withdrawn = listing(listed_on=None, expires_on=None, decided_at=None, withdrawn_on=date(2024, 12, 30),
                        withdrawn_at=at(4))
    assert withdrawn.known_at(at(3)) == replace(withdrawn, withdrawn_on=None, withdrawn_at=None)
    assert withdrawn.known_at(at(4)) == withdrawn


def test_in_force_during_a_period_is_in_force_on_one_of_its_days() -> None:
    import random

    rng = random.Random(11)
    base = date(2025, 1, 1)
    for _ in range(400):
        listed = base + timedelta(days=rng.randint(0, 40))
        facts = listing(listed_on=listed, expires_on=listed + timedelta(days=rng.randint(0, 30)),
                        revoked_on=rng.choice([None, listed + timedelta(days=rng.randint(-3, 20))]),
                        repairs=rng.choice([(), (RepairFacts(1, listed, RepairStatus.APPROVED,
                                                             decided_on=listed + timedelta(days=rng.randint(0, 25))),)]))
        if rng.random() < 0.1:
            facts = replace(facts, listed_on=None, expires_on=None)
        first = base + timedelta(days=rng.randint(0, 70))
        last = first + timedelta(days=rng.randint(0, 15))
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        assert facts.in_force_during(first, last) == any(facts.in_force_on(d) for d in days), facts
