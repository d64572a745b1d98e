"""The joint punishment catalogue (联合惩戒措施目录): which measure follows a listing, by domain,
for the unit (``[[measure]]``) and for the persons listed with it (``[[person_measure]]``).

The catalogue is versioned data (credit/rules/catalogue-*.toml); every check names
the version it used.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Measure:
    domain: RestrictionDomain
    list_kind: ListKind
    effect: MeasureEffect
    measure: str


class PersonDomain(enum.StrEnum):
    """Where a measure binds a listed person (DESIGN §2: for persons)."""

    OFFICE = "OFFICE"  # 担任法定代表人、董事、监事、高级管理人员
    HONOURS = "HONOURS"  # 评优评先、授予荣誉
    INSURANCE = "INSURANCE"  # 保险 (安责险等)


@dataclass(frozen=True)
class PersonMeasure:
    """A measure on the persons a listing names (``[[person_measure]]`` in the catalogue)."""

    domain: PersonDomain
    list_kind: ListKind
    effect: MeasureEffect
    measure: str


@dataclass(frozen=True)
class Benefit:
    """守信激励措施: what an incentive list earns in a domain (none: shown nowhere in checks)."""

    incentive: str
    measure: str
    domain: RestrictionDomain | None = None


@dataclass(frozen=True)
class Catalogue:
    version: str
    title: str
    measures: tuple[Measure, ...]
    #: measures on listed persons, versioned with the rest (none in a catalogue without them)
    person_measures: tuple[PersonMeasure, ...] = ()
    benefits: tuple[Benefit, ...] = ()

    @classmethod
    def from_toml(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        person_measures = tuple(
            PersonMeasure(
                domain=PersonDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data.get("person_measure", ())
        )
        if len({(m.domain, m.list_kind) for m in person_measures}) != len(person_measures):
            raise ValueError("catalogue has two person measures for one domain and list kind")
        benefits = tuple(
            Benefit(
                incentive=b["incentive"], measure=b["measure"],
                domain=RestrictionDomain(b["domain"]) if "domain" in b else None,
            )
            for b in data.get("benefit", [])
        )
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures,
                   person_measures=person_measures, benefits=benefits)

    def measure_for(self, domain: RestrictionDomain, kind: ListKind) -> Measure | None:
        for m in self.measures:
            if m.domain is domain and m.list_kind is kind:
                return m
        return None

    def kinds_with_measure(self, domain: RestrictionDomain) -> dict[ListKind, Measure]:
        return {m.list_kind: m for m in self.measures if m.domain is domain}

    def person_measures_for(self, kind: ListKind) -> tuple[PersonMeasure, ...]:
        """The measures on the persons a listing of ``kind`` names."""
        return tuple(m for m in self.person_measures if m.list_kind is kind)

    def benefits_in(self, domain: RestrictionDomain) -> tuple[Benefit, ...]:
        return tuple(b for b in self.benefits if b.domain is domain)


_BY_STRENGTH = (RestrictionStatus.CLEAR, RestrictionStatus.RESTRICTED, RestrictionStatus.PROHIBITED)


def status_from_effects(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max((e.strength for e in effects), default=0)]
