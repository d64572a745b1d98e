"""The yearly credit rating of safety service agencies (安全评价、检测检验机构信用评价).

Loads an agency's facts of one calendar year and asks the rule
(``credit.domain.agency_rating.rate``). Read by regulators (``enterprise.agencyRating``)
and shown on the public page of the agency (/public/agencies/{code}).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from credit.domain.agency_rating import AgencyBasis, AgencyRatingRules, Rated, rate
from credit.domain.calendar import china_today
from credit.domain.errors import Refusal
from credit.domain.listings import ListingGround, ListKind
from credit.domain.records import CreditRecordKind, Industry
from credit.rules import read_rule_file
from credit.store.models import CreditRecord, Enterprise, Listing
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
    """Listings naming the agency's staff in force in the year.

    The hook for listed persons (第11号令: an agency's directly responsible staff are listed
    with it; ``ProposeListingInput.persons``): once the listings' persons are stored as a
    table, return here the ids of listings in force on some day of [first, last] that name
    a person of this agency (other than the agency's own listings). Until then, none.
    """
    return ()


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
    listings = await Listing.filter(enterprise_id=enterprise.id, listed_on__isnull=False, revoked_on=None)
    false_reports = tuple(
        x.id for x in listings
        if x.ground == ListingGround.FALSE_CERTIFICATION.value and x.listed_on is not None
        and first <= x.listed_on <= last
    )

    def in_force_in_year(kind: ListKind) -> tuple[int, ...]:
        # in force on some day of the year: listedOn <= 31 Dec and endsOn after 1 Jan
        return tuple(
            x.id for x in listings
            if x.list_kind == kind.value and x.listed_on is not None and x.ends_on is not None
            and x.listed_on <= last and x.ends_on > first
        )

    basis = AgencyBasis(
        year=year,
        false_reports=false_reports,
        penalties=tuple(sorted(p for p in penalties if p not in corrected)),
        blacklistings=in_force_in_year(ListKind.BLACKLIST),
        greylistings=in_force_in_year(ListKind.GREYLIST),
        staff_listings=await staff_listings(enterprise, first, last),
    )
    return rate(agency_rating_rules(), basis)
