"""The published rows as files for machines: JSON, CSV (UTF-8, header row) and xlsx.

One shape for the open data endpoints and ``credit export listings``. Columns and their
Chinese headers are credit.domain.publication.COLUMNS.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import IO, Any

import orjson

from credit.domain.calendar import CHINA
from credit.domain.publication import COLUMNS, PublishedRow, row_values
from credit.services.publication import PublicFilter

#: called with the number of rows just written (a progress bar's advance)
Progress = Callable[[int], None]
_KEYS = [key for key, _ in COLUMNS]
_HEADERS = [header for _, header in COLUMNS]
_CHUNK = 1000


def _report(progress: Progress | None, count: int) -> None:
    if progress is not None and count:
        progress(count)


def row_dict(row: PublishedRow) -> dict[str, Any]:
    return dict(zip(_KEYS, row_values(row), strict=True))


def json_document(
    rows: list[PublishedRow],
    filters: PublicFilter,
    *,
    as_of: date | None = None,
    last_modified: datetime | None = None,
    progress: Progress | None = None,
) -> bytes:
    """``{"title", "listKind", "filters", "count", "listings": [...]}`` plus the day (an
    export) or the moment the rows last changed (the endpoint, whose body must not change
    at a midnight that changes no row)."""
    document: dict[str, Any] = {
        "title": filters.title,
        "listKind": filters.kind.value,
        "filters": {"q": filters.q or None, "region": filters.region or None},
    }
    if as_of is not None:
        document["asOf"] = as_of.isoformat()
    if last_modified is not None:
        document["lastModified"] = last_modified.astimezone(CHINA).isoformat()
    document["count"] = len(rows)
    listings: list[dict[str, Any]] = []
    for start in range(0, len(rows), _CHUNK):
        listings.extend(row_dict(r) for r in rows[start : start + _CHUNK])
        _report(progress, len(rows[start : start + _CHUNK]))
    document["listings"] = listings
    return orjson.dumps(document)


def csv_lines(rows: Iterable[PublishedRow], progress: Progress | None = None) -> Iterator[str]:
    """The header row, then one line per row (RFC 4180 quoting, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_HEADERS)
    pending = 0
    for row in rows:
        writer.writerow(row_values(row))
        pending += 1
        if pending == _CHUNK:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            _report(progress, pending)
            pending = 0
    yield buffer.getvalue()
    _report(progress, pending)


def csv_document(rows: Iterable[PublishedRow], progress: Progress | None = None) -> bytes:
    return "".join(csv_lines(rows, progress)).encode("utf-8")


def write_xlsx(rows: Iterable[PublishedRow], target: str | IO[bytes], filters: PublicFilter,
               progress: Progress | None = None) -> None:
    """One sheet named for the list, the header row bold and frozen, dates as dates."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)  # streams rows: 100,000 rows stay in bounded memory
    sheet = workbook.create_sheet(title=filters.title[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate((10, 36, 22, 10, 12, 24, 26, 40, 28, 12, 12, 28, 24), start=1):
        sheet.column_dimensions[_column_letter(index)].width = width
    header = []
    for text in _HEADERS:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    listed_on, expires_on = _KEYS.index("listedOn"), _KEYS.index("expiresOn")
    pending = 0
    for row in rows:
        values: list[object] = list(row_values(row))
        # real date cells, sortable in Excel (row_values gives them as ISO strings)
        values[listed_on], values[expires_on] = row.listed_on, row.expires_on
        sheet.append([_as_text(sheet, v) if isinstance(v, str) and v.startswith("=") else v for v in values])
        pending += 1
        if pending == _CHUNK:
            _report(progress, pending)
            pending = 0
    _report(progress, pending)
    workbook.save(target)


def _as_text(sheet: Any, value: str) -> Any:
    """openpyxl stores a string that starts with "=" as a formula: a name entered as
    "=HYPERLINK(...)" would run in the reader's spreadsheet. Keep it a string."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
