"""Credit records (信用记录): accidents, penalties, unrectified hazards, honours, commitments."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from credit.domain.accidents import AccidentGrade


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class CreditRecordKind(enum.StrEnum):
    ACCIDENT = "ACCIDENT"  # 生产安全事故
    PENALTY = "PENALTY"  # 行政处罚
    HAZARD = "HAZARD"  # 重大事故隐患未整改
    HONOUR = "HONOUR"  # 表彰奖励
    COMMITMENT = "COMMITMENT"  # 信用承诺


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
mutants_x_summarise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_summarise__mutmut)
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_orig(kind: CreditRecordKind, **facts: object) -> str:
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_1(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is not CreditRecordKind.ACCIDENT:
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_2(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = None
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_3(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get(None)
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_4(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("XXgradeXX")
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_5(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("GRADE")
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_6(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = None
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_7(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"XXGENERALXX": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_8(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"general": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_9(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "XX一般XX", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_10(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "XXLARGERXX": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_11(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "larger": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_12(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "XX较大XX", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_13(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "XXMAJORXX": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_14(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "major": "重大", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_15(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "XX重大XX", "EXTRAORDINARY": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_16(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "XXEXTRAORDINARYXX": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_17(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "extraordinary": "特别重大"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_18(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "XX特别重大XX"}
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_19(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = None
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_20(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(None, '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_21(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), None)}生产安全事故,死亡{facts.get('deaths', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_22(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get('')}生产安全事故,死亡{facts.get('deaths', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_23(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), )}生产安全事故,死亡{facts.get('deaths', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_24(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(None), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_25(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), 'XXXX')}生产安全事故,死亡{facts.get('deaths', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_26(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get(None, 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_27(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', None)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_28(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get(0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_29(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', )}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_30(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('XXdeathsXX', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_31(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('DEATHS', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_32(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 1)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_33(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text = f",重伤{facts.get('serious_injuries', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_34(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text -= f",重伤{facts.get('serious_injuries', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_35(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get(None, 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_36(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', None)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_37(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get(0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_38(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', )}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_39(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('XXserious_injuriesXX', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_40(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('SERIOUS_INJURIES', 0)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_41(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 1)}人"
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
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_42(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get(None):
            text += "(瞒报、谎报)"
        return text
    if kind is CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_43(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get("XXconcealedXX"):
            text += "(瞒报、谎报)"
        return text
    if kind is CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_44(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get("CONCEALED"):
            text += "(瞒报、谎报)"
        return text
    if kind is CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_45(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get("concealed"):
            text = "(瞒报、谎报)"
        return text
    if kind is CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_46(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get("concealed"):
            text -= "(瞒报、谎报)"
        return text
    if kind is CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_47(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get("concealed"):
            text += "XX(瞒报、谎报)XX"
        return text
    if kind is CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_48(kind: CreditRecordKind, **facts: object) -> str:
    """A one-line Chinese summary of a record, for profiles and push payloads."""
    if kind is CreditRecordKind.ACCIDENT:
        grade = facts.get("grade")
        label = {"GENERAL": "一般", "LARGER": "较大", "MAJOR": "重大", "EXTRAORDINARY": "特别重大"}
        text = f"{label.get(str(grade), '')}生产安全事故,死亡{facts.get('deaths', 0)}人"
        text += f",重伤{facts.get('serious_injuries', 0)}人"
        if facts.get("concealed"):
            text += "(瞒报、谎报)"
        return text
    if kind is not CreditRecordKind.PENALTY:
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_49(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('decision_number') and ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_50(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get(None) or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_51(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('XXdecision_numberXX') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_52(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('DECISION_NUMBER') or ''} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_53(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('decision_number') or 'XXXX'} {facts.get('violation_type') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_54(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') and ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_55(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get(None) or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_56(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('XXviolation_typeXX') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_57(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('VIOLATION_TYPE') or ''}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_58(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"行政处罚 {facts.get('decision_number') or ''} {facts.get('violation_type') or 'XXXX'}".strip()
    if kind is CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_59(kind: CreditRecordKind, **facts: object) -> str:
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
    if kind is not CreditRecordKind.HAZARD:
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_60(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip(None)
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_61(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get('description') or ''}".lstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_62(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get('description') and ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_63(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get(None) or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_64(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get('XXdescriptionXX') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_65(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get('DESCRIPTION') or ''}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_66(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get('description') or 'XXXX'}".rstrip(":")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_67(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"重大事故隐患未整改:{facts.get('description') or ''}".rstrip("XX:XX")
    if kind is CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_68(kind: CreditRecordKind, **facts: object) -> str:
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
    if kind is not CreditRecordKind.HONOUR:
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_69(kind: CreditRecordKind, **facts: object) -> str:
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
        level = None
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_70(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"XXCITYXX": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_71(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"city": "市级", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_72(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"CITY": "XX市级XX", "PROVINCE": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_73(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"CITY": "市级", "XXPROVINCEXX": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_74(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"CITY": "市级", "province": "省级", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_75(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"CITY": "市级", "PROVINCE": "XX省级XX", "NATIONAL": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_76(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"CITY": "市级", "PROVINCE": "省级", "XXNATIONALXX": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_77(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"CITY": "市级", "PROVINCE": "省级", "national": "国家级"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_78(kind: CreditRecordKind, **facts: object) -> str:
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
        level = {"CITY": "市级", "PROVINCE": "省级", "NATIONAL": "XX国家级XX"}
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_79(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(None, '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_80(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), None)}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_81(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get('')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_82(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), )}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_83(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(None), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_84(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get(None)), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_85(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('XXlevelXX')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_86(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('LEVEL')), '')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_87(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), 'XXXX')}安全生产表彰:{facts.get('description') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_88(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') and ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_89(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get(None) or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_90(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('XXdescriptionXX') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_91(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('DESCRIPTION') or ''}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_92(kind: CreditRecordKind, **facts: object) -> str:
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
        return f"{level.get(str(facts.get('level')), '')}安全生产表彰:{facts.get('description') or 'XXXX'}"
    return f"安全生产信用承诺:{facts.get('description') or ''}"


def x_summarise__mutmut_93(kind: CreditRecordKind, **facts: object) -> str:
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
    return f"安全生产信用承诺:{facts.get('description') and ''}"


def x_summarise__mutmut_94(kind: CreditRecordKind, **facts: object) -> str:
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
    return f"安全生产信用承诺:{facts.get(None) or ''}"


def x_summarise__mutmut_95(kind: CreditRecordKind, **facts: object) -> str:
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
    return f"安全生产信用承诺:{facts.get('XXdescriptionXX') or ''}"


def x_summarise__mutmut_96(kind: CreditRecordKind, **facts: object) -> str:
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
    return f"安全生产信用承诺:{facts.get('DESCRIPTION') or ''}"


def x_summarise__mutmut_97(kind: CreditRecordKind, **facts: object) -> str:
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
    return f"安全生产信用承诺:{facts.get('description') or 'XXXX'}"

mutants_x_summarise__mutmut['_mutmut_orig'] = x_summarise__mutmut_orig # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_1'] = x_summarise__mutmut_1 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_2'] = x_summarise__mutmut_2 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_3'] = x_summarise__mutmut_3 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_4'] = x_summarise__mutmut_4 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_5'] = x_summarise__mutmut_5 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_6'] = x_summarise__mutmut_6 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_7'] = x_summarise__mutmut_7 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_8'] = x_summarise__mutmut_8 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_9'] = x_summarise__mutmut_9 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_10'] = x_summarise__mutmut_10 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_11'] = x_summarise__mutmut_11 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_12'] = x_summarise__mutmut_12 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_13'] = x_summarise__mutmut_13 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_14'] = x_summarise__mutmut_14 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_15'] = x_summarise__mutmut_15 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_16'] = x_summarise__mutmut_16 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_17'] = x_summarise__mutmut_17 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_18'] = x_summarise__mutmut_18 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_19'] = x_summarise__mutmut_19 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_20'] = x_summarise__mutmut_20 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_21'] = x_summarise__mutmut_21 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_22'] = x_summarise__mutmut_22 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_23'] = x_summarise__mutmut_23 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_24'] = x_summarise__mutmut_24 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_25'] = x_summarise__mutmut_25 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_26'] = x_summarise__mutmut_26 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_27'] = x_summarise__mutmut_27 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_28'] = x_summarise__mutmut_28 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_29'] = x_summarise__mutmut_29 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_30'] = x_summarise__mutmut_30 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_31'] = x_summarise__mutmut_31 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_32'] = x_summarise__mutmut_32 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_33'] = x_summarise__mutmut_33 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_34'] = x_summarise__mutmut_34 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_35'] = x_summarise__mutmut_35 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_36'] = x_summarise__mutmut_36 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_37'] = x_summarise__mutmut_37 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_38'] = x_summarise__mutmut_38 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_39'] = x_summarise__mutmut_39 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_40'] = x_summarise__mutmut_40 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_41'] = x_summarise__mutmut_41 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_42'] = x_summarise__mutmut_42 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_43'] = x_summarise__mutmut_43 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_44'] = x_summarise__mutmut_44 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_45'] = x_summarise__mutmut_45 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_46'] = x_summarise__mutmut_46 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_47'] = x_summarise__mutmut_47 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_48'] = x_summarise__mutmut_48 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_49'] = x_summarise__mutmut_49 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_50'] = x_summarise__mutmut_50 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_51'] = x_summarise__mutmut_51 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_52'] = x_summarise__mutmut_52 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_53'] = x_summarise__mutmut_53 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_54'] = x_summarise__mutmut_54 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_55'] = x_summarise__mutmut_55 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_56'] = x_summarise__mutmut_56 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_57'] = x_summarise__mutmut_57 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_58'] = x_summarise__mutmut_58 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_59'] = x_summarise__mutmut_59 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_60'] = x_summarise__mutmut_60 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_61'] = x_summarise__mutmut_61 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_62'] = x_summarise__mutmut_62 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_63'] = x_summarise__mutmut_63 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_64'] = x_summarise__mutmut_64 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_65'] = x_summarise__mutmut_65 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_66'] = x_summarise__mutmut_66 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_67'] = x_summarise__mutmut_67 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_68'] = x_summarise__mutmut_68 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_69'] = x_summarise__mutmut_69 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_70'] = x_summarise__mutmut_70 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_71'] = x_summarise__mutmut_71 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_72'] = x_summarise__mutmut_72 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_73'] = x_summarise__mutmut_73 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_74'] = x_summarise__mutmut_74 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_75'] = x_summarise__mutmut_75 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_76'] = x_summarise__mutmut_76 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_77'] = x_summarise__mutmut_77 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_78'] = x_summarise__mutmut_78 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_79'] = x_summarise__mutmut_79 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_80'] = x_summarise__mutmut_80 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_81'] = x_summarise__mutmut_81 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_82'] = x_summarise__mutmut_82 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_83'] = x_summarise__mutmut_83 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_84'] = x_summarise__mutmut_84 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_85'] = x_summarise__mutmut_85 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_86'] = x_summarise__mutmut_86 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_87'] = x_summarise__mutmut_87 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_88'] = x_summarise__mutmut_88 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_89'] = x_summarise__mutmut_89 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_90'] = x_summarise__mutmut_90 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_91'] = x_summarise__mutmut_91 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_92'] = x_summarise__mutmut_92 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_93'] = x_summarise__mutmut_93 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_94'] = x_summarise__mutmut_94 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_95'] = x_summarise__mutmut_95 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_96'] = x_summarise__mutmut_96 # type: ignore # mutmut generated
mutants_x_summarise__mutmut['x_summarise__mutmut_97'] = x_summarise__mutmut_97 # type: ignore # mutmut generated
