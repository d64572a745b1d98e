"""Schemathesis against the running service: every Query and Mutation field with generated
arguments, sent with an admin key and a regulator key. Whatever it sends: no HTTP 500, no
INTERNAL_SERVER_ERROR, and a person's ID number the regulator may not see never appears.

Bounded: ``CREDIT_FUZZ_EXAMPLES`` examples per operation (default 40, about 35 s here);
raise it to fuzz longer by hand. The Decimal, Date and DateTime scalars get strategies that
mix valid values with the hostile ones found in issue 14 (NaN, 1e1000, year 0001, basic
ISO form, lone surrogates are JSON-level and covered in test_http_edge.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes

ROOT = Path(__file__).resolve().parents[2]
CREDIT = str(Path(sys.executable).parent / "credit")
EXAMPLES = int(os.environ.get("CREDIT_FUZZ_EXAMPLES", "40"))
SEEDED_ID = "11010519491231002X"
ID_PATTERN = re.compile(SEEDED_ID, re.IGNORECASE)

decimals = st.one_of(
    st.decimals(min_value=-10**6, max_value=10**16 - 1, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(["0", "0.0015", "1e1000", "NaN", "Infinity", "-0", "12345678901234567890.123",
                     "0.000000001", "1E+5", ""]),
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "1949-10-01", "20260101", "2026-02-30", "9999-12-31"]),
)
moments = st.one_of(
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01T00:00:00+08:00", "2026-01-01T00:00:00", "9999-12-31T23:59:59-12:00"]),
)
schemathesis.graphql.scalar("Decimal", decimals.map(nodes.String))
schemathesis.graphql.scalar("Date", dates.map(nodes.String))
schemathesis.graphql.scalar("DateTime", moments.map(nodes.String))

schema = schemathesis.graphql.from_path(ROOT / "graphql" / "schema.graphql")


@dataclass
class Service:
    url: str
    tokens: dict[str, str]
    cases: int = 0
    requests: int = 0
    failures: list[str] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run([CREDIT, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url(home: Path, postgres_admin_url: str | None) -> str:
    """PostgreSQL when the session has one (it refuses what SQLite stores: NUL, overlong
    text), else a SQLite file."""
    if postgres_admin_url is None:
        return f"sqlite://{home / 'fuzz.sqlite3'}"
    import asyncio

    import asyncpg

    name = f"fuzz_{uuid.uuid4().hex[:8]}"

    async def create() -> None:
        conn = await asyncpg.connect(postgres_admin_url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(create())
    return postgres_admin_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str | None) -> Iterator[Service]:
    """``credit serve`` on its own database (PostgreSQL when there is one), with keys and
    one enterprise whose principal has an ID number only Shenzhen regulators and admins
    may read."""
    home = tmp_path_factory.mktemp("fuzz")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREDIT_")}
    env.update(CREDIT_DATABASE_URL=_database_url(home, postgres_admin_url), CREDIT_RATE_LIMITS="*=100000/100000",
               CREDIT_PUSH_ENABLED="false", CREDIT_RECEIPT_KEY_DIR=str(home / "keys"))
    tokens = {
        "admin": _cli(["keys", "issue", "--role", "admin"], env, home),
        "regulator": _cli(["keys", "issue", "--role", "regulator", "--authority-code", "11110000K8PBRNYTPN",
                           "--authority-name", "北京市应急管理局", "--region", "1101"], env, home),
        "shenzhen": _cli(["keys", "issue", "--role", "regulator", "--authority-code", "11440300MB2C92016Y",
                          "--authority-name", "深圳市应急管理局", "--region", "4403"], env, home),
    }
    port = _free_port()
    log = (home / "serve.log").open("wb")  # a file, not a pipe nobody reads: a full pipe blocks the server
    server = subprocess.Popen([CREDIT, "serve", "--port", str(port)], env=env, cwd=home,
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "credit serve did not start"
            time.sleep(0.1)
        seeded = httpx.post(f"{url}/graphql", headers={"Authorization": f"Bearer {tokens['shenzhen']}"}, json={
            "query": "mutation R($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { userErrors { code } } }",
            "variables": {"i": {"code": "91440305K8PBRNYTPN", "name": "南山化工", "regionCode": "440305",
                                "industry": "CHEMICALS", "principal": {"name": "王五", "idNumber": SEEDED_ID}}},
        }, timeout=10)
        assert seeded.json()["data"]["registerEnterprise"]["userErrors"] == [], seeded.text
        service = Service(url, tokens)
        yield service
        sys.stderr.write(
            f"\nfuzzing: {service.cases} cases, {service.requests} requests, {len(service.failures)} failures; "
            f"answers: {dict(service.outcomes.most_common())}\n"
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=os.environ.get("CREDIT_FUZZ_RANDOM") is None,
          suppress_health_check=list(HealthCheck))
def test_no_server_error_and_no_unmasked_id_number_whatever_is_sent(case, service: Service) -> None:  # type: ignore[no-untyped-def]
    service.cases += 1
    for who in ("admin", "regulator"):
        response = case.call(base_url=f"{service.url}/graphql", headers={"Authorization": f"Bearer {service.tokens[who]}"},
                             timeout=30)
        service.requests += 1
        # 400 only as the edge's clean refusal (a NUL in a string literal, say)
        assert response.status_code in (200, 400), (who, case.body, response.text[:500])
        body = response.text
        errors = response.json().get("errors") or []
        if response.status_code == 400:
            assert errors[0]["extensions"]["code"] == "BAD_REQUEST", body[:500]
        service.outcomes[(errors[0].get("extensions") or {}).get("code", "?") if errors else "data"] += 1
        if "INTERNAL_SERVER_ERROR" in body:
            service.failures.append(body[:300])
        assert "INTERNAL_SERVER_ERROR" not in body, (who, case.body, body[:1000])
        if who == "regulator":  # Beijing: the Shenzhen principal's number is masked for it
            assert not ID_PATTERN.search(body), (case.body, body[:1000])
