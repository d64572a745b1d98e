"""A page of listings reads the tables behind ``persons``, ``evidenceRecordIds`` and
``objections`` once for the whole page (credit.api.loaders), not once per listing: the
statements a request sends do not grow with the listings it shows, and every answer is
the one the listing alone gives, field for field and in order, for every caller and as
known at a moment (objections recorded later left out, decisions recorded later unread).

Statements are counted where the driver sends them (tests/api/statements.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import httpx
from helpers import REGION, authority_code, gql, key, make_code, regulator_key
from regulator_steps import Desk
from statements import PEOPLE, sent_by

from credit.domain.codes import mask_id_number
from credit.services.profiles import REVEAL_ACTION
from credit.store.clock import recording
from credit.store.enterprises import register
from credit.store.models import (
    AuditEntry,
    Authority,
    CreditRecord,
    Listing,
    ListingEvidence,
    ListingPerson,
    Objection,
    Person,
)

#: listings in the scene, over four enterprises (two in the regulator's region, two outside)
LISTINGS = 60
OTHER_REGION = "110101"
NOTIFIED = date(2024, 3, 1)
LISTED = date(2024, 4, 1)

LISTING_FIELDS = """
  id code authorityName
  persons { name idNumber idType role }
  evidenceRecordIds
  objections { id filedOn statement upheld decidedOn }
"""

PAGE = f"""
query Page($first: Int) {{
  listings(first: $first) {{ totalCount edges {{ node {{ {LISTING_FIELDS} }} }} }}
}}
"""

ONE = f"""
query One($id: ID!) {{ listing(id: $id) {{ {LISTING_FIELDS} }} }}
"""

KNOWN = f"""
query Known($code: String!, $asKnownAt: DateTime, $first: Int) {{
  enterprise(code: $code, asKnownAt: $asKnownAt) {{
    listings(first: $first) {{ edges {{ node {{ {LISTING_FIELDS} }} }} }}
  }}
}}
"""


# --------------------------------------------------------------------- the scene


@dataclass
class Planned:
    """One listing as the scene wrote it, and what each field must answer."""

    id: int
    code: str
    region: str
    published: bool
    #: (name on the listing, number, document type, role), in the order named
    persons: list[tuple[str, str, str, str]] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)
    #: (id, filedOn, statement, upheld, decidedOn, recorded later, decided later)
    objections: list[tuple[int, str, str, bool | None, str | None, bool, bool]] = field(default_factory=list)


@dataclass
class Scene:
    listings: list[Planned]
    codes: list[str]
    #: the moment everything but the later objections and decisions was recorded
    first_moment: datetime

    def expected(self, planned: Planned, *, full_in: tuple[str, ...], known_at: bool = False) -> dict[str, Any]:
        """A listing's answer as the fields read it one listing at a time, for a caller who
        sees full ID numbers of enterprises registered in ``full_in``."""
        return {
            "id": str(planned.id),
            "code": planned.code,
            "authorityName": "深圳市应急管理局",
            "persons": [
                {"name": name, "idNumber": number if planned.region in full_in else mask_id_number(number),
                 "idType": id_type, "role": role}
                for name, number, id_type, role in planned.persons
            ],
            "evidenceRecordIds": [str(i) for i in sorted(planned.evidence)],
            "objections": [
                {"id": str(oid), "filedOn": filed, "statement": statement,
                 "upheld": None if known_at and decided_later else upheld,
                 "decidedOn": None if known_at and decided_later else decided}
                for oid, filed, statement, upheld, decided, recorded_later, decided_later in planned.objections
                if not (known_at and recorded_later)
            ],
        }


async def listing_scene() -> Scene:
    """LISTINGS listings over four enterprises. Listing i is undecided when i % 7 == 3;
    names i % 3 persons (the later-named one first by id, names as given on the listing,
    one person named by many listings); cites i % 4 records (linked newest first, so the
    answer's order is the sort's, not the rows'); has i % 3 objections, the second recorded
    later, the first decided later when i is even."""
    async with recording() as (conn, first):
        authority = await Authority.get(code=authority_code(1)).using_db(conn)
        enterprises = await register(conn, first, [
            {"code": make_code(8100 + n), "name": f"批量企业{n}", "region_code": REGION if n < 2 else OTHER_REGION,
             "industry": "CHEMICALS", "registered_by_id": None}
            for n in range(4)
        ])
        people = []
        for n, (name, number, id_type) in enumerate(PEOPLE):
            people.append(await Person.create(id_type=id_type, id_number=number, id_hash=f"batch{n}", id_key="t",
                                              name=name, recorded_at=first, using_db=conn))
        plans: list[Planned] = []
        for i in range(LISTINGS):
            enterprise = enterprises[i % 4]
            published = i % 7 != 3
            listing = await Listing.create(
                enterprise=enterprise, authority=authority, list_kind="BLACKLIST", ground="OTHER_SERIOUS_VIOLATION",
                rules_version="moem-11-2023", notified_on=NOTIFIED, objection_deadline=NOTIFIED + timedelta(days=7),
                decision_number=f"深应急列〔2024〕{i}号" if published else None,
                listed_on=LISTED if published else None,
                expires_on=LISTED.replace(year=2027) if published else None,
                ends_on=LISTED.replace(year=2027) if published else None,
                recorded_at=first, decided_at=first if published else None, using_db=conn,
            )
            plan = Planned(listing.id, enterprise.code, enterprise.region_code, published)
            for n in range(i % 3):
                person = people[(i + 2 * (1 - n)) % len(people)]
                role = "PRINCIPAL" if n == 0 else "RESPONSIBLE"
                given = f"{person.name}（第{i}号）"
                await ListingPerson.create(listing=listing, person=person, role=role, name=given,
                                           recorded_at=first, using_db=conn)
                plan.persons.append((given, person.id_number, person.id_type, role))
            records = [
                await CreditRecord.create(enterprise=enterprise, kind="PENALTY", occurred_on=NOTIFIED,
                                          description=f"处罚{i}-{n}", recorded_at=first, using_db=conn)
                for n in range(i % 4)
            ]
            for record in reversed(records):
                await ListingEvidence.create(listing=listing, record=record, using_db=conn)
                plan.evidence.append(record.id)
            if i % 3:
                filed = NOTIFIED + timedelta(days=1)
                objection = await Objection.create(listing=listing, filed_on=filed, statement=f"异议{i}",
                                                   recorded_at=first, using_db=conn)
                plan.objections.append((objection.id, filed.isoformat(), f"异议{i}", None, None, False, False))
            plans.append(plan)
    async with recording() as (conn, later):
        for plan, i in zip(plans, range(LISTINGS), strict=True):
            if not plan.objections:
                continue
            if i % 2 == 0:
                decided = NOTIFIED + timedelta(days=3)
                await Objection.filter(id=plan.objections[0][0]).using_db(conn).update(
                    upheld=False, decided_on=decided, decided_at=later)
                oid, filed, statement, *_ = plan.objections[0]
                plan.objections[0] = (oid, filed, statement, False, decided.isoformat(), False, True)
            if i % 3 == 2:
                filed = NOTIFIED + timedelta(days=2)
                objection = await Objection.create(listing_id=plan.id, filed_on=filed, statement=f"再次异议{i}",
                                                   recorded_at=later, using_db=conn)
                plan.objections.append((objection.id, filed.isoformat(), f"再次异议{i}", None, None, True, False))
    return Scene(plans, [e.code for e in enterprises], first)


# --------------------------------------------------------------------- counting statements


#: the tables behind the batched fields, as statements name them
BATCHED_TABLES = ('"listing_person"', '"listing_evidence"', '"objection"')


async def counted(client: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str) -> tuple[int, Any]:
    """The statements one request sends (``sent_by``), and its data."""
    sent, data = await sent_by(client, query, variables, token)
    # each table behind persons, evidenceRecordIds and objections is read once
    assert [sum(table in statement for statement in sent) for table in BATCHED_TABLES] == [1, 1, 1], sent
    return len(sent), data


def nodes(connection: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in connection["edges"]]


# --------------------------------------------------------------------- statements


async def test_a_page_of_listings_costs_the_same_statements_for_5_listings_as_for_50(client) -> None:
    regulator = await regulator_key()
    procurement = await key("procurement")
    await listing_scene()
    for token in (regulator, procurement):
        await gql(client, PAGE, {"first": 1}, token=token)  # warm: caches of the first request
        few, small = await counted(client, PAGE, {"first": 5}, token)
        many, large = await counted(client, PAGE, {"first": 50}, token)
        assert len(nodes(small["listings"])) == 5 and len(nodes(large["listings"])) == 50
        # the listings' persons, evidence and objections are all in the answer
        shown = nodes(large["listings"])
        assert sum(len(n["persons"]) for n in shown) > 40 and sum(len(n["objections"]) for n in shown) > 30
        assert many == few, (few, many)


async def test_listings_of_an_enterprise_as_known_cost_the_same_statements_for_3_as_for_15(client) -> None:
    regulator = await regulator_key()
    scene = await listing_scene()
    known = {"code": scene.codes[0], "asKnownAt": scene.first_moment.isoformat()}
    for variables in (known, {"code": scene.codes[0]}):
        await gql(client, KNOWN, {**variables, "first": 1}, token=regulator)
        few, small = await counted(client, KNOWN, {**variables, "first": 3}, regulator)
        many, large = await counted(client, KNOWN, {**variables, "first": 15}, regulator)
        assert len(nodes(small["enterprise"]["listings"])) == 3
        assert len(nodes(large["enterprise"]["listings"])) == 15
        assert many == few, (few, many)


# --------------------------------------------------------------------- answers


async def test_a_page_answers_each_listing_exactly_for_every_caller(client) -> None:
    regulator = await regulator_key()  # of 4403: full numbers of its region only
    scene = await listing_scene()
    callers = {  # who: (key, sees undecided proposals, sees full numbers of)
        "regulator": (regulator, True, (REGION,)),
        "admin": (await key("admin"), True, (REGION, OTHER_REGION)),
        "procurement": (await key("procurement"), False, ()),
    }
    for who, (token, unpublished, full_in) in callers.items():
        page = (await gql(client, PAGE, {"first": 100}, token=token))["data"]["listings"]
        wanted = [p for p in scene.listings if p.published or unpublished]
        assert nodes(page) == [scene.expected(p, full_in=full_in) for p in wanted], who
        assert page["totalCount"] == len(wanted)


async def test_a_page_answers_what_each_listing_answers_alone_and_audits_the_same_numbers(client) -> None:
    regulator = await regulator_key()
    scene = await listing_scene()
    page = nodes((await gql(client, PAGE, {"first": 100}, token=regulator))["data"]["listings"])
    alone = [(await gql(client, ONE, {"id": p.id}, token=regulator))["data"]["listing"] for p in scene.listings]
    assert page == alone
    # each request that showed full numbers is audited once, counting them by enterprise:
    # the page counts what the single listings counted together
    entries = await AuditEntry.filter(action=REVEAL_ACTION).order_by("id")
    page_entry, single_entries = entries[0], entries[1:]
    together: dict[str, int] = {}
    for entry in single_entries:
        for code, count in entry.after["idNumbersShown"].items():
            together[code] = together.get(code, 0) + count
    assert page_entry.after["idNumbersShown"] == dict(sorted(together.items()))
    shown_in_region = sum(len(p.persons) for p in scene.listings if p.region == REGION)
    assert sum(together.values()) == shown_in_region > 0


async def test_listings_as_known_leave_out_later_objections_and_later_decisions(client) -> None:
    regulator = await regulator_key()
    scene = await listing_scene()
    for code in scene.codes[:3]:  # in the region (full numbers) and outside it (masked)
        mine = [p for p in scene.listings if p.code == code]
        known = await gql(client, KNOWN, {"code": code, "asKnownAt": scene.first_moment.isoformat(), "first": 100},
                          token=regulator)
        now = await gql(client, KNOWN, {"code": code, "first": 100}, token=regulator)
        assert nodes(known["data"]["enterprise"]["listings"]) == [
            scene.expected(p, full_in=(REGION,), known_at=True) for p in mine
        ]
        assert nodes(now["data"]["enterprise"]["listings"]) == [scene.expected(p, full_in=(REGION,)) for p in mine]
    # the scene has what the as-known answer must leave out
    assert any(o[5] for p in scene.listings for o in p.objections)
    assert any(o[6] for p in scene.listings for o in p.objections)


TWO_OBJECTIONS = f"""
mutation Two($a: RecordObjectionInput!, $b: RecordObjectionInput!) {{
  a: recordObjection(input: $a) {{ listing {{ {LISTING_FIELDS} }} userErrors {{ code }} }}
  b: recordObjection(input: $b) {{ listing {{ {LISTING_FIELDS} }} userErrors {{ code }} }}
}}
"""


async def test_each_mutation_of_a_document_reads_the_listing_as_stored_after_it(client) -> None:
    # loaders do not cache: the second payload shows the objection the first did not have
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(8200)
    proposed = await desk.propose(code, await desk.major_accident_evidence(code), "2022-01-03")
    lid = proposed["listing"]["id"]
    result = await desk.run(TWO_OBJECTIONS, {
        "a": {"listingId": lid, "filedOn": "2022-01-04", "statement": "第一次"},
        "b": {"listingId": lid, "filedOn": "2022-01-05", "statement": "第二次"},
    })
    assert "errors" not in result, result
    first, second = result["data"]["a"]["listing"], result["data"]["b"]["listing"]
    assert [o["statement"] for o in first["objections"]] == ["第一次"]
    assert [o["statement"] for o in second["objections"]] == ["第一次", "第二次"]
    assert first["persons"] == second["persons"] != []
    assert second == (await gql(client, ONE, {"id": lid}, token=desk.token))["data"]["listing"]
