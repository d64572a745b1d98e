"""Per-request observability: request id, operation name, metrics and one log line.

A plain ASGI middleware (no BaseHTTPMiddleware task per request): it reads nothing
ahead of the app. The GraphQL operation name is taken from the request body as the
app reads it (``operationName``, else the name of the document's first operation),
so the body is not read twice and a refused body is never buffered by us; from
then on every log line of the request carries it.

Request ids: an ``X-Request-ID`` header of up to 128 safe characters is kept,
anything else is replaced by a new id; the id is echoed in the answer's
``X-Request-ID``. Query strings and bodies are never logged (they can carry
persons' ID numbers).
"""

from __future__ import annotations

import logging
import os
import re
import time
from typing import Any
from urllib.parse import parse_qs

import orjson
import structlog

from credit.api import metrics
from credit.logs import bind_request, unbind_request

log = logging.getLogger("credit.request")

_REQUEST_ID = re.compile(rb"[A-Za-z0-9._:@/+=-]{1,128}")
_FIRST_OPERATION = re.compile(r"\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)")
_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,99}")
#: a GraphQL body larger than this is not examined for its name (the request gate
#: refuses such bodies anyway)
MAX_BODY = 1024 * 1024

_ROUTES = {"/graphql", "/healthz", "/readyz", "/metrics", "/.well-known/jwks.json", "/"}
#: scrapes and probes come every few seconds and say nothing new: counted, not logged
_QUIET = frozenset({"/metrics", "/healthz", "/readyz"})


def route_of(path: str) -> str:
    """The route as a label: known routes by name, the rest grouped (bounded cardinality)."""
    if path in _ROUTES:
        return path
    if path.startswith("/public/") or path == "/public":
        return "/public"
    return metrics.OTHER


def request_id_of(scope: dict[str, Any]) -> str:
    headers: list[tuple[bytes, bytes]] = scope["headers"]
    for name, value in headers:
        if name == b"x-request-id":
            if _REQUEST_ID.fullmatch(value):
                return value.decode("ascii")
            break
    return os.urandom(16).hex()  # as unique as uuid4().hex, a third of the cost


def operation_of_document(name: Any, query: Any) -> str:
    if isinstance(name, str) and name:
        return metrics.operation_label(name) if _NAME.fullmatch(name) else metrics.INVALID
    if isinstance(query, str):
        found = _FIRST_OPERATION.match(query)
        if found:
            return metrics.operation_label(found.group(1))
    return metrics.ANONYMOUS


def operation_of_body(body: bytes) -> str:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return metrics.INVALID
    if not isinstance(data, dict):
        return metrics.INVALID
    return operation_of_document(data.get("operationName"), data.get("query"))


def operation_of_query_string(raw: bytes) -> str:
    params = parse_qs(raw.decode("latin-1"))
    return operation_of_document(_first(params, "operationName"), _first(params, "query"))


def _first(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    return values[0] if values else None


class ObservabilityMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = request_id_of(scope)
        path = scope["path"]
        route = route_of(path)
        tokens = bind_request(request_id=request_id)
        status = 500
        operation = metrics.NOT_GRAPHQL
        app_receive = receive
        if route == "/graphql":
            if scope["method"] == "POST":
                parts: list[bytes] = []
                size = 0

                async def read_body() -> Any:
                    nonlocal operation, size
                    message = await receive()
                    if message["type"] == "http.request" and operation == metrics.NOT_GRAPHQL:
                        chunk = message.get("body", b"")
                        size += len(chunk)
                        if size <= MAX_BODY:
                            parts.append(chunk)
                        if not message.get("more_body", False):
                            # too large to be a document anyone sends: not worth parsing for its name
                            operation = operation_of_body(b"".join(parts)) if size <= MAX_BODY else metrics.INVALID
                            parts.clear()
                            structlog.contextvars.bind_contextvars(operation=operation)
                    return message

                app_receive = read_body
            else:
                operation = operation_of_query_string(scope.get("query_string", b""))
                structlog.contextvars.bind_contextvars(operation=operation)
        echoed = request_id.encode("ascii")

        async def answer(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", ()), (b"x-request-id", echoed)]}
            await send(message)

        try:
            await self.app(scope, app_receive, answer)
        finally:
            seconds = time.perf_counter() - started
            if route == "/graphql" and operation == metrics.NOT_GRAPHQL:
                operation = metrics.ANONYMOUS  # the body never came (a client that left)
            metrics.observe_request(route, operation, status, seconds)
            metrics.maybe_sample_pool()
            if route not in _QUIET:
                log.info(
                    "%s %s %d %.1fms", scope["method"], path, status, seconds * 1000,
                    extra={"http_method": scope["method"], "path": path, "status": status,
                           "duration_ms": round(seconds * 1000, 2), "operation": operation or None},
                )
            structlog.contextvars.unbind_contextvars("operation")
            unbind_request(tokens)
