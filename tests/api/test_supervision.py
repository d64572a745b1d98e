"""Supervision through GraphQL: the consumers' documents (regulator/Supervision.graphql) as
written, the refusals of standardisation grades and inspections (nothing changed), hazards
found by an inspection, and the inspection plan's order and paging, on both databases."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from helpers import authority_code, document, error_codes, make_code, regulator_key
from regulator_steps import Desk, denied, refused

from credit.domain.calendar import add_months, china_today
from credit.store import models

SUPERVISION = document("regulator/Supervision.graphql")


def days_ago(n: int) -> str:
    return (china_today() - timedelta(days=n)).isoformat()


async def standardise(desk: Desk, code: str, grade: int, certified_on: str, valid_until: str,
                      number: str = "AQBH-2024-001") -> dict[str, Any]:
    return await desk.mutate(SUPERVISION, "recordStandardisation", {
        "code": code, "grade": grade, "certifiedOn": certified_on, "validUntil": valid_until,
        "certificateNumber": number,
    }, "RecordStandardisation")


async def inspect(desk: Desk, code: str, on: str, kind: str = "ROUTINE", **extra: Any) -> dict[str, Any]:
    return await desk.mutate(SUPERVISION, "recordInspection", {
        "code": code, "inspectedOn": on, "kind": kind, "findings": "现场检查未发现问题", **extra,
    }, "RecordInspection")


async def supervision(desk: Desk, code: str, on: str | None = None) -> dict[str, Any]:
    result = await desk.run(SUPERVISION, {"code": code, "on": on}, "EnterpriseSupervision")
    assert not result.get("errors"), result
    return result["data"]["enterprise"]["supervision"]


async def plan(desk: Desk, region: str, on: str, first: int | None = None, after: str | None = None) -> dict[str, Any]:
    result = await desk.run(SUPERVISION, {"region": region, "on": on, "first": first, "after": after},
                            "InspectionPlan")
    assert not result.get("errors"), result
    return result["data"]["inspectionPlan"]


async def test_the_supervision_documents_run_as_written(client: httpx.AsyncClient) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1201)
    today = china_today()
    graded = await desk.run(SUPERVISION, {"input": {
        "code": code, "grade": 2, "certifiedOn": days_ago(30),
        "validUntil": add_months(today, 30).isoformat(), "certificateNumber": "粤AQBH二〔2024〕015",
    }}, "RecordStandardisation")
    record_id = graded["data"]["recordStandardisation"]["record"]["id"]
    assert graded == {"data": {"recordStandardisation": {
        "record": {"id": record_id, "kind": "STANDARDISATION"}, "userErrors": []}}}
    inspected = await desk.run(SUPERVISION, {"input": {
        "code": code, "inspectedOn": days_ago(10), "kind": "UNANNOUNCED", "findings": "消防通道畅通",
    }}, "RecordInspection")
    inspection = inspected["data"]["recordInspection"]["inspection"]
    assert inspected == {"data": {"recordInspection": {
        "inspection": {"id": inspection["id"], "inspectedOn": days_ago(10), "kind": "UNANNOUNCED"},
        "userErrors": []}}}
    answer = await desk.run(SUPERVISION, {"code": code, "on": today.isoformat()}, "EnterpriseSupervision")
    found = answer["data"]["enterprise"]["supervision"]
    assert found["class"] == "A" and found["intervalMonths"] == 24
    assert found["ruleSet"] == {"name": "default", "version": "1"}
    assert any("二级" in reason for reason in found["reasons"])
    assert answer["data"]["enterprise"]["code"] == code
    page = await plan(desk, "4403", today.isoformat())
    assert page["edges"] == [{"node": {
        "code": code, "name": "深圳市测试化工有限公司", "class": "A", "lastInspectedOn": days_ago(10),
        "dueOn": add_months(today - timedelta(days=10), 24).isoformat(), "overdue": False,
    }}]
    assert page["pageInfo"]["hasNextPage"] is False


async def test_standardisation_grades_outside_one_to_three_or_valid_before_certified_are_refused(
    client: httpx.AsyncClient,
) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1202)
    ok_until = add_months(china_today(), 12).isoformat()
    for grade in (0, 4, -1):
        await refused(standardise(desk, code, grade, days_ago(5), ok_until), "INVALID_GRADE", "grade")
    await refused(standardise(desk, code, 1, days_ago(5), days_ago(6)), "VALIDITY_BEFORE_CERTIFICATION",
                  "validUntil")
    await refused(standardise(desk, code, 1, (china_today() + timedelta(days=1)).isoformat(), ok_until),
                  "DATE_IN_FUTURE", "certifiedOn")
    await refused(standardise(desk, make_code(9999), 1, days_ago(5), ok_until), "ENTERPRISE_NOT_FOUND")
    await refused(standardise(desk, "91440300ABCDEFGHIJ", 1, days_ago(5), ok_until), "INVALID_CODE")
    # validUntil on the day of certification is a one-day grade; the future is allowed for it
    assert (await standardise(desk, code, 3, days_ago(5), days_ago(5), "N-1"))["userErrors"] == []
    assert (await standardise(desk, code, 1, days_ago(5), ok_until, "N-2"))["userErrors"] == []
    await refused(standardise(desk, code, 1, days_ago(4), ok_until, "N-2"), "DUPLICATE_CERTIFICATE_NUMBER")


async def test_inspections_in_the_future_of_unknown_codes_or_outside_the_region_are_refused(
    client: httpx.AsyncClient,
) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1203)
    tomorrow = (china_today() + timedelta(days=1)).isoformat()
    await refused(inspect(desk, code, tomorrow), "DATE_IN_FUTURE", "inspectedOn")
    await refused(inspect(desk, make_code(9998), days_ago(1)), "ENTERPRISE_NOT_FOUND", "code")
    await refused(inspect(desk, "NOT-A-CODE", days_ago(1)), "INVALID_CODE", "code")
    await refused(inspect(desk, code, days_ago(1), hazards=["  "]), "REQUIRED", "hazards.0")
    outsider = Desk(client, await regulator_key("1101", authority=authority_code(2), name="北京市应急管理局"))
    await denied(outsider.run(SUPERVISION, {"input": {
        "code": code, "inspectedOn": days_ago(1), "kind": "ROUTINE", "findings": "x"}}, "RecordInspection"),
        "FORBIDDEN")
    await denied(outsider.run(SUPERVISION, {"region": "4403", "on": days_ago(0)}, "InspectionPlan"), "FORBIDDEN")
    await denied(outsider.run(SUPERVISION, {"code": code, "on": None}, "EnterpriseSupervision"), "FORBIDDEN")


async def test_hazards_found_by_an_inspection_are_records_of_its_day_and_make_the_class_c(
    client: httpx.AsyncClient,
) -> None:
    desk = Desk(client, await regulator_key())
    code = await desk.new_enterprise(1204)
    assert (await supervision(desk, code))["class"] == "B"
    payload = await desk.mutate("""mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {
        inspection { id hazards { id kind occurredOn description inspectionId } } userErrors { code } } }""",
        "recordInspection", {"code": code, "inspectedOn": days_ago(3), "kind": "SPECIAL",
                             "findings": "储罐区存在重大事故隐患", "hazards": ["液氨储罐未设紧急切断装置"]})
    inspection = payload["inspection"]
    assert [(h["kind"], h["occurredOn"], h["inspectionId"]) for h in inspection["hazards"]] == [
        ("HAZARD", days_ago(3), inspection["id"])]
    found = await supervision(desk, code)
    assert found["class"] == "C" and found["intervalMonths"] == 3
    assert any("重大事故隐患" in r for r in found["reasons"])
    assert await desk.audit_actions(code) == ["registerEnterprise", "recordInspection", "recordHazard"]
    assert await models.OutboxEvent.filter(record_id=int(inspection["hazards"][0]["id"])).count() == 1


async def test_the_plan_is_overdue_first_then_due_nulls_first_then_code_and_pages_without_gaps(
    client: httpx.AsyncClient,
) -> None:
    desk = Desk(client, await regulator_key("44"))
    today = china_today()
    codes = {name: await desk.new_enterprise(1300 + n) for n, name in enumerate(
        ["never_a", "never_b", "overdue_b", "overdue_c", "due_today", "later_a", "later_b", "not_yet"])}
    elsewhere = await desk.new_enterprise(1399, region="440104")  # 广州: never in 4403's plan
    # B: 12 months; C (a LARGER accident): 3 months
    await inspect(desk, codes["overdue_b"], add_months(today, -13).isoformat())
    await desk.accident(codes["overdue_c"], days_ago(200), deaths=3)
    await inspect(desk, codes["overdue_c"], add_months(today, -4).isoformat())
    await inspect(desk, codes["due_today"], add_months(today, -12).isoformat())
    await inspect(desk, codes["later_a"], days_ago(100))
    await inspect(desk, codes["later_b"], days_ago(100))
    await inspect(desk, codes["not_yet"], days_ago(1))
    on = today.isoformat()
    whole = await plan(desk, "4403", on, first=1000)
    got = [e["node"] for e in whole["edges"]]
    never = sorted([codes["never_a"], codes["never_b"]])
    overdue = sorted([(add_months(add_months(today, -13), 12), codes["overdue_b"]),
                      (add_months(add_months(today, -4), 3), codes["overdue_c"])])
    later = sorted([codes["later_a"], codes["later_b"]])
    assert [e["code"] for e in got] == [*never, *(c for _, c in overdue), codes["due_today"], *later,
                                        codes["not_yet"]]
    assert [e["overdue"] for e in got] == [True] * 4 + [False] * 4
    assert [e["dueOn"] for e in got[:2]] == [None, None]
    assert {e["code"]: e["class"] for e in got}[codes["overdue_c"]] == "C"
    # page by 3: the same order, no gaps, no repeats
    seen: list[str] = []
    after = None
    while True:
        page = await plan(desk, "4403", on, first=3, after=after)
        seen += [e["node"]["code"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [e["code"] for e in got]
    # a past day computes the same columns on the fly: the plan as it stood then
    past = await plan(desk, "440305", days_ago(2), first=1000)
    assert [e["node"]["code"] for e in past["edges"]][:3] == sorted([codes["never_a"], codes["never_b"],
                                                                      codes["not_yet"]])
    assert elsewhere not in seen
    assert [e["node"]["code"] for e in (await plan(desk, "440104", on))["edges"]] == [elsewhere]


async def test_plan_arguments_are_checked(client: httpx.AsyncClient) -> None:
    desk = Desk(client, await regulator_key())
    for variables, code in (({"region": "44a3", "on": "2025-01-01"}, "BAD_USER_INPUT"),
                            ({"region": "4403", "on": "2025-01-01", "first": 1001}, "BAD_USER_INPUT"),
                            ({"region": "4403", "on": "2025-01-01", "after": "bm9wZQ=="}, "BAD_USER_INPUT")):
        assert error_codes(await desk.run(SUPERVISION, variables, "InspectionPlan")) == [code]
    assert error_codes(await desk.run(SUPERVISION, {"region": "44", "on": "2025-01-01"}, "InspectionPlan")) == [
        "FORBIDDEN"]
