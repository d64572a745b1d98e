"""The command line: clear one-line refusals, never a traceback, and it works from any directory."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

CREDIT = str(Path(sys.executable).with_name("credit"))


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CREDIT_")}
    environment.update(env)
    return subprocess.run(
        [CREDIT, *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=60, check=False
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_migrate_from_another_directory_creates_the_default_database(tmp_path: Path) -> None:
    result = run(["migrate"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "credit.sqlite3").exists()


def test_keys_issue_prints_the_key_on_its_last_line(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'k.sqlite3'}"
    result = run(["keys", "issue", "--role", "procurement"], tmp_path, CREDIT_DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("csk_")
    regulator = run(
        ["keys", "issue", "--role", "regulator", "--authority-code", "11440300MB2C92016Y",
         "--authority-name", "深圳市应急管理局", "--region", "4403"],
        tmp_path, CREDIT_DATABASE_URL=url,
    )
    assert regulator.returncode == 0, regulator.stderr
    assert regulator.stdout.strip().splitlines()[-1].startswith("csk_")


def test_unknown_role_is_refused_in_one_line(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'k.sqlite3'}"
    assert_one_line_failure(run(["keys", "issue", "--role", "janitor"], tmp_path, CREDIT_DATABASE_URL=url),
                            "unknown role")


def test_regulator_key_without_authority_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    result = run(["keys", "issue", "--role", "regulator", "--region", "4403"], tmp_path,
                 CREDIT_DATABASE_URL=f"sqlite://{db}")
    assert_one_line_failure(result, "--authority-code")
    assert sqlite3.connect(db).execute("SELECT count(*) FROM api_key").fetchone() == (0,)


def test_malformed_database_url_is_refused_in_one_line(tmp_path: Path) -> None:
    assert_one_line_failure(run(["migrate"], tmp_path, CREDIT_DATABASE_URL="mysql://x/y"), "CREDIT_DATABASE_URL")
    assert_one_line_failure(run(["migrate"], tmp_path, CREDIT_DATABASE_URL="postgres://host:notaport/db"),
                            "CREDIT_DATABASE_URL")


def test_unreachable_database_is_refused_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = run(["migrate"], tmp_path, CREDIT_DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/nothing")
    assert_one_line_failure(result, "database")


def test_database_migrated_ahead_of_the_code_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "ahead.sqlite3"
    url = f"sqlite://{db}"
    assert run(["migrate"], tmp_path, CREDIT_DATABASE_URL=url).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO tortoise_migrations (app, name, applied_at) VALUES ('models', '9999_future', '2030-01-01')"
        )
    assert_one_line_failure(run(["migrate"], tmp_path, CREDIT_DATABASE_URL=url), "9999_future")


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    from credit import __version__

    assert run(["version"], tmp_path).stdout.strip() == __version__


def test_the_wheel_ships_the_migrations_and_the_trusted_documents_inside_the_package(tmp_path: Path) -> None:
    """A non-editable install (and the Docker image) must find migrations/ as credit.migrations
    and graphql/operations/ as credit.operations (the trusted documents)."""
    import zipfile

    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
         str(tmp_path), str(root)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "credit/migrations/0001_initial.py" in names
    assert "credit/rules/catalogue-1.toml" in names
    assert "credit/rules/calendar-cn.json" in names
    shipped = {n.removeprefix("credit/operations/") for n in names if n.endswith(".graphql")}
    on_disk = {str(p.relative_to(root / "graphql" / "operations"))
               for p in (root / "graphql" / "operations").rglob("*.graphql")}
    assert on_disk and shipped == on_disk


def test_serve_refuses_a_platform_url_without_a_signing_secret_in_one_line(tmp_path: Path) -> None:
    result = run(["serve", "--port", "0"], tmp_path, CREDIT_PLATFORM_URL="http://127.0.0.1:9/intake",
                 CREDIT_PLATFORM_SECRET="")
    assert_one_line_failure(result, "CREDIT_PLATFORM_SECRET")


def test_calendar_prints_a_years_holidays_and_make_up_working_days(tmp_path: Path) -> None:
    result = run(["calendar", "2026"], tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  2026-10-01 周四 至 2026-10-07 周三  共7天  国庆节" in lines
    assert "  2026-02-15 周日 至 2026-02-23 周一  共9天  春节" in lines
    assert "  2026-10-10 周六  国庆节" in lines
    merged = run(["calendar", "2025"], tmp_path).stdout.splitlines()
    assert "  2025-10-01 周三 至 2025-10-08 周三  共8天  国庆节、中秋" in merged
    assert "  2025-01-01 周三  共1天  元旦" in merged


def test_calendar_of_an_unpublished_year_is_refused_in_one_line(tmp_path: Path) -> None:
    assert_one_line_failure(run(["calendar", "2027"], tmp_path), "2027", "CREDIT_HOLIDAYS")
    assert_one_line_failure(run(["calendar", "2019"], tmp_path), "2019")


def test_calendar_settings_add_next_years_notice(tmp_path: Path) -> None:
    result = run(["calendar", "2027"], tmp_path, CREDIT_HOLIDAYS="2027-01-01",
                 CREDIT_MAKEUP_WORKING_DAYS="2027-02-06")
    assert result.returncode == 0, result.stderr
    assert "  2027-01-01 周五  共1天  配置添加" in result.stdout.splitlines()
    assert "  2027-02-06 周六  配置添加" in result.stdout.splitlines()


def test_a_bad_date_in_calendar_settings_stops_every_command_in_one_line(tmp_path: Path) -> None:
    for args in (["serve", "--port", "0"], ["migrate"], ["calendar", "2026"], ["version"]):
        assert_one_line_failure(run(args, tmp_path, CREDIT_HOLIDAYS="2026-10-01,2026-02-30"),
                                "CREDIT_HOLIDAYS", "2026-02-30")
    assert_one_line_failure(run(["serve", "--port", "0"], tmp_path, CREDIT_MAKEUP_WORKING_DAYS="10/10/2026"),
                            "CREDIT_MAKEUP_WORKING_DAYS", "10/10/2026")
    assert not (tmp_path / "data").exists()  # refused before any database was opened
