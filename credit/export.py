"""``credit export listings``: the published rows as a file, for a department's website or
the bulk intake of the 企业信用信息公示系统.

The rows are credit.services.publication.published_listings, the same the public pages
and open data show; the formats are credit.services.open_data.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from credit.progress import PROGRESS_FROM_ROWS, progress_bars

if TYPE_CHECKING:  # the services load the ORM: imported when a command runs, not by `credit --help`
    from credit.services.publication import Published

export_app = typer.Typer(no_args_is_help=True, help="Export published data (公示数据)")



class Format(StrEnum):
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


@export_app.command("listings")
def export_listings(
    format: Format = typer.Option(..., "--format", help="csv | json | xlsx"),
    as_of: str | None = typer.Option(None, "--as-of", help="the day (YYYY-MM-DD, China time); default today"),
    kind: str = typer.Option("BLACKLIST", "--kind", help="BLACKLIST | GREYLIST"),
    region: str | None = typer.Option(None, "--region", help="region prefix, e.g. 4403"),
    output: Path | None = typer.Option(None, "--output", "-o", help="file to write; default standard output"),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress",
        help=f"progress bar on standard error; default when it is a terminal and there are {PROGRESS_FROM_ROWS:,}+ rows",
    ),
) -> None:
    """Write the listings published (in force) on a day, with the public pages' filters."""
    from credit.cli import fail, run_with_database
    from credit.domain.calendar import china_today
    from credit.services.publication import FilterError, PublicFilter, published_listings

    try:
        filters = PublicFilter.parse(kind, None, region)
    except FilterError as error:
        fail(f"--{error.name}: {error.message}")
    try:
        day = date.fromisoformat(as_of) if as_of else china_today()
    except ValueError:
        fail(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)")
    if format is Format.xlsx and output is None and sys.stdout.isatty():
        fail("xlsx is binary: give --output FILE (or redirect standard output)")

    async def work() -> Published:
        return await published_listings(filters, on=day)

    published: Published = run_with_database(work)
    rows = published.rows
    show = progress if progress is not None else (sys.stderr.isatty() and len(rows) >= PROGRESS_FROM_ROWS)
    with progress_bars({"write": ("写入", len(rows))}, show) as advance, _target(output) as stream:
        _write(format, published, stream, functools.partial(advance, "write"))
    where = str(output) if output else "standard output"
    typer.echo(f"exported {len(rows):,} {filters.kind.value} listings in force on {day} to {where}", err=True)


def _write(format: Format, published: Published, stream: IO[bytes], advance: Callable[[int], None]) -> None:
    from credit.services.open_data import csv_lines, json_document, write_xlsx

    if format is Format.xlsx:
        write_xlsx(published.rows, stream, published.filters, advance)
    elif format is Format.json:
        stream.write(json_document(published.rows, published.filters, as_of=published.day, progress=advance))
    else:
        for chunk in csv_lines(published.rows, advance):
            stream.write(chunk.encode("utf-8"))


@contextmanager
def _target(output: Path | None) -> Iterator[IO[bytes]]:
    """Standard output, or the file, written beside it first so a failure leaves no half file."""
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("wb") as stream:
            yield stream
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)
