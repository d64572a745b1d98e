"""``credit import KIND FILE`` and ``credit import template KIND``: spreadsheets into the register.

The columns are the input fields of the matching mutation (``registerEnterprise``,
``recordPenalty``, ``recordAccident``), read from its GraphQL input type, so a field
added to the input later is a column by itself; nested fields are ``principal.idNumber``.
``supersedesRecordId`` is left out: it names a record of this service, which a sheet
does not know (correct a record through the mutation). The 双公示 headers of a
regulator's own sheet are accepted as aliases (``ALIASES``); money given in 万元 is
turned into yuan. Reading cells is this module's work; every rule after that is the
action's own (credit.services.imports).
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from credit.domain.errors import Refusal, Violation
from credit.progress import PROGRESS_FROM_ROWS, progress_bars

if TYPE_CHECKING:  # the services load the ORM: imported when a command runs, not by `credit --help`
    from credit.services.imports import ImportReport, Row

KINDS = ("enterprises", "penalties", "accidents")

#: input fields that are not columns, and why: a correction names a record of this service
NOT_COLUMNS = frozenset({"supersedesRecordId"})


_WAN = Decimal(10_000)

#: A regulator's own headers (双公示 and common register sheets), normalised (``_header``):
#: header → (column, factor to yuan for money). Aliases of fields an input does not have
#: (yet) are ignored like any unknown column.
ALIASES: dict[str, tuple[str, Decimal | None]] = {
    # every kind
    "统一社会信用代码": ("code", None),
    "行政相对人代码_1(统一社会信用代码)": ("code", None),
    # enterprises
    "行政相对人名称": ("name", None),
    "企业名称": ("name", None),
    "单位名称": ("name", None),
    "行政区划代码": ("regionCode", None),
    "行业": ("industry", None),
    "行业类别": ("industry", None),
    "主要负责人": ("principal.name", None),
    "主要负责人姓名": ("principal.name", None),
    "主要负责人身份证号码": ("principal.idNumber", None),
    "主要负责人证件号码": ("principal.idNumber", None),
    # penalties (行政处罚, 双公示)
    "处罚决定书文号": ("decisionNumber", None),
    "行政处罚决定书文号": ("decisionNumber", None),
    "处罚决定日期": ("decidedOn", None),
    "违法行为类型": ("violationType", None),
    "处罚依据": ("legalBasis", None),
    "罚款金额(万元)": ("fineYuan", _WAN),
    "罚款金额(元)": ("fineYuan", Decimal(1)),
    "违法事实": ("violationFacts", None),
    "主要违法事实": ("violationFacts", None),
    "处罚类别": ("category", None),
    "处罚内容": ("content", None),
    "罚款倍数": ("fineMultiple", None),
    "备注": ("description", None),
    # accidents (生产安全事故)
    "事故发生日期": ("occurredOn", None),
    "发生日期": ("occurredOn", None),
    "死亡人数": ("deaths", None),
    "重伤人数": ("seriousInjuries", None),
    "直接经济损失(万元)": ("directLossYuan", _WAN),
    "直接经济损失(元)": ("directLossYuan", Decimal(1)),
    "是否瞒报谎报": ("concealed", None),
    "瞒报谎报": ("concealed", None),
    "事故简要情况": ("description", None),
    "事故概况": ("description", None),
}

#: Chinese values a sheet writes for an enumeration, by the enumeration's name (a value may
#: also be the member's own name, in any case). Tables for enumerations an input does not
#: have (yet) wait unused.
ENUM_LABELS: dict[str, dict[str, str]] = {
    "Industry": {
        "矿山": "MINING", "煤矿": "MINING", "非煤矿山": "MINING", "尾矿库": "MINING", "化工": "CHEMICALS",
        "医药": "PHARMACEUTICALS", "危险化学品": "HAZARDOUS_CHEMICALS", "烟花爆竹": "FIREWORKS",
        "石油开采": "OIL_EXTRACTION", "冶金": "METALLURGY", "有色": "NON_FERROUS", "建材": "BUILDING_MATERIALS",
        "机械": "MACHINERY", "轻工": "LIGHT_INDUSTRY", "纺织": "TEXTILES", "烟草": "TOBACCO", "商贸": "COMMERCE",
        "建筑施工": "CONSTRUCTION", "交通运输": "TRANSPORT", "民用爆炸物品": "CIVIL_EXPLOSIVES", "渔业": "FISHING",
        "安全评价检测检验机构": "SAFETY_SERVICE_AGENCY", "其他": "OTHER",
    },
    # 处罚类别 (行政处罚法 第九条), for RecordPenaltyInput.category
    "PenaltyCategory": {
        "警告": "WARNING", "通报批评": "WARNING", "罚款": "FINE", "没收违法所得": "CONFISCATION",
        "没收非法财物": "CONFISCATION", "没收违法所得、没收非法财物": "CONFISCATION",
        "责令停产停业": "SUSPENSION", "责令停产停业整顿": "SUSPENSION", "限制开展生产经营活动": "SUSPENSION",
        "暂扣许可证件": "LICENCE_REVOCATION", "吊销许可证件": "LICENCE_REVOCATION",
        "暂扣或者吊销许可证": "LICENCE_REVOCATION", "暂扣或者吊销许可证、暂扣或者吊销执照": "LICENCE_REVOCATION",
        "降低资质等级": "LICENCE_REVOCATION", "行政拘留": "DETENTION", "其他": "OTHER",
    },
}

#: headers whose unit is not said: refused rather than guessed (万元 is the 双公示 unit)
AMBIGUOUS = {"罚款金额": "fineYuan", "罚款金额(万元/元)": "fineYuan", "直接经济损失": "directLossYuan"}

_TRUE = {"true", "是", "1", "yes", "y"}
_FALSE = {"false", "否", "0", "no", "n"}
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_INTEGER = re.compile(r"[+-]?\d+")


class ImportFileError(ValueError):
    """The file cannot be imported at all (format, encoding, columns); one line says why."""


# ----------------------------------------------------------------------------- columns


@dataclass(frozen=True)
class Column:
    """One column: the input field's GraphQL name (nested ``principal.idNumber``), its path
    of Python names, its type, and whether a value is required."""

    name: str
    path: tuple[str, ...]
    type: Any
    required: bool
    #: the nested input type a nested column belongs to (PrincipalInput)
    parent: Any = None


def input_type(kind: str) -> Any:
    """The GraphQL input type of the kind's mutation, found in the mutation table."""
    from credit.api.regulator import RegulatorMutation
    from credit.api.schema import schema
    from credit.services.imports import IMPORTABLE

    operation = IMPORTABLE[kind].operation
    names = schema.config.name_converter
    mutations: Any = RegulatorMutation
    for mutation in mutations.__strawberry_definition__.fields:
        if names.get_graphql_name(mutation) == operation:
            return mutation.arguments[0].type
    raise LookupError(f"no mutation {operation}")  # pragma: no cover: IMPORTABLE names real ones


def _unwrap(field_type: Any) -> tuple[Any, bool]:
    """(the type inside, optional?) for a Strawberry field type."""
    from strawberry.types.base import StrawberryOptional
    from strawberry.types.enum import StrawberryEnumDefinition

    optional = isinstance(field_type, StrawberryOptional)
    inner = field_type.of_type if optional else field_type
    if isinstance(inner, StrawberryEnumDefinition):
        inner = inner.wrapped_cls
    return inner, optional


def columns(kind: str) -> list[Column]:
    """The kind's columns, in the input type's field order."""
    from strawberry.types.base import StrawberryList

    from credit.api.schema import schema

    names = schema.config.name_converter
    found: list[Column] = []
    for f in input_type(kind).__strawberry_definition__.fields:
        name = names.get_graphql_name(f)
        if name in NOT_COLUMNS:
            continue
        inner, optional = _unwrap(f.type)
        if isinstance(inner, StrawberryList):  # a list (persons: [...]) has no place in one row
            continue
        has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        definition: Any = getattr(inner, "__strawberry_definition__", None)
        if getattr(definition, "is_input", False):
            for sub in definition.fields:
                sub_inner, sub_optional = _unwrap(sub.type)
                sub_default = sub.default is not dataclasses.MISSING
                found.append(Column(f"{name}.{names.get_graphql_name(sub)}", (f.python_name, sub.python_name),
                                    sub_inner, not (sub_optional or sub_default), parent=inner))
            continue
        found.append(Column(name, (f.python_name,), inner, not (optional or has_default)))
    return found


def template(kind: str) -> str:
    """The CSV header row of the kind's columns."""
    return ",".join(c.name for c in columns(kind))


def _header(text: object) -> str:
    """A header as matched: no spaces, half-width parentheses."""
    value = str(text or "").replace("\ufeff", "")
    value = value.replace("（", "(").replace("）", ")")
    return re.sub(r"\s+", "", value)


@dataclass(frozen=True)
class Layout:
    """Which file column gives which input column (and at what factor, for money), and how
    each of its cells is read (made once per file: a cell is then one call)."""

    positions: dict[int, tuple[Column, Decimal | None]]
    ignored: list[str]
    readers: dict[int, Callable[[object], Any]] = dataclasses.field(default_factory=dict)


def layout(kind: str, headers: list[object]) -> Layout:
    by_name = {c.name.lower(): c for c in columns(kind)}
    positions: dict[int, tuple[Column, Decimal | None]] = {}
    given: dict[str, str] = {}
    ignored: list[str] = []
    for index, raw in enumerate(headers):
        header = _header(raw)
        if not header:
            continue
        if header in AMBIGUOUS:
            raise ImportFileError(
                f"column {header!r} does not say its unit: call it {header}(万元) or {header}(元) "
                f"({AMBIGUOUS[header]} is in yuan)"
            )
        column = by_name.get(header.lower())
        factor = None
        if column is None and header in ALIASES:
            target, factor = ALIASES[header]
            column = by_name.get(target.lower())
        if column is None:
            ignored.append(str(raw).strip())
            continue
        if column.name in given:
            raise ImportFileError(f"columns {given[column.name]!r} and {str(raw).strip()!r} both give {column.name}")
        given[column.name] = str(raw).strip()
        positions[index] = (column, factor)
    missing = [c.name for c in columns(kind) if c.required and c.parent is None and c.name not in given]
    if missing:
        raise ImportFileError(
            f"the header row has no column for {', '.join(missing)} "
            f"(the columns: credit import template {kind})"
        )
    return Layout(positions, ignored, {index: _reader(column, factor) for index, (column, factor) in positions.items()})


# ----------------------------------------------------------------------------- cells


class _Bad(Exception):
    def __init__(self, code: str, detail: str | None = None) -> None:
        self.code, self.detail = code, detail


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _reader(column: Column, factor: Decimal | None) -> Callable[[object], Any]:
    """How a cell of ``column`` becomes the input field's type (raising _Bad when it is not one)."""
    from credit.api.scalars import _parse_date, _parse_decimal

    kind = column.type
    if kind is bool:
        def boolean(raw: object) -> bool:
            if isinstance(raw, bool):
                return raw
            text = _text(raw).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise _Bad("INVALID_VALUE", "应为 true 或 false")
        return boolean
    if kind is int:
        def integer(raw: object) -> int:
            if isinstance(raw, int) and not isinstance(raw, bool):
                return raw
            if isinstance(raw, float) and raw.is_integer():
                return int(raw)
            text = _text(raw).strip()
            if _INTEGER.fullmatch(text):
                return int(text)
            raise _Bad("INVALID_VALUE", "应为整数")
        return integer
    if kind is Decimal:
        def number(raw: object) -> Decimal:
            # the schema's own Decimal (credit.api.scalars): what the mutation would refuse, refused
            value: Decimal = _scalar(_parse_decimal, repr(raw) if isinstance(raw, float) else _text(raw).replace(",", ""))
            return _scalar(_parse_decimal, str(value * factor)) if factor is not None else value
        return number
    if kind is date:
        def day_of(raw: object) -> date:
            day: date | None = None
            if isinstance(raw, datetime):
                day = raw.date()
            elif isinstance(raw, date):
                day = raw
            elif match := _DATE.fullmatch(_text(raw).strip()):
                # ISO, and the unambiguous forms sheets use: 2024/5/6, 2024.5.6, 2024年5月6日
                try:
                    day = date(int(match[1]), int(match[2]), int(match[3]))
                except ValueError:
                    day = None
            if day is None:
                raise _Bad("INVALID_VALUE", "应为日期 YYYY-MM-DD")
            parsed: date = _scalar(_parse_date, day.isoformat())  # and in the schema's range
            return parsed
        return day_of
    if isinstance(kind, type) and issubclass(kind, Enum):
        enumeration: type[Enum] = kind
        labels = ENUM_LABELS.get(enumeration.__name__, {})
        choices = f"应为 {' | '.join(enumeration.__members__)} 之一"

        def member(raw: object) -> Enum:
            text = _text(raw).strip()
            name = labels.get(text, text.upper())
            if name in enumeration.__members__:
                return enumeration[name]
            raise _Bad("INVALID_VALUE", choices)
        return member
    return _text  # String, ID: as written (the action trims and checks it)


def _scalar(parse: Callable[[object], Any], text: str) -> Any:
    from graphql import GraphQLError

    try:
        return parse(text)
    except GraphQLError as error:
        raise _Bad("INVALID_VALUE", error.message) from None


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_row(number: int, cells: tuple[object, ...], plan: Layout) -> Row | None:
    """A data row as the action's keywords (None for a blank row)."""
    from credit.services.imports import Row

    if all(_is_empty(c) for c in cells):
        return None
    arguments: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    parents: dict[str, Any] = {}
    bad: list[Violation] = []
    for index, (column, _) in plan.positions.items():
        raw = cells[index] if index < len(cells) else None
        if _is_empty(raw):
            if column.required and column.parent is None:
                if column.type is str:
                    arguments[column.path[0]] = ""  # the action says what is missing (REQUIRED, INVALID_CODE)
                else:
                    bad.append(Violation("REQUIRED", column.name))
            continue
        try:
            value = plan.readers[index](raw)
        except _Bad as problem:
            bad.append(Violation(problem.code, column.name, problem.detail))
            continue
        if column.parent is None:
            arguments[column.path[0]] = value
        else:
            nested.setdefault(column.path[0], {})[column.path[1]] = value
            parents[column.path[0]] = column.parent
    if bad:
        return Row(number, refusal=Refusal.of(bad))
    for name, values in nested.items():
        # a nested input given in part: its other fields take their defaults, or are empty
        # text (the action refuses them: REQUIRED, INVALID_ID_NUMBER)
        given = dict(values)
        for f in parents[name].__strawberry_definition__.fields:
            if f.python_name not in given and f.default is dataclasses.MISSING:
                given[f.python_name] = ""
        arguments[name] = parents[name](**given)
    return Row(number, arguments=arguments)


# ----------------------------------------------------------------------------- files


def read_file(path: Path) -> tuple[list[object], Iterator[tuple[object, ...]]]:
    """(header row, data rows) of a .csv (UTF-8) or .xlsx (first sheet)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    if suffix == ".csv":
        return _read_csv(path)
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raise ImportFileError(f"{path}: give a .csv (UTF-8, header row) or an .xlsx (first sheet, header row)")


def _read_csv(path: Path) -> tuple[list[object], Iterator[tuple[object, ...]]]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    except UnicodeDecodeError:
        raise ImportFileError(
            f"{path} is not UTF-8: save it as “CSV UTF-8” (Excel: CSV UTF-8(逗号分隔)), or import the .xlsx"
        ) from None
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None:
        raise ImportFileError(f"{path} is empty: the first row names the columns")
    return list(header), (tuple(row) for row in reader)


def _read_xlsx(path: Path) -> tuple[list[object], Iterator[tuple[object, ...]]]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ImportFileError(f"{path} is not an .xlsx workbook ({exc.__class__.__name__})") from None
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        raise ImportFileError(f"{path}: its first sheet is empty; the first row names the columns")
    return list(header), (tuple(row) for row in rows)


# ----------------------------------------------------------------------------- the command


def line_of(number: int, refusal: Refusal, region_field: str) -> str:
    """``row N: FIELD: CODE: message`` (further violations of the row after ``; ``)."""
    parts = []
    for violation in refusal.violations:
        where = violation.field or (region_field if violation.code == "FORBIDDEN" else "-")
        parts.append(f"{where}: {violation.code}: {violation.message}")
    return f"row {number}: " + "; ".join(parts)


def import_command(
    kind: str = typer.Argument(..., metavar="KIND", help="enterprises | penalties | accidents, or: template"),
    file: str = typer.Argument(..., metavar="FILE", help="a .csv (UTF-8) or .xlsx; after template: the KIND"),
    authority_code: str | None = typer.Option(
        None, "--authority-code", help="record as this authority (its regulator key's region); "
        "needed for penalties and accidents"),
    valid_rows: bool = typer.Option(False, "--valid-rows", help="import the rows not refused"),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress",
        help=f"progress bar on standard error; default on a terminal from {PROGRESS_FROM_ROWS:,} rows"),
) -> None:
    """Import a spreadsheet: every row checked as the mutation checks it; by default all or nothing.

    `credit import template KIND` prints the CSV header row of KIND.
    """
    from credit.cli import fail, run_with_database

    if kind == "template":
        if file not in KINDS:
            fail(f"credit import template KIND: KIND is one of {', '.join(KINDS)}")
        typer.echo(template(file))
        return
    if kind not in KINDS:
        fail(f"KIND is one of {', '.join(KINDS)} (or: credit import template KIND)")
    try:
        header, cells = read_file(Path(file))
        plan = layout(kind, header)
        rows = [row for number, row_cells in enumerate(cells, start=1)
                if (row := read_row(number, row_cells, plan)) is not None]
    except ImportFileError as error:
        fail(str(error))
    # The rows read live until the command ends: out of the collector's sight, its full
    # collections stop walking them again and again (100,000 penalties: 15.9 s of the
    # command's CPU before, 13.2 s after; tests/benchmarks/bench_import.py). And a chunk's
    # thousands of rows, entries and events die together when it is written: collecting the
    # young generation every 700 allocations only promoted them to be walked again (50,000
    # penalties: 0.9 s in the collector, 0.05 s with this threshold).
    gc.freeze()
    gc.set_threshold(50_000)
    if plan.ignored:
        typer.echo(f"ignored columns (not fields of {kind}): {', '.join(plan.ignored)}", err=True)
    show = progress if progress is not None else (sys.stderr.isatty() and len(rows) >= PROGRESS_FROM_ROWS)

    async def work() -> ImportReport:
        from credit.services.imports import ImportSetupError, import_rows, importer

        try:
            caller = await importer(kind, authority_code)
        except ImportSetupError as error:
            fail(str(error))
        phases = {"check": ("检查 check", len(rows)), "write": ("写入 write", None)}
        with progress_bars(phases, show) as advance:
            return await import_rows(caller, kind, rows, valid_rows=valid_rows, progress=advance)

    report: ImportReport = run_with_database(work)
    from credit.services.imports import IMPORTABLE

    for number, refusal in report.refused.items():
        typer.echo(line_of(number, refusal, IMPORTABLE[kind].region_field))
    typer.echo(_summary(report, valid_rows))
    if report.refused:
        raise typer.Exit(code=1)


def _summary(report: ImportReport, valid_rows: bool) -> str:
    refused = len(report.refused)
    text = (f"{report.kind}: {report.rows:,} rows, {report.imported:,} imported, "
            f"{report.already:,} recorded already, {refused:,} refused")
    if report.nothing_written:
        return text + " (nothing imported: mend the rows above, or import the others with --valid-rows)"
    if report.stopped_at is not None:
        return text + (f" (stopped at row {report.stopped_at}: a write made meanwhile refused a row; the rows "
                       "before it are imported; mend it and import the file again, nothing is recorded twice)")
    return text
