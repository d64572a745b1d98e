"""An enterprise's ``creditRecords``, ``supervision`` and ``agencyRating`` read their tables
once for the answer, not once per enterprise (credit.api.loaders): 2 candidates cost the
statements 10 cost, each field adding a fixed few, and every answer is the one the
enterprise alone gives and the one its facts give (the domain's ``classify`` and ``rate``
over the scene's facts), field for field and in order, also as known at an earlier moment.

The other fields of an enterprise cost nothing per enterprise either: its details (no
statement), ``principal``, ``persons`` and ``listings`` (tests/api/test_enterprise_batching.py).

Statements are counted where the driver sends them (tests/api/statements.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from helpers import authority_code, gql, make_code, regulator_key
from regulator_steps import Desk
from statements import counted, of_the_service, sql_statements

from credit.domain.accidents import AccidentGrade
from credit.domain.agency_rating import AgencyBasis, rate
from credit.domain.calendar import china_today
from credit.domain.supervision import (
    FactKind,
    SupervisedListing,
    SupervisedRecord,
    SupervisionFacts,
    classify,
)
from credit.services import profiles
from credit.services import supervision as supervision_service
from credit.services.agency_rating import agency_rating_rules
from credit.services.paging import id_cursor
from credit.services.supervision import rules_for
from credit.store.clock import recording
from credit.store.enterprises import register
from credit.store.listings import facts_of
from credit.store.models import (
    Authority,
    CreditRecord,
    Enterprise,
    Inspection,
    Listing,
    ListingPerson,
    Person,
    PersonRole,
    RepairApplication,
)

#: candidates (a MAJOR accident, no blacklist covering them on AS_OF) in each region: N and 5N
SMALL_REGION, LARGE_REGION, CLIENT_REGION = "440311", "440312", "440313"
SMALL, LARGE = 2, 10
AS_OF = date(2024, 6, 1)
#: the days the classes are asked for (a year of blacklists and greylists, a year after the
#: accidents, when grades alone decide), and the years the ratings are
EARLY_DAY, DAY, LATE_DAY = date(2023, 6, 1), date(2024, 6, 1), date(2026, 3, 1)
YEAR, LATER_YEAR = 2023, 2024
AGENCY = "SAFETY_SERVICE_AGENCY"

RECORD_FIELDS = "id kind occurredOn superseded supersedesRecordId dataSourceUnit"
RECORDS = f"""
  creditRecords(first: 2) {{
    totalCount pageInfo {{ hasNextPage endCursor }} edges {{ cursor node {{ {RECORD_FIELDS} }} }}
  }}
  rest: creditRecords(first: 10, after: $after) {{ totalCount pageInfo {{ hasNextPage }} edges {{ node {{ id }} }} }}
  penalties: creditRecords(kind: PENALTY, first: 5) {{ totalCount edges {{ node {{ id superseded }} }} }}
"""
SUPERVISION_FIELDS = """class intervalMonths reasons ruleSet { name version title }
  lastInspectedOn dueOn overdue recordIds listingIds"""
SUPERVISION = f"""
  supervision(on: "{DAY}") {{ {SUPERVISION_FIELDS} }}
  early: supervision(on: "{EARLY_DAY}") {{ {SUPERVISION_FIELDS} }}
  late: supervision(on: "{LATE_DAY}") {{ {SUPERVISION_FIELDS} }}
"""
BASIS = "year falseReportListingIds penaltyRecordIds blacklistListingIds greylistListingIds staffListingIds"
RATING = f"""
  agencyRating(year: {YEAR}) {{ year rating reasons basis {{ {BASIS} }} ruleSet {{ name version title }} }}
  later: agencyRating(year: {LATER_YEAR}) {{ year rating basis {{ {BASIS} }} }}
"""
ENTERPRISE_FIELDS = f"code industry {RECORDS} {SUPERVISION} {RATING}"



def candidates(fields: str) -> str:
    """listingCandidates with each enterprise's ``fields``."""
    after = ", $after: String" if "$after" in fields else ""
    return f"""
query Candidates($region: String!, $asOf: Date{after}) {{
  listingCandidates(region: $region, asOf: $asOf) {{ enterprise {{ {fields} }} }}
}}
"""


ENTERPRISE = f"""
query One($code: String!, $asKnownAt: DateTime, $after: String) {{
  enterprise(code: $code, asKnownAt: $asKnownAt) {{ {ENTERPRISE_FIELDS} }}
}}
"""


# --------------------------------------------------------------------- the scene


@dataclass
class Fact:
    id: int
    kind: str
    occurred_on: date
    unit: str | None = None
    supersedes: int | None = None
    recorded_later: bool = False
    grade: str | None = None
    level: str | None = None
    valid_until: date | None = None


@dataclass
class Candidate:
    id: int
    code: str
    region: str
    industry: str
    records: list[Fact] = field(default_factory=list)
    #: (inspected on, recorded later)
    inspections: list[tuple[date, bool]] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)
    repairs: list[RepairApplication] = field(default_factory=list)
    #: listings of other units naming the agency's staff (in force in YEAR)
    staff_listings: list[int] = field(default_factory=list)


@dataclass
class Scene:
    candidates: list[Candidate]
    first_moment: datetime
    #: another unit's listing naming agencies' staff
    client_listing: Listing

    def in_region(self, region: str) -> list[Candidate]:
        return [c for c in self.candidates if c.region == region]


async def scene() -> Scene:
    """Twelve candidates (SMALL in one region, LARGE in another), agencies when i is odd.
    Candidate i has a MAJOR accident (the ground), a penalty of YEAR (two when i % 3 == 0,
    the first corrected later when i % 3 == 1), a hazard when i is even (one more recorded
    later when i is odd), a standardisation grade when i % 4 == 0, an inspection unless
    i % 3 == 2 (one more recorded later when i % 4 == 3); a greylist in force in YEAR when
    i % 3 == 1 (with a rejected repair application), a blacklist ended in YEAR when
    i % 4 == 2 and a false-certification blacklist when i % 8 == 1. Agencies' staff are
    named by a client's listing when i % 4 == 3 or i == 1, and agency 7's by its own
    greylist too (not another unit's: left out)."""
    async with recording() as (conn, first):
        authorities = [await Authority.get(code=authority_code(1)).using_db(conn),
                       await Authority.create(code=authority_code(2), name="福田区应急管理局", using_db=conn)]
        regions = [SMALL_REGION] * SMALL + [LARGE_REGION] * LARGE
        enterprises = await register(conn, first, [
            {"code": make_code(8500 + i, region=region), "name": f"候选单位{i}", "region_code": region,
             "industry": AGENCY if i % 2 else "CHEMICALS", "registered_by_id": None}
            for i, region in enumerate(regions)
        ] + [{"code": make_code(8599, region=CLIENT_REGION), "name": "委托单位", "region_code": CLIENT_REGION,
              "industry": "CHEMICALS", "registered_by_id": None}])
        client = enterprises[-1]
        client_listing = await Listing.create(
            enterprise=client, authority=authorities[0], list_kind="GREYLIST", ground="OTHER_SERIOUS_VIOLATION",
            rules_version="moem-11-2023", notified_on=date(2023, 2, 1), objection_deadline=date(2023, 2, 10),
            decision_number="深应急列〔2023〕委托号", listed_on=date(2023, 3, 1), expires_on=date(2024, 3, 1),
            ends_on=date(2024, 3, 1), recorded_at=first, decided_at=first, using_db=conn,
        )
        candidates: list[Candidate] = []
        for i, enterprise in enumerate(enterprises[:-1]):
            c = Candidate(enterprise.id, enterprise.code, enterprise.region_code, enterprise.industry)

            async def record(kind: str, day: date, owner: Authority | None, c: Candidate = c,
                             enterprise: Enterprise = enterprise, **values: Any) -> Fact:
                row = await CreditRecord.create(enterprise=enterprise, kind=kind, occurred_on=day, authority=owner,
                                                description=f"{kind}{c.code}", recorded_at=first, using_db=conn,
                                                **values)
                fact = Fact(row.id, kind, day, owner.name if owner else None, grade=row.grade, level=row.level,
                            valid_until=row.valid_until)
                c.records.append(fact)
                return fact

            await record("ACCIDENT", date(2024, 1, 1 + i), authorities[i % 2], grade="MAJOR", deaths=10)
            for n in range(2 if i % 3 == 0 else 1):
                await record("PENALTY", date(YEAR, 2 + 6 * n, 1 + i), authorities[(i + n) % 2],
                             decision_number=f"深应急罚〔{YEAR}〕{i}-{n}号", violation_type="未落实安全生产主体责任")
            if i % 2 == 0:
                await record("HAZARD", date(2024, 3, 1 + i), None)
            if i % 4 == 0:
                await record("STANDARDISATION", date(2022, 1, 1), authorities[0], level="2",
                             reference=f"AQBH-{i}", valid_until=date(2027, 12, 31))
            if i % 3 != 2:
                await Inspection.create(enterprise=enterprise, authority=authorities[0], inspected_on=date(2024, 4, 1 + i),
                                        kind="ROUTINE", findings="现场检查", recorded_at=first, using_db=conn)
                c.inspections.append((date(2024, 4, 1 + i), False))
            kinds = []
            if i % 3 == 1:
                kinds.append(("GREYLIST", "OTHER_SERIOUS_VIOLATION", date(2023, 4, 1), date(2024, 4, 1)))
            if i % 4 == 2:
                kinds.append(("BLACKLIST", "OTHER_SERIOUS_VIOLATION", date(2022, 6, 1), date(2023, 6, 30)))
            if i % 8 == 1:
                kinds.append(("BLACKLIST", "FALSE_CERTIFICATION", date(YEAR, 5, 1), date(YEAR, 11, 30)))
            for n, (kind, ground, listed, expires) in enumerate(kinds):
                listing = await Listing.create(
                    enterprise=enterprise, authority=authorities[0], list_kind=kind, ground=ground,
                    rules_version="moem-11-2023", notified_on=listed - timedelta(days=30),
                    objection_deadline=listed - timedelta(days=20), decision_number=f"深应急列〔{listed.year}〕{i}-{n}号",
                    listed_on=listed, expires_on=expires, ends_on=expires, recorded_at=first, decided_at=first,
                    using_db=conn,
                )
                c.listings.append(listing)
                if kind == "GREYLIST":
                    c.repairs.append(await RepairApplication.create(
                        listing=listing, applied_on=date(2023, 7, 1), status="REJECTED", decided_on=date(2023, 7, 20),
                        recorded_at=first, decided_at=first, using_db=conn,
                    ))
            if c.industry == AGENCY:
                staff = await Person.create(id_type="PASSPORT", id_number=f"E{8500 + i}", id_hash=f"fb{i}", id_key="t",
                                            name=f"评价师{i}", recorded_at=first, using_db=conn)
                await PersonRole.create(person=staff, enterprise=enterprise, role="AGENCY_STAFF", name=staff.name,
                                        starts_on=date(2022, 1, 1), recorded_at=first, using_db=conn)
                if i % 4 == 3 or i == 1:
                    await ListingPerson.create(listing=client_listing, person=staff, role="AGENCY_STAFF",
                                               name=staff.name, recorded_at=first, using_db=conn)
                    c.staff_listings.append(client_listing.id)
                if i == 7:
                    await ListingPerson.create(listing=c.listings[0], person=staff, role="AGENCY_STAFF",
                                               name=staff.name, recorded_at=first, using_db=conn)
            candidates.append(c)
    async with recording() as (conn, later):
        for i, c in enumerate(candidates):
            if i % 3 == 1:
                corrected = next(f for f in c.records if f.kind == "PENALTY")
                row = await CreditRecord.create(
                    enterprise_id=c.id, kind="PENALTY", occurred_on=corrected.occurred_on, authority=None,
                    description="更正", supersedes_id=corrected.id, decision_number=f"深应急罚〔{YEAR}〕{i}-更正号",
                    violation_type="未落实安全生产主体责任", recorded_at=later, using_db=conn,
                )
                c.records.append(Fact(row.id, "PENALTY", corrected.occurred_on, supersedes=corrected.id,
                                      recorded_later=True))
            if i % 2 == 1:
                row = await CreditRecord.create(enterprise_id=c.id, kind="HAZARD", occurred_on=date(2024, 5, 1 + i),
                                                description="后记隐患", recorded_at=later, using_db=conn)
                c.records.append(Fact(row.id, "HAZARD", date(2024, 5, 1 + i), recorded_later=True))
            if i % 4 == 3:
                await Inspection.create(enterprise_id=c.id, inspected_on=date(2024, 5, 1 + i), kind="ROUTINE",
                                        findings="复查", recorded_at=later, using_db=conn)
                c.inspections.append((date(2024, 5, 1 + i), True))
    return Scene(candidates, first, client_listing)


# --------------------------------------------------------------------- what each must answer


def known_facts(c: Candidate, known_then: bool) -> list[Fact]:
    return [f for f in c.records if not (known_then and f.recorded_later)]


def superseded_ids(facts: list[Fact]) -> set[int]:
    return {f.supersedes for f in facts if f.supersedes is not None}


def expected_records(c: Candidate, after: int, known_then: bool = False) -> dict[str, Any]:
    facts = known_facts(c, known_then)
    superseded = superseded_ids(facts)

    def node(f: Fact) -> dict[str, Any]:
        return {"id": str(f.id), "kind": f.kind, "occurredOn": f.occurred_on.isoformat(), "superseded": f.id in superseded,
                "supersedesRecordId": str(f.supersedes) if f.supersedes else None, "dataSourceUnit": f.unit}

    later = [f for f in facts if f.id > after]
    penalties = [f for f in facts if f.kind == "PENALTY"]
    return {
        "creditRecords": {
            "totalCount": len(facts),
            "pageInfo": {"hasNextPage": len(facts) > 2, "endCursor": id_cursor(facts[1].id)},
            "edges": [{"cursor": id_cursor(f.id), "node": node(f)} for f in facts[:2]],
        },
        "rest": {"totalCount": len(facts), "pageInfo": {"hasNextPage": len(later) > 10},
                 "edges": [{"node": {"id": str(f.id)}} for f in later[:10]]},
        "penalties": {"totalCount": len(penalties),
                      "edges": [{"node": {"id": str(f.id), "superseded": f.id in superseded}} for f in penalties]},
    }


def supervision_facts(c: Candidate, known_then: bool) -> SupervisionFacts:
    facts = known_facts(c, known_then)
    superseded = superseded_ids(facts)
    records = tuple(
        SupervisedRecord(f.id, FactKind(f.kind), f.occurred_on,
                         accident_grade=AccidentGrade[f.grade] if f.grade else None,
                         standardisation_grade=int(f.level) if f.level else None, valid_until=f.valid_until,
                         superseded=f.id in superseded)
        for f in facts
    )
    listings = tuple(
        SupervisedListing(x.id, facts_of(x, [r for r in c.repairs if r.listing_id == x.id]))  # type: ignore[attr-defined]
        for x in c.listings
    )
    inspections = tuple(day for day, later in c.inspections if not (known_then and later))
    return SupervisionFacts(records=records, listings=listings, inspections=inspections)


def expected_supervision(c: Candidate, known_then: bool = False) -> dict[str, Any]:
    def answer(day: date) -> dict[str, Any]:
        s = classify(rules_for(c.region), supervision_facts(c, known_then), day)
        return {
            "class": s.klass.value, "intervalMonths": s.interval_months, "reasons": list(s.reasons),
            "ruleSet": {"name": s.rules.name, "version": s.rules.version, "title": s.rules.title},
            "lastInspectedOn": s.last_inspected_on.isoformat() if s.last_inspected_on else None,
            "dueOn": s.due_on.isoformat() if s.due_on else None, "overdue": s.overdue,
            "recordIds": [str(i) for i in s.record_ids], "listingIds": [str(i) for i in s.listing_ids],
        }

    return {"supervision": answer(DAY), "early": answer(EARLY_DAY), "late": answer(LATE_DAY)}


def agency_basis(c: Candidate, year: int, client_listing: Listing) -> AgencyBasis:
    facts = c.records  # a rating reads what is known now
    corrected = superseded_ids(facts)
    first, last = date(year, 1, 1), date(year, 12, 31)

    def in_force(kind: str) -> tuple[int, ...]:
        return tuple(x.id for x in c.listings if x.list_kind == kind and facts_of(x).in_force_during(first, last))

    return AgencyBasis(
        year=year,
        false_reports=tuple(x.id for x in c.listings if x.ground == "FALSE_CERTIFICATION"
                            and x.listed_on and first <= x.listed_on <= last),
        penalties=tuple(f.id for f in facts if f.kind == "PENALTY" and f.occurred_on.year == year
                        and f.id not in corrected),
        blacklistings=in_force("BLACKLIST"),
        greylistings=in_force("GREYLIST"),
        staff_listings=tuple(c.staff_listings) if facts_of(client_listing).in_force_during(first, last) else (),
    )


def expected_ratings(c: Candidate, client_listing: Listing) -> dict[str, Any]:
    if c.industry != AGENCY:
        return {"agencyRating": None, "later": None}
    rules = agency_rating_rules()
    rule_set = {"name": rules.name, "version": rules.version, "title": rules.title}

    def basis(b: AgencyBasis) -> dict[str, Any]:
        def ids(values: tuple[int, ...]) -> list[str]:
            return [str(v) for v in values]

        return {"year": b.year, "falseReportListingIds": ids(b.false_reports), "penaltyRecordIds": ids(b.penalties),
                "blacklistListingIds": ids(b.blacklistings), "greylistListingIds": ids(b.greylistings),
                "staffListingIds": ids(b.staff_listings)}

    now, later = agency_basis(c, YEAR, client_listing), agency_basis(c, LATER_YEAR, client_listing)
    rated, rated_later = rate(rules, now), rate(rules, later)
    return {
        "agencyRating": {"year": YEAR, "rating": rated.rating.value, "reasons": list(rated.reasons),
                         "basis": basis(now), "ruleSet": rule_set},
        "later": {"year": LATER_YEAR, "rating": rated_later.rating.value, "basis": basis(later)},
    }


def expected_enterprise(found: Scene, c: Candidate, after: int, known_then: bool = False) -> dict[str, Any]:
    return {"code": c.code, "industry": c.industry, **expected_records(c, after, known_then),
            **expected_supervision(c, known_then), **expected_ratings(c, found.client_listing)}


def cursor_between(found: Scene) -> tuple[str, int]:
    """A cursor inside every candidate's records: after the first candidate's penalty."""
    after = next(f.id for f in found.candidates[0].records if f.kind == "PENALTY")
    return id_cursor(after), after


# --------------------------------------------------------------------- counting


#: each field alone, and the statements it adds to an answer of any number of enterprises
FIELD_COSTS = {
    # the ids of the records asked, the page's records, which of them are superseded
    "creditRecords(first: 2) { totalCount edges { node { id superseded } } }": 3,
    # records, corrections, listings, their repair applications, inspections
    f'supervision(on: "{DAY}") {{ class recordIds listingIds lastInspectedOn }}': 5,
    # penalties, their corrections, false reports, listings in force, staff, the listings
    # naming them, those in force
    f"agencyRating(year: {YEAR}) {{ rating basis {{ {BASIS} }} }}": 7,
}


async def test_records_classes_and_ratings_cost_the_same_statements_for_2_candidates_as_for_10(client) -> None:
    regulator = await regulator_key()
    await scene()
    bare = candidates("code")
    await gql(client, bare, {"region": CLIENT_REGION, "asOf": AS_OF.isoformat()}, token=regulator)  # warm
    costs: dict[tuple[str, str], int] = {}
    for region in (SMALL_REGION, LARGE_REGION):
        costs["", region], _ = await counted(client, bare, {"region": region, "asOf": AS_OF.isoformat()}, regulator)
        for fields in FIELD_COSTS:
            costs[fields, region], data = await counted(
                client, candidates(f"code {fields}"), {"region": region, "asOf": AS_OF.isoformat()}, regulator)
            assert len(data["listingCandidates"]) == (SMALL if region == SMALL_REGION else LARGE)
    assert costs["", SMALL_REGION] == costs["", LARGE_REGION], costs
    for fields, cost in FIELD_COSTS.items():
        for region in (SMALL_REGION, LARGE_REGION):
            assert costs[fields, region] - costs["", region] == cost, (fields, costs)


async def test_as_known_at_a_moment_a_batch_reads_as_much_for_2_enterprises_as_for_10(db) -> None:
    # an answer holds several enterprises as known at one moment only through aliases of
    # enterprise(asKnownAt), which resolve one after another: the loaders' reads are counted here
    await regulator_key()  # its authority
    found = await scene()
    known_at = found.first_moment
    costs = []
    for region in (SMALL_REGION, LARGE_REGION):
        them = found.in_region(region)
        enterprises = {e.id: e for e in await Enterprise.filter(id__in=[c.id for c in them])}
        records = [profiles.enterprise_records(c.id, known_at=known_at, first=2) for c in them]
        classes = [supervision_service.SupervisionAsked(c.id, known_at, DAY, rules_for(c.region)) for c in them]
        async with sql_statements() as sent:
            pages = await profiles.records_of_enterprises(records)
            answers = await supervision_service.supervisions(classes)
        costs.append(len(of_the_service(sent)))
        for c, page, answer in zip(them, pages, answers, strict=True):
            facts = known_facts(c, known_then=True)
            superseded = superseded_ids(facts)
            assert [(v.record.id, v.superseded) for v in page.rows] == [(f.id, f.id in superseded) for f in facts[:2]]
            assert (page.total, page.has_next) == (len(facts), len(facts) > 2)
            assert answer == classify(rules_for(c.region), supervision_facts(c, known_then=True), DAY)
            assert enterprises[c.id].code == c.code
    assert costs == [3 + 5, 3 + 5], costs


# --------------------------------------------------------------------- answers


async def test_each_candidate_answers_what_its_facts_and_the_enterprise_alone_answer(client) -> None:
    regulator = await regulator_key()
    found = await scene()
    cursor, after = cursor_between(found)
    result = await gql(client, candidates(ENTERPRISE_FIELDS), {"region": "4403", "asOf": AS_OF.isoformat(),
                                                               "after": cursor}, token=regulator)
    assert "errors" not in result, result
    answered = [c["enterprise"] for c in result["data"]["listingCandidates"]]
    assert answered == [expected_enterprise(found, c, after) for c in found.candidates]
    for enterprise in answered:
        alone = await gql(client, ENTERPRISE, {"code": enterprise["code"], "after": cursor}, token=regulator)
        assert alone["data"]["enterprise"] == enterprise
    # the scene decides by every kind of fact: each class, each rating
    assert {e["early"]["class"] for e in answered} == {"B", "C", "D"}
    assert {e["supervision"]["class"] for e in answered} == {"C"}
    assert {e["late"]["class"] for e in answered} == {"A", "B"}
    ratings = [e["agencyRating"]["rating"] for e in answered if e["agencyRating"]]
    assert set(ratings) == {"B", "C", "D"} and {e["later"]["rating"] for e in answered if e["later"]} >= {"A"}
    assert any(e["agencyRating"]["basis"]["staffListingIds"] for e in answered if e["agencyRating"])


async def test_enterprises_as_known_at_a_moment_answer_what_was_known_then_beside_others_asked_now(client) -> None:
    regulator = await regulator_key()
    found = await scene()
    cursor, after = cursor_between(found)
    moment = found.first_moment.isoformat()
    # documents of four enterprises each as known then and now (a document has at most 50
    # aliases), each of their fields read alike
    answers: dict[str, Any] = {}
    for start in range(0, len(found.candidates), 4):
        aliases = " ".join(
            f'then{n}: enterprise(code: "{c.code}", asKnownAt: "{moment}") {{ {ENTERPRISE_FIELDS} }} '
            f'now{n}: enterprise(code: "{c.code}") {{ {ENTERPRISE_FIELDS} }}'
            for n, c in enumerate(found.candidates[start:start + 4], start=start)
        )
        result = await gql(client, f"query Both($after: String) {{ {aliases} }}", {"after": cursor}, token=regulator)
        assert "errors" not in result, result
        answers.update(result["data"])
    for n, c in enumerate(found.candidates):
        assert answers[f"then{n}"] == expected_enterprise(found, c, after, known_then=True), c.code
        assert answers[f"now{n}"] == expected_enterprise(found, c, after), c.code
        alone = await gql(client, ENTERPRISE, {"code": c.code, "asKnownAt": moment, "after": cursor}, token=regulator)
        assert alone["data"]["enterprise"] == answers[f"then{n}"]
    # the scene has what the answer as known then must leave out
    assert any(f.recorded_later for c in found.candidates for f in c.records)
    assert any(later for c in found.candidates for _, later in c.inspections)
    assert any(answers[f"then{n}"]["supervision"] != answers[f"now{n}"]["supervision"]
               for n in range(len(found.candidates)))


BESIDE_REFUSALS = """
query Beside($good: String!, $bad: String!, $plant: String!) {
  good: enterprise(code: $good) {
    creditRecords(first: 1) { totalCount } supervision(on: "2024-06-01") { class } agencyRating(year: 2023) { year }
  }
  bad: enterprise(code: $bad) {
    creditRecords(first: 1, after: "not a cursor") { totalCount }
    supervision(on: "1980-01-01") { class }
    agencyRating(year: 1900) { year }
  }
  plant: enterprise(code: $plant) { agencyRating(year: 1900) { year } }
}
"""


async def test_a_refusal_is_the_asking_fields_own_and_the_region_decides_per_enterprise(client) -> None:
    regulator = await regulator_key()
    found = await scene()
    good, bad = [c for c in found.in_region(LARGE_REGION) if c.industry == AGENCY][:2]
    plant = found.in_region(LARGE_REGION)[0]
    refused = await gql(client, BESIDE_REFUSALS, {"good": good.code, "bad": bad.code, "plant": plant.code},
                        token=regulator)
    assert sorted((e["extensions"]["reason"], tuple(e["path"])) for e in refused["errors"]) == [
        ("INVALID_CURSOR", ("bad", "creditRecords")),
        ("INVALID_VALUE", ("bad", "agencyRating")),
        ("INVALID_VALUE", ("bad", "supervision")),
    ]
    assert refused["data"]["bad"] is None
    # another industry has no rating, whatever the year asked
    assert refused["data"]["plant"] == {"agencyRating": None}
    assert refused["data"]["good"] == {
        "creditRecords": {"totalCount": len(good.records)},
        "supervision": {"class": expected_supervision(good)["supervision"]["class"]},
        "agencyRating": {"year": YEAR},
    }
    # a regulator of one region classes its enterprises only; the others' classes are FORBIDDEN
    mine = await regulator_key(region=SMALL_REGION)
    both = " ".join(f'e{n}: enterprise(code: "{c.code}") {{ code supervision(on: "{DAY}") {{ class }} }}'
                    for n, c in enumerate(found.candidates[:4]))
    result = await gql(client, f"{{ {both} }}", token=mine)
    assert sorted((e["extensions"]["code"], tuple(e["path"])) for e in result["errors"]) == [
        ("FORBIDDEN", (f"e{n}", "supervision")) for n, c in enumerate(found.candidates[:4]) if c.region != SMALL_REGION
    ]
    for n, c in enumerate(found.candidates[:4]):
        if c.region == SMALL_REGION:
            assert result["data"][f"e{n}"] == {"code": c.code,
                                               "supervision": {"class": expected_supervision(c)["supervision"]["class"]}}


THREE_STEPS = """
mutation Steps($a: UpdateEnterpriseInput!, $hazard: RecordCreditFactInput!, $b: UpdateEnterpriseInput!) {
  a: updateEnterprise(input: $a) { enterprise { ...Read } userErrors { code } }
  hazard: recordHazard(input: $hazard) { record { id } userErrors { code } }
  b: updateEnterprise(input: $b) { enterprise { ...Read } userErrors { code } }
}
fragment Read on Enterprise {
  creditRecords { totalCount edges { node { id } } }
  supervision { class recordIds }
  agencyRating { year }
}
"""


async def test_each_mutation_of_a_document_reads_records_class_and_rating_as_stored_after_it(client) -> None:
    # loaders do not cache: the last payload shows the hazard and the rating the first did not have
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(8591)
    result = await desk.run(THREE_STEPS, {
        "a": {"code": code, "name": "改名单位"},
        "hazard": {"code": code, "occurredOn": (china_today() - timedelta(days=30)).isoformat(),
                   "description": "重大事故隐患"},
        "b": {"code": code, "industry": AGENCY},
    })
    assert "errors" not in result, result
    assert [result["data"][k]["userErrors"] for k in ("a", "hazard", "b")] == [[], [], []]
    hazard = result["data"]["hazard"]["record"]["id"]
    first, last = result["data"]["a"]["enterprise"], result["data"]["b"]["enterprise"]
    assert first["creditRecords"] == {"totalCount": 0, "edges": []}
    assert last["creditRecords"] == {"totalCount": 1, "edges": [{"node": {"id": hazard}}]}
    assert first["agencyRating"] is None and last["agencyRating"] is not None
    assert first["supervision"] == {"class": "B", "recordIds": []}
    assert last["supervision"] == {"class": "C", "recordIds": [hazard]}
