"""Credit records (信用记录): accidents, penalties, unrectified hazards, honours, commitments."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from credit.domain.accidents import AccidentGrade


class CreditRecordKind(enum.StrEnum):
    ACCIDENT = "ACCIDENT"  # 生产安全事故
    PENALTY = "PENALTY"  # 行政处罚
    HAZARD = "HAZARD"  # 重大事故隐患未整改
    HONOUR = "HONOUR"  # 表彰奖励
    COMMITMENT = "COMMITMENT"  # 信用承诺
    STANDARDISATION = "STANDARDISATION"  # 安全生产标准化等级(一级/二级/三级)


class HonourLevel(enum.StrEnum):
    CITY = "CITY"  # 市级
    PROVINCE = "PROVINCE"  # 省级
    NATIONAL = "NATIONAL"  # 国家级


class Industry(enum.StrEnum):
    MINING = "MINING"
    CHEMICALS = "CHEMICALS"
    PHARMACEUTICALS = "PHARMACEUTICALS"
    HAZARDOUS_CHEMICALS = "HAZARDOUS_CHEMICALS"
    FIREWORKS = "FIREWORKS"
    OIL_EXTRACTION = "OIL_EXTRACTION"
    METALLURGY = "METALLURGY"
    NON_FERROUS = "NON_FERROUS"
    BUILDING_MATERIALS = "BUILDING_MATERIALS"
    MACHINERY = "MACHINERY"
    LIGHT_INDUSTRY = "LIGHT_INDUSTRY"
    TEXTILES = "TEXTILES"
    TOBACCO = "TOBACCO"
    COMMERCE = "COMMERCE"
    CONSTRUCTION = "CONSTRUCTION"
    TRANSPORT = "TRANSPORT"
    CIVIL_EXPLOSIVES = "CIVIL_EXPLOSIVES"
    FISHING = "FISHING"
    SAFETY_SERVICE_AGENCY = "SAFETY_SERVICE_AGENCY"
    OTHER = "OTHER"


class PenaltyCategory(enum.StrEnum):
    """处罚类别, as the 双公示 data standard names the kinds of administrative penalty."""

    WARNING = "WARNING"  # 警告
    FINE = "FINE"  # 罚款
    CONFISCATION = "CONFISCATION"  # 没收违法所得、没收非法财物
    SUSPENSION = "SUSPENSION"  # 责令停产停业、暂扣许可证
    LICENCE_REVOCATION = "LICENCE_REVOCATION"  # 吊销许可证、降低资质等级
    DETENTION = "DETENTION"  # 行政拘留
    OTHER = "OTHER"  # 其他


@dataclass(frozen=True)
class RecordFacts:
    """What the listing rules need to know about a record offered as evidence."""

    id: int
    enterprise_id: int
    kind: CreditRecordKind
    occurred_on: date
    grade: AccidentGrade | None = None
    deaths: int = 0
    concealed: bool = False
    superseded: bool = False
    #: the authority whose key recorded it (谁处罚: for a penalty, the penalising authority)
    authority_id: int | None = None
    # penalties (行政处罚)
    violation_type: str = ""
    category: PenaltyCategory | None = None
    #: 罚款倍数 (安全生产法 Art. 114: 2 to 5 times for an aggravated accident)
    fine_multiple: Decimal | None = None


def summarise(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get("concealed"):
            text += "(瞒报、谎报)"
        return text
    if kind is CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    if kind is CreditRecordKind.STANDARDISATION:
        grade = {"1": "一级", "2": "二级", "3": "三级"}.get(str(facts.get("level")), "")
        text = f"安全生产标准化{grade}"
        if facts.get("reference"):
            text += f",证书编号 {facts.get('reference')}"
        if facts.get("valid_until"):
            text += f",有效期至 {facts.get('valid_until')}"
        return text
    return f"安全生产信用承诺:{facts.get('description') or ''}"
