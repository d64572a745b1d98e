"""The one-line Chinese summary of a credit record (credit.domain.records.summarise), as profiles
and push payloads show it, for each kind of record."""

from __future__ import annotations

from datetime import date

from credit.domain.records import CreditRecordKind, summarise


def test_an_accident_reads_grade_deaths_serious_injuries_and_concealment() -> None:
    assert summarise(CreditRecordKind.ACCIDENT, grade="LARGER", deaths=3, serious_injuries=1, concealed=True) == (
        "较大生产安全事故,死亡3人,重伤1人(瞒报、谎报)"
    )
    for grade, label in (("GENERAL", "一般"), ("MAJOR", "重大"), ("EXTRAORDINARY", "特别重大")):
        assert summarise(CreditRecordKind.ACCIDENT, grade=grade, deaths=0, serious_injuries=0, concealed=False) == (
            f"{label}生产安全事故,死亡0人,重伤0人"
        )
    assert summarise(CreditRecordKind.ACCIDENT) == "生产安全事故,死亡0人,重伤0人"


def test_a_penalty_reads_its_decision_number_and_violation() -> None:
    assert summarise(CreditRecordKind.PENALTY, decision_number="应急罚〔2025〕1号", violation_type="未落实主体责任") == (
        "行政处罚 应急罚〔2025〕1号 未落实主体责任"
    )
    assert summarise(CreditRecordKind.PENALTY, decision_number=None, violation_type=None) == "行政处罚"


def test_a_hazard_reads_its_description_and_nothing_after_the_colon_without_one() -> None:
    assert summarise(CreditRecordKind.HAZARD, description="储罐区未设置防火堤") == "重大事故隐患未整改:储罐区未设置防火堤"
    assert summarise(CreditRecordKind.HAZARD, description=None) == "重大事故隐患未整改"


def test_an_honour_reads_its_level_and_description() -> None:
    for level, label in (("CITY", "市级"), ("PROVINCE", "省级"), ("NATIONAL", "国家级")):
        assert summarise(CreditRecordKind.HONOUR, level=level, description="安全生产先进单位") == (
            f"{label}安全生产表彰:安全生产先进单位"
        )


def test_a_standardisation_grade_reads_its_grade_certificate_and_validity() -> None:
    assert summarise(CreditRecordKind.STANDARDISATION, level="2", reference="AQBZ-2024-001",
                     valid_until=date(2027, 1, 1)) == "安全生产标准化二级,证书编号 AQBZ-2024-001,有效期至 2027-01-01"
    assert summarise(CreditRecordKind.STANDARDISATION, level=1) == "安全生产标准化一级"
    assert summarise(CreditRecordKind.STANDARDISATION, level="3", reference=None, valid_until=None) == "安全生产标准化三级"


def test_a_commitment_reads_its_description() -> None:
    assert summarise(CreditRecordKind.COMMITMENT, description="按期整改") == "安全生产信用承诺:按期整改"


def test_a_summary_leaves_out_what_the_record_does_not_say() -> None:
    assert summarise(CreditRecordKind.HAZARD) == "重大事故隐患未整改"
    assert summarise(CreditRecordKind.HONOUR) == "安全生产表彰:"
    assert summarise(CreditRecordKind.HONOUR, level="COUNTY", description="先进单位") == "安全生产表彰:先进单位"
    assert summarise(CreditRecordKind.STANDARDISATION) == "安全生产标准化"
    assert summarise(CreditRecordKind.STANDARDISATION, level=4) == "安全生产标准化"
    assert summarise(CreditRecordKind.COMMITMENT) == "安全生产信用承诺:"
