"""Persons in the rules (credit.domain.persons): who a listing names beside the unit
(第11号令), bans from the post of principal person (安全生产法 Art. 94), and roles over time."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from credit.domain.catalogue import Catalogue, PersonDomain
from credit.domain.codes import IdType, is_checkable_id_number
from credit.domain.errors import Refusal
from credit.domain.listings import ListingGround, ListKind
from credit.domain.persons import (
    PERSON_REQUIRED_GROUNDS,
    PRINCIPAL_ONLY_GROUNDS,
    BanFacts,
    BanKind,
    EnterpriseRole,
    ListedRole,
    NamedPerson,
    PersonStatus,
    RoleChange,
    RoleTerm,
    change_roles,
    check_ban,
    check_principal_not_banned,
    holder_on,
    listed_persons,
    person_status,
    restricts_unit,
)
from credit.domain.records import Industry
from credit.rules import read_rule_file

A, B, C = "11010519491231002X", "110101198001010053", "350111196002276951"


def named(number: str, role: ListedRole = ListedRole.PRINCIPAL, index: int = 0) -> NamedPerson:
    return NamedPerson("某人", number, role, field=f"persons[{index}]")


def codes(refusal: pytest.ExceptionInfo[Refusal]) -> list[tuple[str, str | None]]:
    return [(v.code, v.field) for v in refusal.value.violations]


def details(refusal: pytest.ExceptionInfo[Refusal]) -> list[tuple[str, str | None, str | None]]:
    return [(v.code, v.field, v.detail) for v in refusal.value.violations]


# ------------------------------------------------------------------ listed persons


def test_only_abandoned_rescue_leaves_the_unit_unrestricted() -> None:
    assert [g for g in ListingGround if not restricts_unit(g)] == [ListingGround.ABANDONED_RESCUE]


def test_registered_principal_is_listed_when_no_principal_is_named() -> None:
    registered = NamedPerson("张三", A, ListedRole.PRINCIPAL)
    assert listed_persons(ListingGround.MAJOR_ACCIDENT, [], registered) == (registered,)
    responsible = named(B, ListedRole.RESPONSIBLE)
    assert listed_persons(ListingGround.CONCEALED_ACCIDENT, [responsible], registered) == (registered, responsible)
    # greylist and other grounds: the unit, any persons named, and the registered principal
    assert listed_persons(ListingGround.OTHER_CONCERN, [], registered) == (registered,)
    assert listed_persons(ListingGround.OTHER_CONCERN, [], None) == ()


def test_a_named_principal_replaces_the_registered_one() -> None:
    registered = NamedPerson("张三", A, ListedRole.PRINCIPAL)
    other = named(B)
    assert listed_persons(ListingGround.MAJOR_ACCIDENT, [other], registered) == (other,)


def test_registered_principal_named_as_responsible_is_listed_once() -> None:
    registered = NamedPerson("张三", A, ListedRole.PRINCIPAL)
    as_responsible = named(A, ListedRole.RESPONSIBLE)
    assert listed_persons(ListingGround.CONCEALED_ACCIDENT, [as_responsible], registered) == (as_responsible,)


def test_person_named_twice_is_refused_whatever_the_roles() -> None:
    with pytest.raises(Refusal) as refused:
        listed_persons(ListingGround.CONCEALED_ACCIDENT,
                       [named(A, ListedRole.RESPONSIBLE), named(A, ListedRole.PRINCIPAL, 1)], None)
    assert codes(refused) == [("PERSON_NAMED_TWICE", "persons[1].idNumber")]


@pytest.mark.parametrize("ground", sorted(PRINCIPAL_ONLY_GROUNDS))
def test_responsible_person_on_a_principal_only_ground_is_refused(ground: ListingGround) -> None:
    with pytest.raises(Refusal) as refused:
        listed_persons(ground, [named(A), named(B, ListedRole.RESPONSIBLE, 1)], None)
    assert details(refused) == [("PERSON_ROLE_NOT_FOR_GROUND", "persons[1].role", ground.value)]


@pytest.mark.parametrize("ground", sorted(PERSON_REQUIRED_GROUNDS))
def test_ground_needing_a_person_with_none_named_or_registered_is_refused(ground: ListingGround) -> None:
    with pytest.raises(Refusal) as refused:
        listed_persons(ground, [], None)
    assert details(refused) == [("PERSONS_REQUIRED", "persons", ground.value)]
    assert listed_persons(ground, [], NamedPerson("张三", A, ListedRole.PRINCIPAL))  # the registered one counts


def test_grounds_without_persons_need_none() -> None:
    for ground in set(ListingGround) - PERSON_REQUIRED_GROUNDS:
        assert listed_persons(ground, [], None) == ()


# ------------------------------------------------------------------ bans


def test_five_year_ban_ends_on_the_same_calendar_day_five_years_on_end_excluded() -> None:
    ban = BanFacts(BanKind.FIVE_YEARS, date(2024, 2, 29))
    assert ban.ends_on == date(2029, 2, 28)  # 29 February becomes 28 February
    assert ban.in_force_on(date(2024, 2, 29)) and ban.in_force_on(date(2029, 2, 27))
    assert not ban.in_force_on(date(2029, 2, 28)) and not ban.in_force_on(date(2024, 2, 28))


def test_life_ban_never_ends_but_only_in_its_industry() -> None:
    ban = BanFacts(BanKind.LIFE, date(2020, 5, 1), Industry.MINING)
    assert ban.ends_on is None and ban.in_force_on(date(2120, 1, 1)) and not ban.in_force_on(date(2020, 4, 30))
    assert ban.bars_principal_of(Industry.MINING) and not ban.bars_principal_of(Industry.CHEMICALS)
    assert BanFacts(BanKind.FIVE_YEARS, date(2020, 5, 1)).bars_principal_of(Industry.CHEMICALS)


def test_a_ban_is_known_from_the_moment_it_was_recorded_with_its_end() -> None:
    recorded = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    ban = BanFacts(BanKind.FIVE_YEARS, date(2024, 2, 29), recorded_at=recorded)
    assert ban.known_at(recorded - timedelta(microseconds=1)) is None  # recorded after: not known
    assert ban.known_at(recorded) == ban and ban.known_at(recorded + timedelta(days=400)) == ban
    assert ban.known_at(None) == ban  # as known now
    # its end follows from kind and start: known with the ban, even for days before it was recorded
    known = ban.known_at(recorded)
    assert known is not None and known.ends_on == date(2029, 2, 28) and known.in_force_on(date(2025, 1, 1))
    # a ban stored without its moment (none is, since migration 0009) was known all along
    assert BanFacts(BanKind.LIFE, date(2020, 5, 1), Industry.MINING).known_at(recorded - timedelta(days=3650))


def test_life_ban_needs_an_industry() -> None:
    with pytest.raises(Refusal) as refused:
        check_ban(BanKind.LIFE, None)
    assert details(refused) == [("REQUIRED", "industry", "终身禁入须指明行业")]
    check_ban(BanKind.FIVE_YEARS, None)


def test_principal_banned_on_any_day_served_is_refused() -> None:
    ban = BanFacts(BanKind.FIVE_YEARS, date(2020, 1, 1))  # to 2025-01-01, excluded
    check_principal_not_banned([ban], Industry.CHEMICALS, date(2025, 1, 1), date(2026, 1, 1), "principal")
    check_principal_not_banned([ban], Industry.CHEMICALS, date(2019, 1, 1), date(2019, 12, 31), "principal")
    with pytest.raises(Refusal) as refused:
        check_principal_not_banned([ban], Industry.CHEMICALS, date(2024, 12, 31), date(2026, 1, 1), "principal.idNumber")
    assert details(refused) == [("PRINCIPAL_BANNED", "principal.idNumber", "FIVE_YEARS 自2020-01-01起至2025-01-01")]
    life = BanFacts(BanKind.LIFE, date(2020, 1, 1), Industry.MINING)
    check_principal_not_banned([life], Industry.CHEMICALS, date(2026, 1, 1), date(2026, 1, 1), "principal")
    with pytest.raises(Refusal) as refused:
        check_principal_not_banned([life], Industry.MINING, date(2026, 1, 1), date(2026, 1, 1), "principal")
    assert details(refused) == [("PRINCIPAL_BANNED", "principal", "LIFE 自2020-01-01起")]


def test_a_principal_whose_term_ends_the_day_a_ban_starts_is_refused() -> None:
    ban = BanFacts(BanKind.FIVE_YEARS, date(2020, 1, 1))
    with pytest.raises(Refusal):
        check_principal_not_banned([ban], Industry.CHEMICALS, date(2019, 1, 1), date(2020, 1, 1), "principal")


def test_banned_wins_over_listed() -> None:
    assert person_status(listed=True, banned=True) is PersonStatus.BANNED
    assert person_status(listed=True, banned=False) is PersonStatus.LISTED
    assert person_status(listed=False, banned=False) is PersonStatus.CLEAR


# ------------------------------------------------------------------ roles over time


def principal(number: str, since: date, until: date | None = None, term_id: int | None = None) -> RoleTerm:
    return RoleTerm(number, EnterpriseRole.PRINCIPAL, since, until, id=term_id)


def change(number: str, since: date, role: EnterpriseRole = EnterpriseRole.PRINCIPAL, until: date | None = None,
           field: str = "principal") -> RoleChange:
    return RoleChange(number, role, since, "某人", IdType.PASSPORT, until=until, field=field)


def test_new_principal_ends_the_previous_term_on_its_first_day() -> None:
    current = principal(A, date(2020, 1, 1), term_id=1)
    update = change_roles([current], [change(B, date(2023, 6, 1))])
    assert update.ended == ((current, date(2023, 6, 1)),)
    assert [(t.person, t.starts_on, t.ends_on) for t in update.started] == [(B, date(2023, 6, 1), None)]
    # and who was principal at the time of an accident is answered by the terms
    terms = [principal(A, date(2020, 1, 1), date(2023, 6, 1), 1), *update.started]
    assert holder_on(terms, EnterpriseRole.PRINCIPAL, date(2023, 5, 31)).person == A  # type: ignore[union-attr]
    assert holder_on(terms, EnterpriseRole.PRINCIPAL, date(2023, 6, 1)).person == B  # type: ignore[union-attr]
    assert holder_on(terms, EnterpriseRole.PRINCIPAL, date(2019, 12, 31)) is None
    assert update.started[0] == RoleTerm(B, EnterpriseRole.PRINCIPAL, date(2023, 6, 1), None, "某人", IdType.PASSPORT)


def test_nobody_holds_a_role_from_the_day_its_last_term_ended() -> None:
    ended = [principal(A, date(2020, 1, 1), date(2023, 6, 1), 1)]
    assert holder_on(ended, EnterpriseRole.PRINCIPAL, date(2023, 5, 31)).person == A  # type: ignore[union-attr]
    assert holder_on(ended, EnterpriseRole.PRINCIPAL, date(2023, 6, 1)) is None


def test_of_terms_starting_the_same_day_the_one_recorded_last_holds() -> None:
    terms = [principal(A, date(2020, 1, 1), term_id=1), principal(B, date(2020, 1, 1), term_id=2)]
    assert holder_on(terms, EnterpriseRole.PRINCIPAL, date(2021, 1, 1)).person == B  # type: ignore[union-attr]


def test_restating_the_current_principal_records_nothing() -> None:
    assert change_roles([principal(A, date(2020, 1, 1), term_id=1)], [change(A, date(2024, 1, 1))]).started == ()


def test_new_principal_before_the_current_one_started_is_refused() -> None:
    with pytest.raises(Refusal) as refused:
        change_roles([principal(A, date(2020, 1, 1), term_id=1)], [change(B, date(2019, 1, 1))])
    assert codes(refused) == [("INVALID_VALUE", "principal.since")]


def test_an_ended_term_may_be_recorded_before_the_current_one_but_not_over_it() -> None:
    current = principal(A, date(2020, 1, 1), term_id=1)
    earlier = change_roles([current], [change(B, date(2015, 1, 1), until=date(2020, 1, 1))])
    assert earlier.ended == () and earlier.started[0].ends_on == date(2020, 1, 1)
    with pytest.raises(Refusal) as refused:
        change_roles([current], [change(B, date(2015, 1, 1), until=date(2020, 1, 2))])
    assert codes(refused) == [("INVALID_VALUE", "principal.until")]


def test_agency_staff_are_many_and_leave_by_until() -> None:
    staff = EnterpriseRole.AGENCY_STAFF
    current = [RoleTerm(A, staff, date(2020, 1, 1), id=1)]
    added = change_roles(current, [change(B, date(2021, 1, 1), staff, field="persons[0]")])
    assert added.ended == () and [t.person for t in added.started] == [B]
    left = change_roles(current, [change(A, date(2021, 1, 1), staff, until=date(2022, 1, 1), field="persons[0]")])
    assert left.ended == ((current[0], date(2022, 1, 1)),) and left.started == ()


def test_one_person_roles_take_one_person_per_input_and_a_person_once() -> None:
    with pytest.raises(Refusal) as refused:
        change_roles([], [change(A, date(2021, 1, 1), field="persons[0]"), change(B, date(2021, 1, 1), field="persons[1]")])
    assert codes(refused) == [("INVALID_VALUE", "persons[1].role")]
    staff = EnterpriseRole.AGENCY_STAFF
    with pytest.raises(Refusal) as refused:
        change_roles([], [change(A, date(2021, 1, 1), staff, field="persons[0]"),
                          change(A, date(2021, 1, 1), staff, field="persons[1]")])
    assert codes(refused) == [("PERSON_NAMED_TWICE", "persons[1].idNumber")]


def test_until_before_since_is_refused() -> None:
    with pytest.raises(Refusal) as refused:
        change_roles([], [change(A, date(2021, 1, 1), until=date(2020, 1, 1))])
    assert details(refused) == [("INVALID_VALUE", "principal.until", "离任日期早于任职日期")]
    one_day = change_roles([], [change(A, date(2021, 1, 1), until=date(2021, 1, 1))])
    assert [(t.starts_on, t.ends_on) for t in one_day.started] == [(date(2021, 1, 1), date(2021, 1, 1))]


def test_terms_end_on_or_after_the_day_they_began() -> None:
    current = principal(A, date(2020, 1, 1), term_id=1)
    assert change_roles([current], [change(A, date(2019, 6, 1), until=date(2020, 1, 1))]).ended == (
        (current, date(2020, 1, 1)),
    )
    assert change_roles([current], [change(B, date(2020, 1, 1))]).ended == ((current, date(2020, 1, 1)),)


def test_every_fault_in_the_persons_given_is_reported_at_once() -> None:
    staff, legal, controller = (EnterpriseRole.AGENCY_STAFF, EnterpriseRole.LEGAL_REPRESENTATIVE,
                                EnterpriseRole.ACTUAL_CONTROLLER)
    first = date(2020, 1, 1)
    current = [principal(A, first, term_id=1), RoleTerm(B, legal, first, id=2), RoleTerm(C, controller, first, id=3)]
    given = [
        change("P0", date(2021, 1, 1), staff),
        change("P0", date(2021, 1, 1), staff),
        change("P2", date(2021, 1, 1), staff, until=date(2020, 12, 31)),
        change(A, date(2019, 1, 1), until=date(2019, 6, 1)),
        change("P4", date(2021, 1, 1)),
        change("P5", date(2015, 1, 1), legal, until=date(2021, 1, 1)),
        change("P6", date(2019, 1, 1), controller),
        change("P0", date(2021, 1, 1), staff),
    ]
    with pytest.raises(Refusal) as refused:
        change_roles(current, [replace(c, field=f"persons[{i}]") for i, c in enumerate(given)])
    assert details(refused) == [
        ("PERSON_NAMED_TWICE", "persons[1].idNumber", None),
        ("INVALID_VALUE", "persons[2].until", "离任日期早于任职日期"),
        ("INVALID_VALUE", "persons[3].until", "早于任职日期2020-01-01"),
        ("INVALID_VALUE", "persons[4].role", "PRINCIPAL 只能填写一人"),
        ("INVALID_VALUE", "persons[5].until", "与现任人员的任职期间重叠(自2020-01-01)"),
        ("INVALID_VALUE", "persons[6].since", "早于现任人员的任职日期2020-01-01"),
        ("PERSON_NAMED_TWICE", "persons[7].idNumber", None),
    ]


# ------------------------------------------------------------------ numbers and measures


def test_a_person_check_takes_numbers_it_can_tell_from_typing_errors() -> None:
    today = date(2026, 1, 1)
    assert is_checkable_id_number(A, today)  # 公民身份号码
    assert is_checkable_id_number("810000199001010019", today)  # 港澳居民居住证: the same form
    assert is_checkable_id_number("USA310085031201", today)  # 2017 永居证
    assert not is_checkable_id_number("DEU123456789", today)  # a passport: any typo would fit its form
    assert not is_checkable_id_number("110105194912310021", today)  # wrong check character
    assert not is_checkable_id_number("12345", today)


def test_catalogue_carries_measures_on_listed_persons_with_its_version() -> None:
    catalogue = Catalogue.from_toml(read_rule_file("catalogue-1.toml"))
    assert catalogue.version == "1"
    office = [m for m in catalogue.person_measures_for(ListKind.BLACKLIST) if m.domain is PersonDomain.OFFICE]
    assert len(office) == 1 and "法定代表人" in office[0].measure
    assert {m.domain for m in catalogue.person_measures} == set(PersonDomain)
    # a catalogue without them still loads: the unit's measures alone
    assert Catalogue.from_toml('version = "0"\n[[measure]]\ndomain = "BIDDING"\nlist_kind = "BLACKLIST"\n'
                               'effect = "PROHIBIT"\nmeasure = "x"\n').person_measures == ()


def test_a_term_as_known_at_a_moment_is_absent_before_it_was_recorded_and_open_until_its_end_was() -> None:
    moment = datetime(2026, 3, 1, 12, tzinfo=UTC)
    minutes = timedelta(minutes=1)
    term = RoleTerm("11010519491231002X", EnterpriseRole.PRINCIPAL, date(2020, 1, 1), date(2026, 2, 1),
                    name="张三", id=7, recorded_at=moment, ended_at=moment + 10 * minutes)
    assert term.known_at(moment - minutes) is None
    assert term.known_at(None) == term
    assert term.known_at(moment + 10 * minutes) == term  # its end recorded at that very moment
    opened = term.known_at(moment)
    assert opened == replace(term, ends_on=None, ended_at=None)
    assert opened is not None and opened.holds_on(date(2026, 2, 15)) and not term.holds_on(date(2026, 2, 15))
    still_open = replace(term, ends_on=None, ended_at=None)
    assert still_open.known_at(moment + minutes) is still_open
    never_dated = replace(term, recorded_at=None, ended_at=None)  # stored before moments were kept
    assert never_dated.known_at(moment - minutes) == never_dated
