"""The regulators' documents (graphql/operations/regulator) work exactly as the consumers send them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CONTRACT_DIR, CONTRACT_NEXT_DIR
from helpers import OPERATIONS, make_code, regulator_key
from regulator_steps import (
    ACCIDENT,
    DECIDE,
    PENALTY,
    PROFILE,
    PROPOSE,
    REGISTER,
    REPAIR,
    REVOKE,
    Desk,
)

from credit.api.schema import schema
from graphql import parse, validate

REGULATOR_DOCUMENTS = sorted((OPERATIONS / "regulator").glob("*.graphql"))


def _contract_copy(name: str) -> Path:
    """A regulator document of the contract, or of its next release (contract-next)."""
    current = CONTRACT_DIR / "regulator" / name
    return current if current.exists() else CONTRACT_NEXT_DIR / "regulator" / name


def test_every_contract_document_is_copied_unchanged() -> None:
    contract = {p.name for p in (CONTRACT_DIR / "regulator").glob("*.graphql")}
    copied = {p.name for p in REGULATOR_DOCUMENTS}
    assert contract <= copied
    # the rest are the next release's, copied as each part is built
    assert copied - contract <= {p.name for p in (CONTRACT_NEXT_DIR / "regulator").glob("*.graphql")}
    for path in REGULATOR_DOCUMENTS:
        assert path.read_text("utf-8") == _contract_copy(path.name).read_text("utf-8")


@pytest.mark.parametrize("path", REGULATOR_DOCUMENTS, ids=lambda p: Path(p).stem)
def test_contract_document_validates_against_the_schema(path: Path) -> None:
    errors = validate(schema._schema, parse(path.read_text("utf-8")))
    assert errors == []


async def test_every_regulator_document_runs_as_written(client) -> None:
    """One walk through the whole procedure, each step sent with the consumers' document,
    and each answer carrying exactly the fields the document selects."""
    desk = Desk(client, await regulator_key())
    code = make_code(101)

    registered = await desk.run(REGISTER, {"input": {
        "code": code.lower()[:9] + " " + code.lower()[9:], "name": "深圳市南山化工有限公司",
        "regionCode": "440305", "industry": "CHEMICALS",
    }})
    assert registered == {"data": {"registerEnterprise": {
        "enterprise": {"code": code, "name": "深圳市南山化工有限公司", "regionCode": "440305",
                       "industry": "CHEMICALS"},
        "userErrors": [],
    }}}

    accident = await desk.run(ACCIDENT, {"input": {
        "code": code, "occurredOn": "2021-11-01", "deaths": 10, "seriousInjuries": 0,
        "directLossYuan": "1200000.00", "concealed": False, "description": "储罐爆炸",
    }})
    record = accident["data"]["recordAccident"]["record"]
    assert set(record) == {"id", "occurredOn", "grade", "deaths"}
    assert record | {"id": None} == {"id": None, "occurredOn": "2021-11-01", "grade": "MAJOR", "deaths": 10}
    assert accident["data"]["recordAccident"]["userErrors"] == []

    penalty = await desk.run(PENALTY, {"input": {
        "code": code, "decisionNumber": "深应急罚〔2021〕88号", "decidedOn": "2021-12-01",
        "violationType": "重大事故责任", "legalBasis": "《安全生产法》第一百一十四条",
        "fineYuan": "2000000.00", "description": "罚款",
    }})
    penalty_record = penalty["data"]["recordPenalty"]["record"]
    assert set(penalty_record) == {"id", "decisionNumber", "decidedOn"}
    assert penalty_record["decisionNumber"] == "深应急罚〔2021〕88号"
    assert penalty_record["decidedOn"] == "2021-12-01"

    proposed = await desk.run(PROPOSE, {"input": {
        "code": code, "listKind": "BLACKLIST", "ground": "MAJOR_ACCIDENT",
        "evidenceRecordIds": [record["id"], penalty_record["id"]], "notifiedOn": "2022-01-03",
        "persons": [{"name": "王五", "idNumber": "11010519491231002X", "role": "PRINCIPAL"}],
    }})
    listing = proposed["data"]["proposeListing"]["listing"]
    assert proposed["data"]["proposeListing"]["userErrors"] == []
    assert listing | {"id": None} == {
        "id": None, "status": "NOTIFIED", "listKind": "BLACKLIST", "ground": "MAJOR_ACCIDENT",
        "objectionDeadline": "2022-01-10",
    }

    decided = await desk.run(DECIDE, {"input": {
        "listingId": listing["id"], "decisionNumber": "深应急列〔2022〕1号", "decidedOn": "2022-01-17",
    }})
    assert decided["data"]["decideListing"] == {
        "listing": {"id": listing["id"], "status": "EXPIRED", "listedOn": "2022-01-17",
                    "expiresOn": "2025-01-17"},
        "userErrors": [],
    }

    applied = await desk.run(REPAIR, {"input": {
        "listingId": listing["id"], "appliedOn": "2023-01-17", "statement": "已整改",
    }}, "ApplyCreditRepair")
    application = applied["data"]["applyCreditRepair"]["application"]
    assert application["status"] == "PENDING"
    assert applied["data"]["applyCreditRepair"]["userErrors"] == []

    approved = await desk.run(REPAIR, {"input": {
        "applicationId": application["id"], "approved": True, "decidedOn": "2023-02-01",
        "reason": "符合条件",
    }}, "DecideCreditRepair")
    assert approved["data"]["decideCreditRepair"] == {
        "application": {"id": application["id"], "status": "APPROVED"},
        "listing": {"id": listing["id"], "status": "REPAIRED"},
        "userErrors": [],
    }

    profile = await desk.run(PROFILE, {"code": code, "asOf": "2023-01-31T12:00:00+08:00"})
    enterprise = profile["data"]["enterprise"]
    assert {k: enterprise[k] for k in ("code", "name", "regionCode", "industry")} == {
        "code": code, "name": "深圳市南山化工有限公司", "regionCode": "440305", "industry": "CHEMICALS",
    }
    [node] = [e["node"] for e in enterprise["listings"]["edges"]]
    assert node == {
        "id": listing["id"], "listKind": "BLACKLIST", "ground": "MAJOR_ACCIDENT", "status": "ACTIVE",
        "listedOn": "2022-01-17", "expiresOn": "2025-01-17", "decisionNumber": "深应急列〔2022〕1号",
        "authorityName": "深圳市应急管理局",
    }
    kinds = [(e["node"]["kind"], e["node"]["occurredOn"]) for e in enterprise["creditRecords"]["edges"]]
    assert kinds == [("ACCIDENT", "2021-11-01"), ("PENALTY", "2021-12-01")]
    assert all(set(e["node"]) == {"id", "kind", "occurredOn", "summary"}
               for e in enterprise["creditRecords"]["edges"])

    restored = await desk.run(REPAIR, {"input": {
        "applicationId": application["id"], "revokedOn": "2023-06-01", "reason": "材料虚假",
    }}, "RevokeCreditRepair")
    assert restored["data"]["revokeCreditRepair"] == {
        "listing": {"id": listing["id"], "status": "EXPIRED", "expiresOn": "2025-01-17"},
        "userErrors": [],
    }

    revoked = await desk.run(REVOKE, {"input": {
        "listingId": listing["id"], "revokedOn": "2023-07-01", "reason": "列入错误",
    }})
    assert revoked["data"]["revokeListing"] == {
        "listing": {"id": listing["id"], "status": "REVOKED"}, "userErrors": [],
    }

    naive = await desk.run(PROFILE, {"code": code, "asOf": "2023-01-31T12:00:00"})
    assert [e["extensions"]["code"] for e in naive["errors"]] == ["BAD_USER_INPUT"]

    without_as_of = await desk.run(PROFILE, {"code": code})
    assert without_as_of["data"]["enterprise"]["listings"]["edges"][0]["node"]["status"] == "REVOKED"
