"""The yearly credit rating of safety service agencies (安全评价、检测检验机构信用评价).

Loads an agency's facts of one calendar year and asks the rule
(``credit.domain.agency_rating.rate``). Read by regulators (``enterprise.agencyRating``)
and shown on the public page of the agency (/public/agencies/{code}).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tortoise.expressions import Q

from credit.domain.agency_rating import AgencyBasis, AgencyRatingRules, Rated, rate
from credit.domain.calendar import china_today
from credit.domain.errors import Refusal
from credit.domain.listings import ListingGround, ListKind
from credit.domain.persons import EnterpriseRole
from credit.domain.records import CreditRecordKind, Industry
from credit.rules import read_rule_file
from credit.store.listing_status import in_force_during_condition
from credit.store.models import CreditRecord, Enterprise, Listing, ListingPerson, PersonRole
from credit.store.queries import id_set

RULES_FILE = "agency-rating-default-1.toml"
EARLIEST_YEAR = 2000


@lru_cache(maxsize=1)
def agency_rating_rules() -> AgencyRatingRules:
    return AgencyRatingRules.from_toml(read_rule_file(RULES_FILE))


def default_year() -> int:
    """The last completed year: the annual rating is of a whole year."""
    return china_today().year - 1


@dataclass(frozen=True)
class AgencyAsked:
    """An agency's rating as a field asks for it (``Enterprise.agencyRating``), the year
    checked: what ``agency_ratings`` rates for many at once."""

    enterprise_id: int
    year: int


def agency_rating_asked(enterprise: Enterprise, year: int | None = None) -> AgencyAsked | None:
    """The agency's rating for ``year`` (default: last year), asked for: None for other
    enterprises, and the year checked here, so a refusal is the asking field's own."""
    if enterprise.industry != Industry.SAFETY_SERVICE_AGENCY.value:
        return None
    year = default_year() if year is None else year
    if not EARLIEST_YEAR <= year <= china_today().year:
        raise Refusal("INVALID_VALUE", "year", f"应在 {EARLIEST_YEAR} 与 {china_today().year} 之间")
    return AgencyAsked(enterprise.id, year)


async def staff_listings(agency_ids: Sequence[int], first: date, last: date) -> dict[int, tuple[int, ...]]:
    """For each agency, the listings of other units in force on some day of ``first..last``
    that name a person on the agency's staff during the period (第11号令: an agency's directly
    responsible staff are listed with the unit they certified falsely for), in id order."""
    staff: dict[int, set[int]] = {}
    for agency_id, person_id in await PersonRole.filter(
        Q(ends_on=None) | Q(ends_on__gt=first),
        enterprise_id__in=agency_ids, role=EnterpriseRole.AGENCY_STAFF.value, starts_on__lte=last,
    ).values_list("enterprise_id", "person_id"):
        staff.setdefault(int(agency_id), set()).add(int(person_id))
    if not staff:
        return {}
    naming: dict[int, set[int]] = {}
    for listing_id, person_id in await ListingPerson.filter(
        person_id__in=sorted(set().union(*staff.values()))
    ).values_list("listing_id", "person_id"):
        naming.setdefault(int(person_id), set()).add(int(listing_id))
    named = set().union(*naming.values()) if naming else set()
    if not named:
        return {}
    in_force: dict[int, int] = {
        int(listing_id): int(unit_id)
        for listing_id, unit_id in await Listing.filter(
            in_force_during_condition(first, last), id__in=sorted(named)
        ).values_list("id", "enterprise_id")
    }
    return {
        agency_id: tuple(sorted(
            {i for p in persons for i in naming.get(p, ()) if i in in_force and in_force[i] != agency_id}
        ))
        for agency_id, persons in staff.items()
    }


async def bases_of_agencies(agency_ids: Sequence[int], year: int) -> dict[int, AgencyBasis]:
    """The facts of ``year`` each agency's rating rests on: its penalties of the year not
    corrected, its false-certification listings decided in the year (not revoked), its
    blacklist and greylist listings in force on some day of the year, and ``staff_listings``.
    Seven statements at most for any number of agencies (credit.api.loaders asks for every
    agency of an answer at once)."""
    ids = sorted(set(agency_ids))
    first, last = date(year, 1, 1), date(year, 12, 31)
    penalties: dict[int, list[int]] = {}
    for record_id, agency_id in await CreditRecord.filter(
        enterprise_id__in=ids, kind=CreditRecordKind.PENALTY.value, occurred_on__gte=first, occurred_on__lte=last,
    ).values_list("id", "enterprise_id"):
        penalties.setdefault(int(agency_id), []).append(int(record_id))
    every_penalty = sorted(i for own in penalties.values() for i in own)
    corrected = await id_set(CreditRecord.filter(supersedes_id__in=every_penalty), "supersedes_id") \
        if every_penalty else set()
    false_reports: dict[int, list[int]] = {}
    for listing_id, agency_id in await Listing.filter(
        enterprise_id__in=ids, ground=ListingGround.FALSE_CERTIFICATION.value, revoked_on=None,
        listed_on__gte=first, listed_on__lte=last,
    ).values_list("id", "enterprise_id"):
        false_reports.setdefault(int(agency_id), []).append(int(listing_id))
    in_force: dict[tuple[int, str], list[int]] = {}
    for listing_id, agency_id, kind in await Listing.filter(
        in_force_during_condition(first, last), enterprise_id__in=ids,
        list_kind__in=[ListKind.BLACKLIST.value, ListKind.GREYLIST.value],
    ).values_list("id", "enterprise_id", "list_kind"):
        in_force.setdefault((int(agency_id), str(kind)), []).append(int(listing_id))
    staff = await staff_listings(ids, first, last)
    return {
        agency_id: AgencyBasis(
            year=year,
            false_reports=tuple(sorted(false_reports.get(agency_id, []))),
            penalties=tuple(sorted(p for p in penalties.get(agency_id, []) if p not in corrected)),
            blacklistings=tuple(sorted(in_force.get((agency_id, ListKind.BLACKLIST.value), []))),
            greylistings=tuple(sorted(in_force.get((agency_id, ListKind.GREYLIST.value), []))),
            staff_listings=staff.get(agency_id, ()),
        )
        for agency_id in ids
    }


async def agency_ratings(asked: Sequence[AgencyAsked]) -> list[Rated]:
    """Each rating asked for, in the order asked: the domain's ``rate`` over the agency's
    basis, the bases of every agency asked read at once for each year asked."""
    years: dict[int, set[int]] = {}
    for a in asked:
        years.setdefault(a.year, set()).add(a.enterprise_id)
    bases = {year: await bases_of_agencies(sorted(ids), year) for year, ids in years.items()}
    return [rate(agency_rating_rules(), bases[a.year][a.enterprise_id]) for a in asked]


async def agency_rating(enterprise: Enterprise, year: int | None = None) -> Rated | None:
    """The agency's rating for ``year`` (default: last year); None for other enterprises
    (``agency_ratings`` for one)."""
    asked = agency_rating_asked(enterprise, year)
    return (await agency_ratings([asked]))[0] if asked is not None else None
