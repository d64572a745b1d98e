"""Rule regimes (规则体系): the listing and publication rules a region works under, as data.

A regime is one TOML file under credit/rules/ (``regime-<name>.toml``): the listing
periods per list kind, the second-listing rule, the objection and publication windows in
working days, the greylist grounds with their periods, the publication period of
penalties (公示期) and the rules that find listing candidates. The service ships
``moem-11-2023`` (应急管理部令第11号, the default) and ``awb-14-2015`` (安委办〔2015〕14号);
settings choose one per region prefix (``CREDIT_REGIMES``). A listing records the name of
the regime it was proposed under (``Listing.rules_version``) and keeps it.

Everything here is pure: parse and check the text, choose by region and day, and answer
the questions the procedure asks (how long, how many working days, which penalty counts).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from credit.domain.calendar import add_months
from credit.domain.listings import ListingGround, ListKind
from credit.domain.records import PenaltyCategory

#: the regime of every region and day that the settings do not name
DEFAULT_REGIME = "moem-11-2023"

_GREYLIST_GROUNDS = tuple(g for g in ListingGround if g.list_kind is ListKind.GREYLIST)
_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")


class RegimeError(ValueError):
    """A regime file or the CREDIT_REGIMES setting does not hold together (one line, for people)."""


@dataclass(frozen=True)
class RepeatRule:
    """再次列入: a blacklist listing decided while an earlier one of the same unit was in force,
    or within ``within_months`` after it ended, runs for ``period_months`` instead."""

    within_months: int
    period_months: int


@dataclass(frozen=True)
class PublicationPeriod:
    """公示期 of a penalty, from its decision: at least ``min_months`` (then the party may apply
    to end it early), at most ``max_months`` (then it ends by itself)."""

    min_months: int
    max_months: int


@dataclass(frozen=True)
class CandidateRules:
    """How ``listingCandidates`` reads the records: a look-back period, and the penalty
    categories and words of a violation type (违法行为类型) that point to a ground."""

    lookback_months: int
    #: categories of a penalty that point to UNLICENSED_OPERATION (暂扣、吊销许可证)
    unlicensed_categories: frozenset[PenaltyCategory] = frozenset()
    #: ground → words; a penalty whose violation type holds one of them points to the ground
    violation_terms: Mapping[ListingGround, tuple[str, ...]] = field(default_factory=dict)

    def terms_for(self, ground: ListingGround) -> tuple[str, ...]:
        return self.violation_terms.get(ground, ())


@dataclass(frozen=True)
class Regime:
    """One set of listing rules, by name (recorded on every listing proposed under it)."""

    name: str
    title: str
    #: the document(s) the rules come from, quoted in the file
    basis: str
    blacklist_period_months: int
    greylist_periods: Mapping[ListingGround, int]
    repeat: RepeatRule | None
    objection_working_days: int
    publish_working_days: int
    repair_after_months: int
    repeated_accident_window_months: int
    #: 罚款倍数 that make AGGRAVATED_ACCIDENT_FINE (安全生产法 Art. 114), bounds included
    aggravated_fine_multiple: tuple[Decimal, Decimal]
    penalty_publication: PublicationPeriod
    penalty_publication_by_category: Mapping[PenaltyCategory, PublicationPeriod]
    candidates: CandidateRules

    @property
    def version(self) -> str:
        """What a listing records (``rulesVersion``): the regime's name."""
        return self.name

    @property
    def candidate_lookback_months(self) -> int:
        return self.candidates.lookback_months

    def period_months(self, ground: ListingGround, *, repeated: bool = False) -> int:
        """The listing period: the blacklist's (its second-listing rule applied), or the greylist ground's."""
        if ground.list_kind is ListKind.GREYLIST:
            return self.greylist_periods[ground]
        if repeated and self.repeat is not None:
            return self.repeat.period_months
        return self.blacklist_period_months

    def is_aggravated_multiple(self, multiple: Decimal | None) -> bool:
        low, high = self.aggravated_fine_multiple
        return multiple is not None and low <= multiple <= high

    def penalty_publication_period(self, categories: Iterable[PenaltyCategory]) -> PublicationPeriod:
        """Where one decision has several penalty types, the longest applies (each bound)."""
        periods = [self.penalty_publication_by_category.get(c, self.penalty_publication) for c in categories]
        if not periods:
            return self.penalty_publication
        return PublicationPeriod(max(p.min_months for p in periods), max(p.max_months for p in periods))

    def penalty_publication_ends_on(
        self, decided_on: date, category: PenaltyCategory | None, fine_yuan: Decimal | None
    ) -> date:
        """公示截止期: the decision date plus the longest publication period of its penalty types.

        A decision's types are its category and, when it fines (fineYuan > 0), FINE as well.
        """
        return add_months(decided_on, self.penalty_publication_period(penalty_types(category, fine_yuan)).max_months)


def penalty_types(category: PenaltyCategory | None, fine_yuan: Decimal | None) -> list[PenaltyCategory]:
    types = [category] if category is not None else []
    if fine_yuan is not None and fine_yuan > 0 and PenaltyCategory.FINE not in types:
        types.append(PenaltyCategory.FINE)
    return types


# --------------------------------------------------------------------- parsing a regime file


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise RegimeError(f"{where}: [{key}] is missing")
    return value


def _months(data: Mapping[str, Any], key: str, where: str, *, low: int = 1, high: int = 120) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RegimeError(f"{where}: {key} must be a whole number from {low} to {high}")
    return value


def _period(data: Mapping[str, Any], where: str) -> PublicationPeriod:
    low = _months(data, "min_months", where)
    high = _months(data, "max_months", where)
    if low > high:
        raise RegimeError(f"{where}: min_months is above max_months")
    return PublicationPeriod(low, high)


def _words(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise RegimeError(f"{where}: must be a list of words")
    return tuple(w.strip() for w in value)


def _enum_key(enum_type: Any, key: str, where: str) -> Any:
    try:
        return enum_type(key)
    except ValueError:
        raise RegimeError(f"{where}: unknown {enum_type.__name__} {key!r}") from None


def parse_regime(text: str, source: str = "regime") -> Regime:
    """A regime from its TOML text, checked whole: a bad file fails with one line naming the fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegimeError(f"{source}: not TOML ({exc})") from None
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise RegimeError(f"{source}: name must be lower-case letters, digits and '-', at most 32")
    where = f"regime {name}"
    procedure = _table(data, "procedure", where)
    blacklist = _table(data, "blacklist", where)
    greylist = _table(data, "greylist", where)
    publication = _table(data, "publication", where)
    candidates = _table(data, "candidates", where)

    default_grey = _months(greylist, "period_months", f"{where} [greylist]")
    grey_table = greylist.get("grounds", {})
    if not isinstance(grey_table, Mapping):
        raise RegimeError(f"{where}: [greylist.grounds] must be a table")
    periods: dict[ListingGround, int] = {}
    for key in grey_table:
        ground = _enum_key(ListingGround, key, f"{where} [greylist.grounds]")
        if ground.list_kind is not ListKind.GREYLIST:
            raise RegimeError(f"{where} [greylist.grounds]: {key} is a blacklist ground")
        periods[ground] = _months(grey_table, key, f"{where} [greylist.grounds]")
    greylist_periods = {g: periods.get(g, default_grey) for g in _GREYLIST_GROUNDS}

    repeat = None
    if "repeat" in blacklist:
        rule = _table(blacklist, "repeat", f"{where} [blacklist]")
        repeat = RepeatRule(
            within_months=_months(rule, "within_months", f"{where} [blacklist.repeat]", low=0),
            period_months=_months(rule, "period_months", f"{where} [blacklist.repeat]"),
        )

    multiple = blacklist.get("aggravated_fine_multiple")
    try:
        low, high = (Decimal(str(v)) for v in multiple)  # type: ignore[union-attr]
    except Exception:
        raise RegimeError(f"{where}: aggravated_fine_multiple must be [low, high]") from None
    if not 0 < low <= high:
        raise RegimeError(f"{where}: aggravated_fine_multiple must be 0 < low <= high")

    by_category: dict[PenaltyCategory, PublicationPeriod] = {}
    category_table = publication.get("categories", {})
    if not isinstance(category_table, Mapping):
        raise RegimeError(f"{where}: [publication.categories] must be a table")
    for key, value in category_table.items():
        category = _enum_key(PenaltyCategory, key, f"{where} [publication.categories]")
        if not isinstance(value, Mapping):
            raise RegimeError(f"{where} [publication.categories]: {key} must be a table")
        by_category[category] = _period(value, f"{where} [publication.categories.{key}]")

    terms_table = candidates.get("violation_terms", {})
    if not isinstance(terms_table, Mapping):
        raise RegimeError(f"{where}: [candidates.violation_terms] must be a table")
    terms: dict[ListingGround, tuple[str, ...]] = {}
    for key, value in terms_table.items():
        ground = _enum_key(ListingGround, key, f"{where} [candidates.violation_terms]")
        terms[ground] = _words(value, f"{where} [candidates.violation_terms] {key}")
    unlicensed = frozenset(
        _enum_key(PenaltyCategory, c, f"{where} [candidates] unlicensed_categories")
        for c in _words(candidates.get("unlicensed_categories", []), f"{where} [candidates] unlicensed_categories")
    )

    return Regime(
        name=name,
        title=str(data.get("title", "")),
        basis=str(data.get("basis", "")),
        blacklist_period_months=_months(blacklist, "period_months", f"{where} [blacklist]"),
        greylist_periods=greylist_periods,
        repeat=repeat,
        objection_working_days=_months(procedure, "objection_working_days", f"{where} [procedure]", high=60),
        publish_working_days=_months(procedure, "publish_working_days", f"{where} [procedure]", high=60),
        repair_after_months=_months(blacklist, "repair_after_months", f"{where} [blacklist]"),
        repeated_accident_window_months=_months(
            blacklist, "repeated_accident_window_months", f"{where} [blacklist]"
        ),
        aggravated_fine_multiple=(low, high),
        penalty_publication=_period(publication, f"{where} [publication]"),
        penalty_publication_by_category=by_category,
        candidates=CandidateRules(
            lookback_months=_months(candidates, "lookback_months", f"{where} [candidates]"),
            unlicensed_categories=unlicensed,
            violation_terms=terms,
        ),
    )


def load_regimes(texts: Mapping[str, str]) -> dict[str, Regime]:
    """Name → regime, from file name → text; each file is named after its regime."""
    found: dict[str, Regime] = {}
    for file_name, text in texts.items():
        regime = parse_regime(text, file_name)
        if file_name != f"regime-{regime.name}.toml":
            raise RegimeError(f"{file_name}: holds regime {regime.name!r}; name the file regime-{regime.name}.toml")
        found[regime.name] = regime
    if DEFAULT_REGIME not in found:
        raise RegimeError(f"the default regime {DEFAULT_REGIME} is not shipped")
    return found


# --------------------------------------------------------------------- which regime, where and when


@dataclass(frozen=True, order=True)
class RegimeChoice:
    """One entry of CREDIT_REGIMES: regions starting with ``prefix`` use ``regime`` from ``since``."""

    prefix: str
    since: date
    regime: str


_EARLIEST = date(1900, 1, 1)
_ENTRY = re.compile(r"([0-9]{0,6})=([a-z0-9][a-z0-9-]*)(?:@([0-9]{4}-[0-9]{2}-[0-9]{2}))?")


def parse_regime_choices(text: str, known: Iterable[str]) -> tuple[RegimeChoice, ...]:
    """``PREFIX=NAME[@YYYY-MM-DD]``, comma separated (an empty prefix is every region)."""
    names = set(known)
    choices: list[RegimeChoice] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        match = _ENTRY.fullmatch(part)
        if match is None:
            raise RegimeError(
                f"{part!r} is not PREFIX=REGIME or PREFIX=REGIME@YYYY-MM-DD (PREFIX: up to 6 digits)"
            )
        prefix, name, since = match.groups()
        if name not in names:
            raise RegimeError(f"{part!r}: no regime named {name!r} (known: {', '.join(sorted(names))})")
        try:
            day = date.fromisoformat(since) if since else _EARLIEST
        except ValueError:
            raise RegimeError(f"{part!r}: {since} is not a date") from None
        choice = RegimeChoice(prefix, day, name)
        if any((c.prefix, c.since) == (prefix, day) for c in choices):
            raise RegimeError(f"{part!r}: region prefix {prefix or '(all)'} is given twice from the same day")
        choices.append(choice)
    return tuple(sorted(choices))


def regime_name_for(choices: Sequence[RegimeChoice], region_code: str, day: date) -> str:
    """The regime in force for a region on a day: the longest prefix with an entry in force
    that day wins; within one prefix, the latest entry that has started; else the default."""
    best: RegimeChoice | None = None
    for choice in choices:
        if not region_code.startswith(choice.prefix) or choice.since > day:
            continue
        if best is None or (len(choice.prefix), choice.since) > (len(best.prefix), best.since):
            best = choice
    return best.regime if best is not None else DEFAULT_REGIME
