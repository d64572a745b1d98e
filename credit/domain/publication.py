"""What the public is told about a listing (公示): the list's title, each ground in Chinese
with its legal basis, and the published row.

Pure data and rules, no I/O: the service decides *which* listings are published
(credit.domain.listings.status_on), this module says *how* they read to a citizen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from credit.domain.listings import ListingGround, ListingStatus, ListKind

#: 应急管理部令第11号, the national rule for the blacklist
MOEM_11 = "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）"

LIST_TITLES: dict[ListKind, str] = {
    ListKind.BLACKLIST: "安全生产严重失信主体名单",
    ListKind.GREYLIST: "安全生产重点关注名单",
}

LIST_SHORT_TITLES: dict[ListKind, str] = {
    ListKind.BLACKLIST: "严重失信主体名单（黑名单）",
    ListKind.GREYLIST: "重点关注名单（灰名单）",
}

PERSON_ROLES: dict[str, str] = {
    "PRINCIPAL": "主要负责人",
    "RESPONSIBLE": "直接责任人员",
}


@dataclass(frozen=True)
class GroundText:
    """A ground as published: what happened, in the rule's words, and where the rule says so."""

    label: str
    basis: str


_LOCAL_RULE = (
    "重点关注名单（灰名单）无全国统一规定，由各地依本地区安全生产信用管理规定认定，"
    "列入事由、期限和管理措施以作出决定的部门所在地区的规定为准"
)

GROUNDS: dict[ListingGround, GroundText] = {
    # 第11号令 Art. 6: with an accident; Art. 7: without one. Item numbers as in the order.
    ListingGround.MAJOR_ACCIDENT: GroundText(
        "发生特别重大、重大生产安全事故", f"{MOEM_11}第六条第（一）项"),
    ListingGround.REPEATED_LARGER_ACCIDENTS: GroundText(
        "12个月内累计发生2起以上较大生产安全事故", f"{MOEM_11}第六条第（二）项"),
    ListingGround.AGGRAVATED_ACCIDENT_FINE: GroundText(
        "发生生产安全事故，情节特别严重、影响特别恶劣，依照《中华人民共和国安全生产法》"
        "第一百一十四条被处以2倍以上5倍以下罚款", f"{MOEM_11}第六条第（三）项"),
    ListingGround.CONCEALED_ACCIDENT: GroundText(
        "瞒报、谎报生产安全事故", f"{MOEM_11}第六条第（四）项"),
    ListingGround.ABANDONED_RESCUE: GroundText(
        "发生生产安全事故后不立即组织抢救，或者在事故调查处理期间擅离职守、逃匿",
        f"{MOEM_11}第六条第（五）项"),
    ListingGround.UNLICENSED_OPERATION: GroundText(
        "未依法取得安全生产相关许可，或者在许可被暂扣、吊销期间从事相关生产经营活动",
        f"{MOEM_11}第七条第（一）项"),
    ListingGround.FALSE_CERTIFICATION: GroundText(
        "承担安全评价、认证、检测、检验职责的机构租借资质、挂靠、出具虚假报告或者证书",
        f"{MOEM_11}第七条第（二）项"),
    ListingGround.PENALTY_EVASION: GroundText(
        "应急管理部门作出行政处罚后，有执行能力拒不执行或者逃避执行",
        f"{MOEM_11}第七条第（三）项"),
    ListingGround.OTHER_SERIOUS_VIOLATION: GroundText(
        "其他违反安全生产法律法规受到行政处罚，且性质恶劣、情节严重",
        f"{MOEM_11}第七条第（四）项"),
    ListingGround.FATAL_GENERAL_ACCIDENT: GroundText("发生造成人员死亡的一般生产安全事故", _LOCAL_RULE),
    ListingGround.UNRECTIFIED_MAJOR_HAZARD: GroundText("重大事故隐患未按期整改", _LOCAL_RULE),
    ListingGround.BROKEN_COMMITMENT: GroundText("违背安全生产信用承诺", _LOCAL_RULE),
    ListingGround.OTHER_CONCERN: GroundText("其他需要重点关注的安全生产违法违规行为", _LOCAL_RULE),
}


def ground_text(ground: str) -> GroundText:
    return GROUNDS[ListingGround(ground)]


# ------------------------------------------------------------------ published or not


class Publication:
    """HTTP-free answers for a listing that is not published today."""

    GONE = "GONE"  # ended (expired or repaired): publication stopped, 410
    NOT_FOUND = "NOT_FOUND"  # never published (undecided, withdrawn) or voided (revoked), 404


def unpublished_reason(status: ListingStatus) -> str | None:
    """None while the listing is published (in force); else why a citizen does not see it.

    A revoked listing voids from its start, so it reads as never published, not as ended.
    """
    match status:
        case ListingStatus.ACTIVE:
            return None
        case ListingStatus.EXPIRED | ListingStatus.REPAIRED:
            return Publication.GONE
    return Publication.NOT_FOUND


# ------------------------------------------------------------------ the published row


@dataclass(frozen=True, slots=True)
class PublishedRow:
    """One listing as the public sees it, on the list, in open data and in an export."""

    listing_id: int
    list_kind: str
    ground: str
    enterprise_name: str
    code: str
    region_code: str
    listed_on: date
    expires_on: date
    authority_name: str
    authority_code: str
    decision_number: str | None

    @property
    def ground_label(self) -> str:
        return ground_text(self.ground).label

    @property
    def list_title(self) -> str:
        return LIST_TITLES[ListKind(self.list_kind)]


@dataclass(frozen=True, slots=True)
class PublishedPerson:
    """A person listed with the unit (第11号令): name and masked ID number only."""

    name: str
    masked_id_number: str
    role: str

    @property
    def role_label(self) -> str:
        return PERSON_ROLES.get(self.role, self.role)


@dataclass(frozen=True, slots=True)
class PublishedPenalty:
    """The administrative penalty behind a listing, in the 双公示 fields recorded today."""

    decision_number: str | None
    violation_type: str | None
    legal_basis: str | None
    fine_yuan: str | None
    decided_on: date
    authority_name: str | None


@dataclass(frozen=True)
class PublishedListing:
    """A listing's public detail page."""

    row: PublishedRow
    ground: GroundText
    penalties: list[PublishedPenalty] = field(default_factory=list)
    persons: list[PublishedPerson] = field(default_factory=list)


# ------------------------------------------------------------------ open data columns

#: (JSON key, CSV/xlsx header) in order. Headers follow the 双公示 field names where one
#: exists (行政相对人名称, 统一社会信用代码, 决定文书号, 决定机关 ...).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("listingId", "公示编号"),
    ("name", "行政相对人名称"),
    ("code", "统一社会信用代码"),
    ("regionCode", "行政区划代码"),
    ("listKind", "名单类别代码"),
    ("listTitle", "名单类别"),
    ("ground", "列入事由代码"),
    ("groundLabel", "列入事由"),
    ("decisionNumber", "列入决定文书号"),
    ("listedOn", "列入日期"),
    ("expiresOn", "移出日期"),
    ("authorityName", "决定机关"),
    ("authorityCode", "决定机关统一社会信用代码"),
)


def row_values(row: PublishedRow) -> tuple[object, ...]:
    """A row's values in COLUMNS order (dates as ISO strings, as in CSV and JSON)."""
    return (
        row.listing_id, row.enterprise_name, row.code, row.region_code, row.list_kind,
        row.list_title, row.ground, row.ground_label, row.decision_number or "",
        row.listed_on.isoformat(), row.expires_on.isoformat(), row.authority_name,
        row.authority_code,
    )
