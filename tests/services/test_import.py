"""``credit import``: spreadsheets into the register, row by row as the mutations would take
them, all or nothing by default, and never anything twice. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import REGION, authority_code, document, gql, make_code, regulator_key
from openpyxl import Workbook

from credit.api.schema import schema
from credit.domain.calendar import china_today
from credit.domain.errors import Refusal
from credit.imports import ImportFileError, layout, read_file, read_row, template
from credit.services import records
from credit.services.auth import Caller, authenticate
from credit.services.imports import (
    IMPORTABLE,
    ImportReport,
    ImportSetupError,
    import_rows,
    importer,
)
from credit.services.keys import issue_key, revoke_key
from credit.services.records import IfRecorded
from credit.store.models import (
    AuditEntry,
    CreditRecord,
    Enterprise,
    FeedClock,
    OutboxEvent,
    Person,
    PersonRole,
)

CREDIT = str(Path(sys.executable).with_name("credit"))
AUTHORITY = authority_code(1)  # the authority of helpers.regulator_key()
PENALTY = document("regulator/RecordPenalty.graphql")
WRITTEN = (Enterprise, Person, PersonRole, CreditRecord, AuditEntry, OutboxEvent, FeedClock)

#: a regulator's own sheet: the 双公示 columns, fines in 万元, columns we do not keep
SHEET = ["行政相对人名称", "统一社会信用代码", "处罚决定书文号", "违法行为类型", "违法事实", "处罚依据",
         "处罚类别", "处罚内容", "罚款金额（万元）", "处罚决定日期", "公示截止期", "处罚机关"]


def penalty_row(code: str, number: str, *, fine: str = "2.5", on: str = "2024-05-06",
                violation: str = "未按规定开展安全生产教育培训") -> list[str]:
    return ["某公司", code, number, violation, "未对从业人员进行安全培训", "《中华人民共和国安全生产法》第九十七条",
            "罚款", f"罚款{fine}万元", fine, on, "2025-05-06", "深圳市应急管理局"]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run_import(db_url: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CREDIT_")}
    environment["CREDIT_DATABASE_URL"] = db_url
    return subprocess.run([CREDIT, "import", *args], cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=120, check=False)


async def database_state() -> dict[str, list[dict[str, Any]]]:
    return {m.__name__: await m.all().order_by(m._meta.pk_attr).values() for m in WRITTEN}


async def regulator() -> Caller:
    return await authenticate(f"Bearer {await regulator_key()}")


async def registered(caller: Caller, *seeds: int, region: str = REGION) -> list[str]:
    codes = []
    for seed in seeds:
        code = make_code(seed, region=region)
        await records.register_enterprise(caller, code=code, name=f"南山测试企业{seed}", region_code=region,
                                          industry="CHEMICALS")
        codes.append(code)
    return codes


async def imported(caller: Caller, kind: str, path: Path, **options: Any) -> ImportReport:
    """The import as the command runs it, in this process."""
    header, cells = read_file(path)
    plan = layout(kind, header)
    rows = [row for number, row_cells in enumerate(cells, start=1)
            if (row := read_row(number, row_cells, plan)) is not None]
    return await import_rows(caller, kind, rows, **options)


def refusals(report: ImportReport) -> dict[int, list[tuple[str | None, str]]]:
    return {n: [(v.field, v.code) for v in r.violations] for n, r in report.refused.items()}


# ----------------------------------------------------------------------------- columns


def _input_fields(name: str) -> list[str]:
    """An input type's fields as the schema has them, nested ones written ``principal.idNumber``."""
    from graphql import GraphQLInputObjectType, GraphQLList, get_named_type, get_nullable_type

    found = []
    for field_name, field in schema._schema.type_map[name].fields.items():
        named = get_named_type(field.type)
        if isinstance(get_nullable_type(field.type), GraphQLList):
            continue  # a list (persons) has no place in one row
        if isinstance(named, GraphQLInputObjectType):
            found += [f"{field_name}.{sub}" for sub in named.fields]
        elif field_name != "supersedesRecordId":  # names a record of the service: not for sheets
            found.append(field_name)
    return found


def test_the_template_is_the_mutations_input_fields_with_nested_ones_dotted(tmp_path: Path) -> None:
    assert template("enterprises").split(",") == _input_fields("RegisterEnterpriseInput")
    assert template("penalties").split(",") == _input_fields("RecordPenaltyInput")
    assert template("accidents").split(",") == _input_fields("RecordAccidentInput")
    assert "principal.idNumber" in template("enterprises").split(",")
    printed = run_import("sqlite://unused.sqlite3", tmp_path, "template", "penalties")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == template("penalties")


def test_a_file_the_import_cannot_read_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="decisionNumber"):
        layout("penalties", ["统一社会信用代码", "处罚决定日期", "违法行为类型", "处罚依据", "罚款金额(元)"])
    with pytest.raises(ImportFileError, match="万元"):  # the unit of a fine is never guessed
        layout("penalties", [*template("penalties").split(",")[:-2], "罚款金额"])
    with pytest.raises(ImportFileError, match="both give code"):
        layout("penalties", ["code", "统一社会信用代码"])
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("统一社会信用代码\n".encode("gbk"))
    with pytest.raises(ImportFileError, match="UTF-8"):
        read_file(gbk)
    with pytest.raises(ImportFileError, match=".xlsx"):
        read_file(write_csv(tmp_path / "a.txt", ["code"], []))


# ----------------------------------------------------------------------------- penalties


async def test_a_regulators_sheet_imports_as_it_is_like_the_mutation_and_again_records_nothing(
    client: httpx.AsyncClient, db: str, tmp_path: Path
) -> None:
    token = await regulator_key()
    caller = await authenticate(f"Bearer {token}")
    first, second = await registered(caller, 1, 2)
    by_mutation = await gql(client, PENALTY, {"input": {
        "code": first, "decisionNumber": "深应急罚〔2024〕1号", "decidedOn": "2024-05-01",
        "violationType": "未按规定开展安全生产教育培训", "legalBasis": "《安全生产法》第九十七条",
        "fineYuan": "20000", "description": "",
    }}, token=token)
    assert by_mutation["data"]["recordPenalty"]["userErrors"] == []
    sheet = write_csv(tmp_path / "处罚.csv", SHEET, [
        penalty_row(first, "深应急罚〔2024〕2号"), penalty_row(second, "深应急罚〔2024〕3号", fine="0.35"),
    ])

    result = run_import(db, tmp_path, "penalties", str(sheet), "--authority-code", AUTHORITY, "--progress")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "penalties: 2 rows, 2 imported, 0 recorded already, 0 refused"
    assert "检查" in result.stderr  # the progress bar, asked for
    assert "ignored columns" in result.stderr and "公示截止期" in result.stderr

    rows = await CreditRecord.filter(decision_number__in=["深应急罚〔2024〕2号", "深应急罚〔2024〕3号"]).order_by("id")
    assert [r.fine_yuan for r in rows] == [Decimal("25000.00"), Decimal("3500.00")]  # 万元 → yuan
    assert {r.authority_id for r in rows} == {caller.authority_id}  # type: ignore[attr-defined]
    assert [r.occurred_on for r in rows] == [date(2024, 5, 6)] * 2
    mutation_audit = await AuditEntry.get(action="recordPenalty", actor=caller.actor)
    audits = await AuditEntry.filter(action="recordPenalty", actor=f"import:{caller.actor}").order_by("id")
    assert [a.entity_id for a in audits] == [str(r.id) for r in rows]
    assert all(a.authority_code == AUTHORITY and a.before is None for a in audits)
    assert all(set(a.after) == set(mutation_audit.after) for a in audits)
    mutation_event = await OutboxEvent.get(record_id=int(mutation_audit.entity_id))
    events = await OutboxEvent.filter(record_id__in=[r.id for r in rows]).order_by("id")
    assert [e.event_type for e in events] == ["RECORD_ADDED", "RECORD_ADDED"]
    assert all(set(e.payload) == set(mutation_event.payload) for e in events)
    assert events[0].payload["fineYuan"] == "25000.00" and events[0].payload["authorityCode"] == AUTHORITY
    assert events[0].visible_at >= mutation_event.visible_at

    before = await database_state()
    again = run_import(db, tmp_path, "penalties", str(sheet), "--authority-code", AUTHORITY)
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.strip() == "penalties: 2 rows, 0 imported, 2 recorded already, 0 refused"
    assert await database_state() == before


async def test_one_refused_row_imports_nothing_and_each_says_the_mutations_field_and_code(
    client: httpx.AsyncClient, db: str, tmp_path: Path
) -> None:
    token = await regulator_key()
    caller = await authenticate(f"Bearer {token}")
    (code,) = await registered(caller, 1)
    elsewhere = make_code(9, region="110105")
    await Enterprise.create(code=elsewhere, name="北京某公司", region_code="110105", industry="MINING")
    tomorrow = (china_today() + timedelta(days=1)).isoformat()
    unknown = make_code(77)
    rows = [
        penalty_row(code, "罚〔2024〕1号"),                                      # 1 good
        penalty_row(code, "罚〔2024〕2号", on=tomorrow),                          # 2 DATE_IN_FUTURE
        penalty_row(unknown, "罚〔2024〕3号"),                                    # 3 ENTERPRISE_NOT_FOUND
        penalty_row(elsewhere, "罚〔2024〕4号"),                                  # 4 FORBIDDEN: not our region
        penalty_row(code, "罚〔2024〕1号", fine="3"),                              # 5 the number of row 1, other content
        penalty_row(code, "罚〔2024〕1号"),                                      # 6 row 1 again: recorded already
        penalty_row(code, "罚〔2024〕7号", fine="-1"),                            # 7 NEGATIVE_VALUE
        penalty_row(code, "罚〔2024〕8号", violation=" "),                         # 8 REQUIRED
        penalty_row(code, "罚〔2024〕9号", on="2024-13-01"),                      # 9 not a date
        penalty_row("91440305ABC", "罚〔2024〕10号"),                             # 10 INVALID_CODE
    ]
    sheet = write_csv(tmp_path / "处罚.csv", SHEET, rows)
    before = await database_state()

    result = run_import(db, tmp_path, "penalties", str(sheet), "--authority-code", AUTHORITY)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.strip().splitlines()
    expected_lines = [
        f"row 2: decidedOn: DATE_IN_FUTURE: 日期不能晚于今天(北京时间):{tomorrow}",
        f"row 3: code: ENTERPRISE_NOT_FOUND: 企业未登记:{unknown}",
        "row 4: code: FORBIDDEN: 无权执行该操作:该企业不在本机关管辖区域(4403)内",
        "row 5: decisionNumber: DUPLICATE_DECISION_NUMBER: 该处罚决定书文号已登记",
        "row 7: fineYuan: NEGATIVE_VALUE: 数量或金额不能为负数",
        "row 8: violationType: REQUIRED: 必填项不能为空",
        "row 9: decidedOn: INVALID_VALUE: 取值不正确:应为日期 YYYY-MM-DD",
        "row 10: code: INVALID_CODE: 统一社会信用代码格式或校验位不正确:91440305ABC",
    ]
    assert lines[:-1] == expected_lines
    assert lines[-1].startswith("penalties: 10 rows, 0 imported, 1 recorded already, 8 refused (nothing imported")
    assert await database_state() == before

    # the mutation, given the same rows, answers the same fields and codes
    for number in (2, 3, 7, 8, 10):
        row = rows[number - 1]
        answer = await gql(client, PENALTY, {"input": {
            "code": row[1], "decisionNumber": row[2], "decidedOn": row[9], "violationType": row[3],
            "legalBasis": row[5], "fineYuan": str(Decimal(row[8]) * 10000), "description": "",
        }}, token=token)
        errors = answer["data"]["recordPenalty"]["userErrors"]
        line = next(line for line in expected_lines if line.startswith(f"row {number}: "))
        field, code_, _ = line.split(": ", 3)[1:]
        assert [(e["field"], e["code"]) for e in errors] == [(field, code_)], (number, errors)
    forbidden = await gql(client, PENALTY, {"input": {
        "code": elsewhere, "decisionNumber": "x", "decidedOn": "2024-05-06", "violationType": "x",
        "legalBasis": "x", "fineYuan": "1", "description": "",
    }}, token=token)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await database_state() == before

    partly = run_import(db, tmp_path, "penalties", str(sheet), "--authority-code", AUTHORITY, "--valid-rows")
    assert partly.returncode == 1  # rows were refused, even though the others went in
    assert partly.stdout.strip().splitlines()[:-1] == expected_lines
    assert partly.stdout.strip().splitlines()[-1] == "penalties: 10 rows, 1 imported, 1 recorded already, 8 refused"
    assert await CreditRecord.filter(decision_number__startswith="罚〔2024〕").values_list("decision_number", flat=True) \
        == ["罚〔2024〕1号"]


async def test_a_duplicate_number_in_a_later_chunk_is_caught_before_anything_is_written(
    db: str, tmp_path: Path
) -> None:
    caller = await regulator()
    code, other = await registered(caller, 1, 2)
    sheet = write_csv(tmp_path / "p.csv", SHEET, [
        penalty_row(code, "罚1"), penalty_row(code, "罚2"), penalty_row(code, "罚3"), penalty_row(code, "罚4"),
        penalty_row(other, "罚1"),  # the number of row 1, for another enterprise, two chunks later
    ])
    caller = await importer("penalties", AUTHORITY)
    before = await database_state()
    report = await imported(caller, "penalties", sheet, chunk_rows=2)
    assert refusals(report) == {5: [("decisionNumber", "DUPLICATE_DECISION_NUMBER")]}
    assert report.nothing_written and await database_state() == before
    report = await imported(caller, "penalties", sheet, chunk_rows=2, valid_rows=True)
    assert (report.imported, report.already, list(report.refused)) == (4, 0, [5])
    assert await CreditRecord.filter(kind="PENALTY").count() == 4


async def test_a_conflicting_write_between_the_passes_stops_the_import_at_its_chunk(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    caller = await regulator()
    (code,) = await registered(caller, 1)
    sheet = write_csv(tmp_path / "p.csv", SHEET, [penalty_row(code, f"罚{n}") for n in range(1, 6)])
    importing = await importer("penalties", AUTHORITY)
    spec = IMPORTABLE["penalties"]

    async def write_after_another(caller_: Caller, drafts: Any, **options: Any) -> Any:
        if not options.get("dry_run") and not await CreditRecord.filter(decision_number="罚3").exists():
            # every row was checked; now, before the second pass, another write takes row 3's number
            await records.record_penalty(caller, code=code, decision_number="罚3", decided_on=date(2024, 1, 2),
                                         violation_type="另一违法行为", legal_basis="《安全生产法》",
                                         fine_yuan=Decimal(1))
        return await records.write_records(caller_, drafts, **options)

    monkeypatch.setitem(IMPORTABLE, "penalties", dataclasses.replace(spec, write=write_after_another))
    report = await imported(importing, "penalties", sheet, chunk_rows=2)
    # rows 1 and 2 went in; the chunk of rows 3 and 4 is refused whole and the import stops there
    assert (report.imported, report.stopped_at, refusals(report)) == (
        2, 3, {3: [("decisionNumber", "DUPLICATE_DECISION_NUMBER")]})
    numbers = await CreditRecord.filter(kind="PENALTY").order_by("id").values_list("decision_number", flat=True)
    assert sorted(numbers) == ["罚1", "罚2", "罚3"]
    assert (await CreditRecord.get(decision_number="罚3")).fine_yuan == Decimal(1)
    monkeypatch.undo()
    report = await imported(importing, "penalties", sheet)  # mended elsewhere? here: the rest, and row 3 refused
    assert (report.imported, report.already, list(report.refused)) == (0, 2, [3])
    assert report.nothing_written


# ----------------------------------------------------------------------------- enterprises


async def test_enterprises_from_an_xlsx_sheet_with_principals_region_checked_and_never_twice(
    db: str, tmp_path: Path
) -> None:
    await regulator_key()  # the authority, with its key for region 4403
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(template("enterprises").split(","))
    good, plain, bad_id, far = make_code(1), make_code(2), make_code(3), make_code(4, region="110105")
    sheet.append([good, "深圳南山化工有限公司", 440305, "chemicals", "张三", "11010519491231002X"])
    sheet.append([])  # a blank row: skipped, and the rows after it keep their numbers
    sheet.append([plain, "深圳南山五金有限公司", "440305", "机械", None, None])  # as regulators' sheets say it
    sheet.append([bad_id, "深圳南山矿业有限公司", "440305", "MINING", "李四", "110105194912310021"])
    sheet.append([far, "北京某有限公司", "110105", "MINING", None, None])
    sheet.append([make_code(5), "深圳某公司", "440305", "SHIPPING", None, None])
    book.save(tmp_path / "企业.xlsx")
    before = await database_state()

    result = run_import(db, tmp_path, "enterprises", "企业.xlsx", "--authority-code", AUTHORITY)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "row 4: principal.idNumber: INVALID_ID_NUMBER: 身份证件号码不正确"
    assert lines[1] == "row 5: regionCode: FORBIDDEN: 无权执行该操作:该企业不在本机关管辖区域(4403)内"
    assert lines[2].startswith("row 6: industry: INVALID_VALUE: 取值不正确:应为 MINING | CHEMICALS")
    assert lines[3] == "enterprises: 5 rows, 0 imported, 0 recorded already, 3 refused " \
                       "(nothing imported: mend the rows above, or import the others with --valid-rows)"
    assert await database_state() == before

    caller = await importer("enterprises", AUTHORITY)
    report = await imported(caller, "enterprises", tmp_path / "企业.xlsx", valid_rows=True)
    assert (report.imported, report.already, list(report.refused)) == (2, 0, [4, 5, 6])
    assert (await Enterprise.get(code=plain)).industry == "MACHINERY"
    registered_now = await Enterprise.get(code=good)
    assert (registered_now.name, registered_now.region_code, registered_now.industry) == (
        "深圳南山化工有限公司", "440305", "CHEMICALS")
    assert registered_now.registered_by_id == caller.authority_id  # type: ignore[attr-defined]
    terms = await PersonRole.filter(enterprise_id=registered_now.id).prefetch_related("person")
    assert [(t.role, t.name, t.person.id_number, t.ends_on) for t in terms] == [
        ("PRINCIPAL", "张三", "11010519491231002X", None)]
    audit = await AuditEntry.get(entity_id=str(registered_now.id), action="registerEnterprise")
    assert audit.actor == f"import:key:{caller.key_id}"
    assert [(p["started"], p["name"], p["idNumber"]) for p in audit.after["persons"]] == [
        ("PRINCIPAL", "张三", "110105********002X")]  # masked in the audit trail

    after = await database_state()
    report = await imported(caller, "enterprises", tmp_path / "企业.xlsx", valid_rows=True)
    assert (report.imported, report.already, list(report.refused)) == (0, 2, [4, 5, 6])
    assert await database_state() == after
    renamed = write_csv(tmp_path / "renamed.csv", ["统一社会信用代码", "企业名称", "行政区划代码", "行业"],
                        [[good, "深圳南山新化工有限公司", "440305", "CHEMICALS"]])
    report = await imported(caller, "enterprises", renamed)
    assert refusals(report) == {1: [("code", "ALREADY_REGISTERED")]}  # the same code, other content


async def test_enterprises_without_an_authority_are_registered_by_the_operator_in_any_region(
    db: str, tmp_path: Path
) -> None:
    sheet = write_csv(tmp_path / "e.csv", ["code", "name", "regionCode", "industry"],
                      [[make_code(1, region="110105"), "北京某有限公司", "110105", "MINING"]])
    report = await imported(await importer("enterprises", None), "enterprises", sheet)
    assert report.imported == 1
    enterprise = await Enterprise.get(code=make_code(1, region="110105"))
    assert enterprise.registered_by_id is None  # type: ignore[attr-defined]
    assert (await AuditEntry.get(entity_id=str(enterprise.id))).actor == "import"


async def test_records_need_an_authority_with_one_active_regulator_key(db: str) -> None:
    with pytest.raises(ImportSetupError, match="--authority-code"):
        await importer("penalties", None)
    with pytest.raises(ImportSetupError, match="no authority"):
        await importer("accidents", AUTHORITY)
    key, _ = await issue_key("regulator", authority_code=AUTHORITY, authority_name="深圳市应急管理局", region="4403")
    assert (await importer("penalties", AUTHORITY)).region_prefix == "4403"
    await issue_key("regulator", authority_code=AUTHORITY, authority_name="深圳市应急管理局", region="4404")
    with pytest.raises(ImportSetupError, match="several regions"):
        await importer("penalties", AUTHORITY)
    await revoke_key(key.prefix)
    assert (await importer("penalties", AUTHORITY)).region_prefix == "4404"


# ----------------------------------------------------------------------------- accidents


async def test_accidents_with_chinese_headers_graded_and_the_same_accident_recorded_once(
    db: str, tmp_path: Path
) -> None:
    caller = await regulator()
    code, other = await registered(caller, 1, 2)
    header = ["统一社会信用代码", "事故发生日期", "死亡人数", "重伤人数", "直接经济损失（万元）", "是否瞒报谎报", "事故简要情况"]
    sheet = write_csv(tmp_path / "事故.csv", header, [
        [code, "2024年3月5日", "3", "0", "120", "否", "车间爆炸"],
        [code, "2024/03/05", "3", "0", "120", "false", "车间爆炸"],   # the same accident, written differently
        [other, "2024-03-05", "0", "2", "12.5", "是", "坍塌"],
        [other, "2024-03-06", "1", "0", "1", "maybe", "坍塌"],
    ])
    importing = await importer("accidents", AUTHORITY)
    report = await imported(importing, "accidents", sheet, valid_rows=True)
    assert refusals(report) == {4: [("concealed", "INVALID_VALUE")]}
    assert (report.imported, report.already) == (2, 1)
    rows = await CreditRecord.filter(kind="ACCIDENT").order_by("id")
    assert [(r.grade, r.deaths, r.direct_loss_yuan, r.concealed) for r in rows] == [
        ("LARGER", 3, Decimal("1200000.00"), False), ("GENERAL", 0, Decimal("125000.00"), True)]
    assert await OutboxEvent.filter(record_id__in=[r.id for r in rows]).count() == 2

    state = await database_state()
    again = await imported(importing, "accidents", sheet, valid_rows=True)
    assert (again.imported, again.already, list(again.refused)) == (0, 3, [4])
    assert await database_state() == state


@pytest.mark.postgres_only
async def test_concurrent_registrations_of_one_code_let_exactly_one_in_one_by_one_or_in_bulk(db: str) -> None:
    caller = await regulator()
    code = make_code(7)
    results = await asyncio.gather(*(
        records.register_enterprise(caller, code=code, name=f"深圳某公司{n}", region_code=REGION, industry="MINING")
        for n in range(2)
    ), return_exceptions=True)
    refused = [r for r in results if isinstance(r, Refusal)]
    assert len(refused) == 1 and refused[0].code == "ALREADY_REGISTERED", results
    # two imports sharing a code: the chunk that loses the race is checked again and skips it
    drafts = [records.enterprise_draft(caller, code=make_code(n), name="深圳某公司", region_code=REGION,
                                       industry="MINING") for n in (8, 9, 10)]
    both = await asyncio.gather(
        records.register_enterprises(caller, drafts[:2], if_recorded=IfRecorded.SKIP_IDENTICAL),
        records.register_enterprises(caller, drafts[1:], if_recorded=IfRecorded.SKIP_IDENTICAL),
    )
    outcomes = [o for outcome in both for o in outcome]
    assert not any(o.refusal for o in outcomes)
    assert sum(o.written is not None for o in outcomes) == 3 and sum(o.already for o in outcomes) == 1
    assert await Enterprise.filter(code__in=[d.code for d in drafts]).count() == 3


async def test_a_full_chunk_reads_back_exactly_as_one_recorded_by_the_mutation(db: str, tmp_path: Path) -> None:
    # 30 rows: on PostgreSQL past COPY_FROM_ROWS, so the rows go in by COPY, not INSERT
    caller = await regulator()
    (code,) = await registered(caller, 1)
    sheet = write_csv(tmp_path / "p.csv", SHEET, [penalty_row(code, f"罚{n}") for n in range(30)])
    report = await imported(await importer("penalties", AUTHORITY), "penalties", sheet)
    assert report.imported == 30
    alone = await records.record_penalty(
        caller, code=code, decision_number="罚单独", decided_on=date(2024, 5, 6), violation_type="未按规定开展安全生产教育培训",
        legal_basis="《中华人民共和国安全生产法》第九十七条", fine_yuan=Decimal("25000"), description="",
        category="FINE", content="罚款2.5万元", violation_facts="未对从业人员进行安全培训",  # 罚款 → FINE
    )
    bulk = await CreditRecord.get(decision_number="罚7")
    skip = {"id", "decision_number", "reference", "recorded_at"}
    assert {k: v for k, v in (await CreditRecord.filter(id=bulk.id).values())[0].items() if k not in skip} == \
        {k: v for k, v in (await CreditRecord.filter(id=alone.id).values())[0].items() if k not in skip}
    event, alone_event = await OutboxEvent.get(record_id=bulk.id), await OutboxEvent.get(record_id=alone.id)
    assert event.event_type == alone_event.event_type == "RECORD_ADDED" and event.state == "PENDING"
    assert {k: v for k, v in event.payload.items() if k not in {"recordId", "decisionNumber"}} == \
        {k: v for k, v in alone_event.payload.items() if k not in {"recordId", "decisionNumber"}}
    assert event.payload["recordId"] == bulk.id and str(event.event_id) != str(alone_event.event_id)
    audit = await AuditEntry.get(entity="CreditRecord", entity_id=str(bulk.id))
    alone_audit = await AuditEntry.get(entity="CreditRecord", entity_id=str(alone.id))
    assert audit.after is not None and alone_audit.after is not None
    assert {k: v for k, v in audit.after.items() if k not in skip} == \
        {k: v for k, v in alone_audit.after.items() if k not in skip}
    assert audit.after["id"] == bulk.id and audit.at is not None


async def test_every_queued_event_carries_the_nearest_deadline_of_its_queue_after_mutations_and_imports(
    db: str, tmp_path: Path
) -> None:
    """双公示 deadlines: an event's ``deliver_by`` is the nearest ``publish_by`` among it and the
    events queued behind it (they can only go after it), whether the events came one by one
    (the mutation) or a chunk at a time (the import): the dispatcher's claim order relies on it."""
    import random

    caller = await regulator()
    codes = await registered(caller, 1, 2, 3, 4)
    rng = random.Random(1130)
    today = china_today()
    numbers = iter(range(1, 1000))

    def decided() -> date:  # a decision in the last few months: its deadline near or past
        return today - timedelta(days=rng.randint(0, 120))

    importing = await importer("penalties", AUTHORITY)
    for round_ in range(4):
        for code in rng.sample(codes, 3):
            await records.record_penalty(
                caller, code=code, decision_number=f"应急罚〔2026〕{next(numbers)}号", decided_on=decided(),
                violation_type="未按规定开展安全生产教育培训", legal_basis="《中华人民共和国安全生产法》第九十七条",
                fine_yuan=Decimal("20000"))
        # an accident has no publication deadline: it takes one from a penalty behind it
        await records.record_accident(caller, code=rng.choice(codes), occurred_on=decided(), deaths=0,
                                      serious_injuries=1, direct_loss_yuan=Decimal("100000"))
        rows = [penalty_row(rng.choice(codes), f"应急罚〔2026〕{next(numbers)}号", on=decided().isoformat())
                for _ in range(6)]
        report = await imported(importing, "penalties", write_csv(tmp_path / f"p{round_}.csv", SHEET, rows),
                                chunk_rows=4)
        assert report.imported == 6, report.refused
    events = await OutboxEvent.filter(state__in=("PENDING", "FAILED")).order_by("visible_at", "id").values(
        "enterprise_id", "publish_by", "deliver_by")
    assert len(events) == 4 * 10
    queues: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        queues.setdefault(event["enterprise_id"], []).append(event)
    lent = 0
    for queue in queues.values():
        for position, event in enumerate(queue):
            behind = [e["publish_by"] for e in queue[position:] if e["publish_by"] is not None]
            assert event["deliver_by"] == (min(behind) if behind else None), queue
            lent += event["deliver_by"] != event["publish_by"]
    assert lent > 0  # the history lent deadlines forward: the rule was exercised


@pytest.mark.postgres_only
async def test_an_imports_checking_pass_holds_no_lock_on_the_clock_its_writes_do(db: str) -> None:
    """The clock's lock holds up every writer and every check while it is held: a batch's dry
    run (the checking pass of an import) only reads, so it takes no moment and no lock."""
    from credit.services.records import _batch_transaction

    held = ("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'feed_clock' AND l.pid = pg_backend_pid()")
    async with _batch_transaction(dry_run=True) as (conn, moment):
        assert moment is None
        assert (await conn.execute_query(held))[1][0][0] == 0
    async with _batch_transaction(dry_run=False) as (conn, moment):
        assert moment is not None
        assert (await conn.execute_query(held))[1][0][0] >= 1
