"""The command line: clear one-line refusals, never a traceback, and it works from any directory."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx

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


def test_the_wheel_ships_the_migrations_and_the_trusted_documents_inside_the_package(built_wheel: Path) -> None:
    """A non-editable install (and the Docker image) must find migrations/ as credit.migrations
    and graphql/operations/ as credit.operations (the trusted documents)."""
    import zipfile

    names = zipfile.ZipFile(built_wheel).namelist()
    assert "credit/migrations/0001_initial.py" in names
    assert "credit/rules/catalogue-1.toml" in names
    assert "credit/rules/calendar-cn.json" in names
    shipped = {n.removeprefix("credit/operations/") for n in names if n.endswith(".graphql")}
    root = Path(__file__).resolve().parents[1]
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
def test_migrate_on_a_new_database_says_which_migrations_it_applied(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'new.sqlite3'}"
    first = run(["migrate"], tmp_path, CREDIT_DATABASE_URL=url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("applied ") and "0001_initial" in first.stdout
    again = run(["migrate"], tmp_path, CREDIT_DATABASE_URL=url)
    assert again.stdout.strip() == "no migration to apply: the database is current"


def test_serve_on_a_busy_port_says_so_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run(["serve", "--port", str(port)], tmp_path,
                     CREDIT_DATABASE_URL=f"sqlite://{tmp_path / 'p.sqlite3'}")
    assert_one_line_failure(result, f"port {port}", "already in use", "--port")


def test_push_status_with_push_off_says_why_the_backlog_grows(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 's.sqlite3'}"
    text = run(["push", "status"], tmp_path, CREDIT_DATABASE_URL=url)
    assert text.returncode == 0, text.stderr
    first = text.stdout.splitlines()[0]
    assert first.startswith("push is off: CREDIT_PLATFORM_URL is not set") and "backlog grows" in first
    data = json.loads(run(["push", "status", "--json"], tmp_path, CREDIT_DATABASE_URL=url).stdout)
    assert data["pushEnabled"] is False and "CREDIT_PLATFORM_URL" in data["pushOffReason"]
    disabled = run(["push", "status"], tmp_path, CREDIT_DATABASE_URL=url,
                   CREDIT_PLATFORM_URL="http://127.0.0.1:9/x", CREDIT_PUSH_ENABLED="false")
    assert disabled.stdout.startswith("push is off: CREDIT_PUSH_ENABLED is false")


def test_serve_with_two_workers_shares_one_port_and_adds_up_their_metrics(tmp_path: Path) -> None:
    """Two processes serve the port printed at start; /metrics counts what both served."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CREDIT_", "PROMETHEUS_"))}
    env.update(CREDIT_DATABASE_URL=f"sqlite://{tmp_path / 'w.sqlite3'}", CREDIT_LOG_FORMAT="json",
               CREDIT_RATE_LIMITS="*=1000/1000")  # 20 anonymous requests in a row, by design
    server = subprocess.Popen([CREDIT, "serve", "--port", "0", "--workers", "2"], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        banner = server.stdout.readline()
        assert banner.startswith("serving on http://127.0.0.1:") and "2 workers" in banner, banner
        base = banner.split()[2]
        with httpx.Client(base_url=base, timeout=10) as http:
            deadline = time.monotonic() + 60
            while True:  # both workers start on their own; each answers once it is up
                try:
                    if http.get("/readyz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline and server.poll() is None, server.stderr
                time.sleep(0.1)
            before = _graphql_requests(http)
            body = {"query": "query Probe($c: [String!]!) { restrictionCheck(codes: $c, domain: BIDDING) "
                             "{ results { status } } }", "variables": {"c": ["91110000600037341L"]}}
            for _ in range(20):  # a connection each: the kernel hands them to either worker
                with httpx.Client(base_url=base, timeout=10) as one:
                    assert one.post("/graphql", json=body).status_code == 200
            for _ in range(4):  # whichever worker answers the scrape reports both
                assert _graphql_requests(http) - before == 20
        workers = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == server.pid]
        assert len(workers) >= 2
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    assert server.returncode == 0, server.stderr.read() if server.stderr else ""


def _graphql_requests(http: httpx.Client) -> float:
    from prometheus_client.parser import text_string_to_metric_families

    total = 0.0
    for family in text_string_to_metric_families(http.get("/metrics").text):
        for sample in family.samples:
            if sample.name == "credit_requests_total" and sample.labels.get("operation") == "Probe":
                total += sample.value
    return total


def _parent(proc: Path) -> int:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def test_a_bad_rule_regime_setting_stops_every_command_in_one_line(tmp_path: Path) -> None:
    for args in (["serve", "--port", "0"], ["migrate"], ["version"]):
        assert_one_line_failure(run(args, tmp_path, CREDIT_REGIMES="44=nonesuch"), "CREDIT_REGIMES", "nonesuch")
    assert_one_line_failure(run(["migrate"], tmp_path, CREDIT_REGIMES="44=awb-14-2015@2023-02-30"),
                            "CREDIT_REGIMES", "2023-02-30")
    assert_one_line_failure(run(["migrate"], tmp_path, CREDIT_OBJECTION_WORKING_DAYS="10"),
                            "CREDIT_OBJECTION_WORKING_DAYS", "CREDIT_REGIMES")
    assert not (tmp_path / "data").exists()
    assert run(["version"], tmp_path, CREDIT_REGIMES="44=awb-14-2015,4403=moem-11-2023@2024-01-01").returncode == 0


def test_catalogue_publish_stores_a_version_and_refuses_a_repeat_in_one_line(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'c.sqlite3'}"
    version = tmp_path / "catalogue-2.toml"
    version.write_text(
        'version = "2"\neffective_from = 2027-01-01\ntitle = "修订"\n'
        '[[measure]]\ndomain = "BIDDING"\nlist_kind = "BLACKLIST"\neffect = "PROHIBIT"\nmeasure = "禁止投标"\n',
        encoding="utf-8",
    )
    published = run(["catalogue", "publish", str(version)], tmp_path, CREDIT_DATABASE_URL=url)
    assert published.returncode == 0, published.stderr
    assert "published catalogue version 2 (1 measures), in force from 2027-01-01" in published.stdout
    assert_one_line_failure(run(["catalogue", "publish", str(version)], tmp_path, CREDIT_DATABASE_URL=url),
                            "CATALOGUE_VERSION_EXISTS")
    listed = run(["catalogue", "versions"], tmp_path, CREDIT_DATABASE_URL=url)
    assert [line.split("\t")[:2] for line in listed.stdout.splitlines()] == [["1", "from the start"],
                                                                             ["2", "from 2027-01-01"]]
    version.write_text('version = "3"\n', encoding="utf-8")
    assert_one_line_failure(run(["catalogue", "publish", str(version)], tmp_path, CREDIT_DATABASE_URL=url),
                            "INVALID_CATALOGUE", "effective_from")
