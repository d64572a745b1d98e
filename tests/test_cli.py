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
    shipped = {n.removeprefix("credit/operations/") for n in names if n.endswith(".graphql")}
    on_disk = {str(p.relative_to(root / "graphql" / "operations"))
               for p in (root / "graphql" / "operations").rglob("*.graphql")}
    assert on_disk and shipped == on_disk


def test_serve_refuses_a_platform_url_without_a_signing_secret_in_one_line(tmp_path: Path) -> None:
    result = run(["serve", "--port", "0"], tmp_path, CREDIT_PLATFORM_URL="http://127.0.0.1:9/intake",
                 CREDIT_PLATFORM_SECRET="")
    assert_one_line_failure(result, "CREDIT_PLATFORM_SECRET")
