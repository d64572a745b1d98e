"""The Docker image's recipe, without a Docker engine: its install step run for real into a
clean virtualenv (the same script, the same lock), its Dockerfile linted, its compose file read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

from credit import __version__

ROOT = Path(__file__).resolve().parents[1]
INSTALL = ROOT / "scripts" / "install-locked"


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("CREDIT_", "VIRTUAL_ENV", "PYTHON"))}


def test_the_lock_pins_every_dependency_with_hashes() -> None:
    lines = (ROOT / "requirements.lock").read_text().splitlines()
    pins = {i: m.group(1).lower().replace("_", "-") for i, line in enumerate(lines)
            if (m := re.match(r"([A-Za-z0-9_.-]+)==", line))}
    declared = _names(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"])
    assert declared <= set(pins.values()), f"not in requirements.lock (run scripts/lock): {declared - set(pins.values())}"
    for i, name in pins.items():
        assert lines[i + 1].strip().startswith("--hash=sha256:"), f"{name} has no hash"


def test_the_image_install_step_gives_a_working_service_from_another_directory(
    tmp_path: Path, built_wheel: Path
) -> None:
    """What the Dockerfile's build stage runs, into a clean virtualenv: the locked dependencies
    (hash-checked, nothing resolved), then the wheel without dependencies."""
    venv = tmp_path / "venv"
    env = _environment()
    for step in (["deps", str(venv)], ["service", str(venv), str(built_wheel)]):
        done = subprocess.run([str(INSTALL), *step], env=env, capture_output=True, text=True, timeout=600,
                              check=False)
        assert done.returncode == 0, done.stderr[-3000:]
    check = subprocess.run([str(venv / "bin" / "pip"), "check"], env=env, capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0, f"the lock misses a dependency: {check.stdout}"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    credit = str(venv / "bin" / "credit")
    version = subprocess.run([credit, "version"], cwd=elsewhere, env=env, capture_output=True, text=True,
                             check=False)
    assert version.stdout.strip() == __version__, version.stderr
    migrate = subprocess.run([credit, "migrate"], cwd=elsewhere, capture_output=True, text=True, check=False,
                             env={**env, "CREDIT_DATABASE_URL": f"sqlite://{elsewhere / 'image.sqlite3'}"})
    assert migrate.returncode == 0, migrate.stderr
    assert migrate.stdout.startswith("applied ") and "0001_initial" in migrate.stdout


def test_the_dockerfile_passes_hadolint() -> None:
    hadolint = Path(sys.executable).with_name("hadolint")
    done = subprocess.run([str(hadolint), "--no-color", str(ROOT / "Dockerfile")], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_dockerfile_builds_in_two_stages_from_the_lock_and_runs_unprivileged() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", text, re.M)) == 2
    assert "scripts/install-locked deps /opt/credit" in text, "the step tests run is the step the image runs"
    assert "scripts/install-locked service /opt/credit" in text
    assert "COPY --from=build /opt/credit /opt/credit" in text
    [user] = re.findall(r"^USER (\S+)", text, re.M)
    assert not user.startswith(("root", "0"))
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", text, re.M)


def test_compose_has_a_primary_a_streaming_replica_two_instances_and_the_dispatcher() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"primary", "replica", "init", "credit-a", "credit-b", "dispatcher", "lb"} <= set(services)
    assert "wal_level=replica" in services["primary"]["command"]
    replica = "\n".join(services["replica"]["command"])
    assert "pg_basebackup" in replica and " -R " in replica and "hot_standby=on" in replica
    instances = [services["credit-a"], services["credit-b"]]
    for instance in [*instances, services["dispatcher"], services["init"]]:
        assert "@primary:5432/" in instance["environment"]["CREDIT_DATABASE_URL"]
        assert "receipt-keys:/var/lib/credit/receipt-keys" in instance["volumes"]
    for instance in instances:
        assert instance["environment"]["CREDIT_PUSH_ENABLED"] == "false"
        assert instance["depends_on"]["init"]["condition"] == "service_completed_successfully"
        assert instance["command"][0] == "serve"
    dispatcher = services["dispatcher"]
    assert dispatcher["command"] == ["push", "run"] and dispatcher["environment"]["CREDIT_PUSH_ENABLED"] == "true"
    assert "credit migrate" in services["init"]["command"][0]
    balancer = (ROOT / "deploy" / "nginx" / "nginx.conf").read_text()
    assert "server credit-a:8000" in balancer and "server credit-b:8000" in balancer
