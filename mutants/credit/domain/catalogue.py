"""The joint punishment catalogue (联合惩戒措施目录): which measure follows a listing, by domain.

The catalogue is versioned data (credit/rules/catalogue-*.toml); every check names
the version it used.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

from credit.domain.listings import ListKind


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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

    @property
    def strength(self) -> int:
        return 2 if self is MeasureEffect.PROHIBIT else 1


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
mutants_xǁCatalogueǁfrom_toml__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCatalogueǁmeasure_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCatalogueǁkinds_with_measure__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Catalogue:
    version: str
    title: str
    measures: tuple[Measure, ...]

    @classmethod
    @_mutmut_mutated(mutants_xǁCatalogueǁfrom_toml__mutmut, is_classmethod = True)
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
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_orig(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_1(cls, text: str) -> Catalogue:
        data = None
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
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_2(cls, text: str) -> Catalogue:
        data = tomllib.loads(None)
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
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_3(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = None
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_4(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            None
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_5(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=None,
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_6(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=None,
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_7(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=None,
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_8(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=None,
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_9(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_10(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_11(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_12(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_13(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(None),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_14(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["XXdomainXX"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_15(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["DOMAIN"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_16(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(None),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_17(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["XXlist_kindXX"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_18(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["LIST_KIND"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_19(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(None),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_20(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["XXeffectXX"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_21(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["EFFECT"]),
                measure=m["measure"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_22(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["XXmeasureXX"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_23(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["MEASURE"],
            )
            for m in data["measure"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_24(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["XXmeasureXX"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_25(cls, text: str) -> Catalogue:
        data = tomllib.loads(text)
        measures = tuple(
            Measure(
                domain=RestrictionDomain(m["domain"]),
                list_kind=ListKind(m["list_kind"]),
                effect=MeasureEffect(m["effect"]),
                measure=m["measure"],
            )
            for m in data["MEASURE"]
        )
        seen = {(m.domain, m.list_kind) for m in measures}
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_26(cls, text: str) -> Catalogue:
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
        seen = None
        if len(seen) != len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_27(cls, text: str) -> Catalogue:
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
        if len(seen) == len(measures):
            raise ValueError("catalogue has two measures for one domain and list kind")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_28(cls, text: str) -> Catalogue:
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
            raise ValueError(None)
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_29(cls, text: str) -> Catalogue:
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
            raise ValueError("XXcatalogue has two measures for one domain and list kindXX")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_30(cls, text: str) -> Catalogue:
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
            raise ValueError("CATALOGUE HAS TWO MEASURES FOR ONE DOMAIN AND LIST KIND")
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_31(cls, text: str) -> Catalogue:
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
        return cls(version=None, title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_32(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=None, measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_33(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("title", ""), measures=None)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_34(cls, text: str) -> Catalogue:
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
        return cls(title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_35(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_36(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("title", ""), )

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_37(cls, text: str) -> Catalogue:
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
        return cls(version=str(None), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_38(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["XXversionXX"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_39(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["VERSION"]), title=data.get("title", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_40(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get(None, ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_41(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("title", None), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_42(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get(""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_43(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("title", ), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_44(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("XXtitleXX", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_45(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("TITLE", ""), measures=measures)

    @classmethod
    def xǁCatalogueǁfrom_toml__mutmut_46(cls, text: str) -> Catalogue:
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
        return cls(version=str(data["version"]), title=data.get("title", "XXXX"), measures=measures)

    @_mutmut_mutated(mutants_xǁCatalogueǁmeasure_for__mutmut)
    def measure_for(self, domain: RestrictionDomain, kind: ListKind) -> Measure | None:
        for m in self.measures:
            if m.domain is domain and m.list_kind is kind:
                return m
        return None

    def xǁCatalogueǁmeasure_for__mutmut_orig(self, domain: RestrictionDomain, kind: ListKind) -> Measure | None:
        for m in self.measures:
            if m.domain is domain and m.list_kind is kind:
                return m
        return None

    def xǁCatalogueǁmeasure_for__mutmut_1(self, domain: RestrictionDomain, kind: ListKind) -> Measure | None:
        for m in self.measures:
            if m.domain is domain or m.list_kind is kind:
                return m
        return None

    def xǁCatalogueǁmeasure_for__mutmut_2(self, domain: RestrictionDomain, kind: ListKind) -> Measure | None:
        for m in self.measures:
            if m.domain is not domain and m.list_kind is kind:
                return m
        return None

    def xǁCatalogueǁmeasure_for__mutmut_3(self, domain: RestrictionDomain, kind: ListKind) -> Measure | None:
        for m in self.measures:
            if m.domain is domain and m.list_kind is not kind:
                return m
        return None

    @_mutmut_mutated(mutants_xǁCatalogueǁkinds_with_measure__mutmut)
    def kinds_with_measure(self, domain: RestrictionDomain) -> dict[ListKind, Measure]:
        return {m.list_kind: m for m in self.measures if m.domain is domain}

    def xǁCatalogueǁkinds_with_measure__mutmut_orig(self, domain: RestrictionDomain) -> dict[ListKind, Measure]:
        return {m.list_kind: m for m in self.measures if m.domain is domain}

    def xǁCatalogueǁkinds_with_measure__mutmut_1(self, domain: RestrictionDomain) -> dict[ListKind, Measure]:
        return {m.list_kind: m for m in self.measures if m.domain is not domain}

mutants_xǁCatalogueǁfrom_toml__mutmut['_mutmut_orig'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_1'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_2'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_3'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_4'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_5'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_6'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_7'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_8'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_9'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_10'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_11'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_12'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_13'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_14'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_15'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_16'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_17'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_18'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_19'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_20'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_21'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_22'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_22 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_23'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_23 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_24'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_24 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_25'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_25 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_26'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_26 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_27'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_27 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_28'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_28 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_29'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_29 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_30'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_30 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_31'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_31 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_32'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_32 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_33'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_33 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_34'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_34 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_35'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_35 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_36'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_36 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_37'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_37 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_38'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_38 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_39'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_39 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_40'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_40 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_41'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_41 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_42'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_42 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_43'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_43 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_44'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_44 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_45'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_45 # type: ignore # mutmut generated
mutants_xǁCatalogueǁfrom_toml__mutmut['xǁCatalogueǁfrom_toml__mutmut_46'] = Catalogue.xǁCatalogueǁfrom_toml__mutmut_46 # type: ignore # mutmut generated

mutants_xǁCatalogueǁmeasure_for__mutmut['_mutmut_orig'] = Catalogue.xǁCatalogueǁmeasure_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCatalogueǁmeasure_for__mutmut['xǁCatalogueǁmeasure_for__mutmut_1'] = Catalogue.xǁCatalogueǁmeasure_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCatalogueǁmeasure_for__mutmut['xǁCatalogueǁmeasure_for__mutmut_2'] = Catalogue.xǁCatalogueǁmeasure_for__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCatalogueǁmeasure_for__mutmut['xǁCatalogueǁmeasure_for__mutmut_3'] = Catalogue.xǁCatalogueǁmeasure_for__mutmut_3 # type: ignore # mutmut generated

mutants_xǁCatalogueǁkinds_with_measure__mutmut['_mutmut_orig'] = Catalogue.xǁCatalogueǁkinds_with_measure__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCatalogueǁkinds_with_measure__mutmut['xǁCatalogueǁkinds_with_measure__mutmut_1'] = Catalogue.xǁCatalogueǁkinds_with_measure__mutmut_1 # type: ignore # mutmut generated


_BY_STRENGTH = (RestrictionStatus.CLEAR, RestrictionStatus.RESTRICTED, RestrictionStatus.PROHIBITED)
mutants_x_status_from_effects__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_status_from_effects__mutmut)
def status_from_effects(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max((e.strength for e in effects), default=0)]


def x_status_from_effects__mutmut_orig(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max((e.strength for e in effects), default=0)]


def x_status_from_effects__mutmut_1(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max(None, default=0)]


def x_status_from_effects__mutmut_2(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max((e.strength for e in effects), default=None)]


def x_status_from_effects__mutmut_3(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max(default=0)]


def x_status_from_effects__mutmut_4(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max((e.strength for e in effects), )]


def x_status_from_effects__mutmut_5(effects: Iterable[MeasureEffect]) -> RestrictionStatus:
    """The strongest effect among the measures in force decides the status (none: CLEAR)."""
    return _BY_STRENGTH[max((e.strength for e in effects), default=1)]

mutants_x_status_from_effects__mutmut['_mutmut_orig'] = x_status_from_effects__mutmut_orig # type: ignore # mutmut generated
mutants_x_status_from_effects__mutmut['x_status_from_effects__mutmut_1'] = x_status_from_effects__mutmut_1 # type: ignore # mutmut generated
mutants_x_status_from_effects__mutmut['x_status_from_effects__mutmut_2'] = x_status_from_effects__mutmut_2 # type: ignore # mutmut generated
mutants_x_status_from_effects__mutmut['x_status_from_effects__mutmut_3'] = x_status_from_effects__mutmut_3 # type: ignore # mutmut generated
mutants_x_status_from_effects__mutmut['x_status_from_effects__mutmut_4'] = x_status_from_effects__mutmut_4 # type: ignore # mutmut generated
mutants_x_status_from_effects__mutmut['x_status_from_effects__mutmut_5'] = x_status_from_effects__mutmut_5 # type: ignore # mutmut generated
