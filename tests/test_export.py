"""``credit export listings``: the published rows (the public pages' own) as CSV, JSON or xlsx."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from public_world import PUBLISHED_BLACKLIST, public_world

CREDIT = str(Path(sys.executable).with_name("credit"))


def export(db_url: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CREDIT_")}
    environment["CREDIT_DATABASE_URL"] = db_url
    return subprocess.run([CREDIT, "export", "listings", *args], cwd=cwd, env=environment,
                          capture_output=True, timeout=120, check=False)


def partial_files(folder: Path) -> list[Path]:
    return list(folder.glob("*.partial"))


async def test_export_writes_the_published_rows_as_csv_json_and_xlsx(db: str, tmp_path: Path) -> None:
    world = await public_world()
    names = [f"{n}有限公司" for n in PUBLISHED_BLACKLIST]

    to_stdout = export(db, tmp_path, "--format", "csv")
    assert to_stdout.returncode == 0, to_stdout.stderr.decode()
    rows = list(csv.reader(io.StringIO(to_stdout.stdout.decode("utf-8"))))
    assert rows[0][:3] == ["公示编号", "行政相对人名称", "统一社会信用代码"]
    assert [r[1] for r in rows[1:]] == names
    assert "exported 3 BLACKLIST listings" in to_stdout.stderr.decode()

    # a past day: the listing that ended today was still published yesterday
    yesterday = (world.today - timedelta(days=1)).isoformat()
    as_json = export(db, tmp_path, "--format", "json", "--as-of", yesterday, "--output", "black.json")
    assert as_json.returncode == 0, as_json.stderr.decode()
    document = json.loads((tmp_path / "black.json").read_text(encoding="utf-8"))
    assert document["asOf"] == yesterday and document["count"] == 4
    assert "深圳市福田物流有限公司" in [item["name"] for item in document["listings"]]

    as_xlsx = export(db, tmp_path, "--format", "xlsx", "--kind", "GREYLIST", "--region", "4403",
                     "--output", "grey.xlsx", "--progress")
    assert as_xlsx.returncode == 0, as_xlsx.stderr.decode()
    assert "写入" in as_xlsx.stderr.decode()  # the progress bar, asked for
    sheet = load_workbook(tmp_path / "grey.xlsx").active
    values = list(sheet.values)
    assert values[0][1] == "行政相对人名称" and [v[1] for v in values[1:]] == ["深圳市龙岗建材有限公司"]
    assert values[1][9].date() == world.today - timedelta(days=30)  # a date cell, not text
    assert not partial_files(tmp_path)


def test_export_refuses_bad_options_in_one_line(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'unused.sqlite3'}"  # refused before the database is opened
    for args, fragment in ((["--format", "csv", "--region", "4x"], "--region"),
                           (["--format", "csv", "--as-of", "yesterday"], "--as-of")):
        result = export(url, tmp_path, *args)
        assert result.returncode != 0
        stderr = result.stderr.decode()
        assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1 and fragment in stderr


def test_xlsx_keeps_a_text_that_looks_like_a_formula_as_text(tmp_path: Path) -> None:
    from datetime import date

    from credit.domain.publication import PublishedRow
    from credit.services.open_data import write_xlsx
    from credit.services.publication import PublicFilter

    row = PublishedRow(1, "BLACKLIST", "MAJOR_ACCIDENT", '=HYPERLINK("http://x","点击")', "914403036EARAG6P2A",
                       "440303", date(2026, 1, 5), date(2029, 1, 5), "深圳市应急管理局", "11440300MB2C92016Y", "=1+1")
    write_xlsx([row], tmp_path / "f.xlsx", PublicFilter())
    cells = list(load_workbook(tmp_path / "f.xlsx").active.iter_rows(min_row=2))[0]
    assert cells[1].data_type == "s" and cells[1].value.startswith("=HYPERLINK")
    assert cells[8].data_type == "s" and cells[8].value == "=1+1"
