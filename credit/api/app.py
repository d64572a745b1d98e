"""The Starlette app: /graphql, /healthz, /readyz, /metrics, /.well-known/jwks.json, / and the public pages."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from contextvars import ContextVar
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.types import ExecutionResult
from tortoise.exceptions import ValidationError

from credit.api import edge, fastpath, gate, metrics
from credit.api.graphiql import graphiql_html, graphiql_static
from credit.api.index import index_endpoint
from credit.api.loaders import Loaders
from credit.api.middleware import ObservabilityMiddleware
from credit.api.public import public_routes
from credit.api.ratelimit import RateLimiter
from credit.api.schema import schema
from credit.logmask import install_id_number_masking
from credit.logs import request_id
from credit.push.dispatcher import dispatcher_lifespan
from credit.services import profiles
from credit.services.premium import ensure_default_rule_sets
from credit.services.reads import reads_replica
from credit.services.receipts import keyring
from credit.services.supervision import region_rule_sets
from credit.settings import Settings, get_settings
from credit.store.db import migration_state, tortoise_config
from credit.store.replica import has_replica, replica_reads, replica_state
from graphql import GraphQLError

log = logging.getLogger("credit.api")

#: the request the gate admitted, for parse_http_body (Strawberry hands it an adapter only)
_admitted: ContextVar[gate.Admitted | None] = ContextVar("admitted", default=None)

INTERNAL_MESSAGE = "服务内部错误,请稍后重试"
ORM_REFUSED_MESSAGE = "输入值超出字段允许的长度或范围"


def _code_for(error: GraphQLError) -> str:
    """A stable code for errors raised outside our resolvers (parsing, validation, variables)."""
    message = error.message
    if isinstance(error.original_error, ValidationError):
        # the ORM refused a value for its column (too long, out of range): input no check
        # above caught, so the client's doing, never a 500
        return "BAD_USER_INPUT"
    if error.original_error is not None and not isinstance(error.original_error, GraphQLError):
        return "INTERNAL_SERVER_ERROR"
    if message.startswith("Variable ") or "got invalid value" in message or "Expected value of type" in message:
        return "BAD_USER_INPUT"
    return "GRAPHQL_VALIDATION_FAILED"


class CreditGraphQL(GraphQL[dict[str, Any], None]):
    """Strawberry's ASGI view with the caller in the context and coded errors."""

    def encode_json(self, data: object) -> bytes:
        # orjson: UTF-8 rather than ASCII escapes, the same bytes as the fast path, and faster
        return orjson.dumps(data)

    def __init__(self, *args: Any, dev: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dev = dev

    async def render_graphql_ide(self, request: Any) -> Response:
        # Strawberry's page loads GraphiQL from a CDN; ours loads the copy in the package
        return HTMLResponse(graphiql_html())

    async def get_context(self, request: Any, response: Any) -> dict[str, Any]:
        # one loader set per request: a page's listings read their persons, evidence and
        # objections together (credit.api.loaders)
        return {"request": request, "response": response, "caller": request.state.caller, "loaders": Loaders()}

    async def parse_http_body(self, request_adapter: Any) -> GraphQLRequestData:
        # the edge has decoded the body once and the gate has admitted it (credit.api.edge):
        # Strawberry runs exactly that, and never decodes JSON its own (laxer) way
        admitted = _admitted.get()
        if admitted is None:
            raise HTTPException(400, "No GraphQL query found in the request")
        return GraphQLRequestData(
            query=admitted.query, variables=admitted.variables,
            operation_name=admitted.operation_name, extensions=admitted.extensions,
        )

    async def process_result(self, request: Any, result: ExecutionResult) -> GraphQLHTTPResponse:
        data: GraphQLHTTPResponse = {"data": result.data}
        if result.errors:
            data["errors"] = [self._format(e, self.dev) for e in result.errors]
        extensions = dict(result.extensions or {})
        admitted = getattr(request.state, "admitted", None)
        if admitted is not None:
            extensions["cost"] = admitted.cost
        if extensions:
            data["extensions"] = extensions
        return data

    @staticmethod
    def _format(error: GraphQLError, dev: bool = True) -> dict[str, Any]:
        formatted = error.formatted
        extensions = dict(formatted.get("extensions") or {})
        original = error.original_error
        if isinstance(original, GraphQLError) and original.extensions:
            extensions.update(original.extensions)
        if "code" not in extensions:
            extensions["code"] = _code_for(error)
        if isinstance(original, ValidationError):
            log.warning("a value the database columns cannot hold reached %s: %s", error.path, original)
            formatted["message"] = ORM_REFUSED_MESSAGE  # its own text quotes the value
        metrics.count_error(extensions["code"])
        if extensions["code"] == "INTERNAL_SERVER_ERROR":
            log.error("unexpected error in %s", error.path, exc_info=original)
            formatted["message"] = INTERNAL_MESSAGE
        elif not dev and extensions["code"] == "GRAPHQL_VALIDATION_FAILED":
            # "Did you mean ...?" names fields: production keeps the schema to admins
            formatted["message"] = formatted["message"].split(" Did you mean", 1)[0]
        formatted["extensions"] = extensions
        return formatted  # type: ignore[return-value]


_heap_frozen = False


def _freeze_heap() -> None:
    """Once per process (tests start many apps): a full collection, then freeze."""
    global _heap_frozen
    if not _heap_frozen:
        _heap_frozen = True
        gc.collect()
        gc.freeze()


def create_app(settings: Settings | None = None, *, manage_database: bool = True) -> Starlette:
    """Build the app. With ``manage_database`` the lifespan opens Tortoise (RegisterTortoise)
    and applies migrations; tests open the database themselves and pass False."""
    settings = settings or get_settings()
    install_id_number_masking()
    graphql_app = CreditGraphQL(schema, graphql_ide="graphiql" if settings.dev else None, dev=settings.dev)
    limiter = RateLimiter(settings)
    graphql_schema = schema._schema

    async def graphql_endpoint(request: Request) -> Response:
        # size, caller, rate limit, body, document, role and limits: before anything runs
        refused = await edge.admit(request, settings, limiter, graphql_schema)
        if refused is not None:
            return refused
        admitted: gate.Admitted | None = getattr(request.state, "admitted", None)
        replica = admitted is not None and reads_replica(
            request.state.caller, admitted.operation_type, admitted.root_fields
        )
        with replica_reads(replica):
            return await _execute(request, admitted)

    async def _execute(request: Request, admitted: gate.Admitted | None) -> Response:
        if admitted is not None:
            response = await fastpath.try_execute(request, request.state.caller, admitted)
            if response is not None:  # a known hot document, answered without Strawberry
                return edge.with_cost(response, admitted)
        _admitted.set(admitted)
        try:
            # every full ID number shown is counted; a request that showed any is audited once
            with profiles.watching_reveals() as reveals:
                response = await graphql_app.run(request)
            if reveals:
                await profiles.audit_reveals(
                    request.state.caller, reveals, request_id=request_id() or os.urandom(16).hex(),
                    operation=admitted.selected if admitted is not None else None,
                )
            return response
        except ClientDisconnect:  # the caller went away; nobody to answer, nothing to log
            return Response(status_code=499)
        except HTTPException as exc:  # strawberry's own 4xx (bad JSON body, wrong method)
            metrics.count_error("BAD_REQUEST")
            return JSONResponse(
                {"data": None, "errors": [{"message": exc.reason, "extensions": {"code": "BAD_REQUEST"}}]},
                status_code=exc.status_code,
            )

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        try:
            pending, unknown = await migration_state()
        except Exception as exc:  # the database is unreachable or broken
            return JSONResponse({"status": "unavailable", "reason": type(exc).__name__}, status_code=503)
        if pending or unknown:
            return JSONResponse(
                {"status": "migrations not current", "pending": pending, "unknown": unknown}, status_code=503
            )
        answer: dict[str, Any] = {"status": "ready"}
        if has_replica():
            # reported, not required: every instance shares the replica, so failing readiness
            # for it would take them all out of the load balancer at once
            answer["replica"] = await replica_state()
        return JSONResponse(answer)

    async def jwks(request: Request) -> Response:
        return JSONResponse(keyring().jwks(), headers={"Cache-Control": "public, max-age=300"})

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        log.info(
            "credit service starting in %s mode (GraphiQL %s, introspection %s, trusted documents %s, rate limits in %s, "
            "reads %s)",
            "development" if settings.dev else "production",
            "on" if settings.dev else "off",
            "for everyone" if settings.dev else "for admins only",
            "on" if settings.trusted_documents else "off",
            "Redis" if settings.redis_url else "memory",
            "from the primary and a replica" if settings.database_read_url else "from the primary",
        )
        async with AsyncExitStack() as stack:
            if manage_database:
                from tortoise.contrib.starlette import RegisterTortoise

                from credit.store.db import apply_migrations

                await stack.enter_async_context(RegisterTortoise(
                    app, config=tortoise_config(settings.database_url, read_url=settings.database_read_url or None),
                    generate_schemas=False,
                ))
                await apply_migrations()
                await ensure_default_rule_sets()
                await stack.enter_async_context(dispatcher_lifespan(settings))
            region_rule_sets()  # a region's supervision rule set that is not shipped stops the start
            keyring()  # create the receipt key on first start, not on the first check
            # everything loaded so far lives as long as the process: out of the collector's
            # sight, a full collection during a large batch no longer walks the whole heap
            _freeze_heap()
            yield

    routes = [
        Route("/graphql", graphql_endpoint, methods=["GET", "POST"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/.well-known/jwks.json", jwks),
        *public_routes(),
        Route("/metrics", metrics.metrics_endpoint),
        Route("/", index_endpoint(settings.dev)),
    ]
    if settings.dev:
        routes.append(graphiql_static())
    # outermost: the request id and the timing cover everything the app does
    return Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(ObservabilityMiddleware)])
