"""Answers holding many enterprises or records read the tables behind their fields once for
the answer, not once per object (credit.api.loaders): a credit record's ``dataSourceUnit``
(its authority), an enterprise's ``principal``, ``persons`` and ``listings`` (in
``listingCandidates``), and the records an inspection found (``hazards``). A page of N
objects costs the statements a page of 5N costs, and every answer is the one the object
alone gives, field for field and in order.

An inspection appears only as the payload of its own ``recordInspection`` (one per
mutation, and mutations run one after another), so ``Inspection.hazards`` is one statement
per inspection whatever the answer holds: left as it is; its records' ``dataSourceUnit``
is batched with every other record's.

Statements are counted where the driver sends them (tests/api/statements.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from helpers import authority_code, gql, key, make_code, regulator_key
from regulator_steps import Desk
from statements import PEOPLE, counted

from credit.domain.calendar import china_today
from credit.domain.codes import mask_id_number
from credit.services.paging import id_cursor
from credit.services.profiles import REVEAL_ACTION
from credit.store.clock import recording
from credit.store.enterprises import register
from credit.store.models import AuditEntry, Authority, CreditRecord, Listing, Person, PersonRole

#: candidates (enterprises meeting MAJOR_ACCIDENT, not listed) in each region: N and 5N
SMALL_REGION, LARGE_REGION = "440305", "440306"
SMALL, LARGE = 2, 10
#: the enterprise whose records are paged (no accident or penalty: not a candidate)
RECORDS_REGION = "440307"
RECORDS = 30
AS_OF = date(2024, 6, 1)
ON = date(2022, 6, 1)  # a day in the first principal's term

AUTHORITY_NAMES = ("深圳市应急管理局", "南山区应急管理局", "福田区应急管理局")

PERSON_FIELDS = "name idNumber idType role since until"
LISTING_FIELDS = """
  id code listKind authorityName status(asOf: "2024-06-01T00:00:00+08:00")
  persons { name idNumber role } evidenceRecordIds objections { statement }
"""
ENTERPRISE_FIELDS = f"""
  code name regionCode
  principal {{ {PERSON_FIELDS} }}
  earlier: principal(on: "{ON.isoformat()}") {{ {PERSON_FIELDS} }}
  persons {{ {PERSON_FIELDS} }}
  then: persons(on: "{ON.isoformat()}") {{ {PERSON_FIELDS} }}
  listings(first: 3) {{
    totalCount pageInfo {{ hasNextPage endCursor }}
    edges {{ cursor node {{ {LISTING_FIELDS} }} }}
  }}
  grey: listings(listKind: GREYLIST, first: 1) {{
    totalCount pageInfo {{ hasNextPage }} edges {{ node {{ id }} }}
  }}
"""
RECORD_FIELDS = "id kind occurredOn dataSourceUnit"

CANDIDATES = f"""
query Candidates($region: String!, $asOf: Date) {{
  listingCandidates(region: $region, asOf: $asOf) {{
    enterprise {{ {ENTERPRISE_FIELDS} }}
    grounds
    evidence {{ {RECORD_FIELDS} }}
  }}
}}
"""

ENTERPRISE = f"""
query One($code: String!, $asKnownAt: DateTime) {{
  enterprise(code: $code, asKnownAt: $asKnownAt) {{ {ENTERPRISE_FIELDS} }}
}}
"""

RECORD_PAGE = f"""
query Records($code: String!, $first: Int) {{
  enterprise(code: $code) {{ creditRecords(first: $first) {{ edges {{ node {{ {RECORD_FIELDS} }} }} }} }}
}}
"""

LISTING = f"""
query Listing($id: ID!) {{ listing(id: $id) {{ {LISTING_FIELDS} }} }}
"""


# --------------------------------------------------------------------- the scene


@dataclass
class Term:
    person: int  # index into PEOPLE
    role: str
    since: date
    until: date | None = None
    #: recorded after the scene's first moment (left out as known then), or its end was
    recorded_later: bool = False
    ended_later: bool = False


@dataclass
class Candidate:
    code: str
    region: str
    name: str
    #: (id, kind, occurredOn, authority name or None): the evidence, oldest first
    records: list[tuple[int, str, str, str | None]] = field(default_factory=list)
    #: in the order stored (ids ascending); answers sort them by (since, id)
    terms: list[Term] = field(default_factory=list)
    #: (id, list kind, published): ids ascending
    listings: list[tuple[int, str, bool]] = field(default_factory=list)


@dataclass
class Scene:
    candidates: list[Candidate]
    records_code: str
    #: (id, kind, occurredOn, authority name or None), ids ascending
    records: list[tuple[int, str, str, str | None]]
    first_moment: datetime

    def in_region(self, region: str) -> list[Candidate]:
        return [c for c in self.candidates if c.region == region]


async def scene() -> Scene:
    """Twelve candidates (SMALL in one region, LARGE in another). Candidate i has a MAJOR
    accident and a penalty, each by one of three authorities or none (i % 4); one to three
    terms (a principal replaced on 2023-01-01 unless i % 3 == 0, a legal representative
    stored last but starting first when i is even); i % 3 greylist listings and, when i is
    odd, a withdrawn (so not covering) blacklist proposal. A later moment records one more
    term and the end of another, for answers as known at the first. And one enterprise
    with RECORDS records of three kinds over the authorities, for a page of records."""
    async with recording() as (conn, first):
        authorities = [await Authority.get(code=authority_code(1)).using_db(conn)]
        for n, name in enumerate(AUTHORITY_NAMES[1:], start=2):
            authorities.append(await Authority.create(code=authority_code(n), name=name, using_db=conn))
        people = [
            await Person.create(id_type=id_type, id_number=number, id_hash=f"eb{n}", id_key="t", name=name,
                                recorded_at=first, using_db=conn)
            for n, (name, number, id_type) in enumerate(PEOPLE)
        ]
        regions = [SMALL_REGION] * SMALL + [LARGE_REGION] * LARGE
        enterprises = await register(conn, first, [
            {"code": make_code(8300 + i, region=region), "name": f"候选企业{i}", "region_code": region,
             "industry": "CHEMICALS", "registered_by_id": None}
            for i, region in enumerate(regions)
        ] + [{"code": make_code(8399, region=RECORDS_REGION), "name": "记录企业", "region_code": RECORDS_REGION,
              "industry": "CHEMICALS", "registered_by_id": None}])
        owners = [*authorities, None]
        candidates: list[Candidate] = []
        for i, enterprise in enumerate(enterprises[:-1]):
            candidate = Candidate(enterprise.code, enterprise.region_code, enterprise.name)
            for kind, day, owner in (("ACCIDENT", date(2024, 1, 1 + i), owners[i % 4]),
                                     ("PENALTY", date(2024, 2, 1 + i), owners[(i + 1) % 4])):
                record = await CreditRecord.create(
                    enterprise=enterprise, kind=kind, occurred_on=day, authority=owner, description=f"{kind}{i}",
                    grade="MAJOR" if kind == "ACCIDENT" else None, deaths=10 if kind == "ACCIDENT" else None,
                    decision_number=f"深应急罚〔2024〕{i}号" if kind == "PENALTY" else None,
                    violation_type="未落实安全生产主体责任" if kind == "PENALTY" else None,
                    recorded_at=first, using_db=conn,
                )
                candidate.records.append((record.id, kind, day.isoformat(), owner.name if owner else None))
            replaced = i % 3 != 0
            candidate.terms.append(Term(i % 5, "PRINCIPAL", date(2020, 1, 1),
                                        date(2023, 1, 1) if replaced else None, ended_later=i % 2 == 1))
            if replaced:
                candidate.terms.append(Term((i + 1) % 5, "PRINCIPAL", date(2023, 1, 1), recorded_later=i % 2 == 1))
            if i % 2 == 0:
                candidate.terms.append(Term((i + 2) % 5, "LEGAL_REPRESENTATIVE", date(2019, 6, 1)))
            for term in candidate.terms:
                if term.recorded_later:
                    continue
                await PersonRole.create(
                    person=people[term.person], enterprise=enterprise, role=term.role, name=PEOPLE[term.person][0],
                    starts_on=term.since, ends_on=None if term.ended_later else term.until, recorded_at=first,
                    using_db=conn,
                )
            for n in range(i % 3):
                listing = await Listing.create(
                    enterprise=enterprise, authority=authorities[n], list_kind="GREYLIST",
                    ground="OTHER_SERIOUS_VIOLATION", rules_version="moem-11-2023",
                    notified_on=date(2023, 3, 1 + n), objection_deadline=date(2023, 3, 10 + n),
                    decision_number=f"深应急列〔2023〕{i}-{n}号", listed_on=date(2023, 4, 1),
                    expires_on=date(2024, 4, 1 + n), ends_on=date(2024, 4, 1 + n),
                    recorded_at=first, decided_at=first, using_db=conn,
                )
                candidate.listings.append((listing.id, "GREYLIST", True))
            if i % 2:
                listing = await Listing.create(
                    enterprise=enterprise, authority=authorities[0], list_kind="BLACKLIST", ground="MAJOR_ACCIDENT",
                    rules_version="moem-11-2023", notified_on=date(2024, 3, 1), objection_deadline=date(2024, 3, 12),
                    withdrawn_on=date(2024, 3, 20), recorded_at=first, withdrawn_at=first, using_db=conn,
                )
                candidate.listings.append((listing.id, "BLACKLIST", False))
            candidates.append(candidate)
        kinds = ("HAZARD", "COMMITMENT", "HAZARD")
        records = []
        for n in range(RECORDS):
            owner = owners[n % 4]
            record = await CreditRecord.create(
                enterprise=enterprises[-1], kind=kinds[n % 3], occurred_on=date(2023, 1, 1) + timedelta(days=n),
                authority=owner, description=f"记录{n}", recorded_at=first, using_db=conn,
            )
            records.append((record.id, record.kind, record.occurred_on.isoformat(), owner.name if owner else None))
    async with recording() as (conn, later):
        for candidate, enterprise in zip(candidates, enterprises, strict=False):
            for term in candidate.terms:
                if term.ended_later:
                    await PersonRole.filter(enterprise_id=enterprise.id, starts_on=term.since, role=term.role).using_db(
                        conn).update(ends_on=term.until, ended_at=later)
                if term.recorded_later:
                    await PersonRole.create(
                        person=people[term.person], enterprise=enterprise, role=term.role,
                        name=PEOPLE[term.person][0], starts_on=term.since, ends_on=term.until, recorded_at=later,
                        using_db=conn,
                    )
    return Scene(candidates, enterprises[-1].code, records, first)


# --------------------------------------------------------------------- what each must answer


def person(term: Term, shown: bool, *, known_then: bool = False) -> dict[str, Any]:
    name, number, id_type = PEOPLE[term.person]
    return {"name": name, "idNumber": number if shown else mask_id_number(number), "idType": id_type,
            "role": term.role, "since": term.since.isoformat(),
            "until": None if term.until is None or (known_then and term.ended_later) else term.until.isoformat()}


def holds_on(term: Term, day: date, known_then: bool) -> bool:
    until = None if known_then and term.ended_later else term.until
    return term.since <= day and (until is None or day < until)


def expected_enterprise(c: Candidate, *, shown: bool, unpublished: bool, known_then: bool = False) -> dict[str, Any]:
    """An enterprise's answer to ENTERPRISE_FIELDS, today being after AS_OF."""
    terms = sorted([t for t in c.terms if not (known_then and t.recorded_later)], key=lambda t: t.since)
    # terms stored later sort after those of the same day: none start on the same day here
    principal_today = next((t for t in terms if t.role == "PRINCIPAL" and holds_on(t, china_today(), known_then)),
                           None)
    principal_then = next((t for t in terms if t.role == "PRINCIPAL" and holds_on(t, ON, known_then)), None)
    listings = [(lid, kind) for lid, kind, published in c.listings if published or unpublished]
    grey = [lid for lid, kind in listings if kind == "GREYLIST"]
    return {
        "code": c.code, "name": c.name, "regionCode": c.region,
        "principal": person(principal_today, shown, known_then=known_then) if principal_today else None,
        "earlier": person(principal_then, shown, known_then=known_then) if principal_then else None,
        "persons": [person(t, shown, known_then=known_then) for t in terms],
        "then": [person(t, shown, known_then=known_then) for t in terms if holds_on(t, ON, known_then)],
        "listings": {
            "totalCount": len(listings),
            "pageInfo": {"hasNextPage": False, "endCursor": id_cursor(listings[-1][0]) if listings else None},
            "edges": [
                {"cursor": id_cursor(lid), "node": {
                    "id": str(lid), "code": c.code, "listKind": kind,
                    "authorityName": AUTHORITY_NAMES[n] if kind == "GREYLIST" else AUTHORITY_NAMES[0],
                    "status": "EXPIRED" if kind == "GREYLIST" else "WITHDRAWN",
                    "persons": [], "evidenceRecordIds": [], "objections": [],
                }}
                for n, (lid, kind) in enumerate(listings)
            ],
        },
        "grey": {"totalCount": len(grey), "pageInfo": {"hasNextPage": len(grey) > 1},
                 "edges": [{"node": {"id": str(lid)}} for lid in grey[:1]]},
    }


def expected_record(record: tuple[int, str, str, str | None]) -> dict[str, Any]:
    rid, kind, occurred, unit = record
    return {"id": str(rid), "kind": kind, "occurredOn": occurred, "dataSourceUnit": unit}


def expected_candidates(candidates: list[Candidate]) -> list[dict[str, Any]]:
    return [
        {"enterprise": expected_enterprise(c, shown=True, unpublished=True), "grounds": ["MAJOR_ACCIDENT"],
         "evidence": [expected_record(r) for r in c.records]}
        for c in candidates
    ]


# --------------------------------------------------------------------- counting


# --------------------------------------------------------------------- statements


async def test_candidates_cost_the_same_statements_for_2_enterprises_as_for_10(client) -> None:
    regulator = await regulator_key()
    found = await scene()
    await gql(client, CANDIDATES, {"region": RECORDS_REGION, "asOf": AS_OF.isoformat()}, token=regulator)  # warm
    few, small = await counted(client, CANDIDATES, {"region": SMALL_REGION, "asOf": AS_OF.isoformat()}, regulator)
    many, large = await counted(client, CANDIDATES, {"region": LARGE_REGION, "asOf": AS_OF.isoformat()}, regulator)
    assert small["listingCandidates"] == expected_candidates(found.in_region(SMALL_REGION))
    assert large["listingCandidates"] == expected_candidates(found.in_region(LARGE_REGION))
    # N against 5N enterprises, whose principals, persons and listings are in the answer: a
    # read per enterprise would show
    shown = [c["enterprise"] for c in large["listingCandidates"]]
    assert (len(small["listingCandidates"]), len(shown)) == (SMALL, LARGE)
    assert all(any(e[f] for e in shown) for f in ("principal", "persons")) and any(e["listings"]["edges"] for e in shown)
    assert many == few, (few, many)


async def test_a_page_of_records_costs_the_same_statements_for_5_records_as_for_25(client) -> None:
    regulator = await regulator_key()
    found = await scene()
    await gql(client, RECORD_PAGE, {"code": found.records_code, "first": 1}, token=regulator)
    few, small = await counted(client, RECORD_PAGE, {"code": found.records_code, "first": 5}, regulator)
    many, large = await counted(client, RECORD_PAGE, {"code": found.records_code, "first": 25}, regulator)
    for data, size in ((small, 5), (large, 25)):
        nodes = [e["node"] for e in data["enterprise"]["creditRecords"]["edges"]]
        assert nodes == [expected_record(r) for r in found.records[:size]]
        assert len(nodes) == size
    # the records come from several authorities: a per-record read of their units shows
    assert len({e["node"]["dataSourceUnit"] for e in large["enterprise"]["creditRecords"]["edges"]} - {None}) > 1
    assert many == few, (few, many)


INSPECTION = """
mutation Inspect($input: RecordInspectionInput!) {
  recordInspection(input: $input) { inspection { id %s } userErrors { code } }
}
"""


async def test_an_inspections_hazards_and_their_units_cost_one_statement_each_for_2_hazards_as_for_10(client) -> None:
    # a mutation's own writes grow with the hazards (SQLite traces each row of a batch
    # insert): what a field costs is the difference its asking makes
    regulator = await regulator_key()
    desk = Desk(client, regulator)
    code = await desk.new_enterprise(8390)
    costs: dict[tuple[int, str], int] = {}
    for hazards in (1, 2, 10):  # the first warms what a first insert costs
        for fields in ("", "hazards { id }", "hazards { id kind dataSourceUnit }"):
            variables = {"input": {"code": code, "inspectedOn": "2024-05-01", "kind": "ROUTINE", "findings": "现场检查",
                                   "hazards": [f"隐患{n}" for n in range(hazards)]}}
            costs[hazards, fields], data = await counted(client, INSPECTION % fields, variables, regulator)
            if fields:
                found = data["recordInspection"]["inspection"]["hazards"]
                assert len(found) == hazards
            if "dataSourceUnit" in fields:
                assert {(h["kind"], h["dataSourceUnit"]) for h in found} == {("HAZARD", AUTHORITY_NAMES[0])}
    for hazards in (2, 10):
        found, units = "hazards { id }", "hazards { id kind dataSourceUnit }"
        assert costs[hazards, found] - costs[hazards, ""] == 1, costs  # Inspection.hazards: one statement
        assert costs[hazards, units] - costs[hazards, found] == 1, costs  # their units: one more


# --------------------------------------------------------------------- answers


async def test_each_candidate_answers_what_the_enterprise_and_its_listings_answer_alone(client) -> None:
    regulator = await regulator_key()
    found = await scene()
    result = await gql(client, CANDIDATES, {"region": "4403", "asOf": AS_OF.isoformat()}, token=regulator)
    assert "errors" not in result, result
    candidates = result["data"]["listingCandidates"]
    assert candidates == expected_candidates(found.candidates)
    for candidate in candidates:
        code = candidate["enterprise"]["code"]
        alone = (await gql(client, ENTERPRISE, {"code": code}, token=regulator))["data"]["enterprise"]
        assert candidate["enterprise"] == alone
        for edge in alone["listings"]["edges"]:
            one = (await gql(client, LISTING, {"id": edge["node"]["id"]}, token=regulator))["data"]["listing"]
            assert edge["node"] == one
    # each request audits the full numbers it showed, once: the candidates' request counts
    # what the enterprises alone counted together
    entries = await AuditEntry.filter(action=REVEAL_ACTION).order_by("id")
    together: dict[str, int] = {}
    for entry in entries[1:]:
        for code, count in entry.after["idNumbersShown"].items():
            together[code] = together.get(code, 0) + count
    assert entries[0].after["idNumbersShown"] == dict(sorted(together.items()))
    assert sum(together.values()) > 3 * len(found.candidates)


async def test_an_enterprise_answers_as_the_caller_may_see_it_and_as_known_then(client) -> None:
    regulator = await regulator_key(region="440306")  # full numbers of LARGE_REGION only
    procurement = await key("procurement")
    found = await scene()
    for c in found.candidates:
        mine = c.region == LARGE_REGION
        as_regulator = await gql(client, ENTERPRISE, {"code": c.code}, token=regulator)
        assert as_regulator["data"]["enterprise"] == expected_enterprise(c, shown=mine, unpublished=True), c.code
        as_procurement = await gql(client, ENTERPRISE, {"code": c.code}, token=procurement)
        assert as_procurement["data"]["enterprise"] == expected_enterprise(c, shown=False, unpublished=False)
        known = await gql(client, ENTERPRISE, {"code": c.code, "asKnownAt": found.first_moment.isoformat()},
                          token=regulator)
        assert known["data"]["enterprise"] == expected_enterprise(c, shown=mine, unpublished=True, known_then=True)
    # the scene has what the answer as known then must leave out or leave open
    assert any(t.recorded_later for c in found.candidates for t in c.terms)
    assert any(t.ended_later for c in found.candidates for t in c.terms)


PAGES = """
query Pages($region: String!, $asOf: Date, $after1: String, $after2: String) {
  listingCandidates(region: $region, asOf: $asOf) {
    enterprise {
      code
      first: listings(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
      second: listings(first: 1, after: $after1) { totalCount pageInfo { hasNextPage } edges { node { id } } }
      rest: listings(first: 5, after: $after2) { totalCount pageInfo { hasNextPage } edges { node { id } } }
    }
  }
}
"""


BESIDE_A_BAD_CURSOR = """
query Beside($good: String!, $bad: String!) {
  good: enterprise(code: $good) { listings(first: 1) { totalCount } }
  bad: enterprise(code: $bad) { listings(first: 1, after: "not a cursor") { totalCount } }
}
"""


async def test_pages_of_many_enterprises_listings_are_cut_as_each_alone_and_refusals_stay_the_fields_own(
    client,
) -> None:
    regulator = await regulator_key()
    found = await scene()
    widest = [c for c in found.in_region(LARGE_REGION) if len(c.listings) == 3]
    ids = [lid for lid, _, _ in widest[0].listings]
    # a bad cursor is refused where it was given, and nowhere else: the enterprise asked
    # beside it answers its pages
    good, bad = found.in_region(LARGE_REGION)[:2]
    refused = await gql(client, BESIDE_A_BAD_CURSOR, {"good": good.code, "bad": bad.code}, token=regulator)
    assert [(e["extensions"]["reason"], e["path"]) for e in refused["errors"]] == [
        ("INVALID_CURSOR", ["bad", "listings"])]
    assert refused["data"] == {"good": {"listings": {"totalCount": len(good.listings)}}, "bad": None}
    variables = {"region": LARGE_REGION, "asOf": AS_OF.isoformat(),
                 "after1": id_cursor(ids[0]), "after2": id_cursor(ids[1])}
    result = await gql(client, PAGES, variables, token=regulator)
    assert "errors" not in result, result
    answered = {c["enterprise"]["code"]: c["enterprise"] for c in result["data"]["listingCandidates"]}
    assert set(answered) == {c.code for c in found.in_region(LARGE_REGION)}

    def page(shown: list[int], total: int, more: bool, cursor: bool = False) -> dict[str, Any]:
        info: dict[str, Any] = {"hasNextPage": more}
        if cursor:
            info["endCursor"] = id_cursor(shown[-1]) if shown else None
        return {"totalCount": total, "pageInfo": info, "edges": [{"node": {"id": str(i)}} for i in shown]}

    for c in found.in_region(LARGE_REGION):
        mine = [lid for lid, _, _ in c.listings]
        # the cursors are the widest enterprise's: other enterprises' pages start after them too
        assert answered[c.code] == {
            "code": c.code,
            "first": page(mine[:1], len(mine), len(mine) > 1, cursor=True),
            "second": page([i for i in mine if i > ids[0]][:1], len(mine), len([i for i in mine if i > ids[0]]) > 1),
            "rest": page([i for i in mine if i > ids[1]][:5], len(mine), False),
        }
    assert answered[widest[0].code]["second"]["edges"] == [{"node": {"id": str(ids[1])}}]
    assert answered[widest[0].code]["rest"]["edges"] == [{"node": {"id": str(ids[2])}}]


TWO_UPDATES = """
mutation Two($a: UpdateEnterpriseInput!, $b: UpdateEnterpriseInput!) {
  a: updateEnterprise(input: $a) { enterprise { principal { name } persons { name role } } userErrors { code } }
  b: updateEnterprise(input: $b) { enterprise { principal { name } persons { name role } } userErrors { code } }
}
"""


async def test_each_mutation_of_a_document_reads_the_persons_as_stored_after_it(client) -> None:
    # loaders do not cache: the second payload shows the principal the first did not have
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(8391)
    today = china_today().isoformat()
    result = await desk.run(TWO_UPDATES, {
        "a": {"code": code, "principal": {"name": "赵一", "idNumber": PEOPLE[0][1], "since": today}},
        "b": {"code": code, "persons": [{"role": "LEGAL_REPRESENTATIVE", "name": "钱二", "idNumber": "11010519491231002X",
                                         "since": today}]},
    })
    assert "errors" not in result, result
    assert result["data"]["b"]["userErrors"] == [], result
    first, second = result["data"]["a"]["enterprise"], result["data"]["b"]["enterprise"]
    assert first["principal"] == second["principal"] == {"name": "赵一"}
    assert ("钱二", "LEGAL_REPRESENTATIVE") not in [(p["name"], p["role"]) for p in first["persons"]]
    assert ("钱二", "LEGAL_REPRESENTATIVE") in [(p["name"], p["role"]) for p in second["persons"]]
