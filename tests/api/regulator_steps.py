"""Regulators' steps through GraphQL, shared by the tests of issue 3 (listing procedure).

Each step sends the consumers' own document (graphql/operations/regulator) where one
exists, and a small document of ours for the rest of the schema (objections, audit
trail, candidates, principal).
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import httpx
from helpers import REGION, document, error_codes, gql, make_code

from credit.domain.calendar import china_today
from credit.domain.persons import PERSON_REQUIRED_GROUNDS
from credit.store import models

#: grounds a proposal cannot be made on without a person (第11号令), by name
PERSON_REQUIRED = {g.value for g in PERSON_REQUIRED_GROUNDS}
#: the principal Desk.propose names by default where the ground needs a person
LISTED_PRINCIPAL = "110101198001010053"

REGISTER = document("regulator/RegisterEnterprise.graphql")
ACCIDENT = document("regulator/RecordAccident.graphql")
PENALTY = document("regulator/RecordPenalty.graphql")
PROPOSE = document("regulator/ProposeListing.graphql")
DECIDE = document("regulator/DecideListing.graphql")
REVOKE = document("regulator/RevokeListing.graphql")
REPAIR = document("regulator/CreditRepair.graphql")
PROFILE = document("regulator/EnterpriseProfile.graphql")

OBJECTION = """
mutation RecordObjection($input: RecordObjectionInput!) {
  recordObjection(input: $input) {
    objection { id filedOn upheld decidedOn }
    listing { id status }
    userErrors { field code message }
  }
}
mutation DecideObjection($input: DecideObjectionInput!) {
  decideObjection(input: $input) {
    objection { id upheld decidedOn }
    listing { id status withdrawnOn }
    userErrors { field code message }
  }
}
"""

CORRECT_ACCIDENT = """
mutation CorrectAccident($input: RecordAccidentInput!) {
  recordAccident(input: $input) {
    record { id grade deaths supersedesRecordId }
    userErrors { field code message }
  }
}
"""

CORRECT_PENALTY = """
mutation CorrectPenalty($input: RecordPenaltyInput!) {
  recordPenalty(input: $input) {
    record { id decisionNumber supersedesRecordId }
    userErrors { field code message }
  }
}
"""

PRINCIPAL = """
query Principal($code: String!) {
  enterprise(code: $code) { code principal { name idNumber } }
}
"""

AUDIT_TRAIL = """
query AuditTrail($code: String!) {
  auditTrail(code: $code) {
    totalCount
    edges { node { action entity entityId authorityCode role before after } }
  }
}
"""

CANDIDATES = """
query Candidates($region: String!, $asOf: Date) {
  listingCandidates(region: $region, asOf: $asOf) {
    enterprise { code }
    grounds
    evidence { id kind }
  }
}
"""

#: every table a regulator's action writes to, for "a refusal changes nothing"
TABLES: tuple[type[Any], ...] = (
    models.Enterprise,
    models.Person,
    models.PersonRole,
    models.PersonBan,
    models.PersonEvent,
    models.ListingPerson,
    models.CreditRecord,
    models.Listing,
    models.ListingEvidence,
    models.Objection,
    models.RepairApplication,
    models.AuditEntry,
    models.OutboxEvent,
    models.FeedClock,
    models.Inspection,
    models.SupervisionProjection,
)


async def database_state() -> dict[str, list[dict[str, Any]]]:
    """Every row of every table a regulator writes, to compare before and after a refusal."""
    return {m.__name__: await m.all().order_by(m._meta.pk_attr).values() for m in TABLES}


async def row_counts() -> dict[str, int]:
    return {m.__name__: await m.all().count() for m in TABLES}


def iso(day: date) -> str:
    return day.isoformat()


def tomorrow_in_china() -> date:
    return china_today() + timedelta(days=1)


def at(day: str, time: str = "00:00:00", offset: str = "+08:00") -> str:
    """A moment for ``asOf``: ``at("2024-02-29")`` is 00:00 China time that day."""
    return f"{day}T{time}{offset}"


def before(day: str) -> str:
    """The last second of the China day before ``day``."""
    prior = date.fromisoformat(day) - timedelta(days=1)
    return at(prior.isoformat(), "23:59:59")


def codes_of(payload: dict[str, Any]) -> list[str]:
    return [e["code"] for e in payload["userErrors"]]


@dataclass
class Desk:
    """One regulator's key at work: sends documents and hands back the payloads."""

    client: httpx.AsyncClient
    token: str | None
    seq: list[int] = field(default_factory=lambda: [0])

    async def run(self, query: str, variables: dict[str, Any], operation: str | None = None) -> dict[str, Any]:
        result = await gql(self.client, query, variables, token=self.token, operation=operation)
        result.pop("extensions", None)  # the request's cost (tests/api/test_request_limits.py)
        return result

    async def mutate(self, query: str, field_name: str, input: dict[str, Any], operation: str | None = None) -> dict[str, Any]:
        result = await self.run(query, {"input": input}, operation)
        assert not result.get("errors"), result
        return result["data"][field_name]

    def _next(self) -> int:
        self.seq[0] += 1
        return self.seq[0]

    # --------------------------------------------------------------- register and record

    async def register(
        self,
        code: str,
        *,
        region: str = REGION,
        industry: str = "CHEMICALS",
        name: str = "深圳市测试化工有限公司",
        principal: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        input: dict[str, Any] = {"code": code, "name": name, "regionCode": region, "industry": industry}
        if principal is not None:
            input["principal"] = principal
        return await self.mutate(REGISTER, "registerEnterprise", input)

    async def new_enterprise(self, seed: int, **kwargs: Any) -> str:
        code = make_code(seed)
        payload = await self.register(code, **kwargs)
        assert payload["userErrors"] == [], payload
        return code

    async def accident(
        self,
        code: str,
        occurred_on: str,
        *,
        deaths: int = 0,
        injuries: int = 0,
        loss: str = "0",
        concealed: bool = False,
    ) -> dict[str, Any]:
        return await self.mutate(ACCIDENT, "recordAccident", {
            "code": code, "occurredOn": occurred_on, "deaths": deaths, "seriousInjuries": injuries,
            "directLossYuan": loss, "concealed": concealed, "description": "事故经过",
        })

    async def accident_id(self, code: str, occurred_on: str, **kwargs: Any) -> str:
        payload = await self.accident(code, occurred_on, **kwargs)
        assert payload["userErrors"] == [], payload
        return payload["record"]["id"]

    async def penalty(
        self, code: str, decided_on: str, *, number: str | None = None, fine: str = "500000.00"
    ) -> dict[str, Any]:
        return await self.mutate(PENALTY, "recordPenalty", {
            "code": code, "decisionNumber": number or f"深应急罚〔2022〕{self._next()}号",
            "decidedOn": decided_on, "violationType": "未落实安全生产主体责任",
            "legalBasis": "《安全生产法》第一百一十四条", "fineYuan": fine, "description": "处罚决定",
        })

    async def penalty_id(self, code: str, decided_on: str, **kwargs: Any) -> str:
        payload = await self.penalty(code, decided_on, **kwargs)
        assert payload["userErrors"] == [], payload
        return payload["record"]["id"]

    async def major_accident_evidence(self, code: str, day: str = "2021-11-01") -> list[str]:
        """A MAJOR accident (10 deaths) and its penalty: enough for MAJOR_ACCIDENT."""
        accident = await self.accident_id(code, day, deaths=10)
        penalty = await self.penalty_id(code, day)
        return [accident, penalty]

    # --------------------------------------------------------------- the procedure

    async def propose(
        self,
        code: str,
        evidence: list[str],
        notified_on: str,
        *,
        kind: str = "BLACKLIST",
        ground: str = "MAJOR_ACCIDENT",
        persons: list[dict[str, str]] | None = None,
    ) -> dict[str, Any]:
        """``persons`` None: a principal named for the grounds that need a person (第11号令),
        none for the others; a list (even empty) is sent as it is."""
        input: dict[str, Any] = {
            "code": code, "listKind": kind, "ground": ground, "evidenceRecordIds": evidence,
            "notifiedOn": notified_on,
        }
        if persons is None and ground in PERSON_REQUIRED:
            persons = [{"name": "赵六", "idNumber": LISTED_PRINCIPAL, "role": "PRINCIPAL"}]
        if persons is not None:
            input["persons"] = persons
        return await self.mutate(PROPOSE, "proposeListing", input)

    async def decide(self, listing_id: str, decided_on: str, number: str | None = None) -> dict[str, Any]:
        return await self.mutate(DECIDE, "decideListing", {
            "listingId": listing_id, "decisionNumber": number or f"深应急列〔2022〕{self._next()}号",
            "decidedOn": decided_on,
        })

    async def revoke(self, listing_id: str, revoked_on: str, reason: str = "列入依据错误") -> dict[str, Any]:
        return await self.mutate(REVOKE, "revokeListing", {
            "listingId": listing_id, "revokedOn": revoked_on, "reason": reason,
        })

    async def object(self, listing_id: str, filed_on: str) -> dict[str, Any]:
        return await self.mutate(OBJECTION, "recordObjection", {
            "listingId": listing_id, "filedOn": filed_on, "statement": "事故等级认定有误",
        }, "RecordObjection")

    async def decide_objection(self, objection_id: str, upheld: bool, decided_on: str) -> dict[str, Any]:
        return await self.mutate(OBJECTION, "decideObjection", {
            "objectionId": objection_id, "upheld": upheld, "decidedOn": decided_on,
            "reason": "经复核" + ("异议成立" if upheld else "异议不成立"),
        }, "DecideObjection")

    async def apply_repair(self, listing_id: str, applied_on: str) -> dict[str, Any]:
        return await self.mutate(REPAIR, "applyCreditRepair", {
            "listingId": listing_id, "appliedOn": applied_on, "statement": "已履行处罚并完成整改",
        }, "ApplyCreditRepair")

    async def decide_repair(self, application_id: str, decided_on: str, approved: bool = True) -> dict[str, Any]:
        return await self.mutate(REPAIR, "decideCreditRepair", {
            "applicationId": application_id, "approved": approved, "decidedOn": decided_on,
            "reason": "符合信用修复条件" if approved else "不符合信用修复条件",
        }, "DecideCreditRepair")

    async def revoke_repair(self, application_id: str, revoked_on: str) -> dict[str, Any]:
        return await self.mutate(REPAIR, "revokeCreditRepair", {
            "applicationId": application_id, "revokedOn": revoked_on, "reason": "申请材料虚假",
        }, "RevokeCreditRepair")

    async def decided_listing(
        self, code: str, *, notified_on: str = "2022-01-03", decided_on: str = "2022-01-17"
    ) -> str:
        """A blacklist listing proposed and decided in the past (MAJOR_ACCIDENT)."""
        evidence = await self.major_accident_evidence(code)
        proposed = await self.propose(code, evidence, notified_on)
        assert proposed["userErrors"] == [], proposed
        listing_id = proposed["listing"]["id"]
        decided = await self.decide(listing_id, decided_on)
        assert decided["userErrors"] == [], decided
        return listing_id

    # --------------------------------------------------------------- reading

    async def profile(self, code: str, as_of: str | None = None) -> dict[str, Any]:
        result = await self.run(PROFILE, {"code": code, "asOf": as_of})
        assert not result.get("errors"), result
        return result["data"]["enterprise"]

    async def status(self, code: str, listing_id: str, as_of: str | None = None) -> str:
        """``status(asOf:)`` of one listing through the EnterpriseProfile document."""
        profile = await self.profile(code, as_of)
        for edge in profile["listings"]["edges"]:
            if edge["node"]["id"] == listing_id:
                return edge["node"]["status"]
        raise AssertionError(f"listing {listing_id} not in the profile of {code}")

    async def audit_actions(self, code: str) -> list[str]:
        result = await self.run(AUDIT_TRAIL, {"code": code})
        assert not result.get("errors"), result
        return [e["node"]["action"] for e in result["data"]["auditTrail"]["edges"]]


async def audited(step: Awaitable[dict[str, Any]], action: str) -> dict[str, Any]:
    """Run a mutation that must succeed and write exactly one AuditEntry, for ``action``."""
    last = await models.AuditEntry.all().order_by("-id").first()
    payload = await step
    assert payload["userErrors"] == [], payload
    new = await models.AuditEntry.filter(id__gt=last.id if last else 0).values_list("action", flat=True)
    assert new == [action], f"{action} wrote {new}"
    return payload


async def refused(step: Awaitable[dict[str, Any]], code: str, field_name: str | None = None) -> dict[str, Any]:
    """Run a mutation that must be refused with ``code`` and leave every table as it was."""
    state = await database_state()
    payload = await step
    assert code in codes_of(payload), payload
    if field_name is not None:
        assert field_name in [e["field"] for e in payload["userErrors"]], payload
    assert all(e["message"] for e in payload["userErrors"]), payload
    others = {k: v for k, v in payload.items() if k != "userErrors"}
    assert all(v is None for v in others.values()), payload
    assert await database_state() == state, f"refused {code} but the database changed"
    return payload


async def denied(step: Awaitable[dict[str, Any]], code: str) -> dict[str, Any]:
    """Run a request that must fail with a GraphQL error ``code`` and change nothing."""
    state = await database_state()
    result = await step
    assert error_codes(result) == [code], result
    assert await database_state() == state, f"denied {code} but the database changed"
    return result
