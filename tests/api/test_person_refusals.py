"""Every refusal about persons, through GraphQL on SQLite and PostgreSQL: each comes back as
its own code on the field it concerns, and changes nothing (``refused`` compares every
table a regulator writes before and after)."""

from __future__ import annotations

from datetime import timedelta

from helpers import document, error_codes, gql, key, make_code, regulator_key
from regulator_steps import Desk, iso, refused, tomorrow_in_china

from credit.domain.calendar import china_today

RECORD_BAN = document("regulator/RecordPersonBan.graphql")
UPDATE = document("regulator/UpdateEnterprise.graphql")
CHECK_PERSONS = document("procurement/CheckPersons.graphql")

A, B, C = "11010519491231002X", "110101198001010053", "350111196002276951"


async def test_proposals_naming_persons_wrongly_are_refused_and_change_nothing(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1201)
    evidence = await desk.major_accident_evidence(code)
    principal = {"name": "张三", "idNumber": A, "role": "PRINCIPAL"}
    responsible = {"name": "赵六", "idNumber": B, "role": "RESPONSIBLE"}

    await refused(desk.propose(code, evidence, "2022-01-03", persons=[]), "PERSONS_REQUIRED", "persons")
    await refused(desk.propose(code, evidence, "2022-01-03", persons=[principal, responsible]),
                  "PERSON_ROLE_NOT_FOR_GROUND", "persons[1].role")
    await refused(desk.propose(code, evidence, "2022-01-03", persons=[principal, principal | {"name": "张叁"}]),
                  "PERSON_NAMED_TWICE", "persons[1].idNumber")
    await refused(desk.propose(code, evidence, "2022-01-03", persons=[principal | {"idNumber": "110105194912310021"}]),
                  "INVALID_ID_NUMBER", "persons[0].idNumber")
    await refused(desk.propose(code, evidence, "2022-01-03", persons=[principal | {"name": " "}]),
                  "REQUIRED", "persons[0].name")
    # a passport is a valid document when its type is given, and refused as a resident ID
    passport = principal | {"idNumber": "DEU123456789"}
    await refused(desk.propose(code, evidence, "2022-01-03", persons=[passport]), "INVALID_ID_NUMBER",
                  "persons[0].idNumber")
    accepted = await desk.propose(code, evidence, "2022-01-03", persons=[passport | {"idType": "PASSPORT"}])
    assert accepted["userErrors"] == [], accepted
    # concealment lists responsible persons; with none named or registered it is refused
    concealed = await desk.accident_id(code, "2021-10-01", concealed=True)
    penalty = await desk.penalty_id(code, "2021-10-20")
    await refused(desk.propose(code, [concealed, penalty], "2022-01-03", kind="GREYLIST", ground="CONCEALED_ACCIDENT",
                               persons=[responsible]), "GROUND_NOT_FOR_LIST", "ground")


async def test_bans_refused_for_input_dates_and_repetition_change_nothing(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    ban = {"idNumber": A, "name": "张三", "kind": "FIVE_YEARS", "startsOn": "2024-03-01", "basis": "被撤职"}

    async def record(**changes: object) -> dict[str, object]:
        return await desk.mutate(RECORD_BAN, "recordPersonBan", ban | changes)

    await refused(record(startsOn=iso(tomorrow_in_china())), "DATE_IN_FUTURE", "startsOn")
    await refused(record(idNumber="110105194912310021"), "INVALID_ID_NUMBER", "idNumber")
    await refused(record(kind="LIFE"), "REQUIRED", "industry")
    await refused(record(basis=""), "REQUIRED", "basis")
    await refused(record(name=""), "REQUIRED", "name")
    first = await record()
    assert first["userErrors"] == [], first
    await refused(record(), "BAN_ALREADY_RECORDED", "startsOn")
    # only regulators record bans
    answer = await gql(client, RECORD_BAN, {"input": ban}, token=await key("procurement"))
    assert error_codes(answer) == ["FORBIDDEN"]


async def test_principals_banned_or_misdated_are_refused_on_register_and_update(client) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(client, await regulator_key())
    today = china_today()
    banned = await desk.mutate(RECORD_BAN, "recordPersonBan", {
        "idNumber": B, "name": "赵六", "kind": "FIVE_YEARS", "startsOn": iso(today - timedelta(days=30)),
        "basis": "对较大事故负有责任,被撤职",
    })
    assert banned["userErrors"] == [], banned
    await refused(desk.register(make_code(1202), principal={"name": "赵六", "idNumber": B}),
                  "PRINCIPAL_BANNED", "principal.idNumber")
    # a term back-dated to before the ban began still runs into it
    await refused(desk.register(make_code(1202), principal={"name": "赵六", "idNumber": B,
                                                            "since": iso(today - timedelta(days=400))}),
                  "PRINCIPAL_BANNED", "principal.idNumber")
    code = await desk.new_enterprise(1203, principal={"name": "张三", "idNumber": A, "since": "2020-01-01"})

    async def update(**changes: object) -> dict[str, object]:
        return await desk.mutate(UPDATE, "updateEnterprise", {"code": code, **changes})

    await refused(update(principal={"name": "赵六", "idNumber": B}), "PRINCIPAL_BANNED", "principal.idNumber")
    await refused(update(persons=[{"role": "PRINCIPAL", "name": "赵六", "idNumber": B}]),
                  "PRINCIPAL_BANNED", "persons[0].idNumber")
    await refused(update(principal={"name": "林某", "idNumber": C, "since": "2019-12-31"}), "INVALID_VALUE",
                  "principal.since")
    await refused(update(principal={"name": "张三", "idNumber": A, "since": iso(tomorrow_in_china())}),
                  "DATE_IN_FUTURE", "principal.since")
    await refused(update(persons=[{"role": "AGENCY_STAFF", "name": "赵六", "idNumber": B},
                                  {"role": "AGENCY_STAFF", "name": "赵六", "idNumber": B}]),
                  "PERSON_NAMED_TWICE", "persons[1].idNumber")
    await refused(update(persons=[{"role": "LEGAL_REPRESENTATIVE", "name": "张三", "idNumber": A},
                                  {"role": "LEGAL_REPRESENTATIVE", "name": "赵六", "idNumber": B}]),
                  "INVALID_VALUE", "persons[1].role")
    # a ban of another person bars nothing here; the principal may be named again as legal representative
    kept = await update(persons=[{"role": "LEGAL_REPRESENTATIVE", "name": "张三", "idNumber": A}])
    assert kept["userErrors"] == [], kept


async def test_person_check_batches_are_bounded_and_keyed(client) -> None:  # type: ignore[no-untyped-def]
    procurement = await key("procurement")
    assert error_codes(await gql(client, CHECK_PERSONS, {"idNumbers": []}, token=procurement)) == ["BAD_USER_INPUT"]
    too_many = await gql(client, CHECK_PERSONS, {"idNumbers": [A] * 5001}, token=procurement)
    assert error_codes(too_many) == ["BAD_USER_INPUT"]
    assert error_codes(await gql(client, CHECK_PERSONS, {"idNumbers": [A]})) == ["UNAUTHENTICATED"]
    assert error_codes(await gql(client, CHECK_PERSONS, {"idNumbers": [A]}, token=await key("insurer"))) == ["FORBIDDEN"]
    naive = await gql(client, CHECK_PERSONS, {"idNumbers": [A], "asOf": "2024-01-01T00:00:00"}, token=procurement)
    assert error_codes(naive) == ["BAD_USER_INPUT"]
    full = await gql(client, CHECK_PERSONS, {"idNumbers": [A] * 5000}, token=procurement)
    assert len(full["data"]["personCheck"]["results"]) == 5000
