"""The joint punishment catalogue (联合惩戒措施目录): which measure follows a listing, by domain,
for the unit (``[[measure]]``), for the persons listed with it (``[[person_measure]]``), and
what an incentive list earns (守信激励, ``[[benefit]]``).

The catalogue is versioned data: version 1 ships (credit/rules/catalogue-1.toml) and is in
force from the start; an admin publishes later versions, each in force from its effective
date (00:00 China time) until the next one's. A check as of a moment uses the version in
force that day (``CatalogueHistory.in_force_on``) and names it.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from credit.domain.listings import ListKind


class RestrictionDomain(enum.StrEnum):
    GOVERNMENT_PROCUREMENT = "GOVERNMENT_PROCUREMENT"  # 政府采购
    BIDDING = "BIDDING"  # 工程招投标
    LAND_SUPPLY = "LAND_SUPPLY"  # 国有土地出让
    FINANCING = "FINANCING"  # 投融资、债券发行
    FISCAL_SUPPORT = "FISCAL_SUPPORT"  # 财政资金、补贴
    TAX_INCENTIVES = "TAX_INCENTIVES"  # 税收优惠
    HONOURS = "HONOURS"  # 评优评先、授予荣誉
    CUSTOMS = "CUSTOMS"  # 进出口
    QUALIFICATION = "QUALIFICATION"  # 资质审核、行政许可
    INSURANCE = "INSURANCE"  # 保险费率


class MeasureEffect(enum.StrEnum):
    RESTRICT = "RESTRICT"  # 限制
    PROHIBIT = "PROHIBIT"  # 禁止
    BENEFIT = "BENEFIT"  # 守信激励: never changes a status

    @property
    def strength(self) -> int:
        return {MeasureEffect.PROHIBIT: 2, MeasureEffect.RESTRICT: 1}.get(self, 0)


class RestrictionStatus(enum.StrEnum):
    CLEAR = "CLEAR"
    RESTRICTED = "RESTRICTED"
    PROHIBITED = "PROHIBITED"
    INVALID_CODE = "INVALID_CODE"


class CatalogueError(ValueError):
    """A catalogue text that does not hold together; the message says where, in one line."""


@dataclass(frozen=True)
class Measure:
    domain: RestrictionDomain
    list_kind: ListKind
    effect: MeasureEffect
    measure: str

    @classmethod
    def from_toml(cls, entry: Mapping[str, Any]) -> Measure:
        """One ``[[measure]]`` table; keys this version does not know are left to later ones."""
        return cls(
            domain=RestrictionDomain(entry["domain"]),
            list_kind=ListKind(entry["list_kind"]),
            effect=MeasureEffect(entry["effect"]),
            measure=str(entry["measure"]),
        )


class PersonDomain(enum.StrEnum):
    """Where a measure binds a listed person (DESIGN §2: for persons)."""

    OFFICE = "OFFICE"  # 担任法定代表人、董事、监事、高级管理人员
    HONOURS = "HONOURS"  # 评优评先、授予荣誉
    INSURANCE = "INSURANCE"  # 保险 (安责险等)


@dataclass(frozen=True)
class PersonMeasure:
    """A measure on the persons a listing names (``[[person_measure]]``)."""

    domain: PersonDomain
    list_kind: ListKind
    effect: MeasureEffect
    measure: str

    @classmethod
    def from_toml(cls, entry: Mapping[str, Any]) -> PersonMeasure:
        return cls(
            domain=PersonDomain(entry["domain"]),
            list_kind=ListKind(entry["list_kind"]),
            effect=MeasureEffect(entry["effect"]),
            measure=str(entry["measure"]),
        )


@dataclass(frozen=True)
class Benefit:
    """守信激励措施: what an incentive list earns in a domain (no domain: shown in no check)."""

    incentive: str
    measure: str
    domain: RestrictionDomain | None = None

    @classmethod
    def from_toml(cls, entry: Mapping[str, Any]) -> Benefit:
        return cls(
            incentive=str(entry["incentive"]),
            measure=str(entry["measure"]),
            domain=RestrictionDomain(entry["domain"]) if "domain" in entry else None,
        )


def _tables(data: Mapping[str, Any], key: str, parse: Any) -> list[Any]:
    """The ``[[key]]`` tables of a catalogue, each parsed, or CatalogueError naming the fault."""
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CatalogueError(f"[[{key}]] must be tables")
    parsed = []
    for index, entry in enumerate(entries, start=1):
        try:
            parsed.append(parse(entry))
        except KeyError as exc:
            raise CatalogueError(f"{key} {index}: {exc.args[0]} is missing") from None
        except ValueError as exc:
            raise CatalogueError(f"{key} {index}: {exc}") from None
    return parsed


@dataclass(frozen=True)
class Catalogue:
    version: str
    title: str
    measures: tuple[Measure, ...]
    #: measures on listed persons, versioned with the rest (none in a catalogue without them)
    person_measures: tuple[PersonMeasure, ...] = ()
    benefits: tuple[Benefit, ...] = ()
    #: in force from 00:00 China time of this day; None: from the start (the shipped version 1)
    effective_from: date | None = None
    #: when the service learnt of it (publication); None for the shipped version 1
    recorded_at: datetime | None = field(default=None, compare=False)
    #: the parsed TOML as given: tables and keys beyond ``[[measure]]`` stay readable here
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: domain → list kind (value) → measure, built once: looked up for every listing in force
    _by_domain: Mapping[RestrictionDomain, Mapping[str, Measure]] = field(
        init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        by_domain: dict[RestrictionDomain, dict[str, Measure]] = {d: {} for d in RestrictionDomain}
        for m in self.measures:
            by_domain[m.domain][m.list_kind.value] = m
        object.__setattr__(self, "_by_domain", by_domain)

    @classmethod
    def from_toml(cls, text: str, *, require_effective_date: bool = False) -> Catalogue:
        """A catalogue from its TOML text, checked whole (CatalogueError names the fault)."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise CatalogueError(f"not TOML: {exc}") from None
        version = data.get("version")
        if not isinstance(version, str | int) or isinstance(version, bool) or not str(version).strip():
            raise CatalogueError("version is missing")
        version = str(version).strip()
        if len(version) > 32:
            raise CatalogueError("version is longer than 32 characters")
        title = data.get("title", "")
        if not isinstance(title, str) or len(title) > 200:
            raise CatalogueError("title must be text of at most 200 characters")
        effective = data.get("effective_from")
        if isinstance(effective, str):
            try:
                effective = date.fromisoformat(effective)
            except ValueError:
                raise CatalogueError(f"effective_from {effective!r} is not a date") from None
        if effective is not None and (not isinstance(effective, date) or hasattr(effective, "hour")):
            raise CatalogueError("effective_from must be a date (YYYY-MM-DD)")
        if require_effective_date and effective is None:
            raise CatalogueError("effective_from is missing (the day the version comes into force)")
        measures = _tables(data, "measure", Measure.from_toml)
        if len({(m.domain, m.list_kind) for m in measures}) != len(measures):
            raise CatalogueError("catalogue has two measures for one domain and list kind")
        person_measures = _tables(data, "person_measure", PersonMeasure.from_toml)
        if len({(m.domain, m.list_kind) for m in person_measures}) != len(person_measures):
            raise CatalogueError("catalogue has two person measures for one domain and list kind")
        benefits = _tables(data, "benefit", Benefit.from_toml)
        return cls(
            version=version, title=title, measures=tuple(measures), person_measures=tuple(person_measures),
            benefits=tuple(benefits), effective_from=effective, source=data,
        )

    def measure_for(self, domain: RestrictionDomain, kind: ListKind) -> Measure | None:
        return self._by_domain[domain].get(kind.value)

    def kinds_with_measure(self, domain: RestrictionDomain) -> dict[ListKind, Measure]:
        return {m.list_kind: m for m in self.measures if m.domain is domain}

    def measures_by_kind(self, domain: RestrictionDomain) -> Mapping[str, Measure]:
        """List kind (its value) → measure in ``domain``: what a check looks up per listing."""
        return self._by_domain[domain]

    def person_measures_for(self, kind: ListKind) -> tuple[PersonMeasure, ...]:
        """The measures on the persons a listing of ``kind`` names."""
        return tuple(m for m in self.person_measures if m.list_kind is kind)

    def benefits_in(self, domain: RestrictionDomain) -> tuple[Benefit, ...]:
        return tuple(b for b in self.benefits if b.domain is domain)


@dataclass(frozen=True)
class CatalogueHistory:
    """Every version of the catalogue: the first from the start, each later one from its date."""

    first: Catalogue
    later: tuple[Catalogue, ...] = ()

    @classmethod
    def of(cls, first: Catalogue, published: Iterable[Catalogue]) -> CatalogueHistory:
        """``published`` in publication order: on one effective date the later publication wins."""
        ordered = sorted(
            enumerate(published), key=lambda p: (p[1].effective_from or date.min, p[0])
        )
        return cls(first, tuple(c for _, c in ordered))

    def in_force_on(self, day: date, known_at: datetime | None = None) -> Catalogue:
        """The version in force on ``day``; with ``known_at``, as the service knew the versions
        then (a version published later is left out, whatever its effective date)."""
        found = self.first
        for catalogue in self.later:
            if catalogue.effective_from is None or catalogue.effective_from > day:
                break
            if known_at is None or (catalogue.recorded_at is not None and catalogue.recorded_at <= known_at):
                found = catalogue
        return found

    @property
    def versions(self) -> Sequence[Catalogue]:
        return (self.first, *self.later)


_BY_STRENGTH = (RestrictionStatus.CLEAR, RestrictionStatus.RESTRICTED, RestrictionStatus.PROHIBITED)


def status_from_effects(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max((e.strength for e in effects), default=0)]
