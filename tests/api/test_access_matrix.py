"""Every root field of the schema × every kind of caller, against the contract's "Who may
do what" (and, for fields the contract does not list, the rows this service chose).

The schema itself is enumerated: a new Query or Mutation field with no row in
credit.services.access (or here) fails the build. A caller whose role may not use a field
gets UNAUTHENTICATED (no key, or an unknown one) or FORBIDDEN before any of its input is
looked at, so the request here carries no arguments at all: a refused caller is refused
by role, an allowed one gets past the gate to validation (missing arguments) or runs.
Region and authority are finer checks made once the input names an enterprise or a
listing: the last tests here and tests/api/test_regulator_access.py cover them.

``CREDIT_MATRIX_OUT=path`` writes the matrix as a Markdown table.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from app_support import app_client
from helpers import authority_code, error_codes, gql, key, make_code, regulator_key

from credit.api.schema import schema
from credit.services.access import OPERATION_ROLES

DENIED = ("UNAUTHENTICATED", "FORBIDDEN")
CALLERS = ("anonymous", "unknown key", "admin", "procurement", "insurer", "regulator in region",
           "regulator out of region", "other authority")

EVERYONE = {"anonymous", "admin", "procurement", "insurer", "regulator"}
KEYED = {"admin", "procurement", "insurer", "regulator"}
REGULATOR = {"regulator"}
SUPERVISORS = {"regulator", "admin"}
INSURERS = {"insurer", "admin"}
ADMIN = {"admin"}

#: The contract's table, and this service's rows for what it does not list.
EXPECTED: dict[str, set[str]] = {
    # contract
    "restrictionCheck": EVERYONE,  # anonymous up to 20 codes (tests/api/test_request_gate.py)
    "verifyReceipt": EVERYONE,
    "listingChanges": KEYED,
    "enterprise": KEYED,  # published facts for procurement and insurers
    "premiumQuote": INSURERS,
    "personCheck": {"procurement", "regulator", "admin"},
    "inspectionPlan": REGULATOR,
    "recordInspection": REGULATOR,
    "recordPersonBan": REGULATOR,
    **{name: REGULATOR for name in (  # "regulator mutations"
        "registerEnterprise", "updateEnterprise", "recordAccident", "recordPenalty", "recordHazard",
        "recordHonour", "recordCommitment", "recordStandardisation", "proposeListing",
        "recordObjection", "decideObjection", "decideListing", "revokeListing", "applyCreditRepair",
        "decideCreditRepair", "revokeCreditRepair",
    )},
    # the contract: quote is visible to admins and insurers; roles that may not quote get FORBIDDEN
    "quote": INSURERS,
    # this service's rows
    "personChanges": {"procurement", "regulator", "admin"},  # as personCheck: the bans it reports
    "listing": KEYED,
    "listings": KEYED,
    "auditTrail": SUPERVISORS,
    "listingCandidates": SUPERVISORS,
    "publicationDeadlines": SUPERVISORS,
    "catalogue": SUPERVISORS,
    "premiumQuotes": INSURERS,
    "premiumRuleSets": INSURERS,
    "publishPremiumRuleSet": ADMIN,
    "publishCatalogue": ADMIN,
    "deliveryStatus": ADMIN,
    "deliveries": ADMIN,
    "redeliver": ADMIN,
    "resumeDelivery": ADMIN,
}


def root_fields() -> list[tuple[str, str]]:
    graphql_schema = schema._schema
    fields = [("query", name) for name in graphql_schema.query_type.fields]
    assert graphql_schema.mutation_type is not None
    fields += [("mutation", name) for name in graphql_schema.mutation_type.fields]
    return sorted(fields, key=lambda f: (f[0], f[1]))


def role_of(caller: str) -> str:
    return "regulator" if "regulator" in caller or caller == "other authority" else caller


def expected(field: str, caller: str) -> str:
    if caller == "unknown key":
        return "UNAUTHENTICATED"
    if role_of(caller) in EXPECTED[field]:
        return "allowed"
    return "UNAUTHENTICATED" if caller == "anonymous" else "FORBIDDEN"


def test_every_schema_field_has_a_row_in_the_access_table_and_in_the_contract_matrix() -> None:
    names = {name for _, name in root_fields()}
    assert names - set(OPERATION_ROLES) == set(), "fields without a row in credit/services/access.py"
    assert names - set(EXPECTED) == set(), "fields without a row in this matrix"


def test_the_access_table_says_what_the_matrix_says() -> None:
    for name, roles in OPERATION_ROLES.items():
        assert {r.value for r in roles} == EXPECTED[name], name


@pytest.fixture
async def edge(tmp_path: Path, sqlite_template: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(sqlite_template, tmp_path, dev=False) as http:
        yield http


async def tokens() -> dict[str, str | None]:
    return {
        "anonymous": None,
        "unknown key": "csk_" + "x" * 43,
        "admin": await key("admin"),
        "procurement": await key("procurement"),
        "insurer": await key("insurer"),
        "regulator in region": await regulator_key("4403"),
        "regulator out of region": await regulator_key("1101", authority=authority_code(2), name="北京市应急管理局"),
        "other authority": await regulator_key("4403", authority=authority_code(3), name="广东省应急管理厅"),
    }


def bare(kind: str, field: str) -> str:
    """The field with no arguments: refused roles never get as far as noticing."""
    graphql_schema = schema._schema
    root = graphql_schema.query_type if kind == "query" else graphql_schema.mutation_type
    assert root is not None
    from graphql import get_named_type, is_leaf_type

    leaf = is_leaf_type(get_named_type(root.fields[field].type))
    return f"{kind} {{ {field}{'' if leaf else ' { __typename }'} }}"


async def test_every_field_for_every_caller_as_the_contract_says(edge) -> None:  # type: ignore[no-untyped-def]
    callers = await tokens()
    seen: dict[str, dict[str, str]] = {}
    wrong = []
    for kind, field in root_fields():
        row = seen.setdefault(field, {})
        for caller in CALLERS:
            result = await gql(edge, bare(kind, field), token=callers[caller])
            codes = error_codes(result)
            got = codes[0] if codes and codes[0] in DENIED else "allowed"
            row[caller] = got
            if got != expected(field, caller):
                wrong.append((field, caller, got, result))
            assert "INTERNAL_SERVER_ERROR" not in codes, result
    assert wrong == []
    out = os.environ.get("CREDIT_MATRIX_OUT")
    if out:
        _write_matrix(Path(out), seen)


def _write_matrix(path: Path, seen: dict[str, dict[str, str]]) -> None:
    lines = ["| operation | " + " | ".join(CALLERS) + " |", "|---" * (len(CALLERS) + 1) + "|"]
    for field in sorted(seen):
        lines.append(f"| `{field}` | " + " | ".join(seen[field][c] for c in CALLERS) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ region and authority


REGISTER = """mutation R($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { enterprise { code } userErrors { code } } }"""
PROFILE = "query P($code: String!) { enterprise(code: $code) { code principal { idNumber } } }"
ID_NUMBER = "11010519491231002X"


async def test_regulators_act_only_in_their_region_and_see_id_numbers_only_there(edge) -> None:  # type: ignore[no-untyped-def]
    callers = await tokens()
    code = make_code(900)
    enterprise = {"code": code, "name": "南山化工", "regionCode": "440305", "industry": "CHEMICALS",
                  "principal": {"name": "王五", "idNumber": ID_NUMBER}}
    outside = await gql(edge, REGISTER, {"input": enterprise}, token=callers["regulator out of region"])
    assert error_codes(outside) == ["FORBIDDEN"]
    inside = await gql(edge, REGISTER, {"input": enterprise}, token=callers["regulator in region"])
    assert inside["data"]["registerEnterprise"]["userErrors"] == []
    seen = {}
    for caller in ("admin", "procurement", "insurer", "regulator in region", "regulator out of region",
                   "other authority"):
        result = await gql(edge, PROFILE, {"code": code}, token=callers[caller])
        seen[caller] = result["data"]["enterprise"]["principal"]["idNumber"]
    unmasked = {c for c, number in seen.items() if number == ID_NUMBER}
    # the other authority here shares the region prefix 4403, so it sees them too
    assert unmasked == {"admin", "regulator in region", "other authority"}
    assert {n for c, n in seen.items() if c not in unmasked} == {"110105********002X"}
