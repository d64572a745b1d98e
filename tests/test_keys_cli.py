"""``credit keys issue --organisation --expires-in/--expires-at`` and ``credit keys list``."""

from __future__ import annotations

from pathlib import Path

from test_cli import assert_one_line_failure, run


def test_keys_are_issued_with_organisation_and_expiry_and_listed(tmp_path: Path) -> None:
    env = {"CREDIT_DATABASE_URL": f"sqlite://{tmp_path / 'keys.sqlite3'}"}
    insurer = run(["keys", "issue", "--role", "insurer", "--organisation", "平安财险", "--expires-in", "90d"],
                  tmp_path, **env)
    assert insurer.returncode == 0, insurer.stderr
    assert "expires" in insurer.stdout
    regulator = run(["keys", "issue", "--role", "regulator", "--authority-code", "11440300MB2C92016Y",
                     "--authority-name", "深圳市应急管理局", "--region", "4403", "--expires-at", "2099-01-01"],
                    tmp_path, **env)
    assert regulator.returncode == 0, regulator.stderr
    plain = run(["keys", "issue", "--role", "procurement"], tmp_path, **env)
    listed = run(["keys", "list"], tmp_path, **env)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert lines[0].split() == ["prefix", "role", "organisation", "authority", "region", "created",
                                "last", "used", "expires", "state"]
    rows = lines[1:]
    assert len(rows) == 3
    assert "insurer" in rows[0] and "平安财险" in rows[0] and "active" in rows[0]
    assert "11440300MB2C92016Y 深圳市应急管理局" in rows[1] and "4403" in rows[1] and "2098-12-31T16:00Z" in rows[1]
    assert "(key #3)" in rows[2]
    # the secret never appears, only its prefix
    for issued in (insurer, regulator, plain):
        secret = issued.stdout.strip().splitlines()[-1]
        assert secret not in listed.stdout and secret[:12] in listed.stdout


def test_a_bad_expiry_is_one_line(tmp_path: Path) -> None:
    env = {"CREDIT_DATABASE_URL": f"sqlite://{tmp_path / 'keys.sqlite3'}"}
    assert_one_line_failure(run(["keys", "issue", "--role", "insurer", "--expires-in", "soon"], tmp_path, **env),
                            "--expires-in")
    assert_one_line_failure(run(["keys", "issue", "--role", "insurer", "--expires-at", "2001-01-01"], tmp_path,
                                **env), "not in the future")
