"""GET /metrics, request ids and the log lines (contract README, "Running it"), on both databases."""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from helpers import document, error_codes, gql, key, make_code
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from credit.api import metrics
from credit.api.middleware import ObservabilityMiddleware
from credit.logs import add_log_filter, configure_logging, log_filters
from credit.push.status import delivery_status
from credit.store.models import Enterprise, OutboxEvent

CHECK = document("procurement/CheckRestrictions.graphql")


async def scrape(client: httpx.AsyncClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict[Any, float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """The service's handler writing JSON lines into a buffer; the root logger restored after."""
    root = logging.getLogger()
    handlers, level, filters = list(root.handlers), root.level, log_filters()
    buffer = io.StringIO()
    configure_logging("json", "INFO", stream=buffer)
    try:
        yield buffer
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        from credit import logs

        logs._filters[:] = filters


def parsed(buffer: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


async def test_requests_are_counted_and_timed_by_operation_name_the_fast_path_included(client):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    before = await scrape(client)
    codes = [make_code(1), "not-a-code"]
    for _ in range(3):  # the consumers' document: answered by the fast path
        result = await gql(client, CHECK, {"codes": codes, "domain": "BIDDING"}, token=token)
        assert "errors" not in result
    # another document with a restriction check: answered by Strawberry
    mine = 'query Mine($codes: [String!]!) { restrictionCheck(codes: $codes, domain: BIDDING) { checkId } }'
    other = await gql(client, mine, {"codes": [make_code(2)]}, token=token)
    assert "errors" not in other
    after = await scrape(client)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("credit_requests_total", route="/graphql", operation="CheckRestrictions", status="200") == 3
    assert grew("credit_request_duration_seconds_count", route="/graphql", operation="CheckRestrictions") == 3
    assert grew("credit_request_duration_seconds_bucket", route="/graphql", operation="CheckRestrictions",
                le="+Inf") == 3
    assert grew("credit_fastpath_answers_total", operation="CheckRestrictions") == 3
    assert grew("credit_requests_total", route="/graphql", operation="Mine", status="200") == 1
    assert grew("credit_fastpath_answers_total", operation="Mine") == 0
    # results by status, whichever path answered: 4 CLEAR (3 fast + 1 Strawberry), 3 INVALID_CODE
    assert grew("credit_restriction_check_results_total", domain="BIDDING", status="CLEAR") == 4
    assert grew("credit_restriction_check_results_total", domain="BIDDING", status="INVALID_CODE") == 3


async def test_errors_are_counted_by_code(client):  # type: ignore[no-untyped-def]
    before = await scrape(client)
    assert error_codes(await gql(client, CHECK, {"codes": ["x"], "domain": "BIDDING"}, token="csk_unknown")) == [
        "UNAUTHENTICATED"]
    assert error_codes(await gql(client, CHECK, {"codes": [], "domain": "BIDDING"})) == ["BAD_USER_INPUT"]
    assert error_codes(await gql(client, "{ nothingHere }")) == ["GRAPHQL_VALIDATION_FAILED"]
    after = await scrape(client)
    for code in ("UNAUTHENTICATED", "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"):
        grew = value(after, "credit_graphql_errors_total", code=code) - value(
            before, "credit_graphql_errors_total", code=code)
        assert grew == 1, code
    unnamed = value(after, "credit_requests_total", route="/graphql", operation="(anonymous)", status="200")
    assert unnamed >= 1, "a document without a name is counted as (anonymous)"


async def test_push_backlog_and_oldest_age_are_read_at_scrape_time(client):  # type: ignore[no-untyped-def]
    metrics.PUSH.refreshed = 0.0  # another test's figures may be less than a second old
    empty = await scrape(client)
    assert value(empty, "credit_push_backlog") == 0
    assert value(empty, "credit_push_oldest_undelivered_age_seconds") == 0
    queued = datetime.now(UTC) - timedelta(minutes=5)
    for seed in range(3):
        firm = await Enterprise.create(code=make_code(seed), name=f"企业{seed}", region_code="440305",
                                       industry="MINING")
        for n in range(2):
            at = queued + timedelta(seconds=n)
            await OutboxEvent.create(event_id=uuid.uuid4(), event_type="RECORD_ADDED", enterprise=firm,
                                     effective_at=at, visible_at=at, next_attempt_at=at, payload={})
    metrics.PUSH.refreshed = 0.0
    samples = await scrape(client)
    status = await delivery_status()
    assert value(samples, "credit_push_backlog") == status.backlog == 6
    assert status.oldest_undelivered_age_seconds is not None
    assert 290 < value(samples, "credit_push_oldest_undelivered_age_seconds") < 400  # queued 5 minutes ago
    assert value(samples, "credit_push_paused") == 0


async def test_database_pool_use_is_reported(client, db_url):  # type: ignore[no-untyped-def]
    samples = await scrape(client)
    assert value(samples, "credit_db_pool_connections", connection="default", state="max") >= 1
    if db_url.startswith("postgres"):
        assert value(samples, "credit_db_pool_connections", connection="default", state="in_use") >= 0
        assert ("credit_db_pool_connections", (("connection", "default"), ("state", "idle"))) in samples


async def test_request_id_is_echoed_when_sent_and_made_up_otherwise(client):  # type: ignore[no-untyped-def]
    sent = await client.get("/healthz", headers={"X-Request-ID": "lb-7f3a:42"})
    assert sent.headers["x-request-id"] == "lb-7f3a:42"
    made = await client.get("/healthz")
    other = await client.get("/healthz")
    assert len(made.headers["x-request-id"]) == 32 and made.headers["x-request-id"] != other.headers["x-request-id"]
    for unsafe in ("has spaces in it", "x" * 129, "引号"):
        answer = await client.get("/healthz", headers={"X-Request-ID": unsafe.encode()})
        assert len(answer.headers["x-request-id"]) == 32, unsafe


async def test_each_request_logs_one_json_line_with_its_request_id_and_operation(client, log_lines):  # type: ignore[no-untyped-def]
    token = await key("procurement")
    response = await client.post(
        "/graphql", json={"query": CHECK, "variables": {"codes": [make_code(3)], "domain": "BIDDING"}},
        headers={"Authorization": f"Bearer {token}", "X-Request-ID": "req-1"},
    )
    assert response.status_code == 200
    [line] = [entry for entry in parsed(log_lines) if entry.get("logger") == "credit.request"]
    assert line["request_id"] == "req-1" and line["operation"] == "CheckRestrictions"
    assert (line["http_method"], line["path"], line["status"]) == ("POST", "/graphql", 200)
    assert line["level"] == "info" and isinstance(line["duration_ms"], float) and "timestamp" in line
    assert make_code(3) not in log_lines.getvalue(), "variables are never logged"


async def _logging_app() -> Starlette:
    async def work(request: Request) -> PlainTextResponse:
        await request.body()
        logging.getLogger("credit.somewhere").warning("inside the request")
        return PlainTextResponse("ok")

    return Starlette(routes=[Route("/graphql", work, methods=["POST"])],
                     middleware=[Middleware(ObservabilityMiddleware)])


async def test_lines_logged_while_serving_carry_the_request_id_and_operation(log_lines):  # type: ignore[no-untyped-def]
    app = await _logging_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        await http.post("/graphql", json={"query": "mutation Decide { x }"}, headers={"X-Request-ID": "r-2"})
        await http.post("/graphql", json={"query": "{ x }", "operationName": None})
    inside = [e for e in parsed(log_lines) if e["event"] == "inside the request"]
    assert [(e["request_id"], e["operation"], e["level"]) for e in inside][0] == ("r-2", "Decide", "warning")
    assert inside[1]["operation"] == "(anonymous)" and inside[1]["request_id"] != "r-2"
    logging.getLogger("credit.somewhere").warning("after the requests")
    after = [e for e in parsed(log_lines) if e["event"] == "after the requests"]
    assert "request_id" not in after[0] and "operation" not in after[0], "nothing leaks past a request"


def test_readable_format_is_not_json_and_carries_the_fields() -> None:
    buffer = io.StringIO()
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        configure_logging("console", stream=buffer)
        logging.getLogger("credit.x").info("served %s", "something", extra={"operation": "Check"})
    finally:
        root.handlers[:] = handlers
    line = buffer.getvalue().strip()
    assert not line.startswith("{")
    assert "served something" in line and "operation=Check" in line and "credit.x" in line


def test_a_filter_added_by_another_module_sees_every_record(log_lines) -> None:  # type: ignore[no-untyped-def]
    class Mask(logging.Filter):
        def filter(self, record: logging.LogRecord) -> bool:
            record.msg = str(record.msg).replace("11010519491231002X", "110105********002X")
            return True

    add_log_filter(Mask())
    logging.getLogger("strawberry.execution").error("person 11010519491231002X")
    logging.getLogger("uvicorn.error").warning("person 11010519491231002X")
    text = log_lines.getvalue()
    assert "11010519491231002X" not in text and text.count("110105********002X") == 2
    # and configuring again keeps it
    buffer = io.StringIO()
    configure_logging("json", stream=buffer)
    logging.getLogger("credit").warning("person 11010519491231002X")
    assert "110105********002X" in buffer.getvalue()


def test_operation_names_beyond_the_limit_are_counted_together(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(metrics, "_operations", set())
    monkeypatch.setattr(metrics, "MAX_OPERATIONS", 2)
    assert [metrics.operation_label(n) for n in ("A", "B", "C", "A")] == ["A", "B", "(other)", "A"]


async def test_root_leads_to_graphiql_and_the_public_pages(client):  # type: ignore[no-untyped-def]
    page = await client.get("/", headers={"Accept": "text/html"})
    assert page.status_code == 200 and 'href="/graphql"' in page.text and 'href="/public/listings"' in page.text
    assert 'lang="zh-CN"' in page.text
    machine = await client.get("/")
    assert machine.json()["links"]["/graphql"] and "/metrics" in machine.json()["links"]


async def test_a_body_over_a_mebibyte_is_not_parsed_for_its_name(log_lines):  # type: ignore[no-untyped-def]
    app = await _logging_app()
    huge = b'{"query": "query Huge { x }", "padding": "' + b"x" * (1024 * 1024) + b'"}'
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        await http.post("/graphql", content=huge, headers={"content-type": "application/json"})
    [line] = [e for e in parsed(log_lines) if e.get("logger") == "credit.request"]
    assert line["operation"] == "(invalid)"
