"""Graded supervision (分级分类监管): standardisation grades, inspections, an enterprise's class
on a day, and the inspection plan of a region.

An enterprise's class is never read from a store: ``supervisions`` asks the domain rule
(``credit.domain.supervision.classify``) over the enterprises' facts (``facts_of_enterprises``,
read for every enterprise of an answer at once), and the plan asks its SQL form
(``credit.store.supervision``) over the whole register of a region prefix.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib.resources import files

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import china_date_of, china_today
from credit.domain.codes import is_valid_region_prefix
from credit.domain.errors import Refusal
from credit.domain.records import CreditRecordKind
from credit.domain.supervision import (
    FactKind,
    InspectionKind,
    SupervisedListing,
    SupervisedRecord,
    Supervision,
    SupervisionFacts,
    SupervisionRules,
    check_standardisation,
    classify,
    rule_set_for_region,
)
from credit.services.access import authorize
from credit.services.auth import Caller, Role, forbidden
from credit.services.common import InputCheck, audit, snapshot
from credit.services.paging import Page, page_size
from credit.services.records import hazard_found_in, load_enterprise, record_with, write_records
from credit.settings import get_settings
from credit.store import supervision as store
from credit.store.clock import recording
from credit.store.listing_status import UNIT_LISTING, known_condition
from credit.store.listings import facts_of
from credit.store.models import (
    Authority,
    CreditRecord,
    Enterprise,
    Inspection,
    Listing,
    RepairApplication,
)

DEFAULT_RULE_SET = ("default", "1")
EARLIEST_DAY = date(1990, 1, 1)
#: how far ahead a plan or a class may be asked for, in years
HORIZON_YEARS = 10
#: hazards one inspection may record
MAX_HAZARDS = 50


# --------------------------------------------------------------------- rule sets


@lru_cache(maxsize=1)
def shipped_rule_sets() -> dict[tuple[str, str], SupervisionRules]:
    """credit/rules/supervision-*.toml by (name, version)."""
    folder = files("credit.rules")
    found: dict[tuple[str, str], SupervisionRules] = {}
    for path in sorted(p.name for p in folder.iterdir() if p.name.startswith("supervision-")):
        if path.endswith(".toml"):
            rules = SupervisionRules.from_toml(folder.joinpath(path).read_text(encoding="utf-8"))
            found[(rules.name, rules.version)] = rules
    return found


@lru_cache(maxsize=1)
def region_rule_sets() -> tuple[SupervisionRules, dict[str, SupervisionRules]]:
    """The default rule set and the regions' own (CREDIT_SUPERVISION_RULE_SETS: ``prefix=name:version``
    comma separated). Called at start-up: a rule set that is not shipped stops the service."""
    shipped = shipped_rule_sets()
    by_prefix: dict[str, SupervisionRules] = {}
    for prefix, (name, version) in get_settings().supervision_rule_set_map().items():
        if (name, version) not in shipped:
            known = ", ".join(f"{n}:{v}" for n, v in sorted(shipped))
            raise ValueError(
                f"CREDIT_SUPERVISION_RULE_SETS: {prefix}={name}:{version} is not a shipped "
                f"supervision rule set (known: {known})"
            )
        by_prefix[prefix] = shipped[(name, version)]
    return shipped[DEFAULT_RULE_SET], by_prefix


def rules_for(region_code: str) -> SupervisionRules:
    default, by_prefix = region_rule_sets()
    return rule_set_for_region(region_code, by_prefix, default)


def rule_sets_for_plan(region: str) -> list[store.RegionRules]:
    """The rule sets that may answer inside ``region``: the one of the region itself and
    those of longer prefixes inside it, each with the prefixes it answers for."""
    default, by_prefix = region_rule_sets()
    own = rule_set_for_region(region, by_prefix, default)
    inside = {p: r for p, r in by_prefix.items() if p.startswith(region) and len(p) > len(region)}
    groups: dict[str, store.RegionRules] = {}
    for prefix, rules in inside.items():
        found = groups.get(rules.label)
        groups[rules.label] = store.RegionRules((*(found.prefixes if found else ()), prefix), rules)
    # the region's own set answers everything else (no prefixes: the ELSE branch)
    return [*groups.values(), store.RegionRules((), own)]


# --------------------------------------------------------------------- recording


async def record_standardisation(
    caller: Caller,
    *,
    code: str,
    grade: int,
    certified_on: date,
    valid_until: date,
    certificate_number: str,
    supersedes_record_id: str | None = None,
) -> CreditRecord:
    """安全生产标准化等级 (一级/二级/三级): a credit record, valid ``certifiedOn <= day <= validUntil``.

    ``validUntil`` is the one date that may lie in the future. A certificate number is
    recorded once per enterprise (a correction supersedes the earlier record).
    """
    authorize(caller, "recordStandardisation")
    check = InputCheck()
    code = check.code(code)
    check.past_date(certified_on, "certifiedOn")
    for problem, field_name in check_standardisation(grade, certified_on, valid_until):
        check.add(problem, field_name, str(grade) if field_name == "grade" else None)
    number = check.text(certificate_number, "certificateNumber", required=True, limit=100)
    fields = {"level": str(grade), "reference": number, "valid_until": valid_until, "description": ""}
    return await record_with(
        caller, check, code, CreditRecordKind.STANDARDISATION, certified_on, fields,
        action="recordStandardisation", supersedes_record_id=supersedes_record_id,
    )


async def record_inspection(
    caller: Caller,
    *,
    code: str,
    inspected_on: date,
    kind: str,
    findings: str,
    hazards: list[str] | None = None,
) -> Inspection:
    """监督检查. Each of ``hazards`` (重大事故隐患 found and not rectified on the spot) becomes a
    HAZARD credit record of the inspection's date, in the same transaction."""
    authorize(caller, "recordInspection")
    check = InputCheck()
    code = check.code(code)
    check.past_date(inspected_on, "inspectedOn")
    if str(kind) not in InspectionKind.__members__:
        check.add("INVALID_VALUE", "kind", str(kind))
    findings = check.text(findings, "findings", required=True)
    found = [check.text(h, f"hazards.{n}", required=True) for n, h in enumerate(hazards or [])]
    if len(found) > MAX_HAZARDS:
        check.add("INVALID_VALUE", "hazards", f"一次检查最多记录{MAX_HAZARDS}项隐患")
    check.done()
    enterprise = await load_enterprise(code)
    caller.require_region(enterprise.region_code)
    async with recording() as (conn, moment):
        authority = await Authority.get(id=caller.authority_id, using_db=conn) if caller.authority_id else None
        inspection = await Inspection.create(
            enterprise=enterprise, authority=authority, inspected_on=inspected_on,
            kind=InspectionKind(str(kind)).value, findings=findings, recorded_at=moment, using_db=conn,
        )
        await audit(conn, caller, "recordInspection", inspection, enterprise_code=enterprise.code,
                    before=None, after=snapshot(inspection))
        if found:
            # the hazards as recordHazard records them (audit entry, outbox event), in this moment
            drafts = [hazard_found_in(caller, inspection.id, inspected_on, enterprise.code, text) for text in found]
            outcomes = await write_records(caller, drafts, atomic=True, within=(conn, moment))
            refused = next((o.refusal for o in outcomes if o.refusal is not None), None)
            if refused is not None:
                raise refused  # the inspection is not recorded either
        await store.refresh(conn, [enterprise.id])
    return inspection


# --------------------------------------------------------------------- reading


async def facts_of_enterprises(
    enterprise_ids: Sequence[int], known_at: datetime | None = None
) -> dict[int, SupervisionFacts]:
    """Every fact the supervision rules read, of each enterprise, as known at ``known_at``
    (None: now; credit.domain.knowledge): records recorded by then, superseded only by
    corrections of the enterprise recorded by then (``records_known_at``, here in its SQL form
    as for a profile's records), listings as ``ListingFacts.known_at``, inspections recorded
    by then. Five statements for any number of enterprises (credit.api.loaders asks for every
    enterprise of an answer at once); each fact in id order."""
    ids = sorted(set(enterprise_ids))
    known_then = known_condition(known_at)
    rows = await CreditRecord.filter(
        known_then,
        enterprise_id__in=ids,
        kind__in=[FactKind.ACCIDENT.value, FactKind.PENALTY.value, FactKind.HAZARD.value,
                  FactKind.STANDARDISATION.value],
    ).order_by("id").values("id", "enterprise_id", "kind", "occurred_on", "grade", "level", "valid_until")
    superseded: set[tuple[int, int]] = {
        (int(enterprise_id), int(record_id))
        for enterprise_id, record_id in await CreditRecord.filter(
            known_then, enterprise_id__in=ids, supersedes_id__isnull=False
        ).values_list("enterprise_id", "supersedes_id")
    }
    records: dict[int, list[SupervisedRecord]] = {}
    for r in rows:
        records.setdefault(r["enterprise_id"], []).append(SupervisedRecord(
            record_id=r["id"],
            kind=FactKind(r["kind"]),
            occurred_on=r["occurred_on"],
            accident_grade=AccidentGrade[r["grade"]] if r["kind"] == "ACCIDENT" and r["grade"] else None,
            standardisation_grade=int(r["level"]) if r["kind"] == "STANDARDISATION" and r["level"] else None,
            valid_until=r["valid_until"],
            superseded=(r["enterprise_id"], r["id"]) in superseded,
        ))
    # the unit's own listings (not one naming only its principal: credit.store.listing_status),
    # decided now (one undecided now was undecided at every earlier moment too)
    listings = await Listing.filter(
        known_then, UNIT_LISTING, enterprise_id__in=ids, listed_on__isnull=False
    ).order_by("id")
    repairs: dict[int, list[RepairApplication]] = {}
    if listings:
        for repair in await RepairApplication.filter(listing_id__in=[x.id for x in listings]).order_by("id"):
            repairs.setdefault(repair.listing_id, []).append(repair)  # type: ignore[attr-defined]
    supervised: dict[int, list[SupervisedListing]] = {}
    for listing in listings:
        facts = facts_of(listing, repairs.get(listing.id, [])).known_at(known_at)
        if facts is not None:
            supervised.setdefault(listing.enterprise_id, []).append(  # type: ignore[attr-defined]
                SupervisedListing(listing.id, facts))
    inspections: dict[int, list[date]] = {}
    for enterprise_id, inspected_on in await Inspection.filter(known_then, enterprise_id__in=ids).order_by(
        "id"
    ).values_list("enterprise_id", "inspected_on"):
        inspections.setdefault(int(enterprise_id), []).append(inspected_on)
    return {
        enterprise_id: SupervisionFacts(
            records=tuple(records.get(enterprise_id, [])),
            listings=tuple(supervised.get(enterprise_id, [])),
            inspections=tuple(inspections.get(enterprise_id, [])),
        )
        for enterprise_id in ids
    }


async def load_facts(enterprise_id: int, known_at: datetime | None = None) -> SupervisionFacts:
    """Every fact the supervision rules read, of one enterprise, as known at ``known_at``
    (``facts_of_enterprises`` for one)."""
    return (await facts_of_enterprises([enterprise_id], known_at))[enterprise_id]


def check_day(day: date, field_name: str = "on") -> date:
    latest = date(china_today().year + HORIZON_YEARS, 12, 31)
    if not EARLIEST_DAY <= day <= latest:
        raise Refusal("INVALID_VALUE", field_name, f"应在 {EARLIEST_DAY} 与 {latest} 之间")
    return day


@dataclass(frozen=True)
class SupervisionAsked:
    """An enterprise's class as a field asks for it (``Enterprise.supervision``), the caller
    admitted and the day checked: what ``supervisions`` classifies for many at once."""

    enterprise_id: int
    #: the facts as known at this moment (None: now)
    known_at: datetime | None
    day: date
    rules: SupervisionRules


def supervision_asked(
    caller: Caller,
    enterprise: Enterprise,
    on: date | None,
    known_at: datetime | None = None,
    region_code: str | None = None,
) -> SupervisionAsked:
    """The class of an enterprise on a day (default today), asked for: regulators of its
    region and admins, checked here, so a refusal is the asking field's own.

    As known at ``known_at`` (an ``enterprise(asKnownAt)`` moment, already checked by
    ``known_moment``; None: now): the class the service would have given then, from the facts
    it knew then (``facts_of_enterprises``), by the rule set of ``region_code``, the region
    registered then (default: now); the day defaults to the China day of that moment. Who may
    ask is decided by the region registered now. Not the projection: it holds the class as
    known now.
    """
    if caller.role is Role.REGULATOR:
        caller.require_region(enterprise.region_code)
    elif caller.role is not Role.ADMIN:
        raise forbidden("监管分级仅对辖区监管部门和管理员开放")
    day = check_day(on or (china_date_of(known_at) if known_at is not None else china_today()))
    return SupervisionAsked(enterprise.id, known_at, day, rules_for(region_code or enterprise.region_code))


async def supervisions(asked: Sequence[SupervisionAsked]) -> list[Supervision]:
    """Each class asked for, in the order asked: the domain's ``classify`` over the facts of
    every enterprise asked, read at once for each moment asked (an answer asks one)."""
    moments: dict[datetime | None, set[int]] = {}
    for a in asked:
        moments.setdefault(a.known_at, set()).add(a.enterprise_id)
    facts = {known_at: await facts_of_enterprises(sorted(ids), known_at) for known_at, ids in moments.items()}
    return [classify(a.rules, facts[a.known_at][a.enterprise_id], a.day) for a in asked]


@dataclass(frozen=True)
class PlanEntry:
    code: str
    name: str
    klass: str
    interval_months: int
    last_inspected_on: date | None
    due_on: date | None
    overdue: bool
    cursor: str


def plan_cursor(due: date | None, code: str) -> str:
    return base64.urlsafe_b64encode(f"plan:{due.isoformat() if due else '-'}:{code}".encode()).decode()


def _after(cursor: str | None) -> tuple[date | None, str] | None:
    if not cursor:
        return None
    try:
        kind, due, code = base64.urlsafe_b64decode(cursor.encode()).decode().split(":")
        if kind != "plan" or not code.isalnum() or len(code) > 18:
            raise ValueError(cursor)
        return (None if due == "-" else date.fromisoformat(due)), code
    except (ValueError, binascii.Error, UnicodeError) as exc:
        raise Refusal("INVALID_CURSOR", "after") from exc


async def inspection_plan(
    caller: Caller, *, region: str, on: date, first: int | None = None, after: str | None = None
) -> Page[PlanEntry]:
    """The whole register of a region prefix with each enterprise's class on ``on``, in the
    order to work through it: overdue first, then dueOn (nulls first), then code."""
    authorize(caller, "inspectionPlan")
    region = (region or "").strip()
    if not is_valid_region_prefix(region):
        raise Refusal("INVALID_REGION", "region", region[:16])
    check_day(on)
    limit = page_size(first)
    keyset = _after(after)
    if caller.role is Role.REGULATOR and not region.startswith(caller.region_prefix or "\0"):
        caller.require_region(region)
    rows = await store.plan_page(
        rule_sets_for_plan(region), region, on, stored=on >= china_today(), after=keyset, limit=limit + 1
    )
    entries = [
        PlanEntry(
            r.code, r.name, r.klass.value, r.interval_months, r.last_inspected_on, r.due_on,
            r.due_on is None or r.due_on < on, plan_cursor(r.due_on, r.code),
        )
        for r in rows[:limit]
    ]
    return Page(entries, len(rows) > limit, -1)  # no total: it would cost a second pass
