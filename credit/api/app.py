"""The Starlette app: /graphql, /healthz, /readyz, /metrics, /.well-known/jwks.json and /."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

from credit.api import fastpath, metrics
from credit.api.index import index_endpoint
from credit.api.middleware import ObservabilityMiddleware
from credit.api.schema import schema
from credit.push.dispatcher import dispatcher_lifespan
from credit.services.auth import AccessDenied, authenticate
from credit.services.premium import ensure_default_rule_sets
from credit.services.receipts import keyring
from credit.settings import Settings, get_settings
from credit.store.db import migration_state, tortoise_config
from graphql import GraphQLError

log = logging.getLogger("credit.api")

INTERNAL_MESSAGE = "服务内部错误,请稍后重试"


def _code_for(error: GraphQLError) -> str:
    """A stable code for errors raised outside our resolvers (parsing, validation, variables)."""
    message = error.message
    if error.original_error is not None and not isinstance(error.original_error, GraphQLError):
        return "INTERNAL_SERVER_ERROR"
    if message.startswith("Variable ") or "got invalid value" in message or "Expected value of type" in message:
        return "BAD_USER_INPUT"
    return "GRAPHQL_VALIDATION_FAILED"


class CreditGraphQL(GraphQL):  # type: ignore[type-arg]
    """Strawberry's ASGI view with the caller in the context and coded errors."""

    def encode_json(self, data: object) -> bytes:
        # orjson: UTF-8 rather than ASCII escapes, the same bytes as the fast path, and faster
        return orjson.dumps(data)

    async def get_context(self, request: Any, response: Any) -> dict[str, Any]:
        return {"request": request, "response": response, "caller": request.state.caller}

    async def process_result(self, request: Any, result: ExecutionResult) -> GraphQLHTTPResponse:
        data: GraphQLHTTPResponse = {"data": result.data}
        if result.errors:
            data["errors"] = [self._format(e) for e in result.errors]
        if result.extensions:
            data["extensions"] = result.extensions
        return data

    @staticmethod
    def _format(error: GraphQLError) -> dict[str, Any]:
        formatted = error.formatted
        extensions = dict(formatted.get("extensions") or {})
        original = error.original_error
        if isinstance(original, GraphQLError) and original.extensions:
            extensions.update(original.extensions)
        if "code" not in extensions:
            extensions["code"] = _code_for(error)
        metrics.count_error(extensions["code"])
        if extensions["code"] == "INTERNAL_SERVER_ERROR":
            log.error("unexpected error in %s", error.path, exc_info=original)
            formatted["message"] = INTERNAL_MESSAGE
        formatted["extensions"] = extensions
        return formatted  # type: ignore[return-value]


def create_app(settings: Settings | None = None, *, manage_database: bool = True) -> Starlette:
    """Build the app. With ``manage_database`` the lifespan opens Tortoise (RegisterTortoise)
    and applies migrations; tests open the database themselves and pass False."""
    settings = settings or get_settings()
    graphql_app = CreditGraphQL(schema, graphql_ide="graphiql" if settings.dev else None)

    async def graphql_endpoint(request: Request) -> Response:
        try:
            request.state.caller = await authenticate(request.headers.get("authorization"))
        except AccessDenied as denied:
            metrics.count_error(denied.code)
            return JSONResponse(
                {"data": None, "errors": [{"message": denied.message, "extensions": {"code": denied.code}}]}
            )
        response = await fastpath.try_execute(request, request.state.caller)
        if response is not None:  # a known hot document, answered without Strawberry
            return response
        try:
            return await graphql_app.run(request)  # type: ignore[no-any-return]
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
        return JSONResponse({"status": "ready"})

    async def jwks(request: Request) -> Response:
        return JSONResponse(keyring().jwks(), headers={"Cache-Control": "public, max-age=300"})

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            if manage_database:
                from tortoise.contrib.starlette import RegisterTortoise

                from credit.store.db import apply_migrations

                await stack.enter_async_context(
                    RegisterTortoise(app, config=tortoise_config(settings.database_url), generate_schemas=False)
                )
                await apply_migrations()
                await ensure_default_rule_sets()
                await stack.enter_async_context(dispatcher_lifespan(settings))
            keyring()  # create the receipt key on first start, not on the first check
            yield

    routes = [
        Route("/graphql", graphql_endpoint, methods=["GET", "POST"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/.well-known/jwks.json", jwks),
        Route("/metrics", metrics.metrics_endpoint),
        Route("/", index_endpoint(settings.dev)),
    ]
    # outermost: the request id and the timing cover everything the app does
    return Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(ObservabilityMiddleware)])
