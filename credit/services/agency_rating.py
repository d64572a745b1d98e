"""The yearly credit rating of safety service agencies (安全评价、检测检验机构信用评价).

Loads an agency's facts of one calendar year and asks the rule
(``credit.domain.agency_rating.rate``). Read by regulators (``enterprise.agencyRating``)
and shown on the public page of the agency (/public/agencies/{code}).
"""

from __future__ import annotations

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


async def staff_listings(enterprise: Enterprise, first: date, last: date) -> tuple[int, ...]:
    """Listings of other units in force on some day of ``first..last`` that name a person on
    the agency's staff during the period (第11号令: an agency's directly responsible staff are
    listed with the unit they certified falsely for)."""
    staff = await id_set(
        PersonRole.filter(
            Q(ends_on=None) | Q(ends_on__gt=first),
            enterprise_id=enterprise.id, role=EnterpriseRole.AGENCY_STAFF.value, starts_on__lte=last,
        ),
        "person_id",
    )
    if not staff:
        return ()
    named = await id_set(ListingPerson.filter(person_id__in=sorted(staff)), "listing_id")
    if not named:
        return ()
    in_force = Listing.filter(in_force_during_condition(first, last), id__in=sorted(named)).exclude(
        enterprise_id=enterprise.id
    )
    return tuple(sorted(await id_set(in_force, "id")))


async def agency_rating(enterprise: Enterprise, year: int | None = None) -> Rated | None:
    """The agency's rating for ``year`` (default: last year); None for other enterprises."""
    if enterprise.industry != Industry.SAFETY_SERVICE_AGENCY.value:
        return None
    year = default_year() if year is None else year
    if not EARLIEST_YEAR <= year <= china_today().year:
        raise Refusal("INVALID_VALUE", "year", f"应在 {EARLIEST_YEAR} 与 {china_today().year} 之间")
    first, last = date(year, 1, 1), date(year, 12, 31)
    penalties = sorted(await id_set(CreditRecord.filter(
        enterprise_id=enterprise.id, kind=CreditRecordKind.PENALTY.value, occurred_on__gte=first,
        occurred_on__lte=last,
    ), "id"))
    corrected = await id_set(CreditRecord.filter(supersedes_id__in=penalties), "supersedes_id")
    false_reports = tuple(sorted(await id_set(Listing.filter(
        enterprise_id=enterprise.id, ground=ListingGround.FALSE_CERTIFICATION.value, revoked_on=None,
        listed_on__gte=first, listed_on__lte=last,
    ), "id")))

    async def in_force_in_year(kind: ListKind) -> tuple[int, ...]:
        own = Listing.filter(in_force_during_condition(first, last), enterprise_id=enterprise.id,
                             list_kind=kind.value)
        return tuple(sorted(await id_set(own, "id")))

    basis = AgencyBasis(
        year=year,
        false_reports=false_reports,
        penalties=tuple(sorted(p for p in penalties if p not in corrected)),
        blacklistings=await in_force_in_year(ListKind.BLACKLIST),
        greylistings=await in_force_in_year(ListKind.GREYLIST),
        staff_listings=await staff_listings(enterprise, first, last),
    )
    return rate(agency_rating_rules(), basis)
